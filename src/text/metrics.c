/* metrics.c -- script-aware text lengths (see metrics.h). */
#include "text/metrics.h"
#include "util/load.h"
#include "util/swar.h"
#include "util/utf8.h"

#ifdef MT_TEXT_SIMD
#define TEXT_SIMD 1
#endif

/* What a character does to the count. */
enum {
    C_IGNORE,     /* controls, zero-width and format characters */
    C_SPACE,
    C_WORD,       /* letter or digit of a spaced script */
    C_UNSPACED,   /* letter of a script written without spaces */
    C_PUNCT,
    C_JOIN,       /* punctuation that may stand inside a word: ' - . ’ */
    C_MARK,       /* combining mark: belongs to the letter before it */
    C_SYMBOL
};

/* A Hangul run longer than this many syllables is unspaced text, not one
 * word (Korean words average about three syllables). */
#define HANGUL_WORD_MAX 8

/* Weights, in hundredths of a word per hundred characters (metrics.h):
 * 100/2.72, 100/1.62, 100/2.20, 100/4.91. */
enum { W_JAPANESE = 3676, W_CHINESE = 6173, W_HANGUL = 4545, W_THAI = 2037 };

/* ======================================================================
 * Classification
 * ====================================================================== */

typedef struct range {
    uint32_t first, last;
    uint8_t script, cls;
} range;

/* Code point ranges, sorted and disjoint; anything else is a symbol of no
 * script. Ranges are Unicode blocks with their punctuation split out.
 * text_block16 counts U+00C0-033F and U+0380-057F without this table, as
 * one character each, no clause mark, not unspaced, and punct_block16
 * U+00A0-00BF (the no-break space none, the soft hyphen not taken) and
 * U+2010-2025 alike: a change of their classes here must be made there
 * too. */
