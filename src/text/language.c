/* language.c -- the language of a text, by its script and its function
 * words (see language.h). */
#include <string.h>
#include "text/language.h"
#include "util/ascii.h"
#include "util/fnv.h"
#include "util/utf8.h"

typedef struct language_word {
    const char *word;
    uint64_t langs;     /* bit i: language_codes[i] */
} language_word;

#include "text/language_words.h"

_Static_assert(LANGUAGE_COUNT <= GUESS_MAX_LANGUAGES, "one counter per language");

/* Longest function word, in bytes (tools/gen_language_words.py checks). */
#define WORD_CAP 24

/* A script's code points: [first, last]. Sorted, not overlapping. */
typedef struct script_range {
    uint32_t first, last;
    uint8_t script;
} script_range;

static const script_range script_ranges[] = {
    { 0x00C0, 0x024F, SCRIPT_LATIN },   /* less × and ÷, below */
    { 0x0370, 0x03FF, SCRIPT_GREEK },
    { 0x0400, 0x052F, SCRIPT_CYRILLIC },
    { 0x0531, 0x058F, SCRIPT_ARMENIAN },
    { 0x0591, 0x05FF, SCRIPT_HEBREW },
    { 0x0600, 0x06FF, SCRIPT_ARABIC },
    { 0x0750, 0x077F, SCRIPT_ARABIC },
    { 0x08A0, 0x08FF, SCRIPT_ARABIC },
    { 0x0900, 0x097F, SCRIPT_DEVANAGARI },
    { 0x0980, 0x09FF, SCRIPT_BENGALI },
    { 0x0A00, 0x0A7F, SCRIPT_GURMUKHI },
    { 0x0A80, 0x0AFF, SCRIPT_GUJARATI },
    { 0x0B00, 0x0B7F, SCRIPT_ORIYA },
    { 0x0B80, 0x0BFF, SCRIPT_TAMIL },
    { 0x0C00, 0x0C7F, SCRIPT_TELUGU },
    { 0x0C80, 0x0CFF, SCRIPT_KANNADA },
    { 0x0D00, 0x0D7F, SCRIPT_MALAYALAM },
    { 0x0D80, 0x0DFF, SCRIPT_SINHALA },
    { 0x0E00, 0x0E7F, SCRIPT_THAI },
    { 0x0E80, 0x0EFF, SCRIPT_LAO },
    { 0x0F00, 0x0FFF, SCRIPT_TIBETAN },
    { 0x1000, 0x109F, SCRIPT_MYANMAR },
    { 0x10A0, 0x10FF, SCRIPT_GEORGIAN },
    { 0x1100, 0x11FF, SCRIPT_HANGUL },
    { 0x1200, 0x139F, SCRIPT_ETHIOPIC },
    { 0x1780, 0x17FF, SCRIPT_KHMER },
    { 0x1C80, 0x1C8F, SCRIPT_CYRILLIC },
    { 0x1E00, 0x1EFF, SCRIPT_LATIN },
    { 0x1F00, 0x1FFF, SCRIPT_GREEK },
    { 0x2DE0, 0x2DFF, SCRIPT_CYRILLIC },
    { 0x3040, 0x30FF, SCRIPT_KANA },
    { 0x3130, 0x318F, SCRIPT_HANGUL },
    { 0x31F0, 0x31FF, SCRIPT_KANA },
    { 0x3400, 0x4DBF, SCRIPT_HAN },
    { 0x4E00, 0x9FFF, SCRIPT_HAN },
    { 0xA640, 0xA69F, SCRIPT_CYRILLIC },
    { 0xAC00, 0xD7AF, SCRIPT_HANGUL },
    { 0xF900, 0xFAFF, SCRIPT_HAN },
    { 0xFB50, 0xFDFF, SCRIPT_ARABIC },
    { 0xFE70, 0xFEFF, SCRIPT_ARABIC },
    { 0xFF66, 0xFF9F, SCRIPT_KANA },
};

#define NO_SCRIPT SCRIPT_COUNT

/* The script of a letter, or NO_SCRIPT for what is no letter of one
 * (digits, punctuation, spaces, symbols). */
