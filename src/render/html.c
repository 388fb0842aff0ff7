/* html.c -- a clean HTML document: structure only.
 *
 * The head carries the title and a few metadata <meta> elements; the body a
 * <main> with the content and, when the result has user comments, an <aside>
 * with them. Content uses only h1-h6, p, ul/ol/li (nested), blockquote,
 * pre/code, table/caption/thead/tbody/tr/th/td, figure/figcaption, img, a,
 * em, strong, code, sub, sup, s, br and hr. Attributes are only href, src,
 * alt, colspan/rowspan on cells, start on an ordered list that does not
 * begin at 1, type on one numbered with letters or Roman numerals, value on an item whose number does not follow the one before
 * (a list counting down, or skipping), and class="language-X" on the code of a block whose language
 * the page named (the CommonMark convention, so highlighters work). No
 * scripts, styles, ids or classes from the page ever pass; link targets with
 * script-running schemes are dropped. Every block starts on its own line. */
#include <stdio.h>
#include "render/render.h"

/* ======================================================================
 * Inline
 * ====================================================================== */

static const mt_markup_dialect html_dialect = {
    { "<a href=\"", "<em>", "<strong>", "<code>", "<sub>", "<sup>", "<s>" },
    { "</a>", "</em>", "</strong>", "</code>", "</sub>", "</sup>", "</s>" },
    "<br>\n",
};

static void put_inline(mt_rbuf *b, const char *text, size_t len, const mt_span *spans,
                       size_t nspans)
{
    mt_render_markup_inline(b, &html_dialect, text, len, spans, nspans);
}

static void put_element(mt_rbuf *b, const char *tag, const mt_block *blk)
{
    mt_rbuf_putc(b, '<');
    mt_rbuf_puts(b, tag);
    mt_rbuf_putc(b, '>');
    put_inline(b, blk->text, blk->text_len, blk->spans, blk->nspans);
    mt_rbuf_put(b, "</", 2);
    mt_rbuf_puts(b, tag);
    mt_rbuf_put(b, ">\n", 2);
}

/* ======================================================================
 * Lists and quotes: open and close nesting as the flat blocks go by
 * ====================================================================== */

typedef struct html_state {
    mt_rbuf *b;
    mt_block_nest nest;
} html_state;

/* <ul>, or <ol> with the start and numbering of its first item where they
 * are not the default. */
static void put_list_tag(mt_rbuf *b, int ordered, int number, char numbering)
{
    if (!ordered) {
        mt_rbuf_put(b, "<ul>", 4);
        return;
    }
    mt_rbuf_put(b, "<ol", 3);
    if (number != 1) {
        mt_rbuf_put(b, " start=\"", 8);
        mt_rbuf_put_int(b, number);
        mt_rbuf_putc(b, '"');
    }
    if (numbering) {
        char type[2] = { numbering, 0 };
        mt_render_put_attr(b, "type", type, 1);
    }
    mt_rbuf_putc(b, '>');
}

static void open_list(mt_rbuf *b, const mt_block *item, int nested)
{
    if (nested)
        mt_rbuf_putc(b, '\n');       /* the parent item's text ends here */
    put_list_tag(b, item->ordered, item->number, item->numbering);
    mt_rbuf_putc(b, '\n');
}

static void close_list(mt_rbuf *b, int ordered)
{
    mt_rbuf_puts(b, ordered ? "</ol>\n" : "</ul>\n");
}

static void close_item(mt_rbuf *b)
{
    mt_rbuf_put(b, "</li>\n", 6);
}

static const mt_list_ops html_lists = { open_list, close_list, close_item, "<blockquote>\n", "</blockquote>\n" };

