/* test_charset.c -- labels, BOM and <meta> sniffing, the encoding
 * determination and its departures from browsers, and mt_parse's use of
 * them (src/charset/charset.h). Decoders: test_charset_decode.c. */
#include <stdlib.h>
#include "harness.h"
#include "charset/charset.h"
#include "maintext.h"

static int label(const char *s)
{
    return mt_encoding_from_label(s, strlen(s));
}

static void test_labels(void)
{
    CHECK_INT(label("utf-8"), MT_ENC_UTF_8);
    CHECK_INT(label("  UTF8\t"), MT_ENC_UTF_8);          /* trimmed, any case */
    CHECK_INT(label("latin1"), MT_ENC_WINDOWS_1252);     /* the web's Latin-1 */
    CHECK_INT(label("ISO-8859-1"), MT_ENC_WINDOWS_1252);
    CHECK_INT(label("us-ascii"), MT_ENC_WINDOWS_1252);
    CHECK_INT(label("gb2312"), MT_ENC_GBK);
    CHECK_INT(label("x-sjis"), MT_ENC_SHIFT_JIS);
    CHECK_INT(label("windows-31j"), MT_ENC_SHIFT_JIS);
    CHECK_INT(label("ks_c_5601-1987"), MT_ENC_EUC_KR);
    CHECK_INT(label("big5-hkscs"), MT_ENC_BIG5);
    CHECK_INT(label("tis-620"), MT_ENC_WINDOWS_874);
    CHECK_INT(label("iso-8859-9"), MT_ENC_WINDOWS_1254);
    CHECK_INT(label("koi8-ru"), MT_ENC_KOI8_U);
    CHECK_INT(label("iso-2022-kr"), MT_ENC_REPLACEMENT);
    CHECK_INT(label("utf-16"), MT_ENC_UTF_16LE);
    CHECK_INT(label("unicodefffe"), MT_ENC_UTF_16BE);
    CHECK_INT(label("utf-9"), MT_ENC_NONE);
    CHECK_INT(label("utf-8 "), MT_ENC_UTF_8);
    CHECK_INT(label("utf -8"), MT_ENC_NONE);
    CHECK_INT(label(""), MT_ENC_NONE);
    CHECK_INT(label("x-unicode20utf8-and-a-great-deal-more"), MT_ENC_NONE);
    CHECK_STR(mt_encoding_name(MT_ENC_SHIFT_JIS), "Shift_JIS");
    CHECK_STR(mt_encoding_name(MT_ENC_GB18030), "gb18030");
    CHECK_STR(mt_encoding_name(-1), "windows-1252");
    /* Every label in the generated table finds its own encoding. */
    int all = 1;
    for (size_t i = 0; i < mt_encoding_label_count; i++)
        all &= label(mt_encoding_labels[i].label) == mt_encoding_labels[i].encoding;
    CHECK(all);
    CHECK_INT(mt_encoding_label_count, 228);
}

static void test_bom(void)
{
    size_t n;
    CHECK_INT(mt_charset_sniff_bom("\xEF\xBB\xBFx", 4, &n), MT_ENC_UTF_8);
    CHECK_INT(n, 3);
    CHECK_INT(mt_charset_sniff_bom("\xFE\xFF", 2, &n), MT_ENC_UTF_16BE);
    CHECK_INT(mt_charset_sniff_bom("\xFF\xFE<\0", 4, &n), MT_ENC_UTF_16LE);
    CHECK_INT(n, 2);
    CHECK_INT(mt_charset_sniff_bom("\xEF\xBB", 2, &n), MT_ENC_NONE);
    CHECK_INT(n, 0);
}

static int prescan(const char *s)
{
    return mt_charset_prescan(s, strlen(s));
}

static void test_prescan(void)
{
    CHECK_INT(prescan("<meta charset=shift_jis>"), MT_ENC_SHIFT_JIS);
    CHECK_INT(prescan("<META CHARSET='EUC-JP'>"), MT_ENC_EUC_JP);
    CHECK_INT(prescan("<meta http-equiv=content-type content='text/html;charset=koi8-r'>"),
              MT_ENC_KOI8_R);
    /* content= without http-equiv is not a declaration */
    CHECK_INT(prescan("<meta content='text/html; charset=koi8-r'>"), MT_ENC_NONE);
    /* a <meta> inside a comment or an attribute value does not count */
    CHECK_INT(prescan("<!-- <meta charset=big5> --><meta charset=gbk>"), MT_ENC_GBK);
    CHECK_INT(prescan("<p title='<meta charset=big5>'><meta charset=euc-kr>"), MT_ENC_EUC_KR);
    /* UTF-16 named in an ASCII page means UTF-8; x-user-defined windows-1252 */
    CHECK_INT(prescan("<meta charset=utf-16le>"), MT_ENC_UTF_8);
    CHECK_INT(prescan("<meta charset=x-user-defined>"), MT_ENC_WINDOWS_1252);
    /* an unknown label is skipped; the next <meta> is read */
    CHECK_INT(prescan("<meta charset=bogus><meta charset=iso-8859-7>"), MT_ENC_ISO_8859_7);
    /* the first declaration wins; a repeated attribute is ignored */
    CHECK_INT(prescan("<meta charset=big5 charset=gbk>"), MT_ENC_BIG5);
    /* unterminated: nothing */
    CHECK_INT(prescan("<meta charset=euc-jp"), MT_ENC_NONE);
    /* only the first 1024 bytes are read */
    char page[2100];
    memset(page, ' ', sizeof page);
    memcpy(page + 1100, "<meta charset=big5>", 19);
    CHECK_INT(mt_charset_prescan(page, sizeof page), MT_ENC_NONE);
    CHECK_INT(mt_charset_prescan_n(page, sizeof page, 2100), MT_ENC_BIG5);
}

static int content(const char *s)
{
    return mt_charset_from_meta_content(s, strlen(s));
}

static void test_meta_content(void)
{
    CHECK_INT(content("text/html; charset=ISO-8859-2"), MT_ENC_ISO_8859_2);
    CHECK_INT(content("text/html;charset = \"windows-1251\""), MT_ENC_WINDOWS_1251);
    CHECK_INT(content("text/html; charset='utf-8"), MT_ENC_NONE);    /* unmatched quote */
    CHECK_INT(content("charsetcharset=koi8-r"), MT_ENC_KOI8_R);
    CHECK_INT(content("text/html; charset="), MT_ENC_NONE);
    CHECK_INT(content("charset=gbk;q=1"), MT_ENC_GBK);
    CHECK_INT(mt_charset_from_meta_attributes(NULL, 0, "Content-Type", 12, "text/html; charset=big5",
                                              23), MT_ENC_BIG5);
    CHECK_INT(mt_charset_from_meta_attributes(NULL, 0, "refresh", 7, "charset=big5", 12),
              MT_ENC_NONE);
    CHECK_INT(mt_charset_from_meta_attributes("utf-16be", 8, NULL, 0, NULL, 0), MT_ENC_UTF_8);
}

static mt_charset_choice determine(const char *page, const char *transport)
{
    mt_charset_choice c;
    mt_charset_determine(page, strlen(page), transport, &c);
    return c;
}

static void test_determine_order(void)
{
    mt_charset_choice c = determine("\xEF\xBB\xBF<meta charset=big5>", "koi8-r");
    CHECK_INT(c.encoding, MT_ENC_UTF_8);
    CHECK_INT(c.source, MT_ENCSRC_BOM);
    CHECK_INT(c.bom_len, 3);
    c = determine("<meta charset=big5>caf\xE9", "koi8-r");
    CHECK_INT(c.encoding, MT_ENC_KOI8_R);
    CHECK_INT(c.source, MT_ENCSRC_TRANSPORT);
    c = determine("<meta charset=big5>", NULL);
    CHECK_INT(c.encoding, MT_ENC_BIG5);
    CHECK_INT(c.source, MT_ENCSRC_META);
    CHECK(!c.tentative);
    c = determine("<p>plain ASCII</p>", NULL);
    CHECK_INT(c.encoding, MT_ENC_WINDOWS_1252);
    CHECK_INT(c.source, MT_ENCSRC_DEFAULT);
    CHECK(c.tentative);
    c = determine("<p>Gr\xFC\xDF" "e aus M\xFCnchen</p>", NULL);
    CHECK_INT(c.encoding, MT_ENC_WINDOWS_1252);
    CHECK_INT(c.source, MT_ENCSRC_DETECTED);
    mt_charset_choice u;
    CHECK_INT(mt_charset_determine("x", 1, "utf-9", &u), MT_ERR_UNKNOWN_ENCODING);
    CHECK_INT(u.encoding, MT_ENC_WINDOWS_1252);   /* as if there were no label */
}

