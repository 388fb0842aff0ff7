/* test_render_api.c -- mt_render()'s contract: format names, errors, the
 * caller's allocator, allocation failure at every step, the output cap. */
#include "harness.h"
#include "render/sample.h"
#include "render/render.h"

/* ---------------------------------------------------------------- counting allocator */

typedef struct counting {
    long calls;           /* allocations and reallocations so far */
    long fail_at;         /* the call that fails (-1: none) */
    long live;            /* blocks not yet freed */
} counting;

static void *c_malloc(void *ctx, size_t size)
{
    counting *c = ctx;
    if (c->calls++ == c->fail_at)
        return NULL;
    void *p = malloc(size);
    c->live += p != NULL;
    return p;
}

static void *c_realloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    counting *c = ctx;
    (void)old_size;
    if (c->calls++ == c->fail_at)
        return NULL;
    void *p = realloc(ptr, new_size);
    c->live += p && !ptr;
    return p;
}

static void c_free(void *ctx, void *ptr, size_t size)
{
    counting *c = ctx;
    (void)size;
    c->live -= ptr != NULL;
    free(ptr);
}

/* ---------------------------------------------------------------- tests */

static void test_format_names(void)
{
    mt_format f = MT_FORMAT_XML;
    CHECK_INT(mt_format_from_name("txt", &f), 0);
    CHECK_INT(f, MT_FORMAT_TEXT);
    CHECK_INT(mt_format_from_name("text", &f), 0);
    CHECK_INT(f, MT_FORMAT_TEXT);
    CHECK_INT(mt_format_from_name("Markdown", &f), 0);
    CHECK_INT(f, MT_FORMAT_MARKDOWN);
    CHECK_INT(mt_format_from_name("md", &f), 0);
    CHECK_INT(f, MT_FORMAT_MARKDOWN);
    CHECK_INT(mt_format_from_name("HTML", &f), 0);
    CHECK_INT(f, MT_FORMAT_HTML);
    CHECK_INT(mt_format_from_name("json", &f), 0);
    CHECK_INT(f, MT_FORMAT_JSON);
    CHECK_INT(mt_format_from_name("xml", &f), 0);
    CHECK_INT(f, MT_FORMAT_XML);
    CHECK_INT(mt_format_from_name("TEI", &f), 0);
    CHECK_INT(f, MT_FORMAT_TEI);
    f = MT_FORMAT_XML;
    CHECK_INT(mt_format_from_name("xmltei", &f), 0);
    CHECK_INT(f, MT_FORMAT_TEI);
    CHECK_INT(mt_format_from_name("CSV", &f), 0);
    CHECK_INT(f, MT_FORMAT_CSV);
    f = MT_FORMAT_HTML;
    CHECK_INT(mt_format_from_name("jsonl", &f), -1);
    CHECK_INT(mt_format_from_name("", &f), -1);
    CHECK_INT(mt_format_from_name("tx", &f), -1);
    CHECK_INT(mt_format_from_name(NULL, &f), -1);
    CHECK_INT(f, MT_FORMAT_HTML);
    CHECK_INT(mt_format_from_name("xml", NULL), 0);
}

static void test_errors(void)
{
    mt_result r = result_of(NULL, 0);
    mt_status st = MT_OK;
    size_t len = 99;
    CHECK(mt_render(&r, (mt_format)42, 0, NULL, &len, &st) == NULL);
    CHECK_INT(st, MT_ERR_UNKNOWN_FORMAT);
    CHECK_INT(len, 0);
    CHECK(mt_render(NULL, MT_FORMAT_TEXT, 0, NULL, &len, &st) == NULL);
    CHECK_INT(st, MT_ERR_INVALID_ARG);
    /* len and status may be NULL. */
    char *out = mt_render(&r, MT_FORMAT_JSON, MT_RENDER_COMPACT, NULL, NULL, NULL);
    CHECK(out != NULL);
    mt_free(NULL, out);
    mt_free(NULL, NULL);
}

/* Every allocation of every format fails in turn: each failure is
 * MT_ERR_NOMEM with nothing leaked, and the first run that succeeds gives
 * the same bytes as the C library's allocator. */
static void test_every_allocation_failure(void)
{
    sample_article a;
    sample_article_init(&a);
    for (int f = MT_FORMAT_TEXT; f <= MT_FORMAT_CSV; f++) {
        unsigned flags = MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN;
        char *want = render(&a.r, (mt_format)f, flags);
        int succeeded = 0;
        for (long k = 0; k < 200 && !succeeded; k++) {
            counting c = { 0, k, 0 };
            mt_allocator alloc = { c_malloc, c_realloc, c_free, &c };
            mt_status st = MT_OK;
            size_t len = 0;
            char *out = mt_render(&a.r, (mt_format)f, flags, &alloc, &len, &st);
            if (out) {
                succeeded = 1;
                CHECK_INT(st, MT_OK);
                CHECK_STR(out, want);
                CHECK_INT(len, strlen(want));
                mt_free(&alloc, out);
            } else {
                CHECK_INT(st, MT_ERR_NOMEM);
            }
            CHECK_INT(c.live, 0);
        }
        CHECK(succeeded);
        free(want);
    }
}

static void test_output_cap(void)
{
    mt_rbuf b;
    mt_rbuf_init(&b, NULL, 16);
    mt_rbuf_puts(&b, "0123456789");
    CHECK(!b.failed);
    mt_rbuf_puts(&b, "0123456789");
    CHECK(b.failed);
    /* A failed buffer stays failed and hands out nothing. */
    mt_rbuf_putc(&b, 'x');
    size_t len = 7;
    CHECK(mt_rbuf_take(&b, &len) == NULL);
    CHECK(b.bytes.data == NULL);
}

static void test_url_safety(void)
{
    CHECK(mt_render_url_is_safe("https://x.org/", 14));
    CHECK(mt_render_url_is_safe("/relative#frag", 14));
    CHECK(!mt_render_url_is_safe("javascript:alert(1)", 19));
    CHECK(!mt_render_url_is_safe(" JaVa\tScRiPt:x", 14));
    CHECK(!mt_render_url_is_safe("vbscript:x", 10));
    CHECK(!mt_render_url_is_safe("data:text/html,<b>", 18));
    CHECK(mt_render_url_is_safe("data:image/png;base64,AAAA", 26));
    CHECK(!mt_render_url_is_safe("", 0));
    CHECK(!mt_render_url_is_safe(NULL, 3));
}

int main(void)
{
    RUN(test_format_names);
    RUN(test_errors);
    RUN(test_every_allocation_failure);
    RUN(test_output_cap);
    RUN(test_url_safety);
    return harness_finish();
}
