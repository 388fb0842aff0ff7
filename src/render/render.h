/* render.h -- what the renderers (text, markdown, html, json, xml, tei, csv)
 * share: the output buffer, escaping-safe UTF-8 walking, block trimming,
 * list-level normalisation and the inline span walker.
 *
 * Every renderer reads a finished mt_result and appends to one growable
 * buffer. The buffer's error is sticky: after a failed allocation every
 * append is a no-op and mt_render() reports MT_ERR_NOMEM once at the end,
 * so the renderers need no error checks between appends. */
#ifndef MT_RENDER_RENDER_H
#define MT_RENDER_RENDER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "maintext.h"
#include "util/buf.h"

/* ---------------------------------------------------------------- buffer */

/* A byte vector (util/buf.h) with a sticky error and a NUL kept after the
 * bytes, so a finished rendering is handed out without copying. */

/* Output never grows past this: 1 GiB is far more than any page's content
 * can need (inputs are capped at 64 MiB by default and escaping grows text at
 * most sixfold), so hitting it means a runaway, reported as MT_ERR_NOMEM. */
#define MT_RENDER_MAX_OUTPUT ((size_t)1 << 30)

typedef struct mt_rbuf {
    mt_vec bytes;        /* the output so far; room for a NUL is kept */
    const mt_allocator *alloc;
    size_t max;          /* most bytes the buffer may hold */
    int failed;          /* an allocation failed or `max` was reached */
} mt_rbuf;

void mt_rbuf_init(mt_rbuf *b, const mt_allocator *alloc, size_t max);
void mt_rbuf_free(mt_rbuf *b);
/* Makes room for `extra` more bytes plus a NUL; 0 (and `failed` set) when
 * it cannot. */
int mt_rbuf_reserve(mt_rbuf *b, size_t extra);
/* Hands the NUL-terminated contents to the caller (free with mt_free) and
 * empties the buffer; NULL when the buffer failed. */
char *mt_rbuf_take(mt_rbuf *b, size_t *len);

static inline char *mt_rbuf_data(const mt_rbuf *b)
{
    return (char *)b->bytes.data;
}

static inline void mt_rbuf_put(mt_rbuf *b, const char *s, size_t n)
{
    if (b->bytes.cap - b->bytes.len <= n && !mt_rbuf_reserve(b, n))
        return;
    if (n)
        memcpy(mt_rbuf_data(b) + b->bytes.len, s, n);
    b->bytes.len += n;
}

static inline void mt_rbuf_putc(mt_rbuf *b, char c)
{
    if (b->bytes.cap - b->bytes.len <= 1 && !mt_rbuf_reserve(b, 1))
        return;
    mt_rbuf_data(b)[b->bytes.len++] = c;
}

static inline void mt_rbuf_puts(mt_rbuf *b, const char *s)
{
    mt_rbuf_put(b, s, strlen(s));
}

void mt_rbuf_put_uint(mt_rbuf *b, unsigned long long v);
void mt_rbuf_put_int(mt_rbuf *b, long long v);
void mt_rbuf_put_repeat(mt_rbuf *b, char c, size_t n);

/* ---------------------------------------------------------------- text helpers */

/* Appends s[0..len) with every ill-formed UTF-8 byte replaced by U+FFFD, so
 * no renderer can emit invalid UTF-8 whatever reaches it. */
void mt_render_put_utf8(mt_rbuf *b, const char *s, size_t len);

/* The range of `text` left after trimming ASCII white space at both ends;
 * for code, only blank lines at the start and white space at the end go (its
 * indentation is content). */
void mt_render_trim(const char *text, size_t len, int is_code, size_t *from, size_t *to);

/* Appends text escaped for HTML and XML: & < > " as character references;
 * C0 controls other than tab and line feed, U+FFFE, U+FFFF and ill-formed
 * UTF-8 as U+FFFD (none of them is allowed in XML); CR dropped. In attribute
 * values (`attr` nonzero) tab and line feed become references too, so XML's
 * attribute normalisation keeps them. */
