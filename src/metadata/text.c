/* text.c -- small text tools of the metadata stage: white space, case
 * folding for keyword matching, tag stripping for values that carry markup. */
#include <string.h>
#include "metadata/meta_internal.h"
#include "html/tags.h"
#include "text/fold.h"
#include "util/fnv.h"
#include "util/simd16.h"
#include "util/utf8.h"

/* ================================================================ case folding */

size_t mt_meta_fold(const char *s, size_t len, char *out, size_t cap)
{
    const char *end = s + len;
    size_t n = 0;
#ifdef MT_SIMD16
    /* ASCII, sixteen bytes (or the rest of a shorter word) at once while
     * the output has room for sixteen: the words folded are mostly
     * ASCII, and short */
    while (s < end && n + 16 <= cap) {
        size_t take = (size_t)(end - s) < 16 ? (size_t)(end - s) : 16;
        __m128i v = take == 16 ? mt_simd16_load(s) : mt_simd16_load_short(s, take);
        if ((unsigned)_mm_movemask_epi8(v) & ((1u << take) - 1))
            break;
        __m128i t = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'A')));
        __m128i upper = _mm_cmplt_epi8(t, _mm_set1_epi8((char)(0x80 + 26)));
        v = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
        _mm_storeu_si128((__m128i *)(void *)(out + n), v);
        n += take;
        s += take;
    }
#endif
    while (s < end) {
        unsigned char b = (unsigned char)*s;
        if (b < 0x80) {
            if (n + 2 > cap)
                return 0;
            out[n++] = (char)mt_ascii_lower(b);
            s++;
            continue;
        }
        size_t k;
        uint32_t c = mt_utf8_decode(s, end, &k);
        s += k;
        char tmp[4];
        size_t m = mt_utf8_encode(mt_text_fold_word(c), tmp);
        if (n + m + 1 > cap)
            return 0;
        memcpy(out + n, tmp, m);
        n += m;
    }
    if (n + 1 > cap)
        return 0;
    out[n] = '\0';
    return n;
}

int mt_meta_is_word_char(uint32_t c)
{
    if (c < 0x80)
        return mt_ascii_is_alnum((unsigned char)c);
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7)
        return 0;
    if (c >= 0x2000 && c <= 0x2BFF)      /* punctuation, symbols, arrows */
        return 0;
    if (c >= 0x3000 && c <= 0x303F)      /* CJK punctuation */
        return 0;
    if (c >= 0xFE30 && c <= 0xFE4F)
        return 0;
    if (c >= 0xFF00 && c <= 0xFF0F)
        return 0;
    return 1;
}

/* ================================================================ white space */

/* Length of a white-space character at s (0 when none); zero-width
 * characters report their length through *zero_width instead. */
static size_t space_at(const char *s, const char *end, int *zero_width)
{
    unsigned char c = (unsigned char)*s;
    *zero_width = 0;
    /* ' ', '\t', '\n', '\v', '\f' and '\r', as bits of a mask */
    if (c <= ' ')
        return (0x100003E00ull >> c) & 1;
    if (c < 0xC2)
        return 0;
    size_t k;
    uint32_t cp = mt_meta_decode(s, end, &k);
    if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
        cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return k;
    if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
        cp == 0xAD) {
        *zero_width = 1;
        return k;
    }
    return 0;
}

#ifdef MT_SWAR_LE
/* The bytes of v that the loop of mt_meta_collapse copies as they stand,
 * whatever follows them: from '!' up, but the lead bytes of the white and
 * zero-width characters it decodes (0xC2 for U+00A0 and U+00AD, 0xE0 to
 * 0xEF for the three-byte ones); no other lead byte decodes to one of them
 * (an invalid sequence is U+FFFD). */
static inline uint64_t kept_bytes(uint64_t v)
{
    uint64_t from_bang = ((v & MT_SWAR_LOWS) + (0x80 - '!') * MT_SWAR_ONES) | v;
    uint64_t high = v ^ MT_SWAR_HIGHS;      /* 0x80..0xFF as 0x00..0x7F */
    uint64_t decoded = mt_swar_zero_bytes(high ^ (0x42 * MT_SWAR_ONES)) |
                       mt_swar_bytes_in(high, 0x60, 0x6F);
    return from_bang & ~decoded & MT_SWAR_HIGHS;
}

