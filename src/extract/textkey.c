/* textkey.c -- a metadata text (the title, the description) folded once per
 * page, and the comparisons of blocks and headings with it (see internal.h). */
#include <string.h>
#include "extract/internal.h"
#include "metadata/metadata.h"

/* What fold_alnum keeps of an ASCII byte: a digit, a letter in small
 * case, 0 for the rest. */
#define FOLD(c) ((c) >= '0' && (c) <= '9' ? (c) : (c) >= 'a' && (c) <= 'z' ? (c) \
                 : (c) >= 'A' && (c) <= 'Z' ? (c) + 0x20 : 0)
#define FOLD8(c) FOLD(c), FOLD(c + 1), FOLD(c + 2), FOLD(c + 3), FOLD(c + 4), FOLD(c + 5), \
                 FOLD(c + 6), FOLD(c + 7)
static const unsigned char ascii_folds[128] = {
    FOLD8(0x00), FOLD8(0x08), FOLD8(0x10), FOLD8(0x18), FOLD8(0x20), FOLD8(0x28), FOLD8(0x30),
    FOLD8(0x38), FOLD8(0x40), FOLD8(0x48), FOLD8(0x50), FOLD8(0x58), FOLD8(0x60), FOLD8(0x68),
    FOLD8(0x70), FOLD8(0x78),
};
#undef FOLD8
#undef FOLD

/* Keeps the first `cap` (at most 256) letters and digits of s[0..len),
 * case-folded for ASCII (bytes of other characters as they are); returns
 * how many. The typographic marks of U+0080..U+00BF (no-break space, guillemets) and
 * U+2000..U+207F (curly quotes, dashes, ellipsis) are passed over like
 * ASCII punctuation: a headline with "’" and a title with "'" are the
 * same text. */
static size_t fold_alnum(const char *s, size_t len, char out[FOLDED_MAX], size_t cap)
{
    size_t n = 0, i = 0;
    while (i < len && n < cap) {
        /* eight ASCII bytes in a step while room for eight is left: the
         * tests of the loop below asked once for the eight (the same
         * folds, in the same order). An ASCII byte is written whatever
         * it is, counted only when a letter or a digit: no branch at
         * every word's end, which mispredicted. */
        if (len - i >= 8 && cap - n >= 8 && !(mt_load64(s + i) & MT_SWAR_HIGHS)) {
#define FOLD_AT(k) (out[n] = (char)ascii_folds[(unsigned char)s[i + (k)]], n += out[n] != 0)
            FOLD_AT(0); FOLD_AT(1); FOLD_AT(2); FOLD_AT(3);
            FOLD_AT(4); FOLD_AT(5); FOLD_AT(6); FOLD_AT(7);
#undef FOLD_AT
            i += 8;
            continue;
        }
        /* a word with a byte from 0x80 up, or the last bytes: one by one
         * to its end */
        size_t stop = len - i > 8 ? i + 8 : len;
        while (i < stop && n < cap) {
            unsigned char ch = (unsigned char)s[i];
            if (ch < 0x80) {
                unsigned char f = ascii_folds[ch];
                out[n] = (char)f;
                n += f != 0;
                i++;
            } else if (ch == 0xE2 && i + 2 < len && ((unsigned char)s[i + 1] & 0xFE) == 0x80) {
                i += 3;     /* E2 80..81 xx: U+2000..U+207F */
            } else if (ch == 0xC2 && i + 1 < len) {
                i += 2;     /* C2 xx: U+0080..U+00BF */
            } else {
                out[n++] = (char)ch;
                i++;
            }
        }
    }
    return n;
}

int mt_textkey_ends_in_ellipsis(const char *t, size_t n)
{
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == ')' || t[n - 1] == ']'))
        n--;
    return (n >= 3 && memcmp(t + n - 3, "...", 3) == 0) ||
           (n >= 3 && memcmp(t + n - 3, "\xE2\x80\xA6", 3) == 0);
}

void mt_textkey_fold(const char *text, folded_text *out)
{
    out->present = text != NULL;
    out->n = text ? (uint32_t)fold_alnum(text, strlen(text), out->s, FOLDED_MAX) : 0;
    out->cut = text && mt_textkey_ends_in_ellipsis(text, strlen(text));
}

/* The shortest cut description taken for the opening of a block: shorter,
 * it may be any line's. */
#define CUT_MIN 40

int mt_textkey_opens_with_cut(const folded_text *meta, const char *text, size_t len)
{
    /* a text folds to no more bytes than it has: one shorter than the
     * description's key cannot open with it, and is not folded */
    if (!meta->present || !meta->cut || meta->n < CUT_MIN || len < meta->n)
        return 0;
    char b[FOLDED_MAX];
    size_t nb = fold_alnum(text, len, b, meta->n);
    return nb >= meta->n && memcmp(b, meta->s, meta->n) == 0;
}

