/* simd16.h -- tests on sixteen bytes at once, with SSE2.
 *
 * The sixteen-byte sibling of swar.h, for the scanners that pass over
 * longer runs (white space between words, the names of a class value). A
 * mask has bit j for byte j. Built only where SSE2 is (MT_SIMD16); the
 * scanners that use it have a path without it, which gives the same
 * answers. */
#ifndef MT_UTIL_SIMD16_H
#define MT_UTIL_SIMD16_H

#if defined(__SSE2__)
#include <emmintrin.h>
#define MT_SIMD16 1

/* The ASCII white space (mt_ascii_is_space) among sixteen bytes: the
 * space, and \t \n \f \r of the controls 9..13 (not \v). */
static inline unsigned mt_simd16_spaces(__m128i v)
{
    __m128i t = _mm_sub_epi8(v, _mm_set1_epi8(9));
    __m128i controls = _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(4)), t);
    __m128i vt = _mm_cmpeq_epi8(v, _mm_set1_epi8(11));
    __m128i space = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(space, _mm_andnot_si128(vt, controls)));
}
#endif

#endif