/* Where the text from s[0] on first differs from what mt_meta_collapse
 * makes of it, eight bytes at a time: before that, every byte is one it
 * keeps or a lone ' ' between two of them, and the loop would only copy
 * each byte onto itself (with a mispredicted exit at every word's end).
 * Titles, names and the texts already collapsed as they were read are
 * mostly such text to their end or near it. A stop is exact; the last
 * bytes, fewer than nine, are left to the loop. */
static size_t unchanged_prefix(const char *s, size_t len)
{
    size_t r = 0;
    if (len == 0 || s[0] == ' ')
        return 0;
#ifdef MT_SIMD16
    /* sixteen bytes a test where SSE2 is, as kept_bytes reads eight: the
     * bytes from '!' up but the lead bytes 0xC2 and 0xE0..0xEF, and a ' '
     * before such a byte */
    for (; r + 17 <= len; r += 16) {
        __m128i v = mt_simd16_load(s + r);
        __m128i from_bang = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8('!')), v);
        __m128i decoded = _mm_or_si128(
            _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
            _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xF0)), _mm_set1_epi8((char)0xE0)));
        unsigned kept = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(decoded, from_bang));
        unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
        unsigned char after = (unsigned char)s[r + 16];
        unsigned next_kept = kept >> 1 |
                             (after > ' ' && after != 0xC2 && (after & 0xF0) != 0xE0 ? 1u << 15 : 0);
        unsigned changed = ~(kept | (spaces & next_kept)) & 0xFFFFu;
        if (changed)
            return r + (size_t)__builtin_ctz(changed);
    }
#endif
    for (; r + 9 <= len; r += 8) {
        uint64_t v = mt_load64(s + r);
        uint64_t kept = kept_bytes(v);
        /* a ' ' stays when the byte after it (the next word's first) is kept */
        unsigned char after = (unsigned char)s[r + 8];      /* kept_bytes of one byte */
        uint64_t next_kept = (kept >> 8) |
                             (after > ' ' && after != 0xC2 && (after & 0xF0) != 0xE0 ? 1ull << 63 : 0);
        uint64_t spaces = mt_swar_zero_bytes(v ^ (' ' * MT_SWAR_ONES));
        uint64_t changed = ~(kept | (spaces & next_kept)) & MT_SWAR_HIGHS;
        if (changed)
            return r + mt_swar_first(changed);
    }
    return r;
}
#endif

size_t mt_meta_collapse(char *s, size_t len)
{
    const char *end = s + len;
    const char *r = s;
    size_t w = 0;
    int pending = 0;
#ifdef MT_SWAR_LE
    /* the part that stays as it is: the loop goes on after it, as it would
     * be after a byte kept (nothing pending) */
    w = unchanged_prefix(s, len);
    r += w;
#endif
    while (r < end) {
        int zw;
        size_t k = space_at(r, end, &zw);
        if (k) {
            r += k;
            if (!zw)
                pending = w > 0;
            continue;
        }
        if (pending) {
            s[w++] = ' ';
            pending = 0;
        }
        s[w++] = *r++;
        /* the rest of a word: printable ASCII is never white space */
        while (r < end && (unsigned char)(*r - 0x21) < 0x5E)
            s[w++] = *r++;
    }
    if (w < len)
        s[w] = '\0';
    return w;
}

/* Each byte as mt_meta_append_text writes it: ASCII white space as ' ',
 * every other byte as itself. */
#define MT_ROW16(b) b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, \
    b + 10, b + 11, b + 12, b + 13, b + 14, b + 15
static const unsigned char space_for_white[256] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, ' ', ' ', 11, ' ', ' ', 14, 15,
    MT_ROW16(16), MT_ROW16(32), MT_ROW16(48), MT_ROW16(64), MT_ROW16(80),
    MT_ROW16(96), MT_ROW16(112), MT_ROW16(128), MT_ROW16(144), MT_ROW16(160),
    MT_ROW16(176), MT_ROW16(192), MT_ROW16(208), MT_ROW16(224), MT_ROW16(240)
};
#undef MT_ROW16

