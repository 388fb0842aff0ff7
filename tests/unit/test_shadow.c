/* test_shadow.c -- declarative shadow roots shown as a browser renders them
 * (mt_dom_flatten_shadow_roots), and extracted so. */
#include "harness.h"
#include "extract_page.h"
#include "dom/dom.h"
#include "parsed_page.h"

/* html[0..len) parsed (with `po`, NULL: the defaults) and its shadow
 * roots flattened; NULL (a failed check) if it could not be parsed. */
static mt_document *parse_flat(const char *html, size_t len, const mt_parse_options *po)
{
    mt_status st;
    mt_document *doc = mt_parse(html, len, po, &st);
    CHECK_INT(st, MT_OK);
    if (doc)
        mt_dom_flatten_shadow_roots(doc);
    return doc;
}

/* The children of <body> of `html` (a body's markup) once its shadow
 * roots are flattened, serialized. */
static void check_flat(const char *html, const char *expect)
{
    mt_document *doc = parse_flat(html, strlen(html), NULL);
    if (!doc)
        return;
    check_body_html(doc, expect);
    mt_document_free(doc);
}

static void test_contents_take_the_templates_place(void)
{
    check_flat("<x-card><template shadowrootmode='open'><h2>Title</h2><p>Body</p></template></x-card>",
               "<x-card><h2>Title</h2><p>Body</p></x-card>");
    /* the mode in any case, and closed roots too */
    check_flat("<div><template shadowrootmode='CLOSED'><b>shown</b></template></div>",
               "<div><b>shown</b></div>");
}

/* A formatting element left open around the host: the adoption agency
 * moves the host's children into a copy of it, but not the template that
 * gave the host its root (a browser never put it among them). */
static void test_root_stays_with_its_host_through_adoption(void)
{
    check_flat("<b><div><template shadowrootmode='open'><p>Shadow text</p><slot></slot></template>"
               "Light</b></div>",
               "<b></b><div><p>Shadow text</p><slot><b>Light</b></slot></div>");
    /* a block that may not host keeps its template among the children,
     * which move (and stays inert) */
    check_flat("<b><li><template shadowrootmode='open'><p>Shadow</p></template>Light</b></li>",
               "<b></b><li><b><template shadowrootmode=\"open\"><p>Shadow</p></template>Light</b></li>");
}

static void test_light_children_go_to_their_slots(void)
{
    check_flat("<x-post><template shadowrootmode='open'><header><slot name='title'>Untitled</slot>"
               "</header><main><slot></slot></main><footer><slot name='note'>No note</slot></footer>"
               "</template><h1 slot='title'>Floods</h1><p>First.</p><p>Second.</p>"
               "<aside slot='ad'>Buy</aside></x-post>",
               /* the default slot takes the text between the children too;
                * a child no slot is named for is not shown (it is left in
                * the emptied template); an unfilled slot shows its fallback */
               "<x-post><header><slot name=\"title\"><h1 slot=\"title\">Floods</h1></slot></header>"
               "<main><slot><p>First.</p><p>Second.</p></slot></main>"
               "<footer><slot name=\"note\">No note</slot></footer>"
               "<template><aside slot=\"ad\">Buy</aside></template></x-post>");
    /* light children before the template count as well */
    check_flat("<div><p>Before.</p><template shadowrootmode='open'><section><slot></slot></section>"
               "</template></div>",
               "<div><section><slot><p>Before.</p></slot></section></div>");
}

static void test_without_slots_light_children_are_not_shown(void)
{
    check_flat("<x-a><template shadowrootmode='open'><p>Shadow.</p></template><p>Light.</p></x-a>",
               "<x-a><p>Shadow.</p><template><p>Light.</p></template></x-a>");
    /* an empty shadow root shows nothing */
    check_flat("<x-a><template shadowrootmode='open'></template><p>Light.</p></x-a>",
               "<x-a><template><p>Light.</p></template></x-a>");
    check_flat("<x-a><template shadowrootmode='open'></template></x-a>", "<x-a></x-a>");
    /* but what the page's metadata is read from stays, as in a browser's
     * document */
    check_flat("<x-a><script type='application/ld+json'>{}</script><template shadowrootmode='open'>"
               "<p>Shadow.</p></template><p>Light.</p><meta itemprop='x' content='y'>"
               "<link rel='canonical' href='/a'></x-a>",
               "<x-a><script type=\"application/ld+json\">{}</script><p>Shadow.</p>"
               "<template><p>Light.</p></template>"
               "<meta itemprop=\"x\" content=\"y\"><link rel=\"canonical\" href=\"/a\"></x-a>");
    check_flat("<x-a><template shadowrootmode='open'></template><p>Light.</p><base href='/b/'></x-a>",
               "<x-a><template><p>Light.</p></template><base href=\"/b/\"></x-a>");
}

