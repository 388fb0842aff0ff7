/* sample.h -- hand-built mt_result values for the renderer tests.
 *
 * Results are built by hand (no extraction involved) so each renderer is
 * tested on exactly the structure it is given: nested lists, a table with
 * spans and pipes, code with backticks, links with parentheses, right-to-left
 * text, emoji, quotes and markup characters everywhere. */
#ifndef MT_TESTS_RENDER_SAMPLE_H
#define MT_TESTS_RENDER_SAMPLE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "maintext.h"

static inline mt_block blk(mt_block_type type, int level, const char *text)
{
    mt_block b;
    memset(&b, 0, sizeof b);
    b.type = type;
    b.level = level;
    b.text = text;
    b.text_len = text ? strlen(text) : 0;
    return b;
}

static inline mt_block item(int level, int ordered, int number, const char *text)
{
    mt_block b = blk(MT_BLOCK_LIST_ITEM, level, text);
    b.ordered = ordered;
    b.number = number;
    return b;
}

static inline mt_block with_spans(mt_block b, const mt_span *spans, size_t n)
{
    b.spans = spans;
    b.nspans = n;
    return b;
}

static inline mt_span span(mt_span_type type, uint32_t start, uint32_t end)
{
    mt_span s;
    memset(&s, 0, sizeof s);
    s.type = type;
    s.start = start;
    s.end = end;
    return s;
}

static inline mt_span link_span(uint32_t start, uint32_t end, const char *href)
{
    mt_span s = span(MT_SPAN_LINK, start, end);
    s.href = href;
    s.href_len = strlen(href);
    return s;
}

static inline mt_cell cell(const char *text, int header, uint32_t colspan, uint32_t rowspan)
{
    mt_cell c;
    memset(&c, 0, sizeof c);
    c.text = text;
    c.text_len = strlen(text);
    c.header = header;
    c.colspan = colspan;
    c.rowspan = rowspan;
    return c;
}

/* A data cell of `text` holding the list items items[0, n). */
static inline mt_cell list_cell(const char *text, const mt_cell_item *items, size_t n)
{
    mt_cell c = cell(text, 0, 1, 1);
    c.items = items;
    c.nitems = n;
    return c;
}

/* A table of one row of one cell, *c, which `row` is made to hold. */
static inline mt_block one_cell_table(mt_cell *c, mt_row *row)
{
    row->cells = c;
    row->ncells = 1;
    mt_block t = blk(MT_BLOCK_TABLE, 0, "x");
    t.rows = row;
    t.nrows = 1;
    return t;
}

static inline mt_result result_of(const mt_block *blocks, size_t n)
{
    mt_result r;
    memset(&r, 0, sizeof r);
    r.blocks = blocks;
    r.nblocks = n;
    r.encoding = "UTF-8";
    r.encoding_source = "meta";
    r.text_source = n ? "page" : NULL;     /* as mt_extract gives */
    return r;
}

/* Renders and returns a malloc'd copy (never NULL: "<render failed>"). */
static inline char *render(const mt_result *r, mt_format fmt, unsigned flags)
{
    mt_status st = MT_ERR_INVALID_ARG;
    size_t len = 0;
    char *out = mt_render(r, fmt, flags, NULL, &len, &st);
    if (!out || st != MT_OK || strlen(out) != len) {
        mt_free(NULL, out);
        return strdup("<render failed>");
    }
    char *copy = strdup(out);
    mt_free(NULL, out);
    return copy;
}

/* Removes from `out` the one place where `format` (with one %s for the
 * result's fingerprint in hexadecimal) is written; 1 when it was there
 * exactly once. A test compares the rest with what the format wrote
 * before it had fingerprints. */
static inline int cut_fingerprint(char *out, const char *format, const mt_result *r)
{
    char hex[17], piece[96];
    snprintf(hex, sizeof hex, "%016llx", (unsigned long long)mt_result_fingerprint(r));
    snprintf(piece, sizeof piece, format, hex);
    char *at = strstr(out, piece);
    if (!at || strstr(at + 1, piece))
        return 0;
    memmove(at, at + strlen(piece), strlen(at + strlen(piece)) + 1);
    return 1;
}

/* ---------------------------------------------------------------- the article */

/* One result that uses every block type, with metadata and a comment. */
typedef struct sample_article {
    mt_span intro_spans[3];
    mt_span quote_spans[1];
    mt_cell cells[9];
    mt_row rows[3];
    mt_block blocks[14];
    mt_block comments[1];
    const char *authors[2];
    const char *categories[1];
    mt_result r;
} sample_article;