int mt_textkey_same(const folded_text *meta, const char *text, size_t len)
{
    /* a text folds to no more bytes than it has: one under half the
     * metadata's length is no match (below), and is not folded */
    if (!meta->present || meta->n < 4 || 2 * len < meta->n)
        return 0;
    char b[FOLDED_MAX];
    /* the text is folded no further than one byte past twice the metadata's
     * length: one that long is no match */
    const char *a = meta->s;
    size_t na = meta->n, cap = 2 * na + 1 < FOLDED_MAX ? 2 * na + 1 : FOLDED_MAX;
    size_t nb = fold_alnum(text, len, b, cap);
    if (nb < 4)
        return 0;
    const char *small = na < nb ? a : b, *big = na < nb ? b : a;
    size_t ns = na < nb ? na : nb, nbig = na < nb ? nb : na;
    if (ns * 2 < nbig)
        return 0;
    for (size_t i = 0; i + ns <= nbig; i++)
        if (big[i] == small[0] && memcmp(big + i, small, ns) == 0)
            return 1;
    return 0;
}

/* The description's words asked (a long one is read no further), the
 * shortest word that counts (shorter ones are articles, prepositions) and
 * the share of them the text must hold: ECHO_SHARE_NUM / ECHO_SHARE_DEN. */
#define ECHO_WORDS_MAX 24
#define ECHO_WORD_MIN 3
#define ECHO_SHARE_NUM 3
#define ECHO_SHARE_DEN 5
/* The text read for them: a standfirst's first sentences. */
#define ECHO_TEXT_MAX 1024

/* Whether a byte is a word's: a letter or a digit, or a byte of a
 * character outside ASCII (letters, most of them). */
static int word_byte(unsigned char b)
{
    return b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

/* Whether s[i..len) opens with a mark of U+2000..U+203F (curly quotes,
 * dashes) or U+3000..U+303F (the ideographic comma and stop, corner
 * brackets): E2 80 xx or E3 80 xx, a word's end like ASCII punctuation. */
static int mark_at(const char *s, size_t i, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    return i + 2 < len && (u[i] == 0xE2 || u[i] == 0xE3) && u[i + 1] == 0x80;
}

/* Whether s[i] is a word's first byte, or s[i] one past its last (the
 * byte there, or the one before, is no word's). */
static int word_starts(const char *t, size_t i)
{
    return i == 0 || !word_byte((unsigned char)t[i - 1]) ||
           (i >= 3 && mark_at(t, i - 3, i));
}

static int word_ends(const char *t, size_t i, size_t len)
{
    return i == len || !word_byte((unsigned char)t[i]) || mark_at(t, i, len);
}

/* The longest description word compared (longer ones are skipped). */
#define ECHO_WORD_MAX 64

/* Whether lower[0..n) (ASCII letters in small case) is a whole word of
 * t[0..len), ASCII letters in any case. */
static int has_word(const char *t, size_t len, const char *lower, size_t n)
{
    for (size_t i = 0; i + n <= len; i++)
        if (word_starts(t, i) && word_ends(t, i + n, len) && mt_ascii_equal_ci(t + i, lower, n))
            return 1;
    return 0;
}

/* The next word of s[0..len) from *i on of min_len (1 or more) to
 * ECHO_WORD_MAX bytes (shorter and longer ones are passed over), its ASCII
 * letters lowered into lower; returns its length, 0 at the end. *i moves
 * past it. */
static size_t next_word(const char *s, size_t len, size_t *i, size_t min_len,
                        char lower[ECHO_WORD_MAX])
{
    while (*i < len) {
        while (*i < len && (!word_byte((unsigned char)s[*i]) || mark_at(s, *i, len)))
            *i += mark_at(s, *i, len) ? 3 : 1;
        const char *w = s + *i;
        while (*i < len && word_byte((unsigned char)s[*i]) && !mark_at(s, *i, len))
            (*i)++;
        size_t n = (size_t)(s + *i - w);
        if (n >= min_len && n <= ECHO_WORD_MAX) {
            for (size_t k = 0; k < n; k++)
                lower[k] = (char)mt_ascii_lower((unsigned char)w[k]);
            return n;
        }
    }
    return 0;
}

int mt_textkey_echoes(const char *meta, const char *text, size_t len)
{
    if (!meta)
        return 0;
    if (len > ECHO_TEXT_MAX)
        len = ECHO_TEXT_MAX;
    size_t words = 0, found = 0, mlen = strlen(meta), n;
    char lower[ECHO_WORD_MAX];
    for (size_t i = 0;
         words < ECHO_WORDS_MAX && (n = next_word(meta, mlen, &i, ECHO_WORD_MIN, lower));) {
        words++;
        found += has_word(text, len, lower, n);
    }
    return words >= 4 && found * ECHO_SHARE_DEN >= words * ECHO_SHARE_NUM;
}

int mt_textkey_shares_word(const char *words, size_t wlen, const char *text, size_t len,
                           size_t min_len)
{
    if (!words || !text)
        return 0;
    if (len > ECHO_TEXT_MAX)
        len = ECHO_TEXT_MAX;
    char lower[ECHO_WORD_MAX];
    size_t n;
    for (size_t i = 0; (n = next_word(words, wlen, &i, min_len ? min_len : 1, lower));)
        if (has_word(text, len, lower, n))
            return 1;
    return 0;
}

size_t mt_textkey_count_words(const char *s, size_t len)
{
    size_t words = 0;
    int in_word = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n') {
            in_word = 0;
        } else if (!in_word && word_byte(ch)) {
            in_word = 1;
            words++;
        }
    }
    return words;
}

