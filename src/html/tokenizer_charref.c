/* tokenizer_charref.c -- character references (HTML standard 13.2.5.72 to
 * 13.2.5.80): named ones by longest match in the generated table
 * (html/entities.h), numeric ones with the standard's replacements.
 *
 * Only the output matters here, not the parse errors, so the ambiguous
 * ampersand state reduces to "the '&' is an ordinary character": the
 * letters and digits it would pass along are ordinary text as well. */
#include "html/entities.h"
#include "html/tokenizer_internal.h"
#include "util/utf8.h"

/* ---------------------------------------------------------------- named references */

/* The first entity in [lo, hi) whose byte i is at least c (entities in the
 * range share their first i bytes and are all longer than i). */
static size_t lower_bound(size_t lo, size_t hi, size_t i, uchar c)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((uchar)mt_entity_names[mt_entities[mid].name_off + i] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The longest entity name that is a prefix of [s, end): starts from the
 * names sharing the first byte and narrows the range one byte at a time.
 * Returns the entity, or NULL. */
static const mt_entity *longest_entity(const uchar *s, const uchar *end)
{
    if (s == end || s[0] >= 128)
        return NULL;
    size_t lo = mt_entity_first[s[0]], hi = mt_entity_first[s[0] + 1];
    const mt_entity *best = NULL;
    for (size_t i = 1; lo < hi; i++) {
        if (mt_entities[lo].name_len == i) {    /* the name ending here sorts first */
            best = &mt_entities[lo];
            lo++;
        }
        if (s + i == end || i == MT_ENTITY_MAX_NAME)
            break;
        uchar c = s[i];
        if (!tk_is(c, TK_ALNUM) && c != ';')
            break;
        lo = lower_bound(lo, hi, i, c);
        hi = lower_bound(lo, hi, i, (uchar)(c + 1));
    }
    return best;
}

/* The entity named [s, s + n) followed by ';', from the hash table of
 * such names; `h` is the hash of those n bytes. NULL when there is none. */
static const mt_entity *entity_with_semicolon(const uchar *s, size_t n, uint32_t h)
{
    for (uint32_t i = h & (MT_ENTITY_HASH_SIZE - 1);; i = (i + 1) & (MT_ENTITY_HASH_SIZE - 1)) {
        unsigned k = mt_entity_by_name[i];
        if (!k)
            return NULL;
        const mt_entity *e = &mt_entities[k - 1];
        if (e->name_len != n + 1)
            continue;
        const char *name = mt_entity_names + e->name_off;
        size_t j = 0;
        while (j < n && (uchar)name[j] == s[j])
            j++;
        if (j == n)
            return e;
    }
}

/* Most references in pages are whole names with their ';' ("&quot;",
 * "&amp;", "&nbsp;"). Such a name, when the table has it, is the longest
 * match, as no name goes on past a ';': it is hashed while scanned and
 * found with a probe or two instead of narrowing the sorted range byte by
 * byte. NULL when the text is not of that form or the name is unknown (a
 * legacy prefix such as "&notit;" may still match). */
static const mt_entity *terminated_entity(const uchar *s, const uchar *end)
{
    size_t n = 0, most = (size_t)(end - s);
    if (most > MT_ENTITY_MAX_NAME)
        most = MT_ENTITY_MAX_NAME;
    uint32_t h = MT_ENTITY_HASH_INIT;
    while (n < most && tk_is(s[n], TK_ALNUM))
        h = mt_entity_hash_step(h, s[n++]);
    if (n == 0 || n == most || s[n] != ';')
        return NULL;
    return entity_with_semicolon(s, n, h);
}

static const uchar *named_reference(const uchar *amp, const uchar *end, bool in_attribute,
                                    char out[8], size_t *out_len)
{
    const mt_entity *e = terminated_entity(amp + 1, end);
    if (!e)
        e = longest_entity(amp + 1, end);
    if (!e)
        return NULL;
    const uchar *after = amp + 1 + e->name_len;
    /* A legacy reference without ';' in an attribute value stays literal
     * when a '=' or an alphanumeric follows (for URLs like "?a=1&copy=2"). */
    if (in_attribute && after[-1] != ';' && after < end &&
        (*after == '=' || tk_is(*after, TK_ALNUM)))
        return NULL;
    memcpy(out, mt_entity_values + e->value_off, e->value_len);
    *out_len = e->value_len;
    return after;
}

/* ---------------------------------------------------------------- numeric references */

/* What a reference to 0x80..0x9F means: the windows-1252 character, as the
 * standard's table says; 0 where the code point stays as it is. */
static const uint16_t c1_replacements[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

static int digit_value(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

/* "&#" at amp. Digits accumulate with saturation above U+10FFFF, so a long
 * run of digits costs no overflow and still ends as U+FFFD. */
static const uchar *numeric_reference(const uchar *amp, const uchar *end, char out[8],
                                      size_t *out_len)
{
    const uchar *p = amp + 2;
    bool hex = p < end && (*p | 0x20) == 'x';
    if (hex)
        p++;
    unsigned base = hex ? 16 : 10, kind = hex ? TK_HEX : 0;
    const uchar *digits = p;
    uint32_t cp = 0;
    while (p < end && (hex ? tk_is(*p, kind) : (*p >= '0' && *p <= '9'))) {
        cp = cp * base + (uint32_t)digit_value(*p);
        if (cp > 0x10FFFF)
            cp = 0x110000;
        p++;
    }
    if (p == digits)
        return NULL;    /* "&#" or "&#x" without digits: literal */
    if (p < end && *p == ';')
        p++;
    if (cp == 0)
        cp = 0xFFFD;
    else if (cp >= 0x80 && cp <= 0x9F && c1_replacements[cp - 0x80])
        cp = c1_replacements[cp - 0x80];
    /* surrogates and values past U+10FFFF: mt_utf8_encode writes U+FFFD */
    *out_len = mt_utf8_encode(cp, out);
    return p;
}

const uchar *mt_tk_charref(const uchar *amp, const uchar *end, bool in_attribute,
                           char out[8], size_t *out_len)
{
    if (end - amp < 2)
        return NULL;
    uchar c = amp[1];
    if (c == '#')
        return numeric_reference(amp, end, out, out_len);
    if (tk_is(c, TK_ALNUM))
        return named_reference(amp, end, in_attribute, out, out_len);
    return NULL;
}
