/* tokenizer_markup.c -- what starts with "<!" or "<?": the markup
 * declaration open state, comments (13.2.5.43 to 13.2.5.52), bogus comments,
 * DOCTYPEs (13.2.5.53 to 13.2.5.68) and the opening of CDATA sections.
 *
 * Comment data is always a stretch of the input (whatever the comment
 * states append is the input in order, minus the dashes of the closing
 * "-->"), so the comment states only have to find where the data ends; it
 * stays a slice unless it holds a NUL. */
#include "html/tokenizer_internal.h"

/* ---------------------------------------------------------------- comments */

static tk_markup emit_comment(mt_tokenizer *t, const uchar *lt, const uchar *from,
                              const uchar *to, const uchar *after, const uchar **next)
{
    tk_token_begin(t, MT_TOKEN_COMMENT, lt);
    mt_tk_str_input_nul(t, &t->tagbuf, &t->value, from, (size_t)(to - from));
    t->other.data = tk_str_ptr(&t->tagbuf, &t->value);
    t->other.data_len = (uint32_t)t->value.len;
    *next = after;
    return TK_MARKUP_TOKEN;
}

tk_markup mt_tk_bogus_comment(mt_tokenizer *t, const uchar *lt, const uchar *from,
                              const uchar **next)
{
    const uchar *gt = memchr(from, '>', (size_t)(t->end - from));
    if (!gt)
        return emit_comment(t, lt, from, t->end, t->end, next);
    return emit_comment(t, lt, from, gt, gt + 1, next);
}

enum { COMMENT_TEXT, COMMENT_END_DASH, COMMENT_END, COMMENT_END_BANG };

/* A comment from just after "<!--". `data_end` tracks where the data ends:
 * the dashes (and '!') that might close the comment are only counted in
 * once a later byte shows they do not. The comment less-than sign states
 * are left out: they only decide parse errors, never the data. */
static tk_markup comment(mt_tokenizer *t, const uchar *lt, const uchar *from,
                         const uchar **next)
{
    const uchar *p = from, *end = t->end, *data_end = from;
    int s = COMMENT_TEXT;
    /* comment start and comment start dash states */
    if (p < end && *p == '>')
        return emit_comment(t, lt, from, from, p + 1, next);
    if (p < end && *p == '-') {
        p++;
        if (p == end)
            return emit_comment(t, lt, from, from, end, next);
        if (*p == '>')
            return emit_comment(t, lt, from, from, p + 1, next);
        if (*p == '-') {
            p++;
            s = COMMENT_END;
        }
    }
    for (;;) {
        switch (s) {
        case COMMENT_TEXT:
            p = tk_find3(p, end, '-', '-', '\0');
            data_end = p;
            if (p == end)
                return emit_comment(t, lt, from, data_end, end, next);
            p++;
            if (p[-1] == '-')
                s = COMMENT_END_DASH;
            continue;   /* a NUL is data (made U+FFFD when emitted) */
        case COMMENT_END_DASH:
            if (p == end)
                return emit_comment(t, lt, from, data_end, end, next);
            if (*p == '-') {
                p++;
                s = COMMENT_END;
            } else {
                s = COMMENT_TEXT;   /* the dash was data */
            }
            continue;
        case COMMENT_END:
            if (p == end)
                return emit_comment(t, lt, from, data_end, end, next);
            if (*p == '>')
                return emit_comment(t, lt, from, data_end, p + 1, next);
            if (*p == '!') {
                p++;
                s = COMMENT_END_BANG;
            } else if (*p == '-') {
                data_end++;     /* "---": the first dash is data */
                p++;
            } else {
                s = COMMENT_TEXT;
            }
            continue;
        case COMMENT_END_BANG:
            if (p == end)
                return emit_comment(t, lt, from, data_end, end, next);
            if (*p == '>')
                return emit_comment(t, lt, from, data_end, p + 1, next);
            if (*p == '-') {
                data_end = p;   /* "--!" is data, this dash may close */
                p++;
                s = COMMENT_END_DASH;
            } else {
                s = COMMENT_TEXT;
            }
            continue;
        }
    }
}

/* ---------------------------------------------------------------- DOCTYPE */

static bool ascii_case_equal(const uchar *p, const char *lower, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != (uchar)lower[i])
            return false;
    }
    return true;
}

static tk_markup emit_doctype(mt_tokenizer *t, bool has_name, int ids, bool force_quirks,
                              const uchar *after, const uchar **next)
{
    mt_token *tok = &t->other;
    if (has_name) {
        tok->name = tk_str_ptr(&t->tagbuf, &t->name);
        tok->name_len = (uint32_t)t->name.len;
    }
    if (ids & 1) {
        tok->public_id = tk_str_ptr(&t->tagbuf, &t->public_id);
        tok->public_id_len = (uint32_t)t->public_id.len;
    }
    if (ids & 2) {
        tok->system_id = tk_str_ptr(&t->tagbuf, &t->system_id);
        tok->system_id_len = (uint32_t)t->system_id.len;
    }
    tok->force_quirks = force_quirks;
    *next = after;
    return TK_MARKUP_TOKEN;
}

