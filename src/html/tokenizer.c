/* tokenizer.c -- the WHATWG HTML tokenizer (see tokenizer.h): the object,
 * its scratch buffers, and the states that produce characters (data,
 * RCDATA, RAWTEXT, script data with its escapes, PLAINTEXT, CDATA).
 *
 * Tags live in tokenizer_tag.c, comments and DOCTYPEs in
 * tokenizer_markup.c, character references in tokenizer_charref.c.
 *
 * One call of mt_tokenizer_next() collects every character up to the next
 * other token (or EOF) into one run, and tokenizes that other token too; the
 * run is returned first and the other token on the following call. The
 * other token is always complete before the call returns, so the tree
 * builder can switch the state or the CDATA flag between the calls. */
#include <string.h>
#include "html/tokenizer_internal.h"
#include "util/alloc.h"
#include "util/inline.h"

/* ---------------------------------------------------------------- character classes */

#define SP(c) ((c) == '\t' || (c) == '\n' || (c) == '\f' || (c) == ' ')
#define UP(c) ((c) >= 'A' && (c) <= 'Z')
#define LO(c) ((c) >= 'a' && (c) <= 'z')
#define DIG(c) ((c) >= '0' && (c) <= '9')
#define CLS(c) (uint16_t)( \
    (SP(c) ? TK_SPACE : 0) | (UP(c) ? TK_UPPER : 0) | \
    (UP(c) || LO(c) ? TK_ALPHA : 0) | (UP(c) || LO(c) || DIG(c) ? TK_ALNUM : 0) | \
    (DIG(c) || ((c) >= 'a' && (c) <= 'f') || ((c) >= 'A' && (c) <= 'F') ? TK_HEX : 0) | \
    (SP(c) || (c) == '/' || (c) == '>' || (c) == 0 ? TK_STOP_NAME : 0) | \
    (SP(c) || (c) == '/' || (c) == '>' || (c) == '=' || (c) == 0 ? TK_STOP_ATTR : 0) | \
    (SP(c) || (c) == '&' || (c) == '>' || (c) == 0 ? TK_STOP_UNQ : 0) | \
    (SP(c) || (c) == '>' || (c) == 0 ? TK_STOP_DOCTYPE : 0))
#define R4(i) CLS(i), CLS((i) + 1), CLS((i) + 2), CLS((i) + 3)
#define R16(i) R4(i), R4((i) + 4), R4((i) + 8), R4((i) + 12)
#define R64(i) R16(i), R16((i) + 16), R16((i) + 32), R16((i) + 48)

const uint16_t mt_tk_class[256] = { R64(0), R64(64), R64(128), R64(192) };

/* ---------------------------------------------------------------- scratch buffers */

/* Grows `b` geometrically so it has room for `extra` more bytes, never past
 * the tokenizer's cap: no token can need more than three bytes per input
 * byte (a NUL becomes the three bytes of U+FFFD; no character reference
 * expands by more than that), so the cap only stops a bug, never a page. */
