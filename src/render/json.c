/* json.c -- one JSON object per result (RFC 8259, UTF-8).
 *
 *   { "title", "authors" [..], "author" (authors joined with "; "), "date",
 *     "date_modified", "sitename", "description", "language", "url",
 *     "image", "categories" [..], "tags" [..], "license", "pagetype",
 *     "text" (the plain-text rendering of the main content), "comments"
 *     (the plain text of the user comments, or null), "encoding",
 *     "fingerprint" (mt_result_fingerprint in hexadecimal, or null),
 *     "not_a_page" (mt_result.not_a_page)           only for bytes not a page
 *     "sources" {field: where it came from}          with MT_RENDER_EXPLAIN
 *     "blocks" [..], "comment_blocks" [..] }          with MT_RENDER_BLOCKS
 *
 * Missing strings are null, missing lists []. A block is
 *   {"type": "heading", "level": 2, "text": ".."}
 * with "level" on headings, list items and quotes, "ordered" (and "number"
 * when ordered, "numbering" when its numbers are letters or Roman numerals:
 * "a", "A", "i", "I") and "list" (mt_block.list, when known) on list items, "item_level" on a block inside a list item
 * (its item's level), "quote_level" on a block in quotes its type does not
 * tell (mt_block.quote_level), "language" on code that names one, "rows" on
 * tables (an array of rows, each an array of cells {"text", "header",
 * and "colspan"/"rowspan" when above 1, "spans" when any, "items" when
 * the cell holds a list: [{"start" (in code points of its "text"),
 * "level", "ordered", "number" and "numbering" as on list items}]}), "src" and "alt"
 * on images, and "spans" [{"type", "start", "end", "href"}] when the block
 * has inline markup. Span offsets count Unicode code points (what Python
 * and most JSON consumers index by) in the block's "text".
 *
 * Pretty output puts one member per line and one block per line; compact
 * output (MT_RENDER_COMPACT, for JSON Lines) has no white space at all.
 * Control characters, U+2028 and U+2029 are escaped; ill-formed UTF-8 that
 * should never reach us becomes U+FFFD, so the output is always valid. */
#include "render/render.h"
#include "util/alloc.h"
#include "util/json.h"
#include "util/simd16.h"
#include "util/utf8.h"

typedef struct jw {
    mt_rbuf *b;
    int compact;
    int first;            /* no member written yet in the top-level object */
} jw;

/* ======================================================================
 * Values
 * ====================================================================== */

static void put_escape(mt_rbuf *b, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': mt_rbuf_put(b, "\\\"", 2); return;
    case '\\': mt_rbuf_put(b, "\\\\", 2); return;
    case '\n': mt_rbuf_put(b, "\\n", 2); return;
    case '\r': mt_rbuf_put(b, "\\r", 2); return;
    case '\t': mt_rbuf_put(b, "\\t", 2); return;
    case '\b': mt_rbuf_put(b, "\\b", 2); return;
    case '\f': mt_rbuf_put(b, "\\f", 2); return;
    }
    char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
    mt_rbuf_put(b, u, 6);
}

/* U+2028 and U+2029 are valid in JSON but end lines in JavaScript. */
static int is_line_separator(const char *s, size_t len)
{
    return len >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
           ((unsigned char)s[2] == 0xA8 || (unsigned char)s[2] == 0xA9);
}

/* Where the run of bytes that go out as they are, from s[i] on, ends: at
 * '"', '\\', a control byte or 0xE2 (which leads U+2028 and U+2029), else
 * len. Sixteen bytes at a compare, then mt_json_plain_end for the last
 * few: the main text is most of the output, and eight bytes at a time its
 * scan took two thirds of the JSON writer's instructions. */
static size_t plain_end(const char *s, size_t i, size_t len)
{
#ifdef MT_SIMD16
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i lead = _mm_set1_epi8((char)0xE2), last_control = _mm_set1_epi8(0x1F);
    for (; len - i >= 16; i += 16) {
        __m128i v = mt_simd16_load(s + i);
        __m128i stop = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
        stop = _mm_or_si128(stop, _mm_cmpeq_epi8(v, lead));
        stop = _mm_or_si128(stop, _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v));
        unsigned m = (unsigned)_mm_movemask_epi8(stop);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    return mt_json_plain_end(s, i, len, 0xE2);
}

