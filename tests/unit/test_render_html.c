/* test_render_html.c -- the clean-HTML renderer on hand-built results. */
#include "harness.h"
#include "render/sample.h"

static const char article_html[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<title>Rivers &amp; &quot;Deltas&quot;</title>\n"
    "<meta name=\"author\" content=\"Ana Lima; Bo Chen\">\n"
    "<meta name=\"date\" content=\"2024-03-05\">\n"
    "<link rel=\"canonical\" href=\"https://example.org/rivers?a=1&amp;b=2\">\n"
    "</head>\n"
    "<body>\n"
    "<main>\n"
    "<h1>Rivers &amp; &quot;Deltas&quot;</h1>\n"
    "<p>Sediment &lt;moves&gt;<em> slowly </em>&amp; <strong>steadily</strong>; see the "
    "<a href=\"https://en.wikipedia.org/wiki/Delta_(river)\">survey</a>.</p>\n"
    "<ul>\n"
    "<li>Mud\n"
    "<ol>\n"
    "<li>Silt</li>\n"
    "<li>Clay</li>\n"
    "</ol>\n"
    "</li>\n"
    "<li>Sand</li>\n"
    "</ul>\n"
    "<blockquote>\n"
    "<p>Water <code>always</code> wins.</p>\n"
    "</blockquote>\n"
    "<pre><code class=\"language-sh\">echo `date`\n"
    "  ls -l</code></pre>\n"
    "<table>\n"
    "<thead>\n"
    "<tr><th>Site</th><th colspan=\"2\">Depth | m</th></tr>\n"
    "</thead>\n"
    "<tbody>\n"
    "<tr><td rowspan=\"2\">North</td><td>3.5</td><td>4.0</td></tr>\n"
    "<tr><td>2.9</td><td>3.1<br>\n"
    "revised</td></tr>\n"
    "</tbody>\n"
    "</table>\n"
    "<figure>\n"
    "<img src=\"https://example.org/img/delta.png\" alt=\"Delta map\">\n"
    "<figcaption>Figure 1: the delta in May</figcaption>\n"
    "</figure>\n"
    "<hr>\n"
    "<p>Last line.</p>\n"
    "</main>\n"
    "<aside>\n"
    "<p>Great read &lt;3</p>\n"
    "</aside>\n"
    "</body>\n"
    "</html>\n";

static void test_article(void)
{
    sample_article a;
    sample_article_init(&a);
    char *out = render(&a.r, MT_FORMAT_HTML, 0);
    CHECK_STR(out, article_html);
    free(out);
}

static void test_awkward_structure_and_escaping(void)
{
    awkward w;
    awkward_init(&w);
    char *out = render(&w.r, MT_FORMAT_HTML, 0);
    CHECK_STR(out,
              "<!DOCTYPE html>\n"
              "<html lang=\"he-IL\" dir=\"rtl\">\n"
              "<head>\n"
              "<meta charset=\"utf-8\">\n"
              "<title>T &lt;&amp;&gt;</title>\n"
              "</head>\n"
              "<body>\n"
              "<main>\n"
              "<p>evil <a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">good</a> "
              "<code>&lt;a&gt;</code><br>\n"
              "next &amp; &quot;q&quot; 'x' \xef\xbf\xbd\xef\xbf\xbd ok</p>\n"
              "<ul>\n<li>starts deep</li>\n</ul>\n"
              "<ol start=\"5\">\n<li>five</li>\n</ol>\n"
              "<ul>\n<li>bullet</li>\n</ul>\n"
              "<blockquote>\n<blockquote>\n<p>deep quote</p>\n</blockquote>\n"
              "<p>shallow</p>\n</blockquote>\n"
              "<table>\n<caption>Table 1</caption>\n"
              "<thead>\n<tr><th>k</th><th>v</th></tr>\n</thead>\n"
              "<tbody>\n<tr><td>a</td><th>b</th></tr>\n</tbody>\n</table>\n"
              "<figure>\n<figcaption>lone</figcaption>\n</figure>\n"
              "<h6>h9</h6>\n"
              "</main>\n"
              "</body>\n"
              "</html>\n");
    free(out);
}

/* DEL and the C1 controls (U+0080..U+009F), which HTML's parser reports,
 * become U+FFFD as the C0 controls do; other characters of the same lead
 * byte (a no-break space, a middle dot) pass. */
static void test_c1_controls_replaced(void)
{
    mt_block blocks[] = { blk(MT_BLOCK_PARAGRAPH, 0, "a\x7f b\xc2\x85 c\xc2\xa0" "d \xc2\xb7") };
    mt_result r = result_of(blocks, 1);
    char *out = render(&r, MT_FORMAT_HTML, 0);
    CHECK(strstr(out, "<p>a\xef\xbf\xbd b\xef\xbf\xbd c\xc2\xa0" "d \xc2\xb7</p>") != NULL);
    free(out);
}

/* A list in a table cell is a list of the cell: nested as its items' levels
 * say, numbered as they are (start, type, value), the cell's text before
 * it kept before it, and every list closed in the cell. */
static void test_cell_lists(void)
{
    static const mt_cell_item items[] = {
        { 5, 1, 0, 0, 0, 0 }, { 11, 1, 0, 0, 0, 0 }, { 17, 2, 1, 3, 'a', 0 }, { 19, 2, 1, 5, 'a', 0 },
        { 21, 1, 1, 1, 0, 0 },
    };
    mt_cell c = list_cell("Buy:\nleeks\nstock\nc\ne\nsalt <x>", items, 5);
    mt_row row;
    mt_block t = one_cell_table(&c, &row);
    mt_result r = result_of(&t, 1);
    char *out = render(&r, MT_FORMAT_HTML, 0);
    CHECK(strstr(out, "<td>Buy:<ul><li>leeks</li><li>stock<ol start=\"3\" type=\"a\"><li>c</li>"
                      "<li value=\"5\">e</li></ol></li></ul><ol><li>salt &lt;x&gt;</li></ol></td>")
          != NULL);
    free(out);
}

/* Items whose ends are known: text after a nested list is more of the
 * item around it, text after the cell's list its own; the lists close
 * before each. */
static void test_text_after_cell_lists(void)
{
    /* "Buy:\n" 0-4, "leeks" 5-9, "stock" 11-15, "c" 17, "from the
     * market" 19-33, "Pay at the door." 35- */
    static const mt_cell_item items[] = {
        { 5, 1, 0, 0, 0, 10 }, { 11, 1, 0, 0, 0, 34 }, { 17, 2, 1, 1, 0, 18 },
    };
    mt_cell c = list_cell("Buy:\nleeks\nstock\nc\nfrom the market\nPay at the door.", items, 3);
    mt_row row;
    mt_block t = one_cell_table(&c, &row);
    mt_result r = result_of(&t, 1);
    char *out = render(&r, MT_FORMAT_HTML, 0);
    CHECK(strstr(out, "<td>Buy:<ul><li>leeks</li><li>stock<ol><li>c</li></ol>from the market"
                      "</li></ul>Pay at the door.</td>") != NULL);
    free(out);
    /* a list's last item followed by blank text only: nothing after it */
    static const mt_cell_item last[] = { { 0, 1, 0, 0, 0, 5 } };
    mt_cell d = list_cell("leeks\n", last, 1);
    t = one_cell_table(&d, &row);
    r = result_of(&t, 1);
    out = render(&r, MT_FORMAT_HTML, 0);
    CHECK(strstr(out, "<td><ul><li>leeks</li></ul></td>") != NULL);
    free(out);
}

static void test_empty_result_is_a_document_skeleton(void)
{
    mt_result r = result_of(NULL, 0);
    char *out = render(&r, MT_FORMAT_HTML, 0);
    CHECK_STR(out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n"
                   "<main>\n</main>\n</body>\n</html>\n");
    free(out);
}

static void test_no_tag_or_attribute_from_text_survives(void)
{
    /* Whatever the text holds, the only '<' in the body are our tags. */
    mt_span spans[] = { link_span(0, 6, "\" onclick=\"x"), span(MT_SPAN_STRONG, 7, 13) };
    mt_block blocks[] = {
        with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "<script>alert(1)</script>"), spans, 2),
        blk(MT_BLOCK_IMAGE, 0, "\"><img src=x onerror=y>"),
        blk(MT_BLOCK_CODE, 0, "</code></pre><b>"),
    };
    blocks[1].src = "https://example.org/a.png\"onload=\"z";
    blocks[2].language = "\"><script>";
    mt_result r = result_of(blocks, 3);
    char *out = render(&r, MT_FORMAT_HTML, 0);
    CHECK(strstr(out, "<script") == NULL);
    CHECK(strstr(out, "<img src=x") == NULL);
    CHECK(strstr(out, "\" onclick") == NULL);
    CHECK(strstr(out, "<p><a href=\"&quot; onclick=&quot;x\">&lt;scrip</a>") != NULL);
    CHECK(strstr(out, "src=\"https://example.org/a.png&quot;onload=&quot;z\"") != NULL);
    CHECK(strstr(out, "<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;b&gt;</code></pre>") != NULL);
    free(out);
}

