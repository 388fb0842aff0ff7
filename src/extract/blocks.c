/* blocks.c -- pass 2: the page cut into typed blocks.
 *
 * A walk over the tree with enter/leave events (iterative: a stack of frames
 * as deep as the tree, which the parser caps) keeps the text of the block
 * being built, the block's type from the elements around it (heading, list
 * item, quote, code, caption), the open inline spans (links, emphasis), and,
 * inside a data table, the rows and cells. Block-level elements end a block;
 * inside a list item, heading, caption or table cell the lighter ones (<p>,
 * <div>) only start a new line, so one item stays one block.
 *
 * Whitespace is collapsed as a browser renders it (except in <pre>); a
 * double <br> ends a paragraph, as it does for a reader. */
#include <stdlib.h>
#include <string.h>
#include "extract/internal.h"
#include "text/binary.h"
#include "text/c1.h"
#include "text/fold.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/url.h"
#include "util/utf8.h"

#include "util/simd16.h"

#if defined(MT_SIMD16) && !defined(MT_BLOCKS_NO_SIMD)
#define BLOCKS_SIMD 1
#endif

/* What one block or table holds at most, so that no page makes one take
 * memory without bound: past a cap what does not fit is left out, and the
 * cut reported (make_room). */
#define MAX_BLOCK_TEXT (16u << 20)   /* bytes of one block or cell (MT_LIMIT_BLOCK_TEXT) */
#define MAX_TABLE_CELLS (1u << 20)   /* cells of a row, rows of a table (MT_LIMIT_TABLE_CELLS) */
#define MAX_SPANS 65536u             /* spans of one block */
#define MAX_OPEN_SPANS 32
#define MAX_LIST_DEPTH 32
#define MAX_FRAMES (1u << 20)        /* elements open at once */
/* no cap of its own: every block is made by a node, and nodes have theirs */
#define MAX_BLOCKS ((size_t)UINT32_MAX)
#define MAX_INLINE_IMAGES 16         /* images waiting for their paragraph's end */
#define MAX_TABLE_IMAGES 4096u       /* images waiting for their table's end */
/* Bytes of block text room is made for at once: most blocks fit, and the
 * buffer is not grown from nothing, a copy at every doubling, on every
 * page. */
#define TEXT_ROOM 4096
/* Frames room is made for at once: most pages nest no deeper. */
#define FRAME_ROOM 64

/* ================================================================ element roles */

enum role {
    R_INLINE = 0,
    R_SOFT,         /* div, p, section...: a block boundary, or a line break in soft context */
    R_HEADING,
    R_LIST,         /* ul, ol */
    R_ITEM,         /* li */
    R_QUOTE,
    R_PRE,
    R_TABLE,
    R_ROW,
    R_CELL,
    R_CAPTION,      /* figcaption, caption */
    R_BREAK,        /* hr */
    R_LINE,         /* br */
    R_IMAGE,
    R_SECTION_ROW   /* thead/tbody/tfoot */
};

/* The role of each HTML tag (R_INLINE = 0 for those not listed): a table
 * the walk reads once an element, where a switch over fifty tags was a
 * chain of unpredictable branches. */
static const uint8_t tag_roles[MT_TAG__COUNT] = {
    [MT_TAG_P] = R_SOFT, [MT_TAG_DIV] = R_SOFT, [MT_TAG_SECTION] = R_SOFT,
    [MT_TAG_ARTICLE] = R_SOFT, [MT_TAG_MAIN] = R_SOFT, [MT_TAG_HEADER] = R_SOFT,
    [MT_TAG_FOOTER] = R_SOFT, [MT_TAG_NAV] = R_SOFT, [MT_TAG_ASIDE] = R_SOFT,
    [MT_TAG_ADDRESS] = R_SOFT, [MT_TAG_CENTER] = R_SOFT, [MT_TAG_DETAILS] = R_SOFT,
    [MT_TAG_SUMMARY] = R_SOFT, [MT_TAG_DD] = R_SOFT, [MT_TAG_DT] = R_SOFT,
    [MT_TAG_DL] = R_SOFT, [MT_TAG_FORM] = R_SOFT, [MT_TAG_FIELDSET] = R_SOFT,
    [MT_TAG_LEGEND] = R_SOFT, [MT_TAG_HGROUP] = R_SOFT, [MT_TAG_BODY] = R_SOFT,
    [MT_TAG_HTML] = R_SOFT, [MT_TAG_FIGURE] = R_SOFT, [MT_TAG_SEARCH] = R_SOFT,
    [MT_TAG_LISTING] = R_SOFT, [MT_TAG_XMP] = R_SOFT, [MT_TAG_PLAINTEXT] = R_SOFT,
    [MT_TAG_DIR] = R_SOFT, [MT_TAG_MENU] = R_SOFT, [MT_TAG_FRAMESET] = R_SOFT,
    [MT_TAG_MULTICOL] = R_SOFT,
    [MT_TAG_H1] = R_HEADING, [MT_TAG_H2] = R_HEADING, [MT_TAG_H3] = R_HEADING,
    [MT_TAG_H4] = R_HEADING, [MT_TAG_H5] = R_HEADING, [MT_TAG_H6] = R_HEADING,
    [MT_TAG_UL] = R_LIST, [MT_TAG_OL] = R_LIST,
    [MT_TAG_LI] = R_ITEM,
    [MT_TAG_BLOCKQUOTE] = R_QUOTE,
    [MT_TAG_PRE] = R_PRE,
    [MT_TAG_TABLE] = R_TABLE,
    [MT_TAG_TR] = R_ROW,
    [MT_TAG_TD] = R_CELL, [MT_TAG_TH] = R_CELL,
    [MT_TAG_THEAD] = R_SECTION_ROW, [MT_TAG_TBODY] = R_SECTION_ROW,
    [MT_TAG_TFOOT] = R_SECTION_ROW,
    [MT_TAG_CAPTION] = R_CAPTION, [MT_TAG_FIGCAPTION] = R_CAPTION,
    [MT_TAG_HR] = R_BREAK,
    [MT_TAG_BR] = R_LINE,
    [MT_TAG_IMG] = R_IMAGE,
};

static enum role role_of(const mt_node *el)
{
    if (el->ns != MT_NS_HTML || el->tag >= MT_TAG__COUNT)
        return R_INLINE;
    return (enum role)tag_roles[el->tag];
}

/* A custom element ("story-paragraph", "related-links") has no display
 * of its own until the page's styles give it one: one holding this much
 * text is a box (a paragraph, a panel), a shorter one a piece of a line
 * ("relative-time", "x-icon"). */
#define CUSTOM_BOX_CHARS 40

static int is_custom_box(const extract_ctx *c, const mt_node *el)
{
    return el->tag == MT_TAG_UNKNOWN && el->ns == MT_NS_HTML && el->data &&
           memchr(el->data, '-', el->data_len) && ni(c, el)->chars >= CUSTOM_BOX_CHARS;
}

static int span_type_of(const mt_node *el, mt_span_type *type)
{
    if (el->ns != MT_NS_HTML)
        return 0;
    switch (el->tag) {
    case MT_TAG_EM: case MT_TAG_I: case MT_TAG_CITE: case MT_TAG_DFN: case MT_TAG_VAR:
        *type = MT_SPAN_EMPHASIS; return 1;
    case MT_TAG_STRONG: case MT_TAG_B:
        *type = MT_SPAN_STRONG; return 1;
    case MT_TAG_CODE: case MT_TAG_KBD: case MT_TAG_SAMP: case MT_TAG_TT:
        *type = MT_SPAN_CODE; return 1;
    case MT_TAG_SUB:
        *type = MT_SPAN_SUBSCRIPT; return 1;
    case MT_TAG_SUP:
        *type = MT_SPAN_SUPERSCRIPT; return 1;
    case MT_TAG_S: case MT_TAG_DEL: case MT_TAG_STRIKE:
        *type = MT_SPAN_STRIKE; return 1;
    default:
        return 0;
    }
}

/* What an element's edges do to the words around them (part_crossed_words),
 * by tag: EDGE_SCRIPT, a sub- or superscript, whose text belongs to the
 * word before it ("H<sub>2</sub>O", "10<sup>th</sup>"): no edge at all;
 * EDGE_PHRASE, markup of words inside running text (a link, emphasis, a
 * font, an abbreviation, inline code): a digit right after it is the
 * sentence's own ("<i>i</i>0", "Survey<a href=#n1>1</a>"), where a digit
 * after a span or a time is another line's; EDGE_CODE, code written
 * inline, kept as written as in <pre>: the elements a highlighter wraps
 * its tokens in ("foo.<span>Bar</span>") part no words, and text hidden
 * inside it leaves no space. One table, read once an element. */
enum { EDGE_SCRIPT = 1, EDGE_PHRASE = 2, EDGE_CODE = 4 };

static const uint8_t edge_tags[MT_TAG__COUNT] = {
    [MT_TAG_SUB] = EDGE_SCRIPT, [MT_TAG_SUP] = EDGE_SCRIPT,
    [MT_TAG_A] = EDGE_PHRASE, [MT_TAG_I] = EDGE_PHRASE, [MT_TAG_B] = EDGE_PHRASE,
    [MT_TAG_EM] = EDGE_PHRASE, [MT_TAG_STRONG] = EDGE_PHRASE, [MT_TAG_U] = EDGE_PHRASE,
    [MT_TAG_S] = EDGE_PHRASE, [MT_TAG_STRIKE] = EDGE_PHRASE, [MT_TAG_DEL] = EDGE_PHRASE,
    [MT_TAG_INS] = EDGE_PHRASE, [MT_TAG_FONT] = EDGE_PHRASE, [MT_TAG_SMALL] = EDGE_PHRASE,
    [MT_TAG_BIG] = EDGE_PHRASE, [MT_TAG_MARK] = EDGE_PHRASE, [MT_TAG_ABBR] = EDGE_PHRASE,
    [MT_TAG_Q] = EDGE_PHRASE, [MT_TAG_CITE] = EDGE_PHRASE, [MT_TAG_DFN] = EDGE_PHRASE,
    [MT_TAG_VAR] = EDGE_PHRASE, [MT_TAG_BDI] = EDGE_PHRASE, [MT_TAG_BDO] = EDGE_PHRASE,
    [MT_TAG_CODE] = EDGE_PHRASE | EDGE_CODE, [MT_TAG_KBD] = EDGE_PHRASE | EDGE_CODE,
    [MT_TAG_SAMP] = EDGE_PHRASE | EDGE_CODE, [MT_TAG_TT] = EDGE_PHRASE | EDGE_CODE,
};

static unsigned edge_bits(const mt_node *el)
{
    unsigned tag = el->tag < MT_TAG__COUNT ? el->tag : MT_TAG_UNKNOWN;
    return edge_tags[tag] & (0u - (el->ns == MT_NS_HTML));
}

/* ================================================================ builder state */

typedef struct open_span {
    mt_span_type type;
    uint32_t start;
    const char *href;
    size_t href_len;
} open_span;

typedef struct list_frame {
    int ordered;
    int next_number;
    int step;               /* 1, or -1 in a reversed list */
    int item_written;       /* the open item's LIST_ITEM block is out */
    uint32_t id;            /* mt_block.list of its items */
    char numbering;         /* mt_block.numbering the list gives its items */
} list_frame;

/* The block context an element sets up, saved in its frame to restore. */
typedef struct block_context {
    mt_block_type type;
    int level;
    int ordered, number;
    uint32_t list;              /* mt_block.list of an item */
    char numbering;
    const char *language;
    const mt_node *owner;       /* innermost block-level element */
    int soft;                   /* inside an item, heading, caption or cell */
    int item_level;             /* level of the innermost list item around, 0: none */
} block_context;

/* A cell's list item's marker as number_item gave it when the item
 * began: kept for the line its later text may get (cell_item_rest), after
 * a nested item took its place. */
typedef struct cell_marker {
    int number;
    char numbering;
    char ordered;
    uint32_t start;             /* where the item's line began in the cell's text */
} cell_marker;

typedef struct frame {
    const mt_node *el;
    int region;                 /* a root of the main region */
    enum role role;
    block_context saved;
    int opened_span;            /* index+1 of the span it opened, 0 if none */
    int custom_box;             /* a custom element holding a box's text (is_custom_box) */
    int in_link;
    int in_code;                /* <code>, <kbd>, <samp> or <tt> (EDGE_CODE) */
    int pre_box;                /* a block box inside <pre>, read as inline (owe_pre_line) */
    int crossed;                /* CROSSED_* bits its edges set (edge_bits) */
    int cell_item;              /* index+1 of the cell's list item it began, 0: none */
    cell_marker cell_marker;    /* ... and that item's marker */
} frame;

