/* code_listing.c -- code shown with its line numbers beside it.
 *
 * Highlighters number the lines of a code sample in a column of their own,
 * so that the numbers are not copied with the code: a table of one row,
 * the numbers in a <pre> of the first cell and the code in a <pre> of the
 * second (Pygments, Chroma), or a table of one row per line, the number in
 * the first cell, empty, as an attribute that CSS draws, and the line in
 * the second (code hosts' file and snippet views, highlight.js's line
 * numbers). Read as written, the
 * first gives a code block of numbers before the code, and the second a
 * two-column table of the code's lines, their indentation lost. The block
 * builder asks these questions to leave the numbers out and to read the
 * second kind as one code block. */
#include "extract/internal.h"

/* How much of a column of line numbers is read before giving up on it. */
#define GUTTER_MAX_NODES 4096
#define GUTTER_MAX_LINES 100000

/* How deep under a cell the code of the cell beside it may sit. */
#define CODE_LOOK_NODES 64

/* Reads a text that may be line numbers, counting up by one from
 * wherever they start, each on its own line: `count` plus the numbers it
 * holds, or -1 when it holds anything else. `next` carries the number
 * expected next across texts (0 before the first). */
static long count_line_numbers(const char *s, size_t len, long *next, long count)
{
    size_t i = 0;
    while (i < len) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            i++;
            continue;
        }
        if (ch < '0' || ch > '9')
            return -1;
        long v = 0;
        size_t start = i;
        while (i < len && s[i] >= '0' && s[i] <= '9' && i - start < 7)
            v = v * 10 + (s[i++] - '0');
        if (i < len && s[i] >= '0' && s[i] <= '9')
            return -1;      /* no listing runs to ten million lines */
        if (*next && v != *next)
            return -1;
        if (i < len && s[i] != '\n' && s[i] != '\r') {
            /* a number and what follows on its line: only blanks may */
            while (i < len && (s[i] == ' ' || s[i] == '\t'))
                i++;
            if (i < len && s[i] != '\n' && s[i] != '\r')
                return -1;
        }
        *next = v + 1;
        if (++count > GUTTER_MAX_LINES)
            return -1;
    }
    return count;
}

/* The line numbers el's text holds, one per line and counting up (see
 * count_line_numbers); 0 when its text is anything else, or is empty. */
static long line_numbers_in(const mt_node *el)
{
    long next = 0, count = 0;
    size_t seen = 0;
    for (const mt_node *n = el->first_child; n; n = mt_dom_following(n, el)) {
        if (++seen > GUTTER_MAX_NODES)
            return 0;
        if (n->type != MT_NODE_TEXT)
            continue;
        count = count_line_numbers(n->data, n->data_len, &next, count);
        if (count < 0)
            return 0;
    }
    return count;
}

/* Whether el holds code near its top: a <pre> or <code> among its first
 * CODE_LOOK_NODES nodes. */
static bool holds_code(const mt_node *el)
{
    size_t seen = 0;
    for (const mt_node *n = el->first_child; n && seen++ < CODE_LOOK_NODES;
         n = mt_dom_following(n, el)) {
        if (mt_dom_is_html(n, MT_TAG_PRE) || mt_dom_is_html(n, MT_TAG_CODE))
            return true;
    }
    return false;
}

static const mt_node *next_element(const mt_node *n)
{
    for (n = n->next; n && n->type != MT_NODE_ELEMENT; n = n->next) {
    }
    return n;
}

/* How far only_child looks either side of an element: a highlighter's
 * wrapper holds its column and little white space; markup past these
 * bounds is some other box's (and no page makes the look cost more). */
#define SIBLINGS_LOOK 8
#define SPACE_LOOK 256

/* Whether a sibling is nothing to see: a comment, or a little white space. */
static bool blank_sibling(const mt_node *n)
{
    if (n->type == MT_NODE_ELEMENT)
        return false;
    if (n->type != MT_NODE_TEXT)
        return true;
    if (n->data_len > SPACE_LOOK)
        return false;
    for (size_t i = 0; i < n->data_len; i++)
        if (!mt_ascii_is_space((unsigned char)n->data[i]))
            return false;
    return true;
}

/* Whether el is the only thing its parent holds: no other element, and
 * no text but a little white space, within SIBLINGS_LOOK nodes either side
 * and none past them. */
static bool only_child(const mt_node *el)
{
    size_t k = 0;
    const mt_node *n;
    for (n = el->prev; n && k < SIBLINGS_LOOK && blank_sibling(n); n = n->prev)
        k++;
    if (n)
        return false;
    for (k = 0, n = el->next; n && k < SIBLINGS_LOOK && blank_sibling(n); n = n->next)
        k++;
    return n == NULL;
}

