/* fold.h -- the small letter of a code point, for comparing words without
 * case: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic (the scripts
 * whose capitals begin a sentence's words on the pages we read); other
 * code points are their own. A simple fold, one code point for one: no
 * "ß" to "ss", no final sigma. */
#ifndef MT_TEXT_FOLD_H
#define MT_TEXT_FOLD_H

#include <stdint.h>

static inline uint32_t mt_text_fold(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    /* Latin Extended-A alternates upper/lower case in pairs, with a shift of
     * the pairing between U+0138 and U+0149 and after U+0178. */
    if (c >= 0x100 && c <= 0x137)
        return c | 1u;
    if (c >= 0x139 && c <= 0x148)
        return (c & 1u) ? c + 1 : c;
    if (c >= 0x14A && c <= 0x177)
        return c | 1u;
    if (c == 0x178)
        return 0xFF;
    if (c >= 0x179 && c <= 0x17E)
        return (c & 1u) ? c + 1 : c;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

/* A capital of those scripts: what folds to another letter. */
static inline int mt_text_is_capital(uint32_t c)
{
    return mt_text_fold(c) != c;
}

/* A small letter of those scripts (ß, ĸ and ŉ among them, which have no
 * capital here). */
static inline int mt_text_is_small(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x100 && c <= 0x17F && !mt_text_is_capital(c)) || (c >= 0x3AC && c <= 0x3CE) ||
           (c >= 0x430 && c <= 0x45F);
}

#endif
