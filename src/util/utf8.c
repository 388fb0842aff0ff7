/* utf8.c -- UTF-8 validation (the parser's input check) and decoding. */
#include "util/load.h"
#include "util/swar.h"
#include "util/utf8.h"

#if defined(__SSE2__) && !defined(MT_UTF8_NO_SIMD)
#include <emmintrin.h>
#define UTF8_SIMD 1
#endif

/* Length of a well-formed sequence starting at s, or 0 when ill-formed
 * (overlong forms, surrogates and values above U+10FFFF are ill-formed, as in
 * the Encoding Standard's UTF-8 decoder). */
static size_t sequence_length(const unsigned char *s, const unsigned char *end)
{
    unsigned c = s[0];
    size_t avail = (size_t)(end - s);
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (s[2] & 0xC0) != 0x80)
            return 0;
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return s[1] >= lo && s[1] <= hi ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return s[1] >= lo && s[1] <= hi ? 4 : 0;
    }
    return 0;
}

uint32_t mt_utf8_decode(const char *s, const char *end, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = sequence_length(u, (const unsigned char *)end);
    *len = n ? n : 1;
    switch (n) {
    case 1: return u[0];
    case 2: return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    case 3: return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    case 4:
        return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
               ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    default: return 0xFFFD;
    }
}

/* The first byte >= 0x80 in [p, end), or end. Pages are mostly ASCII
 * (markup, scripts, and the text of most languages), so this loop is where
 * validation spends its time: with SSE2 (every x86-64) 32 bytes are tested
 * per round, elsewhere eight in a 64-bit word. */
static const unsigned char *skip_ascii(const unsigned char *p, const unsigned char *end)
{
#ifdef UTF8_SIMD
    while (end - p >= 32) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)p);
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));
        if (_mm_movemask_epi8(_mm_or_si128(a, b))) {
            unsigned m = (unsigned)_mm_movemask_epi8(a) |
                         (unsigned)_mm_movemask_epi8(b) << 16;
            return p + __builtin_ctz(m);
        }
        p += 32;
    }
#endif
    while (end - p >= 8) {
        uint64_t w = mt_load64(p);
        if (w & MT_SWAR_HIGHS)
            break;
        p += 8;
    }
    while (p < end && *p < 0x80)
        p++;
    return p;
}

size_t mt_utf8_ascii_prefix(const char *s, size_t len)
{
    if (len == 0)       /* s may be NULL */
        return 0;
    const unsigned char *u = (const unsigned char *)s;
    return (size_t)(skip_ascii(u, u + len) - u);
}

size_t mt_utf8_scan(const char *s, size_t len, size_t *ascii_len)
{
    if (len == 0) {     /* s may be NULL, and NULL + 0 is undefined in C */
        if (ascii_len)
            *ascii_len = 0;
        return 0;
    }
    const unsigned char *u = (const unsigned char *)s, *end = u + len, *p = u;
    const unsigned char *first_high = NULL;
    while (p < end) {
        p = skip_ascii(p, end);
        if (p == end)
            break;
        if (!first_high)
            first_high = p;
        /* Letters of most scripts come in runs of multi-byte sequences:
         * stay here until the next ASCII byte. */
        do {
            size_t n = sequence_length(p, end);
            if (!n)
                goto done;
            p += n;
        } while (p < end && *p >= 0x80);
    }
done:
    if (ascii_len)
        *ascii_len = (size_t)((first_high ? first_high : p) - u);
    return (size_t)(p - u);
}

size_t mt_utf8_valid_prefix(const char *s, size_t len)
{
    return mt_utf8_scan(s, len, NULL);
}