static const range ranges[] = {
    { 0x0080, 0x009F, MT_SCRIPT_OTHER, C_IGNORE },
    { 0x00A0, 0x00A0, MT_SCRIPT_OTHER, C_SPACE },
    { 0x00A1, 0x00A1, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x00A7, 0x00A7, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x00AB, 0x00AB, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x00AD, 0x00AD, MT_SCRIPT_OTHER, C_IGNORE },
    { 0x00B6, 0x00B7, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x00BB, 0x00BB, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x00BF, 0x00BF, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x00C0, 0x00D6, MT_SCRIPT_LATIN, C_WORD },
    { 0x00D8, 0x00F6, MT_SCRIPT_LATIN, C_WORD },
    { 0x00F8, 0x024F, MT_SCRIPT_LATIN, C_WORD },
    { 0x0250, 0x02AF, MT_SCRIPT_LATIN, C_WORD },
    { 0x0300, 0x036F, MT_SCRIPT_OTHER, C_MARK },
    { 0x0370, 0x037D, MT_SCRIPT_GREEK, C_WORD },
    { 0x037E, 0x037E, MT_SCRIPT_GREEK, C_PUNCT },     /* Greek question mark */
    { 0x037F, 0x0386, MT_SCRIPT_GREEK, C_WORD },
    { 0x0387, 0x0387, MT_SCRIPT_GREEK, C_PUNCT },     /* ano teleia */
    { 0x0388, 0x03FF, MT_SCRIPT_GREEK, C_WORD },
    { 0x0400, 0x0482, MT_SCRIPT_CYRILLIC, C_WORD },
    { 0x0483, 0x0489, MT_SCRIPT_CYRILLIC, C_MARK },
    { 0x048A, 0x052F, MT_SCRIPT_CYRILLIC, C_WORD },
    { 0x0531, 0x0588, MT_SCRIPT_ARMENIAN, C_WORD },
    { 0x0589, 0x058A, MT_SCRIPT_ARMENIAN, C_PUNCT },
    { 0x0591, 0x05BD, MT_SCRIPT_HEBREW, C_MARK },
    { 0x05BE, 0x05BE, MT_SCRIPT_HEBREW, C_JOIN },     /* maqaf */
    { 0x05BF, 0x05BF, MT_SCRIPT_HEBREW, C_MARK },
    { 0x05C0, 0x05C0, MT_SCRIPT_HEBREW, C_PUNCT },
    { 0x05C1, 0x05C2, MT_SCRIPT_HEBREW, C_MARK },
    { 0x05C3, 0x05C3, MT_SCRIPT_HEBREW, C_PUNCT },
    { 0x05C4, 0x05C7, MT_SCRIPT_HEBREW, C_MARK },
    { 0x05D0, 0x05F2, MT_SCRIPT_HEBREW, C_WORD },
    { 0x05F3, 0x05F4, MT_SCRIPT_HEBREW, C_JOIN },     /* geresh, gershayim */
    { 0x0600, 0x0605, MT_SCRIPT_ARABIC, C_IGNORE },
    { 0x060C, 0x060D, MT_SCRIPT_ARABIC, C_PUNCT },    /* Arabic comma */
    { 0x0610, 0x061A, MT_SCRIPT_ARABIC, C_MARK },
    { 0x061B, 0x061B, MT_SCRIPT_ARABIC, C_PUNCT },    /* Arabic semicolon */
    { 0x061C, 0x061C, MT_SCRIPT_ARABIC, C_IGNORE },
    { 0x061D, 0x061F, MT_SCRIPT_ARABIC, C_PUNCT },    /* Arabic question mark */
    { 0x0620, 0x064A, MT_SCRIPT_ARABIC, C_WORD },
    { 0x064B, 0x065F, MT_SCRIPT_ARABIC, C_MARK },
    { 0x0660, 0x0669, MT_SCRIPT_ARABIC, C_WORD },     /* Arabic-Indic digits */
    { 0x066A, 0x066D, MT_SCRIPT_ARABIC, C_PUNCT },
    { 0x066E, 0x066F, MT_SCRIPT_ARABIC, C_WORD },
    { 0x0670, 0x0670, MT_SCRIPT_ARABIC, C_MARK },
    { 0x0671, 0x06D3, MT_SCRIPT_ARABIC, C_WORD },
    { 0x06D4, 0x06D4, MT_SCRIPT_ARABIC, C_PUNCT },    /* Urdu full stop */
    { 0x06D5, 0x06D5, MT_SCRIPT_ARABIC, C_WORD },
    { 0x06D6, 0x06ED, MT_SCRIPT_ARABIC, C_MARK },
    { 0x06EE, 0x06FF, MT_SCRIPT_ARABIC, C_WORD },
    { 0x0700, 0x074F, MT_SCRIPT_ARABIC, C_WORD },     /* Syriac */
    { 0x0750, 0x077F, MT_SCRIPT_ARABIC, C_WORD },
    { 0x0780, 0x07BF, MT_SCRIPT_ARABIC, C_WORD },     /* Thaana */
    { 0x08A0, 0x08FF, MT_SCRIPT_ARABIC, C_WORD },
    { 0x0900, 0x0963, MT_SCRIPT_INDIC, C_WORD },
    { 0x0964, 0x0965, MT_SCRIPT_INDIC, C_PUNCT },     /* danda */
    { 0x0966, 0x0DFF, MT_SCRIPT_INDIC, C_WORD },
    { 0x0E00, 0x0E4E, MT_SCRIPT_THAI, C_UNSPACED },
    { 0x0E4F, 0x0E4F, MT_SCRIPT_THAI, C_PUNCT },
    { 0x0E50, 0x0E59, MT_SCRIPT_THAI, C_WORD },       /* Thai digits */
    { 0x0E5A, 0x0E5B, MT_SCRIPT_THAI, C_PUNCT },
    { 0x0E80, 0x0EFF, MT_SCRIPT_THAI, C_UNSPACED },   /* Lao */
    { 0x1000, 0x1049, MT_SCRIPT_THAI, C_UNSPACED },   /* Myanmar */
    { 0x104A, 0x104B, MT_SCRIPT_THAI, C_PUNCT },
    { 0x104C, 0x109F, MT_SCRIPT_THAI, C_UNSPACED },
    { 0x10A0, 0x10FF, MT_SCRIPT_GEORGIAN, C_WORD },
    { 0x1100, 0x11FF, MT_SCRIPT_HANGUL, C_WORD },
    { 0x1200, 0x1360, MT_SCRIPT_ETHIOPIC, C_WORD },
    { 0x1361, 0x1368, MT_SCRIPT_ETHIOPIC, C_PUNCT },
    { 0x1369, 0x139F, MT_SCRIPT_ETHIOPIC, C_WORD },
    { 0x1680, 0x1680, MT_SCRIPT_OTHER, C_SPACE },
    { 0x1780, 0x17D3, MT_SCRIPT_THAI, C_UNSPACED },   /* Khmer */
    { 0x17D4, 0x17DA, MT_SCRIPT_THAI, C_PUNCT },
    { 0x17DB, 0x17FF, MT_SCRIPT_THAI, C_UNSPACED },
    { 0x1AB0, 0x1AFF, MT_SCRIPT_OTHER, C_MARK },
    { 0x1DC0, 0x1DFF, MT_SCRIPT_OTHER, C_MARK },
    { 0x1E00, 0x1EFF, MT_SCRIPT_LATIN, C_WORD },
    { 0x1F00, 0x1FFF, MT_SCRIPT_GREEK, C_WORD },
    { 0x2000, 0x200A, MT_SCRIPT_OTHER, C_SPACE },
    { 0x200B, 0x200F, MT_SCRIPT_OTHER, C_IGNORE },
    { 0x2010, 0x2011, MT_SCRIPT_OTHER, C_JOIN },      /* hyphens */
    { 0x2012, 0x2018, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x2019, 0x2019, MT_SCRIPT_OTHER, C_JOIN },      /* ’ as apostrophe */
    { 0x201A, 0x2027, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x2028, 0x2029, MT_SCRIPT_OTHER, C_SPACE },
    { 0x202A, 0x202E, MT_SCRIPT_OTHER, C_IGNORE },
    { 0x202F, 0x202F, MT_SCRIPT_OTHER, C_SPACE },
    { 0x2030, 0x205E, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x205F, 0x205F, MT_SCRIPT_OTHER, C_SPACE },
    { 0x2060, 0x206F, MT_SCRIPT_OTHER, C_IGNORE },
    { 0x20D0, 0x20FF, MT_SCRIPT_OTHER, C_MARK },
    { 0x2C60, 0x2C7F, MT_SCRIPT_LATIN, C_WORD },
    { 0x2DE0, 0x2DFF, MT_SCRIPT_CYRILLIC, C_MARK },
    { 0x2E00, 0x2E7F, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x3000, 0x3000, MT_SCRIPT_OTHER, C_SPACE },     /* ideographic space */
    { 0x3001, 0x3004, MT_SCRIPT_OTHER, C_PUNCT },     /* 、。〃 */
    { 0x3005, 0x3007, MT_SCRIPT_HAN, C_UNSPACED },    /* 々〆〇 */
    { 0x3008, 0x3020, MT_SCRIPT_OTHER, C_PUNCT },     /* brackets 「」『』【】 */
    { 0x3021, 0x3029, MT_SCRIPT_HAN, C_UNSPACED },
    { 0x302A, 0x302F, MT_SCRIPT_OTHER, C_MARK },
    { 0x3030, 0x3030, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x3031, 0x3035, MT_SCRIPT_HIRAGANA, C_UNSPACED },
    { 0x3036, 0x303F, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x3041, 0x3096, MT_SCRIPT_HIRAGANA, C_UNSPACED },
    { 0x3099, 0x309A, MT_SCRIPT_OTHER, C_MARK },
    { 0x309B, 0x309F, MT_SCRIPT_HIRAGANA, C_UNSPACED },
    { 0x30A0, 0x30A0, MT_SCRIPT_OTHER, C_PUNCT },
    { 0x30A1, 0x30FA, MT_SCRIPT_KATAKANA, C_UNSPACED },
    { 0x30FB, 0x30FB, MT_SCRIPT_OTHER, C_PUNCT },     /* ・ */
    { 0x30FC, 0x30FF, MT_SCRIPT_KATAKANA, C_UNSPACED },   /* ー */
    { 0x3100, 0x312F, MT_SCRIPT_HAN, C_UNSPACED },    /* Bopomofo */
    { 0x3130, 0x318F, MT_SCRIPT_HANGUL, C_WORD },
    { 0x31A0, 0x31BF, MT_SCRIPT_HAN, C_UNSPACED },
    { 0x31F0, 0x31FF, MT_SCRIPT_KATAKANA, C_UNSPACED },
    { 0x3400, 0x4DBF, MT_SCRIPT_HAN, C_UNSPACED },
    { 0x4E00, 0x9FFF, MT_SCRIPT_HAN, C_UNSPACED },
    { 0xA640, 0xA69F, MT_SCRIPT_CYRILLIC, C_WORD },
    { 0xA720, 0xA7FF, MT_SCRIPT_LATIN, C_WORD },
    { 0xAB30, 0xAB6F, MT_SCRIPT_LATIN, C_WORD },
    { 0xAC00, 0xD7AF, MT_SCRIPT_HANGUL, C_WORD },
    { 0xF900, 0xFAFF, MT_SCRIPT_HAN, C_UNSPACED },
    { 0xFB1D, 0xFB4F, MT_SCRIPT_HEBREW, C_WORD },
    { 0xFB50, 0xFDFF, MT_SCRIPT_ARABIC, C_WORD },
    { 0xFE00, 0xFE0F, MT_SCRIPT_OTHER, C_IGNORE },
    { 0xFE10, 0xFE1F, MT_SCRIPT_OTHER, C_PUNCT },
    { 0xFE20, 0xFE2F, MT_SCRIPT_OTHER, C_MARK },
    { 0xFE30, 0xFE6F, MT_SCRIPT_OTHER, C_PUNCT },
    { 0xFE70, 0xFEFE, MT_SCRIPT_ARABIC, C_WORD },
    { 0xFEFF, 0xFEFF, MT_SCRIPT_OTHER, C_IGNORE },
    { 0xFF01, 0xFF0F, MT_SCRIPT_OTHER, C_PUNCT },     /* ！（），．／ */
    { 0xFF10, 0xFF19, MT_SCRIPT_OTHER, C_WORD },      /* fullwidth digits */
    { 0xFF1A, 0xFF20, MT_SCRIPT_OTHER, C_PUNCT },     /* ：；？ */
    { 0xFF21, 0xFF3A, MT_SCRIPT_LATIN, C_WORD },
    { 0xFF3B, 0xFF40, MT_SCRIPT_OTHER, C_PUNCT },
    { 0xFF41, 0xFF5A, MT_SCRIPT_LATIN, C_WORD },
    { 0xFF5B, 0xFF65, MT_SCRIPT_OTHER, C_PUNCT },     /* ｛｝～｡｢｣､･ */
    { 0xFF66, 0xFF9F, MT_SCRIPT_KATAKANA, C_UNSPACED },   /* half-width katakana */
    { 0xFFA0, 0xFFDC, MT_SCRIPT_HANGUL, C_WORD },
    { 0x20000, 0x3FFFF, MT_SCRIPT_HAN, C_UNSPACED },
    { 0xE0000, 0xE007F, MT_SCRIPT_OTHER, C_IGNORE },
};