/* The two departures from browsers (sniff.c). */
static void test_determine_departures(void)
{
    /* declared latin1, but valid UTF-8 with multi-byte sequences: UTF-8 */
    mt_charset_choice c = determine("<meta charset=iso-8859-1><p>caf\xC3\xA9</p>", NULL);
    CHECK_INT(c.encoding, MT_ENC_UTF_8);
    CHECK_INT(c.source, MT_ENCSRC_DETECTED);
    /* ... but ASCII-only stays what it declares */
    c = determine("<meta charset=iso-8859-2><p>cafe</p>", NULL);
    CHECK_INT(c.encoding, MT_ENC_ISO_8859_2);
    /* declared UTF-8, valid UTF-8 with a stray windows-1252 byte: fallback */
    c = determine("<meta charset=utf-8><p>caf\xC3\xA9 and M\xFCnchen</p>", NULL);
    CHECK_INT(c.encoding, MT_ENC_UTF_8);
    CHECK(c.utf8_fallback);
    CHECK_INT(c.source, MT_ENCSRC_META);
    /* ... and with more stray bytes than sequences, each standing alone */
    c = determine("<meta charset=utf-8><p>\xE2\x80\x9Cok\xE2\x80\x9D, don\x92t, it\x92s, "
                  "\x93quoted\x94</p>", NULL);
    CHECK(c.utf8_fallback);
    /* declared UTF-8, Shift_JIS, a pair of its bytes now and then a UTF-8
     * sequence by chance: detected, not read as stray windows-1252 bytes */
    c = determine("<meta charset=utf-8><title>\x83" "e\x83X\x83g</title><p>"
                  "\x93\xFA\x96{\x8C\xEA\x82\xCC\x83" "e\x83L\x83X\x83g\x82\xC5\x82\xB7\x81" "B"
                  "\x82\xB1\x82\xEA\x82\xCD\x8BL\x8E\x96\x82\xCC\x96{\x95\xB6\x82\xC5\x82\xA0"
                  "\x82\xE8\x81" "A\x8F\\\x95\xAA\x82\xC8\x92\xB7\x82\xB3\x82\xF0\x8E\x9D\x82\xC2"
                  "\x92i\x97\x8E\x82\xC5\x82\xB7\x81" "B</p>", NULL);
    CHECK(!c.utf8_fallback);
    CHECK_INT(c.encoding, MT_ENC_SHIFT_JIS);
    CHECK_INT(c.source, MT_ENCSRC_DETECTED);
    /* declared UTF-8, no valid multi-byte sequence at all: detected */
    c = determine("<meta charset=utf-8><p>\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0!</p>", NULL);
    CHECK_INT(c.encoding, MT_ENC_WINDOWS_1251);
    CHECK_INT(c.source, MT_ENCSRC_DETECTED);
}

/* Hebrew in windows-1255 reads as small Cyrillic letters in windows-1251,
 * every one of them, with nothing else against it; its final forms, each
 * at a word's end, tell it. Russian in windows-1251 stays what it is, also
 * all in capitals or all in small letters (as a headline or a chat is
 * written), and so does Greek in windows-1253. */
#define HEBREW_1255 "\xFA\xEC \xE0\xE1\xE9\xE1 \xEE\xF9\xE9\xF7\xE4 \xF7\xE5 \xF8\xEB\xE1\xFA " \
    "\xF7\xEC\xE4 \xE7\xE3\xF9 \xF9\xE9\xE7\xE1\xF8 \xE0\xFA \xEE\xF8\xEB\xE6 \xE4\xF2\xE9\xF8 " \
    "\xEC\xF9\xEB\xE5\xF0\xE5\xFA \xE4\xE3\xF8\xE5\xED \xE1\xFA\xE5\xEA \xF9\xF0\xFA\xE9\xE9\xED"
#define RUSSIAN_1251 "\xCC\xEE\xF1\xEA\xE2\xE0 \xE3\xEE\xF2\xEE\xE2\xE8\xF2\xF1\xFF \xEA " \
    "\xE7\xE8\xEC\xE5: \xE3\xEE\xF0\xEE\xE4\xF1\xEA\xE8\xE5 \xF1\xEB\xF3\xE6\xE1\xFB " \
    "\xEF\xF0\xEE\xE2\xE5\xF0\xFF\xFE\xF2 \xEE\xF2\xEE\xEF\xEB\xE5\xED\xE8\xE5"

/* Greek in windows-1253, as written, in capitals and in small letters. */
#define GREEK_1253 "\xD7\xE8\xE5\xF2 \xF4\xEF \xE2\xF1\xDC\xE4\xF5 \xF3\xF4\xEF " \
    "\xE4\xE7\xEC\xEF\xF4\xE9\xEA\xFC \xF0\xDC\xF1\xEA\xEF \xE7 \xEF\xF1\xF7\xDE\xF3\xF4\xF1\xE1 " \
    "\xDD\xF0\xE1\xE9\xE6\xE5 \xEC\xEF\xF5\xF3\xE9\xEA\xDE"
#define GREEK_1253_CAPITALS "\xD7\xC8\xC5\xD3 \xD4\xCF \xC2\xD1\xA2\xC4\xD5 \xD3\xD4\xCF " \
    "\xC4\xC7\xCC\xCF\xD4\xC9\xCA\xBC \xD0\xA2\xD1\xCA\xCF \xC7 \xCF\xD1\xD7\xB9\xD3\xD4\xD1\xC1 " \
    "\xB8\xD0\xC1\xC9\xC6\xC5 \xCC\xCF\xD5\xD3\xC9\xCA\xB9"
#define GREEK_1253_SMALL "\xF7\xE8\xE5\xF2 \xF4\xEF \xE2\xF1\xDC\xE4\xF5 \xF3\xF4\xEF " \
    "\xE4\xE7\xEC\xEF\xF4\xE9\xEA\xFC \xF0\xDC\xF1\xEA\xEF \xE7 \xEF\xF1\xF7\xDE\xF3\xF4\xF1\xE1 " \
    "\xDD\xF0\xE1\xE9\xE6\xE5 \xEC\xEF\xF5\xF3\xE9\xEA\xDE"

/* A windows-1251 text `s` with its Cyrillic letters in one case: capitals
 * are 0xC0-0xDF, their small letters 0x20 above. */
static char *in_one_case(const char *s, int upper)
{
    size_t n = strlen(s);
    char *t = malloc(n + 1);
    if (!t)
        return NULL;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (upper && c >= 0xE0)
            c = (unsigned char)(c - 0x20);
        else if (!upper && c >= 0xC0 && c <= 0xDF)
            c = (unsigned char)(c + 0x20);
        t[i] = (char)c;
    }
    return t;
}

static void test_detect_hebrew_and_cyrillic(void)
{
    const char *he = "<title>" HEBREW_1255 "</title><p>" HEBREW_1255 "</p>";
    CHECK_INT(mt_charset_detect(he, strlen(he)), MT_ENC_WINDOWS_1255);
    const char *ru = "<title>" RUSSIAN_1251 "</title><p>" RUSSIAN_1251 "</p>";
    CHECK_INT(mt_charset_detect(ru, strlen(ru)), MT_ENC_WINDOWS_1251);
    const char *greek[] = { "<p>" GREEK_1253 "</p>",
                            "<p>" GREEK_1253_CAPITALS "</p>",
                            "<p>" GREEK_1253_SMALL "</p>" };
    for (int k = 0; k < 3; k++)
        CHECK_INT(mt_charset_detect(greek[k], strlen(greek[k])), MT_ENC_WINDOWS_1253);
    for (int upper = 0; upper <= 1; upper++) {
        char *one = in_one_case(ru, upper);
        if (one)
            CHECK_INT(mt_charset_detect(one, strlen(one)), MT_ENC_WINDOWS_1251);
        free(one);
    }
}

/* Short pages, where one mark decides: a Russian headline whose words end
 * in "т" (windows-1253's final sigma), Hebrew whose words end in ayin (the
 * same byte), a Hebrew headline with no final form at all, Greek with none
 * of its final sigma. */
static void test_detect_short_headlines(void)
{
    static const struct {
        const char *page;
        int want;
    } pages[] = {
        { "<p>\xD1\xEE\xE2\xE5\xF2 \xEE\xE1\xF1\xF3\xE4\xE8\xF2 \xE1\xFE\xE4\xE6\xE5\xF2</p>",
          MT_ENC_WINDOWS_1251 },
        { "<p>\xF8\xE0\xF9 \xE4\xEE\xEE\xF9\xEC\xE4 \xE4\xE5\xE3\xE9\xF2 \xEB\xE9 "
          "\xE4\xEE\xF9\xEC\xE7\xFA \xFA\xE2\xE9\xF2 \xEC\xF7\xE4\xE9\xF8 \xE1\xFA\xE7\xE9\xEC\xFA "
          "\xE4\xF9\xE1\xE5\xF2 \xE4\xE1\xE0.</p>", MT_ENC_WINDOWS_1255 },
        { "<title>\xE4\xEE\xEE\xF9\xEC\xE4 \xE0\xE9\xF9\xF8\xE4 \xE0\xFA \xE4\xFA\xF7\xF6\xE9\xE1</title>"
          "<h1>\xE4\xEE\xEE\xF9\xEC\xE4 \xE0\xE9\xF9\xF8\xE4 \xE0\xFA \xE4\xFA\xF7\xF6\xE9\xE1</h1>"
          "<p>\xE4\xEE\xEE\xF9\xEC\xE4 \xE0\xE9\xF9\xF8\xE4 \xE4\xEC\xE9\xEC\xE4 \xE0\xFA \xE4\xF6\xF2\xFA "
          "\xE4\xFA\xF7\xF6\xE9\xE1 \xEC\xF9\xF0\xE4 \xE4\xE1\xE0\xE4.</p>", MT_ENC_WINDOWS_1255 },
        { "<title>\xD4\xE9 \xE1\xEB\xEB\xDC\xE6\xE5\xE9 \xF3\xF4\xE7 \xF6\xEF\xF1\xEF\xEB\xEF\xE3\xDF\xE1</title>"
          "<h1>\xD4\xE9 \xE1\xEB\xEB\xDC\xE6\xE5\xE9 \xF3\xF4\xE7 \xF6\xEF\xF1\xEF\xEB\xEF\xE3\xDF\xE1</h1>"
          "<p>\xD4\xE9 \xE1\xEB\xEB\xDC\xE6\xE5\xE9 \xF3\xF4\xE7 \xF6\xEF\xF1\xEF\xEB\xEF\xE3\xDF\xE1.</p>",
          MT_ENC_WINDOWS_1253 },
    };
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++)
        CHECK_INT(mt_charset_detect(pages[k].page, strlen(pages[k].page)), pages[k].want);
}

