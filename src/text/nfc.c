/* nfc.c -- Unicode Normalization Form C (see nfc.h). The tables are
 * tools/gen_nfc.py's; the algorithm is UAX #15's: decompose canonically,
 * put each run of combining marks in the order of their classes, then
 * compose each mark with the starter before it unless a mark between them
 * blocks it. */
#include <stdint.h>
#include <string.h>
#include "text/nfc.h"
#include "util/simd16.h"
#include "util/swar.h"
#include "util/utf8.h"
#include "text/nfc_tables.h"

/* Hangul syllables are composed and decomposed by arithmetic (Unicode
 * chapter 3.12), not by the tables. */
enum {
    HANGUL_S = 0xAC00, HANGUL_L = 0x1100, HANGUL_V = 0x1161, HANGUL_T = 0x11A7,
    HANGUL_LCOUNT = 19, HANGUL_VCOUNT = 21, HANGUL_TCOUNT = 28,
    HANGUL_NCOUNT = HANGUL_VCOUNT * HANGUL_TCOUNT,
    HANGUL_SCOUNT = HANGUL_LCOUNT * HANGUL_NCOUNT
};

/* A run of combining marks this long or shorter is ordered by insertion;
 * a longer one (hostile text stacks thousands) by counting its classes. */
#define SHORT_RUN 32

/* The class value of cp: its canonical combining class in the low byte,
 * NFC_QC_NOT_YES when NFC may change it, NFC_DECOMPOSES when it has a
 * canonical decomposition. */
static unsigned class_value(uint32_t cp)
{
    if (cp >= NFC_TABLE_END)
        return 0;
    return nfc_class_blocks[nfc_class_stage1[cp / NFC_BLOCK]][cp % NFC_BLOCK];
}

static unsigned combining_class(uint32_t cp)
{
    return class_value(cp) & 0xFF;
}

