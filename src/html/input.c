/* input.c -- make page text fit for the tokenizer (see input.h). */
#include <string.h>
#include "html/input.h"
#include "util/load.h"
#include "util/swar.h"
#include "util/utf8.h"

/* Length of the maximal ill-formed subpart at s: the bytes a decoder consumes
 * before it emits one U+FFFD (Encoding Standard, UTF-8 decoder). */
static size_t ill_formed_length(const unsigned char *s, const unsigned char *end)
{
    unsigned c = s[0];
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return 1;
    size_t i = 1;
    while (i <= need && s + i < end) {
        if (s[i] < lo || s[i] > hi)
            break;
        lo = 0x80;
        hi = 0xBF;
        i++;
    }
    return i;
}

/* Length of the run at p of ASCII bytes other than CR, which pass through
 * unchanged: eight bytes at a time, testing for a high bit or a 0x0D byte
 * in the word at once. */
static size_t plain_run(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *q = p;
    while ((size_t)(end - q) >= 8) {
        uint64_t w = mt_load64(q);
        if (mt_swar_bytes_below(w ^ (MT_SWAR_ONES * '\r'), 1) | (w & MT_SWAR_HIGHS))
            break;
        q += 8;
    }
    while (q < end && *q < 0x80 && *q != '\r')
        q++;
    return (size_t)(q - p);
}

/* Writes the cleaned form of in[from..len) to `o` and returns its length;
 * with `o` NULL it only measures, so the copy can be allocated exactly. */
static size_t clean_tail(const char *in, size_t len, size_t from, char *o)
{
    const unsigned char *p = (const unsigned char *)in + from;
    const unsigned char *end = (const unsigned char *)in + len;
    size_t n_out = 0;
    while (p < end) {
        size_t run = plain_run(p, end);
        if (run) {
            if (o)
                memcpy(o + n_out, p, run);
            n_out += run;
            p += run;
            if (p >= end)
                break;
        }
        if (*p == '\r') {
            if (o)
                o[n_out] = '\n';
            n_out++;
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
            continue;
        }
        if (*p < 0x80) {
            if (o)
                o[n_out] = (char)*p;
            n_out++;
            p++;
            continue;
        }
        size_t n;
        mt_utf8_decode((const char *)p, (const char *)end, &n);
        if (n > 1) {
            if (o)
                memcpy(o + n_out, p, n);
            n_out += n;
            p += n;
        } else {    /* a non-ASCII byte decoded alone is ill-formed */
            if (o)
                mt_utf8_encode(0xFFFD, o + n_out);
            n_out += 3;
            p += ill_formed_length(p, end);
        }
    }
    return n_out;
}

static mt_status copy_cleaned(mt_arena *arena, const char *in, size_t len, size_t clean_prefix,
                              const char **out, size_t *out_len)
{
    size_t tail = clean_tail(in, len, clean_prefix, NULL);
    char *buf = mt_arena_alloc_bytes(arena, clean_prefix + tail + 1);
    if (!buf)
        return MT_ERR_NOMEM;
    memcpy(buf, in, clean_prefix);
    clean_tail(in, len, clean_prefix, buf + clean_prefix);
    buf[clean_prefix + tail] = '\0';
    *out = buf;
    *out_len = clean_prefix + tail;
    return MT_OK;
}

/* Valid UTF-8 with carriage returns (pages saved with CR LF line ends, two
 * in five on the dev corpus): the text between CRs is copied as it stands,
 * into one allocation of the input's size (the copy can only be shorter),
 * and an LF after a CR is kept by the next run. */
static mt_status copy_without_cr(mt_arena *arena, const char *in, size_t len, const char *cr,
                                 const char **out, size_t *out_len)
{
    char *buf = mt_arena_alloc_bytes(arena, len + 1);
    if (!buf)
        return MT_ERR_NOMEM;
    const char *p = in, *end = in + len;
    char *o = buf;
    while (cr) {
        memcpy(o, p, (size_t)(cr - p));
        o += cr - p;
        p = cr + 1;
        if (p == end || *p != '\n')
            *o++ = '\n';
        cr = memchr(p, '\r', (size_t)(end - p));
    }
    memcpy(o, p, (size_t)(end - p));
    o += end - p;
    *o = '\0';
    *out = buf;
    *out_len = (size_t)(o - buf);
    return MT_OK;
}

mt_status mt_input_prepare_checked(mt_arena *arena, const char *in, size_t len, size_t checked,
                                   const char **out, size_t *out_len)
{
    size_t valid = checked >= len ? len : checked + mt_utf8_valid_prefix(in + checked,
                                                                          len - checked);
    const char *cr = memchr(in, '\r', valid);
    if (valid == len && !cr) {
        *out = in;
        *out_len = len;
        return MT_OK;
    }
    if (valid == len)
        return copy_without_cr(arena, in, len, cr, out, out_len);
    size_t clean = cr ? (size_t)(cr - in) : valid;
    return copy_cleaned(arena, in, len, clean, out, out_len);
}

mt_status mt_input_prepare(mt_arena *arena, const char *in, size_t len,
                           const char **out, size_t *out_len)
{
    return mt_input_prepare_checked(arena, in, len, 0, out, out_len);
}
