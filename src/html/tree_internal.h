/* tree_internal.h -- private state and helpers of the tree construction
 * stage (HTML standard 13.2.6), shared by the tree_*.c files:
 *
 *   tree_builder.c   entry points, the token loop, the dispatcher, fragments
 *   tree_stack.c     stack of open elements, scopes, active formatting list,
 *                    resetting the insertion mode
 *   tree_insert.c    making nodes and putting them in the tree (foster
 *                    parenting, text merging, the node and depth limits)
 *   tree_head.c      initial .. after head, and the text mode
 *   tree_body.c      in body
 *   tree_adoption.c  the adoption agency algorithm
 *   tree_table.c     in table .. in cell
 *   tree_after.c     in template, after body, frameset modes
 *   tree_foreign.c   foreign content (SVG, MathML) and its name tables
 *   tree_select.c    <selectedcontent>: the selected option copied into it
 *
 * Every mode function takes the token being processed and returns true when
 * the token must be reprocessed (the mode changed and the standard says
 * "reprocess the token"), false when it was consumed. */
#ifndef MT_HTML_TREE_INTERNAL_H
#define MT_HTML_TREE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "dom/dom.h"
#include "html/tokenizer.h"
#include "html/tree_builder.h"

/* The insertion modes. "in table text" has no entry: the tokenizer hands
 * over every run of characters whole, so the pending table character tokens
 * are always exactly one run and are handled where "in table" meets them.
 * "in select" and "in select in table" are gone from the standard since
 * customizable <select> (2025); "in body" handles select content. */
typedef enum mt_tree_mode {
    MT_MODE_INITIAL,
    MT_MODE_BEFORE_HTML,
    MT_MODE_BEFORE_HEAD,
    MT_MODE_IN_HEAD,
    MT_MODE_IN_HEAD_NOSCRIPT,
    MT_MODE_AFTER_HEAD,
    MT_MODE_IN_BODY,
    MT_MODE_TEXT,
    MT_MODE_IN_TABLE,
    MT_MODE_IN_CAPTION,
    MT_MODE_IN_COLUMN_GROUP,
    MT_MODE_IN_TABLE_BODY,
    MT_MODE_IN_ROW,
    MT_MODE_IN_CELL,
    MT_MODE_IN_TEMPLATE,
    MT_MODE_AFTER_BODY,
    MT_MODE_IN_FRAMESET,
    MT_MODE_AFTER_FRAMESET,
    MT_MODE_AFTER_AFTER_BODY,
    MT_MODE_AFTER_AFTER_FRAMESET,
    MT_MODE__COUNT
} mt_tree_mode;

/* The scopes of "has an element in ... scope". */
typedef enum mt_tree_scope {
    MT_SCOPE_DEFAULT = 0,
    MT_SCOPE_LIST_ITEM = 1,
    MT_SCOPE_BUTTON = 2,
    MT_SCOPE_TABLE = 3
} mt_tree_scope;

/* Set on an element while it is on the stack of open elements, so "is it
 * open?" costs one test instead of a scan of the stack. The bit is the tree
 * builder's own (dom.h leaves the high flag bits to it) and is cleared on
 * every element before the parse returns. */
#define MT_TREE_NODEF_OPEN (1u << 31)

/* Set on an option pushed once the page has made a <selectedcontent>: its
 * pop runs "maybe clone an option into selectedcontent" (tree_select.c).
 * Options pushed before cannot need it: a <selectedcontent> made while an
 * option is open lies inside that option, which disables it. Such options
 * on the stack are counted (mt_tree.watched_open): while there are none,
 * the pop loops test nothing per element (tree_stack.c). Cleared whenever
 * the open bit is. */
#define MT_TREE_NODEF_WATCH (1u << 30)

/* Most entries in the list of active formatting elements. Each entry costs
 * work on every character token (reconstruction) and every formatting start
 * tag (the Noah's Ark clause compares against the entries), so a page that
 * opens formatting elements without end (100,000 <b> or <font color=N> with
 * distinct attributes) would otherwise be quadratic. Browsers behave the same
 * on real pages: nobody nests formatting elements hundreds deep. When the
 * list is full the oldest element entry is dropped; that element stays open
 * and is closed by its end tag like any other element. */
