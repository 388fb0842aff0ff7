/* decode.c -- bytes in a known encoding -> UTF-8 (see decode.h).
 *
 * Which glibc converters, and why (each checked against the Encoding
 * Standard's indexes, tests/unit/test_charset_decode.c pins the characters
 * where the choices differ):
 *  - Shift_JIS: CP932. The web's Shift_JIS is Microsoft's: 0x5C is a
 *    backslash, 0x8160 is U+FF5E, rows 13 and 89-92 hold the NEC and IBM
 *    extensions. glibc's "SJIS" maps 0x5C to the yen sign and lacks them.
 *  - EUC-JP and ISO-2022-JP: their JIS X 0208 pairs are turned into the
 *    Shift_JIS pair of the same index pointer and decoded with CP932, so all
 *    three Japanese encodings share the one index the standard prescribes
 *    (glibc's EUC-JP uses the JIS mappings, e.g. U+301C for 0xA1C1, and
 *    lacks the NEC/IBM rows; EUC-JP-MS maps rows 89-92 to private use).
 *    JIS X 0212 (0x8F triples) goes through EUC-JP-MS.
 *  - GBK and gb18030: GB18030 (the standard decodes GBK as gb18030), with
 *    0x80 = U+20AC.
 *  - Big5: CP950 for Big5 proper (the HKSCS converter lacks e.g. 0xA1C3 and
 *    maps 0xA145 to a bullet), BIG5-HKSCS for the HKSCS rows (lead bytes
 *    0x87-0xA0, 0xC6A1-0xC8FE, 0xFA-0xFE), which CP950 maps to private use.
 *  - EUC-KR: CP949 (the web's EUC-KR is Microsoft's Unified Hangul Code),
 *    plus 0xA2E8 = U+327E, which glibc's CP949 lacks.
 * On an ill-formed sequence one byte is skipped and U+FFFD written, so an
 * ASCII byte after a bad lead byte is kept, as the standard's decoders do. */
#include <errno.h>
#include <stdbool.h>
#include <iconv.h>
#include <string.h>
#include "charset/decode.h"
#include "util/alloc.h"
#include "util/utf8.h"

#define REPLACEMENT 0xFFFDu

/* ======================================================================
 * Output buffer in the arena
 * ====================================================================== */

typedef struct sink {
    mt_arena *arena;
    char *buf;
    size_t len, cap;
    int failed;           /* an allocation failed; everything after is dropped */
} sink;

static int sink_init(sink *s, mt_arena *arena, size_t cap)
{
    s->arena = arena;
    s->len = 0;
    s->cap = cap + 1;     /* room for the final NUL */
    s->failed = 0;
    s->buf = mt_arena_alloc_bytes(arena, s->cap);
    if (!s->buf)
        s->failed = 1;
    return !s->failed;
}

/* Makes room for `more` bytes (plus the final NUL); grows geometrically so
 * appending stays linear. */
static int sink_reserve(sink *s, size_t more)
{
    if (s->failed)
        return 0;
    if (s->cap - s->len > more)
        return 1;
    size_t want = s->len + more + 1;
    size_t cap = s->cap * 2 > want ? s->cap * 2 : want;
    char *nb = mt_arena_grow(s->arena, s->buf, s->cap, cap);
    if (!nb) {
        s->failed = 1;
        return 0;
    }
    s->buf = nb;
    s->cap = cap;
    return 1;
}

static void sink_cp(sink *s, uint32_t cp)
{
    if (sink_reserve(s, 4))
        s->len += mt_utf8_encode(cp, s->buf + s->len);
}

static void sink_bytes(sink *s, const void *p, size_t n)
{
    if (n && sink_reserve(s, n)) {
        memcpy(s->buf + s->len, p, n);
        s->len += n;
    }
}

static mt_status sink_finish(sink *s, const char **out, size_t *out_len)
{
    if (s->failed)
        return MT_ERR_NOMEM;
    s->buf[s->len] = '\0';
    *out = s->buf;
    *out_len = s->len;
    return MT_OK;
}

/* ======================================================================
 * Encodings we decode ourselves
 * ====================================================================== */

static int all_ascii(const unsigned char *p, size_t len)
{
    return mt_utf8_ascii_prefix((const char *)p, len) == len;
}

static size_t ascii_run(const unsigned char *p, size_t len)
{
    return mt_utf8_ascii_prefix((const char *)p, len);
}

