/* metrics.h -- script-aware text lengths for the extractor.
 *
 * Heuristics that count "words" by spaces see a Japanese paragraph as a
 * handful of giant words. Here every code point is classified by script,
 * and characters of scripts written without spaces (Han, Hiragana,
 * Katakana, Thai, Lao, Khmer, Myanmar, and Hangul in long unspaced runs)
 * count as fractions of a word, with weights measured on parallel text:
 * the translation catalogs installed on a Debian system (English message ->
 * translated message, prose-like messages of four or more English words):
 *
 *     language            messages   characters per English word
 *     Japanese              11,134   2.72   (kana and kanji together)
 *     Chinese (CN)          12,349   1.62
 *     Chinese (TW)           8,550   1.63
 *     Thai                   1,783   4.91   (vowel and tone marks included)
 *     Korean                 5,000+  2.20 syllables; 0.82 spaced words
 *
 * so a Japanese character is 1/2.7 of a word, a Chinese one 1/1.6, a Thai
 * one 1/4.9 and an unspaced Hangul syllable 1/2.2 (Korean is normally
 * spaced, and its spaced words count as words: 0.82 per English word is
 * close enough to one). Lao, Khmer and Myanmar take Thai's weight (not
 * measured: no catalogs installed). Han characters count as Japanese when
 * the measured text has kana, else as Chinese.
 *
 * The measuring loop is table-driven for ASCII and runs on every text node
 * of every page; it allocates nothing and keeps no state between calls. */
#ifndef MT_TEXT_METRICS_H
#define MT_TEXT_METRICS_H

#include <stddef.h>
#include <stdint.h>

typedef enum mt_script {
    MT_SCRIPT_OTHER = 0,      /* symbols, emoji, scripts not listed */
    MT_SCRIPT_LATIN,
    MT_SCRIPT_GREEK,
    MT_SCRIPT_CYRILLIC,
    MT_SCRIPT_ARMENIAN,
    MT_SCRIPT_HEBREW,
    MT_SCRIPT_ARABIC,         /* and Syriac, Thaana */
    MT_SCRIPT_INDIC,          /* Devanagari .. Sinhala */
    MT_SCRIPT_THAI,           /* and Lao, Khmer, Myanmar */
    MT_SCRIPT_GEORGIAN,
    MT_SCRIPT_HANGUL,
    MT_SCRIPT_HIRAGANA,
    MT_SCRIPT_KATAKANA,
    MT_SCRIPT_HAN,            /* and Bopomofo */
    MT_SCRIPT_ETHIOPIC,
    MT_SCRIPT__COUNT
} mt_script;

typedef struct mt_text_metrics {
    uint32_t chars;           /* code points other than whitespace and format characters */
    uint32_t words;           /* words of spaced scripts (letters/digits run) */
    uint32_t han, kana;       /* Han and Hiragana/Katakana characters */
    uint32_t hangul_unspaced; /* Hangul syllables in runs too long to be one word */
    uint32_t southeast_asian; /* Thai, Lao, Khmer, Myanmar characters */
    uint32_t punct;           /* punctuation, including 。、，？ ، ؟ ؛ */
    /* marks that end sentences and clauses: . , ; : ! ? and their CJK,
     * Arabic and Indic forms (what running text has and menus lack) */
    uint32_t clause_marks;
    uint32_t spaces;          /* whitespace code points (ASCII and Unicode) */
    uint32_t rtl;             /* characters of right-to-left scripts */
    uint32_t script_chars[MT_SCRIPT__COUNT];   /* letters per script */
} mt_text_metrics;

/* Adds the metrics of the UTF-8 text s[0..len) to *m (zero it first with
 * mt_text_metrics_clear to measure one slice; keep adding to measure a
 * block made of several text nodes -- a word split across two slices then
 * counts twice). Ill-formed UTF-8 counts one character per bad byte. */
void mt_text_measure(const char *s, size_t len, mt_text_metrics *m);

static inline void mt_text_metrics_clear(mt_text_metrics *m)
{
    *m = (mt_text_metrics){ 0 };
}

/* The subset of the metrics the extractor needs on every text node, from a
 * faster loop (ASCII eight bytes at a time): characters, clause marks and
 * the characters of unspaced scripts, counted as mt_text_measure counts
 * them (a Hangul run ends at any ASCII character here). */
typedef struct mt_text_length {
    uint32_t chars;
    uint32_t clause_marks;
    uint32_t han, kana, hangul_unspaced, southeast_asian;
} mt_text_length;

void mt_text_measure_length(const char *s, size_t len, mt_text_length *out);

#if defined(__SSE2__) && !defined(MT_TEXT_NO_SIMD)
#include <stdbool.h>
#include <emmintrin.h>
#define MT_TEXT_SIMD 1

/* The bytes of sixteen ASCII bytes that count as characters (0x21..0x7E),
 * as comparison results (0xFF). v has no byte from 0x80 up, so signed
 * comparisons order them as unsigned ones would. */
static inline __m128i mt_text_chars16(__m128i v)
{
    return _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)),
                            _mm_cmpgt_epi8(v, _mm_set1_epi8(0x20)));
}

/* The clause marks (. , ; : ! ?) of sixteen ASCII bytes, as comparison
 * results. The marks pair up one bit apart (',' '.' and ':' ';'): four
 * comparisons, not six. */
static inline __m128i mt_text_marks16(__m128i v)
{
    __m128i stops = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(0x02)), _mm_set1_epi8('.'));
    __m128i colons = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(0x01)), _mm_set1_epi8(';'));
    return _mm_or_si128(_mm_or_si128(stops, colons),
                        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
}

