/* test_render_xml.c -- the XML renderer on hand-built results; every output
 * is also checked for well-formedness by tests/render/xmlcheck.h. */
#include "harness.h"
#include "render/sample.h"
#include "render/xmlcheck.h"

static void check_well_formed(const char *out)
{
    size_t pos = 0;
    const char *err = xml_check(out, strlen(out), &pos);
    CHECK(err == NULL);
    if (err)
        fprintf(stderr, "  not well-formed at byte %zu: %s\n", pos, err);
}

static void test_article(void)
{
    sample_article a;
    sample_article_init(&a);
    char *out = render(&a.r, MT_FORMAT_XML, MT_RENDER_EXPLAIN);
    CHECK(cut_fingerprint(out, " fingerprint=\"%s\"", &a.r));
    CHECK_STR(out,
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<doc title=\"Rivers &amp; &quot;Deltas&quot;\" author=\"Ana Lima; Bo Chen\" "
              "date=\"2024-03-05\" sitename=\"Field Notes\" language=\"en\" "
              "url=\"https://example.org/rivers?a=1&amp;b=2\" categories=\"Science\" "
              "pagetype=\"article\" encoding=\"UTF-8\">\n"
              "<sources>\n"
              "<source field=\"title\">json-ld</source>\n"
              "<source field=\"author\">meta:author</source>\n"
              "<source field=\"date\">json-ld</source>\n"
              "<source field=\"text\">page</source>\n"
              "<source field=\"encoding\">meta</source>\n"
              "</sources>\n"
              "<main>\n"
              "<head rend=\"h1\">Rivers &amp; &quot;Deltas&quot;</head>\n"
              "<p>Sediment &lt;moves&gt;<hi rend=\"#i\"> slowly </hi>&amp; "
              "<hi rend=\"#b\">steadily</hi>; see the "
              "<ref target=\"https://en.wikipedia.org/wiki/Delta_(river)\">survey</ref>.</p>\n"
              "<list rend=\"ul\">\n"
              "<item>Mud\n"
              "<list rend=\"ol\">\n"
              "<item n=\"1\">Silt</item>\n"
              "<item n=\"2\">Clay</item>\n"
              "</list>\n"
              "</item>\n"
              "<item>Sand</item>\n"
              "</list>\n"
              "<quote>\n"
              "<p>Water <hi rend=\"#t\">always</hi> wins.</p>\n"
              "</quote>\n"
              "<code lang=\"sh\">echo `date`\n"
              "  ls -l</code>\n"
              "<table>\n"
              "<row><cell role=\"head\">Site</cell><cell role=\"head\" cols=\"2\">Depth | m</cell></row>\n"
              "<row><cell rows=\"2\">North</cell><cell>3.5</cell><cell>4.0</cell></row>\n"
              "<row><cell>2.9</cell><cell>3.1<lb/>revised</cell></row>\n"
              "</table>\n"
              "<graphic src=\"https://example.org/img/delta.png\" alt=\"Delta map\"/>\n"
              "<caption>Figure 1: the delta in May</caption>\n"
              "<hr/>\n"
              "<p>Last line.</p>\n"
              "</main>\n"
              "<comments>\n"
              "<p>Great read &lt;3</p>\n"
              "</comments>\n"
              "</doc>\n");
    check_well_formed(out);
    free(out);
    /* Without the flag there are no sources. */
    out = render(&a.r, MT_FORMAT_XML, 0);
    CHECK(strstr(out, "<sources>") == NULL);
    check_well_formed(out);
    free(out);
}

static void test_awkward_structure_and_forbidden_characters(void)
{
    awkward w;
    awkward_init(&w);
    char *out = render(&w.r, MT_FORMAT_XML, 0);
    CHECK(cut_fingerprint(out, " fingerprint=\"%s\"", &w.r));
    CHECK_STR(out,
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<doc title=\"T &lt;&amp;&gt;\" language=\"he-IL\" encoding=\"UTF-8\">\n"
              "<main>\n"
              "<p>evil <ref target=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">good</ref> "
              "<hi rend=\"#t\">&lt;a&gt;</hi><lb/>next &amp; &quot;q&quot; 'x' "
              "\xef\xbf\xbd\xef\xbf\xbd ok</p>\n"
              "<list rend=\"ul\">\n<item>starts deep</item>\n</list>\n"
              "<list rend=\"ol\">\n<item n=\"5\">five</item>\n</list>\n"
              "<list rend=\"ul\">\n<item>bullet</item>\n</list>\n"
              "<quote>\n<quote>\n<p>deep quote</p>\n</quote>\n<p>shallow</p>\n</quote>\n"
              "<caption>Table 1</caption>\n"
              "<table>\n"
              "<row><cell role=\"head\">k</cell><cell role=\"head\">v</cell></row>\n"
              "<row><cell>a</cell><cell role=\"head\">b</cell></row>\n"
              "</table>\n"
              "<caption>lone</caption>\n"
              "<head rend=\"h6\">h9</head>\n"
              "</main>\n"
              "</doc>\n");
    check_well_formed(out);
    free(out);
}