static void put_list_item(html_state *s, const mt_block *blk)
{
    mt_list_enter_item(&s->nest.lists, &html_lists, s->b, blk);
    int depth = s->nest.lists.depth;
    long long *next = &s->nest.lists.next_number[depth];
    mt_rbuf_put(s->b, "<li", 3);
    if (blk->ordered && blk->number != *next) {
        /* counting down, or skipping: the item says its number */
        mt_rbuf_put(s->b, " value=\"", 8);
        mt_rbuf_put_int(s->b, blk->number);
        mt_rbuf_putc(s->b, '"');
    }
    if (blk->ordered && blk->numbering != s->nest.lists.numbering[depth]) {
        /* an item numbered otherwise than its list (its own type) */
        char type[2] = { blk->numbering ? blk->numbering : '1', 0 };
        mt_render_put_attr(s->b, "type", type, 1);
    }
    mt_rbuf_putc(s->b, '>');
    *next = (long long)blk->number + 1;
    put_inline(s->b, blk->text, blk->text_len, blk->spans, blk->nspans);
}

/* ======================================================================
 * Other blocks
 * ====================================================================== */

static void put_heading(mt_rbuf *b, const mt_block *blk)
{
    char tag[3] = { 'h', (char)('0' + mt_render_heading_level(blk)), 0 };
    put_element(b, tag, blk);
}

static void put_code(mt_rbuf *b, const mt_block *blk)
{
    size_t a, z;
    mt_render_trim(blk->text, blk->text_len, 1, &a, &z);
    mt_rbuf_put(b, "<pre><code", 10);
    size_t lang = mt_render_language_len(blk->language);
    if (lang) {
        mt_rbuf_put(b, " class=\"language-", 17);
        mt_rbuf_put(b, blk->language, lang);
        mt_rbuf_putc(b, '"');
    }
    mt_rbuf_putc(b, '>');
    mt_render_put_markup(b, blk->text + a, z - a, 0);
    mt_rbuf_put(b, "</code></pre>\n", 14);
}

/* ======================================================================
 * Lists inside table cells
 * ====================================================================== */

static void open_cell_list(mt_rbuf *b, const mt_cell_item *first)
{
    put_list_tag(b, first->ordered, first->number, first->numbering);
}

static void close_cell_list(mt_rbuf *b, int ordered)
{
    mt_rbuf_puts(b, ordered ? "</li></ol>" : "</li></ul>");
}

static void open_cell_item(mt_rbuf *b, const mt_cell_item *item, int in_turn)
{
    mt_rbuf_put(b, "<li", 3);
    if (item && item->ordered && !in_turn) {
        /* counting down, or skipping: the item says its number */
        mt_rbuf_put(b, " value=\"", 8);
        mt_rbuf_put_int(b, item->number);
        mt_rbuf_putc(b, '"');
    }
    mt_rbuf_putc(b, '>');
}

static const mt_cell_list_ops html_cell_lists = { open_cell_list, close_cell_list,
                                                  open_cell_item, "</li>" };

static void put_cell(mt_rbuf *b, const mt_cell *cell)
{
    const char *tag = cell->header ? "th" : "td";
    mt_rbuf_putc(b, '<');
    mt_rbuf_puts(b, tag);
    if (cell->colspan > 1) {
        mt_rbuf_put(b, " colspan=\"", 10);
        mt_rbuf_put_uint(b, cell->colspan > 1000 ? 1000 : cell->colspan);
        mt_rbuf_putc(b, '"');
    }
    if (cell->rowspan > 1) {
        mt_rbuf_put(b, " rowspan=\"", 10);
        mt_rbuf_put_uint(b, cell->rowspan > 65534 ? 65534 : cell->rowspan);
        mt_rbuf_putc(b, '"');
    }
    mt_rbuf_putc(b, '>');
    mt_render_cell_markup(b, &html_dialect, &html_cell_lists, cell);
    mt_rbuf_put(b, "</", 2);
    mt_rbuf_puts(b, tag);
    mt_rbuf_putc(b, '>');
}