size_t mt_meta_append_text(char *buf, size_t w, size_t cap, const char *s, size_t n, int *full)
{
    /* A text that fits whole, as most do, needs no word ends: collapsing
     * never writes more bytes than it reads, so no word can be cut. Each
     * byte is then written without a branch on what it is (the loop below
     * mispredicts at every word's end): white space goes in as ' ' and
     * counts only when the byte before is no space (nor the buffer's
     * start). */
    if (w + 1 < cap && n <= cap - 1 - w) {
        unsigned after_space = w == 0 || buf[w - 1] == ' ';
        size_t k = 0;
#ifdef MT_SIMD16
        /* sixteen bytes at once while none of their white space follows
         * white space (running text, one space between words): each is
         * written as itself or ' ', all of them kept. The room is there:
         * no more is written than read. */
        for (; k + 16 <= n; k += 16) {
            __m128i v = mt_simd16_load(s + k);
            __m128i white = mt_simd16_space_bytes(v);
            unsigned sp = (unsigned)_mm_movemask_epi8(white);
            if (sp & (sp << 1 | after_space))
                break;
            v = _mm_or_si128(_mm_and_si128(white, _mm_set1_epi8(' ')), _mm_andnot_si128(white, v));
            _mm_storeu_si128((__m128i *)(void *)(buf + w), v);
            w += 16;
            after_space = sp >> 15;
        }
#endif
        for (; k < n; k++) {
            unsigned char c = space_for_white[(unsigned char)s[k]];
            unsigned sp = c == ' ';
            buf[w] = (char)c;
            w += !(sp & after_space);
            after_space = sp;
        }
        *full = 0;
        return w;
    }
    size_t i = 0;
    while (i < n) {
        if (mt_ascii_is_space((unsigned char)s[i])) {
            i += mt_ascii_skip_space(s + i, n - i);
            if (w && buf[w - 1] != ' ') {
                if (w + 1 >= cap)
                    break;
                buf[w++] = ' ';
            }
            continue;
        }
        /* the word's end, looked for no further than the room goes: a
         * long text is read as far as the buffer takes, not to its end */
        size_t room = w + 1 < cap ? cap - 1 - w : 0;
        size_t lim = n - i > room ? i + room + 1 : n, j = i + 1;
        while (j < lim && !mt_ascii_is_space((unsigned char)s[j]))
            j++;
        if (j - i > room) {
            /* a word cut short is no word: left out, unless it is the
             * first (a title of one long word keeps what fits of it) */
            if (mt_ascii_skip_space(buf, w) == w) {
                size_t k = mt_utf8_whole_prefix(s + i, room);
                memcpy(buf + w, s + i, k);
                w += k;
            }
            break;
        }
        memcpy(buf + w, s + i, j - i);
        w += j - i;
        i = j;
    }
    *full = i < n;
    return w;
}

char *mt_meta_clean_dup(mt_arena *a, const char *s, size_t len, size_t *out_len)
{
    char *d = mt_arena_strndup(a, s, len);
    if (!d)
        return NULL;
    size_t n = mt_meta_collapse(d, len);
    d[n] = '\0';
    if (out_len)
        *out_len = n;
    return d;
}

/* ================================================================ markup in values */

/* Named references common in metadata values; anything else is kept as
 * written. */
static const struct { const char *name; uint32_t cp; } named_refs[] = {
    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
    { "nbsp", 0xA0 }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 },
    { "laquo", 0xAB }, { "raquo", 0xBB }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 },
    { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "bdquo", 0x201E }, { "auml", 0xE4 },
    { "ouml", 0xF6 }, { "uuml", 0xFC }, { "Auml", 0xC4 }, { "Ouml", 0xD6 },
    { "Uuml", 0xDC }, { "szlig", 0xDF }, { "eacute", 0xE9 }, { "egrave", 0xE8 },
    { "aacute", 0xE1 }, { "iacute", 0xED }, { "oacute", 0xF3 }, { "uacute", 0xFA },
    { "ntilde", 0xF1 }, { "ccedil", 0xE7 }, { "copy", 0xA9 },
};

/* Decodes a character reference at s ('&'); returns its length and the code
 * point, or 0 when it is not one we know. */