/* The full canonical decomposition of cp in the tables, or NULL. */
static const nfc_decomp_entry *decomposition_of(uint32_t cp)
{
    size_t lo = 0, hi = sizeof nfc_decomp / sizeof nfc_decomp[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nfc_decomp[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sizeof nfc_decomp / sizeof nfc_decomp[0] && nfc_decomp[lo].cp == cp
               ? &nfc_decomp[lo] : NULL;
}

/* The primary composite of first and second, or 0 for none. */
static uint32_t composite_of(uint32_t first, uint32_t second)
{
    if (first >= HANGUL_L && first < HANGUL_L + HANGUL_LCOUNT && second >= HANGUL_V &&
        second < HANGUL_V + HANGUL_VCOUNT)
        return HANGUL_S + ((first - HANGUL_L) * HANGUL_VCOUNT + (second - HANGUL_V)) * HANGUL_TCOUNT;
    if (first >= HANGUL_S && first < HANGUL_S + HANGUL_SCOUNT &&
        (first - HANGUL_S) % HANGUL_TCOUNT == 0 && second > HANGUL_T &&
        second < HANGUL_T + HANGUL_TCOUNT)
        return first + (second - HANGUL_T);
    size_t lo = 0, hi = sizeof nfc_compose / sizeof nfc_compose[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const nfc_pair *p = &nfc_compose[mid];
        if (p->first < first || (p->first == first && p->second < second))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sizeof nfc_compose / sizeof nfc_compose[0] && nfc_compose[lo].first == first &&
        nfc_compose[lo].second == second)
        return nfc_compose[lo].composite;
    return 0;
}

/* How many code points cp decomposes to (1 when it does not), and in
 * *bytes their length in UTF-8. */
static size_t decomposed_count(uint32_t cp, size_t *bytes)
{
    if (cp >= HANGUL_S && cp < HANGUL_S + HANGUL_SCOUNT) {
        size_t k = (cp - HANGUL_S) % HANGUL_TCOUNT ? 3 : 2;
        *bytes = 3 * k;     /* jamo are three bytes each */
        return k;
    }
    const nfc_decomp_entry *d = class_value(cp) & NFC_DECOMPOSES ? decomposition_of(cp) : NULL;
    char spare[4];
    if (!d) {
        *bytes = mt_utf8_encode(cp, spare);
        return 1;
    }
    *bytes = 0;
    for (size_t k = 0; k < d->len; k++)
        *bytes += mt_utf8_encode(nfc_decomp_pool[d->at + k], spare);
    return d->len;
}

/* Writes cp's full canonical decomposition to out; returns its length. */
static size_t decompose(uint32_t cp, uint32_t *out)
{
    if (cp >= HANGUL_S && cp < HANGUL_S + HANGUL_SCOUNT) {
        uint32_t s = cp - HANGUL_S, t = s % HANGUL_TCOUNT;
        out[0] = HANGUL_L + s / HANGUL_NCOUNT;
        out[1] = HANGUL_V + (s % HANGUL_NCOUNT) / HANGUL_TCOUNT;
        if (!t)
            return 2;
        out[2] = HANGUL_T + t;
        return 3;
    }
    const nfc_decomp_entry *d = class_value(cp) & NFC_DECOMPOSES ? decomposition_of(cp) : NULL;
    if (!d) {
        out[0] = cp;
        return 1;
    }
    memcpy(out, &nfc_decomp_pool[d->at], d->len * sizeof *out);
    return d->len;
}

/* Whether a segment may begin at cp: NFC neither changes it nor joins it
 * to what stands before it, so the text before it is normalised apart. */
static int opens_segment(uint32_t cp)
{
    return (class_value(cp) & (NFC_QC_NOT_YES | 0xFF)) == 0;
}

/* Whether a word of text holds a byte from 0xCC up: the lead byte of a
 * code point from U+0300 up. Of a byte with its high bit, the low seven
 * bits reach 0x4C when 0x34 added to them carries into the high bit. */
static int leads_past_latin(uint64_t w)
{
    return (((w & MT_SWAR_LOWS) + 0x34 * MT_SWAR_ONES) & w & MT_SWAR_HIGHS) != 0;
}

/* How many bytes from s[0] on hold no byte from 0xCC up: text below
 * U+0300, which the quick check passes without a look at its code points.
 * The count is exact (the first such byte stands there: a lead byte, as
 * no continuation byte reaches 0xCC), so that the caller decodes the code
 * point there at once, not the bytes before it one by one; with SSE2 the
 * last bytes of a text of sixteen or more are read in one load that ends
 * with the text (eight a step without it, the last few bytes one by one). */
static size_t below_combining_marks(const unsigned char *s, size_t len)
{
    size_t i = 0;
#ifdef MT_SIMD16
    if (len >= 16) {
        const __m128i lead = _mm_set1_epi8((char)0xCC);
        for (; len - i >= 16; i += 16) {
            __m128i v = mt_simd16_load((const char *)s + i);
            unsigned high = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, lead), v));
            if (high)
                return i + (size_t)__builtin_ctz(high);
        }
        if (i == len)
            return len;
        __m128i v = mt_simd16_load((const char *)s + len - 16);
        unsigned high = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, lead), v)) &
                        (0xFFFFu << (16 - (len - i)));
        return high ? len - 16 + (size_t)__builtin_ctz(high) : len;
    }
#endif
    for (; len - i >= 8; i += 8)
        if (leads_past_latin(mt_load64(s + i)))
            break;
    while (i < len && s[i] < 0xCC)
        i++;
    return i;
}

/* The code point whose lead byte (0xCC or more) is s[i], and its length
 * in *n, for the quick check: decoded in place, where most of a page in
 * Cyrillic, Greek or CJK comes through. A cut or ill-formed sequence gives
 * some code point and a length of one or more: the check's answer on it
 * does not matter (mt_nfc leaves such text alone). */
static inline uint32_t decode_lead(const unsigned char *s, size_t i, size_t len, size_t *n)
{
    unsigned c = s[i];
    if (c < 0xE0 && len - i >= 2) {
        *n = 2;
        return (uint32_t)(c & 0x1F) << 6 | (s[i + 1] & 0x3Fu);
    }
    if (c < 0xF0 && len - i >= 3) {
        *n = 3;
        return (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3Fu);
    }
    if (len - i >= 4) {
        *n = 4;
        return (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[i + 1] & 0x3F) << 12 |
               (uint32_t)(s[i + 2] & 0x3F) << 6 | (s[i + 3] & 0x3Fu);
    }
    *n = 1;
    return 0xFFFD;
}

