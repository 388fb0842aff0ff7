/* test_json.c -- the JSON reader used for JSON-LD and test data. */
#include "harness.h"
#include "util/json.h"

static mt_arena arena;

static mt_json *parse(const char *s, unsigned flags, mt_json_error *err)
{
    return mt_json_parse(&arena, s, strlen(s), flags, 0, err);
}

static void test_values(void)
{
    mt_json_error err;
    mt_json *v = parse("{\"a\": [1, -2.5e2, true, false, null], \"b\": \"x\\u00e9\\ud83d\\ude00\"}", 0, &err);
    CHECK(v && v->type == MT_JSON_OBJECT && v->len == 2);
    const mt_json *a = mt_json_get(v, "a");
    CHECK(a && a->type == MT_JSON_ARRAY && a->len == 5);
    CHECK(a->child->num == 1.0);
    CHECK(a->child->next->num == -250.0);
    CHECK_INT(a->child->next->next->type, MT_JSON_TRUE);
    CHECK_STR(mt_json_string(mt_json_get(v, "b")), "x\xc3\xa9\xf0\x9f\x98\x80");
    CHECK(mt_json_get(v, "missing") == NULL);
}

static void test_lone_surrogate_becomes_replacement(void)
{
    mt_json *v = parse("\"\\ud800x\"", 0, NULL);
    CHECK_STR(mt_json_string(v), "\xef\xbf\xbdx");
}

static void test_errors_have_positions(void)
{
    mt_json_error err = { 0, 0 };
    CHECK(parse("{\"a\": 1,}", 0, &err) == NULL);
    CHECK_INT(err.pos, 8);
    CHECK(parse("[1, 2", 0, &err) == NULL);
    CHECK(parse("\"abc", 0, &err) == NULL);
    CHECK_STR(err.msg, "unterminated string");
    CHECK(parse("01", 0, &err) == NULL);
    CHECK(parse("\"a\nb\"", 0, &err) == NULL);
    CHECK(parse("", 0, &err) == NULL);
}

static void test_lenient_accepts_what_pages_write(void)
{
    mt_json *v = parse("/* c */ {\"a\": \"line\nbreak\", \"b\": [1,2,],} // end", MT_JSON_LENIENT, NULL);
    CHECK(v != NULL);
    CHECK_STR(mt_json_string(mt_json_get(v, "a")), "line\nbreak");
    CHECK_INT(mt_json_get(v, "b")->len, 2);
}

static void test_depth_is_capped(void)
{
    char deep[300];
    memset(deep, '[', 200);
    memset(deep + 200, ']', 99);
    deep[299] = '\0';
    mt_json_error err;
    CHECK(parse(deep, 0, &err) == NULL);
    CHECK_STR(err.msg, "nesting too deep");
    /* a million open brackets: still no recursion past the cap */
    size_t n = 1000000;
    char *huge = malloc(n);
    memset(huge, '[', n);
    CHECK(mt_json_parse(&arena, huge, n, 0, 0, &err) == NULL);
    free(huge);
}

int main(void)
{
    mt_arena_init(&arena, NULL, 0, 0);
    RUN(test_values);
    RUN(test_lone_surrogate_becomes_replacement);
    RUN(test_errors_have_positions);
    RUN(test_lenient_accepts_what_pages_write);
    RUN(test_depth_is_capped);
    mt_arena_release(&arena);
    return harness_finish();
}
