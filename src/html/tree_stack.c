/* tree_stack.c -- the stack of open elements, element scopes, the list of
 * active formatting elements and "reset the insertion mode appropriately"
 * (HTML standard 13.2.4). Both lists are arrays grown geometrically; their
 * sizes are bounded by max_depth and MT_TREE_MAX_FORMATTING. */
#include <string.h>
#include "html/tree_internal.h"
#include "util/alloc.h"
#include "util/inline.h"

/* ================================================================ growing */

/* Grows an array of `size`-byte entries to hold at least one more entry. */
static bool grow(mt_tree *t, void **arr, uint32_t *cap, size_t size)
{
    uint32_t n = *cap ? *cap * 2 : 32;
    void *p = mt_mem_realloc(t->alloc, *arr, (size_t)*cap * size, (size_t)n * size);
    if (!p) {
        mt_tree_nomem(t);
        return false;
    }
    *arr = p;
    *cap = n;
    return true;
}

/* ================================================================ stack */

/* Every change of the stack ends here (see mt_tree.current). */
static void top_changed(mt_tree *t)
{
    t->current = t->nstack ? t->stack[t->nstack - 1] : NULL;
}

static void mark_open(mt_tree *t, mt_node *el)
{
    el->flags |= MT_TREE_NODEF_OPEN;
    if (el->ns == MT_NS_HTML)
        t->open_count[el->tag]++;
}

static void mark_closed(mt_tree *t, mt_node *el)
{
    el->flags &= ~(MT_TREE_NODEF_OPEN | MT_TREE_NODEF_WATCH);
    if (el->ns == MT_NS_HTML)
        t->open_count[el->tag]--;
}

/* Pushes an element unless the stack is as deep as max_depth (one more for
 * text-only elements), in which case the element stays where it was put,
 * unpushed, and MT_LIMIT_DEPTH is recorded. */
bool mt_tree_push(mt_tree *t, mt_node *el, bool may_exceed_depth)
{
    if (t->nstack >= t->max_depth + (may_exceed_depth ? 1u : 0u)) {
        t->doc->limits |= MT_LIMIT_DEPTH;
        return false;
    }
    if (t->nstack == t->stack_cap &&
        !grow(t, (void **)&t->stack, &t->stack_cap, sizeof *t->stack))
        return false;
    t->stack[t->nstack++] = el;
    t->current = el;
    mark_open(t, el);
    return true;
}

/* Pops the top of a non-empty stack without the hook of mt_tree_pop: for
 * an element that is not a watched option. Forced inline: gcc made it a
 * call in the pop loops, a cost every page paid (callgrind, 300 dev
 * pages: 451,000 instructions of 1,008 million). */
static MT_ALWAYS_INLINE void pop_plain(mt_tree *t)
{
    mark_closed(t, t->stack[--t->nstack]);
    top_changed(t);
}

static bool is_watched(const mt_node *n)
{
    return (n->flags & MT_TREE_NODEF_WATCH) != 0;
}

/* Takes a watched option that leaves the stack off the count. */
static void unwatch(mt_tree *t, const mt_node *el)
{
    if (is_watched(el))
        t->watched_open--;
}

/* Pops the current node. A watched option (MT_TREE_NODEF_WATCH) may have
 * to be copied into its select's <selectedcontent>: only "popped" counts,
 * not the adoption agency's removal of an element from the stack.
 *
 * The loops below that pop many elements test once whether a watched
 * option is open at all; only then do they pop through here, in a copy of
 * the loop out of line (the *_watching functions). Otherwise a call to the
 * hook inside their main loop would make every round reload the stack and
 * test the bit, a cost all pages would pay. */
void mt_tree_pop(mt_tree *t)
{
    if (!t->nstack)
        return;
    mt_node *el = t->stack[t->nstack - 1];
    if (!t->watched_open || !is_watched(el)) {
        pop_plain(t);
        return;
    }
    t->watched_open--;
    pop_plain(t);
    mt_tree_option_popped(t, el);
}

MT_NOINLINE static void pop_until_watching(mt_tree *t, mt_tag tag)
{
    while (t->nstack) {
        mt_node *n = t->stack[t->nstack - 1];
        mt_tree_pop(t);
        if (mt_tree_is(n, tag))
            return;
    }
}

/* Pops until an HTML element `tag` has been popped; does nothing when no
 * such element is open (so no caller can empty the stack by mistake). */
