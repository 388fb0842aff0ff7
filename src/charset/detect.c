/* detect.c -- guessing the encoding of a page that declares none.
 *
 * Measured on the dev corpus (tests/charset/detect_eval.c): uchardet alone recovers the declared encoding of the
 * corpus' legacy pages less often than this combination, because on
 * Western pages with a few accented letters it often answers
 * MAC-CENTRALEUROPE, windows-1250 or windows-1258, and on mostly-English
 * pages with some Cyrillic it answers windows-1252. So:
 *  1. Valid UTF-8 with multi-byte sequences is UTF-8; ASCII-only input is
 *     windows-1252 (then every ASCII-compatible encoding reads it alike);
 *     7-bit input with ISO-2022-JP escapes is ISO-2022-JP.
 *  2. uchardet (when built with it) names the CJK multi-byte encodings,
 *     which its character-frequency models tell apart well; its answer is
 *     kept only when the bytes really read as text in that encoding (few
 *     ill-formed pairs -- in EUC-JP, pairs in JIS X 0208's empty rows
 *     too -- and not Latin letters glued to "kanji" made of an
 *     accented letter and the ASCII letter after it). Where it names GBK
 *     or Big5 and the other reads plausibly too, the other is taken if it
 *     gives clearly more of the commonest Chinese characters (cjk_common.h:
 *     the same bytes read in the wrong one give symbols, kana and rare
 *     characters; for GBK, once kana have ruled out Japanese, below).
 *     Where it names GBK or nothing, a text that reads so in Shift_JIS or
 *     EUC-JP with kana among its characters (not one whose second byte
 *     runs on into a Latin word: "ƒoto") is Japanese (a headline on an
 *     English page), unless uchardet named a single-byte encoding, not
 *     windows-1252, with a letter where EUC-JP's kana begin, that our best
 *     reading (3.) is in too (Thai: "ค" leads a kana in EUC-JP);
 *     where it names no CJK encoding, one kana is enough if no single-byte
 *     reading (3.) is clean, and a CJK reading most of whose characters
 *     are among the commonest of its language is taken (a headline).
 *  3. Otherwise our own scorer reads the text (outside tags, scripts and
 *     styles) in each single-byte candidate and counts what a wrong
 *     decoding produces: undefined bytes and C1 controls, symbols inside
 *     words, an ordinal indicator before a small letter, letters of two
 *     scripts in one word, an upper-case letter after a lower-case one,
 *     and Latin letters that no one language's alphabet holds together
 *     (French "è" beside Danish "ø" is Czech "č ř" read in the wrong code
 *     page), of the languages the candidate can write whole (not
 *     Lithuanian in windows-1250). The candidate with the fewest such
 *     marks wins; windows-1252, then windows-1251 and windows-1250, win
 *     ties, as the most common legacy encodings on the web -- but not
 *     over a clean reading that only their head start made level; between
 *     others, a reading in capitals and small letters both. Hebrew, whose
 *     letters are windows-1251's small Cyrillic ones and KOI8-R's
 *     capitals, is told by
 *     its final letter forms standing at the ends of words (a mark taken
 *     off; a mark added where more stand inside them), by Cyrillic words
 *     that would begin with a sign no word begins with (ъ, ь, ы) or put
 *     ь, ъ after a vowel (a mark on any Cyrillic reading), by Cyrillic
 *     letters of Serbian beside East Slavic ones (ј, љ beside і, є) and
 *     Greek's final sigma inside a word, and by a text read in one case
 *     only: a long one (not small letters that fit Cyrillic as its prose
 *     does), or a short one with final forms at the ends of its words and
 *     none out of place (not one that fits Cyrillic). A long Cyrillic
 *     reading short of Cyrillic's commonest letters costs a mark, as does
 *     one whose common and rare letters fit Cyrillic clearly worse than
 *     another candidate's reading (KOI8-R and windows-1251 in one case,
 *     read as each other).
 *     A Thai leading vowel that stands before no consonant costs a mark;
 *     Thai glued to a Latin word costs none where its runs are long.
 * Detection only runs for pages with no BOM, transport label or <meta>
 * declaration, and reads at most MAX_SCAN bytes: the first, or those from
 * the first byte >= 0x80 when all the first are ASCII (window_start). */
#include <string.h>
#include <stdlib.h>
#include "charset/charset.h"
#include "charset/cjk_common.h"
#include "charset/decode.h"
#include "text/fold.h"
#include "util/ascii.h"
#include "util/utf8.h"

#ifdef MT_HAVE_UCHARDET
#include <uchardet.h>
#endif

#define MAX_SCAN MT_CHARSET_DETECT_WINDOW

/* ======================================================================
 * Walking the text of a page
 * ====================================================================== */

typedef struct walker {
    const unsigned char *s;
    size_t pos, len;
} walker;

static int at_ci(const walker *w, size_t at, const char *lit)
{
    size_t n = strlen(lit);
    if (w->len - at < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (mt_ascii_lower(w->s[at + i]) != (unsigned char)lit[i])
            return 0;
    return 1;
}

/* Moves to just past the first `lit` (ASCII, lowercase, beginning with a
 * byte that is no letter, so memchr finds its candidates) at or after
 * `from`, or to the end. */
static void skip_to_after(walker *w, size_t from, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = from; i + n <= w->len; i++) {
        const unsigned char *c = memchr(w->s + i, lit[0], w->len - i - n + 1);
        if (!c)
            break;
        i = (size_t)(c - w->s);
        if (at_ci(w, i, lit)) {
            w->pos = i + n;
            return;
        }
    }
    w->pos = w->len;
}

/* At a "<": skips the comment, tag, or script/style element it starts and
 * returns 1; returns 0 when the "<" is text. */
static int skip_markup(walker *w)
{
    size_t p = w->pos;
    if (p + 1 >= w->len)
        return 0;
    unsigned next = w->s[p + 1];
    if (at_ci(w, p, "<!--")) {
        skip_to_after(w, p + 4, "-->");
        return 1;
    }
    if (!mt_ascii_is_letter(next) && next != '/' && next != '!' && next != '?')
        return 0;
    int script = at_ci(w, p, "<script"), style = at_ci(w, p, "<style");
    skip_to_after(w, p + 1, ">");
    if (script)
        skip_to_after(w, w->pos, "</script");
    else if (style)
        skip_to_after(w, w->pos, "</style");
    else
        return 1;
    skip_to_after(w, w->pos, ">");
    return 1;
}

/* The next byte of text; markup reads as one space; -1 at the end. */
static int walk_next(walker *w)
{
    if (w->pos >= w->len)
        return -1;
    if (w->s[w->pos] == '<' && skip_markup(w))
        return ' ';
    return w->s[w->pos++];
}

