/* test_render_json.c -- the JSON renderer on hand-built results. Every
 * output is also parsed back with our strict JSON reader (src/util/json.h). */
#include "harness.h"
#include "render/sample.h"
#include "util/json.h"

static mt_arena arena;

/* Parses `out` strictly; NULL (and a failed check) when it is not JSON. */
static const mt_json *parse_back(const char *out)
{
    mt_json_error err = { 0, 0 };
    mt_json *v = mt_json_parse(&arena, out, strlen(out), 0, 0, &err);
    CHECK(v != NULL && v->type == MT_JSON_OBJECT);
    if (!v)
        fprintf(stderr, "  invalid JSON at byte %zu: %s\n", err.pos, err.msg);
    return v;
}

static void test_article_with_blocks_and_sources(void)
{
    sample_article a;
    sample_article_init(&a);
    char *out = render(&a.r, MT_FORMAT_JSON, MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN);
    CHECK(cut_fingerprint(out, "  \"fingerprint\": \"%s\",\n", &a.r));
    CHECK_STR(out,
        "{\n"
        "  \"title\": \"Rivers & \\\"Deltas\\\"\",\n"
        "  \"authors\": [\"Ana Lima\", \"Bo Chen\"],\n"
        "  \"author\": \"Ana Lima; Bo Chen\",\n"
        "  \"date\": \"2024-03-05\",\n"
        "  \"date_modified\": null,\n"
        "  \"sitename\": \"Field Notes\",\n"
        "  \"description\": null,\n"
        "  \"language\": \"en\",\n"
        "  \"url\": \"https://example.org/rivers?a=1&b=2\",\n"
        "  \"image\": null,\n"
        "  \"categories\": [\"Science\"],\n"
        "  \"tags\": [],\n"
        "  \"license\": null,\n"
        "  \"pagetype\": \"article\",\n"
        "  \"text\": \"Rivers & \\\"Deltas\\\"\\n\\nSediment <moves> slowly & steadily; see the "
        "survey.\\n\\nMud\\nSilt\\nClay\\nSand\\n\\nWater always wins.\\n\\necho `date`\\n  ls "
        "-l\\n\\nSite\\tDepth | m\\nNorth\\t3.5\\t4.0\\n\\t2.9\\t3.1 revised\\n\\nFigure 1: the "
        "delta in May\\n\\nLast line.\\n\",\n"
        "  \"comments\": \"Great read <3\\n\",\n"
        "  \"encoding\": \"UTF-8\",\n"
        "  \"sources\": {\"title\": \"json-ld\", \"authors\": \"meta:author\", \"date\": "
        "\"json-ld\", \"date_modified\": null, \"sitename\": null, \"description\": null, "
        "\"language\": null, \"url\": null, \"image\": null, \"categories\": null, \"tags\": "
        "null, \"license\": null, \"pagetype\": null, \"text\": \"page\", \"encoding\": \"meta\"},\n"
        "  \"blocks\": [\n"
        "    {\"type\": \"heading\", \"level\": 1, \"text\": \"Rivers & \\\"Deltas\\\"\"},\n"
        "    {\"type\": \"paragraph\", \"text\": \"Sediment <moves> slowly & steadily; see the "
        "survey.\", \"spans\": [{\"type\": \"emphasis\", \"start\": 16, \"end\": 24}, {\"type\": "
        "\"strong\", \"start\": 26, \"end\": 34}, {\"type\": \"link\", \"start\": 44, \"end\": 50, "
        "\"href\": \"https://en.wikipedia.org/wiki/Delta_(river)\"}]},\n"
        "    {\"type\": \"list_item\", \"level\": 1, \"ordered\": false, \"text\": \"Mud\"},\n"
        "    {\"type\": \"list_item\", \"level\": 2, \"ordered\": true, \"number\": 1, \"text\": "
        "\"Silt\"},\n"
        "    {\"type\": \"list_item\", \"level\": 2, \"ordered\": true, \"number\": 2, \"text\": "
        "\"Clay\"},\n"
        "    {\"type\": \"list_item\", \"level\": 1, \"ordered\": false, \"text\": \"Sand\"},\n"
        "    {\"type\": \"quote\", \"level\": 1, \"text\": \"Water always wins.\", \"spans\": "
        "[{\"type\": \"code\", \"start\": 6, \"end\": 12}]},\n"
        "    {\"type\": \"code\", \"language\": \"sh\", \"text\": \"echo `date`\\n  ls -l\"},\n"
        "    {\"type\": \"table\", \"text\": \"Site\\tDepth | m\\nNorth\\t3.5\\t4.0\\n\\t2.9\\t3.1 "
        "revised\", \"rows\": [[{\"text\": \"Site\", \"header\": true}, {\"text\": \"Depth | m\", "
        "\"header\": true, \"colspan\": 2}], [{\"text\": \"North\", \"header\": false, "
        "\"rowspan\": 2}, {\"text\": \"3.5\", \"header\": false}, {\"text\": \"4.0\", \"header\": "
        "false}], [{\"text\": \"2.9\", \"header\": false}, {\"text\": \"3.1\\nrevised\", "
        "\"header\": false}]]},\n"
        "    {\"type\": \"image\", \"src\": \"https://example.org/img/delta.png\", \"alt\": "
        "\"Delta map\"},\n"
        "    {\"type\": \"caption\", \"text\": \"Figure 1: the delta in May\"},\n"
        "    {\"type\": \"break\"},\n"
        "    {\"type\": \"paragraph\", \"text\": \"Last line.\"}\n"
        "  ],\n"
        "  \"comment_blocks\": [\n"
        "    {\"type\": \"paragraph\", \"text\": \"Great read <3\"}\n"
        "  ]\n"
        "}\n");
    parse_back(out);
    free(out);
}