static size_t utf8_length(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Single-byte: measure exactly, then fill, so the text takes one
 * allocation of the right size. Legacy pages are mostly ASCII, which both
 * passes take in runs. */
static void decode_single_byte(sink *s, const uint16_t *table, const unsigned char *in,
                               size_t len)
{
    size_t need = 0;
    for (size_t i = 0; i < len; i++) {
        size_t run = ascii_run(in + i, len - i);
        need += run;
        i += run;
        if (i < len)
            need += utf8_length(table[in[i] - 0x80] ? table[in[i] - 0x80] : REPLACEMENT);
    }
    if (!sink_reserve(s, need))
        return;
    char *o = s->buf + s->len;
    for (size_t i = 0; i < len; i++) {
        size_t run = ascii_run(in + i, len - i);
        memcpy(o, in + i, run);
        o += run;
        i += run;
        if (i < len) {
            uint32_t cp = table[in[i] - 0x80];
            o += mt_utf8_encode(cp ? cp : REPLACEMENT, o);
        }
    }
    s->len = (size_t)(o - s->buf);
}

/* UTF-8 whose ill-formed bytes are read as windows-1252: a lone byte that
 * cannot start or continue a sequence is a legacy character (a Latin-1
 * "ü" in a UTF-8 page); a surrogate pair written half by half is the
 * character it stands for (mt_utf8_surrogate_pair); a cut-off sequence (a
 * lead byte with some of its continuation bytes) is damaged UTF-8 and
 * becomes U+FFFD. */
static void decode_utf8_fallback(sink *s, const unsigned char *in, size_t len)
{
    const uint16_t *cp1252 = mt_single_byte_table(MT_ENC_WINDOWS_1252);
    size_t i = 0;
    while (i < len) {
        size_t valid = mt_utf8_valid_prefix((const char *)in + i, len - i);
        sink_bytes(s, in + i, valid);
        i += valid;
        if (i >= len)
            break;
        uint32_t pair = mt_utf8_surrogate_pair((const char *)in + i, len - i);
        if (pair) {
            sink_cp(s, pair);
            i += 6;
            continue;
        }
        size_t cont = 0;
        while (cont < 3 && i + 1 + cont < len && (in[i + 1 + cont] & 0xC0) == 0x80)
            cont++;
        if (in[i] >= 0xC2 && in[i] <= 0xF4 && cont > 0) {
            sink_cp(s, REPLACEMENT);
            i += 1 + cont;
        } else {
            uint32_t cp = cp1252[in[i] - 0x80];
            sink_cp(s, cp ? cp : REPLACEMENT);
            i++;
        }
    }
}

/* UTF-16: an unpaired surrogate or an odd last byte becomes U+FFFD. */
static void decode_utf16(sink *s, const unsigned char *in, size_t len, int big_endian)
{
    if (!sink_reserve(s, len / 2 * 3 + 4))
        return;
    size_t i = 0;
    while (i + 1 < len) {
        uint32_t u = big_endian ? (uint32_t)(in[i] << 8 | in[i + 1])
                                : (uint32_t)(in[i + 1] << 8 | in[i]);
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < len) {
            uint32_t v = big_endian ? (uint32_t)(in[i] << 8 | in[i + 1])
                                    : (uint32_t)(in[i + 1] << 8 | in[i]);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                i += 2;
            }
        }
        sink_cp(s, u >= 0xD800 && u <= 0xDFFF ? REPLACEMENT : u);
    }
    if (i < len)
        sink_cp(s, REPLACEMENT);
}

static void decode_x_user_defined(sink *s, const unsigned char *in, size_t len)
{
    for (size_t i = 0; i < len; i++)
        sink_cp(s, in[i] < 0x80 ? in[i] : 0xF780u + in[i] - 0x80);
}

/* ======================================================================
 * iconv-driven decoding
 * ====================================================================== */

/* Runs `cd` over in[0..len) into the sink. The callers hand it only
 * well-formed characters (see decode_cjk), so an error here is rare: the
 * converter lacks a character; it becomes U+FFFD and conversion goes on. */