/* Length of the run of text bytes at the walker that neither start markup
 * nor are >= 0x80: walk_next would return each as it stands. */
static size_t plain_text_run(const walker *w)
{
    const unsigned char *p = w->s + w->pos;
    const unsigned char *lt = memchr(p, '<', w->len - w->pos);
    return mt_utf8_ascii_prefix((const char *)p, lt ? (size_t)(lt - p) : w->len - w->pos);
}

/* ======================================================================
 * Single-byte scorer
 * ====================================================================== */

static const int single_byte_candidates[] = {
    MT_ENC_WINDOWS_1252, MT_ENC_WINDOWS_1251, MT_ENC_WINDOWS_1250, MT_ENC_ISO_8859_2,
    MT_ENC_KOI8_R, MT_ENC_KOI8_U, MT_ENC_ISO_8859_5, MT_ENC_IBM866, MT_ENC_WINDOWS_1253,
    MT_ENC_ISO_8859_7, MT_ENC_WINDOWS_1254, MT_ENC_WINDOWS_1255, MT_ENC_WINDOWS_1256,
    MT_ENC_ISO_8859_6, MT_ENC_WINDOWS_1257, MT_ENC_WINDOWS_874, MT_ENC_ISO_8859_15,
};
#define NCAND (sizeof single_byte_candidates / sizeof single_byte_candidates[0])
#define MAX_LANGS 32

/* Marks, in tenths: what one suspicious character costs. */
enum { COST_BAD = 10, COST_HALF = 5, COST_UNCOVERED = 7, COST_SYMBOL = 3 };

/* Hebrew's letters with a form of their own at the end of a word (kaf,
 * mem, nun, pe, tsadi): windows-1255's final forms, and the same letters'
 * other forms. In Hebrew the final forms end words and the others do not;
 * read in windows-1255, Cyrillic puts both anywhere ("о" and "л", whose
 * bytes are mem and kaf, end many Russian words). Hebrew read as
 * windows-1251 is a run of small Cyrillic letters with no other mark
 * against it: where its final forms stand is what tells it. */
static int is_hebrew_final(int c)
{
    return c == 0xEA || c == 0xED || c == 0xEF || c == 0xF3 || c == 0xF5;
}

static int is_hebrew_medial(int c)
{
    return c == 0xEB || c == 0xEE || c == 0xF0 || c == 0xF4 || c == 0xF6;
}

/* What stands after a letter that ends no word: abbreviations and
 * numbers written with a geresh or gershayim (windows-1255's 0xD7, 0xD8),
 * or the quotes used for them ("מנכ"ל", "פרופ'", "&quot;" in markup), and
 * a prefix before a hyphen ("כ-50"). */
static int continues_hebrew_word(int c)
{
    return c == '"' || c == '\'' || c == '-' || c == '&' || c == 0xD7 || c == 0xD8;
}

/* Thai's leading vowels (เ, แ, โ, ใ, ไ: windows-874's 0xE0-0xE4) are
 * written before the consonant they follow in speech, and so always stand
 * before one (0xA1-0xCE). One before anything else -- a space, another
 * vowel, a tone mark -- costs a windows-874 reading a mark: Japanese or
 * Chinese read so, whose bytes are Thai letters, puts them anywhere. */
static int is_thai_leading_vowel(int c)
{
    return c >= 0xE0 && c <= 0xE4;
}

static int is_thai_consonant(int c)
{
    return c >= 0xA1 && c <= 0xCE;
}

/* Thai is written without spaces between words, and glues Latin ones to
 * its own ("คะแนนสอบO-NET", "ดูบอลสดทางTrueID"): in a windows-874 reading
 * (whose only other letters are ASCII's) a Thai letter or mark beside a
 * Latin letter, but for a mark sitting on one, costs nothing where the
 * reading has THAI_PER_GLUE Thai letters and marks or more away from Latin
 * ones for each, and COST_BAD where it has fewer: Latin text read so
 * ("KSIĄŻKA" in ISO-8859-2, its capitals Thai consonants) has a Thai
 * letter or two between Latin ones, Thai text runs of them. */
#define THAI_PER_GLUE 3

/* Final forms at the end of words, this many, with at most one inside a
 * word -- or one of the other forms at a word's end -- for every
 * FINALS_PER_SLIP at an end (a typo, an abbreviation), take FINALS_BONUS
 * off a windows-1255 reading's marks. */
#define FINALS_MIN 3
#define FINALS_PER_SLIP 8
#define FINALS_BONUS COST_BAD

/* The other way round: SLIPS_MIN slips or more, and more of them than
 * final forms at an end, cost a windows-1255 reading SLIPS_COST. Hebrew
 * does not write so, whereas Cyrillic read as Hebrew does at every "н",
 * "к", "у" inside a word and every "о", "л" ending one; without this a
 * short text in one case whose bytes were all Hebrew letters (Russian in
 * small letters without я, ы, ь, э, ю in windows-1251, or in capitals in
 * KOI8-R) had no mark in windows-1255 and was taken for Hebrew. */
#define SLIPS_MIN 3
#define SLIPS_COST COST_BAD

/* Cyrillic's eight commonest letters (о, е, а, и, н, т, с, р, in either
 * case) are half of Russian prose, of Bulgarian, Serbian and Macedonian
 * more, of Ukrainian and Belarusian 40-48%. A reading of 32 Cyrillic
 * letters or more in which they are under COMMON_PCT percent is another
 * encoding's bytes (KOI8-R read as windows-1251 gives them about 30%,
 * Hebrew read so about as much), and costs a mark: where case cannot
 * tell KOI8-R from windows-1251 (a text in one case), this can. */
#define COMMON_MIN_LETTERS 32
#define COMMON_PCT 35

static int is_common_cyrillic(uint32_t cp)
{
    cp = mt_text_fold(cp);
    return cp == 0x43E || cp == 0x435 || cp == 0x430 || cp == 0x438 || cp == 0x43D ||
           cp == 0x442 || cp == 0x441 || cp == 0x440;
}

