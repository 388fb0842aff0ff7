/* test_nfc.c -- Normalization Form C (text/nfc.c) on the cases pages show:
 * accents written apart, several marks out of order, Hangul, Indic
 * scripts, singletons, and text that must come back as it was. The whole
 * Unicode range is compared with Python's in tests/text/nfc_test.py. */
#include "harness.h"
#include "text/nfc.h"

static mt_arena arena;

/* mt_nfc(in) must be `want`, and mt_nfc_quick(in) must be `quick`. */
static void check_nfc(const char *in, const char *want, int quick)
{
    size_t len;
    const char *out = mt_nfc(&arena, in, strlen(in), &len);
    CHECK(out != NULL);
    CHECK_SLICE(out, len, want);
    CHECK_INT(mt_nfc_quick(in, strlen(in)), quick);
}

static void test_text_in_nfc_stays(void)
{
    check_nfc("", "", 1);
    check_nfc("plain ASCII text.", "plain ASCII text.", 1);
    check_nfc("Grüße aus Köln, déjà vu", "Grüße aus Köln, déjà vu", 1);
    check_nfc("日本語のテキスト、한국어 텍스트", "日本語のテキスト、한국어 텍스트", 1);
    /* Bengali with a virama and a nukta: NFC, though marks are present */
    check_nfc("\xE0\xA6\x95\xE0\xA7\x8D\xE0\xA6\xB7", "\xE0\xA6\x95\xE0\xA7\x8D\xE0\xA6\xB7", 1);
}

static void test_accents_written_apart_join(void)
{
    /* u + COMBINING DIAERESIS, e + COMBINING ACUTE */
    check_nfc("Gru\xCC\x88\xC3\x9F" "e, cafe\xCC\x81", "Grüße, café", 0);
    /* a mark at the very start has nothing to join */
    check_nfc("\xCC\x81" "a", "\xCC\x81" "a", 0);
    /* runs to join among long stretches already in NFC, which are copied:
     * a mark after a two-byte letter, one after a three-byte CJK letter
     * (nothing to join), one at the very end */
    check_nfc("Der Stra\xC3\x9F" "enbahn-Fahrplan f\xC3\xBC" "r K\xC3\xB6ln: Zu\xCC\x88ge fahren "
              "\xE6\x97\xA5\xCC\x81 und am Ende cafe\xCC\x81",
              "Der Stra\xC3\x9F" "enbahn-Fahrplan f\xC3\xBC" "r K\xC3\xB6ln: Z\xC3\xBC" "ge fahren "
              "\xE6\x97\xA5\xCC\x81 und am Ende caf\xC3\xA9", 0);
}

static void test_marks_put_in_order(void)
{
    /* e + acute (230) + dot below (220): ordered, the dot joins, the
     * acute stays apart: U+1EB9 U+0301 */
    check_nfc("e\xCC\x81\xCC\xA3", "\xE1\xBA\xB9\xCC\x81", 0);
    /* é written as one, then a dot below: decomposed first, same result */
    check_nfc("\xC3\xA9\xCC\xA3", "\xE1\xBA\xB9\xCC\x81", 0);
    /* two marks of one class keep their order: a + acute + grave */
    check_nfc("a\xCC\x81\xCC\x80", "\xC3\xA1\xCC\x80", 0);
}

static void test_hangul_jamo_join(void)
{
    /* ᄒ ᅡ ᆫ (L V T) -> 한 */
    check_nfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "\xED\x95\x9C", 0);
    /* 하 (LV) + ᆫ (T) -> 한 */
    check_nfc("\xED\x95\x98\xE1\x86\xAB", "\xED\x95\x9C", 0);
}

static void test_singletons_and_exclusions_change(void)
{
    /* ANGSTROM SIGN -> Å; OHM SIGN -> Ω */
    check_nfc("\xE2\x84\xAB \xE2\x84\xA6", "\xC3\x85 \xCE\xA9", 0);
    /* DEVANAGARI LETTER QA is excluded from composition: ka + nukta */
    check_nfc("\xE0\xA5\x98", "\xE0\xA4\x95\xE0\xA4\xBC", 0);
}

static void test_invalid_utf8_left_alone(void)
{
    const char bad[] = "caf\xC3 e\xCC\x81";
    size_t len;
    const char *out = mt_nfc(&arena, bad, sizeof bad - 1, &len);
    CHECK(out == bad);
    CHECK_INT(len, sizeof bad - 1);
}

static void test_long_run_of_marks(void)
{
    /* thousands of stacked marks (hostile "zalgo" text) in reverse class
     * order: ordered by counting, in one pass */
    char in[1 + 2 * 4000 + 1], want[sizeof in];
    size_t n = 0;
    in[n++] = 'x';
    for (int i = 0; i < 2000; i++) {
        in[n++] = '\xCC', in[n++] = '\x81';    /* acute, 230 */
        in[n++] = '\xCC', in[n++] = '\xA3';    /* dot below, 220 */
    }
    in[n] = '\0';
    size_t w = 0;
    want[w++] = 'x';
    for (int i = 0; i < 2000; i++)
        want[w++] = '\xCC', want[w++] = '\xA3';
    for (int i = 0; i < 2000; i++)
        want[w++] = '\xCC', want[w++] = '\x81';
    want[w] = '\0';
    check_nfc(in, want, 0);
}

int main(void)
{
    mt_arena_init(&arena, NULL, 1 << 16, 0);
    RUN(test_text_in_nfc_stays);
    RUN(test_accents_written_apart_join);
    RUN(test_marks_put_in_order);
    RUN(test_hangul_jamo_join);
    RUN(test_singletons_and_exclusions_change);
    RUN(test_invalid_utf8_left_alone);
    RUN(test_long_run_of_marks);
    mt_arena_release(&arena);
    return harness_finish();
}
