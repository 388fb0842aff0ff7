/* test_text_metrics.c -- script-aware counts of src/text/metrics.h. */
#include <stdlib.h>
#include "harness.h"
#include "text/metrics.h"

static mt_text_metrics measure(const char *s)
{
    mt_text_metrics m;
    mt_text_metrics_clear(&m);
    mt_text_measure(s, strlen(s), &m);
    return m;
}

static void test_english_words_and_punctuation(void)
{
    mt_text_metrics m = measure("The council's plan, approved on Monday, costs $4.5 million.");
    CHECK_INT(m.words, 9);     /* council's and 4.5 are one word each */
    CHECK_INT(m.spaces, 8);
    CHECK_INT(m.punct, 5);     /* ' , , . . and the final . -- ' and . inside words count too */
    CHECK_INT(mt_text_word_equivalents_x100(&m), 900);
    CHECK_INT(mt_text_dominant_script(&m), MT_SCRIPT_LATIN);
}

static void test_cyrillic_and_greek(void)
{
    mt_text_metrics m = measure("Мастерская работает по вечерам.");
    CHECK_INT(m.words, 4);
    CHECK_INT(m.script_chars[MT_SCRIPT_CYRILLIC], 27);
    CHECK_INT(mt_text_dominant_script(&m), MT_SCRIPT_CYRILLIC);
    m = measure("Τι ώρα είναι;");     /* ";" is the Greek question mark here */
    CHECK_INT(m.words, 3);
    CHECK_INT(m.punct, 1);
    CHECK_INT(mt_text_dominant_script(&m), MT_SCRIPT_GREEK);
}

/* 。、 and full-width punctuation are punctuation; Japanese characters are
 * word equivalents at 1/2.72 each. */
static void test_japanese(void)
{
    mt_text_metrics m = measure("地方の鉄道、観光列車で再生へ。「乗ること自体を目的に」と話す。");
    CHECK_INT(m.words, 0);
    CHECK_INT(m.punct, 5);
    CHECK_INT(m.han + m.kana, 26);
    CHECK(m.kana > 0);
    CHECK_INT(mt_text_word_equivalents_x100(&m), 26 * 3676 / 100);
    CHECK_INT(mt_text_dominant_script(&m), MT_SCRIPT_HIRAGANA);
}

/* Chinese Han without kana counts at 1/1.62 per character. */
static void test_chinese(void)
{
    mt_text_metrics m = measure("图书室目前藏书约三千册，以小说、历史和儿童读物为主。");
    CHECK_INT(m.han, 23);
    CHECK_INT(m.punct, 3);
    CHECK_INT(mt_text_word_equivalents_x100(&m), 23 * 6173 / 100);
    CHECK_INT(mt_text_dominant_script(&m), MT_SCRIPT_HAN);
}

/* The point of it all: the same paragraph in Japanese and in English comes
 * out at about the same length (within a quarter). */
static void test_same_substance_scores_alike(void)
{
    mt_text_metrics ja = measure(
        "利用者の減少が続く地方の鉄道会社が、観光列車の運行に力を入れている。沿線の景色や"
        "地元の料理を楽しめる車両を用意し、週末を中心に多くの乗客を集めている。");
    mt_text_metrics en = measure(
        "Regional railway companies with falling ridership are focusing on running "
        "sightseeing trains. They provide cars where passengers can enjoy the scenery and "
        "local food, and attract many riders, mainly on weekends.");
    long j = mt_text_word_equivalents_x100(&ja), e = mt_text_word_equivalents_x100(&en);
    CHECK(j * 4 > e * 3 && j * 3 < e * 4);
    /* By spaces alone the Japanese paragraph would be one word. */
    CHECK_INT(ja.words, 0);
}

static void test_korean_spaced_and_unspaced(void)
{
    mt_text_metrics m = measure("주민들의 쉼터로 자리 잡고 있다.");
    CHECK_INT(m.words, 5);
    CHECK_INT(m.hangul_unspaced, 0);
    m = measure("주민들의쉼터로자리잡고있다");   /* 13 syllables, no spaces */
    CHECK_INT(m.words, 0);
    CHECK_INT(m.hangul_unspaced, 13);
    CHECK_INT(mt_text_word_equivalents_x100(&m), 13 * 4545 / 100);
}