static void test_deep_span_nesting_is_bounded(void)
{
    enum { N = 100 };
    static mt_span spans[N];
    static char text[N + 1];
    for (int i = 0; i < N; i++) {
        spans[i] = span(MT_SPAN_EMPHASIS, (uint32_t)i, N);
        text[i] = 'a';
    }
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, text), spans, N) };
    mt_result r = result_of(blocks, 1);
    char *out = render(&r, MT_FORMAT_HTML, 0);
    /* At most MT_RENDER_MAX_SPAN_DEPTH (32) levels are marked up, and every
     * one is closed. */
    size_t open = 0, close = 0;
    for (const char *p = strstr(out, "<em>"); p; p = strstr(p + 1, "<em>"))
        open++;
    for (const char *p = strstr(out, "</em>"); p; p = strstr(p + 1, "</em>"))
        close++;
    CHECK_INT(open, 32);
    CHECK_INT(close, 32);
    free(out);
}

int main(void)
{
    RUN(test_article);
    RUN(test_awkward_structure_and_escaping);
    RUN(test_c1_controls_replaced);
    RUN(test_cell_lists);
    RUN(test_text_after_cell_lists);
    RUN(test_empty_result_is_a_document_skeleton);
    RUN(test_no_tag_or_attribute_from_text_survives);
    RUN(test_deep_span_nesting_is_bounded);
    return harness_finish();
}
