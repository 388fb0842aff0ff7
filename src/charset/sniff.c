/* sniff.c -- labels, byte order marks, the <meta> prescan, and the order in
 * which they decide a page's encoding (see charset.h).
 *
 * Two departures from browsers, measured on the dev corpus (2,427 pages):
 *  - 62 pages declare a legacy encoding (mostly iso-8859-1) in a <meta> in
 *    their first 1024 bytes but are valid UTF-8 with multi-byte sequences:
 *    they were re-saved as UTF-8 without their declaration being updated
 *    (servers also still send Apache's default "charset=iso-8859-1" for
 *    UTF-8 pages). Text in a legacy encoding is practically never valid
 *    UTF-8 by accident (every byte >= 0x80 would have to fall into
 *    well-formed sequences), so such a page is read as UTF-8, where a
 *    browser shows "Ã©". (A few gold texts of the corpus were made the
 *    browser's way and hold that mojibake; clean text is the goal here.)
 *  - 8 pages declare UTF-8 and are not valid UTF-8: 6 are UTF-8 with a few
 *    stray windows-1252 bytes (a "ü" or "’" pasted from elsewhere), where
 *    browsers show U+FFFD; we read each stray byte as windows-1252, which
 *    gives the text the author saw. The other 2 have no valid multi-byte
 *    sequence at all: such a page is wholly in some legacy encoding, and
 *    the detector picks it, as it does for a page whose ill-formed bytes
 *    outnumber its sequences and come in pairs (Shift_JIS or EUC-KR text,
 *    where a pair of bytes is now and then a UTF-8 sequence by chance).
 *    The encoding is reported as UTF-8 in the first case (it is the page's
 *    encoding) and as detected in the others. */
#include <string.h>
#include "charset/charset.h"
#include "util/ascii.h"
#include "util/utf8.h"

/* ======================================================================
 * Names and labels
 * ====================================================================== */

const char *mt_encoding_name(int enc)
{
    if (enc < 0 || enc >= MT_ENC__COUNT)
        enc = MT_ENC_WINDOWS_1252;
    return mt_encoding_names[enc];
}

const char *mt_encoding_source_name(int source)
{
    switch (source) {
    case MT_ENCSRC_BOM: return "bom";
    case MT_ENCSRC_TRANSPORT: return "transport";
    case MT_ENCSRC_META: return "meta";
    case MT_ENCSRC_DETECTED: return "detected";
    }
    return "default";
}

int mt_encoding_from_label(const char *label, size_t len)
{
    if (!label)
        return MT_ENC_NONE;
    const unsigned char *s = (const unsigned char *)label;
    while (len && mt_ascii_is_space(s[0])) {
        s++;
        len--;
    }
    while (len && mt_ascii_is_space(s[len - 1]))
        len--;
    char key[32];
    if (len == 0 || len > mt_encoding_label_longest)
        return MT_ENC_NONE;
    for (size_t i = 0; i < len; i++)
        key[i] = (char)mt_ascii_lower(s[i]);
    key[len] = '\0';
    size_t lo = 0, hi = mt_encoding_label_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(key, mt_encoding_labels[mid].label);
        if (c == 0)
            return mt_encoding_labels[mid].encoding;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return MT_ENC_NONE;
}

int mt_encoding_ascii_compatible(int enc)
{
    return enc >= 0 && enc < MT_ENC__COUNT && enc != MT_ENC_UTF_16BE &&
           enc != MT_ENC_UTF_16LE && enc != MT_ENC_ISO_2022_JP && enc != MT_ENC_REPLACEMENT;
}

int mt_charset_sniff_bom(const char *s, size_t len, size_t *bom_len)
{
    const unsigned char *u = (const unsigned char *)s;
    *bom_len = 0;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        *bom_len = 3;
        return MT_ENC_UTF_8;
    }
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        *bom_len = 2;
        return MT_ENC_UTF_16BE;
    }
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        *bom_len = 2;
        return MT_ENC_UTF_16LE;
    }
    return MT_ENC_NONE;
}

/* ======================================================================
 * Extracting an encoding from a meta element's content attribute
 * ====================================================================== */

static int starts_with_charset(const unsigned char *s, size_t left)
{
    static const char word[] = "charset";
    if (left < 7)
        return 0;
    for (size_t i = 0; i < 7; i++)
        if (mt_ascii_lower(s[i]) != (unsigned char)word[i])
            return 0;
    return 1;
}

