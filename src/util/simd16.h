/* simd16.h -- tests on sixteen bytes at once, with SSE2.
 *
 * The sixteen-byte sibling of swar.h, for the scanners that pass over
 * longer runs (white space between words, the names of a class value). A
 * mask has bit j for byte j. Built only where SSE2 is (MT_SIMD16); the
 * scanners that use it have a path without it, which gives the same
 * answers (built alone with MT_NO_SIMD16: `make portable`). */
#ifndef MT_UTIL_SIMD16_H
#define MT_UTIL_SIMD16_H

#include "util/swar.h"

#if defined(__SSE2__) && defined(MT_SWAR_LE) && !defined(MT_NO_SIMD16)
#include <emmintrin.h>
#define MT_SIMD16 1

/* The sixteen bytes at p, unaligned. */
static inline __m128i mt_simd16_load(const char *p)
{
    return _mm_loadu_si128((const __m128i *)(const void *)p);
}

/* s[0..len), 0 < len < 16, as sixteen bytes with zeros after it, read
 * without a byte outside it. */
static inline __m128i mt_simd16_load_short(const char *s, size_t len)
{
    uint64_t lo = 0, hi = 0;
    if (len >= 8) {
        lo = mt_load64(s);
        if (len > 8)
            hi = mt_load64(s + len - 8) >> (8 * (16 - len));
    } else if (!mt_swar_load_tail(s, 0, len, &lo)) {
        for (size_t i = 0; i < len; i++)
            lo |= (uint64_t)(unsigned char)s[i] << (8 * i);
    }
    return _mm_set_epi64x((long long)hi, (long long)lo);
}

/* The bytes of sixteen from lo to hi (ASCII, lo <= hi): moved so that lo
 * is the smallest signed byte, they are those below hi's place. */
static inline unsigned mt_simd16_bytes_in(__m128i v, char lo, char hi)
{
    __m128i t = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo)));
    return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(t, _mm_set1_epi8((char)(0x80 + hi - lo + 1))));
}

/* The ASCII white space (mt_ascii_is_space) among sixteen bytes, as 0xFF
 * bytes: the space, and \t \n \f \r of the controls 9..13 (not \v). */
static inline __m128i mt_simd16_space_bytes(__m128i v)
{
    __m128i t = _mm_sub_epi8(v, _mm_set1_epi8(9));
    __m128i controls = _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(4)), t);
    __m128i vt = _mm_cmpeq_epi8(v, _mm_set1_epi8(11));
    __m128i space = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
    return _mm_or_si128(space, _mm_andnot_si128(vt, controls));
}

/* The same as a mask. */
static inline unsigned mt_simd16_spaces(__m128i v)
{
    return (unsigned)_mm_movemask_epi8(mt_simd16_space_bytes(v));
}
#endif

#endif