typedef struct table_builder {
    mt_vec rows;                /* mt_row */
    mt_vec foot;                /* mt_row of <tfoot>: a browser draws them last */
    mt_vec cells;               /* mt_cell of the current row */
    mt_vec items;               /* mt_cell_item of the current cell */
    int list_base;              /* list_depth outside the table */
    mt_vec caption;             /* bytes */
    int caption_cut;            /* cut at MAX_BLOCK_TEXT: later captions are left out */
    const mt_span *caption_spans;   /* of the first caption's text */
    size_t ncaption_spans;
    int in_head;                /* inside <thead> */
    int in_foot;                /* inside <tfoot> */
    int in_cell;
    int in_caption;
    const mt_node *el;
    mt_vec images;              /* const mt_node *: the images of its cells and
                                 * caption, given their blocks after it */
} table_builder;

/* A pending space (builder.space): white space of the text, or a soft one
 * where a hidden element's spaced text was left out (hidden_text_spaced),
 * which closing punctuation after it drops. */
enum { SPACE_PENDING = 1, SPACE_SOFT = 2 };

/* builder.crossed: an element began or ended since the last text (not a
 * sub- or superscript), and that element marks up words of running text
 * (EDGE_PHRASE). */
enum { CROSSED_EDGE = 1, CROSSED_PHRASE = 2 };

typedef struct builder {
    extract_ctx *c;
    block_list *out;
    const mt_allocator *alloc;
    unsigned include;
    /* text of the block (or cell) being built */
    mt_vec text;
    int text_cut;               /* cut at MAX_BLOCK_TEXT: the rest of the block's
                                 * text is left out (append_fitting) */
    /* CROSSED_* bits: an element began or ended since the last text (see
     * part_crossed_words) */
    int crossed;
    int space;                  /* SPACE_* bits: a collapsed space is pending */
    uint32_t link_chars;
    uint32_t chars, punct;      /* of the text nodes that made the block (pass 1's counts) */
    uint32_t controls;          /* control characters in the block's text (text_end) */
    const mt_node *text_owner;  /* owner when the first text arrived */
    block_context cx;
    int quote_depth, pre_depth, list_depth;
    int list_quotes;            /* quote_depth where the outermost open list began */
    uint32_t lists_begun;       /* the lists met so far: the next one's id */
    list_frame lists[MAX_LIST_DEPTH];
    open_span open[MAX_OPEN_SPANS];
    int nopen;
    int link_depth;
    int code_depth;             /* inside inline code (EDGE_CODE) */
    mt_vec spans;               /* mt_span of the block being built */
    table_builder table;
    int table_depth;            /* data table nesting (only the outer one builds) */
    /* a table read as one code block (mt_is_code_listing), the pre_depth
     * it set, and the rows met so far */
    const mt_node *listing;
    int listing_pre;
    int listing_rows;
    /* inside <pre>, a block box (a <div> line of a highlighter, a table)
     * began or ended: the code's next text begins a line, as a browser
     * draws it (owe_pre_line) */
    int pre_line_owed;
    mt_vec frames;
    int region_depth;           /* inside the main region */
    size_t blocks_before_end;   /* blocks when the walk left the region's last
                                 * root, plus one; 0 before */
    int skipped_teasers;        /* a teaser list was passed over since the last block */
    /* images met inside running text, given their blocks when it ends */
    const mt_node *inline_images[MAX_INLINE_IMAGES];
    int ninline_images;
    int failed;
} builder;

/* ================================================================ caps */

/* Makes room in v for as many as it can of `more` elements of `elem`
 * bytes, `max` in all at most (mt_vec_reserve), and says how many: all of
 * them, or those up to the cap where it stands in the way. A cap bounds
 * the memory one block or table takes; reaching it is no failure: the
 * page is still read, the caller keeps what fits and leaves the rest
 * out, and the cut is reported (`limit`, an MT_LIMIT_* bit, goes to
 * mt_result.limits). 0 when none fits any more, or when memory runs
 * out: then b->failed is set, and the build fails. */
static size_t make_room(builder *b, mt_vec *v, size_t elem, size_t more, size_t max,
                        unsigned limit)
{
    if (more <= v->cap - v->len)
        return more;
    if (more > max - v->len) {
        b->c->limits |= limit;
        more = max - v->len;
    }
    if (mt_vec_reserve(v, b->alloc, elem, more, max) != 0) {
        b->failed = 1;
        return 0;
    }
    return more;
}

/* Appends p[0..n) to a text buffer (a block's, a table's caption), up to
 * MAX_BLOCK_TEXT: past it, the whole characters that fit, so that the
 * text stays valid UTF-8, and nothing after them -- *cut is set, and
 * later text is left out rather than joined to the cut word. */
static void append_fitting(builder *b, mt_vec *v, int *cut, const char *p, size_t n)
{
    if (*cut || n == 0)
        return;
    size_t room = make_room(b, v, 1, n, MAX_BLOCK_TEXT, MT_LIMIT_BLOCK_TEXT);
    size_t fit = room < n ? mt_utf8_whole_prefix(p, room) : n;
    *cut = fit < n;
    if (fit) {
        memcpy((char *)v->data + v->len, p, fit);
        v->len += fit;
    }
}

/* ================================================================ text */

static inline void put_bytes(builder *b, const char *p, size_t n)
{
    if (b->text.cap - b->text.len < n || b->text_cut) {
        append_fitting(b, &b->text, &b->text_cut, p, n);
        return;
    }
    memcpy((char *)b->text.data + b->text.len, p, n);
    b->text.len += n;
}

static inline char last_char(const builder *b)
{
    return b->text.len ? ((const char *)b->text.data)[b->text.len - 1] : '\n';
}

/* Whether text that begins with c closes what stands before it, without
 * a space: a stop, a comma, a closing bracket. */
static inline int closes_up(unsigned char c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
           c == ']' || c == '}';
}

/* Emits the pending space, if any, before new text that begins with
 * `next`: a soft one (SPACE_SOFT alone) not before closing punctuation. */
static inline void flush_space(builder *b, unsigned char next)
{
    if (b->space) {
        int soft = b->space == SPACE_SOFT;
        b->space = 0;
        if (last_char(b) != '\n' && last_char(b) != ' ' && !(soft && closes_up(next)))
            put_bytes(b, " ", 1);
    }
}

/* The code point that begins s[0..len) (len > 0). */
static uint32_t first_code_point(const char *s, size_t len)
{
    size_t n;
    return (unsigned char)s[0] < 0x80 ? (unsigned char)s[0] : mt_utf8_decode(s, s + len, &n);
}

/* The code point that ends the block's text (U+000A for none: a line's
 * start ends no word). */
static uint32_t last_code_point(const builder *b)
{
    const char *t = b->text.data;
    size_t i = b->text.len;
    if (!i)
        return '\n';
    if ((unsigned char)t[i - 1] < 0x80)
        return (unsigned char)t[i - 1];
    size_t start = i - 1;
    while (start > 0 && i - start < 4 && ((unsigned char)t[start] & 0xC0) == 0x80)
        start--;
    size_t n;
    return mt_utf8_decode(t + start, t + i, &n);
}

/* Whether c ends a word or a sentence where a capital letter after it,
 * written without a space, begins another: a small letter, a digit, a
 * stop or a closing bracket. A capital does not ("W" + "ASHINGTON" is a
 * drop cap's word), nor a comma (a list written "D,t,T"). */
static inline int ends_word(uint32_t c)
{
    return mt_text_is_small(c) || (c >= '0' && c <= '9') || c == '.' || c == ':' || c == '!' ||
           c == '?' || c == ')' || c == ']';
}

/* Text that begins with `next` right after an element's edge, with no
 * white space in between: a capital after the end of a word ("31g" +
 * "Protein", "time." + "While"), or a digit after a small letter
 * ("Updated" + "21:22", "Vorbereitung" + "10 Min."), is where the page's
 * styles break the line (spans shown as blocks: a kicker and its headline,
 * a recipe's facts, a byline and its date), so the words are parted. A
 * word's own pieces ("un<b>believable</b>", "H<sub>2</sub>O") are not, nor
 * a digit at the edge of phrase markup (edge_bits). */
static inline void part_crossed_words(builder *b, const char *s, size_t len)
{
    if (b->crossed) {
        if (!b->space && !b->code_depth) {
            uint32_t next = first_code_point(s, len), last = last_code_point(b);
            b->space = (mt_text_is_capital(next) && ends_word(last)) ||
                       (next >= '0' && next <= '9' && mt_text_is_small(last) &&
                        !(b->crossed & CROSSED_PHRASE));
        }
        b->crossed = 0;
    }
}

/* (without a branch, as the counts below: which text begins a block
 * follows no pattern a predictor learns) */
static void note_owner(builder *b)
{
    b->text_owner = b->text.len ? b->text_owner : b->cx.owner;
}

/* What a byte sequence at s[i] is to the text builder: 0 ordinary text,
 * 1 collapsible space (ASCII whitespace, NO-BREAK SPACE), 2 an invisible
 * character to drop (SOFT HYPHEN, ZERO WIDTH SPACE, WORD JOINER, BOM:
 * "re&shy;ac&shy;tion" is "reaction" to a reader), 3 a control character
 * that stands for punctuation (text/c1.h), written as that. Sets *n
 * to its length. */
static int special_at(const unsigned char *s, size_t i, size_t len, size_t *n)
{
    unsigned char c = s[i];
    *n = 1;
    if (mt_ascii_is_space(c))
        return 1;
    if (c == 0xC2 && i + 1 < len) {
        *n = 2;
        if (s[i + 1] == 0xA0)
            return 1;
        if (s[i + 1] == 0xAD)
            return 2;
        if (mt_c1_punctuation(s[i + 1]))
            return 3;
    } else if (c == 0xE2 && i + 2 < len) {
        *n = 3;
        if ((s[i + 1] == 0x80 && s[i + 2] == 0x8B) || (s[i + 1] == 0x81 && s[i + 2] == 0xA0))
            return 2;
    } else if (c == 0xEF && i + 2 < len) {
        *n = 3;
        if (s[i + 1] == 0xBB && s[i + 2] == 0xBF)
            return 2;
    }
    *n = 1;
    return 0;
}

#ifdef MT_SWAR_LE
/* The marks of the first seven bytes of a word (little-endian). */
#define FIRST_SEVEN_HIGHS 0x0080808080808080ull

/* The bytes of a word a plain run cannot take: those below 0x20 (exact
 * for the first, which is all we need), those from 0x80 up, and the spaces
 * not followed by a printable byte in the word -- a space in its last byte
 * among them, whose follower the word does not hold. */
static inline uint64_t run_stops(uint64_t w)
{
    uint64_t space = mt_swar_zero_bytes(w ^ (MT_SWAR_ONES * ' '));
    uint64_t other = mt_swar_bytes_below(w, 0x20) | (w & MT_SWAR_HIGHS);
    return other | (space & ~((~(other | space) & MT_SWAR_HIGHS) >> 8));
}
#endif

#ifdef BLOCKS_SIMD
/* run_stops for sixteen bytes, as a bit mask (bit k for s[k]), with the
 * bytes from 0x80 up taken but for the lead bytes of the characters
 * special_at looks at (0xC2, 0xE2, 0xEF): the letters of other scripts
 * (é, ж, 中) are text as they stand, and a run of them is not stopped at
 * every one. */
static inline unsigned run_stops_of(__m128i v)
{
    __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x20)), v);
    __m128i lead = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))),
                                _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)));
    unsigned not_text = (unsigned)_mm_movemask_epi8(_mm_or_si128(low, lead));
    unsigned space = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
    return (not_text & ~space) | (space & ((not_text >> 1) | 0x8000u));
}

static inline unsigned run_stops16(const unsigned char *s)
{
    return run_stops_of(_mm_loadu_si128((const __m128i *)(const void *)s));
}

/* plain_run for a text of sixteen bytes or more: fifteen a step, the last
 * bytes in one load that ends with the text (as the words below). */
static size_t plain_run16(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (len - i >= 16) {
        unsigned stop = run_stops16(s + i) & 0x7FFFu;
        if (stop)
            return i + (size_t)__builtin_ctz(stop);
        i += 15;
    }
    /* i < len: a step of 15 from 16 bytes or more leaves one */
    unsigned stop = run_stops16(s + len - 16) & (0xFFFFu << (16 - (len - i)));
    return stop ? len - 16 + (size_t)__builtin_ctz(stop) : len;
}

