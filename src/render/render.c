/* render.c -- the public rendering entry points and the helpers every
 * renderer shares (output buffer, UTF-8 safety, trimming, levels, spans). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "render/render.h"
#include "util/alloc.h"
#include "util/ascii.h"
#include "util/simd16.h"
#include "util/utf8.h"

/* ======================================================================
 * Output buffer
 * ====================================================================== */

void mt_rbuf_init(mt_rbuf *b, const mt_allocator *alloc, size_t max)
{
    memset(b, 0, sizeof *b);
    b->alloc = alloc;
    b->max = max ? max : MT_RENDER_MAX_OUTPUT;
}

void mt_rbuf_free(mt_rbuf *b)
{
    mt_vec_free(&b->bytes, b->alloc, 1);
}

int mt_rbuf_reserve(mt_rbuf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (extra >= b->max || mt_vec_reserve(&b->bytes, b->alloc, 1, extra + 1, b->max) != 0) {
        b->failed = 1;
        return 0;
    }
    return 1;
}

char *mt_rbuf_take(mt_rbuf *b, size_t *len)
{
    if (!mt_rbuf_reserve(b, 0)) {
        mt_rbuf_free(b);
        return NULL;
    }
    char *out = mt_rbuf_data(b);
    out[b->bytes.len] = '\0';
    if (len)
        *len = b->bytes.len;
    memset(&b->bytes, 0, sizeof b->bytes);
    return out;
}

void mt_rbuf_put_uint(mt_rbuf *b, unsigned long long v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    mt_rbuf_put(b, tmp + i, sizeof tmp - i);
}

void mt_rbuf_put_int(mt_rbuf *b, long long v)
{
    if (v < 0) {
        mt_rbuf_putc(b, '-');
        mt_rbuf_put_uint(b, 0ull - (unsigned long long)v);
    } else {
        mt_rbuf_put_uint(b, (unsigned long long)v);
    }
}

void mt_rbuf_put_repeat(mt_rbuf *b, char c, size_t n)
{
    if (b->bytes.cap - b->bytes.len <= n && !mt_rbuf_reserve(b, n))
        return;
    memset(mt_rbuf_data(b) + b->bytes.len, c, n);
    b->bytes.len += n;
}

/* ======================================================================
 * Text helpers
 * ====================================================================== */

static const char replacement_char[] = "\xEF\xBF\xBD";

void mt_render_put_utf8(mt_rbuf *b, const char *s, size_t len)
{
    while (len) {
        size_t ok = mt_utf8_valid_prefix(s, len);
        mt_rbuf_put(b, s, ok);
        if (ok == len)
            return;
        /* One ill-formed byte: replace it and resynchronise after it. */
        mt_rbuf_put(b, replacement_char, 3);
        s += ok + 1;
        len -= ok + 1;
    }
}

/* Bytes the markup escaper must look at: ASCII specials and controls
 * (DEL among them), 0xC2, the lead byte of the C1 controls U+0080..U+009F
 * (HTML's parser reports both kinds), and 0xEF, the lead byte of U+FFFE
 * and U+FFFF. */
static int markup_special(unsigned char c)
{
    return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == 0x7F || c == 0xC2 ||
           c == 0xEF;
}

static size_t put_markup_special(mt_rbuf *b, const char *s, size_t len, int attr)
{
    unsigned char c = (unsigned char)s[0];
    switch (c) {
    case '&': mt_rbuf_put(b, "&amp;", 5); return 1;
    case '<': mt_rbuf_put(b, "&lt;", 4); return 1;
    case '>': mt_rbuf_put(b, "&gt;", 4); return 1;
    case '"': mt_rbuf_put(b, "&quot;", 6); return 1;
    case '\r':
        /* a line end, as an XML or HTML reader takes it written as it is:
         * dropped before a line feed, else one itself (as a character
         * reference, CR is a parse error to HTML) */
        if (len > 1 && s[1] == '\n')
            return 1;
        /* fall through */
    case '\n':
        mt_rbuf_put(b, attr ? "&#10;" : "\n", attr ? 5 : 1);
        return 1;
    case '\t':
        mt_rbuf_put(b, attr ? "&#9;" : "\t", attr ? 4 : 1);
        return 1;
    case 0xC2:
        if (len >= 2 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9F) {
            mt_rbuf_put(b, replacement_char, 3);
            return 2;
        }
        mt_rbuf_putc(b, (char)c);    /* U+00A0..U+00BF: copied as is */
        return 1;
    case 0xEF:
        if (len >= 3 && (unsigned char)s[1] == 0xBF &&
            ((unsigned char)s[2] == 0xBE || (unsigned char)s[2] == 0xBF)) {
            mt_rbuf_put(b, replacement_char, 3);
            return 3;
        }
        mt_rbuf_putc(b, (char)c);    /* any other U+Fxxx: copied as is */
        return 1;
    default:
        mt_rbuf_put(b, replacement_char, 3);
        return 1;
    }
}

