/* markdown.c -- CommonMark with the GitHub table and strikethrough
 * extensions.
 *
 * Blocks: ATX headings, paragraphs, tight nested lists ("- " and "N. ",
 * children indented to their parent's text), block quotes ("> " per level),
 * fenced code with its language, GitHub tables, images, thematic breaks.
 * Inline: links, *emphasis*, **strong**, `code`, ~~strike~~, and <sub>/<sup>
 * as raw HTML (Markdown has no syntax for them). A line break inside a block
 * is a backslash hard break.
 *
 * Text is escaped only where a character would change meaning: always
 * \ ` * [ ~ (and ] inside link text, | inside tables), < before a tag-like
 * character, & before an entity-like one, _ unless it is inside a word, and
 * at the start of a line whatever would begin a heading, quote, list or
 * break. Emphasis that CommonMark's flanking rules would not recognise
 * (e.g. "x*"y"*") falls back to <em>/<strong>/<del>, which always work. */
#include <stdio.h>
#include "render/render.h"

/* ======================================================================
 * Inline rendering
 * ====================================================================== */

typedef struct md_inline {
    mt_rbuf *b;
    const char *prefix;   /* written after every hard line break */
    size_t prefix_len;
    size_t to;            /* end of the block's text */
    int at_line_start;    /* the next character begins a line */
    int in_table;         /* | escaped, line breaks as <br> */
    int in_heading;       /* line breaks as spaces */
    int code_depth;       /* inside a code span: text is literal */
    int link_depth;       /* inside link text: ] escaped, no nested links */
} md_inline;

enum { TAG_MARKUP = 1, TAG_HTML = 2 };

static int is_ascii_punct(unsigned char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

static int is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* The last character written, as CommonMark's flanking rules see it: a line
 * start counts as white space. */
static unsigned char last_out(const md_inline *m)
{
    if (m->at_line_start || !m->b->bytes.len || m->b->failed)
        return ' ';
    return (unsigned char)mt_rbuf_data(m->b)[m->b->bytes.len - 1];
}

static void put_code_literal(md_inline *m, const char *s, size_t len)
{
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n' || (s[i] == '|' && m->in_table)) {
            mt_render_put_utf8(m->b, s + run, i - run);
            mt_rbuf_puts(m->b, s[i] == '\n' ? " " : "\\|");
            run = i + 1;
        }
    }
    mt_render_put_utf8(m->b, s + run, len - run);
}

static void put_line_break(md_inline *m)
{
    if (m->in_table) {
        mt_rbuf_puts(m->b, "<br>");
        return;
    }
    if (m->in_heading) {
        mt_rbuf_putc(m->b, ' ');
        return;
    }
    mt_rbuf_put(m->b, "\\\n", 2);
    mt_rbuf_put(m->b, m->prefix, m->prefix_len);
    m->at_line_start = 1;
}

/* At the start of a line: escapes what would open a block construct, and
 * returns how many bytes of s it wrote (0: nothing special here). */
static size_t put_line_start(md_inline *m, const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    unsigned char next = len > 1 ? (unsigned char)s[1] : 0;
    if (c == '#' || c == '>') {
        mt_rbuf_putc(m->b, '\\');
        mt_rbuf_putc(m->b, (char)c);
        return 1;
    }
    if (c == '-' || c == '+' || c == '=') {
        /* "- x", "+ x" are list items, "---" / "===" breaks or underlines;
         * at a chunk's end the next character is unknown: escape. */
        if (len == 1 || is_blank(next) || next == c) {
            mt_rbuf_putc(m->b, '\\');
            mt_rbuf_putc(m->b, (char)c);
            return 1;
        }
        return 0;
    }
    if (c >= '0' && c <= '9') {
        size_t d = 0;
        while (d < len && d < 10 && s[d] >= '0' && s[d] <= '9')
            d++;
        if (d <= 9 && d < len && (s[d] == '.' || s[d] == ')') &&
            (d + 1 == len || is_blank((unsigned char)s[d + 1]))) {
            mt_rbuf_put(m->b, s, d);
            mt_rbuf_putc(m->b, '\\');
            mt_rbuf_putc(m->b, s[d]);
            return d + 1;
        }
    }
    return 0;
}

