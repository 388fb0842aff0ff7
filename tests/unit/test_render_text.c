/* test_render_text.c -- the plain-text renderer on hand-built results. */
#include "harness.h"
#include "render/sample.h"

static void test_article(void)
{
    sample_article a;
    sample_article_init(&a);
    char *out = render(&a.r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out,
              "Rivers & \"Deltas\"\n"
              "\n"
              "Sediment <moves> slowly & steadily; see the survey.\n"
              "\n"
              "Mud\n"
              "Silt\n"
              "Clay\n"
              "Sand\n"
              "\n"
              "Water always wins.\n"
              "\n"
              "echo `date`\n"
              "  ls -l\n"
              "\n"
              "Site\tDepth | m\n"
              "North\t3.5\t4.0\n"
              "\t2.9\t3.1 revised\n"
              "\n"
              "Figure 1: the delta in May\n"
              "\n"
              "Last line.\n"
              "\n"
              "Great read <3\n");
    free(out);
}

static void test_empty_result_is_empty_text(void)
{
    mt_result r = result_of(NULL, 0);
    char *out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "");
    free(out);
    /* Blocks with nothing but white space count as nothing. */
    mt_block blocks[] = { blk(MT_BLOCK_PARAGRAPH, 0, "  \n\t "), blk(MT_BLOCK_BREAK, 0, "") };
    r = result_of(blocks, 2);
    out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "");
    free(out);
}

static void test_blocks_are_trimmed_and_code_keeps_indent(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "  padded text \n"),
        blk(MT_BLOCK_CODE, 0, "\n\n    indented();\n  back();\n\n"),
        blk(MT_BLOCK_PARAGRAPH, 0, "line one\nline two"),
    };
    mt_result r = result_of(blocks, 3);
    char *out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "padded text\n\n    indented();\n  back();\n\nline one\nline two\n");
    free(out);
}

static void test_lists_between_paragraphs(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_PARAGRAPH, 0, "Before."),
        item(1, 1, 1, "First"),
        item(3, 1, 1, "Deep"),
        item(1, 1, 2, "Second"),
        blk(MT_BLOCK_PARAGRAPH, 0, "After."),
        item(1, 0, 0, "Alone"),
    };
    mt_result r = result_of(blocks, 6);
    char *out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "Before.\n\nFirst\nDeep\nSecond\n\nAfter.\n\nAlone\n");
    free(out);
}

static void test_images_and_breaks_have_no_text_form(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_IMAGE, 0, "A heron"),
        blk(MT_BLOCK_PARAGRAPH, 0, "Herons wade."),
        blk(MT_BLOCK_BREAK, 0, NULL),
        blk(MT_BLOCK_PARAGRAPH, 0, "They fish."),
    };
    blocks[0].src = "https://example.org/heron.jpg";
    mt_result r = result_of(blocks, 4);
    char *out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "Herons wade.\n\nThey fish.\n");
    free(out);
}

static void test_rtl_and_emoji_pass_through(void)
{
    mt_block blocks[] = {
        blk(MT_BLOCK_HEADING, 2, "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d"),
        blk(MT_BLOCK_PARAGRAPH, 0, "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xf0\x9f\x91\x8b\xf0\x9f\x8f\xbd!"),
    };
    mt_result r = result_of(blocks, 2);
    char *out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d\n\n"
                   "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xf0\x9f\x91\x8b\xf0\x9f\x8f\xbd!\n");
    free(out);
}

static void test_invalid_utf8_is_repaired(void)
{
    mt_block blocks[] = { blk(MT_BLOCK_PARAGRAPH, 0, "caf\xe9 \xe2\x82 ok") };
    mt_result r = result_of(blocks, 1);
    char *out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "caf\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd ok\n");
    free(out);
}

static void test_comments_only(void)
{
    mt_block comments[] = { blk(MT_BLOCK_PARAGRAPH, 0, "First!") };
    mt_result r = result_of(NULL, 0);
    r.comments = comments;
    r.ncomments = 1;
    char *out = render(&r, MT_FORMAT_TEXT, 0);
    CHECK_STR(out, "First!\n");
    free(out);
}

/* MT_RENDER_METADATA: the metadata as YAML front matter before the text,
 * members with a value only, in JSON's order; every string double-quoted,
 * with what YAML refuses or misreads unescaped escaped (a quote, a
 * backslash, a tab, a line break, DEL, a C1 control, U+2028, U+FFFE) and
 * ill-formed UTF-8 repaired. */
static void test_front_matter(void)
{
    mt_block blocks[] = { blk(MT_BLOCK_PARAGRAPH, 0, "Body.") };
    mt_result r = result_of(blocks, 1);
    const char *authors[] = { "Anna", "", "Ben \"B\"" };
    const char *tags[] = { "2024", "null" };
    r.meta.title = "Say \"no\" \\ a\tb\nc\x7f\xc2\x85\xe2\x80\xa8\xef\xbf\xbe \xff \xc3\xa9";
    r.meta.authors = authors;
    r.meta.nauthors = 3;
    r.meta.tags = tags;
    r.meta.ntags = 2;
    r.meta.date = "2024-05-01";
    r.meta.sitename = "";
    char *out = render(&r, MT_FORMAT_TEXT, MT_RENDER_METADATA);
    CHECK_STR(out, "---\n"
                   "title: \"Say \\\"no\\\" \\\\ a\\tb\\nc\\u007F\\u0085\\u2028\\uFFFE "
                   "\xef\xbf\xbd \xc3\xa9\"\n"
                   "authors: [\"Anna\", \"Ben \\\"B\\\"\"]\n"
                   "author: \"Anna; Ben \\\"B\\\"\"\n"
                   "date: \"2024-05-01\"\n"
                   "tags: [\"2024\", \"null\"]\n"
                   "---\n"
                   "\n"
                   "Body.\n");
    free(out);
    /* Markdown too; no text: the front matter alone, no blank line */
    r = result_of(NULL, 0);
    r.meta.title = "T";
    out = render(&r, MT_FORMAT_MARKDOWN, MT_RENDER_METADATA);
    CHECK_STR(out, "---\ntitle: \"T\"\n---\n");
    free(out);
    /* the other formats carry the metadata already: unchanged */
    char *plain = render(&r, MT_FORMAT_JSON, 0);
    out = render(&r, MT_FORMAT_JSON, MT_RENDER_METADATA);
    CHECK_STR(out, plain);
    free(out);
    free(plain);
}

int main(void)
{
    RUN(test_article);
    RUN(test_empty_result_is_empty_text);
    RUN(test_blocks_are_trimmed_and_code_keeps_indent);
    RUN(test_lists_between_paragraphs);
    RUN(test_images_and_breaks_have_no_text_form);
    RUN(test_rtl_and_emoji_pass_through);
    RUN(test_invalid_utf8_is_repaired);
    RUN(test_comments_only);
    RUN(test_front_matter);
    return harness_finish();
}