/* Ten of Cyrillic's rarest letters (ф, щ, э, ю, ц, ж, ш, х, й, ч): 7% of
 * Russian prose, under 15% in 99 of a hundred 60-letter stretches of the
 * dev corpus' Cyrillic; KOI8-R and windows-1251 read as each other make
 * them of т, и, а, у, в and so near 28%. How well a reading fits Cyrillic
 * is its commonest letters less these rare ones (in percent of its
 * Cyrillic letters: a median of 52 on the corpus, 2 to 5 misread). Where
 * two candidates read the text as Cyrillic, FIT_MIN_LETTERS letters or
 * more, one that fits FIT_GAP points worse than the best costs a mark:
 * a text in one case too short for COMMON_PCT to catch (a headline and a
 * sentence) is told so, from 20 letters: in 20-letter stretches of the
 * corpus a true reading still fits 50 points better than the misread one
 * (median), under FIT_GAP better in 4% (no mark: the other rules decide),
 * FIT_GAP worse in 0.1%. Relative to the best reading, not to Russian,
 * it holds for Ukrainian, Bulgarian or Belarusian as well. */
#define FIT_MIN_LETTERS 20
#define FIT_GAP 15

static int is_rare_cyrillic(uint32_t cp)
{
    cp = mt_text_fold(cp);
    return cp == 0x444 || cp == 0x449 || cp == 0x44D || cp == 0x44E || cp == 0x446 ||
           cp == 0x436 || cp == 0x448 || cp == 0x445 || cp == 0x439 || cp == 0x447;
}

/* Letters of a script with capitals, this many or more, all in one case:
 * not how prose in Cyrillic or Greek is written (detect_single_byte). */
#define ONE_CASE_MIN 32

/* The Cyrillic signs that begin no word: the hard and soft signs and yery
 * (ъ, ь, ы, in either case). A word read so costs COST_HALF: Hebrew read
 * as windows-1251 begins many with tav's byte (ъ), as KOI8-R with resh's
 * and shin's (Ь, Ы). */
static int begins_no_word(uint32_t cp)
{
    cp = mt_text_fold(cp);
    return cp == 0x44A || cp == 0x44B || cp == 0x44C;
}

/* Nor do the soft and hard signs (ь, ъ) follow a vowel or й in any
 * Cyrillic language: they stand after consonants. One that does costs
 * COST_HALF: Hebrew read as windows-1251 writes ъ (tav) after е and а (vav
 * and alef: "-ות", "את") and after й (yod, "-ית"), as KOI8-R capitals Ь
 * (resh) after А, И, Е (bet, yod, vav). */
static int is_cyrillic_vowel(uint32_t cp)
{
    cp = mt_text_fold(cp);
    return cp == 0x430 || cp == 0x435 || cp == 0x451 || cp == 0x438 || cp == 0x43E ||
           cp == 0x443 || cp == 0x44B || cp == 0x44D || cp == 0x44E || cp == 0x44F ||
           cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x439;
}

static int is_cyrillic_sign(uint32_t cp)
{
    cp = mt_text_fold(cp);
    return cp == 0x44A || cp == 0x44C;
}

/* Greek writes its final sigma (ς) at the ends of words only. One before
 * a letter costs COST_HALF: Hebrew read as windows-1253 or ISO-8859-7
 * is small Greek letters, ayin (ע, common inside words) its final sigma. */
#define GREEK_FINAL_SIGMA 0x3C2

/* Cyrillic letters that only some Cyrillic languages have: Serbian's and
 * Macedonian's (ђ ј љ њ ћ џ ѓ ќ ѕ) and the East Slavic ones (ё ы э є і ї
 * ґ ў), no language both. A reading with letters of both groups has the
 * fewer of them cost COST_UNCOVERED each, as Latin letters no one
 * alphabet holds do: Hebrew read as ISO-8859-5 mixes ј, љ, њ (resh, shin,
 * tav) with і, ї, є (tsadi, qof, pe). */
static int cyrillic_group(uint32_t cp)
{
    cp = mt_text_fold(cp);
    if (cp == 0x452 || cp == 0x458 || cp == 0x459 || cp == 0x45A || cp == 0x45B ||
        cp == 0x45F || cp == 0x453 || cp == 0x45C || cp == 0x455)
        return 1;
    if (cp == 0x451 || cp == 0x44B || cp == 0x44D || cp == 0x454 || cp == 0x456 ||
        cp == 0x457 || cp == 0x491 || cp == 0x45E)
        return 2;
    return 0;
}

typedef struct sb_score {
    const uint8_t *cls;
    const uint32_t *langs;
    long bad;
    long latin;
    const uint16_t *cps;    /* the candidate's code points of bytes >= 0x80 */
    int hebrew;             /* the candidate is windows-1255 */
    int thai;               /* the candidate is windows-874 */
    long thai_letters, thai_glued;  /* Thai letters and marks away from Latin, beside it */
    /* Hebrew final forms at a word's end and inside one, other forms at an end */
    long finals_ending, finals_inside, medials_ending;
    long upper, lower;      /* cased letters of other scripts than Latin */
    long cyrillic, common;  /* Cyrillic letters, and the commonest among them */
    long south, east;       /* ... of each group of cyrillic_group */
    long rare;              /* ... and the rarest (is_rare_cyrillic) */
    int misfit;             /* it fits Cyrillic FIT_GAP worse than another */
    long lang_count[MAX_LANGS];
} sb_score;

static uint8_t class_of(const sb_score *sc, int c)
{
    if (c >= 0x80)
        return sc->cls[c - 0x80];
    if (c >= 'a' && c <= 'z')
        return MT_BC_LETTER | MT_BC_LOWER | MT_BS_LATIN;
    if (c >= 'A' && c <= 'Z')
        return MT_BC_LETTER | MT_BC_UPPER | MT_BS_LATIN;
    return 0;
}

static int script_of(uint8_t cls)
{
    return cls & MT_BC_LETTER ? cls & MT_BC_SCRIPT : 0;
}

/* The ordinal indicators (º, ª) end an abbreviation ("1º", "nº", "Mª");
 * one before a small letter costs COST_HALF: Romanian's ş and Ş in
 * windows-1250 and ISO-8859-2 are windows-1252's º and ª ("ºcoala",
 * "aºtept"), which may otherwise stand inside a word. Not before an "s":
 * Portuguese and Spanish write the plural so ("nºs", "1ºs"), Romanian no
 * "ş" before an "s". */
static int is_ordinal_indicator(uint32_t cp)
{
    return cp == 0xBA || cp == 0xAA;
}

static int is_small_letter(uint8_t cls)
{
    return (cls & MT_BC_LETTER) && (cls & MT_BC_MARK) == MT_BC_LOWER;
}

/* Scores a Cyrillic letter (byte `cur`, after `prev`; `ps`, `ns`: the
 * scripts of its neighbours): a sign where no word has one (begins_no_word,
 * is_cyrillic_sign), and the counts behind marks()'s Cyrillic terms. */