static inline void sample_article_init(sample_article *a)
{
    memset(a, 0, sizeof *a);
    /* "Sediment <moves> slowly & steadily; see the survey.": the emphasis
     * takes the spaces around "slowly" (Markdown must move them out). */
    a->intro_spans[0] = span(MT_SPAN_EMPHASIS, 16, 24);
    a->intro_spans[1] = span(MT_SPAN_STRONG, 26, 34);
    a->intro_spans[2] = link_span(44, 50, "https://en.wikipedia.org/wiki/Delta_(river)");
    a->quote_spans[0] = span(MT_SPAN_CODE, 6, 12);
    a->cells[0] = cell("Site", 1, 1, 1);
    a->cells[1] = cell("Depth | m", 1, 2, 1);
    a->cells[2] = cell("North", 0, 1, 2);
    a->cells[3] = cell("3.5", 0, 1, 1);
    a->cells[4] = cell("4.0", 0, 1, 1);
    a->cells[5] = cell("2.9", 0, 1, 1);
    a->cells[6] = cell("3.1\nrevised", 0, 1, 1);
    a->rows[0].cells = &a->cells[0];
    a->rows[0].ncells = 2;
    a->rows[1].cells = &a->cells[2];
    a->rows[1].ncells = 3;
    a->rows[2].cells = &a->cells[5];
    a->rows[2].ncells = 2;
    size_t n = 0;
    mt_block *b = a->blocks;
    b[n++] = blk(MT_BLOCK_HEADING, 1, "Rivers & \"Deltas\"");
    b[n++] = with_spans(blk(MT_BLOCK_PARAGRAPH, 0,
                            "Sediment <moves> slowly & steadily; see the survey."),
                        a->intro_spans, 3);
    b[n++] = item(1, 0, 0, "Mud");
    b[n++] = item(2, 1, 1, "Silt");
    b[n++] = item(2, 1, 2, "Clay");
    b[n++] = item(1, 0, 0, "Sand");
    b[n++] = with_spans(blk(MT_BLOCK_QUOTE, 1, "Water always wins."), a->quote_spans, 1);
    b[n] = blk(MT_BLOCK_CODE, 0, "echo `date`\n  ls -l");
    b[n++].language = "sh";
    b[n] = blk(MT_BLOCK_TABLE, 0, "Site\tDepth | m\nNorth\t3.5\t4.0\n2.9\t3.1\nrevised");
    b[n].rows = a->rows;
    b[n++].nrows = 3;
    b[n] = blk(MT_BLOCK_IMAGE, 0, "Delta map");
    b[n++].src = "https://example.org/img/delta.png";
    b[n++] = blk(MT_BLOCK_CAPTION, 0, "Figure 1: the delta in May");
    b[n++] = blk(MT_BLOCK_BREAK, 0, "");
    b[n++] = blk(MT_BLOCK_PARAGRAPH, 0, "Last line.");
    a->comments[0] = blk(MT_BLOCK_PARAGRAPH, 0, "Great read <3");
    a->authors[0] = "Ana Lima";
    a->authors[1] = "Bo Chen";
    a->categories[0] = "Science";
    a->r = result_of(a->blocks, n);
    a->r.comments = a->comments;
    a->r.ncomments = 1;
    mt_metadata *m = &a->r.meta;
    m->title = "Rivers & \"Deltas\"";
    m->authors = a->authors;
    m->nauthors = 2;
    m->date = "2024-03-05";
    m->sitename = "Field Notes";
    m->language = "en";
    m->url = "https://example.org/rivers?a=1&b=2";
    m->categories = a->categories;
    m->ncategories = 1;
    m->pagetype = "article";
    m->source[MT_META_TITLE] = "json-ld";
    m->source[MT_META_AUTHORS] = "meta:author";
    m->source[MT_META_DATE] = "json-ld";
}

/* ---------------------------------------------------------------- awkward cases */

/* A result with the awkward cases: unsafe and quoted link targets, markup
 * characters and controls in text, lists starting deep and changing kind,
 * quotes getting shallower, captions before a table and alone. */
typedef struct awkward {
    mt_span spans[3];
    mt_cell cells[4];
    mt_row rows[2];
    mt_block blocks[10];
    mt_result r;
} awkward;

static inline void awkward_init(awkward *w)
{
    memset(w, 0, sizeof *w);
    w->spans[0] = link_span(0, 4, "javascript:alert(1)");
    w->spans[1] = link_span(5, 9, "https://x.org/?a=1&b=\"2\"");
    w->spans[2] = span(MT_SPAN_CODE, 10, 13);
    w->cells[0] = cell("k", 1, 1, 1);
    w->cells[1] = cell("v", 1, 1, 1);
    w->cells[2] = cell("a", 0, 1, 1);
    w->cells[3] = cell("b", 1, 1, 1);
    w->rows[0].cells = w->cells;
    w->rows[0].ncells = 2;
    w->rows[1].cells = w->cells + 2;
    w->rows[1].ncells = 2;
    mt_block *b = w->blocks;
    b[0] = with_spans(blk(MT_BLOCK_PARAGRAPH, 0,
                          "evil good <a>\nnext & \"q\" 'x' \x01\xef\xbf\xbe ok"), w->spans, 3);
    b[1] = item(2, 0, 0, "starts deep");
    b[2] = item(1, 1, 5, "five");
    b[3] = item(1, 0, 0, "bullet");
    b[4] = blk(MT_BLOCK_QUOTE, 2, "deep quote");
    b[5] = blk(MT_BLOCK_QUOTE, 1, "shallow");
    b[6] = blk(MT_BLOCK_CAPTION, 0, "Table 1");
    b[7] = blk(MT_BLOCK_TABLE, 0, "k\tv\na\tb");
    b[7].rows = w->rows;
    b[7].nrows = 2;
    b[8] = blk(MT_BLOCK_CAPTION, 0, "lone");
    b[9] = blk(MT_BLOCK_HEADING, 9, "h9");
    w->r = result_of(b, 10);
    w->r.meta.language = "he-IL";
    w->r.meta.title = "T <&>";
}

#endif