/* Where the first code point from s[from] on (`from` the start of a run)
 * stands that fails the quick check: one NFC changes or may join to the
 * one before, or a mark out of canonical order; len when there is none. */
static size_t first_unquick(const char *s, size_t len, size_t from)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned last = 0;
    for (size_t i = from; i < len;) {
        /* below U+0300 every code point is a starter NFC leaves alone:
         * most text is passed in steps, up to the lead byte of the next
         * code point from U+0300 up. Text in a script above it (Cyrillic,
         * CJK) has such a lead byte at most steps: told by the byte, with
         * no step of none */
        if (u[i] < 0xCC) {
            last = 0;
            i += below_combining_marks(u + i, len - i);
            continue;
        }
        size_t n;
        uint32_t cp = decode_lead(u, i, len, &n);
        unsigned v = class_value(cp), ccc = v & 0xFF;
        if ((v & NFC_QC_NOT_YES) || (ccc && last > ccc))
            return i;
        last = ccc;
        i += n;
    }
    return len;
}

bool mt_nfc_quick(const char *s, size_t len)
{
    return first_unquick(s, len, 0) == len;
}

/* Puts the combining marks of cps[0..n) in the order of their classes,
 * stably, run by run: insertion for a short run, counting for a long one
 * (`spare`: room for n code points). */
static void order_marks(uint32_t *cps, size_t n, uint32_t *spare)
{
    size_t i = 0;
    while (i < n) {
        if (!combining_class(cps[i])) {
            i++;
            continue;
        }
        size_t end = i;
        while (end < n && combining_class(cps[end]))
            end++;
        if (end - i <= SHORT_RUN) {
            for (size_t k = i + 1; k < end; k++) {
                uint32_t cp = cps[k];
                unsigned c = combining_class(cp);
                size_t j = k;
                for (; j > i && combining_class(cps[j - 1]) > c; j--)
                    cps[j] = cps[j - 1];
                cps[j] = cp;
            }
        } else {
            size_t at[257] = { 0 };
            for (size_t k = i; k < end; k++)
                at[combining_class(cps[k]) + 1]++;
            for (size_t c = 1; c < 257; c++)
                at[c] += at[c - 1];
            for (size_t k = i; k < end; k++)
                spare[at[combining_class(cps[k])]++] = cps[k];
            memcpy(cps + i, spare, (end - i) * sizeof *cps);
        }
        i = end;
    }
}

/* Composes cps[0..n) in place (UAX #15's canonical composition); returns
 * the new count. A mark joins the last starter unless a mark between
 * them has its class or a higher one (or is a starter itself). */
static size_t compose(uint32_t *cps, size_t n)
{
    if (!n)
        return 0;
    size_t starter = 0, out = 1;
    unsigned last = combining_class(cps[0]) ? 256 : 0;
    for (size_t i = 1; i < n; i++) {
        uint32_t cp = cps[i];
        unsigned c = combining_class(cp);
        /* last is 0 only right after the starter (a kept starter becomes
         * the starter): a starter joins only the one it follows */
        uint32_t joined = last == 0 || last < c ? composite_of(cps[starter], cp) : 0;
        if (joined) {
            cps[starter] = joined;
            continue;
        }
        if (c == 0) {
            starter = out;
            last = 0;
        } else {
            last = c;
        }
        cps[out++] = cp;
    }
    return out;
}

size_t mt_nfc_boundary(const char *s, size_t len, size_t at)
{
    if (at >= len)
        return len;
    while (at < len) {
        /* a byte inside a code point's sequence is no place to cut */
        if (((unsigned char)s[at] & 0xC0) == 0x80) {
            at++;
            continue;
        }
        size_t n;
        uint32_t cp = mt_utf8_decode(s + at, s + len, &n);
        if (opens_segment(cp))
            break;
        at += n ? n : 1;
    }
    return at;
}

