/* xmlcheck.h -- a small XML 1.0 well-formedness checker for the tests, so
 * they need no xmllint: one root element, balanced tags, quoted attributes
 * without duplicates, only the five predefined entities and character
 * references, valid UTF-8, and only characters XML allows.
 *
 * Returns NULL when `s` is well-formed, else a static message; *pos gets the
 * byte offset of the problem. Comments, CDATA, processing instructions other
 * than the declaration, and DTDs are reported as unsupported (the renderer
 * never writes them). */
#ifndef MT_TESTS_RENDER_XMLCHECK_H
#define MT_TESTS_RENDER_XMLCHECK_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "util/utf8.h"

#define XMLCHECK_MAX_DEPTH 256

typedef struct xmlcheck {
    const char *s;
    size_t len, i;
    const char *open[XMLCHECK_MAX_DEPTH];
    size_t open_len[XMLCHECK_MAX_DEPTH];
    int depth;
} xmlcheck;

static inline int xc_is_name_start(unsigned char c)
{
    return c == '_' || c == ':' || ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

static inline int xc_is_name_char(unsigned char c)
{
    return xc_is_name_start(c) || c == '-' || c == '.' || (c >= '0' && c <= '9');
}

static inline int xc_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Characters XML 1.0 allows (its Char production). */
static inline int xc_allowed(uint32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

static inline const char *xc_chars(const xmlcheck *x)
{
    if (mt_utf8_valid_prefix(x->s, x->len) != x->len)
        return "invalid UTF-8";
    for (size_t i = 0; i < x->len;) {
        size_t n;
        uint32_t cp = mt_utf8_decode(x->s + i, x->s + x->len, &n);
        if (!xc_allowed(cp))
            return "character not allowed in XML";
        i += n;
    }
    return NULL;
}

static inline size_t xc_name(xmlcheck *x)
{
    size_t start = x->i;
    if (x->i >= x->len || !xc_is_name_start((unsigned char)x->s[x->i]))
        return 0;
    while (x->i < x->len && xc_is_name_char((unsigned char)x->s[x->i]))
        x->i++;
    return x->i - start;
}

static inline const char *xc_reference(xmlcheck *x)
{
    static const char *const named[] = { "amp;", "lt;", "gt;", "quot;", "apos;" };
    x->i++;                                 /* '&' */
    for (size_t k = 0; k < 5; k++) {
        size_t n = strlen(named[k]);
        if (x->len - x->i >= n && memcmp(x->s + x->i, named[k], n) == 0) {
            x->i += n;
            return NULL;
        }
    }
    if (x->i < x->len && x->s[x->i] == '#') {
        x->i++;
        int hex = x->i < x->len && x->s[x->i] == 'x';
        uint32_t cp = 0;
        size_t digits = 0;
        if (hex)
            x->i++;
        for (; x->i < x->len && x->s[x->i] != ';'; x->i++, digits++) {
            char c = x->s[x->i];
            int v = c >= '0' && c <= '9' ? c - '0'
                  : hex && (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
            if (v < 0 || digits > 8)
                return "bad character reference";
            cp = cp * (hex ? 16u : 10u) + (uint32_t)v;
        }
        if (!digits || x->i >= x->len || !xc_allowed(cp))
            return "bad character reference";
        x->i++;
        return NULL;
    }
    return "unknown entity";
}

static inline const char *xc_attributes(xmlcheck *x, size_t tag_start)
{
    const char *names[64];
    size_t lens[64], n = 0;
    for (;;) {
        size_t had_space = 0;
        while (x->i < x->len && xc_is_space(x->s[x->i])) {
            x->i++;
            had_space = 1;
        }
        if (x->i >= x->len)
            return "unterminated tag";
        char c = x->s[x->i];
        if (c == '>' || c == '/')
            return NULL;
        if (!had_space)
            return "attributes need white space between them";
        size_t name_at = x->i, nlen = xc_name(x);
        if (!nlen)
            return "bad attribute name";
        for (size_t k = 0; k < n; k++)
            if (lens[k] == nlen && memcmp(names[k], x->s + name_at, nlen) == 0)
                return "duplicate attribute";
        if (n < 64) {
            names[n] = x->s + name_at;
            lens[n++] = nlen;
        }
        if (x->i + 1 >= x->len || x->s[x->i] != '=' || x->s[x->i + 1] != '"')
            return "attribute value must follow =\"";
        x->i += 2;
        while (x->i < x->len && x->s[x->i] != '"') {
            if (x->s[x->i] == '<')
                return "< in attribute value";
            if (x->s[x->i] == '&') {
                const char *e = xc_reference(x);
                if (e)
                    return e;
            } else {
                x->i++;
            }
        }
        if (x->i >= x->len)
            return "unterminated attribute value";
        x->i++;
        (void)tag_start;
    }
}

static inline const char *xc_tag(xmlcheck *x, int *roots)
{
    size_t start = x->i++;                  /* '<' */
    int closing = x->i < x->len && x->s[x->i] == '/';
    if (closing)
        x->i++;
    if (x->i < x->len && (x->s[x->i] == '!' || x->s[x->i] == '?'))
        return "comments, CDATA and processing instructions are not expected";
    size_t name_at = x->i, nlen = xc_name(x);
    if (!nlen)
        return "bad element name";
    if (closing) {
        while (x->i < x->len && xc_is_space(x->s[x->i]))
            x->i++;
        if (x->i >= x->len || x->s[x->i] != '>')
            return "bad end tag";
        x->i++;
        if (!x->depth)
            return "end tag without start tag";
        x->depth--;
        if (x->open_len[x->depth] != nlen || memcmp(x->open[x->depth], x->s + name_at, nlen) != 0)
            return "end tag does not match start tag";
        return NULL;
    }
    if (!x->depth && (*roots)++)
        return "more than one root element";
    const char *e = xc_attributes(x, start);
    if (e)
        return e;
    if (x->s[x->i] == '/') {
        if (x->i + 1 >= x->len || x->s[x->i + 1] != '>')
            return "bad empty-element tag";
        x->i += 2;
        return NULL;
    }
    x->i++;                                 /* '>' */
    if (x->depth == XMLCHECK_MAX_DEPTH)
        return "too deep for the checker";
    x->open[x->depth] = x->s + name_at;
    x->open_len[x->depth++] = nlen;
    return NULL;
}

static inline const char *xml_check(const char *s, size_t len, size_t *pos)
{
    xmlcheck x;
    memset(&x, 0, sizeof x);
    x.s = s;
    x.len = len;
    const char *e = xc_chars(&x);
    int roots = 0;
    static const char decl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    if (!e && len >= sizeof decl - 1 && memcmp(s, decl, sizeof decl - 1) == 0)
        x.i = sizeof decl - 1;
    while (!e && x.i < x.len) {
        char c = x.s[x.i];
        if (c == '<')
            e = xc_tag(&x, &roots);
        else if (c == '&')
            e = x.depth ? xc_reference(&x) : "text outside the root element";
        else if (c == '>' && x.i >= 2 && x.s[x.i - 1] == ']' && x.s[x.i - 2] == ']')
            e = "]]> in text";
        else if (!x.depth && !xc_is_space(c))
            e = "text outside the root element";
        else
            x.i++;
    }
    if (!e && x.depth)
        e = "unclosed element";
    if (!e && !roots)
        e = "no root element";
    if (pos)
        *pos = x.i;
    return e;
}

#endif