/* The ASCII white space among the sixteen bytes at s, as a bit mask. */
static inline unsigned spaces16(const unsigned char *s)
{
    return mt_simd16_spaces(_mm_loadu_si128((const __m128i *)(const void *)s));
}
#endif

/* Length of a run at s that is collapsed text as it stands: text bytes,
 * with single spaces between them (a space followed by a byte that may
 * not begin text ends it). The run may end early, at a byte that needs a
 * closer look (text_end gives it one): with SSE2 only the lead bytes of
 * special_at's characters among those from 0x80 up (plain_run16); on
 * little-endian machines all of them, seven bytes a step, the eighth byte
 * of each word read to see what follows a space in the seventh (judged
 * there, every eighth space ended the run, and the caller called again),
 * and the last bytes in one word that ends with the text. */
static size_t plain_run(const unsigned char *s, size_t len)
{
    size_t i = 0;
#ifdef BLOCKS_SIMD
    if (len >= 16)
        return plain_run16(s, len);
#endif
#ifdef MT_SWAR_LE
    if (len >= 8) {
        while (len - i >= 8) {
            uint64_t stop = run_stops(mt_load64(s + i)) & FIRST_SEVEN_HIGHS;
            if (stop)
                return i + mt_swar_first(stop);
            i += 7;
        }
        /* i < len: a step of 7 from 8 bytes or more leaves one */
        /* the text's last eight bytes, those taken already left out: a
         * space in the last one ends the text, as it ends the word */
        uint64_t untaken = MT_SWAR_HIGHS << (8 * (8 - (len - i)));
        uint64_t stop = run_stops(mt_load64(s + len - 8)) & untaken;
        return stop ? len - 8 + mt_swar_first(stop) : len;
    }
#endif
    while (i < len) {
        if (s[i] > 0x20 && s[i] < 0x80)
            i++;
        else if (s[i] == ' ' && i + 1 < len && s[i + 1] > 0x20 && s[i + 1] < 0x80)
            i += 2;
        else
            break;
    }
    return i;
}

/* Where the ASCII white space from s[i] on ends. */
static size_t skip_spaces(const unsigned char *s, size_t i, size_t len)
{
#ifdef BLOCKS_SIMD
    if (len - i >= 16) {
        for (; len - i >= 16; i += 16) {
            unsigned other = ~spaces16(s + i) & 0xFFFFu;
            if (other)
                return i + (size_t)__builtin_ctz(other);
        }
        /* the last bytes in one load that ends with the text */
        unsigned other = ~spaces16(s + len - 16) & (0xFFFFu << (16 - (len - i)));
        return other ? len - 16 + (size_t)__builtin_ctz(other) : len;
    }
#endif
    return i + mt_ascii_skip_space((const char *)s + i, len - i);
}

/* Whether s[i] begins a character that is text (not white space, not
 * dropped): printable ASCII, or a non-ASCII character special_at passes. */
static inline int starts_text(const unsigned char *s, size_t i, size_t len)
{
    size_t n;
    if (s[i] <= 0x20)
        return 0;
    int kind = s[i] < 0x80 ? 0 : special_at(s, i, len, &n);
    return kind == 0 || kind == 3;
}

/* Where the text that begins at s[i] (a byte that is no white space and
 * begins no dropped character) stands as it is up to: the first white
 * space but a single space between two characters of text, or the first
 * character to drop. Control characters other than white space are text;
 * those no text holds for a reason (mt_text_unwritten_control) are counted in
 * *controls. */
static size_t text_end(const unsigned char *s, size_t i, size_t len, uint32_t *controls)
{
    size_t run = i, n;
    for (;;) {
        run += plain_run(s + run, len - run);
        if (run >= len)
            return len;
        unsigned char c = s[run];
        if (c == ' ') {
            if (run + 1 < len && starts_text(s, run + 1, len)) {
                run++;
                continue;
            }
            return run;
        }
        if (mt_ascii_is_space(c) ||
            ((c == 0xC2 || c == 0xE2 || c == 0xEF) && special_at(s, run, len, &n)))
            return run;
        *controls += mt_text_unwritten_control(c);
        run++;      /* a control character, or a letter plain_run left */
    }
}

#ifdef BLOCKS_SIMD
/* Appends a text of 1 to 15 bytes that is one run plain_run takes whole
 * (text, single spaces between, no control and no lead byte run_stops16
 * stops at) and opens with text -- a link's words, a name, a number, most
 * short texts -- in one load and one store, where the loop below took a
 * dozen branches that mispredicted on texts this short. False, nothing
 * done, for any other text, or when room for the store cannot be made
 * (put_bytes tells the cap from a failure), or the block's text is cut. */
static bool append_short_run(builder *b, const char *s, size_t len)
{
    __m128i v = mt_simd16_load_short(s, len);
    unsigned opens_with_space = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) & 1;
    /* (the zeros after the text stop a run: a space at its end too) */
    if (((run_stops_of(v) & ((1u << len) - 1)) | opens_with_space) || b->text_cut ||
        (b->text.cap - b->text.len < 17 &&
         mt_vec_reserve(&b->text, b->alloc, 1, 17, MAX_BLOCK_TEXT) != 0))
        return false;
    note_owner(b);
    part_crossed_words(b, s, len);
    flush_space(b, (unsigned char)s[0]);
    _mm_storeu_si128((__m128i *)(void *)((char *)b->text.data + b->text.len), v);
    b->text.len += len;
    return true;
}
#endif

/* Appends a run of text as it stands (text_end's, or the character
 * written for one special_at replaces), after the pending space. */
static inline void append_run(builder *b, const char *s, size_t len)
{
    note_owner(b);
    part_crossed_words(b, s, len);
    flush_space(b, (unsigned char)s[0]);
    put_bytes(b, s, len);
}

/* Appends text with whitespace collapsed (ASCII whitespace and NO-BREAK
 * SPACE become one space) and invisible characters dropped. Text is copied
 * in runs that are already collapsed: a single space between two
 * characters of text stays as it is, so running text is copied a sentence
 * at a time, not a word at a time; the white space between runs (a line
 * break and the source's indentation) is one pending space. */
static void append_collapsed(builder *b, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, n;
#ifdef BLOCKS_SIMD
    if (len - 1 < 15 && append_short_run(b, s, len))
        return;
#endif
    while (i < len) {
        unsigned char c = u[i];
        if (mt_ascii_is_space(c)) {
            b->space = 1;
            i = skip_spaces(u, i + 1, len);
            continue;
        }
        int kind = c == 0xC2 || c == 0xE2 || c == 0xEF ? special_at(u, i, len, &n) : 0;
        if (kind == 3) {
            append_run(b, mt_c1_punctuation(u[i + 1]), 3);
            i += n;
            continue;
        }
        if (kind) {
            b->space |= kind == 1;
            i += n;
            continue;
        }
        size_t end = text_end(u, i, len, &b->controls);
        append_run(b, s + i, end - i);
        i = end;
    }
}

/* A block box inside <pre> begins or ends: what follows it in the code
 * begins a line. The line is owed, not written, so that the code's own
 * newline (between the boxes of a highlighter's lines) pays it, and so
 * that a box at the start or the end of the code adds no empty line. */
static void owe_pre_line(builder *b)
{
    b->pre_line_owed = 1;
}

/* Code's text with each no-break space a space: a page indents code with
 * &nbsp; so that its lines keep their spaces wherever they are shown, and
 * a copy of the code must run (Python will not read U+00A0 as
 * indentation), as a browser's copy of it does. */
static void put_code_bytes(builder *b, const char *s, size_t len)
{
    size_t run = 0;
    for (const char *p = memchr(s, 0xC2, len); p; p = memchr(p + 1, 0xC2, len - (size_t)(p + 1 - s))) {
        size_t i = (size_t)(p - s);
        if (i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
            put_bytes(b, s + run, i - run);
            put_bytes(b, " ", 1);
            run = i + 2;
        }
        if (i + 2 >= len)
            break;
    }
    put_bytes(b, s + run, len - run);
}

static void append_preformatted(builder *b, const char *s, size_t len)
{
    if (b->pre_line_owed && len) {
        b->pre_line_owed = 0;
        if (s[0] != '\n' && b->text.len && last_char(b) != '\n')
            put_bytes(b, "\n", 1);
    }
    uint32_t controls = 0;
    for (size_t i = 0; i < len; i++)
        controls += mt_text_unwritten_control((unsigned char)s[i]);
    b->controls += controls;
    b->crossed = 0;
    note_owner(b);
    flush_space(b, len ? (unsigned char)s[0] : 0);
    put_code_bytes(b, s, len);
}

/* A line break inside the block (<br>, or a <p> inside a list item). */
static void append_newline(builder *b)
{
    b->space = 0;
    if (b->text.len && last_char(b) != '\n') {
        /* no space before the line break */
        while (b->text.len && last_char(b) == ' ')
            b->text.len--;
        put_bytes(b, "\n", 1);
    }
}

/* ================================================================ spans */

static void record_span(builder *b, const open_span *o, uint32_t end)
{
    const char *t = b->text.data;
    uint32_t start = o->start;
    while (start < end && (t[start] == ' ' || t[start] == '\n'))
        start++;
    while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\n'))
        end--;
    if (end <= start)
        return;
    if (mt_vec_reserve(&b->spans, b->alloc, sizeof(mt_span), 1, MAX_SPANS) != 0)
        return;     /* past the cap spans are dropped, the text stays */
    mt_span *s = (mt_span *)b->spans.data + b->spans.len++;
    s->type = o->type;
    s->start = start;
    s->end = end;
    s->href = o->href;
    s->href_len = o->href_len;
}

/* Of spans over the same text, which encloses which: the link outermost
 * and code innermost (Markdown can write [`f()`](url) but no link inside
 * a code span), whichever way the page nested its tags. */
static int nesting_rank(mt_span_type t)
{
    switch (t) {
    case MT_SPAN_LINK: return 0;
    case MT_SPAN_STRONG: return 1;
    case MT_SPAN_EMPHASIS: return 2;
    case MT_SPAN_STRIKE: return 3;
    case MT_SPAN_SUBSCRIPT: return 4;
    case MT_SPAN_SUPERSCRIPT: return 5;
    case MT_SPAN_CODE: return 6;
    }
    return 7;
}

static int compare_spans(const void *x, const void *y)
{
    const mt_span *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end > b->end ? -1 : 1;    /* the enclosing span first */
    int ra = nesting_rank(a->type), rb = nesting_rank(b->type);
    return ra < rb ? -1 : ra > rb;
}

/* Makes sorted spans nest, as mt_span promises: a span that starts inside
 * another and ends past it is cut at the other's end (spans closed and
 * reopened across block boundaries, and whitespace trimmed at their edges,
 * can leave such overlaps on misnested markup). Returns how many are left. */
static size_t nest_spans(mt_span *s, size_t n)
{
    uint32_t ends[MAX_OPEN_SPANS + 1];
    int depth = 0;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        mt_span sp = s[i];
        while (depth > 0 && ends[depth - 1] <= sp.start)
            depth--;
        if (depth > 0 && sp.end > ends[depth - 1])
            sp.end = ends[depth - 1];
        if (sp.end <= sp.start)
            continue;
        s[kept++] = sp;
        if (depth < MAX_OPEN_SPANS + 1)
            ends[depth++] = sp.end;
    }
    return kept;
}

/* Copies the finished block's spans into the arena, closing (and, for the
 * next block, reopening at 0) the spans still open. */
static const mt_span *take_spans(builder *b, uint32_t text_len, size_t *n)
{
    for (int i = 0; i < b->nopen; i++) {
        record_span(b, &b->open[i], text_len);
        b->open[i].start = 0;
    }
    *n = b->spans.len;
    if (!b->spans.len)
        return NULL;
    mt_span *copy = mt_arena_alloc(b->c->arena, b->spans.len * sizeof *copy);
    if (!copy) {
        b->failed = 1;
        *n = 0;
        return NULL;
    }
    memcpy(copy, b->spans.data, b->spans.len * sizeof *copy);
    qsort(copy, b->spans.len, sizeof *copy, compare_spans);
    *n = nest_spans(copy, b->spans.len);
    b->spans.len = 0;
    return *n ? copy : NULL;
}

