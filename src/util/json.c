/* json.c -- recursive-descent JSON reader with a depth cap. */
#include <stdlib.h>
#include <string.h>
#include "util/json.h"
#include "util/utf8.h"

typedef struct reader {
    const char *s, *p, *end;
    mt_arena *arena;
    unsigned flags;
    unsigned max_depth;
    const char *error;
    const char *error_at;
} reader;

static mt_json *parse_value(reader *r, unsigned depth);

static void *fail(reader *r, const char *msg)
{
    if (!r->error) {
        r->error = msg;
        r->error_at = r->p;
    }
    return NULL;
}

static void skip_space(reader *r)
{
    for (;;) {
        while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
            r->p++;
        if (!(r->flags & MT_JSON_LENIENT) || r->end - r->p < 2 || r->p[0] != '/')
            return;
        if (r->p[1] == '/') {
            while (r->p < r->end && *r->p != '\n')
                r->p++;
        } else if (r->p[1] == '*') {
            const char *q = r->p + 2;
            while (q + 1 < r->end && !(q[0] == '*' && q[1] == '/'))
                q++;
            r->p = q + 1 < r->end ? q + 2 : r->end;
        } else {
            return;
        }
    }
}

static int hex4(const char *p, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

/* Reads a string starting at the opening quote. The decoded text is never
 * longer than the source, so one allocation of the source length suffices.
 * The scan for the closing quote notes the first control character, which
 * is all a string without escapes needs checking for. */
static const char *parse_string(reader *r, uint32_t *out_len)
{
    const char *start = ++r->p;
    const char *q = start;
    const char *ctrl = NULL;
    int simple = 1;
    size_t len = (size_t)(r->end - r->s);
    while (q < r->end) {
        q = r->s + mt_json_plain_end(r->s, (size_t)(q - r->s), len, 0);
        if (q >= r->end || *q == '"')
            break;
        if (*q == '\\') {
            simple = 0;
            q += 2;
            continue;
        }
        if (!ctrl)
            ctrl = q;
        q++;
    }
    if (q >= r->end)
        return fail(r, "unterminated string");
    size_t span = (size_t)(q - start);
    char *buf = mt_arena_alloc_bytes(r->arena, span + 1);
    if (!buf)
        return fail(r, "out of memory");
    if (simple) {
        if (ctrl && !(r->flags & MT_JSON_LENIENT)) {
            r->p = ctrl;
            return fail(r, "control character in string");
        }
        memcpy(buf, start, span);
        buf[span] = '\0';
        *out_len = (uint32_t)span;
        r->p = q + 1;
        return buf;
    }
    char *o = buf;
    const char *c = start;
    while (c < q) {
        unsigned char ch = (unsigned char)*c;
        if (ch < 0x20 && !(r->flags & MT_JSON_LENIENT)) {
            r->p = c;
            return fail(r, "control character in string");
        }
        if (ch != '\\') {
            *o++ = (char)ch;
            c++;
            continue;
        }
        c++;
        switch (*c) {
        case '"': *o++ = '"'; c++; break;
        case '\\': *o++ = '\\'; c++; break;
        case '/': *o++ = '/'; c++; break;
        case 'b': *o++ = '\b'; c++; break;
        case 'f': *o++ = '\f'; c++; break;
        case 'n': *o++ = '\n'; c++; break;
        case 'r': *o++ = '\r'; c++; break;
        case 't': *o++ = '\t'; c++; break;
        case 'u': {
            unsigned cp;
            if (q - c < 5 || hex4(c + 1, &cp) < 0) {
                r->p = c;
                return fail(r, "bad \\u escape");
            }
            c += 5;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                unsigned lo;
                if (q - c >= 6 && c[0] == '\\' && c[1] == 'u' && hex4(c + 2, &lo) == 0 &&
                    lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    c += 6;
                } else {
                    cp = 0xFFFD;    /* lone surrogate */
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            /* "\uXXXX" is 6 source bytes; its UTF-8 is at most 3 (4 for a
             * pair, from 12 source bytes), so the buffer cannot overflow. */
            o += mt_utf8_encode(cp, o);
            break;
        }
        default:
            if (r->flags & MT_JSON_LENIENT) {
                *o++ = *c++;    /* "\x" -> "x" */
                break;
            }
            r->p = c;
            return fail(r, "bad escape");
        }
    }
    *o = '\0';
    *out_len = (uint32_t)(o - buf);
    r->p = q + 1;
    return buf;
}

static mt_json *new_value(reader *r, mt_json_type type)
{
    mt_json *v = mt_arena_calloc(r->arena, sizeof *v);
    if (!v)
        return fail(r, "out of memory");
    v->type = type;
    return v;
}

static mt_json *parse_number(reader *r)
{
    const char *start = r->p;
    const char *q = r->p;
    if (q < r->end && *q == '-')
        q++;
    if (q >= r->end || !(*q >= '0' && *q <= '9'))
        return fail(r, "invalid value");
    if (*q == '0')
        q++;
    else
        while (q < r->end && *q >= '0' && *q <= '9')
            q++;
    if (q < r->end && *q == '.') {
        q++;
        if (q >= r->end || !(*q >= '0' && *q <= '9')) {
            r->p = q;
            return fail(r, "digit expected");
        }
        while (q < r->end && *q >= '0' && *q <= '9')
            q++;
    }
    if (q < r->end && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < r->end && (*q == '+' || *q == '-'))
            q++;
        if (q >= r->end || !(*q >= '0' && *q <= '9')) {
            r->p = q;
            return fail(r, "digit expected");
        }
        while (q < r->end && *q >= '0' && *q <= '9')
            q++;
    }
    mt_json *v = new_value(r, MT_JSON_NUMBER);
    if (!v)
        return NULL;
    char *text = mt_arena_strndup(r->arena, start, (size_t)(q - start));
    if (!text)
        return fail(r, "out of memory");
    v->str = text;
    v->len = (uint32_t)(q - start);
    v->num = strtod(text, NULL);
    r->p = q;
    return v;
}

static int literal(reader *r, const char *word, size_t n)
{
    if ((size_t)(r->end - r->p) >= n && memcmp(r->p, word, n) == 0) {
        r->p += n;
        return 1;
    }
    return 0;
}

/* Parses the elements of an array or the members of an object; `r->p` is on
 * the opening bracket. */
static mt_json *parse_container(reader *r, unsigned depth, int is_object)
{
    mt_json *v = new_value(r, is_object ? MT_JSON_OBJECT : MT_JSON_ARRAY);
    if (!v)
        return NULL;
    char close = is_object ? '}' : ']';
    mt_json **tail = &v->child;
    r->p++;
    skip_space(r);
    if (r->p < r->end && *r->p == close) {
        r->p++;
        return v;
    }
    for (;;) {
        const char *key = NULL;
        uint32_t key_len = 0;
        skip_space(r);
        if (is_object) {
            if (r->p >= r->end || *r->p != '"')
                return fail(r, "member name expected");
            key = parse_string(r, &key_len);
            if (!key)
                return NULL;
            skip_space(r);
            if (r->p >= r->end || *r->p != ':')
                return fail(r, "':' expected");
            r->p++;
        }
        mt_json *item = parse_value(r, depth + 1);
        if (!item)
            return NULL;
        item->key = key;
        item->key_len = key_len;
        *tail = item;
        tail = &item->next;
        v->len++;
        skip_space(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            skip_space(r);
            if ((r->flags & MT_JSON_LENIENT) && r->p < r->end && *r->p == close) {
                r->p++;
                return v;
            }
            continue;
        }
        if (r->p < r->end && *r->p == close) {
            r->p++;
            return v;
        }
        return fail(r, is_object ? "',' or '}' expected" : "',' or ']' expected");
    }
}

static mt_json *parse_value(reader *r, unsigned depth)
{
    if (depth > r->max_depth)
        return fail(r, "nesting too deep");
    skip_space(r);
    if (r->p >= r->end)
        return fail(r, "unexpected end of input");
    switch (*r->p) {
    case '{':
        return parse_container(r, depth, 1);
    case '[':
        return parse_container(r, depth, 0);
    case '"': {
        uint32_t len;
        const char *s = parse_string(r, &len);
        if (!s)
            return NULL;
        mt_json *v = new_value(r, MT_JSON_STRING);
        if (v) {
            v->str = s;
            v->len = len;
        }
        return v;
    }
    case 't':
        if (literal(r, "true", 4))
            return new_value(r, MT_JSON_TRUE);
        break;
    case 'f':
        if (literal(r, "false", 5))
            return new_value(r, MT_JSON_FALSE);
        break;
    case 'n':
        if (literal(r, "null", 4))
            return new_value(r, MT_JSON_NULL);
        break;
    default:
        return parse_number(r);
    }
    return fail(r, "invalid value");
}

mt_json *mt_json_parse(mt_arena *arena, const char *s, size_t len, unsigned flags,
                       unsigned max_depth, mt_json_error *err)
{
    reader r = { s, s, s + len, arena, flags, max_depth ? max_depth : 64, NULL, NULL };
    /* a UTF-8 byte order mark is tolerated */
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        r.p += 3;
    mt_json *v = parse_value(&r, 0);
    if (v) {
        skip_space(&r);
        if (r.p < r.end && !(flags & MT_JSON_LENIENT)) {
            fail(&r, "trailing characters");
            v = NULL;
        }
    }
    if (!v && err) {
        err->msg = r.error ? r.error : "invalid JSON";
        err->pos = (size_t)((r.error_at ? r.error_at : r.p) - s);
    }
    return v;
}

const mt_json *mt_json_get(const mt_json *obj, const char *key)
{
    if (!obj || obj->type != MT_JSON_OBJECT)
        return NULL;
    size_t n = strlen(key);
    for (const mt_json *m = obj->child; m; m = m->next)
        if (m->key_len == n && memcmp(m->key, key, n) == 0)
            return m;
    return NULL;
}