#define MT_TREE_MAX_FORMATTING 256

/* How often one token may be reprocessed. The standard's reprocessing always
 * ends after a few rounds; this bound only turns a bug into a dropped token
 * instead of a hang. */
#define MT_TREE_MAX_REPROCESS 64

/* How many steps the <selectedcontent> walks of one page may take in all
 * (tree_select.c), a step for each node visited and for each attribute
 * read: a few per option on pages that use the element, so only a page
 * made to be quadratic (thousands of disabled options, each walking back
 * over the others; thousands of options each asking a select of a
 * thousand attributes about them) reaches it; the options after that are
 * not mirrored (MT_LIMIT_NODES). */
#define MT_TREE_SELECT_BUDGET (1u << 22)

/* The smallest depth limit honoured: html, head/body and a few more levels
 * must always fit. */
#define MT_TREE_MIN_DEPTH 8

/* A text node growing by pieces, with the room its buffer has. */
typedef struct mt_tree_growing {
    mt_node *node;
    size_t cap;
} mt_tree_growing;

#define MT_TREE_GROWING 4

typedef struct mt_tree {
    mt_document *doc;
    mt_tokenizer *tokenizer;
    const mt_allocator *alloc;
    /* The tokenizer's input: token strings in [input, input_end) may be kept
     * as they lie (see mt_tree_keep_string). */
    const char *input, *input_end;

    /* The stack of open elements, bottom (html) first, and its top (NULL
     * when empty), which nearly every token reads: kept by tree_stack.c
     * whenever the stack changes. */
    mt_node **stack;
    uint32_t nstack, stack_cap;
    mt_node *current;
    /* The list of active formatting elements; NULL entries are markers. */
    mt_node **afe;
    uint32_t nafe, afe_cap;
    /* The stack of template insertion modes. */
    uint8_t *template_modes;
    uint32_t ntemplate, template_cap;
    /* Open HTML elements per tag, so a scope test for an element that is not
     * open at all (the usual answer) needs no walk down the stack. */
    uint32_t open_count[MT_TAG__COUNT];

    mt_node *head;              /* the head element pointer */
    mt_node *form;              /* the form element pointer */
    mt_node *context;           /* fragment case: the context element */
    mt_node *last_text;         /* the text node made last (node limit) */
    mt_tree_growing growing[MT_TREE_GROWING];   /* see append_text() */
    int growing_next;
    mt_node context_node;       /* its storage (not part of the tree) */

    mt_tree_mode mode, original_mode;
    uint32_t max_depth;
    uint32_t max_nodes;
    size_t clone_attr_bytes;    /* of attributes clones share (mt_tree_clone_element) */
    size_t reopen_left;         /* copies mt_tree_reopen_formatting may still make */
    uint32_t token_offset;      /* offset of the token being processed */
    uint32_t select_steps;      /* spent of MT_TREE_SELECT_BUDGET */
    size_t copy_left;           /* bytes <selectedcontent> copies may still take */
    uint32_t watched_open;      /* MT_TREE_NODEF_WATCH options on the stack */

    bool fragment;
    bool scripting;
    bool frameset_ok;
    bool foster_parenting;
    bool skip_newline;          /* drop a LF that starts the next token */
    bool text_sink;             /* text mode for an element not made (limit) */
    bool done;                  /* "stop parsing" was reached */
    bool selectedcontent;       /* a <selectedcontent> was made: options pushed are watched */
    mt_status status;           /* MT_ERR_NOMEM once memory ran out */
} mt_tree;

typedef bool (*mt_tree_mode_fn)(mt_tree *t, mt_token *tok);

/* ------------------------------------------------------------ small helpers */

static inline bool mt_tree_is_space(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
}

static inline bool mt_tree_is_open(const mt_node *n)
{
    return n && (n->flags & MT_TREE_NODEF_OPEN);
}

