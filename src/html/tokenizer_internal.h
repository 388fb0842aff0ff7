/* tokenizer_internal.h -- what the tokenizer's source files share.
 *
 * The tokenizer works on the whole input at once (it is never fed in
 * pieces), so each state of the standard is a stretch of code that looks at
 * the input directly instead of a case of a switch run once per character:
 * runs of ordinary bytes are skipped with a class table, and only the bytes
 * that can change the state are looked at one by one.
 *
 * Strings of a token (names, values, comment data, the character run) are
 * built as `tk_str`: a slice of the input for as long as the token's text
 * is the input as it stands, copied into a scratch buffer at the first
 * change (a decoded character reference, a NUL turned into U+FFFD, a letter
 * lowercased). */
#ifndef MT_HTML_TOKENIZER_INTERNAL_H
#define MT_HTML_TOKENIZER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "html/tokenizer.h"
#include "util/load.h"
#include "util/swar.h"

typedef unsigned char uchar;

/* ---------------------------------------------------------------- character classes */

/* Bits of mt_tk_class[]: what a byte is, and which scanning loops stop at it
 * (the loops whose stop set is two or three bytes use tk_find3 instead).
 * Whitespace is the tokenizer's: TAB, LF, FF, SPACE (CR is gone after input
 * preprocessing). */
enum {
    TK_SPACE = 1u << 0,
    TK_UPPER = 1u << 1,     /* A-Z */
    TK_ALPHA = 1u << 2,     /* A-Z a-z */
    TK_ALNUM = 1u << 3,     /* A-Z a-z 0-9 */
    TK_HEX = 1u << 4,       /* 0-9 A-F a-f */
    TK_STOP_NAME = 1u << 5,     /* space / > NUL: tag name */
    TK_STOP_ATTR = 1u << 6,     /* space / > = NUL: attribute name */
    TK_STOP_UNQ = 1u << 7,      /* space & > NUL: unquoted attribute value */
    TK_STOP_DOCTYPE = 1u << 8   /* space > NUL: DOCTYPE name */
};

extern const uint16_t mt_tk_class[256];

static inline bool tk_is(uchar c, unsigned bits)
{
    return (mt_tk_class[c] & bits) != 0;
}

/* The first byte in [p, end) whose class has one of the `stop` bits, or end.
 * This loop is where the tokenizer spends most of its time; unrolled by four
 * so the end check is paid once per four bytes. */
static inline const uchar *tk_scan(const uchar *p, const uchar *end, unsigned stop)
{
    while (end - p >= 4) {
        if (mt_tk_class[p[0]] & stop) return p;
        if (mt_tk_class[p[1]] & stop) return p + 1;
        if (mt_tk_class[p[2]] & stop) return p + 2;
        if (mt_tk_class[p[3]] & stop) return p + 3;
        p += 4;
    }
    while (p < end && !(mt_tk_class[*p] & stop))
        p++;
    return p;
}

/* The first of the bytes a, b, c in [p, end), or end: for the long runs
 * (text, script, comments, quoted values) whose stop set is a few bytes.
 * With SSE2 (every x86-64) sixteen bytes are tested at once; elsewhere, on
 * little-endian machines, eight at a time in a 64-bit word. */
#if defined(__SSE2__) && !defined(MT_TK_NO_SIMD)
#include <emmintrin.h>
static inline const uchar *tk_find3(const uchar *p, const uchar *end, uchar a, uchar b, uchar c)
{
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b),
                  vc = _mm_set1_epi8((char)c);
    while (end - p >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                   _mm_cmpeq_epi8(x, vc));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (mask)
            return p + __builtin_ctz(mask);
        p += 16;
    }
    while (p < end && *p != a && *p != b && *p != c)
        p++;
    return p;
}
#elif defined(MT_SWAR_LE)
static inline const uchar *tk_find3(const uchar *p, const uchar *end, uchar a, uchar b, uchar c)
{
    const uint64_t wa = MT_SWAR_ONES * a, wb = MT_SWAR_ONES * b, wc = MT_SWAR_ONES * c;
    while (end - p >= 8) {
        uint64_t x = mt_load64(p);
        /* the bytes equal to a, b or c: the zero bytes of x XOR each */
        uint64_t hit = mt_swar_bytes_below(x ^ wa, 1) | mt_swar_bytes_below(x ^ wb, 1) |
                       mt_swar_bytes_below(x ^ wc, 1);
        if (hit)
            return p + mt_swar_first(hit);
        p += 8;
    }
    while (p < end && *p != a && *p != b && *p != c)
        p++;
    return p;
}
#else
static inline const uchar *tk_find3(const uchar *p, const uchar *end, uchar a, uchar b, uchar c)
{
    while (p < end && *p != a && *p != b && *p != c)
        p++;
    return p;
}
#endif

