/* test_extract_blocks.c -- how the extractor cuts an article into typed
 * blocks (src/extract/blocks.c) and keeps them (prune.c) when the caller
 * asks for images, tables, links: what a page's markup becomes, seen
 * through the Markdown and plain-text renderings of small pages. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "harness.h"
#include "extract_page.h"

/* An article of two long paragraphs around `middle`, as a news page
 * writes it, so that the extractor takes it for the main content. */
#define ARTICLE(middle) \
    "<!DOCTYPE html><html><head><title>Test page</title></head><body><article>" \
    "<h1>Test page</h1><p>The city council met on Tuesday evening to discuss the proposal, " \
    "which has been debated for more than two years by residents, planners and local " \
    "businesses across the district.</p>" middle \
    "<p>A final decision is expected next month, after the planning committee has reviewed " \
    "the submissions and the independent assessment has been published in full.</p>" \
    "</article></body></html>"

/* `html` extracted with the `include` bits and rendered as `fmt`, in
 * `out` ("" when extraction or rendering fails). */
static const char *render_page_at(const char *html, const char *url, unsigned include,
                                  mt_format fmt, char *out, size_t cap)
{
    out[0] = '\0';
    mt_options o;
    mt_options_default(&o);
    o.include = include;
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    const mt_result *r = NULL;
    if (ex && mt_extract(ex, html, strlen(html), url, &r) == MT_OK) {
        size_t len = 0;
        char *text = mt_render(r, fmt, 0, NULL, &len, NULL);
        if (text && len < cap) {
            memcpy(out, text, len);
            out[len] = '\0';
        }
        mt_free(NULL, text);
    }
    mt_extractor_free(ex);
    return out;
}

static const char *render_page(const char *html, unsigned include, mt_format fmt, char *out,
                               size_t cap)
{
    return render_page_at(html, NULL, include, fmt, out, cap);
}

static const char *markdown_of(const char *html, unsigned include, char *out, size_t cap)
{
    return render_page(html, include, MT_FORMAT_MARKDOWN, out, cap);
}

static const char *text_of(const char *html, unsigned include, char *out, size_t cap)
{
    return render_page(html, include, MT_FORMAT_TEXT, out, cap);
}

/* A <meta charset> past the first 1024 bytes has the page parsed again:
 * the base is the second parse's (the first one's memory is reused). */
static void test_base_after_a_second_parse(void)
{
    static const char head[] = "<html><head><title>T</title></head><body>\x1b$B";
    static const char tail[] =
        "\x1b(B<base href='https://ghost.example/'><!-- %s --><meta charset='iso-2022-jp'>"
        "<link rel=canonical href=c.html>\xe9<article><h1>Test page</h1><p>The city council "
        "met on Tuesday evening to discuss the proposal, which has been debated for more than "
        "two years by residents, planners and local businesses across the district.</p>"
        "</article></body></html>";
    char pad[1101];
    memset(pad, 'x', sizeof pad - 1);
    pad[sizeof pad - 1] = '\0';
    size_t cap = sizeof head + 20000 * 4 + sizeof tail + sizeof pad;
    char *html = malloc(cap);
    CHECK(html != NULL);
    if (!html)
        return;
    size_t n = (size_t)snprintf(html, cap, "%s", head);
    for (int i = 0; i < 20000; i++)
        n += (size_t)snprintf(html + n, cap - n, "<br>");
    n += (size_t)snprintf(html + n, cap - n, tail, pad);
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r = NULL;
    CHECK(ex && mt_extract(ex, html, n, "https://site.example/dir/page", &r) == MT_OK);
    if (r)
        CHECK_STR(r->meta.url, "https://ghost.example/c.html");
    mt_extractor_free(ex);
    free(html);
}

/* What a user is told of the limits a page hit: a phrase per limit, in
 * the order of their bits; unknown bits passed over; cut to fit. */
static void test_limits_in_words(void)
{
    char buf[600];
    CHECK_STR(mt_strlimits(0, buf, sizeof buf), "");
    CHECK_STR(mt_strlimits(MT_LIMIT_BLOCK_TEXT | 1u << 30, buf, sizeof buf),
              "a block's text was cut at 16 MiB");
    CHECK_STR(mt_strlimits(MT_LIMIT_TABLE_CELLS | MT_LIMIT_DEPTH, buf, sizeof buf),
              "elements nested past the depth limit were flattened; a table's cells past "
              "1,048,576 were left out");
    CHECK_STR(mt_strlimits(MT_LIMIT_BLOCK_TEXT, buf, 8), "a block");
    CHECK(mt_strlimits(~0u, buf, sizeof buf) == buf && strlen(buf) < sizeof buf - 1);
    CHECK(mt_strlimits(MT_LIMIT_BLOCK_TEXT, NULL, 0) == NULL);
}

/* ---------------------------------------------------------------- the page's base */

/* An article whose head holds `head`, with a link and an image. */
#define BASED_ARTICLE(head) \
    "<!DOCTYPE html><html><head><title>Test page</title>" head "</head><body><article>" \
    "<h1>Test page</h1><p>The city council met on Tuesday evening to discuss the proposal, " \
    "which has been debated for more than two years by <a href='people.html'>residents</a>, " \
    "planners and local businesses across the district.</p><img src='map.png' alt='Map'>" \
    "<p>A final decision is expected next month, after the planning committee has reviewed " \
    "the submissions and the independent assessment has been published in full.</p>" \
    "</article></body></html>"

/* Links and images resolve as a browser resolves them: against the
 * href of the page's first <base> that has one, itself made absolute
 * against the page's address; a <base> inside a <template> is not the
 * page's. */