static size_t char_ref(const char *s, const char *end, uint32_t *cp)
{
    const char *p = s + 1;
    if (p < end && *p == '#') {
        p++;
        int hex = p < end && (*p == 'x' || *p == 'X');
        p += hex;
        uint32_t v = 0;
        const char *digits = p;
        while (p < end && p - digits < 7) {
            int d = -1;
            if (*p >= '0' && *p <= '9')
                d = *p - '0';
            else if (hex && (*p | 32) >= 'a' && (*p | 32) <= 'f')
                d = (*p | 32) - 'a' + 10;
            if (d < 0)
                break;
            v = v * (hex ? 16u : 10u) + (uint32_t)d;
            p++;
        }
        if (p == digits || v == 0 || v > 0x10FFFF)
            return 0;
        *cp = v;
        return (size_t)(p - s) + (p < end && *p == ';');
    }
    for (size_t i = 0; i < sizeof named_refs / sizeof named_refs[0]; i++) {
        size_t n = strlen(named_refs[i].name);
        if ((size_t)(end - p) > n && memcmp(p, named_refs[i].name, n) == 0 && p[n] == ';') {
            *cp = named_refs[i].cp;
            return n + 2;
        }
    }
    return 0;
}

/* Whether s[1..len) (after the '<' of a span up to '>') is written as an
 * HTML tag: a comment or a declaration ('!'), an element with attributes
 * (a space after its name), a custom element's or a namespaced one's (a
 * '-' or a ':' in its name: <amp-img>, <o:p>, <fb:like>), or one HTML
 * names (<p>, </a>, <br/>). Text in angle brackets that names none is
 * text: "std::vector<int>", "<algorithm>" in a title about C++ (one that
 * names an element, "Array<Object>", still reads as a tag). */
static int reads_as_tag(const char *s, size_t len)
{
    if (s[1] == '!')
        return 1;
    size_t i = 1 + (len > 1 && s[1] == '/');
    char name[16];
    size_t n = 0;
    int compound = 0;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        int joins = n > 0 && (c == '-' || c == ':' || c == '_' || c == '.');
        if (!mt_ascii_is_alnum(c) && !joins)
            break;
        compound |= c == '-' || c == ':';
        if (n < sizeof name)
            name[n] = (char)mt_ascii_lower(c);
        n++;
    }
    if (!n)
        return 0;
    if (i < len && mt_ascii_is_space((unsigned char)s[i]))
        return 1;
    if (i < len && s[i] != '>' && s[i] != '/')
        return 0;
    return compound || (n < sizeof name && mt_tag_lookup(name, n) != MT_TAG_UNKNOWN);
}

/* Length of a tag at s ('<'): "<" then a letter, '/' or '!' up to '>',
 * written as one (reads_as_tag). 0 when it is a plain less-than sign or
 * text in angle brackets. *gt is the first '>' after s (end for none) when
 * it is past s; else it is looked for and kept there: the next '<' asks for
 * the same '>', and a value of many '<' and no '>' ("<a<a<a...") is
 * searched to its end once, not once a '<'. */
static size_t tag_at(const char *s, const char *end, const char **gt)
{
    if (s + 1 >= end)
        return 0;
    unsigned char c = (unsigned char)s[1];
    if (!((c | 32) >= 'a' && (c | 32) <= 'z') && c != '/' && c != '!')
        return 0;
    if (*gt <= s) {
        const char *found = memchr(s, '>', (size_t)(end - s));
        *gt = found ? found : end;
    }
    if (*gt >= end)
        return 0;
    size_t k = (size_t)(*gt - s) + 1;
    return reads_as_tag(s, k - 1) ? k : 0;
}