void mt_render_put_markup(mt_rbuf *b, const char *s, size_t len, int attr);

/* Writes ` name="value"` with the value escaped as above. */
void mt_render_put_attr(mt_rbuf *b, const char *name, const char *value, size_t len);

/* Whether a block has anything to show (after trimming). */
int mt_render_block_is_empty(const mt_block *b);

/* Normalised levels: headings 1..6; list and quote nesting from 1 and at most
 * one deeper than the item before in the same run (a page whose outer list
 * item was dropped must not produce a list without a parent). */
#define MT_RENDER_MAX_NESTING 16
int mt_render_heading_level(const mt_block *b);
int mt_render_nested_level(int level, int prev_level);

/* Whether `url` (len bytes) may be emitted as a link or image target: not
 * empty and not a script-running scheme (javascript:, vbscript:, data:
 * except data:image/). */
int mt_render_url_is_safe(const char *url, size_t len);

/* The main text's fingerprint (mt_result_fingerprint) as 16 lowercase
 * hexadecimal digits and a NUL in `out`; returns 16, or 0 (out "") when
 * the text has no word. */
size_t mt_render_fingerprint(const mt_result *r, char out[17]);

/* Length of the part of a code block's language name usable as a Markdown
 * info string or a class name: the leading run of letters, digits and
 * _ + # . - ("c++" from "c++ linenos"). */
size_t mt_render_language_len(const char *language);

/* The metadata list fields joined with "; " into `b` (nothing when empty). */
void mt_render_put_joined(mt_rbuf *b, const char *const *items, size_t n,
                          void (*put)(mt_rbuf *, const char *, size_t));

/* ---------------------------------------------------------------- metadata members */

/* JSON and CSV give the metadata as named members in one order; this is
 * the one list of those names, so the two formats cannot drift apart. */
typedef enum mt_member_kind {
    MT_MEMBER_STRING,     /* `string`; NULL when missing */
    MT_MEMBER_LIST,       /* `items` (nitems of them) */
    MT_MEMBER_JOINED      /* `items` joined with "; ", for tools that want one
                           * string: the list member before it, again */
} mt_member_kind;

typedef struct mt_meta_member {
    const char *name;
    mt_member_kind kind;
    const char *string;
    const char *const *items;
    size_t nitems;
} mt_meta_member;

#define MT_RENDER_META_MEMBERS 14

/* Fills `out` with the members of `m`, in the order JSON writes them:
 * title, authors, author, date, date_modified, sitename, description,
 * language, url, image, categories, tags, license, pagetype. */
void mt_render_meta_members(const mt_metadata *m, mt_meta_member out[MT_RENDER_META_MEMBERS]);

/* ---------------------------------------------------------------- inline spans */

/*
 * Walks text[from..to) with its spans, calling `open` and `close` around the
 * text of each span and `text` for the plain runs between. Spans are clamped
 * to their parent and to [from, to), snapped to UTF-8 character starts, and
 * nested at most MT_RENDER_MAX_SPAN_DEPTH deep (deeper spans show as plain
 * text); ill-ordered spans are skipped. `adjust` (may be NULL) may shrink
 * [*start, *end) before the span opens (Markdown moves white space out of
 * emphasis; what it cuts off is plain text). `open` gets the final range and
 * returns a tag that is handed back to `close` (0: nothing was opened, `close`
 * is not called, the span's children still open). The walk uses a fixed
 * stack: no recursion, bounded memory.
 */
#define MT_RENDER_MAX_SPAN_DEPTH 32

typedef struct mt_inline_ops {
    void (*adjust)(void *ctx, const mt_span *span, const char *text, size_t *start, size_t *end);
    int (*open)(void *ctx, const mt_span *span, const char *text, size_t start, size_t end);
    void (*close)(void *ctx, const mt_span *span, int tag);
    void (*text)(void *ctx, const char *s, size_t len);
} mt_inline_ops;