static void test_links_resolve_against_base(void)
{
    static const struct {
        const char *head, *url, *link, *image;
    } cases[] = {
        { "<base href='https://other.example/x/'>", "https://site.example/dir/page",
          "https://other.example/x/people.html", "https://other.example/x/map.png" },
        { "<base href='/assets/'>", "https://site.example/dir/page",
          "https://site.example/assets/people.html", "https://site.example/assets/map.png" },
        { "<base target='_blank'><base href='../up/'>", "https://site.example/dir/page",
          "https://site.example/up/people.html", "https://site.example/up/map.png" },
        { "<template><base href='https://other.example/'></template>", "https://site.example/dir/page",
          "https://site.example/dir/people.html", "https://site.example/dir/map.png" },
        { "<base href='https://other.example/x/'>", NULL,
          "https://other.example/x/people.html", "https://other.example/x/map.png" },
        { "", "https://site.example/dir/page",
          "https://site.example/dir/people.html", "https://site.example/dir/map.png" },
        /* the first in tree order: foster parenting puts the second before
         * the table the first is in */
        { "<table><tr><td><base href='https://written-first.example/'></td></tr>"
          "<base href='https://fostered.example/x/'></table>", "https://site.example/dir/page",
          "https://fostered.example/x/people.html", "https://fostered.example/x/map.png" },
        /* a base that cannot be one is passed over, as browsers pass it */
        { "<base href='javascript:void(0)'>", "https://site.example/dir/page",
          "https://site.example/dir/people.html", "https://site.example/dir/map.png" },
        { "<base href='data:text/html,x'>", "https://site.example/dir/page",
          "https://site.example/dir/people.html", "https://site.example/dir/map.png" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[2048], md[4096], want[256];
        snprintf(html, sizeof html, BASED_ARTICLE("%s"), cases[i].head);
        render_page_at(html, cases[i].url, MT_INCLUDE_LINKS | MT_INCLUDE_IMAGES,
                       MT_FORMAT_MARKDOWN, md, sizeof md);
        snprintf(want, sizeof want, "[residents](%s)", cases[i].link);
        CHECK(strstr(md, want) != NULL);
        snprintf(want, sizeof want, "![Map](%s)", cases[i].image);
        CHECK(strstr(md, want) != NULL);
    }
}

/* ---------------------------------------------------------------- images */

/* An image inside running text (an icon in a link, a formula, an emoji)
 * does not cut the sentence in two: the paragraph stays whole and the
 * image follows it. */
static void test_inline_image_keeps_sentence(void)
{
    char md[4096];
    markdown_of(ARTICLE("<p>Text with a linked icon <a href='/report.pdf'><img src='/i/pdf.png' "
                        "alt='PDF'> Download report</a> here.</p>"),
                MT_INCLUDE_IMAGES, md, sizeof md);
    CHECK(strstr(md, "Text with a linked icon Download report here.\n\n![PDF](/i/pdf.png)") != NULL);
    markdown_of(ARTICLE("<p>The formula <img src='/m/e.svg' alt='E=mc^2'> holds.</p>"),
                MT_INCLUDE_IMAGES, md, sizeof md);
    CHECK(strstr(md, "The formula holds.\n\n![E=mc^2](/m/e.svg)") != NULL);
}

/* An image between paragraphs, or opening one, stays where it stands. */
static void test_standalone_image_in_place(void)
{
    char md[4096];
    markdown_of(ARTICLE("<p><img src='/flag.png' alt='flag'> Our reporter visited the harbour on "
                        "Monday and spoke to the fishermen about the new quotas.</p>"
                        "<figure><img src='/harbour.jpg' alt='The harbour'>"
                        "<figcaption>The harbour at dawn.</figcaption></figure>"),
                MT_INCLUDE_IMAGES, md, sizeof md);
    const char *flag = strstr(md, "![flag](/flag.png)\n\nOur reporter");
    const char *photo = strstr(md, "![The harbour](/harbour.jpg)\n\nThe harbour at dawn.");
    CHECK(flag != NULL);
    CHECK(photo != NULL && flag && photo > flag);
}

/* The images of a table's cells follow the table, in their order; an
 * image in several cells (a tick) or drawn as an icon is the table's
 * symbol, left out. The table's text is what it is without images. */
static void test_table_images_follow_it(void)
{
    char md[4096], plain[4096];
    const char *page = ARTICLE(
        "<table><tr><th>Phone</th><th>Picture</th><th>5G</th></tr>"
        "<tr><td>Alpha <img src='/new.png' width='24' alt='new'></td>"
        "<td><img src='/a.jpg' alt='The Alpha'></td><td><img src='/tick.png' alt='yes'></td></tr>"
        "<tr><td>Beta</td><td><img src='/b.jpg' alt='The Beta'></td>"
        "<td><img src='/tick.png' alt='yes'></td></tr></table>");
    markdown_of(page, MT_INCLUDE_TABLES | MT_INCLUDE_IMAGES, md, sizeof md);
    CHECK(strstr(md, "| Beta |  |  |\n\n![The Alpha](/a.jpg)\n\n![The Beta](/b.jpg)\n\n") !=
          NULL);
    CHECK(strstr(md, "tick.png") == NULL);
    CHECK(strstr(md, "new.png") == NULL);
    markdown_of(page, MT_INCLUDE_TABLES, plain, sizeof plain);
    CHECK(strstr(plain, "](/") == NULL);
}

/* Seven photos in a row, as a gallery above an article sets them. */
#define GALLERY "<img src='/1.jpg' alt='1'><img src='/2.jpg' alt='2'><img src='/3.jpg' alt='3'>" \
                "<img src='/4.jpg' alt='4'><img src='/5.jpg' alt='5'><img src='/6.jpg' alt='6'>" \
                "<img src='/7.jpg' alt='7'>"

/* Asking for images changes no word of the text: a label before an image,
 * an orphan without it, goes as it does without; a headline fourteen
 * photos above the standfirst is as near to it as without them. */
static void test_images_change_no_text(void)
{
    static const char *const pages[] = {
        ARTICLE("<p>Text with a linked icon <a href='/report.pdf'><img src='/i/pdf.png' alt='PDF'>"
                " Download report</a> here.</p>"),
        ARTICLE("<p>Such as stock quotes:</p><p><img src='/quotes.png' alt='quotes'></p>"
                "<div><ul><li><a href='/1'>One story</a></li>"
                "<li><a href='/2'>Another story</a></li></ul></div>"),
        "<html><head><title>Floods in the lower town</title></head><body>"
        "<h1>Floods in the lower town</h1>" GALLERY GALLERY
        "<p>After a night of rain the river broke its banks, and the lower town woke up under "
        "water; the clean-up will take weeks.</p>"
        "<div class='story-body'><p>The river rose all night, and by morning the lower streets "
        "were under water, the shops closed, the buses stopped, and the bridge was shut.</p>"
        "<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals to "
        "higher ground; some stayed, others left for relatives inland.</p></div></body></html>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        char plain[4096], with_images[4096];
        text_of(pages[i], MT_INCLUDE_TABLES, plain, sizeof plain);
        text_of(pages[i], MT_INCLUDE_TABLES | MT_INCLUDE_IMAGES, with_images, sizeof with_images);
        CHECK(plain[0] != '\0');
        CHECK_STR(with_images, plain);
    }
}

/* ---------------------------------------------------------------- inline markup */

/* A link whose text is all code is one link in Markdown, around the code,
 * whichever way the page nests the two tags. */
static void test_link_around_code(void)
{
    char md[4096];
    markdown_of(ARTICLE("<p>Call <a href='/api/f'><code>f()</code></a> first, then "
                        "<code><a href='/api/g'>g()</a></code> and <a href='/x'><code>x</code> "
                        "docs</a>.</p>"),
                MT_INCLUDE_TABLES | MT_INCLUDE_LINKS | MT_INCLUDE_FORMATTING, md, sizeof md);
    CHECK(strstr(md, "Call [`f()`](/api/f) first, then [`g()`](/api/g) and [`x` docs](/x).") !=
          NULL);
}

/* ---------------------------------------------------------------- lists */

/* An ordered list numbers its items as a browser does: down from the item
 * count in a reversed list, from "start" (0 and below too), from an item's
 * "value" on; a number too long for Markdown is held to nine digits, not
 * cut to its first seven. The HTML says each number that does not follow
 * from the one before. */
static void test_list_numbers(void)
{
    char html[4096];
    render_page(ARTICLE("<ol reversed><li>Three</li><li>Two</li><li>One</li></ol><p>Then:</p>"
                        "<ol><li value='10'>Ten</li><li>Eleven</li><li value='20'>Twenty</li></ol>"
                        "<p>Then:</p><ol start='0'><li>Zero</li><li>One</li></ol><p>Then:</p>"
                        "<ol start='1234567890'><li>Big</li></ol>"),
                MT_INCLUDE_TABLES, MT_FORMAT_HTML, html, sizeof html);
    CHECK(strstr(html, "<ol start=\"3\">\n<li>Three</li>\n<li value=\"2\">Two</li>\n"
                       "<li value=\"1\">One</li>\n</ol>") != NULL);
    CHECK(strstr(html, "<ol start=\"10\">\n<li>Ten</li>\n<li>Eleven</li>\n"
                       "<li value=\"20\">Twenty</li>\n</ol>") != NULL);
    CHECK(strstr(html, "<ol start=\"0\">\n<li>Zero</li>\n<li>One</li>\n</ol>") != NULL);
    CHECK(strstr(html, "<ol start=\"999999999\">\n<li>Big</li>") != NULL);
    /* counting down from the largest number goes down */
    render_page(ARTICLE("<ol reversed start='999999999'><li>A</li><li>B</li></ol>"),
                MT_INCLUDE_TABLES, MT_FORMAT_HTML, html, sizeof html);
    CHECK(strstr(html, "<ol start=\"999999999\">\n<li>A</li>\n<li value=\"999999998\">B</li>") != NULL);
}

/* A list counting down, or whose items skip, is one list in every format:
 * Markdown writes each item's own number in it rather than cutting the list
 * into one list per item. Two lists side by side stay two, bulleted ones
 * too, though nothing in their items tells them apart. */
static void test_list_identity(void)
{
    static const char page[] = ARTICLE(
        "<ol reversed><li>Three</li><li>Two</li><li>One</li></ol><p>Then:</p>"
        "<ol start='5'><li value='10'>Ten</li><li>Eleven</li><li value='3'>Three</li></ol>"
        "<p>Then:</p><ul><li>Dot</li><li>Dash</li></ul><ul><li>Other</li></ul>"
        "<p>Then:</p><ol><li>First</li></ol><ol start='2'><li>Second</li></ol>");
    char out[4096];
    markdown_of(page, MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "\n\n3. Three\n2. Two\n1. One\n\nThen:\n\n"
                      "10. Ten\n11. Eleven\n3. Three\n\nThen:\n\n") != NULL);
    CHECK(strstr(out, "- Dot\n- Dash\n\n<!-- -->\n\n- Other\n") != NULL);
    CHECK(strstr(out, "1. First\n\n<!-- -->\n\n2. Second\n") != NULL);
    render_page(page, MT_INCLUDE_TABLES, MT_FORMAT_HTML, out, sizeof out);
    CHECK(strstr(out, "<ul>\n<li>Dot</li>\n<li>Dash</li>\n</ul>\n<ul>\n<li>Other</li>\n</ul>") !=
          NULL);
    CHECK(strstr(out, "<ol>\n<li>First</li>\n</ol>\n<ol start=\"2\">\n<li>Second</li>\n</ol>") !=
          NULL);
}

/* Letters and Roman numerals (an <ol>'s type, or an <li>'s own) are kept
 * where the format can say them: HTML's type, XML's item labels, JSON's
 * "numbering"; Markdown has digits only. */