static void test_compact_is_one_line_with_the_same_content(void)
{
    sample_article a;
    sample_article_init(&a);
    char *pretty = render(&a.r, MT_FORMAT_JSON, MT_RENDER_BLOCKS);
    char *compact = render(&a.r, MT_FORMAT_JSON, MT_RENDER_BLOCKS | MT_RENDER_COMPACT);
    CHECK(strchr(compact, '\n') == NULL);
    static const char head[] = "{\"title\":\"Rivers & \\\"Deltas\\\"\",\"authors\":[\"Ana Lima\",\"Bo Chen\"],";
    CHECK(strncmp(compact, head, strlen(head)) == 0);
    const mt_json *p = parse_back(pretty), *c = parse_back(compact);
    CHECK(p && c && p->len == c->len);
    CHECK_STR(mt_json_string(mt_json_get(c, "text")), mt_json_string(mt_json_get(p, "text")));
    CHECK_INT(mt_json_get(c, "blocks")->len, 13);
    free(pretty);
    free(compact);
}

static void test_text_member_is_the_text_format(void)
{
    sample_article a;
    sample_article_init(&a);
    a.r.comments = NULL;
    a.r.ncomments = 0;
    char *txt = render(&a.r, MT_FORMAT_TEXT, 0);
    char *json = render(&a.r, MT_FORMAT_JSON, 0);
    const mt_json *v = parse_back(json);
    CHECK_STR(mt_json_string(mt_json_get(v, "text")), txt);
    CHECK(mt_json_get(v, "comments") && mt_json_get(v, "comments")->type == MT_JSON_NULL);
    CHECK(mt_json_get(v, "blocks") == NULL);
    free(txt);
    free(json);
}

static void test_metadata_only(void)
{
    mt_result r = result_of(NULL, 0);
    r.meta.title = "Only a title";
    r.encoding = NULL;
    r.encoding_source = NULL;
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT | MT_RENDER_BLOCKS);
    CHECK_STR(out, "{\"title\":\"Only a title\",\"authors\":[],\"author\":null,\"date\":null,"
                   "\"date_modified\":null,\"sitename\":null,\"description\":null,"
                   "\"language\":null,\"url\":null,\"image\":null,\"categories\":[],\"tags\":[],"
                   "\"license\":null,\"pagetype\":null,\"text\":\"\",\"comments\":null,"
                   "\"encoding\":null,\"fingerprint\":null,\"blocks\":[],\"comment_blocks\":[]}");
    parse_back(out);
    free(out);
}