static void iconv_run(sink *s, iconv_t cd, const unsigned char *in, size_t len)
{
    char *ip = (char *)in;
    size_t il = len;
    while (il > 0 && !s->failed) {
        if (!sink_reserve(s, il + il / 2 + 16))
            return;
        char *op = s->buf + s->len;
        size_t ol = s->cap - s->len - 1;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        s->len = (size_t)(op - s->buf);
        if (r != (size_t)-1 || errno == E2BIG)
            continue;
        sink_cp(s, REPLACEMENT);
        /* Some glibc converters consume the bad sequence themselves. */
        if (il > 0 && errno == EILSEQ) {
            ip++;
            il--;
        } else if (il > 0) {
            il = 0;     /* EINVAL: an incomplete character ends the input */
        }
        iconv(cd, NULL, NULL, NULL, NULL);    /* back to the initial shift state */
    }
    /* Stateful converters may hold output back until told the input ended. */
    if (!s->failed && sink_reserve(s, 16)) {
        char *op = s->buf + s->len;
        size_t ol = s->cap - s->len - 1;
        iconv(cd, NULL, NULL, &op, &ol);
        s->len = (size_t)(op - s->buf);
    }
}

/* Why iconv_open failed: for want of memory, or (EINVAL) because the C
 * library has no such converter (one built without its charset modules):
 * the page's encoding cannot be decoded here. */
static mt_status open_status(void)
{
    return errno == ENOMEM ? MT_ERR_NOMEM : MT_ERR_UNKNOWN_ENCODING;
}

/* ======================================================================
 * Japanese: EUC-JP and ISO-2022-JP through Shift_JIS
 * ====================================================================== */

/* Bytes waiting to go through CP932, and the converters. */
typedef struct sjis_pipe {
    sink *out;
    iconv_t cp932;
    iconv_t jis0212;          /* EUC-JP-MS, for EUC-JP's 0x8F triples; lazily opened */
    bool jis0212_failed;      /* ... and its opening failed: not tried again */
    mt_status status;         /* MT_ERR_NOMEM when that was for want of memory */
    unsigned char *pend;
    size_t npend, cap;
    const mt_allocator *alloc;
} sjis_pipe;

static void pipe_flush(sjis_pipe *p)
{
    if (p->npend)
        iconv_run(p->out, p->cp932, p->pend, p->npend);
    p->npend = 0;
}

static void pipe_byte(sjis_pipe *p, unsigned b)
{
    if (p->npend == p->cap)
        pipe_flush(p);
    p->pend[p->npend++] = (unsigned char)b;
}

/* JIS X 0208 index pointer -> its Shift_JIS pair (the inverse of the
 * Shift_JIS decoder's pointer formula). */
static void pipe_pointer(sjis_pipe *p, unsigned pointer)
{
    unsigned lead = pointer / 188, trail = pointer % 188;
    pipe_byte(p, lead + (lead < 0x1F ? 0x81 : 0xC1));
    pipe_byte(p, trail + (trail < 0x3F ? 0x40 : 0x41));
}

static void pipe_cp(sjis_pipe *p, uint32_t cp)
{
    pipe_flush(p);
    sink_cp(p->out, cp);
}

static void pipe_jis0212(sjis_pipe *p, const unsigned char *triple)
{
    pipe_flush(p);
    if (!p->jis0212 && !p->jis0212_failed) {
        p->jis0212 = iconv_open("UTF-8", "EUC-JP-MS");
        if (p->jis0212 == (iconv_t)-1) {
            p->jis0212 = NULL;
            p->jis0212_failed = true;
            if (errno == ENOMEM)
                p->status = MT_ERR_NOMEM;
        }
    }
    if (p->jis0212)
        iconv_run(p->out, p->jis0212, triple, 3);
    else
        sink_cp(p->out, REPLACEMENT);
}

static int in_range(unsigned b, unsigned lo, unsigned hi)
{
    return b >= lo && b <= hi;
}

static void euc_jp_to_pipe(sjis_pipe *p, const unsigned char *in, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned b = in[i];
        if (b < 0x80) {
            pipe_byte(p, b);
            i++;
        } else if (b == 0x8E && i + 1 < len && in_range(in[i + 1], 0xA1, 0xDF)) {
            pipe_byte(p, in[i + 1]);          /* half-width katakana: same byte */
            i += 2;
        } else if (b == 0x8F && i + 2 < len && in_range(in[i + 1], 0xA1, 0xFE) &&
                   in_range(in[i + 2], 0xA1, 0xFE)) {
            pipe_jis0212(p, in + i);
            i += 3;
        } else if (in_range(b, 0xA1, 0xFE) && i + 1 < len && in_range(in[i + 1], 0xA1, 0xFE)) {
            pipe_pointer(p, (b - 0xA1) * 94 + (in[i + 1] - 0xA1));
            i += 2;
        } else {
            pipe_cp(p, REPLACEMENT);
            i++;
        }
    }
}