size_t mt_textkey_fold_parts(const char *title, folded_text *parts, size_t max)
{
    if (!title)
        return 0;
    size_t start[TITLE_PARTS_MAX * 2], len[TITLE_PARTS_MAX * 2];
    size_t pieces = mt_metadata_title_parts(title, strlen(title), start, len,
                                            TITLE_PARTS_MAX * 2);
    /* a title that does not split is all headline: title_key has it */
    if (pieces < 2)
        return 0;
    size_t n = 0;
    for (size_t k = 0; k < pieces && n < max; k++) {
        if (mt_textkey_count_words(title + start[k], len[k]) < TITLE_PART_WORDS)
            continue;
        folded_text *p = &parts[n];
        p->n = (uint32_t)fold_alnum(title + start[k], len[k], p->s, FOLDED_MAX);
        p->present = p->n > 0;
        p->cut = false;
        n += p->present;
    }
    return n;
}

int mt_textkey_names_only(const char *title)
{
    if (!title)
        return 0;
    size_t start[TITLE_PARTS_MAX * 2], len[TITLE_PARTS_MAX * 2];
    size_t pieces = mt_metadata_title_parts(title, strlen(title), start, len,
                                            TITLE_PARTS_MAX * 2);
    for (size_t k = 0; k < pieces; k++)
        if (mt_textkey_count_words(title + start[k], len[k]) >= TITLE_PART_WORDS)
            return 0;
    return pieces > 0;
}

int mt_textkey_equal(const folded_text *key, const char *text, size_t len)
{
    if (!key->present || key->n == 0 || len < key->n)
        return 0;
    char b[FOLDED_MAX];
    size_t cap = key->n + 1 < FOLDED_MAX ? key->n + 1 : FOLDED_MAX;
    size_t nb = fold_alnum(text, len, b, cap);
    return nb == key->n && memcmp(b, key->s, nb) == 0;
}

/* Whether t[i..n) opens with a mark that sets a title's parts apart, after
 * any spaces: a hyphen, a bar, a colon, a slash, a guillemet, an en or em
 * dash, a middle dot. */
static int separator_at(const char *t, size_t i, size_t n)
{
    while (i < n && t[i] == ' ')
        i++;
    if (i == n)
        return 0;
    if (strchr("-|:/", t[i]))
        return 1;
    const unsigned char *u = (const unsigned char *)t + i;
    if (n - i >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))
        return 1;
    return n - i >= 2 && u[0] == 0xC2 && (u[1] == 0xBB || u[1] == 0xB7);
}

int mt_textkey_opens_title(const char *title, const char *text, size_t len)
{
    if (!title)
        return 0;
    char a[FOLDED_MAX], b[FOLDED_MAX];
    size_t tlen = strlen(title);
    size_t nb = fold_alnum(text, len, b, FOLDED_MAX);
    if (nb < 4 || nb >= FOLDED_MAX || fold_alnum(title, tlen, a, FOLDED_MAX) <= nb ||
        memcmp(a, b, nb) != 0)
        return 0;
    /* the title's byte after the text's last letter: the first prefix,
     * cut between characters, that folds to as many */
    for (size_t i = 1; i < tlen; i++) {
        if (((unsigned char)title[i] & 0xC0) == 0x80)
            continue;
        size_t folded = fold_alnum(title, i, a, nb + 1);
        if (folded == nb)
            return separator_at(title, i, tlen);
        if (folded > nb)
            return 0;   /* longer prefixes fold to more: bounded work on a long title */
    }
    return 0;
}
