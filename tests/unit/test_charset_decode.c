/* test_charset_decode.c -- decoders of src/charset/decode.h, pinned at the
 * characters where the glibc converters and the Encoding Standard part ways
 * (decode.c says which converter each encoding uses and why), on
 * ill-formed input, and on the no-copy promise. */
#include "harness.h"
#include "charset/decode.h"
#include "util/utf8.h"

static mt_arena arena;

/* Decodes and compares with the expected UTF-8. */
#define DECODES(enc, bytes, expect) check_decode(__LINE__, enc, 0, bytes, sizeof bytes - 1, expect)
#define DECODES_FB(bytes, expect) \
    check_decode(__LINE__, MT_ENC_UTF_8, MT_DECODE_UTF8_FALLBACK, bytes, sizeof bytes - 1, expect)

static void check_decode(int line, int enc, unsigned flags, const char *in, size_t len,
                         const char *expect)
{
    const char *out;
    size_t out_len;
    mt_status st = mt_decode(&arena, enc, flags, in, len, &out, &out_len);
    harness_checks++;
    if (st != MT_OK || out_len != strlen(expect) || memcmp(out, expect, out_len) != 0) {
        harness_failures++;
        fprintf(stderr, "%s:%d: %s: %s gave \"%.*s\" (status %d), expected \"%s\"\n", __FILE__,
                line, harness_current, mt_encoding_name(enc), st == MT_OK ? (int)out_len : 0,
                st == MT_OK ? out : "", st, expect);
    }
}

static void test_single_byte(void)
{
    DECODES(MT_ENC_WINDOWS_1252, "caf\xE9 \x80 \x93x\x94", "café € “x”");
    DECODES(MT_ENC_WINDOWS_1252, "\x81\x8D", "\xC2\x81\xC2\x8D");   /* C1, as Windows */
    DECODES(MT_ENC_WINDOWS_1250, "\xB3\xF3" "d\xBC", "łódĽ");
    DECODES(MT_ENC_ISO_8859_2, "\xB3\xF3" "d\xBC", "łódź");
    DECODES(MT_ENC_WINDOWS_1251, "\xCC\xE8\xF0", "Мир");
    DECODES(MT_ENC_KOI8_R, "\xED\xC9\xD2", "Мир");
    DECODES(MT_ENC_KOI8_U, "\xAE\xBE\xA4", "ўЎє");                /* KOI8-RU */
    DECODES(MT_ENC_WINDOWS_1253, "\xC1\xE8\xDE\xED\xE1", "Αθήνα");
    DECODES(MT_ENC_WINDOWS_1253, "\xAA", "\xEF\xBF\xBD");          /* undefined */
    DECODES(MT_ENC_WINDOWS_1255, "\xCA", "\xD6\xBA");              /* U+05BA */
    DECODES(MT_ENC_WINDOWS_1256, "\xE3\xD5\xD1", "مصر");
    DECODES(MT_ENC_ISO_8859_6, "\xE5\xD5\xD1\xA1", "مصر\xEF\xBF\xBD");
    DECODES(MT_ENC_WINDOWS_874, "\xA1\xD2", "กา");
    DECODES(MT_ENC_ISO_8859_8_I, "\xF9\xEC\xE5\xED", "שלום");
    DECODES(MT_ENC_WINDOWS_1258, "a\xEC", "a\xCC\x81");            /* no composing */
    DECODES(MT_ENC_X_USER_DEFINED, "a\x80\xFF", "a\xEF\x9E\x80\xEF\x9F\xBF");
}