bool mt_tk_buf_grow(mt_tokenizer *t, tk_buf *b, size_t extra)
{
    size_t need = b->len + extra;
    if (need < extra || need > t->buf_limit) {
        t->oom = true;
        return false;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap *= 2;
    if (cap > t->buf_limit)
        cap = t->buf_limit;
    char *data = b->data ? mt_mem_realloc(t->alloc, b->data, b->cap, cap)
                         : mt_mem_alloc(t->alloc, cap);
    if (!data) {
        t->oom = true;
        return false;
    }
    b->data = data;
    b->cap = cap;
    return true;
}

static void buf_free(mt_tokenizer *t, tk_buf *b)
{
    mt_mem_free(t->alloc, b->data, b->cap);
    b->data = NULL;
    b->len = b->cap = 0;
}

bool mt_tk_str_to_buf(mt_tokenizer *t, tk_buf *b, tk_str *s)
{
    if (s->in_buf)
        return true;
    if (!tk_buf_reserve(t, b, s->len))
        return false;
    if (s->len)
        memcpy(b->data + b->len, s->slice, s->len);
    s->off = b->len;
    b->len += s->len;
    s->in_buf = true;
    return true;
}

void mt_tk_str_lower(mt_tokenizer *t, tk_buf *b, tk_str *s, const uchar *p, size_t n)
{
    if (!mt_tk_str_to_buf(t, b, s) || !tk_buf_reserve(t, b, n))
        return;
    char *o = b->data + b->len;
    for (size_t i = 0; i < n; i++)
        o[i] = (char)(tk_is(p[i], TK_UPPER) ? p[i] | 0x20 : p[i]);
    b->len += n;
    s->len += n;
}

void mt_tk_str_input_nul(mt_tokenizer *t, tk_buf *b, tk_str *s, const uchar *p, size_t n)
{
    tk_str_begin(s, (const char *)p);
    const uchar *end = p + n;
    while (p < end) {
        const uchar *nul = memchr(p, 0, (size_t)(end - p));
        if (!nul) {
            tk_str_input(t, b, s, (const char *)p, (size_t)(end - p));
            return;
        }
        tk_str_input(t, b, s, (const char *)p, (size_t)(nul - p));
        tk_str_bytes(t, b, s, TK_FFFD, 3);
        p = nul + 1;
    }
}

/* ---------------------------------------------------------------- the character run */

/* Appends the input bytes [from, to) to this call's run. */
static inline void run_input(mt_tokenizer *t, const uchar *from, const uchar *to)
{
    if (from == to)
        return;
    if (t->run.len == 0)
        t->run_offset = (uint32_t)((const char *)from - t->input);
    tk_str_input(t, &t->text, &t->run, (const char *)from, (size_t)(to - from));
}

/* Appends bytes that stand for the input at `at` (a decoded reference, a
 * U+FFFD for a NUL). */
static void run_bytes(mt_tokenizer *t, const char *bytes, size_t n, const uchar *at)
{
    if (t->run.len == 0)
        t->run_offset = (uint32_t)((const char *)at - t->input);
    tk_str_bytes(t, &t->text, &t->run, bytes, n);
}

/* A NUL where the state turns it into U+FFFD: appends the run up to it and
 * the replacement. Returns the new flush point (after the NUL). */
static const uchar *run_nul(mt_tokenizer *t, const uchar *flush, const uchar *nul)
{
    run_input(t, flush, nul);
    run_bytes(t, TK_FFFD, 3, nul);
    return nul + 1;
}

/* The '&' at `amp` in data or RCDATA. A reference is decoded into the run
 * (moving *flush past it); otherwise the '&' is plain text. Returns where
 * scanning goes on. */
static const uchar *run_charref(mt_tokenizer *t, const uchar *amp, const uchar **flush)
{
    char out[8];
    size_t n;
    const uchar *after = mt_tk_charref(amp, t->end, false, out, &n);
    if (!after)
        return amp + 1;
    run_input(t, *flush, amp);
    run_bytes(t, out, n, amp);
    *flush = after;
    return after;
}

/* The CDATA section [from, to): its characters as they stand, NUL included
 * (the CDATA section state does not replace it). */
static void run_cdata(mt_tokenizer *t, const uchar *from, const uchar *to)
{
    if (from < to && memchr(from, 0, (size_t)(to - from)))
        t->run_flags |= MT_CHARS_HAS_NUL;
    run_input(t, from, to);
}

static void emit_run(mt_tokenizer *t, mt_token *tok)
{
    static const mt_token blank;    /* see tk_token_begin */
    *tok = blank;
    tok->type = MT_TOKEN_CHARS;
    tok->offset = t->run_offset;
    tok->data = tk_str_ptr(&t->text, &t->run);
    tok->data_len = (uint32_t)t->run.len;
    tok->chars_flags = t->run_flags;
}

/* ---------------------------------------------------------------- text states */

enum { STEP_TOKEN, STEP_EOF };

/* Whether the '<' at `lt` (followed by '/') starts the appropriate end tag
 * of RCDATA, RAWTEXT or script data: letters spelling the last start tag's
 * name, then whitespace, '/' or '>'. If not, the "</" and the letters are
 * characters. */
static bool appropriate_end_tag(const mt_tokenizer *t, const uchar *lt)
{
    const uchar *p = lt + 2;
    size_t n = t->last_start_len;
    if (!t->last_start || n == 0 || (size_t)(t->end - p) <= n)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!tk_is(p[i], TK_ALPHA) || (char)(p[i] | 0x20) != t->last_start[i])
            return false;
    }
    uchar c = p[n];
    return tk_is(c, TK_SPACE) || c == '/' || c == '>';
}

/* Ends a text state at the appropriate end tag starting at `lt`. */
static int text_end_tag(mt_tokenizer *t, const uchar *flush, const uchar *lt)
{
    run_input(t, flush, lt);
    const uchar *next;
    if (mt_tk_tag(t, lt, lt + 2, true, &next) == TK_MARKUP_TOKEN) {
        t->pos = next;
        return STEP_TOKEN;
    }
    t->pos = t->end;
    return STEP_EOF;
}

static int text_eof(mt_tokenizer *t, const uchar *flush)
{
    run_input(t, flush, t->end);
    t->pos = t->end;
    return STEP_EOF;
}