static void test_what_stays_a_template(void)
{
    /* a mode that is none, an element that cannot host, a second root */
    check_flat("<div><template shadowrootmode='none'><p>x</p></template></div>",
               "<div><template shadowrootmode=\"none\"><p>x</p></template></div>");
    check_flat("<ul><template shadowrootmode='open'><li>x</li></template></ul>",
               "<ul><template shadowrootmode=\"open\"><li>x</li></template></ul>");
    check_flat("<x-a><template shadowrootmode='open'><slot></slot></template>"
               "<template shadowrootmode='open'><p>2</p></template></x-a>",
               "<x-a><slot><template shadowrootmode=\"open\"><p>2</p></template></slot></x-a>");
    /* inside an inert template, nothing is attached */
    check_flat("<p>0</p><template><x-a><template shadowrootmode='open'><p>1</p></template></x-a>"
               "</template>",
               "<p>0</p><template><x-a><template shadowrootmode=\"open\"><p>1</p></template></x-a>"
               "</template>");
}

static void test_nested_roots(void)
{
    check_flat("<x-page><template shadowrootmode='open'><x-card><template shadowrootmode='open'>"
               "<em><slot></slot></em></template>Inner</x-card><slot></slot></template>Outer</x-page>",
               "<x-page><x-card><em><slot>Inner</slot></em></x-card><slot>Outer</slot></x-page>");
}

/* Many children and more slots than are matched: bounded, and the slots
 * past the first 64 take nothing. */
static void test_many_slots_and_children(void)
{
    char html[200000];
    size_t n = 0;
    n += (size_t)snprintf(html + n, sizeof html - n, "<x-a><template shadowrootmode='open'>");
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(html + n, sizeof html - n, "<slot name='s%d'></slot>", i);
    n += (size_t)snprintf(html + n, sizeof html - n, "</template>");
    for (int i = 0; i < 5000; i++)
        n += (size_t)snprintf(html + n, sizeof html - n, "<i slot='s%d'>%d</i>", i % 100, i);
    snprintf(html + n, sizeof html - n, "</x-a>");
    mt_document *doc = parse_flat(html, strlen(html), NULL);
    if (!doc)
        return;
    const mt_node *host = first_of_tag(doc, MT_TAG_BODY)->first_child;
    size_t slots = 0, filled = 0, kept = 0, parked = 0;
    for (const mt_node *s = host->first_child; s; s = s->next) {
        if (!mt_dom_is_html(s, MT_TAG_SLOT))
            continue;
        slots++;
        filled += s->first_child != NULL;
        for (const mt_node *c = s->first_child; c; c = c->next)
            kept++;
    }
    CHECK_INT(slots, 100);
    CHECK_INT(filled, 64);
    CHECK_INT(kept, 64 * 50);
    /* the others wait in the emptied template, after the slots */
    const mt_node *park = host->last_child;
    CHECK(mt_dom_is_html(park, MT_TAG_TEMPLATE) && park->first_child);
    if (mt_dom_is_html(park, MT_TAG_TEMPLATE) && park->first_child)
        for (const mt_node *c = park->first_child->first_child; c; c = c->next)
            parked++;
    CHECK_INT(parked, 36 * 50);
    mt_document_free(doc);
}

/* Hosts nested 20,000 deep, each with its light child before its
 * template, and 600,000 elements in the deepest: each light subtree is
 * read once, in a fraction of a second. Walked again at every host above
 * it (as it once was) the page took 130 s in a plain build: the test's
 * TIMEOUT (tests/CMakeLists.txt) fails it. (Deeper, the parser's own
 * reading of the end tags grows with the depth: max_depth bounds it.) */
static void test_deep_hosts_light_children_first(void)
{
    enum { DEPTH = 20000, LEAVES = 600000 };
    size_t open_len, leaves_len, close_len;
    char *open = harness_repeat("<body>", "<x-a><div>", DEPTH, "", &open_len);
    char *leaves = harness_repeat("", "<i>x</i>", LEAVES, "", &leaves_len);
    char *close = harness_repeat("", "</div><template shadowrootmode='open'><p><slot></slot></p>"
                                 "</template></x-a>", DEPTH, "", &close_len);
    size_t len = open_len + leaves_len + close_len;
    char *html = open && leaves && close ? malloc(len) : NULL;
    CHECK(html != NULL);
    if (html) {
        memcpy(html, open, open_len);
        memcpy(html + open_len, leaves, leaves_len);
        memcpy(html + open_len + leaves_len, close, close_len);
        mt_parse_options po;
        mt_parse_options_default(&po);
        po.max_depth = 3 * DEPTH;
        mt_document *doc = parse_flat(html, len, &po);
        if (doc) {
            /* x-a > p > slot > div, DEPTH times over, then the leaves */
            size_t hosts = 0;
            const mt_node *n = first_of_tag(doc, MT_TAG_BODY)->first_child;
            while (n && n->type == MT_NODE_ELEMENT && n->tag != MT_TAG_I) {
                hosts += (n->flags & MT_NODEF_SHADOW_HOST) != 0;
                n = n->first_child;
            }
            CHECK_INT(hosts, DEPTH);
            CHECK(n && mt_dom_is_html(n, MT_TAG_I));
            mt_document_free(doc);
        }
    }
    free(html);
    free(open);
    free(leaves);
    free(close);
}