/* Whether a cell is the first of its row: no element before it within
 * SIBLINGS_LOOK nodes (past them, it is taken for a later one). */
bool mt_is_first_cell(const mt_node *cell)
{
    size_t k = 0;
    for (const mt_node *n = cell->prev; n; n = n->prev)
        if (n->type == MT_NODE_ELEMENT || ++k > SIBLINGS_LOOK)
            return false;
    return true;
}

/* How many wrappers up from a gutter's <pre> its column may end. */
#define GUTTER_WRAPPERS 3

/* How many lines the text of el holds, blank ones between others
 * counted, those after its last text not; -1 past `max` lines or
 * GUTTER_MAX_NODES nodes. */
static long lines_in(const mt_node *el, long max)
{
    long breaks = 0, lines = 0;
    size_t seen = 0;
    for (const mt_node *n = el->first_child; n; n = mt_dom_following(n, el)) {
        if (++seen > GUTTER_MAX_NODES)
            return -1;
        if (mt_dom_is_html(n, MT_TAG_BR))
            breaks++;
        if (n->type != MT_NODE_TEXT)
            continue;
        for (size_t i = 0; i < n->data_len; i++) {
            if (n->data[i] == '\n')
                breaks++;
            else if (!mt_ascii_is_space((unsigned char)n->data[i]))
                lines = breaks + 1;
        }
        if (lines > max)
            return -1;
    }
    return lines;
}

bool mt_is_line_number_gutter(const mt_node *pre)
{
    /* a column: the <pre>, alone in a table cell (or in wrappers in one),
     * whose next cell holds code of as many lines as it has numbers. A
     * <pre> of numbers in boxes of other kinds is a program's output
     * before the next sample (Sphinx writes both in such boxes), kept. */
    const mt_node *col = pre;
    for (int up = 0; up < GUTTER_WRAPPERS && !mt_dom_is_html(col, MT_TAG_TD); up++) {
        if (!col->parent || col->parent->type != MT_NODE_ELEMENT || !only_child(col))
            return false;
        col = col->parent;
    }
    const mt_node *code = mt_dom_is_html(col, MT_TAG_TD) ? next_element(col) : NULL;
    if (!code || !mt_dom_is_html(code, MT_TAG_TD) || !holds_code(code))
        return false;
    long numbers = line_numbers_in(pre);
    return numbers > 0 && lines_in(code, numbers + 1) == numbers;
}

/* How much of a class or id is read for what it says of code: highlighters
 * put their names first, and a page's megabyte attribute must not be read
 * again for every line under it. */
#define NAME_LOOK 256

/* Whether a word begins with "code" ("code", "blob-code", "CodeCell",
 * "codeblock"); "postcode" and "barcode" are words of their own. */
static bool word_begins_code(const mt_class_word *w)
{
    return w->end - w->start >= 4 && mt_ascii_equal_ci(w->name + w->start, "code", 4);
}

/* Whether a class attribute has a word that begins with "code". */
static bool class_says_code(const mt_node *el)
{
    const mt_attr *cls = mt_dom_attr(el, "class", 5);
    return cls && mt_class_words_any(cls->value, cls->value_len, NAME_LOOK, word_begins_code);
}

/* Whether a listing's cell holds a line of code: it says so (its class),
 * or it holds nothing but a <code> or <pre>. A cell of prose with a word
 * of code in it is a table's. */
static bool is_code_cell(const mt_node *td)
{
    if (class_says_code(td))
        return true;
    const mt_node *child = td->first_child;
    while (child && child->type != MT_NODE_ELEMENT)
        child = child->next;
    return child && (mt_dom_is_html(child, MT_TAG_CODE) || mt_dom_is_html(child, MT_TAG_PRE)) &&
           only_child(child);
}

/* How many rows of a table are read to tell a listing. */
#define LISTING_LOOK_ROWS 200

/* The cells of a listing's row: its two cells, or false when the row is
 * not two cells. */
static bool row_cells(const mt_node *tr, const mt_node **num, const mt_node **line)
{
    *num = *line = NULL;
    for (const mt_node *td = tr->first_child; td; td = td->next) {
        if (td->type == MT_NODE_TEXT)
            continue;
        if (!mt_dom_is_html(td, MT_TAG_TD) && !mt_dom_is_html(td, MT_TAG_TH))
            return false;
        if (!*num)
            *num = td;
        else if (!*line)
            *line = td;
        else
            return false;
    }
    return *line != NULL;
}

