/* dates.c -- dates in the forms and languages of the web.
 *
 * Text is cut into tokens (numbers, words, punctuation; spaces only mark
 * the token after them), and date patterns are tried at each token:
 *
 *   numeric     2016-11-20, 2016/11/20, 20.11.2016, 20/11/2016, 11/20/2016,
 *               20161120 (MT_DATE_COMPACT; in text only with a time,
 *               20161120 10:30), 20.11.16 and 20/11/16
 *               (MT_DATE_SHORT_YEAR)
 *   day first   20. November 2016, 20 de noviembre de 2016, 1er novembre
 *               2016, 20th of November, 2016, 20 ноября 2016 г., 14
 *               Gennaio 20 (MT_DATE_SHORT_YEAR, at the end of a line)
 *   month first November 20, 2016, Nov. 20th 2016
 *   CJK         2016年11月20日, 2016년 11월 20일
 *
 * followed by an optional time (10:30, 10:30:15.123, 10h30, 3:05 pm, "um
 * 10:30 Uhr") and offset (Z, +01:00, +0100, UTC, GMT+2, CET, EST, ...). RFC
 * 2822 ("Sun, 20 Nov 2016 10:30:00 +0100") is the day-first form with a
 * time. Weekday names before a date need no rule: the match starts after
 * them. */
#include <string.h>
#include "metadata/meta_internal.h"
#include "metadata/metadata.h"
#include "util/fnv.h"
#include "util/utf8.h"

/* ================================================================ word tables */

typedef struct month_name {
    const char *word;   /* lowercase UTF-8 */
    uint8_t month;
} month_name;

/* Full names, inflected forms and abbreviations of the months in English,
 * German (with the Austrian Jänner and Feber), French, Spanish, Italian,
 * Portuguese, Dutch, Polish, Czech and Russian (nominative and genitive:
 * "20 listopada 2016", "20 ноября 2016"), Turkish (also with an ASCII i:
 * "KASIM" folds to "kasim"), Indonesian, the Scandinavian languages,
 * Hebrew (also with its prefix "in": "בדצמבר") and Arabic: the Egyptian
 * and Gulf names, the Levantine ones (with and without hamza: "آذار",
 * "اذار"; the two-word "كانون الثاني", which the scanner reads as one
 * word: two_word_month_end) and the Maghrebi ones ("جانفي"). An
 * abbreviation is only taken as a whole word (an optional '.' after it is
 * a separate token). Sorted by their bytes; a word is looked up in the
 * hash table of month_pairs.h, and words near numbers are many. */
static const month_name month_names[] = {
    { "abr", 4 }, { "abril", 4 }, { "ago", 8 }, { "agosto", 8 }, { "agustus", 8 },
    { "aout", 8 }, { "août", 8 }, { "apr", 4 }, { "april", 4 }, { "aprile", 4 },
    { "aralik", 12 }, { "aralık", 12 }, { "aug", 8 }, { "august", 8 }, { "augusti", 8 },
    { "augustus", 8 }, { "avr", 4 }, { "avril", 4 }, { "ağustos", 8 }, { "březen", 3 },
    { "března", 3 }, { "cze", 6 }, { "czerwca", 6 }, { "czerwiec", 6 }, { "dec", 12 },
    { "december", 12 }, { "decembre", 12 }, { "desember", 12 }, { "dez", 12 },
    { "dezember", 12 }, { "dezembro", 12 }, { "dic", 12 }, { "dicembre", 12 },
    { "diciembre", 12 }, { "duben", 4 }, { "dubna", 4 }, { "déc", 12 }, { "décembre", 12 },
    { "ekim", 10 }, { "ene", 1 }, { "enero", 1 }, { "eylül", 9 }, { "feb", 2 },
    { "febbraio", 2 }, { "feber", 2 }, { "febrero", 2 }, { "februar", 2 }, { "februari", 2 },
    { "february", 2 }, { "fev", 2 }, { "fevereiro", 2 }, { "fevr", 2 }, { "fevrier", 2 },
    { "fév", 2 }, { "févr", 2 }, { "février", 2 }, { "gen", 1 }, { "gennaio", 1 }, { "giu", 6 },
    { "giugno", 6 }, { "gru", 12 }, { "grudnia", 12 }, { "grudzień", 12 }, { "haziran", 6 },
    { "jan", 1 }, { "janeiro", 1 }, { "januar", 1 }, { "januari", 1 }, { "january", 1 },
    { "janv", 1 }, { "janvier", 1 }, { "juil", 7 }, { "juillet", 7 }, { "juin", 6 },
    { "jul", 7 }, { "julho", 7 }, { "juli", 7 }, { "julio", 7 }, { "july", 7 }, { "jun", 6 },
    { "june", 6 }, { "junho", 6 }, { "juni", 6 }, { "junio", 6 }, { "jän", 1 }, { "jänner", 1 },
    { "kasim", 11 }, { "kasım", 11 }, { "květen", 5 }, { "května", 5 }, { "kwi", 4 },
    { "kwiecień", 4 }, { "kwietnia", 4 }, { "ledna", 1 }, { "lip", 7 }, { "lipca", 7 },
    { "lipiec", 7 }, { "lis", 11 }, { "listopad", 11 }, { "listopada", 11 },
    { "listopadu", 11 }, { "lug", 7 }, { "luglio", 7 }, { "lut", 2 }, { "lutego", 2 },
    { "luty", 2 }, { "maart", 3 }, { "maerz", 3 }, { "mag", 5 }, { "maggio", 5 }, { "mai", 5 },
    { "maio", 5 }, { "maj", 5 }, { "maja", 5 }, { "mar", 3 }, { "marca", 3 }, { "march", 3 },
    { "marco", 3 }, { "maret", 3 }, { "mars", 3 }, { "mart", 3 }, { "marts", 3 },
    { "marzec", 3 }, { "marzo", 3 }, { "março", 3 }, { "may", 5 }, { "mayis", 5 },
    { "mayo", 5 }, { "mayıs", 5 }, { "mei", 5 }, { "mrt", 3 }, { "mrz", 3 }, { "mär", 3 },
    { "märz", 3 }, { "nisan", 4 }, { "nov", 11 }, { "november", 11 }, { "novembre", 11 },
    { "novembro", 11 }, { "noviembre", 11 }, { "ocak", 1 }, { "oct", 10 }, { "october", 10 },
    { "octobre", 10 }, { "octubre", 10 }, { "okt", 10 }, { "oktober", 10 }, { "ott", 10 },
    { "ottobre", 10 }, { "out", 10 }, { "outubro", 10 }, { "paź", 10 }, { "październik", 10 },
    { "października", 10 }, { "prosince", 12 }, { "prosinec", 12 }, { "sep", 9 }, { "sept", 9 },
    { "september", 9 }, { "septembre", 9 }, { "septiembre", 9 }, { "set", 9 },
    { "setembro", 9 }, { "setiembre", 9 }, { "settembre", 9 }, { "sie", 8 }, { "sierpień", 8 },
    { "sierpnia", 8 }, { "srpen", 8 }, { "srpna", 8 }, { "sty", 1 }, { "styczeń", 1 },
    { "stycznia", 1 }, { "temmuz", 7 }, { "wrz", 9 }, { "wrzesień", 9 }, { "września", 9 },
    { "září", 9 }, { "únor", 2 }, { "února", 2 }, { "červen", 6 }, { "července", 7 },
    { "červenec", 7 }, { "června", 6 }, { "říjen", 10 }, { "října", 10 }, { "şubat", 2 },
    { "авг", 8 }, { "август", 8 }, { "августа", 8 }, { "апр", 4 }, { "апрель", 4 },
    { "апреля", 4 }, { "дек", 12 }, { "декабрь", 12 }, { "декабря", 12 }, { "июл", 7 },
    { "июль", 7 }, { "июля", 7 }, { "июн", 6 }, { "июнь", 6 }, { "июня", 6 }, { "май", 5 },
    { "мар", 3 }, { "март", 3 }, { "марта", 3 }, { "мая", 5 }, { "ноя", 11 }, { "нояб", 11 },
    { "ноябрь", 11 }, { "ноября", 11 }, { "окт", 10 }, { "октябрь", 10 }, { "октября", 10 },
    { "сен", 9 }, { "сент", 9 }, { "сентябрь", 9 }, { "сентября", 9 }, { "фев", 2 },
    { "февр", 2 }, { "февраль", 2 }, { "февраля", 2 }, { "янв", 1 }, { "январь", 1 },
    { "января", 1 }, { "אוגוסט", 8 }, { "אוקטובר", 10 }, { "אפריל", 4 }, { "באוגוסט", 8 },
    { "באוקטובר", 10 }, { "באפריל", 4 }, { "בדצמבר", 12 }, { "ביולי", 7 }, { "ביוני", 6 },
    { "בינואר", 1 }, { "במאי", 5 }, { "במרץ", 3 }, { "בנובמבר", 11 }, { "בספטמבר", 9 },
    { "בפברואר", 2 }, { "דצמבר", 12 }, { "יולי", 7 }, { "יוני", 6 }, { "ינואר", 1 },
    { "מאי", 5 }, { "מרץ", 3 }, { "נובמבר", 11 }, { "ספטמבר", 9 }, { "פברואר", 2 },
    { "آب", 8 }, { "آذار", 3 }, { "أبريل", 4 }, { "أذار", 3 }, { "أغسطس", 8 }, { "أفريل", 4 },
    { "أكتوبر", 10 }, { "أوت", 8 }, { "أيار", 5 }, { "أيلول", 9 }, { "إبريل", 4 },
    { "ابريل", 4 }, { "اذار", 3 }, { "اغسطس", 8 }, { "افريل", 4 }, { "اكتوبر", 10 },
    { "اوت", 8 }, { "ايار", 5 }, { "ايلول", 9 }, { "تشرين الأول", 10 }, { "تشرين الاول", 10 },
    { "تشرين الثانى", 11 }, { "تشرين الثاني", 11 }, { "تموز", 7 }, { "جانفي", 1 },
    { "جوان", 6 }, { "جويلية", 7 }, { "جويليه", 7 }, { "حزيران", 6 }, { "ديسمبر", 12 },
    { "سبتمبر", 9 }, { "شباط", 2 }, { "فبراير", 2 }, { "فيفري", 2 }, { "كانون الأول", 12 },
    { "كانون الاول", 12 }, { "كانون الثانى", 1 }, { "كانون الثاني", 1 }, { "مارس", 3 },
    { "ماي", 5 }, { "مايو", 5 }, { "نوفمبر", 11 }, { "نيسان", 4 }, { "يناير", 1 },
    { "يوليه", 7 }, { "يوليو", 7 }, { "يونيه", 6 }, { "يونيو", 6 },
};

