/* xml.c -- an element-based XML document, close in spirit to the XML that
 * trafilatura users know (doc/main/head/p/list/item/table/row/cell/hi/ref/lb)
 * but with our own choices:
 *
 *   <doc title=".." author="A; B" date=".." ... encoding="UTF-8" fingerprint="..">
 *   (and not_a_page="application/zip" for bytes that are not a page)
 *   <sources><source field="title">json-ld</source>...</sources>  (explain)
 *   <main>
 *   <head rend="h2">..</head>
 *   <p>.. <ref target="..">..</ref> <hi rend="#i">..</hi> ..<lb/>..</p>
 *   <list rend="ul"><item>..<list rend="ol"><item n="1">..</item></list></item></list>
 *   (an ordered item's n is its number as the page writes it: "3", "c", "iii")
 *   <quote><p>..</p></quote>
 *   <code lang="python">..</code>
 *   <table><row><cell role="head" cols="2">..</cell></row></table>
 *   (a list in a cell is a <list> in the <cell>, as TEI allows)
 *   <graphic src=".." alt=".."/>  <caption>..</caption>  <hr/>
 *   </main>
 *   <comments>..same blocks..</comments>
 *   </doc>
 *
 * Inline rend values: #i emphasis, #b strong, #t code, #sub, #sup, #s strike.
 * Metadata lists (authors, categories, tags) are joined with "; ". Blocks are
 * flat in reading order except lists and quotes, which nest. The document is
 * well-formed whatever the input: text and attributes are escaped and
 * characters XML forbids become U+FFFD. */
#include "render/render.h"

/* ======================================================================
 * Inline
 * ====================================================================== */

static const mt_markup_dialect xml_dialect = {
    { "<ref target=\"", "<hi rend=\"#i\">", "<hi rend=\"#b\">", "<hi rend=\"#t\">",
      "<hi rend=\"#sub\">", "<hi rend=\"#sup\">", "<hi rend=\"#s\">" },
    { "</ref>", "</hi>", "</hi>", "</hi>", "</hi>", "</hi>", "</hi>" },
    "<lb/>",
};

static void put_inline(mt_rbuf *b, const char *text, size_t len, const mt_span *spans,
                       size_t nspans)
{
    mt_render_markup_inline(b, &xml_dialect, text, len, spans, nspans);
}

/* <name attrs>inline text</name> and a line end; `attrs` is written as is. */
static void put_element(mt_rbuf *b, const char *name, const char *attrs, const mt_block *blk)
{
    mt_rbuf_putc(b, '<');
    mt_rbuf_puts(b, name);
    mt_rbuf_puts(b, attrs);
    mt_rbuf_putc(b, '>');
    put_inline(b, blk->text, blk->text_len, blk->spans, blk->nspans);
    mt_rbuf_put(b, "</", 2);
    mt_rbuf_puts(b, name);
    mt_rbuf_put(b, ">\n", 2);
}

/* ======================================================================
 * Blocks
 * ====================================================================== */

static void open_list(mt_rbuf *b, const mt_block *item, int nested)
{
    if (nested)
        mt_rbuf_putc(b, '\n');
    mt_rbuf_puts(b, item->ordered ? "<list rend=\"ol\">\n" : "<list rend=\"ul\">\n");
}

static void close_list(mt_rbuf *b, int ordered)
{
    (void)ordered;
    mt_rbuf_put(b, "</list>\n", 8);
}

static void close_item(mt_rbuf *b)
{
    mt_rbuf_put(b, "</item>\n", 8);
}

static const mt_list_ops xml_lists = { open_list, close_list, close_item, "<quote>\n", "</quote>\n" };

/* Heading levels are 1 to 6, and each open section's is deeper than the
 * one around it. */
#define MAX_SECTIONS 6

typedef struct xml_state {
    mt_rbuf *b;
    const mt_xml_vocabulary *v;
    mt_block_nest nest;
    int sections;                   /* <div>s open for headings */
    int section_level[MAX_SECTIONS];
} xml_state;