#ifdef MT_SIMD16
/* The markup_special bytes among sixteen, as a mask. */
static inline unsigned markup_specials16(__m128i v)
{
    __m128i hit = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);   /* controls */
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('&')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('<')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('>')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)));
    return (unsigned)_mm_movemask_epi8(hit);
}
#endif

/* Where the run of bytes the markup escaper copies as they are, from s[i]
 * on, ends: at the first markup_special byte, else len. Sixteen bytes at a
 * compare: byte by byte, this scan was two thirds of the HTML and XML
 * writers' instructions. */
static size_t markup_plain_end(const char *s, size_t i, size_t len)
{
#ifdef MT_SIMD16
    for (; len - i >= 16; i += 16) {
        unsigned m = markup_specials16(mt_simd16_load(s + i));
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    while (i < len && !markup_special((unsigned char)s[i]))
        i++;
    return i;
}

void mt_render_put_markup(mt_rbuf *b, const char *s, size_t len, int attr)
{
    size_t ok = mt_utf8_valid_prefix(s, len);
    if (ok < len) {
        /* Rare: repair into a scratch copy first, then escape that. */
        mt_rbuf fixed;
        mt_rbuf_init(&fixed, b->alloc, b->max);
        mt_render_put_utf8(&fixed, s, len);
        if (fixed.failed)
            b->failed = 1;
        else
            mt_render_put_markup(b, mt_rbuf_data(&fixed), fixed.bytes.len, attr);
        mt_rbuf_free(&fixed);
        return;
    }
    size_t run = 0, i = 0;
    while (i < len) {
        i = markup_plain_end(s, i, len);
        if (i == len)
            break;
        mt_rbuf_put(b, s + run, i - run);
        i += put_markup_special(b, s + i, len - i, attr);
        run = i;
    }
    mt_rbuf_put(b, s + run, len - run);
}

void mt_render_put_attr(mt_rbuf *b, const char *name, const char *value, size_t len)
{
    mt_rbuf_putc(b, ' ');
    mt_rbuf_puts(b, name);
    mt_rbuf_put(b, "=\"", 2);
    mt_render_put_markup(b, value, len, 1);
    mt_rbuf_putc(b, '"');
}

/* HTML's white space, and the vertical tab: no white space to HTML (a
 * page's text may hold one), but it prints as a blank all the same. */
static int is_space(char c)
{
    return mt_ascii_is_space(c) || c == '\v';
}

void mt_render_trim(const char *text, size_t len, int is_code, size_t *from, size_t *to)
{
    size_t a = 0, z = len;
    if (!text)
        z = 0;
    while (z > a && is_space(text[z - 1]))
        z--;
    if (is_code) {
        /* Drop whole blank lines only, keeping the first line's indent. */
        size_t p = 0;
        while (p < z && is_space(text[p])) {
            if (text[p] == '\n')
                a = p + 1;
            p++;
        }
    } else {
        while (a < z && is_space(text[a]))
            a++;
    }
    *from = a;
    *to = z;
}

static int cell_is_empty(const mt_cell *c)
{
    size_t a, z;
    mt_render_trim(c->text, c->text_len, 0, &a, &z);
    return a == z;
}

static int table_is_empty(const mt_block *b)
{
    for (size_t r = 0; r < b->nrows; r++)
        for (size_t c = 0; c < b->rows[r].ncells; c++)
            if (!cell_is_empty(&b->rows[r].cells[c]))
                return 0;
    size_t a, z;
    mt_render_trim(b->text, b->text_len, 0, &a, &z);
    return a == z;
}

int mt_render_block_is_empty(const mt_block *b)
{
    size_t a, z;
    switch (b->type) {
    case MT_BLOCK_BREAK:
        return 0;
    case MT_BLOCK_TABLE:
        return table_is_empty(b);
    case MT_BLOCK_IMAGE:
        if (b->src && mt_render_url_is_safe(b->src, strlen(b->src)))
            return 0;
        break;
    default:
        break;
    }
    mt_render_trim(b->text, b->text_len, b->type == MT_BLOCK_CODE, &a, &z);
    return a == z;
}

int mt_render_heading_level(const mt_block *b)
{
    return b->level < 1 ? 1 : b->level > 6 ? 6 : b->level;
}

int mt_render_nested_level(int level, int prev_level)
{
    int max = prev_level + 1;
    if (max > MT_RENDER_MAX_NESTING)
        max = MT_RENDER_MAX_NESTING;
    if (level > max)
        level = max;
    return level < 1 ? 1 : level;
}

/* Compares the URL's scheme, read the way browsers do (leading controls and
 * spaces skipped, tabs and newlines inside ignored), with `scheme` plus ':'. */
static int has_scheme(const char *url, size_t len, const char *scheme, size_t *after)
{
    size_t i = 0;
    while (i < len && (unsigned char)url[i] <= 0x20)
        i++;
    for (const char *s = scheme; *s; s++) {
        while (i < len && (url[i] == '\t' || url[i] == '\n' || url[i] == '\r'))
            i++;
        if (i >= len || mt_ascii_lower((unsigned char)url[i]) != (unsigned char)*s)
            return 0;
        i++;
    }
    *after = i;
    return 1;
}

int mt_render_url_is_safe(const char *url, size_t len)
{
    size_t after;
    if (!url || !len)
        return 0;
    if (has_scheme(url, len, "javascript:", &after) || has_scheme(url, len, "vbscript:", &after))
        return 0;
    if (has_scheme(url, len, "data:", &after)) {
        static const char *const images[] = { "image/png", "image/jpeg", "image/gif", "image/webp" };
        for (size_t k = 0; k < sizeof images / sizeof *images; k++) {
            size_t n = strlen(images[k]);
            if (len - after >= n && memcmp(url + after, images[k], n) == 0)
                return 1;
        }
        return 0;
    }
    return 1;
}

size_t mt_render_language_len(const char *language)
{
    size_t n = 0;
    if (!language)
        return 0;
    while (mt_ascii_in_language_name((unsigned char)language[n]))
        n++;
    return n;
}

size_t mt_render_fingerprint(const mt_result *r, char out[17])
{
    static const char hex[] = "0123456789abcdef";
    uint64_t f = mt_result_fingerprint(r);
    out[0] = '\0';
    if (!f)
        return 0;
    for (int i = 0; i < 16; i++)
        out[i] = hex[(f >> (60 - 4 * i)) & 0xF];
    out[16] = '\0';
    return 16;
}

void mt_render_put_joined(mt_rbuf *b, const char *const *items, size_t n,
                          void (*put)(mt_rbuf *, const char *, size_t))
{
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        if (!items[i] || !items[i][0])
            continue;
        if (!first)
            mt_rbuf_put(b, "; ", 2);
        put(b, items[i], strlen(items[i]));
        first = 0;
    }
}