static inline const uchar *tk_skip_space(const uchar *p, const uchar *end)
{
    while (p < end && tk_is(*p, TK_SPACE))
        p++;
    return p;
}

/* U+FFFD REPLACEMENT CHARACTER in UTF-8, which stands for NUL in most states. */
#define TK_FFFD "\xEF\xBF\xBD"

/* ---------------------------------------------------------------- buffers and strings */

/* A scratch buffer; grows geometrically up to the tokenizer's cap and is
 * reused from token to token. */
typedef struct tk_buf {
    char *data;
    size_t len, cap;
} tk_buf;

/* A string under construction: the slice `slice` while its bytes are the
 * input's, else bytes [off, off + len) of a scratch buffer. Only the string
 * built last may grow, so a buffer holds its strings one after another. */
typedef struct tk_str {
    const char *slice;
    size_t off;
    size_t len;
    bool in_buf;
} tk_str;

/* An attribute being collected (names and values are tk_str until the tag is
 * emitted, because the scratch buffer may move while the tag grows). */
typedef struct tk_attr {
    tk_str name, value;
} tk_attr;

/* One slot of the duplicate-attribute hash set; `stamp` tells which tag
 * filled it, so the set needs no clearing between tags. */
typedef struct tk_slot {
    uint32_t stamp;
    uint32_t index;
} tk_slot;

/* What a '<' in data turned out to start. */
typedef enum tk_markup {
    TK_MARKUP_TEXT,     /* nothing: the '<' is a character */
    TK_MARKUP_SKIP,     /* "</>": bytes that make no token and no text */
    TK_MARKUP_CDATA,    /* a CDATA section: characters [cdata_from, cdata_to) */
    TK_MARKUP_TOKEN,    /* a token, now in t->other */
    TK_MARKUP_EOF       /* the input ended inside a tag, which is dropped */
} tk_markup;

struct mt_tokenizer {
    const char *input;
    const uchar *end;
    const uchar *pos;           /* where the next token starts */
    const mt_allocator *alloc;
    size_t buf_limit;           /* most bytes a scratch buffer may hold */
    uint32_t max_attributes;

    mt_tokenizer_state state;
    bool allow_cdata;
    bool oom;                   /* an allocation failed during this call */
    bool finished;              /* EOF (or a failure) was reached */

    /* "the last start tag emitted": a static tag name, or a copy. */
    const char *last_start;
    size_t last_start_len;
    tk_buf last_start_copy;

    /* The character run of this call. */
    tk_buf text;
    tk_str run;
    uint32_t run_offset;
    unsigned run_flags;

    /* The other token of this call, handed out after the run if there is one. */
    mt_token other;
    bool has_pending;

    /* Tag, comment and DOCTYPE strings. */
    tk_buf tagbuf;
    tk_str name, attr_name, value, public_id, system_id;
    size_t attr_mark;           /* tagbuf length before the current attribute */
    bool attr_kept;             /* the current attribute is no duplicate and fits */
    tk_attr *attrs;             /* attrs and out_attrs both hold attrs_cap */
    mt_token_attr *out_attrs;
    uint32_t nattrs, attrs_cap;
    bool attrs_truncated;
    tk_slot *slots;             /* duplicate-attribute set, for tags with many */
    uint32_t slot_mask;         /* slot count - 1 */
    uint32_t stamp;
    bool slots_active;          /* this tag's attributes are in the set */
    /* A CDATA section found by mt_tk_markup_declaration: its characters. */
    const uchar *cdata_from, *cdata_to;
};

bool mt_tk_buf_grow(mt_tokenizer *t, tk_buf *b, size_t extra);

static inline bool tk_buf_reserve(mt_tokenizer *t, tk_buf *b, size_t extra)
{
    return b->cap - b->len >= extra || mt_tk_buf_grow(t, b, extra);
}

static inline void tk_str_begin(tk_str *s, const char *at)
{
    s->slice = at;
    s->off = 0;
    s->len = 0;
    s->in_buf = false;
}

/* Moves a slice into `b` so it can take bytes the input does not have.
 * Returns false when memory ran out (the string stays a valid slice). */
bool mt_tk_str_to_buf(mt_tokenizer *t, tk_buf *b, tk_str *s);

/* Appends to a string that already lives at the end of `b`. */
static inline void tk_str_append(mt_tokenizer *t, tk_buf *b, tk_str *s, const char *p, size_t n)
{
    if (!tk_buf_reserve(t, b, n))
        return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
    s->len += n;
}

/* Appends the input bytes [p, p + n): free while the string is a slice that
 * ends at p. */
static inline void tk_str_input(mt_tokenizer *t, tk_buf *b, tk_str *s, const char *p, size_t n)
{
    if (n == 0)
        return;
    if (!s->in_buf) {
        if (s->len == 0) {
            s->slice = p;
            s->len = n;
            return;
        }
        if (s->slice + s->len == p) {
            s->len += n;
            return;
        }
        if (!mt_tk_str_to_buf(t, b, s))
            return;
    }
    tk_str_append(t, b, s, p, n);
}

