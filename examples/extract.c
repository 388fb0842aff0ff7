/* extract.c -- the smallest complete use of libmaintext: read one saved page,
 * extract its main content and print it as plain text.
 *
 *     cc extract.c $(pkg-config --cflags --libs maintext) -o extract
 *     ./extract page.html [URL]
 *
 * It uses nothing but the public header, and shows the three things every
 * caller does: make an extractor (one per thread, reused page after page),
 * call mt_extract(), and free what mt_render() returns with mt_free().
 * Exit status as the maintext command's: 0 text printed, 1 no main content,
 * 2 usage, 3 the page could not be read or processed. */
#include <stdio.h>
#include <stdlib.h>
#include <maintext.h>

/* Reads a whole file into a malloc'd buffer; NULL (and errno set) on error. */
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
        char *grown = realloc(buf, cap * 2);
        if (!grown)
            free(buf);
        buf = grown;
        cap *= 2;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Prints the page's title (when it has one), a blank line, then its main
 * text. Returns the exit status. */
static int print_main_text(mt_extractor *ex, const char *page, size_t len, const char *url)
{
    const mt_result *result;
    mt_status st = mt_extract(ex, page, len, url, &result);
    if (st == MT_ERR_NO_CONTENT) {
        fprintf(stderr, "extract: no main content found\n");
        return 1;
    }
    if (st != MT_OK) {
        fprintf(stderr, "extract: %s\n", mt_strerror(st));
        return 3;
    }
    size_t text_len;
    char *text = mt_render(result, MT_FORMAT_TEXT, 0, NULL, &text_len, &st);
    if (!text) {
        fprintf(stderr, "extract: %s\n", mt_strerror(st));
        return 3;
    }
    if (result->meta.title)
        printf("%s\n\n", result->meta.title);
    fwrite(text, 1, text_len, stdout);
    mt_free(NULL, text);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: extract PAGE.html [URL]\n");
        return 2;
    }
    size_t len = 0;
    char *page = read_file(argv[1], &len);
    if (!page) {
        perror(argv[1]);
        return 3;
    }
    mt_status st;
    mt_extractor *ex = mt_extractor_new(NULL, &st);
    if (!ex) {
        fprintf(stderr, "extract: %s\n", mt_strerror(st));
        free(page);
        return 3;
    }
    int status = print_main_text(ex, page, len, argc > 2 ? argv[2] : NULL);
    mt_extractor_free(ex);
    free(page);
    return status;
}