static void test_list_numbering_styles(void)
{
    static const char page[] = ARTICLE(
        "<ol type='a'><li>Alpha</li><li>Beta</li></ol><p>Then:</p>"
        "<ol type='I' start='3'><li>Third</li><li type='a'>Fourth</li></ol><p>Then:</p>"
        "<ol type='1'><li>Plain</li></ol><ul type='a'><li>Bullet</li></ul>");
    char out[8192];
    render_page(page, MT_INCLUDE_TABLES, MT_FORMAT_HTML, out, sizeof out);
    CHECK(strstr(out, "<ol type=\"a\">\n<li>Alpha</li>\n<li>Beta</li>\n</ol>") != NULL);
    CHECK(strstr(out, "<ol start=\"3\" type=\"I\">\n<li>Third</li>\n<li type=\"a\">Fourth</li>") !=
          NULL);
    CHECK(strstr(out, "<ol>\n<li>Plain</li>") != NULL);
    CHECK(strstr(out, "<ul>\n<li>Bullet</li>") != NULL);
    render_page(page, MT_INCLUDE_TABLES, MT_FORMAT_XML, out, sizeof out);
    CHECK(strstr(out, "<item n=\"a\">Alpha</item>\n<item n=\"b\">Beta</item>") != NULL);
    CHECK(strstr(out, "<item n=\"III\">Third</item>\n<item n=\"d\">Fourth</item>") != NULL);
    CHECK(strstr(out, "<item n=\"1\">Plain</item>") != NULL);
    render_page(page, MT_INCLUDE_TABLES, MT_FORMAT_MARKDOWN, out, sizeof out);
    CHECK(strstr(out, "1. Alpha\n2. Beta\n") != NULL);
    CHECK(strstr(out, "3. Third\n4. Fourth\n") != NULL);
}

/* A code block, a table or more text inside a list item stays in the item:
 * indented to its text column in Markdown, inside the <li> in HTML, and
 * the list goes on after it (not a second list starting at 2). Text after
 * a nested list is the item's, not another item. */
static void test_blocks_inside_list_item(void)
{
    static const char page[] = ARTICLE(
        "<ol><li>Install:<pre><code>pip install foo</code></pre>then check it.</li>"
        "<li>Run it.<ul><li>child one</li></ul>tail of two</li>"
        "<li><p>Step three</p><table><thead><tr><th>a</th><th>b</th></tr></thead>"
        "<tbody><tr><td>1</td><td>2</td></tr></tbody></table></li></ol>");
    char out[4096];
    markdown_of(page, MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "1. Install:\n\n   ```\n   pip install foo\n   ```\n\n   then check it.\n\n"
                      "2. Run it.\n   - child one\n\n   tail of two\n\n"
                      "3. Step three\n\n   | a | b |\n   | --- | --- |\n   | 1 | 2 |\n\n") != NULL);
    render_page(page, MT_INCLUDE_TABLES, MT_FORMAT_HTML, out, sizeof out);
    CHECK(strstr(out, "<ol>\n<li>Install:\n<pre><code>pip install foo</code></pre>\n"
                      "<p>then check it.</p>\n</li>\n<li>Run it.\n<ul>\n<li>child one</li>\n"
                      "</ul>\n<p>tail of two</p>\n</li>\n<li>Step three\n<table>") != NULL);
    CHECK(strstr(out, "</table>\n</li>\n</ol>\n") != NULL);
}

/* A quote in a list item: its paragraphs stay one quote, in the item; a
 * quote after the list is a quote of its own (this once failed the whole
 * rendering). */
static void test_quotes_in_and_after_items(void)
{
    static const char page[] = ARTICLE(
        "<ul><li>Configure the tool by editing its file:<blockquote><p>Note that the file lives "
        "in your home directory.</p><p>Second paragraph of the note.</p></blockquote></li></ul>"
        "<blockquote><p>A quote after the list, outside of it.</p></blockquote>");
    char md[4096];
    markdown_of(page, MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "- Configure the tool by editing its file:\n\n  > Note that the file lives "
                     "in your home directory.\n  >\n  > Second paragraph of the note.\n\n"
                     "> A quote after the list, outside of it.\n") != NULL);
}

/* A list, code and a further paragraph inside a quote stay in the quote,
 * in every format, and the quote goes on after them: a committee's report
 * quoted with its list of measures. */
static void test_list_and_code_inside_a_quote(void)
{
    static const char page[] = ARTICLE(
        "<blockquote><p>We recommend three measures for the coming year:</p><ul><li>more "
        "trains on the northern line</li><li>a new bus route</li></ul><pre>budget = 1200</pre>"
        "<p>These should be reviewed after twelve months.</p></blockquote>");
    char out[4096];
    markdown_of(page, MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "> We recommend three measures for the coming year:\n>\n"
                      "> - more trains on the northern line\n> - a new bus route\n>\n"
                      "> ```\n> budget = 1200\n> ```\n>\n"
                      "> These should be reviewed after twelve months.\n\nA final decision") != NULL);
    render_page(page, MT_INCLUDE_TABLES, MT_FORMAT_HTML, out, sizeof out);
    CHECK(strstr(out, "<blockquote>\n<p>We recommend three measures for the coming year:</p>\n"
                      "<ul>\n<li>more trains on the northern line</li>\n<li>a new bus route</li>\n"
                      "</ul>\n<pre><code>budget = 1200</code></pre>\n<p>These should be reviewed "
                      "after twelve months.</p>\n</blockquote>\n") != NULL);
    render_page(page, MT_INCLUDE_TABLES, MT_FORMAT_XML, out, sizeof out);
    CHECK(strstr(out, "<quote>\n<p>We recommend three measures for the coming year:</p>\n"
                      "<list rend=\"ul\">\n<item>more trains") != NULL);
    CHECK(strstr(out, "</list>\n<code>budget = 1200</code>\n<p>These should") != NULL);
}

/* A list in a quote inside a list item: the quote stays in the item (the
 * outer list's level), the inner list in the quote; a list quoted twice
 * stands in two quotes. */
static void test_quotes_around_and_inside_lists(void)
{
    char md[4096];
    markdown_of(ARTICLE("<ul><li>First step of the plan, in plain words.<blockquote><p>A note "
                        "on this step:</p></blockquote></li><li>Second step of the plan.</li></ul>"
                        "<blockquote><blockquote><ol><li>deeply quoted item</li></ol>"
                        "</blockquote></blockquote>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "- First step of the plan, in plain words.\n\n  > A note on this step:\n\n"
                     "- Second step of the plan.\n\n> > 1. deeply quoted item\n\nA final") != NULL);
}

/* A block that opens its item (code before the item's text) and the blocks
 * of an item whose text was left out stand outside the list: never in the
 * item before. */
static void test_item_without_its_text_first(void)
{
    static const char page[] = ARTICLE(
        "<ol><li>First item has a sentence of plain text for the reader here.</li>"
        "<li><pre>code_first_in_item --flag</pre>Then the explanation of the code follows.</li>"
        "<li><a href='/share/twitter'>Share on Twitter</a><pre>code_in_third --flag</pre>"
        "Then the third item's own words follow here.</li></ol>");
    char md[4096];
    markdown_of(page, MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "1. First item has a sentence of plain text for the reader here.\n\n```\n"
                     "code_first_in_item --flag\n```\n\n2. Then the explanation") != NULL);
    CHECK(strstr(md, "\n\n```\ncode_in_third --flag\n```\n\n3. Then the third item's") != NULL);
}

/* Code opening a nested item belongs to the item around it, and the
 * nested list stays nested under that item. */
static void test_code_opening_a_nested_item(void)
{
    char md[4096];
    markdown_of(ARTICLE("<ul><li>Outer item text is here, with words.<ul><li><pre>inner code"
                        "</pre>Inner item text after its code block.</li><li>Second inner item."
                        "</li></ul></li><li>Second outer item.</li></ul>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "- Outer item text is here, with words.\n\n  ```\n  inner code\n  ```\n\n"
                     "  - Inner item text after its code block.\n  - Second inner item.\n"
                     "- Second outer item.\n") != NULL);
}

/* Custom elements that hold a paragraph each ("story-paragraph") are
 * paragraphs; a short one inside a line ("relative-time") is part of it. */
static void test_custom_element_paragraphs(void)
{
    char out[4096];
    text_of(ARTICLE("<story-body><story-paragraph>Twice a day, with perfect predictability, "
                    "water rushes in and out of the estuary.</story-paragraph><story-paragraph>"
                    "The problem is not the physics but the sea itself, updated <relative-time>"
                    "3 days ago</relative-time> by the desk.</story-paragraph></story-body>"),
            MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "in and out of the estuary.\n\nThe problem is not the physics") != NULL);
    CHECK(strstr(out, "updated 3 days ago by the desk.") != NULL);
}

/* ---------------------------------------------------------------- tables */

/* A table of figures with a header row, its body given as `rows`. */
#define TABLE(rows) \
    "<table><thead><tr><th>Option</th><th>Pros</th></tr></thead><tbody>" rows "</tbody></table>"

/* A list, a heading, a quote inside a data cell are lines of the cell, not
 * words run together: "Cheap<br>Fast", never "CheapFast". */
static void test_blocks_inside_cell_are_lines(void)
{
    static const char page[] = ARTICLE(
        TABLE("<tr><td>A</td><td><ul><li>Cheap</li><li>Fast</li></ul></td></tr>"
              "<tr><td><h4>B</h4>second</td><td><blockquote>Quoted</blockquote>after</td></tr>"));
    char out[4096];
    markdown_of(page, MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "| A | \xe2\x80\xa2 Cheap<br>\xe2\x80\xa2 Fast |\n"
                      "| B<br>second | Quoted<br>after |\n") != NULL);
    text_of(page, MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "A\t\xe2\x80\xa2 Cheap \xe2\x80\xa2 Fast\nB second\tQuoted after\n") != NULL);
}