void mt_tree_pop_until(mt_tree *t, mt_tag tag)
{
    if (!t->open_count[tag])
        return;
    if (t->watched_open) {
        pop_until_watching(t, tag);
        return;
    }
    while (t->nstack) {
        mt_node *n = t->stack[t->nstack - 1];
        pop_plain(t);
        if (mt_tree_is(n, tag))
            return;
    }
}

MT_NOINLINE static void pop_until_node_watching(mt_tree *t, const mt_node *n)
{
    while (t->nstack) {
        mt_node *c = t->stack[t->nstack - 1];
        mt_tree_pop(t);
        if (c == n)
            return;
    }
}

void mt_tree_pop_until_node(mt_tree *t, const mt_node *n)
{
    if (!mt_tree_is_open(n))
        return;
    if (t->watched_open) {
        pop_until_node_watching(t, n);
        return;
    }
    while (t->nstack) {
        mt_node *c = t->stack[t->nstack - 1];
        pop_plain(t);
        if (c == n)
            return;
    }
}

static bool is_heading(const mt_node *n)
{
    return n->ns == MT_NS_HTML && mt_tag_has(n->tag, MT_TAGF_HEADING);
}

static bool is_cell(const mt_node *n)
{
    return mt_tree_is(n, MT_TAG_TD) || mt_tree_is(n, MT_TAG_TH);
}

void mt_tree_pop_until_heading(mt_tree *t)
{
    while (t->nstack > 1) {
        mt_node *n = t->stack[t->nstack - 1];
        mt_tree_pop(t);
        if (is_heading(n))
            return;
    }
}

void mt_tree_pop_until_cell(mt_tree *t)
{
    if (!t->open_count[MT_TAG_TD] && !t->open_count[MT_TAG_TH])
        return;
    while (t->nstack) {
        mt_node *n = t->stack[t->nstack - 1];
        mt_tree_pop(t);
        if (is_cell(n))
            return;
    }
}

int mt_tree_stack_index(const mt_tree *t, const mt_node *n)
{
    if (!mt_tree_is_open(n))
        return -1;
    for (uint32_t i = t->nstack; i-- > 0;)
        if (t->stack[i] == n)
            return (int)i;
    return -1;
}

void mt_tree_stack_remove_at(mt_tree *t, uint32_t i)
{
    unwatch(t, t->stack[i]);
    mark_closed(t, t->stack[i]);
    memmove(t->stack + i, t->stack + i + 1, (t->nstack - i - 1) * sizeof *t->stack);
    t->nstack--;
    top_changed(t);
}

void mt_tree_stack_remove(mt_tree *t, const mt_node *n)
{
    int i = mt_tree_stack_index(t, n);
    if (i >= 0)
        mt_tree_stack_remove_at(t, (uint32_t)i);
}

/* Inserts at position i (the adoption agency's "immediately below the
 * furthest block"); it never makes the stack deeper than it was before the
 * algorithm began, so no depth check. */
bool mt_tree_stack_insert_at(mt_tree *t, uint32_t i, mt_node *el)
{
    if (t->nstack == t->stack_cap &&
        !grow(t, (void **)&t->stack, &t->stack_cap, sizeof *t->stack))
        return false;
    memmove(t->stack + i + 1, t->stack + i, (t->nstack - i) * sizeof *t->stack);
    t->stack[i] = el;
    t->nstack++;
    top_changed(t);
    mark_open(t, el);
    return true;
}

void mt_tree_stack_replace_at(mt_tree *t, uint32_t i, mt_node *el)
{
    unwatch(t, t->stack[i]);
    mark_closed(t, t->stack[i]);
    t->stack[i] = el;
    top_changed(t);
    mark_open(t, el);
}

/* ================================================================ scopes */

enum {
    BOUND_DEFAULT = 1u << MT_SCOPE_DEFAULT,
    BOUND_LIST = 1u << MT_SCOPE_LIST_ITEM,
    BOUND_BUTTON = 1u << MT_SCOPE_BUTTON,
    BOUND_TABLE = 1u << MT_SCOPE_TABLE,
    BOUND_ALL3 = BOUND_DEFAULT | BOUND_LIST | BOUND_BUTTON
};