static unsigned script_of(uint32_t cp)
{
    if (cp < 0x80)
        return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? SCRIPT_LATIN : NO_SCRIPT;
    if (cp == 0xD7 || cp == 0xF7 || cp == 0x964 || cp == 0x965)    /* × ÷ । ॥ */
        return NO_SCRIPT;
    size_t lo = 0, hi = sizeof script_ranges / sizeof *script_ranges;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < script_ranges[mid].first)
            hi = mid;
        else if (cp > script_ranges[mid].last)
            lo = mid + 1;
        else
            return script_ranges[mid].script;
    }
    return NO_SCRIPT;
}

/* The lowercase of a Latin or Cyrillic letter, for the blocks where case
 * pairs follow a rule; other letters stand as they are (a capital in them
 * only misses a function word, which opens few sentences). */
static uint32_t lowercase(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    if (cp >= 0xC0 && cp <= 0xDE)                   /* À..Þ */
        return cp + 32;
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) ||
        (cp >= 0x218 && cp <= 0x21B) || (cp >= 0x1EA0 && cp <= 0x1EF9) ||
        (cp >= 0x460 && cp <= 0x4FF))               /* capital even, small odd */
        return cp | 1;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp & 1 ? cp + 1 : cp;                /* capital odd, small even */
    if (cp >= 0x410 && cp <= 0x42F)                 /* А..Я */
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F)                 /* Ѐ..Џ */
        return cp + 80;
    return cp;
}

/* The languages (bits) of which `w` (n bytes, FNV-1a hash h) is a
 * function word; 0 for none. */
static uint64_t word_langs(const char *w, size_t n, uint32_t h)
{
    for (size_t slot = h % LANGUAGE_WORD_SLOTS;; slot = (slot + 1) % LANGUAGE_WORD_SLOTS) {
        unsigned k = language_word_slots[slot];
        if (!k)
            return 0;
        const char *e = language_words[k - 1].word;
        if (strncmp(e, w, n) == 0 && e[n] == '\0')
            return language_words[k - 1].langs;
    }
}

int mt_language_tables_ok(void)
{
    size_t n = sizeof language_words / sizeof *language_words;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(language_words[i].word);
        const char *w = language_words[i].word;
        if (len == 0 || len > WORD_CAP || !language_words[i].langs ||
            (i && strcmp(language_words[i - 1].word, w) >= 0) ||
            word_langs(w, len, mt_fnv(w, len)) != language_words[i].langs)
            return 0;
    }
    return 1;
}

/* Letters that only some languages of a script write. */
static void count_telling_letter(mt_language_guess *g, uint32_t cp)
{
    switch (cp) {
    case 0x0679: case 0x0688: case 0x0691: case 0x06BA: case 0x06C1: case 0x06D2:
        g->urdu++;                                  /* ٹ ڈ ڑ ں ہ ے */
        break;
    case 0x067E: case 0x0686: case 0x0698: case 0x06AF: case 0x06A9: case 0x06CC:
        g->persian++;                               /* پ چ ژ گ ک ی */
        break;
    case 0x0456: case 0x0457: case 0x0454: case 0x0491:
        g->ukrainian++;                             /* і ї є ґ */
        break;
    case 0x0452: case 0x045B: case 0x045F: case 0x0459: case 0x045A: case 0x0458:
        g->serbian++;                               /* ђ ћ џ љ њ ј */
        break;
    case 0x0453: case 0x045C: case 0x0455:
        g->macedonian++;                            /* ѓ ќ ѕ */
        break;
    case 0x04D9: case 0x0493: case 0x049B: case 0x04B1:
        g->kazakh++;                                /* ә ғ қ ұ (not Kyrgyz's or Mongolian's) */
        break;
    case 0x045E:
        g->belarusian++;                            /* ў */
        break;
    default:
        break;
    }
}

void mt_language_guess_init(mt_language_guess *g)
{
    memset(g, 0, sizeof *g);
}

int mt_language_guess_full(const mt_language_guess *g)
{
    return g->chars >= GUESS_MAX_CHARS || g->decided;
}

/* Words between two looks at whether the words read already decide. */
#define DECIDE_EVERY 64

/* The language with the most function words read (its index), its count
 * in *first and the next language's in *second. */
static unsigned most_hits(const mt_language_guess *g, uint32_t *first, uint32_t *second)
{
    unsigned best = 0;
    *first = *second = 0;
    for (unsigned i = 0; i < LANGUAGE_COUNT; i++) {
        if (g->hits[i] > *first) {
            *second = *first;
            *first = g->hits[i];
            best = i;
        } else if (g->hits[i] > *second) {
            *second = g->hits[i];
        }
    }
    return best;
}