/* A list in a cell keeps its items' markers where the cell's lines are
 * all it has (Markdown, plain text): bullets, a nested list's own, the
 * page's numbers in its numbering; text before the list has none, and an
 * empty item none either, though it takes its number. */
static void test_list_inside_cell_keeps_markers(void)
{
    static const char page[] = ARTICLE(
        TABLE("<tr><td>A</td><td>Notes:<ul><li>Cheap</li><li>Fast<ul><li>Very</li></ul></li>"
              "</ul></td></tr><tr><td>B</td><td><ol type='a' start='2'><li>Bee</li><li></li>"
              "<li>Dee</li></ol></td></tr>"));
    char out[4096];
    markdown_of(page, MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "| A | Notes:<br>\xe2\x80\xa2 Cheap<br>\xe2\x80\xa2 Fast<br>"
                      "\xe2\x97\xa6 Very |\n| B | b. Bee<br>d. Dee |\n") != NULL);
    text_of(page, MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "A\tNotes: \xe2\x80\xa2 Cheap \xe2\x80\xa2 Fast \xe2\x97\xa6 Very\n"
                      "B\tb. Bee d. Dee\n") != NULL);
    /* a list ending with an empty item: the text after the list is no item */
    markdown_of(ARTICLE(TABLE("<tr><td>A</td><td><ul><li>Cheap</li><li></li></ul>Ships in May"
                              "</td></tr><tr><td>B</td><td>plain</td></tr>")),
                MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "| A | \xe2\x80\xa2 Cheap<br>Ships in May |") != NULL);
    /* an item empty before its nested list: its text after the list is a
     * line with its own marker and number, not run on after the nested one */
    markdown_of(ARTICLE(TABLE("<tr><td>A</td><td><ol start='4'><li><ul><li>Very</li></ul>"
                              "when warm</li><li>Dee</li></ol></td></tr>")),
                MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "| A | \xe2\x97\xa6 Very<br>4. when warm<br>5. Dee |") != NULL);
    /* the marker goes to the item's first text of its own, which holds
     * the rest of the item: its second nested list, its text after that */
    markdown_of(ARTICLE(TABLE("<tr><td>A</td><td><ol><li><ul><li>Very</li></ul>when warm"
                              "<ul><li>Fast</li></ul>or cold</li><li>Dee</li></ol></td></tr>")),
                MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "| A | \xe2\x97\xa6 Very<br>1. when warm<br>\xe2\x97\xa6 Fast<br>or cold"
                      "<br>2. Dee |") != NULL);
    /* ... and so does its text after a nested list left empty, dropped */
    markdown_of(ARTICLE(TABLE("<tr><td>A</td><td><ol start='4'><li><ul><li></li></ul>"
                              "when warm</li><li>Dee</li></ol></td></tr>")),
                MT_INCLUDE_TABLES, out, sizeof out);
    CHECK(strstr(out, "| A | 4. when warm<br>5. Dee |") != NULL);
}

/* Text after a list in a cell is no item's: the cell's own after its
 * list, more of the outer item after a nested one. Each item's end says
 * so (its nested lists inside it), and HTML closes the list before it. */
static void test_text_after_cell_list_is_not_an_item(void)
{
    static const char page[] = ARTICLE(
        TABLE("<tr><td>A</td><td><ul><li>Cheap</li><li>Fast<ol><li>Very</li></ol>"
              "when warm</li></ul>Ships in May</td></tr>"));
    char out[8192];
    render_page(page, MT_INCLUDE_TABLES, MT_FORMAT_HTML, out, sizeof out);
    CHECK(strstr(out, "<td><ul><li>Cheap</li><li>Fast<ol><li>Very</li></ol>when warm</li></ul>"
                      "Ships in May</td>") != NULL);
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r = NULL;
    CHECK(ex && mt_extract(ex, page, strlen(page), NULL, &r) == MT_OK);
    const mt_cell *cell = NULL;
    for (size_t i = 0; r && i < r->nblocks; i++)
        if (r->blocks[i].type == MT_BLOCK_TABLE && r->blocks[i].nrows == 2)
            cell = &r->blocks[i].rows[1].cells[1];
    CHECK(cell && cell->nitems == 3);
    if (cell && cell->nitems == 3) {
        const mt_cell_item *it = cell->items;
        const char *t = cell->text;
        CHECK(strncmp(t + it[0].start, "Cheap", it[0].end - it[0].start) == 0 &&
              it[0].end - it[0].start == 5);
        /* the second item holds its nested list and the text after it */
        CHECK(it[1].end > it[2].end && strncmp(t + it[2].start, "Very", 4) == 0);
        CHECK(strncmp(t + it[1].end - 9, "when warm", 9) == 0);
        CHECK(strcmp(t + it[1].end, "\nShips in May") == 0);
    }
    mt_extractor_free(ex);
}

/* A <tfoot> written before the body (HTML 4's order) is drawn last by a
 * browser, and comes last in the table. */
static void test_table_foot_comes_last(void)
{
    char md[4096];
    markdown_of(ARTICLE("<table><thead><tr><th>Item</th><th>Cost</th></tr></thead>"
                        "<tfoot><tr><td>Total</td><td>300</td></tr></tfoot>"
                        "<tbody><tr><td>Roads</td><td>100</td></tr>"
                        "<tr><td>Parks</td><td>200</td></tr></tbody></table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "| Item | Cost |\n| --- | --- |\n| Roads | 100 |\n| Parks | 200 |\n"
                     "| Total | 300 |\n") != NULL);
}

/* A table's caption keeps its emphasis and links, as a figure's does. */
static void test_table_caption_markup(void)
{
    char md[4096];
    markdown_of(ARTICLE("<table><caption>Annual <em>figures</em> for <a href='/x'>roads</a>"
                        "</caption><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody>"
                        "<tr><td>Roads</td><td>100</td></tr></tbody></table>"),
                MT_INCLUDE_TABLES | MT_INCLUDE_FORMATTING | MT_INCLUDE_LINKS, md, sizeof md);
    CHECK(strstr(md, "Annual *figures* for [roads](/x)\n\n| Item | Cost |") != NULL);
}

/* A table that names its columns in a <thead> is data even with a small
 * table in a cell, whose text joins the cell; tables inside a table without
 * one are still a page's layout. */