/* For HTML elements: in which scopes the element ends the search. */
static const uint8_t html_boundary[MT_TAG__COUNT] = {
    [MT_TAG_APPLET] = BOUND_ALL3,
    [MT_TAG_CAPTION] = BOUND_ALL3,
    [MT_TAG_HTML] = BOUND_ALL3 | BOUND_TABLE,
    [MT_TAG_TABLE] = BOUND_ALL3 | BOUND_TABLE,
    [MT_TAG_TD] = BOUND_ALL3,
    [MT_TAG_TH] = BOUND_ALL3,
    [MT_TAG_MARQUEE] = BOUND_ALL3,
    [MT_TAG_OBJECT] = BOUND_ALL3,
    [MT_TAG_TEMPLATE] = BOUND_ALL3 | BOUND_TABLE,
    [MT_TAG_OL] = BOUND_LIST,
    [MT_TAG_UL] = BOUND_LIST,
    [MT_TAG_BUTTON] = BOUND_BUTTON,
};

static bool is_foreign_boundary(const mt_node *n)
{
    if (n->ns == MT_NS_MATHML)
        return mt_tree_is_mathml_text_ip(n) || n->tag == MT_TAG_ANNOTATION_XML;
    return n->tag == MT_TAG_FOREIGNOBJECT || n->tag == MT_TAG_DESC || n->tag == MT_TAG_TITLE;
}

static bool is_boundary(const mt_node *n, mt_tree_scope scope)
{
    if (n->ns == MT_NS_HTML)
        return (html_boundary[n->tag] >> scope) & 1u;
    return scope != MT_SCOPE_TABLE && is_foreign_boundary(n);
}

bool mt_tree_in_scope_walk(const mt_tree *t, mt_tag tag, mt_tree_scope scope)
{
    for (uint32_t i = t->nstack; i-- > 0;) {
        const mt_node *n = t->stack[i];
        if (mt_tree_is(n, tag))
            return true;
        if (is_boundary(n, scope))
            return false;
    }
    return false;
}

bool mt_tree_in_scope_node(const mt_tree *t, const mt_node *target, mt_tree_scope scope)
{
    if (!mt_tree_is_open(target))
        return false;
    for (uint32_t i = t->nstack; i-- > 0;) {
        const mt_node *n = t->stack[i];
        if (n == target)
            return true;
        if (is_boundary(n, scope))
            return false;
    }
    return false;
}

bool mt_tree_heading_in_scope(const mt_tree *t)
{
    for (uint32_t i = t->nstack; i-- > 0;) {
        const mt_node *n = t->stack[i];
        if (is_heading(n))
            return true;
        if (is_boundary(n, MT_SCOPE_DEFAULT))
            return false;
    }
    return false;
}

bool mt_tree_cell_in_table_scope(const mt_tree *t)
{
    return mt_tree_in_scope(t, MT_TAG_TD, MT_SCOPE_TABLE) ||
           mt_tree_in_scope(t, MT_TAG_TH, MT_SCOPE_TABLE);
}

/* ================================================================ implied end tags */

enum { IMPLIED = 1, IMPLIED_THOROUGH = 2 };

static const uint8_t implied_end[MT_TAG__COUNT] = {
    [MT_TAG_DD] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_DT] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_LI] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_OPTGROUP] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_OPTION] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_P] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_RB] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_RP] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_RT] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_RTC] = IMPLIED | IMPLIED_THOROUGH,
    [MT_TAG_CAPTION] = IMPLIED_THOROUGH,
    [MT_TAG_COLGROUP] = IMPLIED_THOROUGH,
    [MT_TAG_TBODY] = IMPLIED_THOROUGH,
    [MT_TAG_TD] = IMPLIED_THOROUGH,
    [MT_TAG_TFOOT] = IMPLIED_THOROUGH,
    [MT_TAG_TH] = IMPLIED_THOROUGH,
    [MT_TAG_THEAD] = IMPLIED_THOROUGH,
    [MT_TAG_TR] = IMPLIED_THOROUGH,
};

static bool implied_for(const mt_node *n, unsigned kind, mt_tag except)
{
    return n->ns == MT_NS_HTML && (implied_end[n->tag] & kind) &&
           (except == MT_TAG_UNKNOWN || n->tag != except);
}

MT_NOINLINE static void generate_watching(mt_tree *t, unsigned kind,
                                          mt_tag except)
{
    while (t->nstack && implied_for(t->stack[t->nstack - 1], kind, except))
        mt_tree_pop(t);
}

