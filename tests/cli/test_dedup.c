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

int main(void)
{
    RUN(test_fingerprints);
    RUN(test_set);
    return harness_finish();
}