/* Russian in KOI8-R all in small letters or all in capitals reads in
 * windows-1251 as Cyrillic in one case too; its commonest letters tell
 * them apart. Belarusian, whose commonest letters are fewer (о, е, а... but
 * no и), stays windows-1251 in every case. */
#define RUSSIAN_KOI8R_SMALL "\xCD\xD9 \xC4\xCF\xCC\xC7\xCF \xD3\xD0\xCF\xD2\xC9\xCC\xC9 \xCF " \
    "\xD4\xCF\xCD, \xCB\xD5\xC4\xC1 \xD0\xCF\xC5\xC8\xC1\xD4\xD8 \xCC\xC5\xD4\xCF\xCD: \xCE\xC1 " \
    "\xCD\xCF\xD2\xC5 \xC9\xCC\xC9 \xD7 \xC7\xCF\xD2\xD9. \xD7 \xCB\xCF\xCE\xC3\xC5 " \
    "\xCB\xCF\xCE\xC3\xCF\xD7 \xD2\xC5\xDB\xC9\xCC\xC9, \xDE\xD4\xCF " \
    "\xCF\xD4\xD0\xD2\xC1\xD7\xC9\xCD\xD3\xD1 \xCE\xC1 \xCF\xDA\xC5\xD2\xCF."
#define RUSSIAN_KOI8R_CAPITALS "\xED\xF9 \xE4\xEF\xEC\xE7\xEF \xF3\xF0\xEF\xF2\xE9\xEC\xE9 \xEF " \
    "\xF4\xEF\xED, \xEB\xF5\xE4\xE1 \xF0\xEF\xE5\xE8\xE1\xF4\xF8 \xEC\xE5\xF4\xEF\xED: \xEE\xE1 " \
    "\xED\xEF\xF2\xE5 \xE9\xEC\xE9 \xF7 \xE7\xEF\xF2\xF9. \xF7 \xEB\xEF\xEE\xE3\xE5 " \
    "\xEB\xEF\xEE\xE3\xEF\xF7 \xF2\xE5\xFB\xE9\xEC\xE9, \xFE\xF4\xEF " \
    "\xEF\xF4\xF0\xF2\xE1\xF7\xE9\xED\xF3\xF1 \xEE\xE1 \xEF\xFA\xE5\xF2\xEF."

static void test_detect_koi8r_in_one_case(void)
{
    const char *small = "<p>" RUSSIAN_KOI8R_SMALL "</p>";
    CHECK_INT(mt_charset_detect(small, strlen(small)), MT_ENC_KOI8_R);
    const char *capitals = "<p>" RUSSIAN_KOI8R_CAPITALS "</p>";
    CHECK_INT(mt_charset_detect(capitals, strlen(capitals)), MT_ENC_KOI8_R);
    const char *belarusian[] = {
        "<p>\xC1\xE5\xEB\xE0\xF0\xF3\xF1\xEA\xE0\xFF \xEC\xEE\xE2\xE0 \xED\xE0\xEB\xE5\xE6\xFB"
        "\xF6\xFC \xE4\xE0 \xA2\xF1\xF5\xEE\xE4\xED\xE5\xF1\xEB\xE0\xE2\xFF\xED\xF1\xEA\xE0\xE9 "
        "\xE3\xF0\xF3\xEF\xFB. \xCD\xE0 \xB8\xE9 \xF0\xE0\xE7\xEC\xE0\xA2\xEB\xFF\xFE\xF6\xFC "
        "\xEC\xB3\xEB\xFC\xB8\xED\xFB \xEB\xFE\xE4\xE7\xE5\xE9, \xFF\xED\xE0 \xEC\xE0\xE5 "
        "\xE1\xE0\xE3\xE0\xF2\xF3\xFE \xEB\xB3\xF2\xE0\xF0\xE0\xF2\xF3\xF0\xF3 \xB3 "
        "\xE4\xEE\xA2\xE3\xF3\xFE \xE3\xB3\xF1\xF2\xEE\xF0\xFB\xFE.</p>",
        "<p>\xE1\xE5\xEB\xE0\xF0\xF3\xF1\xEA\xE0\xFF \xEC\xEE\xE2\xE0 \xED\xE0\xEB\xE5\xE6\xFB"
        "\xF6\xFC \xE4\xE0 \xA2\xF1\xF5\xEE\xE4\xED\xE5\xF1\xEB\xE0\xE2\xFF\xED\xF1\xEA\xE0\xE9 "
        "\xE3\xF0\xF3\xEF\xFB. \xED\xE0 \xB8\xE9 \xF0\xE0\xE7\xEC\xE0\xA2\xEB\xFF\xFE\xF6\xFC "
        "\xEC\xB3\xEB\xFC\xB8\xED\xFB \xEB\xFE\xE4\xE7\xE5\xE9, \xFF\xED\xE0 \xEC\xE0\xE5 "
        "\xE1\xE0\xE3\xE0\xF2\xF3\xFE \xEB\xB3\xF2\xE0\xF0\xE0\xF2\xF3\xF0\xF3 \xB3 "
        "\xE4\xEE\xA2\xE3\xF3\xFE \xE3\xB3\xF1\xF2\xEE\xF0\xFB\xFE.</p>",
        "<p>\xC1\xC5\xCB\xC0\xD0\xD3\xD1\xCA\xC0\xDF \xCC\xCE\xC2\xC0 \xCD\xC0\xCB\xC5\xC6\xDB"
        "\xD6\xDC \xC4\xC0 \xA1\xD1\xD5\xCE\xC4\xCD\xC5\xD1\xCB\xC0\xC2\xDF\xCD\xD1\xCA\xC0\xC9 "
        "\xC3\xD0\xD3\xCF\xDB. \xCD\xC0 \xA8\xC9 \xD0\xC0\xC7\xCC\xC0\xA1\xCB\xDF\xDE\xD6\xDC "
        "\xCC\xB2\xCB\xDC\xA8\xCD\xDB \xCB\xDE\xC4\xC7\xC5\xC9, \xDF\xCD\xC0 \xCC\xC0\xC5 "
        "\xC1\xC0\xC3\xC0\xD2\xD3\xDE \xCB\xB2\xD2\xC0\xD0\xC0\xD2\xD3\xD0\xD3 \xB2 "
        "\xC4\xCE\xA1\xC3\xD3\xDE \xC3\xB2\xD1\xD2\xCE\xD0\xDB\xDE.</p>",
    };
    for (int k = 0; k < 3; k++)
        CHECK_INT(mt_charset_detect(belarusian[k], strlen(belarusian[k])), MT_ENC_WINDOWS_1251);
}

/* Russian whose bytes are all Hebrew letters in windows-1255: in small
 * letters without я, ы, ь, э, ю in windows-1251 ("в городе стоит дом..."),
 * or a short headline and sentence in capitals in KOI8-R ("НОВОСТИ ДНЯ",
 * "В ЦЕНТРЕ ГОРОДА ОТКРЫЛИ НОВЫЙ ПАРК ДЛЯ ДЕТЕЙ"). Read as Hebrew, their
 * final letter forms stand inside words and the other forms at their ends,
 * as Hebrew never writes them. */
#define RUSSIAN_1251_HEBREW_BYTES "\xE2 \xE3\xEE\xF0\xEE\xE4\xE5 \xF1\xF2\xEE\xE8\xF2 " \
    "\xE4\xEE\xEC, \xE8 \xEA\xE0\xE6\xE4\xEE\xE5 \xF3\xF2\xF0\xEE \xF1\xEE\xEB\xED\xF6\xE5 " \
    "\xE2\xF1\xF2\xE0\xE5\xF2 \xED\xE0\xE4 \xE5\xE3\xEE \xF1\xE0\xE4\xEE\xEC. \xED\xE0 " \
    "\xF3\xEB\xE8\xF6\xE5 \xF2\xE8\xF5\xEE, \xE8 \xE2\xE5\xF2\xE5\xF0 \xF8\xF3\xEC\xE8\xF2 \xE2 " \
    "\xEB\xE8\xF1\xF2\xE2\xE5, \xE0 \xE3\xE4\xE5-\xF2\xEE \xE4\xE0\xEB\xE5\xEA\xEE " \
    "\xEF\xEE\xE5\xF2 \xEF\xF2\xE8\xF6\xE0."
#define KOI8R_CAPITALS_TITLE "\xEE\xEF\xF7\xEF\xF3\xF4\xE9 \xE4\xEE\xF1"
#define KOI8R_CAPITALS_SENTENCE "\xF7 \xE3\xE5\xEE\xF4\xF2\xE5 \xE7\xEF\xF2\xEF\xE4\xE1 " \
    "\xEF\xF4\xEB\xF2\xF9\xEC\xE9 \xEE\xEF\xF7\xF9\xEA \xF0\xE1\xF2\xEB \xE4\xEC\xF1 " \
    "\xE4\xE5\xF4\xE5\xEA"