static void test_attribute_values_keep_line_breaks(void)
{
    mt_result r = result_of(NULL, 0);
    r.meta.title = "Two\nlines\tand\r\"quotes\" \x02 \xed\xa0\x80";
    r.meta.description = "";
    char *out = render(&r, MT_FORMAT_XML, 0);
    CHECK_STR(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<doc title=\"Two&#10;lines&#9;and&#10;&quot;quotes&quot; \xef\xbf\xbd "
                   "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\" encoding=\"UTF-8\">\n"
                   "<main>\n</main>\n</doc>\n");
    check_well_formed(out);
    free(out);
}

/* A carriage return alone ends a line, as it does before a line feed: an
 * XML or HTML reader would drop it, and join the words around it. In TEI,
 * a licence without a site has a publisher before it, empty: TEI takes no
 * details of publication beside paragraphs. */
static void test_carriage_returns_and_licence_without_site(void)
{
    mt_block blocks[] = { blk(MT_BLOCK_CODE, 0, "one\rtwo\r\nthree") };
    mt_result r = result_of(blocks, 1);
    for (int f = 0; f < 3; f++) {
        mt_format fmt = f == 0 ? MT_FORMAT_XML : f == 1 ? MT_FORMAT_TEI : MT_FORMAT_HTML;
        char *out = render(&r, fmt, 0);
        CHECK(strstr(out, ">one\ntwo\nthree</code>") != NULL);
        if (fmt != MT_FORMAT_HTML)
            check_well_formed(out);
        free(out);
    }
    /* in running text, a line break for each line end, CR LF one */
    mt_block para[] = { blk(MT_BLOCK_PARAGRAPH, 0, "one\r\ntwo\rthree") };
    mt_result pr = result_of(para, 1);
    char *out = render(&pr, MT_FORMAT_XML, 0);
    CHECK(strstr(out, "<p>one<lb/>two<lb/>three</p>") != NULL);
    free(out);
    r.meta.license = "https://creativecommons.org/licenses/by/4.0/";
    out = render(&r, MT_FORMAT_TEI, 0);
    CHECK(strstr(out, "<publicationStmt>\n<publisher/>\n<availability>\n<licence>") != NULL);
    free(out);
}

static void test_metadata_lists_are_joined(void)
{
    const char *tags[] = { "rivers", NULL, "", "a;b & c" };
    const char *authors[] = { "" };
    mt_result r = result_of(NULL, 0);
    r.meta.tags = tags;
    r.meta.ntags = 4;
    r.meta.authors = authors;
    r.meta.nauthors = 1;
    r.encoding = NULL;
    char *out = render(&r, MT_FORMAT_XML, 0);
    CHECK_STR(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<doc tags=\"rivers; a;b &amp; c\">\n<main>\n</main>\n</doc>\n");
    check_well_formed(out);
    free(out);
}

/* TEI: the metadata in the header, the blocks as in XML with TEI's names
 * where they differ, well-formed whatever the text holds. */
