/* test_tree_builder.c -- tree construction on real-shaped snippets, the
 * fragment algorithm, the limits (depth, nodes, attributes), hostile inputs
 * that would be quadratic or recursive in a naive parser, and allocation
 * failure at every step. */
#include "harness.h"
#include "failing_alloc.h"
#include "api/document.h"
#include "dom/dom.h"
#include "html/input.h"
#include "html/tree_builder.h"

/* ================================================================ helpers */

typedef struct text_buf {
    char *p;
    size_t len, cap;
} text_buf;

static void put(text_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->p = realloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void put_node(text_buf *b, const mt_node *n)
{
    switch (mt_node_get_type(n)) {
    case MT_NODE_ELEMENT:
        if (n->ns == MT_NS_SVG)
            put(b, "svg:", 4);
        else if (n->ns == MT_NS_MATHML)
            put(b, "math:", 5);
        put(b, n->data, n->data_len);
        break;
    case MT_NODE_TEXT:
        put(b, "\"", 1);
        put(b, n->data, n->data_len);
        put(b, "\"", 1);
        break;
    case MT_NODE_COMMENT: put(b, "#comment", 8); break;
    case MT_NODE_DOCTYPE: put(b, "#doctype", 8); break;
    case MT_NODE_FRAGMENT: put(b, "#content", 8); break;
    case MT_NODE_DOCUMENT: put(b, "#document", 9); break;
    }
}

/* A compact outline of the subtree below `root`, e.g.
 * html(head,body(p("One"),p("Two"))). Iterative, like the code it tests. */
static char *outline(const mt_node *root)
{
    text_buf b = { 0 };
    put(&b, "", 0);
    const mt_node *n = root->first_child;
    while (n) {
        put_node(&b, n);
        if (n->first_child) {
            put(&b, "(", 1);
            n = n->first_child;
            continue;
        }
        while (n != root && !n->next) {
            n = n->parent;
            if (n != root)
                put(&b, ")", 1);
        }
        if (n == root)
            break;
        put(&b, ",", 1);
        n = n->next;
    }
    return b.p;
}

static mt_document *parse_with(const char *html, size_t len, const mt_parse_options *o)
{
    mt_status st;
    mt_document *doc = mt_parse(html, len, o, &st);
    CHECK_INT(st, MT_OK);
    return doc;
}

static mt_document *parse(const char *html)
{
    return parse_with(html, strlen(html), NULL);
}

/* The outline of the document parsed from `html`. */
static void check_tree(const char *html, const char *expect)
{
    mt_document *doc = parse(html);
    if (!doc)
        return;
    char *got = outline(doc->root);
    CHECK_STR(got, expect);
    free(got);
    mt_document_free(doc);
}

static const mt_node *find_element(const mt_node *root, const char *name)
{
    size_t len = strlen(name);
    for (const mt_node *n = root; n; n = mt_dom_following(n, root))
        if (n->type == MT_NODE_ELEMENT && n->data_len == len && !memcmp(n->data, name, len))
            return n;
    return NULL;
}

static size_t count_elements(const mt_node *root, const char *name)
{
    size_t count = 0, len = strlen(name);
    for (const mt_node *n = root; n; n = mt_dom_following(n, root))
        if (n->type == MT_NODE_ELEMENT && n->data_len == len && !memcmp(n->data, name, len))
            count++;
    return count;
}

/* Depth of the deepest leaf, cheaply: walks only leaves' ancestor chains. */
static size_t leaf_depth(const mt_node *root)
{
    size_t max = 0;
    for (const mt_node *n = root; n; n = mt_dom_following(n, root)) {
        if (n->first_child)
            continue;
        size_t d = 0;
        for (const mt_node *p = n; p != root; p = p->parent)
            d++;
        if (d > max)
            max = d;
    }
    return max;
}

/* Every parent/child/sibling link agrees with its counterpart. */
static int links_are_sane(const mt_node *root)
{
    for (const mt_node *n = root; n; n = mt_dom_following(n, root)) {
        const mt_node *prev = NULL;
        for (const mt_node *c = n->first_child; c; c = c->next) {
            if (c->parent != n || c->prev != prev)
                return 0;
            prev = c;
        }
        if (n->last_child != prev)
            return 0;
        if (n->flags & (1u << 31))      /* the builder's open bit is cleared */
            return 0;
    }
    return 1;
}

static char *repeat(const char *piece, size_t times, const char *tail)
{
    size_t pl = strlen(piece), tl = strlen(tail);
    char *s = malloc(pl * times + tl + 1);
    for (size_t i = 0; i < times; i++)
        memcpy(s + i * pl, piece, pl);
    memcpy(s + pl * times, tail, tl + 1);
    return s;
}

/* ================================================================ ordinary pages */

static void test_implied_structure(void)
{
    check_tree("<p>One<p>Two", "html(head,body(p(\"One\"),p(\"Two\")))");
    check_tree("<!DOCTYPE html><title>T</title><h1>H</h1>",
               "#doctype,html(head(title(\"T\")),body(h1(\"H\")))");
    check_tree("<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>",
               "html(head,body(ul(li(\"a\"),li(\"b\")),dl(dt(\"t\"),dd(\"d\"))))");
    check_tree("<html><head></head>\n<body>x</body>\n</html>\n",
               "html(head,\"\n\",body(\"x\n\n\"))");
}

static void test_offsets_are_token_offsets(void)
{
    const char *html = "<div id=a>Hello <b>bold</b></div>";
    mt_document *doc = parse(html);
    const mt_node *div = find_element(doc->root, "div");
    const mt_node *b = find_element(doc->root, "b");
    CHECK(div && b);
    CHECK_INT(mt_node_source_offset(div), 0);
    CHECK_INT(mt_node_source_offset(div->first_child), 10);   /* "Hello " */
    CHECK_INT(mt_node_source_offset(b), 16);
    /* implied elements carry the offset of the token that made them */
    CHECK_INT(mt_node_source_offset(find_element(doc->root, "body")), 0);
    mt_document_free(doc);
}

/* The nearest element holding two nodes: two cells of one row meet at
 * the <tr>, a node and its descendant at the node, nodes of two documents
 * nowhere. */
static void test_common_ancestor(void)
{
    mt_document *doc = parse("<table><tr><td><p>left</p></td><td><b>right</b></td></tr></table>"
                             "<div><i>x</i></div>");
    mt_document *other = parse("<p>elsewhere</p>");
    const mt_node *p = find_element(doc->root, "p"), *b = find_element(doc->root, "b");
    const mt_node *tr = find_element(doc->root, "tr"), *i = find_element(doc->root, "i");
    const mt_node *td = p->parent;
    CHECK(mt_dom_common_ancestor(p, b) == tr);
    CHECK(mt_dom_common_ancestor(b, p) == tr);
    CHECK(mt_dom_common_ancestor(td, p) == td);
    CHECK(mt_dom_common_ancestor(p->first_child, td) == td);
    CHECK(mt_dom_common_ancestor(p, p) == p);
    CHECK(mt_dom_common_ancestor(p, i) == find_element(doc->root, "body"));
    CHECK(mt_dom_common_ancestor(p, find_element(other->root, "p")) == NULL);
    mt_document_free(doc);
    mt_document_free(other);
}

static void test_slices_borrow_the_input(void)
{
    const char *html = "<p title=plain data-x=\"a&amp;b\">text &amp; more</p>";
    mt_document *doc = parse(html);
    const mt_node *p = find_element(doc->root, "p");
    const char *v;
    size_t len;
    v = mt_node_get_attribute(p, "title", &len);
    CHECK_SLICE(v, len, "plain");
    CHECK(v >= html && v < html + strlen(html));          /* borrowed */
    v = mt_node_get_attribute(p, "data-x", &len);
    CHECK_SLICE(v, len, "a&b");
    CHECK(!(v >= html && v < html + strlen(html)));       /* decoded: a copy */
    CHECK_SLICE(p->first_child->data, p->first_child->data_len, "text & more");
    mt_document_free(doc);
}

static void test_text_merges(void)
{
    /* the ignored end tag and the NUL do not split the text */
    const char *html = "<p>one</x>two\0three</p>";
    mt_document *doc = parse_with(html, 22, NULL);
    const mt_node *p = find_element(doc->root, "p");
    CHECK(p && p->first_child == p->last_child);
    CHECK_SLICE(p->first_child->data, p->first_child->data_len, "onetwothree");
    mt_document_free(doc);
}

static void test_misnested_formatting(void)
{
    check_tree("<b>1<p>2</b>3</p>", "html(head,body(b(\"1\"),p(b(\"2\"),\"3\")))");
    check_tree("<a href=x>1<div>2</a>3</div>",
               "html(head,body(a(\"1\"),div(a(\"2\"),\"3\")))");
    check_tree("<p><b><i>x</p>y", "html(head,body(p(b(i(\"x\"))),b(i(\"y\"))))");
    /* Noah's Ark: only three identical entries are reopened */
    check_tree("<p><b><b><b><b>x</p>y",
               "html(head,body(p(b(b(b(b(\"x\"))))),b(b(b(\"y\")))))");
}

static void test_tables(void)
{
    check_tree("<table>x<tr><td>y</table>",
               "html(head,body(\"x\",table(tbody(tr(td(\"y\"))))))");
    check_tree("<table><td>1<td>2</table>",
               "html(head,body(table(tbody(tr(td(\"1\"),td(\"2\"))))))");
    check_tree("<table><caption>c<tr><th>h</table>",
               "html(head,body(table(caption(\"c\"),tbody(tr(th(\"h\"))))))");
    check_tree("<table> <col> </table>",
               "html(head,body(table(\" \",colgroup(col,\" \"))))");
}

static void test_templates(void)
{
    mt_document *doc = parse("<template><td>x</td></template>");
    const mt_node *tpl = find_element(doc->root, "template");
    CHECK(tpl && tpl->first_child && tpl->first_child->type == MT_NODE_FRAGMENT);
    char *got = outline(tpl);
    CHECK_STR(got, "#content(td(\"x\"))");
    free(got);
    CHECK(find_element(doc->root, "head") == tpl->parent);
    mt_document_free(doc);
}

static void test_foreign_content(void)
{
    const char *html = "<svg viewbox='0 0 1 1' xlink:href=#a><clippath/><foreignobject>"
                       "<div>x</div></foreignobject></svg><math definitionurl=u><mi>y</mi>"
                       "</math><p>z";
    mt_document *doc = parse(html);
    const mt_node *svg = find_element(doc->root, "svg");
    CHECK(svg && svg->ns == MT_NS_SVG);
    CHECK(mt_dom_attr_z(svg, "viewBox") != NULL);
    const mt_attr *href = NULL;
    for (uint32_t i = 0; i < svg->nattrs; i++)
        if (svg->attrs[i].ns == MT_ATTR_NS_XLINK)
            href = &svg->attrs[i];
    CHECK(href && href->name_len == 4 && !memcmp(href->name, "href", 4));
    /* the public API: names as written out, found in any case */
    size_t len = 0;
    const char *v = mt_node_get_attribute(svg, "viewbox", &len);
    CHECK(v && len == 7 && !memcmp(v, "0 0 1 1", 7));
    CHECK(mt_node_get_attribute(svg, "xlink:href", NULL) != NULL);
    CHECK(mt_node_get_attribute(svg, "href", NULL) == NULL);
    const char *name = NULL;
    size_t name_len = 0;
    int named = 0;
    for (size_t i = 0; mt_node_attribute(svg, i, &name, &name_len, NULL, NULL); i++)
        named += name_len == 10 && !memcmp(name, "xlink:href", 10);
    CHECK_INT(named, 1);
    CHECK(find_element(doc->root, "clipPath") != NULL);
    const mt_node *fo = find_element(doc->root, "foreignObject");
    CHECK(fo && fo->first_child && mt_dom_is_html(fo->first_child, MT_TAG_DIV));
    const mt_node *math = find_element(doc->root, "math");
    CHECK(math && math->ns == MT_NS_MATHML && mt_dom_attr_z(math, "definitionURL"));
    const mt_node *p = find_element(doc->root, "p");
    CHECK(p && p->ns == MT_NS_HTML && p->parent->tag == MT_TAG_BODY);
    mt_document_free(doc);
    /* an HTML breakout tag leaves foreign content */
    check_tree("<svg><g><p>x", "html(head,body(svg:svg(svg:g),p(\"x\")))");
    /* CDATA is a section in foreign content, a comment elsewhere */
    check_tree("<svg><![CDATA[a<b]]></svg><![CDATA[c]]>",
               "html(head,body(svg:svg(\"a<b\"),#comment))");
}

static void test_scripting_flag(void)
{
    const char *html = "<body><noscript><p>x</p></noscript>";
    mt_parse_options o;
    mt_parse_options_default(&o);
    /* the default is a browser's: scripting on, <noscript> holds text */
    mt_document *doc = parse_with(html, strlen(html), &o);
    char *got = outline(doc->root);
    CHECK_STR(got, "html(head,body(noscript(\"<p>x</p>\")))");
    free(got);
    mt_document_free(doc);
    o.scripting = 0;
    doc = parse_with(html, strlen(html), &o);
    got = outline(doc->root);
    CHECK_STR(got, "html(head,body(noscript(p(\"x\"))))");
    free(got);
    mt_document_free(doc);
}

static void test_raw_text_elements(void)
{
    check_tree("<script>if (a<b) x='</p>';</script><textarea>\n<b>&amp;</textarea>",
               "html(head(script(\"if (a<b) x='</p>';\")),body(textarea(\"<b>&\")))");
    check_tree("<pre>\n\nx</pre>", "html(head,body(pre(\"\nx\")))");
}

static void test_quirks_mode(void)
{
    mt_document *doc = parse("<p>x");
    CHECK(doc->root->flags & MT_NODEF_QUIRKS);
    mt_document_free(doc);
    doc = parse("<!DOCTYPE html><p>x");
    CHECK(!(doc->root->flags & (MT_NODEF_QUIRKS | MT_NODEF_LIMITED_QUIRKS)));
    mt_document_free(doc);
    doc = parse("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><p>x");
    CHECK(doc->root->flags & MT_NODEF_LIMITED_QUIRKS);
    mt_document_free(doc);
    /* quirks mode keeps an open <p> around a table */
    check_tree("<p><table></table>", "html(head,body(p(table)))");
    check_tree("<!DOCTYPE html><p><table></table>", "#doctype,html(head,body(p,table))");
}

static void test_fragments(void)
{
    static const struct {
        const char *context, *html, *expect;
        mt_namespace ns;
    } cases[] = {
        { "td", "a<td>b", "\"ab\"", MT_NS_HTML },
        { "tbody", "<tr><td>x", "tr(td(\"x\"))", MT_NS_HTML },
        { "title", "<b>x</b>", "\"<b>x</b>\"", MT_NS_HTML },
        { "svg", "<path/><p>x", "svg:path,p(\"x\")", MT_NS_SVG },
        { "select", "<option>a<select>b", "option(\"ab\")", MT_NS_HTML },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mt_parse_options o;
        mt_parse_options_default(&o);
        mt_document *doc = mt_document_new(&o, strlen(cases[i].html));
        CHECK(doc != NULL);
        if (!doc)
            continue;
        doc->input = cases[i].html;
        doc->input_len = strlen(cases[i].html);
        mt_status st = mt_tree_build_fragment(doc, &o, MT_TAG_UNKNOWN, cases[i].ns,
                                              cases[i].context, strlen(cases[i].context));
        CHECK_INT(st, MT_OK);
        char *got = outline(doc->root);
        CHECK_STR(got, cases[i].expect);
        free(got);
        mt_document_free(doc);
    }
}

/* ================================================================ limits */

static void test_depth_limit_keeps_content(void)
{
    mt_parse_options o;
    mt_parse_options_default(&o);
    o.max_depth = 10;
    char *html = repeat("<div>", 20, "deep text<span>s</span><style>p{}</style>");
    mt_document *doc = parse_with(html, strlen(html), &o);
    CHECK(mt_document_limits(doc) & MT_LIMIT_DEPTH);
    CHECK_INT(count_elements(doc->root, "div"), 20);
    /* html, body and 8 divs are open; the rest are empty leaves below the
     * eighth, and the style element goes one level deeper */
    CHECK(leaf_depth(doc->root) <= 12);
    const mt_node *text = NULL;
    for (const mt_node *n = doc->root; n; n = mt_dom_following(n, doc->root))
        if (n->type == MT_NODE_TEXT && !text)
            text = n;
    CHECK(text && text->data_len == 9 && !memcmp(text->data, "deep text", 9));
    /* a text-only element may go one level deeper, so the CSS stays out of the text */
    const mt_node *style = find_element(doc->root, "style");
    CHECK(style && style->first_child && style->first_child->type == MT_NODE_TEXT);
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
    free(html);
}

static void test_hundred_thousand_divs(void)
{
    char *html = repeat("<div>", 100000, "bottom");
    mt_document *doc = parse_with(html, strlen(html), NULL);
    CHECK(mt_document_limits(doc) & MT_LIMIT_DEPTH);
    CHECK(!(mt_document_limits(doc) & MT_LIMIT_NODES));
    CHECK_INT(count_elements(doc->root, "div"), 100000);
    CHECK(leaf_depth(doc->root) <= 513);
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
    free(html);
}

static void test_unclosed_formatting(void)
{
    /* 100,000 <b>: nested to the depth limit, list capped, still linear */
    char *html = repeat("<b>", 100000, "x</p>y");
    mt_document *doc = parse_with(html, strlen(html), NULL);
    CHECK(mt_document_limits(doc) & MT_LIMIT_DEPTH);
    CHECK(leaf_depth(doc->root) <= 513);
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
    free(html);

    /* 100,000 <a>: each closes the one before */
    html = repeat("<a href=x>", 100000, "end");
    doc = parse_with(html, strlen(html), NULL);
    CHECK_INT(mt_document_limits(doc), 0);
    CHECK_INT(count_elements(doc->root, "a"), 100000);
    CHECK(leaf_depth(doc->root) <= 5);
    mt_document_free(doc);
    free(html);

    /* 100,000 <font color=N> with distinct attributes, then text after the
     * paragraph closes them all: reconstruction is bounded by the list cap */
    size_t n = 100000;
    char *s = malloc(n * 24 + 64);
    size_t len = (size_t)sprintf(s, "<p>");
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(s + len, "<font color=%zu>", i);
    len += (size_t)sprintf(s + len, "a</p>b<div>c</div>d");
    doc = parse_with(s, len, NULL);
    CHECK(mt_document_limits(doc) & MT_LIMIT_DEPTH);
    CHECK(leaf_depth(doc->root) <= 514);
    CHECK(mt_document_node_count(doc) < n + 4 * 300);
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
    free(s);
}

static void test_nested_tables(void)
{
    char *html = repeat("<table><tr><td>", 100000, "x");
    mt_document *doc = parse_with(html, strlen(html), NULL);
    CHECK(mt_document_limits(doc) & MT_LIMIT_DEPTH);
    CHECK(leaf_depth(doc->root) <= 514);
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
    free(html);

    html = repeat("<table>", 100000, "x");
    doc = parse_with(html, strlen(html), NULL);
    CHECK_INT(count_elements(doc->root, "table"), 100000);
    CHECK(leaf_depth(doc->root) <= 5);
    mt_document_free(doc);
    free(html);
}

static void test_cells_outside_tables(void)
{
    char *html = repeat("<td>cell", 50000, "");
    mt_document *doc = parse_with(html, strlen(html), NULL);
    CHECK_INT(count_elements(doc->root, "td"), 0);
    const mt_node *body = find_element(doc->root, "body");
    CHECK(body && body->first_child == body->last_child);
    CHECK_INT(body->first_child->data_len, 4 * 50000);
    mt_document_free(doc);
    free(html);
}

static void test_deep_svg(void)
{
    char *html = repeat("<g>", 100000, "");
    char *page = malloc(strlen(html) + 32);
    sprintf(page, "<svg>%s<p>after", html);
    mt_document *doc = parse_with(page, strlen(page), NULL);
    CHECK(mt_document_limits(doc) & MT_LIMIT_DEPTH);
    CHECK_INT(count_elements(doc->root, "g"), 100000);
    const mt_node *p = find_element(doc->root, "p");
    CHECK(p && p->ns == MT_NS_HTML);
    CHECK(leaf_depth(doc->root) <= 514);
    mt_document_free(doc);
    free(page);
    free(html);
}

static void test_misnesting_storm(void)
{
    /* each </b> runs the adoption agency over a deep stack of blocks */
    char *opens = repeat("<b><div>", 20000, "");
    char *closes = repeat("</b>x", 20000, "");
    char *html = malloc(strlen(opens) + strlen(closes) + 1);
    strcpy(html, opens);
    strcat(html, closes);
    mt_document *doc = parse_with(html, strlen(html), NULL);
    CHECK(doc != NULL);
    CHECK(links_are_sane(doc->root));
    CHECK(leaf_depth(doc->root) <= 514);
    mt_document_free(doc);
    free(html);
    free(opens);
    free(closes);
}

/* Text that grows piece by piece in two places taking turns (whitespace in
 * the table, text fostered before it) must not copy itself on every piece. */
static void test_text_growing_in_turns(void)
{
    size_t n = 300000;
    char *body = repeat(" </x>a</x>", n, "");
    char *html = malloc(strlen(body) + 8);
    sprintf(html, "<table>%s", body);
    mt_document *doc = parse_with(html, strlen(html), NULL);
    const mt_node *table = find_element(doc->root, "table");
    CHECK(table && table->prev && table->prev->type == MT_NODE_TEXT);
    CHECK_INT(table->prev->data_len, n);
    CHECK(table->first_child && table->first_child->type == MT_NODE_TEXT);
    CHECK_INT(table->first_child->data_len, n);
    CHECK(table->prev->data[n - 1] == 'a' && table->prev->data[n] == '\0');
    /* memory stays linear: the arena holds a small multiple of the input */
    CHECK(mt_arena_reserved(&doc->arena) < 16 * strlen(html));
    mt_document_free(doc);
    free(html);
    free(body);
}

static void test_node_limit(void)
{
    mt_parse_options o;
    mt_parse_options_default(&o);
    o.max_nodes = 20;
    char *html = repeat("<p>para", 100, "");
    mt_document *doc = parse_with(html, strlen(html), &o);
    CHECK(mt_document_limits(doc) & MT_LIMIT_NODES);
    CHECK(mt_document_node_count(doc) <= 20);
    /* no text is lost: what follows joins the last text node made */
    const mt_node *last_text = NULL;
    size_t text_bytes = 0;
    for (const mt_node *n = doc->root; n; n = mt_dom_following(n, doc->root)) {
        if (n->type == MT_NODE_TEXT) {
            last_text = n;
            text_bytes += n->data_len;
        }
    }
    CHECK_INT(text_bytes, 4 * 100);
    CHECK(last_text && last_text->data_len > 4 && mt_dom_is_html(last_text->parent, MT_TAG_P));
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
    free(html);

    /* the skeleton is made even with almost no budget */
    o.max_nodes = 1;
    doc = parse_with("<title>t</title><p>x", 20, &o);
    char *got = outline(doc->root);
    CHECK_STR(got, "html(head,body)");
    free(got);
    CHECK(mt_document_node_count(doc) <= 4);
    mt_document_free(doc);
}

static void test_attribute_limit(void)
{
    mt_parse_options o;
    mt_parse_options_default(&o);
    o.max_attributes = 3;
    const char *html = "<div a=1 b=2 c=3 d=4 e=5>x</div><p q=1>";
    mt_document *doc = parse_with(html, strlen(html), &o);
    CHECK(mt_document_limits(doc) & MT_LIMIT_ATTRIBUTES);
    CHECK_INT(mt_node_attribute_count(find_element(doc->root, "div")), 3);
    CHECK_INT(mt_node_attribute_count(find_element(doc->root, "p")), 1);
    mt_document_free(doc);
}

/* An unclosed formatting element is cloned into every paragraph after it,
 * sharing its attributes; past 32 MiB of them the clones get none, so a
 * megabyte of style reopened in every <p> of a page costs no more to read
 * than the page. */
static void test_clones_share_bounded_attributes(void)
{
    const size_t style = 1u << 20, paragraphs = 64;
    size_t cap = style + paragraphs * 4 + 64, n = 0;
    char *html = malloc(cap);
    CHECK(html != NULL);
    if (!html)
        return;
    n += (size_t)snprintf(html, cap, "<p><b style=\"");
    memset(html + n, 'a', style);
    n += style;
    n += (size_t)snprintf(html + n, cap - n, "\">x</p>");
    for (size_t i = 0; i < paragraphs; i++)
        n += (size_t)snprintf(html + n, cap - n, "<p>x");
    mt_document *doc = parse_with(html, n, NULL);
    size_t with = 0, without = 0;
    for (const mt_node *el = doc->root; el; el = mt_node_following(el, doc->root)) {
        if (!mt_dom_is_html(el, MT_TAG_B))
            continue;
        if (el->nattrs)
            with++;
        else
            without++;
    }
    /* the original, then 31 clones of 1 MiB and a few bytes each */
    CHECK_INT(with, 32);
    CHECK_INT(without, paragraphs - 31);
    CHECK(mt_document_limits(doc) & MT_LIMIT_ATTRIBUTES);
    mt_document_free(doc);
    free(html);
}

/* The base URL is the first <base> with an href in the document: one that
 * <frameset> took out with the body is none, and a <template>'s is none. */
static void test_base_url_of_the_document(void)
{
    static const struct {
        const char *html, *want;
    } cases[] = {
        { "<head><base href='https://head.example/'></head><body><p>x", "https://head.example/" },
        { "<head></head><div><base href='https://detached.example/'></div><frameset>",
          "https://site.example/" },
        { "<template><base href='https://template.example/'></template><p>x",
          "https://site.example/" },
        { "<base target=_top><p>x<base href='/in-body/'>", "https://site.example/in-body/" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mt_document *doc = parse(cases[i].html);
        int oom = 0;
        CHECK_STR(mt_dom_base_url(doc, "https://site.example/", &doc->arena, &oom), cases[i].want);
        CHECK_INT(oom, 0);
        mt_document_free(doc);
    }
}

/* ================================================================ customizable select */

/* The selected option's children are copied into the select's first
 * <selectedcontent> when the option is popped (tree_select.c). */
static void test_selectedcontent(void)
{
    /* after "<select><button><selectedcontent></button>": the options, and
     * the tree they make */
    static const struct {
        const char *options, *tree;
    } after_button[] = {
        /* the first enabled option is selected by default; a selected attribute wins */
        { "<option>X<option>Y", "selectedcontent(\"X\")),option(\"X\"),option(\"Y\")" },
        { "<option>X<option selected>Y",
          "selectedcontent(\"Y\")),option(\"X\"),option(\"Y\")" },
        { "<option disabled>X<option>Y",
          "selectedcontent(\"Y\")),option(\"X\"),option(\"Y\")" },
        { "<optgroup disabled><option>X</optgroup><option>Y",
          "selectedcontent(\"Y\")),optgroup(option(\"X\")),option(\"Y\")" },
        /* an option in a datalist is not the select's */
        { "<datalist><option>X</datalist><option>Y",
          "selectedcontent(\"Y\")),datalist(option(\"X\")),option(\"Y\")" },
        /* text the parser made (a decoded reference) is copied, not shared */
        { "<option>a&amp;b</select>", "selectedcontent(\"a&b\")),option(\"a&b\")" },
        /* markup is copied; a template's copy has empty contents, so that
         * templates in options cannot double the copies at every level */
        { "<option><b>X</b><template>t</template>",
          "selectedcontent(b(\"X\"),template(#content))),"
          "option(b(\"X\"),template(#content(\"t\")))" },
    };
    for (size_t i = 0; i < sizeof after_button / sizeof *after_button; i++) {
        char html[256], tree[256];
        snprintf(html, sizeof html, "<select><button><selectedcontent></button>%s",
                 after_button[i].options);
        snprintf(tree, sizeof tree, "html(head,body(select(button(%s)))", after_button[i].tree);
        check_tree(html, tree);
    }
    /* no default selection in a list box; none at all with multiple */
    check_tree("<select size=3><button><selectedcontent></button><option>X",
               "html(head,body(select(button(selectedcontent),option(\"X\"))))");
    check_tree("<select size=3><button><selectedcontent></button><option selected>X",
               "html(head,body(select(button(selectedcontent(\"X\")),option(\"X\"))))");
    check_tree("<select multiple><button><selectedcontent></button><option selected>X",
               "html(head,body(select(button(selectedcontent),option(\"X\"))))");
    /* a selectedcontent inside an option is disabled; one outside a select does nothing */
    check_tree("<select><option><selectedcontent></selectedcontent>X</option></select>",
               "html(head,body(select(option(selectedcontent,\"X\"))))");
    check_tree("<selectedcontent></selectedcontent><select><option>X</select>",
               "html(head,body(selectedcontent,select(option(\"X\"))))");
    /* a <selectedcontent> made after the options copies the one selected */
    check_tree("<select><option>X</option><option>Y</option>"
               "<button><selectedcontent></selectedcontent></button></select>",
               "html(head,body(select(option(\"X\"),option(\"Y\"),"
               "button(selectedcontent(\"X\")))))");
    check_tree("<select><option>X</option><option selected>Y</option>"
               "<button><selectedcontent></selectedcontent></button></select>",
               "html(head,body(select(option(\"X\"),option(\"Y\"),"
               "button(selectedcontent(\"Y\")))))");
    /* the adoption agency removes an option from the stack without popping
     * it: no copy (the standard says "popped"), and the stack forgets it */
    mt_document *doc = parse("<select><button><selectedcontent></button>"
                             "<b><option>X<div>Y</b>Z</select><p>after");
    const mt_node *content = find_element(doc->root, "selectedcontent");
    CHECK(content && !content->first_child);
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
    /* an option inside the selectedcontent is replaced by its copy, which
     * then takes the text that follows */
    check_tree("<select><button><selectedcontent><option>X</option>Y",
               "html(head,body(select(button(selectedcontent(\"XY\")))))");
    /* but not while an element in it is still open: taken out of the tree
     * with the rest, it would take the content after it along */
    check_tree("<select><selectedcontent><div><option>X</option>Y</div></selectedcontent>"
               "</select><p>Z",
               "html(head,body(select(selectedcontent(div(option(\"X\"),\"Y\"))),p(\"Z\")))");
}

/* Pages of many options cannot make the walks quadratic (they stop at
 * MT_TREE_SELECT_BUDGET): disabled options each look back over the others,
 * and options in a select without a <selectedcontent> each search it. */
static void test_selectedcontent_is_bounded(void)
{
    const char *heads[] = { "<select><button><selectedcontent></button>",
                            "<selectedcontent></selectedcontent><select>" };
    const char *pieces[] = { "<option disabled>x", "<option>x" };
    for (int i = 0; i < 2; i++) {
        char *body = repeat(pieces[i], 100000, "");
        char *html = malloc(strlen(heads[i]) + strlen(body) + 1);
        strcpy(html, heads[i]);
        strcat(html, body);
        mt_document *doc = parse_with(html, strlen(html), NULL);
        CHECK(doc != NULL);
        CHECK(links_are_sane(doc->root));
        CHECK_INT(count_elements(doc->root, "option"), 100000);
        mt_document_free(doc);
        free(html);
        free(body);
    }
    /* and <selectedcontent>s added to a long select each walk it */
    char *options = repeat("<option>x</option>", 50000, "");
    char *contents = repeat("<selectedcontent></selectedcontent>", 50000, "");
    char *page = malloc(strlen(options) + strlen(contents) + 16);
    sprintf(page, "<select>%s%s", options, contents);
    mt_document *doc = parse_with(page, strlen(page), NULL);
    CHECK(doc != NULL);
    CHECK(links_are_sane(doc->root));
    CHECK_INT(count_elements(doc->root, "selectedcontent"), 50000);
    mt_document_free(doc);
    free(page);
    free(contents);
    free(options);
    /* copies respect the node limit */
    mt_parse_options o;
    mt_parse_options_default(&o);
    o.max_nodes = 30;
    char *html = repeat("<option selected><b>x</b>y", 20, "");
    page = malloc(strlen(html) + 64);
    sprintf(page, "<select><button><selectedcontent></button>%s", html);
    doc = parse_with(page, strlen(page), &o);
    CHECK(mt_document_limits(doc) & MT_LIMIT_NODES);
    CHECK(mt_document_node_count(doc) <= 30);
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
    free(page);
    free(html);
    /* the text node made last emptied out of a <selectedcontent> by an
     * option with no text: the text past the node limit (11 nodes: the
     * option is the last one made) goes to the text before it, "Intro" */
    o.max_nodes = 11;
    const char *lost = "<p>Intro</p><select><button><selectedcontent>T1</selectedcontent>"
                       "</button><option></option></select><p>T3 after";
    doc = parse_with(lost, strlen(lost), &o);
    const mt_node *p = find_element(doc->root, "p");
    CHECK(p && p->first_child && p->first_child->type == MT_NODE_TEXT &&
          p->first_child->data_len == 13 && memcmp(p->first_child->data, "IntroT3 after", 13) == 0);
    CHECK(links_are_sane(doc->root));
    mt_document_free(doc);
}

/* ================================================================ allocation failure */

/* Every allocation failing in turn: each parse fails cleanly with
 * MT_ERR_NOMEM or succeeds, and nothing is left allocated. */
static void test_allocation_failures(void)
{
    const char *html = "<!DOCTYPE html><title>t</title><table><tr><td><b>1<p>2</b>3"
                       "<template><svg><g/></svg></template>&amp;<a href=x>y</a></table>"
                       "<select><button><selectedcontent></button><option>&lt;<i>o</i>";
    int successes = 0;
    for (long k = 0; k < 200 && !successes; k++) {
        failing_alloc f = { k, 0 };
        mt_allocator a = failing_alloc_make(&f);
        mt_parse_options o;
        mt_parse_options_default(&o);
        o.allocator = &a;
        mt_status st;
        mt_document *doc = mt_parse(html, strlen(html), &o, &st);
        if (doc) {
            CHECK_INT(st, MT_OK);
            successes++;
            mt_document_free(doc);
        } else {
            CHECK_INT(st, MT_ERR_NOMEM);
        }
        CHECK_INT(f.live, 0);
    }
    CHECK_INT(successes, 1);
}

/* maintext.h's NULL rule: an accessor given a NULL object gives NULL or
 * 0, the string accessors among them (a node of another type gives ""). */
static void test_null_accessors(void)
{
    size_t len = 7;
    CHECK(mt_node_name(NULL, &len) == NULL);
    CHECK(len == 0);
    len = 7;
    CHECK(mt_node_text(NULL, &len) == NULL);
    CHECK(len == 0);
    CHECK(mt_node_name(NULL, NULL) == NULL && mt_node_text(NULL, NULL) == NULL);
    CHECK(mt_document_encoding(NULL) == NULL);
    CHECK(mt_document_encoding_source(NULL) == NULL);
    mt_document *doc = mt_parse("<p>x", 4, NULL, NULL);
    CHECK(doc != NULL);
    CHECK_STR(mt_document_encoding(doc), "windows-1252");
    CHECK_STR(mt_document_encoding_source(doc), "default");
    CHECK_STR(mt_node_name(mt_document_root(doc), &len), "");
    CHECK_STR(mt_node_text(mt_document_root(doc), &len), "");
    mt_document_free(doc);
}

int main(void)
{
    RUN(test_implied_structure);
    RUN(test_offsets_are_token_offsets);
    RUN(test_common_ancestor);
    RUN(test_slices_borrow_the_input);
    RUN(test_text_merges);
    RUN(test_misnested_formatting);
    RUN(test_tables);
    RUN(test_templates);
    RUN(test_foreign_content);
    RUN(test_scripting_flag);
    RUN(test_raw_text_elements);
    RUN(test_quirks_mode);
    RUN(test_fragments);
    RUN(test_depth_limit_keeps_content);
    RUN(test_hundred_thousand_divs);
    RUN(test_unclosed_formatting);
    RUN(test_nested_tables);
    RUN(test_cells_outside_tables);
    RUN(test_deep_svg);
    RUN(test_misnesting_storm);
    RUN(test_text_growing_in_turns);
    RUN(test_node_limit);
    RUN(test_attribute_limit);
    RUN(test_clones_share_bounded_attributes);
    RUN(test_base_url_of_the_document);
    RUN(test_selectedcontent);
    RUN(test_selectedcontent_is_bounded);
    RUN(test_allocation_failures);
    RUN(test_null_accessors);
    return harness_finish();
}