static inline bool mt_tree_is(const mt_node *n, mt_tag tag)
{
    return n->tag == tag && n->ns == MT_NS_HTML;
}

static inline mt_node *mt_tree_current(const mt_tree *t)
{
    return t->current;
}

static inline bool mt_tree_current_is(const mt_tree *t, mt_tag tag)
{
    return t->current && mt_tree_is(t->current, tag);
}

/* The adjusted current node: the context element in the fragment case when
 * only the root is open, else the current node. */
static inline mt_node *mt_tree_adjusted_current(const mt_tree *t)
{
    if (t->fragment && t->nstack == 1)
        return t->context;
    return mt_tree_current(t);
}

/* Number of leading ASCII whitespace bytes of a character run. */
size_t mt_tree_space_prefix(const mt_token *tok);
/* Whether the run has a character that is neither whitespace nor NUL. */
bool mt_tree_has_text(const mt_token *tok);
/* Inserts (insert true) or skips a run's leading whitespace; returns whether
 * characters remain. */
bool mt_tree_leading_spaces(mt_tree *t, mt_token *tok, bool insert);
/* Drops the first n bytes of a character run. */
void mt_tree_consume(mt_token *tok, size_t n);

/* Whether an element is in the standard's "special" category. */
bool mt_tree_is_special(const mt_node *n);
/* MathML mi, mo, mn, ms, mtext. */
bool mt_tree_is_mathml_text_ip(const mt_node *n);
/* MathML annotation-xml with an HTML encoding; SVG foreignObject, desc, title. */
bool mt_tree_is_html_ip(const mt_node *n);
/* Whether the input attribute `name` is present with a value equal to
 * `value` ignoring ASCII case. */
bool mt_tree_token_attr_is(const mt_token *tok, const char *name, const char *value);

/* ------------------------------------------------------------ tree_stack.c */
bool mt_tree_push(mt_tree *t, mt_node *el, bool may_exceed_depth);
void mt_tree_pop(mt_tree *t);
void mt_tree_pop_until(mt_tree *t, mt_tag tag);
void mt_tree_pop_until_node(mt_tree *t, const mt_node *n);
void mt_tree_pop_until_heading(mt_tree *t);
void mt_tree_pop_until_cell(mt_tree *t);
int mt_tree_stack_index(const mt_tree *t, const mt_node *n);
void mt_tree_stack_remove_at(mt_tree *t, uint32_t i);
void mt_tree_stack_remove(mt_tree *t, const mt_node *n);
bool mt_tree_stack_insert_at(mt_tree *t, uint32_t i, mt_node *el);
void mt_tree_stack_replace_at(mt_tree *t, uint32_t i, mt_node *el);

bool mt_tree_in_scope_walk(const mt_tree *t, mt_tag tag, mt_tree_scope scope);
/* "Has an element `tag` in scope": the usual answer (no such element is
 * open at all) inline, without walking the stack. */
static inline bool mt_tree_in_scope(const mt_tree *t, mt_tag tag, mt_tree_scope scope)
{
    return t->open_count[tag] && mt_tree_in_scope_walk(t, tag, scope);
}
bool mt_tree_in_scope_node(const mt_tree *t, const mt_node *n, mt_tree_scope scope);
bool mt_tree_heading_in_scope(const mt_tree *t);
bool mt_tree_cell_in_table_scope(const mt_tree *t);

void mt_tree_generate_implied(mt_tree *t, mt_tag except);
void mt_tree_generate_implied_thorough(mt_tree *t);
void mt_tree_close_p(mt_tree *t);
static inline void mt_tree_close_p_in_button_scope(mt_tree *t)
{
    if (mt_tree_in_scope(t, MT_TAG_P, MT_SCOPE_BUTTON))
        mt_tree_close_p(t);
}