/* Recognises an ISO-2022-JP escape at in[i]; returns the new state (see
 * iso_2022_jp_to_pipe) or -1. */
static int iso_2022_jp_escape(const unsigned char *in, size_t i, size_t len)
{
    if (i + 2 >= len)
        return -1;
    if (in[i + 1] == '(') {
        switch (in[i + 2]) {
        case 'B': return 0;
        case 'J': return 1;
        case 'I': return 2;
        }
    } else if (in[i + 1] == '$' && (in[i + 2] == '@' || in[i + 2] == 'B'))
        return 3;
    return -1;
}

/* States: 0 ASCII, 1 JIS X 0201 Roman, 2 katakana, 3 JIS X 0208. */
static void iso_2022_jp_to_pipe(sjis_pipe *p, const unsigned char *in, size_t len)
{
    int state = 0;
    size_t i = 0;
    while (i < len) {
        unsigned b = in[i];
        if (b == 0x1B) {
            int next = iso_2022_jp_escape(in, i, len);
            if (next >= 0) {
                state = next;
                i += 3;
                continue;
            }
        }
        if (b >= 0x80 || b == 0x0E || b == 0x0F || b == 0x1B) {
            pipe_cp(p, REPLACEMENT);
            i++;
        } else if (state == 3 && in_range(b, 0x21, 0x7E) && i + 1 < len &&
                   in_range(in[i + 1], 0x21, 0x7E)) {
            pipe_pointer(p, (b - 0x21) * 94 + (in[i + 1] - 0x21));
            i += 2;
        } else if (state == 2 && in_range(b, 0x21, 0x5F)) {
            pipe_byte(p, b + 0x80);
            i++;
        } else if (state == 1 && (b == 0x5C || b == 0x7E)) {
            pipe_cp(p, b == 0x5C ? 0xA5 : 0x203E);
            i++;
        } else if (state >= 2 && b > 0x20) {
            pipe_cp(p, REPLACEMENT);
            i++;
        } else {
            pipe_byte(p, b);
            i++;
        }
    }
}

static mt_status decode_japanese(sink *s, int enc, const unsigned char *in, size_t len)
{
    sjis_pipe p = { s, (iconv_t)-1, NULL, false, MT_OK, NULL, 0, 4096, s->arena->alloc };
    p.cp932 = iconv_open("UTF-8", "CP932");
    if (p.cp932 == (iconv_t)-1)
        return open_status();
    p.pend = mt_mem_alloc(p.alloc, p.cap);
    if (!p.pend) {
        iconv_close(p.cp932);
        return MT_ERR_NOMEM;
    }
    if (enc == MT_ENC_EUC_JP)
        euc_jp_to_pipe(&p, in, len);
    else
        iso_2022_jp_to_pipe(&p, in, len);
    pipe_flush(&p);
    mt_mem_free(p.alloc, p.pend, p.cap);
    iconv_close(p.cp932);
    if (p.jis0212)
        iconv_close(p.jis0212);
    return p.status;
}

/* ======================================================================
 * Shift_JIS, GBK, gb18030, Big5, EUC-KR: runs through iconv
 * ====================================================================== */

