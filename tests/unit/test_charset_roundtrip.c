/* test_charset_roundtrip.c -- every fixture page of tests/fixtures/charset/
 * (short articles of our own in Japanese, Chinese, Korean, Russian, Greek,
 * Polish, Arabic and German, stored as UTF-8) is re-encoded with iconv into
 * each charset that can hold it, declared three ways -- the transport label
 * (mt_parse_options.transport_charset), a <meta charset>, and not at all --
 * and parsed with mt_parse(). The text of <body> must equal that of the
 * UTF-8 original, the document must name the encoding, and the main text
 * mt_extract() gives must equal the original's.
 *
 * Undeclared pages are checked for the charsets their script is really
 * served in (CJK, Cyrillic, Greek, Central European, Arabic and Western
 * code pages, and UTF-16 with its byte order mark). The declared-only
 * charsets (a Russian page in Shift_JIS, anything in GB18030) cannot be
 * told from the script's own code pages by any detector, since the same
 * text is valid in both; their declared variants are checked. */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "maintext.h"

typedef struct charset {
    const char *label;        /* Encoding Standard label we declare */
    const char *iconv_name;   /* glibc converter that writes it */
    const char *name;         /* what mt_document_encoding() must say */
    int bom;                  /* UTF-16: prefix a byte order mark */
} charset;

static const charset charsets[] = {
    { "shift_jis", "SHIFT_JIS", "Shift_JIS", 0 },
    { "euc-jp", "EUC-JP", "EUC-JP", 0 },
    { "iso-2022-jp", "ISO-2022-JP", "ISO-2022-JP", 0 },
    { "gbk", "GBK", "GBK", 0 },
    { "gb18030", "GB18030", "gb18030", 0 },
    { "big5", "BIG5", "Big5", 0 },
    { "euc-kr", "CP949", "EUC-KR", 0 },
    { "windows-1251", "WINDOWS-1251", "windows-1251", 0 },
    { "koi8-r", "KOI8-R", "KOI8-R", 0 },
    { "koi8-u", "KOI8-U", "KOI8-U", 0 },
    { "iso-8859-5", "ISO-8859-5", "ISO-8859-5", 0 },
    { "windows-1253", "WINDOWS-1253", "windows-1253", 0 },
    { "iso-8859-7", "ISO-8859-7", "ISO-8859-7", 0 },
    { "windows-1250", "WINDOWS-1250", "windows-1250", 0 },
    { "iso-8859-2", "ISO-8859-2", "ISO-8859-2", 0 },
    { "windows-1256", "WINDOWS-1256", "windows-1256", 0 },
    { "iso-8859-6", "ISO-8859-6", "ISO-8859-6", 0 },
    { "windows-1252", "WINDOWS-1252", "windows-1252", 0 },
    { "iso-8859-1", "ISO-8859-1", "windows-1252", 0 },
    { "iso-8859-15", "ISO-8859-15", "ISO-8859-15", 0 },
    { "utf-16le", "UTF-16LE", "UTF-16LE", 1 },
    { "utf-16be", "UTF-16BE", "UTF-16BE", 1 },
};
#define NCHARSETS (sizeof charsets / sizeof charsets[0])

typedef struct fixture {
    const char *file;
    /* Labels whose undeclared variant must be detected (space-separated). */
    const char *undeclared;
} fixture;

static const fixture fixtures[] = {
    { "ja.html", "shift_jis euc-jp iso-2022-jp utf-16le utf-16be" },
    /* A news page with menus, share box and related links; its article
     * text alone is in ja-news.expected.txt, for the extractor's test. */
    { "ja-news.html", "shift_jis euc-jp iso-2022-jp utf-16le utf-16be" },
    { "zh-hans.html", "gbk utf-16le utf-16be" },
    { "zh-hant.html", "big5 utf-16le utf-16be" },
    { "ko.html", "euc-kr utf-16le utf-16be" },
    { "ru.html", "windows-1251 koi8-r koi8-u iso-8859-5 utf-16le utf-16be" },
    { "el.html", "windows-1253 iso-8859-7 utf-16le utf-16be" },
    { "pl.html", "windows-1250 iso-8859-2 utf-16le utf-16be" },
    { "ar.html", "windows-1256 iso-8859-6 utf-16le utf-16be" },
    { "de.html", "windows-1252 iso-8859-1 iso-8859-15 utf-16le utf-16be" },
};

/* ------------------------------------------------------------------ helpers */

typedef struct buf {
    char *p;
    size_t len;
} buf;