/* Whether one language's function words are so far ahead that the text
 * read tells its language: most pages are told in their first hundred
 * words, and the guess then reads no further. Close languages share most
 * of their function words, so their counts stay near and they read on.
 * The text not read is not weighed: a main text that opens with some 64
 * words in one language and goes on in another, or in another script
 * (an English abstract before Chinese), is read as its opening. */
static int words_decide(const mt_language_guess *g)
{
    uint32_t first, second;
    most_hits(g, &first, &second);
    return first >= 24 && first >= 2 * second + 8 && first * 5 >= g->words;
}

/* Whether the text is written, nine letters in ten, in scripts whose
 * letters alone tell the language (Han and kana, Hangul, Arabic, Thai, ...),
 * with letters enough for their shares to hold. */
static int scripts_decide(const mt_language_guess *g)
{
    uint32_t total = 0;
    for (unsigned s = 0; s < SCRIPT_COUNT; s++)
        total += g->letters[s];
    uint32_t in_words = g->letters[SCRIPT_LATIN] + g->letters[SCRIPT_CYRILLIC] +
                        g->letters[SCRIPT_DEVANAGARI];
    return total >= 600 && in_words * 10 < total;
}

/* The word being read: its bytes (lowercase, as far as WORD_CAP) and their
 * hash. */
typedef struct word_reader {
    char w[WORD_CAP];
    size_t n;
    uint32_t hash;
} word_reader;

static void add_byte(word_reader *r, unsigned char c)
{
    if (r->n < WORD_CAP)
        r->w[r->n] = (char)c;
    r->n++;
    r->hash = mt_fnv_step(r->hash, c);
}

/* Counts the word read, if any (one longer than WORD_CAP is no function
 * word), and starts the next. */
static void end_word(mt_language_guess *g, word_reader *r)
{
    if (!r->n)
        return;
    g->words++;
    if (r->n <= WORD_CAP) {
        /* one step per language of the word, not per bit up to its last */
        for (uint64_t langs = word_langs(r->w, r->n, r->hash); langs; langs &= langs - 1)
            g->hits[__builtin_ctzll(langs)]++;
    }
    if (g->words % DECIDE_EVERY == 0 && words_decide(g))
        g->decided = 1;
    r->n = 0;
    r->hash = MT_FNV_START;
}

/* A letter of a script written in words (Latin, Cyrillic, Devanagari) joins
 * the word; a letter of another script, or no letter, ends it. */
static void read_code_point(mt_language_guess *g, word_reader *r, uint32_t cp)
{
    unsigned script = script_of(cp);
    if (script == NO_SCRIPT) {
        if (cp < 0x300 || cp > 0x36F)      /* a combining mark continues its word */
            end_word(g, r);
        return;
    }
    g->letters[script]++;
    if (script != SCRIPT_LATIN && script != SCRIPT_CYRILLIC && script != SCRIPT_DEVANAGARI) {
        count_telling_letter(g, cp);
        end_word(g, r);
        return;
    }
    cp = lowercase(cp);
    if (script == SCRIPT_CYRILLIC)
        count_telling_letter(g, cp);
    char buf[4];
    size_t k = mt_utf8_encode(cp, buf);
    for (size_t i = 0; i < k; i++)
        add_byte(r, (unsigned char)buf[i]);
}

void mt_language_guess_feed(mt_language_guess *g, const char *text, size_t len)
{
    const unsigned char *p = (const unsigned char *)text, *end = p + len;
    word_reader r = { .n = 0, .hash = MT_FNV_START };
    while (p < end && !mt_language_guess_full(g)) {
        g->chars++;
        unsigned c = *p;
        if (c < 0x80) {                     /* most of the text of most pages */
            p++;
            unsigned lower = c | 0x20;
            if (lower >= 'a' && lower <= 'z') {
                g->letters[SCRIPT_LATIN]++;
                add_byte(&r, (unsigned char)lower);
            } else {
                end_word(g, &r);
            }
            continue;
        }
        size_t step;
        uint32_t cp = mt_utf8_decode((const char *)p, (const char *)end, &step);
        p += step;
        read_code_point(g, &r, cp);
        if (g->chars % DECIDE_EVERY == 0 && scripts_decide(g))
            g->decided = 1;
    }
    end_word(g, &r);
}