/* Pops the elements with implied end tags (see mt_tree_pop on watching). */
static void generate(mt_tree *t, unsigned kind, mt_tag except)
{
    if (t->watched_open) {
        generate_watching(t, kind, except);
        return;
    }
    while (t->nstack && implied_for(t->stack[t->nstack - 1], kind, except))
        pop_plain(t);
}

/* "Generate implied end tags", except for `except` (MT_TAG_UNKNOWN: none). */
void mt_tree_generate_implied(mt_tree *t, mt_tag except)
{
    generate(t, IMPLIED, except);
}

void mt_tree_generate_implied_thorough(mt_tree *t)
{
    generate(t, IMPLIED_THOROUGH, MT_TAG_UNKNOWN);
}

void mt_tree_close_p(mt_tree *t)
{
    mt_tree_generate_implied(t, MT_TAG_P);
    mt_tree_pop_until(t, MT_TAG_P);
}


/* ================================================================ active formatting list */

void mt_tree_afe_remove_at(mt_tree *t, uint32_t i)
{
    memmove(t->afe + i, t->afe + i + 1, (t->nafe - i - 1) * sizeof *t->afe);
    t->nafe--;
}

bool mt_tree_afe_insert_at(mt_tree *t, uint32_t i, mt_node *el)
{
    if (t->nafe == t->afe_cap && !grow(t, (void **)&t->afe, &t->afe_cap, sizeof *t->afe))
        return false;
    memmove(t->afe + i + 1, t->afe + i, (t->nafe - i) * sizeof *t->afe);
    t->afe[i] = el;
    t->nafe++;
    return true;
}

/* Makes room when the list is full by dropping its oldest element entry
 * (or, in a list made only of markers, its oldest marker). */
static void afe_make_room(mt_tree *t)
{
    if (t->nafe < MT_TREE_MAX_FORMATTING)
        return;
    uint32_t i = 0;
    while (i < t->nafe && !t->afe[i])
        i++;
    mt_tree_afe_remove_at(t, i < t->nafe ? i : 0);
}

static bool same_attr(const mt_attr *a, const mt_attr *b)
{
    return a->name_len == b->name_len && a->value_len == b->value_len && a->ns == b->ns &&
           memcmp(a->name, b->name, a->name_len) == 0 &&
           memcmp(a->value, b->value, a->value_len) == 0;
}

/* Same attributes in any order (names are unique within an element). Lists
 * longer than 16 must match in order: the order-free comparison is
 * quadratic, and only hostile pages have such lists on formatting tags. */
static bool same_attributes(const mt_node *a, const mt_node *b)
{
    if (a->nattrs != b->nattrs)
        return false;
    if (a->attrs == b->attrs)
        return true;
    uint32_t i = 0;
    while (i < a->nattrs && same_attr(&a->attrs[i], &b->attrs[i]))
        i++;
    if (i == a->nattrs)
        return true;
    if (a->nattrs > 16)
        return false;
    for (; i < a->nattrs; i++) {
        uint32_t j = 0;
        while (j < b->nattrs && !same_attr(&a->attrs[i], &b->attrs[j]))
            j++;
        if (j == b->nattrs)
            return false;
    }
    return true;
}

static bool same_element_kind(const mt_node *a, const mt_node *b)
{
    return a->tag == b->tag && a->ns == b->ns && a->data_len == b->data_len &&
           memcmp(a->data, b->data, a->data_len) == 0 && same_attributes(a, b);
}

/* Pushes a formatting element, first applying the Noah's Ark clause: at
 * most three entries after the last marker may be alike. */
void mt_tree_afe_push(mt_tree *t, mt_node *el)
{
    uint32_t alike = 0, earliest = 0;
    for (uint32_t i = t->nafe; i-- > 0;) {
        const mt_node *e = t->afe[i];
        if (!e)
            break;
        if (same_element_kind(e, el)) {
            alike++;
            earliest = i;
        }
    }
    if (alike >= 3)
        mt_tree_afe_remove_at(t, earliest);
    afe_make_room(t);
    mt_tree_afe_insert_at(t, t->nafe, el);
}

void mt_tree_afe_push_marker(mt_tree *t)
{
    afe_make_room(t);
    mt_tree_afe_insert_at(t, t->nafe, NULL);
}

int mt_tree_afe_index(const mt_tree *t, const mt_node *n)
{
    for (uint32_t i = t->nafe; i-- > 0;)
        if (t->afe[i] == n)
            return (int)i;
    return -1;
}