/* iconv-encodes UTF-8 text; returns 0 when the charset cannot hold it. */
static int encode(const char *utf8, size_t len, const charset *cs, buf *out)
{
    iconv_t cd = iconv_open(cs->iconv_name, "UTF-8");
    if (cd == (iconv_t)-1)
        return 0;
    size_t cap = len * 4 + 16;
    out->p = malloc(cap);
    char *ip = (char *)utf8, *op = out->p;
    size_t il = len, ol = cap;
    if (cs->bom) {
        int be = strstr(cs->iconv_name, "BE") != NULL;
        *op++ = be ? '\xFE' : '\xFF';
        *op++ = be ? '\xFF' : '\xFE';
        ol -= 2;
    }
    size_t r = iconv(cd, &ip, &il, &op, &ol);
    if (r != (size_t)-1)
        r = iconv(cd, NULL, NULL, &op, &ol);
    iconv_close(cd);
    if (r == (size_t)-1) {
        free(out->p);
        return 0;
    }
    out->len = (size_t)(op - out->p);
    return 1;
}

/* The page with <meta charset="label"> right after "<head>". */
static char *with_meta(const char *utf8, const char *label, size_t *len)
{
    const char *head = strstr(utf8, "<head>");
    size_t at = (size_t)(head - utf8) + 6, n = strlen(utf8);
    char meta[80];
    int m = snprintf(meta, sizeof meta, "\n<meta charset=\"%s\">", label);
    char *out = malloc(n + (size_t)m + 1);
    memcpy(out, utf8, at);
    memcpy(out + at, meta, (size_t)m);
    memcpy(out + at + (size_t)m, utf8 + at, n - at + 1);
    *len = n + (size_t)m;
    return out;
}

/* The text nodes under <body>, concatenated (malloc'd, NUL-terminated). */
static char *body_text(const mt_document *doc)
{
    const mt_node *root = mt_document_root(doc), *body = NULL;
    for (const mt_node *n = root; n && !body; n = mt_node_following(n, root)) {
        size_t nl;
        const char *name = mt_node_name(n, &nl);
        if (mt_node_get_type(n) == MT_NODE_ELEMENT && nl == 4 && !memcmp(name, "body", 4))
            body = n;
    }
    size_t cap = 1024, len = 0;
    char *out = malloc(cap);
    out[0] = '\0';
    for (const mt_node *n = body; n; n = mt_node_following(n, body)) {
        if (mt_node_get_type(n) != MT_NODE_TEXT)
            continue;
        size_t tl;
        const char *t = mt_node_text(n, &tl);
        if (len + tl + 1 > cap) {
            while (len + tl + 1 > cap)
                cap *= 2;
            out = realloc(out, cap);
        }
        memcpy(out + len, t, tl);
        len += tl;
        out[len] = '\0';
    }
    return out;
}

static int listed(const char *list, const char *label)
{
    size_t n = strlen(label);
    for (const char *p = strstr(list, label); p; p = strstr(p + 1, label))
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return 1;
    return 0;
}

static int passes, fails;

/* The main text of a page (as `maintext` prints it), or "" when there is
 * none; malloc'd. */
static char *extracted_text(const char *bytes, size_t len, const char *transport)
{
    mt_options opts;
    mt_options_default(&opts);
    opts.parse.transport_charset = transport;
    mt_extractor *ex = mt_extractor_new(&opts, NULL);
    const mt_result *r = NULL;
    char *text = NULL;
    if (ex && mt_extract(ex, bytes, len, NULL, &r) == MT_OK)
        text = mt_render(r, MT_FORMAT_TEXT, 0, NULL, NULL, NULL);
    mt_extractor_free(ex);
    if (!text) {
        text = malloc(1);
        if (text)
            text[0] = '\0';
    }
    return text;
}

/* Parses one variant and compares its body text with the original's. */
static void check_variant(const char *what, const char *file, const charset *cs,
                          const char *bytes, size_t len, const char *transport,
                          const char *expected_text, const char *expected_main)
{
    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.transport_charset = transport;
    mt_status st;
    mt_document *doc = mt_parse(bytes, len, &opts, &st);
    CHECK(doc != NULL);
    if (!doc)
        return;
    char *text = body_text(doc);
    int same_text = strcmp(text, expected_text) == 0;
    /* Undeclared, an equivalent encoding is as good (ISO-8859-7 and
     * windows-1253 read Greek text alike). */
    int same_name = !transport && !strstr(what, "meta") ? 1
                  : strcmp(mt_document_encoding(doc), cs->name) == 0;
    char *main_text = extracted_text(bytes, len, transport);
    int same_main = strcmp(main_text, expected_main) == 0;
    CHECK(same_text);
    CHECK(same_name);
    CHECK(same_main);
    if (same_text && same_name && same_main)
        passes++;
    else {
        fails++;
        fprintf(stderr, "  %s in %s, %s: decoded as %s (%s)%s%s\n", file, cs->label, what,
                mt_document_encoding(doc), mt_document_encoding_source(doc),
                same_text ? "" : ", text differs", same_main ? "" : ", main text differs");
    }
    free(main_text);
    free(text);
    mt_document_free(doc);
}