void mt_render_meta_members(const mt_metadata *m, mt_meta_member out[MT_RENDER_META_MEMBERS])
{
    const mt_meta_member members[MT_RENDER_META_MEMBERS] = {
        { "title", MT_MEMBER_STRING, m->title, NULL, 0 },
        { "authors", MT_MEMBER_LIST, NULL, m->authors, m->nauthors },
        { "author", MT_MEMBER_JOINED, NULL, m->authors, m->nauthors },
        { "date", MT_MEMBER_STRING, m->date, NULL, 0 },
        { "date_modified", MT_MEMBER_STRING, m->date_modified, NULL, 0 },
        { "sitename", MT_MEMBER_STRING, m->sitename, NULL, 0 },
        { "description", MT_MEMBER_STRING, m->description, NULL, 0 },
        { "language", MT_MEMBER_STRING, m->language, NULL, 0 },
        { "url", MT_MEMBER_STRING, m->url, NULL, 0 },
        { "image", MT_MEMBER_STRING, m->image, NULL, 0 },
        { "categories", MT_MEMBER_LIST, NULL, m->categories, m->ncategories },
        { "tags", MT_MEMBER_LIST, NULL, m->tags, m->ntags },
        { "license", MT_MEMBER_STRING, m->license, NULL, 0 },
        { "pagetype", MT_MEMBER_STRING, m->pagetype, NULL, 0 },
    };
    memcpy(out, members, sizeof members);
}

const char *mt_render_block_type_name(mt_block_type t)
{
    switch (t) {
    case MT_BLOCK_PARAGRAPH: return "paragraph";
    case MT_BLOCK_HEADING: return "heading";
    case MT_BLOCK_LIST_ITEM: return "list_item";
    case MT_BLOCK_QUOTE: return "quote";
    case MT_BLOCK_CODE: return "code";
    case MT_BLOCK_TABLE: return "table";
    case MT_BLOCK_CAPTION: return "caption";
    case MT_BLOCK_IMAGE: return "image";
    case MT_BLOCK_BREAK: return "break";
    }
    return "paragraph";
}

const char *mt_render_span_type_name(mt_span_type t)
{
    switch (t) {
    case MT_SPAN_LINK: return "link";
    case MT_SPAN_EMPHASIS: return "emphasis";
    case MT_SPAN_STRONG: return "strong";
    case MT_SPAN_CODE: return "code";
    case MT_SPAN_SUBSCRIPT: return "subscript";
    case MT_SPAN_SUPERSCRIPT: return "superscript";
    case MT_SPAN_STRIKE: return "strike";
    }
    return "emphasis";
}

/* ======================================================================
 * Inline span walker
 * ====================================================================== */

typedef struct open_span {
    const mt_span *span;
    size_t end;
    int tag;
} open_span;

/* Moves `pos` forward to the start of a character, so no renderer splits a
 * multi-byte sequence with markup. */