int mt_charset_from_meta_content(const char *content, size_t len)
{
    const unsigned char *s = (const unsigned char *)content;
    size_t pos = 0;
    for (;;) {
        while (pos < len && !starts_with_charset(s + pos, len - pos))
            pos++;
        if (pos >= len)
            return MT_ENC_NONE;
        pos += 7;
        while (pos < len && mt_ascii_is_space(s[pos]))
            pos++;
        if (pos < len && s[pos] == '=')
            break;
        /* Not "charset=": look for the next "charset" from here. */
    }
    pos++;
    while (pos < len && mt_ascii_is_space(s[pos]))
        pos++;
    if (pos >= len)
        return MT_ENC_NONE;
    if (s[pos] == '"' || s[pos] == '\'') {
        const unsigned char *close = memchr(s + pos + 1, s[pos], len - pos - 1);
        if (!close)
            return MT_ENC_NONE;
        return mt_encoding_from_label((const char *)s + pos + 1,
                                      (size_t)(close - (s + pos + 1)));
    }
    size_t end = pos;
    while (end < len && !mt_ascii_is_space(s[end]) && s[end] != ';')
        end++;
    return mt_encoding_from_label((const char *)s + pos, end - pos);
}

/* UTF-16 cannot be what an ASCII-readable <meta> says the page is in, and
 * x-user-defined is not meant for pages: the standard reads both as
 * ordinary encodings. */
static int meta_adjust(int enc)
{
    if (enc == MT_ENC_UTF_16BE || enc == MT_ENC_UTF_16LE)
        return MT_ENC_UTF_8;
    if (enc == MT_ENC_X_USER_DEFINED)
        return MT_ENC_WINDOWS_1252;
    return enc;
}