static void score_cyrillic(sb_score *sc, int prev, int cur, int ps, int ns)
{
    uint32_t cp = sc->cps[cur - 0x80];
    if (!ps && ns == MT_BS_CYRILLIC && begins_no_word(cp))
        sc->bad += COST_HALF;
    if (ps == MT_BS_CYRILLIC && prev >= 0x80 && is_cyrillic_sign(cp) &&
        is_cyrillic_vowel(sc->cps[prev - 0x80]))
        sc->bad += COST_HALF;
    int group = cyrillic_group(cp);
    sc->south += group == 1;
    sc->east += group == 2;
    sc->cyrillic++;
    sc->common += is_common_cyrillic(cp);
    sc->rare += is_rare_cyrillic(cp);
}

/* Scores one byte >= 0x80 read in this candidate, between its neighbours. */
static void score_byte(sb_score *sc, int prev, int cur, int next)
{
    uint8_t cls = class_of(sc, cur);
    if (cls & MT_BC_INVALID) {
        sc->bad += COST_BAD;
        return;
    }
    if (cls & MT_BC_NEUTRAL) {
        if (is_ordinal_indicator(sc->cps[cur - 0x80]) && is_small_letter(class_of(sc, next)) &&
            next != 's')
            sc->bad += COST_HALF;
        return;
    }
    uint8_t pc = class_of(sc, prev), nc = class_of(sc, next);
    int ps = script_of(pc), ns = script_of(nc);
    if (!(cls & MT_BC_LETTER)) {
        if (ps && ns)
            sc->bad += COST_BAD;        /* a symbol inside a word */
        else if ((cls & MT_BC_SCRIPT) != MT_BS_COMMON_SYMBOL)
            sc->bad += COST_SYMBOL;     /* box drawing, maths: rare in prose */
        return;
    }
    int script = cls & MT_BC_SCRIPT;
    int mark = (cls & MT_BC_MARK) == MT_BC_MARK;
    if ((ps && ps != script) || (ns && ns != script)) {
        if (sc->thai && !(mark && ps == MT_BS_LATIN))
            sc->thai_glued++;           /* (see THAI_PER_GLUE) */
        else
            sc->bad += COST_BAD;        /* two scripts in one word */
        return;
    }
    if (script != MT_BS_LATIN && ps != script && ns != script && !mt_ascii_is_space((unsigned char)prev) &&
        !mt_ascii_is_space((unsigned char)next))
        sc->bad += COST_HALF;           /* a lone non-Latin letter glued to digits or signs */
    if (mark && !ps)
        sc->bad += COST_BAD;            /* a combining mark with no letter to sit on */
    else if (!mark && (cls & MT_BC_UPPER) && (pc & MT_BC_MARK) == MT_BC_LOWER)
        sc->bad += COST_HALF;           /* "xY" inside a word */
    if (sc->thai) {
        sc->thai_letters++;
        if (is_thai_leading_vowel(cur) && !is_thai_consonant(next))
            sc->bad += COST_BAD;
    }
    if (sc->hebrew && ps == script) {
        if (is_hebrew_final(cur))
            *(ns == script ? &sc->finals_inside : &sc->finals_ending) += 1;
        else if (is_hebrew_medial(cur) && ns != script && !continues_hebrew_word(next))
            sc->medials_ending++;
    }
    if (script != MT_BS_LATIN && !mark) {
        sc->upper += (cls & MT_BC_UPPER) != 0;
        sc->lower += (cls & MT_BC_LOWER) != 0;
    }
    if (script == MT_BS_GREEK && ns == script && sc->cps[cur - 0x80] == GREEK_FINAL_SIGMA)
        sc->bad += COST_HALF;
    if (script == MT_BS_CYRILLIC)
        score_cyrillic(sc, prev, cur, ps, ns);
    if (script == MT_BS_LATIN) {
        uint32_t langs = sc->langs[cur - 0x80];
        sc->latin++;
        for (int i = 0; langs && i < MAX_LANGS; i++, langs >>= 1)
            sc->lang_count[i] += langs & 1;
    }
}

/* The marks of a candidate: its own, less a Hebrew reading's bonus or
 * plus its cost for final forms out of place, one for Cyrillic without
 * its common letters or fitting worse than another reading, those for
 * Thai glued to Latin in short runs, and the Latin letters its best
 * language leaves unexplained. */
static long marks(const sb_score *sc)
{
    long best = 0;
    for (int i = 0; i < mt_single_byte_language_count && i < MAX_LANGS; i++)
        if (sc->lang_count[i] > best)
            best = sc->lang_count[i];
    long slips = sc->finals_inside + sc->medials_ending;
    long finals = sc->finals_ending >= FINALS_MIN && slips * FINALS_PER_SLIP <= sc->finals_ending
                      ? FINALS_BONUS : 0;
    if (slips >= SLIPS_MIN && slips > sc->finals_ending)
        finals = -SLIPS_COST;
    long uncommon = (sc->cyrillic >= COMMON_MIN_LETTERS &&
                     sc->common * 100 < sc->cyrillic * COMMON_PCT) || sc->misfit
                        ? COST_BAD : 0;
    long glued = sc->thai_glued * THAI_PER_GLUE > sc->thai_letters ? sc->thai_glued * COST_BAD : 0;
    long mixed = sc->south < sc->east ? sc->south : sc->east;
    return sc->bad - finals + uncommon + glued + (sc->latin - best + mixed) * COST_UNCOVERED;
}

/* The small prior added to a candidate's marks for its total. */
static long prior(int enc)
{
    return enc == MT_ENC_WINDOWS_1252 ? 0
           : (enc == MT_ENC_WINDOWS_1251 || enc == MT_ENC_WINDOWS_1250) ? COST_HALF
           : COST_BAD;
}

/* Whether a candidate reads the text as letters of a script with capitals
 * (Cyrillic, Greek), ONE_CASE_MIN of them or more, all in one case. */
static int one_case(const sb_score *sc)
{
    return sc->upper + sc->lower >= ONE_CASE_MIN && (!sc->upper || !sc->lower);
}

/* Whether it reads them in both cases, as prose in those scripts is. */
static int both_cases(const sb_score *sc)
{
    return sc->upper && sc->lower;
}

/* How well a candidate's reading fits Cyrillic (is_rare_cyrillic), in
 * percent; for readings of FIT_MIN_LETTERS Cyrillic letters or more. */
static long cyrillic_fit(const sb_score *sc)
{
    return (sc->common - sc->rare) * 100 / sc->cyrillic;
}