static void test_escapes_and_repairs(void)
{
    mt_block blocks[] = { blk(MT_BLOCK_PARAGRAPH, 0,
                              "tab\there \x01\x1f\x7f quote\" back\\ sep\xe2\x80\xa8par\xe2\x80\xa9 "
                              "bad\xff end") };
    mt_result r = result_of(blocks, 1);
    r.meta.title = "\xc3\x28";
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT);
    CHECK(strstr(out, "\"title\":\"\xef\xbf\xbd(\"") != NULL);
    CHECK(strstr(out, "\"text\":\"tab\\there \\u0001\\u001f\x7f quote\\\" back\\\\ "
                      "sep\\u2028par\\u2029 bad\xef\xbf\xbd end\\n\"") != NULL);
    parse_back(out);
    free(out);
}

static void test_span_offsets_count_code_points(void)
{
    /* "é👋 <link>": é is 2 bytes, 👋 4; the link covers "link". */
    mt_span spans[] = { link_span(8, 12, "https://x.org/"), span(MT_SPAN_EMPHASIS, 1, 6) };
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, " \xc3\xa9\xf0\x9f\x91\x8b link "),
                                     spans, 2) };
    mt_result r = result_of(blocks, 1);
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT | MT_RENDER_BLOCKS);
    /* The text is trimmed, so offsets count from "é": link 3..7; the
     * emphasis ends inside 👋's bytes, so at its end. */
    CHECK(strstr(out, "\"blocks\":[{\"type\":\"paragraph\",\"text\":\"\xc3\xa9\xf0\x9f\x91\x8b link\","
                      "\"spans\":[{\"type\":\"link\",\"start\":3,\"end\":7,\"href\":\"https://x.org/\"},"
                      "{\"type\":\"emphasis\",\"start\":0,\"end\":2}]}]") != NULL);
    parse_back(out);
    free(out);
}

/* A script link is written as plain text, as the markup formats write it:
 * its text stays, its target goes. */
static void test_script_link_is_no_span(void)
{
    mt_span spans[] = { link_span(0, 4, "javascript:alert(1)"), link_span(5, 9, "https://x.org/") };
    mt_block blocks[] = { with_spans(blk(MT_BLOCK_PARAGRAPH, 0, "evil good"), spans, 2) };
    mt_result r = result_of(blocks, 1);
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT | MT_RENDER_BLOCKS);
    CHECK(strstr(out, "\"text\":\"evil good\",\"spans\":[{\"type\":\"link\",\"start\":5,"
                      "\"end\":9,\"href\":\"https://x.org/\"}]") != NULL);
    CHECK(strstr(out, "javascript") == NULL);
    parse_back(out);
    free(out);
}

/* A list's numbers are written as they are, zero and below too (an
 * <ol start="0">, a reversed list running past 1). */
static void test_list_numbers_as_they_are(void)
{
    mt_block blocks[] = { item(1, 1, 0, "zero"), item(1, 1, -1, "minus one") };
    mt_result r = result_of(blocks, 2);
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT | MT_RENDER_BLOCKS);
    CHECK(strstr(out, "\"ordered\":true,\"number\":0,") != NULL);
    CHECK(strstr(out, "\"ordered\":true,\"number\":-1,") != NULL);
    parse_back(out);
    free(out);
}

/* A block inside a list item carries its item's level; one whose item is
 * not there (its list was left out) stands alone, without it. */
