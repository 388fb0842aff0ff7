/* test_serialize.c -- mt_serialize(): the HTML fragment serialization
 * algorithm on parsed pages (escaping, void and raw text elements,
 * templates, foreign names), outer and inner forms, deep trees without
 * recursion, the caller's allocator, and errors. */
#include "harness.h"
#include "failing_alloc.h"
#include "dom/dom.h"
#include "parsed_page.h"

static mt_document *parse(const char *html)
{
    mt_status st;
    mt_document *doc = mt_parse(html, strlen(html), NULL, &st);
    CHECK_INT(st, MT_OK);
    return doc;
}

/* Serializes the children of <body> of the parsed page. */
static void check_body(const char *html, const char *expect)
{
    mt_document *doc = parse(html);
    if (!doc)
        return;
    check_body_html(doc, expect);
    mt_document_free(doc);
}

static void test_escaping(void)
{
    check_body("<p class=\"a&amp;b\" title='say \"hi\"'>x &lt; y &gt; z &amp; w&nbsp;v</p>",
               "<p class=\"a&amp;b\" title=\"say &quot;hi&quot;\">x &lt; y &gt; z &amp; w&nbsp;v</p>");
    /* attribute values escape < and > too; text keeps quotes as they are */
    check_body("<a href='?a<b>c'>\"q\"</a>", "<a href=\"?a&lt;b&gt;c\">\"q\"</a>");
}

static void test_void_and_raw_text(void)
{
    check_body("<p>a<br>b<img src=x alt=''><input type=text></p><hr>",
               "<p>a<br>b<img src=\"x\" alt=\"\"><input type=\"text\"></p><hr>");
    check_body("<body><script>if (a < b && c) {}</script><style>p > q {}</style>",
               "<script>if (a < b && c) {}</script><style>p > q {}</style>");
    check_body("<textarea><b>&amp;</textarea><xmp><i></xmp>",
               "<textarea>&lt;b&gt;&amp;</textarea><xmp><i></xmp>");
}

static void test_template_and_comments(void)
{
    check_body("<body><template><tr><td>y</td></tr></template><!--note-->",
               "<template><tr><td>y</td></tr></template><!--note-->");
}

static void test_foreign_names(void)
{
    check_body("<svg viewbox=\"0 0 1 1\" xlink:href=\"#a\" xml:lang=en xmlns:xlink=u>"
               "<foreignobject><div>x</div></foreignobject><lineargradient/></svg>",
               "<svg viewBox=\"0 0 1 1\" xlink:href=\"#a\" xml:lang=\"en\" xmlns:xlink=\"u\">"
               "<foreignObject><div>x</div></foreignObject><linearGradient></linearGradient>"
               "</svg>");
}

static void test_outer_inner_and_document(void)
{
    mt_document *doc = parse("<!DOCTYPE html><title>T</title><div id=d><span>s</span></div>");
    const mt_node *div = first_of_tag(doc, MT_TAG_DIV);
    size_t len;
    char *out = mt_serialize(doc, div, 1, &len, NULL);
    CHECK_SLICE(out, len, "<div id=\"d\"><span>s</span></div>");
    mt_free(NULL, out);
    out = mt_serialize(doc, div, 0, &len, NULL);
    CHECK_SLICE(out, len, "<span>s</span>");
    mt_free(NULL, out);
    out = mt_serialize(doc, mt_document_root(doc), 1, &len, NULL);
    CHECK_SLICE(out, len, "<!DOCTYPE html><html><head><title>T</title></head><body>"
                          "<div id=\"d\"><span>s</span></div></body></html>");
    mt_free(NULL, out);
    /* an element with no children, outer: just its tags */
    out = mt_serialize(doc, div->first_child->first_child, 1, &len, NULL);
    CHECK_SLICE(out, len, "s");
    mt_free(NULL, out);
    mt_document_free(doc);
}

static void test_deep_tree_without_recursion(void)
{
    size_t depth = 100000;
    char *html = malloc(depth * 11 + 16);
    size_t n = 0;
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(html + n, "<i>");
    n += (size_t)sprintf(html + n, "x");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(html + n, "</i>");
    mt_parse_options o;
    mt_parse_options_default(&o);
    o.max_depth = 200000;
    mt_status st;
    mt_document *doc = mt_parse(html, n, &o, &st);
    CHECK(doc != NULL);
    CHECK_INT(mt_document_limits(doc), 0);
    size_t len;
    char *out = mt_serialize(doc, first_of_tag(doc, MT_TAG_BODY), 0, &len, &st);
    CHECK_INT(st, MT_OK);
    CHECK_SLICE(out, len, html);
    mt_free(NULL, out);
    mt_document_free(doc);
    free(html);
}

static void test_allocator_and_errors(void)
{
    failing_alloc c = { -1, 0 };
    mt_allocator a = failing_alloc_make(&c);
    mt_parse_options o;
    mt_parse_options_default(&o);
    o.allocator = &a;
    const char *html = "<p>hello</p>";
    mt_status st;
    mt_document *doc = mt_parse(html, strlen(html), &o, &st);
    CHECK(doc != NULL);
    long before = c.live;
    char *out = mt_serialize(doc, mt_document_root(doc), 0, NULL, &st);
    CHECK_INT(st, MT_OK);
    CHECK_STR(out, "<html><head></head><body><p>hello</p></body></html>");
    CHECK_INT(c.live, before + 1);      /* the output came from our allocator */
    mt_free(&a, out);
    CHECK_INT(c.live, before);
    /* out of memory while writing */
    c.left = 0;
    out = mt_serialize(doc, mt_document_root(doc), 0, NULL, &st);
    CHECK(out == NULL);
    CHECK_INT(st, MT_ERR_NOMEM);
    CHECK_INT(c.live, before);
    c.left = -1;
    mt_document_free(doc);
    CHECK_INT(c.live, 0);

    CHECK(mt_serialize(NULL, NULL, 0, NULL, &st) == NULL);
    CHECK_INT(st, MT_ERR_INVALID_ARG);
}

int main(void)
{
    RUN(test_escaping);
    RUN(test_void_and_raw_text);
    RUN(test_template_and_comments);
    RUN(test_foreign_names);
    RUN(test_outer_inner_and_document);
    RUN(test_deep_tree_without_recursion);
    RUN(test_allocator_and_errors);
    return harness_finish();
}
