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
#include <string.h>
#include "extract/internal.h"
#include "text/metrics.h"

#define CHARS_PER_WORD 6

void mt_text_stats(const char *s, size_t len, text_stats *out)
{
    /* white space alone measures zeros; pass 1, which meets most of it,
     * passes it over before calling (mt_text_is_blank), so it is not
     * asked again here */
    mt_text_length l;
    mt_text_measure_length(s, len, &l);
    uint32_t unspaced = l.han + l.kana + l.hangul_unspaced + l.southeast_asian;
    out->chars = l.chars;
    if (unspaced) {     /* most text has none: no conversion to do */
        uint32_t spaced_chars = l.chars > unspaced ? l.chars - unspaced : 0;
        out->chars = spaced_chars + mt_text_unspaced_words_x100(&l) * CHARS_PER_WORD / 100;
    }
    out->punct = l.clause_marks;
    out->cjk = unspaced;
}