static size_t snap(const char *text, size_t pos, size_t to)
{
    if (pos > to)
        return to;
    while (pos < to && ((unsigned char)text[pos] & 0xC0) == 0x80)
        pos++;
    return pos;
}

static void emit_text(const mt_inline_ops *ops, void *ctx, const char *text, size_t a, size_t z)
{
    if (z > a)
        ops->text(ctx, text + a, z - a);
}

void mt_render_inline(const char *text, size_t from, size_t to, const mt_span *spans,
                      size_t nspans, const mt_inline_ops *ops, void *ctx)
{
    open_span stack[MT_RENDER_MAX_SPAN_DEPTH];
    size_t depth = 0, pos = from, i = 0;
    for (;;) {
        size_t limit = depth ? stack[depth - 1].end : to;
        if (i < nspans) {
            const mt_span *sp = &spans[i];
            size_t st = sp->start < from ? from : snap(text, sp->start, to);
            if (st < pos) {
                i++;                  /* out of order: its text is already out */
                continue;
            }
            if (st < limit) {
                size_t en = sp->end > limit ? limit : snap(text, sp->end, limit);
                i++;
                if (en <= st || depth == MT_RENDER_MAX_SPAN_DEPTH)
                    continue;         /* empty, or too deep: plain text */
                size_t s2 = st, e2 = en;
                if (ops->adjust)
                    ops->adjust(ctx, sp, text, &s2, &e2);
                if (s2 < st || e2 > en || e2 <= s2)
                    continue;         /* adjusted away: plain text */
                emit_text(ops, ctx, text, pos, s2);
                pos = s2;
                int tag = ops->open(ctx, sp, text, s2, e2);
                if (!tag)
                    continue;         /* its text stays plain; children still open */
                stack[depth].span = sp;
                stack[depth].end = e2;
                stack[depth].tag = tag;
                depth++;
                continue;
            }
        }
        emit_text(ops, ctx, text, pos, limit);
        pos = limit;
        if (!depth)
            break;
        depth--;
        ops->close(ctx, stack[depth].span, stack[depth].tag);
    }
}

/* ======================================================================
 * Inline markup for HTML and XML
 * ====================================================================== */

typedef struct markup_inline {
    mt_rbuf *b;
    const mt_markup_dialect *d;
    int link_depth;
} markup_inline;

static int markup_open(void *ctx, const mt_span *sp, const char *text, size_t st, size_t en)
{
    markup_inline *m = ctx;
    (void)text, (void)st, (void)en;
    if ((unsigned)sp->type > MT_SPAN_STRIKE)
        return 0;
    if (sp->type == MT_SPAN_LINK) {
        /* Links do not nest; an unsafe target leaves plain text. */
        if (m->link_depth || !mt_render_url_is_safe(sp->href, sp->href_len))
            return 0;
        m->link_depth++;
        mt_rbuf_puts(m->b, m->d->open[MT_SPAN_LINK]);
        mt_render_put_markup(m->b, sp->href, sp->href_len, 1);
        mt_rbuf_put(m->b, "\">", 2);
        return 1;
    }
    mt_rbuf_puts(m->b, m->d->open[sp->type]);
    return 1;
}

static void markup_close(void *ctx, const mt_span *sp, int tag)
{
    markup_inline *m = ctx;
    (void)tag;
    if (sp->type == MT_SPAN_LINK)
        m->link_depth--;
    mt_rbuf_puts(m->b, m->d->close[sp->type]);
}

/* The first '\n' or '\r' from s[i] on, else len: sixteen bytes at a
 * compare, where the byte-by-byte search cost as much as the escaping. */
