/* test_render_csv.c -- the CSV renderer on hand-built results: the exact
 * bytes of a row, the header against the metadata members' list, quoting,
 * MT_RENDER_NO_HEADER, and every row read back by a strict RFC 4180 reader
 * written here (so a quoting mistake cannot pass by looking right). */
#include "harness.h"
#include "render/sample.h"
#include "render/render.h"

#define MAX_FIELDS 40

/* ---------------------------------------------------------------- a strict reader */

typedef struct csv_row {
    char *fields[MAX_FIELDS];     /* malloc'd, NUL-terminated */
    size_t n;
} csv_row;

static void row_free(csv_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        free(row->fields[i]);
    row->n = 0;
}

/* Reads one quoted field's body at *p (past its opening quote); returns
 * the unquoted text, or NULL when the quotes are not RFC 4180's. */
static char *read_quoted(const char **p)
{
    const char *s = *p;
    char *out = malloc(strlen(s) + 1);
    size_t n = 0;
    if (!out)
        return NULL;
    for (;;) {
        if (!*s) {
            free(out);
            return NULL;              /* no closing quote */
        }
        if (*s == '"' && s[1] == '"') {
            out[n++] = '"';
            s += 2;
        } else if (*s == '"') {
            s++;
            break;
        } else {
            out[n++] = *s++;
        }
    }
    out[n] = '\0';
    *p = s;
    return out;
}

/* Reads a bare field: up to a comma or CR; a quote, or LF, in it is an error. */
static char *read_bare(const char **p)
{
    const char *s = *p;
    size_t n = strcspn(s, ",\r\"\n");
    if (s[n] == '"' || s[n] == '\n')
        return NULL;
    char *out = strndup(s, n);
    *p = s + n;
    return out;
}

/* Reads the row at *p, which must end with CR LF; returns 0 or -1. */
static int read_row(const char **p, csv_row *row)
{
    row->n = 0;
    for (;;) {
        char *field;
        if (**p == '"') {
            (*p)++;
            field = read_quoted(p);
        } else {
            field = read_bare(p);
        }
        if (!field || row->n == MAX_FIELDS) {
            free(field);
            return -1;
        }
        row->fields[row->n++] = field;
        if (**p == ',') {
            (*p)++;
            continue;
        }
        if ((*p)[0] == '\r' && (*p)[1] == '\n') {
            *p += 2;
            return 0;
        }
        return -1;                    /* text after a closing quote, or no CR LF */
    }
}

/* ---------------------------------------------------------------- tests */

/* The header's names are the members' (without "authors", whose joined
 * twin "author" has the column) and the text's: one list, not two. */
static void test_header_is_the_members_list(void)
{
    mt_metadata m;
    memset(&m, 0, sizeof m);
    mt_meta_member members[MT_RENDER_META_MEMBERS];
    mt_render_meta_members(&m, members);
    char want[512] = "";
    for (size_t i = 0; i < MT_RENDER_META_MEMBERS; i++) {
        if (strcmp(members[i].name, "authors") == 0)
            continue;
        strcat(want, members[i].name);
        strcat(want, ",");
    }
    strcat(want, "text,comments,encoding,fingerprint\r\n");
    CHECK_STR(mt_render_csv_header(), want);
}

static void test_article_row(void)
{
    sample_article a;
    sample_article_init(&a);
    char *out = render(&a.r, MT_FORMAT_CSV, MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN);
    const char *header = mt_render_csv_header();
    CHECK(strncmp(out, header, strlen(header)) == 0);
    /* the last field is the text's fingerprint */
    char fingerprint[24];
    snprintf(fingerprint, sizeof fingerprint, ",%016llx\r\n",
             (unsigned long long)mt_result_fingerprint(&a.r));
    size_t len = strlen(out);
    CHECK(len > 19 && strcmp(out + len - 19, fingerprint) == 0);
    out[len - 19] = '\0';
    CHECK_STR(out + strlen(header),
        "\"Rivers & \"\"Deltas\"\"\",Ana Lima; Bo Chen,2024-03-05,,Field Notes,,en,"
        "https://example.org/rivers?a=1&b=2,,Science,,,article,"
        "\"Rivers & \"\"Deltas\"\"\n\nSediment <moves> slowly & steadily; see the survey.\n\n"
        "Mud\nSilt\nClay\nSand\n\nWater always wins.\n\necho `date`\n  ls -l\n\n"
        "Site\tDepth | m\nNorth\t3.5\t4.0\n\t2.9\t3.1 revised\n\n"
        "Figure 1: the delta in May\n\nLast line.\n\",\"Great read <3\n\",UTF-8");
    free(out);
}