/* What the '<' at `lt` starts in the data state (tag open state and the
 * states right after it). */
static tk_markup data_markup(mt_tokenizer *t, const uchar *lt, const uchar **next)
{
    const uchar *end = t->end;
    if (end - lt < 2)
        return TK_MARKUP_TEXT;
    uchar c = lt[1];
    if (tk_is(c, TK_ALPHA))
        return mt_tk_tag(t, lt, lt + 1, false, next);
    if (c == '!')
        return mt_tk_markup_declaration(t, lt, next);
    if (c == '?')
        return mt_tk_bogus_comment(t, lt, lt + 1, next);
    if (c != '/' || end - lt < 3)
        return TK_MARKUP_TEXT;
    /* end tag open state */
    c = lt[2];
    if (tk_is(c, TK_ALPHA))
        return mt_tk_tag(t, lt, lt + 2, true, next);
    if (c == '>') {
        *next = lt + 3;
        return TK_MARKUP_SKIP;
    }
    return mt_tk_bogus_comment(t, lt, lt + 2, next);
}

/* Data state. NUL stays U+0000 here (the tree builder decides its fate). */
static int data_state(mt_tokenizer *t)
{
    const uchar *p = t->pos, *end = t->end, *flush = p;
    for (;;) {
        p = tk_find3(p, end, '<', '&', '\0');
        if (p == end)
            return text_eof(t, flush);
        if (*p == '\0') {
            t->run_flags |= MT_CHARS_HAS_NUL;
            p++;
            continue;
        }
        if (*p == '&') {
            p = run_charref(t, p, &flush);
            continue;
        }
        const uchar *next;
        switch (data_markup(t, p, &next)) {
        case TK_MARKUP_TEXT:
            p++;
            break;
        case TK_MARKUP_SKIP:
            run_input(t, flush, p);
            p = flush = next;
            break;
        case TK_MARKUP_CDATA:
            run_input(t, flush, p);
            run_cdata(t, t->cdata_from, t->cdata_to);
            p = flush = next;
            break;
        case TK_MARKUP_TOKEN:
            run_input(t, flush, p);
            t->pos = next;
            return STEP_TOKEN;
        case TK_MARKUP_EOF:
            run_input(t, flush, p);
            t->pos = end;
            return STEP_EOF;
        }
    }
}

/* RCDATA (with character references) and RAWTEXT (without): text up to the
 * appropriate end tag, NUL becoming U+FFFD. */
static int rcdata_state(mt_tokenizer *t, bool references)
{
    const uchar *p = t->pos, *end = t->end, *flush = p;
    uchar amp = references ? '&' : '<';
    for (;;) {
        p = tk_find3(p, end, '<', amp, '\0');
        if (p == end)
            return text_eof(t, flush);
        if (*p == '\0') {
            p = flush = run_nul(t, flush, p);
        } else if (*p == '&') {
            p = run_charref(t, p, &flush);
        } else {
            if (end - p > 1 && p[1] == '/' && appropriate_end_tag(t, p))
                return text_end_tag(t, flush, p);
            p++;
        }
    }
}

static int plaintext_state(mt_tokenizer *t)
{
    const uchar *p = t->pos, *end = t->end, *flush = p;
    while (p < end) {
        const uchar *nul = memchr(p, 0, (size_t)(end - p));
        if (!nul)
            break;
        p = flush = run_nul(t, flush, nul);
    }
    return text_eof(t, flush);
}

/* The CDATA section state as an initial state (html5lib tests): characters
 * up to "]]>", then the data state. */
static int cdata_state(mt_tokenizer *t)
{
    const uchar *p = t->pos, *end = t->end;
    while (p < end) {
        const uchar *b = memchr(p, ']', (size_t)(end - p));
        if (!b || end - b < 3) {
            p = end;
            break;
        }
        if (b[1] == ']' && b[2] == '>') {
            run_cdata(t, t->pos, b);
            t->pos = b + 3;
            t->state = MT_TOKENIZER_DATA;
            return data_state(t);
        }
        p = b + 1;
    }
    run_cdata(t, t->pos, end);
    t->pos = end;
    return STEP_EOF;
}

/* ---------------------------------------------------------------- script data */

/* Sub-states of script data (section 13.2.5.15 to 13.2.5.31). Those whose
 * only business is to look a few bytes ahead ("less-than sign", "escape
 * start", "double escape start/end") are folded into the transitions: every
 * character they consume is emitted as it stands, so only where the state
 * goes needs deciding. */