static void test_detect_russian_in_hebrew_bytes(void)
{
    const char *small = "<title>\xED\xEE\xE2\xEE\xF1\xF2\xE8</title><p>" RUSSIAN_1251_HEBREW_BYTES "</p>";
    CHECK_INT(mt_charset_detect(small, strlen(small)), MT_ENC_WINDOWS_1251);
    const char *capitals = "<title>" KOI8R_CAPITALS_TITLE "</title><h1>" KOI8R_CAPITALS_TITLE
                           "</h1><p>" KOI8R_CAPITALS_SENTENCE "</p>";
    CHECK_INT(mt_charset_detect(capitals, strlen(capitals)), MT_ENC_KOI8_R);
}

/* A headline and a sentence in KOI8-R in one case ("КУРС РУБЛЯ", "Доллар
 * подешевел на торгах в понедельник утром"), too few letters for the
 * share of Cyrillic's commonest letters to tell it from windows-1251, in
 * which it reads as clean Cyrillic in the other case: the rarest letters
 * (ф, й, ч... of т, и, в) tell it. */
#define KOI8R_TITLE_CAPITALS "\xEB\xF5\xF2\xF3 \xF2\xF5\xE2\xEC\xF1"
#define KOI8R_SENTENCE_CAPITALS "\xE4\xEF\xEC\xEC\xE1\xF2 \xF0\xEF\xE4\xE5\xFB\xE5\xF7\xE5\xEC " \
    "\xEE\xE1 \xF4\xEF\xF2\xE7\xE1\xE8 \xF7 \xF0\xEF\xEE\xE5\xE4\xE5\xEC\xF8\xEE\xE9\xEB " \
    "\xF5\xF4\xF2\xEF\xED"
#define KOI8R_TITLE_SMALL "\xCB\xD5\xD2\xD3 \xD2\xD5\xC2\xCC\xD1"
#define KOI8R_SENTENCE_SMALL "\xC4\xCF\xCC\xCC\xC1\xD2 \xD0\xCF\xC4\xC5\xDB\xC5\xD7\xC5\xCC " \
    "\xCE\xC1 \xD4\xCF\xD2\xC7\xC1\xC8 \xD7 \xD0\xCF\xCE\xC5\xC4\xC5\xCC\xD8\xCE\xC9\xCB " \
    "\xD5\xD4\xD2\xCF\xCD"

static void test_detect_short_koi8r_in_one_case(void)
{
    const char *capitals = "<title>" KOI8R_TITLE_CAPITALS "</title><h1>" KOI8R_TITLE_CAPITALS
                           "</h1><p>" KOI8R_SENTENCE_CAPITALS "</p>";
    CHECK_INT(mt_charset_detect(capitals, strlen(capitals)), MT_ENC_KOI8_R);
    const char *small = "<title>" KOI8R_TITLE_SMALL "</title><h1>" KOI8R_TITLE_SMALL
                        "</h1><p>" KOI8R_SENTENCE_SMALL "</p>";
    CHECK_INT(mt_charset_detect(small, strlen(small)), MT_ENC_KOI8_R);
}

/* Every page of the array `pages` is detected as `enc` (a macro, so that a
 * failure names the test's line). */
#define CHECK_ALL_DETECTED(pages, enc)                                          \
    for (size_t k_ = 0; k_ < sizeof(pages) / sizeof(pages)[0]; k_++)            \
        CHECK_INT(mt_charset_detect((pages)[k_], strlen((pages)[k_])), (enc))

/* Shorter still, under the 32 letters COMMON_PCT needs: "ПОГОДА" and
 * "ЗАВТРА ТЕПЛО И СОЛНЕЧНО" (26 letters), "спорт" and "наша сборная
 * выиграла матч" (28), in KOI8-R, each a clean reading in windows-1251 in
 * the other case. */
static void test_detect_very_short_koi8r_in_one_case(void)
{
    const char *pages[] = {
        "<title>\xF0\xEF\xE7\xEF\xE4\xE1</title><p>\xFA\xE1\xF7\xF4\xF2\xE1 \xF4\xE5\xF0\xEC\xEF "
        "\xE9 \xF3\xEF\xEC\xEE\xE5\xFE\xEE\xEF</p>",
        "<title>\xD3\xD0\xCF\xD2\xD4</title><p>\xCE\xC1\xDB\xC1 \xD3\xC2\xCF\xD2\xCE\xC1\xD1 "
        "\xD7\xD9\xC9\xC7\xD2\xC1\xCC\xC1 \xCD\xC1\xD4\xDE</p>",
    };
    CHECK_ALL_DETECTED(pages, MT_ENC_KOI8_R);
}

/* A page in English under a Japanese headline ("市議会が予算を承認", as
 * its title and its <h1>), in Shift_JIS or EUC-JP: too few characters for
 * uchardet, and every single-byte reading poor; its kana tell it. */
#define HEADLINE_SJIS "\x8E\x73\x8B\x63\x89\xEF\x82\xAA\x97\x5C\x8E\x5A\x82\xF0\x8F\xB3\x94\x46"
#define HEADLINE_EUC "\xBB\xD4\xB5\xC4\xB2\xF1\xA4\xAC\xCD\xBD\xBB\xBB\xA4\xF2\xBE\xB5\xC7\xA7"
#define ENGLISH_BODY "<p>The city council approved the new annual budget on Tuesday evening " \
    "after a long debate about public transport and schools.</p>"

static void test_detect_japanese_headline_on_english_page(void)
{
    const char *sjis = "<title>" HEADLINE_SJIS "</title><h1>" HEADLINE_SJIS "</h1>" ENGLISH_BODY;
    CHECK_INT(mt_charset_detect(sjis, strlen(sjis)), MT_ENC_SHIFT_JIS);
    const char *euc = "<title>" HEADLINE_EUC "</title><h1>" HEADLINE_EUC "</h1>" ENGLISH_BODY;
    CHECK_INT(mt_charset_detect(euc, strlen(euc)), MT_ENC_EUC_JP);
    /* Western text with a florin sign and quotes is no Japanese */
    const char *western = "<p>\x84Gr\xFC\xDF" "e\x93, \x82" "Stra\xDF" "e\x91 \x83" "a \x83" "b \x83" "c "
                          "f\xFCr M\xFCnchen</p>";
    CHECK_INT(mt_charset_detect(western, strlen(western)), MT_ENC_WINDOWS_1252);
}

/* English pages under a headline of kanji with one or two kana: "首相が
 * 訪米" as title and <h1> in Shift_JIS, "株価は反発" as title in EUC-JP, "京
 * 都の紅葉" as title in Shift_JIS. uchardet, given so few characters,
 * calls them windows-1252 and no single-byte reading is clean; the kana
 * tell them. (Built without uchardet, a plausible CJK reading is taken as
 * it stands, and these are GBK.) */
static void test_detect_japanese_headline_with_few_kana(void)
{
#ifdef MT_HAVE_UCHARDET
    static const struct {
        const char *page;
        int want;
    } pages[] = {
        { "<title>\x8E\xF1\x91\x8A\x82\xAA\x96" "K\x95\xC4</title>"
          "<h1>\x8E\xF1\x91\x8A\x82\xAA\x96" "K\x95\xC4</h1>" ENGLISH_BODY, MT_ENC_SHIFT_JIS },
        { "<title>\xB3\xF4\xB2\xC1\xA4\xCF\xC8\xBF\xC8\xAF</title>" ENGLISH_BODY, MT_ENC_EUC_JP },
        { "<title>\x8B\x9E\x93" "s\x82\xCC\x8D" "g\x97" "t</title>" ENGLISH_BODY, MT_ENC_SHIFT_JIS },
    };
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++)
        CHECK_INT(mt_charset_detect(pages[k].page, strlen(pages[k].page)), pages[k].want);
#endif
}

/* English pages under a headline in small Cyrillic letters without я, ы,
 * ь, э, ю, as title and <h1>, in windows-1251: "все зрители подпевали",
 * "вчера вечером в центре" (Russian), "вчера вечерта в центъра на града"
 * (Bulgarian), "у центру града одржан је концерт" (Serbian). All their
 * bytes are Hebrew letters in windows-1255, and a long text in one case
 * tied to Hebrew; their letters fit Cyrillic as its prose does. */
static void test_detect_small_cyrillic_headline_is_no_hebrew(void)
{
#define HEADLINE(t) "<title>" t "</title><h1>" t "</h1>" ENGLISH_BODY
    const char *pages[] = {
        HEADLINE("\xE2\xF1\xE5 \xE7\xF0\xE8\xF2\xE5\xEB\xE8 \xEF\xEE\xE4\xEF\xE5\xE2\xE0"
                 "\xEB\xE8"),
        HEADLINE("\xE2\xF7\xE5\xF0\xE0 \xE2\xE5\xF7\xE5\xF0\xEE\xEC \xE2 \xF6\xE5\xED\xF2"
                 "\xF0\xE5"),
        HEADLINE("\xE2\xF7\xE5\xF0\xE0 \xE2\xE5\xF7\xE5\xF0\xF2\xE0 \xE2 \xF6\xE5\xED\xF2"
                 "\xFA\xF0\xE0 \xED\xE0 \xE3\xF0\xE0\xE4\xE0"),
        HEADLINE("\xF3 \xF6\xE5\xED\xF2\xF0\xF3 \xE3\xF0\xE0\xE4\xE0 \xEE\xE4\xF0\xE6\xE0"
                 "\xED \xBC\xE5 \xEA\xEE\xED\xF6\xE5\xF0\xF2"),
    };
#undef HEADLINE
    CHECK_ALL_DETECTED(pages, MT_ENC_WINDOWS_1251);
}