/* The row alone is the full rendering without its header. */
static void test_no_header(void)
{
    sample_article a;
    sample_article_init(&a);
    char *full = render(&a.r, MT_FORMAT_CSV, 0);
    char *row = render(&a.r, MT_FORMAT_CSV, MT_RENDER_NO_HEADER);
    CHECK_STR(row, full + strlen(mt_render_csv_header()));
    free(full);
    free(row);
    /* the other formats do not know the flag */
    char *json = render(&a.r, MT_FORMAT_JSON, 0);
    char *json_flagged = render(&a.r, MT_FORMAT_JSON, MT_RENDER_NO_HEADER);
    CHECK_STR(json_flagged, json);
    free(json);
    free(json_flagged);
}

/* Quoted only when it must be: commas, quotes, CR and LF. Spaces, tabs,
 * semicolons and apostrophes stay bare. */
static void test_quoting(void)
{
    mt_result r = result_of(NULL, 0);
    const char *tags[] = { "a,b", "say \"hi\"" };
    r.meta.title = "plain title; with 'quotes' and\ttab ";
    r.meta.sitename = "Comma, Inc.";
    r.meta.description = "two\r\nlines";
    r.meta.license = "\"";
    r.meta.tags = tags;
    r.meta.ntags = 2;
    r.encoding = NULL;
    char *out = render(&r, MT_FORMAT_CSV, MT_RENDER_NO_HEADER);
    CHECK_STR(out, "plain title; with 'quotes' and\ttab ,,,,\"Comma, Inc.\",\"two\r\nlines\",,,,,"
                   "\"a,b; say \"\"hi\"\"\",\"\"\"\",,,,,\r\n");
    free(out);
}

/* Ill-formed UTF-8 in a metadata string becomes U+FFFD, quoted or not. */
static void test_ill_formed_utf8(void)
{
    mt_result r = result_of(NULL, 0);
    r.meta.title = "caf\xE9";
    r.meta.sitename = "\xC3\"";
    char *out = render(&r, MT_FORMAT_CSV, MT_RENDER_NO_HEADER);
    CHECK_STR(out, "caf\xEF\xBF\xBD,,,,\"\xEF\xBF\xBD\"\"\",,,,,,,,,,,UTF-8,\r\n");
    free(out);
}

/* Every rendering reads back, with a strict reader, as a header and one
 * row of as many fields, the title and text as they were given. */
static void test_reads_back(void)
{
    sample_article a;
    sample_article_init(&a);
    awkward w;
    awkward_init(&w);
    const mt_result *results[] = { &a.r, &w.r };
    for (size_t k = 0; k < 2; k++) {
        char *out = render(results[k], MT_FORMAT_CSV, 0);
        const char *p = out;
        csv_row header, row;
        CHECK_INT(read_row(&p, &header), 0);
        CHECK_INT(read_row(&p, &row), 0);
        CHECK_INT(*p, '\0');
        CHECK_INT(header.n, 17);
        CHECK_INT(row.n, header.n);
        if (row.n == 17) {
            CHECK_STR(header.fields[0], "title");
            CHECK_STR(row.fields[0], results[k]->meta.title ? results[k]->meta.title : "");
            CHECK_STR(header.fields[13], "text");
            mt_rbuf t;
            mt_rbuf_init(&t, NULL, 0);
            mt_render_text_blocks(&t, results[k]->blocks, results[k]->nblocks);
            char *text = mt_rbuf_take(&t, NULL);
            CHECK_STR(row.fields[13], text ? text : "");
            mt_free(NULL, text);
        }
        row_free(&header);
        row_free(&row);
        free(out);
    }
}

int main(void)
{
    RUN(test_header_is_the_members_list);
    RUN(test_article_row);
    RUN(test_no_header);
    RUN(test_quoting);
    RUN(test_ill_formed_utf8);
    RUN(test_reads_back);
    return harness_finish();
}
