/* utf8.h -- encoding and decoding single code points. */
#ifndef MT_UTIL_UTF8_H
#define MT_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Writes the UTF-8 form of `cp` (at most 4 bytes) to `out`; returns the
 * number of bytes. Surrogates and values above U+10FFFF become U+FFFD. */
static inline size_t mt_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = 0xFFFD;
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decodes one code point of VALID UTF-8 at `s` (at least one byte before
 * `end`); stores its length in *len. For invalid input it returns U+FFFD and
 * a length of 1, so a caller always advances. */
uint32_t mt_utf8_decode(const char *s, const char *end, size_t *len);

/* Length of the longest prefix of s[0..len) that is valid UTF-8 (the whole
 * length when all of it is valid). */
size_t mt_utf8_valid_prefix(const char *s, size_t len);

#endif