/* "ƒoto" and "ƒoto galerie" in windows-1252, as title and <h1> of an
 * English page: "ƒ" (0x83) and the letter after it are a katakana in
 * Shift_JIS, and the page had its one kana a headline needs; a kana whose
 * second byte goes on as a Latin word is none. */
static void test_detect_florin_before_a_word_is_no_kana(void)
{
#ifdef MT_HAVE_UCHARDET
#define HEADLINE(t) "<title>" t "</title><h1>" t "</h1>" ENGLISH_BODY
    const char *pages[] = { HEADLINE("\x83oto"), HEADLINE("\x83oto galerie") };
#undef HEADLINE
    CHECK_ALL_DETECTED(pages, MT_ENC_WINDOWS_1252);
#endif
}

/* Turkish headlines with a dotted capital I, as title and <h1> of an
 * English page, in windows-1254: "Türkiye'nin İlk Yerli Otomobili",
 * "Gençler İçin Müzik Festivali", "Üniversite İlanları". The table of
 * Latin alphabets left "İ" out of Turkish's (Python lowers it to "i" and a
 * combining dot), and each one cost windows-1254 a letter no language
 * explained: the windows-1252 reading won. */
static void test_detect_turkish_dotted_capital_i(void)
{
#define HEADLINE(t) "<title>" t "</title><h1>" t "</h1>" ENGLISH_BODY
    const char *pages[] = {
        HEADLINE("T\xFCrkiye'nin \xDDlk Yerli Otomobili"),
        HEADLINE("Gen\xE7ler \xDD\xE7in M\xFCzik Festivali"),
        HEADLINE("\xDCniversite \xDDlanlar\xFD"),
    };
#undef HEADLINE
    CHECK_ALL_DETECTED(pages, MT_ENC_WINDOWS_1254);
}

/* Short headlines that the rules for Japanese headlines, Hebrew final
 * forms and the fit of Cyrillic's letters once took for something else
 * (a review's generated pages): Hebrew abbreviations written with quotes
 * (in windows-1255), Thai glued to a Latin word and Ukrainian "Європа"
 * (whose bytes lead kana in EUC-JP), Ukrainian and Serbian in
 * windows-1251 whose best-fitting Cyrillic reading had marks of its own. */
static void test_detect_short_headlines_stay(void)
{
#define HEADLINE(t) "<title>" t "</title><h1>" t "</h1>" ENGLISH_BODY
    static const struct {
        const char *page;
        int want;
    } pages[] = {
        { HEADLINE("\xF4\xF8\xE5\xF4' \xEB\xE4\xEF: \xEE\xF0\xEB\x22\xEC \xE4\xE7\xE1\xF8\xE4 "
                   "\xE9\xEE\xE5\xF0\xE4 \xE1\xFA\xF9\xF4\x22\xE4"), MT_ENC_WINDOWS_1255 },
        { HEADLINE("\xF8\xE0\xE4 \xF2\xEE' 12 \xE1\xF1\xF4\xF8 \xF9\xEC \xF4\xF8\xE5\xF4' "
                   "\xEC\xE5\xE9"), MT_ENC_WINDOWS_1255 },
        { HEADLINE("\xD6\xE5\xE9 \xF0\xE5\xF6\xE5\xEF\xF2 \xE1\xEE\xF0\xF9\xF3"), MT_ENC_WINDOWS_1251 },
        { HEADLINE("\xA3\xF3\xF7\xE5 \xF3\xE2\xE5\xF7\xE5 \xF3"), MT_ENC_WINDOWS_1251 },
#ifdef MT_HAVE_UCHARDET
        { HEADLINE("\xA4\xD0\xE1\xB9\xB9\xCA\xCD\xBAO-NET"), MT_ENC_WINDOWS_874 },
        { HEADLINE("\xBC\xF6\xDD\xC4\xF6\xDD \xA4\xD2\xE0\xDE\xDF\xD0"), MT_ENC_ISO_8859_5 },
#endif
    };
#undef HEADLINE
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++)
        CHECK_INT(mt_charset_detect(pages[k].page, strlen(pages[k].page)), pages[k].want);
}

/* English pages under a Big5 headline ("台北市政府通過新預算", "台灣經濟成
 * 長率上修"), which uchardet names Big5: many of their characters' second
 * bytes are ASCII letters ("\xA5x", "\xB9L"), and the next character, after
 * such a byte, is not "glued" to a Latin word. Before, three in ten were
 * counted so and the pages were windows-1252 or windows-1250. */
static void test_detect_big5_headline(void)
{
#ifdef MT_HAVE_UCHARDET
    const char *pages[] = {
        "<title>\xA5" "x\xA5_\xA5\xAB\xAC" "F\xA9\xB2\xB3" "q\xB9" "L\xB7" "s\xB9" "w\xBA\xE2</title>"
        ENGLISH_BODY,
        "<title>\xA5" "x\xC6" "W\xB8" "g\xC0\xD9\xA6\xA8\xAA\xF8\xB2" "v\xA4" "W\xAD\xD7</title>"
        "<h1>\xA5" "x\xC6" "W\xB8" "g\xC0\xD9\xA6\xA8\xAA\xF8\xB2" "v\xA4" "W\xAD\xD7</h1>"
        ENGLISH_BODY,
    };
    CHECK_ALL_DETECTED(pages, MT_ENC_BIG5);
#endif
}

/* A sentence in Big5 ("中華民國總統府今天舉行記者會。"), in four paragraphs:
 * uchardet names GB18030, and Big5 is well-formed GBK, read so as "い地チ
 * 瓣羆参┎さぱ...": kana, symbols and rare characters. Read in Big5 the
 * bytes give common characters, in GBK hardly one. */
#define BIG5_SENTENCE "<p>\xA4\xA4\xB5\xD8\xA5\xC1\xB0\xEA\xC1`\xB2\xCE\xA9\xB2\xA4\xB5\xA4\xD1" \
    "\xC1|\xA6\xE6\xB0O\xAA\xCC\xB7|\xA1" "C</p>"

static void test_detect_big5_is_no_gbk(void)
{
    const char *pages[] = {
        "<title>x</title>" BIG5_SENTENCE BIG5_SENTENCE BIG5_SENTENCE BIG5_SENTENCE,
        "<title>x</title>" BIG5_SENTENCE BIG5_SENTENCE BIG5_SENTENCE BIG5_SENTENCE
        BIG5_SENTENCE BIG5_SENTENCE BIG5_SENTENCE BIG5_SENTENCE BIG5_SENTENCE BIG5_SENTENCE,
    };
    CHECK_ALL_DETECTED(pages, MT_ENC_BIG5);
}

/* "北海道で大雪" in EUC-JP, as title and <h1> of an English page, is all
 * Thai letters in windows-874 ("หฬณคฆปควย็ภใ"), with no mark but its
 * leading vowel "ใ" at the end of a word, where Thai never writes one.
 * Thai itself ("แม่ไปตลาดแต่เช้า..."), whose leading vowels stand before
 * consonants, stays windows-874. */
#define HEADLINE_EUC_ONE_KANA "\xCB\xCC\xB3\xA4\xC6\xBB\xA4\xC7\xC2\xE7\xC0\xE3"
#define THAI_874 "\xE1\xC1\xE8\xE4\xBB\xB5\xC5\xD2\xB4\xE1\xB5\xE8\xE0\xAA\xE9\xD2 " \
    "\xAB\xD7\xE9\xCD\xBC\xD1\xA1\xE1\xC5\xD0\xBC\xC5\xE4\xC1\xE9\xC1\xD2\xB7\xD3\xCD\xD2" \
    "\xCB\xD2\xC3\xE3\xCB\xE9\xC5\xD9\xA1\xE6"

static void test_detect_thai_leading_vowels(void)
{
#ifdef MT_HAVE_UCHARDET
    const char *japanese = "<title>" HEADLINE_EUC_ONE_KANA "</title><h1>" HEADLINE_EUC_ONE_KANA "</h1>"
                           ENGLISH_BODY;
    CHECK_INT(mt_charset_detect(japanese, strlen(japanese)), MT_ENC_EUC_JP);
#endif
    const char *thai = "<title>" THAI_874 "</title><p>" THAI_874 "</p>";
    CHECK_INT(mt_charset_detect(thai, strlen(thai)), MT_ENC_WINDOWS_874);
}

/* English pages under a Thai headline in windows-874, as title and <h1>:
 * "ความคืบหน้าโครงการ", "คนละครึ่งเฟส5", "ความคิดเห็นของคนอ่าน". Thai's
 * commonest consonant "ค" (0xA4) before a letter is a kana in EUC-JP, and
 * these read as Japanese with kana in numbers; uchardet names TIS-620,
 * and our best single-byte reading is windows-874 too. */