static void put_rows(mt_rbuf *b, const mt_block *blk, size_t from, size_t to, const char *group)
{
    if (from >= to)
        return;
    mt_rbuf_putc(b, '<');
    mt_rbuf_puts(b, group);
    mt_rbuf_put(b, ">\n", 2);
    for (size_t r = from; r < to; r++) {
        mt_rbuf_put(b, "<tr>", 4);
        for (size_t c = 0; c < blk->rows[r].ncells; c++)
            put_cell(b, &blk->rows[r].cells[c]);
        mt_rbuf_put(b, "</tr>\n", 6);
    }
    mt_rbuf_put(b, "</", 2);
    mt_rbuf_puts(b, group);
    mt_rbuf_put(b, ">\n", 2);
}

/* Rows of header cells at the top form the thead. A table known only by its
 * text is shown as a paragraph. */
static void put_table(mt_rbuf *b, const mt_block *blk, const mt_block *caption)
{
    if (!blk->nrows) {
        put_element(b, "p", blk);
        return;
    }
    mt_rbuf_put(b, "<table>\n", 8);
    if (caption)
        put_element(b, "caption", caption);
    size_t head = 0;
    while (head < blk->nrows && mt_render_row_is_header(&blk->rows[head]))
        head++;
    put_rows(b, blk, 0, head, "thead");
    put_rows(b, blk, head, blk->nrows, "tbody");
    mt_rbuf_put(b, "</table>\n", 9);
}

static void put_figure(mt_rbuf *b, const mt_block *image, const mt_block *caption)
{
    mt_rbuf_put(b, "<figure>\n", 9);
    if (image) {
        size_t a, z;
        mt_render_trim(image->text, image->text_len, 0, &a, &z);
        mt_rbuf_put(b, "<img", 4);
        mt_render_put_attr(b, "src", image->src, strlen(image->src));
        mt_render_put_attr(b, "alt", image->text + a, z - a);
        mt_rbuf_put(b, ">\n", 2);
    }
    if (caption)
        put_element(b, "figcaption", caption);
    mt_rbuf_put(b, "</figure>\n", 10);
}

static const mt_block *next_shown(const mt_block *blocks, size_t n, size_t i)
{
    for (size_t k = i + 1; k < n; k++)
        if (mt_render_markup_shows(&blocks[k]))
            return &blocks[k];
    return NULL;
}

/* Writes block i; returns how many blocks it consumed (a caption joins the
 * image before it or the table after it). */
static size_t put_block(html_state *s, const mt_block *blocks, size_t n, size_t i)
{
    const mt_block *blk = &blocks[i];
    const mt_block *next = next_shown(blocks, n, i);
    size_t used = next ? (size_t)(next - blk) + 1 : 1;
    mt_nest_before_block(&s->nest, &html_lists, s->b, blk);
    switch (blk->type) {
    case MT_BLOCK_HEADING: put_heading(s->b, blk); return 1;
    case MT_BLOCK_LIST_ITEM: put_list_item(s, blk); return 1;
    case MT_BLOCK_QUOTE:
        put_element(s->b, "p", blk);
        return 1;
    case MT_BLOCK_CODE: put_code(s->b, blk); return 1;
    case MT_BLOCK_TABLE: put_table(s->b, blk, NULL); return 1;
    case MT_BLOCK_BREAK: mt_rbuf_put(s->b, "<hr>\n", 5); return 1;
    case MT_BLOCK_IMAGE:
        if (next && next->type == MT_BLOCK_CAPTION) {
            put_figure(s->b, blk, next);
            return used;
        }
        put_figure(s->b, blk, NULL);
        return 1;
    case MT_BLOCK_CAPTION:
        if (next && next->type == MT_BLOCK_TABLE) {
            put_table(s->b, next, blk);
            return used;
        }
        put_figure(s->b, NULL, blk);
        return 1;
    default:
        put_element(s->b, "p", blk);
        return 1;
    }
}