/* Whether a reading is Cyrillic prose in small letters: HEBREW_FIT or
 * more in cyrillic_fit, from FIT_MIN_LETTERS letters. Hebrew read as
 * windows-1251 is small Cyrillic letters too, but of its commonest letters
 * (yod, vav, he, lamed, alef: й, е, д, м, а) only two are Cyrillic's, and
 * tav and shin make ъ and щ: it fits under 32 (at most 31 in 32-60-letter
 * stretches of the review's Hebrew, a median of 8), where true Cyrillic
 * fits 50 (the median of such stretches of the dev corpus' Cyrillic; 40 or
 * more in three of four). Read as KOI8-R capitals, Hebrew fits up to 44
 * (yod, vav, mem are И, Е, Н): capitals are not let off so. */
#define HEBREW_FIT 40

static int fits_cyrillic(const sb_score *sc)
{
    return sc->lower && !sc->upper && sc->cyrillic >= FIT_MIN_LETTERS &&
           cyrillic_fit(sc) >= HEBREW_FIT;
}

/* A shorter text than ONE_CASE_MIN letters in one case is Hebrew on the
 * same terms where its windows-1255 reading (`he`) has final forms at the
 * ends of words, none out of place, and SHORT_HEBREW_MIN letters or more,
 * and the best reading, if Cyrillic, fits Cyrillic under SHORT_HEBREW_FIT
 * (cyrillic_fit): Hebrew's five final letters end one word in four or
 * five ("ם" ends "שלום עולם"), and Hebrew read as windows-1251 makes its
 * commonest letters (yod, resh, shin) rare ones (й, ш, щ), fitting under
 * 25 in these short texts. Cyrillic words can hold Hebrew's final letters
 * at their ends and none out of place ("владивосток", "МАЛЫЙ БИЗНЕС" in
 * KOI8-R), but fit 27 or more where they do, most over 50. */
#define SHORT_HEBREW_MIN 8
#define SHORT_HEBREW_FIT 25

static int short_hebrew(const sb_score *he, const sb_score *best)
{
    long letters = best->upper + best->lower;
    return letters >= SHORT_HEBREW_MIN && (!best->upper || !best->lower) &&
           he->finals_ending > 0 && he->finals_inside + he->medials_ending == 0 &&
           (!best->cyrillic || cyrillic_fit(best) < SHORT_HEBREW_FIT);
}

/* Sets `misfit` on the Cyrillic readings that fit FIT_GAP points or more
 * worse than another with no more marks of its own: against a reading
 * marked already (a KOI8-R reading of windows-1251 with a stray sign),
 * the mark would hand a short text to a clean reading in no Cyrillic
 * encoding at all. Run before any is set: marks() then counts none. */
static void mark_misfits(sb_score *sc)
{
    long base[NCAND];
    for (size_t k = 0; k < NCAND; k++)
        base[k] = marks(&sc[k]);
    for (size_t k = 0; k < NCAND; k++) {
        if (sc[k].cyrillic < FIT_MIN_LETTERS)
            continue;
        for (size_t j = 0; j < NCAND && !sc[k].misfit; j++)
            sc[k].misfit = sc[j].cyrillic >= FIT_MIN_LETTERS && base[j] <= base[k] &&
                           cyrillic_fit(&sc[j]) - cyrillic_fit(&sc[k]) >= FIT_GAP;
    }
}

/* The best single-byte candidate for the text; its marks (its total less
 * the prior) go to *best_marks. */
static int detect_single_byte(const unsigned char *s, size_t len, long *best_marks)
{
    sb_score sc[NCAND];
    memset(sc, 0, sizeof sc);
    for (size_t k = 0; k < NCAND; k++) {
        int idx = mt_single_byte_index[single_byte_candidates[k]];
        sc[k].cls = mt_single_byte_class[idx];
        sc[k].langs = mt_single_byte_langs[idx];
        sc[k].cps = mt_single_byte_tables[idx];
        sc[k].hebrew = single_byte_candidates[k] == MT_ENC_WINDOWS_1255;
        sc[k].thai = single_byte_candidates[k] == MT_ENC_WINDOWS_874;
    }
    walker w = { s, 0, len };
    int prev = ' ', cur = walk_next(&w);
    while (cur >= 0) {
        int next = walk_next(&w);
        if (cur >= 0x80)
            for (size_t k = 0; k < NCAND; k++)
                score_byte(&sc[k], prev, cur, next < 0 ? ' ' : next);
        else if (next >= 0 && next < 0x80) {
            /* Only bytes >= 0x80 are scored, with their neighbours: a run of
             * plain ASCII text is passed over, keeping its last two bytes as
             * `prev` and `cur`. */
            size_t run = plain_text_run(&w);
            if (run) {
                w.pos += run;
                prev = run > 1 ? w.s[w.pos - 2] : next;
                cur = w.s[w.pos - 1];
                continue;
            }
        }
        prev = cur;
        cur = next;
    }
    mark_misfits(sc);
    /* the lowest total; between equals, the one with fewer marks of its
     * own, then a reading in both cases */
    long totals[NCAND], own[NCAND];     /* (marks() once per candidate) */
    for (size_t k = 0; k < NCAND; k++) {
        own[k] = marks(&sc[k]);
        totals[k] = own[k] + prior(single_byte_candidates[k]);
    }
    size_t best = 0;
    for (size_t k = 1; k < NCAND; k++)
        if (totals[k] < totals[best] ||
            (totals[k] == totals[best] &&
             (own[k] < own[best] ||
              (own[k] == own[best] && both_cases(&sc[k]) && !both_cases(&sc[best])))))
            best = k;
    /* Hebrew read as windows-1251 is small Cyrillic letters, as KOI8-R
     * capitals, with no mark against them: a long text all in one case
     * that has no fewer marks than in Hebrew is Hebrew -- unless it is in
     * small letters that fit Cyrillic as its prose does (Russian without
     * я, ы, ь, э, ю is all Hebrew letters in windows-1255) */
    for (size_t k = 0; k < NCAND; k++)
        if (sc[k].hebrew && own[k] <= own[best] && !fits_cyrillic(&sc[best]) &&
            (one_case(&sc[best]) || short_hebrew(&sc[k], &sc[best])))
            best = k;
    *best_marks = own[best];
    return single_byte_candidates[best];
}

/* ======================================================================
 * CJK multi-byte encodings
 * ====================================================================== */

/* Whether a kana is the character of `n` bytes at p in a Japanese encoding:
 * hiragana and katakana, lead bytes 0x82 (trail 0x9F-0xF1) and 0x83 (trail
 * 0x40-0x96) in Shift_JIS, rows 0xA4 and 0xA5 in EUC-JP. */