/* Whether a listing's number cell is one: empty, its line's number named
 * by a data-line-number attribute (of the cell or of the element in it)
 * and drawn by the page's style. A column of written numbers beside
 * lines is as often a table's (numbered steps, ranked names). */
static bool is_number_cell(const mt_node *td)
{
    const mt_node *inner = td->first_child;
    while (inner && inner->type != MT_NODE_ELEMENT)
        inner = inner->next;
    if (!mt_dom_attr_z(td, "data-line-number") &&
        !(inner && mt_dom_attr_z(inner, "data-line-number")))
        return false;
    size_t seen = 0;
    for (const mt_node *n = td->first_child; n; n = mt_dom_following(n, td)) {
        if (++seen > CODE_LOOK_NODES)
            return false;
        if (n->type == MT_NODE_TEXT) {
            for (size_t i = 0; i < n->data_len; i++)
                if (!mt_ascii_is_space((unsigned char)n->data[i]))
                    return false;
        }
    }
    return true;
}

bool mt_is_code_listing(const mt_node *table)
{
    int rows = 0;
    for (const mt_node *sec = table->first_child; sec && rows < LISTING_LOOK_ROWS; sec = sec->next) {
        if (sec->type != MT_NODE_ELEMENT)
            continue;
        if (!mt_dom_is_html(sec, MT_TAG_TBODY) && !mt_dom_is_html(sec, MT_TAG_TR))
            return false;   /* a caption, a header: a table that names its columns */
        const mt_node *first_row = mt_dom_is_html(sec, MT_TAG_TR) ? sec : sec->first_child;
        for (const mt_node *tr = first_row; tr && rows < LISTING_LOOK_ROWS; tr = tr->next) {
            if (tr->type != MT_NODE_ELEMENT)
                continue;
            const mt_node *num, *line;
            if (!mt_dom_is_html(tr, MT_TAG_TR) || !row_cells(tr, &num, &line) ||
                !is_number_cell(num) || !is_code_cell(line))
                return false;
            rows++;
            if (tr == sec)
                break;
        }
    }
    return rows >= 2;
}

/* ---------------------------------------------------------------- lines in boxes
 * Highlighters and editors that draw code without a <pre> give each line
 * a box of its own, named a line by its class, in a box named for code
 * (Crayon's "crayon-line" in "crayon-pre" in "crayon-code", an editor's
 * "cm-line" or "ace_line", SyntaxHighlighter's "line" in a cell "code"),
 * and keep the indentation as the line's own spaces, which the page's
 * style shows. Read as paragraphs, such a sample loses its indentation. */

/* How many of a box's children are read to tell that they are lines. */
#define LINE_BOXES_LOOK 256
/* How many boxes up from the lines' box the name for code may be. */
#define CODE_NAME_UP 3

/* Whether a word is "line" ending its name after a separator, or the
 * whole name: "line", "crayon-line", "CodeMirror-line", "ace_line"; not
 * "inline", "headLine" or "line-numbers". */
static bool word_is_last_line(const mt_class_word *w)
{
    return w->end == w->name_len && w->end - w->start == 4 &&
           mt_ascii_equal_ci(w->name + w->start, "line", 4) &&
           (w->start == 0 || !mt_ascii_is_letter((unsigned char)w->name[w->start - 1]));
}

/* Whether the first `look` bytes of a class value hold "line", in any
 * case, before white space or their end: where word_is_last_line can say
 * yes. Most boxes' classes do not, and are told so in one pass over their
 * bytes, without splitting them into words. */
static bool may_end_a_name_in_line(const char *v, size_t len, size_t look)
{
    size_t n = len < look ? len : look;
    for (size_t i = 4; i <= n; i++)
        if ((v[i - 1] | 0x20) == 'e' && (i == n || mt_ascii_is_space((unsigned char)v[i])) &&
            mt_ascii_equal_ci(v + i - 4, "line", 4))
            return true;
    return false;
}

/* Whether a class attribute names a line (word_is_last_line). */
static bool class_says_line(const mt_node *el)
{
    const mt_attr *cls = mt_dom_attr(el, "class", 5);
    return cls && may_end_a_name_in_line(cls->value, cls->value_len, NAME_LOOK) &&
           mt_class_words_any(cls->value, cls->value_len, NAME_LOOK, word_is_last_line);
}

/* Whether name[start..end) is `word`, whatever its case. */
static bool word_is(const char *name, size_t start, size_t end, const char *word)
{
    return strlen(word) == end - start && mt_ascii_equal_ci(name + start, word, end - start);
}

/* Whether the word "code" is another kind of code: one the word before it
 * names ("qr-code", "zip_code", "PromoCode"), or a code of rules
 * ("code-of-conduct", "CodeOfConduct"). */