void mt_tree_afe_push(mt_tree *t, mt_node *el);
void mt_tree_afe_push_marker(mt_tree *t);
int mt_tree_afe_index(const mt_tree *t, const mt_node *n);
void mt_tree_afe_remove_at(mt_tree *t, uint32_t i);
bool mt_tree_afe_insert_at(mt_tree *t, uint32_t i, mt_node *el);
int mt_tree_afe_last_with_tag(const mt_tree *t, mt_tag tag);
void mt_tree_afe_clear_to_marker(mt_tree *t);
void mt_tree_reopen_formatting(mt_tree *t);
/* "Reconstruct the active formatting elements", before nearly every text
 * run and many start tags: inline, it does nothing unless the last entry of
 * the list is an element that was closed. */
static inline void mt_tree_reconstruct(mt_tree *t)
{
    if (t->nafe && t->afe[t->nafe - 1] && !mt_tree_is_open(t->afe[t->nafe - 1]))
        mt_tree_reopen_formatting(t);
}

bool mt_tree_push_template_mode(mt_tree *t, mt_tree_mode mode);
void mt_tree_pop_template_mode(mt_tree *t);
void mt_tree_reset_mode(mt_tree *t);

/* ------------------------------------------------------------ tree_insert.c */
/* Where a node goes: inside `parent`, before `before` (NULL: at the end). */
typedef struct mt_tree_place {
    mt_node *parent;
    mt_node *before;
} mt_tree_place;

/* Options of mt_tree_insert_element(). */
enum {
    /* Made even beyond max_nodes (html, head, body: the skeleton every
     * document has). */
    MT_INSERT_FORCE = 1u << 0,
    /* Attached but never pushed (void elements; self-closing foreign). */
    MT_INSERT_LEAF = 1u << 1,
    /* May be pushed one level beyond max_depth: elements that hold only
     * text (script, style, title, textarea, ...), so their text never leaks
     * into the page's text. */
    MT_INSERT_TEXT_ONLY = 1u << 2
};

mt_tree_place mt_tree_place_for(mt_tree *t, mt_node *override_target);
void mt_tree_place_node(mt_tree_place place, mt_node *n);
mt_node *mt_tree_template_content(mt_node *tpl);

/* Whether `n` more nodes fit under max_nodes (sets MT_LIMIT_NODES if not). */
bool mt_tree_node_budget(mt_tree *t, uint32_t n);
/* Makes an element for a start tag (attributes copied; foreign ones
 * adjusted); NULL at the node limit or out of memory. */
mt_node *mt_tree_create_element(mt_tree *t, const mt_token *tok, mt_namespace ns, unsigned how);
/* A copy of an element for the active formatting list (same name,
 * attributes and offset). */
mt_node *mt_tree_clone_element(mt_tree *t, const mt_node *el);
/* "Insert an HTML element / a foreign element for the token". Returns the
 * element (check mt_tree_is_open() to know whether it was pushed) or NULL
 * when none was made. */
mt_node *mt_tree_insert_element(mt_tree *t, const mt_token *tok, mt_namespace ns, unsigned how);
static inline mt_node *mt_tree_insert_html(mt_tree *t, const mt_token *tok)
{
    return mt_tree_insert_element(t, tok, MT_NS_HTML, 0);
}
/* Inserts an HTML element for a start tag `tag` with no attributes (the
 * elements the standard implies). */
mt_node *mt_tree_insert_implied(mt_tree *t, mt_tag tag, unsigned how);

/* How a character run treats U+0000. */
typedef enum mt_nul_policy { MT_NUL_KEEP, MT_NUL_DROP, MT_NUL_REPLACE } mt_nul_policy;
void mt_tree_insert_text(mt_tree *t, const char *s, size_t n, uint32_t offset);
/* Inserts a run, dropping or replacing its U+0000 characters (the runs
 * with none, nearly all, go straight to mt_tree_insert_text). */