/* The language a tie at `top` function words goes to: when exactly two
 * languages have that many and one yields to the other (a Malay text of
 * the words Malay shares with Indonesian reads as Indonesian), the other;
 * else none, LANGUAGE_COUNT. */
static unsigned tie_goes_to(const mt_language_guess *g, uint32_t top)
{
    unsigned tied[2], n = 0;
    for (unsigned i = 0; i < LANGUAGE_COUNT; i++) {
        if (g->hits[i] != top)
            continue;
        if (n == 2)
            return LANGUAGE_COUNT;
        tied[n++] = i;
    }
    if (n == 2 && language_tie_goes_to[tied[0]] == tied[1])
        return tied[1];
    if (n == 2 && language_tie_goes_to[tied[1]] == tied[0])
        return tied[0];
    return LANGUAGE_COUNT;
}

/* The language whose function words are most frequent among the words
 * read, when they are at least a tenth of them and no other language's
 * are as frequent (but for the ties tie_goes_to settles); NULL otherwise. */
static const char *by_function_words(const mt_language_guess *g)
{
    uint32_t first, second;
    unsigned best = most_hits(g, &first, &second);
    if (first < 3 || first * 10 < g->words)
        return NULL;
    if (first == second)
        best = tie_goes_to(g, first);
    return best < LANGUAGE_COUNT ? language_codes[best] : NULL;
}

/* The language of a Cyrillic text: the letters of one language first (at
 * least 1 in 100 or 200 of the letters, 1 in 1,000 for Macedonian's, which
 * are rarer), then the function words. */
static const char *cyrillic_language(const mt_language_guess *g)
{
    uint32_t letters = g->letters[SCRIPT_CYRILLIC];
    if (g->kazakh * 100 >= letters)
        return "kk";
    if (g->belarusian * 200 >= letters)
        return "be";
    if (g->macedonian * 1000 >= letters)
        return "mk";
    if (g->serbian * 200 >= letters)
        return "sr";
    if (g->ukrainian * 100 >= letters)
        return "uk";
    return by_function_words(g);
}

/* The language of an Arabic-script text: Urdu's letters (1 in 100), else
 * Persian's (1 in 50: Urdu writes them too, Arabic neither), else Arabic. */
static const char *arabic_language(const mt_language_guess *g)
{
    uint32_t letters = g->letters[SCRIPT_ARABIC];
    if (g->urdu * 100 >= letters)
        return "ur";
    if (g->persian * 50 >= letters)
        return "fa";
    return "ar";
}

/* The language of each script that serves one. */
static const char *const script_language[SCRIPT_COUNT] = {
    [SCRIPT_GREEK] = "el", [SCRIPT_ARMENIAN] = "hy", [SCRIPT_HEBREW] = "he",
    [SCRIPT_BENGALI] = "bn", [SCRIPT_GURMUKHI] = "pa",
    [SCRIPT_GUJARATI] = "gu", [SCRIPT_ORIYA] = "or", [SCRIPT_TAMIL] = "ta",
    [SCRIPT_TELUGU] = "te", [SCRIPT_KANNADA] = "kn", [SCRIPT_MALAYALAM] = "ml",
    [SCRIPT_SINHALA] = "si", [SCRIPT_THAI] = "th", [SCRIPT_LAO] = "lo",
    [SCRIPT_TIBETAN] = "bo", [SCRIPT_MYANMAR] = "my", [SCRIPT_GEORGIAN] = "ka",
    [SCRIPT_HANGUL] = "ko", [SCRIPT_ETHIOPIC] = "am", [SCRIPT_KHMER] = "km",
};

/* Letters a text needs for any answer. */
#define MIN_LETTERS 20

/* How many letters of an alphabet a character of a script weighs when the
 * scripts of a text are compared (a program's name in Latin letters amid
 * Chinese is not a Latin text): an English word has five letters and some
 * two Chinese characters, and a Korean syllable is a few letters. */
static uint32_t letter_weight(unsigned script)
{
    return script == SCRIPT_HAN || script == SCRIPT_KANA ? 3 : script == SCRIPT_HANGUL ? 2 : 1;
}