static void put_blocks(mt_rbuf *b, const mt_block *blocks, size_t n)
{
    html_state s;
    memset(&s, 0, sizeof s);
    s.b = b;
    size_t i = 0;
    while (i < n) {
        if (!mt_render_markup_shows(&blocks[i])) {
            i++;
            continue;
        }
        i += put_block(&s, blocks, n, i);
    }
    mt_nest_close_all(&s.nest, &html_lists, b);
}

/* ======================================================================
 * Document
 * ====================================================================== */

/* Scripts written right to left, by the language's primary subtag. */
static int is_rtl_language(const char *lang)
{
    static const char *const rtl[] = { "ar", "he", "iw", "fa", "ur", "yi", "ps", "sd",
                                       "ug", "dv", "ckb", "syr", "ku-arab" };
    for (size_t i = 0; i < sizeof rtl / sizeof *rtl; i++) {
        size_t n = strlen(rtl[i]);
        size_t k = 0;
        while (k < n && lang[k] && (lang[k] | 32) == rtl[i][k])
            k++;
        if (k == n && (lang[n] == '\0' || lang[n] == '-' || lang[n] == '_'))
            return 1;
    }
    return 0;
}

static void put_meta(mt_rbuf *b, const char *name, const char *content)
{
    if (!content || !content[0])
        return;
    mt_rbuf_put(b, "<meta", 5);
    mt_render_put_attr(b, "name", name, strlen(name));
    mt_render_put_attr(b, "content", content, strlen(content));
    mt_rbuf_put(b, ">\n", 2);
}

static void put_head(mt_rbuf *b, const mt_metadata *m)
{
    mt_rbuf_put(b, "<!DOCTYPE html>\n<html", 21);
    if (m->language && m->language[0]) {
        mt_render_put_attr(b, "lang", m->language, strlen(m->language));
        if (is_rtl_language(m->language))
            mt_rbuf_puts(b, " dir=\"rtl\"");
    }
    mt_rbuf_puts(b, ">\n<head>\n<meta charset=\"utf-8\">\n");
    if (m->title && m->title[0]) {
        mt_rbuf_put(b, "<title>", 7);
        mt_render_put_markup(b, m->title, strlen(m->title), 0);
        mt_rbuf_put(b, "</title>\n", 9);
    }
    if (m->nauthors) {
        mt_rbuf joined;
        mt_rbuf_init(&joined, b->alloc, b->max);
        mt_render_put_joined(&joined, m->authors, m->nauthors, mt_rbuf_put);
        mt_rbuf_putc(&joined, '\0');
        if (joined.failed)
            b->failed = 1;
        else
            put_meta(b, "author", mt_rbuf_data(&joined));
        mt_rbuf_free(&joined);
    }
    put_meta(b, "date", m->date);
    put_meta(b, "description", m->description);
    if (m->url && mt_render_url_is_safe(m->url, strlen(m->url))) {
        mt_rbuf_put(b, "<link rel=\"canonical\"", 21);
        mt_render_put_attr(b, "href", m->url, strlen(m->url));
        mt_rbuf_put(b, ">\n", 2);
    }
    mt_rbuf_puts(b, "</head>\n<body>\n");
}

static int any_shown(const mt_block *blocks, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (mt_render_markup_shows(&blocks[i]))
            return 1;
    return 0;
}

void mt_render_html(mt_rbuf *b, const mt_result *r, unsigned flags)
{
    (void)flags;
    put_head(b, &r->meta);
    mt_rbuf_put(b, "<main>\n", 7);
    put_blocks(b, r->blocks, r->nblocks);
    mt_rbuf_put(b, "</main>\n", 8);
    if (any_shown(r->comments, r->ncomments)) {
        mt_rbuf_put(b, "<aside>\n", 8);
        put_blocks(b, r->comments, r->ncomments);
        mt_rbuf_put(b, "</aside>\n", 9);
    }
    mt_rbuf_puts(b, "</body>\n</html>\n");
}
