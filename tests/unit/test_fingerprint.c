/* test_fingerprint.c -- the main text's SimHash fingerprint
 * (src/text/simhash.c, mt_result_fingerprint): the same words give the
 * same bits whatever their case, punctuation and spacing; a page edited
 * in a word or two stays within a few bits of itself; other pages land
 * about half the bits away. */
#include <stdlib.h>
#include "harness.h"
#include "maintext.h"
#include "text/simhash.h"

static uint64_t simhash_of(const char *s)
{
    mt_simhash h;
    mt_simhash_init(&h);
    mt_simhash_add(&h, s, strlen(s));
    return mt_simhash_end(&h);
}

static int distance(uint64_t a, uint64_t b)
{
    return __builtin_popcountll(a ^ b);
}

/* The fingerprint of a page's main text ("" when the page cannot be read
 * or has none: 0). */
static uint64_t page_fingerprint(const char *html, size_t len)
{
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r = NULL;
    uint64_t f = 0;
    if (ex && mt_extract(ex, html, len, NULL, &r) == MT_OK)
        f = mt_result_fingerprint(r);
    mt_extractor_free(ex);
    return f;
}

static char *fixture(const char *name, size_t *len)
{
    char path[256];
    snprintf(path, sizeof path, "fixtures/pages/%s", name);
    return harness_read_file(path, len);
}

/* Replaces the first `from` after `after` in html (which has room: `to`
 * is no longer than `from`). 1 when it was there. */
static int edit(char *html, const char *after, const char *from, const char *to)
{
    char *at = strstr(html, after);
    at = at ? strstr(at, from) : NULL;
    if (!at || strlen(to) > strlen(from))
        return 0;
    size_t tail = strlen(at + strlen(from));
    memcpy(at, to, strlen(to));
    memmove(at + strlen(to), at + strlen(from), tail + 1);
    return 1;
}

static void test_words_not_their_dress(void)
{
    uint64_t f = simhash_of("The council approved the harbour plan on Tuesday evening.");
    CHECK(f != 0);
    CHECK(f == simhash_of("the COUNCIL approved -- the harbour plan,\n on Tuesday\tevening!"));
    CHECK(f != simhash_of("The council rejected the harbour plan on Tuesday evening."));
    /* pieces read one after another are the text read at once */
    mt_simhash h;
    mt_simhash_init(&h);
    const char *first = "The council approved the", *second = "harbour plan on Tuesday evening.";
    mt_simhash_add(&h, first, strlen(first));
    mt_simhash_add(&h, second, strlen(second));
    CHECK(mt_simhash_end(&h) == f);
    /* no word, no fingerprint; a word alone has one */
    CHECK(simhash_of("") == 0);
    CHECK(simhash_of(" -- !? ... ") == 0);
    CHECK(simhash_of("Harbour") != 0);
    CHECK(simhash_of("Harbour") == simhash_of("harbour."));
    CHECK(simhash_of("harbour plan") != simhash_of("plan harbour"));
    /* Latin, Greek and Cyrillic letters are read without case, as
     * maintext.h and the man page say; other letters as they are */
    CHECK(simhash_of("Harbour PLAN") == simhash_of("harbour plan"));
    CHECK(simhash_of("\xC3\x9C" "ber den Plan") == simhash_of("\xC3\xBC" "ber den Plan"));
    CHECK(simhash_of("\xD0\x9F\xD0\x9B\xD0\x90\xD0\x9D") ==     /* ПЛАН, план */
          simhash_of("\xD0\xBF\xD0\xBB\xD0\xB0\xD0\xBD"));
    CHECK(simhash_of("\xD0\xBF\xD0\xBB\xD0\xB0\xD0\xBD") != simhash_of("plan"));
    /* and beyond them: Romanian's comma letters, Vietnamese, Ukrainian's
     * ghe, Greek capitals with a tonos, Armenian, Turkish's dotted I */
    CHECK(simhash_of("ȘTIRI DIN ȚARĂ") == simhash_of("știri din țară"));
    CHECK(simhash_of("VIỆT NAM ƠI") == simhash_of("việt nam ơi"));
    CHECK(simhash_of("ҐАНОК Έλα Όλοι") == simhash_of("ґанок έλα όλοι"));
    CHECK(simhash_of("ՀԱՅԱՍՏԱՆ") == simhash_of("հայաստան"));
    CHECK(simhash_of("İSTANBUL") == simhash_of("istanbul"));
    CHECK(simhash_of("việt nam") != simhash_of("viet nam"));
    /* Greek's final sigma is its sigma, as Unicode's case folding has it:
     * a word in capitals ends in Σ, in small letters in ς */
    CHECK(simhash_of("ΟΔΟΣ ΚΑΙ ΠΟΛΗ") == simhash_of("οδος και πολη"));
    CHECK(simhash_of("οδος και πολη") == simhash_of("οδοσ και πολη"));
    /* Latin's digraph letters, capital (Ǆ), titlecase (ǅ) and small (ǆ):
     * one word in each form */
    CHECK(simhash_of("ǄEP ǇUDI ǊEGO ǱONG") ==
          simhash_of("ǆep ǉudi ǌego ǳong"));
    CHECK(simhash_of("ǅep ǈudi ǋego ǲong") ==
          simhash_of("ǆep ǉudi ǌego ǳong"));
    /* a soft hyphen inside a word is no break */
    CHECK(simhash_of("harbour plan approved") == simhash_of("har\xC2\xAD" "bour plan approved"));
}

/* Scripts written without spaces: each character is a word. */
static void test_unspaced_scripts(void)
{
    const char *a = "市議会は火曜日の夜、港の計画を承認した。計画は二年間議論されてきた。";
    const char *b = "市議会は水曜日の夜、港の計画を承認した。計画は二年間議論されてきた。";
    uint64_t fa = simhash_of(a);
    CHECK(fa != 0);
    CHECK(fa == simhash_of("市議会は 火曜日の夜 港の計画を承認した 計画は二年間議論されてきた"));
    CHECK(distance(fa, simhash_of(b)) <= 16);
    CHECK(distance(fa, simhash_of(b)) > 0);
}

/* Whole pages: a news article with a word changed and its date line
 * rewritten stays close; another article does not. */
static void test_pages_edited_and_other(void)
{
    size_t len, other_len;
    char *html = fixture("news-article.html", &len);
    char *other = fixture("feature-longread.html", &other_len);
    CHECK(html != NULL && other != NULL);
    if (!html || !other) {
        free(html);
        free(other);
        return;
    }
    uint64_t f = page_fingerprint(html, len);
    uint64_t g = page_fingerprint(other, other_len);
    CHECK(f != 0 && g != 0);
    CHECK(page_fingerprint(html, len) == f);
    CHECK(distance(f, g) >= 16);
    CHECK(edit(html, "<article", "council", "Council"));     /* case only */
    CHECK(page_fingerprint(html, strlen(html)) == f);
    CHECK(edit(html, "<article", " the ", " a "));
    uint64_t edited = page_fingerprint(html, strlen(html));
    CHECK(edited != 0);
    CHECK(distance(f, edited) <= 8);
    free(html);
    free(other);
}

static void test_result_without_text(void)
{
    CHECK(mt_result_fingerprint(NULL) == 0);
    mt_result r;
    memset(&r, 0, sizeof r);
    CHECK(mt_result_fingerprint(&r) == 0);
}

int main(void)
{
    RUN(test_words_not_their_dress);
    RUN(test_unspaced_scripts);
    RUN(test_pages_edited_and_other);
    RUN(test_result_without_text);
    return harness_finish();
}