static void test_tei(void)
{
    sample_article a;
    sample_article_init(&a);
    char *out = render(&a.r, MT_FORMAT_TEI, MT_RENDER_EXPLAIN);
    static const char opening[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n";
    CHECK(strncmp(out, opening, sizeof opening - 1) == 0);
    CHECK(strstr(out, "<titleStmt>\n<title>Rivers &amp; &quot;Deltas&quot;</title>\n"
                      "<author>Ana Lima</author>\n<author>Bo Chen</author>\n</titleStmt>\n"));
    CHECK(strstr(out, "<publicationStmt>\n<publisher>Field Notes</publisher>\n"));
    CHECK(strstr(out, "<date when=\"2024-03-05\">2024-03-05</date>\n"
                      "<ptr target=\"https://example.org/rivers?a=1&amp;b=2\"/>\n"));
    CHECK(strstr(out, "<language ident=\"en\"/>"));
    CHECK(strstr(out, "<term type=\"category\">Science</term>"));
    CHECK(strstr(out, "<text xml:lang=\"en\">\n<body>\n<div type=\"entry\">\n"));
    CHECK(strstr(out, "<sources>") == NULL);      /* --explain is XML's */
    CHECK(strstr(out, "</div>\n</body>\n</text>\n</TEI>\n") != NULL);
    check_well_formed(out);
    free(out);

    awkward w;
    awkward_init(&w);
    out = render(&w.r, MT_FORMAT_TEI, 0);
    CHECK(strstr(out, "<p rend=\"caption\">Table 1</p>\n"));
    CHECK(strstr(out, "<row><cell role=\"label\">k</cell>"));
    CHECK(strstr(out, "<caption>") == NULL);
    CHECK(strstr(out, "<publicationStmt>\n<p/>\n"));     /* no site: TEI still wants one */
    check_well_formed(out);
    free(out);

    /* a result without blocks still has a body that holds something */
    mt_result r = result_of(NULL, 0);
    out = render(&r, MT_FORMAT_TEI, 0);
    CHECK(strstr(out, "<titleStmt>\n<title/>\n</titleStmt>"));
    CHECK(strstr(out, "<div type=\"entry\">\n<p/>\n</div>\n"));
    check_well_formed(out);
    free(out);
}

/* TEI's divisions: a <head> begins one, so each heading in the text's
 * flow opens a <div> that runs to the next heading of its level or higher;
 * a heading in a list stays a list's. An image is a <figure> with its alt
 * text, a code block a <code> in an <ab>. */
static void test_tei_sections(void)
{
    mt_block b[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "Lead."),
        blk(MT_BLOCK_HEADING, 2, "Two"),
        blk(MT_BLOCK_PARAGRAPH, 0, "Under two."),
        blk(MT_BLOCK_HEADING, 4, "Four"),
        blk(MT_BLOCK_CODE, 0, "x = 1"),
        blk(MT_BLOCK_HEADING, 3, "Three"),
        item(1, 0, 0, "Point"),
        blk(MT_BLOCK_HEADING, 2, "Two again"),
        blk(MT_BLOCK_IMAGE, 0, "A map"),
    };
    b[8].src = "https://example.org/map.png";
    mt_result r = result_of(b, sizeof b / sizeof b[0]);
    char *out = render(&r, MT_FORMAT_TEI, 0);
    CHECK(strstr(out, "<div type=\"entry\">\n"
                      "<p>Lead.</p>\n"
                      "<div>\n<head rend=\"h2\">Two</head>\n"
                      "<p>Under two.</p>\n"
                      "<div>\n<head rend=\"h4\">Four</head>\n"
                      "<ab><code>x = 1</code></ab>\n"
                      "</div>\n"
                      "<div>\n<head rend=\"h3\">Three</head>\n"
                      "<list rend=\"ul\">\n<item>Point</item>\n</list>\n"
                      "</div>\n</div>\n"
                      "<div>\n<head rend=\"h2\">Two again</head>\n"
                      "<figure><graphic url=\"https://example.org/map.png\"/>"
                      "<figDesc>A map</figDesc></figure>\n"
                      "</div>\n"
                      "</div>\n</body>"));
    check_well_formed(out);
    free(out);
    /* our XML keeps the flat blocks */
    out = render(&r, MT_FORMAT_XML, 0);
    CHECK(strstr(out, "<div") == NULL && strstr(out, "<figure") == NULL);
    CHECK(strstr(out, "<code>x = 1</code>\n"));
    free(out);
}

/* TEI has no <head> in a <quote> or an <item>: a heading in a quote or
 * in a list item opens no division and is a <p> marked as a heading. */
static void test_tei_heading_in_quote_or_item(void)
{
    mt_block b[] = {
        blk(MT_BLOCK_HEADING, 2, "Two"),
        blk(MT_BLOCK_HEADING, 3, "Quoted"),
        item(1, 0, 0, "Point"),
        blk(MT_BLOCK_HEADING, 4, "In the item"),
        blk(MT_BLOCK_PARAGRAPH, 0, "After."),
    };
    b[1].quote_level = 1;
    b[3].item_level = 1;
    mt_result r = result_of(b, sizeof b / sizeof b[0]);
    char *out = render(&r, MT_FORMAT_TEI, 0);
    CHECK(strstr(out, "<div>\n<head rend=\"h2\">Two</head>\n"
                      "<quote>\n<p rend=\"h3\">Quoted</p>\n</quote>\n"));
    CHECK(strstr(out, "<item>Point\n<p rend=\"h4\">In the item</p>\n"));
    CHECK(strstr(out, "<p>After.</p>\n</div>\n</div>\n</body>"));
    check_well_formed(out);
    free(out);
    /* our XML keeps its <head> there */
    out = render(&r, MT_FORMAT_XML, 0);
    CHECK(strstr(out, "<head rend=\"h3\">Quoted</head>"));
    free(out);
}