/* ASCII: class per byte; letters are Latin, digits word characters. */
static const uint8_t ascii_class[128] = {
    ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE,
    [' '] = C_SPACE,
    ['!'] = C_PUNCT, ['"'] = C_PUNCT, ['#'] = C_PUNCT, ['%'] = C_PUNCT, ['&'] = C_PUNCT,
    ['\''] = C_JOIN, ['('] = C_PUNCT, [')'] = C_PUNCT, ['*'] = C_PUNCT, [','] = C_PUNCT,
    ['-'] = C_JOIN, ['.'] = C_JOIN, ['/'] = C_PUNCT, [':'] = C_PUNCT, [';'] = C_PUNCT,
    ['?'] = C_PUNCT, ['@'] = C_PUNCT, ['['] = C_PUNCT, ['\\'] = C_PUNCT, [']'] = C_PUNCT,
    ['_'] = C_PUNCT, ['{'] = C_PUNCT, ['}'] = C_PUNCT,
    ['$'] = C_SYMBOL, ['+'] = C_SYMBOL, ['<'] = C_SYMBOL, ['='] = C_SYMBOL, ['>'] = C_SYMBOL,
    ['^'] = C_SYMBOL, ['`'] = C_SYMBOL, ['|'] = C_SYMBOL, ['~'] = C_SYMBOL,
    ['0'] = C_WORD, ['1'] = C_WORD, ['2'] = C_WORD, ['3'] = C_WORD, ['4'] = C_WORD,
    ['5'] = C_WORD, ['6'] = C_WORD, ['7'] = C_WORD, ['8'] = C_WORD, ['9'] = C_WORD,
#define L(c) [c] = C_WORD
    L('A'), L('B'), L('C'), L('D'), L('E'), L('F'), L('G'), L('H'), L('I'), L('J'), L('K'),
    L('L'), L('M'), L('N'), L('O'), L('P'), L('Q'), L('R'), L('S'), L('T'), L('U'), L('V'),
    L('W'), L('X'), L('Y'), L('Z'), L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'),
    L('h'), L('i'), L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'),
    L('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z'),
#undef L
};

