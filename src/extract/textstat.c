/* textstat.c -- counting what a text holds: characters, words, punctuation.
 *
 * Scripts written without spaces (Han, kana, Thai, and Hangul) have no word
 * boundaries to count, so each of their characters counts as half a word:
 * a Japanese sentence has about half as many characters as its English
 * counterpart has letters... and about twice as many as it has words. */
#include "extract/internal.h"
#include "util/utf8.h"

enum { C_OTHER = 0, C_SPACE = 1, C_PUNCT = 2 };

static const uint8_t ascii_class[128] = {
    ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE, [' '] = C_SPACE,
    ['.'] = C_PUNCT, [','] = C_PUNCT, [';'] = C_PUNCT, [':'] = C_PUNCT, ['!'] = C_PUNCT,
    ['?'] = C_PUNCT,
};

static int is_unspaced_script(uint32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) ||   /* hiragana, katakana */
           (cp >= 0x3400 && cp <= 0x9FFF) ||   /* CJK ideographs */
           (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x2FFFF) ||
           (cp >= 0x0E00 && cp <= 0x0E7F) ||   /* Thai */
           (cp >= 0x0E80 && cp <= 0x0EFF) ||   /* Lao */
           (cp >= 0x1000 && cp <= 0x109F) ||   /* Myanmar */
           (cp >= 0x1780 && cp <= 0x17FF);     /* Khmer */
}

static int is_unicode_space(uint32_t cp)
{
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000 || cp == 0x202F ||
           cp == 0x205F || cp == 0xFEFF;
}

static int is_unicode_punct(uint32_t cp)
{
    switch (cp) {
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF01: case 0xFF1F:
    case 0xFF1B: case 0xFF1A: case 0x060C: case 0x061B: case 0x061F: case 0x06D4:
    case 0x0964: case 0x0965: case 0x2026: case 0x037E:
        return 1;
    default:
        return 0;
    }
}

void mt_text_stats(const char *s, size_t len, text_stats *out)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    uint32_t chars = 0, words = 0, punct = 0, cjk = 0;
    int in_word = 0;
    while (p < end) {
        unsigned c = *p;
        if (c < 0x80) {
            unsigned cls = ascii_class[c];
            p++;
            if (cls == C_SPACE) {
                in_word = 0;
                continue;
            }
            chars++;
            if (cls == C_PUNCT)
                punct++;
            if (!in_word) {
                words++;
                in_word = 1;
            }
            continue;
        }
        size_t n;
        uint32_t cp = mt_utf8_decode((const char *)p, (const char *)end, &n);
        p += n;
        if (is_unicode_space(cp)) {
            in_word = 0;
            continue;
        }
        chars++;
        if (is_unicode_punct(cp)) {
            punct++;
            in_word = 0;
        } else if (is_unspaced_script(cp)) {
            cjk++;
            in_word = 0;
        } else if (!in_word) {
            words++;
            in_word = 1;
        }
    }
    out->chars = chars;
    out->words = words + cjk / 2;
    out->punct = punct;
    out->cjk = cjk;
}
