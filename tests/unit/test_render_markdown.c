/* test_render_markdown.c -- the Markdown renderer on hand-built results:
 * every construct, escaping that keeps text literal, and the corners of
 * CommonMark (emphasis flanking, code-span fences, link destinations). */
#include "harness.h"
#include "render/sample.h"

static char *md(const mt_block *blocks, size_t n)
{
    mt_result r = result_of(blocks, n);
    return render(&r, MT_FORMAT_MARKDOWN, 0);
}

static void test_article(void)
{
    sample_article a;
    sample_article_init(&a);
    char *out = render(&a.r, MT_FORMAT_MARKDOWN, 0);
    CHECK_STR(out,
              "# Rivers & \"Deltas\"\n"
              "\n"
              "Sediment \\<moves> *slowly* & **steadily**; see the "
              "[survey](https://en.wikipedia.org/wiki/Delta_\\(river\\)).\n"
              "\n"
              "- Mud\n"
              "  1. Silt\n"
              "  2. Clay\n"
              "- Sand\n"
              "\n"
              "> Water `always` wins.\n"
              "\n"
              "```sh\n"
              "echo `date`\n"
              "  ls -l\n"
              "```\n"
              "\n"
              "| Site | Depth \\| m |  |\n"
              "| --- | --- | --- |\n"
              "| North | 3.5 | 4.0 |\n"
              "|  | 2.9 | 3.1<br>revised |\n"
              "\n"
              "![Delta map](https://example.org/img/delta.png)\n"
              "\n"
              "Figure 1: the delta in May\n"
              "\n"
              "---\n"
              "\n"
              "Last line.\n"
              "\n"
              "---\n"
              "\n"
              "Great read <3\n");
    free(out);
}

static void test_line_starts_that_would_be_markup(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "# not a heading\n- not a list\n1. not ordered\n> no quote\n"
                                   "+ plus\n=== setext\n  2024 was long"),
        blk(MT_BLOCK_PARAGRAPH, 0, "-5 degrees, 3.14 and #hash"),
        item(1, 0, 0, "- dash item"),
    };
    char *out = md(blocks, 3);
    CHECK_STR(out, "\\# not a heading  \n\\- not a list  \n1\\. not ordered  \n\\> no quote  \n"
                   "\\+ plus  \n\\=== setext  \n2024 was long\n\n"
                   "-5 degrees, 3.14 and #hash\n\n"
                   "- \\- dash item\n");
    free(out);
}

static void test_inline_characters_are_escaped(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "*stars* _under_ snake_case [brackets] <tag> &amp; & ~tilde~ "
                                   "back\\slash `tick` 2*3 a<3 x|y"),
        blk(MT_BLOCK_HEADING, 3, "Learn C# in two\nlines #"),
    };
    char *out = md(blocks, 2);
    CHECK_STR(out, "\\*stars\\* \\_under\\_ snake_case \\[brackets] \\<tag> \\&amp; & \\~tilde\\~ "
                   "back\\\\slash \\`tick\\` 2\\*3 a<3 x|y\n\n"
                   "### Learn C# in two lines \\#\n");
    free(out);
}

static void test_emphasis_flanking_and_code_spans(void)
{
    /* x"quote" bold ``x` y end */
    mt_span spans[] = { span(MT_SPAN_EMPHASIS, 1, 8), span(MT_SPAN_STRONG, 8, 12),
                        span(MT_SPAN_CODE, 14, 19) };
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "x\"quote\" bold ``x` y end"),
                                     spans, 3) };
    char *out = md(blocks, 1);
    /* Emphasis opening after a letter on a quote mark would not be
     * recognised: it falls back to HTML. White space leaves the strong
     * span; the code span's fence is longer than the backticks inside. */
    CHECK_STR(out, "x<em>\"quote\"</em> **bol**d ``` ``x`  ```y end\n");
    free(out);
}