enum {
    SCRIPT_DATA,
    SCRIPT_ESCAPED,
    SCRIPT_ESCAPED_DASH,
    SCRIPT_ESCAPED_DASH_DASH,
    SCRIPT_DOUBLE,
    SCRIPT_DOUBLE_DASH,
    SCRIPT_DOUBLE_DASH_DASH
};

/* Letters from p; true when they spell "script" (any case) and are followed
 * by whitespace, '/' or '>'. *after is the end of the letters. */
static bool script_word(const uchar *p, const uchar *end, const uchar **after)
{
    const uchar *q = p;
    while (q < end && tk_is(*q, TK_ALPHA))
        q++;
    *after = q;
    if (q - p != 6 || q == end)
        return false;
    for (int i = 0; i < 6; i++) {
        if ((p[i] | 0x20) != (uchar)"script"[i])
            return false;
    }
    return tk_is(*q, TK_SPACE) || *q == '/' || *q == '>';
}

static int script_state(mt_tokenizer *t)
{
    const uchar *p = t->pos, *end = t->end, *flush = p, *after;
    int s = SCRIPT_DATA;
    for (;;) {
        if (s == SCRIPT_DATA)
            p = tk_find3(p, end, '<', '<', '\0');
        else if (s == SCRIPT_ESCAPED || s == SCRIPT_DOUBLE)
            p = tk_find3(p, end, '-', '<', '\0');
        if (p == end)
            return text_eof(t, flush);
        uchar c = *p;
        if (c == '\0') {
            p = flush = run_nul(t, flush, p);
            s = s >= SCRIPT_DOUBLE ? SCRIPT_DOUBLE : s == SCRIPT_DATA ? SCRIPT_DATA : SCRIPT_ESCAPED;
            continue;
        }
        switch (s) {
        case SCRIPT_DATA:   /* c is '<' */
            if (end - p > 1 && p[1] == '/') {
                if (appropriate_end_tag(t, p))
                    return text_end_tag(t, flush, p);
                p += 2;
            } else if (end - p > 1 && p[1] == '!') {
                p += 2;     /* escape start, escape start dash */
                if (p < end && *p == '-') {
                    p++;
                    if (p < end && *p == '-') {
                        p++;
                        s = SCRIPT_ESCAPED_DASH_DASH;
                    }
                }
            } else {
                p++;
            }
            continue;
        case SCRIPT_ESCAPED:
        case SCRIPT_ESCAPED_DASH:
        case SCRIPT_ESCAPED_DASH_DASH:
            if (c == '-') {
                p++;
                s = s == SCRIPT_ESCAPED ? SCRIPT_ESCAPED_DASH : SCRIPT_ESCAPED_DASH_DASH;
                continue;
            }
            if (c == '>' && s == SCRIPT_ESCAPED_DASH_DASH) {
                p++;
                s = SCRIPT_DATA;
                continue;
            }
            s = SCRIPT_ESCAPED;
            if (c != '<') {
                p++;
                continue;
            }
            /* script data escaped less-than sign state */
            if (end - p > 1 && p[1] == '/') {
                if (appropriate_end_tag(t, p))
                    return text_end_tag(t, flush, p);
                p += 2;
            } else if (end - p > 1 && tk_is(p[1], TK_ALPHA)) {
                /* double escape start */
                if (script_word(p + 1, end, &after)) {
                    s = SCRIPT_DOUBLE;
                    p = after + 1;
                } else {
                    p = after;
                }
            } else {
                p++;
            }
            continue;
        default:    /* the double-escaped states */
            if (c == '-') {
                p++;
                s = s == SCRIPT_DOUBLE ? SCRIPT_DOUBLE_DASH : SCRIPT_DOUBLE_DASH_DASH;
                continue;
            }
            if (c == '>' && s == SCRIPT_DOUBLE_DASH_DASH) {
                p++;
                s = SCRIPT_DATA;
                continue;
            }
            s = SCRIPT_DOUBLE;
            p++;
            if (c == '<' && p < end && *p == '/') {
                /* double escape end */
                if (script_word(p + 1, end, &after)) {
                    s = SCRIPT_ESCAPED;
                    p = after + 1;
                } else {
                    p = after;
                }
            }
            continue;
        }
    }
}

/* ---------------------------------------------------------------- the object */

mt_tokenizer *mt_tokenizer_new(const char *input, size_t len, const mt_allocator *alloc,
                               uint32_t max_attributes)
{
    if (len > MT_TOKENIZER_MAX_INPUT)
        return NULL;
    mt_tokenizer *t = mt_mem_alloc(alloc, sizeof *t);
    if (!t)
        return NULL;
    memset(t, 0, sizeof *t);
    t->input = input ? input : "";
    t->pos = (const uchar *)t->input;
    t->end = t->pos + len;
    t->alloc = alloc;
    t->buf_limit = 3 * len + 1024;
    t->max_attributes = max_attributes ? max_attributes : 1024;
    t->state = MT_TOKENIZER_DATA;
    return t;
}