void mt_tree_insert_run_nul(mt_tree *t, const mt_token *tok, mt_nul_policy nul);
static inline void mt_tree_insert_run(mt_tree *t, const mt_token *tok, mt_nul_policy nul)
{
    if (nul == MT_NUL_KEEP || !(tok->chars_flags & MT_CHARS_HAS_NUL))
        mt_tree_insert_text(t, tok->data, tok->data_len, tok->offset);
    else
        mt_tree_insert_run_nul(t, tok, nul);
}
void mt_tree_insert_spaces_only(mt_tree *t, const mt_token *tok);
/* Inserts a comment; `parent` NULL = the appropriate place. */
void mt_tree_insert_comment(mt_tree *t, const mt_token *tok, mt_node *parent);
/* Adds the token's attributes that `el` lacks (a second <html>/<body>). */
void mt_tree_merge_attributes(mt_tree *t, mt_node *el, const mt_token *tok);
/* Whether a token string starts in the input (else in tokenizer scratch). */
static inline bool mt_tree_in_input(const mt_tree *t, const char *s)
{
    return s >= t->input && s < t->input_end;
}
/* Copies a token string into the document ("" for an empty one). */
const char *mt_tree_copy_string(mt_tree *t, const char *s, size_t n);
/* Copies a token string into the document unless it lies in the input:
 * called for every name, value and text node, so the test is inline. */
static inline const char *mt_tree_keep_string(mt_tree *t, const char *s, size_t n)
{
    if (n && mt_tree_in_input(t, s))
        return s;
    return mt_tree_copy_string(t, s, n);
}
/* Marks the parse as out of memory. */
void mt_tree_nomem(mt_tree *t);

/* ------------------------------------------------------------ tree_select.c */
/* <selectedcontent> is not in the tag table: known by its (lowercase) name. */
static inline bool mt_tree_is_selectedcontent_name(const char *name, size_t len)
{
    return len == 15 && memcmp(name, "selectedcontent", 15) == 0;
}
/* "Maybe clone an option into selectedcontent", run for an option popped
 * with MT_TREE_NODEF_WATCH. */
void mt_tree_option_popped(mt_tree *t, const mt_node *option);
/* Run for a <selectedcontent> the parser has just inserted. */
void mt_tree_selectedcontent_inserted(mt_tree *t, const mt_node *sc);

/* ------------------------------------------------------------ modes */
bool mt_tree_mode_initial(mt_tree *t, mt_token *tok);
bool mt_tree_mode_before_html(mt_tree *t, mt_token *tok);
bool mt_tree_mode_before_head(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_head(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_head_noscript(mt_tree *t, mt_token *tok);
bool mt_tree_mode_after_head(mt_tree *t, mt_token *tok);
bool mt_tree_mode_text(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_body(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_table(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_caption(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_column_group(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_table_body(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_row(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_cell(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_template(mt_tree *t, mt_token *tok);
bool mt_tree_mode_after_body(mt_tree *t, mt_token *tok);
bool mt_tree_mode_in_frameset(mt_tree *t, mt_token *tok);
bool mt_tree_mode_after_frameset(mt_tree *t, mt_token *tok);
bool mt_tree_mode_after_after_body(mt_tree *t, mt_token *tok);
bool mt_tree_mode_after_after_frameset(mt_tree *t, mt_token *tok);

/* In body's rules for a character run (also used with foster parenting by
 * the table modes). */
void mt_tree_body_chars(mt_tree *t, const mt_token *tok);
/* The generic raw text / RCDATA element parsing algorithms. */
void mt_tree_parse_text_element(mt_tree *t, const mt_token *tok, mt_tokenizer_state state);
/* Runs the adoption agency algorithm for the formatting tag `subject`;
 * returns true when the caller must act as for "any other end tag". */
bool mt_tree_adoption(mt_tree *t, mt_tag subject);
/* Foreign content rules; returns true when the token must instead be
 * processed by the current insertion mode's HTML rules. */
bool mt_tree_foreign(mt_tree *t, mt_token *tok);

/* tree_foreign.c: the standard's name tables. */
const char *mt_tree_svg_tag_name(const char *name, size_t len, size_t *out_len);
void mt_tree_adjust_foreign_attr(mt_attr *a, mt_namespace ns);

#endif