static int equals_ignoring_case(const char *s, size_t len, const char *lower)
{
    size_t n = strlen(lower);
    if (len != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (mt_ascii_lower((unsigned char)s[i]) != (unsigned char)lower[i])
            return 0;
    return 1;
}

int mt_charset_from_meta_attributes(const char *charset, size_t charset_len,
                                    const char *http_equiv, size_t http_equiv_len,
                                    const char *content, size_t content_len)
{
    if (charset) {
        int enc = mt_encoding_from_label(charset, charset_len);
        if (enc != MT_ENC_NONE)
            return meta_adjust(enc);
    }
    if (content && http_equiv &&
        equals_ignoring_case(http_equiv, http_equiv_len, "content-type")) {
        int enc = mt_charset_from_meta_content(content, content_len);
        if (enc != MT_ENC_NONE)
            return meta_adjust(enc);
    }
    return MT_ENC_NONE;
}

/* ======================================================================
 * Prescan a byte stream to determine its encoding
 * ====================================================================== */

typedef struct scanner {
    const unsigned char *s;
    size_t pos, len;
} scanner;

/* An attribute as "get an attribute" returns it: the name and value are
 * lowercased copies, cut at a fixed length (no label or keyword is longer,
 * and the content value only needs its "charset=..." part, which a longer
 * value would still hold within the first bytes in any real page). */
#define ATTR_NAME_MAX 32
#define ATTR_VALUE_MAX 256

typedef struct attr {
    char name[ATTR_NAME_MAX];
    char value[ATTR_VALUE_MAX];
    size_t name_len, value_len;
} attr;

static int is_space_or_slash(unsigned char c)
{
    return mt_ascii_is_space(c) || c == '/';
}

static void attr_push(char *buf, size_t *len, size_t max, unsigned char c)
{
    if (*len < max)
        buf[(*len)++] = (char)mt_ascii_lower(c);
}

/* Reads an attribute value (after "=" and spaces). 0 when the stream ended
 * before the value did. */
static int get_attribute_value(scanner *sc, attr *a)
{
    while (sc->pos < sc->len && mt_ascii_is_space(sc->s[sc->pos]))
        sc->pos++;
    if (sc->pos >= sc->len)
        return 0;
    unsigned char c = sc->s[sc->pos];
    if (c == '"' || c == '\'') {
        for (sc->pos++; sc->pos < sc->len; sc->pos++) {
            if (sc->s[sc->pos] == c) {
                sc->pos++;
                return 1;
            }
            attr_push(a->value, &a->value_len, ATTR_VALUE_MAX, sc->s[sc->pos]);
        }
        return 0;
    }
    if (c == '>')
        return 1;
    for (; sc->pos < sc->len; sc->pos++) {
        c = sc->s[sc->pos];
        if (mt_ascii_is_space(c) || c == '>')
            return 1;
        attr_push(a->value, &a->value_len, ATTR_VALUE_MAX, c);
    }
    return 0;
}

/* The standard's "get an attribute": 1 and the attribute in *a, 0 when
 * there are no more attributes in this tag (at ">" or the end). */
static int get_attribute(scanner *sc, attr *a)
{
    a->name_len = a->value_len = 0;
    while (sc->pos < sc->len && is_space_or_slash(sc->s[sc->pos]))
        sc->pos++;
    if (sc->pos >= sc->len || sc->s[sc->pos] == '>')
        return 0;
    for (; sc->pos < sc->len; sc->pos++) {
        unsigned char c = sc->s[sc->pos];
        if (c == '=' && a->name_len > 0) {
            sc->pos++;
            return get_attribute_value(sc, a);
        }
        if (mt_ascii_is_space(c))
            break;
        if (c == '/' || c == '>')
            return 1;
        attr_push(a->name, &a->name_len, ATTR_NAME_MAX, c);
    }
    while (sc->pos < sc->len && mt_ascii_is_space(sc->s[sc->pos]))
        sc->pos++;
    if (sc->pos >= sc->len)
        return 0;
    if (sc->s[sc->pos] != '=')
        return 1;
    sc->pos++;
    return get_attribute_value(sc, a);
}

static int attr_is(const attr *a, const char *name)
{
    return a->name_len == strlen(name) && memcmp(a->name, name, a->name_len) == 0;
}

/* Attribute names already seen in this <meta>: the standard ignores a
 * repeated one. Only the three that matter are tracked. */
enum { SEEN_HTTP_EQUIV = 1, SEEN_CONTENT = 2, SEEN_CHARSET = 4 };

/* Handles a <meta> tag whose attributes start at sc->pos; returns the
 * encoding it declares or MT_ENC_NONE. */
static int prescan_meta(scanner *sc)
{
    unsigned seen = 0;
    int got_pragma = 0, need_pragma = -1;   /* -1: null */
    int charset = MT_ENC_NONE;
    attr a;
    while (get_attribute(sc, &a)) {
        unsigned bit = attr_is(&a, "http-equiv") ? SEEN_HTTP_EQUIV
                     : attr_is(&a, "content") ? SEEN_CONTENT
                     : attr_is(&a, "charset") ? SEEN_CHARSET : 0;
        if (!bit || (seen & bit))
            continue;
        seen |= bit;
        if (bit == SEEN_HTTP_EQUIV) {
            if (a.value_len == 12 && memcmp(a.value, "content-type", 12) == 0)
                got_pragma = 1;
        } else if (bit == SEEN_CONTENT) {
            if (charset == MT_ENC_NONE) {
                int enc = mt_charset_from_meta_content(a.value, a.value_len);
                if (enc != MT_ENC_NONE) {
                    charset = enc;
                    need_pragma = 1;
                }
            }
        } else {
            charset = mt_encoding_from_label(a.value, a.value_len);
            need_pragma = 0;
        }
    }
    if (need_pragma < 0 || (need_pragma == 1 && !got_pragma) || charset == MT_ENC_NONE)
        return MT_ENC_NONE;
    return meta_adjust(charset);
}

static int at(const scanner *sc, const char *lit)
{
    size_t n = strlen(lit);
    return sc->len - sc->pos >= n && memcmp(sc->s + sc->pos, lit, n) == 0;
}

/* "<meta" (any case) followed by a space or slash. */
static int at_meta(const scanner *sc)
{
    if (sc->len - sc->pos < 6)
        return 0;
    const unsigned char *p = sc->s + sc->pos;
    return p[0] == '<' && mt_ascii_lower(p[1]) == 'm' && mt_ascii_lower(p[2]) == 'e' &&
           mt_ascii_lower(p[3]) == 't' && mt_ascii_lower(p[4]) == 'a' && is_space_or_slash(p[5]);
}

/* Moves past the next ">" at or after `from`; to the end when there is none. */
static void skip_past(scanner *sc, size_t from, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = from; i + n <= sc->len; i++)
        if (memcmp(sc->s + i, lit, n) == 0) {
            sc->pos = i + n;
            return;
        }
    sc->pos = sc->len;
}