static void test_links_images_and_other_spans(void)
{
    mt_span spans[] = { link_span(0, 4, "javascript:alert(1)"),
                        link_span(5, 9, "https://x.org/a b/(c)|d"),
                        span(MT_SPAN_EMPHASIS, 5, 9), span(MT_SPAN_SUPERSCRIPT, 10, 11),
                        span(MT_SPAN_STRIKE, 12, 15), span(MT_SPAN_SUBSCRIPT, 18, 19) };
    mt_block blocks[] = {
        with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "evil good 2 old H2O"), spans, 6),
        blk(MT_BLOCK_IMAGE, 0, "a [map]\nof"),
        blk(MT_BLOCK_IMAGE, 0, "never shown"),
    };
    blocks[1].src = "img/a (1).png";
    blocks[2].src = "javascript:x";
    char *out = md(blocks, 3);
    CHECK_STR(out, "evil [*good*](https://x.org/a%20b/\\(c\\)%7Cd) <sup>2</sup> ~~old~~ "
                   "H2<sub>O</sub>\n\n"
                   "![a \\[map\\] of](img/a%20\\(1\\).png)\n");
    free(out);
}

static void test_nested_lists_and_quotes(void)
{
    mt_block blocks[] = {
        item(1, 1, 3, "Three\nwrapped"), item(3, 0, 0, "deep"), item(2, 1, 10, "ten"),
        item(3, 0, 0, "under ten"), item(1, 1, 4, "Four"),
        blk(MT_BLOCK_QUOTE, 1, "q1"), blk(MT_BLOCK_QUOTE, 2, "q2\nmore"),
        blk(MT_BLOCK_QUOTE, 1, "q1 again"), blk(MT_BLOCK_PARAGRAPH, 0, "after"),
    };
    char *out = md(blocks, 9);
    /* A level that jumps by two is one deeper than its parent; children are
     * indented to their parent's text. */
    CHECK_STR(out, "3. Three  \n   wrapped\n   - deep\n\n   10. ten\n       - under ten\n4. Four\n\n"
                   "> q1\n>\n> > q2  \n> > more\n>\n> q1 again\n\n"
                   "after\n");
    free(out);
}

static void test_tables_without_header_and_code_fences(void)
{
    mt_cell cells[] = { cell("a|b", 0, 1, 1), cell("", 0, 1, 1),
                        cell("c http://x.org/?a|b", 0, 3, 1) };
    mt_row rows[] = { { cells, 2 }, { cells + 2, 1 } };
    mt_block blocks[] = { blk(MT_BLOCK_TABLE, 0, "a|b\t\nc"), blk(MT_BLOCK_CODE, 0, "a ``` b\n````"),
                          blk(MT_BLOCK_CAPTION, 0, "cap") };
    blocks[0].rows = rows;
    blocks[0].nrows = 2;
    blocks[1].language = "c++ linenos";
    char *out = md(blocks, 3);
    /* the second row's colspan of 3 reaches past the two columns cells
     * start in: it spans those two, and the table has two columns */
    CHECK_STR(out, "|  |  |\n| --- | --- |\n| a\\|b |  |\n| c http://x.org/?a\\|b |\n\n"
                   "`````c++\na ``` b\n````\n`````\n\n"
                   "cap\n");
    free(out);
}

/* A row ends at its last cell in Markdown and plain text (a reader fills
 * a short GitHub row in), but the header row has every column. A row of
 * no cells (here under two that span it) is one empty cell in Markdown (a
 * bare "|" would end the table) and no line in plain text (an empty line
 * would end the block). */
static void test_short_rows_end_at_their_last_cell(void)
{
    mt_cell cells[] = { cell("A", 1, 1, 1), cell("x", 0, 1, 2), cell("y", 0, 1, 2),
                        cell("w", 0, 1, 1), cell("", 0, 2, 1) };
    mt_row rows[] = { { cells, 1 }, { cells + 1, 2 }, { NULL, 0 }, { cells + 3, 1 },
                      { cells + 4, 1 } };
    mt_block blocks[] = { blk(MT_BLOCK_TABLE, 0, "A\nx\ty\n\nw") };
    blocks[0].rows = rows;
    blocks[0].nrows = 5;
    char *out = md(blocks, 1);
    CHECK_STR(out, "| A |  |\n| --- | --- |\n| x | y |\n|  |\n| w |\n|  |\n");
    free(out);
    /* the spacer rows (no cell; one empty cell) have no line */
    mt_result r = result_of(blocks, 1);
    out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "A\nx\ty\nw\n");
    free(out);
}

