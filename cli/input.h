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