static void test_japanese(void)
{
    /* Shift_JIS is CP932: 0x5C is "\", 0x8160 U+FF5E, NEC row 13, IBM rows */
    DECODES(MT_ENC_SHIFT_JIS, "\x93\xfa\x96\x7b\x81\x60\x5c\x7e", "日本～\\~");
    DECODES(MT_ENC_SHIFT_JIS, "\x87\x40\xed\x40\xfa\x40", "①纊ⅰ");
    DECODES(MT_ENC_SHIFT_JIS, "\xb1\x80", "ｱ\xC2\x80");
    /* a bad trail byte: U+FFFD for the lead, the ASCII byte kept */
    DECODES(MT_ENC_SHIFT_JIS, "\x93 a\xa0", "\xEF\xBF\xBD a\xEF\xBF\xBD");
    DECODES(MT_ENC_SHIFT_JIS, "\x93", "\xEF\xBF\xBD");             /* cut off */
    /* EUC-JP through the same index: U+FF5E, rows 13 and 89, JIS X 0212 */
    DECODES(MT_ENC_EUC_JP, "\xc6\xfc\xcb\xdc\xa1\xc1\xad\xa1\xf9\xa1", "日本～①纊");
    DECODES(MT_ENC_EUC_JP, "\x8e\xb1\x8f\xb0\xa1", "ｱ丂");
    DECODES(MT_ENC_EUC_JP, "\xc6" "x", "\xEF\xBF\xBD" "x");
    /* ISO-2022-JP: ASCII, JIS X 0208, Roman (yen, overline), katakana */
    DECODES(MT_ENC_ISO_2022_JP, "a\x1b$BF|K\\\x1b(Bb\x1b(J\\~\x1b(I1\x1b(B", "a日本b¥‾ｱ");
    DECODES(MT_ENC_ISO_2022_JP, "a\x1b$BF", "a\xEF\xBF\xBD");
    DECODES(MT_ENC_ISO_2022_JP, "\x1b$B", "");
}

static void test_chinese_and_korean(void)
{
    DECODES(MT_ENC_GBK, "\xd6\xd0\xce\xc4\x80\xa1\xa3", "中文€。");
    DECODES(MT_ENC_GB18030, "\x81\x30\x81\x30\x90\x30\x81\x30", "\xC2\x80\xF0\x90\x80\x80");
    DECODES(MT_ENC_GBK, "\xd6 a\xff", "\xEF\xBF\xBD a\xEF\xBF\xBD");
    /* Big5 proper from CP950, HKSCS rows from BIG5-HKSCS */
    DECODES(MT_ENC_BIG5, "\xa4\xa4\xa4\xe5\xa1\x45\xa1\xc3\xa3\xe1", "中文‧￣€");
    DECODES(MT_ENC_BIG5, "\xc6\xa1\x87\x40\x88\x62", "①䏰Ê̄");
    DECODES(MT_ENC_BIG5, "\x80\xa4", "\xEF\xBF\xBD\xEF\xBF\xBD");
    /* EUC-KR is Microsoft's UHC, with 0xA2E8 */
    DECODES(MT_ENC_EUC_KR, "\xc7\xd1\xb1\xb9\x81\x41\xa2\xe8\xa2\xe6", "한국갂㉾€");
    DECODES(MT_ENC_EUC_KR, "\xc7" "1", "\xEF\xBF\xBD" "1");
}

static void test_utf16_and_others(void)
{
    DECODES(MT_ENC_UTF_16LE, "h\0i\0=\xd8\x00\xdc", "hi\xF0\x9F\x90\x80");
    DECODES(MT_ENC_UTF_16BE, "\0h\xd8\x3d", "h\xEF\xBF\xBD");     /* lone surrogate */
    DECODES(MT_ENC_UTF_16BE, "\0h\0", "h\xEF\xBF\xBD");           /* odd byte */
    DECODES(MT_ENC_UTF_16LE, "\x00\xdc" "a\0", "\xEF\xBF\xBD" "a");
    DECODES(MT_ENC_REPLACEMENT, "anything", "\xEF\xBF\xBD");
    DECODES(MT_ENC_REPLACEMENT, "", "");
}