/* Whether character c at s[i] needs a backslash in running text. */
static int needs_escape(const md_inline *m, const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : 0;
    switch (c) {
    case '\\': case '`': case '*': case '[': case '~':
        return 1;
    case ']':
        return m->link_depth > 0;
    case '|':
        return m->in_table;
    case '<':
        return ((next | 32) >= 'a' && (next | 32) <= 'z') || next == '/' || next == '!' ||
               next == '?';
    case '&':
        return is_alnum(next) || next == '#';
    case '_': {
        /* Inside a word an underscore can neither open nor close emphasis. */
        unsigned char prev = i ? (unsigned char)s[i - 1] : last_out(m);
        int word_before = !is_blank(prev) && !is_ascii_punct(prev);
        int word_after = next && !is_blank(next) && !is_ascii_punct(next);
        return !(word_before && word_after);
    }
    case '#':
        /* A closing sequence of a heading is #s after white space. */
        return m->in_heading && i > 0 && is_blank((unsigned char)s[i - 1]);
    }
    return 0;
}

static void md_text(void *ctx, const char *s, size_t len)
{
    md_inline *m = ctx;
    if (m->code_depth) {
        put_code_literal(m, s, len);
        return;
    }
    size_t run = 0, i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (m->at_line_start) {
            if (c == ' ' || c == '\t') {   /* leading blanks would indent */
                i++;
                run = i;
                continue;
            }
            m->at_line_start = 0;
            size_t used = m->in_table || m->in_heading ? 0 : put_line_start(m, s + i, len - i);
            if (used) {
                i += used;
                run = i;
                continue;
            }
        }
        if (c == '\n' || c == '\r') {
            mt_render_put_utf8(m->b, s + run, i - run);
            if (c == '\n')
                put_line_break(m);
            i++;
            run = i;
            continue;
        }
        if (c < 0x80 && needs_escape(m, s, len, i)) {
            mt_render_put_utf8(m->b, s + run, i - run);
            mt_rbuf_putc(m->b, '\\');
            run = i;
        }
        i++;
    }
    mt_render_put_utf8(m->b, s + run, len - run);
}

/* Link and image targets: characters that would end or break the
 * destination are percent-encoded or escaped. */
static void put_destination(mt_rbuf *b, const char *url, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)url[i];
        if (c > ' ' && c != '<' && c != '>' && c != '|' && c != '(' && c != ')' &&
            c != '\\' && c != 0x7F)
            continue;
        mt_render_put_utf8(b, url + run, i - run);
        if (c == '(' || c == ')' || c == '\\') {
            mt_rbuf_putc(b, '\\');
            mt_rbuf_putc(b, (char)c);
        } else {
            char pct[3] = { '%', hex[c >> 4], hex[c & 15] };
            mt_rbuf_put(b, pct, 3);
        }
        run = i + 1;
    }
    mt_render_put_utf8(b, url + run, len - run);
}

/* Emphasis must not start or end with white space. */
static void md_adjust(void *ctx, const mt_span *sp, const char *text, size_t *st, size_t *en)
{
    (void)ctx;
    if (sp->type != MT_SPAN_EMPHASIS && sp->type != MT_SPAN_STRONG && sp->type != MT_SPAN_STRIKE)
        return;
    while (*st < *en && is_blank((unsigned char)text[*st]))
        (*st)++;
    while (*en > *st && is_blank((unsigned char)text[*en - 1]))
        (*en)--;
}

/* Whether delimiters around text[st..en) would be recognised: a run before
 * punctuation must follow white space or punctuation, and one after
 * punctuation must precede white space, punctuation or the end. */
static int delimiters_flank(const md_inline *m, const char *text, size_t st, size_t en)
{
    unsigned char first = (unsigned char)text[st], last = (unsigned char)text[en - 1];
    unsigned char before = last_out(m);
    unsigned char after = en < m->to ? (unsigned char)text[en] : ' ';
    if (is_ascii_punct(first) && !is_blank(before) && !is_ascii_punct(before))
        return 0;
    if (is_ascii_punct(last) && !is_blank(after) && !is_ascii_punct(after))
        return 0;
    return 1;
}

static const char *html_tag(mt_span_type t)
{
    switch (t) {
    case MT_SPAN_STRONG: return "strong";
    case MT_SPAN_STRIKE: return "del";
    case MT_SPAN_SUBSCRIPT: return "sub";
    case MT_SPAN_SUPERSCRIPT: return "sup";
    default: return "em";
    }
}