void mt_render_inline(const char *text, size_t from, size_t to, const mt_span *spans,
                      size_t nspans, const mt_inline_ops *ops, void *ctx);

/* HTML and XML spell inline markup differently but walk it the same way:
 * a dialect gives the spelling. Indexed by mt_span_type; the link's opening
 * string is completed by the escaped target and "\">". */
typedef struct mt_markup_dialect {
    const char *open[MT_SPAN_STRIKE + 1];
    const char *close[MT_SPAN_STRIKE + 1];
    const char *line_break;
} mt_markup_dialect;

/* Writes a block's or cell's text (trimmed) with its spans in a markup
 * dialect; links with unsafe targets, and links inside links, stay text. */
void mt_render_markup_inline(mt_rbuf *b, const mt_markup_dialect *d, const char *text,
                             size_t len, const mt_span *spans, size_t nspans);

/* The same for the piece text[from, to) of a text (trimmed), with the
 * spans of the whole text: a cell's list item, for instance. */
void mt_render_markup_part(mt_rbuf *b, const mt_markup_dialect *d, const char *text,
                           size_t from, size_t to, const mt_span *spans, size_t nspans);

/* How a markup format writes a list inside a table cell (HTML: ul/ol/li,
 * XML: list/item). */
typedef struct mt_cell_list_ops {
    /* the list begun by its first item */
    void (*open_list)(mt_rbuf *b, const mt_cell_item *first);
    /* closes the list's last item, then the list */
    void (*close_list)(mt_rbuf *b, int ordered);
    /* an item; in_turn: its number follows the one before it. NULL: an
     * item of no text, holding a list whose level the page skipped */
    void (*open_item)(mt_rbuf *b, const mt_cell_item *item, int in_turn);
    const char *close_item;
} mt_cell_list_ops;

/* Writes a cell's text (trimmed) with its spans in a markup dialect, its
 * list items (mt_cell.items) as lists of the cell: nested as their levels
 * say, each closed in the cell. */
void mt_render_cell_markup(mt_rbuf *b, const mt_markup_dialect *d, const mt_cell_list_ops *ops,
                           const mt_cell *cell);

/* Room for mt_render_list_label's label and its NUL. */
#define MT_RENDER_LABEL_SIZE 24

/* Writes the marker the formats whose cells are lines (Markdown, plain
 * text) put before the line of a list item in a cell: "• ", "◦ " in a
 * nested list, "3. " or "c. " in an ordered one; nothing for NULL (the
 * cell's text before its first item). */
void mt_render_put_cell_marker(mt_rbuf *b, const mt_cell_item *item);

/* One piece of a cell's text, text[from, to): the line of a list item
 * and what follows it up to the next piece (`item`, more 0), the text
 * before the first item (NULL, more 0), or text after a list has ended
 * (more 1): more of `item`, whose nested list it follows, or with NULL the
 * cell's own text. */
typedef void (*mt_cell_part_fn)(void *ctx, const mt_cell_item *item, int more, size_t from,
                                size_t to);

/* Calls `part` for each piece of a cell's text[a, z), in order: a format
 * writes an item's marker, then the piece. An item whose end is not known
 * (0) runs to the next item's start, as does one followed by blank text
 * only. */
void mt_render_cell_parts(const mt_cell *cell, size_t a, size_t z, mt_cell_part_fn part,
                          void *ctx);

/* Whether every cell of a row is a header cell (and it has cells). */
int mt_render_row_is_header(const mt_row *row);

/* ---------------------------------------------------------------- table layout */

/* Formats without cell spans (Markdown, plain text) lay a table out on a
 * grid: a cell spanning n columns is followed by n-1 empty cells, and a
 * cell spanning rows leaves its column empty in the rows below. Columns
 * beyond MT_TABLE_MAX_COLUMNS are dropped (no real table has them; the cap
 * keeps the layout in a fixed array). */