/* ================================================================ blocks */

/* The level of the innermost list item around whose text has begun,
 * which a block made now belongs to: a block that comes first in a nested
 * item (code opening it) belongs to the item around that one; 0 outside
 * lists or before any item's text. */
static int item_level_now(const builder *b)
{
    int d = b->cx.item_level;
    if (d > b->list_depth)
        d = b->list_depth;
    if (d > MAX_LIST_DEPTH)
        d = MAX_LIST_DEPTH;
    for (; d >= 1; d--)
        if (b->lists[d - 1].item_written)
            return d;
    return 0;
}

/* The quotes a block of `type` stands in that its own markup does not
 * carry: those around its outermost list, or outside lists those around
 * it (a QUOTE block's own are its level). */
static int quote_level_now(const builder *b, mt_block_type type)
{
    if (b->list_depth)
        return b->list_quotes;
    return type == MT_BLOCK_QUOTE ? 0 : b->quote_depth;
}

/* The URL of a link or an image, resolved against the page's base; as
 * the page writes it when that address is too long to be copied into
 * every URL (LINK_BASE_MAX, extract.c), which the result's limits tell
 * when it would have changed the URL. */
static char *resolve_url(builder *b, const char *ref, size_t len)
{
    if (b->c->link_base_dropped && !mt_url_is_absolute(ref, len))
        b->c->limits |= MT_LIMIT_BASE_URL;
    return mt_url_resolve(b->c->arena, b->c->link_base, ref, len);
}

static xblock *new_block(builder *b, mt_block_type type)
{
    block_list *l = b->out;
    if (l->count == l->cap) {
        /* on the heap, not in the arena: a list grown in the arena would
         * leave every smaller copy behind it until the page is done */
        mt_vec v = { l->items, l->count, l->cap };
        if (mt_vec_reserve(&v, b->alloc, sizeof *l->items, 1, MAX_BLOCKS) != 0) {
            b->failed = 1;
            return NULL;
        }
        l->items = v.data;
        l->cap = v.cap;
    }
    /* copied from a blank one: gcc makes a memset of a block's size a
     * rep stos, slow to start for fifteen words */
    static const xblock blank;
    xblock *x = &l->items[l->count++];
    *x = blank;
    x->pub.type = type;
    x->pub.item_level = item_level_now(b);
    x->pub.quote_level = quote_level_now(b, type);
    if (b->skipped_teasers)
        x->flags = XB_AFTER_TEASERS;
    b->skipped_teasers = 0;
    return x;
}

/* Trims the text buffer and copies it to the arena (NUL-terminated); in
 * *cut (may be NULL) how many bytes were trimmed from its start. */
static char *take_text_cut(builder *b, size_t *len, size_t *cut)
{
    char *t = b->text.data;
    size_t n = b->text.len, start = 0;
    if (!b->pre_depth) {
        while (n && (t[n - 1] == ' ' || t[n - 1] == '\n'))
            n--;
        while (start < n && (t[start] == ' ' || t[start] == '\n'))
            start++;
    } else {
        while (n && t[n - 1] == '\n')
            n--;
    }
    /* spans are relative to the untrimmed start */
    if (start) {
        mt_span *s = b->spans.data;
        for (size_t i = 0; i < b->spans.len; i++) {
            s[i].start = s[i].start > start ? s[i].start - (uint32_t)start : 0;
            s[i].end = s[i].end > start ? s[i].end - (uint32_t)start : 0;
        }
        for (int i = 0; i < b->nopen; i++)
            b->open[i].start = b->open[i].start > start ? b->open[i].start - (uint32_t)start : 0;
    }
    *len = n - start;
    if (cut)
        *cut = start;
    /* an empty cell before any text: the buffer is not allocated yet, and
     * NULL + 0 is undefined */
    char *copy = mt_arena_strndup(b->c->arena, t ? t + start : "", n - start);
    if (!copy)
        b->failed = 1;
    return copy;
}

static char *take_text(builder *b, size_t *len)
{
    return take_text_cut(b, len, NULL);
}

static void reset_text(builder *b)
{
    b->text.len = 0;
    b->text_cut = 0;
    b->space = 0;
    b->link_chars = 0;
    b->chars = b->punct = 0;
    b->controls = 0;
    b->spans.len = 0;
    for (int i = 0; i < b->nopen; i++)
        b->open[i].start = 0;
}

/* Measures a block made from attribute text or joined cells; blocks made
 * from text nodes take pass 1's counts instead. */
static void fill_stats(xblock *x)
{
    text_stats st;
    mt_text_stats(x->pub.text, x->pub.text_len, &st);
    x->chars = st.chars;
    x->punct = st.punct;
}

static void add_inline_images(builder *b);

/* An item's first text is its LIST_ITEM block; text of the same item after
 * a block inside it (code, a table, a nested list) is more of the item
 * (XB_ITEM_MORE, a paragraph once pruned), not another item. */
static void place_in_item(builder *b, xblock *x)
{
    x->pub.item_level = 0;
    int d = x->pub.level;
    if (d < 1 || d > b->list_depth || d > MAX_LIST_DEPTH)
        return;     /* an <li> outside any list */
    list_frame *lf = &b->lists[d - 1];
    if (lf->item_written) {
        x->flags |= XB_ITEM_MORE;
        x->pub.item_level = d;
    }
    lf->item_written = 1;
}

/* Binary data read as text (a picture or an archive served for a page, a
 * record whose bytes run on into another's) makes no block, and no text of
 * a table's cell (text/binary.h). */
static int text_is_binary(const builder *b)
{
    return mt_text_controls_say_binary(b->controls, b->chars);
}

/* Makes the text built (text.len > 0) an xblock unless it trims to
 * nothing (flush_block) or is binary data. */
static void flush_text(builder *b)
{
    size_t len;
    char *text = text_is_binary(b) ? NULL : take_text(b, &len);
    if (!text || len == 0) {
        reset_text(b);
        add_inline_images(b);
        return;
    }
    size_t nspans;
    const mt_span *spans = take_spans(b, (uint32_t)len, &nspans);
    xblock *x = new_block(b, b->cx.type);
    if (x) {
        x->pub.level = b->cx.level;
        x->pub.ordered = b->cx.ordered;
        x->pub.number = b->cx.number;
        x->pub.list = b->cx.list;
        x->pub.numbering = b->cx.numbering;
        x->pub.language = b->cx.language;
        x->pub.text = text;
        x->pub.text_len = len;
        x->pub.spans = spans;
        x->pub.nspans = nspans;
        x->node = b->text_owner ? b->text_owner : b->cx.owner;
        x->chars = b->chars;
        x->punct = b->punct;
        x->link_chars = b->link_chars < x->chars ? b->link_chars : x->chars;
        if (x->pub.type == MT_BLOCK_LIST_ITEM)
            place_in_item(b, x);
    }
    reset_text(b);
    add_inline_images(b);
}

/* Ends the block being built: it becomes an xblock unless it is empty.
 * Most calls find no text (each of the nested boxes around a paragraph
 * ends a block as it opens and closes): that case is told inline. */
static inline void flush_block(builder *b)
{
    if (b->table_depth && b->table.in_cell)
        return;     /* cell text ends with the cell */
    if (b->text.len) {
        flush_text(b);
        return;
    }
    reset_text(b);
    if (b->ninline_images)
        add_inline_images(b);
}

/* A block boundary: a new block, or only a new line in soft context. */
static void boundary(builder *b)
{
    if (b->cx.soft || (b->table_depth && b->table.in_cell))
        append_newline(b);
    else
        flush_block(b);
}

/* ================================================================ images */

static int is_tracking_pixel(const mt_node *img)
{
    const mt_attr *w = mt_dom_attr(img, "width", 5), *h = mt_dom_attr(img, "height", 6);
    return (w && w->value_len == 1 && w->value[0] <= '2') ||
           (h && h->value_len == 1 && h->value[0] <= '2');
}

/* The image's address: src, unless it is a placeholder and a lazy-loading
 * attribute names the real one. */
static const mt_attr *image_source(const mt_node *img)
{
    const mt_attr *src = mt_dom_attr(img, "src", 3);
    if (src && src->value_len && !(src->value_len > 5 && memcmp(src->value, "data:", 5) == 0))
        return src;
    static const char *const lazy[] = { "data-src", "data-lazy-src", "data-original", "data-url" };
    for (size_t i = 0; i < sizeof lazy / sizeof lazy[0]; i++) {
        const mt_attr *a = mt_dom_attr_z(img, lazy[i]);
        if (a && a->value_len)
            return a;
    }
    return NULL;
}

static void add_image(builder *b, const mt_node *img, const mt_attr *src)
{
    xblock *x = new_block(b, MT_BLOCK_IMAGE);
    if (!x)
        return;
    const mt_attr *alt = mt_dom_attr(img, "alt", 3);
    x->pub.text = alt ? mt_arena_strndup(b->c->arena, alt->value, alt->value_len)
                      : mt_arena_strndup(b->c->arena, "", 0);
    x->pub.text_len = alt && x->pub.text ? alt->value_len : 0;
    x->pub.src = resolve_url(b, src->value, src->value_len);
    x->node = img;
    if (!x->pub.text || !x->pub.src)
        b->failed = 1;
    else
        fill_stats(x);
}

/* The blocks of the images met inside the text just ended, after it. */
static void add_inline_images(builder *b)
{
    for (int i = 0; i < b->ninline_images; i++)
        add_image(b, b->inline_images[i], image_source(b->inline_images[i]));
    b->ninline_images = 0;
}

/* An image between blocks is a block of its own, where it stands. One
 * inside running text (an icon, an emoji, a formula: "The formula <img>
 * holds.") waits for the text's end: the text stays one paragraph, as it
 * is with images left out. Past MAX_INLINE_IMAGES in one text, the rest
 * are left out. */
static void emit_image(builder *b, const mt_node *img)
{
    const mt_attr *src = image_source(img);
    if (!src || is_tracking_pixel(img))
        return;
    if (b->table_depth && (b->table.in_cell || b->table.in_caption)) {
        /* a table's cells hold text: its images (the products of a
         * comparison, a logo by a name) follow it, in their order; past
         * MAX_TABLE_IMAGES the rest are left out */
        mt_vec *v = &b->table.images;
        if (v->len < MAX_TABLE_IMAGES &&
            (v->len < v->cap || mt_vec_reserve(v, b->alloc, sizeof img, 1, MAX_TABLE_IMAGES) == 0))
            ((const mt_node **)v->data)[v->len++] = img;
        else if (v->len < MAX_TABLE_IMAGES)
            b->failed = 1;
        return;
    }
    if (b->text.len) {
        if (b->ninline_images < MAX_INLINE_IMAGES)
            b->inline_images[b->ninline_images++] = img;
        return;
    }
    flush_block(b);
    add_image(b, img, src);
}

static void emit_break(builder *b, const mt_node *hr)
{
    flush_block(b);
    xblock *x = new_block(b, MT_BLOCK_BREAK);
    if (!x)
        return;
    x->pub.text = "";
    x->node = hr;
}

/* ================================================================ code language */

/* "language-python" / "lang-js" in a class attribute: the name's letters,
 * digits and marks (mt_ascii_in_language_name), at most 32; a template's
 * unfilled "language-{{lang}}" names none, and the next class is read. */
static const char *code_language(builder *b, const mt_node *el)
{
    for (int pass = 0; pass < 2 && el; pass++) {
        const mt_attr *cls = mt_dom_attr(el, "class", 5);
        if (cls) {
            const char *v = cls->value;
            size_t n = cls->value_len;
            for (size_t i = 0; i < n; i++) {
                if (i && v[i - 1] != ' ')
                    continue;
                size_t plen = 0;
                if (n - i > 9 && memcmp(v + i, "language-", 9) == 0)
                    plen = 9;
                else if (n - i > 5 && memcmp(v + i, "lang-", 5) == 0)
                    plen = 5;
                if (!plen)
                    continue;
                size_t e = i + plen;
                while (e < n && mt_ascii_in_language_name((unsigned char)v[e]) && e - i - plen < 32)
                    e++;
                if (e > i + plen)
                    return mt_arena_strndup(b->c->arena, v + i + plen, e - i - plen);
            }
        }
        /* <pre><code class="language-x"> */
        const mt_node *child = el->first_child;
        while (child && child->type != MT_NODE_ELEMENT)
            child = child->next;
        el = child && mt_dom_is_html(child, MT_TAG_CODE) ? child : NULL;
    }
    return NULL;
}