/* Inline elements join the text around them without a space. */
static int is_inline_tag(const char *s, size_t len)
{
    static const char *const inline_tags[] = { "a", "b", "i", "u", "em", "strong", "span",
                                                "sup", "sub", "small", "mark", "abbr", "s" };
    size_t i = 1 + (len > 1 && s[1] == '/');
    size_t st = i;
    while (i < len && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
        i++;
    for (size_t k = 0; k < sizeof inline_tags / sizeof inline_tags[0]; k++)
        if (mt_meta_eq_ci(s + st, i - st, inline_tags[k]))
            return 1;
    return 0;
}

char *mt_meta_strip_dup(mt_arena *a, const char *s, size_t len, size_t *out_len)
{
    if (!memchr(s, '<', len) && !memchr(s, '&', len))
        return mt_meta_clean_dup(a, s, len, out_len);
    /* Decoding only shrinks text (a reference is longer than its UTF-8), and
     * a tag becomes one space. */
    char *d = mt_arena_alloc_bytes(a, len + 1);
    if (!d)
        return NULL;
    const char *end = s + len, *gt = s;     /* no '>' looked for yet */
    size_t w = 0;
    while (s < end) {
        size_t k;
        uint32_t cp;
        if (*s == '<' && (k = tag_at(s, end, &gt)) != 0) {
            if (!is_inline_tag(s, k))
                d[w++] = ' ';
            s += k;
        } else if (*s == '&' && (k = char_ref(s, end, &cp)) != 0) {
            char tmp[4];
            size_t m = mt_utf8_encode(cp, tmp);
            if (m <= k) {
                memcpy(d + w, tmp, m);
                w += m;
            }
            s += k;
        } else {
            d[w++] = *s++;
        }
    }
    size_t n = mt_meta_collapse(d, w);
    d[n] = '\0';
    if (out_len)
        *out_len = n;
    return d;
}


/* ================================================================ comparisons */

/* 1 when s[1..n) is needle[1..n) in any ASCII case. */
static int rest_matches(const char *s, const char *needle, size_t n)
{
    for (size_t j = 1; j < n; j++) {
        unsigned char c = (unsigned char)s[j];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != (unsigned char)needle[j])
            return 0;
    }
    return 1;
}

/* The index of the first byte c in s[from..lim), or lim. */
static size_t next_byte(const char *s, size_t from, size_t lim, unsigned char c)
{
    const char *x = from < lim ? memchr(s + from, c, lim - from) : NULL;
    return x ? (size_t)(x - s) : lim;
}

#ifdef MT_SIMD16
/* Texts this long at most are searched by find_short, and four times as
 * long when the needle opens with a letter: memchr passes a byte without
 * a case (a mark's lead byte, '(') faster in a longer text, where it is
 * mostly not there, and it would be called twice for a letter. */
#define FIND_SHORT_TEXT 32

/* mt_meta_find_ci_n in a short text (n <= len <= FIND_SHORT_TEXT): the
 * places of the needle's first byte, `first` or `other` (its capital),
 * found sixteen bytes a load. */
static const char *find_short(const char *s, size_t len, const char *needle, size_t n,
                              unsigned char first, unsigned char other)
{
    size_t lim = len - n + 1;
    __m128i lo = _mm_set1_epi8((char)first), up = _mm_set1_epi8((char)other);
    for (size_t i = 0; i < lim; i += 16) {
        size_t left = len - i;
        __m128i v = left >= 16 ? mt_simd16_load(s + i) : mt_simd16_load_short(s + i, left);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lo),
                                                              _mm_cmpeq_epi8(v, up)));
        if (lim - i < 16)
            m &= (1u << (lim - i)) - 1;
        for (; m; m &= m - 1) {
            size_t at = i + (size_t)__builtin_ctz(m);
            if (rest_matches(s + at, needle, n))
                return s + at;
        }
    }
    return NULL;
}
#endif

const char *mt_meta_find_ci_n(const char *s, size_t len, const char *needle, size_t n)
{
    if (n == 0 || n > len)
        return n == 0 ? s : NULL;
    /* a place to compare at starts with the needle's first byte in either
     * case (memchr finds those); a capital in the needle matches nothing */
    unsigned char first = (unsigned char)needle[0], other = first;
    if (first >= 'A' && first <= 'Z')
        return NULL;
    if (first >= 'a' && first <= 'z')
        other = (unsigned char)(first - 32);
#ifdef MT_SIMD16
    /* in a short text, the places of the first byte in either case,
     * sixteen bytes a load: most texts searched are short, where a call
     * of memchr for each case cost more than the reading (see
     * FIND_SHORT_TEXT) */
    if (len <= FIND_SHORT_TEXT || (first != other && len <= FIND_SHORT_TEXT * 4))
        return find_short(s, len, needle, n, first, other);
#endif
    /* the next place of the needle's own case is kept until it is
     * passed, and the other case is looked for only before it (`upper` is
     * `lower` when there is none there): each search goes on from where
     * the last one stopped, so a text of many of one case and none of the
     * other ("RRRR..." for "review", a class list a megabyte long) is read
     * once, not once a place, and a search costs no more than the way to
     * its match (callers search again from just after one) */
    size_t lim = len - n + 1;       /* where a match may start, exclusive */
    size_t lower = next_byte(s, 0, lim, first);
    size_t upper = first == other ? lim : next_byte(s, 0, lower, other);
    for (;;) {
        size_t i = lower < upper ? lower : upper;
        if (i >= lim)
            return NULL;
        if (rest_matches(s + i, needle, n))
            return s + i;
        if (lower == i)
            lower = next_byte(s, i + 1, lim, first);
        if (upper <= i && first != other)
            upper = next_byte(s, i + 1, lower, other);
    }
}

