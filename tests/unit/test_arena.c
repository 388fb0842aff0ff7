/* test_arena.c -- the per-document allocator and input preparation. */
#include "harness.h"
#include "util/arena.h"
#include "html/input.h"
#include "failing_alloc.h"

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

/* Allocates `total` bytes in pieces of `piece` and returns the bytes held. */
static size_t held_after(mt_arena *a, size_t total, size_t piece)
{
    for (size_t done = 0; done < total; done += piece)
        CHECK(mt_arena_alloc_bytes(a, piece) != NULL);
    return mt_arena_reserved(a);
}

static void test_steps_waste_at_most_a_step(void)
{
    /* a document of 64 KiB using 3.1 times its size, as pages do: doubling
     * chunks from 8 KiB hold 8+16+32+64+128 = 248 KiB; steps of half the
     * input hold the first chunk and as many steps as the data needs */
    mt_arena doubling, stepped;
    failing_alloc chunks = { -1, 0 };   /* counts the stepped arena's chunks */
    mt_allocator counting = failing_alloc_make(&chunks);
    mt_arena_init(&doubling, NULL, 8192, 0);
    mt_arena_init(&stepped, &counting, 8192, 0);
    mt_arena_set_step(&stepped, 32768);
    size_t used = 200 * 1024;
    size_t held_doubling = held_after(&doubling, used, 100);
    size_t held_stepped = held_after(&stepped, used, 100);
    CHECK(held_doubling >= 240 * 1024);
    CHECK(held_stepped >= used && held_stepped <= used + 8192 + 32768);
    CHECK_INT(chunks.live, 1 + 7);
    /* an allocation larger than a step still fits, in a chunk of its own */
    CHECK(mt_arena_alloc_bytes(&stepped, 100000) != NULL);
    /* data far beyond the steps' reach goes back to doubling chunks: 64 MiB
     * more in 16 steps and a dozen doublings, not 2,000 steps */
    size_t before = mt_arena_reserved(&stepped);
    held_after(&stepped, 64u << 20, 4096);
    CHECK(mt_arena_reserved(&stepped) - before < 2 * (64u << 20));
    CHECK(chunks.live < 40);
    mt_arena_release(&doubling);
    mt_arena_release(&stepped);
}

/* A batch's next page of the same size takes the chunks the last one left,
 * without asking the allocator for any (here: it refuses every request). */
static void test_reset_keeps_chunks_for_the_next_page(void)
{
    failing_alloc chunks = { -1, 0 };
    mt_allocator counting = failing_alloc_make(&chunks);
    mt_arena a;
    mt_arena_init(&a, &counting, 8192, 0);
    mt_arena_set_step(&a, 16384);
    held_after(&a, 200 * 1024, 100);
    long first_page = chunks.live;
    CHECK(first_page > 10);
    mt_arena_reset(&a);
    CHECK_INT(chunks.live, first_page);
    chunks.left = 0;
    for (size_t done = 0; done < 200 * 1024; done += 100)
        CHECK(mt_arena_alloc_bytes(&a, 100) != NULL);
    /* an oversized piece still gets memory of its own, when there is some */
    CHECK(mt_arena_alloc_bytes(&a, 1 << 20) == NULL);
    chunks.left = -1;
    char *big = mt_arena_alloc_bytes(&a, 1 << 20);
    CHECK(big != NULL);
    memset(big, 2, 1 << 20);
    mt_arena_release(&a);
    CHECK_INT(chunks.live, 0);
}

/* A page's large piece (the feature pass's table of every node) has a
 * chunk of its own; the next page's small pieces leave that chunk to the
 * next large piece, which needs no new memory either. */
static void test_spares_fit_the_piece(void)
{
    failing_alloc chunks = { -1, 0 };
    mt_allocator counting = failing_alloc_make(&chunks);
    mt_arena a;
    mt_arena_init(&a, &counting, 8192, 0);
    mt_arena_set_step(&a, 65536);
    for (int page = 0; page < 3; page++) {
        if (page == 1)
            chunks.left = 0;
        held_after(&a, 300 * 1024, 100);
        char *table = mt_arena_alloc(&a, 200 * 1024);
        CHECK(table != NULL);
        if (table)
            memset(table, 3, 200 * 1024);
        held_after(&a, 20 * 1024, 100);
        mt_arena_reset(&a);
    }
    mt_arena_release(&a);
    CHECK_INT(chunks.live, 0);
}

/* What a reset keeps is bounded: after a page of 40 MiB the arena holds its
 * largest chunk and 8 MiB of spares, not the page's memory. */
static void test_reset_keeps_a_bounded_spare(void)
{
    failing_alloc chunks = { -1, 0 };
    mt_allocator counting = failing_alloc_make(&chunks);
    mt_arena a;
    mt_arena_init(&a, &counting, 1 << 20, 0);
    mt_arena_set_step(&a, 1 << 20);
    held_after(&a, 40u << 20, 4096);
    mt_arena_reset(&a);
    CHECK(mt_arena_reserved(&a) <= (8u << 20) + (8u << 20) + 4096);
    CHECK(chunks.live <= 1 + 8);
    mt_arena_release(&a);
    CHECK_INT(chunks.live, 0);
    CHECK_INT(mt_arena_reserved(&a), 0);
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
    RUN(test_steps_waste_at_most_a_step);
    RUN(test_reset_keeps_chunks_for_the_next_page);
    RUN(test_spares_fit_the_piece);
    RUN(test_reset_keeps_a_bounded_spare);
    RUN(test_input_prepare);
    return harness_finish();
}