/* The last entry with HTML tag `tag` after the last marker, or -1. */
int mt_tree_afe_last_with_tag(const mt_tree *t, mt_tag tag)
{
    for (uint32_t i = t->nafe; i-- > 0;) {
        const mt_node *e = t->afe[i];
        if (!e)
            return -1;
        if (mt_tree_is(e, tag))
            return (int)i;
    }
    return -1;
}

void mt_tree_afe_clear_to_marker(mt_tree *t)
{
    while (t->nafe) {
        mt_node *e = t->afe[--t->nafe];
        if (!e)
            return;
    }
}

/* The work of mt_tree_reconstruct: reopens, as copies, the formatting
 * elements that were closed implicitly (<p><b>x</p>y: "y" gets a new <b>).
 * Nothing is reopened at the depth limit, so a page cannot make a copy per
 * character token there, nor past the page's budget of copies (see
 * REOPEN_MIN), so that its size bounds its nodes: the text goes on
 * without the formatting. */
void mt_tree_reopen_formatting(mt_tree *t)
{
    uint32_t i = t->nafe - 1;
    while (i > 0 && t->afe[i - 1] && !mt_tree_is_open(t->afe[i - 1]))
        i--;
    for (; i < t->nafe; i++) {
        if (t->nstack >= t->max_depth) {
            t->doc->limits |= MT_LIMIT_DEPTH;
            return;
        }
        if (!t->reopen_left) {
            t->doc->limits |= MT_LIMIT_NODES;
            return;
        }
        t->reopen_left--;
        mt_node *copy = mt_tree_clone_element(t, t->afe[i]);
        if (!copy)
            return;
        mt_tree_place_node(mt_tree_place_for(t, NULL), copy);
        if (!mt_tree_push(t, copy, false))
            return;
        t->afe[i] = copy;
    }
}

/* ================================================================ template modes */

bool mt_tree_push_template_mode(mt_tree *t, mt_tree_mode mode)
{
    if (t->ntemplate == t->template_cap &&
        !grow(t, (void **)&t->template_modes, &t->template_cap, 1))
        return false;
    t->template_modes[t->ntemplate++] = (uint8_t)mode;
    return true;
}

void mt_tree_pop_template_mode(mt_tree *t)
{
    if (t->ntemplate)
        t->ntemplate--;
}

/* ================================================================ reset the insertion mode */

/* The mode an open element puts the parser in, or MT_MODE__COUNT when the
 * element says nothing and the walk goes on down the stack. */
static mt_tree_mode mode_for(const mt_tree *t, const mt_node *n, bool last)
{
    if (n->ns != MT_NS_HTML)
        return MT_MODE__COUNT;
    switch (n->tag) {
    case MT_TAG_TD:
    case MT_TAG_TH:
        return last ? MT_MODE__COUNT : MT_MODE_IN_CELL;
    case MT_TAG_TR: return MT_MODE_IN_ROW;
    case MT_TAG_TBODY:
    case MT_TAG_THEAD:
    case MT_TAG_TFOOT: return MT_MODE_IN_TABLE_BODY;
    case MT_TAG_CAPTION: return MT_MODE_IN_CAPTION;
    case MT_TAG_COLGROUP: return MT_MODE_IN_COLUMN_GROUP;
    case MT_TAG_TABLE: return MT_MODE_IN_TABLE;
    case MT_TAG_TEMPLATE:
        return t->ntemplate ? (mt_tree_mode)t->template_modes[t->ntemplate - 1] : MT_MODE__COUNT;
    case MT_TAG_HEAD: return last ? MT_MODE__COUNT : MT_MODE_IN_HEAD;
    case MT_TAG_BODY: return MT_MODE_IN_BODY;
    case MT_TAG_FRAMESET: return MT_MODE_IN_FRAMESET;
    case MT_TAG_HTML: return t->head ? MT_MODE_AFTER_HEAD : MT_MODE_BEFORE_HEAD;
    default: return MT_MODE__COUNT;
    }
}

void mt_tree_reset_mode(mt_tree *t)
{
    for (uint32_t i = t->nstack; i-- > 0;) {
        bool last = i == 0;
        const mt_node *n = t->stack[i];
        if (last && t->fragment)
            n = t->context;
        mt_tree_mode m = mode_for(t, n, last);
        if (m != MT_MODE__COUNT) {
            t->mode = m;
            return;
        }
        if (last)
            break;
    }
    t->mode = MT_MODE_IN_BODY;
}
