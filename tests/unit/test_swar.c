/* test_swar.c -- the eight-bytes-at-once tests of util/swar.h against the
 * same questions asked one byte at a time: every byte value in every
 * position among every kind of neighbour, and words drawn at random. */
#include <stdlib.h>
#include "harness.h"
#include "util/swar.h"

/* The word whose bytes (first in the text first) are b[0..8). */
static uint64_t word_of(const unsigned char b[8])
{
    return mt_load64(b);
}

/* The mask a test should give, from a per-byte answer. */
static uint64_t mask_of(const unsigned char b[8], int (*pass)(unsigned, unsigned, unsigned),
                        unsigned lo, unsigned hi)
{
    unsigned char m[8];
    for (int i = 0; i < 8; i++)
        m[i] = pass(b[i], lo, hi) ? 0x80 : 0;
    return mt_load64(m);
}

static int in_range(unsigned c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; }
static int is_zero(unsigned c, unsigned lo, unsigned hi) { (void)lo, (void)hi; return c == 0; }
static int is_below(unsigned c, unsigned lo, unsigned hi) { (void)hi; return c < lo; }

/* The first marked position of a mask, from its bytes. */
static int first_of(uint64_t mask)
{
    unsigned char m[8];
    memcpy(m, &mask, sizeof m);
    for (int i = 0; i < 8; i++)
        if (m[i] & 0x80)
            return i;
    return 8;
}

/* Neighbours that provoke carries and borrows: 0x00, 0x01, 0x20, 0x7F,
 * 0x80, 0xFF, and plain letters. */
static const unsigned char fills[] = { 0x00, 0x01, 0x20, 'a', 0x7F, 0x80, 0xFF };

static void check_all(const unsigned char b[8])
{
    uint64_t v = word_of(b);
    static const unsigned ranges[][2] = { { 0, ' ' }, { ' ', ' ' }, { '0', '9' }, { 'a', 'z' },
                                          { 0, 0 }, { 0x7F, 0x7F } };
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
        CHECK(mt_swar_bytes_in(v, ranges[r][0], ranges[r][1]) ==
              mask_of(b, in_range, ranges[r][0], ranges[r][1]));
    CHECK(mt_swar_zero_bytes(v) == mask_of(b, is_zero, 0, 0));
    static const unsigned below[] = { 1, 0x20, 0x21, 0x80 };
    for (size_t k = 0; k < sizeof below / sizeof below[0]; k++) {
        uint64_t want = mask_of(b, is_below, below[k], 0), got = mt_swar_bytes_below(v, below[k]);
        /* exact at the first mark, and none exactly when none is below */
        CHECK((got == 0) == (want == 0));
        CHECK(first_of(got) == first_of(want));
    }
    int above = 0;
    for (int i = 0; i < 8; i++)
        above |= b[i] > ' ';
    CHECK(mt_swar_any_above(v, ' ') == above);
#ifdef MT_SWAR_LE
    uint64_t any = mt_swar_bytes_in(v, 'a', 'z');
    if (any)
        CHECK((int)mt_swar_first(any) == first_of(any));
#endif
}

static void test_every_byte_in_every_position(void)
{
    unsigned char b[8];
    for (size_t f = 0; f < sizeof fills; f++)
        for (int pos = 0; pos < 8; pos++)
            for (unsigned c = 0; c < 256; c++) {
                memset(b, fills[f], sizeof b);
                b[pos] = (unsigned char)c;
                check_all(b);
            }
}

static void test_random_words(void)
{
    srand(7);
    unsigned char b[8];
    for (int n = 0; n < 200000; n++) {
        for (int i = 0; i < 8; i++)
            b[i] = (unsigned char)(rand() & 0xFF);
        check_all(b);
    }
}

/* The run of small letters ends where a byte-at-a-time reading ends it,
 * from any start, whether the run ends inside a word or at the end. */
static void test_small_letters_end(void)
{
    const char *s = "articlebody-content_wrapper entryContent x";
    size_t len = strlen(s);
    for (size_t i = 0; i <= len; i++) {
        size_t want = i;
        while (want < len && s[want] >= 'a' && s[want] <= 'z')
            want++;
        CHECK(mt_swar_small_letters_end(s, i, len) == want);
    }
    char high[40];
    memset(high, 'q', sizeof high);
    high[21] = (char)0xC3;      /* UTF-8 ends the run */
    CHECK(mt_swar_small_letters_end(high, 0, sizeof high) == 21);
    CHECK(mt_swar_small_letters_end(high, 22, sizeof high) == sizeof high);
}

/* A run of letters that goes on past the end it is given stops at that
 * end, from every start and for every length: in a buffer of exactly that
 * many bytes (the sanitizers catch a load past it) and in a longer one
 * whose letters run on (a wrong answer shows a load past it). */
static void test_small_letters_stop_at_the_end(void)
{
    char longer[64];
    memset(longer, 'a', sizeof longer);
    for (size_t len = 0; len <= 40; len++) {
        char *exact = malloc(len ? len : 1);
        if (!exact) {
            CHECK(0);
            return;
        }
        memset(exact, 'a', len);
        for (size_t i = 0; i <= len; i++) {
            CHECK(mt_swar_small_letters_end(exact, i, len) == len);
            CHECK(mt_swar_small_letters_end(longer, i, len) == len);
        }
        free(exact);
    }
}

int main(void)
{
    RUN(test_every_byte_in_every_position);
    RUN(test_random_words);
    RUN(test_small_letters_end);
    RUN(test_small_letters_stop_at_the_end);
    return harness_finish();
}