/* ================================================================ tables */

static void table_begin(builder *b, const mt_node *el)
{
    flush_block(b);
    memset(&b->table, 0, sizeof b->table);
    b->table.el = el;
    b->table.list_base = b->list_depth;
}

static void cell_begin(builder *b)
{
    reset_text(b);
    b->table.in_cell = 1;
    b->table.items.len = 0;
}

/* The level of the cell's list items begun now. */
static int cell_item_level(const builder *b)
{
    int level = b->list_depth - b->table.list_base;
    return level < 1 ? 1 : level;
}

/* A list item begins a line of the cell: noted where the line begins, as
 * the item is entered (after its line break). An item left empty gives its
 * place to the one after it. Returns the item's index+1 (0: out of room). */
static int cell_item_begin(builder *b, const block_context *item)
{
    table_builder *t = &b->table;
    mt_cell_item *last = t->items.len ? (mt_cell_item *)t->items.data + t->items.len - 1 : NULL;
    if (!last || last->start != b->text.len) {
        /* as many items as bytes of text at most: each ends a line */
        if (!make_room(b, &t->items, sizeof(mt_cell_item), 1, MAX_BLOCK_TEXT, 0))
            return 0;
        last = (mt_cell_item *)t->items.data + t->items.len++;
    }
    last->start = (uint32_t)b->text.len;
    last->end = 0;
    last->level = cell_item_level(b);
    last->ordered = item->ordered;
    last->number = item->number;
    last->numbering = item->numbering;
    return (int)t->items.len;
}

/* The end of the cell's text so far, not before `start`: a line break
 * its last box left is the next line's. */
static size_t cell_text_end(const builder *b, size_t start)
{
    const char *text = b->text.data;
    size_t end = b->text.len;
    while (end > start && (text[end - 1] == '\n' || text[end - 1] == ' '))
        end--;
    return end;
}

/* The first byte of the cell's text in [from, to) that is no blank
 * left between lines, or `to`. */
static size_t cell_text_start(const builder *b, size_t from, size_t to)
{
    const char *text = b->text.data;
    while (from < to && (text[from] == '\n' || text[from] == ' '))
        from++;
    return from;
}

static size_t cell_item_reach(const mt_cell_item *it)
{
    return it->end > it->start ? it->end : it->start;
}

/* Puts a line of an item's own text, from `from`, as the cell's item
 * index i, with the marker the item was given as it began. */
static void insert_rest_item(builder *b, size_t i, size_t from, const cell_marker *marker)
{
    table_builder *t = &b->table;
    if (!make_room(b, &t->items, sizeof(mt_cell_item), 1, MAX_BLOCK_TEXT, 0))
        return;
    mt_cell_item *rest = (mt_cell_item *)t->items.data + i;
    memmove(rest + 1, rest, (t->items.len++ - i) * sizeof *rest);
    memset(rest, 0, sizeof *rest);
    rest->start = (uint32_t)from;
    rest->end = (uint32_t)cell_text_end(b, from);
    rest->level = cell_item_level(b);
    rest->ordered = marker->ordered;
    rest->number = marker->number;
    rest->numbering = marker->numbering;
}

/* An item left empty before its nested list, whose place that list's
 * first item took (index k - 1; every item after it is a nested one),
 * has text of its own after that list ("<li><ul>..</ul>more</li>"): its
 * first such text begins a line of its own with the item's marker, as
 * the item's -- not run on after a nested item's -- and holds the rest
 * of the item. */
static void cell_item_rest(builder *b, int k, const cell_marker *marker)
{
    table_builder *t = &b->table;
    size_t covered = cell_item_reach((mt_cell_item *)t->items.data + (k - 1)), i, from;
    for (i = (size_t)k;; i++) {
        const mt_cell_item *items = t->items.data;
        size_t next = i < t->items.len ? items[i].start : b->text.len;
        from = cell_text_start(b, covered, next);
        if (from < next)
            break;      /* text no nested item holds, before item i */
        if (i == t->items.len)
            return;
        size_t reach = cell_item_reach(&items[i]);
        covered = reach > covered ? reach : covered;
    }
    insert_rest_item(b, i, from, marker);
}

/* The list item begun as item index+1 `k` ends: its text, with its nested
 * lists', is the cell's up to here, so that text after its list (the
 * cell's own, or more of an item around) is not read as the item's. An
 * empty item whose place a nested one took (same start, a deeper level)
 * leaves that one's end alone. */
static void cell_item_end(builder *b, int k, const cell_marker *marker)
{
    table_builder *t = &b->table;
    if (k < 1)
        return;
    if ((size_t)k > t->items.len) {
        /* its place went with its nested lists, dropped as empty
         * (drop_empty_cell_item): any text since is the item's own */
        size_t from = cell_text_start(b, marker->start, b->text.len);
        if (from < b->text.len)
            insert_rest_item(b, t->items.len, from, marker);
        return;
    }
    mt_cell_item *it = (mt_cell_item *)t->items.data + (k - 1);
    if (it->level != cell_item_level(b)) {
        cell_item_rest(b, k, marker);
        return;
    }
    it->end = (uint32_t)cell_text_end(b, it->start);
}

/* Leaves out the cell's last item when the list ends with it empty: the
 * cell's text after the list would begin where its line does, and read as
 * the item's. */
static void drop_empty_cell_item(builder *b)
{
    table_builder *t = &b->table;
    if (t->items.len && ((mt_cell_item *)t->items.data)[t->items.len - 1].start >= b->text.len)
        t->items.len--;
}

/* The cell's items with their starts in its trimmed text (`cut` bytes
 * trimmed before it, `len` left), copied to the arena; items whose line is
 * past the text's end (empty ones at its end) are left out. */
static const mt_cell_item *take_cell_items(builder *b, size_t cut, size_t len, size_t *n)
{
    table_builder *t = &b->table;
    mt_cell_item *items = t->items.data;
    size_t kept = 0;
    for (size_t i = 0; i < t->items.len; i++) {
        size_t start = items[i].start > cut ? items[i].start - cut : 0;
        if (start >= len)
            break;
        size_t end = items[i].end > cut ? items[i].end - cut : 0;
        items[kept] = items[i];
        items[kept].start = (uint32_t)start;
        items[kept++].end = (uint32_t)(end > len ? len : end < start ? start : end);
    }
    *n = kept;
    if (!kept)
        return NULL;
    mt_cell_item *copy = mt_arena_alloc(b->c->arena, kept * sizeof *copy);
    if (!copy) {
        b->failed = 1;
        *n = 0;
        return NULL;
    }
    memcpy(copy, items, kept * sizeof *copy);
    return copy;
}

static uint32_t span_attr(const mt_node *el, const char *name)
{
    const mt_attr *a = mt_dom_attr_z(el, name);
    uint32_t v = 0;
    if (!a)
        return 1;
    for (uint32_t i = 0; i < a->value_len && a->value[i] >= '0' && a->value[i] <= '9'; i++)
        v = v * 10 + (uint32_t)(a->value[i] - '0');
    return v == 0 ? 1 : (v > 1000 ? 1000 : v);
}

static void cell_end(builder *b, const mt_node *el)
{
    table_builder *t = &b->table;
    t->in_cell = 0;
    if (text_is_binary(b)) {
        /* an empty cell, which keeps the row's columns */
        b->text.len = 0;
        b->spans.len = 0;
    }
    size_t cut = 0, len, nitems;
    char *text = take_text_cut(b, &len, &cut);
    size_t nspans;
    const mt_span *spans = take_spans(b, (uint32_t)len, &nspans);
    const mt_cell_item *items = text ? take_cell_items(b, cut, len, &nitems) : NULL;
    /* past MAX_TABLE_CELLS the row's further cells are left out */
    if (!text) {
        b->failed = 1;
    } else if (make_room(b, &t->cells, sizeof(mt_cell), 1, MAX_TABLE_CELLS, MT_LIMIT_TABLE_CELLS)) {
        mt_cell *c = (mt_cell *)t->cells.data + t->cells.len++;
        c->text = text;
        c->text_len = len;
        c->spans = spans;
        c->nspans = nspans;
        c->colspan = span_attr(el, "colspan");
        c->rowspan = span_attr(el, "rowspan");
        c->header = mt_dom_is_html(el, MT_TAG_TH) || t->in_head;
        c->items = items;
        c->nitems = items ? nitems : 0;
    }
    reset_text(b);
}

static void row_end(builder *b)
{
    table_builder *t = &b->table;
    if (!t->cells.len)
        return;
    mt_vec *rows = t->in_foot ? &t->foot : &t->rows;
    if (!make_room(b, rows, sizeof(mt_row), 1, MAX_TABLE_CELLS, MT_LIMIT_TABLE_CELLS)) {
        t->cells.len = 0;   /* past MAX_TABLE_CELLS rows, the row is left out */
        return;
    }
    mt_cell *cells = mt_arena_alloc(b->c->arena, t->cells.len * sizeof *cells);
    if (!cells) {
        b->failed = 1;
        return;
    }
    memcpy(cells, t->cells.data, t->cells.len * sizeof *cells);
    mt_row *r = (mt_row *)rows->data + rows->len++;
    r->cells = cells;
    r->ncells = t->cells.len;
    t->cells.len = 0;
}

/* The table's text: cells tab-separated, rows on their own lines. */
static char *table_text(builder *b, const mt_row *rows, size_t nrows, size_t *len)
{
    size_t n = 0;
    for (size_t r = 0; r < nrows; r++)
        for (size_t c = 0; c < rows[r].ncells; c++)
            n += rows[r].cells[c].text_len + 1;
    char *out = mt_arena_alloc_bytes(b->c->arena, n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = 0; c < rows[r].ncells; c++) {
            const mt_cell *cell = &rows[r].cells[c];
            for (size_t i = 0; i < cell->text_len; i++)
                out[o++] = cell->text[i] == '\n' ? ' ' : cell->text[i];
            out[o++] = c + 1 < rows[r].ncells ? '\t' : '\n';
        }
    }
    while (o && out[o - 1] == '\n')
        o--;
    out[o] = '\0';
    *len = o;
    return out;
}

/* A table's image, for finding those that stand more than once. */
typedef struct table_image {
    const mt_attr *src;
    size_t at;          /* its place among the table's images */
} table_image;

static int compare_sources(const void *x, const void *y)
{
    const mt_attr *a = ((const table_image *)x)->src, *c = ((const table_image *)y)->src;
    size_t n = a->value_len < c->value_len ? a->value_len : c->value_len;
    int d = memcmp(a->value, c->value, n);
    return d ? d : (a->value_len > c->value_len) - (a->value_len < c->value_len);
}

/* An image drawn this small or smaller, in either dimension, is an icon. */
#define ICON_MAX_PIXELS 32

/* Whether the page draws an image as an icon: a width or height (in
 * pixels, as the attribute gives it) of ICON_MAX_PIXELS or less. */
static int is_icon_sized(const mt_node *img)
{
    static const char *const sides[] = { "width", "height" };
    for (size_t i = 0; i < 2; i++) {
        const mt_attr *a = mt_dom_attr_z(img, sides[i]);
        if (!a || !a->value_len || a->value[0] < '0' || a->value[0] > '9')
            continue;
        unsigned v = 0;
        for (size_t k = 0; k < a->value_len && k < 6 && a->value[k] >= '0' && a->value[k] <= '9'; k++)
            v = v * 10 + (unsigned)(a->value[k] - '0');
        if (v <= ICON_MAX_PIXELS && a->value[a->value_len - 1] != '%')
            return 1;
    }
    return 0;
}

/* The blocks of a table's images, after it, in their order. An image
 * that stands in several cells (a tick, a flag, a rating's star) is a
 * symbol of the table's, not a picture of its own, and so is one drawn
 * as an icon (an arrow, a bullet, a game's item beside its name): left
 * out. */
static void add_table_images(builder *b, const mt_node **images, size_t n)
{
    if (!n)
        return;
    table_image *sorted = mt_arena_alloc(b->c->arena, n * sizeof *sorted);
    unsigned char *repeated = mt_arena_alloc_bytes(b->c->arena, n);
    if (!sorted || !repeated) {
        b->failed = 1;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        sorted[i].src = image_source(images[i]);
        sorted[i].at = i;
        repeated[i] = 0;
    }
    qsort(sorted, n, sizeof *sorted, compare_sources);
    for (size_t i = 1; i < n; i++)
        if (compare_sources(&sorted[i - 1], &sorted[i]) == 0)
            repeated[sorted[i - 1].at] = repeated[sorted[i].at] = 1;
    for (size_t i = 0; i < n; i++)
        if (!repeated[i] && !is_icon_sized(images[i]))
            add_image(b, images[i], image_source(images[i]));
}

