/* fold.h -- the small letter of a code point, for comparing words without
 * case: the bicameral alphabets of the pages we read -- Latin (with the
 * extended blocks of Romanian, pinyin and Vietnamese), Greek (monotonic),
 * Cyrillic and Armenian; other code points are their own. A simple fold,
 * one code point for one: no "ß" to "ss". Final sigma is folded to sigma
 * only by mt_text_fold_word, for comparing words (mt_text_fold keeps ς,
 * a small letter of its own that mt_text_is_capital must not take for a
 * capital). Letters whose case pairs follow no pattern (Latin Extended-B's
 * African letters, Greek Extended's polytonic ones) are left as they
 * are. */
#ifndef MT_TEXT_FOLD_H
#define MT_TEXT_FOLD_H

#include <stdint.h>

/* Within a run of pairs, each capital followed by its small letter: the
 * capital at the even code point (even_pairs) or at the odd one. */
static inline uint32_t mt_text_fold_even_pairs(uint32_t c)
{
    return c | 1u;
}

static inline uint32_t mt_text_fold_odd_pairs(uint32_t c)
{
    return (c & 1u) ? c + 1 : c;
}

/* The runs of case pairs of Latin Extended-B and of Cyrillic, which
 * mt_text_fold folds and mt_text_is_small reads: Vietnamese's horned O
 * (its U is a pair apart), pinyin's vowels with tones (the capital at the
 * odd code point), the runs that hold Romanian's comma letters (Ș, Ț) and
 * Livonian's; Cyrillic's extended letters and supplement, which hold
 * U+04C0..U+04CE, a run of its own (mt_text_fold_greek_cyrillic_armenian). */
static inline int mt_text_latin_b_even_pairs(uint32_t c)
{
    return (c >= 0x1A0 && c <= 0x1A5) || (c >= 0x1DE && c <= 0x1EF) || (c >= 0x1F4 && c <= 0x1F5) ||
           (c >= 0x1F8 && c <= 0x21F) || (c >= 0x222 && c <= 0x233) || (c >= 0x246 && c <= 0x24F);
}

static inline int mt_text_latin_b_odd_pairs(uint32_t c)
{
    return c >= 0x1CD && c <= 0x1DC;
}

/* Latin Extended-B's digraph letters, each in three forms: capital,
 * titlecase, small (Ǆ ǅ ǆ, Ǉ ǈ ǉ, Ǌ ǋ ǌ; Ǳ ǲ ǳ). */
static inline int mt_text_latin_b_digraphs(uint32_t c)
{
    return (c >= 0x1C4 && c <= 0x1CC) || (c >= 0x1F1 && c <= 0x1F3);
}

/* The small form of a digraph letter: the last of its three. */
static inline uint32_t mt_text_fold_digraph(uint32_t c)
{
    return c >= 0x1F1 ? 0x1F3 : c - (c - 0x1C4) % 3 + 2;
}

static inline int mt_text_cyrillic_pairs(uint32_t c)
{
    return (c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x52F);
}

/* Latin-1, Latin Extended-A and -B (U+00C0 to U+024F). */
static inline uint32_t mt_text_fold_latin(uint32_t c)
{
    if (c >= 0xC0 && c <= 0xDE)
        return c != 0xD7 ? c + 32 : c;
    /* Extended-A pairs shift between U+0138 and U+0149 and after U+0178 */
    if (c == 0x130)
        return 'i';     /* İ: Turkish's dotted capital, whose small letter is i */
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return mt_text_fold_even_pairs(c);
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return mt_text_fold_odd_pairs(c);
    if (c == 0x178)
        return 0xFF;
    if (mt_text_latin_b_even_pairs(c))
        return mt_text_fold_even_pairs(c);
    if (mt_text_latin_b_odd_pairs(c))
        return mt_text_fold_odd_pairs(c);
    if (mt_text_latin_b_digraphs(c))
        return mt_text_fold_digraph(c);
    if (c == 0x1AF)
        return 0x1B0;   /* Vietnamese's horned U */
    return c;
}

/* Greek and Coptic, Cyrillic and its supplement, Armenian (U+0370 to
 * U+058F). */
static inline uint32_t mt_text_fold_greek_cyrillic_armenian(uint32_t c)
{
    if (c < 0x400) {
        if (c >= 0x391 && c <= 0x3AB)
            return c != 0x3A2 ? c + 32 : c;
        /* the capitals with a tonos, each its own distance from its
         * small letter */
        if (c == 0x386)
            return 0x3AC;
        if (c >= 0x388 && c <= 0x38A)
            return c + 37;
        if (c == 0x38C)
            return 0x3CC;
        if (c >= 0x38E && c <= 0x38F)
            return c + 63;
        return c;
    }
    if (c <= 0x40F)
        return c + 80;
    if (c <= 0x42F)
        return c + 32;
    /* the palochka's capital stands apart from its small letter, and the
     * pairs after it have the capital at the odd code point */
    if (c >= 0x4C0 && c <= 0x4CE)
        return c == 0x4C0 ? 0x4CF : mt_text_fold_odd_pairs(c);
    if (mt_text_cyrillic_pairs(c))
        return mt_text_fold_even_pairs(c);
    if (c >= 0x531 && c <= 0x556)
        return c + 48;
    return c;
}

static inline uint32_t mt_text_fold(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c < 0x250)
        return mt_text_fold_latin(c);
    if (c < 0x370)
        return c;
    if (c < 0x590)
        return mt_text_fold_greek_cyrillic_armenian(c);
    /* Latin Extended Additional, Vietnamese's letters among them: pairs
     * but for a few small letters that have no capital, and the capital
     * of ß */
    if (c >= 0x1E00 && c <= 0x1EFF) {
        if (c == 0x1E9E)
            return 0xDF;
        return c <= 0x1E95 || c >= 0x1EA0 ? mt_text_fold_even_pairs(c) : c;
    }
    return c;
}

/* The fold for comparing words without case: mt_text_fold, and final
 * sigma as sigma, as Unicode's full case folding has it ("ΟΔΟΣ" is
 * "οδος"). */
static inline uint32_t mt_text_fold_word(uint32_t c)
{
    return c == 0x3C2 ? 0x3C3 : mt_text_fold(c);
}

/* A capital of those scripts: what folds to another letter (a digraph's
 * titlecase form, ǅ, among them). */
static inline int mt_text_is_capital(uint32_t c)
{
    return mt_text_fold(c) != c;
}

/* A small letter of those scripts (ß, ĸ and ŉ among them, which have no
 * capital here): a letter of a run where every letter has a case that
 * folds to itself. */
static inline int mt_text_is_small(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    if (c < 0x250) {
        int cased = (c >= 0xDF && c <= 0x17F && c != 0xF7) || mt_text_latin_b_even_pairs(c) ||
                    mt_text_latin_b_odd_pairs(c) || mt_text_latin_b_digraphs(c) || c == 0x1B0;
        return cased && !mt_text_is_capital(c);
    }
    if (c < 0x590)
        return c == 0x390 || (c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F) ||
               (mt_text_cyrillic_pairs(c) && !mt_text_is_capital(c)) ||
               (c >= 0x560 && c <= 0x588);
    return c >= 0x1E00 && c <= 0x1EFF && !mt_text_is_capital(c);
}

#endif