static void test_table_cell_spans(void)
{
    mt_span code[] = { span(MT_SPAN_CODE, 0, 3) };
    mt_span link[] = { link_span(0, 4, "https://x.org/?q=a|b") };
    mt_cell cells[] = { cell("a|b", 1, 1, 1), cell("docs", 1, 1, 1) };
    cells[0].spans = code;
    cells[0].nspans = 1;
    cells[1].spans = link;
    cells[1].nspans = 1;
    mt_row rows[] = { { cells, 2 } };
    mt_block blocks[] = { blk(MT_BLOCK_TABLE, 0, "") };
    blocks[0].rows = rows;
    blocks[0].nrows = 1;
    char *out = md(blocks, 1);
    CHECK_STR(out, "| `a\\|b` | [docs](https://x.org/?q=a%7Cb) |\n| --- | --- |\n");
    free(out);
}

static void test_rtl_emoji_and_empty(void)
{
    mt_block blocks[] = { blk(MT_BLOCK_PARAGRAPH, 0, "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "
                                                     "\xf0\x9f\x91\x8b *") };
    char *out = md(blocks, 1);
    CHECK_STR(out, "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xf0\x9f\x91\x8b \\*\n");
    free(out);
    out = md(NULL, 0);
    CHECK_STR(out, "");
    free(out);
}

static void test_spans_never_split_characters(void)
{
    /* "é" is two bytes; a span boundary inside it moves to its end. */
    mt_span spans[] = { span(MT_SPAN_STRONG, 1, 4) };
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "\xc3\xa9t\xc3\xa9 ok"), spans, 1) };
    char *out = md(blocks, 1);
    CHECK_STR(out, "\xc3\xa9**t\xc3\xa9** ok\n");
    free(out);
}

static void test_nested_emphasis_of_one_kind_is_marked_once(void)
{
    enum { N = 100 };
    static mt_span spans[N];
    static char text[N + 1];
    for (int i = 0; i < N; i++) {
        spans[i] = span(MT_SPAN_EMPHASIS, (uint32_t)i, N);
        text[i] = 'a';
    }
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, text), spans, N) };
    char *out = md(blocks, 1);
    /* Emphasis inside emphasis would pair the wrong asterisks. */
    size_t stars = 0;
    for (const char *p = out; *p; p++)
        stars += *p == '*';
    CHECK_INT(stars, 2);
    free(out);
    /* "post<em>apocalyptic</em> tale" inside one emphasis; strong inside
     * emphasis is kept. */
    mt_span inner[] = { span(MT_SPAN_EMPHASIS, 0, 21), span(MT_SPAN_EMPHASIS, 4, 15),
                        span(MT_SPAN_STRONG, 16, 20) };
    mt_block b2[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "postapocalyptic tale,"), inner, 3) };
    out = md(b2, 1);
    CHECK_STR(out, "*postapocalyptic **tale**,*\n");
    free(out);
}

static void test_adjacent_and_unicode_flanking(void)
{
    /* Two strong spans side by side would make one run of four asterisks;
     * "That’" ends in Unicode punctuation before a letter; the NBSP leaves
     * the emphasis. */
    mt_span spans[] = { span(MT_SPAN_STRONG, 0, 6), span(MT_SPAN_STRONG, 6, 7),
                        span(MT_SPAN_EMPHASIS, 8, 15), span(MT_SPAN_EMPHASIS, 19, 25) };
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0,
                                         "(Mails) That\xe2\x80\x99s so\xc2\xa0nice"), spans, 4) };
    char *out = md(blocks, 1);
    CHECK_STR(out, "**(Mails**__)__ <em>That\xe2\x80\x99</em>s so\xc2\xa0*nice*\n");
    free(out);
    /* two code spans side by side would make one span of "Ctrl``C": the
     * second is written as HTML, its text escaped as Markdown text */
    mt_span code[] = { span(MT_SPAN_CODE, 0, 4), span(MT_SPAN_CODE, 4, 5),
                       span(MT_SPAN_CODE, 10, 13), span(MT_SPAN_CODE, 13, 16) };
    mt_block keys[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "CtrlC and a*bx`y"), code, 4) };
    out = md(keys, 1);
    CHECK_STR(out, "`Ctrl`<code>C</code> and `a*b`<code>x\\`y</code>\n");
    free(out);
}

