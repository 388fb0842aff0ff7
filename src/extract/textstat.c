/* textstat.c -- the extractor's length measure, on top of text/metrics.
 *
 * The extractor's thresholds (a paragraph has 25 characters, a teaser line
 * fewer than 80) are in characters of spaced text. Scripts written without
 * spaces say as much in fewer characters -- a Japanese sentence has about a
 * third as many characters as its English translation has letters -- so their
 * characters are converted into words at the rates text/metrics.h measured,
 * and each word into the six characters an English word and its space take.
 * A Japanese and an English paragraph of the same substance then measure
 * alike. */
#include "extract/internal.h"
#include "text/metrics.h"

#define CHARS_PER_WORD 6

void mt_text_stats(const char *s, size_t len, text_stats *out)
{
    mt_text_metrics m;
    mt_text_metrics_clear(&m);
    mt_text_measure(s, len, &m);
    uint32_t unspaced = m.han + m.kana + m.hangul_unspaced + m.southeast_asian;
    uint32_t spaced_chars = m.chars > unspaced ? m.chars - unspaced : 0;
    uint32_t unspaced_words_x100 = mt_text_word_equivalents_x100(&m) - m.words * 100;
    out->chars = spaced_chars + unspaced_words_x100 * CHARS_PER_WORD / 100;
    out->words = m.words + unspaced_words_x100 / 100;
    out->punct = m.clause_marks;
    out->cjk = unspaced;
}