size_t mt_cjk_char_length(int enc, const unsigned char *p, size_t left)
{
    unsigned b = p[0], t = left > 1 ? p[1] : 0;
    if (b < 0x80)
        return 1;
    switch (enc) {
    case MT_ENC_SHIFT_JIS:
        if (b == 0x80 || in_range(b, 0xA1, 0xDF))
            return 1;
        return (in_range(b, 0x81, 0x9F) || in_range(b, 0xE0, 0xFC)) &&
               (in_range(t, 0x40, 0x7E) || in_range(t, 0x80, 0xFC)) ? 2 : 0;
    case MT_ENC_EUC_JP:
        if (b == 0x8E)
            return in_range(t, 0xA1, 0xDF) ? 2 : 0;
        if (b == 0x8F)
            return left > 2 && in_range(t, 0xA1, 0xFE) && in_range(p[2], 0xA1, 0xFE) ? 3 : 0;
        return in_range(b, 0xA1, 0xFE) && in_range(t, 0xA1, 0xFE) ? 2 : 0;
    case MT_ENC_GBK:
    case MT_ENC_GB18030:
        if (b == 0x80)
            return 1;
        if (in_range(b, 0x81, 0xFE) && in_range(t, 0x30, 0x39))
            return left > 3 && in_range(p[2], 0x81, 0xFE) && in_range(p[3], 0x30, 0x39) ? 4 : 0;
        return in_range(b, 0x81, 0xFE) && in_range(t, 0x40, 0xFE) && t != 0x7F ? 2 : 0;
    case MT_ENC_BIG5:
        return in_range(b, 0x81, 0xFE) && (in_range(t, 0x40, 0x7E) || in_range(t, 0xA1, 0xFE))
                   ? 2 : 0;
    case MT_ENC_EUC_KR:
        return in_range(b, 0x81, 0xFE) && (in_range(t, 0x41, 0x5A) || in_range(t, 0x61, 0x7A) ||
                                           in_range(t, 0x81, 0xFE)) ? 2 : 0;
    }
    return 0;
}

/* What becomes of one well-formed character. */
enum { CH_RUN, CH_SECONDARY, CH_CODE_POINT };

/* Characters the main converter gets wrong: the Encoding Standard's
 * single bytes 0x80 (Shift_JIS U+0080, GBK U+20AC), EUC-KR 0xA2E8 (U+327E,
 * missing from glibc's CP949), and Big5's HKSCS rows (to BIG5-HKSCS). */
static int classify(int enc, const unsigned char *p, size_t n, uint32_t *cp)
{
    if (p[0] == 0x80 && n == 1) {
        *cp = enc == MT_ENC_SHIFT_JIS ? 0x80 : 0x20AC;
        return CH_CODE_POINT;
    }
    if (enc == MT_ENC_EUC_KR && p[0] == 0xA2 && p[1] == 0xE8) {
        *cp = 0x327E;
        return CH_CODE_POINT;
    }
    if (enc == MT_ENC_BIG5 && n == 2) {
        unsigned lead = p[0], trail = p[1];
        if (lead < 0xA1 || (lead == 0xC6 && trail >= 0xA1) || lead == 0xC7 || lead == 0xC8 ||
            lead >= 0xFA)
            return CH_SECONDARY;
    }
    return CH_RUN;
}

typedef struct cjk_converters {
    const char *primary, *secondary;
} cjk_converters;

static cjk_converters converters_for(int enc)
{
    switch (enc) {
    case MT_ENC_SHIFT_JIS: return (cjk_converters){ "CP932", NULL };
    case MT_ENC_BIG5: return (cjk_converters){ "CP950", "BIG5-HKSCS" };
    case MT_ENC_EUC_KR: return (cjk_converters){ "CP949", NULL };
    }
    return (cjk_converters){ "GB18030", NULL };
}

/* Hands runs of ordinary characters to the main converter in one call
 * each, and settles ill-formed bytes and the special characters here. */
static void decode_cjk_runs(sink *s, int enc, iconv_t main_cd, iconv_t second_cd,
                            const unsigned char *in, size_t len)
{
    size_t run = 0, i = 0;
    while (i < len) {
        i += ascii_run(in + i, len - i);    /* ASCII: characters of their own, kept in the run */
        if (i >= len)
            break;
        uint32_t cp = REPLACEMENT;
        size_t n = mt_cjk_char_length(enc, in + i, len - i);
        int kind = n ? classify(enc, in + i, n, &cp) : CH_CODE_POINT;
        if (kind == CH_RUN) {
            i += n;
            continue;
        }
        iconv_run(s, main_cd, in + run, i - run);
        if (n == 0)
            n = 1;      /* ill-formed: U+FFFD for one byte; an ASCII byte after it stays */
        if (kind == CH_SECONDARY && second_cd != (iconv_t)-1)
            iconv_run(s, second_cd, in + i, n);
        else
            sink_cp(s, cp);
        i += n;
        run = i;
    }
    iconv_run(s, main_cd, in + run, len - run);
}