static void test_urls_entities_and_list_starts(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "See https://x.org/~a/b_c?d=1&e=2 and www.y.org/p_q\n"
                                   "then &copy; & AT&T; *x* ~y~ https://x.org/?q=a*b 2*3"),
        item(1, 1, 1, "First"),
        item(2, 1, 2, "Second, nested, starting at 2"),
        item(2, 1, 3, "Third"),
        item(1, 0, 0, "Bullet"),
        item(1, 1, 7, "Seven starts a new list"),
    };
    char *out = md(blocks, 6);
    /* URLs are left as GitHub links them; "&copy;" would be decoded, "& "
     * and "AT&T;" (no entity) would not; a list not starting at 1 gets a
     * blank line before it so it is not read as the item's text. */
    CHECK_STR(out, "See https://x.org/~a/b_c?d=1&e=2 and www.y.org/p_q  \n"
                   "then \\&copy; & AT\\&T; \\*x\\* \\~y\\~ https://x.org/?q=a*b 2\\*3\n\n"
                   "1. First\n\n   2. Second, nested, starting at 2\n   3. Third\n- Bullet\n\n"
                   "7. Seven starts a new list\n");
    free(out);
}

/* A bare URL that runs into a tag-like '<' (HTML quoted as text) must not
 * become a link: GitHub's link would take the escaping backslash and leave
 * the '<' to open a tag, and the text after it would vanish. */
static void test_url_running_into_a_tag(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "and <a href=\"http://x.org/a.html\">observed</a>: yes"),
        blk(MT_BLOCK_PARAGRAPH, 0, "www.y.org<i> and https://z.org/ok <b>"),
    };
    char *out = md(blocks, 2);
    CHECK_STR(out, "and \\<a href=\"http\\://x.org/a.html\">observed\\</a>: yes\n\n"
                   "www\\.y.org\\<i> and https://z.org/ok \\<b>\n");
    free(out);
}

/* Markdown numbers a list's items itself: an ordered item whose number does
 * not follow the one before (two <ol> side by side, a list counting down)
 * would join the open list, so that list is ended first. */
static void test_adjacent_ordered_lists_stay_apart(void)
{
    mt_block blocks[] = {
        item(1, 1, 1, "Preheat"), item(1, 1, 2, "Mix"), item(1, 1, 1, "Bake"),
        item(1, 1, 2, "Cool"), item(1, 1, 5, "Five"), item(1, 1, 6, "Six"),
        item(1, 1, 3, "Three down"), item(1, 1, 2, "Two down"),
        item(1, 0, 0, "Bullet"), item(2, 1, 1, "a"), item(2, 1, 1, "b"),
        blk(MT_BLOCK_CODE, 0, "code"), item(2, 1, 2, "c"), item(2, 1, 1, "d"),
    };
    blocks[11].item_level = 2;
    char *out = md(blocks, 14);
    CHECK_STR(out, "1. Preheat\n2. Mix\n\n<!-- -->\n\n1. Bake\n2. Cool\n\n<!-- -->\n\n"
                   "5. Five\n6. Six\n\n<!-- -->\n\n3. Three down\n\n<!-- -->\n\n2. Two down\n"
                   "- Bullet\n  1. a\n\n  <!-- -->\n\n  1. b\n\n     ```\n     code\n     ```\n\n"
                   "  2. c\n\n  <!-- -->\n\n  1. d\n");
    free(out);
}

/* Lines joined by <br> whose second line looks like a delimiter row would
 * make a GitHub table: the block's pipes are escaped. A pipe in prose, or a
 * delimiter-like first line (no header above it), stays as it is. */
