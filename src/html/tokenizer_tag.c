/* tokenizer_tag.c -- start and end tags: the tag name state, the attribute
 * states and the self-closing start tag state (HTML standard 13.2.5.8 and
 * 13.2.5.32 to 13.2.5.40).
 *
 * Names are lowercased on the way: a name already in lowercase stays a
 * slice of the input. Duplicate attributes are dropped when their name is
 * complete, as the standard says; small tags compare names directly, tags
 * with many attributes use a hash set, so a tag with 100,000 attributes
 * costs linear time. */
#include "html/tokenizer_internal.h"
#include "util/alloc.h"
#include "util/fnv.h"

/* Up to this many attributes, duplicates are found by comparing names. */
#define LINEAR_DEDUP 16

/* ---------------------------------------------------------------- names */

const uchar *mt_tk_name_chars_more(mt_tokenizer *t, tk_str *s, const uchar *p, unsigned stop)
{
    const uchar *end = t->end;
    for (;;) {
        const uchar *q = tk_scan(p, end, s->in_buf ? stop : stop | TK_UPPER);
        if (s->in_buf)
            mt_tk_str_lower(t, &t->tagbuf, s, p, (size_t)(q - p));
        else
            tk_str_input(t, &t->tagbuf, s, (const char *)p, (size_t)(q - p));
        p = q;
        if (p == end || (*p != '\0' && !tk_is(*p, TK_UPPER)))
            return p;
        if (*p == '\0') {
            tk_str_bytes(t, &t->tagbuf, s, TK_FFFD, 3);
            p++;
        } else if (!mt_tk_str_to_buf(t, &t->tagbuf, s)) {
            p++;    /* out of memory: the call fails, just keep moving */
        }
    }
}

static void tag_begin(mt_tokenizer *t, const uchar *lt, bool end_tag)
{
    tk_token_begin(t, end_tag ? MT_TOKEN_END_TAG : MT_TOKEN_START_TAG, lt);
    t->nattrs = 0;
    t->attrs_truncated = false;
    t->slots_active = false;
}

/* ---------------------------------------------------------------- duplicate attributes */

static uint32_t name_hash(const char *s, size_t n)
{
    return mt_fnv(s, n);
}

static bool same_name(const mt_tokenizer *t, uint32_t i, const char *name, size_t len)
{
    const tk_str *a = &t->attrs[i].name;
    if (a->len != len)
        return false;
    const char *other = tk_str_ptr(&t->tagbuf, a);
    return other[0] == name[0] && memcmp(other, name, len) == 0;
}

/* Puts attribute i into the set; the set has room (load at most 1/2). */
static void set_insert(mt_tokenizer *t, uint32_t i)
{
    const tk_str *a = &t->attrs[i].name;
    uint32_t h = name_hash(tk_str_ptr(&t->tagbuf, a), a->len);
    for (uint32_t j = h & t->slot_mask;; j = (j + 1) & t->slot_mask) {
        if (t->slots[j].stamp != t->stamp) {
            t->slots[j].stamp = t->stamp;
            t->slots[j].index = i;
            return;
        }
    }
}

/* Makes the set hold this tag's attributes, with room for twice as many:
 * a new stamp empties it without clearing. */
static bool set_fill(mt_tokenizer *t)
{
    size_t want = (size_t)t->nattrs * 4;
    size_t have = t->slots ? (size_t)t->slot_mask + 1 : 0;
    if (have < want) {
        size_t n = have ? have : 64;
        while (n < want)
            n *= 2;
        tk_slot *slots = mt_mem_alloc(t->alloc, n * sizeof *slots);
        if (!slots) {
            t->oom = true;
            return false;
        }
        memset(slots, 0, n * sizeof *slots);
        if (t->slots)
            mt_mem_free(t->alloc, t->slots, have * sizeof *t->slots);
        t->slots = slots;
        t->slot_mask = (uint32_t)(n - 1);
        t->stamp = 0;
    }
    if (++t->stamp == 0) {  /* wrapped: stale slots could look current */
        memset(t->slots, 0, ((size_t)t->slot_mask + 1) * sizeof *t->slots);
        t->stamp = 1;
    }
    for (uint32_t i = 0; i < t->nattrs; i++)
        set_insert(t, i);
    t->slots_active = true;
    return true;
}

