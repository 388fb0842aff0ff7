/* input.h -- reading one input (a file or standard input) fully into
 * memory, with a size cap. */
#ifndef MT_CLI_INPUT_H
#define MT_CLI_INPUT_H

#include <stddef.h>

typedef struct cli_input {
    char *data;          /* malloc'd; free with free() */
    size_t len;
} cli_input;

/* Reads `path` ("-": standard input). `max` is the most bytes accepted (0:
 * no limit). Returns 0, or -1 with a message for the user in `why` (e.g.
 * "No such file or directory", "larger than the 64 MiB limit"). */
int cli_read_input(const char *path, size_t max, cli_input *in, char *why, size_t why_size);

/* How many first bytes of a file tell whether it is a web archive. */
#define CLI_HEAD_LEN 512

/* The first bytes of a named input. One that can be read only once (a
 * pipe, a FIFO, a terminal) is held open after them (fd >= 0), so that
 * whoever reads it gets them and then the rest; a regular file is opened
 * again when it is read (fd -1). */
typedef struct cli_head {
    unsigned char bytes[CLI_HEAD_LEN];
    size_t len;            /* fewer than CLI_HEAD_LEN: the input ended (or err) */
    int fd;
    int err;               /* the errno of a read that failed, else 0 */
} cli_head;

/* Reads the first bytes of the input at `path` (not standard input) into
 * *head. Returns 0, or -1 with errno set when it cannot be opened. */
int cli_read_head(const char *path, cli_head *head);

/* Reads an input held open by cli_read_head, its head first, as
 * cli_read_input reads a file, and closes it. */
int cli_read_kept(cli_head *head, size_t max, cli_input *in, char *why, size_t why_size);

/* Closes an input held open (fd -1: nothing to do). */
void cli_head_close(cli_head *head);

/* The names of a list of inputs (--input-file): one a line, with a \r
 * before the line end and a UTF-8 byte order mark at the start dropped,
 * and empty lines passed over. `names` point
 * into `text`; both are malloc'd and freed by cli_input_list_free. */
typedef struct cli_input_list {
    char *text;
    char **names;
    size_t n;
} cli_input_list;

/* Reads the list at `path` ("-": standard input). Returns 0, or -1 with a
 * message for the user in `why` (the file cannot be read, a line holds a
 * NUL byte, out of memory). */
int cli_read_input_list(const char *path, cli_input_list *list, char *why, size_t why_size);
void cli_input_list_free(cli_input_list *list);

#endif