static void test_pipes_that_would_make_a_table(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "Name | Score\n|---|---|\nAlice | 10"),
        blk(MT_BLOCK_PARAGRAPH, 0, "Name\n :--- | ---: "),
        blk(MT_BLOCK_PARAGRAPH, 0, "Jan | Feb\n-- and more"),
        blk(MT_BLOCK_PARAGRAPH, 0, "|---|\nno header"),
        item(1, 0, 0, "a | b\n--|--"),
    };
    char *out = md(blocks, 5);
    CHECK_STR(out, "Name \\| Score  \n\\|---\\|---\\|  \nAlice \\| 10\n\n"
                   "Name  \n:--- \\| ---:\n\n"
                   "Jan | Feb  \n\\-- and more\n\n"
                   "|---|  \nno header\n\n"
                   "- a \\| b  \n  \\--\\|--\n");
    free(out);
}

/* A parser decodes character references in a link destination too: the
 * '&' that begins one is written "&amp;" (cmark would not keep "\\&"); a
 * bare '&' is left as it is. */
static void test_references_in_link_targets(void)
{
    mt_span spans[] = { link_span(0, 5, "http://x.org/s?a=kafka&amp;n=1&b&#38;&#x26;&x;y") };
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "Kafka"), spans, 1),
                          blk(MT_BLOCK_IMAGE, 0, "map") };
    blocks[1].src = "http://x.org/i?w=1&copy;";
    char *out = md(blocks, 2);
    CHECK_STR(out, "[Kafka](http://x.org/s?a=kafka&amp;amp;n=1&b&amp;#38;&amp;#x26;&amp;x;y)\n\n"
                   "![map](http://x.org/i?w=1&amp;copy;)\n");
    free(out);
}

/* "<local@" would be read as an email autolink, whatever the local part
 * starts with; "<3" and "a < b" are left as they are. */
static void test_angle_brackets_around_an_address(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "Message-id: <20011206013228.3C46C331FFD@lyta.coker.com.au> "
                                   "<+x@y.org> <3 a < b <1.2> <=@"),
    };
    char *out = md(blocks, 1);
    CHECK_STR(out, "Message-id: \\<20011206013228.3C46C331FFD@lyta.coker.com.au> "
                   "\\<+x@y.org> <3 a < b <1.2> \\<=@\n");
    free(out);
    /* the '*' of an emphasis may be the first character of a local part */
    mt_span em[] = { span(MT_SPAN_EMPHASIS, 1, 2) };
    mt_block b2[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "<x@y.org>"), em, 1) };
    out = md(b2, 1);
    CHECK_STR(out, "\\<*x*@y.org>\n");
    free(out);
}

/* Emphasis right inside strong (or strong inside emphasis) cannot use '*'
 * beside the other's '*': it takes '_' where the flanking rules let it,
 * and HTML inside a word, where '_' cannot open. */
static void test_emphasis_beside_strong_takes_underscores(void)
{
    mt_span spans[] = { span(MT_SPAN_STRONG, 0, 4), span(MT_SPAN_EMPHASIS, 0, 4),
                        span(MT_SPAN_EMPHASIS, 5, 9), span(MT_SPAN_STRONG, 5, 8),
                        span(MT_SPAN_STRONG, 11, 13), span(MT_SPAN_EMPHASIS, 11, 12),
                        span(MT_SPAN_EMPHASIS, 14, 18), span(MT_SPAN_STRONG, 14, 18) };
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "very bold, ab (no)"), spans, 8) };
    char *out = md(blocks, 1);
    CHECK_STR(out, "**_very_** *<strong>bol</strong>d*, **<em>a</em>b** *__(no)__*\n");
    free(out);
}

/* With the lists known (mt_block.list), a list counting down or skipping
 * stays one list with the page's numbers, and two lists side by side stay
 * two, bulleted ones and ones whose numbers run on too. */
