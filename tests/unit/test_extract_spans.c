/* test_extract_spans.c -- where the extractor puts inline spans (links,
 * emphasis) in a block's text (src/extract/blocks.c), on small pages. */
#include "harness.h"
#include "maintext.h"

/* The first block's spans, as "type:start-end " items, in `out`. */
static const char *spans_of(const char *html, char *out, size_t cap)
{
    out[0] = '\0';
    mt_options o;
    mt_options_default(&o);
    o.include |= MT_INCLUDE_FORMATTING | MT_INCLUDE_LINKS;
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    const mt_result *r = NULL;
    if (ex && mt_extract(ex, html, strlen(html), NULL, &r) == MT_OK && r->nblocks) {
        size_t n = 0;
        const mt_block *b = &r->blocks[r->nblocks - 1];
        for (size_t i = 0; i < b->nspans && n + 32 < cap; i++)
            n += (size_t)snprintf(out + n, cap - n, "%d:%u-%u ", (int)b->spans[i].type,
                                  b->spans[i].start, b->spans[i].end);
    }
    mt_extractor_free(ex);
    return out;
}

/* A space before a span is written before it, so the span starts at its
 * first word. */
static void test_span_after_space(void)
{
    char out[256];
    spans_of("<p>The river rose <em>all night</em> and the bridge was shut.</p>", out, sizeof out);
    char want[64];
    snprintf(want, sizeof want, "%d:15-24 ", (int)MT_SPAN_EMPHASIS);
    CHECK_STR(out, want);
}

/* A pending space that a line break swallows moves nothing: the strike
 * opened after " " and before a paragraph covers its text from the first
 * letter ("link" at 8), not from the second. */
static void test_span_after_swallowed_space(void)
{
    char out[256];
    spans_of("Some text before the list item, long enough.<li><a>/<s>struck</p> "
             "<p><a href>link<p>after",
             out, sizeof out);
    char want[128];
    snprintf(want, sizeof want, "%d:1-7 %d:8-18 %d:8-12 %d:13-18 ", (int)MT_SPAN_STRIKE,
             (int)MT_SPAN_STRIKE, (int)MT_SPAN_LINK, (int)MT_SPAN_LINK);
    CHECK_STR(out, want);
}

/* A first paragraph long enough that the page's second block is kept. */
#define RIVER_LEDE                                                                               \
    "<article><p>The river rose all night and the old bridge was shut before dawn, as the town " \
    "council had warned in the evening.</p>"

/* Checks that a page of two blocks gives `want` as its second block's
 * text (and, with code, that the block is code), extracted with the
 * `include` bits. */
static void check_second_block(const char *html, unsigned include, int code, const char *want)
{
    mt_options o;
    mt_options_default(&o);
    o.include |= include;
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    const mt_result *r = NULL;
    CHECK(ex && mt_extract(ex, html, strlen(html), NULL, &r) == MT_OK && r->nblocks == 2);
    if (r && r->nblocks == 2) {
        CHECK(!code || r->blocks[1].type == MT_BLOCK_CODE);
        CHECK_STR(r->blocks[1].text, want);
    }
    mt_extractor_free(ex);
}

/* Text put in NFC (api/normalize.c) keeps its spans on their words:
 * "Gru\u0308\u00dfe" and "cafe\u0301" lose a byte each, and the link and
 * the emphasis move with them. */
static void test_spans_follow_normalised_text(void)
{
    const char *html = RIVER_LEDE
                       "<p>Gru&#776;&szlig;e aus <a href=\"/k\">Ko&#776;ln, cafe&#769;</a> "
                       "und <em>Bru&#776;cke</em> heute.</p></article>";
    char out[256];
    spans_of(html, out, sizeof out);
    /* "Grüße aus " is 12 bytes; "Köln, café" 12; " und " 5; "Brücke" 7 */
    char want[64];
    snprintf(want, sizeof want, "%d:12-24 %d:29-36 ", (int)MT_SPAN_LINK, (int)MT_SPAN_EMPHASIS);
    CHECK_STR(out, want);
    check_second_block(html, 0, 0, "Grüße aus Köln, café und Brücke heute.");
}

/* A mark the page writes just after a link ("u</a>" and U+0308) or just
 * inside an emphasis belongs to the letter before it: the text comes out
 * in NFC, the same with spans as without, and the span's edge moves past
 * the mark. */
static void test_span_edge_before_a_mark(void)
{
    const char *html = RIVER_LEDE
                       "<p>Gru&#776;&szlig;e aus <a href=\"/k\">Ko&#776;ln, Mu</a>&#776;ller "
                       "und Bru<em>&#776;cke</em> heute.</p></article>";
    char out[256];
    spans_of(html, out, sizeof out);
    /* "Grüße aus " is 12 bytes; "Köln, Mü" 10; "ller und Brü" 13; "cke" 3 */
    char want[64];
    snprintf(want, sizeof want, "%d:12-22 %d:35-38 ", (int)MT_SPAN_LINK, (int)MT_SPAN_EMPHASIS);
    CHECK_STR(out, want);
    check_second_block(html, MT_INCLUDE_FORMATTING | MT_INCLUDE_LINKS, 0,
                       "Grüße aus Köln, Müller und Brücke heute.");
}

/* A code block is kept byte for byte: NFC would change what its string
 * literals hold. */
static void test_code_keeps_its_bytes(void)
{
    const char *html = RIVER_LEDE
                       "<pre><code>assert nfc(\"e&#769;\") == \"&#233;\"</code></pre></article>";
    check_second_block(html, 0, 1, "assert nfc(\"e\xcc\x81\") == \"\xc3\xa9\"");
}

int main(void)
{
    RUN(test_span_after_space);
    RUN(test_span_after_swallowed_space);
    RUN(test_spans_follow_normalised_text);
    RUN(test_span_edge_before_a_mark);
    RUN(test_code_keeps_its_bytes);
    return harness_finish();
}