static int is_kana(int enc, const unsigned char *p, size_t n)
{
    if (n != 2)
        return 0;
    if (enc == MT_ENC_SHIFT_JIS)
        return (p[0] == 0x82 && p[1] >= 0x9F && p[1] <= 0xF1) ||
               (p[0] == 0x83 && p[1] >= 0x40 && p[1] <= 0x96);
    return enc == MT_ENC_EUC_JP && (p[0] == 0xA4 || p[0] == 0xA5);
}

/* JIS X 0208's rows 9-12, 14-15, 85-88 and 93-94 (EUC-JP lead bytes 0xA9-
 * 0xAC, 0xAE-0xAF, 0xF5-0xF8, 0xFD-0xFE) hold no characters: EUC-JP text
 * never has them, Big5 text read as EUC-JP often does (its commonest
 * characters have lead bytes 0xA4-0xAF: "的" is 0xAA 0xBA). */
static int euc_jp_row_empty(unsigned lead)
{
    return (lead >= 0xA9 && lead <= 0xAC) || lead == 0xAE || lead == 0xAF ||
           (lead >= 0xF5 && lead <= 0xF8) || lead >= 0xFD;
}

/* The page read in the CJK encoding `enc`: its multi-byte characters, the
 * bytes that begin none (ill-formed), the characters "glued" between ASCII
 * letters, the kana among them (is_kana), and the kana whose second byte
 * and the byte after it are ASCII letters: "ƒoto" in windows-1252 is a
 * katakana and "to" in Shift_JIS. */
typedef struct cjk_census {
    size_t chars, bad, glued, kana, kana_in_word;
} cjk_census;

/* Moves *i past the ASCII bytes there (characters of their own in every
 * CJK encoding) and returns the length in `enc` of the character it then
 * stands at (mt_cjk_char_length: 0 for an ill-formed one); 0 at the end. */
static size_t next_cjk_char(int enc, const unsigned char *s, size_t len, size_t *i)
{
    *i += mt_utf8_ascii_prefix((const char *)s + *i, len - *i);
    return *i < len ? mt_cjk_char_length(enc, s + *i, len - *i) : 0;
}

static cjk_census take_cjk_census(int enc, const unsigned char *s, size_t len)
{
    cjk_census c = { 0, 0, 0, 0, 0 };
    size_t i = 0, after_char = 0;   /* just past the last multi-byte character */
    while (i < len) {
        size_t n = next_cjk_char(enc, s, len, &i);
        if (i >= len)
            break;
        if (n == 1) {
            i++;
            continue;
        }
        if (n == 0 || (n == 2 && enc == MT_ENC_EUC_JP && euc_jp_row_empty(s[i]))) {
            c.bad++;
            i += n ? n : 1;
            continue;
        }
        c.chars++;
        /* (a letter before it that is the last character's trail byte, as
         * Big5 and Shift_JIS have, is no ASCII letter) */
        int before = i > after_char && mt_ascii_is_letter(s[i - 1]);
        int after = mt_ascii_is_letter(s[i + n - 1]) ||
                    (i + n < len && mt_ascii_is_letter(s[i + n]));
        c.glued += before && after;
        if (is_kana(enc, s + i, n)) {
            c.kana++;
            /* not after another character: katakana whose second byte
             * is a capital ("ス" is 0x83 'X') run on into a word of their
             * own ("スイスWeb") */
            c.kana_in_word += i != after_char && mt_ascii_is_letter(s[i + n - 1]) &&
                              i + n < len && mt_ascii_is_letter(s[i + n]);
        }
        i += n;
        after_char = i;
    }
    return c;
}

/* Does the page read as text in the CJK encoding `enc`? Under 1% of its
 * multi-byte characters ill-formed, and under 30% of them "glued" between
 * ASCII letters -- what Latin text gives when an accented letter and the
 * letter after it are taken for one double-byte character. */
static int census_plausible(const cjk_census *c)
{
    return c->chars > 0 && c->bad * 100 < c->chars && c->glued * 10 < c->chars * 3;
}

static int cjk_plausible(int enc, const unsigned char *s, size_t len)
{
    cjk_census c = take_cjk_census(enc, s, len);
    return census_plausible(&c);
}

/* Kana among the characters, KANA_MIN of them and a fifth at least:
 * Japanese writes its particles and endings in hiragana, which no other
 * text read in a Japanese encoding gives in such numbers. */
#define KANA_MIN 3

/* Fewer kana, one even, are enough where the best single-byte reading of
 * the page has a mark against it (FEW_KANA_MARKS, in tenths): a headline of
 * kanji with a particle or two ("首相が訪米") on an English page, which
 * uchardet, given so few characters, calls windows-1252. A single-byte
 * text reads as a kana in Shift_JIS only where a low quote (0x82) stands
 * before an accented letter or "ƒ" (0x83) before a letter, in EUC-JP only
 * where 0xA4 or 0xA5 ("¤", "¥"; in Thai and KOI8-U a letter) stands before
 * a byte >= 0xA1 -- and all its other bytes >= 0x80 must pair up too. */
#define FEW_KANA_MARKS 1

/* The Japanese encoding the page reads in, plausibly and with kana in
 * numbers (`few` = 0) or with one kana at least (`few` = 1), or
 * MT_ENC_NONE. */
static int japanese_by_kana(const unsigned char *s, size_t len, int few)
{
    static const int japanese[] = { MT_ENC_SHIFT_JIS, MT_ENC_EUC_JP };
    for (size_t k = 0; k < sizeof japanese / sizeof japanese[0]; k++) {
        cjk_census c = take_cjk_census(japanese[k], s, len);
        size_t kana = c.kana - c.kana_in_word;
        if (census_plausible(&c) && (few ? kana >= 1 : kana >= KANA_MIN && kana * 5 >= c.chars))
            return japanese[k];
    }
    return MT_ENC_NONE;
}

/* ======================================================================
 * GBK or Big5
 * ====================================================================== */

static int compare_code(const void *a, const void *b)
{
    return (int)*(const uint16_t *)a - (int)*(const uint16_t *)b;
}

/* How many of the text's double-byte characters, read in `enc` (GBK, Big5,
 * EUC-KR, EUC-JP or Shift_JIS), are among the commonest Chinese characters,
 * Hangul syllables or kanji (cjk_common.h); in *chars, if not NULL, how
 * many double-byte characters it has. */