static void test_item_level(void)
{
    mt_block blocks[] = { blk(MT_BLOCK_CODE, 0, "orphan"), item(1, 1, 1, "Install:"),
                          blk(MT_BLOCK_CODE, 0, "pip install foo") };
    blocks[0].item_level = 1;
    blocks[2].item_level = 1;
    mt_result r = result_of(blocks, 3);
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT | MT_RENDER_BLOCKS);
    CHECK(strstr(out, "{\"type\":\"code\",\"text\":\"orphan\"}") != NULL);
    CHECK(strstr(out, "{\"type\":\"code\",\"text\":\"pip install foo\",\"item_level\":1}") != NULL);
    parse_back(out);
    free(out);
}

/* A block in a quote that its type does not tell carries how many quotes
 * are around it; a quote block does not (its level says). */
static void test_quote_level(void)
{
    mt_block blocks[] = { blk(MT_BLOCK_QUOTE, 1, "We recommend:"), item(1, 0, 0, "more trains"),
                          blk(MT_BLOCK_CODE, 0, "budget = 1200") };
    blocks[1].quote_level = 1;
    blocks[2].quote_level = 2;
    mt_result r = result_of(blocks, 3);
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT | MT_RENDER_BLOCKS);
    CHECK(strstr(out, "{\"type\":\"quote\",\"level\":1,\"text\":\"We recommend:\"}") != NULL);
    CHECK(strstr(out, "\"text\":\"more trains\",\"quote_level\":1}") != NULL);
    CHECK(strstr(out, "{\"type\":\"code\",\"text\":\"budget = 1200\",\"quote_level\":2}") != NULL);
    parse_back(out);
    free(out);
}

/* A list item says which list it is in, and how its list writes its
 * numbers when not in digits; a block built without them says neither. */
static void test_list_and_numbering(void)
{
    mt_block blocks[] = { item(1, 1, 2, "b"), item(1, 0, 0, "dot"), item(1, 1, 1, "one") };
    blocks[0].numbering = 'a';
    blocks[0].list = 4;
    blocks[1].list = 5;
    mt_result r = result_of(blocks, 3);
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT | MT_RENDER_BLOCKS);
    CHECK(strstr(out, "\"ordered\":true,\"number\":2,\"numbering\":\"a\",\"list\":4,") != NULL);
    CHECK(strstr(out, "\"ordered\":false,\"list\":5,\"text\":\"dot\"") != NULL);
    CHECK(strstr(out, "\"ordered\":true,\"number\":1,\"text\":\"one\"") != NULL);
    parse_back(out);
    free(out);
}

/* A cell's list items say where their lines begin and, when known, where
 * they end, in code points of the cell's text, and how they are marked. */
static void test_cell_items(void)
{
    static const mt_cell_item items[] = { { 7, 1, 0, 0, 0, 11 }, { 12, 1, 1, 4, 'i', 0 } };
    mt_cell c = list_cell("\xc3\xa9t\xc3\xa9:\nfast\nslow", items, 2);
    mt_row row;
    mt_block t = one_cell_table(&c, &row);
    mt_result r = result_of(&t, 1);
    char *out = render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT | MT_RENDER_BLOCKS);
    CHECK(strstr(out, "\"items\":[{\"start\":5,\"end\":9,\"level\":1,\"ordered\":false},"
                      "{\"start\":10,\"level\":1,\"ordered\":true,\"number\":4,"
                      "\"numbering\":\"i\"}]") != NULL);
    parse_back(out);
    free(out);
}

int main(void)
{
    mt_arena_init(&arena, NULL, 0, 0);
    RUN(test_article_with_blocks_and_sources);
    RUN(test_compact_is_one_line_with_the_same_content);
    RUN(test_text_member_is_the_text_format);
    RUN(test_metadata_only);
    RUN(test_escapes_and_repairs);
    RUN(test_span_offsets_count_code_points);
    RUN(test_script_link_is_no_span);
    RUN(test_list_numbers_as_they_are);
    RUN(test_item_level);
    RUN(test_quote_level);
    RUN(test_list_and_numbering);
    RUN(test_cell_items);
    mt_arena_release(&arena);
    return harness_finish();
}
