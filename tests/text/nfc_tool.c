/* nfc_tool.c -- mt_nfc over lines, for nfc_test.py: prints the Unicode
 * version of the tables, then for each line of standard input its NFC and,
 * after a tab, what mt_nfc_quick said of it (1: surely NFC). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text/nfc.h"
#include "text/nfc_tables.h"

int main(void)
{
    mt_arena arena;
    mt_arena_init(&arena, NULL, 1 << 16, 0);
    printf("%s\n", NFC_UNICODE_VERSION);
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, stdin)) > 0) {
        size_t len = (size_t)got - (line[got - 1] == '\n');
        size_t out_len;
        const char *out = mt_nfc(&arena, line, len, &out_len);
        if (!out) {
            fprintf(stderr, "nfc_tool: out of memory\n");
            return 2;
        }
        fwrite(out, 1, out_len, stdout);
        printf("\t%d\n", mt_nfc_quick(line, len));
        mt_arena_reset(&arena);
    }
    free(line);
    mt_arena_release(&arena);
    return 0;
}