/* The range holding cp, or NULL. The search halves the table a fixed
 * number of times, choosing each half without a branch (a conditional
 * move): a search that stopped at the range found, or chose its half by a
 * branch, mispredicted at most steps of most characters. */
static const range *lookup(uint32_t cp)
{
    const range *at = ranges;
    for (size_t n = sizeof ranges / sizeof ranges[0]; n > 1;) {
        size_t half = n / 2;
        at = at[half].first <= cp ? at + half : at;   /* the last range starting at or before cp */
        n -= half;
    }
    return cp >= at->first && cp <= at->last ? at : NULL;
}

mt_script mt_text_script_of(uint32_t cp)
{
    if (cp < 0x80)
        return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? MT_SCRIPT_LATIN : MT_SCRIPT_OTHER;
    const range *r = lookup(cp);
    return r ? (mt_script)r->script : MT_SCRIPT_OTHER;
}

mt_word_role mt_text_word_role(uint32_t cp)
{
    static const uint8_t roles[] = {
        [C_IGNORE] = MT_WORD_IGNORED, [C_SPACE] = MT_WORD_BREAK, [C_WORD] = MT_WORD_PART,
        [C_UNSPACED] = MT_WORD_ALONE, [C_PUNCT] = MT_WORD_BREAK, [C_JOIN] = MT_WORD_BREAK,
        [C_MARK] = MT_WORD_PART, [C_SYMBOL] = MT_WORD_BREAK,
    };
    if (cp < 0x80)
        return (mt_word_role)roles[ascii_class[cp]];
    const range *r = lookup(cp);
    return r ? (mt_word_role)roles[r->cls] : MT_WORD_BREAK;
}

