/* test_utf8.c -- the one-pass UTF-8 scan and the shortcuts built on it: the
 * parser validates each byte once, so each shortcut must give exactly what
 * the full check gives. */
#include "harness.h"
#include "charset/charset.h"
#include "html/input.h"
#include "util/arena.h"
#include "util/utf8.h"

/* The Encoding Standard's rules written plainly, one byte at a time: the
 * reference the fast scan is held to. */
static size_t reference_valid_prefix(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i], need, lo = 0x80, hi = 0xBF;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; lo = c == 0xE0 ? 0xA0 : 0x80; hi = c == 0xED ? 0x9F : 0xBF; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; lo = c == 0xF0 ? 0x90 : 0x80; hi = c == 0xF4 ? 0x8F : 0xBF; }
        else return i;
        if (len - i <= need || s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (unsigned k = 2; k <= need; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += need + 1;
    }
    return len;
}

static size_t reference_ascii_prefix(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] < 0x80)
        i++;
    return i;
}

/* Sequences worth meeting at every position of a block: well-formed ones of
 * each length and the edges of the ranges, and ill-formed ones (overlong,
 * surrogate, past U+10FFFF, stray continuation, cut short). */
static const char *const pieces[] = {
    "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF",
    "\xE0\xA0\x80", "\xED\x9F\xBF", "\x80", "\xFF", "\xC0\x80", "\xC3", "\xE2\x80",
    "\xE0\x80\x80", "\xED\xA0\x80", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static void test_scan_matches_reference_everywhere(void)
{
    unsigned char buf[80];
    for (size_t k = 0; k < NPIECES; k++) {
        size_t plen = strlen(pieces[k]);
        for (size_t at = 0; at + plen <= 70; at++) {
            memset(buf, 'a', sizeof buf);
            memcpy(buf + at, pieces[k], plen);
            /* every length, so the piece also meets the end of the input */
            for (size_t len = 0; len <= 72; len++) {
                size_t ascii = 12345;
                size_t got = mt_utf8_scan((const char *)buf, len, &ascii);
                CHECK_INT(got, reference_valid_prefix(buf, len));
                CHECK_INT(ascii, reference_ascii_prefix(buf, len));
                CHECK_INT(mt_utf8_valid_prefix((const char *)buf, len), got);
                CHECK_INT(mt_utf8_ascii_prefix((const char *)buf, len), ascii);
            }
        }
    }
}

static void test_scan_of_runs_of_characters(void)
{
    /* Multi-byte runs longer than a SIMD block, then one bad byte. */
    char buf[400];
    size_t n = 0;
    for (int i = 0; i < 60; i++) {
        memcpy(buf + n, "\xD0\x96\xE4\xB8\xAD", 5);
        n += 5;
    }
    size_t ascii;
    CHECK_INT(mt_utf8_scan(buf, n, &ascii), n);
    CHECK_INT(ascii, 0);
    buf[n] = '\xC1';
    CHECK_INT(mt_utf8_scan(buf, n + 1, &ascii), n);
    CHECK_INT(mt_utf8_scan(NULL, 0, &ascii), 0);
    CHECK_INT(ascii, 0);
}

/* mt_input_prepare_checked, told any true character boundary, gives what
 * mt_input_prepare gives. */
static void check_prepare_agrees(const char *in, size_t len)
{
    mt_arena a;
    mt_arena_init(&a, NULL, 0, 0);
    const char *full, *part;
    size_t full_len, part_len;
    CHECK_INT(mt_input_prepare(&a, in, len, &full, &full_len), MT_OK);
    size_t valid = mt_utf8_valid_prefix(in, len);
    for (size_t at = 0; at <= valid; at++) {
        if (at < len && ((unsigned char)in[at] & 0xC0) == 0x80)
            continue;   /* not a boundary */
        CHECK_INT(mt_input_prepare_checked(&a, in, len, at, &part, &part_len), MT_OK);
        CHECK(part_len == full_len && memcmp(part, full, full_len) == 0 && part[part_len] == '\0');
    }
    mt_arena_release(&a);
}

static void test_prepare_with_known_prefix(void)
{
    static const char *const inputs[] = {
        "plain text",
        "line one\r\nline two\r\n",
        "lone\rcarriage\r\rreturns\r",
        "\r\n\r\n",
        "caf\xC3\xA9\r\nna\xC3\xAFve\r",
        "bad \xFF byte\r\nand \xE2\x80 cut",
        "ends with CR\r",
        "ends cut \xF0\x9F\x98",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
        check_prepare_agrees(inputs[i], strlen(inputs[i]));
    /* The CR-only copy keeps an LF that follows a CR in the next run. */
    mt_arena a;
    mt_arena_init(&a, NULL, 0, 0);
    const char *out;
    size_t len;
    CHECK_INT(mt_input_prepare_checked(&a, "a\r\nb\rc\r", 7, 7, &out, &len), MT_OK);
    CHECK_SLICE(out, len, "a\nb\nc\n");
    mt_arena_release(&a);
}

/* The detector over a whole scanned page answers as over its window, also
 * when a character or a stray byte sits at the window's edge. */
static void test_detect_scanned_at_window_edge(void)
{
    const size_t w = MT_CHARSET_DETECT_WINDOW;
    char *buf = malloc(w + 16);
    CHECK(buf != NULL);
    if (!buf)
        return;
    static const char *const tails[] = { "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\x80",
                                         "\xE9", "\xE9t\xE9", "a" };
    size_t checked = 0;
    for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++) {
        for (size_t shift = 0; shift < 6; shift++) {
            for (int early = 0; early < 3; early++) {
                memset(buf, 'x', w + 16);
                if (early == 1)
                    memcpy(buf + 100, "\xC3\xA9", 2);      /* UTF-8 before the edge */
                if (early == 2)
                    buf[100] = '\xE9';                     /* latin1 before the edge */
                size_t at = w - 3 + shift, n = strlen(tails[t]);
                memcpy(buf + at, tails[t], n);
                for (size_t len = at; len <= at + n + 2; len++) {
                    size_t ascii, valid = mt_utf8_scan(buf, len, &ascii);
                    CHECK_INT(mt_charset_detect_scanned(buf, len, valid, ascii),
                              mt_charset_detect(buf, len));
                    checked++;
                }
            }
        }
    }
    CHECK(checked > 500);
    free(buf);
}

int main(void)
{
    RUN(test_scan_matches_reference_everywhere);
    RUN(test_scan_of_runs_of_characters);
    RUN(test_prepare_with_known_prefix);
    RUN(test_detect_scanned_at_window_edge);
    return harness_finish();
}