static void test_detect_thai_headline_is_no_japanese(void)
{
#ifdef MT_HAVE_UCHARDET
#define HEADLINE(t) "<title>" t "</title><h1>" t "</h1>" ENGLISH_BODY
    const char *pages[] = {
        HEADLINE("\xA4\xC7\xD2\xC1\xA4\xD7\xBA\xCB\xB9\xE9\xD2\xE2\xA4\xC3\xA7\xA1\xD2\xC3"),
        HEADLINE("\xA4\xB9\xC5\xD0\xA4\xC3\xD6\xE8\xA7\xE0\xBF\xCA" "5"),
        HEADLINE("\xA4\xC7\xD2\xC1\xA4\xD4\xB4\xE0\xCB\xE7\xB9\xA2\xCD\xA7\xA4\xB9\xCD\xE8"
                 "\xD2\xB9"),
    };
#undef HEADLINE
    CHECK_ALL_DETECTED(pages, MT_ENC_WINDOWS_874);
#endif
}

/* Thai glued to a Latin word, "คะแนนสอบO-NET" and "คุยกับCEOคนใหม่", as
 * the title of an English page, and the first as title, <h1> and <h2>:
 * each glue cost the windows-874 reading a mark, and the pages were
 * windows-1252 or EUC-JP. Thai writes so; its runs are long. */
static void test_detect_thai_glued_to_latin(void)
{
#ifdef MT_HAVE_UCHARDET
#define ONET "\xA4\xD0\xE1\xB9\xB9\xCA\xCD\xBAO-NET"
    const char *pages[] = {
        "<title>" ONET "</title><h1>News</h1>" ENGLISH_BODY,
        "<title>" ONET "</title><h1>" ONET "</h1><h2>" ONET "</h2>" ENGLISH_BODY,
        "<title>\xA4\xD8\xC2\xA1\xD1\xBA" "CEO\xA4\xB9\xE3\xCB\xC1\xE8</title><h1>News</h1>"
        ENGLISH_BODY,
    };
#undef ONET
    CHECK_ALL_DETECTED(pages, MT_ENC_WINDOWS_874);
#endif
}

/* Japanese that the rules for Thai and for "ƒoto" once took for
 * something else (a review's generated pages): "桜が満開に首相が辞任" in
 * EUC-JP, which uchardet and our scorer both read as Greek (no letter of
 * ISO-8859-7 stands where EUC-JP's kana begin, so its reading owes
 * nothing to them); katakana in Shift_JIS glued to a Latin word,
 * "スイスWeb", "東京ゲストPro", "ゲストPlus", "でガスMax", "ガスJapan",
 * where the last kana's second byte is a capital letter. Each as title
 * and <h1> of an English page. */
static void test_detect_japanese_kept_from_single_byte_rules(void)
{
#ifdef MT_HAVE_UCHARDET
#define HEADLINE(t) "<title>" t "</title><h1>" t "</h1>" ENGLISH_BODY
    const char *euc = HEADLINE("\xBA\xF9\xA4\xAC\xCB\xFE\xB3\xAB\xA4\xCB\xBC\xF3\xC1\xEA"
                               "\xA4\xAC\xBC\xAD\xC7\xA4");
    CHECK_INT(mt_charset_detect(euc, strlen(euc)), MT_ENC_EUC_JP);
    const char *sjis[] = {
        HEADLINE("\x83" "X\x83" "C\x83" "XWeb"),
        HEADLINE("\x93\x8C\x8B\x9E\x83" "Q\x83" "X\x83" "gPro"),
        HEADLINE("\x83" "Q\x83" "X\x83" "gPlus"),
        HEADLINE("\x82\xC5\x83" "K\x83" "XMax"),
        HEADLINE("\x83" "K\x83" "XJapan"),
    };
#undef HEADLINE
    CHECK_ALL_DETECTED(sjis, MT_ENC_SHIFT_JIS);
#endif
}

/* Cyrillic words that read as Cyrillic in another encoding too, with a
 * soft or hard sign after a vowel there, as no Cyrillic language writes:
 * "Расписание поездов" in KOI8-R (windows-1251's "тБУРЙУБОЙЕ РПЕЪДПЧ",
 * which tied with it), "Экономика" and "экономика" in ISO-8859-5
 * (windows-1251's "НЪЮЭЮЬШЪР" and "нЪЮЭЮЬШЪР"). */
static void test_detect_cyrillic_sign_after_vowel(void)
{
    const char *koi8r[] = {
        "<title>x</title><p>\xF2\xC1\xD3\xD0\xC9\xD3\xC1\xCE\xC9\xC5 "
        "\xD0\xCF\xC5\xDA\xC4\xCF\xD7</p>",
    };
    CHECK_ALL_DETECTED(koi8r, MT_ENC_KOI8_R);
    const char *iso5[] = {
        "<title>x</title><p>\xCD\xDA\xDE\xDD\xDE\xDC\xD8\xDA\xD0</p>",
        "<title>x</title><p>\xED\xDA\xDE\xDD\xDE\xDC\xD8\xDA\xD0</p>",
    };
    CHECK_ALL_DETECTED(iso5, MT_ENC_ISO_8859_5);
}

/* A clean reading in an encoding less common on the web ties with a
 * marked one in a commoner encoding, whose prior is lower by the mark:
 * the clean one is the page's. "Новости города" in KOI8-R (windows-1251's
 * "оПЧПУФЙ ЗПТПДБ", a small letter before capitals), "Wiadomości z
 * kraju" and "Građani se nadaju manjim gužvama." in ISO-8859-2
 * (windows-1252's "Wiadomo¶ci", a sign inside a word, and "Graðani ...
 * gu¾vama"). */
static void test_detect_clean_reading_wins_a_tie(void)
{
    const char *koi8r[] = { "<title>\xEE\xCF\xD7\xCF\xD3\xD4\xC9 \xC7\xCF\xD2\xCF\xC4\xC1</title>" };
    CHECK_ALL_DETECTED(koi8r, MT_ENC_KOI8_R);
    const char *latin2[] = {
        "<title>Wiadomo\xB6" "ci z kraju</title>",
        "<title>x</title><p>Gra\xF0" "ani se nadaju manjim gu\xBEvama.</p>",
    };
    CHECK_ALL_DETECTED(latin2, MT_ENC_ISO_8859_2);
}

/* Short Hebrew in windows-1255 (or ISO-8859-8, the same bytes), too short
 * for the rule on long text in one case: "שלום עולם, זהו טקסט בעברית
 * לבדיקה." and "לדברי השר, העבודות יתחילו בשנה הבאה." read as Greek in
 * small letters in windows-1253, with final sigma (ayin) inside words;
 * "תושבי העיר מקווים שהמחירים ירדו." as ISO-8859-5's "ъещбй дтйш..." with
 * Serbian's ј, љ, њ beside Ukrainian's ї, є; the headline "חדשות
 * מירושלים", as title and <h1> of an English page, as Greek again, its
 * final mem at a word's end and no final form out of place. */
static void test_detect_short_hebrew(void)
{
#define HEADLINE(t) "<title>" t "</title><h1>" t "</h1>" ENGLISH_BODY
    const char *pages[] = {
        "<title>x</title><p>\xF9\xEC\xE5\xED \xF2\xE5\xEC\xED, \xE6\xE4\xE5 \xE8\xF7\xF1\xE8 "
        "\xE1\xF2\xE1\xF8\xE9\xFA \xEC\xE1\xE3\xE9\xF7\xE4.</p>",
        "<title>x</title><p>\xEC\xE3\xE1\xF8\xE9 \xE4\xF9\xF8, \xE4\xF2\xE1\xE5\xE3\xE5\xFA "
        "\xE9\xFA\xE7\xE9\xEC\xE5 \xE1\xF9\xF0\xE4 \xE4\xE1\xE0\xE4.</p>",
        "<title>x</title><p>\xFA\xE5\xF9\xE1\xE9 \xE4\xF2\xE9\xF8 \xEE\xF7\xE5\xE5\xE9\xED "
        "\xF9\xE4\xEE\xE7\xE9\xF8\xE9\xED \xE9\xF8\xE3\xE5.</p>",
        HEADLINE("\xE7\xE3\xF9\xE5\xFA \xEE\xE9\xF8\xE5\xF9\xEC\xE9\xED"),
    };
#undef HEADLINE
    CHECK_ALL_DETECTED(pages, MT_ENC_WINDOWS_1255);
}

/* "Gradska skupština jučer je usvojila novi plan za javni prijevoz." in
 * ISO-8859-2 reads in windows-1250 as "skupątina jučer": ą and č, both
 * Lithuanian letters, so that the reading had no mark, and won on its
 * prior. But no one writes Lithuanian in windows-1250, which holds no ė,
 * į, ų, ū: a language counts for a reading only in an encoding that can
 * write it. */
static void test_detect_language_the_encoding_cannot_write(void)
{
    const char *pages[] = {
        "<title>x</title><p>Gradska skup\xB9tina ju\xE8" "er je usvojila novi plan za javni "
        "prijevoz.</p>",
    };
    CHECK_ALL_DETECTED(pages, MT_ENC_ISO_8859_2);
    /* "Prema riječima gradonačelnika, radovi će početi sljedeće godine." in
     * windows-1250: "rijeèima ... æe poèeti" in windows-1252, French's "è"
     * and the "æ" French writes only in a few borrowed words */
    const char *croatian[] = {
        "<title>x</title><p>Prema rije\xE8ima gradona\xE8" "elnika, radovi \xE6" "e po\xE8" "eti "
        "sljede\xE6" "e godine.</p>",
    };
    CHECK_ALL_DETECTED(croatian, MT_ENC_WINDOWS_1250);
}