static bool names_other_code(const mt_class_word *w)
{
    static const char *const kinds[] = { "qr", "zip", "post", "postal", "country", "area",
                                         "promo", "coupon", "discount", "voucher", "gift",
                                         "access", "verification", "security", "pin", "phone",
                                         "dial", "tax", "bar", "color", "colour", "invite",
                                         "referral", "tracking", "activation", "captcha" };
    for (size_t k = 0; w->before_end > w->before_start && k < sizeof kinds / sizeof *kinds; k++)
        if (word_is(w->name, w->before_start, w->before_end, kinds[k]))
            return true;
    return word_is(w->name, w->after_start, w->after_end, "of");
}

/* Whether a word is one of the names highlighters and editors give the
 * box of a code sample. Whole words only: "editorial", "barcode",
 * "highlights" and "product-listing" name no code, nor "qr-code"
 * (names_other_code). */
static bool word_names_code_box(const mt_class_word *w)
{
    static const char *const names[] = {
        "code", "sourcecode", "codeblock", "codesnippet", "syntax", "syntaxhighlighter",
        "highlight", "highlighter", "highlightjs", "editor", "crayon", "hljs", "prism",
        "codemirror", "programlisting", "lstlisting"
    };
    if (word_is(w->name, w->start, w->end, "code"))
        return !names_other_code(w);
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (word_is(w->name, w->start, w->end, names[k]))
            return true;
    return false;
}

/* Whether a class or id has a code box's name as a word of one of its
 * names (word_names_code_box). */
static bool names_code_box(const mt_node *el)
{
    static const char *const attrs[] = { "class", "id" };
    for (size_t a = 0; a < 2; a++) {
        const mt_attr *at = mt_dom_attr(el, attrs[a], strlen(attrs[a]));
        if (at && mt_class_words_any(at->value, at->value_len, NAME_LOOK, word_names_code_box))
            return true;
    }
    return false;
}

static bool is_line_box(const mt_node *n)
{
    return (mt_dom_is_html(n, MT_TAG_DIV) || mt_dom_is_html(n, MT_TAG_PRE)) && class_says_line(n);
}

bool mt_is_line_box_listing(const mt_node *el)
{
    const mt_node *first = el->first_child;
    while (first && first->type != MT_NODE_ELEMENT)
        first = first->next;
    if (!first || !is_line_box(first))
        return false;   /* most boxes: told at their first child */
    int lines = 0;
    size_t seen = 0;
    for (const mt_node *n = el->first_child; n && seen < LINE_BOXES_LOOK; n = n->next, seen++) {
        if (n->type == MT_NODE_ELEMENT) {
            if (!is_line_box(n))
                return false;
            lines++;
        } else if (!blank_sibling(n)) {
            return false;
        }
    }
    if (lines < 2)
        return false;
    const mt_node *box = el;
    for (int up = 0; up <= CODE_NAME_UP && box && box->type == MT_NODE_ELEMENT; up++) {
        if (names_code_box(box))
            return true;
        box = box->parent;
    }
    return false;
}

/* The line-box listing among the first nodes of el (el itself, or inside
 * it), or NULL. */
static const mt_node *line_box_listing_in(const mt_node *el)
{
    size_t seen = 0;
    for (const mt_node *n = el; n && seen++ < CODE_LOOK_NODES; n = mt_dom_following(n, el))
        if (mt_dom_is_html(n, MT_TAG_DIV) && mt_is_line_box_listing(n))
            return n;
    return NULL;
}

static long element_children(const mt_node *el)
{
    long k = 0;
    for (const mt_node *n = el->first_child; n; n = n->next)
        k += n->type == MT_NODE_ELEMENT;
    return k;
}

bool mt_is_line_box_gutter(const mt_node *td)
{
    /* the numbers first: most cells hold no digit at their start */
    const mt_node *text = td->first_child;
    for (size_t seen = 0; text && text->type != MT_NODE_TEXT && seen < CODE_LOOK_NODES; seen++)
        text = mt_dom_following(text, td);
    if (!text || text->type != MT_NODE_TEXT)
        return false;
    size_t i = mt_ascii_skip_space(text->data, text->data_len);
    if (i == text->data_len || !mt_ascii_is_digit((unsigned char)text->data[i]))
        return false;
    const mt_node *code = next_element(td);
    const mt_node *lines = code && mt_dom_is_html(code, MT_TAG_TD) ? line_box_listing_in(code) : NULL;
    if (!lines)
        return false;
    long numbers = line_numbers_in(td);
    return numbers > 0 && numbers == element_children(lines);
}