/* The sum of the byte lanes of a counter (each below 256): SAD adds them
 * up without a popcount instruction. */
static inline unsigned mt_text_lanes_sum(__m128i counts)
{
    __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    return (unsigned)(_mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
}

/* Loaded from mt_text_window + 16 - k: 0xFF from byte k on; from
 * mt_text_window + 32 - k: 0xFF before byte k (0 <= k <= 16). */
extern const uint8_t mt_text_window[48];

/* Sets *out to the counts of ASCII text whose characters and clause marks
 * are counted, byte by byte, in the lanes of `chars` and `marks` (each
 * below 256). */
static inline void mt_text_lanes_count(__m128i chars, __m128i marks, mt_text_length *out)
{
    *out = (mt_text_length){ 0 };
    out->chars = mt_text_lanes_sum(chars);
    out->clause_marks = mt_text_lanes_sum(marks);
}

/* mt_text_measure_length of a short text read in two blocks, v and w, of
 * sixteen bytes (zeroed after the text's end, and where one block repeats
 * the other: a zero counts nothing), when each is ASCII or the letters and
 * signs of European text, its sequences whole within the block (Latin-1 to
 * IPA, Greek, Cyrillic, Armenian, no-break spaces, dashes and curly quotes:
 * no unspaced script among them); false, out not set, for any other. */
bool mt_text_measure_blocks(__m128i v, __m128i w, mt_text_length *out);

/* mt_text_measure_length of a text of at most thirty-two bytes, in one or
 * two loads and no loop: most text nodes of a page are that short (the
 * white space between tags, labels, links, a menu's entries), and a loop's
 * exit mispredicted on nearly each. A text of sixteen bytes or fewer is
 * read in one load of the sixteen bytes from s on, inside the buffer
 * [lo, hi) the text lies in (a document's input); a longer one in two
 * loads inside the text itself, its first sixteen bytes and its last.
 * ASCII is counted here, other text by mt_text_measure_blocks. False (out
 * not set) for a longer text, one mt_text_measure_blocks does not take, or
 * one of sixteen bytes or fewer that does not have sixteen bytes of
 * [lo, hi) from its start (the last bytes of the buffer, or text
 * elsewhere): mt_text_measure_length measures those. ASCII white space
 * alone of sixteen bytes or fewer is told from the first test, and
 * measures zeros. */
static inline bool mt_text_measure_short(const char *s, size_t len, const char *lo,
                                         const char *hi, mt_text_length *out)
{
    __m128i zero = _mm_setzero_si128();
    if (len <= 16) {
        uintptr_t at = (uintptr_t)s, first = (uintptr_t)lo, span = (uintptr_t)hi - first;
        if (span < 16 || at - first > span - 16)
            return false;
        /* the bytes after the text are zeroed: a zero counts nothing */
        __m128i v = _mm_and_si128(_mm_loadu_si128((const __m128i *)s),
                                  _mm_loadu_si128((const __m128i *)(mt_text_window + 32 - len)));
        if (_mm_movemask_epi8(v))
            return mt_text_measure_blocks(v, zero, out);
        __m128i chars = mt_text_chars16(v);
        if (!_mm_movemask_epi8(chars)) {
            *out = (mt_text_length){ 0 };
            return true;
        }
        mt_text_lanes_count(_mm_sub_epi8(zero, chars), _mm_sub_epi8(zero, mt_text_marks16(v)), out);
        return true;
    }
    if (len > 32)
        return false;
    /* of the last sixteen bytes, those the first load read are zeroed
     * (mt_text_window + k keeps the last k bytes) */
    __m128i v = _mm_loadu_si128((const __m128i *)s);
    __m128i w = _mm_and_si128(_mm_loadu_si128((const __m128i *)(s + len - 16)),
                              _mm_loadu_si128((const __m128i *)(mt_text_window + len - 16)));
    if (_mm_movemask_epi8(_mm_or_si128(v, w)))
        return mt_text_measure_blocks(v, w, out);
    __m128i chars = _mm_sub_epi8(_mm_sub_epi8(zero, mt_text_chars16(v)), mt_text_chars16(w));
    __m128i marks = _mm_sub_epi8(_mm_sub_epi8(zero, mt_text_marks16(v)), mt_text_marks16(w));
    mt_text_lanes_count(chars, marks, out);
    return true;
}
#endif

/* Word equivalents (hundredths) of the unspaced characters of `l`, at the
 * rates above. */
uint32_t mt_text_unspaced_words_x100(const mt_text_length *l);

/* Words, with the characters of unspaced scripts converted at the measured
 * rates above, in hundredths of a word (integer, for speed and for sums
 * that do not drift). */
uint32_t mt_text_word_equivalents_x100(const mt_text_metrics *m);

/* The script with the most letters (MT_SCRIPT_OTHER when there are none);
 * Hiragana, Katakana and Han together count as Han-or-kana Japanese: the
 * result is MT_SCRIPT_HIRAGANA when kana are present among Han letters. */
mt_script mt_text_dominant_script(const mt_text_metrics *m);

/* The script of a code point, for callers that look at one character. */
mt_script mt_text_script_of(uint32_t cp);

/* What a code point is to a reader splitting text into words. */
typedef enum mt_word_role {
    MT_WORD_BREAK,      /* white space, punctuation, a symbol: between words */
    MT_WORD_PART,       /* a letter, digit or combining mark of a spaced script */
    MT_WORD_ALONE,      /* a character of a script written without spaces */
    MT_WORD_IGNORED     /* a format character (soft hyphen, zero-width joiner) */
} mt_word_role;

mt_word_role mt_text_word_role(uint32_t cp);

#endif