/* Romanian in windows-1250 whose only letters beyond ASCII are ş and ă
 * ("...pentru şcolile din mediul rural.", "Profesorii aşteaptă de mult
 * această măsură.") read in windows-1252 as "ºcolile", "aºteaptã": an
 * ordinal indicator, which may stand in a word, and Portuguese's "ã". No
 * ordinal indicator comes before a small letter. */
static void test_detect_ordinal_indicator_before_a_letter(void)
{
    const char *pages[] = {
        "<title>x</title><p>Guvernul a aprobat ieri un nou program pentru \xBA" "colile din "
        "mediul rural.</p>",
        "<title>x</title><p>Profesorii a\xBAteapt\xE3 de mult aceast\xE3 m\xE3sur\xE3.</p>",
    };
    CHECK_ALL_DETECTED(pages, MT_ENC_WINDOWS_1250);
    /* but Portuguese and Spanish make the abbreviations plural with an
     * "s" ("Leis nºs 8.666 e 10.520", "os 1ºs lugares"), which no "ş"
     * stands before in Romanian */
    const char *plural[] = {
        "<title>Leis n\xBAs 8.666 e 10.520</title><h1>Leis n\xBAs 8.666 e 10.520</h1>",
        "<title>x</title><p>Os 1\xBAs lugares.</p>",
    };
    CHECK_ALL_DETECTED(plural, MT_ENC_WINDOWS_1252);
}

/* Chinese headlines of four characters, as the title of a page or of an
 * English one: "北京新闻" in GBK (windows-1256's clean "ذآخإ" after two
 * signs) and "台北新聞" in Big5 (windows-1252's "¥x¥_·s»D", its trail
 * bytes ASCII). uchardet calls them windows-1252; every character is
 * among the commonest in GBK's or Big5's reading. */
static void test_detect_chinese_headline(void)
{
#ifdef MT_HAVE_UCHARDET
#define GBK_TITLE "\xB1\xB1\xBE\xA9\xD0\xC2\xCE\xC5"
#define BIG5_TITLE "\xA5x\xA5_\xB7s\xBB" "D"
    const char *gbk[] = { "<title>" GBK_TITLE "</title>",
                          "<title>" GBK_TITLE "</title><h1>" GBK_TITLE "</h1>" ENGLISH_BODY };
    CHECK_ALL_DETECTED(gbk, MT_ENC_GBK);
    const char *big5[] = { "<title>" BIG5_TITLE "</title>",
                           "<title>" BIG5_TITLE "</title><h1>" BIG5_TITLE "</h1>" ENGLISH_BODY };
    CHECK_ALL_DETECTED(big5, MT_ENC_BIG5);
#undef GBK_TITLE
#undef BIG5_TITLE
#endif
}

/* Japanese titles of kanji alone, no kana to tell them: "東京株式市場" in
 * EUC-JP (ISO-8859-5 to our scorer), "首相官邸" in Shift_JIS (windows-1251),
 * both windows-1252 to uchardet; their kanji are among the commonest. */
static void test_detect_japanese_kanji_headline(void)
{
#ifdef MT_HAVE_UCHARDET
    const char *euc[] = { "<title>\xC5\xEC\xB5\xFE\xB3\xF4\xBC\xB0\xBB\xD4\xBE\xEC</title>" };
    CHECK_ALL_DETECTED(euc, MT_ENC_EUC_JP);
    const char *sjis[] = { "<title>\x8E\xF1\x91\x8A\x8A\xAF\x93@</title>" };
    CHECK_ALL_DETECTED(sjis, MT_ENC_SHIFT_JIS);
#endif
}

/* "自由時報" in Big5 as a page's title read as EUC-JP, its "由" (0xA5 0xD1)
 * a katakana there; but "時" (0xAE 0xC9) stands in a row of JIS X 0208
 * that holds no characters, as no EUC-JP text has them. */
static void test_detect_big5_is_no_euc_jp(void)
{
#ifdef MT_HAVE_UCHARDET
    const char *pages[] = { "<title>\xA6\xDB\xA5\xD1\xAE\xC9\xB3\xF8</title>" };
    CHECK_ALL_DETECTED(pages, MT_ENC_BIG5);
#endif
}

/* "서울 소식" in EUC-KR as a page's title: windows-1251, or windows-874's
 * "ผญฟ๏ ผาฝฤ", to our scorer, windows-1252 to uchardet; its four
 * syllables are among the commonest. */
static void test_detect_korean_headline(void)
{
#ifdef MT_HAVE_UCHARDET
    const char *pages[] = { "<title>\xBC\xAD\xBF\xEF \xBC\xD2\xBD\xC4</title>" };
    CHECK_ALL_DETECTED(pages, MT_ENC_EUC_KR);
#endif
}

/* French writes "ÿ" in place names ("L'Haÿ-les-Roses", "Aÿ") and
 * surnames ("Louÿs"): 0xFF in windows-1252 (its capital 0x9F), a no-break
 * space in IBM866 and "ź" in windows-1250. A title of such a name is
 * windows-1252, French's "ÿ" beside its "œ" and "à". */
static void test_detect_french_y_diaeresis(void)
{
    const char *pages[] = {
        "<title>L'Ha\xFF-les-Roses</title><h1>L'Ha\xFF-les-Roses</h1>",
        "<title>L'HA\x9F-LES-ROSES</title><p>Une s\x9C" "ur \xE0 L'Ha\xFF-les-Roses.</p>",
    };
    CHECK_ALL_DETECTED(pages, MT_ENC_WINDOWS_1252);
}

/* A page whose first MT_CHARSET_DETECT_WINDOW bytes are ASCII (a long
 * inline script) is detected from its first byte that is not: all ASCII
 * there says nothing of the encoding. */
static void test_detect_past_an_ascii_head(void)
{
    const char *texts[] = { "<p>Les \xC3\xA9l\xC3\xA8ves de Cr\xC3\xA9teil r\xC3\xA9" "clament</p>",
                            "<p>" RUSSIAN_1251 "</p>" };
    const int want[] = { MT_ENC_UTF_8, MT_ENC_WINDOWS_1251 };
    size_t head = MT_CHARSET_DETECT_WINDOW + 4096;
    for (int k = 0; k < 2; k++) {
        size_t n = strlen(texts[k]);
        char *page = malloc(head + n);
        if (!page)
            return;
        memset(page, 'x', head);
        memcpy(page, "<script>", 8);
        memcpy(page + head - 9, "</script>", 9);
        memcpy(page + head, texts[k], n);
        CHECK_INT(mt_charset_detect(page, head + n), want[k]);
        mt_charset_choice c;
        CHECK_INT(mt_charset_determine(page, head + n, NULL, &c), MT_OK);
        CHECK_INT(c.encoding, want[k]);
        free(page);
    }
}

/* Declared UTF-8, with characters UTF-8 cannot hold written as it writes
 * them (an emoji as two surrogate halves, from a database's 3-byte
 * "utf8"): UTF-8 with stray bytes, not a legacy encoding -- with a
 * well-formed sequence beside them or none; and so is a page whose only
 * bytes beyond ASCII are half of such a pair. */
static void test_surrogate_halves_stay_utf8(void)
{
    const char *pages[] = {
        "<meta charset=utf-8><p>caf\xC3\xA9 \xED\xA0\xBD\xED\xB8\x80 \xED\xA0\xBD\xED\xB8\x81</p>",
        "<meta charset=utf-8><p>Great news \xED\xA0\xBD\xED\xB8\x80 for all</p>",
        /* half of one, cut, with nothing but ASCII around it */
        "<meta charset=utf-8><p>Great news \xED\xA0\xBD for all</p>",
    };
    for (int k = 0; k < 3; k++) {
        mt_charset_choice c = determine(pages[k], NULL);
        CHECK_INT(c.encoding, MT_ENC_UTF_8);
        CHECK(c.utf8_fallback);
    }
}

/* Declared UTF-8 but in windows-1252 throughout, where two bytes have
 * UTF-8's shape by chance -- "À" before a no-break space is an overlong
 * form, "í" before two symbols a surrogate half -- and nothing else is
 * UTF-8: the page is detected, as one with no such pair is. */
static void test_chance_utf8_shapes_in_legacy_text(void)
{
    const char *pages[] = {
        "<meta charset=utf-8><p>Caf\xE9 cr\xE8me \xC0\xA0" "emporter, 3\xA0\x80</p>",
        "<meta charset=utf-8><p>Mam\xE1 y pap\xE1 r\xED\xA7\x80 en el caf\xE9</p>",
    };
    for (int k = 0; k < 2; k++) {
        mt_charset_choice c = determine(pages[k], NULL);
        CHECK_INT(c.encoding, MT_ENC_WINDOWS_1252);
        CHECK(!c.utf8_fallback);
        CHECK_INT(c.source, MT_ENCSRC_DETECTED);
    }
}

static void *counted_malloc(void *ctx, size_t n)
{
    ++*(long *)ctx;
    return malloc(n);
}

static void *counted_realloc(void *ctx, void *p, size_t old, size_t n)
{
    (void)old;
    ++*(long *)ctx;
    return realloc(p, n);
}

static void counted_free(void *ctx, void *p, size_t n)
{
    (void)ctx;
    (void)n;
    free(p);
}