/* ======================================================================
 * Measuring
 * ====================================================================== */

typedef struct counter {
    mt_text_metrics *m;
    int in_word;
    uint32_t hangul_run;   /* Hangul syllables in the current word */
} counter;

static void end_word(counter *c)
{
    if (c->hangul_run > HANGUL_WORD_MAX) {
        c->m->words--;     /* the run was counted as one word */
        c->m->hangul_unspaced += c->hangul_run;
    }
    c->hangul_run = 0;
    c->in_word = 0;
}

static void count_letter(counter *c, int script)
{
    mt_text_metrics *m = c->m;
    m->script_chars[script]++;
    if (script == MT_SCRIPT_HEBREW || script == MT_SCRIPT_ARABIC)
        m->rtl++;
}

/* One non-ASCII character of class `cls` and script `script`. */
static void count_char(counter *c, int cls, int script)
{
    mt_text_metrics *m = c->m;
    switch (cls) {
    case C_IGNORE:
        return;
    case C_SPACE:
        m->spaces++;
        end_word(c);
        return;
    case C_MARK:
        m->chars++;
        return;
    case C_WORD:
        m->chars++;
        if (script != MT_SCRIPT_OTHER)
            count_letter(c, script);
        if (script == MT_SCRIPT_HANGUL)
            c->hangul_run++;
        if (!c->in_word) {
            m->words++;
            c->in_word = 1;
        }
        return;
    case C_UNSPACED:
        m->chars++;
        count_letter(c, script);
        if (script == MT_SCRIPT_HAN)
            m->han++;
        else if (script == MT_SCRIPT_THAI)
            m->southeast_asian++;
        else
            m->kana++;
        end_word(c);
        return;
    case C_JOIN:
        m->chars++;
        m->punct++;
        return;
    case C_PUNCT:
        m->punct++;
        /* fall through */
    default:
        m->chars++;
        end_word(c);
        return;
    }
}

/* . , ; : ! ? (bit per ASCII code) */
static const uint64_t ascii_clause_marks =
    (1ull << '.') | (1ull << ',') | (1ull << ';') | (1ull << ':') | (1ull << '!') | (1ull << '?');

static int is_clause_mark(uint32_t cp)
{
    switch (cp) {
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF01: case 0xFF1F:
    case 0xFF1B: case 0xFF1A: case 0x060C: case 0x061B: case 0x061F: case 0x06D4:
    case 0x0964: case 0x0965: case 0x2026: case 0x037E: case 0x0589:
        return 1;
    default:
        return 0;
    }
}

void mt_text_measure(const char *s, size_t len, mt_text_metrics *m)
{
    counter c = { m, 0, 0 };
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        /* ASCII fast path: table lookups only. */
        while (p < end && *p < 0x80) {
            int cls = ascii_class[*p];
            if (cls == C_WORD) {
                m->chars++;
                if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')
                    m->script_chars[MT_SCRIPT_LATIN]++;
                if (!c.in_word) {
                    m->words++;
                    c.in_word = 1;
                }
            } else {
                if (*p < 64 && ((ascii_clause_marks >> *p) & 1))
                    m->clause_marks++;
                count_char(&c, cls, MT_SCRIPT_OTHER);
            }
            p++;
        }
        if (p >= end)
            break;
        size_t n;
        uint32_t cp = mt_utf8_decode((const char *)p, (const char *)end, &n);
        const range *r = lookup(cp);
        if (r && r->cls == C_PUNCT && is_clause_mark(cp))
            m->clause_marks++;
        count_char(&c, r ? r->cls : C_SYMBOL, r ? r->script : MT_SCRIPT_OTHER);
        p += n;
    }
    end_word(&c);
}

uint32_t mt_text_word_equivalents_x100(const mt_text_metrics *m)
{
    uint64_t kana_like = m->kana, han_cn = 0;
    if (m->kana)
        kana_like += m->han;
    else
        han_cn = m->han;
    uint64_t weighted = kana_like * W_JAPANESE + han_cn * W_CHINESE +
                        (uint64_t)m->hangul_unspaced * W_HANGUL +
                        (uint64_t)m->southeast_asian * W_THAI;
    uint64_t total = (uint64_t)m->words * 100 + weighted / 100;
    return total > UINT32_MAX ? UINT32_MAX : (uint32_t)total;
}