const char *mt_language_guess_result(const mt_language_guess *g)
{
    /* Han and kana are one script here: Japanese writes both */
    uint32_t cjk = g->letters[SCRIPT_HAN] + g->letters[SCRIPT_KANA];
    unsigned top = SCRIPT_HAN;
    uint32_t most = cjk * letter_weight(SCRIPT_HAN), total = cjk;
    for (unsigned s = 0; s < SCRIPT_KANA; s++) {
        total += g->letters[s];
        if (g->letters[s] * letter_weight(s) > most) {
            most = g->letters[s] * letter_weight(s);
            top = s;
        }
    }
    if (total < MIN_LETTERS)
        return NULL;
    switch (top) {
    case SCRIPT_HAN:
        return g->letters[SCRIPT_KANA] * 20 >= cjk ? "ja" : "zh";
    case SCRIPT_LATIN:
    case SCRIPT_DEVANAGARI:
        return by_function_words(g);
    case SCRIPT_CYRILLIC:
        return cyrillic_language(g);
    case SCRIPT_ARABIC:
        return arabic_language(g);
    default:
        return script_language[top];
    }
}

/* ================================================================ lists */

static int is_separator(char c)
{
    return c == ',' || c == ' ';
}

/* The letters of the primary code at s: how many (0 when s holds none). */
static size_t primary_code_len(const char *s)
{
    size_t n = 0;
    while (mt_ascii_is_letter((unsigned char)s[n]))
        n++;
    return n;
}

/* The end of a list entry at s: past its code and any "-subtags". */
static const char *entry_end(const char *s)
{
    while (*s && !is_separator(*s))
        s++;
    return s;
}

/* Whether s..end is nothing or subtags: "-" and one to eight letters or
 * digits, each. */
static int subtags_valid(const char *s, const char *end)
{
    while (s < end) {
        if (*s++ != '-')
            return 0;
        size_t n = 0;
        while (s < end && mt_ascii_is_alnum((unsigned char)*s)) {
            s++;
            n++;
        }
        if (n < 1 || n > 8)
            return 0;
    }
    return 1;
}

/* The two-letter codes of ISO 639-1, and the withdrawn ones pages still
 * carry (in, iw, ji, jw, mo, sh), end to end in order. */
static const char iso639_1[] =
    "aaabaeafakamanarasavayazbabebgbhbibmbnbobrbscacechcocrcscucvcydadedvdzeeeleneoeseteufafffi"
    "fjfofrfygagdglgngugvhahehihohrhthuhyhziaidieigiiikinioisitiuiwjajijvjwkakgkikjkkklkmknkokr"
    "kskukvkwkylalblglilnloltlulvmgmhmimkmlmnmomrmsmtmynanbndnengnlnnnonrnvnyocojomorospapiplps"
    "ptqurmrnrorurwsascsdsesgshsiskslsmsnsosqsrssstsusvswtatetgthtitktltntotrtstttwtyugukuruzve"
    "vivowawoxhyiyozazhzu";

/* Whether the two letters at s are an ISO 639-1 code, in any case. */
static int is_iso639_1(const char *s)
{
    unsigned char a = mt_ascii_lower((unsigned char)s[0]), b = mt_ascii_lower((unsigned char)s[1]);
    for (size_t i = 0; iso639_1[i]; i += 2)
        if ((unsigned char)iso639_1[i] == a && (unsigned char)iso639_1[i + 1] == b)
            return 1;
    return 0;
}

int mt_language_list_valid(const char *list)
{
    if (!list || strlen(list) > LANGUAGE_LIST_MAX)
        return 0;
    size_t codes = 0;
    for (const char *p = list; *p;) {
        if (is_separator(*p)) {
            p++;
            continue;
        }
        size_t n = primary_code_len(p);
        if (n < 2 || n > 3 || (n == 2 && !is_iso639_1(p)))
            return 0;
        const char *end = entry_end(p);
        if (!subtags_valid(p + n, end))
            return 0;
        codes++;
        p = end;
    }
    return codes > 0;
}

/* ISO 639-2 codes (bibliographic and terminology) of languages that have
 * a two-letter ISO 639-1 code, with it: the languages the text is read in
 * and their neighbours. Sorted by the three letters. */