int mt_charset_prescan_n(const char *s, size_t len, size_t limit)
{
    scanner sc = { (const unsigned char *)s, 0, len < limit ? len : limit };
    while (sc.pos < sc.len) {
        if (at(&sc, "<!--")) {
            skip_past(&sc, sc.pos + 2, "-->");   /* "<!-->" ends at once */
            continue;
        } else if (at_meta(&sc)) {
            sc.pos += 6;
            int enc = prescan_meta(&sc);
            if (enc != MT_ENC_NONE)
                return enc;
        } else if (sc.s[sc.pos] == '<' && sc.pos + 1 < sc.len &&
                   (mt_ascii_is_letter(sc.s[sc.pos + 1]) ||
                    (sc.s[sc.pos + 1] == '/' && sc.pos + 2 < sc.len &&
                     mt_ascii_is_letter(sc.s[sc.pos + 2])))) {
            /* Any other tag: skip its name, then its attributes, so a "<meta"
             * inside an attribute value is not taken for a tag. */
            while (sc.pos < sc.len && !mt_ascii_is_space(sc.s[sc.pos]) && sc.s[sc.pos] != '>')
                sc.pos++;
            attr a;
            while (get_attribute(&sc, &a))
                ;
        } else if (at(&sc, "<!") || at(&sc, "</") || at(&sc, "<?")) {
            skip_past(&sc, sc.pos + 2, ">");
            continue;
        }
        sc.pos++;
    }
    return MT_ENC_NONE;
}

int mt_charset_prescan(const char *s, size_t len)
{
    return mt_charset_prescan_n(s, len, 1024);
}

/* ======================================================================
 * Determining the character encoding
 * ====================================================================== */

/* What decides the UTF-8 policy: is the input well-formed UTF-8, and does
 * it hold at least one well-formed multi-byte sequence? `valid_len` is the
 * input's valid prefix, which the parser need not check again. */
typedef struct utf8_census {
    int valid;
    int multibyte;
    size_t valid_len;
} utf8_census;

/* One pass over the input when it is valid UTF-8 (the common case): the
 * scan reports the ASCII prefix too, and a high byte inside a valid prefix
 * is a multi-byte sequence. */
static utf8_census take_census(const char *s, size_t len)
{
    utf8_census c = { 1, 0, 0 };
    size_t i = 0;
    while (i < len && !(c.multibyte && !c.valid)) {
        size_t ascii, valid = mt_utf8_scan(s + i, len - i, &ascii);
        if (ascii < valid)
            c.multibyte = 1;
        if (i == 0)
            c.valid_len = valid;
        i += valid;
        if (i < len && mt_utf8_is_cut_character(s + i, len - i))
            break;  /* the input ends inside a character: cut, not ill-formed */
        if (i < len) {
            c.valid = 0;
            i++;    /* past one ill-formed byte; a later sequence still counts */
        }
    }
    return c;
}

/* The length of an ill-formed sequence at p that has UTF-8's shape -- a
 * lead byte and as many continuation bytes as it announces (ED A0 BD, a
 * surrogate half; C0 80, an overlong NUL) -- or 0. */
