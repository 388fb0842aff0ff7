/* swar.h -- tests on eight bytes at once, in one 64-bit word.
 *
 * The scanners of every stage pass over runs of plain bytes (ASCII text,
 * letters of a class name, bytes that are not a tag's delimiter) eight at
 * a time and stop at the first byte that needs a closer look. These are
 * the tests they share. A mask has the high bit (0x80) of each byte that
 * passes a test, and nothing else -- except mt_swar_bytes_below's, which
 * is exact only at its first mark and in being 0 or not. Bytes from 0x80
 * up are in no ASCII range (UTF-8 never looks like markup); they are
 * "above" any ASCII byte for mt_swar_any_above.
 *
 * Which byte of a word comes first in the text depends on the machine:
 * mt_swar_first needs the little-endian order, and code that stops at a
 * byte keeps to MT_SWAR_LE (elsewhere it reads byte by byte, which gives
 * the same answers). */
#ifndef MT_UTIL_SWAR_H
#define MT_UTIL_SWAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "util/load.h"

#define MT_SWAR_ONES 0x0101010101010101ull
#define MT_SWAR_HIGHS 0x8080808080808080ull
#define MT_SWAR_LOWS 0x7F7F7F7F7F7F7F7Full

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define MT_SWAR_LE 1

/* The position of the first byte marked in a mask (not 0). */
static inline size_t mt_swar_first(uint64_t mask)
{
    return (size_t)(__builtin_ctzll(mask) >> 3);
}

/* The last bytes s[i..len) of a run, fewer than eight, in the low bytes of
 * a word, zeros above them: read without a loop and never outside
 * s[0..len), in a load that ends at len (len >= 8) or in two loads of
 * four that may overlap (4 <= len < 8). A scanner that stops at a byte
 * finds it there without a loop over single bytes, whose exit
 * mispredicts at the end of nearly every run. False when s is shorter
 * than four bytes: the caller reads those one by one. Requires
 * i < len and len - i < 8 (the shifts are 8 to 56 bits then). */
static inline bool mt_swar_load_tail(const char *s, size_t i, size_t len, uint64_t *w)
{
    if (len >= 8) {
        *w = mt_load64(s + len - 8) >> (8 * (8 - (len - i)));
        return true;
    }
    if (len >= 4) {
        uint64_t all = (uint64_t)mt_load32(s) | ((uint64_t)mt_load32(s + len - 4) >> (8 * (8 - len))) << 32;
        *w = all >> (8 * i);
        return true;
    }
    return false;
}
#endif

/* The bytes of v within [lo, hi], both below 0x80, exactly: adding
 * 0x80 - lo to a byte's low seven bits carries into its high bit when it is
 * at least lo, and nothing crosses into the next byte. */
static inline uint64_t mt_swar_bytes_in(uint64_t v, unsigned lo, unsigned hi)
{
    uint64_t low7 = v & MT_SWAR_LOWS;
    uint64_t ge_lo = low7 + (0x80 - lo) * MT_SWAR_ONES;
    uint64_t gt_hi = low7 + (0x7F - hi) * MT_SWAR_ONES;
    return ge_lo & ~gt_hi & ~v & MT_SWAR_HIGHS;
}

/* The zero bytes of x, exactly. */
static inline uint64_t mt_swar_zero_bytes(uint64_t x)
{
    return ~(((x & MT_SWAR_LOWS) + MT_SWAR_LOWS) | x | MT_SWAR_LOWS);
}

/* The bytes of v below c (1 <= c <= 0x80), a few operations cheaper than
 * mt_swar_bytes_in: a borrow out of a marked byte can change the marks of
 * the bytes above it, never of those below, so the first mark (little-
 * endian) is exact and the mask is 0 exactly when no byte is below c.
 * With c = 1 it finds zero bytes: the bytes equal to b are the zero bytes
 * of v XOR (b * MT_SWAR_ONES). */
static inline uint64_t mt_swar_bytes_below(uint64_t v, unsigned c)
{
    return (v - c * MT_SWAR_ONES) & ~v & MT_SWAR_HIGHS;
}

/* Whether any byte of v is above c (c below 0x80), bytes from 0x80 up
 * included: those have the high bit already, and a lower byte above c sets
 * it when 0x7F - c is added (a carry out of a byte can only come from one
 * that is flagged itself). */
static inline int mt_swar_any_above(uint64_t v, unsigned c)
{
    return (((v + (0x7F - c) * MT_SWAR_ONES) | v) & MT_SWAR_HIGHS) != 0;
}

/* How many bytes a mask marks (one that has at most the high bit of each
 * byte set): one multiplication sums them in the top byte, where the
 * compiler's popcount is a library call on CPUs without the instruction. */
static inline unsigned mt_swar_count(uint64_t mask)
{
    return (unsigned)(((mask >> 7) * MT_SWAR_ONES) >> 56);
}

/* The bytes of v that are HTML's white space (mt_ascii_is_space),
 * exactly: ' ', and '\t' to '\r' but '\v'. */
static inline uint64_t mt_swar_spaces(uint64_t v)
{
    return mt_swar_zero_bytes(v ^ (' ' * MT_SWAR_ONES)) |
           (mt_swar_bytes_in(v, '\t', '\r') & ~mt_swar_zero_bytes(v ^ ('\v' * MT_SWAR_ONES)));
}

/* The end of the run of ASCII letters from s[i] on, short of len: small
 * letters (a-z) only, or with any_case capitals too -- with the case bit
 * set, the letters of either case are the bytes a..z, and no other byte
 * is. Class names, words of markup and of dates are mostly such runs. */
static inline size_t mt_swar_letters_end(const char *s, size_t i, size_t len, bool any_case)
{
    const unsigned fold = any_case ? 0x20u : 0u;
#ifdef MT_SWAR_LE
    const uint64_t folds = fold * MT_SWAR_ONES;
    for (; i + 8 <= len; i += 8) {
        uint64_t other = ~mt_swar_bytes_in(mt_load64(s + i) | folds, 'a', 'z') & MT_SWAR_HIGHS;
        if (other)
            return i + mt_swar_first(other);
    }
    uint64_t tail;
    if (i < len && mt_swar_load_tail(s, i, len, &tail))     /* its zeros end the run */
        return i + mt_swar_first(~mt_swar_bytes_in(tail | folds, 'a', 'z') & MT_SWAR_HIGHS);
#endif
    while (i < len && (unsigned)(((unsigned char)s[i] | fold) - 'a') < 26)
        i++;
    return i;
}

static inline size_t mt_swar_small_letters_end(const char *s, size_t i, size_t len)
{
    return mt_swar_letters_end(s, i, len, false);
}

/* Whether s[0..n) holds an ASCII digit: eight bytes a load, for the
 * short lines that most often have none. */
static inline bool mt_swar_has_digit(const char *s, size_t n)
{
    size_t i = 0;
#ifdef MT_SWAR_LE
    for (; i + 8 <= n; i += 8)
        if (mt_swar_bytes_in(mt_load64(s + i), '0', '9'))
            return true;
    uint64_t tail;      /* its zeros are no digits */
    if (i < n && mt_swar_load_tail(s, i, n, &tail))
        return mt_swar_bytes_in(tail, '0', '9') != 0;
#endif
    for (; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return true;
    return false;
}

#endif
