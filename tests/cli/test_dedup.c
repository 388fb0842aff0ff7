/* test_dedup.c -- --dedup's fingerprints and set (cli/dedup.c): the same
 * blocks give the same fingerprint and other blocks another; the set
 * tells a fingerprint seen from a new one across its growth. */
#include <stdint.h>
#include "dedup.h"
#include "harness.h"

static cli_fingerprint of_texts(const char *const *texts, size_t n)
{
    mt_block blocks[8];
    memset(blocks, 0, sizeof blocks);
    for (size_t i = 0; i < n; i++) {
        blocks[i].type = MT_BLOCK_PARAGRAPH;
        blocks[i].text = texts[i];
        blocks[i].text_len = strlen(texts[i]);
    }
    mt_result res;
    memset(&res, 0, sizeof res);
    res.blocks = blocks;
    res.nblocks = n;
    return cli_text_fingerprint(&res);
}

static int same(cli_fingerprint a, cli_fingerprint b)
{
    return a.hi == b.hi && a.lo == b.lo;
}

static void test_fingerprints(void)
{
    const char *a[] = { "Night trains return", "After eleven years without a sleeper." };
    const char *a_again[] = { "Night trains return", "After eleven years without a sleeper." };
    const char *one_letter[] = { "Night trains return", "After eleven years without a sleeper!" };
    const char *joined[] = { "Night trains return\nAfter eleven years without a sleeper." };
    const char *split_elsewhere[] = { "Night trains", "return\nAfter eleven years without a sleeper." };
    CHECK(same(of_texts(a, 2), of_texts(a_again, 2)));
    CHECK(!same(of_texts(a, 2), of_texts(one_letter, 2)));
    CHECK(!same(of_texts(a, 2), of_texts(a, 1)));
    /* a block ends in a line end: the joined text is the same text ... */
    CHECK(same(of_texts(a, 2), of_texts(joined, 1)));
    /* ... but not one whose line ends fall elsewhere */
    CHECK(!same(of_texts(a, 2), of_texts(split_elsewhere, 2)));
    /* both halves depend on the text */
    cli_fingerprint x = of_texts(a, 2), y = of_texts(one_letter, 2);
    CHECK(x.hi != y.hi);
    CHECK(x.lo != y.lo);
}

/* Fingerprints that share their low bits, so that they probe the same
 * slots, and others spread out: every one is new once, seen after. */
static void test_set(void)
{
    cli_seen_texts set = { 0 };
    const uint64_t n = 100000;
    int all_new = 1, all_seen = 1;
    for (uint64_t i = 0; i < n; i++) {
        cli_fingerprint fp = { i * 0x9e3779b97f4a7c15u + 1, i < 100 ? 7 : i * 2654435761u };
        all_new &= cli_seen_add(&set, fp) == 0;
    }
    CHECK(all_new);
    CHECK_INT(set.count, n);
    CHECK(set.count * 2 <= set.cap);
    for (uint64_t i = 0; i < n; i++) {
        cli_fingerprint fp = { i * 0x9e3779b97f4a7c15u + 1, i < 100 ? 7 : i * 2654435761u };
        all_seen &= cli_seen_add(&set, fp) == 1;
    }
    CHECK(all_seen);
    CHECK_INT(set.count, n);
    /* a fingerprint of all zero bits is no empty slot */
    cli_fingerprint zero = { 0, 0 };
    CHECK_INT(cli_seen_add(&set, zero), 0);
    CHECK_INT(cli_seen_add(&set, zero), 1);
    cli_seen_free(&set);
    CHECK(set.slots == NULL && set.count == 0 && set.cap == 0);
    /* an emptied set starts again */
    CHECK_INT(cli_seen_add(&set, zero), 0);
    cli_seen_free(&set);
}

/* A fingerprint with the bits of `mask` flipped. */
static uint64_t flipped(uint64_t fp, uint64_t mask)
{
    return fp ^ mask;
}

/* --dedup-near's set: a fingerprint within three bits of one kept is
 * found, whichever quarters the differing bits fall in; four bits apart
 * is not; many entries sharing one quarter are walked only so far. */
static void test_near_set(void)
{
    cli_near_texts set = { 0 };
    const uint64_t kept = 0x0123456789abcdefu;
    CHECK_INT(cli_near_has(&set, kept), 0);
    CHECK_INT(cli_near_add(&set, kept), 0);
    CHECK_INT(cli_near_has(&set, kept), 1);
    /* three bits, in three different quarters: the fourth is shared */
    CHECK_INT(cli_near_has(&set, flipped(kept, (1u << 3) | (1u << 20) | (1ull << 40))), 1);
    /* three bits in one quarter */
    CHECK_INT(cli_near_has(&set, flipped(kept, 0x7ull << 60)), 1);
    /* four bits, one in each quarter: no quarter is shared, and too far */
    CHECK_INT(cli_near_has(&set, flipped(kept, 1u | (1u << 16) | (1ull << 32) | (1ull << 48))), 0);
    /* four bits in one quarter: a quarter is shared, but too far */
    CHECK_INT(cli_near_has(&set, flipped(kept, 0xFull)), 0);
    cli_near_free(&set);
    CHECK(set.heads == NULL && set.count == 0);

    /* 100,000 entries through the arrays' growth, every one found again;
     * they share their low quarter, so a search for one of the first is
     * past CLI_NEAR_WALK entries there, and is found by another quarter */
    const uint64_t n = 100000;
    int all_added = 1, all_found = 1;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t fp = ((i * 0x9e3779b97f4a7c15u) & ~0xFFFFull) | 0xBEEF;
        all_added &= cli_near_add(&set, fp) == 0;
    }
    CHECK(all_added);
    CHECK_INT(set.count, n);
    for (uint64_t i = 0; i < n; i += 97) {
        uint64_t fp = ((i * 0x9e3779b97f4a7c15u) & ~0xFFFFull) | 0xBEEF;
        all_found &= cli_near_has(&set, flipped(fp, 1ull << 63)) == 1;
    }
    CHECK(all_found);
    /* the first entry (0xBEEF) is three bits from this one, which shares
     * only the crowded quarter with it: the walk stops before it, among
     * the newest, and the near text is missed, as dedup.h says */
    CHECK_INT(cli_near_has(&set, 0xBEEF), 1);
    CHECK_INT(cli_near_has(&set, flipped(0xBEEF, (1ull << 16) | (1ull << 32) | (1ull << 48))), 0);
    cli_near_free(&set);
}

int main(void)
{
    RUN(test_fingerprints);
    RUN(test_set);
    RUN(test_near_set);
    return harness_finish();
}
