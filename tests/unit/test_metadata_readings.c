/* test_metadata_readings.c -- the readings of the text after a headline
 * (mt_meta_after): read once a page and shared, the later of the short
 * and the long one takes the earlier one's bytes where the two agree and
 * walks on from there. Each must come to what a reading of its own
 * (mt_meta_text_after) comes to, in either order. */
#include "harness.h"
#include "maintext.h"
#include "metadata/meta_internal.h"

/* The sizes mt_meta_after documents: 3 KiB from 500 nodes, or 16 KiB
 * from 3,000 nodes with the long texts elided. */
#define SHORT_CAP 3072
#define SHORT_NODES 500
#define LONG_CAP 16384
#define LONG_NODES 3000

/* A text long enough to be elided from the long reading. */
#define LONG_TEXT "The council met on Tuesday to hear the plans for the new bridge over " \
                  "the river, which the engineers say will take three years to build and " \
                  "will carry both trains and cars between the two towns."

/* Long texts and what follows them, whose bytes elided depend on what the
 * reading without elision wrote around them: a text that ends with a
 * space before a line's end, before a word, before a space (a text that
 * opens with one, white space between tags, glued elements), before a
 * line's end and then a space, and before another long text (one that
 * opens with a space too); one of white space only. */
static const char *const kinds[] = {
    "<p>" LONG_TEXT "</p>",
    "<p>" LONG_TEXT "\n   </p><div>Next line</div>",
    "<p>" LONG_TEXT " <b>bold</b> rest</p>",
    "<p>" LONG_TEXT " <b> bold</b></p>",
    "<p>" LONG_TEXT " <span>   </span>x</p>",
    "<p>" LONG_TEXT " <b>" LONG_TEXT "</b></p>",
    "<p>" LONG_TEXT " <sup>1</sup><sup>2</sup></p>",
    "<p>" LONG_TEXT " </p> <b>after the line's end</b>",
    "<p>" LONG_TEXT " <b> " LONG_TEXT "</b></p>",
    "<div>                                                                                "
    "                                                                                     "
    "</div>",
};

#define KINDS (sizeof kinds / sizeof kinds[0])

/* A page of `lines` short bylines under an <h1>, then long texts of each
 * kind from `first` on, a short line after each, into buf; its
 * length. */
static size_t page_of(char *buf, size_t cap, size_t lines, size_t first)
{
    size_t w = (size_t)snprintf(buf, cap, "<html><body><h1>The headline</h1>");
    for (size_t i = 0; i < lines && w < cap; i++)
        w += (size_t)snprintf(buf + w, cap - w, "<p>By Jane Doe <b>%zu</b> </p>", i);
    for (size_t i = 0; i < 3 * KINDS && w < cap; i++)
        w += (size_t)snprintf(buf + w, cap - w, "%s<div>Autorin: Anna <i>Muster</i></div>",
                              kinds[(first + i) % KINDS]);
    w += (size_t)snprintf(buf + w, cap - w, "</body></html>");
    return w < cap ? w : 0;
}

static const mt_node *element_in(const mt_node *parent, mt_tag tag)
{
    for (const mt_node *n = parent ? parent->first_child : NULL; n; n = n->next)
        if (mt_dom_is_html(n, tag))
            return n;
    return NULL;
}

/* Reads the short and the long reading after the page's <body> or its
 * <h1> in the given order, and checks each against a reading of its
 * own. */
static void check_readings(const char *html, size_t len, int heading, int long_first)
{
    mt_status st;
    mt_document *doc = mt_parse(html, len, NULL, &st);
    CHECK(doc != NULL);
    if (!doc)
        return;
    mt_arena scratch;
    mt_arena_init(&scratch, NULL, 0, 0);
    mt_meta_ctx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.scratch = &scratch;
    CHECK_INT(mt_meta_collect(doc, &scratch, &c.page), MT_OK);
    const mt_node *body = element_in(element_in(doc->root, MT_TAG_HTML), MT_TAG_BODY);
    const mt_node *anchor = heading ? element_in(body, MT_TAG_H1) : body;
    CHECK(anchor != NULL);
    size_t n[2];
    const char *got[2];
    for (int k = 0; k < 2; k++) {
        int longer = long_first ? k == 0 : k == 1;
        got[longer] = mt_meta_after(&c, anchor, longer, &n[longer]);
    }
    char *own = malloc(LONG_CAP);
    CHECK(got[0] && got[1] && own);
    if (got[0] && got[1] && own) {
        size_t on = mt_meta_text_after(&c, anchor, own, SHORT_CAP, SHORT_NODES, 0);
        CHECK_INT(n[0], on);
        CHECK(n[0] == on && memcmp(got[0], own, on) == 0);
        on = mt_meta_text_after(&c, anchor, own, LONG_CAP, LONG_NODES, 1);
        CHECK_INT(n[1], on);
        CHECK(n[1] == on && memcmp(got[1], own, on) == 0);
    }
    free(own);
    mt_arena_release(&scratch);
    mt_document_free(doc);
}

/* Pages whose first long text comes before, at and well after the short
 * reading's last node (each line is four nodes), and one whose short
 * lines fill the short reading's buffer before its last node; their long
 * texts of each kind first. */
static void test_readings_agree_in_either_order(void)
{
    static const size_t lines[] = { 0, 3, 120, 124, 125, 126, 130, 200, 400 };
    size_t cap = 1 << 16;
    char *html = malloc(cap);
    CHECK(html != NULL);
    if (!html)
        return;
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        for (size_t first = 0; first < KINDS; first++) {
            size_t len = page_of(html, cap, lines[i], first);
            CHECK(len > 0);
            for (int heading = 0; heading < 2; heading++)
                for (int long_first = 0; long_first < 2; long_first++)
                    check_readings(html, len, heading, long_first);
        }
    }
    free(html);
}

int main(void)
{
    RUN(test_readings_agree_in_either_order);
    return harness_finish();
}