/* A byte as rest_matches compares it: ASCII capitals made small, without
 * a jump. */
static inline unsigned lower_byte(unsigned char c)
{
    return c | (unsigned)((unsigned)(c - 'A') < 26u) << 5;
}

/* The bit of a word's first two bytes (the text's, lowered) in the filter
 * of mt_meta_find_any_ci. */
static inline unsigned pair_bit(unsigned a, unsigned b)
{
    return ((a << 8 | b) * 0x9E37u >> 7) & 511;
}

int mt_meta_find_any_ci(const char *s, size_t len, const char *const *words, size_t count)
{
    /* the first two bytes of each word that can match (as mt_meta_find_ci
     * takes a word: a capital matches nothing, its first byte not even a
     * small letter), as bits of a filter: most places of a text begin none
     * of the words, and are passed over without a jump that could be
     * mispredicted */
    uint64_t filter[8] = { 0 };
    for (size_t k = 0; k < count; k++) {
        const unsigned char *w = (const unsigned char *)words[k];
        if (!w[0] || !w[1]) {
            /* words of a byte or none: each searched for on its own */
            for (size_t j = 0; j < count; j++)
                if (mt_meta_find_ci(s, len, words[j]))
                    return 1;
            return 0;
        }
        unsigned bit = pair_bit(w[0], w[1]);
        filter[bit / 64] |= 1ull << (bit % 64);
    }
    for (size_t i = 0; i + 1 < len; i++) {
        unsigned a = lower_byte((unsigned char)s[i]), b = lower_byte((unsigned char)s[i + 1]);
        unsigned bit = pair_bit(a, b);
        if (!((filter[bit / 64] >> (bit % 64)) & 1))
            continue;
        for (size_t k = 0; k < count; k++) {
            const char *w = words[k];
            if ((unsigned char)w[0] != a || (unsigned char)w[1] != b)
                continue;
            size_t n = strlen(w);
            if (n <= len - i && rest_matches(s + i, w, n))
                return 1;
        }
    }
    return 0;
}

size_t mt_meta_first_digit(const char *s, size_t len)
{
    size_t i = 0;
#ifdef MT_SIMD16
    /* sixteen bytes a test where SSE2 is: the texts asked are often
     * paragraphs without a digit (the date searches' fallbacks) */
    for (; i + 16 <= len; i += 16) {
        unsigned d = mt_simd16_bytes_in(mt_simd16_load(s + i), '0', '9');
        if (d)
            return i + (size_t)__builtin_ctz(d);
    }
#endif
#ifdef MT_SWAR_LE
    /* the marks of mt_swar_bytes_in are exact: the first is the digit */
    for (; i + 8 <= len; i += 8) {
        uint64_t d = mt_swar_bytes_in(mt_load64(s + i), '0', '9');
        if (d)
            return i + mt_swar_first(d);
    }
    uint64_t tail;
    if (i < len && mt_swar_load_tail(s, i, len, &tail)) {
        uint64_t d = mt_swar_bytes_in(tail, '0', '9');  /* its zeros are no digits */
        return d ? i + mt_swar_first(d) : len;
    }
#endif
    while (i < len && (s[i] < '0' || s[i] > '9'))
        i++;
    return i;
}

/* Compares w[0..n) with the NUL-terminated s, bytes unsigned. */
static int compare_word(const char *w, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++) {
        if (!s[i])
            return 1;
        int d = (int)(unsigned char)w[i] - (int)(unsigned char)s[i];
        if (d)
            return d;
    }
    return s[n] ? -1 : 0;
}

static const char *word_of(const void *base, size_t i, size_t stride)
{
    const char *w;
    memcpy(&w, (const char *)base + i * stride, sizeof w);
    return w;
}

