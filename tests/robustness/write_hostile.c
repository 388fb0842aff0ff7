/* write_hostile.c -- writes every hostile input (hostile_inputs.c) to
 * DIR/<name>.html, and DIR/too-large.html, one byte over the 64 MiB input
 * limit, for the command's robustness test (cli_hostile.sh). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hostile_inputs.h"

static int write_file(const char *dir, const char *name, const char *data, size_t len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.html", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        return -1;
    }
    int ok = fwrite(data, 1, len, f) == len;
    ok &= fclose(f) == 0;
    if (!ok)
        perror(path);
    return ok ? 0 : -1;
}

/* An ordinary paragraph repeated past the limit: a page that is only too
 * big, so the test sees the size refused and nothing else. */
static int write_too_large(const char *dir)
{
    size_t len = HOSTILE_MAX_INPUT + 1;
    char *big = malloc(len);
    if (!big)
        return -1;
    static const char para[] = "<p>" HOSTILE_SENTENCE "</p>\n";
    for (size_t i = 0; i < len; i++)
        big[i] = para[i % (sizeof para - 1)];
    int rc = write_file(dir, "too-large", big, len);
    free(big);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: write_hostile DIR\n");
        return 2;
    }
    int failed = 0;
    for (size_t i = 0; i < hostile_input_count; i++) {
        size_t len = 0;
        char *html = hostile_inputs[i].make(&len);
        failed |= !html || write_file(argv[1], hostile_inputs[i].name, html, len) != 0;
        free(html);
    }
    failed |= write_too_large(argv[1]) != 0;
    return failed;
}