/* A list in a table cell is a <list> of the cell (TEI allows it there),
 * nested as its items' levels say, each ordered item labelled; a level the
 * page skipped is an <item> of no text; every list is closed in the cell. */
static void test_cell_lists(void)
{
    static const mt_cell_item items[] = {
        { 5, 1, 1, 1, 0, 0 }, { 11, 3, 0, 0, 0, 0 }, { 17, 1, 1, 4, 'i', 0 },
    };
    mt_cell c = list_cell("Buy:\nleeks\nstock\nsalt", items, 3);
    mt_row row;
    mt_block t = one_cell_table(&c, &row);
    mt_result r = result_of(&t, 1);
    for (int tei = 0; tei < 2; tei++) {
        char *out = render(&r, tei ? MT_FORMAT_TEI : MT_FORMAT_XML, 0);
        CHECK(strstr(out, "<cell>Buy:<list rend=\"ol\"><item n=\"1\">leeks<list rend=\"ul\">"
                          "<item><list rend=\"ul\"><item>stock</item></list></item></list>"
                          "</item><item n=\"iv\">salt</item></list></cell>") != NULL);
        check_well_formed(out);
        free(out);
    }
}

/* Text after a cell's list is the cell's own, outside the <list>; text
 * after a nested list is more of the <item> around it. */
static void test_text_after_cell_lists(void)
{
    /* "leeks" 0-4, "stock" 6-10, "fresh" 12-16, "Pay at the door." 18- */
    static const mt_cell_item items[] = { { 0, 1, 0, 0, 0, 17 }, { 6, 2, 1, 1, 0, 11 } };
    mt_cell c = list_cell("leeks\nstock\nfresh\nPay at the door.", items, 2);
    mt_row row;
    mt_block t = one_cell_table(&c, &row);
    mt_result r = result_of(&t, 1);
    for (int tei = 0; tei < 2; tei++) {
        char *out = render(&r, tei ? MT_FORMAT_TEI : MT_FORMAT_XML, 0);
        CHECK(strstr(out, "<cell><list rend=\"ul\"><item>leeks<list rend=\"ol\"><item n=\"1\">"
                          "stock</item></list>fresh</item></list>Pay at the door.</cell>") != NULL);
        check_well_formed(out);
        free(out);
    }
}

static void test_checker_rejects_broken_xml(void)
{
    /* The checker itself must be able to fail. */
    static const char *const bad[] = {
        "<a><b></a></b>", "<a x=\"1\" x=\"2\"/>", "<a>&nbsp;</a>", "<a>\x01</a>",
        "<a>x</a><b/>", "<a>", "<a>]]></a>", "<a>&#0;</a>", "text",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK(xml_check(bad[i], strlen(bad[i]), NULL) != NULL);
    static const char good[] = "<a b=\"&#10;\">&amp;<c/>x</a>\n";
    CHECK(xml_check(good, strlen(good), NULL) == NULL);
}

/* An item of a list numbered in letters or Roman numerals is labelled as
 * the page shows it; numbers those cannot write (below 1, Roman past 3999)
 * stay digits. */
static void test_item_labels_in_letters_and_numerals(void)
{
    static const struct { int number; char numbering; const char *n; } cases[] = {
        { 1, 'a', "a" }, { 26, 'a', "z" }, { 27, 'a', "aa" }, { 703, 'A', "AAA" },
        { 0, 'a', "0" }, { 4, 'i', "iv" }, { 1994, 'I', "MCMXCIV" },
        { 3888, 'I', "MMMDCCCLXXXVIII" }, { 4000, 'i', "4000" }, { -2, 'I', "-2" },
        { 9, 0, "9" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mt_block b = item(1, 1, cases[i].number, "x");
        b.numbering = cases[i].numbering;
        mt_result r = result_of(&b, 1);
        char *out = render(&r, MT_FORMAT_XML, 0);
        char want[64];
        snprintf(want, sizeof want, "<item n=\"%s\">x</item>", cases[i].n);
        CHECK(strstr(out, want) != NULL);
        check_well_formed(out);
        free(out);
    }
}

int main(void)
{
    RUN(test_article);
    RUN(test_awkward_structure_and_forbidden_characters);
    RUN(test_attribute_values_keep_line_breaks);
    RUN(test_metadata_lists_are_joined);
    RUN(test_tei);
    RUN(test_carriage_returns_and_licence_without_site);
    RUN(test_tei_sections);
    RUN(test_tei_heading_in_quote_or_item);
    RUN(test_item_labels_in_letters_and_numerals);
    RUN(test_cell_lists);
    RUN(test_text_after_cell_lists);
    RUN(test_checker_rejects_broken_xml);
    return harness_finish();
}