/* UTF-16 without a byte order mark: its first 32 code units basic Latin
 * (a page an old Windows editor saved). A binary file's zeros, or a page
 * that only has a NUL here and there, are not taken for it. */
static void test_utf16_without_bom(void)
{
    static const char ascii[] = "<html><head><title>Night trains return</title></head><body>";
    char le[2 * sizeof ascii], be[2 * sizeof ascii];
    for (size_t i = 0; i < sizeof ascii; i++) {
        le[2 * i] = be[2 * i + 1] = ascii[i];
        le[2 * i + 1] = be[2 * i] = 0;
    }
    mt_charset_choice c;
    CHECK_INT(mt_charset_determine(le, sizeof le, NULL, &c), MT_OK);
    CHECK_INT(c.encoding, MT_ENC_UTF_16LE);
    CHECK_INT(mt_charset_determine(be, sizeof be, NULL, &c), MT_OK);
    CHECK_INT(c.encoding, MT_ENC_UTF_16BE);
    le[41] = 'x';   /* a unit of two letters among the first: no longer UTF-16 */
    CHECK_INT(mt_charset_determine(le, sizeof le, NULL, &c), MT_OK);
    CHECK(c.encoding != MT_ENC_UTF_16LE);
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0"
                              "\x1f\xf3\xff" "a\0\0\0\x04gAMA\0\0\xb1\x8f\x0b\xfc" "a\x05\0\0\0";
    CHECK_INT(mt_charset_determine(png, sizeof png - 1, NULL, &c), MT_OK);
    CHECK(c.encoding != MT_ENC_UTF_16LE && c.encoding != MT_ENC_UTF_16BE);
}

/* mt_extractor_new copies the options: the transport's label and the
 * allocator (its functions and context) may go as soon as it returns --
 * here they are overwritten, and the label's memory freed. */
static void test_extractor_copies_label_and_allocator(void)
{
    long calls = 0;
    mt_allocator alloc = { counted_malloc, counted_realloc, counted_free, &calls };
    char *label = malloc(16);
    if (!label)
        return;
    strcpy(label, "windows-1251");
    mt_options o;
    mt_options_default(&o);
    o.parse.allocator = &alloc;
    o.parse.transport_charset = label;
    mt_status st;
    mt_extractor *ex = mt_extractor_new(&o, &st);
    CHECK(ex != NULL);
    memset(&alloc, 0, sizeof alloc);
    alloc.ctx = &calls;
    memset(label, 'x', 15);
    free(label);
    const char *page = "<html><body><article><h1>\xCC\xEE\xF1\xEA\xE2\xE0</h1><p>" RUSSIAN_1251
                       ". " RUSSIAN_1251 ". " RUSSIAN_1251 ".</p></article></body></html>";
    const mt_result *r = NULL;
    CHECK_INT(ex ? mt_extract(ex, page, strlen(page), NULL, &r) : MT_ERR_NOMEM, MT_OK);
    CHECK(r && strcmp(r->encoding, "windows-1251") == 0);
    CHECK(calls > 0);
    mt_extractor_free(ex);
}

/* Through mt_parse: the document names its encoding and source. */
static void test_parse(void)
{
    mt_status st;
    mt_document *doc = mt_parse("<p>\x93\xfa\x96\x7b</p>", 11, NULL, &st);
    CHECK(doc != NULL);
    mt_document_free(doc);

    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.transport_charset = "shift_jis";
    doc = mt_parse("<p>\x93\xfa\x96\x7b</p>", 11, &opts, &st);
    CHECK_STR(mt_document_encoding(doc), "Shift_JIS");
    CHECK_STR(mt_document_encoding_source(doc), "transport");
    const mt_node *p = mt_node_first_child(mt_node_last_child(mt_node_first_child(
        mt_document_root(doc))));
    size_t len;
    const char *text = mt_node_text(mt_node_first_child(p), &len);
    CHECK_SLICE(text, len, "日本");
    mt_document_free(doc);

    opts.transport_charset = "utf-9";
    CHECK(mt_parse("<p>x</p>", 8, &opts, &st) == NULL);
    CHECK_INT(st, MT_ERR_UNKNOWN_ENCODING);
}

/* UTF-8 input that needs no change is used where it lies. */
static void test_parse_zero_copy(void)
{
    static const char page[] = "<meta charset=utf-8><p>Gr\xC3\xBC\xC3\x9F" "e</p>";
    mt_document *doc = mt_parse(page, sizeof page - 1, NULL, NULL);
    const mt_node *root = mt_document_root(doc), *text = NULL;
    for (const mt_node *n = root; n; n = mt_node_following(n, root))
        if (mt_node_get_type(n) == MT_NODE_TEXT)
            text = n;
    const char *t = mt_node_text(text, NULL);
    CHECK(t >= page && t < page + sizeof page);
    CHECK_STR(mt_document_encoding_source(doc), "meta");
    mt_document_free(doc);
}

/* A <meta> past the first 1024 bytes still decides, through the tree
 * builder, when the encoding was only guessed. */
static void test_parse_late_meta(void)
{
    char page[3000];
    int n = snprintf(page, sizeof page, "<html><head><!-- %0*d -->"
                     "<meta charset=\"windows-1251\"></head><body><p>\xCC\xE8\xF0</p>",
                     1500, 0);
    mt_document *doc = mt_parse(page, (size_t)n, NULL, NULL);
    CHECK_STR(mt_document_encoding(doc), "windows-1251");
    CHECK_STR(mt_document_encoding_source(doc), "meta");
    const mt_node *root = mt_document_root(doc), *text = NULL;
    for (const mt_node *m = root; m; m = mt_node_following(m, root))
        if (mt_node_get_type(m) == MT_NODE_TEXT)
            text = m;
    size_t len;
    const char *t = mt_node_text(text, &len);
    CHECK_SLICE(t, len, "Мир");
    mt_document_free(doc);
}

/* An allocator that fails after a number of allocations. */
static int budget;
static void *failing_malloc(void *ctx, size_t n) { (void)ctx; return budget-- > 0 ? malloc(n) : NULL; }
static void *failing_realloc(void *ctx, void *p, size_t o, size_t n)
{
    (void)ctx; (void)o;
    return budget-- > 0 ? realloc(p, n) : NULL;
}
static void failing_free(void *ctx, void *p, size_t n) { (void)ctx; (void)n; free(p); }

static void test_parse_allocation_failures(void)
{
    mt_allocator a = { failing_malloc, failing_realloc, failing_free, NULL };
    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.allocator = &a;
    opts.transport_charset = "euc-jp";
    static const char page[] = "<p>\xC6\xFC\xCB\xDC\xB8\xEC</p>";
    int failed = 0, succeeded = 0;
    for (int limit = 0; limit < 40; limit++) {
        budget = limit;
        mt_status st;
        mt_document *doc = mt_parse(page, sizeof page - 1, &opts, &st);
        if (doc)
            succeeded++;
        else
            failed += st == MT_ERR_NOMEM;
        mt_document_free(doc);
    }
    CHECK(failed > 0);
    CHECK(succeeded > 0);
    CHECK_INT(failed + succeeded, 40);
}

int main(void)
{
    RUN(test_detect_hebrew_and_cyrillic);
    RUN(test_detect_short_headlines);
    RUN(test_detect_koi8r_in_one_case);
    RUN(test_detect_russian_in_hebrew_bytes);
    RUN(test_detect_short_koi8r_in_one_case);
    RUN(test_detect_very_short_koi8r_in_one_case);
    RUN(test_detect_past_an_ascii_head);
    RUN(test_detect_japanese_headline_on_english_page);
    RUN(test_detect_japanese_headline_with_few_kana);
    RUN(test_detect_short_headlines_stay);
    RUN(test_detect_turkish_dotted_capital_i);
    RUN(test_detect_florin_before_a_word_is_no_kana);
    RUN(test_detect_small_cyrillic_headline_is_no_hebrew);
    RUN(test_detect_big5_headline);
    RUN(test_detect_big5_is_no_gbk);
    RUN(test_detect_cyrillic_sign_after_vowel);
    RUN(test_detect_clean_reading_wins_a_tie);
    RUN(test_detect_french_y_diaeresis);
    RUN(test_detect_short_hebrew);
    RUN(test_detect_language_the_encoding_cannot_write);
    RUN(test_detect_ordinal_indicator_before_a_letter);
    RUN(test_detect_chinese_headline);
    RUN(test_detect_korean_headline);
    RUN(test_detect_big5_is_no_euc_jp);
    RUN(test_detect_japanese_kanji_headline);
    RUN(test_detect_thai_leading_vowels);
    RUN(test_detect_thai_headline_is_no_japanese);
    RUN(test_detect_thai_glued_to_latin);
    RUN(test_detect_japanese_kept_from_single_byte_rules);
    RUN(test_surrogate_halves_stay_utf8);
    RUN(test_chance_utf8_shapes_in_legacy_text);
    RUN(test_extractor_copies_label_and_allocator);
    RUN(test_utf16_without_bom);
    RUN(test_labels);
    RUN(test_bom);
    RUN(test_prescan);
    RUN(test_meta_content);
    RUN(test_determine_order);
    RUN(test_determine_departures);
    RUN(test_parse);
    RUN(test_parse_zero_copy);
    RUN(test_parse_late_meta);
    RUN(test_parse_allocation_failures);
    return harness_finish();
}