mt_script mt_text_dominant_script(const mt_text_metrics *m)
{
    uint32_t best = 0;
    mt_script which = MT_SCRIPT_OTHER;
    for (int s = 1; s < MT_SCRIPT__COUNT; s++) {
        uint32_t n = m->script_chars[s];
        if (s == MT_SCRIPT_HAN)
            n += m->script_chars[MT_SCRIPT_HIRAGANA] + m->script_chars[MT_SCRIPT_KATAKANA];
        if (s == MT_SCRIPT_HIRAGANA || s == MT_SCRIPT_KATAKANA)
            continue;
        if (n > best) {
            best = n;
            which = (mt_script)s;
        }
    }
    if (which == MT_SCRIPT_HAN && m->kana)
        which = MT_SCRIPT_HIRAGANA;
    return which;
}

/* ======================================================================
 * The extractor's subset, ASCII eight bytes at a time
 * ====================================================================== */

#define ONES MT_SWAR_ONES
#define HIGHS MT_SWAR_HIGHS

/* Counts in 8 ASCII bytes: characters (0x21..0x7E) and clause marks. The
 * marks are all below '@', where letters and spaces are not: most blocks of
 * text have no byte there and skip the exact test. The exact test pairs
 * marks one bit apart (',' '.' and ':' ';') to compare four patterns, not
 * six. */
static inline void ascii_block(uint64_t w, mt_text_length *out)
{
    uint64_t printable = (w + ONES * 0x5F) & ~(w + ONES) & HIGHS;
    out->chars += mt_swar_count(printable);
    if (!(printable & ~(w + ONES * 0x40)))
        return;
    uint64_t marks = mt_swar_zero_bytes((w | ONES * 0x02) ^ (ONES * '.')) |
                     mt_swar_zero_bytes((w | ONES) ^ (ONES * ';')) |
                     mt_swar_zero_bytes(w ^ (ONES * '!')) | mt_swar_zero_bytes(w ^ (ONES * '?'));
    out->clause_marks += mt_swar_count(marks);
}

#ifdef TEXT_SIMD
/* The counts of a run of sixteen-byte blocks, in byte lanes (the negated
 * comparison results added up): summed once per run, not twice per block.
 * A lane holds at most LANES_MAX blocks. */
typedef struct lanes {
    __m128i chars, marks;
} lanes;

#define LANES_MAX 255

/* Adds the counts of a run to *out and empties it. */
static inline void lanes_flush(lanes *acc, mt_text_length *out)
{
    __m128i zero = _mm_setzero_si128();
    __m128i chars = _mm_sad_epu8(acc->chars, zero), marks = _mm_sad_epu8(acc->marks, zero);
    /* lane 0: the characters, lane 1: the marks */
    __m128i sums = _mm_add_epi64(_mm_unpacklo_epi64(chars, marks), _mm_unpackhi_epi64(chars, marks));
    out->chars += (uint32_t)_mm_cvtsi128_si32(sums);
    out->clause_marks += (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    acc->chars = acc->marks = zero;
}

/* The bytes of v from lo to hi (unsigned), as comparison results. */
static inline __m128i bytes_within(__m128i v, unsigned char lo, unsigned char hi)
{
    __m128i above_lo = _mm_sub_epi8(v, _mm_set1_epi8((char)lo));
    return _mm_cmpeq_epi8(_mm_min_epu8(above_lo, _mm_set1_epi8((char)(hi - lo))), above_lo);
}

/* The other block text_block16 takes: one that also has Latin-1 signs
 * and punctuation (lead byte C2: U+00A0-00BF less the soft hyphen, each
 * one character, none a clause mark, but the no-break space none) or the
 * general punctuation U+2010-2025 (E2 80 90-A5: dashes, curly quotes,
 * bullets; one character each, no clause mark) -- the signs that break
 * English text, tried only when the plain test fails. True, and
 * *letters set to the leads that count, when each sequence is whole, is
 * one of these or a letter, and every high byte is in one. */
static bool punct_block16(__m128i v, unsigned high, unsigned follows, __m128i *letters)
{
    __m128i next = _mm_srli_si128(v, 1), after = _mm_srli_si128(v, 2);
    __m128i nbsp = _mm_cmpeq_epi8(next, _mm_set1_epi8((char)0xA0));
    __m128i signs = _mm_and_si128(
        _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
        _mm_andnot_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8((char)0xAD)), bytes_within(next, 0xA0, 0xBF)));
    __m128i dashes = _mm_and_si128(
        _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)), _mm_cmpeq_epi8(next, _mm_set1_epi8((char)0x80))),
        bytes_within(after, 0x90, 0xA5));
    unsigned three = (unsigned)_mm_movemask_epi8(dashes);
    unsigned leads = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(*letters, signs), dashes));
    if (follows != ((leads << 1) | (three << 2)) || (leads | follows) != high)
        return false;
    *letters = _mm_or_si128(_mm_or_si128(*letters, dashes), _mm_andnot_si128(nbsp, signs));
    return true;
}

