/* detect_tool.c -- prints, for each file named on the command line, the
 * encoding maintext's detector guesses for it (as if it declared nothing)
 * and, when built with uchardet, uchardet's own answer:
 *
 *     path<TAB>ours<TAB>uchardet
 *
 * tools/charset_detect_eval.py drives it to measure the detector. */
#include <stdio.h>
#include <stdlib.h>
#include "charset/charset.h"
#ifdef MT_HAVE_UCHARDET
#include <uchardet.h>
#endif

static const char *uchardet_answer(const char *s, size_t len)
{
#ifdef MT_HAVE_UCHARDET
    static char name[64];
    uchardet_t ud = uchardet_new();
    uchardet_handle_data(ud, s, len);
    uchardet_data_end(ud);
    snprintf(name, sizeof name, "%s", uchardet_get_charset(ud));
    uchardet_delete(ud);
    return name[0] ? name : "-";
#else
    (void)s;
    (void)len;
    return "-";
#endif
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(buf, cap *= 2);
        if (!nb)
            free(buf);
        buf = nb;
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *buf = read_file(argv[i], &len);
        if (!buf) {
            fprintf(stderr, "detect_tool: cannot read %s\n", argv[i]);
            continue;
        }
        printf("%s\t%s\t%s\n", argv[i], mt_encoding_name(mt_charset_detect(buf, len)),
               uchardet_answer(buf, len));
        free(buf);
    }
    return 0;
}
