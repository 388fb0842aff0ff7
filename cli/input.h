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

#endif