/* Counts sixteen bytes of text that are ASCII, or ASCII and two-byte
 * letters each of which counts as one character and none a clause mark,
 * no space, nothing to ignore: Latin-1 to IPA and the combining marks
 * (lead bytes C3-CC), Greek, Cyrillic and Armenian (CE-D5) -- most of the
 * letters of European text, which broke out of the loop over sixteens at
 * every one. Each sequence must lie whole within the block: a lead byte
 * before every continuation byte and only there (ill-formed text counts
 * one character per bad byte, byte by byte). False, and nothing counted,
 * for any other block. */
static inline bool text_block16(__m128i v, lanes *acc)
{
    unsigned high = (unsigned)_mm_movemask_epi8(v);
    __m128i letters = _mm_setzero_si128();
    if (high) {
        letters = _mm_or_si128(bytes_within(v, 0xC3, 0xCC), bytes_within(v, 0xCE, 0xD5));
        unsigned leads = (unsigned)_mm_movemask_epi8(letters);
        unsigned follows = (unsigned)_mm_movemask_epi8(
            _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80)));
        if ((follows != leads << 1 || (leads | follows) != high) &&
            !punct_block16(v, high, follows, &letters))
            return false;
    }
    acc->chars = _mm_sub_epi8(acc->chars, _mm_or_si128(mt_text_chars16(v), letters));
    acc->marks = _mm_sub_epi8(acc->marks, mt_text_marks16(v));
    return true;
}

bool mt_text_measure_blocks(__m128i v, __m128i w, mt_text_length *out)
{
    lanes acc = { _mm_setzero_si128(), _mm_setzero_si128() };
    if (!text_block16(v, &acc) || !text_block16(w, &acc))
        return false;
    *out = (mt_text_length){ 0 };
    lanes_flush(&acc, out);
    return true;
}

/* Counts the text from p on sixteen bytes at a time while text_block16
 * takes the blocks, then the last bytes of a text of sixteen or more
 * (which starts at `start`) in a load that ends where the text does, the
 * bytes before p zeroed (a zero counts nothing): no loop over eights and
 * single bytes after the sixteens. Returns where the counting stopped. */
static inline const unsigned char *text_run16(const unsigned char *p, const unsigned char *end,
                                              const unsigned char *start, mt_text_length *out)
{
    lanes acc = { _mm_setzero_si128(), _mm_setzero_si128() };
    for (;;) {
        size_t blocks = (size_t)(end - p) / 16;
        const unsigned char *stop = p + 16 * (blocks < LANES_MAX ? blocks : LANES_MAX);
        while (p < stop && text_block16(_mm_loadu_si128((const __m128i *)p), &acc))
            p += 16;
        /* stopped at a block it did not take, or fewer than sixteen left */
        if (p < stop || (size_t)(end - p) < 16)
            break;
        lanes_flush(&acc, out);
    }
    size_t left = (size_t)(end - p);
    if (left > 0 && left < 16 && end - start >= 16) {
        /* (mt_text_window + left keeps the last `left` bytes) */
        __m128i v = _mm_and_si128(_mm_loadu_si128((const __m128i *)(end - 16)),
                                  _mm_loadu_si128((const __m128i *)(mt_text_window + left)));
        if (text_block16(v, &acc))
            p = end;
    }
    lanes_flush(&acc, out);
    return p;
}
#endif

/* Ends a run of Hangul syllables: a long one is unspaced text. */
static inline void end_hangul_run(uint32_t *run, mt_text_length *out)
{
    if (*run > HANGUL_WORD_MAX)
        out->hangul_unspaced += *run;
    *run = 0;
}

/* The bytes of a word before its byte k (k < 8), the others zero: a zero
 * byte counts as nothing in ascii_block. */
static inline uint64_t first_bytes(uint64_t w, size_t k)
{
    return w & ((1ull << (8 * k)) - 1);
}

/* Counts the ASCII bytes from p up to the next non-ASCII byte or the end
 * of the text (which starts at `start`), and returns where they stop.
 * Eight bytes at a time: the block that holds a non-ASCII byte, and the
 * last bytes of the text (mt_swar_load_tail), are counted up to where
 * they stop, without a loop over single bytes whose exit mispredicted at
 * the end of nearly every text. Only a text shorter than four bytes is
 * read one by one. */