static void test_known_lists(void)
{
    mt_block blocks[] = {
        item(1, 1, 3, "Three"), item(1, 1, 2, "Two"), item(1, 1, 9, "Nine"),
        item(1, 1, 4, "Four"), item(1, 0, 0, "Dot"), item(1, 0, 0, "Other"),
        item(2, 0, 0, "Inner"), item(1, 0, 0, "Other again"),
    };
    static const uint32_t lists[] = { 1, 1, 1, 2, 3, 4, 5, 4 };
    for (size_t i = 0; i < 8; i++)
        blocks[i].list = lists[i];
    char *out = md(blocks, 8);
    CHECK_STR(out, "3. Three\n2. Two\n9. Nine\n\n<!-- -->\n\n4. Four\n- Dot\n\n<!-- -->\n\n"
                   "- Other\n  - Inner\n- Other again\n");
    free(out);
}

/* A '!' right before a link would make it an image; a heading that is
 * all '#', or ends in '#' after a line break, would be read as its own
 * closing sequence. A carriage return alone ends a line as LF does. */
static void test_bang_before_link_and_heading_of_hashes(void)
{
    mt_span spans[] = { link_span(7, 15, "http://example.com/x") };
    mt_block blocks[] = {
        with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "Hooray!the link ends here"), spans, 1),
        blk(MT_BLOCK_HEADING, 2, "#"),
        blk(MT_BLOCK_HEADING, 2, "##"),
        blk(MT_BLOCK_HEADING, 2, "C# and F#"),
        blk(MT_BLOCK_HEADING, 2, "Flood\n##"),
        blk(MT_BLOCK_PARAGRAPH, 0, "one\r\ntwo\rthree"),
    };
    char *out = md(blocks, 6);
    CHECK_STR(out, "Hooray\\![the link](http://example.com/x) ends here\n\n"
                   "## \\#\n\n## \\##\n\n## C# and F#\n\n## Flood \\##\n\n"
                   "one  \ntwo  \nthree\n");
    free(out);
}

/* A bare URL GitHub would link keeps its characters as they are; one it
 * would not (no domain after the prefix), or one whose link would show a
 * backslash the text needs (before a '`'), is text, escaped as text; a
 * link glued to one is set apart from it. */
static void test_bare_urls_that_github_would_not_link(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "Host http://*a*.example and https://x.org/a*b* too"),
        blk(MT_BLOCK_PARAGRAPH, 0, "See http://example.com/`cmd` for it"),
    };
    mt_span spans[] = { link_span(19, 23, "http://f.org/") };
    mt_block glued = with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "see http://e.org/a!link words"), spans, 1);
    char *out = md(blocks, 2);
    CHECK_STR(out, "Host http://\\*a\\*.example and https://x.org/a*b* too\n\n"
                   "See http\\://example.com/\\`cmd\\` for it\n");
    free(out);
    /* a link right after a bare URL: GitHub's link of the URL would take it in */
    out = md(&glued, 1);
    CHECK_STR(out, "see http://e.org/a!<!-- -->[link](http://f.org/) words\n");
    free(out);
}

int main(void)
{
    RUN(test_article);
    RUN(test_line_starts_that_would_be_markup);
    RUN(test_inline_characters_are_escaped);
    RUN(test_emphasis_flanking_and_code_spans);
    RUN(test_links_images_and_other_spans);
    RUN(test_nested_lists_and_quotes);
    RUN(test_tables_without_header_and_code_fences);
    RUN(test_short_rows_end_at_their_last_cell);
    RUN(test_table_cell_spans);
    RUN(test_rtl_emoji_and_empty);
    RUN(test_spans_never_split_characters);
    RUN(test_nested_emphasis_of_one_kind_is_marked_once);
    RUN(test_adjacent_and_unicode_flanking);
    RUN(test_urls_entities_and_list_starts);
    RUN(test_url_running_into_a_tag);
    RUN(test_adjacent_ordered_lists_stay_apart);
    RUN(test_known_lists);
    RUN(test_pipes_that_would_make_a_table);
    RUN(test_references_in_link_targets);
    RUN(test_angle_brackets_around_an_address);
    RUN(test_emphasis_beside_strong_takes_underscores);
    RUN(test_bang_before_link_and_heading_of_hashes);
    RUN(test_bare_urls_that_github_would_not_link);
    return harness_finish();
}