static mt_status decode_cjk(sink *s, int enc, const unsigned char *in, size_t len)
{
    cjk_converters cv = converters_for(enc);
    iconv_t main_cd = iconv_open("UTF-8", cv.primary);
    if (main_cd == (iconv_t)-1)
        return open_status();
    iconv_t second_cd = cv.secondary ? iconv_open("UTF-8", cv.secondary) : (iconv_t)-1;
    if (second_cd == (iconv_t)-1 && cv.secondary && errno == ENOMEM) {
        iconv_close(main_cd);
        return MT_ERR_NOMEM;
    }
    /* (without the second converter, the characters only it has are U+FFFD) */
    decode_cjk_runs(s, enc, main_cd, second_cd, in, len);
    if (second_cd != (iconv_t)-1)
        iconv_close(second_cd);
    iconv_close(main_cd);
    return MT_OK;
}

/* ======================================================================
 * Entry point
 * ====================================================================== */

int mt_decode_output_is_valid(int enc, unsigned flags)
{
    if (mt_single_byte_table(enc))
        return 1;
    switch (enc) {
    case MT_ENC_UTF_8: return (flags & MT_DECODE_UTF8_FALLBACK) != 0;
    case MT_ENC_UTF_16BE:
    case MT_ENC_UTF_16LE:
    case MT_ENC_X_USER_DEFINED:
    case MT_ENC_REPLACEMENT: return 1;
    }
    return 0;
}

static size_t first_capacity(int enc, size_t len)
{
    if (enc == MT_ENC_UTF_16BE || enc == MT_ENC_UTF_16LE)
        return len / 2 * 3 + 4;
    if (enc == MT_ENC_REPLACEMENT)
        return 4;
    /* Double-byte CJK text grows by half in UTF-8; mostly-ASCII pages by
     * less. The sink grows when a page needs more. */
    return len + len / 2 + 16;
}

static mt_status decode_into(sink *s, int enc, unsigned flags, const unsigned char *in,
                             size_t len)
{
    const uint16_t *table = mt_single_byte_table(enc);
    if (table) {
        decode_single_byte(s, table, in, len);
        return MT_OK;
    }
    switch (enc) {
    case MT_ENC_UTF_8:
        if (flags & MT_DECODE_UTF8_FALLBACK)
            decode_utf8_fallback(s, in, len);
        else
            sink_bytes(s, in, len);
        return MT_OK;
    case MT_ENC_UTF_16BE: decode_utf16(s, in, len, 1); return MT_OK;
    case MT_ENC_UTF_16LE: decode_utf16(s, in, len, 0); return MT_OK;
    case MT_ENC_X_USER_DEFINED: decode_x_user_defined(s, in, len); return MT_OK;
    case MT_ENC_REPLACEMENT:
        if (len)
            sink_cp(s, REPLACEMENT);
        return MT_OK;
    case MT_ENC_SHIFT_JIS:
    case MT_ENC_GBK:
    case MT_ENC_GB18030:
    case MT_ENC_BIG5:
    case MT_ENC_EUC_KR: return decode_cjk(s, enc, in, len);
    case MT_ENC_EUC_JP:
    case MT_ENC_ISO_2022_JP: return decode_japanese(s, enc, in, len);
    }
    return MT_ERR_INVALID_ARG;
}

mt_status mt_decode(mt_arena *arena, int enc, unsigned flags, const char *in, size_t len,
                    const char **out, size_t *out_len)
{
    if (enc < 0 || enc >= MT_ENC__COUNT)
        return MT_ERR_INVALID_ARG;
    const unsigned char *u = (const unsigned char *)in;
    /* UTF-8 is used where it lies: ill-formed sequences are replaced later
     * by the input preparation (html/input.c), copying only then. */
    int as_is = (enc == MT_ENC_UTF_8 && !(flags & MT_DECODE_UTF8_FALLBACK)) ||
                (mt_encoding_ascii_compatible(enc) && all_ascii(u, len));
    if (!as_is && enc == MT_ENC_UTF_8)
        as_is = mt_utf8_valid_prefix(in, len) == len;
    if (as_is) {
        *out = in;
        *out_len = len;
        return MT_OK;
    }
    sink s;
    if (!sink_init(&s, arena, first_capacity(enc, len)))
        return MT_ERR_NOMEM;
    mt_status st = decode_into(&s, enc, flags, u, len);
    if (st != MT_OK)
        return st;
    return sink_finish(&s, out, out_len);
}