static inline const unsigned char *ascii_run(const unsigned char *p, const unsigned char *end,
                                             const unsigned char *start, mt_text_length *out)
{
#ifdef MT_SWAR_LE
    for (; (size_t)(end - p) >= 8; p += 8) {
        uint64_t w = mt_load64(p), high = w & HIGHS;
        if (high) {
            size_t k = mt_swar_first(high);
            ascii_block(first_bytes(w, k), out);
            return p + k;
        }
        ascii_block(w, out);
    }
    size_t n = (size_t)(end - p);
    uint64_t w;
    if (n > 0 && mt_swar_load_tail((const char *)start, (size_t)(p - start), (size_t)(end - start), &w)) {
        /* the last n bytes; a mark at byte n stops the search for a
         * non-ASCII one there */
        size_t k = mt_swar_first((w & HIGHS) | 0x80ull << (8 * n));
        ascii_block(first_bytes(w, k), out);
        return p + k;
    }
#else
    (void)start;
#endif
    for (; p < end && *p < 0x80; p++) {
        int cls = ascii_class[*p];
        if (cls != C_SPACE && cls != C_IGNORE)
            out->chars++;
        if (*p < 64 && ((ascii_clause_marks >> *p) & 1))
            out->clause_marks++;
    }
    return p;
}

#ifdef TEXT_SIMD
const uint8_t mt_text_window[48] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};
#endif

/* mt_utf8_decode, with the common two- and three-byte forms decoded here
 * (the ones that need no range check beyond their continuation bytes). */
static inline uint32_t decode(const unsigned char *p, const unsigned char *end, size_t *n)
{
    unsigned c = p[0];
    if (c >= 0xC2 && c <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
        *n = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && end - p >= 3 && (p[1] & 0xC0) == 0x80 &&
        (p[2] & 0xC0) == 0x80) {
        *n = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    return mt_utf8_decode((const char *)p, (const char *)end, n);
}

void mt_text_measure_length(const char *s, size_t len, mt_text_length *out)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    uint32_t hangul_run = 0;
    /* text keeps to one script: the range of the last character is tried
     * before the binary search */
    const range *last = &ranges[0];
    *out = (mt_text_length){ 0 };
    while (p < end) {
        if (*p < 0x80) {
            /* any ASCII character ends a Hangul run */
            if (hangul_run > HANGUL_WORD_MAX)
                out->hangul_unspaced += hangul_run;
            hangul_run = 0;
        }
#ifdef TEXT_SIMD
        /* sixteen bytes at a time while they are ASCII or common letters
         * (any of which ends a Hangul run), then eight */
        const unsigned char *from = p;
        p = text_run16(p, end, (const unsigned char *)s, out);
        if (p != from)
            end_hangul_run(&hangul_run, out);
        if (p >= end)
            break;
#endif
        p = ascii_run(p, end, (const unsigned char *)s, out);
        if (p >= end)
            break;
        size_t n;
        uint32_t cp = decode(p, end, &n);
        p += n;
        const range *r = last;
        if (cp < r->first || cp > r->last) {
            r = lookup(cp);
            if (r)
                last = r;
        }
        int cls = r ? r->cls : C_SYMBOL, script = r ? r->script : MT_SCRIPT_OTHER;
        if (cls == C_IGNORE)
            continue;
        if (cls == C_SPACE) {
            if (hangul_run > HANGUL_WORD_MAX)
                out->hangul_unspaced += hangul_run;
            hangul_run = 0;
            continue;
        }
        out->chars++;
        if (cls == C_PUNCT && is_clause_mark(cp))
            out->clause_marks++;
        if (script == MT_SCRIPT_HANGUL && cls == C_WORD) {
            hangul_run++;
            continue;
        }
        if (hangul_run > HANGUL_WORD_MAX)
            out->hangul_unspaced += hangul_run;
        hangul_run = 0;
        if (cls == C_UNSPACED) {
            if (script == MT_SCRIPT_HAN)
                out->han++;
            else if (script == MT_SCRIPT_THAI)
                out->southeast_asian++;
            else
                out->kana++;
        }
    }
    if (hangul_run > HANGUL_WORD_MAX)
        out->hangul_unspaced += hangul_run;
}

uint32_t mt_text_unspaced_words_x100(const mt_text_length *l)
{
    uint64_t kana_like = l->kana, han_cn = 0;
    if (l->kana)
        kana_like += l->han;
    else
        han_cn = l->han;
    uint64_t weighted = kana_like * W_JAPANESE + han_cn * W_CHINESE +
                        (uint64_t)l->hangul_unspaced * W_HANGUL +
                        (uint64_t)l->southeast_asian * W_THAI;
    weighted /= 100;
    return weighted > UINT32_MAX ? UINT32_MAX : (uint32_t)weighted;
}