static const char *delimiter(mt_span_type t)
{
    return t == MT_SPAN_STRONG ? "**" : t == MT_SPAN_STRIKE ? "~~" : "*";
}

/* A code span's fence is one backtick longer than the longest run inside;
 * a space pads content that starts or ends with a backtick, or with spaces
 * on both sides (CommonMark would strip one). */
static int open_code(md_inline *m, const char *text, size_t st, size_t en)
{
    size_t longest = 0, run = 0;
    for (size_t i = st; i < en; i++) {
        run = text[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    size_t fence = longest + 1;
    if (fence > 64)
        fence = 64;
    int pad = text[st] == '`' || text[en - 1] == '`' ||
              (text[st] == ' ' && text[en - 1] == ' ');
    mt_rbuf_put_repeat(m->b, '`', fence);
    if (pad)
        mt_rbuf_putc(m->b, ' ');
    m->code_depth++;
    return (int)(fence << 2) | (pad << 1) | 1;
}

static int md_open(void *ctx, const mt_span *sp, const char *text, size_t st, size_t en)
{
    md_inline *m = ctx;
    if (m->code_depth)
        return 0;
    if (m->at_line_start) {
        /* Markup at a line start: what follows is no longer at line start,
         * but a marker there could itself start a block ("*", "<"). */
        m->at_line_start = 0;
    }
    switch (sp->type) {
    case MT_SPAN_LINK:
        if (m->link_depth || !mt_render_url_is_safe(sp->href, sp->href_len))
            return 0;
        mt_rbuf_putc(m->b, '[');
        m->link_depth++;
        return TAG_MARKUP;
    case MT_SPAN_CODE:
        return open_code(m, text, st, en);
    case MT_SPAN_SUBSCRIPT:
    case MT_SPAN_SUPERSCRIPT:
        break;
    default:
        if (delimiters_flank(m, text, st, en)) {
            mt_rbuf_puts(m->b, delimiter(sp->type));
            return TAG_MARKUP;
        }
        break;
    }
    mt_rbuf_putc(m->b, '<');
    mt_rbuf_puts(m->b, html_tag(sp->type));
    mt_rbuf_putc(m->b, '>');
    return TAG_HTML;
}

static void md_close(void *ctx, const mt_span *sp, int tag)
{
    md_inline *m = ctx;
    if (sp->type == MT_SPAN_LINK) {
        mt_rbuf_put(m->b, "](", 2);
        put_destination(m->b, sp->href, sp->href_len);
        mt_rbuf_putc(m->b, ')');
        m->link_depth--;
    } else if (sp->type == MT_SPAN_CODE) {
        if (tag & 2)
            mt_rbuf_putc(m->b, ' ');
        mt_rbuf_put_repeat(m->b, '`', (size_t)tag >> 2);
        m->code_depth--;
    } else if (tag == TAG_MARKUP) {
        mt_rbuf_puts(m->b, delimiter(sp->type));
    } else {
        mt_rbuf_put(m->b, "</", 2);
        mt_rbuf_puts(m->b, html_tag(sp->type));
        mt_rbuf_putc(m->b, '>');
    }
}

static const mt_inline_ops md_ops = { md_adjust, md_open, md_close, md_text };

static void md_inline_init(md_inline *m, mt_rbuf *b, const char *prefix, size_t prefix_len)
{
    memset(m, 0, sizeof *m);
    m->b = b;
    m->prefix = prefix;
    m->prefix_len = prefix_len;
    m->at_line_start = 1;
}

static void put_inline(md_inline *m, const char *text, size_t from, size_t to,
                       const mt_span *spans, size_t nspans)
{
    m->to = to;
    mt_render_inline(text, from, to, spans, nspans, &md_ops, m);
}

/* ======================================================================
 * Blocks
 * ====================================================================== */

typedef struct md_state {
    mt_rbuf *b;
    const mt_block *prev;             /* the last block written */
    int list_level;                   /* level of the last list item, 0: none */
    size_t indent[MT_RENDER_MAX_NESTING + 1];   /* content column per list level */
    int quote_level;
    char prefix[4 * MT_RENDER_MAX_NESTING + 16];
} md_state;

static void put_block_text(md_state *s, const mt_block *blk, const char *prefix,
                           size_t prefix_len, int heading)
{
    md_inline m;
    size_t a, z;
    md_inline_init(&m, s->b, prefix, prefix_len);
    m.in_heading = heading;
    mt_render_trim(blk->text, blk->text_len, 0, &a, &z);
    put_inline(&m, blk->text, a, z, blk->spans, blk->nspans);
}

static size_t quote_prefix(char *out, int level)
{
    size_t n = 0;
    for (int i = 0; i < level; i++) {
        out[n++] = '>';
        out[n++] = ' ';
    }
    return n;
}

static void put_heading(md_state *s, const mt_block *blk)
{
    mt_rbuf_put_repeat(s->b, '#', (size_t)mt_render_heading_level(blk));
    mt_rbuf_putc(s->b, ' ');
    put_block_text(s, blk, "", 0, 1);
}

static void put_quote(md_state *s, const mt_block *blk, int level)
{
    size_t n = quote_prefix(s->prefix, level);
    mt_rbuf_put(s->b, s->prefix, n);
    put_block_text(s, blk, s->prefix, n, 0);
}

static void put_list_item(md_state *s, const mt_block *blk, int level)
{
    char marker[16];
    size_t mlen;
    if (blk->ordered) {
        long num = blk->number < 0 ? 1 : blk->number > 999999999 ? 999999999 : blk->number;
        mlen = (size_t)snprintf(marker, sizeof marker, "%ld. ", num);
    } else {
        memcpy(marker, "- ", 3);
        mlen = 2;
    }
    size_t indent = s->indent[level - 1];
    s->indent[level] = indent + mlen;
    size_t cont = s->indent[level] < sizeof s->prefix ? s->indent[level] : sizeof s->prefix - 1;
    memset(s->prefix, ' ', cont);
    mt_rbuf_put_repeat(s->b, ' ', indent);
    mt_rbuf_put(s->b, marker, mlen);
    put_block_text(s, blk, s->prefix, cont, 0);
}

static void put_code(md_state *s, const mt_block *blk)
{
    size_t a, z, longest = 0, run = 0;
    mt_render_trim(blk->text, blk->text_len, 1, &a, &z);
    for (size_t i = a; i < z; i++) {
        run = blk->text[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    size_t fence = longest < 3 ? 3 : longest + 1;
    mt_rbuf_put_repeat(s->b, '`', fence);
    /* The info string must not hold backticks: keep the plain name. */
    mt_rbuf_put(s->b, blk->language, mt_render_language_len(blk->language));
    mt_rbuf_putc(s->b, '\n');
    mt_render_put_utf8(s->b, blk->text + a, z - a);
    mt_rbuf_putc(s->b, '\n');
    mt_rbuf_put_repeat(s->b, '`', fence);
}

static void put_image(md_state *s, const mt_block *blk)
{
    md_inline m;
    size_t a, z;
    md_inline_init(&m, s->b, "", 0);
    m.at_line_start = 0;
    m.in_heading = 1;          /* line breaks in alt text become spaces */
    m.link_depth = 1;
    mt_render_trim(blk->text, blk->text_len, 0, &a, &z);
    mt_rbuf_put(s->b, "![", 2);
    md_text(&m, blk->text + a, z - a);
    mt_rbuf_put(s->b, "](", 2);
    put_destination(s->b, blk->src, strlen(blk->src));
    mt_rbuf_putc(s->b, ')');
}

/* ---------------------------------------------------------------- tables */

/* GitHub tables have no spans: a cell spanning n columns is followed by n-1
 * empty cells, and a cell spanning rows leaves its column empty below it
 * (the layout in render.c). */
static void emit_cell(void *ctx, const mt_cell *cell)
{
    mt_rbuf *b = ctx;
    mt_rbuf_putc(b, ' ');
    if (cell) {
        md_inline m;
        size_t a, z;
        md_inline_init(&m, b, "", 0);
        m.in_table = 1;
        m.at_line_start = 0;
        mt_render_trim(cell->text, cell->text_len, 0, &a, &z);
        put_inline(&m, cell->text, a, z, cell->spans, cell->nspans);
    }
    mt_rbuf_put(b, " |", 2);
}

static void put_empty_row(mt_rbuf *b, size_t width, const char *cell)
{
    mt_rbuf_putc(b, '|');
    for (size_t c = 0; c < width; c++)
        mt_rbuf_puts(b, cell);
}

/* A table without cells (only its text) is shown as a paragraph. */
static void put_table(md_state *s, const mt_block *blk)
{
    mt_table_layout t;
    size_t width = mt_table_width(&t, blk);
    if (!width) {
        put_block_text(s, blk, "", 0, 0);
        return;
    }
    size_t r = 0;
    if (mt_render_row_is_header(&blk->rows[0])) {
        mt_rbuf_putc(s->b, '|');
        mt_table_row(&t, &blk->rows[0], width, emit_cell, s->b);
        r = 1;
    } else {
        /* GitHub tables need a header row; an empty one keeps the data. */
        put_empty_row(s->b, width, "  |");
    }
    mt_rbuf_putc(s->b, '\n');
    put_empty_row(s->b, width, " --- |");
    for (; r < blk->nrows; r++) {
        mt_rbuf_put(s->b, "\n|", 2);
        mt_table_row(&t, &blk->rows[r], width, emit_cell, s->b);
    }
}

/* ---------------------------------------------------------------- block sequence */

/* Consecutive list items form a tight list; consecutive quote blocks stay
 * in one quote, separated by a line holding only the quote markers. */
static void put_separator(md_state *s, const mt_block *blk, int quote_level)
{
    if (!s->prev)
        return;
    if (s->prev->type == MT_BLOCK_LIST_ITEM && blk->type == MT_BLOCK_LIST_ITEM) {
        mt_rbuf_putc(s->b, '\n');
        return;
    }
    if (s->prev->type == MT_BLOCK_QUOTE && blk->type == MT_BLOCK_QUOTE) {
        int shared = quote_level < s->quote_level ? quote_level : s->quote_level;
        size_t n = quote_prefix(s->prefix, shared);
        mt_rbuf_putc(s->b, '\n');
        mt_rbuf_put(s->b, s->prefix, n - 1);    /* without the trailing space */
        mt_rbuf_putc(s->b, '\n');
        return;
    }
    mt_rbuf_put(s->b, "\n\n", 2);
}

static void put_block(md_state *s, const mt_block *blk)
{
    int list_level = 0, quote_level = 0;
    if (blk->type == MT_BLOCK_LIST_ITEM)
        list_level = mt_render_nested_level(blk->level, s->list_level);
    if (blk->type == MT_BLOCK_QUOTE)
        quote_level = blk->level < 1 ? 1 : blk->level > MT_RENDER_MAX_NESTING
                                               ? MT_RENDER_MAX_NESTING : blk->level;
    put_separator(s, blk, quote_level);
    switch (blk->type) {
    case MT_BLOCK_HEADING: put_heading(s, blk); break;
    case MT_BLOCK_LIST_ITEM: put_list_item(s, blk, list_level); break;
    case MT_BLOCK_QUOTE: put_quote(s, blk, quote_level); break;
    case MT_BLOCK_CODE: put_code(s, blk); break;
    case MT_BLOCK_TABLE: put_table(s, blk); break;
    case MT_BLOCK_IMAGE: put_image(s, blk); break;
    case MT_BLOCK_BREAK: mt_rbuf_put(s->b, "---", 3); break;
    default: put_block_text(s, blk, "", 0, 0); break;
    }
    s->list_level = list_level;
    s->quote_level = quote_level;
    s->prev = blk;
}

/* Returns whether anything was written. */
static int put_blocks(mt_rbuf *b, const mt_block *blocks, size_t n)
{
    md_state s;
    memset(&s, 0, sizeof s);
    s.b = b;
    for (size_t i = 0; i < n; i++)
        if (mt_render_markup_shows(&blocks[i]))
            put_block(&s, &blocks[i]);
    if (s.prev)
        mt_rbuf_putc(b, '\n');
    return s.prev != NULL;
}

void mt_render_markdown(mt_rbuf *b, const mt_result *r, unsigned flags)
{
    (void)flags;
    int main_shown = put_blocks(b, r->blocks, r->nblocks);
    if (!r->ncomments)
        return;
    /* Comments follow a thematic break; it goes again if none shows. */
    size_t mark = b->bytes.len;
    if (main_shown)
        mt_rbuf_put(b, "\n---\n\n", 6);
    if (!put_blocks(b, r->comments, r->ncomments) && !b->failed)
        b->bytes.len = mark;
}