static size_t line_end_from(const char *s, size_t i, size_t len)
{
#ifdef MT_SIMD16
    for (; len - i >= 16; i += 16) {
        __m128i v = mt_simd16_load(s + i);
        __m128i ends = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
        unsigned m = (unsigned)_mm_movemask_epi8(ends);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    while (i < len && s[i] != '\n' && s[i] != '\r')
        i++;
    return i;
}

static void markup_text(void *ctx, const char *s, size_t len)
{
    markup_inline *m = ctx;
    size_t run = 0;
    /* at each line end: LF, CR LF, or CR alone */
    for (size_t i = line_end_from(s, 0, len); i < len; i = line_end_from(s, i + 1, len)) {
        mt_render_put_markup(m->b, s + run, i - run, 0);
        mt_rbuf_puts(m->b, m->d->line_break);
        i += s[i] == '\r' && i + 1 < len && s[i + 1] == '\n';
        run = i + 1;
    }
    mt_render_put_markup(m->b, s + run, len - run, 0);
}

static const mt_inline_ops markup_ops = { NULL, markup_open, markup_close, markup_text };

void mt_render_markup_part(mt_rbuf *b, const mt_markup_dialect *d, const char *text,
                           size_t from, size_t to, const mt_span *spans, size_t nspans)
{
    markup_inline m = { b, d, 0 };
    size_t a, z;
    mt_render_trim(text ? text + from : NULL, to - from, 0, &a, &z);
    mt_render_inline(text, from + a, from + z, spans, nspans, &markup_ops, &m);
}

void mt_render_markup_inline(mt_rbuf *b, const mt_markup_dialect *d, const char *text,
                             size_t len, const mt_span *spans, size_t nspans)
{
    mt_render_markup_part(b, d, text, 0, len, spans, nspans);
}

/* Levels of lists a cell opens at most; deeper items stay in the deepest
 * list (a page with more nests no list a reader could follow). */
#define CELL_LIST_DEPTH 16

typedef struct cell_markup {
    mt_rbuf *b;
    const mt_markup_dialect *d;
    const mt_cell_list_ops *ops;
    const mt_cell *cell;
    int depth;                          /* lists open */
    char ordered[CELL_LIST_DEPTH];      /* of each open list */
    long long next[CELL_LIST_DEPTH];    /* the number its next item has in turn */
} cell_markup;

/* An item's level, as the lists of a cell nest it. */
static int cell_level(const mt_cell_item *item)
{
    return item->level < 1 ? 1 : item->level > CELL_LIST_DEPTH ? CELL_LIST_DEPTH : item->level;
}

static void close_cell_list(cell_markup *c)
{
    c->depth--;
    c->ops->close_list(c->b, c->ordered[c->depth]);
}

/* One piece of a cell's text: before its first list item, as it stands;
 * an item's line, as an item of its list, with the lists it needs opened
 * and those it leaves closed. */
static void put_cell_markup_part(void *ctx, const mt_cell_item *item, int more, size_t from,
                                 size_t to)
{
    cell_markup *c = ctx;
    if (more) {
        /* after a list: the lists below the item it is more of close,
         * which ends the line the text would have begun */
        int level = item ? cell_level(item) : 0;
        while (c->depth > level)
            close_cell_list(c);
        while (from < to && c->cell->text[from] == '\n')
            from++;
    } else if (item) {
        int level = cell_level(item);
        char ordered = (char)(item->ordered != 0);
        while (c->depth > level)
            close_cell_list(c);
        if (c->depth == level && c->ordered[level - 1] != ordered)
            close_cell_list(c);     /* a list of the other kind begins */
        if (c->depth == level)
            mt_rbuf_puts(c->b, c->ops->close_item);
        while (c->depth < level) {
            c->ops->open_list(c->b, item);
            c->ordered[c->depth] = ordered;
            c->next[c->depth] = item->number;
            c->depth++;
            if (c->depth < level)
                c->ops->open_item(c->b, NULL, 1);     /* a level the page skipped */
        }
        long long *next = &c->next[level - 1];
        c->ops->open_item(c->b, item, item->number == *next);
        *next = (long long)item->number + 1;
    }
    const mt_cell *cell = c->cell;
    mt_render_markup_part(c->b, c->d, cell->text, from, to, cell->spans, cell->nspans);
}

void mt_render_cell_markup(mt_rbuf *b, const mt_markup_dialect *d, const mt_cell_list_ops *ops,
                           const mt_cell *cell)
{
    if (!cell->nitems) {
        mt_render_markup_inline(b, d, cell->text, cell->text_len, cell->spans, cell->nspans);
        return;
    }
    cell_markup c = { .b = b, .d = d, .ops = ops, .cell = cell };
    size_t a, z;
    mt_render_trim(cell->text, cell->text_len, 0, &a, &z);
    mt_render_cell_parts(cell, a, z, put_cell_markup_part, &c);
    while (c.depth)
        close_cell_list(&c);
}

void mt_render_put_cell_marker(mt_rbuf *b, const mt_cell_item *item)
{
    if (!item)
        return;
    if (!item->ordered) {
        mt_rbuf_puts(b, item->level > 1 ? "\xe2\x97\xa6 " : "\xe2\x80\xa2 ");
        return;
    }
    char label[MT_RENDER_LABEL_SIZE];
    mt_rbuf_put(b, label, mt_render_list_label(label, item->number, item->numbering));
    mt_rbuf_put(b, ". ", 2);
}

/* A walk over a cell's pieces (mt_render_cell_parts): the items open
 * around the current place, innermost last. */
typedef struct cell_walk {
    const mt_cell *cell;
    mt_cell_part_fn part;
    void *ctx;
    const mt_cell_item *open[CELL_LIST_DEPTH];
    int depth;
    const mt_cell_item *item;   /* whose piece is being read */
    int more;                   /* ... as more of it (mt_cell_part_fn) */
    int owed;                   /* its line is given even when empty */
    size_t from;
} cell_walk;

static int is_blank(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t')
            return 0;
    return 1;
}

/* Gives the current piece up to `to`. */
static void give_cell_piece(cell_walk *w, size_t to)
{
    if (to > w->from || w->owed)
        w->part(w->ctx, w->item, w->more, w->from, to);
    w->owed = 0;
    w->from = to;
}

/* Closes the open items that end before `to` with text after them,
 * innermost first: what follows one is more of the item around it, or
 * the cell's own text. An item followed by blank text only stays open
 * (the line break before its sibling's line). */
static void close_ended_items(cell_walk *w, size_t to)
{
    while (w->depth) {
        const mt_cell_item *top = w->open[w->depth - 1];
        size_t end = top->end < w->from ? w->from : top->end;
        if (!top->end || end >= to || is_blank(w->cell->text, end, to))
            return;
        give_cell_piece(w, end);
        w->depth--;
        w->item = w->depth ? w->open[w->depth - 1] : NULL;
        w->more = 1;
    }
}

void mt_render_cell_parts(const mt_cell *cell, size_t a, size_t z, mt_cell_part_fn part,
                          void *ctx)
{
    cell_walk w = { .cell = cell, .part = part, .ctx = ctx, .from = a };
    for (size_t i = 0; i < cell->nitems; i++) {
        const mt_cell_item *item = &cell->items[i];
        /* items out of order or outside the text (a hand-built cell) are
         * passed over */
        if (item->start < w.from || item->start >= z ||
            (item->start == w.from && w.item && !w.more))
            continue;
        close_ended_items(&w, item->start);
        give_cell_piece(&w, item->start);
        int level = cell_level(item);
        while (w.depth && cell_level(w.open[w.depth - 1]) >= level)
            w.depth--;
        if (w.depth < CELL_LIST_DEPTH)
            w.open[w.depth++] = item;
        w.item = item;
        w.more = 0;
        w.owed = 1;
    }
    close_ended_items(&w, z);
    give_cell_piece(&w, z);
}

int mt_render_row_is_header(const mt_row *row)
{
    if (!row->ncells)
        return 0;
    for (size_t c = 0; c < row->ncells; c++)
        if (!row->cells[c].header)
            return 0;
    return 1;
}

/* ======================================================================
 * Table layout on a grid
 * ====================================================================== */

static size_t clamp_span(uint32_t n, size_t max)
{
    size_t s = n < 1 ? 1 : n;
    return s > max ? max : s;
}

/* Lays out one row; with `emit` NULL it only measures. Returns the number
 * of columns up to the last one a cell of the row starts in. A column no
 * cell starts in is no column, as a browser draws the table: a cell with
 * colspan="99" in a table of two columns spans the two. The empty grid
 * cells after the row's last cell are emitted only when `pad`: a row of
 * one cell in a table 1,000 columns wide would else be written 1,000
 * cells wide. A row with no cell of its own (all covered by the rows
 * above, or none given) is one empty cell: a Markdown row must have one. */
static size_t layout_row(mt_table_layout *t, const mt_row *row, size_t width, int pad,
                         void (*emit)(void *, const mt_cell *), void *ctx)
{
    size_t col = 0, starts = 0, empty = 0;  /* empty grid cells not emitted yet */
    for (size_t c = 0; c < row->ncells && col < width; c++) {
        for (; col < width && t->occupied[col]; col++) {
            t->occupied[col]--;
            empty++;
        }
        if (col >= width)
            break;
        const mt_cell *cell = &row->cells[c];
        starts = col + 1;
        size_t cs = clamp_span(cell->colspan, width - col);
        uint32_t rs = (uint32_t)clamp_span(cell->rowspan, MT_TABLE_MAX_ROWSPAN);
        for (; emit && empty; empty--)
            emit(ctx, NULL);
        if (emit)
            emit(ctx, cell);
        for (size_t k = 0; k < cs; k++)
            t->occupied[col + k] = rs - 1;
        empty += cs - 1;
        col += cs;
        if (rs > 1 && col > t->hi)
            t->hi = col;
    }
    /* Only the columns a rowspan ever covered need their count lowered. */
    size_t covered = t->hi < width ? t->hi : width;
    for (size_t k = col; k < covered; k++)
        if (t->occupied[k])
            t->occupied[k]--;
    if (emit && pad)
        for (empty += width - col; empty; empty--)
            emit(ctx, NULL);
    else if (emit && !starts && width)
        emit(ctx, NULL);
    return starts;
}

size_t mt_table_width(mt_table_layout *t, const mt_block *table)
{
    size_t width = 0;
    memset(t->occupied, 0, sizeof t->occupied);
    t->hi = 0;
    for (size_t r = 0; r < table->nrows; r++) {
        size_t w = layout_row(t, &table->rows[r], MT_TABLE_MAX_COLUMNS, 0, NULL, NULL);
        if (w > width)
            width = w;
    }
    memset(t->occupied, 0, sizeof t->occupied);
    t->hi = 0;
    return width;
}

void mt_table_row(mt_table_layout *t, const mt_row *row, size_t width, int pad,
                  void (*emit)(void *ctx, const mt_cell *cell), void *ctx)
{
    layout_row(t, row, width, pad, emit, ctx);
}

/* ======================================================================
 * List nesting for the markup formats
 * ====================================================================== */

static void close_level(mt_list_nest *n, const mt_list_ops *ops, mt_rbuf *b)
{
    ops->close_item(b);
    ops->close_list(b, n->ordered[n->depth]);
    n->depth--;
}

static void open_level(mt_list_nest *n, const mt_list_ops *ops, mt_rbuf *b, const mt_block *item)
{
    ops->open_list(b, item, n->depth > 0);
    n->depth++;
    n->ordered[n->depth] = item->ordered != 0;
    n->next_number[n->depth] = item->number;
    n->list[n->depth] = item->list;
    n->numbering[n->depth] = item->numbering;
}

void mt_list_enter_item(mt_list_nest *n, const mt_list_ops *ops, mt_rbuf *b,
                        const mt_block *item)
{
    int level = mt_render_nested_level(item->level, n->depth);
    while (n->depth > level)
        close_level(n, ops, b);
    if (n->depth < level) {
        open_level(n, ops, b, item);
    } else if (n->ordered[level] == (item->ordered != 0) &&
               !mt_render_other_list(item, n->list[level])) {
        ops->close_item(b);
    } else {
        close_level(n, ops, b);       /* another list, or another kind, begins */
        open_level(n, ops, b, item);
    }
}

/* Bijective base 26, as browsers count with letters: z is 26, aa 27. */
static size_t letters_label(char *out, long long number, char a)
{
    char rev[MT_RENDER_LABEL_SIZE];
    size_t n = 0;
    for (; number > 0 && n < sizeof rev; number = (number - 1) / 26)
        rev[n++] = (char)(a + (number - 1) % 26);
    for (size_t i = 0; i < n; i++)
        out[i] = rev[n - 1 - i];
    out[n] = '\0';
    return n;
}

/* Roman numerals of 1..3999 in upper case; `lower` turns them to lower. */
static size_t roman_label(char *out, long long number, int lower)
{
    static const struct { int value; const char *digits; } steps[] = {
        { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" },
        { 90, "XC" }, { 50, "L" }, { 40, "XL" }, { 10, "X" }, { 9, "IX" },
        { 5, "V" }, { 4, "IV" }, { 1, "I" },
    };
    size_t n = 0;
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        for (; number >= steps[i].value; number -= steps[i].value)
            for (const char *d = steps[i].digits; *d; d++)
                out[n++] = (char)(lower ? *d - 'A' + 'a' : *d);
    }
    out[n] = '\0';
    return n;
}

size_t mt_render_list_label(char out[MT_RENDER_LABEL_SIZE], long long number, char numbering)
{
    /* the longest Roman numeral below 4000 (MMMDCCCLXXXVIII) has 15
     * letters, and 14 letters count past any 64-bit number */
    if ((numbering == 'a' || numbering == 'A') && number >= 1)
        return letters_label(out, number, numbering);
    if ((numbering == 'i' || numbering == 'I') && number >= 1 && number <= 3999)
        return roman_label(out, number, numbering == 'i');
    return (size_t)snprintf(out, MT_RENDER_LABEL_SIZE, "%lld", number);
}

void mt_list_close_all(mt_list_nest *n, const mt_list_ops *ops, mt_rbuf *b)
{
    mt_list_leave_to(n, ops, b, 0);
}

void mt_list_leave_to(mt_list_nest *n, const mt_list_ops *ops, mt_rbuf *b, int level)
{
    while (n->depth > level)
        close_level(n, ops, b);
}

int mt_render_item_level(const mt_block *blk, int open)
{
    if (blk->type == MT_BLOCK_LIST_ITEM || blk->item_level <= 0)
        return 0;
    return blk->item_level < open ? blk->item_level : open;
}

void mt_render_end_line(mt_rbuf *b)
{
    if (b->bytes.len && mt_rbuf_data(b)[b->bytes.len - 1] != '\n')
        mt_rbuf_putc(b, '\n');
}

int mt_render_outer_quotes(const mt_block *blk, int in_item)
{
    int q = blk->type == MT_BLOCK_QUOTE && !in_item ? blk->level : blk->quote_level;
    return q < 0 ? 0 : q > MT_RENDER_MAX_NESTING ? MT_RENDER_MAX_NESTING : q;
}

static void set_quote_depth(int *open, const mt_list_ops *ops, mt_rbuf *b, int depth)
{
    for (; *open > depth; (*open)--)
        mt_rbuf_puts(b, ops->close_quote);
    for (; *open < depth; (*open)++)
        mt_rbuf_puts(b, ops->open_quote);
}

void mt_nest_before_block(mt_block_nest *n, const mt_list_ops *ops, mt_rbuf *b,
                          const mt_block *blk)
{
    int level = mt_render_item_level(blk, n->lists.depth);
    int outer = mt_render_outer_quotes(blk, level);
    if (outer != n->outer_quotes) {
        /* the lists and quotes inside the outer quotes end with them */
        set_quote_depth(&n->quote_depth, ops, b, 0);
        mt_list_close_all(&n->lists, ops, b);
        level = 0;
        outer = mt_render_outer_quotes(blk, 0);
        set_quote_depth(&n->outer_quotes, ops, b, outer);
    }
    /* a quote inside an item ends with the item */
    if (blk->type != MT_BLOCK_QUOTE || level != n->quote_lists)
        set_quote_depth(&n->quote_depth, ops, b, 0);
    if (blk->type == MT_BLOCK_LIST_ITEM)
        return;
    mt_list_leave_to(&n->lists, ops, b, level);
    if (level)
        mt_render_end_line(b);      /* after the item's text */
    if (blk->type == MT_BLOCK_QUOTE && level) {
        if (!n->quote_depth)
            n->quote_lists = level;
        /* its own quotes, past those around its lists (counted unclamped,
         * as Markdown counts them) */
        int inner = mt_render_nested_level(blk->level - blk->quote_level, MT_RENDER_MAX_NESTING);
        set_quote_depth(&n->quote_depth, ops, b, inner);
    }
}

void mt_nest_close_all(mt_block_nest *n, const mt_list_ops *ops, mt_rbuf *b)
{
    set_quote_depth(&n->quote_depth, ops, b, 0);
    mt_list_close_all(&n->lists, ops, b);
    set_quote_depth(&n->outer_quotes, ops, b, 0);
}

int mt_render_markup_shows(const mt_block *blk)
{
    if (!blk || mt_render_block_is_empty(blk))
        return 0;
    return blk->type != MT_BLOCK_IMAGE ||
           (blk->src && mt_render_url_is_safe(blk->src, strlen(blk->src)));
}

/* ======================================================================
 * Public entry points
 * ====================================================================== */

static int name_equals(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (mt_ascii_lower((unsigned char)*a) != (unsigned char)*b)
            return 0;
    return *a == *b;
}

MT_API int mt_format_from_name(const char *name, mt_format *fmt)
{
    static const struct { const char *name; mt_format fmt; } names[] = {
        { "txt", MT_FORMAT_TEXT }, { "text", MT_FORMAT_TEXT },
        { "markdown", MT_FORMAT_MARKDOWN }, { "md", MT_FORMAT_MARKDOWN },
        { "html", MT_FORMAT_HTML }, { "json", MT_FORMAT_JSON }, { "xml", MT_FORMAT_XML },
        { "tei", MT_FORMAT_TEI }, { "xmltei", MT_FORMAT_TEI }, { "csv", MT_FORMAT_CSV },
    };
    if (!name)
        return -1;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (name_equals(name, names[i].name)) {
            if (fmt)
                *fmt = names[i].fmt;
            return 0;
        }
    }
    return -1;
}