static size_t count_common_chars(int enc, const unsigned char *s, size_t len, size_t *chars)
{
    const uint16_t *table = mt_cjk_common_gbk;
    size_t count = mt_cjk_common_gbk_count;
    if (enc == MT_ENC_BIG5)
        table = mt_cjk_common_big5, count = mt_cjk_common_big5_count;
    else if (enc == MT_ENC_EUC_KR)
        table = mt_cjk_common_euc_kr, count = mt_cjk_common_euc_kr_count;
    else if (enc == MT_ENC_EUC_JP)
        table = mt_cjk_common_euc_jp, count = mt_cjk_common_euc_jp_count;
    else if (enc == MT_ENC_SHIFT_JIS)
        table = mt_cjk_common_shift_jis, count = mt_cjk_common_shift_jis_count;
    size_t i = 0, hits = 0, pairs = 0;
    while (i < len) {
        size_t n = next_cjk_char(enc, s, len, &i);
        if (i >= len)
            break;
        if (n == 2) {
            uint16_t code = (uint16_t)(s[i] << 8 | s[i + 1]);
            hits += bsearch(&code, table, count, sizeof *table, compare_code) != NULL;
            pairs++;
        }
        i += n ? n : 1;
    }
    if (chars)
        *chars = pairs;
    return hits;
}

static size_t common_hanzi(int enc, const unsigned char *s, size_t len)
{
    return count_common_chars(enc, s, len, NULL);
}

/* GBK and Big5 share their byte ranges, so that most Big5 text is
 * well-formed GBK and much GBK text well-formed Big5, and uchardet, given
 * a few sentences, may name the other one ("中華民國總統府" in Big5 is GBK's
 * "い地チ瓣羆参┎" to it). The same bytes read in the wrong one give
 * symbols, kana and rare characters: Big5's commonest characters (few
 * strokes, rows 0xA4-0xAF) are GBK's rows of symbols, kana and user-defined
 * codes, GBK's hanzi Big5's second level of rare ones. Where the other
 * reading is plausible and gives COMMON_HANZI_MIN or more of the
 * commonest characters, and more than twice as many as `named`'s reading,
 * it is the page's. (Japanese is ruled out before: EUC-JP's hiragana, read
 * as Big5, are common characters of few strokes.) */
#define COMMON_HANZI_MIN 2

static int chinese_reading(const unsigned char *s, size_t len, int named)
{
    int other = named == MT_ENC_GBK ? MT_ENC_BIG5 : MT_ENC_GBK;
    if (!cjk_plausible(other, s, len))
        return named;
    size_t mine = common_hanzi(named, s, len), theirs = common_hanzi(other, s, len);
    return theirs >= COMMON_HANZI_MIN && theirs > 2 * mine ? other : named;
}

/* `cjk`, a CJK encoding the page reads in plausibly, or its Chinese twin
 * (chinese_reading). */
static int chinese_checked(const unsigned char *s, size_t len, int cjk)
{
    return cjk == MT_ENC_GBK || cjk == MT_ENC_BIG5 ? chinese_reading(s, len, cjk) : cjk;
}

/* A Chinese, Korean or Japanese headline on an English page ("北京新闻",
 * "台北新聞", "서울 소식", "東京株式市場"), which uchardet, given so few
 * characters, calls windows-1252, and which reads cleanly in some
 * single-byte encoding (Arabic letters in windows-1256; in windows-1252
 * Big5's "¥x¥_·s»D", its trail bytes ASCII letters): its GBK, Big5,
 * EUC-KR, EUC-JP or Shift_JIS reading, if plausible, where COMMON_SHARE
 * percent of its characters or more, and three at least, are among the
 * commonest -- or, where no single-byte reading is clean (`sb_marks`),
 * half of them and two at least; of several, the one with the most.
 * Other text read so gives few of them: Latin or Cyrillic letters in
 * pairs are hanzi of GBK's second level or Big5's (rare ones), symbols or
 * user-defined codes more often than common characters. MT_ENC_NONE if
 * none reads so. */
#define COMMON_SHARE 75

static int cjk_by_common(const unsigned char *s, size_t len, long sb_marks)
{
    static const int encs[] = { MT_ENC_GBK, MT_ENC_BIG5, MT_ENC_EUC_KR, MT_ENC_EUC_JP,
                                MT_ENC_SHIFT_JIS };
    int best = MT_ENC_NONE;
    size_t best_hits = 0;
    for (size_t k = 0; k < sizeof encs / sizeof encs[0]; k++) {
        size_t chars, hits = count_common_chars(encs[k], s, len, &chars);
        int many = hits >= 3 && hits * 100 >= chars * COMMON_SHARE;
        int some = sb_marks > 0 && hits >= COMMON_HANZI_MIN && hits * 2 >= chars;
        if ((many || some) && hits > best_hits && cjk_plausible(encs[k], s, len)) {
            best = encs[k];
            best_hits = hits;
        }
    }
    return chinese_checked(s, len, best);
}

#ifdef MT_HAVE_UCHARDET
/* uchardet's answer if it is a CJK multi-byte encoding, else MT_ENC_NONE;
 * in *named whatever encoding it named (MT_ENC_NONE: none we know).
 * uchardet allocates with C++ new; an allocation failure there cannot be
 * reported and is the one place the library depends on the C++ runtime. */
static int uchardet_cjk(const unsigned char *s, size_t len, int *named)
{
    *named = MT_ENC_NONE;
    uchardet_t ud = uchardet_new();
    if (!ud)
        return MT_ENC_NONE;
    int enc = MT_ENC_NONE;
    if (uchardet_handle_data(ud, (const char *)s, len) == 0) {
        uchardet_data_end(ud);
        const char *name = uchardet_get_charset(ud);
        if (name && !strcmp(name, "UHC"))
            enc = MT_ENC_EUC_KR;
        else if (name)
            enc = mt_encoding_from_label(name, strlen(name));
    }
    uchardet_delete(ud);
    if (enc == MT_ENC_GB18030)
        enc = MT_ENC_GBK;   /* the same decoder; GBK is what such pages are */
    *named = enc;
    if (enc == MT_ENC_SHIFT_JIS || enc == MT_ENC_EUC_JP || enc == MT_ENC_GBK ||
        enc == MT_ENC_BIG5 || enc == MT_ENC_EUC_KR)
        return enc;
    return MT_ENC_NONE;
}
#else
/* Without uchardet: the first CJK encoding the bytes read plausibly in,
 * tried only when most bytes >= 0x80 pair up as double-byte characters. */
static int uchardet_cjk(const unsigned char *s, size_t len, int *named)
{
    *named = MT_ENC_NONE;
    static const int order[] = { MT_ENC_GBK, MT_ENC_SHIFT_JIS, MT_ENC_EUC_JP, MT_ENC_BIG5,
                                 MT_ENC_EUC_KR };
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
        if (cjk_plausible(order[k], s, len))
            return *named = order[k];
    return MT_ENC_NONE;
}
#endif

