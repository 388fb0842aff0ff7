/* language.h -- which language a text is written in, when the page does not
 * say (no lang attribute, no content-language, no inLanguage).
 *
 * Most scripts name their language: Greek, Hebrew, Hangul, Thai, Armenian,
 * Georgian and the scripts of India but Devanagari each serve one language
 * in web text.
 * Han with kana is Japanese, Han alone Chinese; in the Arabic script,
 * letters only Persian or Urdu use tell those from Arabic, and in the
 * Cyrillic, letters of one language tell it. Texts in the Latin, Cyrillic
 * and Devanagari scripts are told by their function words (articles,
 * prepositions, pronouns: a third of any running text), counted per
 * language over the first words of the text; the language whose words are
 * most frequent wins when they make a fair share of the text, so that a
 * text in a language we have no words for gets no answer rather than a
 * wrong one. Two languages that share nearly all their function words
 * (Malay and Indonesian) tie on a text of shared words only, and such a tie
 * goes to the one tools/gen_language_words.py names; other ties tell none.
 *
 * A guess is fed text piece by piece (the blocks of a result), reads at
 * most GUESS_MAX_CHARS characters, allocates nothing and keeps no state
 * outside the guess. */
#ifndef MT_TEXT_LANGUAGE_H
#define MT_TEXT_LANGUAGE_H

#include <stddef.h>
#include <stdint.h>

/* Characters read at most (some 500 words, of which a third or more are
 * function words): enough for a clear answer, and a bound on the work. */
#define GUESS_MAX_CHARS 3000
#define GUESS_MAX_LANGUAGES 64     /* one bit each in a uint64_t */

/* The scripts counted (language.c maps code points to them). */
enum {
    SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_GREEK, SCRIPT_ARMENIAN, SCRIPT_HEBREW,
    SCRIPT_ARABIC, SCRIPT_DEVANAGARI, SCRIPT_BENGALI, SCRIPT_GURMUKHI, SCRIPT_GUJARATI,
    SCRIPT_ORIYA, SCRIPT_TAMIL, SCRIPT_TELUGU, SCRIPT_KANNADA, SCRIPT_MALAYALAM,
    SCRIPT_SINHALA, SCRIPT_THAI, SCRIPT_LAO, SCRIPT_TIBETAN, SCRIPT_MYANMAR,
    SCRIPT_GEORGIAN, SCRIPT_HANGUL, SCRIPT_ETHIOPIC, SCRIPT_KHMER, SCRIPT_KANA,
    SCRIPT_HAN,
    SCRIPT_COUNT
};

typedef struct mt_language_guess {
    uint32_t letters[SCRIPT_COUNT];
    uint32_t hits[GUESS_MAX_LANGUAGES];     /* function words, by language */
    uint32_t chars;         /* characters read */
    int decided;            /* the words read already tell the language */
    uint32_t words;         /* Latin, Cyrillic and Devanagari words read */
    uint32_t persian;       /* Arabic-script letters of Persian (and Urdu) */
    uint32_t urdu;          /* ... of Urdu only */
    uint32_t ukrainian;     /* Cyrillic letters of Ukrainian only (і ї є ґ) */
    uint32_t serbian;       /* ... of Serbian and Macedonian (ђ ћ џ љ њ ј) */
    uint32_t macedonian;    /* ... of Macedonian only (ѓ ќ ѕ) */
    uint32_t kazakh;        /* ... of Kazakh (ә ғ қ ұ) */
    uint32_t belarusian;    /* ... of Belarusian (ў) */
} mt_language_guess;

void mt_language_guess_init(mt_language_guess *g);

/* Reads `len` bytes of UTF-8 text (a word cut at the end of a piece counts
 * as a word: feed whole blocks). */
void mt_language_guess_feed(mt_language_guess *g, const char *text, size_t len);

/* Whether the guess has read as much as it will: its bound, or words
 * enough to decide. */
int mt_language_guess_full(const mt_language_guess *g);

/* The language's ISO 639-1 code ("en", "ja"), static storage, or NULL when
 * the text does not tell. */
const char *mt_language_guess_result(const mt_language_guess *g);

/* A list of languages as mt_options.languages takes it: codes of two or
 * three ASCII letters ("en", "de"), each with a region or script after a
 * hyphen or not ("pt-BR", ignored), separated by commas and spaces. */
#define LANGUAGE_LIST_MAX 255

/* Whether `list` is such a list, with at least one code and at most
 * LANGUAGE_LIST_MAX bytes. */
int mt_language_list_valid(const char *list);

/* Whether the language tag `tag` ("de", "de-AT"; NULL: none) has the
 * primary code of one of `list`'s, in any case, a three-letter code of a
 * language with a two-letter one ("deu", "ger") counting as that ("de"),
 * "nb" and "nn" as "no", "iw" as "he" and "in" as "id". */
int mt_language_in_list(const char *list, const char *tag);

/* Whether the table of three-letter codes is sorted (for the unit tests). */
int mt_language_tables_sorted(void);

/* Whether the function-word table is sorted, without duplicates, and its
 * hash table finds each of its words (run by the unit tests). */
int mt_language_tables_ok(void);

#endif