static void put_list_item(xml_state *s, const mt_block *blk)
{
    mt_list_enter_item(&s->nest.lists, &xml_lists, s->b, blk);
    mt_rbuf_put(s->b, "<item", 5);
    if (blk->ordered) {
        char label[MT_RENDER_LABEL_SIZE];
        size_t len = mt_render_list_label(label, blk->number, blk->numbering);
        mt_render_put_attr(s->b, "n", label, len);
    }
    mt_rbuf_putc(s->b, '>');
    put_inline(s->b, blk->text, blk->text_len, blk->spans, blk->nspans);
}

static void put_code(mt_rbuf *b, const mt_xml_vocabulary *v, const mt_block *blk)
{
    size_t a, z;
    mt_render_trim(blk->text, blk->text_len, 1, &a, &z);
    if (v->code_in_block)
        mt_rbuf_put(b, "<ab>", 4);
    mt_rbuf_put(b, "<code", 5);
    if (blk->language && blk->language[0])
        mt_render_put_attr(b, "lang", blk->language, strlen(blk->language));
    mt_rbuf_putc(b, '>');
    mt_render_put_markup(b, blk->text + a, z - a, 0);
    mt_rbuf_put(b, "</code>", 7);
    if (v->code_in_block)
        mt_rbuf_put(b, "</ab>", 5);
    mt_rbuf_putc(b, '\n');
}

/* A list inside a table cell: TEI allows a <list> in a <cell>. */
static void open_cell_list(mt_rbuf *b, const mt_cell_item *first)
{
    mt_rbuf_puts(b, first->ordered ? "<list rend=\"ol\">" : "<list rend=\"ul\">");
}

static void close_cell_list(mt_rbuf *b, int ordered)
{
    (void)ordered;
    mt_rbuf_put(b, "</item></list>", 14);
}

static void open_cell_item(mt_rbuf *b, const mt_cell_item *item, int in_turn)
{
    (void)in_turn;      /* every ordered item says its number */
    mt_rbuf_put(b, "<item", 5);
    if (item && item->ordered) {
        char label[MT_RENDER_LABEL_SIZE];
        size_t len = mt_render_list_label(label, item->number, item->numbering);
        mt_render_put_attr(b, "n", label, len);
    }
    mt_rbuf_putc(b, '>');
}

static const mt_cell_list_ops xml_cell_lists = { open_cell_list, close_cell_list,
                                                 open_cell_item, "</item>" };

static void put_cell(mt_rbuf *b, const mt_xml_vocabulary *v, const mt_cell *cell)
{
    mt_rbuf_put(b, "<cell", 5);
    if (cell->header)
        mt_rbuf_puts(b, v->header_cell);
    if (cell->colspan > 1) {
        mt_rbuf_put(b, " cols=\"", 7);
        mt_rbuf_put_uint(b, cell->colspan > 1000 ? 1000 : cell->colspan);
        mt_rbuf_putc(b, '"');
    }
    if (cell->rowspan > 1) {
        mt_rbuf_put(b, " rows=\"", 7);
        mt_rbuf_put_uint(b, cell->rowspan > 65534 ? 65534 : cell->rowspan);
        mt_rbuf_putc(b, '"');
    }
    mt_rbuf_putc(b, '>');
    mt_render_cell_markup(b, &xml_dialect, &xml_cell_lists, cell);
    mt_rbuf_put(b, "</cell>", 7);
}

/* A table known only by its text is shown as a paragraph. */
static void put_table(mt_rbuf *b, const mt_xml_vocabulary *v, const mt_block *blk)
{
    if (!blk->nrows) {
        put_element(b, "p", "", blk);
        return;
    }
    mt_rbuf_put(b, "<table>\n", 8);
    for (size_t r = 0; r < blk->nrows; r++) {
        mt_rbuf_put(b, "<row>", 5);
        for (size_t c = 0; c < blk->rows[r].ncells; c++)
            put_cell(b, v, &blk->rows[r].cells[c]);
        mt_rbuf_put(b, "</row>\n", 7);
    }
    mt_rbuf_put(b, "</table>\n", 9);
}