void mt_tokenizer_free(mt_tokenizer *t)
{
    if (!t)
        return;
    buf_free(t, &t->text);
    buf_free(t, &t->tagbuf);
    buf_free(t, &t->last_start_copy);
    mt_mem_free(t->alloc, t->attrs, t->attrs_cap * sizeof *t->attrs);
    mt_mem_free(t->alloc, t->out_attrs, t->attrs_cap * sizeof *t->out_attrs);
    if (t->slots)
        mt_mem_free(t->alloc, t->slots, ((size_t)t->slot_mask + 1) * sizeof *t->slots);
    mt_mem_free(t->alloc, t, sizeof *t);
}

static void eof_token(const mt_tokenizer *t, mt_token *tok)
{
    memset(tok, 0, sizeof *tok);
    tok->type = MT_TOKEN_EOF;
    tok->offset = (uint32_t)((const char *)t->end - t->input);
}

static int tokenize(mt_tokenizer *t)
{
    switch (t->state) {
    case MT_TOKENIZER_RCDATA:
        return rcdata_state(t, true);
    case MT_TOKENIZER_RAWTEXT:
        return rcdata_state(t, false);
    case MT_TOKENIZER_SCRIPT_DATA:
        return script_state(t);
    case MT_TOKENIZER_PLAINTEXT:
        return plaintext_state(t);
    case MT_TOKENIZER_CDATA_SECTION:
        return cdata_state(t);
    case MT_TOKENIZER_DATA:
    default:
        return data_state(t);
    }
}

/* Tokenizing proper, kept out of line (see mt_tokenizer_next). */
MT_NOINLINE static mt_status next_tokens(mt_tokenizer *t, mt_token *tok)
{
    t->text.len = 0;
    t->tagbuf.len = 0;
    tk_str_begin(&t->run, NULL);
    t->run_flags = 0;

    int step = tokenize(t);
    if (t->oom) {
        t->finished = true;
        eof_token(t, tok);
        return MT_ERR_NOMEM;
    }
    if (step == STEP_EOF) {
        t->finished = true;
        eof_token(t, &t->other);
    } else {
        t->state = MT_TOKENIZER_DATA;
    }
    if (t->run.len) {
        emit_run(t, tok);
        t->has_pending = true;
    } else {
        *tok = t->other;
    }
    return MT_OK;
}

/* Every other call hands out the token held back behind a character run:
 * that path stays small, without the register saves of the states. */
mt_status mt_tokenizer_next(mt_tokenizer *t, mt_token *tok)
{
    if (t->has_pending) {
        t->has_pending = false;
        *tok = t->other;
        return MT_OK;
    }
    if (t->finished) {
        eof_token(t, tok);
        return MT_OK;
    }
    return next_tokens(t, tok);
}

void mt_tokenizer_set_state(mt_tokenizer *t, mt_tokenizer_state state)
{
    t->state = state;
}

void mt_tokenizer_allow_cdata(mt_tokenizer *t, bool allow)
{
    t->allow_cdata = allow;
}

bool mt_tokenizer_in_input(const mt_tokenizer *t, const char *p)
{
    return p >= t->input && p < (const char *)t->end;
}

/* Keeps a copy of a name that is not a known tag's (those are static). The
 * copy is bounded by the longest tag name in the input, or by the caller's. */
void mt_tk_remember_name(mt_tokenizer *t, const char *name, size_t len)
{
    tk_buf *b = &t->last_start_copy;
    if (len > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (cap < len)
            cap *= 2;
        char *data = b->data ? mt_mem_realloc(t->alloc, b->data, b->cap, cap)
                             : mt_mem_alloc(t->alloc, cap);
        if (!data) {
            t->oom = true;
            t->last_start = NULL;
            t->last_start_len = 0;
            return;
        }
        b->data = data;
        b->cap = cap;
    }
    if (len)
        memcpy(b->data, name, len);
    t->last_start = b->data;
    t->last_start_len = len;
}

void mt_tokenizer_set_last_start_tag(mt_tokenizer *t, const char *name, size_t len)
{
    if (!name) {
        t->last_start = NULL;
        t->last_start_len = 0;
        return;
    }
    bool oom = t->oom;
    mt_tk_remember_name(t, name, len);
    t->oom = oom;   /* a failed copy only means no end tag is appropriate */
}