static void table_end(builder *b)
{
    table_builder *t = &b->table;
    row_end(b);
    mt_vec_free(&t->cells, b->alloc, sizeof(mt_cell));
    mt_vec_free(&t->items, b->alloc, sizeof(mt_cell_item));
    /* the footer's rows that fit under MAX_TABLE_CELLS */
    size_t nfoot = make_room(b, &t->rows, sizeof(mt_row), t->foot.len, MAX_TABLE_CELLS,
                             MT_LIMIT_TABLE_CELLS);
    if (nfoot) {
        memcpy((mt_row *)t->rows.data + t->rows.len, t->foot.data, nfoot * sizeof(mt_row));
        t->rows.len += nfoot;
    }
    mt_vec_free(&t->foot, b->alloc, sizeof(mt_row));
    if (t->caption.len) {
        xblock *x = new_block(b, MT_BLOCK_CAPTION);
        if (x) {
            x->pub.text = mt_arena_strndup(b->c->arena, t->caption.data, t->caption.len);
            x->pub.text_len = t->caption.len;
            x->pub.spans = t->caption_spans;
            x->pub.nspans = t->ncaption_spans;
            x->node = t->el;
            if (x->pub.text)
                fill_stats(x);
            else
                b->failed = 1;
        }
    }
    mt_vec_free(&t->caption, b->alloc, 1);
    size_t nrows = t->rows.len;
    if (nrows) {
        mt_row *rows = mt_arena_alloc(b->c->arena, nrows * sizeof *rows);
        xblock *x = rows ? new_block(b, MT_BLOCK_TABLE) : NULL;
        if (x) {
            memcpy(rows, t->rows.data, nrows * sizeof *rows);
            x->pub.rows = rows;
            x->pub.nrows = nrows;
            x->pub.text = table_text(b, rows, nrows, &x->pub.text_len);
            x->node = t->el;
            if (!x->pub.text)
                b->failed = 1;
            x->chars = ni(b->c, t->el)->chars;
            x->punct = ni(b->c, t->el)->punct;
            x->link_chars = ni(b->c, t->el)->link_chars;
        } else {
            b->failed = 1;
        }
    }
    mt_vec_free(&t->rows, b->alloc, sizeof(mt_row));
    add_table_images(b, (const mt_node **)t->images.data, t->images.len);
    mt_vec_free(&t->images, b->alloc, sizeof(const mt_node *));
    reset_text(b);
}

/* A cell this long with this many punctuation marks holds running text. */
#define PROSE_CELL_CHARS 400
#define PROSE_CELL_PUNCT 8

/* Whether a table holds data (rows of comparable cells) rather than page
 * layout. Looks only at the table's own rows and cells, and at most at 200
 * rows, using the statistics pass 1 gathered for each cell. Asked when the
 * walk reaches a visible table; pass 1 did not look inside hidden rows
 * (their cells have no statistics: no text is counted there). */
static int is_data_table(const extract_ctx *c, const mt_node *table)
{
    const node_info *ti = ni(c, table);
    const mt_attr *role = mt_dom_attr(table, "role", 4);
    if (role && (role->value_len == 12 || role->value_len == 4))
        return 0;   /* "presentation" / "none" */
    int rows = 0, max_cols = 0, has_header = 0, big_cells = 0;
    uint32_t nested_chars = 0;      /* text of cells that hold a table */
    for (const mt_node *sec = table->first_child; sec && rows < 200; sec = sec->next) {
        if (sec->type != MT_NODE_ELEMENT)
            continue;
        if (mt_dom_is_html(sec, MT_TAG_CAPTION) || mt_dom_is_html(sec, MT_TAG_THEAD))
            has_header = 1;
        const mt_node *first_row = mt_dom_is_html(sec, MT_TAG_TR) ? sec : sec->first_child;
        for (const mt_node *tr = first_row; tr && rows < 200; tr = tr->next) {
            if (!mt_dom_is_html(tr, MT_TAG_TR))
                continue;
            rows++;
            int cols = 0;
            int hidden = (ni(c, sec)->flags & NI_INVISIBLE) || (ni(c, tr)->flags & NI_INVISIBLE);
            for (const mt_node *td = tr->first_child; td; td = td->next) {
                if (td->type != MT_NODE_ELEMENT)
                    continue;
                cols++;
                if (mt_dom_is_html(td, MT_TAG_TH))
                    has_header = 1;
                const node_info *ci = hidden ? NULL : ni(c, td);
                /* a cell of several paragraphs, or of a long one with its
                 * sentences (an article's text in a layout cell): data
                 * cells are values, names, short notes */
                if (ci && (ci->paras >= 3 || ci->chars > 800 ||
                           (ci->chars > PROSE_CELL_CHARS && ci->punct >= PROSE_CELL_PUNCT)))
                    big_cells++;
                if (ci && (ci->flags & NI_HAS_TABLE))
                    nested_chars += ci->chars;
            }
            if (cols > max_cols)
                max_cols = cols;
            if (tr == sec)
                break;  /* a row directly under <table> (no tbody) */
        }
        if (first_row == sec)
            continue;
    }
    if (rows < 2 || max_cols < 2 || big_cells)
        return 0;
    /* tables inside a table are a page's layout (a grid of boxes, of
     * tables even), unless the outer one names its columns or rows (a
     * <thead>, header cells, a caption), which layout tables do not, and
     * its own cells hold most of its text: then the inner tables are
     * values in a few of them ("Screen 6.7 inch, Storage 256 GB") */
    if ((ti->flags & NI_HAS_TABLE) && (!has_header || nested_chars * 2 > ti->chars))
        return 0;
    return 1;
}

/* ================================================================ enter / leave */

/* The largest list number kept: nine digits, what CommonMark allows. */
#define MAX_LIST_NUMBER 999999999

/* The number in an attribute such as start="3" or value="-7" (optional
 * '-', then digits, anything after them ignored), held to MAX_LIST_NUMBER
 * either side; `fallback` when there is none. */
static int small_int_attr(const mt_node *el, const char *name, int fallback)
{
    const mt_attr *a = mt_dom_attr_z(el, name);
    if (!a || !a->value_len)
        return fallback;
    int v = 0, neg = 0;
    size_t i = 0;
    if (a->value[0] == '-') {
        neg = 1;
        i = 1;
    }
    if (i >= a->value_len || a->value[i] < '0' || a->value[i] > '9')
        return fallback;
    for (; i < a->value_len && a->value[i] >= '0' && a->value[i] <= '9'; i++)
        v = v > (MAX_LIST_NUMBER - 9) / 10 ? MAX_LIST_NUMBER : v * 10 + (a->value[i] - '0');
    return neg ? -v : v;
}

/* An ordered list's or item's type attribute as mt_block.numbering:
 * 'a', 'A', 'i' or 'I' (case counts, as in HTML), else `fallback`. */
static char numbering_attr(const mt_node *el, char fallback)
{
    const mt_attr *a = mt_dom_attr_z(el, "type");
    if (!a || a->value_len != 1)
        return fallback;
    char t = a->value[0];
    if (t == '1')
        return 0;
    return t == 'a' || t == 'A' || t == 'i' || t == 'I' ? t : fallback;
}

/* The <li> children of a list: where a reversed list starts counting. */
static int list_items(const mt_node *list)
{
    int n = 0;
    for (const mt_node *c = list->first_child; c && n < MAX_LIST_NUMBER; c = c->next)
        n += mt_dom_is_html(c, MT_TAG_LI);
    return n;
}

/* Gives the item `el` its list's marks in `cx`: ordered, its number (which
 * it takes from its list), numbering, and the list's id. */
static void number_item(builder *b, const mt_node *el, block_context *cx)
{
    cx->ordered = 0;
    cx->number = 0;
    cx->list = 0;
    cx->numbering = 0;
    if (!b->list_depth || b->list_depth > MAX_LIST_DEPTH)
        return;
    list_frame *lf = &b->lists[b->list_depth - 1];
    cx->ordered = lf->ordered;
    cx->list = lf->id;
    if (!lf->ordered)
        return;
    cx->numbering = numbering_attr(el, lf->numbering);
    lf->next_number = small_int_attr(el, "value", lf->next_number);
    cx->number = lf->next_number;
    if (lf->step > 0 ? lf->next_number < MAX_LIST_NUMBER : lf->next_number > -MAX_LIST_NUMBER)
        lf->next_number += lf->step;
}

static void set_context(builder *b, mt_block_type type, int level, const mt_node *el)
{
    b->cx.type = type;
    b->cx.level = level;
    b->cx.owner = el;
}

/* Gives an element the kinds named between it and the region root
 * (exclusive; up to the body outside the region) for the pruning pass, and
 * marks it NI_IN_REGION when it is a region root or below one. Done as the
 * walk enters it, after its parent: every element a block can name is
 * entered. */
static void mark_region(const extract_ctx *c, const mt_node *el, node_info *in)
{
    const node_info *pi = el != c->body && el->parent ? ni(c, el->parent) : NULL;
    uint32_t above = pi ? pi->rkind : 0;
    if ((in->flags & NI_REGION) || (pi && (pi->flags & NI_IN_REGION)))
        in->flags |= NI_IN_REGION;
    uint32_t own = mt_strong_kinds(in->kind);
    /* a thread's replies are named comments; in the region they are its text */
    if (c->thread && (in->flags & NI_IN_REGION))
        own &= ~(uint32_t)K_COMMENT;
    /* 0 at a region root and the body: no branch, it mispredicted */
    int root = ((in->flags & NI_REGION) != 0) | (el == c->body);
    in->rkind = (above | own) & ((uint32_t)root - 1);
}

/* Begins a table read as one code block (mt_is_code_listing): its lines
 * are written as they stand, indentation kept, one row a line. Inside a
 * <pre> (a highlighter numbering lines with a table in the code), the
 * code before it is a block of its own, and the language is the <pre>'s. */
static void begin_listing(builder *b, const mt_node *table)
{
    const char *language = b->pre_depth ? b->cx.language : NULL;
    flush_block(b);
    b->pre_depth++;
    set_context(b, MT_BLOCK_CODE, 0, table);
    b->cx.language = language;
    b->listing = table;
    b->listing_pre = b->pre_depth;
    b->listing_rows = 0;
}

/* Whether a row is one of the listing's own (not of a table inside a
 * line of its code). */
static bool is_listing_row(const builder *b, const mt_node *tr)
{
    return tr && tr->parent &&
           (tr->parent == b->listing || tr->parent->parent == b->listing);
}

/* Enters a row or cell of the listing being read: a row begins a line, and
 * the first cell of a row, its number, is left out. Returns 0 to skip the
 * element. */
static int enter_listing_part(builder *b, const mt_node *el, enum role role)
{
    if (role == R_ROW && is_listing_row(b, el)) {
        if (b->listing_rows++)
            append_preformatted(b, "\n", 1);
        return 1;
    }
    return role != R_CELL || !is_listing_row(b, el->parent) || !mt_is_first_cell(el);
}

/* A table's rows and cells inside code (not a listing's): a row begins a
 * line, and a cell after another is parted from it by a space, where the
 * markup has none ("apples 3", not "apples3"). */
static void part_code_cells(builder *b, const mt_node *el, enum role role)
{
    b->pre_line_owed = 0;   /* a row begins its line; a cell stands beside the last */
    if (role == R_ROW && b->text.len && last_char(b) != '\n') {
        append_preformatted(b, "\n", 1);
    } else if (role == R_CELL && b->text.len && last_char(b) != '\n' && last_char(b) != ' ' &&
               last_char(b) != '\t' && !mt_is_first_cell(el)) {
        append_preformatted(b, " ", 1);
    }
}

static bool is_table_frame(const mt_node *n)
{
    return n && (mt_dom_is_html(n, MT_TAG_TABLE) || mt_dom_is_html(n, MT_TAG_TBODY) ||
                 mt_dom_is_html(n, MT_TAG_THEAD) || mt_dom_is_html(n, MT_TAG_TFOOT) ||
                 mt_dom_is_html(n, MT_TAG_TR));
}

/* Reads an element's place in code and listings before its role is
 * taken: code drawn one line to a box, a custom box, a listing's parts,
 * a block box inside <pre>. May change f->role; returns 0 to skip the
 * element's subtree (a gutter of line numbers, a listing's chrome). */