/* The filter of the month names' first two bytes and the hash table of
 * the month names and keywords, constants written by
 * tools/gen_month_pairs.py; mt_date_tables_ok checks them. */
#include "metadata/month_pairs.h"

/* The bit of a word's first two bytes in that filter. */
static unsigned month_pair_bit(const char *w)
{
    return ((unsigned char)w[0] & 31u) << 5 | ((unsigned char)w[1] & 31u);
}

/* Whether w[0..len) may be a month name by the filter: every month name
 * has two bytes or more (the generator checks it), and most other words
 * are ruled out. */
static int may_be_month(const char *w, size_t len)
{
    if (len < 2)
        return 0;
    unsigned bit = month_pair_bit(w);
    return (month_pairs[bit / 64] >> (bit % 64)) & 1;
}

/* Other words the patterns use. */
enum {
    W_NONE = 0,
    W_ORDINAL,      /* st nd rd th er e º (after a day number) */
    W_DE,           /* de, del, of, the (between day, month and year) */
    W_AM, W_PM,
    W_AT,           /* at um à a las alle om o в, and the ISO 'T' */
    W_OCLOCK,       /* Uhr, h (after a time) */
    W_ZONE,         /* a named zone; value in minutes */
    W_UTC           /* UTC, GMT, Z: offset 0, may be followed by +N */
};

typedef struct keyword {
    const char *word;
    uint8_t kind;
    int16_t value;
} keyword;

/* Sorted by their bytes; looked up in the hash table of month_pairs.h. */
static const keyword keywords[] = {
    { "a", W_AM, 0 }, { "aedt", W_ZONE, 660 }, { "aest", W_ZONE, 600 }, { "alle", W_AT, 0 },
    { "am", W_AM, 0 }, { "at", W_AT, 0 }, { "bst", W_ZONE, 60 }, { "cdt", W_ZONE, -300 },
    { "cest", W_ZONE, 120 }, { "cet", W_ZONE, 60 }, { "cst", W_ZONE, -360 }, { "de", W_DE, 0 },
    { "del", W_DE, 0 }, { "edt", W_ZONE, -240 }, { "eest", W_ZONE, 180 },
    { "eet", W_ZONE, 120 }, { "er", W_ORDINAL, 0 }, { "est", W_ZONE, -300 },
    { "gmt", W_UTC, 0 }, { "h", W_OCLOCK, 0 }, { "hrs", W_OCLOCK, 0 }, { "jst", W_ZONE, 540 },
    { "kst", W_ZONE, 540 }, { "las", W_AT, 0 }, { "mdt", W_ZONE, -360 },
    { "mesz", W_ZONE, 120 }, { "mez", W_ZONE, 60 }, { "msk", W_ZONE, 180 },
    { "mst", W_ZONE, -420 }, { "nd", W_ORDINAL, 0 }, { "o", W_AT, 0 }, { "of", W_DE, 0 },
    { "om", W_AT, 0 }, { "p", W_PM, 0 }, { "pdt", W_ZONE, -420 }, { "pm", W_PM, 0 },
    { "pst", W_ZONE, -480 }, { "rd", W_ORDINAL, 0 }, { "st", W_ORDINAL, 0 }, { "t", W_AT, 0 },
    { "th", W_ORDINAL, 0 }, { "uhr", W_OCLOCK, 0 }, { "um", W_AT, 0 }, { "utc", W_UTC, 0 },
    { "west", W_ZONE, 60 }, { "wet", W_ZONE, 0 }, { "z", W_UTC, 0 }, { "º", W_ORDINAL, 0 },
    { "à", W_AT, 0 }, { "às", W_AT, 0 }, { "ás", W_AT, 0 }, { "в", W_AT, 0 },
    /* Arabic's marks for morning and evening after a time ("10:35 ص") */
    { "ص", W_AM, 0 }, { "م", W_PM, 0 },
};

/* The longest keyword in bytes ("aedt", "mesz"): a longer word is none,
 * and most words near numbers are longer ("minutes", "comments"). */
#define KEYWORD_MAX 4

/* The first slot of w[0..len) in date_word_slots: FNV-1a over its bytes,
 * mixed by a multiplication, as tools/gen_month_pairs.py computes it. */
static unsigned date_word_hash(const char *w, size_t len)
{
    return (uint32_t)(mt_fnv(w, len) * 0x9E3779B1u) >> (32 - DATE_WORD_SLOT_BITS);
}

/* The word a slot of date_word_slots holds. */
static const char *slot_word(unsigned v)
{
    return v >= DATE_WORD_KEYWORD ? keywords[v - DATE_WORD_KEYWORD].word : month_names[v - 1].word;
}

/* The slot value of w[0..len) (a folded word): 1 + the index of a month
 * name, DATE_WORD_KEYWORD + the index of a keyword, 0 for neither. The
 * table has empty slots, which end every search. */
static unsigned date_word(const char *w, size_t len)
{
    unsigned i = date_word_hash(w, len);
    for (size_t probes = 0; probes < DATE_WORD_SLOTS; probes++) {
        unsigned v = date_word_slots[i];
        if (!v)
            return 0;
        const char *e = slot_word(v);
        size_t k = 0;
        while (k < len && e[k] && e[k] == w[k])
            k++;
        if (k == len && !e[k])
            return v;
        i = (i + 1) & (DATE_WORD_SLOTS - 1);
    }
    return 0;
}

int mt_date_month_word(const char *w, size_t len)
{
    unsigned v = may_be_month(w, len) ? date_word(w, len) : 0;
    return v && v < DATE_WORD_KEYWORD ? month_names[v - 1].month : 0;
}

/* 1 when the generated filter is the one the month names make. */
static int month_pairs_ok(void)
{
    uint64_t filter[sizeof month_pairs / sizeof month_pairs[0]] = { 0 };
    for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++) {
        if (strlen(month_names[i].word) < 2)
            return 0;
        unsigned bit = month_pair_bit(month_names[i].word);
        filter[bit / 64] |= 1ull << (bit % 64);
    }
    return memcmp(filter, month_pairs, sizeof filter) == 0;
}

/* 1 when every word of both tables is found in the generated hash table,
 * as itself. */
static int date_words_ok(void)
{
    for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++) {
        const char *w = month_names[i].word;
        if (date_word(w, strlen(w)) != 1 + i)
            return 0;
    }
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        const char *w = keywords[i].word;
        if (date_word(w, strlen(w)) != DATE_WORD_KEYWORD + i)
            return 0;
    }
    return 1;
}

int mt_date_tables_ok(void)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].word) > KEYWORD_MAX)
            return 0;
    if (!month_pairs_ok() || !date_words_ok())
        return 0;
    return mt_meta_sorted_ok(month_names, sizeof month_names / sizeof month_names[0],
                             sizeof month_names[0]) &&
           mt_meta_sorted_ok(keywords, sizeof keywords / sizeof keywords[0], sizeof keywords[0]);
}

/* ================================================================ tokens */

enum { T_NUM, T_WORD, T_PUNCT };

/* CJK date characters get their own punctuation codes. */
enum { P_YEAR = 1, P_MONTH = 2, P_DAY = 3, P_HOUR = 4, P_MINUTE = 5 };

typedef struct tok {
    uint16_t start, end;        /* byte span in the text */
    uint8_t type;
    uint8_t space_before;       /* white space separated it from the token before */
    uint8_t ndigits;            /* T_NUM */
    uint8_t kind;               /* T_WORD: W_*; T_PUNCT: the ASCII char or P_* */
    int32_t value;              /* T_NUM: the number (capped); T_WORD: month or zone */
    uint8_t month;              /* T_WORD: the month it names, 0 if none */
} tok;

#define MAX_TOKENS 768

typedef struct scanner {
    const char *s;
    tok t[MAX_TOKENS];
    size_t n;
} scanner;

/* Classifies a word token: month name or keyword. */
static void classify_word(const char *s, tok *t)
{
    char buf[48];
    size_t n = mt_meta_fold(s + t->start, (size_t)(t->end - t->start), buf, sizeof buf);
    t->kind = W_NONE;
    t->month = 0;
    t->value = 0;
    if (n == 0)
        return;
    /* a word longer than any keyword is looked up only when the filter
     * lets it be a month name */
    unsigned v = n <= KEYWORD_MAX || may_be_month(buf, n) ? date_word(buf, n) : 0;
    if (v >= DATE_WORD_KEYWORD) {
        t->kind = keywords[v - DATE_WORD_KEYWORD].kind;
        t->value = keywords[v - DATE_WORD_KEYWORD].value;
    } else if (v) {
        t->month = month_names[v - 1].month;
    }
}