static size_t utf8_shaped_length(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    size_t n = c >= 0xC0 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
             : c >= 0xF0 && c <= 0xF7 ? 4 : 0;
    if (!n || (size_t)(end - p) < n)
        return 0;
    for (size_t k = 1; k < n; k++)
        if (((unsigned char)p[k] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* Whether a page declared UTF-8 but not well-formed is UTF-8 with stray
 * bytes (a windows-1252 "’" or "ü" pasted into it), not a page wholly in
 * a legacy multi-byte encoding whose bytes now and then happen to form a
 * UTF-8 sequence (Shift_JIS, EUC-KR, GBK). Stray bytes are few beside the
 * page's own sequences, or stand alone between ASCII letters; a legacy
 * CJK encoding's characters are pairs of high bytes, far more of them
 * than chance sequences. Only pages found ill-formed come here. */
static int has_stray_bytes_only(const char *s, size_t len)
{
    const char *end = s + len;
    size_t sequences = 0, strays = 0, paired = 0, surrogate_pairs = 0, shaped = 0;
    int after_stray = 0;
    for (const char *p = s; p < end;) {
        if ((unsigned char)*p < 0x80) {
            p++;
            after_stray = 0;
            continue;
        }
        size_t n;
        mt_utf8_decode(p, end, &n);
        if (n > 1) {
            sequences++;
            after_stray = 0;
        } else if (mt_utf8_surrogate_pair(p, (size_t)(end - p))) {
            /* a character written as UTF-8 writes its surrogate halves:
             * one stray, of a UTF-8 page (legacy text hardly ever holds
             * such a pair by chance) */
            strays++;
            surrogate_pairs++;
            after_stray = 0;
            n = 6;
        } else if ((n = utf8_shaped_length(p, end)) > 0) {
            /* a lone surrogate half, an overlong form: one stray, but
             * legacy text may hold one by chance (windows-1252's "À" and
             * a no-break space) */
            strays++;
            shaped++;
            after_stray = 0;
        } else {
            n = 1;
            strays++;
            paired += after_stray || (p + 1 < end && (unsigned char)p[1] >= 0x80);
            after_stray = 1;
        }
        p += n;
    }
    /* nothing of UTF-8's own, well-formed or not -- a UTF-8 shape among
     * legacy bytes is chance; one with nothing but ASCII around, a
     * damaged character */
    if (!sequences && !surrogate_pairs && (!shaped || strays > shaped))
        return 0;
    return strays <= sequences || paired * 2 < strays;
}

/* UTF-16 without a byte order mark (a page an old Windows editor saved):
 * its first UTF16_UNITS code units are basic Latin, a printable ASCII byte
 * beside a zero, in one order or the other -- which no 8-bit page and
 * hardly a binary file opens with. Browsers guess it so too. The encoding,
 * or MT_ENC_NONE. */
#define UTF16_UNITS 32

static int is_basic_latin(unsigned char c)
{
    return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r';
}

static int sniff_utf16_without_bom(const char *html, size_t len)
{
    const unsigned char *s = (const unsigned char *)html;
    if (len < 2 * UTF16_UNITS)
        return MT_ENC_NONE;
    int le = 1, be = 1;
    for (size_t i = 0; i < 2 * UTF16_UNITS; i += 2) {
        le &= s[i + 1] == 0 && is_basic_latin(s[i]);
        be &= s[i] == 0 && is_basic_latin(s[i + 1]);
    }
    return le ? MT_ENC_UTF_16LE : be ? MT_ENC_UTF_16BE : MT_ENC_NONE;
}

void mt_charset_apply_declaration(const char *html, size_t len, int declared, int source,
                                  mt_charset_choice *out)
{
    out->encoding = declared;
    out->source = source;
    out->bom_len = 0;
    out->tentative = 0;
    out->utf8_fallback = 0;
    out->utf8_valid_len = 0;
    if (!mt_encoding_ascii_compatible(declared))
        return;
    utf8_census c = take_census(html, len);
    out->utf8_valid_len = c.valid_len;
    if (declared != MT_ENC_UTF_8) {
        if (c.valid && c.multibyte) {
            out->encoding = MT_ENC_UTF_8;
            out->source = MT_ENCSRC_DETECTED;
        }
        return;
    }
    if (c.valid)
        return;
    if (has_stray_bytes_only(html, len)) {
        out->utf8_fallback = 1;
        return;
    }
    out->encoding = mt_charset_detect(html, len);
    out->source = MT_ENCSRC_DETECTED;
}

mt_status mt_charset_determine(const char *html, size_t len, const char *transport_label,
                               mt_charset_choice *out)
{
    memset(out, 0, sizeof *out);
    /* An unknown label is the caller's error whatever the page holds, so it
     * is reported even when a byte order mark decides. */
    mt_status st = MT_OK;
    int transport = MT_ENC_NONE;
    if (transport_label) {
        transport = mt_encoding_from_label(transport_label, strlen(transport_label));
        if (transport == MT_ENC_NONE)
            st = MT_ERR_UNKNOWN_ENCODING;
    }
    int enc = mt_charset_sniff_bom(html, len, &out->bom_len);
    if (enc != MT_ENC_NONE) {
        out->encoding = enc;
        out->source = MT_ENCSRC_BOM;
        return st;
    }
    if (transport != MT_ENC_NONE) {
        mt_charset_apply_declaration(html, len, transport, MT_ENCSRC_TRANSPORT, out);
        return MT_OK;
    }
    enc = mt_charset_prescan(html, len);
    if (enc != MT_ENC_NONE) {
        mt_charset_apply_declaration(html, len, enc, MT_ENCSRC_META, out);
        return st;
    }
    enc = sniff_utf16_without_bom(html, len);
    if (enc != MT_ENC_NONE) {
        out->encoding = enc;
        out->source = MT_ENCSRC_DETECTED;
        return st;
    }
    /* Nothing declared: one pass tells the detector what it needs to know
     * first (valid UTF-8? any byte >= 0x80?) and spares the parser its own
     * check of the same bytes. */
    size_t ascii, valid = mt_utf8_scan(html, len, &ascii);
    out->encoding = mt_charset_detect_scanned(html, len, valid, ascii);
    out->source = ascii < len ? MT_ENCSRC_DETECTED : MT_ENCSRC_DEFAULT;
    out->tentative = 1;
    out->utf8_valid_len = valid;
    return st;
}