/* ======================================================================
 * Entry point
 * ====================================================================== */

/* Could the page be in any CJK encoding at all? A cheap pass that spares
 * most single-byte pages the cost of uchardet (about 30 MB/s). */
static int any_cjk_plausible(const unsigned char *s, size_t len)
{
    static const int encs[] = { MT_ENC_SHIFT_JIS, MT_ENC_EUC_JP, MT_ENC_GBK, MT_ENC_BIG5,
                                MT_ENC_EUC_KR };
    for (size_t k = 0; k < sizeof encs / sizeof encs[0]; k++)
        if (cjk_plausible(encs[k], s, len))
            return 1;
    return 0;
}

static int has_iso_2022_jp_escape(const unsigned char *s, size_t len)
{
    const unsigned char *p = s, *end = s + len;
    while ((p = memchr(p, 0x1B, (size_t)(end - p))) != NULL && end - p > 2) {
        if (p[1] == '$' && (p[2] == 'B' || p[2] == '@'))
            return 1;
        p++;
    }
    return 0;
}

/* Kana in numbers say Japanese, but Thai in windows-874 reads as EUC-JP
 * kana too where its commonest consonant ("ค", 0xA4) stands before a
 * letter ("ความ" holds "で"), and so do other single-byte encodings whose
 * letters stand at 0xA4 or 0xA5, the lead bytes of EUC-JP's kana (IBM866,
 * ISO-8859-5, windows-1251, windows-1250). Where uchardet named such an
 * encoding and our scorer's best reading is in that one too, two
 * detectors agree and that is the page's encoding, else `japanese`. Not
 * where uchardet named windows-1252, what it names for any text it cannot
 * place (a few kanji and kana in Shift_JIS), nor an encoding with no
 * letter there, whose reading can owe nothing to those kana (a Japanese
 * headline that uchardet and the scorer both read as Greek). */
static int single_byte_agreed(const unsigned char *s, size_t len, int named, int japanese)
{
    size_t k = 1;   /* (not windows-1252, the first) */
    while (k < NCAND && single_byte_candidates[k] != named)
        k++;
    if (k == NCAND)
        return japanese;
    const uint8_t *cls = mt_single_byte_class[mt_single_byte_index[named]];
    if (!(cls[0xA4 - 0x80] & MT_BC_LETTER) && !(cls[0xA5 - 0x80] & MT_BC_LETTER))
        return japanese;
    long sb_marks;
    return detect_single_byte(s, len, &sb_marks) == named ? named : japanese;
}

/* `valid` and `ascii`: the valid UTF-8 prefix and the ASCII prefix of the
 * first `len` bytes (at most MAX_SCAN). */
static int detect_window(const char *html, size_t len, size_t valid, size_t ascii)
{
    const unsigned char *s = (const unsigned char *)html;
    if (ascii == len)
        return has_iso_2022_jp_escape(s, len) ? MT_ENC_ISO_2022_JP : MT_ENC_WINDOWS_1252;
    /* A cut at MAX_SCAN may split the last character; so may the end of a
     * page truncated in transfer, which is still UTF-8 when the rest has
     * multi-byte sequences. */
    if (valid == len || (len == MAX_SCAN && len - valid < 4) ||
        (mt_utf8_is_cut_character(html + valid, len - valid) && ascii < valid))
        return MT_ENC_UTF_8;
    if (any_cjk_plausible(s, len)) {
        /* uchardet, given a few characters only (a Japanese headline on a
         * page in English), may name GBK or nothing where kana tell
         * Japanese: GBK holds the kana where EUC-JP does, its hanzi not
         * the kanji */
        int named;
        int cjk = uchardet_cjk(s, len, &named);
        if (cjk != MT_ENC_NONE && cjk != MT_ENC_GBK && cjk_plausible(cjk, s, len))
            return chinese_checked(s, len, cjk);
        int japanese = japanese_by_kana(s, len, 0);
        if (japanese != MT_ENC_NONE)
            return single_byte_agreed(s, len, named, japanese);
        if (cjk != MT_ENC_NONE && cjk_plausible(cjk, s, len))
            return chinese_checked(s, len, cjk);
        /* a headline with one or two kana among its kanji, where uchardet
         * named windows-1252 or nothing (not GBK: a Chinese page may hold a
         * "の"; not Thai or a Cyrillic encoding, whose letters are kana's
         * lead bytes in EUC-JP) and the bytes read clean in no single-byte
         * encoding */
        long sb_marks;
        int sb = detect_single_byte(s, len, &sb_marks);
        if ((named == MT_ENC_NONE || named == MT_ENC_WINDOWS_1252) &&
            sb_marks >= FEW_KANA_MARKS) {
            japanese = japanese_by_kana(s, len, 1);
            if (japanese != MT_ENC_NONE)
                return japanese;
        }
        if (named == MT_ENC_NONE || named == MT_ENC_WINDOWS_1252) {
            int cjk_headline = cjk_by_common(s, len, sb_marks);
            if (cjk_headline != MT_ENC_NONE)
                return cjk_headline;
        }
        return sb;
    }
    long sb_marks;
    return detect_single_byte(s, len, &sb_marks);
}

/* Where the detector's window starts: at the page's start, or, when the
 * first MAX_SCAN bytes are ASCII and more follow (a head of inline script
 * or style, which says nothing of the encoding), at the first byte that
 * is not. `ascii`: the page's ASCII prefix. */
static size_t window_start(size_t len, size_t ascii)
{
    return ascii >= MAX_SCAN && ascii < len ? ascii : 0;
}

int mt_charset_detect(const char *html, size_t len)
{
    /* (the scan stops at the first ill-formed byte, and the ASCII prefix
     * past the window is what window_start needs) */
    size_t ascii, valid = mt_utf8_scan(html, len, &ascii);
    return mt_charset_detect_scanned(html, len, valid, ascii);
}

int mt_charset_detect_scanned(const char *html, size_t len, size_t valid, size_t ascii)
{
    size_t from = window_start(len, ascii);
    /* (the prefixes hold the ASCII head: valid >= ascii) */
    html += from;
    len -= from;
    valid -= from;
    ascii -= from;
    if (len > MAX_SCAN) {
        /* The prefixes of the window are those of the page cut to it; where
         * the valid text goes on past the cut, a scan of the window alone
         * could stop up to three bytes short of it (at a character the cut
         * splits), which detect_window() reads as UTF-8 all the same. */
        len = MAX_SCAN;
        if (valid > len)
            valid = len;
        if (ascii > len)
            ascii = len;
    }
    return detect_window(html, len, valid, ascii);
}