static void put_graphic(mt_rbuf *b, const mt_xml_vocabulary *v, const mt_block *blk)
{
    size_t a, z;
    mt_render_trim(blk->text, blk->text_len, 0, &a, &z);
    if (v->figure_alt)
        mt_rbuf_put(b, "<figure>", 8);
    mt_rbuf_put(b, "<graphic", 8);
    mt_render_put_attr(b, v->graphic_source, blk->src, strlen(blk->src));
    if (!v->figure_alt) {
        mt_render_put_attr(b, "alt", blk->text + a, z - a);
        mt_rbuf_put(b, "/>\n", 3);
        return;
    }
    mt_rbuf_put(b, "/>", 2);
    if (z > a) {
        mt_rbuf_putc(b, '<');
        mt_rbuf_puts(b, v->figure_alt);
        mt_rbuf_putc(b, '>');
        mt_render_put_markup(b, blk->text + a, z - a, 0);
        mt_rbuf_put(b, "</", 2);
        mt_rbuf_puts(b, v->figure_alt);
        mt_rbuf_putc(b, '>');
    }
    mt_rbuf_put(b, "</figure>\n", 10);
}

/* Closes the open sections whose level is `level` or deeper (0: all). */
static void close_sections(xml_state *s, int level)
{
    while (s->sections && s->section_level[s->sections - 1] >= level) {
        mt_rbuf_put(s->b, "</div>\n", 7);
        s->sections--;
    }
}

/* A heading in the text's own flow (not in a list or quote) begins a
 * section of its level, inside the sections of higher levels. Returns
 * whether it did. */
static int open_section(xml_state *s, const mt_block *heading)
{
    const mt_block_nest *n = &s->nest;
    if (n->outer_quotes || n->lists.depth || n->quote_depth)
        return 0;
    int level = mt_render_heading_level(heading);
    close_sections(s, level);
    if (s->sections == MAX_SECTIONS)    /* levels beyond 1-6: one more closes */
        close_sections(s, s->section_level[MAX_SECTIONS - 1]);
    s->section_level[s->sections++] = level;
    mt_rbuf_put(s->b, "<div>\n", 6);
    return 1;
}

static void put_block(xml_state *s, const mt_block *blk)
{
    mt_nest_before_block(&s->nest, &xml_lists, s->b, blk);
    switch (blk->type) {
    case MT_BLOCK_HEADING: {
        /* TEI allows no <head> in a <quote> or an <item>: a heading there,
         * which opens no division, is a paragraph that says it was one */
        int head = !s->v->heading_opens_section || open_section(s, blk);
        char attrs[] = " rend=\"h0\"";
        attrs[8] = (char)('0' + mt_render_heading_level(blk));
        put_element(s->b, head ? "head" : "p", attrs, blk);
        break;
    }
    case MT_BLOCK_LIST_ITEM: put_list_item(s, blk); break;
    case MT_BLOCK_QUOTE:
        put_element(s->b, "p", "", blk);
        break;
    case MT_BLOCK_CODE: put_code(s->b, s->v, blk); break;
    case MT_BLOCK_TABLE: put_table(s->b, s->v, blk); break;
    case MT_BLOCK_CAPTION: put_element(s->b, s->v->caption, s->v->caption_attrs, blk); break;
    case MT_BLOCK_IMAGE: put_graphic(s->b, s->v, blk); break;
    case MT_BLOCK_BREAK: mt_rbuf_puts(s->b, s->v->section_break); break;
    default: put_element(s->b, "p", "", blk); break;
    }
}

void mt_render_xml_blocks(mt_rbuf *b, const mt_xml_vocabulary *v, const char *open,
                          const char *close, const mt_block *blocks, size_t n)
{
    xml_state s;
    memset(&s, 0, sizeof s);
    s.b = b;
    s.v = v;
    mt_rbuf_puts(b, open);
    size_t shown = 0;
    for (size_t i = 0; i < n; i++) {
        if (mt_render_markup_shows(&blocks[i])) {
            put_block(&s, &blocks[i]);
            shown++;
        }
    }
    mt_nest_close_all(&s.nest, &xml_lists, b);
    close_sections(&s, 0);
    if (!shown)
        mt_rbuf_puts(b, v->nothing);
    mt_rbuf_puts(b, close);
}

