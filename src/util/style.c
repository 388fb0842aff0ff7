/* style.c -- the display and visibility of a list of CSS declarations. */
#include <string.h>
#include "util/ascii.h"
#include "util/style.h"

static int is_ident_byte(unsigned char c)
{
    return mt_ascii_is_alnum(c) || c == '-' || c == '_' || c >= 0x80;
}

/* Whether the keyword at s[0..n) is `word` (small letters) and ends there
 * or at a byte that is no part of a name ("none;", "none !important"). */
static int keyword_is(const char *s, size_t n, const char *word, size_t len)
{
    return n >= len && mt_ascii_equal_ci(s, word, len) &&
           (n == len || !is_ident_byte((unsigned char)s[len]));
}

/* Whether a property name at `name` stands where a declaration begins:
 * at the start, or after a ';' (white space between), not inside a value
 * ("url(/display:none.png)"). */
static int opens_declaration(const char *d, const char *name)
{
    while (name > d && mt_ascii_is_space((unsigned char)name[-1]))
        name--;
    return name == d || name[-1] == ';';
}

/* The longest property name asked about ("visibility"). */
#define PROPERTY_MAX 10

unsigned mt_style_read(const char *d, size_t n)
{
    unsigned bits = 0;
    if (n == 0)
        return 0;
    const char *end = d + n;
    for (const char *colon = memchr(d, ':', n); colon;
         colon = memchr(colon + 1, ':', (size_t)(end - colon - 1))) {
        const char *q = colon;
        while (q > d && mt_ascii_is_space((unsigned char)q[-1]))
            q--;
        /* both properties end in 'y': most colons (and the ones in
         * "url(http://...)") are passed over by one compare */
        if (q == d || (q[-1] | 0x20) != 'y')
            continue;
        const char *name = q;
        while (name > d && q - name <= PROPERTY_MAX && is_ident_byte((unsigned char)name[-1]))
            name--;
        size_t name_len = (size_t)(q - name);
        int display = name_len == 7 && mt_ascii_equal_ci(name, "display", 7);
        int visibility = name_len == 10 && mt_ascii_equal_ci(name, "visibility", 10);
        if (!(display || visibility) || !opens_declaration(d, name))
            continue;
        const char *v = colon + 1;
        v += mt_ascii_skip_space(v, (size_t)(end - v));
        size_t rest = (size_t)(end - v);
        if (display) {
            bits = (bits & ~(unsigned)MT_STYLE_DISPLAY_NONE) | MT_STYLE_DISPLAY_SET;
            if (keyword_is(v, rest, "none", 4))
                bits |= MT_STYLE_DISPLAY_NONE;
        } else {
            bits = (bits & ~(unsigned)MT_STYLE_VISIBILITY_HIDDEN) | MT_STYLE_VISIBILITY_SET;
            if (keyword_is(v, rest, "hidden", 6) || keyword_is(v, rest, "collapse", 8))
                bits |= MT_STYLE_VISIBILITY_HIDDEN;
        }
    }
    return bits;
}