/* Appends bytes that are not the input's (the string moves to `b`). */
static inline void tk_str_bytes(mt_tokenizer *t, tk_buf *b, tk_str *s, const char *p, size_t n)
{
    if (s->in_buf || mt_tk_str_to_buf(t, b, s))
        tk_str_append(t, b, s, p, n);
}

/* Appends input bytes with ASCII letters lowercased (the string moves to `b`). */
void mt_tk_str_lower(mt_tokenizer *t, tk_buf *b, tk_str *s, const uchar *p, size_t n);

static inline const char *tk_str_ptr(const tk_buf *b, const tk_str *s)
{
    if (s->len == 0)
        return "";
    return s->in_buf ? b->data + s->off : s->slice;
}

/* Makes `s` the input bytes [p, p + n) with every NUL turned into U+FFFD
 * (comment data and the like). */
void mt_tk_str_input_nul(mt_tokenizer *t, tk_buf *b, tk_str *s, const uchar *p, size_t n);

/* ---------------------------------------------------------------- the parts */

/* Character references (tokenizer_charref.c). `amp` points at '&'. When the
 * text from `amp` is a reference, writes its expansion (at most 8 bytes) to
 * `out` and returns the end of the reference; otherwise returns NULL and the
 * '&' is an ordinary character. `in_attribute` selects the attribute-value
 * rules for legacy references without ';'. */
const uchar *mt_tk_charref(const uchar *amp, const uchar *end, bool in_attribute,
                           char out[8], size_t *out_len);

/* Tags (tokenizer_tag.c). A start or end tag whose name begins at `name`
 * ('<' at `lt`). Returns TK_MARKUP_TOKEN with *next after the '>', or
 * TK_MARKUP_EOF when the input ends inside it. */
tk_markup mt_tk_tag(mt_tokenizer *t, const uchar *lt, const uchar *name, bool end_tag,
                    const uchar **next);

/* Continues the name `s` (in t->tagbuf) from p until a byte with a `stop`
 * class bit or the end, lowercasing ASCII letters and turning NUL into
 * U+FFFD; `stop` must include NUL. Returns where it stopped. */
const uchar *mt_tk_name_chars_more(mt_tokenizer *t, tk_str *s, const uchar *p, unsigned stop);

/* The same, with the common case inline: every tag and attribute has a
 * name, nearly always in lowercase, which stays a slice of the input after
 * one scan. */
static inline const uchar *mt_tk_name_chars(mt_tokenizer *t, tk_str *s, const uchar *p,
                                            unsigned stop)
{
    if (s->in_buf)
        return mt_tk_name_chars_more(t, s, p, stop);
    const uchar *q = tk_scan(p, t->end, stop | TK_UPPER);
    tk_str_input(t, &t->tagbuf, s, (const char *)p, (size_t)(q - p));
    if (q == t->end || (*q != '\0' && !tk_is(*q, TK_UPPER)))
        return q;
    return mt_tk_name_chars_more(t, s, q, stop);
}

/* Markup declarations and bogus comments (tokenizer_markup.c), both of
 * which always make a token (or, for "<![CDATA[" when CDATA is allowed,
 * report a CDATA section). `lt` is the '<'; *next is set past the construct. */
tk_markup mt_tk_markup_declaration(mt_tokenizer *t, const uchar *lt, const uchar **next);
tk_markup mt_tk_bogus_comment(mt_tokenizer *t, const uchar *lt, const uchar *from,
                              const uchar **next);

/* Prepares t->other for a token of `type` starting at `at`. */
static inline void tk_token_begin(mt_tokenizer *t, mt_token_type type, const uchar *at)
{
    /* Copied from a blank token rather than memset: compilers turn a
     * memset of this size into "rep stos", slow to start, once per tag. */
    static const mt_token blank;
    t->other = blank;
    t->other.type = type;
    t->other.offset = (uint32_t)((const char *)at - t->input);
}

/* Makes a copy of `name` the last start tag name (for names that are no
 * known tag's). */
void mt_tk_remember_name(mt_tokenizer *t, const char *name, size_t len);

/* Records the name of a start tag being emitted, for appropriate end tags:
 * for a known tag (nearly every one) two stores, inline. */
static inline void mt_tk_set_last_start(mt_tokenizer *t, mt_tag tag, const char *name,
                                        size_t len)
{
    if (tag != MT_TAG_UNKNOWN) {
        t->last_start = mt_tag_names[tag];
        t->last_start_len = mt_tag_name_lengths[tag];
    } else {
        mt_tk_remember_name(t, name, len);
    }
}

#endif