/* The start of the run that holds the code point at s[at]: the last
 * code point from `from` on, at or before it, that opens a run, or
 * `from` (which begins one). */
static size_t run_start(const char *s, size_t from, size_t at)
{
    while (at > from) {
        size_t prev = at - 1, n;
        while (prev > from && ((unsigned char)s[prev] & 0xC0) == 0x80)
            prev--;
        uint32_t cp = mt_utf8_decode(s + prev, s + at, &n);
        at = prev;
        if (opens_segment(cp))
            break;
    }
    return at;
}

/* The end of the run that holds the code point at s[at]: the next code
 * point after it that opens a run, or len. */
static size_t run_end(const char *s, size_t len, size_t at)
{
    size_t n;
    mt_utf8_decode(s + at, s + len, &n);
    for (at += n; at < len; at += n)
        if (opens_segment(mt_utf8_decode(s + at, s + len, &n)))
            break;
    return at;
}

/* Finds the first run from s[from] on (valid UTF-8, `from` the start of
 * a run) that fails the quick check: its bounds in *start and *end.
 * False when there is none: the rest of the text is in NFC as it stands.
 * The runs before it are copied as they are, not taken apart and put
 * together again. */
static bool next_unquick_run(const char *s, size_t len, size_t from, size_t *start,
                             size_t *end)
{
    size_t at = first_unquick(s, len, from);
    if (at == len)
        return false;
    *start = run_start(s, from, at);
    *end = run_end(s, len, at);
    return true;
}

/* How many code points the run s[i..end) decomposes to; adds their
 * length in UTF-8 to *bytes. */
static size_t run_decomposed(const char *s, size_t i, size_t end, size_t *bytes)
{
    size_t count = 0;
    while (i < end) {
        size_t n, k_bytes;
        uint32_t cp = mt_utf8_decode(s + i, s + end, &n);
        count += decomposed_count(cp, &k_bytes);
        *bytes += k_bytes;
        i += n;
    }
    return count;
}

/* Writes the NFC of the run s[i..end) to out (room for its decomposed
 * bytes), by way of cps (room for twice its decomposed code points);
 * returns its length. */
static size_t normalize_run(const char *s, size_t i, size_t end, uint32_t *cps, size_t room,
                            char *out)
{
    size_t ncps = 0;
    while (i < end) {
        size_t n;
        uint32_t cp = mt_utf8_decode(s + i, s + end, &n);
        ncps += decompose(cp, cps + ncps);
        i += n;
    }
    order_marks(cps, ncps, cps + room);
    ncps = compose(cps, ncps);
    size_t o = 0;
    for (size_t k = 0; k < ncps; k++)
        o += mt_utf8_encode(cps[k], out + o);
    return o;
}

const char *mt_nfc(mt_arena *arena, const char *s, size_t len, size_t *out_len)
{
    *out_len = len;
    if (!len)
        return "";
    if (mt_utf8_valid_prefix(s, len) != len)
        return s;
    /* pass 1: the room the output needs: the text between the runs that
     * fail the quick check as it is; those runs, their decomposed bytes
     * (their composition is never longer: tools/gen_nfc.py checks each
     * composite against its pair), and the code points of the longest */
    size_t bytes = 0, longest = 0, start, end;
    for (size_t i = 0; i < len; i = end) {
        if (!next_unquick_run(s, len, i, &start, &end)) {
            bytes += len - i;
            break;
        }
        bytes += start - i;
        size_t k = run_decomposed(s, start, end, &bytes);
        longest = k > longest ? k : longest;
    }
    char *out = mt_arena_alloc_bytes(arena, bytes + 1);
    uint32_t *cps = longest ? mt_arena_alloc(arena, 2 * longest * sizeof *cps) : NULL;
    if (!out || (longest && !cps))
        return NULL;
    /* pass 2: the text between such runs copied, the runs normalised */
    size_t o = 0;
    for (size_t i = 0; i < len; i = end) {
        if (!next_unquick_run(s, len, i, &start, &end)) {
            start = end = len;
        }
        memcpy(out + o, s + i, start - i);
        o += start - i;
        if (start < end)
            o += normalize_run(s, start, end, cps, longest, out + o);
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}