static void test_arabic_and_hebrew(void)
{
    mt_text_metrics m = measure("هل سيصبح السوق موعدا ثابتا؟ نعم، ربما.");
    CHECK_INT(m.words, 7);
    CHECK_INT(m.punct, 3);      /* ؟ ، . */
    CHECK(m.rtl > 20);
    CHECK_INT(mt_text_dominant_script(&m), MT_SCRIPT_ARABIC);
    m = measure("שָׁלוֹם עולם");   /* points are marks: still two words */
    CHECK_INT(m.words, 2);
    CHECK_INT(mt_text_dominant_script(&m), MT_SCRIPT_HEBREW);
}

static void test_thai(void)
{
    mt_text_metrics m = measure("ภาษาไทย");
    CHECK_INT(m.words, 0);
    CHECK_INT(m.southeast_asian, 7);
    CHECK_INT(mt_text_word_equivalents_x100(&m), 7 * 2037 / 100);
}

static void test_unicode_spaces_and_bad_bytes(void)
{
    mt_text_metrics m = measure("a\xC2\xA0" "b\xE3\x80\x80" "c\xE2\x80\x8B" "d");   /* NBSP, ideographic space, ZWSP */
    CHECK_INT(m.spaces, 2);
    CHECK_INT(m.words, 3);     /* the zero-width space neither counts nor splits */
    m = measure("ab\xFF" "cd");
    CHECK_INT(m.chars, 5);     /* the bad byte is one character, a symbol */
    CHECK_INT(m.words, 2);
}

static void test_accumulates(void)
{
    mt_text_metrics m;
    mt_text_metrics_clear(&m);
    mt_text_measure("one two", 7, &m);
    mt_text_measure(" three", 6, &m);
    CHECK_INT(m.words, 3);
    CHECK_INT(mt_text_script_of(0x4E00), MT_SCRIPT_HAN);
    CHECK_INT(mt_text_script_of(0x0416), MT_SCRIPT_CYRILLIC);
    CHECK_INT(mt_text_script_of(0x1F600), MT_SCRIPT_OTHER);
}

/* The extractor's fast subset counts what the full measure counts, for
 * ASCII at every alignment and mixed with other scripts. */
static void test_fast_subset_agrees(void)
{
    static const char *const texts[] = {
        "Plain English, with clauses; a colon: and marks! Really? Yes.",
        "Caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d text\xe2\x80\x94" "dash, then more words.",
        "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe6\x96\x87\xe3\x80\x82 ASCII 123 \xe4\xb8\xad\xe6\x96\x87\xef\xbc\x8c",
        "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4\xeb\xa5\xbc\xec\x97\x84\xec\xa3\xbc\xeb\xa1\x9c\xec\x93\xb0\xeb\x8a\x94\xeb\xb6\x99\xec\x97\xac\xec\x93\xb4\xea\xb8\x80 and spaced",
        "\xe0\xb8\xa0\xe0\xb8\xb2\xe0\xb8\xa9\xe0\xb8\xb2\xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2 tab\there\x7f\x01 end",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        /* every suffix, so each byte lands at every position of a block */
        size_t n = strlen(texts[t]);
        for (size_t off = 0; off < n && off < 9; off++) {
            const char *s = texts[t] + off;
            size_t len = n - off;
            mt_text_metrics m;
            mt_text_metrics_clear(&m);
            mt_text_measure(s, len, &m);
            mt_text_length l;
            mt_text_measure_length(s, len, &l);
            CHECK_INT(l.chars, m.chars);
            CHECK_INT(l.clause_marks, m.clause_marks);
            CHECK_INT(l.han, m.han);
            CHECK_INT(l.kana, m.kana);
            CHECK_INT(l.southeast_asian, m.southeast_asian);
            CHECK_INT(l.hangul_unspaced, m.hangul_unspaced);
        }
    }
}

int main(void)
{
    RUN(test_english_words_and_punctuation);
    RUN(test_cyrillic_and_greek);
    RUN(test_japanese);
    RUN(test_chinese);
    RUN(test_same_substance_scores_alike);
    RUN(test_korean_spaced_and_unspaced);
    RUN(test_arabic_and_hebrew);
    RUN(test_thai);
    RUN(test_unicode_spaces_and_bad_bytes);
    RUN(test_accumulates);
    RUN(test_fast_subset_agrees);
    return harness_finish();
}