/* Whether this tag already has an attribute called `name`. */
static bool attr_seen(mt_tokenizer *t, const char *name, size_t len)
{
    if (t->oom)
        return false;   /* the call fails anyway: spare the comparisons */
    if (!t->slots_active) {
        for (uint32_t i = 0; i < t->nattrs; i++) {
            if (same_name(t, i, name, len))
                return true;
        }
        if (t->nattrs < LINEAR_DEDUP || !set_fill(t))
            return false;
    }
    uint32_t h = name_hash(name, len);
    for (uint32_t j = h & t->slot_mask;; j = (j + 1) & t->slot_mask) {
        if (t->slots[j].stamp != t->stamp)
            return false;
        if (same_name(t, t->slots[j].index, name, len))
            return true;
    }
}

/* Room for one more attribute in both arrays (capped by max_attributes). */
static bool attrs_reserve(mt_tokenizer *t)
{
    if (t->nattrs < t->attrs_cap)
        return true;
    uint32_t cap = t->attrs_cap ? t->attrs_cap * 2 : 16;
    if (cap > t->max_attributes)
        cap = t->max_attributes;
    tk_attr *a = mt_mem_alloc(t->alloc, cap * sizeof *a);
    mt_token_attr *o = mt_mem_alloc(t->alloc, cap * sizeof *o);
    if (!a || !o) {
        mt_mem_free(t->alloc, a, cap * sizeof *a);
        mt_mem_free(t->alloc, o, cap * sizeof *o);
        t->oom = true;
        return false;
    }
    if (t->nattrs)
        memcpy(a, t->attrs, t->nattrs * sizeof *a);
    mt_mem_free(t->alloc, t->attrs, t->attrs_cap * sizeof *t->attrs);
    mt_mem_free(t->alloc, t->out_attrs, t->attrs_cap * sizeof *t->out_attrs);
    t->attrs = a;
    t->out_attrs = o;
    t->attrs_cap = cap;
    return true;
}

/* Leaving the attribute name state: keeps the attribute unless its name is
 * taken or the tag is full. */
static void attr_name_done(mt_tokenizer *t)
{
    const tk_str *s = &t->attr_name;
    t->attr_kept = false;
    if (attr_seen(t, tk_str_ptr(&t->tagbuf, s), s->len))
        return;
    if (t->nattrs >= t->max_attributes) {
        t->attrs_truncated = true;
        return;
    }
    if (!attrs_reserve(t))
        return;
    if (t->slots_active) {
        if (((size_t)t->nattrs + 1) * 2 > (size_t)t->slot_mask + 1 && !set_fill(t))
            return;
    }
    uint32_t i = t->nattrs++;
    t->attrs[i].name = *s;
    tk_str_begin(&t->attrs[i].value, NULL);
    if (t->slots_active)
        set_insert(t, i);
    t->attr_kept = true;
}

/* The attribute is complete: a dropped one gives its scratch bytes back. */
static void attr_end(mt_tokenizer *t)
{
    if (!t->attr_kept)
        t->tagbuf.len = t->attr_mark;
}

static void attr_value_end(mt_tokenizer *t)
{
    if (t->attr_kept)
        t->attrs[t->nattrs - 1].value = t->value;
    attr_end(t);
}

/* ---------------------------------------------------------------- attribute states */

/* Attribute name state, from its first byte (which may be '=': in the
 * before attribute name state that starts a name). */
static const uchar *attribute_name(mt_tokenizer *t, const uchar *p)
{
    tk_str *s = &t->attr_name;
    t->attr_mark = t->tagbuf.len;
    tk_str_begin(s, (const char *)p);
    if (*p == '=') {
        s->len = 1;
        p++;
    }
    p = mt_tk_name_chars(t, s, p, TK_STOP_ATTR);
    attr_name_done(t);
    return p;
}

/* A character reference in an attribute value. */
static const uchar *value_charref(mt_tokenizer *t, const uchar *amp)
{
    char out[8];
    size_t n;
    const uchar *after = mt_tk_charref(amp, t->end, true, out, &n);
    if (!after) {
        tk_str_input(t, &t->tagbuf, &t->value, (const char *)amp, 1);
        return amp + 1;
    }
    tk_str_bytes(t, &t->tagbuf, &t->value, out, n);
    return after;
}