static int is_space_cp(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 || c == 0xFEFF;
}

/* The CJK date characters' punctuation codes (P_*), 0 for any other. */
static uint8_t cjk_date_mark(uint32_t c)
{
    switch (c) {
    case 0x5E74: case 0xB144: return P_YEAR;     /* 年 년 */
    case 0x6708: case 0xC6D4: return P_MONTH;    /* 月 월 */
    case 0x65E5: case 0xC77C: return P_DAY;      /* 日 일 */
    case 0x6642: case 0x65F6: return P_HOUR;     /* 時 时 */
    case 0x5206: return P_MINUTE;                /* 分 */
    default: return 0;
    }
}

/* The value of the Arabic-Indic digit (U+0660..U+0669, UTF-8 D9 A0..A9)
 * or Eastern Arabic-Indic one (U+06F0..U+06F9, DB B0..B9) at p, -1 when
 * there is none: "١٥ مارس ٢٠٢٤" is read as "15 مارس 2024". */
static inline int wide_digit(const char *p, const char *end)
{
    if (end - p < 2)
        return -1;
    unsigned char b0 = (unsigned char)p[0], b1 = (unsigned char)p[1];
    if (b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9)
        return b1 - 0xA0;
    if (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9)
        return b1 - 0xB0;
    return -1;
}

/* Whether a code point from 0x80 up goes on a word: a letter, but not a
 * CJK character (each of those stands alone), a Korean date mark, the
 * Arabic comma ("كانون الأول، 2022") nor an Arabic digit (digits end a
 * word, as ASCII ones do). */
static int word_cp(uint32_t d)
{
    return mt_meta_is_word_char(d) && !(d >= 0x3040 && d <= 0x9FFF) && d != 0xB144 &&
           d != 0xC6D4 && d != 0xC77C && d != 0x060C && !(d >= 0x0660 && d <= 0x0669) &&
           !(d >= 0x06F0 && d <= 0x06F9);
}

/* The end of the word that begins at p: letters until something else;
 * digits end it so that "20th" and "T10" split into number and word. */
static const char *word_end(const char *p, const char *end)
{
    while (p < end) {
        p += mt_swar_letters_end(p, 0, (size_t)(end - p), true);
        if (p == end || (unsigned char)*p < 0x80)
            break;
        size_t k;
        if (!word_cp(mt_meta_decode(p, end, &k)))
            break;
        p += k;
    }
    return p;
}

/* The Levantine months "كانون الأول", "كانون الثاني", "تشرين الأول" and
 * "تشرين الثاني" are two words; the first alone names no month. When the
 * word p..w_end is كانون or تشرين and one space and الأول/الاول/الثاني/
 * الثانى follow, the end of that second word, so that both are one token
 * (month_names has them with their space); else w_end. Only words outside
 * ASCII come here. */
static const char *two_word_month_end(const char *p, const char *w_end, const char *end)
{
    static const char *const seconds[] = { "الأول", "الاول", "الثاني", "الثانى" };
    if (w_end - p != 10 || (memcmp(p, "كانون", 10) != 0 && memcmp(p, "تشرين", 10) != 0) ||
        w_end >= end || *w_end != ' ')
        return w_end;
    const char *q = w_end + 1, *e = word_end(q, end);
    for (size_t i = 0; i < sizeof seconds / sizeof seconds[0]; i++)
        if ((size_t)(e - q) == strlen(seconds[i]) && memcmp(q, seconds[i], (size_t)(e - q)) == 0)
            return e;
    return w_end;
}

/* A number's value after its next digit d, nd digits read before: only
 * the first nine count (the value fits, and no date part is longer). */
static int32_t add_digit(int32_t v, unsigned nd, int d)
{
    return nd < 9 ? v * 10 + d : v;
}

/* Makes t the number of nd digits whose value (add_digit) is v. */
static void num_token(tok *t, int32_t v, unsigned nd)
{
    t->type = T_NUM;
    t->ndigits = (uint8_t)(nd > 255 ? 255 : nd);
    t->value = v;
}

/* Reads the token that begins at p (no white space) into t; returns where
 * it ends. ASCII, which most text is, is told apart first. */
static const char *read_token(const char *p, const char *end, tok *t)
{
    unsigned char b = (unsigned char)*p;
    if (mt_ascii_is_digit(b)) {
        int32_t v = 0;
        unsigned nd = 0;
        for (; p < end && mt_ascii_is_digit(*p); p++)
            v = add_digit(v, nd++, *p - '0');
        num_token(t, v, nd);
        return p;
    }
    if (b < 0x80) {
        if (mt_ascii_is_letter(b)) {
            t->type = T_WORD;
            t->kind = W_NONE;
            return word_end(p + 1, end);
        }
        /* a control byte marks nothing: it must not pass for P_YEAR or
         * P_MONTH (the readings' MT_META_ELIDED, MT_META_HEADING) */
        t->type = T_PUNCT;
        t->kind = b < 0x20 ? 0 : b;
        return p + 1;
    }
    if ((b == 0xD9 || b == 0xDB) && wide_digit(p, end) >= 0) {
        int32_t v = 0;
        unsigned nd = 0;
        for (int d; p < end && (d = wide_digit(p, end)) >= 0; p += 2)
            v = add_digit(v, nd++, d);
        num_token(t, v, nd);
        return p;
    }
    size_t k;
    uint32_t c = mt_meta_decode(p, end, &k);
    uint8_t mark = cjk_date_mark(c);
    if (mark) {
        t->type = T_PUNCT;
        t->kind = mark;
        return p + k;
    }
    if (word_cp(c)) {
        t->type = T_WORD;
        t->kind = W_NONE;
        return two_word_month_end(p, word_end(p + k, end), end);
    }
    t->type = T_PUNCT;
    t->kind = (c == 0x2013 || c == 0x2014) ? '-' : c == 0x060C ? ',' : 0;
    return p + k;
}

/* Only words within two tokens of a number can take part in a date or a
 * time ("20. November", "20 de noviembre de", "10:30 Uhr"); looking up
 * every word of running text would cost more than the rest. A word's two
 * neighbours on each side are asked, which is exact because classify_word
 * never changes a token's type: the numbers are where they were before
 * any word was looked up. */
static void classify_near_words(scanner *sc, const char *s)
{
    for (size_t i = 0; i < sc->n; i++) {
        tok *t = &sc->t[i];
        if (t->type != T_WORD)
            continue;
        /* asked all at once: which neighbour is a number is as good as
         * random */
        int near = (i >= 1 && sc->t[i - 1].type == T_NUM) |
                   (i >= 2 && sc->t[i - 2].type == T_NUM) |
                   (i + 1 < sc->n && sc->t[i + 1].type == T_NUM) |
                   (i + 2 < sc->n && sc->t[i + 2].type == T_NUM);
        if (near)
            classify_word(s, t);
    }
}

static void scan(scanner *sc, const char *s, size_t len)
{
    if (len > MT_DATE_MAX_TEXT)
        len = MT_DATE_MAX_TEXT;
    sc->s = s;
    sc->n = 0;
    const char *p = s, *end = s + len;
    int space = 0;
    while (p < end && sc->n < MAX_TOKENS) {
        unsigned char b = (unsigned char)*p;
        size_t k = 1;
        if (b < 0x80 ? b <= ' ' && mt_ascii_is_space(b)
                     : is_space_cp(mt_meta_decode(p, end, &k))) {
            space = 1;
            p += k;
            continue;
        }
        tok *t = &sc->t[sc->n++];
        memset(t, 0, sizeof *t);
        t->start = (uint16_t)(p - s);
        t->space_before = (uint8_t)space;
        space = 0;
        p = read_token(p, end, t);
        t->end = (uint16_t)(p - s);
    }
    classify_near_words(sc, s);
}