static void put_valid_string_body(mt_rbuf *b, const char *s, size_t len)
{
    size_t run = 0, i = 0;
    while (i < len) {
        i = plain_end(s, i, len);
        if (i == len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && !is_line_separator(s + i, len - i)) {
            i++;
            continue;
        }
        mt_rbuf_put(b, s + run, i - run);
        if (c == 0xE2) {
            mt_rbuf_puts(b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
            i += 3;
        } else {
            put_escape(b, c);
            i++;
        }
        run = i;
    }
    mt_rbuf_put(b, s + run, len - run);
}

static void put_string(mt_rbuf *b, const char *s, size_t len)
{
    mt_rbuf_putc(b, '"');
    if (mt_utf8_valid_prefix(s, len) == len) {
        put_valid_string_body(b, s, len);
    } else {
        mt_rbuf fixed;      /* rare: repair first, then escape */
        mt_rbuf_init(&fixed, b->alloc, b->max);
        mt_render_put_utf8(&fixed, s, len);
        if (fixed.failed)
            b->failed = 1;
        else
            put_valid_string_body(b, mt_rbuf_data(&fixed), fixed.bytes.len);
        mt_rbuf_free(&fixed);
    }
    mt_rbuf_putc(b, '"');
}

static void put_cstring(mt_rbuf *b, const char *s)
{
    if (s)
        put_string(b, s, strlen(s));
    else
        mt_rbuf_put(b, "null", 4);
}

static void put_string_array(const jw *j, const char *const *items, size_t n)
{
    mt_rbuf_putc(j->b, '[');
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        if (!items[i])
            continue;
        if (!first)
            mt_rbuf_puts(j->b, j->compact ? "," : ", ");
        put_cstring(j->b, items[i]);
        first = 0;
    }
    mt_rbuf_putc(j->b, ']');
}

/* A member of the top-level object: separator, line and indent, key. */
static void member(jw *j, const char *key)
{
    if (j->compact)
        mt_rbuf_puts(j->b, j->first ? "{\"" : ",\"");
    else
        mt_rbuf_puts(j->b, j->first ? "{\n  \"" : ",\n  \"");
    j->first = 0;
    mt_rbuf_puts(j->b, key);
    mt_rbuf_puts(j->b, j->compact ? "\":" : "\": ");
}

/* A member of a one-line object (block, cell, span). */
static void inner(const jw *j, const char *key, int first)
{
    if (!first)
        mt_rbuf_puts(j->b, j->compact ? "," : ", ");
    mt_rbuf_putc(j->b, '"');
    mt_rbuf_puts(j->b, key);
    mt_rbuf_puts(j->b, j->compact ? "\":" : "\": ");
}

/* A list item's "ordered", and when it is, its "number" and (letters or
 * Roman numerals) its "numbering": a block's and a cell item's alike. */
static void put_item_marks(const jw *j, int ordered, int number, char numbering)
{
    inner(j, "ordered", 0);
    mt_rbuf_puts(j->b, ordered ? "true" : "false");
    if (!ordered)
        return;
    inner(j, "number", 0);
    mt_rbuf_put_int(j->b, number);
    if (numbering) {
        char letters[2] = { numbering, 0 };
        inner(j, "numbering", 0);
        put_cstring(j->b, letters);
    }
}

/* ======================================================================
 * Spans: byte offsets to code point offsets
 * ====================================================================== */

/* Code points that start in text[from..i), for every i in [from, to]: a
 * table so each offset converts in O(1) whatever the spans' nesting. */
static uint32_t *code_point_map(mt_rbuf *b, const char *text, size_t from, size_t to)
{
    uint32_t *map = mt_mem_alloc(b->alloc, (to - from + 1) * sizeof *map);
    if (!map) {
        b->failed = 1;
        return NULL;
    }
    uint32_t count = 0;
    size_t i = from;
    while (i < to) {
        size_t n;
        mt_utf8_decode(text + i, text + to, &n);
        map[i - from] = count;
        for (size_t k = 1; k < n; k++)
            map[i - from + k] = count + 1;    /* inside a character: the next one */
        count++;
        i += n;
    }
    map[to - from] = count;
    return map;
}