/* Our own vocabulary: <graphic src>, <caption>, <hr/>. */
static const mt_xml_vocabulary doc_vocabulary = {
    "src", "caption", "", "<hr/>\n", " role=\"head\"", "", NULL, 0, 0,
};

/* ======================================================================
 * Document
 * ====================================================================== */

static void put_field(mt_rbuf *b, const char *name, const char *value)
{
    if (value && value[0])
        mt_render_put_attr(b, name, value, strlen(value));
}

static void put_markup_attr_text(mt_rbuf *b, const char *s, size_t len)
{
    mt_render_put_markup(b, s, len, 1);
}

static void put_list_field(mt_rbuf *b, const char *name, const char *const *items, size_t n)
{
    int any = 0;
    for (size_t i = 0; i < n; i++)
        any |= items[i] && items[i][0];
    if (!any)
        return;
    mt_rbuf_putc(b, ' ');
    mt_rbuf_puts(b, name);
    mt_rbuf_put(b, "=\"", 2);
    mt_render_put_joined(b, items, n, put_markup_attr_text);
    mt_rbuf_putc(b, '"');
}

static void put_doc_open(mt_rbuf *b, const mt_result *r)
{
    const mt_metadata *m = &r->meta;
    mt_rbuf_put(b, "<doc", 4);
    put_field(b, "title", m->title);
    put_list_field(b, "author", m->authors, m->nauthors);
    put_field(b, "date", m->date);
    put_field(b, "date_modified", m->date_modified);
    put_field(b, "sitename", m->sitename);
    put_field(b, "description", m->description);
    put_field(b, "language", m->language);
    put_field(b, "url", m->url);
    put_field(b, "image", m->image);
    put_list_field(b, "categories", m->categories, m->ncategories);
    put_list_field(b, "tags", m->tags, m->ntags);
    put_field(b, "license", m->license);
    put_field(b, "pagetype", m->pagetype);
    put_field(b, "encoding", r->encoding);
    char fingerprint[17];
    if (mt_render_fingerprint(r, fingerprint))
        put_field(b, "fingerprint", fingerprint);
    put_field(b, "not_a_page", r->not_a_page);
    mt_rbuf_put(b, ">\n", 2);
}

/* As the <doc> attributes are named (one "author" attribute). */
static const char *const field_names[MT_META_FIELD_COUNT] = {
    "title", "author", "date", "date_modified", "sitename", "description", "language",
    "url", "image", "categories", "tags", "license", "pagetype",
};

static void put_source(mt_rbuf *b, const char *field, const char *from)
{
    mt_rbuf_put(b, "<source", 7);
    mt_render_put_attr(b, "field", field, strlen(field));
    mt_rbuf_putc(b, '>');
    mt_render_put_markup(b, from, strlen(from), 0);
    mt_rbuf_put(b, "</source>\n", 10);
}

static void put_sources(mt_rbuf *b, const mt_result *r)
{
    mt_rbuf_put(b, "<sources>\n", 10);
    for (int f = 0; f < MT_META_FIELD_COUNT; f++)
        if (r->meta.source[f] && r->meta.source[f][0])
            put_source(b, field_names[f], r->meta.source[f]);
    if (r->text_source)
        put_source(b, "text", r->text_source);
    if (r->encoding_source && r->encoding_source[0])
        put_source(b, "encoding", r->encoding_source);
    mt_rbuf_put(b, "</sources>\n", 11);
}

void mt_render_xml(mt_rbuf *b, const mt_result *r, unsigned flags)
{
    mt_rbuf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    put_doc_open(b, r);
    if (flags & MT_RENDER_EXPLAIN)
        put_sources(b, r);
    mt_render_xml_blocks(b, &doc_vocabulary, "<main>\n", "</main>\n", r->blocks, r->nblocks);
    if (r->ncomments)
        mt_render_xml_blocks(b, &doc_vocabulary, "<comments>\n", "</comments>\n", r->comments,
                             r->ncomments);
    mt_rbuf_put(b, "</doc>\n", 7);
}