static int read_code_layout(builder *b, const mt_node *el, frame *f)
{
    if (!b->pre_depth && el->ns == MT_NS_HTML) {
        /* code drawn one line to a box: its lines a code block, their
         * numbers beside them left out (code_listing.c) */
        if (f->role == R_SOFT && el->tag == MT_TAG_DIV && mt_is_line_box_listing(el))
            f->role = R_PRE;
        else if (el->tag == MT_TAG_TD && !b->table_depth && mt_is_line_box_gutter(el))
            return 0;
    }
    /* a custom box breaks the line without owning what it holds: the
     * names it was given are for its scripts ("CtxtMenu_Attached"). A
     * custom element's role is R_INLINE: its rare tag is asked first. */
    f->custom_box = is_custom_box(b->c, el) && !b->pre_depth;
    if (f->custom_box)
        boundary(b);
    if (b->listing && b->pre_depth == b->listing_pre && !enter_listing_part(b, el, f->role))
        return 0;
    f->pre_box = 0;
    /* a <pre> inside code is a line of it (an editor's, one <pre> a line),
     * but a listing's and a code cell's, which their own roles read */
    bool line_pre = f->role == R_PRE && !b->listing && !(b->table_depth && b->table.in_cell);
    if (b->pre_depth && (f->role == R_SOFT || f->role == R_ROW || f->role == R_CELL ||
                         f->role == R_SECTION_ROW || line_pre)) {
        if (f->role == R_SOFT || line_pre) {
            f->pre_box = 1;
            owe_pre_line(b);
        } else {
            part_code_cells(b, el, f->role);
        }
        f->role = R_INLINE;     /* markup inside <pre> does not break the code block */
    }
    return 1;
}

/* Opens a list (R_LIST): its numbering, kept for its items. */
static void begin_list(builder *b, const mt_node *el)
{
    boundary(b);
    if (!b->list_depth)
        b->list_quotes = b->quote_depth;
    if (b->list_depth < MAX_LIST_DEPTH) {
        list_frame *lf = &b->lists[b->list_depth];
        lf->ordered = el->tag == MT_TAG_OL;
        int reversed = lf->ordered && mt_dom_attr_z(el, "reversed") != NULL;
        lf->step = reversed ? -1 : 1;
        lf->next_number = small_int_attr(el, "start", reversed ? list_items(el) : 1);
        lf->numbering = lf->ordered ? numbering_attr(el, 0) : 0;
        /* lists past the 4 billionth share the last id: no page has them */
        if (b->lists_begun < UINT32_MAX)
            b->lists_begun++;
        lf->id = b->lists_begun;
    }
    b->list_depth++;
    b->cx.owner = el;
}

/* Enters a <table> (R_TABLE): a code listing, text inside code, a data
 * table, a table inside a cell, or a layout table, whose boxes are read
 * as blocks. Returns 0 to skip it (a data table when tables are left
 * out). */
static int enter_table(builder *b, const mt_node *el, frame *f)
{
    if (!b->table_depth && !b->listing && mt_is_code_listing(el)) {
        begin_listing(b, el);
        f->role = R_PRE;
    } else if (b->pre_depth) {
        f->role = R_INLINE;     /* a table inside code: its text, as written */
        f->pre_box = 1;
        owe_pre_line(b);
    } else if (!b->table_depth && is_data_table(b->c, el)) {
        if (!(b->include & MT_INCLUDE_TABLES))
            return 0;
        table_begin(b, el);
        b->table_depth = 1;
    } else if (b->table_depth) {
        b->table_depth++;       /* a table inside a cell: its text joins the cell */
    } else {
        boundary(b);
        b->cx.owner = el;
    }
    return 1;
}

/* Begins what an element of a block-level role (not R_INLINE) opens: a
 * block, a list, a table and its parts; `cell_item` when it is a list
 * item read as a line of a data cell. Returns 0 when the element is done
 * (a break, an image) or skipped. */
static int open_role(builder *b, const mt_node *el, frame *f, int cell_item)
{
    switch (f->role) {
    case R_INLINE:
        break;
    case R_SOFT:
        boundary(b);
        b->cx.owner = el;
        if (cell_item) {
            block_context item;
            number_item(b, el, &item);
            f->cell_item = cell_item_begin(b, &item);
            f->cell_marker = (cell_marker){ item.number, item.numbering, (char)item.ordered,
                                            (uint32_t)b->text.len };
        }
        break;
    case R_HEADING:
        flush_block(b);
        set_context(b, MT_BLOCK_HEADING, el->tag - MT_TAG_H1 + 1, el);
        b->cx.soft = 1;
        break;
    case R_LIST:
        begin_list(b, el);
        break;
    case R_ITEM: {
        flush_block(b);
        int depth = b->list_depth ? b->list_depth : 1;
        set_context(b, MT_BLOCK_LIST_ITEM, depth, el);
        b->cx.soft = 1;
        b->cx.item_level = depth;
        if (b->list_depth && b->list_depth <= MAX_LIST_DEPTH)
            b->lists[b->list_depth - 1].item_written = 0;
        number_item(b, el, &b->cx);
        break;
    }
    case R_QUOTE:
        flush_block(b);
        b->quote_depth++;
        set_context(b, MT_BLOCK_QUOTE, b->quote_depth, el);
        b->cx.soft = 0;
        break;
    case R_PRE:
        if (mt_is_line_number_gutter(el))
            return 0;
        if ((b->table_depth && b->table.in_cell) || b->listing) {
            b->pre_depth++;     /* a line of a cell, or of a listing's code */
            break;
        }
        flush_block(b);
        b->pre_depth++;
        set_context(b, MT_BLOCK_CODE, 0, el);
        b->cx.language = code_language(b, el);
        break;
    case R_TABLE:
        return enter_table(b, el, f);
    case R_SECTION_ROW:
        if (b->table_depth == 1) {
            b->table.in_head = el->tag == MT_TAG_THEAD;
            b->table.in_foot = el->tag == MT_TAG_TFOOT;
        }
        break;
    case R_ROW:
        if (b->table_depth == 1)
            row_end(b);
        else if (b->table_depth)
            append_newline(b);
        else {
            boundary(b);
            b->cx.owner = el;
        }
        break;
    case R_CELL:
        if (b->table_depth == 1 && !b->table.in_cell && !b->table.in_caption)
            cell_begin(b);
        else if (b->table_depth)
            append_collapsed(b, " ", 1);
        else {
            boundary(b);
            b->cx.owner = el;
        }
        break;
    case R_CAPTION:
        if (b->table_depth == 1 && el->tag == MT_TAG_CAPTION && !b->table.in_cell) {
            reset_text(b);
            b->table.in_caption = 1;
            break;
        }
        if (b->table_depth) {
            append_newline(b);
            break;
        }
        flush_block(b);
        set_context(b, MT_BLOCK_CAPTION, 0, el);
        b->cx.soft = 1;
        break;
    case R_BREAK:
        if (b->table_depth)
            append_newline(b);
        else
            emit_break(b, el);
        return 0;
    case R_LINE:
        if (!b->pre_depth && !b->table_depth && last_char(b) == '\n' && b->text.len) {
            /* a second <br> in a row: a paragraph break */
            b->text.len--;
            flush_block(b);
        } else if (b->pre_depth) {
            append_preformatted(b, "\n", 1);
        } else {
            append_newline(b);
        }
        return 0;
    case R_IMAGE:
        if (b->include & MT_INCLUDE_IMAGES)
            emit_image(b, el);
        return 0;
    }
    return 1;
}

/* Opens the span of a link (with links kept) or of inline formatting
 * (with formatting kept) that the element begins, and counts the links
 * the walk is in. */
static void open_inline_span(builder *b, const mt_node *el, const node_info *in, frame *f)
{
    if ((in->flags & NI_IN_LINK) && mt_dom_is_html(el, MT_TAG_A)) {
        b->link_depth++;
        f->in_link = 1;
    }
    if (b->nopen >= MAX_OPEN_SPANS)
        return;
    mt_span_type type;
    int want = 0;
    const mt_attr *href = NULL;
    if (f->in_link && (b->include & MT_INCLUDE_LINKS)) {
        href = mt_dom_attr(el, "href", 4);
        type = MT_SPAN_LINK;
        want = href != NULL;
    } else if ((b->include & MT_INCLUDE_FORMATTING) && span_type_of(el, &type) &&
               !(type == MT_SPAN_CODE && b->pre_depth)) {
        want = 1;
    }
    if (!want)
        return;
    open_span *o = &b->open[b->nopen++];
    o->type = type;
    o->start = (uint32_t)b->text.len;
    o->href = NULL;
    o->href_len = 0;
    if (href) {
        o->href = resolve_url(b, href->value, href->value_len);
        o->href_len = o->href ? strlen(o->href) : 0;
    }
    /* the pending space lands before the span (a soft one, which may not
     * land, is trimmed from the span's start if it does) */
    if ((b->space & SPACE_PENDING) && last_char(b) != '\n' && last_char(b) != ' ')
        o->start++;
    f->opened_span = b->nopen;
}

/* Enters an element that is shown and kept: its frame, and what it
 * opens. Returns 0 to skip the element's subtree. */
static int enter_shown(builder *b, const mt_node *el, node_info *in, frame *f)
{
    mark_region(b->c, el, in);
    f->region = (in->flags & NI_REGION) != 0;
    f->el = el;
    f->cell_item = 0;
    f->role = role_of(el);
    if (!read_code_layout(b, el, f))
        return 0;
    int cell_item = 0;
    if (b->table_depth && b->table.in_cell &&
        (f->role == R_HEADING || f->role == R_ITEM || f->role == R_QUOTE)) {
        cell_item = f->role == R_ITEM;
        f->role = R_SOFT;       /* in a data cell a list item, a heading is a line of the cell */
    }
    f->opened_span = 0;
    f->in_link = 0;
    unsigned edge = edge_bits(el);
    f->crossed = CROSSED_EDGE * !(edge & EDGE_SCRIPT) | CROSSED_PHRASE * !!(edge & EDGE_PHRASE);
    b->crossed = f->crossed;
    f->in_code = (edge & EDGE_CODE) != 0;

    /* most elements are inline (links, spans, emphasis): asked before
     * open_role, whose switch jumps through a table the other roles
     * share. Only the others set a block context, restored when they are
     * left. */
    if (f->role != R_INLINE) {
        f->saved = b->cx;
        if (!open_role(b, el, f, cell_item))
            return 0;
    }

    /* counted only for an element the walk enters, as region_depth */
    b->code_depth += f->in_code;
    open_inline_span(b, el, in, f);
    /* counted only for an element the walk enters: leave() undoes it, and
     * an element refused above (an excluded table) never reaches leave() */
    b->region_depth += f->region;
    return 1;
}

/* How many nodes of a hidden element hidden_text_spaced reads. */
#define HIDDEN_LOOK_NODES 16

/* Whether a hidden element's text holds white space (as append_collapsed
 * reads it: a NO-BREAK SPACE too, "&nbsp;|&nbsp;"). Left out, it still
 * parts the words around it: a heading's kicker and title joined by a
 * separator for screen readers ("Climate<span class="visually-hidden">:
 * </span>Drilling on") read "Climate Drilling on", not "ClimateDrilling
 * on". Text without white space hidden inside a word ("Ex<span
 * hidden>q</span>ample") parts nothing. */
static int hidden_text_spaced(const mt_node *el)
{
    size_t seen = 0;
    for (const mt_node *n = el->first_child; n && seen++ < HIDDEN_LOOK_NODES;
         n = mt_dom_following(n, el)) {
        if (n->type != MT_NODE_TEXT)
            continue;
        const unsigned char *u = (const unsigned char *)n->data;
        size_t width;
        /* only ASCII white space and a NO-BREAK SPACE's lead byte (0xC2)
         * can begin a space: special_at is asked of those alone */
        for (size_t i = 0; i < n->data_len; i++)
            if ((u[i] <= ' ' || u[i] == 0xC2) && special_at(u, i, n->data_len, &width) == 1)
                return 1;
    }
    return 0;
}

/* The most a box named as related content may hold and still be read,
 * outside the region, as the article's own standfirst: a paragraph or
 * two, in a few elements (a list of many short items is a list of
 * teasers, and its blocks would push the headline out of the reach of
 * mt_prune_recover_lede). */
#define OWN_TEASER_MAX_CHARS 600
#define OWN_TEASER_MAX_NODES 16