MT_API char *mt_render(const mt_result *result, mt_format fmt, unsigned flags,
                       const mt_allocator *alloc, size_t *len, mt_status *status)
{
    mt_status dummy;
    if (!status)
        status = &dummy;
    if (len)
        *len = 0;
    if (!result) {
        *status = MT_ERR_INVALID_ARG;
        return NULL;
    }
    mt_rbuf b;
    mt_rbuf_init(&b, alloc, 0);
    size_t body = 0;    /* where the text begins after front matter, 0: none */
    if ((flags & MT_RENDER_METADATA) && (fmt == MT_FORMAT_TEXT || fmt == MT_FORMAT_MARKDOWN)) {
        mt_render_front_matter(&b, result);
        mt_rbuf_putc(&b, '\n');     /* a blank line before the text, if any comes */
        body = b.bytes.len;
    }
    switch (fmt) {
    case MT_FORMAT_TEXT: mt_render_text(&b, result, flags); break;
    case MT_FORMAT_MARKDOWN: mt_render_markdown(&b, result, flags); break;
    case MT_FORMAT_HTML: mt_render_html(&b, result, flags); break;
    case MT_FORMAT_JSON: mt_render_json(&b, result, flags); break;
    case MT_FORMAT_XML: mt_render_xml(&b, result, flags); break;
    case MT_FORMAT_TEI: mt_render_tei(&b, result, flags); break;
    case MT_FORMAT_CSV: mt_render_csv(&b, result, flags); break;
    default:
        *status = MT_ERR_UNKNOWN_FORMAT;
        return NULL;
    }
    if (body && b.bytes.len == body && !b.failed)
        b.bytes.len--;      /* no text: no blank line after the front matter */
    char *out = mt_rbuf_take(&b, len);
    *status = out ? MT_OK : MT_ERR_NOMEM;
    return out;
}