/* A quoted identifier from just after its quote, up to the closing quote
 * or a '>' or the end (both of which cut it short). */
static const uchar *doctype_identifier(mt_tokenizer *t, tk_str *s, const uchar *p, uchar quote)
{
    const uchar *q = p;
    while (q < t->end && *q != quote && *q != '>')
        q++;
    mt_tk_str_input_nul(t, &t->tagbuf, s, p, (size_t)(q - p));
    return q;
}

/* The bogus DOCTYPE state: everything up to '>' is ignored. */
static const uchar *bogus_doctype(const mt_tokenizer *t, const uchar *p)
{
    const uchar *gt = memchr(p, '>', (size_t)(t->end - p));
    return gt ? gt + 1 : t->end;
}

/* A DOCTYPE from just after the keyword. The "after keyword" and "before
 * identifier" states (and "after public identifier" and "between
 * identifiers") differ only in parse errors once whitespace is skipped, so
 * each pair is one step here. */
static tk_markup doctype(mt_tokenizer *t, const uchar *lt, const uchar *p, const uchar **next)
{
    const uchar *end = t->end;
    tk_token_begin(t, MT_TOKEN_DOCTYPE, lt);
    p = tk_skip_space(p, end);      /* DOCTYPE, before DOCTYPE name */
    if (p == end)
        return emit_doctype(t, false, 0, true, end, next);
    if (*p == '>')
        return emit_doctype(t, false, 0, true, p + 1, next);
    /* DOCTYPE name (a NUL, even the first byte, becomes U+FFFD) */
    tk_str_begin(&t->name, (const char *)p);
    p = mt_tk_name_chars(t, &t->name, p, TK_STOP_DOCTYPE);
    p = tk_skip_space(p, end);      /* after DOCTYPE name */
    if (p == end)
        return emit_doctype(t, true, 0, true, end, next);
    if (*p == '>')
        return emit_doctype(t, true, 0, false, p + 1, next);
    bool public = end - p >= 6 && ascii_case_equal(p, "public", 6);
    if (!public && !(end - p >= 6 && ascii_case_equal(p, "system", 6)))
        return emit_doctype(t, true, 0, true, bogus_doctype(t, p), next);
    int ids = 0;
    p = tk_skip_space(p + 6, end);  /* after the keyword, before the identifier */
    if (p == end || *p == '>')
        return emit_doctype(t, true, 0, true, p == end ? end : p + 1, next);
    if (*p != '"' && *p != '\'')
        return emit_doctype(t, true, 0, true, bogus_doctype(t, p), next);
    if (public) {
        p = doctype_identifier(t, &t->public_id, p + 1, *p);
        ids = 1;
        if (p == end || *p == '>')
            return emit_doctype(t, true, ids, true, p == end ? end : p + 1, next);
        p = tk_skip_space(p + 1, end);  /* after the public id, between the ids */
        if (p == end)
            return emit_doctype(t, true, ids, true, end, next);
        if (*p == '>')
            return emit_doctype(t, true, ids, false, p + 1, next);
        if (*p != '"' && *p != '\'')
            return emit_doctype(t, true, ids, true, bogus_doctype(t, p), next);
    }
    p = doctype_identifier(t, &t->system_id, p + 1, *p);
    ids |= 2;
    if (p == end || *p == '>')
        return emit_doctype(t, true, ids, true, p == end ? end : p + 1, next);
    p = tk_skip_space(p + 1, end);      /* after the system id */
    if (p == end)
        return emit_doctype(t, true, ids, true, end, next);
    if (*p == '>')
        return emit_doctype(t, true, ids, false, p + 1, next);
    return emit_doctype(t, true, ids, false, bogus_doctype(t, p), next);   /* not quirks */
}

/* ---------------------------------------------------------------- markup declaration open */

tk_markup mt_tk_markup_declaration(mt_tokenizer *t, const uchar *lt, const uchar **next)
{
    const uchar *p = lt + 2, *end = t->end;
    size_t left = (size_t)(end - p);
    if (left >= 2 && p[0] == '-' && p[1] == '-')
        return comment(t, lt, p + 2, next);
    if (left >= 7 && ascii_case_equal(p, "doctype", 7))
        return doctype(t, lt, p + 7, next);
    if (left >= 7 && memcmp(p, "[CDATA[", 7) == 0 && t->allow_cdata) {
        const uchar *q = p + 7;
        t->cdata_from = q;
        while (q < end) {
            const uchar *b = memchr(q, ']', (size_t)(end - q));
            if (!b || end - b < 3)
                break;
            if (b[1] == ']' && b[2] == '>') {
                t->cdata_to = b;
                *next = b + 3;
                return TK_MARKUP_CDATA;
            }
            q = b + 1;
        }
        t->cdata_to = end;
        *next = end;
        return TK_MARKUP_CDATA;
    }
    return mt_tk_bogus_comment(t, lt, p, next);
}
