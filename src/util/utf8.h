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

/* The same, and in *ascii_len (may be NULL) the length of the prefix that
 * is all ASCII, found in the same pass: a caller that needs both (is the
 * text valid, and does it hold any multi-byte sequence?) reads it once. */
size_t mt_utf8_scan(const char *s, size_t len, size_t *ascii_len);

/* Length of the longest prefix of s[0..len) without a byte >= 0x80. */
size_t mt_utf8_ascii_prefix(const char *s, size_t len);

/* The character at the start of s[0..len) written as a surrogate pair,
 * each half as UTF-8 writes a character (CESU-8: ED A0-AF xx, then ED
 * B0-BF xx -- an emoji from a database's 3-byte "utf8"), or 0 when there
 * is none: the pair is six bytes, ill-formed UTF-8. */
static inline uint32_t mt_utf8_surrogate_pair(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len < 6 || u[0] != 0xED || (u[1] & 0xF0) != 0xA0 || (u[2] & 0xC0) != 0x80 ||
        u[3] != 0xED || (u[4] & 0xF0) != 0xB0 || (u[5] & 0xC0) != 0x80)
        return 0;
    uint32_t high = (uint32_t)(u[1] & 0x0F) << 6 | (u[2] & 0x3F);  /* from 0xD800 */
    uint32_t low = (uint32_t)(u[4] & 0x0F) << 6 | (u[5] & 0x3F);   /* from 0xDC00 */
    return 0x10000 + (high << 10) + low;
}

/* Whether s[0..len) is one character cut short: a lead byte followed by
 * fewer continuation bytes than it announces. Text truncated in transfer
 * (web archives cut records at a size limit) ends so; it is not a sign of
 * another encoding. */
static inline int mt_utf8_is_cut_character(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len == 0 || len > 3)
        return 0;
    size_t need = u[0] >= 0xC2 && u[0] <= 0xDF ? 2 : u[0] >= 0xE0 && u[0] <= 0xEF ? 3
                : u[0] >= 0xF0 && u[0] <= 0xF4 ? 4 : 0;
    if (len >= need)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((u[i] & 0xC0) != 0x80)
            return 0;
    return 1;
}

/* The length of s[0..len) without the character cut short at its end, if
 * one is (mt_utf8_is_cut_character): where a copy of valid text must stop
 * when it has room for `len` bytes, so that what it keeps is valid too. */
static inline size_t mt_utf8_whole_prefix(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t start = len;
    /* back to the lead byte of the last character (three bytes at most) */
    while (start > 0 && len - start < 3 && (u[start - 1] & 0xC0) == 0x80)
        start--;
    if (start == 0)
        return len;
    start--;
    return mt_utf8_is_cut_character(s + start, len - start) ? start : len;
}

#endif