/* The stray-byte fallback for pages declared UTF-8 (sniff.c). */
static void test_utf8_fallback(void)
{
    DECODES_FB("caf\xC3\xA9 M\xFCnchen \x92s", "café München ’s");
    DECODES_FB("cut \xE2\x80", "cut \xEF\xBF\xBD");              /* damaged UTF-8 */
    DECODES_FB("\xE4" "x\xC3", "äxÃ");
    DECODES_FB("\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80");
    /* U+1F600 as its surrogate halves, each written as UTF-8 writes a
     * character (CESU-8); a lone half is damaged UTF-8 */
    DECODES_FB("ok \xED\xA0\xBD\xED\xB8\x80!", "ok \xF0\x9F\x98\x80!");
    DECODES_FB("\xED\xAF\xBF\xED\xBF\xBF", "\xF4\x8F\xBF\xBF");     /* U+10FFFF */
    DECODES_FB("\xED\xA0\xBD x", "\xEF\xBF\xBD x");
    DECODES_FB("\xED\xA0\xBD\xED\xA0\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD");   /* two high halves */
}

/* Valid UTF-8, and ASCII in any ASCII-compatible encoding, are not copied. */
static void test_no_copy(void)
{
    static const char utf8[] = "Gr\xC3\xBC\xC3\x9F" "e";
    static const char ascii[] = "plain <b>ASCII</b>";
    const char *out;
    size_t len;
    CHECK_INT(mt_decode(&arena, MT_ENC_UTF_8, 0, utf8, sizeof utf8 - 1, &out, &len), MT_OK);
    CHECK(out == utf8);
    CHECK_INT(mt_decode(&arena, MT_ENC_UTF_8, MT_DECODE_UTF8_FALLBACK, utf8, sizeof utf8 - 1, &out,
                        &len), MT_OK);
    CHECK(out == utf8);
    CHECK_INT(mt_decode(&arena, MT_ENC_SHIFT_JIS, 0, ascii, sizeof ascii - 1, &out, &len), MT_OK);
    CHECK(out == ascii);
    CHECK_INT(mt_decode(&arena, MT_ENC_ISO_2022_JP, 0, ascii, sizeof ascii - 1, &out, &len), MT_OK);
    CHECK(out != ascii);    /* not ASCII-compatible: decoded, to the same text */
    CHECK_SLICE(out, len, ascii);
    CHECK_INT(mt_decode(&arena, 99, 0, ascii, 3, &out, &len), MT_ERR_INVALID_ARG);
}

/* Every byte value after every lead byte: nothing crashes, reads past the
 * input (ASan), or yields ill-formed UTF-8. */
static void test_all_pairs_are_well_formed(void)
{
    static const int encs[] = { MT_ENC_SHIFT_JIS, MT_ENC_EUC_JP, MT_ENC_ISO_2022_JP, MT_ENC_GBK,
                                MT_ENC_BIG5, MT_ENC_EUC_KR, MT_ENC_UTF_16LE, MT_ENC_KOI8_U };
    char *in = malloc(256 * 3);
    int ok = 1;
    for (size_t e = 0; e < sizeof encs / sizeof encs[0]; e++)
        for (int lead = 0x80; lead < 0x100; lead++) {
            for (int t = 0; t < 256; t++) {
                in[t * 3] = (char)lead;
                in[t * 3 + 1] = (char)t;
                in[t * 3 + 2] = (char)(t & 0x7F ? t : ' ');
            }
            const char *out;
            size_t len;
            mt_arena_reset(&arena);
            if (mt_decode(&arena, encs[e], 0, in, 256 * 3, &out, &len) != MT_OK ||
                mt_utf8_valid_prefix(out, len) != len)
                ok = 0;
        }
    CHECK(ok);
    free(in);
}

int main(void)
{
    mt_arena_init(&arena, NULL, 0, 0);
    RUN(test_single_byte);
    RUN(test_japanese);
    RUN(test_chinese_and_korean);
    RUN(test_utf16_and_others);
    RUN(test_utf8_fallback);
    RUN(test_no_copy);
    RUN(test_all_pairs_are_well_formed);
    mt_arena_release(&arena);
    return harness_finish();
}