#define MT_TABLE_MAX_COLUMNS 1000
#define MT_TABLE_MAX_ROWSPAN 65534

typedef struct mt_table_layout {
    uint32_t occupied[MT_TABLE_MAX_COLUMNS];   /* rows a rowspan still covers */
    size_t hi;            /* columns past this were never covered */
} mt_table_layout;

/* The table's width in grid columns (0: no cells); resets the layout for
 * the first mt_table_row() call. */
size_t mt_table_width(mt_table_layout *t, const mt_block *table);

/* Lays out the next row on `width` columns, calling `emit` for each grid
 * cell from left to right: with the cell that starts there, or NULL for an
 * empty or covered one. The empty ones after the row's last cell are
 * emitted only when `pad` (a row may be shorter than the table). */
void mt_table_row(mt_table_layout *t, const mt_row *row, size_t width, int pad,
                  void (*emit)(void *ctx, const mt_cell *cell), void *ctx);

/* ---------------------------------------------------------------- list nesting */

/* HTML and XML nest list items (flat blocks with levels) into list elements
 * inside items, and quote blocks into quote elements. The tracker opens and
 * closes around each block; the dialect says how each step is spelt. */
typedef struct mt_list_ops {
    /* Opens a list whose first item is `item`; `nested`: inside an item. */
    void (*open_list)(mt_rbuf *b, const mt_block *item, int nested);
    void (*close_list)(mt_rbuf *b, int ordered);
    void (*close_item)(mt_rbuf *b);
    const char *open_quote, *close_quote;   /* with their line ends */
} mt_list_ops;

typedef struct mt_list_nest {
    int depth;
    char ordered[MT_RENDER_MAX_NESTING + 1];
    /* the number the list at each depth gives its next item unless the
     * item says otherwise (a reversed list, an <li value>) */
    long long next_number[MT_RENDER_MAX_NESTING + 1];
    uint32_t list[MT_RENDER_MAX_NESTING + 1];   /* mt_block.list of each */
    char numbering[MT_RENDER_MAX_NESTING + 1];  /* mt_block.numbering of its first item */
} mt_list_nest;

/* Whether `item` begins another list where a list of its kind whose items
 * have mt_block.list `open` is open: when both are known and differ. */
static inline int mt_render_other_list(const mt_block *item, uint32_t open)
{
    return item->list && open && item->list != open;
}


/* Writes the label of an ordered item numbered `number` in the style
 * `numbering` (mt_block.numbering: "c" for 3 in 'a', "III" in 'I') to
 * `out`, NUL-terminated, and returns its length. Digits for 0 and for
 * numbers no letters or Roman numerals write (below 1, Roman past
 * 3999). */
size_t mt_render_list_label(char out[MT_RENDER_LABEL_SIZE], long long number, char numbering);

/* Closes and opens what is needed so that `item` can be opened next. */
void mt_list_enter_item(mt_list_nest *n, const mt_list_ops *ops, mt_rbuf *b,
                        const mt_block *item);
/* Closes every open item and list. */
void mt_list_close_all(mt_list_nest *n, const mt_list_ops *ops, mt_rbuf *b);
/* Closes the items and lists deeper than `level` (0: all of them). */
void mt_list_leave_to(mt_list_nest *n, const mt_list_ops *ops, mt_rbuf *b, int level);

/* The list level a block other than a list item goes in, when `open` list
 * levels are open: its item's level (mt_block.item_level) while that item
 * is open, its lists staying open around it; 0 when it stands outside
 * them all. */
int mt_render_item_level(const mt_block *blk, int open);

/* Ends the output's last line, if it has one that is not ended. */
void mt_render_end_line(mt_rbuf *b);

