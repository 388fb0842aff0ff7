/* fuzz_charset.c -- libFuzzer target: charset determination and decoding.
 *
 * Input: byte 0 picks an encoding for mt_decode() (and, in its top bit, the
 * UTF-8 fallback flag); byte 1 picks a transport label: none, one of the
 * Encoding Standard's labels, or (0xF0 and up) the next (byte1 & 15) input
 * bytes as a label of the fuzzer's own making. The rest is the page.
 * Checked:
 *  - mt_decode() gives valid UTF-8 of at most three bytes per input byte,
 *    or hands the input back only where the input is its own UTF-8;
 *  - mt_charset_determine() names an encoding and a source in range, a
 *    byte order mark no longer than the input, and MT_ERR_UNKNOWN_ENCODING
 *    exactly when the label is not a known one;
 *  - mt_parse() with that label fails only with MT_ERR_UNKNOWN_ENCODING for
 *    an unknown label, and otherwise every text, name and attribute value
 *    of its tree is valid UTF-8 without a NUL, whatever the bytes were.
 * A broken promise aborts, which the fuzzer reports. Everything is freed. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "maintext.h"
#include "strict_utf8.h"
#include "charset/charset.h"
#include "charset/decode.h"
#include "util/arena.h"

static int all_ascii(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] >= 0x80)
            return 0;
    return 1;
}

static void check_decode(int enc, unsigned flags, const char *in, size_t len)
{
    mt_arena arena;
    mt_arena_init(&arena, NULL, 0, 0);
    const char *out = NULL;
    size_t out_len = 0;
    mt_status st = mt_decode(&arena, enc, flags, in, len, &out, &out_len);
    if (st == MT_OK && out == in) {
        /* Handed back: UTF-8 read as UTF-8 (ill-formed bytes are replaced
         * later, by the input preparation), or ASCII in an ASCII-compatible
         * encoding. */
        int utf8 = enc == MT_ENC_UTF_8 &&
                   (!(flags & MT_DECODE_UTF8_FALLBACK) || strict_utf8(in, len));
        int ascii = mt_encoding_ascii_compatible(enc) && all_ascii((const unsigned char *)in, len);
        if (out_len != len || !(utf8 || ascii))
            abort();
    } else if (st == MT_OK) {
        if (!out || out[out_len] != '\0' || out_len > 3 * len + 3 ||
            !strict_utf8(out, out_len))
            abort();
    } else if (st != MT_ERR_NOMEM) {
        abort();
    }
    mt_arena_release(&arena);
}

static void check_determine(const char *html, size_t len, const char *label)
{
    mt_charset_choice c;
    mt_status st = mt_charset_determine(html, len, label, &c);
    int known = !label || mt_encoding_from_label(label, strlen(label)) != MT_ENC_NONE;
    if (st != (known ? MT_OK : MT_ERR_UNKNOWN_ENCODING))
        abort();
    if (c.encoding < 0 || c.encoding >= MT_ENC__COUNT || c.source < MT_ENCSRC_BOM ||
        c.source > MT_ENCSRC_DEFAULT || c.bom_len > 3 || c.bom_len > len)
        abort();
}

static int clean_string(const char *s, size_t len)
{
    return (len == 0 || s) && (len == 0 || !memchr(s, 0, len)) &&
           strict_utf8(s, len);
}

static void check_parse(const char *html, size_t len, const char *label)
{
    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.transport_charset = label;
    mt_status st;
    mt_document *doc = mt_parse(html, len, &opts, &st);
    int known = !label || mt_encoding_from_label(label, strlen(label)) != MT_ENC_NONE;
    if (!doc) {
        if (st != MT_ERR_NOMEM && !(st == MT_ERR_UNKNOWN_ENCODING && !known))
            abort();
        return;
    }
    if (!known)
        abort();
    const mt_node *root = mt_document_root(doc);
    for (const mt_node *n = root; n; n = mt_node_following(n, root)) {
        size_t l;
        const char *s = mt_node_text(n, &l);
        if (!clean_string(s, l))
            abort();
        s = mt_node_name(n, &l);
        if (!clean_string(s, l))
            abort();
        for (size_t i = 0; i < mt_node_attribute_count(n); i++) {
            const char *name, *value;
            size_t name_len, value_len;
            mt_node_attribute(n, i, &name, &name_len, &value, &value_len);
            if (!clean_string(name, name_len) || !clean_string(value, value_len))
                abort();
        }
    }
    mt_document_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    int enc = data[0] % MT_ENC__COUNT;
    unsigned flags = (data[0] & 0x80) ? MT_DECODE_UTF8_FALLBACK : 0;
    char made_up[16];
    const char *label = NULL;
    size_t skip = 2;
    if (data[1] >= 0xF0) {
        size_t n = data[1] & 15;
        if (n > size - 2)
            n = size - 2;
        memcpy(made_up, data + 2, n);
        made_up[n] = '\0';
        label = strlen(made_up) == n ? made_up : NULL;   /* a NUL ends a C string */
        skip += n;
    } else if (data[1] > 0) {
        label = mt_encoding_labels[data[1] % mt_encoding_label_count].label;
    }
    const char *html = (const char *)data + skip;
    size_t len = size - skip;

    check_decode(enc, flags, html, len);
    check_determine(html, len, label);
    check_parse(html, len, label);
    return 0;
}
