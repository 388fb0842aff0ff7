/* fuzz_extract.c -- libFuzzer target: mt_extract() and every renderer.
 *
 * The first two input bytes choose the options (focus, whole page among
 * them, what to include, a minimum length, small parse limits, a URL, a
 * transport charset); the rest is the page, whose length picks the
 * metadata scope. The result is checked against what maintext.h promises and
 * rendered in every format with every flag combination:
 *  - the status is MT_OK or MT_ERR_NO_CONTENT (a page never makes any other
 *    error here: the input is far below the size limit and the charset
 *    labels are valid), with blocks exactly when MT_OK;
 *  - every block's text is NUL-terminated at its length, spans lie inside
 *    it, ordered and properly nested;
 *  - every rendering is NUL-terminated at its length and valid UTF-8, JSON
 *    output parses as JSON (our own strict reader), and XML and TEI output
 *    is well-formed (the render tests' checker);
 *  - a second extraction of the same page by the same extractor, after
 *    another page, renders to the same bytes (the reused arena holds no
 *    state from earlier pages);
 *  - the page with its digits changed, read by that extractor (whose memo
 *    of class names holds the page's: src/extract/vocab.c keys a name by
 *    its bytes before the digits that end it), renders as it does read by
 *    an extractor of its own.
 * A broken promise aborts, which the fuzzer reports. Everything is freed. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "maintext.h"
#include "render/xmlcheck.h"
#include "strict_utf8.h"
#include "util/arena.h"
#include "util/json.h"

static const char *const urls[] = {
    NULL, "https://example.org/news/2024/05/article.html", "http://example.org",
    "not a url", "https://例え.jp/パス?q=1#frag", "",
};

static const char *const charsets[] = {
    NULL, "utf-8", "windows-1252", "shift_jis", "euc-kr", "gb18030", "utf-16le",
    "iso-2022-jp", "x-user-defined", "koi8-r",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static void check_spans(const mt_span *spans, size_t n, size_t text_len)
{
    for (size_t i = 0; i < n; i++) {
        if (spans[i].start > spans[i].end || spans[i].end > text_len)
            abort();
        if (i > 0 && spans[i].start < spans[i - 1].start)
            abort();
        /* nested or disjoint, never partly overlapping */
        for (size_t k = 0; k < i; k++)
            if (spans[i].start < spans[k].end && spans[i].end > spans[k].end)
                abort();
    }
}

static void check_blocks(const mt_block *blocks, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const mt_block *b = &blocks[i];
        if (!b->text || b->text[b->text_len] != '\0')
            abort();
        if (b->nspans > 64)   /* the quadratic nesting check stays cheap */
            check_spans(b->spans, 64, b->text_len);
        else
            check_spans(b->spans, b->nspans, b->text_len);
        for (size_t r = 0; r < b->nrows; r++)
            for (size_t c = 0; c < b->rows[r].ncells; c++) {
                const mt_cell *cell = &b->rows[r].cells[c];
                if (cell->text_len && !cell->text)
                    abort();
            }
    }
}

static void check_json(const char *out, size_t len)
{
    mt_arena arena;
    mt_arena_init(&arena, NULL, 0, 0);
    mt_json_error err;
    mt_json *root = mt_json_parse(&arena, out, len, 0, 0, &err);
    if (!root && strcmp(err.msg, "out of memory") != 0)
        abort();
    if (root && root->type != MT_JSON_OBJECT)
        abort();
    mt_arena_release(&arena);
}

/* Text or Markdown with MT_RENDER_METADATA: valid UTF-8, a front matter
 * of "---" lines around lines each a member's ("name: ..."), then the
 * rendering without the flag, after a blank line when there is one. */
static void check_front_matter(const mt_result *r, mt_format fmt)
{
    size_t len = 0, plain_len = 0;
    char *out = mt_render(r, fmt, MT_RENDER_METADATA, NULL, &len, NULL);
    char *plain = mt_render(r, fmt, 0, NULL, &plain_len, NULL);
    if (out && plain) {
        const char *end = len > 4 ? strstr(out + 3, "\n---\n") : NULL;
        if (strlen(out) != len || !strict_utf8(out, len) || memcmp(out, "---\n", 4) != 0 || !end)
            abort();
        for (const char *line = out + 4; line <= end; line = strchr(line, '\n') + 1) {
            const char *colon = strstr(line, ": ");
            if (line < end && (!colon || colon > strchr(line, '\n') || colon[2] == '\n'))
                abort();
        }
        const char *body = end + 5;
        size_t body_len = len - (size_t)(body - out);
        if (plain_len ? body_len != plain_len + 1 || body[0] != '\n' ||
                            memcmp(body + 1, plain, plain_len) != 0
                      : body_len != 0)
            abort();
    }
    mt_free(NULL, out);
    mt_free(NULL, plain);
}

