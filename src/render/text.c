/* text.c -- the plain-text rendering: the bare text a reader (or a language
 * model's corpus) wants, without markup of any kind.
 *
 * One block per line and a blank line between blocks; list items stand on
 * consecutive lines with no marker and no indentation (Markdown is the format
 * that keeps structure); a table is one line per row with its cells separated
 * by tabs (an empty cell where a spanning cell covers the grid, so columns
 * line up, but none after a row's last cell, and no line for a row without
 * text; a list in a cell, whose lines
 * are joined there, keeps the markers of its items: "• Cheap • Fast"); code
 * keeps its lines and indentation. Images and thematic breaks
 * have no plain-text form and are left out. User comments, when the result
 * has them, follow the main text after a blank line. */
#include "render/render.h"

typedef struct text_row {
    mt_rbuf *b;
    int first;
} text_row;

typedef struct text_cell {
    mt_rbuf *b;
    const char *text;
} text_cell;

/* A piece of a cell's text, after the marker of the list item whose line
 * begins it (text after a list has none): a line break or tab inside the cell would break the row
 * apart, so it becomes a space. */
static void put_cell_part(void *ctx, const mt_cell_item *item, int more, size_t from, size_t to)
{
    text_cell *c = ctx;
    if (!more)
        mt_render_put_cell_marker(c->b, item);
    size_t run = from;
    for (size_t i = from; i < to; i++) {
        char ch = c->text[i];
        if (ch == '\n' || ch == '\t' || ch == '\r') {
            mt_render_put_utf8(c->b, c->text + run, i - run);
            mt_rbuf_putc(c->b, ' ');
            run = i + 1;
        }
    }
    mt_render_put_utf8(c->b, c->text + run, to - run);
}

/* One grid cell of a row: a tab before all but the first. Its lines are
 * joined, so the markers of its list items are what part them. */
static void put_text_cell(void *ctx, const mt_cell *cell)
{
    text_row *t = ctx;
    if (!t->first)
        mt_rbuf_putc(t->b, '\t');
    t->first = 0;
    if (!cell)
        return;
    size_t a, z;
    mt_render_trim(cell->text, cell->text_len, 0, &a, &z);
    text_cell c = { t->b, cell->text };
    mt_render_cell_parts(cell, a, z, put_cell_part, &c);
}

/* Whether the output from `from` on is only line ends and tabs: a row
 * without text. */
static int no_text_since(const mt_rbuf *b, size_t from)
{
    const char *s = b->bytes.data;
    for (size_t i = from; i < b->bytes.len; i++)
        if (s[i] != '\t' && s[i] != '\n')
            return 0;
    return 1;
}

/* A table is its grid: one line per row, cells separated by tabs, and an
 * empty cell where a spanning cell covers the grid. A row without text (a
 * spacer) is left out: as an empty line it would read as a block's end.
 * A table known only by its text is shown as that text. */
static void put_table(mt_rbuf *b, const mt_block *blk, size_t a, size_t z)
{
    mt_table_layout layout;
    size_t width = mt_table_width(&layout, blk);
    if (!width) {
        mt_render_put_utf8(b, blk->text + a, z - a);
        return;
    }
    int written = 0;
    for (size_t r = 0; r < blk->nrows; r++) {
        text_row t = { b, 1 };
        size_t before = b->bytes.len;
        if (written)
            mt_rbuf_putc(b, '\n');
        mt_table_row(&layout, &blk->rows[r], width, 0, put_text_cell, &t);
        if (no_text_since(b, before))
            b->bytes.len = before;
        else
            written = 1;
    }
}

void mt_render_text_block(mt_rbuf *b, const mt_block *blk)
{
    size_t a, z;
    int keep_indent = blk->type == MT_BLOCK_CODE || blk->type == MT_BLOCK_TABLE;
    mt_render_trim(blk->text, blk->text_len, keep_indent, &a, &z);
    if (blk->type == MT_BLOCK_TABLE)
        put_table(b, blk, a, z);
    else
        mt_render_put_utf8(b, blk->text + a, z - a);
}

static int has_text_form(const mt_block *blk)
{
    return blk->type != MT_BLOCK_IMAGE && blk->type != MT_BLOCK_BREAK &&
           !mt_render_block_is_empty(blk);
}

void mt_render_text_blocks(mt_rbuf *b, const mt_block *blocks, size_t n)
{
    const mt_block *prev = NULL;
    for (size_t i = 0; i < n; i++) {
        const mt_block *blk = &blocks[i];
        if (!has_text_form(blk))
            continue;
        if (prev) {
            int tight = prev->type == MT_BLOCK_LIST_ITEM && blk->type == MT_BLOCK_LIST_ITEM;
            mt_rbuf_put(b, "\n\n", tight ? 1 : 2);
        }
        mt_render_text_block(b, blk);
        prev = blk;
    }
    if (prev)
        mt_rbuf_putc(b, '\n');
}

static int any_text(const mt_block *blocks, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (has_text_form(&blocks[i]))
            return 1;
    return 0;
}

void mt_render_text(mt_rbuf *b, const mt_result *r, unsigned flags)
{
    (void)flags;
    mt_render_text_blocks(b, r->blocks, r->nblocks);
    if (any_text(r->blocks, r->nblocks) && any_text(r->comments, r->ncomments))
        mt_rbuf_putc(b, '\n');
    mt_render_text_blocks(b, r->comments, r->ncomments);
}