/* The quotes that stand outside all lists when `blk` is written in the
 * list level `in_item` (mt_render_item_level): a quote block outside the
 * items stands in all of its own, anything else in those around its lists
 * (mt_block.quote_level). At most MT_RENDER_MAX_NESTING. */
int mt_render_outer_quotes(const mt_block *blk, int in_item);

/* Lists and quotes open around the blocks of a markup format: quotes
 * around the lists, the lists, and quotes inside a list item. */
typedef struct mt_block_nest {
    int outer_quotes;
    mt_list_nest lists;
    int quote_depth;        /* quotes open inside an item */
    int quote_lists;        /* the list level those stand in */
} mt_block_nest;

/* Closes and opens the lists and quotes around `blk`, the next block to
 * write: a list item is left to mt_list_enter_item(); a block inside an
 * item goes inside it, after its text; a quote block opens its quotes. */
void mt_nest_before_block(mt_block_nest *n, const mt_list_ops *ops, mt_rbuf *b,
                          const mt_block *blk);
/* Closes all that is open, at the end. */
void mt_nest_close_all(mt_block_nest *n, const mt_list_ops *ops, mt_rbuf *b);

/* Whether HTML and XML show a block: not empty, and an image only with a
 * target that is safe to emit. */
int mt_render_markup_shows(const mt_block *blk);

/* ---------------------------------------------------------------- renderers */

/* Each appends one rendering of `r` to `b`. Plain text of a block list is
 * also used by the JSON and XML renderers for their "text" fields. */
void mt_render_text_blocks(mt_rbuf *b, const mt_block *blocks, size_t n);
void mt_render_text_block(mt_rbuf *b, const mt_block *blk);
/* The metadata as YAML front matter (front_matter.c): a "---" line, a line
 * "name: value" for each member of mt_render_meta_members() that has a
 * value, and a "---" line. */
void mt_render_front_matter(mt_rbuf *b, const mt_result *r);
void mt_render_text(mt_rbuf *b, const mt_result *r, unsigned flags);
void mt_render_markdown(mt_rbuf *b, const mt_result *r, unsigned flags);
void mt_render_html(mt_rbuf *b, const mt_result *r, unsigned flags);
void mt_render_json(mt_rbuf *b, const mt_result *r, unsigned flags);
void mt_render_csv(mt_rbuf *b, const mt_result *r, unsigned flags);
void mt_render_xml(mt_rbuf *b, const mt_result *r, unsigned flags);

/* The element and attribute names in which the XML and TEI renderers
 * differ; both write the other blocks alike (xml.c). */
typedef struct mt_xml_vocabulary {
    const char *graphic_source;     /* the attribute of an image's address */
    const char *caption;            /* the element of a caption ... */
    const char *caption_attrs;      /* ... and its attributes, written as they are */
    const char *section_break;      /* a thematic break, with its line end */
    const char *header_cell;        /* the attribute of a header cell, with its space */
    const char *nothing;            /* what a list of blocks none of which shows holds */
    /* TEI's structure, NULL/0 in our XML: an image is a <figure> with its
     * alt text in `figure_alt`; a code block's <code> is in an <ab>; each
     * heading outside lists and quotes opens a <div>, which holds what
     * follows it up to the next heading of its level or higher (a <head>
     * must begin its division); one in a list or quote is a <p>. */
    const char *figure_alt;
    int code_in_block;
    int heading_opens_section;
} mt_xml_vocabulary;

/* Writes `open`, the blocks that show (mt_render_markup_shows) with lists
 * and quotes nested, and `close`. */
void mt_render_xml_blocks(mt_rbuf *b, const mt_xml_vocabulary *v, const char *open,
                          const char *close, const mt_block *blocks, size_t n);
void mt_render_tei(mt_rbuf *b, const mt_result *r, unsigned flags);

/* Names of block and span types as the JSON and XML renderers spell them. */
const char *mt_render_block_type_name(mt_block_type t);
const char *mt_render_span_type_name(mt_span_type t);

#endif