/* Every format with every flag combination. */
static void render_all(const mt_result *r)
{
    static const mt_format formats[] = { MT_FORMAT_TEXT, MT_FORMAT_MARKDOWN, MT_FORMAT_HTML,
                                         MT_FORMAT_JSON, MT_FORMAT_XML, MT_FORMAT_TEI,
                                         MT_FORMAT_CSV };
    unsigned all = MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN | MT_RENDER_COMPACT | MT_RENDER_NO_HEADER;
    /* no text, no fingerprint; and the same text, the same one */
    uint64_t fingerprint = mt_result_fingerprint(r);
    if ((!r->nblocks && fingerprint) || mt_result_fingerprint(r) != fingerprint)
        abort();
    for (size_t f = 0; f < COUNT(formats); f++)
        for (unsigned flags = 0; flags <= all; flags++) {
            size_t len = 0;
            mt_status st = MT_OK;
            char *out = mt_render(r, formats[f], flags, NULL, &len, &st);
            if (!out) {
                if (st != MT_ERR_NOMEM)
                    abort();
                continue;
            }
            if (strlen(out) != len || !strict_utf8(out, len))
                abort();
            if (formats[f] == MT_FORMAT_JSON)
                check_json(out, len);
            /* XML and TEI are well-formed whatever the page */
            if ((formats[f] == MT_FORMAT_XML || formats[f] == MT_FORMAT_TEI) &&
                xml_check(out, len, NULL) != NULL)
                abort();
            mt_free(NULL, out);
        }
    /* text and Markdown with their front matter: the text after it */
    for (size_t f = 0; f < 2; f++)
        check_front_matter(r, formats[f]);
}

static char *render_json(const mt_result *r)
{
    return mt_render(r, MT_FORMAT_JSON, MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN, NULL, NULL, NULL);
}

/* Options from two bytes: focus and includes from the first, limits, the
 * URL and the charset from the second. The three bits that pick one of
 * the six URLs have two values left over: they pick a URL again and the
 * whole-page focus, so that the inputs found before that focus was added
 * keep their meaning. */
static void choose_options(uint8_t a, uint8_t b, mt_options *o, const char **url)
{
    mt_options_default(o);
    o->focus = (mt_focus)(a % 3);
    o->include = (a >> 2) & 0x1F;
    o->min_length = (a & 0x80) ? 200 : 0;
    o->reference_time = 1735689600;
    if (b & 1) {
        o->parse.max_depth = 8;
        o->parse.max_nodes = 200;
        o->parse.max_attributes = 2;
    }
    o->parse.scripting = (b >> 1) & 1;
    unsigned url_pick = (b >> 2) & 7;
    *url = urls[url_pick % COUNT(urls)];
    if (url_pick >= COUNT(urls))
        o->focus = MT_FOCUS_WHOLE_PAGE;
    o->parse.transport_charset = charsets[(b >> 5) % COUNT(charsets)];
}

/* The JSON of `page` read by `ex`, or NULL. */
static char *json_of(mt_extractor *ex, const char *page, size_t len, const char *url)
{
    const mt_result *r = NULL;
    mt_extract(ex, page, len, url, &r);
    return r ? render_json(r) : NULL;
}

/* The page with each digit one on (9 to 0), read by `ex` after the page,
 * renders to the bytes it renders to read alone: what the memo answers
 * for the page's names is what their numbers' other names say. */
static void check_other_digits(mt_extractor *ex, const mt_options *opts, const char *page,
                               size_t len, const char *url)
{
    char *changed = malloc(len ? len : 1);
    mt_status st;
    mt_extractor *alone = mt_extractor_new(opts, &st);
    if (changed && alone) {
        for (size_t i = 0; i < len; i++)
            changed[i] = page[i] >= '0' && page[i] <= '9'
                             ? (char)('0' + (page[i] - '0' + 1) % 10) : page[i];
        char *after = json_of(ex, changed, len, url);
        char *own = json_of(alone, changed, len, url);
        if (after && own && strcmp(after, own) != 0)
            abort();
        mt_free(NULL, after);
        mt_free(NULL, own);
    }
    mt_extractor_free(alone);
    free(changed);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    mt_options opts;
    const char *url;
    choose_options(data[0], data[1], &opts, &url);
    const char *page = (const char *)data + 2;
    size_t len = size - 2;
    /* the metadata scope by the page's length (odd: basic), so that the
     * option bytes of inputs found before it was added keep their meaning */
    opts.metadata = (len & 1) ? MT_METADATA_BASIC : MT_METADATA_ALL;

    mt_status st;
    mt_extractor *ex = mt_extractor_new(&opts, &st);
    if (!ex)
        return 0;
    const mt_result *r = NULL;
    st = mt_extract(ex, page, len, url, &r);
    if (st != MT_OK && st != MT_ERR_NO_CONTENT && st != MT_ERR_NOMEM)
        abort();
    if (st == MT_ERR_NOMEM) {
        mt_extractor_free(ex);
        return 0;
    }
    if (!r || (st == MT_OK) != (r->nblocks > 0))
        abort();
    check_blocks(r->blocks, r->nblocks);
    check_blocks(r->comments, r->ncomments);
    render_all(r);
    char *first = render_json(r);

    /* Another page, then this one again: the same bytes. */
    static const char other[] = "<title>Other</title><article><p>A different page, "
        "long enough to be extracted as the main content of its own.</p></article>";
    mt_extract(ex, other, sizeof other - 1, NULL, &r);
    st = mt_extract(ex, page, len, url, &r);
    char *second = r ? render_json(r) : NULL;
    if (first && second && strcmp(first, second) != 0)
        abort();
    mt_free(NULL, first);
    mt_free(NULL, second);
    check_other_digits(ex, &opts, page, len, url);
    mt_extractor_free(ex);
    return 0;
}