/* ================================================================ calendar */

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m)
{
    static const uint8_t dm[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

static int valid_ymd(int y, int m, int d)
{
    return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* Days since 1970-01-01 in the proleptic Gregorian calendar: count from a
 * year starting in March so the leap day falls at the end of the year. */
static int64_t days_from_civil(int y, int m, int d)
{
    int64_t yy = y - (m <= 2);
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;
    int64_t mp = (m + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int64_t mt_date_days(const mt_date *d)
{
    return days_from_civil(d->year, d->month, d->day);
}

void mt_date_from_time(int64_t t, mt_date *out)
{
    int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    memset(out, 0, sizeof *out);
    out->year = (int16_t)(yoe + era * 400 + (m <= 2));
    out->month = (uint8_t)m;
    out->day = (uint8_t)d;
}

/* The first year a page's date may have: the web was small before 1995,
 * and a year before it on a page is history the text speaks of ("a June
 * 23, 1993 meeting"), not the day the page was written. */
#define FIRST_WEB_YEAR 1995

int mt_date_plausible(const mt_date *d, int64_t now)
{
    if (!valid_ymd(d->year, d->month, d->day) || d->year < FIRST_WEB_YEAR)
        return 0;
    if (now <= 0)
        return 1;
    return mt_date_days(d) <= now / 86400 + 1;
}

size_t mt_date_format(const mt_date *d, char *out)
{
    static const char digits[] = "0123456789";
    char *p = out;
    int y = d->year;
    *p++ = digits[(y / 1000) % 10];
    *p++ = digits[(y / 100) % 10];
    *p++ = digits[(y / 10) % 10];
    *p++ = digits[y % 10];
    *p++ = '-';
    *p++ = digits[d->month / 10];
    *p++ = digits[d->month % 10];
    *p++ = '-';
    *p++ = digits[d->day / 10];
    *p++ = digits[d->day % 10];
    if (d->has_time) {
        *p++ = 'T';
        *p++ = digits[d->hour / 10];
        *p++ = digits[d->hour % 10];
        *p++ = ':';
        *p++ = digits[d->minute / 10];
        *p++ = digits[d->minute % 10];
        *p++ = ':';
        *p++ = digits[d->second / 10];
        *p++ = digits[d->second % 10];
        if (d->has_offset) {
            int o = d->offset_min;
            if (o == 0) {
                *p++ = 'Z';
            } else {
                *p++ = o < 0 ? '-' : '+';
                if (o < 0)
                    o = -o;
                *p++ = digits[(o / 60) / 10 % 10];
                *p++ = digits[(o / 60) % 10];
                *p++ = ':';
                *p++ = digits[(o % 60) / 10];
                *p++ = digits[(o % 60) % 10];
            }
        }
    }
    *p = '\0';
    return (size_t)(p - out);
}

/* ================================================================ pattern helpers */

static const tok *at(const scanner *sc, size_t i)
{
    return i < sc->n ? &sc->t[i] : NULL;
}

static int is_punct(const tok *t, char c)
{
    return t && t->type == T_PUNCT && t->kind == (uint8_t)c;
}

static int is_word(const tok *t, int kind)
{
    return t && t->type == T_WORD && t->kind == kind;
}

static int is_num(const tok *t, int min_digits, int max_digits)
{
    return t && t->type == T_NUM && t->ndigits >= min_digits && t->ndigits <= max_digits;
}

/* A number token glued to what follows ("2016a", "20161") cannot end a date;
 * a number before it ("3 20.11.2016" is fine, "1.20.11.2016" is not) is
 * checked by the caller through the token before the match. */
static int ends_cleanly(const scanner *sc, size_t next)
{
    const tok *t = at(sc, next);
    if (!t || t->space_before)
        return 1;
    if (t->type == T_NUM)
        return 0;
    if (t->type == T_WORD)
        return t->kind != W_NONE || t->month;   /* "20T10:00", "2016г" */
    /* "20.11.2016.5" is a version, not a date */
    if ((t->kind == '.' || t->kind == '/' || t->kind == '-') && is_num(at(sc, next + 1), 1, 9) &&
        !at(sc, next + 1)->space_before)
        return 0;
    return 1;
}

static int starts_cleanly(const scanner *sc, size_t i)
{
    if (i == 0)
        return 1;
    const tok *t = &sc->t[i];
    const tok *b = &sc->t[i - 1];
    if (t->space_before)
        return 1;
    if (b->type == T_NUM)
        return 0;
    if (b->type == T_PUNCT && (b->kind == '.' || b->kind == '/' || b->kind == ':') && i >= 2 &&
        sc->t[i - 2].type == T_NUM && !b->space_before)
        return 0;
    return 1;
}

static int expand_year(int y, int ndigits)
{
    if (ndigits == 4)
        return y;
    if (ndigits == 2)
        return y < 70 ? 2000 + y : 1900 + y;
    return -1;
}

/* ================================================================ time of day */

/* Reads an offset at token i: Z, +01:00, +0100, +01, UTC, GMT+2, CET.
 * Returns the number of tokens used (0 when none). */
static size_t match_offset(const scanner *sc, size_t i, mt_date *d)
{
    const tok *t = at(sc, i);
    if (!t)
        return 0;
    size_t used = 0;
    int base = 0;
    if (t->type == T_WORD && t->kind == W_ZONE) {
        d->offset_min = (int16_t)t->value;
        d->has_offset = 1;
        return 1;
    }
    if (t->type == T_WORD && t->kind == W_UTC) {
        used = 1;
        d->offset_min = 0;
        d->has_offset = 1;
        t = at(sc, i + 1);
        if (!(t && t->type == T_PUNCT && (t->kind == '+' || t->kind == '-')))
            return used;
        i++;
    }
    if (!(t && t->type == T_PUNCT && (t->kind == '+' || t->kind == '-')))
        return used;
    int sign = t->kind == '-' ? -1 : 1;
    const tok *h = at(sc, i + 1);
    if (!h || h->type != T_NUM || h->space_before)
        return used;
    int hh, mm = 0;
    size_t n = 2;
    if (h->ndigits == 4) {
        hh = h->value / 100;
        mm = h->value % 100;
    } else if (h->ndigits <= 2) {
        hh = h->value;
        const tok *m = at(sc, i + 3);
        if (is_punct(at(sc, i + 2), ':') && is_num(m, 2, 2) && !m->space_before) {
            mm = m->value;
            n = 4;
        }
    } else {
        return used;
    }
    if (hh > 14 || mm > 59)
        return used;
    d->offset_min = (int16_t)(sign * (hh * 60 + mm) + base);
    d->has_offset = 1;
    return used + n;
}

/* Whether token i is the American "ET", "CT", "MT" or "PT" after a time
 * ("11:15 AM ET"): a zone whose offset turns with daylight saving time,
 * so the time keeps none, but the date's span takes it in (a byline's
 * reader blanks the date out, and the letters are no name). */
static int us_zone_letters(const scanner *sc, size_t i)
{
    const tok *t = at(sc, i);
    if (!t || t->type != T_WORD || t->end - t->start != 2 || !t->space_before)
        return 0;
    const char *w = sc->s + t->start;
    return w[1] == 'T' && (w[0] == 'E' || w[0] == 'C' || w[0] == 'M' || w[0] == 'P');
}

/* Reads a time at token i: [T|at|um|,|-] HH:MM[:SS[.fff]] [am|pm] [Uhr|h]
 * [offset], or the French 10h30. Returns the number of tokens used. */
static size_t match_time(const scanner *sc, size_t i, mt_date *d)
{
    size_t j = i;
    /* connectors: "T" glued to an ISO date, ",", "-", "|", "at", "um", "a las" */
    for (int k = 0; k < 3; k++) {
        const tok *t = at(sc, j);
        if (t && ((t->type == T_PUNCT && (t->kind == ',' || t->kind == '-' || t->kind == '|' ||
                                          t->kind == '/' || t->kind == '@')) ||
                  is_word(t, W_AT) || (is_word(t, W_AM) && is_word(at(sc, j + 1), W_AT))))
            j++;
        else
            break;
    }
    const tok *h = at(sc, j);
    if (!is_num(h, 1, 2) || h->value > 23)
        return 0;
    int hour = h->value, minute, second = 0;
    size_t k = j + 1;
    const tok *sep = at(sc, k);
    const tok *m = at(sc, k + 1);
    if (is_punct(sep, ':') && is_num(m, 2, 2) && !m->space_before && !sep->space_before) {
        minute = m->value;
        k += 2;
        const tok *s2 = at(sc, k + 1);
        if (is_punct(at(sc, k), ':') && is_num(s2, 2, 2) && !s2->space_before) {
            second = s2->value;
            k += 2;
            if (is_punct(at(sc, k), '.') && is_num(at(sc, k + 1), 1, 9) &&
                !at(sc, k + 1)->space_before)
                k += 2;   /* fractions of a second */
        }
    } else if (is_word(sep, W_OCLOCK) && !sep->space_before && is_num(m, 2, 2) &&
               !m->space_before) {
        minute = m->value;    /* 10h30 */
        k += 2;
    } else {
        return 0;
    }
    if (minute > 59 || second > 60)
        return 0;
    const tok *ap = at(sc, k);
    if (ap && (is_word(ap, W_AM) || is_word(ap, W_PM)) && hour >= 1 && hour <= 12) {
        if (is_word(ap, W_PM) && hour < 12)
            hour += 12;
        else if (is_word(ap, W_AM) && hour == 12)
            hour = 0;
        k++;
        if (is_punct(at(sc, k), '.'))      /* "p.m." */
            k++;
        if (at(sc, k) && at(sc, k)->type == T_WORD && mt_meta_eq_ci(sc->s + at(sc, k)->start, 1, "m") &&
            at(sc, k)->end - at(sc, k)->start == 1) {
            k++;
            if (is_punct(at(sc, k), '.'))
                k++;
        }
    }
    if (is_word(at(sc, k), W_OCLOCK))
        k++;
    d->hour = (uint8_t)hour;
    d->minute = (uint8_t)minute;
    d->second = (uint8_t)(second > 59 ? 59 : second);
    d->has_time = 1;
    size_t o = match_offset(sc, k, d);
    if (!o && us_zone_letters(sc, k))
        o = 1;
    return k + o - i;
}

/* ================================================================ date patterns */

typedef struct match {
    mt_date d;
    size_t first, last;     /* token range of the date (inclusive) */
} match;

static int set_ymd(match *m, int y, int mo, int day)
{
    if (!valid_ymd(y, mo, day))
        return 0;
    m->d.year = (int16_t)y;
    m->d.month = (uint8_t)mo;
    m->d.day = (uint8_t)day;
    return 1;
}

/* 2016-11-20, 2016/11/20, 2016.11.20, 2016-11-20T10:00Z */
static int match_ymd_numeric(const scanner *sc, size_t i, match *m)
{
    const tok *y = at(sc, i), *s1 = at(sc, i + 1), *mo = at(sc, i + 2), *s2 = at(sc, i + 3),
              *d = at(sc, i + 4);
    if (!is_num(y, 4, 4) || !s1 || s1->type != T_PUNCT || !is_num(mo, 1, 2) || !is_num(d, 1, 2))
        return 0;
    char c = (char)s1->kind;
    if ((c != '-' && c != '/' && c != '.') || !is_punct(s2, c))
        return 0;
    if (s1->space_before || mo->space_before || (c != '.' && (s2->space_before || d->space_before)))
        return 0;
    if (!ends_cleanly(sc, i + 5) && !is_word(at(sc, i + 5), W_AT))
        return 0;
    if (!set_ymd(m, y->value, mo->value, d->value))
        return 0;
    m->first = i;
    m->last = i + 4;
    return 1;
}

/* 20161120 */
static int match_compact(const scanner *sc, size_t i, match *m)
{
    const tok *t = at(sc, i);
    if (!is_num(t, 8, 8) || !ends_cleanly(sc, i + 1))
        return 0;
    int v = t->value;
    if (!set_ymd(m, v / 10000, (v / 100) % 100, v % 100))
        return 0;
    m->first = m->last = i;
    return 1;
}

/* 20080109 15:24 in running text (without MT_DATE_COMPACT): eight digits
 * alone are as often a number (an order, a phone, a count), but with a
 * year of the web (FIRST_WEB_YEAR on), a valid month and day, and a clock
 * time straight after them, a dateline is all they can be. */
static int match_compact_timed(const scanner *sc, size_t i, match *m)
{
    mt_date clock;
    memset(&clock, 0, sizeof clock);
    const tok *next = at(sc, i + 1);
    return is_num(next, 1, 2) && next->space_before &&
           at(sc, i)->value / 10000 >= FIRST_WEB_YEAR && match_compact(sc, i, m) &&
           match_time(sc, i + 1, &clock);
}

/* Whether "20.11.16" or "26/10/13" at tokens i..i+4 is written as a date
 * with a year of two digits: with dots or slashes and no space ("2020. 06.
 * 04. 11:27" is a year, month and day in Hungarian, followed by the
 * hour), not after a number and the same mark ("1/26/10/13" is no date),
 * and with no time glued to the year as its hour. */
static int short_year_form(const scanner *sc, size_t i)
{
    const tok *s1 = at(sc, i + 1), *b = at(sc, i + 2), *s2 = at(sc, i + 3), *y = at(sc, i + 4);
    if ((s1->kind != '.' && s1->kind != '/') || b->space_before || s2->space_before ||
        y->space_before || is_punct(at(sc, i + 5), ':'))
        return 0;
    return i < 2 || !is_punct(&sc->t[i - 1], (char)s1->kind) || sc->t[i - 2].type != T_NUM;
}

/* 20.11.2016, 20/11/2016, 11/20/2016, 20-11-2016, 20.11.16, 20/11/16 */
static int match_dmy_numeric(const scanner *sc, size_t i, mt_date_order order, unsigned flags,
                             match *m)
{
    const tok *a = at(sc, i), *s1 = at(sc, i + 1), *b = at(sc, i + 2), *s2 = at(sc, i + 3),
              *y = at(sc, i + 4);
    if (!is_num(a, 1, 2) || !s1 || s1->type != T_PUNCT || !is_num(b, 1, 2) || !y ||
        y->type != T_NUM)
        return 0;
    char c = (char)s1->kind;
    if ((c != '-' && c != '/' && c != '.') || !is_punct(s2, c) || s1->space_before)
        return 0;
    /* "20. 11. 2016" is written; "20 / 11 / 2016" is not a date we trust */
    if (c != '.' && (b->space_before || s2->space_before || y->space_before))
        return 0;
    if (s2->space_before)
        return 0;
    int year;
    if (y->ndigits == 4)
        year = y->value;
    else if (y->ndigits == 2 && (flags & MT_DATE_SHORT_YEAR) && short_year_form(sc, i))
        year = expand_year(y->value, 2);
    else
        return 0;
    if (!ends_cleanly(sc, i + 5) && !is_word(at(sc, i + 5), W_AT))
        return 0;
    int day = a->value, mon = b->value, ambiguous = 0;
    if (c == '.' && y->ndigits == 4 && b->value <= 12) {
        /* dots are day-first wherever they are used with a full year; with
         * two digits, American pages write the month first ("11.05.12"),
         * and with four too where the second number cannot be a month
         * ("10.29.2012", below) */
    } else if (a->value > 12 && b->value <= 12) {
        /* day first: the first number cannot be a month */
    } else if (b->value > 12 && a->value <= 12) {
        day = b->value, mon = a->value;
    } else if (a->value != b->value) {
        ambiguous = 1;
        if (order == MT_DATE_ORDER_MDY)
            day = b->value, mon = a->value;
    }
    if (!set_ymd(m, year, mon, day))
        return 0;
    m->d.ambiguous = (uint8_t)ambiguous;
    m->first = i;
    m->last = i + 4;
    return 1;
}

/* The textual patterns end with a four-digit year at token j: checks it and
 * fills the match spanning tokens i..j. */
static int end_with_year(const scanner *sc, size_t i, size_t j, int mon, int day, match *m)
{
    const tok *y = at(sc, j);
    if (!is_num(y, 4, 4) || !ends_cleanly(sc, j + 1) || !set_ymd(m, y->value, mon, day))
        return 0;
    m->first = i;
    m->last = j;
    return 1;
}

/* Skips "," and connector words ("de", "del", "of") from token j. */
static size_t skip_joiners(const scanner *sc, size_t j, int allow_words)
{
    for (int k = 0; k < 3; k++) {
        const tok *t = at(sc, j);
        if (is_punct(t, ',') || (allow_words && is_word(t, W_DE)))
            j++;
        else
            break;
    }
    return j;
}

static int month_token(const tok *t)
{
    return t && t->type == T_WORD ? t->month : 0;
}

/* Whether token j ends the text, ends its line or has a closing bracket
 * after it. */
static int ends_line_or_bracket(const scanner *sc, size_t j)
{
    const tok *t = at(sc, j), *next = at(sc, j + 1);
    if (!next || is_punct(next, ')') || is_punct(next, ']'))
        return 1;
    return memchr(sc->s + t->end, '\n', (size_t)(next->start - t->end)) != NULL;
}

/* 20. November 2016, 20 de noviembre de 2016, 1er novembre 2016, 20th of
 * November, 2016, 20-Nov-2016, 20 ноября 2016 */
static int match_day_month_year(const scanner *sc, size_t i, unsigned flags, match *m)
{
    const tok *d = at(sc, i);
    if (!is_num(d, 1, 2) || d->value < 1 || d->value > 31)
        return 0;
    size_t j = i + 1;
    const tok *t = at(sc, j);
    if (is_word(t, W_ORDINAL) && !t->space_before)
        j++;
    else if (is_punct(t, '.') || is_punct(t, '-'))
        j++;
    j = skip_joiners(sc, j, 1);
    int mon = month_token(at(sc, j));
    if (!mon)
        return 0;
    /* a month abbreviation glued to the day ("20Nov") is not written */
    if (!at(sc, j)->space_before && j == i + 1)
        return 0;
    j++;
    if (is_punct(at(sc, j), '.') || is_punct(at(sc, j), '-'))
        j++;
    j = skip_joiners(sc, j, 1);
    if (end_with_year(sc, i, j, mon, d->value, m))
        return 1;
    /* "( Pescasseroli, 14 Gennaio 20 )" where a year of two digits is
     * read: the number ends its line or a bracket closes after it ("14 May
     * 20 people", "3 May 20:30" are none) */
    const tok *y = at(sc, j);
    if (!(flags & MT_DATE_SHORT_YEAR) || !is_num(y, 2, 2) || !y->space_before ||
        !ends_line_or_bracket(sc, j))
        return 0;
    if (!set_ymd(m, expand_year(y->value, 2), mon, d->value))
        return 0;
    m->first = i;
    m->last = j;
    return 1;
}

/* The time between day and year of asctime and of Unix date(1), which
 * mail archives print: "Mar 12 09:41:27 UTC 2024", the time (and zone) at
 * token j. */
static int match_time_before_year(const scanner *sc, size_t i, size_t j, int mon, int day,
                                  match *m)
{
    mt_date t;
    memset(&t, 0, sizeof t);
    size_t used = match_time(sc, j, &t);
    if (!used || !at(sc, j) || !at(sc, j)->space_before || !is_num(at(sc, j + used), 4, 4) ||
        !end_with_year(sc, i, j + used, mon, day, m))
        return 0;
    m->d.hour = t.hour;
    m->d.minute = t.minute;
    m->d.second = t.second;
    m->d.has_time = 1;
    m->d.has_offset = t.has_offset;
    m->d.offset_min = t.offset_min;
    return 1;
}

/* November 20, 2016; Nov. 20th 2016; Nov 20 2016; Mar 12 09:41:27 UTC 2024 */
static int match_month_day_year(const scanner *sc, size_t i, match *m)
{
    int mon = month_token(at(sc, i));
    if (!mon)
        return 0;
    size_t j = i + 1;
    if (is_punct(at(sc, j), '.'))
        j++;
    const tok *d = at(sc, j);
    if (!is_num(d, 1, 2) || d->value < 1 || d->value > 31)
        return 0;
    j++;
    if (is_word(at(sc, j), W_ORDINAL) && !at(sc, j)->space_before)
        j++;
    if (match_time_before_year(sc, i, j, mon, d->value, m))
        return 1;
    j = skip_joiners(sc, j, 0);
    return end_with_year(sc, i, j, mon, d->value, m);
}

/* 2016年11月20日, 2016년 11월 20일 */
static int match_cjk(const scanner *sc, size_t i, match *m)
{
    const tok *y = at(sc, i), *mo = at(sc, i + 2), *d = at(sc, i + 4);
    if (!is_num(y, 4, 4) || !is_punct(at(sc, i + 1), P_YEAR) || !is_num(mo, 1, 2) ||
        !is_punct(at(sc, i + 3), P_MONTH) || !is_num(d, 1, 2) || !is_punct(at(sc, i + 5), P_DAY))
        return 0;
    if (!set_ymd(m, y->value, mo->value, d->value))
        return 0;
    m->first = i;
    m->last = i + 5;
    return 1;
}

/* Tries every pattern at token i. */
static int match_at(const scanner *sc, size_t i, mt_date_order order, unsigned flags, match *m)
{
    memset(m, 0, sizeof *m);
    const tok *t = &sc->t[i];
    if (t->type == T_NUM) {
        if (!starts_cleanly(sc, i))
            return 0;
        if (match_ymd_numeric(sc, i, m) || match_cjk(sc, i, m) ||
            match_dmy_numeric(sc, i, order, flags, m) || match_day_month_year(sc, i, flags, m))
            return 1;
        return (flags & MT_DATE_COMPACT) ? match_compact(sc, i, m) : match_compact_timed(sc, i, m);
    }
    if (t->type == T_WORD && t->month)
        return match_month_day_year(sc, i, m);
    return 0;
}

/* The time after a matched date: ISO "T10:00", " 10:00", ", 10:00 Uhr"
 * (asctime's time before the year: match_time_before_year). */
static void extend_with_time(const scanner *sc, match *m)
{
    size_t j = m->last + 1;
    /* CJK dates may carry 10時30分, and Russian "г." may sit between */
    const tok *t = at(sc, j);
    if (t && t->type == T_WORD && !t->month && t->kind == W_NONE &&
        (size_t)(t->end - t->start) <= 10) {
        /* "г.", "r." (year abbreviations), "года": skip one short word */
        char buf[16];
        size_t n = mt_meta_fold(sc->s + t->start, (size_t)(t->end - t->start), buf, sizeof buf);
        if (n && (strcmp(buf, "г") == 0 || strcmp(buf, "r") == 0 || strcmp(buf, "года") == 0 ||
                  strcmp(buf, "roku") == 0)) {
            j++;
            if (is_punct(at(sc, j), '.'))
                j++;
        }
    }
    size_t used = match_time(sc, j, &m->d);
    if (used) {
        m->last = j + used - 1;
        return;
    }
    /* 10時30分 */
    const tok *h = at(sc, j), *mi = at(sc, j + 2);
    if (is_num(h, 1, 2) && h->value < 24 && is_punct(at(sc, j + 1), P_HOUR) && is_num(mi, 1, 2) &&
        mi->value < 60 && is_punct(at(sc, j + 3), P_MINUTE)) {
        m->d.hour = (uint8_t)h->value;
        m->d.minute = (uint8_t)mi->value;
        m->d.second = 0;
        m->d.has_time = 1;
        m->last = j + 3;
    }
}

/* The bytes of v that may begin a digit: the ASCII digits and the lead
 * bytes D9 and DB of the Arabic-Indic ones (wide_digit), the latter as the
 * zero bytes of (v | 02..) ^ DB.. by mt_swar_bytes_below, whose marks
 * after its first may be false: the caller tries each mark, none is
 * missed. Without a branch: text of mixed scripts would mispredict it. */
static inline uint64_t digit_marks(uint64_t v)
{
    return mt_swar_bytes_in(v, '0', '9') |
           mt_swar_bytes_below((v | 2 * MT_SWAR_ONES) ^ (0xDB * MT_SWAR_ONES), 1);
}

/* Whether a digit, ASCII or Arabic-Indic, begins at p: one test more than
 * for ASCII alone, for a byte that is neither a digit nor D9 or DB. */
static inline int digit_at(const char *p, const char *end)
{
    unsigned char b = (unsigned char)*p;
    return mt_ascii_is_digit(b) || ((b | 2) == 0xDB && wide_digit(p, end) >= 0);
}

/* Where the first digit of s[0..len), ASCII or Arabic-Indic, is; len for
 * none. Eight bytes at a time, as mt_meta_first_digit: most text the date
 * finder is given has no digit, and this is all it costs. */
static size_t first_digit(const char *s, size_t len)
{
    size_t i = 0;
#ifdef MT_SWAR_LE
    uint64_t w;
    for (; i + 8 <= len; i += 8)
        for (uint64_t m = digit_marks(mt_load64(s + i)); m; m &= m - 1)
            if (digit_at(s + i + mt_swar_first(m), s + len))
                return i + mt_swar_first(m);
    if (i < len && mt_swar_load_tail(s, i, len, &w)) {
        for (uint64_t m = digit_marks(w); m; m &= m - 1)
            if (digit_at(s + i + mt_swar_first(m), s + len))
                return i + mt_swar_first(m);
        return len;
    }
#endif
    while (i < len && !digit_at(s + i, s + len))
        i++;
    return i;
}

/* Where the first digit of s[0..len) is, len for none: Arabic-Indic
 * ones only with MT_DATE_ARABIC_DIGITS. */
static inline size_t first_digit_in(const char *s, size_t len, unsigned flags)
{
    return flags & MT_DATE_ARABIC_DIGITS ? first_digit(s, len) : mt_meta_first_digit(s, len);
}

int mt_date_has_wide_digit(const char *s, size_t len)
{
    static const unsigned char lead[2] = { 0xD9, 0xDB };
    const char *end = s + len;
    for (size_t k = 0; k < 2; k++)
        for (const char *p = s; (p = memchr(p, lead[k], (size_t)(end - p))) != NULL; p++)
            if (wide_digit(p, end) >= 0)
                return 1;
    return 0;
}

int mt_date_may_hold(const char *s, size_t len, unsigned flags)
{
    size_t n = len < MT_DATE_MAX_TEXT ? len : MT_DATE_MAX_TEXT;
    return first_digit_in(s, n, flags) < n;
}

int mt_date_find(const char *s, size_t len, mt_date_order order, unsigned flags,
                 mt_date *out, size_t *start, size_t *end)
{
    mt_date_span one;
    if (mt_date_find_all(s, len, order, flags, &one, 1) == 0)
        return 0;
    *out = one.date;
    if (start)
        *start = one.start;
    if (end)
        *end = one.end;
    return 1;
}

/* The lines the extractor asks about are any page's: their dates may be
 * written in Arabic-Indic digits ("١٥ مارس ٢٠٢٤") as well. */
int mt_metadata_has_date(const char *s, size_t len)
{
    mt_date d;
    return mt_date_find(s, len, MT_DATE_ORDER_UNKNOWN, MT_DATE_ARABIC_DIGITS, &d, NULL, NULL);
}

int mt_metadata_has_timed_date(const char *s, size_t len)
{
    mt_date d;
    return mt_date_find(s, len, MT_DATE_ORDER_UNKNOWN, MT_DATE_ARABIC_DIGITS, &d, NULL, NULL) &&
           d.has_time;
}

int mt_metadata_is_date_line(const char *s, size_t len)
{
    mt_date d;
    size_t start, end;
    if (len > MT_DATE_LINE_MAX ||
        !mt_date_find(s, len, MT_DATE_ORDER_UNKNOWN, MT_DATE_ARABIC_DIGITS, &d, &start, &end) ||
        start != 0)
        return 0;
    /* a full stop or a comma may end the line */
    return end == len || (end + 1 == len && (s[end] == '.' || s[end] == ','));
}

/* Reads one stretch of text and appends its dates (offsets shifted by
 * `base`). *read (may be NULL) gets how much of it was read: all of it,
 * or up to the end of the last token the scanner holds (MAX_TOKENS) when
 * it is a long run of short tokens ("1,2,3,..."). */
static size_t find_in(const char *s, size_t len, size_t base, mt_date_order order,
                      unsigned flags, mt_date_span *out, size_t max, size_t *read)
{
    scanner sc;
    scan(&sc, s, len);
    if (read)
        *read = sc.n == MAX_TOKENS ? sc.t[sc.n - 1].end : len;
    size_t found = 0;
    for (size_t i = 0; i < sc.n && found < max; i++) {
        match m;
        if (!match_at(&sc, i, order, flags, &m))
            continue;
        extend_with_time(&sc, &m);
        out[found].date = m.d;
        out[found].start = base + sc.t[m.first].start;
        out[found].end = base + sc.t[m.last].end;
        found++;
        i = m.last;
    }
    return found;
}

/* Bytes around a run of digits that a date written around it can take
 * ("Sunday, 20 de noviembre de 2016 a las 10:30"). */
#define DATE_REACH 64

/* Whether the two digits at s[st..] follow a dot or a slash after a digit
 * ("30.10.23", "26/10/13"); the digit may be an Arabic-Indic one
 * ("٣٠.١٠.٢٣"). */
static int short_year_after_mark(const char *s, size_t st)
{
    return st >= 2 && (s[st - 1] == '.' || s[st - 1] == '/') &&
           (mt_ascii_is_digit(s[st - 2]) || (st >= 3 && wide_digit(s + st - 3, s + st - 1) >= 0));
}

/* Whether s[0..len) ends, ends its line or closes a bracket at i, spaces
 * aside (where "14 Gennaio 20" ends). */
static int ends_its_line(const char *s, size_t len, size_t i)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
        i++;
    return i == len || s[i] == '\n' || s[i] == ')' || s[i] == ']';
}

/* Whether the eight ASCII digits at s[st..i) may open a compact date with
 * its time ("20080109 15:24", match_compact_timed): a year from 1900 on,
 * then a space and a clock time's first digits and its colon. */
static int opens_timed_compact(const char *s, size_t len, size_t st, size_t i)
{
    if (!((s[st] == '1' && s[st + 1] == '9') || (s[st] == '2' && s[st + 1] == '0')) ||
        i + 3 >= len || s[i] != ' ' || !mt_ascii_is_digit(s[i + 1]))
        return 0;
    return s[i + 2] == ':' || (mt_ascii_is_digit(s[i + 2]) && s[i + 3] == ':');
}

/* Without MT_DATE_COMPACT every pattern ends or begins with a year of
 * four digits (or is a compact date with its time, "20080109 15:24"): a
 * number of exactly four digits in the text read, or with
 * MT_DATE_SHORT_YEAR one of two digits after a dot or a slash after a
 * digit ("30.10.23", "26/10/13") or at the end of a line. */
static int has_year(const char *s, size_t len, unsigned flags)
{
    size_t i = 0;
    while ((i += first_digit_in(s + i, len - i, flags)) < len) {
        size_t nd = 0, st = i;
        if (!(flags & MT_DATE_ARABIC_DIGITS)) {
            while (i < len && mt_ascii_is_digit(s[i]))
                i++;
            nd = i - st;
        }
        for (; i < len && digit_at(s + i, s + len); nd++)
            i += mt_ascii_is_digit(s[i]) ? 1 : 2;
        /* the digit before the dot may be an Arabic-Indic one ("٣٠.١٠.٢٣") */
        if (nd == 4 || (nd == 8 && opens_timed_compact(s, len, st, i)) ||
            (nd == 2 && (flags & MT_DATE_SHORT_YEAR) &&
                        (short_year_after_mark(s, st) || ends_its_line(s, len, i))))
            return 1;
    }
    return 0;
}

/* Hands out[from..to) to `take` (may be NULL) in order: 1 when it wants no
 * more. */
static int hand_over(const mt_date_span *out, size_t from, size_t to,
                     int (*take)(void *ctx, const mt_date_span *d), void *ctx)
{
    for (size_t k = from; take && k < to; k++)
        if (take(ctx, &out[k]))
            return 1;
    return 0;
}

size_t mt_date_find_until(const char *s, size_t len, mt_date_order order, unsigned flags,
                          mt_date_span *out, size_t max,
                          int (*take)(void *ctx, const mt_date_span *d), void *ctx)
{
    if (len > MT_DATE_MAX_TEXT)
        len = MT_DATE_MAX_TEXT;
    /* the first digit: none in most text; the searches below start there */
    size_t first = max ? first_digit_in(s, len, flags) : len;
    if (first == len)
        return 0;
    if (len <= 4 * DATE_REACH) {
        /* short text is read whole: its numbers are the scanner's */
        if (!(flags & MT_DATE_COMPACT) && !has_year(s + first, len - first, flags))
            return 0;
        size_t found = find_in(s, len, 0, order, flags, out, max, NULL);
        hand_over(out, 0, found, take, ctx);
        return found;
    }
    /* Long text is mostly words: only the stretches around digits are
     * read, each widened to whole words. */
    size_t found = 0, i = first;
    while (i < len && found < max) {
        i += first_digit_in(s + i, len - i, flags);
        if (i == len)
            break;
        size_t from = i > DATE_REACH ? i - DATE_REACH : 0;
        size_t to = i;
        /* take in further digits within reach: one stretch for them all */
        for (;;) {
            size_t j = to + 1, lim = to + DATE_REACH < len ? to + DATE_REACH : len;
            if (j >= lim)
                break;
            size_t d = first_digit_in(s + j, lim - j, flags);
            if (d == lim - j)
                break;
            to = j + d;
        }
        to = to + DATE_REACH < len ? to + DATE_REACH : len;
        while (from > 0 && s[from - 1] != ' ' && s[from - 1] != '\n' && i - from < 2 * DATE_REACH)
            from--;
        while (to < len && s[to] != ' ' && s[to] != '\n' && to - i < 4 * DATE_REACH)
            to++;
        mt_date_span here[8];
        size_t k = 0, read = to - from;
        /* the stretch is read as text of its own: the same test as above */
        if ((flags & MT_DATE_COMPACT) || has_year(s + from, to - from, flags))
            k = find_in(s + from, to - from, from, order, flags, here, 8, &read);
        /* a date that starts in the part this stretch shares with the last
         * one was found then */
        size_t before = found;
        for (size_t m = 0; m < k && found < max; m++)
            if (found == 0 || here[m].start >= out[found - 1].end)
                out[found++] = here[m];
        if (hand_over(out, before, found, take, ctx))
            break;
        /* a stretch too long for the scanner's tokens goes on where its
         * reading stopped (past i: each token is a byte at least, and
         * MAX_TOKENS of them reach beyond the 2 * DATE_REACH before i) */
        i = from + read;
    }
    return found;
}

size_t mt_date_find_all(const char *s, size_t len, mt_date_order order, unsigned flags,
                        mt_date_span *out, size_t max)
{
    return mt_date_find_until(s, len, order, flags, out, max, NULL, NULL);
}

int mt_date_parse(const char *s, size_t len, mt_date_order order, unsigned flags, mt_date *out)
{
    /* An attribute value or JSON string: the date comes first, perhaps after
     * a weekday and a comma; look no further than its first tokens. */
    size_t head = len < 200 ? len : 200;
    if (first_digit_in(s, head, flags) == head)
        return 0;
    scanner sc;
    scan(&sc, s, head);
    for (size_t i = 0; i < sc.n && i < 6; i++) {
        match m;
        if (!match_at(&sc, i, order, flags, &m))
            continue;
        extend_with_time(&sc, &m);
        *out = m.d;
        return 1;
    }
    return 0;
}

/* ================================================================ relative dates */

enum { U_NONE, U_MINUTE, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR };

/* Unit words by their stem: a word whose folded form starts with the stem
 * and is at most `extra` bytes longer names the unit. */
static const struct { const char *stem; uint8_t unit; uint8_t extra; } unit_words[] = {
    { "minute", U_MINUTE, 2 }, { "min", U_MINUTE, 1 }, { "minuto", U_MINUTE, 1 },
    { "minuti", U_MINUTE, 0 }, { "minuut", U_MINUTE, 0 }, { "minut", U_MINUTE, 2 },
    { "минут", U_MINUTE, 4 },
    { "hour", U_HOUR, 1 }, { "stunde", U_HOUR, 1 }, { "heure", U_HOUR, 1 },
    { "hora", U_HOUR, 1 }, { "ora", U_HOUR, 0 }, { "ore", U_HOUR, 0 }, { "uur", U_HOUR, 0 },
    { "godzin", U_HOUR, 2 }, { "час", U_HOUR, 4 },
    { "day", U_DAY, 1 }, { "tag", U_DAY, 2 }, { "jour", U_DAY, 1 }, { "día", U_DAY, 1 },
    { "dia", U_DAY, 1 }, { "giorn", U_DAY, 1 }, { "dag", U_DAY, 2 }, { "dni", U_DAY, 0 },
    { "dzień", U_DAY, 0 }, { "день", U_DAY, 0 }, { "дня", U_DAY, 0 }, { "дней", U_DAY, 0 },
    { "week", U_WEEK, 1 }, { "woche", U_WEEK, 1 }, { "semaine", U_WEEK, 1 },
    { "semana", U_WEEK, 1 }, { "settiman", U_WEEK, 1 }, { "weken", U_WEEK, 0 },
    { "tydzień", U_WEEK, 0 }, { "tygodn", U_WEEK, 2 }, { "недел", U_WEEK, 4 },
    { "month", U_MONTH, 1 }, { "monat", U_MONTH, 2 }, { "mois", U_MONTH, 0 },
    { "mes", U_MONTH, 2 }, { "mese", U_MONTH, 0 }, { "mesi", U_MONTH, 0 },
    { "mês", U_MONTH, 0 }, { "maand", U_MONTH, 2 }, { "miesi", U_MONTH, 6 },
    { "месяц", U_MONTH, 6 },
    { "year", U_YEAR, 1 }, { "jahr", U_YEAR, 2 }, { "an", U_YEAR, 1 }, { "année", U_YEAR, 1 },
    { "año", U_YEAR, 1 }, { "anno", U_YEAR, 0 }, { "anni", U_YEAR, 0 }, { "ano", U_YEAR, 1 },
    { "jaar", U_YEAR, 0 }, { "jaren", U_YEAR, 0 }, { "rok", U_YEAR, 0 }, { "lat", U_YEAR, 1 },
    { "год", U_YEAR, 2 }, { "лет", U_YEAR, 0 },
    /* a widget's short forms ("2 hrs ago", "5m ago", "3d ago") */
    { "hr", U_HOUR, 1 }, { "h", U_HOUR, 0 }, { "m", U_MINUTE, 0 }, { "d", U_DAY, 0 },
    { "wk", U_WEEK, 1 }, { "w", U_WEEK, 0 }, { "mo", U_MONTH, 1 }, { "yr", U_YEAR, 1 },
    { "y", U_YEAR, 0 },
};

static int unit_of(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof unit_words / sizeof unit_words[0]; i++) {
        size_t sl = strlen(unit_words[i].stem);
        if (n >= sl && n <= sl + unit_words[i].extra && memcmp(w, unit_words[i].stem, sl) == 0)
            return unit_words[i].unit;
    }
    return U_NONE;
}

/* Words for "ago" after the amount, and before it. */
static const char *const ago_after[] = { "ago", "fa", "geleden", "temu", "назад" };
static const char *const ago_before[] = { "vor", "hace", "há", "faz" };
/* Whole words: days back. */
static const struct { const char *word; int8_t days; } day_words[] = {
    { "today", 0 }, { "heute", 0 }, { "aujourd", 0 }, { "hoy", 0 }, { "oggi", 0 },
    { "hoje", 0 }, { "vandaag", 0 }, { "dzisiaj", 0 }, { "dziś", 0 }, { "сегодня", 0 },
    { "yesterday", 1 }, { "gestern", 1 }, { "hier", 1 }, { "ayer", 1 }, { "ieri", 1 },
    { "ontem", 1 }, { "gisteren", 1 }, { "wczoraj", 1 }, { "вчера", 1 },
    { "vorgestern", 2 }, { "anteayer", 2 }, { "позавчера", 2 }, { "eergisteren", 2 },
};

static int word_in(const char *w, size_t n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

/* 1 when the token before i is one of the words in `list`. */
static int word_before(const scanner *sc, size_t i, const char *const *list, size_t count)
{
    const tok *b = i > 0 ? &sc->t[i - 1] : NULL;
    if (!b || b->type != T_WORD)
        return 0;
    char w[48];
    size_t n = mt_meta_fold(sc->s + b->start, (size_t)(b->end - b->start), w, sizeof w);
    return n && word_in(w, n, list, count);
}

/* French "il y a 3 jours". */
static int il_y_a_before(const scanner *sc, size_t i)
{
    static const char *const il[] = { "il" }, *const y[] = { "y" }, *const a[] = { "a" };
    return i >= 3 && word_before(sc, i, a, 1) && word_before(sc, i - 1, y, 1) &&
           word_before(sc, i - 2, il, 1);
}

/* Moves a date back by `amount` units. */
static void go_back(mt_date *d, int unit, int amount)
{
    int64_t days = mt_date_days(d);
    if (unit == U_MINUTE || unit == U_HOUR) {
        int64_t minutes = (int64_t)amount * (unit == U_HOUR ? 60 : 1);
        int64_t now_min = (int64_t)d->hour * 60 + d->minute;
        int64_t back_days = minutes > now_min ? (minutes - now_min + 1439) / 1440 : 0;
        days -= back_days;
    } else if (unit == U_DAY || unit == U_WEEK) {
        days -= (int64_t)amount * (unit == U_WEEK ? 7 : 1);
    } else {
        int months = d->year * 12 + (d->month - 1) - amount * (unit == U_YEAR ? 12 : 1);
        /* rounded down, not toward zero: an amount that reaches before
         * year 0 still makes a month of 1..12 (the caller refuses the
         * year) */
        int y = (months >= 0 ? months : months - 11) / 12, m = months - y * 12 + 1;
        int dd = d->day > days_in_month(y, m) ? days_in_month(y, m) : d->day;
        days = days_from_civil(y, m, dd);
    }
    mt_date_from_time(days * 86400, d);
}

/* Whether the tokens from sc->t[i] on say an amount of time ago ("3 days
 * ago", "vor 3 Tagen", "il y a 3 jours", "a month ago"): 1 with the unit
 * and the amount, and in *first and *last the indexes of the first and the
 * last token said. */
static int time_ago_at(const scanner *sc, size_t i, int *unit, int *amount, size_t *first,
                       size_t *last)
{
    const char *s = sc->s;
    const tok *t = &sc->t[i];
    char w[48];
    size_t wn = t->type == T_WORD ? mt_meta_fold(s + t->start, (size_t)(t->end - t->start),
                                                  w, sizeof w) : 0;
    /* amount: a number, or "a"/"an"/"einem"/"un"/"une" for one */
    *amount = -1;
    if (t->type == T_NUM && t->ndigits <= 4)
        *amount = t->value;
    else if (wn && (strcmp(w, "a") == 0 || strcmp(w, "an") == 0 || strcmp(w, "einem") == 0 ||
                    strcmp(w, "einer") == 0 || strcmp(w, "un") == 0 || strcmp(w, "une") == 0))
        *amount = 1;
    const tok *u = at(sc, i + 1);
    if (*amount < 0 || !u || u->type != T_WORD)
        return 0;
    char uw[48];
    size_t un = mt_meta_fold(s + u->start, (size_t)(u->end - u->start), uw, sizeof uw);
    *unit = un ? unit_of(uw, un) : U_NONE;
    if (*unit == U_NONE)
        return 0;
    const tok *after = at(sc, i + 2);
    if (after && after->type == T_WORD) {
        char aw[48];
        size_t an = mt_meta_fold(s + after->start, (size_t)(after->end - after->start), aw,
                                 sizeof aw);
        if (an && word_in(aw, an, ago_after, sizeof ago_after / sizeof ago_after[0])) {
            *first = i;
            *last = i + 2;
            return 1;
        }
    }
    *last = i + 1;
    if (i > 0 && word_before(sc, i, ago_before, sizeof ago_before / sizeof ago_before[0])) {
        *first = i - 1;
        return 1;
    }
    *first = i >= 3 ? i - 3 : 0;
    return il_y_a_before(sc, i);
}

int mt_date_parse_relative(const char *s, size_t len, int64_t reference, mt_date *out)
{
    if (reference <= 0)
        return 0;
    scanner sc;
    scan(&sc, s, len < 200 ? len : 200);
    mt_date ref;
    mt_date_from_time(reference, &ref);
    ref.hour = (uint8_t)((reference % 86400 + 86400) % 86400 / 3600);
    ref.minute = (uint8_t)((reference % 3600 + 3600) % 3600 / 60);
    for (size_t i = 0; i < sc.n; i++) {
        const tok *t = &sc.t[i];
        char w[48];
        size_t wn = t->type == T_WORD ? mt_meta_fold(s + t->start, (size_t)(t->end - t->start),
                                                      w, sizeof w) : 0;
        for (size_t k = 0; wn && k < sizeof day_words / sizeof day_words[0]; k++) {
            if (strlen(day_words[k].word) == wn && memcmp(day_words[k].word, w, wn) == 0) {
                *out = ref;
                out->has_time = 0;
                go_back(out, U_DAY, day_words[k].days);
                return 1;
            }
        }
        int unit, amount;
        size_t first, last;
        if (!time_ago_at(&sc, i, &unit, &amount, &first, &last))
            continue;
        *out = ref;
        out->has_time = 0;
        go_back(out, unit, amount);
        /* "2500 years ago" goes back before the years a date may have */
        return valid_ymd(out->year, out->month, out->day);
    }
    return 0;
}

/* Words before a time ago that the line may open with ("Last updated",
 * "Posted:"): any, so few (a colon after them aside); "We met him 3 years
 * ago" is a sentence. */
#define TIME_AGO_LABEL_WORDS 2

/* Whether the bytes s[0..n) are one of the words of `list` in any case of
 * ASCII letters. */
static int raw_word_in(const char *s, size_t n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if ((!n || mt_ascii_lower((unsigned char)s[0]) == (unsigned char)list[i][0]) &&
            strlen(list[i]) == n && mt_ascii_equal_ci(s, list[i], n))
            return 1;
    return 0;
}

/* Whether a short line may say a time ago: it ends in a word for "ago"
 * ("3 months ago", "2 giorni fa"), or has one of the words for it before
 * the amount ("vor 2 Tagen", "il y a 3 jours": "a"); most lines are passed
 * without a scan. */
static int may_be_time_ago(const char *s, size_t len)
{
    static const char *const before[] = { "vor", "hace", "h\xc3\xa1", "faz", "a" };
    int last = 1;
    for (size_t end = len; end > 0;) {
        while (end && mt_ascii_is_space((unsigned char)s[end - 1]))
            end--;
        size_t start = end;
        while (start && !mt_ascii_is_space((unsigned char)s[start - 1]))
            start--;
        size_t n = end - start;
        if (last ? raw_word_in(s + start, n, ago_after, sizeof ago_after / sizeof ago_after[0])
                 : raw_word_in(s + start, n, before, sizeof before / sizeof before[0]))
            return 1;
        last = 0;
        end = start;
    }
    return 0;
}

int mt_metadata_is_time_ago_line(const char *s, size_t len)
{
    if (len > MT_DATE_LINE_MAX || !may_be_time_ago(s, len))
        return 0;
    scanner sc;
    scan(&sc, s, len);
    /* the amount comes after the label's words, a colon and "il y a" at most */
    for (size_t i = 0; i < sc.n && i <= TIME_AGO_LABEL_WORDS + 4; i++) {
        if (sc.t[i].type == T_PUNCT && sc.t[i].kind != ':')
            return 0;   /* a clause before it: a sentence */
        int unit, amount;
        size_t first, last;
        if (!time_ago_at(&sc, i, &unit, &amount, &first, &last))
            continue;
        size_t words = 0;
        for (size_t k = 0; k < first; k++)
            words += sc.t[k].type != T_PUNCT;
        return last + 1 == sc.n && words <= TIME_AGO_LABEL_WORDS;
    }
    return 0;
}
