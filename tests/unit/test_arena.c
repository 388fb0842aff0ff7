/* test_arena.c -- the per-document allocator and input preparation. */
#include "harness.h"
#include "util/arena.h"
#include "html/input.h"

static void test_alignment_and_growth(void)
{
    mt_arena a;
    mt_arena_init(&a, NULL, 64, 0);
    char *s = mt_arena_alloc_bytes(&a, 3);
    void *p = mt_arena_alloc(&a, 24);
    CHECK(s && p && ((uintptr_t)p & 7) == 0);
    /* more than any chunk: gets its own */
    char *big = mt_arena_alloc(&a, 1 << 20);
    CHECK(big != NULL);
    memset(big, 1, 1 << 20);
    CHECK(mt_arena_reserved(&a) >= (1u << 20));
    mt_arena_release(&a);
    CHECK_INT(mt_arena_reserved(&a), 0);
}

static void test_grow_in_place_is_linear(void)
{
    mt_arena a;
    mt_arena_init(&a, NULL, 0, 0);
    char *buf = mt_arena_alloc_bytes(&a, 1);
    size_t len = 1;
    for (int i = 0; i < 100000; i++) {
        buf = mt_arena_grow(&a, buf, len, len + 1);
        CHECK(buf != NULL);
        buf[len++] = 'x';
    }
    /* geometric chunks: held memory stays within a small factor of the data */
    CHECK(mt_arena_reserved(&a) < 8 * len);
    mt_arena_release(&a);
}

static void test_limit_and_reset(void)
{
    mt_arena a;
    mt_arena_init(&a, NULL, 1024, 4096);
    CHECK(mt_arena_alloc(&a, 512) != NULL);
    CHECK(mt_arena_alloc(&a, 8192) == NULL);
    mt_arena_reset(&a);
    CHECK(mt_arena_reserved(&a) <= 4096);
    CHECK(mt_arena_alloc(&a, 100) != NULL);
    mt_arena_release(&a);
}

static void test_input_prepare(void)
{
    mt_arena a;
    mt_arena_init(&a, NULL, 0, 0);
    const char *out;
    size_t len;
    const char *clean = "<p>caf\xc3\xa9</p>\n";
    CHECK_INT(mt_input_prepare(&a, clean, strlen(clean), &out, &len), MT_OK);
    CHECK(out == clean);        /* borrowed, not copied */
    CHECK_INT(mt_input_prepare(&a, "a\r\nb\rc", 6, &out, &len), MT_OK);
    CHECK_SLICE(out, len, "a\nb\nc");
    /* lone continuation byte, truncated 3-byte sequence, overlong, surrogate */
    const char *bad = "x\x80y\xe2\x82z\xc0\xafw\xed\xa0\x80.";
    CHECK_INT(mt_input_prepare(&a, bad, strlen(bad), &out, &len), MT_OK);
    CHECK_SLICE(out, len, "x\xef\xbf\xbdy\xef\xbf\xbdz\xef\xbf\xbd\xef\xbf\xbdw"
                          "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd.");
    /* truncated at the very end */
    CHECK_INT(mt_input_prepare(&a, "ab\xf0\x9f\x98", 5, &out, &len), MT_OK);
    CHECK_SLICE(out, len, "ab\xef\xbf\xbd");
    mt_arena_release(&a);
}

int main(void)
{
    RUN(test_alignment_and_growth);
    RUN(test_grow_in_place_is_linear);
    RUN(test_limit_and_reset);
    RUN(test_input_prepare);
    return harness_finish();
}