/* The first two bytes of a word as one number, the first above: 0 stands
 * for the end of a word of one byte, as the NUL of a table's word does. */
static unsigned head2(unsigned char b0, unsigned char b1)
{
    return (unsigned)b0 << 8 | b1;
}

long mt_meta_sorted_find(const char *w, size_t n, const void *base, size_t count, size_t stride)
{
    if (n == 0)
        return -1;
    size_t lo = 0, hi = count;
    unsigned head = head2((unsigned char)w[0], n > 1 ? (unsigned char)w[1] : 0);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *e = word_of(base, mid, stride);
        /* most probes are decided by the first two bytes */
        unsigned char e0 = (unsigned char)e[0];
        int d = (int)head - (int)head2(e0, e0 ? (unsigned char)e[1] : 0);
        if (d == 0)
            d = compare_word(w + 1, n - 1, e + 1);
        if (d == 0)
            return (long)mid;
        /* which half is as good as random: picked with masks, not a jump
         * that would be mispredicted every other probe */
        size_t after = (size_t)0 - (size_t)(d > 0);     /* all ones or zero */
        lo = (lo & ~after) | ((mid + 1) & after);
        hi = (hi & after) | (mid & ~after);
    }
    return -1;
}

int mt_meta_sorted_ok(const void *base, size_t count, size_t stride)
{
    for (size_t i = 1; i < count; i++) {
        const char *a = word_of(base, i - 1, stride);
        if (compare_word(a, strlen(a), word_of(base, i, stride)) >= 0)
            return 0;
    }
    return 1;
}

size_t mt_meta_char_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* ================================================================ words */

/* CJK ideographs and kana are words of one character each: those scripts
 * do not separate words with spaces. */
static int is_cjk(uint32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

static uint32_t hash_word(const char *w, size_t n)
{
    return mt_fnv(w, n);
}

/* An ASCII letter or digit as mt_meta_words hashes it (lowercase), 0 for
 * any other ASCII byte: one look a byte of a word, where the tests of a
 * letter, a digit and a capital were several. */
#define AL(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : ((c) >= 'a' && (c) <= 'z') || \
               ((c) >= '0' && (c) <= '9') ? (c) : 0)
#define AL8(b) AL(b), AL(b + 1), AL(b + 2), AL(b + 3), AL(b + 4), AL(b + 5), AL(b + 6), AL(b + 7)
static const unsigned char folded_alnum[128] = {
    AL8(0), AL8(8), AL8(16), AL8(24), AL8(32), AL8(40), AL8(48), AL8(56),
    AL8(64), AL8(72), AL8(80), AL8(88), AL8(96), AL8(104), AL8(112), AL8(120),
};
#undef AL8
#undef AL

size_t mt_meta_words(const char *s, size_t len, uint32_t *hashes, size_t cap)
{
    const char *p = s, *end = s + len;
    size_t n = 0;
    while (p < end && n < cap) {
        size_t k = 1;
        uint32_t c = (unsigned char)*p;
        if (c < 0x80 ? !folded_alnum[c]
                     : !mt_meta_is_word_char(c = mt_utf8_decode(p, end, &k))) {
            p += k;
            continue;
        }
        const char *st = p;
        p += k;
        int ascii = c < 0x80;
        /* an ASCII word folds byte by byte: hashed as it is lowered, in
         * the pass that finds its end (kept only when it stays ASCII) */
        uint32_t h = mt_fnv_step(MT_FNV_START, (unsigned char)mt_ascii_lower((unsigned char)c));
        if (!is_cjk(c)) {
            while (p < end) {
                unsigned char b = (unsigned char)*p;
                if (b < 0x80) {
                    unsigned char f = folded_alnum[b];
                    if (!f)
                        break;
                    h = mt_fnv_step(h, f);
                    p++;
                    continue;
                }
                uint32_t d = mt_utf8_decode(p, end, &k);
                if (!mt_meta_is_word_char(d) || is_cjk(d))
                    break;
                ascii = 0;
                p += k;
            }
        }
        if (ascii && p - st < 128) {
            hashes[n++] = h;
            continue;
        }
        char buf[128];
        size_t fn = mt_meta_fold(st, (size_t)(p - st), buf, sizeof buf);
        hashes[n++] = fn ? hash_word(buf, fn) : hash_word(st, (size_t)(p - st));
    }
    return n;
}