/* An attribute value from p up to its closing `quote` (0: unquoted, up to
 * whitespace or '>'), or the end. */
static const uchar *attribute_value(mt_tokenizer *t, const uchar *p, uchar quote)
{
    const uchar *end = t->end;
    tk_str *v = &t->value;
    tk_str_begin(v, (const char *)p);
    for (;;) {
        const uchar *q = quote ? tk_find3(p, end, quote, '&', '\0') : tk_scan(p, end, TK_STOP_UNQ);
        tk_str_input(t, &t->tagbuf, v, (const char *)p, (size_t)(q - p));
        p = q;
        if (p == end)
            return p;
        if (*p == '\0') {
            tk_str_bytes(t, &t->tagbuf, v, TK_FFFD, 3);
            p++;
        } else if (*p == '&') {
            p = value_charref(t, p);
        } else {
            return p;
        }
    }
}

static tk_markup emit_tag(mt_tokenizer *t, bool self_closing, const uchar *after,
                          const uchar **next)
{
    mt_token *tok = &t->other;
    tok->name = tk_str_ptr(&t->tagbuf, &t->name);
    tok->name_len = (uint32_t)t->name.len;
    tok->tag = mt_tag_lookup(tok->name, t->name.len);
    tok->self_closing = self_closing;
    for (uint32_t i = 0; i < t->nattrs; i++) {
        const tk_attr *a = &t->attrs[i];
        mt_token_attr *o = &t->out_attrs[i];
        o->name = tk_str_ptr(&t->tagbuf, &a->name);
        o->name_len = (uint32_t)a->name.len;
        o->value = tk_str_ptr(&t->tagbuf, &a->value);
        o->value_len = (uint32_t)a->value.len;
    }
    tok->attrs = t->nattrs ? t->out_attrs : NULL;
    tok->nattrs = t->nattrs;
    tok->attrs_truncated = t->attrs_truncated;
    if (tok->type == MT_TOKEN_START_TAG)
        mt_tk_set_last_start(t, tok->tag, tok->name, tok->name_len);
    *next = after;
    return TK_MARKUP_TOKEN;
}

/* Everything after the tag name: attributes, '/', '>'. Each state's
 * "anything else" that reconsumes in the before attribute name state is
 * the loop going round. */
static tk_markup tag_rest(mt_tokenizer *t, const uchar *p, const uchar **next)
{
    const uchar *end = t->end;
    for (;;) {
        p = tk_skip_space(p, end);                  /* before attribute name */
        if (p == end)
            return TK_MARKUP_EOF;
        if (*p == '>')
            return emit_tag(t, false, p + 1, next);
        if (*p == '/') {                            /* self-closing start tag */
            if (++p == end)
                return TK_MARKUP_EOF;
            if (*p == '>')
                return emit_tag(t, true, p + 1, next);
            continue;
        }
        p = attribute_name(t, p);
        p = tk_skip_space(p, end);                  /* after attribute name */
        if (p == end || *p != '=') {
            attr_end(t);
            continue;
        }
        p = tk_skip_space(p + 1, end);              /* before attribute value */
        if (p == end)
            return TK_MARKUP_EOF;
        if (*p == '"' || *p == '\'') {
            p = attribute_value(t, p + 1, *p);
            if (p == end)
                return TK_MARKUP_EOF;
            attr_value_end(t);
            p++;                                    /* after attribute value (quoted) */
            continue;
        }
        if (*p == '>') {
            attr_end(t);
            return emit_tag(t, false, p + 1, next);
        }
        p = attribute_value(t, p, 0);
        attr_value_end(t);
    }
}

/* ---------------------------------------------------------------- entry points */

tk_markup mt_tk_tag(mt_tokenizer *t, const uchar *lt, const uchar *name, bool end_tag,
                    const uchar **next)
{
    tag_begin(t, lt, end_tag);
    tk_str_begin(&t->name, (const char *)name);
    const uchar *p = mt_tk_name_chars(t, &t->name, name, TK_STOP_NAME);
    return tag_rest(t, p, next);
}