static const struct { char three[4], two[3]; } iso639_2[] = {
    { "afr", "af" }, { "alb", "sq" }, { "amh", "am" }, { "ara", "ar" }, { "arm", "hy" },
    { "aze", "az" }, { "baq", "eu" }, { "bel", "be" }, { "ben", "bn" }, { "bod", "bo" },
    { "bul", "bg" }, { "bur", "my" }, { "cat", "ca" }, { "ces", "cs" }, { "chi", "zh" },
    { "cym", "cy" }, { "cze", "cs" }, { "dan", "da" }, { "deu", "de" }, { "dut", "nl" },
    { "ell", "el" }, { "eng", "en" }, { "epo", "eo" }, { "est", "et" }, { "eus", "eu" },
    { "fas", "fa" }, { "fin", "fi" }, { "fra", "fr" }, { "fre", "fr" }, { "geo", "ka" },
    { "ger", "de" }, { "gle", "ga" }, { "glg", "gl" }, { "gre", "el" }, { "guj", "gu" },
    { "heb", "he" }, { "hin", "hi" }, { "hrv", "hr" }, { "hun", "hu" }, { "hye", "hy" },
    { "ice", "is" }, { "ind", "id" }, { "isl", "is" }, { "ita", "it" }, { "jpn", "ja" },
    { "kan", "kn" }, { "kat", "ka" }, { "kaz", "kk" }, { "khm", "km" }, { "kor", "ko" },
    { "lao", "lo" }, { "lat", "la" }, { "lav", "lv" }, { "lit", "lt" }, { "mac", "mk" },
    { "mal", "ml" }, { "mar", "mr" }, { "may", "ms" }, { "mkd", "mk" }, { "mlt", "mt" },
    { "mon", "mn" }, { "msa", "ms" }, { "mya", "my" }, { "nep", "ne" }, { "nld", "nl" },
    { "nno", "nn" }, { "nob", "nb" }, { "nor", "no" }, { "ori", "or" }, { "pan", "pa" },
    { "per", "fa" }, { "pol", "pl" }, { "por", "pt" }, { "ron", "ro" }, { "rum", "ro" },
    { "rus", "ru" }, { "sin", "si" }, { "slk", "sk" }, { "slo", "sk" }, { "slv", "sl" },
    { "spa", "es" }, { "sqi", "sq" }, { "srp", "sr" }, { "swa", "sw" }, { "swe", "sv" },
    { "tam", "ta" }, { "tel", "te" }, { "tgl", "tl" }, { "tha", "th" }, { "tib", "bo" },
    { "tur", "tr" }, { "ukr", "uk" }, { "urd", "ur" }, { "uzb", "uz" }, { "vie", "vi" },
    { "wel", "cy" }, { "zho", "zh" },
};

/* Two-letter codes read as another: Norwegian's written standards as
 * Norwegian (the text does not tell them apart), and the codes Hebrew and
 * Indonesian had before 1989, which old pages still state. */
static void two_letter_alias(char code[4])
{
    static const char alias[][2][3] = { { "nb", "no" }, { "nn", "no" }, { "iw", "he" },
                                        { "in", "id" } };
    for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
        if (strcmp(code, alias[i][0]) == 0) {
            memcpy(code, alias[i][1], 3);
            return;
        }
}

/* The primary code at s (n letters) in small letters, as two letters when
 * it is a three-letter code of a language that has two; "" when it is no
 * code (out has room for 4 bytes). */
static void normal_code(const char *s, size_t n, char out[4])
{
    out[0] = '\0';
    if (n < 2 || n > 3)
        return;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)mt_ascii_lower((unsigned char)s[i]);
    out[n] = '\0';
    if (n == 2) {
        two_letter_alias(out);
        return;
    }
    size_t lo = 0, hi = sizeof iso639_2 / sizeof iso639_2[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(iso639_2[mid].three, out);
        if (c == 0) {
            memcpy(out, iso639_2[mid].two, 3);
            two_letter_alias(out);
            return;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
}

int mt_language_in_list(const char *list, const char *tag)
{
    size_t tag_len = tag ? primary_code_len(tag) : 0;
    if (!tag_len || (tag[tag_len] && tag[tag_len] != '-' && tag[tag_len] != '_'))
        return 0;
    char want[4], have[4];
    normal_code(tag, tag_len, have);
    if (!have[0])
        return 0;
    for (const char *p = list; p && *p;) {
        if (is_separator(*p)) {
            p++;
            continue;
        }
        normal_code(p, primary_code_len(p), want);
        if (strcmp(want, have) == 0)
            return 1;
        p = entry_end(p);
    }
    return 0;
}

int mt_language_tables_sorted(void)
{
    for (size_t i = 1; i < sizeof iso639_2 / sizeof iso639_2[0]; i++)
        if (strcmp(iso639_2[i - 1].three, iso639_2[i].three) >= 0)
            return 0;
    return 1;
}