static void test_table_inside_data_table(void)
{
    char md[4096];
    markdown_of(ARTICLE("<table><thead><tr><th>Ward</th><th>Votes</th></tr></thead><tbody>"
                        "<tr><td>North</td><td><table><tr><td>Yes</td><td>412</td></tr></table>"
                        "</td></tr><tr><td>South</td><td>Uncontested</td></tr></tbody></table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "| Ward | Votes |\n| --- | --- |\n| North | Yes 412 |\n"
                     "| South | Uncontested |\n") != NULL);
    markdown_of(ARTICLE("<table><tr><td>North</td><td><table><tr><td>Yes</td><td>412</td></tr>"
                        "</table></td></tr><tr><td>South</td><td>Uncontested</td></tr></table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "| ---") == NULL);
    /* header cells without a <thead> name the columns as well */
    markdown_of(ARTICLE("<table><tr><th>Phone</th><th>Price</th><th>Specs</th></tr>"
                        "<tr><td>Phone A</td><td>$299</td><td>6.1 inch, 128 GB</td></tr>"
                        "<tr><td>Phone B</td><td>$399</td><td><table><tr><td>Screen</td>"
                        "<td>6.7 inch</td></tr><tr><td>Storage</td><td>256 GB</td></tr></table>"
                        "</td></tr><tr><td>Phone C</td><td>$499</td><td>6.9 inch, 512 GB</td></tr>"
                        "</table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "| Phone | Price | Specs |\n| --- | --- | --- |\n") != NULL);
    CHECK(strstr(md, "| Phone B | $399 | Screen 6.7 inch<br>Storage 256 GB |\n") != NULL);
    /* a grid of tables under a heading row is the page's layout: the inner
     * tables are the data, each a table of its own */
    markdown_of(ARTICLE("<table><tr><th>Media</th><th>Sizes</th></tr><tr><td>"
                        "<table><tr><th>Spec</th><th>A</th></tr><tr><td>P0</td><td>3/8</td></tr>"
                        "<tr><td>P1</td><td>1-5/8</td></tr></table></td><td>"
                        "<table><tr><th>Spec</th><th>B</th></tr><tr><td>C1</td><td>1/2</td></tr>"
                        "<tr><td>C2</td><td>9/16</td></tr></table></td></tr></table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "| Spec | A |\n| --- | --- |\n| P0 | 3/8 |\n") != NULL);
    CHECK(strstr(md, "| Spec | B |\n| --- | --- |\n| C1 | 1/2 |\n") != NULL);
}

/* ---------------------------------------------------------------- hidden text */

/* Text hidden for screen readers is left out, but when it held white space
 * the words on either side stay apart (a kicker and its headline; a date
 * and the next label), and closing punctuation after it still closes up.
 * Hidden text inside a word leaves the word whole. */
static void test_hidden_separator_parts_words(void)
{
    char txt[4096];
    text_of(ARTICLE("<h2><span>Climate</span><span class=\"visually-hidden\">: </span>"
                    "<span>Drilling until it gets hot</span></h2>"
                    "<p>Written: 2023-11-07<span hidden> | </span>Updated: 2023-11-08</p>"
                    "<p>See the compatibility list<span class=\"sr-only\"> (opens a new "
                    "window)</span>. It is Ex<span style=\"display:none\">qz</span>ample "
                    "text.</p>"),
            0, txt, sizeof txt);
    CHECK(strstr(txt, "\nClimate Drilling until it gets hot\n") != NULL);
    CHECK(strstr(txt, "Written: 2023-11-07 Updated: 2023-11-08") != NULL);
    CHECK(strstr(txt, "compatibility list. It is Example text.") != NULL);
    CHECK(strstr(txt, "window") == NULL);
    /* a no-break space is white space there as anywhere in the text */
    text_of(ARTICLE("<p>Written: 2023-11-07<span hidden>&nbsp;|&nbsp;</span>updated on "
                    "Friday, see<span class=\"sr-only\">&nbsp;</span>below.</p>"),
            0, txt, sizeof txt);
    CHECK(strstr(txt, "Written: 2023-11-07 updated on Friday, see below.") != NULL);
}

/* Pieces of text in elements of their own with no white space between
 * them: a capital after the end of a word is where the page's styles
 * break the line (a kicker over its headline, a recipe's facts), so the
 * words are parted; a word's own pieces, a formula, a drop cap and a list
 * written with commas alone are not. */
static void test_element_edge_parts_glued_words(void)
{
    char txt[4096];
    text_of(ARTICLE("<h2><span class=\"kicker\">Energy</span><span>Government cuts the "
                    "bonus</span></h2>"
                    "<p><span>Protein: 5g</span><span>Fat: 17g</span><span>Fiber: 2g</span></p>"
                    "<p>It was <b>un</b>believable: H<sub>2</sub>O and CO<sub>2</sub>Emissions "
                    "rose, said <span class=\"dropcap\">W</span>ASHINGTON officials, D,<i>t</i>,T "
                    "and V.</p>"),
            0, txt, sizeof txt);
    CHECK(strstr(txt, "\nEnergy Government cuts the bonus\n") != NULL);
    CHECK(strstr(txt, "Protein: 5g Fat: 17g Fiber: 2g") != NULL);
    CHECK(strstr(txt, "It was unbelievable: H2O and CO2Emissions rose, said WASHINGTON "
                      "officials, D,t,T and V.") != NULL);
    /* a digit after a small letter: parted at a span's or a time's edge,
     * not at phrase markup's (a variable, a note's number in a font) */
    text_of(ARTICLE("<p><span>Updated</span><time>21:22, 6 Oct 2020</time></p>"
                    "<p>So z = a+<i>i</i>0 holds, as the Survey<sup><font>1</font></sup> "
                    "and the Census<a href=\"#n2\">2</a> found.</p>"),
            0, txt, sizeof txt);
    CHECK(strstr(txt, "Updated 21:22, 6 Oct 2020") != NULL);
    CHECK(strstr(txt, "So z = a+i0 holds, as the Survey1 and the Census2 found.") != NULL);
    /* capitals and small letters of Latin, Greek and Cyrillic beyond ASCII */
    text_of(ARTICLE("<p><span>Wiec w Sopocie</span><span>\xC5\xB9r\xC3\xB3" "d\xC5\x82o: "
                    "East News</span></p><p><span>\xD0\xad\xD0\xbd\xD0\xb5\xD1\x80"
                    "\xD0\xb3\xD0\xb8\xD1\x8f</span><span>\xD0\x9f\xD0\xbb\xD0\xb0"
                    "\xD0\xbd</span> and Stra\xC3\x9F<b>e</b></p>"),
            0, txt, sizeof txt);
    CHECK(strstr(txt, "Wiec w Sopocie \xC5\xB9r\xC3\xB3" "d\xC5\x82o: East News") != NULL);
    CHECK(strstr(txt, "\xD1\x8f \xD0\x9f\xD0\xbb\xD0\xb0\xD0\xbd and Stra\xC3\x9F" "e") != NULL);
    /* and of the extended Latin letters: Vietnamese, Romanian */
    text_of(ARTICLE("<p><span>Tin từ Hà Nội</span><span>Ảnh: Reuters</span></p>"
                    "<p><span>Știri din București</span><span>Ședința a început.</span></p>"),
            0, txt, sizeof txt);
    CHECK(strstr(txt, "Tin từ Hà Nội Ảnh: Reuters") != NULL);
    CHECK(strstr(txt, "Știri din București Ședința a început.") != NULL);
}

/* Code is kept as written, inline or in <pre>: the elements a highlighter
 * wraps tokens in part no words ("foo.Bar", not "foo. Bar"), and text
 * hidden in code leaves no space (no trailing space on a line of code). */
static void test_code_keeps_its_text(void)
{
    char txt[4096];
    text_of(ARTICLE("<p>Call <code><span class=\"n\">foo</span><span class=\"o\">.</span>"
                    "<span class=\"n\">Bar</span>()</code> with <code>std::<span>String"
                    "</span></code> and <kbd><span>Ctrl</span><span>X</span></kbd> or "
                    "<code>my<span hidden> x</span>Var</code> now.</p>"
                    "<pre><code>x = 1<span hidden> (copied)</span>\n"
                    "y = f(a,<span style=\"display:none\"> </span>b)</code></pre>"),
            0, txt, sizeof txt);
    CHECK(strstr(txt, "Call foo.Bar() with std::String and CtrlX or myVar now.") != NULL);
    CHECK(strstr(txt, "\nx = 1\ny = f(a,b)\n") != NULL);
    /* code indented with &nbsp; keeps it as spaces, as prose has them,
     * so that a copy runs */
    text_of(ARTICLE("<pre>if x:\n&nbsp;&nbsp;&nbsp;&nbsp;y(&quot;a&nbsp;b&quot;)</pre>"), 0, txt,
            sizeof txt);
    CHECK(strstr(txt, "\nif x:\n    y(\"a b\")\n") != NULL);
}

/* ------------------------------------------------------------ code listings */

/* A highlighter's table of one row: the line numbers in a <pre> of the
 * first cell, the code in the second, blank line and all. The numbers are
 * no code of the sample: left out. */
#define GUTTER_TABLE(numbers, code) \
    "<div class='highlight'><table class='highlighttable'><tr><td class='linenos'>" \
    "<div class='linenodiv'><pre>" numbers "</pre></div></td><td class='code'><div>" \
    "<pre><span class='k'>def</span> f():\n" code "</pre></div></td></tr></table></div>"

static void test_line_number_gutter_left_out(void)
{
    char md[4096];
    markdown_of(ARTICLE(GUTTER_TABLE("1\n2\n3\n4", "\n    return 1\n# end\n")), 0, md,
                sizeof md);
    CHECK(strstr(md, "\n```\ndef f():\n\n    return 1\n# end\n```\n") != NULL);
    CHECK(strstr(md, "```\n1\n2") == NULL);
    /* numbered in spans, starting at 10 (a sample cut from a file) */
    markdown_of(ARTICLE("<table><tr><td><pre><code><span>10\n</span><span>11\n</span></code>"
                        "</pre></td><td><pre><code>port = 1\nhost = 2\n</code></pre></td></tr>"
                        "</table>"),
                0, md, sizeof md);
    CHECK(strstr(md, "\n```\nport = 1\nhost = 2\n```\n") != NULL);
    CHECK(strstr(md, "10") == NULL);
}

/* A <pre> of numbers that is no column of line numbers stays: a program's
 * output, before a code box of other lines than it has numbers, or with
 * no code beside it. */
static void test_numbers_that_are_output_stay(void)
{
    char md[4096];
    markdown_of(ARTICLE("<div><pre>1\n2\n3</pre></div><div><pre><code>print('done')</code></pre>"
                        "</div><p>And on its own:</p><pre>4\n5</pre>"),
                0, md, sizeof md);
    CHECK(strstr(md, "```\n1\n2\n3\n```") != NULL);
    CHECK(strstr(md, "```\n4\n5\n```") != NULL);
    /* boxes of a docs page: the output, then a sample of as many lines */
    markdown_of(ARTICLE("<p>It prints:</p><div class='highlight-none'><div class='highlight'>"
                        "<pre>1\n2\n3</pre></div></div><div class='highlight-python'>"
                        "<div class='highlight'><pre>x = 1\ny = 2\nz = 3</pre></div></div>"),
                0, md, sizeof md);
    CHECK(strstr(md, "It prints:\n\n```\n1\n2\n3\n```\n\n```\nx = 1\ny = 2\nz = 3\n```") != NULL);
    /* the numbers are not in order: not a gutter */
    markdown_of(ARTICLE(GUTTER_TABLE("1\n3\n2\n4", "\n    return 1\n# end\n")), 0, md,
                sizeof md);
    CHECK(strstr(md, "```\n1\n3\n2\n4\n```") != NULL);
}

/* A code host's listing, a table of a row per line, the number drawn from
 * an attribute in the first cell and the line in the second, is one code
 * block, its indentation kept. */
static void test_listing_table_is_code(void)
{
    char md[4096];
    markdown_of(ARTICLE("<table class='highlight'>\n"
                        "<tr><td class='blob-num' data-line-number='1'></td>"
                        "<td class='blob-code'>for f in *.txt; do</td></tr>\n"
                        "<tr><td class='blob-num' data-line-number='2'></td>"
                        "<td class='blob-code'>  wc -l &quot;$f&quot;</td></tr>\n"
                        "<tr><td class='blob-num' data-line-number='3'></td>"
                        "<td class='blob-code'>done</td></tr>\n</table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "\n```\nfor f in *.txt; do\n  wc -l \"$f\"\ndone\n```\n") != NULL);
    CHECK(strstr(md, "| --- |") == NULL);
    /* lines in <pre>s of their own, and a table inside a line: one block,
     * the inner table's cells all kept */
    markdown_of(ARTICLE("<table>"
                        "<tr><td data-line-number='1'></td><td class='code'><pre>x = [</pre></td></tr>"
                        "<tr><td data-line-number='2'></td><td class='code'><table>"
                        "<tr><td>A</td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table></td></tr>"
                        "<tr><td data-line-number='3'></td><td class='code'><pre>]</pre></td></tr>"
                        "</table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "\n```\nx = [\nA B\nC D\n]\n```\n") != NULL);
}

/* A highlighter that numbers lines with a table inside the code (a row a
 * line, the number drawn from an attribute): the code is one block in the
 * <pre>'s language, where it was lost with the table's rows. */
static void test_listing_inside_pre(void)
{
    char md[4096];
    markdown_of(ARTICLE("<pre><code class='language-python'><table class='ln'><tbody>"
                        "<tr><td class='ln-numbers' data-line-number='1'><div></div></td>"
                        "<td class='ln-code'>with open(p) as f:</td></tr>"
                        "<tr><td class='ln-numbers' data-line-number='2'><div></div></td>"
                        "<td class='ln-code'>    print(f.read())</td></tr>"
                        "</tbody></table></code></pre>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "\n```python\nwith open(p) as f:\n    print(f.read())\n```\n") != NULL);
}

/* A code block's language is the name's letters, digits and marks, the
 * same in every format: a template's unfilled "language-{{lang}}" names
 * none (the next class is read), and markup after a name is no part of it. */
static void test_code_language_is_a_name(void)
{
    char xml[4096];
    render_page(ARTICLE("<pre><code class='language-{{lang}} language-c++'>x++;</code></pre>"
                        "<pre><code class='lang-py\"&lt;x&gt;'>y = 1</code></pre>"),
                0, MT_FORMAT_XML, xml, sizeof xml);
    CHECK(strstr(xml, "<code lang=\"c++\">x++;</code>") != NULL);
    CHECK(strstr(xml, "<code lang=\"py\">y = 1</code>") != NULL);
}

/* Any other table inside code keeps its text: a row a line, its cells
 * parted by a space. */
static void test_table_inside_pre_keeps_text(void)
{
    char md[4096];
    markdown_of(ARTICLE("<pre>Totals:\n<table><tr><td>apples</td><td>3</td></tr>"
                        "<tr><td>pears</td><td>5</td></tr></table></pre>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "\n```\nTotals:\napples 3\npears 5\n```\n") != NULL);
}

/* A block box inside code begins a line and ends one, as a browser draws
 * it: a highlighter that writes each line as a <div> (with the code's own
 * newlines between them or not) keeps its lines and their indentation,
 * and text after a table inside code is a line of its own. No line is
 * added before the first box or after the last. */
static void test_boxes_inside_pre_are_lines(void)
{
    char md[4096];
    markdown_of(ARTICLE("<pre><code class='language-c'><div class='line'>if (a) {</div>"
                        "<div class='line'>    b();</div><div class='line'>}</div></code></pre>"),
                0, md, sizeof md);
    CHECK(strstr(md, "\n```c\nif (a) {\n    b();\n}\n```\n") != NULL);
    markdown_of(ARTICLE("<pre><div>if (a) {</div>\n<div>    b();</div>\n<div>}</div></pre>"), 0,
                md, sizeof md);
    CHECK(strstr(md, "\n```\nif (a) {\n    b();\n}\n```\n") != NULL);
    markdown_of(ARTICLE("<pre>x = 1<p>y = 2</p>z = 3</pre>"), 0, md, sizeof md);
    CHECK(strstr(md, "\n```\nx = 1\ny = 2\nz = 3\n```\n") != NULL);
    markdown_of(ARTICLE("<pre>Totals:<table><tr><td>apples</td><td>3</td></tr></table>"
                        "checked\nby hand</pre>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "\n```\nTotals:\napples 3\nchecked\nby hand\n```\n") != NULL);
}

/* Two boxes of class "line": a poem's, or a code sample's. */
#define POEM_LINES                                                                   \
    "<div class='line'>The river bends beneath the hill,</div><div class='line'>the " \
    "evening air is cold and still.</div>"
#define CODE_LINES "<div class='line'>if x:</div><div class='line'>    y()</div>"

/* The Markdown of an article with `lines` in a box of class `cls`. */
static void markdown_of_line_boxes(const char *cls, const char *lines, char *md, size_t cap)
{
    char page[2048];
    snprintf(page, sizeof page, ARTICLE("<div class='%s'>%s</div>"), cls, lines);
    markdown_of(page, 0, md, cap);
}

/* Code drawn without a <pre>, a box a line (Crayon, an editor's view),
 * is one code block with its lines' indentation; the column of their
 * numbers beside it is left out. Boxes named lines outside a box named
 * for code (the lines of a poem), or named otherwise ("headline",
 * "line-height"), stay paragraphs. */
static void test_line_boxes_are_code(void)
{
    char md[4096];
    markdown_of(ARTICLE("<table class='crayon-table'><tr><td class='crayon-nums'>"
                        "<div class='crayon-num'>1</div><div class='crayon-num'>2</div>"
                        "<div class='crayon-num'>3</div></td>"
                        "<td class='crayon-code'><div class='crayon-pre'>\n"
                        "<div class='crayon-line'>foreach ($a as $x) {</div>\n"
                        "<div class='crayon-line'><span>    </span>echo $x;</div>\n"
                        "<div class='crayon-line'>}</div></div></td></tr></table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "\n```\nforeach ($a as $x) {\n    echo $x;\n}\n```\n") != NULL);
    CHECK(strstr(md, "\n1\n") == NULL);
    markdown_of(ARTICLE("<div class='cm-content'><div class='cm-line'>if x:</div>"
                        "<div class='cm-line'>    y()</div></div>"),
                0, md, sizeof md);
    CHECK(strstr(md, "if x:\n\ny()") != NULL);   /* no name for code around */
    markdown_of(ARTICLE("<div class='cm-editor'><div class='cm-content'><div class='cm-line'>"
                        "if x:</div><div class='cm-line'>    y()</div></div></div>"),
                0, md, sizeof md);
    CHECK(strstr(md, "\n```\nif x:\n    y()\n```\n") != NULL);
    /* an editor's lines each in a <pre> of its own: one block all the same */
    markdown_of(ARTICLE("<div class='CodeMirror-code'><pre class=' CodeMirror-line '>if x:</pre>"
                        "<pre class=' CodeMirror-line '>    y()</pre></div>"),
                0, md, sizeof md);
    CHECK(strstr(md, "\n```\nif x:\n    y()\n```\n") != NULL);
    markdown_of(ARTICLE("<div class='poem-code'><div class='headline'>The wren</div>"
                        "<div class='line-height'>sings at dawn</div></div>"),
                0, md, sizeof md);
    CHECK(strstr(md, "```") == NULL);
    /* names with a code box's name inside a word of theirs: a poem's lines */
    static const char *const not_code[] = { "editorial-body", "barcode-list", "highlights",
                                            "product-listing", "qr-code", "QrCode",
                                            "zip_code", "code-of-conduct", "CodeOfConduct" };
    for (size_t i = 0; i < sizeof not_code / sizeof *not_code; i++) {
        markdown_of_line_boxes(not_code[i], POEM_LINES, md, sizeof md);
        CHECK(strstr(md, "```") == NULL);
        CHECK(strstr(md, "hill,\n\nthe evening") != NULL);
    }
    /* a name's parts split at its capitals too: "CodeSample" names code */
    markdown_of(ARTICLE("<div class='CodeSample'><div class='cm-line'>if x:</div>"
                        "<div class='cm-line'>    y()</div></div>"),
                0, md, sizeof md);
    CHECK(strstr(md, "\n```\nif x:\n    y()\n```\n") != NULL);
    /* names highlighters give as one word, or with a number after the word */
    static const char *const code_names[] = { "codeblock", "code2", "programlisting",
                                              "wp-codesnippet", "source-code", "code-often",
                                              "SourceCode" };
    for (size_t i = 0; i < sizeof code_names / sizeof *code_names; i++) {
        markdown_of_line_boxes(code_names[i], CODE_LINES, md, sizeof md);
        CHECK(strstr(md, "\n```\nif x:\n    y()\n```\n") != NULL);
    }
    /* nor one whose name is cut by where the reading of a class stops */
    char cls[512];
    memset(cls, ' ', 250);
    for (size_t i = 0; i < 250; i += 2)
        cls[i] = 'x';
    memcpy(cls + 250, "editorial", 10);
    markdown_of_line_boxes(cls, POEM_LINES, md, sizeof md);
    CHECK(strstr(md, "```") == NULL);
}

/* A table of numbered steps is a table, though a word of code is in each:
 * its cells are prose, not lines of code. */
static void test_numbered_steps_stay_a_table(void)
{
    char md[4096];
    markdown_of(ARTICLE("<table><tr><td>1</td><td>Heat the <code>oven</code> first.</td></tr>"
                        "<tr><td>2</td><td>Put the <code>tray</code> in it.</td></tr></table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "| 1 | Heat the oven first. |") != NULL);
    CHECK(strstr(md, "```") == NULL);
    /* nor a numbered column beside cells whose class holds "code" in a word */
    markdown_of(ARTICLE("<table><tr><td>1</td><td class='postcode'>SW1A 1AA</td></tr>"
                        "<tr><td>2</td><td class='postcode'>EC1A 1BB</td></tr></table>"),
                MT_INCLUDE_TABLES, md, sizeof md);
    CHECK(strstr(md, "| 2 | EC1A 1BB |") != NULL);
}

/* ------------------------------------------------------------ binary data */

/* Bytes that are no text, as a file served for a page holds them: every
 * value but NUL, '<' and '&' (which would end the string or start
 * markup), from a fixed sequence, NUL-terminated. */
static void fill_binary(char *buf, size_t n)
{
    uint32_t state = 2463534242u;
    for (size_t i = 0; i + 1 < n; i++) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        unsigned char c = (unsigned char)(state >> 24);
        buf[i] = (char)(c == 0 ? 1 : c == '<' || c == '&' ? '#' : c);
    }
    buf[n - 1] = '\0';
}

/* The control characters of s other than tab and line feed. */
static size_t count_controls(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += (unsigned char)*s < 0x20 && *s != '\t' && *s != '\n';
    return n;
}

/* `html` extracted with `focus`: its status, and its text in `out`. */
static mt_status extract_focus(const char *html, mt_focus focus, char *out, size_t cap)
{
    mt_options o;
    mt_options_default(&o);
    o.focus = focus;
    return extract_status(html, &o, 0, out, cap);
}

/* Binary data read as text is no one's words: after an article (a record
 * whose bytes run on into another's), or where a standfirst would be, it
 * makes no block and the article stays; a page of it alone has no main
 * content, a whole page none of it. */
static void test_binary_data_makes_no_block(void)
{
    static char junk[6000], html[8192], out[16384];
    fill_binary(junk, sizeof junk);
    snprintf(html, sizeof html, "%s%s", ARTICLE(""), junk);
    CHECK_INT(extract_focus(html, MT_FOCUS_BALANCED, out, sizeof out), MT_OK);
    CHECK(strstr(out, "The city council met on Tuesday evening") != NULL);
    CHECK(strstr(out, "A final decision is expected next month") != NULL);
    CHECK_INT(count_controls(out), 0);
    CHECK(strlen(out) < 600);
    CHECK_INT(extract_focus(html, MT_FOCUS_WHOLE_PAGE, out, sizeof out), MT_OK);
    CHECK_INT(count_controls(out), 0);

    /* under a headline that says the title, where the standfirst stands */
    static char lede[4096];
    snprintf(lede, sizeof lede, "<p>%.300s</p>", junk);
    snprintf(html, sizeof html, ARTICLE("%s"), lede);
    CHECK_INT(extract_focus(html, MT_FOCUS_BALANCED, out, sizeof out), MT_OK);
    CHECK_INT(count_controls(out), 0);
    CHECK(strstr(out, "A final decision is expected next month") != NULL);

    snprintf(html, sizeof html, "<html><body><p>%s</p></body></html>", junk);
    CHECK_INT(extract_focus(html, MT_FOCUS_BALANCED, out, sizeof out), MT_ERR_NO_CONTENT);
    CHECK_INT(extract_focus(html, MT_FOCUS_WHOLE_PAGE, out, sizeof out), MT_ERR_NO_CONTENT);

    /* in a <pre>, whose text is copied as it is, and in a data table's
     * cell, which stays as an empty one: the row keeps its columns */
    static char pre[4096], table[4096];
    snprintf(pre, sizeof pre, "<pre>%.1500s</pre>", junk);
    snprintf(html, sizeof html, ARTICLE("%s"), pre);
    CHECK_INT(extract_focus(html, MT_FOCUS_BALANCED, out, sizeof out), MT_OK);
    CHECK_INT(count_controls(out), 0);
    CHECK(strstr(out, "A final decision is expected next month") != NULL);
    snprintf(table, sizeof table,
             "<table><tr><th>Ward</th><th>Votes</th><th>Turnout</th></tr>"
             "<tr><td>North</td><td>1204</td><td>61%%</td></tr>"
             "<tr><td>%.400s</td><td>987</td><td>58%%</td></tr>"
             "<tr><td>East</td><td>1530</td><td>64%%</td></tr></table>", junk);
    snprintf(html, sizeof html, ARTICLE("%s"), table);
    CHECK_INT(extract_focus(html, MT_FOCUS_BALANCED, out, sizeof out), MT_OK);
    CHECK_INT(count_controls(out), 0);
    CHECK(strstr(out, "\t987\t58%") != NULL);
    CHECK(strstr(out, "East\t1530\t64%") != NULL);
}

/* Control characters in text that is text stay with it: a few stray ones,
 * fewer than one in fifty characters, and those that text holds for a
 * reason (a word processor's vertical tabs, a terminal's colours). */
static void test_control_characters_in_text(void)
{
    static char out[8192];
    const char *stray = ARTICLE(
        "<p>Residents\x01 were warned on Tuesday\x02 and moved cars, furniture and animals to "
        "higher ground\x03; some stayed\x04, others left for relatives inland\x05. The pumps ran "
        "all night\x06 and the level fell by morning\x07, when the schools\x0e, the libraries\x0f "
        "and the market opened again as on any other day of the week. The council thanked the "
        "volunteers who filled sandbags, the firemen who worked through the night and the "
        "neighbours who took in the families whose houses stood under water, and it promised "
        "a report on the dykes before the winter, when the river is at its highest and the "
        "rain falls for weeks on end over the hills and the valley below them.</p>");
    CHECK_INT(extract_focus(stray, MT_FOCUS_BALANCED, out, sizeof out), MT_OK);
    CHECK(strstr(out, "moved cars, furniture and animals") != NULL);
    CHECK(strstr(out, "the rain falls for weeks on end") != NULL);

    const char *written = ARTICLE(
        "<p>Sing when the swallows come,\013sing when the rivers run,\013sing in the market "
        "square\013and the towns will hear.\013Sing when the leaves are brown,\013sing when "
        "the snow comes down,\013sing in the winter night\013till the hills are white.\013</p>"
        "<div>\033[32mok\033[0m build\033[1m 1\033[0m \033[32mok\033[0m test\033[1m 2\033[0m "
        "\033[31mfailed\033[0m lint\033[1m 3\033[0m</div>");
    CHECK_INT(extract_focus(written, MT_FOCUS_BALANCED, out, sizeof out), MT_OK);
    CHECK(strstr(out, "and the towns will hear.") != NULL);
    CHECK(strstr(out, "failed") != NULL);
}

/* Windows-1252 text stored as if it were ISO-8859-1 holds U+0080-U+009F
 * where its writer put quotes and dashes: those come out as the
 * punctuation they stand for, the same in every Windows code page, and a
 * link over such a word still holds the word. A byte that is a letter in
 * one code page and another in the next (0x8A: Š, Љ) stays as it is. */
static void test_c1_controls_as_punctuation(void)
{
    static char out[8192];
    const char *html = ARTICLE(
        "<p>It won\xc2\x92t change my rights, the lawyer said, and \xc2\x93nothing\xc2\x94 "
        "will change \xc2\x96 not even the <a href='/fee'>\xc2\x84" "fee\xc2\x93</a> for the "
        "\xc2\x8a" "form, which the office keeps on file for every case it hears.</p>");
    mt_options o;
    mt_options_default(&o);
    o.include |= MT_INCLUDE_LINKS;
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    const mt_result *r = NULL;
    CHECK_INT(mt_extract(ex, html, strlen(html), NULL, &r), MT_OK);
    const mt_block *p = NULL;
    for (size_t i = 0; r && i < r->nblocks; i++)
        if (r->blocks[i].text_len > 6 && memcmp(r->blocks[i].text, "It won", 6) == 0)
            p = &r->blocks[i];
    CHECK(p != NULL);
    if (p) {
        char text[512];
        size_t n = p->text_len < sizeof text - 1 ? p->text_len : sizeof text - 1;
        memcpy(text, p->text, n);
        text[n] = '\0';
        CHECK(strstr(text, "It won\xe2\x80\x99t change") != NULL);
        CHECK(strstr(text, "and \xe2\x80\x9cnothing\xe2\x80\x9d will change \xe2\x80\x93 not") != NULL);
        CHECK(strstr(text, "for the \xc2\x8a" "form") != NULL);
        CHECK_INT((int)p->nspans, 1);
        if (p->nspans == 1) {
            const char *fee = "\xe2\x80\x9e" "fee\xe2\x80\x9c";
            CHECK_INT((int)(p->spans[0].end - p->spans[0].start), (int)strlen(fee));
            CHECK(memcmp(p->text + p->spans[0].start, fee, strlen(fee)) == 0);
        }
    }
    mt_extractor_free(ex);
    CHECK_INT(extract_focus(html, MT_FOCUS_BALANCED, out, sizeof out), MT_OK);
    CHECK(strstr(out, "not even the \xe2\x80\x9e" "fee\xe2\x80\x9c for") != NULL);
}

/* The metadata read from the same page says its quotes as the text does:
 * a title, an author, a description and a keyword with U+0092 and U+0093
 * come out with the punctuation; U+008A (a letter, but which one depends
 * on the code page) stays. */
static void test_c1_controls_in_metadata(void)
{
    const char *html =
        "<!DOCTYPE html><html><head><title>It won\xc2\x92t rain \xc2\x96 or will it?</title>"
        "<meta name='author' content='Jo \xc2\x93JJ\xc2\x94 Smith'>"
        "<meta name='description' content='The \xc2\x84" "dry\xc2\x93 spell goes on, \xc2\x8a" "aid'>"
        "<meta name='keywords' content='weather, farmers\xc2\x92 market'>"
        "</head><body><article><h1>It won\xc2\x92t rain</h1>"
        "<p>The forecast for the weekend promises sunshine and mild temperatures across the "
        "region, with a light breeze from the west in the afternoons.</p>"
        "<p>Farmers are hoping for rain next week, since the fields have been dry for almost a "
        "month and the reservoirs are lower than they have been in a decade.</p>"
        "</article></body></html>";
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r = NULL;
    CHECK_INT(mt_extract(ex, html, strlen(html), NULL, &r), MT_OK);
    if (r) {
        CHECK_STR(r->meta.title, "It won\xe2\x80\x99t rain");
        CHECK_INT((int)r->meta.nauthors, 1);
        if (r->meta.nauthors == 1)
            CHECK_STR(r->meta.authors[0], "Jo \xe2\x80\x9cJJ\xe2\x80\x9d Smith");
        CHECK_STR(r->meta.description,
                  "The \xe2\x80\x9e" "dry\xe2\x80\x9c spell goes on, \xc2\x8a" "aid");
        int market = 0;
        for (size_t i = 0; i < r->meta.ntags; i++)
            market |= strcmp(r->meta.tags[i], "farmers\xe2\x80\x99 market") == 0;
        for (size_t i = 0; i < r->meta.ncategories; i++)
            market |= strcmp(r->meta.categories[i], "farmers\xe2\x80\x99 market") == 0;
        CHECK(market);
    }
    mt_extractor_free(ex);
}

/* ---------------------------------------------------------------- caps */

/* The most text a block holds, and the most cells a table's row holds
 * (blocks.c: MAX_BLOCK_TEXT, MAX_TABLE_CELLS). */
#define BLOCK_TEXT_CAP ((size_t)16 << 20)
#define ROW_CELLS_CAP ((size_t)1 << 20)

/* A word with a two-byte letter: a cut inside a character would show. */
#define CAP_WORD "caf\xc3\xa9 "

/* Extracts, with `ex`, a page of one paragraph of `n` words into *r;
 * *page is the page (freed by the caller), *words where the paragraph's
 * words begin in it. */
static mt_status one_paragraph(mt_extractor *ex, size_t n, char **page, const char **words,
                               const mt_result **r)
{
    static const char head[] = "<html><body><p>";
    size_t len = 0;
    *r = NULL;
    *page = harness_repeat(head, CAP_WORD, n, "</p></body></html>", &len);
    *words = *page ? *page + strlen(head) : NULL;
    return *page ? mt_extract(ex, *page, len, NULL, r) : MT_ERR_NOMEM;
}

/* A paragraph of 17 MiB (as a page past the parser's node limit makes of
 * all its later text) is cut at 16 MiB, at a whole character, and the cut
 * is reported: the page is read, not failed as if memory had run out. A
 * paragraph under the cap is whole, and nothing is reported. */
static void test_block_text_cut_at_cap(void)
{
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    CHECK(ex != NULL);
    if (!ex)
        return;
    char *page;
    const char *words;
    const mt_result *r;
    size_t n = ((size_t)17 << 20) / strlen(CAP_WORD);
    CHECK_INT(one_paragraph(ex, n, &page, &words, &r), MT_OK);
    CHECK(r && r->nblocks == 1);
    if (r && r->nblocks == 1) {
        const mt_block *p = &r->blocks[0];
        CHECK(p->text_len <= BLOCK_TEXT_CAP && p->text_len >= BLOCK_TEXT_CAP - 4);
        /* the page's own words up to the cut, no half letter at its end */
        CHECK(memcmp(p->text, words, p->text_len) == 0);
        CHECK((unsigned char)p->text[p->text_len - 1] != 0xC3);
        CHECK(r->limits & MT_LIMIT_BLOCK_TEXT);
    }
    free(page);

    n = ((size_t)1 << 20) / strlen(CAP_WORD);
    CHECK_INT(one_paragraph(ex, n, &page, &words, &r), MT_OK);
    CHECK(r && r->nblocks == 1 && r->blocks[0].text_len == n * strlen(CAP_WORD) - 1);
    CHECK(r && r->limits == 0);
    free(page);
    mt_extractor_free(ex);
}

/* A data table's row of more than 2^20 cells keeps the first 2^20, and
 * the cut is reported: the page is read, not failed. */
static void test_table_cells_cut_at_cap(void)
{
    size_t len = 0;
    char *page = harness_repeat("<html><body><p>The measurements, one a cell.</p>"
                                "<table><tr><td>a<td>b</tr><tr><td>c",
                                "<td>", ROW_CELLS_CAP + 5, "</tr></table></body></html>", &len);
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r = NULL;
    CHECK_INT(page && ex ? mt_extract(ex, page, len, NULL, &r) : MT_ERR_NOMEM, MT_OK);
    const mt_block *table = NULL;
    for (size_t i = 0; r && i < r->nblocks; i++)
        if (r->blocks[i].type == MT_BLOCK_TABLE)
            table = &r->blocks[i];
    CHECK(table && table->nrows == 2);
    if (table && table->nrows == 2)
        CHECK_INT(table->rows[1].ncells, ROW_CELLS_CAP);
    CHECK(r && (r->limits & MT_LIMIT_TABLE_CELLS));
    mt_extractor_free(ex);
    free(page);
}

int main(void)
{
    RUN(test_inline_image_keeps_sentence);
    RUN(test_standalone_image_in_place);
    RUN(test_images_change_no_text);
    RUN(test_table_images_follow_it);
    RUN(test_link_around_code);
    RUN(test_list_numbers);
    RUN(test_list_identity);
    RUN(test_list_numbering_styles);
    RUN(test_blocks_inside_list_item);
    RUN(test_quotes_in_and_after_items);
    RUN(test_list_and_code_inside_a_quote);
    RUN(test_quotes_around_and_inside_lists);
    RUN(test_custom_element_paragraphs);
    RUN(test_item_without_its_text_first);
    RUN(test_code_opening_a_nested_item);
    RUN(test_blocks_inside_cell_are_lines);
    RUN(test_list_inside_cell_keeps_markers);
    RUN(test_text_after_cell_list_is_not_an_item);
    RUN(test_table_foot_comes_last);
    RUN(test_table_inside_data_table);
    RUN(test_table_caption_markup);
    RUN(test_hidden_separator_parts_words);
    RUN(test_element_edge_parts_glued_words);
    RUN(test_code_keeps_its_text);
    RUN(test_line_number_gutter_left_out);
    RUN(test_numbers_that_are_output_stay);
    RUN(test_listing_table_is_code);
    RUN(test_listing_inside_pre);
    RUN(test_code_language_is_a_name);
    RUN(test_boxes_inside_pre_are_lines);
    RUN(test_line_boxes_are_code);
    RUN(test_table_inside_pre_keeps_text);
    RUN(test_numbered_steps_stay_a_table);
    RUN(test_binary_data_makes_no_block);
    RUN(test_control_characters_in_text);
    RUN(test_c1_controls_as_punctuation);
    RUN(test_c1_controls_in_metadata);
    RUN(test_block_text_cut_at_cap);
    RUN(test_table_cells_cut_at_cap);
    RUN(test_links_resolve_against_base);
    RUN(test_limits_in_words);
    RUN(test_base_after_a_second_parse);
    return harness_finish();
}
