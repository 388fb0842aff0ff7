/* mt-meta -- a development tool: parses one page and prints what the
 * metadata stage finds, as one JSON object (the shape ../shared/bin/score
 * reads, with "text" empty) and, with --explain, where each field came from.
 *
 *   mt-meta [--url URL] [--explain] FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "maintext.h"
#include "metadata/metadata.h"

static void put_string(const char *s)
{
    if (!s) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", stdout); break;
        case '\\': fputs("\\\\", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        default:
            if (*p < 0x20)
                printf("\\u%04x", *p);
            else
                putchar(*p);
        }
    }
    putchar('"');
}

static void put_list(const char *const *items, size_t n)
{
    putchar('[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputs(", ", stdout);
        put_string(items[i]);
    }
    putchar(']');
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
    const char *url = NULL, *path = NULL;
    int explain = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--url") == 0 && i + 1 < argc)
            url = argv[++i];
        else if (strcmp(argv[i], "--explain") == 0)
            explain = 1;
        else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: mt-meta [--url URL] [--explain] FILE\n");
        return 2;
    }
    size_t len;
    char *html = read_file(path, &len);
    if (!html) {
        fprintf(stderr, "mt-meta: %s: cannot read\n", path);
        return 3;
    }
    mt_status st;
    mt_document *doc = mt_parse(html, len, NULL, &st);
    if (!doc) {
        fprintf(stderr, "mt-meta: %s: %s\n", path, mt_strerror(st));
        free(html);
        return 3;
    }
    mt_arena arena;
    mt_arena_init(&arena, NULL, 0, 0);
    mt_metadata m;
    st = mt_metadata_extract(doc, url, (int64_t)time(NULL), &arena, &m);
    if (st != MT_OK) {
        fprintf(stderr, "mt-meta: %s: %s\n", path, mt_strerror(st));
        return 3;
    }
    static const char *const names[MT_META_FIELD_COUNT] = {
        "title", "author", "date", "date_modified", "sitename", "description", "language",
        "url", "image", "categories", "tags", "license", "pagetype",
    };
    fputs("{\"text\": \"\", \"title\": ", stdout);
    put_string(m.title);
    fputs(", \"author\": ", stdout);
    put_list(m.authors, m.nauthors);
    fputs(", \"date\": ", stdout);
    put_string(m.date);
    fputs(", \"date_modified\": ", stdout);
    put_string(m.date_modified);
    fputs(", \"sitename\": ", stdout);
    put_string(m.sitename);
    fputs(", \"description\": ", stdout);
    put_string(m.description);
    fputs(", \"language\": ", stdout);
    put_string(m.language);
    fputs(", \"url\": ", stdout);
    put_string(m.url);
    fputs(", \"image\": ", stdout);
    put_string(m.image);
    fputs(", \"categories\": ", stdout);
    put_list(m.categories, m.ncategories);
    fputs(", \"tags\": ", stdout);
    put_list(m.tags, m.ntags);
    fputs(", \"license\": ", stdout);
    put_string(m.license);
    fputs(", \"pagetype\": ", stdout);
    put_string(m.pagetype);
    if (explain) {
        fputs(", \"source\": {", stdout);
        int first = 1;
        for (int f = 0; f < MT_META_FIELD_COUNT; f++) {
            if (!m.source[f])
                continue;
            printf("%s\"%s\": ", first ? "" : ", ", names[f]);
            put_string(m.source[f]);
            first = 0;
        }
        putchar('}');
    }
    fputs("}\n", stdout);
    mt_arena_release(&arena);
    mt_document_free(doc);
    free(html);
    return 0;
}