static size_t clamp(size_t v, size_t lo, size_t hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* "spans" of a text from[from, to), whose code_point_map is `map`. */
static void put_mapped_spans(const jw *j, const uint32_t *map, size_t from, size_t to,
                             const mt_span *spans, size_t nspans)
{
    inner(j, "spans", 0);
    mt_rbuf_putc(j->b, '[');
    int first = 1;
    for (size_t i = 0; i < nspans; i++) {
        const mt_span *sp = &spans[i];
        uint32_t st = map[clamp(sp->start, from, to) - from];
        uint32_t en = map[clamp(sp->end, from, to) - from];
        if (en <= st)
            continue;
        /* a script link is no link in the markup formats either: its text
         * stays, plain */
        if (sp->type == MT_SPAN_LINK && sp->href && !mt_render_url_is_safe(sp->href, sp->href_len))
            continue;
        if (!first)
            mt_rbuf_puts(j->b, j->compact ? "," : ", ");
        first = 0;
        mt_rbuf_putc(j->b, '{');
        inner(j, "type", 1);
        put_cstring(j->b, mt_render_span_type_name(sp->type));
        inner(j, "start", 0);
        mt_rbuf_put_uint(j->b, st);
        inner(j, "end", 0);
        mt_rbuf_put_uint(j->b, en);
        if (sp->type == MT_SPAN_LINK) {
            inner(j, "href", 0);
            if (sp->href)
                put_string(j->b, sp->href, sp->href_len);
            else
                mt_rbuf_put(j->b, "null", 4);
        }
        mt_rbuf_putc(j->b, '}');
    }
    mt_rbuf_putc(j->b, ']');
}

static void put_spans(const jw *j, const char *text, size_t from, size_t to,
                      const mt_span *spans, size_t nspans)
{
    uint32_t *map = code_point_map(j->b, text, from, to);
    if (!map)
        return;
    put_mapped_spans(j, map, from, to, spans, nspans);
    mt_mem_free(j->b->alloc, map, (to - from + 1) * sizeof *map);
}

/* "text" (trimmed) and, when there are spans, "spans" relative to it. */
static void put_text_and_spans(const jw *j, const char *key, const char *text, size_t len,
                               const mt_span *spans, size_t nspans, int is_code)
{
    size_t a, z;
    mt_render_trim(text, len, is_code, &a, &z);
    inner(j, key, 0);
    put_string(j->b, text ? text + a : "", z - a);
    if (nspans && z > a)
        put_spans(j, text, a, z, spans, nspans);
}

/* ======================================================================
 * Blocks
 * ====================================================================== */

typedef struct json_items {
    const jw *j;
    const uint32_t *map;      /* code points before each byte of the text */
    size_t from, to;          /* the text's bytes in the cell's */
    int first;
} json_items;

/* One list item of a cell: where its line begins and, when known, where
 * it ends (with its nested lists), in code points of the cell's "text";
 * its level, and its kind and number. */
static void put_cell_item(void *ctx, const mt_cell_item *item, int more, size_t from, size_t to)
{
    json_items *w = ctx;
    const jw *j = w->j;
    (void)to;
    if (!item || more)
        return;
    if (!w->first)
        mt_rbuf_puts(j->b, j->compact ? "," : ", ");
    w->first = 0;
    mt_rbuf_putc(j->b, '{');
    inner(j, "start", 1);
    mt_rbuf_put_uint(j->b, w->map[from - w->from]);
    if (item->end) {
        size_t end = item->end < from ? from : item->end > w->to ? w->to : item->end;
        inner(j, "end", 0);
        mt_rbuf_put_uint(j->b, w->map[end - w->from]);
    }
    inner(j, "level", 0);
    mt_rbuf_put_uint(j->b, (unsigned)(item->level < 1 ? 1 : item->level));
    put_item_marks(j, item->ordered, item->number, item->numbering);
    mt_rbuf_putc(j->b, '}');
}

/* "items": the list items of a cell whose text is text[a, z), with that
 * text's code_point_map. */
static void put_cell_items(const jw *j, const mt_cell *cell, size_t a, size_t z,
                           const uint32_t *map)
{
    json_items w = { j, map, a, z, 1 };
    inner(j, "items", 0);
    mt_rbuf_putc(j->b, '[');
    mt_render_cell_parts(cell, a, z, put_cell_item, &w);
    mt_rbuf_putc(j->b, ']');
}

static void put_cell(const jw *j, const mt_cell *cell)
{
    mt_rbuf_putc(j->b, '{');
    size_t a, z;
    mt_render_trim(cell->text, cell->text_len, 0, &a, &z);
    inner(j, "text", 1);
    put_string(j->b, cell->text ? cell->text + a : "", z - a);
    /* spans and items count code points alike: one map serves both */
    uint32_t *map = NULL;
    if (z > a && (cell->nspans || cell->nitems))
        map = code_point_map(j->b, cell->text, a, z);
    if (cell->nspans && map)
        put_mapped_spans(j, map, a, z, cell->spans, cell->nspans);
    inner(j, "header", 0);
    mt_rbuf_puts(j->b, cell->header ? "true" : "false");
    if (cell->colspan > 1) {
        inner(j, "colspan", 0);
        mt_rbuf_put_uint(j->b, cell->colspan);
    }
    if (cell->rowspan > 1) {
        inner(j, "rowspan", 0);
        mt_rbuf_put_uint(j->b, cell->rowspan);
    }
    if (cell->nitems && map)
        put_cell_items(j, cell, a, z, map);
    if (map)
        mt_mem_free(j->b->alloc, map, (z - a + 1) * sizeof *map);
    mt_rbuf_putc(j->b, '}');
}

static void put_rows(const jw *j, const mt_block *blk)
{
    inner(j, "rows", 0);
    mt_rbuf_putc(j->b, '[');
    for (size_t r = 0; r < blk->nrows; r++) {
        if (r)
            mt_rbuf_puts(j->b, j->compact ? "," : ", ");
        mt_rbuf_putc(j->b, '[');
        for (size_t c = 0; c < blk->rows[r].ncells; c++) {
            if (c)
                mt_rbuf_puts(j->b, j->compact ? "," : ", ");
            put_cell(j, &blk->rows[r].cells[c]);
        }
        mt_rbuf_putc(j->b, ']');
    }
    mt_rbuf_putc(j->b, ']');
}

static void put_level(const jw *j, int level)
{
    inner(j, "level", 0);
    mt_rbuf_put_uint(j->b, (unsigned long long)level);
}

/* A table's "text" is its plain-text grid, as in the "text" member. */
static void put_table_text(const jw *j, const mt_block *blk)
{
    mt_rbuf t;
    mt_rbuf_init(&t, j->b->alloc, j->b->max);
    mt_render_text_block(&t, blk);
    inner(j, "text", 0);
    if (t.failed)
        j->b->failed = 1;
    else
        put_string(j->b, t.bytes.len ? mt_rbuf_data(&t) : "", t.bytes.len);
    mt_rbuf_free(&t);
}

/* Writes one block object; `list_level` carries list nesting across items. */
static void put_block(const jw *j, const mt_block *blk, int *list_level)
{
    mt_rbuf_putc(j->b, '{');
    inner(j, "type", 1);
    put_cstring(j->b, mt_render_block_type_name(blk->type));
    switch (blk->type) {
    case MT_BLOCK_HEADING:
        put_level(j, mt_render_heading_level(blk));
        break;
    case MT_BLOCK_LIST_ITEM:
        *list_level = mt_render_nested_level(blk->level, *list_level);
        put_level(j, *list_level);
        put_item_marks(j, blk->ordered, blk->number, blk->numbering);
        if (blk->list) {
            inner(j, "list", 0);
            mt_rbuf_put_uint(j->b, blk->list);
        }
        break;
    case MT_BLOCK_QUOTE:
        put_level(j, mt_render_nested_level(blk->level, MT_RENDER_MAX_NESTING));
        break;
    case MT_BLOCK_CODE:
        if (blk->language && blk->language[0]) {
            inner(j, "language", 0);
            put_cstring(j->b, blk->language);
        }
        break;
    default:
        break;
    }
    if (blk->type == MT_BLOCK_IMAGE) {
        inner(j, "src", 0);
        put_cstring(j->b, blk->src);
        put_text_and_spans(j, "alt", blk->text, blk->text_len, NULL, 0, 0);
    } else if (blk->type == MT_BLOCK_TABLE) {
        put_table_text(j, blk);
    } else if (blk->type != MT_BLOCK_BREAK) {
        put_text_and_spans(j, "text", blk->text, blk->text_len, blk->spans, blk->nspans,
                           blk->type == MT_BLOCK_CODE);
    }
    if (blk->type == MT_BLOCK_TABLE)
        put_rows(j, blk);
    int in_item = mt_render_item_level(blk, *list_level);
    if (in_item) {
        inner(j, "item_level", 0);
        mt_rbuf_put_uint(j->b, (unsigned)in_item);
    }
    if (blk->quote_level > 0) {
        /* as the markup formats nest it: at most MT_RENDER_MAX_NESTING
         * (mt_render_outer_quotes of a block in an item is its quote_level) */
        inner(j, "quote_level", 0);
        mt_rbuf_put_uint(j->b, (unsigned)mt_render_outer_quotes(blk, 1));
    }
    mt_rbuf_putc(j->b, '}');
    if (blk->type != MT_BLOCK_LIST_ITEM)
        *list_level = in_item;
}

static void put_blocks(jw *j, const char *key, const mt_block *blocks, size_t n)
{
    member(j, key);
    mt_rbuf_putc(j->b, '[');
    int first = 1, list_level = 0;
    for (size_t i = 0; i < n; i++) {
        if (!mt_render_markup_shows(&blocks[i]))
            continue;
        if (j->compact)
            mt_rbuf_puts(j->b, first ? "" : ",");
        else
            mt_rbuf_puts(j->b, first ? "\n    " : ",\n    ");
        first = 0;
        put_block(j, &blocks[i], &list_level);
    }
    if (!first && !j->compact)
        mt_rbuf_puts(j->b, "\n  ");
    mt_rbuf_putc(j->b, ']');
}

/* ======================================================================
 * Document
 * ====================================================================== */

static const char *const field_names[MT_META_FIELD_COUNT] = {
    "title", "authors", "date", "date_modified", "sitename", "description", "language",
    "url", "image", "categories", "tags", "license", "pagetype",
};

static void put_sources(jw *j, const mt_result *r)
{
    member(j, "sources");
    mt_rbuf_putc(j->b, '{');
    for (int f = 0; f < MT_META_FIELD_COUNT; f++) {
        inner(j, field_names[f], f == 0);
        put_cstring(j->b, r->meta.source[f]);
    }
    inner(j, "text", 0);
    put_cstring(j->b, r->text_source);
    inner(j, "encoding", 0);
    put_cstring(j->b, r->encoding_source);
    mt_rbuf_putc(j->b, '}');
}

/* Renders blocks as plain text into a scratch buffer and writes it as a
 * JSON string (null when there is no text and `null_when_empty`). */
static void put_plain_text(jw *j, const mt_block *blocks, size_t n, int null_when_empty)
{
    mt_rbuf t;
    mt_rbuf_init(&t, j->b->alloc, j->b->max);
    mt_render_text_blocks(&t, blocks, n);
    if (t.failed)
        j->b->failed = 1;
    else if (!t.bytes.len && null_when_empty)
        mt_rbuf_put(j->b, "null", 4);
    else
        put_string(j->b, t.bytes.len ? mt_rbuf_data(&t) : "", t.bytes.len);
    mt_rbuf_free(&t);
}

/* The list joined with "; " as one string, for tools that read one; null
 * when the list is empty. */
static void put_joined(mt_rbuf *b, const char *const *items, size_t n)
{
    mt_rbuf t;
    mt_rbuf_init(&t, b->alloc, b->max);
    mt_render_put_joined(&t, items, n, mt_rbuf_put);
    if (t.failed)
        b->failed = 1;
    else if (!t.bytes.len)
        mt_rbuf_put(b, "null", 4);
    else
        put_string(b, mt_rbuf_data(&t), t.bytes.len);
    mt_rbuf_free(&t);
}

static void put_metadata(jw *j, const mt_result *r)
{
    mt_meta_member members[MT_RENDER_META_MEMBERS];
    mt_render_meta_members(&r->meta, members);
    for (size_t i = 0; i < MT_RENDER_META_MEMBERS; i++) {
        const mt_meta_member *mm = &members[i];
        member(j, mm->name);
        if (mm->kind == MT_MEMBER_LIST)
            put_string_array(j, mm->items, mm->nitems);
        else if (mm->kind == MT_MEMBER_JOINED)
            put_joined(j->b, mm->items, mm->nitems);
        else
            put_cstring(j->b, mm->string);
    }
}

void mt_render_json(mt_rbuf *b, const mt_result *r, unsigned flags)
{
    jw j = { b, (flags & MT_RENDER_COMPACT) != 0, 1 };
    put_metadata(&j, r);
    member(&j, "text");
    put_plain_text(&j, r->blocks, r->nblocks, 0);
    member(&j, "comments");
    put_plain_text(&j, r->comments, r->ncomments, 1);
    member(&j, "encoding");
    put_cstring(b, r->encoding);
    char fingerprint[17];
    member(&j, "fingerprint");
    put_cstring(b, mt_render_fingerprint(r, fingerprint) ? fingerprint : NULL);
    if (r->not_a_page) {    /* (only then: a page's members stay the same) */
        member(&j, "not_a_page");
        put_cstring(b, r->not_a_page);
    }
    if (flags & MT_RENDER_EXPLAIN)
        put_sources(&j, r);
    if (flags & MT_RENDER_BLOCKS) {
        put_blocks(&j, "blocks", r->blocks, r->nblocks);
        put_blocks(&j, "comment_blocks", r->comments, r->ncomments);
    }
    mt_rbuf_puts(b, j.compact ? "}" : "\n}\n");
}