/* After the flattening, nodes are numbered in the order they are shown:
 * the extraction's side tables and its "which comes first" read so. */
static void test_numbered_in_shown_order(void)
{
    const char *html = "<x-post><template shadowrootmode='open'><header><slot name='t'></slot>"
                       "</header><p class='by'>By Ann</p><slot></slot></template>"
                       "<h1 slot='t'>Title</h1><p>Body.</p></x-post><p>After.</p>";
    mt_document *doc = parse_flat(html, strlen(html), NULL);
    if (!doc)
        return;
    uint32_t last = 0;
    int ordered = 1;
    for (const mt_node *n = doc->root->first_child; n; n = mt_dom_following(n, doc->root)) {
        ordered &= n->index > last && n->index < doc->node_count;
        last = n->index;
    }
    CHECK(ordered);
    mt_document_free(doc);
}

/* The names the HTML Standard keeps from custom elements host nothing. */
static void test_reserved_names_host_nothing(void)
{
    check_flat("<font-face><template shadowrootmode='open'>S</template>L</font-face>",
               "<font-face><template shadowrootmode=\"open\">S</template>L</font-face>");
    check_flat("<missing-glyph><template shadowrootmode='open'>S</template>L</missing-glyph>",
               "<missing-glyph><template shadowrootmode=\"open\">S</template>L</missing-glyph>");
    check_flat("<font-face-x><template shadowrootmode='open'>S</template>L</font-face-x>",
               "<font-face-x>S<template>L</template></font-face-x>");
}

/* JSON-LD in a light child no slot takes is read all the same. */
static void test_unslotted_json_ld_is_read(void)
{
    const char *html = "<html><head><title>Site</title></head><body><news-story>"
                       "<template shadowrootmode='open'><article><h1>Tide gauge moved</h1>"
                       STORY_OPENING "</article></template><script type='application/ld+json'>"
                       "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                       "\"headline\":\"Tide gauge moved\",\"author\":{\"@type\":\"Person\","
                       "\"name\":\"Ann Reed\"}}</script></news-story></body></html>";
    mt_status st;
    mt_extractor *ex = mt_extractor_new(NULL, &st);
    CHECK(ex != NULL);
    if (!ex)
        return;
    const mt_result *r = NULL;
    CHECK_INT(mt_extract(ex, html, strlen(html), NULL, &r), MT_OK);
    CHECK(r && r->meta.nauthors == 1);
    if (r && r->meta.nauthors == 1)
        CHECK_STR(r->meta.authors[0], "Ann Reed");
    mt_extractor_free(ex);
}

/* A light child no slot takes that swallowed the page (a <textarea> left
 * open) is found by the mended reading, as without the shadow root. */
static void test_unslotted_swallower_is_mended(void)
{
    char out[4096];
    extract_page("<html><head><title>Gauge</title></head><body><x-a><template shadowrootmode='open'>"
                 "<slot name='n'></slot></template><textarea>draft</x-a><article>"
                 "<h1>Tide gauge moved</h1>" STORY_OPENING "</article></body></html>",
                 out, sizeof out);
    CHECK(strstr(out, "The river rose all night") != NULL);
}

/* What the extractor keeps: the shadow tree's text, as a reader sees it. */
static void test_extracted_as_shown(void)
{
    char out[4096];
    extract_page("<html><head><title>Gauge</title></head><body>" PAGE_NAV
                 "<x-article><template shadowrootmode='open'><article><h1>Tide gauge moved</h1>"
                 STORY_OPENING "<slot></slot></article></template><p>The old mast will go to the "
                 "maritime museum, which asked for it last year, the authority added.</p>"
                 "</x-article></body></html>", out, sizeof out);
    CHECK(strstr(out, "The river rose all night") != NULL);
    CHECK(strstr(out, "The old mast will go") != NULL);
    /* the story before the slotted paragraph, as shown */
    CHECK(strstr(out, "stay shut.\nThe old mast") != NULL);
}

int main(void)
{
    RUN(test_contents_take_the_templates_place);
    RUN(test_root_stays_with_its_host_through_adoption);
    RUN(test_light_children_go_to_their_slots);
    RUN(test_without_slots_light_children_are_not_shown);
    RUN(test_what_stays_a_template);
    RUN(test_nested_roots);
    RUN(test_many_slots_and_children);
    RUN(test_deep_hosts_light_children_first);
    RUN(test_numbered_in_shown_order);
    RUN(test_reserved_names_host_nothing);
    RUN(test_unslotted_json_ld_is_read);
    RUN(test_unslotted_swallower_is_mended);
    RUN(test_extracted_as_shown);
    return harness_finish();
}