/* Whether el's subtree has at most `max` nodes, el included. */
static int subtree_within(const mt_node *el, size_t max)
{
    size_t seen = 0;
    for (const mt_node *n = el; n; n = mt_dom_following(n, el))
        if (++seen > max)
            return 0;
    return 1;
}

/* Whether a box outside the region, named as related content and nothing
 * else (K_RELATED, its ancestors' names included), may be the article's
 * standfirst: news systems call the summary under the headline a "teaser"
 * ("teaser-text"). A teaser of another page leads to it, by a link; this
 * box holds none. Its blocks are built still marked as related content,
 * so nothing keeps them but mt_prune_recover_lede, which takes one only
 * when it says what the page's description says. */
static int may_be_own_teaser(const mt_node *el, const node_info *in, unsigned akind)
{
    return (akind & K_BOILERPLATE) == K_RELATED && in->chars && !in->link_chars &&
           in->chars <= OWN_TEASER_MAX_CHARS && subtree_within(el, OWN_TEASER_MAX_NODES);
}

/* Whether an element outside the region is left out with its subtree:
 * boilerplate, which cannot be kept there, or in a comment thread what is
 * not a comment's text. */
static int skipped_outside_region(builder *b, const mt_node *el, const node_info *in)
{
    /* outside the region, boilerplate cannot be kept: not cut at all (an
     * article's own header can: mt_prune_recover_lede may take its
     * standfirst) */
    unsigned akind = mt_article_header_cleared(in->akind);
    if (!b->region_depth && (akind & K_BOILERPLATE) &&
        !(in->flags & (NI_REGION | NI_ABOVE_REGION)) &&
        !((b->include & MT_INCLUDE_COMMENTS) && (in->akind & K_COMMENT))) {
        if (!may_be_own_teaser(el, in, akind)) {
            /* mt_prune_recover_lede asks whether a column of teasers stood here */
            if (akind & K_RELATED)
                b->skipped_teasers = 1;
            return 1;
        }
    }
    /* in a comment thread (outside the region): the text of the comments,
     * not who wrote them when (meta, footer), reply links and forms,
     * menus or share buttons, nor the form's messages that a script
     * shows on demand (a preview, an error: named hidden, hidden by a
     * style sheet this walk does not read), nor the site's rules for
     * commenting */
    return !b->region_depth && (in->akind & K_COMMENT) &&
           ((in->kind & (K_FOOTER | K_NOTICE | K_NAV | K_SHARE)) ||
            ((in->kind & K_META) && !mt_dom_is_html(el, MT_TAG_LI) &&
             !mt_dom_is_html(el, MT_TAG_ARTICLE) &&    /* a comment is an item, not meta */
             !mt_vocab_classed_comment_box(el)) ||
            mt_dom_is_html(el, MT_TAG_FORM) ||
            ((b->include & MT_INCLUDE_COMMENTS) &&
             (mt_vocab_classed_hidden_box(el) || mt_vocab_classed_thread_rules(el))));
}

/* Whether an element in a comment thread is a reply form's message that
 * a script shows on demand (a preview, an error: named hidden), left out
 * when comments are wanted -- inside the region too, where a thread under
 * a heading that ends the article goes to the comments (prune_threads.c). */
static int hidden_thread_message(const builder *b, const mt_node *el, const node_info *in)
{
    return (b->include & MT_INCLUDE_COMMENTS) && (in->akind & K_COMMENT) &&
           mt_vocab_classed_hidden_box(el);
}

/* Returns 0 to skip the element's subtree: hidden, or boilerplate that
 * cannot be kept. enter_shown is called from here alone, and so is made
 * part of the walk by the compiler, with no call at every element. */
static int enter(builder *b, const mt_node *el, frame *f)
{
    node_info *in = ni(b->c, el);
    if (in->flags & NI_INVISIBLE) {
        /* (code, inline or in <pre>, is kept as written: no space). A
         * space pending already (the line break before a <script>) stays
         * as it is, soft or not (flush_space): the hidden text is read
         * only when no space is */
        if (!b->space && !b->pre_depth && !b->code_depth)
            b->space = SPACE_SOFT & -hidden_text_spaced(el);
        return 0;
    }
    if (!b->c->whole_page &&
        (skipped_outside_region(b, el, in) || hidden_thread_message(b, el, in)))
        return 0;
    return enter_shown(b, el, in, f);
}

/* Leaves an element of a block-level role (leave): ends what it began. */
static void leave_block(builder *b, frame *f)
{
    const mt_node *el = f->el;
    switch (f->role) {
    case R_SECTION_ROW:     /* (a custom box is R_INLINE: enter) */
        if (b->table_depth == 1)
            b->table.in_head = b->table.in_foot = 0;
        return;
    case R_SOFT:
        if (f->cell_item)
            cell_item_end(b, f->cell_item, &f->cell_marker);
        boundary(b);
        break;
    case R_HEADING:
    case R_ITEM:
    case R_QUOTE:
        flush_block(b);
        if (f->role == R_QUOTE)
            b->quote_depth--;
        break;
    case R_LIST:
        boundary(b);
        b->list_depth--;
        if (b->table_depth && b->table.in_cell)
            drop_empty_cell_item(b);
        break;
    case R_PRE:
        b->pre_line_owed &= b->pre_depth > 1;
        if ((b->table_depth && b->table.in_cell) || (b->listing && b->listing != el)) {
            b->pre_depth--;
            return;
        }
        flush_block(b);     /* still in pre: only trailing newlines are trimmed */
        b->pre_depth--;
        if (b->listing == el)
            b->listing = NULL;
        break;
    case R_TABLE:
        if (b->table_depth == 1 && b->table.el == el) {
            table_end(b);
            b->table_depth = 0;
        } else if (b->table_depth) {
            b->table_depth--;
            return;
        } else {
            boundary(b);
        }
        break;
    case R_ROW:
        if (b->table_depth == 1)
            row_end(b);
        if (b->table_depth)
            return;
        boundary(b);
        break;
    case R_CELL:
        if (b->table_depth == 1 && b->table.in_cell)
            cell_end(b, el);
        if (b->table_depth)
            return;
        boundary(b);
        break;
    case R_CAPTION:
        if (b->table_depth == 1 && b->table.in_caption) {
            size_t len;
            char *text = take_text(b, &len);
            if (text && !b->table.caption.len)     /* a second caption's spans are left out */
                b->table.caption_spans = take_spans(b, (uint32_t)len, &b->table.ncaption_spans);
            if (text)
                append_fitting(b, &b->table.caption, &b->table.caption_cut, text, len);
            b->table.in_caption = 0;
            reset_text(b);
            return;
        }
        if (b->table_depth)
            return;
        flush_block(b);
        break;
    default:
        return;
    }
    b->cx = f->saved;
}

/* Leaves an element: closes the span it opened, and ends what a
 * block-level element began. Most elements are inline (as in enter),
 * left here without a call. */
static inline void leave(builder *b, frame *f)
{
    b->region_depth -= f->region;
    if (f->opened_span && f->opened_span == b->nopen) {
        b->nopen--;
        record_span(b, &b->open[b->nopen], (uint32_t)b->text.len);
    }
    b->crossed = f->crossed;
    b->link_depth -= f->in_link;     /* no branch: it mispredicted at every other element */
    b->code_depth -= f->in_code;
    if (f->role != R_INLINE)
        leave_block(b, f);
    else if (f->custom_box)     /* only a custom box ends a line */
        boundary(b);
    else if (f->pre_box)
        owe_pre_line(b);
}

static void visit_text(builder *b, const mt_node *t)
{
    const node_info *in = ni(b->c, t);
    if (in->flags & NI_INVISIBLE)
        return;
    if (in->chars == 0 && !b->pre_depth) {
        /* whitespace only (indentation between tags): one pending space */
        b->space = 1;
        return;
    }
    if (b->listing && is_table_frame(t->parent))
        return;     /* the white space between a listing's rows and cells */
    if (b->pre_depth)
        append_preformatted(b, t->data, t->data_len);
    else
        append_collapsed(b, t->data, t->data_len);
    b->link_chars += in->chars & -(uint32_t)(b->link_depth != 0);
    b->chars += in->chars;
    b->punct += in->punct;
}

/* ================================================================ walk */

/* Notes when the walk is done with the region's last root. */
static void note_left(builder *b, const mt_node *n)
{
    if (n == b->c->region_end)
        b->blocks_before_end = b->out->count + 1;
}

/* Whether the blocks so far are all that pruning and the result can use:
 * after the region, only a block's successor is ever looked at (is a label
 * followed by a dropped block?), so the walk may stop once a block outside
 * the region follows it -- unless comments are wanted, which come later,
 * or a tool wants to see every block (ctx->all_blocks). Every later block
 * would be outside the region too: its element, or the element its text
 * began in, is entered after the region's last root or is one of that
 * root's ancestors. */
static int done_after_region(const builder *b)
{
    if (!b->blocks_before_end || b->out->count < b->blocks_before_end ||
        (b->include & MT_INCLUDE_COMMENTS) || b->c->all_blocks)
        return 0;
    const mt_node *last = b->out->items[b->out->count - 1].node;
    return !last || !(ni(b->c, last)->flags & NI_IN_REGION);
}

static frame *push_frame(builder *b)
{
    if (b->frames.len == b->frames.cap &&
        mt_vec_reserve(&b->frames, b->alloc, sizeof(frame), 1, MAX_FRAMES) != 0) {
        b->failed = 1;
        return NULL;
    }
    return (frame *)b->frames.data + b->frames.len++;
}

void mt_blocks_free(const extract_ctx *c, block_list *list)
{
    mt_vec v = { list->items, list->count, list->cap };
    mt_vec_free(&v, c->opts->parse.allocator, sizeof *list->items);
    *list = (block_list){ NULL, 0, 0 };
}

mt_status mt_blocks_build(extract_ctx *c, const mt_node *root, block_list *out)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.c = c;
    b.out = out;
    b.alloc = c->opts->parse.allocator;
    b.include = c->opts->include;
    b.cx.type = MT_BLOCK_PARAGRAPH;
    b.cx.owner = root;
    if (mt_vec_reserve(&b.text, b.alloc, 1, TEXT_ROOM, MAX_BLOCK_TEXT) != 0 ||
        mt_vec_reserve(&b.frames, b.alloc, sizeof(frame), FRAME_ROOM, MAX_FRAMES) != 0) {
        mt_vec_free(&b.text, b.alloc, 1);
        return MT_ERR_NOMEM;
    }

    const mt_node *n = root;
    int stopped = 0;
    while (n && !b.failed) {
        if (done_after_region(&b)) {
            stopped = 1;
            break;
        }
        int descend = 0;
        if (n->type == MT_NODE_ELEMENT) {
            frame *f = push_frame(&b);
            if (!f)
                break;
            descend = enter(&b, n, f);
            if (!descend)
                b.frames.len--;
        } else if (n->type == MT_NODE_TEXT) {
            visit_text(&b, n);
        }
        if (descend && n->first_child) {
            n = n->first_child;
            continue;
        }
        /* leave n (if entered), then climb until a next sibling, leaving
         * the elements we climb out of: one place leaves them all, so
         * the compiler makes leave_block part of the walk */
        int entered = descend;
        for (;;) {
            if (entered)
                leave(&b, (frame *)b.frames.data + --b.frames.len);
            note_left(&b, n);
            if (n == root || n->next)
                break;
            n = n->parent;
            entered = n->type == MT_NODE_ELEMENT && b.frames.len;
        }
        n = n == root ? NULL : n->next;
    }
    if (!b.failed && !stopped) {
        if (b.table_depth)
            table_end(&b);
        flush_block(&b);
    }
    mt_vec_free(&b.text, b.alloc, 1);
    mt_vec_free(&b.spans, b.alloc, sizeof(mt_span));
    mt_vec_free(&b.frames, b.alloc, sizeof(frame));
    mt_vec_free(&b.table.rows, b.alloc, sizeof(mt_row));
    mt_vec_free(&b.table.foot, b.alloc, sizeof(mt_row));
    mt_vec_free(&b.table.cells, b.alloc, sizeof(mt_cell));
    mt_vec_free(&b.table.items, b.alloc, sizeof(mt_cell_item));
    mt_vec_free(&b.table.caption, b.alloc, 1);
    mt_vec_free(&b.table.images, b.alloc, sizeof(const mt_node *));
    return b.failed ? MT_ERR_NOMEM : MT_OK;
}