static void check_fixture(const fixture *fx)
{
    char path[256];
    snprintf(path, sizeof path, "fixtures/charset/%s", fx->file);
    size_t len;
    char *utf8 = harness_read_file(path, &len);
    CHECK(utf8 != NULL);
    if (!utf8)
        return;
    mt_document *orig = mt_parse(utf8, len, NULL, NULL);
    char *expected = body_text(orig);
    CHECK(strlen(expected) > 200);
    mt_document_free(orig);
    char *expected_main = extracted_text(utf8, len, NULL);
    CHECK(strlen(expected_main) > 100);
    for (size_t i = 0; i < NCHARSETS; i++) {
        const charset *cs = &charsets[i];
        buf plain;
        if (!encode(utf8, len, cs, &plain))
            continue;    /* this charset cannot hold the page */
        check_variant("transport", fx->file, cs, plain.p, plain.len, cs->label, expected,
                      expected_main);
        if (listed(fx->undeclared, cs->label))
            check_variant("undeclared", fx->file, cs, plain.p, plain.len, NULL, expected,
                          expected_main);
        size_t mlen;
        char *meta_utf8 = with_meta(utf8, cs->label, &mlen);
        buf meta;
        if (encode(meta_utf8, mlen, cs, &meta)) {
            check_variant("meta", fx->file, cs, meta.p, meta.len, NULL, expected, expected_main);
            free(meta.p);
        }
        free(meta_utf8);
        free(plain.p);
    }
    free(expected_main);
    free(expected);
    free(utf8);
}

/* The issue's acceptance page: a Japanese newspaper article with site
 * menu, skip link, related links and a social box, served in Shift_JIS
 * without any charset declaration, extracts to the article alone (headline
 * and body; its dateline is the date field) -- the text in
 * ja-news.expected.txt, read by eye. */
static void test_japanese_news_undeclared_shift_jis(void)
{
    size_t len, elen;
    char *utf8 = harness_read_file("fixtures/charset/ja-news.html", &len);
    char *expected = harness_read_file("fixtures/charset/ja-news.expected.txt", &elen);
    CHECK(utf8 && expected);
    if (!utf8 || !expected)
        return;
    CHECK(strstr(utf8, "charset") == NULL);    /* nothing declares it */
    buf sjis;
    CHECK(encode(utf8, len, &charsets[0], &sjis));
    char *text = extracted_text(sjis.p, sjis.len, NULL);
    size_t tlen = strlen(text);
    while (tlen && text[tlen - 1] == '\n')
        text[--tlen] = '\0';
    while (elen && expected[elen - 1] == '\n')
        expected[--elen] = '\0';
    CHECK_STR(text, expected);
    free(text);
    free(sjis.p);
    free(expected);
    free(utf8);
}

/* The charset label a page came with (a WARC record's HTTP header), given
 * page by page to one extractor: used for that page only; an unknown label
 * is passed over and the page sniffed, as browsers do. */
static void test_charset_declared_per_page(void)
{
    size_t len;
    char *utf8 = harness_read_file("fixtures/charset/ru.html", &len);
    CHECK(utf8 != NULL);
    if (!utf8)
        return;
    const charset *koi8 = NULL;
    for (size_t i = 0; i < NCHARSETS; i++)
        if (strcmp(charsets[i].label, "koi8-r") == 0)
            koi8 = &charsets[i];
    buf page = { 0 };
    CHECK(koi8 && encode(utf8, len, koi8, &page));
    char *expected = extracted_text(utf8, len, NULL);
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r = NULL;
    CHECK(ex != NULL);
    if (ex && koi8) {
        CHECK_INT(mt_extract_declared(ex, page.p, page.len, NULL, "KOI8-R", &r), MT_OK);
        CHECK_STR(r->encoding, "KOI8-R");
        CHECK_STR(r->encoding_source, "transport");
        char *text = mt_render(r, MT_FORMAT_TEXT, 0, NULL, NULL, NULL);
        CHECK_STR(text, expected);
        mt_free(NULL, text);
        CHECK_INT(mt_extract_declared(ex, page.p, page.len, NULL, "x-no-such-charset", &r), MT_OK);
        CHECK(strcmp(r->encoding_source, "transport") != 0);
        /* the label was this page's: the next is sniffed again */
        CHECK_INT(mt_extract(ex, utf8, len, NULL, &r), MT_OK);
        CHECK_STR(r->encoding, "UTF-8");
        CHECK(strcmp(r->encoding_source, "transport") != 0);
    }
    mt_extractor_free(ex);
    free(expected);
    free(page.p);
    free(utf8);
}

static void test_roundtrips(void)
{
    for (size_t i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++)
        check_fixture(&fixtures[i]);
    printf("round trips: %d passed, %d failed\n", passes, fails);
    CHECK(fails == 0);
    CHECK(passes >= 166);
}

int main(void)
{
    RUN(test_roundtrips);
    RUN(test_charset_declared_per_page);
    RUN(test_japanese_news_undeclared_shift_jis);
    return harness_finish();
}
