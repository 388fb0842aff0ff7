/* tree_select.c -- <selectedcontent>, the part of customizable <select>
 * (HTML standard, 2025) that reaches the parser: "when an option element is
 * popped off the stack of open elements of an HTML parser, run maybe clone an
 * option into selectedcontent given it". The select's first <selectedcontent>
 * then holds a copy of the children of the option that is selected at that
 * moment:
 *
 *     <select><button><selectedcontent></button><option>X<option selected>Y
 *
 * gives <selectedcontent> "X" when the first option is popped (it is
 * selected by default) and "Y" when the second one is (its selected
 * attribute wins), the state html5lib's webkit02.dat expects. A
 * <selectedcontent> inserted after the options ("its post-connection
 * steps") takes a copy of the option selected by then.
 *
 * The DOM keeps selectedness as state; a parser-built tree has no script to
 * change it, so it is read off the tree as it stands when the option is
 * popped: the option is selected when it has the selected attribute (any
 * later option that has one is not in the tree yet), or when its select
 * shows one option at a time and no option before it in the select's list
 * of options is enabled or has the attribute.
 *
 * Cost: nothing until the page makes a <selectedcontent> element
 * (mt_tree.selectedcontent, noticed among the names of unknown elements);
 * the options pushed after that are marked (MT_TREE_NODEF_WATCH), and a
 * pop tests that bit in the flags it rewrites anyway. A watched option
 * popped walks up to its select, down the select to its first
 * <selectedcontent> and back to the previous option; a <selectedcontent>
 * inserted walks its select. All walks count against MT_TREE_SELECT_BUDGET,
 * nodes and attributes alike, so that a page of many options cannot make
 * them quadratic. Copies are made like the parser's other nodes: under
 * max_nodes and no deeper than max_depth + 1; besides, all the copies of a
 * page together take at most a budget that grows with its size
 * (mt_tree.copy_left, set in tree_builder.c), as an option can be copied
 * again for every <selectedcontent> that follows it. Past either budget a
 * <selectedcontent> keeps what it has and the page reports MT_LIMIT_NODES.
 * Template contents are not copied (copy_enters says why). */
#include <string.h>
#include "html/tree_internal.h"

/* ================================================================ what elements are */

static bool is_selectedcontent(const mt_node *n)
{
    return n->type == MT_NODE_ELEMENT && n->tag == MT_TAG_UNKNOWN && n->ns == MT_NS_HTML &&
           mt_tree_is_selectedcontent_name(n->data, n->data_len);
}

/* Counts `n` steps of walking against the page's budget; false once it is
 * spent, and from then on no option is mirrored any more: the page's
 * <selectedcontent>s keep what they had (MT_LIMIT_NODES). */
static bool spend(mt_tree *t, uint32_t n)
{
    if (n > MT_TREE_SELECT_BUDGET - t->select_steps) {
        t->select_steps = MT_TREE_SELECT_BUDGET;
        t->doc->limits |= MT_LIMIT_NODES;
        return false;
    }
    t->select_steps += n;
    return true;
}

static bool budget_spent(const mt_tree *t)
{
    return t->select_steps >= MT_TREE_SELECT_BUDGET;
}

/* An attribute of `el`, looked up at a step of the budget for each
 * attribute it has: a lookup reads them all, and a walk that asks each of
 * thousands of options (or the select they are in, once per option) about
 * a thousand attributes would otherwise take seconds within the budget's
 * node count. NULL once the budget is spent (the callers' answer is then
 * not used: clone_option checks). */
static const mt_attr *find_attr(mt_tree *t, const mt_node *el, const char *name)
{
    if (!spend(t, el->nattrs))
        return NULL;
    return mt_dom_attr(el, name, strlen(name));
}

static bool has_attr(mt_tree *t, const mt_node *el, const char *name)
{
    return find_attr(t, el, name) != NULL;
}

/* "Option element nearest ancestor select": the select whose list of
 * options holds `option`, or NULL (the option is in a datalist, an hr,
 * another option or two optgroups deep before any select, or in no select).
 * Template contents have no parent in the DOM, so the walk ends at them. */
static mt_node *nearest_select(mt_tree *t, const mt_node *option)
{
    bool in_optgroup = false;
    uint32_t steps = 0;
    mt_node *select = NULL;
    for (mt_node *a = option->parent; a && a->type == MT_NODE_ELEMENT; a = a->parent) {
        steps++;
        if (a->ns != MT_NS_HTML)
            continue;
        if (a->tag == MT_TAG_DATALIST || a->tag == MT_TAG_HR || a->tag == MT_TAG_OPTION)
            break;
        if (a->tag == MT_TAG_OPTGROUP) {
            if (in_optgroup)
                break;
            in_optgroup = true;
        } else if (a->tag == MT_TAG_SELECT) {
            select = a;
            break;
        }
    }
    return spend(t, steps) ? select : NULL;
}

/* ================================================================ selectedness */

/* "Disabled": the disabled attribute, or an optgroup with one met before any
 * select, hr, datalist or option on the way up. */
static bool option_disabled(mt_tree *t, const mt_node *option)
{
    if (has_attr(t, option, "disabled"))
        return true;
    uint32_t steps = 0;
    const mt_node *a = option->parent;
    for (; a && a->type == MT_NODE_ELEMENT; a = a->parent) {
        steps++;
        if (a->ns != MT_NS_HTML)
            continue;
        if (a->tag == MT_TAG_SELECT || a->tag == MT_TAG_HR || a->tag == MT_TAG_DATALIST ||
            a->tag == MT_TAG_OPTION || a->tag == MT_TAG_OPTGROUP)
            break;
    }
    if (!spend(t, steps))
        return false;
    return a && mt_dom_is_html(a, MT_TAG_OPTGROUP) && has_attr(t, a, "disabled");
}

/* The select's display size is 1 (a drop-down box): no size attribute, or
 * one that does not parse as a number above 1 ("rules for parsing
 * non-negative integers"; 0 is read as absent, as browsers do). The caller
 * has ruled out `multiple`. */
static bool shows_one(mt_tree *t, const mt_node *select)
{
    const mt_attr *a = find_attr(t, select, "size");
    if (!a)
        return true;
    size_t i = 0;
    while (i < a->value_len && mt_tree_is_space((unsigned char)a->value[i]))
        i++;
    if (i < a->value_len && a->value[i] == '+')
        i++;
    uint32_t v = 0;
    for (; i < a->value_len && a->value[i] >= '0' && a->value[i] <= '9' && v <= 1; i++)
        v = v * 10 + (uint32_t)(a->value[i] - '0');
    return v <= 1;
}

/* The node before `n` in tree order inside `select` (NULL at the select),
 * not entering template contents. */
static const mt_node *preceding(const mt_node *n, const mt_node *select)
{
    const mt_node *p = n->prev;
    if (p && p->type == MT_NODE_FRAGMENT)
        p = p->prev;
    if (!p)
        return n->parent == select ? NULL : n->parent;
    while (p->last_child && p->last_child->type != MT_NODE_FRAGMENT)
        p = p->last_child;
    return p;
}

/* Whether `option`, in `select`'s list of options, is selected now (see the
 * top of the file). */
static bool option_selected(mt_tree *t, const mt_node *select, const mt_node *option)
{
    if (has_attr(t, option, "selected"))
        return true;
    if (!shows_one(t, select) || option_disabled(t, option))
        return false;
    uint32_t steps = 0;
    for (const mt_node *n = preceding(option, select); n; n = preceding(n, select)) {
        if (++steps == 64) {
            if (!spend(t, steps))
                return false;
            steps = 0;
        }
        if (!mt_dom_is_html(n, MT_TAG_OPTION) || nearest_select(t, n) != select)
            continue;
        if (has_attr(t, n, "selected") || !option_disabled(t, n))
            return false;
    }
    return spend(t, steps);
}

/* ================================================================ the selectedcontent */

/* A <selectedcontent> inside an option, inside another <selectedcontent> or
 * inside a second select is disabled (its insertion steps). The walk goes
 * up to the root when none is met, a step of the budget a level: every
 * option popped asks, and a deep select (max_depth raised) would otherwise
 * make a page of many options quadratic. Counted disabled once the budget
 * is spent. */
static bool selectedcontent_disabled(mt_tree *t, const mt_node *sc)
{
    int selects = 0;
    uint32_t steps = 0;
    bool disabled = false;
    for (const mt_node *a = sc->parent; a && a->type == MT_NODE_ELEMENT; a = a->parent) {
        steps++;
        if (a->ns != MT_NS_HTML)
            continue;
        if (a->tag == MT_TAG_OPTION || is_selectedcontent(a) ||
            (a->tag == MT_TAG_SELECT && ++selects == 2)) {
            disabled = true;
            break;
        }
    }
    return !spend(t, steps) || disabled;
}

/* "A select's enabled selectedcontent": its first <selectedcontent>
 * descendant in tree order unless that one is disabled, or NULL. The
 * caller has ruled out `multiple`. */
static mt_node *enabled_selectedcontent(mt_tree *t, const mt_node *select)
{
    uint32_t steps = 0;
    mt_node *n = select->first_child;
    while (n) {
        if (++steps == 64) {
            if (!spend(t, steps))
                return NULL;
            steps = 0;
        }
        if (is_selectedcontent(n))
            break;
        n = n->type == MT_NODE_FRAGMENT ? mt_dom_following_skip(n, select)
                                        : mt_dom_following(n, select);
    }
    if (!spend(t, steps) || !n || selectedcontent_disabled(t, n))
        return NULL;
    return n;
}

/* ================================================================ copying */

/* What a copy of `n` takes of the page's copy budget (mt_tree.copy_left):
 * the node's room in the arena, and its text, also when the copy borrows
 * it from the input, as every later reading of the tree reads it again. */
static size_t copy_cost(const mt_node *n)
{
    return sizeof(mt_node) + (n->type == MT_NODE_ELEMENT ? 0 : n->data_len);
}

/* Whether a copy goes on into the children of `n`, which stands at `depth`:
 * not past max_depth + 1 (MT_LIMIT_DEPTH, reported when `report`), and
 * never into template contents, which the copy of a template leaves empty.
 * Template contents have no select above them, so a template in an option
 * can hold a select of its own whose <selectedcontent> holds a copy of its
 * option: each level of such templates copied the one below whole, twice
 * the copies a level (16 levels on a 100 KB page: out of memory at 2.9
 * GB). Nothing of template contents is shown, nor extracted. */
static bool copy_enters(mt_tree *t, const mt_node *n, uint32_t depth, bool report)
{
    if (!n->first_child || n->type == MT_NODE_FRAGMENT)
        return false;
    if (depth + 1 <= t->max_depth)
        return true;
    if (report)
        t->doc->limits |= MT_LIMIT_DEPTH;
    return false;
}

/* The node after `n` in a copy of the children of `from`, in tree order:
 * its first child when `enter`, else the next sibling of it or of its
 * nearest ancestor that has one; NULL at the end. *depth follows. */
static const mt_node *copy_next(const mt_node *n, const mt_node *from, bool enter,
                                uint32_t *depth)
{
    if (enter) {
        (*depth)++;
        return n->first_child;
    }
    while (n != from && !n->next) {
        n = n->parent;
        (*depth)--;
    }
    return n == from ? NULL : n->next;
}

/* What copying the children of `from` to `depth` takes of the copy
 * budget, or SIZE_MAX once that passes `limit` or the walk budget is spent
 * (the walk stops there, so that a large option refused again and again
 * is not read whole each time); *nodes is how many nodes it makes. Each
 * node is a step of the walk budget, and each of its attributes one more
 * (mt_tree_clone_element reads them to weigh them). */
static size_t copy_size(mt_tree *t, const mt_node *from, uint32_t depth, size_t limit,
                        uint32_t *nodes)
{
    size_t cost = 0;
    uint32_t count = 0;
    for (const mt_node *n = from->first_child; n;
         n = copy_next(n, from, copy_enters(t, n, depth, false), &depth)) {
        cost += copy_cost(n);
        count++;
        if (cost > limit || !spend(t, 1 + n->nattrs))
            return SIZE_MAX;
    }
    *nodes = count;
    return cost;
}

/* A copy of one node, without its children. Text made in the arena is
 * copied (the original may still grow in place); text borrowed from the
 * input is borrowed again. */
static mt_node *clone_node(mt_tree *t, const mt_node *n)
{
    if (n->type == MT_NODE_ELEMENT)
        return mt_tree_clone_element(t, n);
    if (!mt_tree_node_budget(t, 1))
        return NULL;
    mt_node *copy = mt_dom_new_node(t->doc, (mt_node_type)n->type, n->offset);
    if (!copy) {
        mt_tree_nomem(t);
        return NULL;
    }
    copy->data = n->data;
    copy->data_len = n->data_len;
    if (n->type == MT_NODE_TEXT && (n->flags & MT_NODEF_OWNED_TEXT)) {
        copy->data = mt_tree_copy_string(t, n->data, n->data_len);
        copy->flags |= MT_NODEF_OWNED_TEXT;
        if (!copy->data)
            return NULL;
    }
    return copy;
}

/* Appends deep copies of the children of `from` to `to`, which stands at
 * depth `depth`, without recursion (copy_enters says how deep). Returns
 * the copy of `text` when it made one, else the last text node it made,
 * else NULL. */
static mt_node *clone_children(mt_tree *t, const mt_node *from, mt_node *to, uint32_t depth,
                               const mt_node *text)
{
    mt_node *parent = to, *text_copy = NULL, *last_copy = NULL;
    uint32_t d = depth;
    for (const mt_node *n = from->first_child; n;) {
        mt_node *copy = clone_node(t, n);
        if (!copy)
            break;
        mt_dom_append(parent, copy);
        if (n->type == MT_NODE_TEXT)
            last_copy = copy;
        if (n == text)
            text_copy = copy;
        bool enter = copy_enters(t, n, d, true);
        uint32_t before = d;
        n = copy_next(n, from, enter, &d);
        if (enter)
            parent = copy;
        for (; before > d; before--)
            parent = parent->parent;
    }
    return text_copy ? text_copy : last_copy;
}

/* How deep `n` stands in the tree (html is 1), at a step of the walk
 * budget for each level. */
static uint32_t depth_of(mt_tree *t, const mt_node *n)
{
    uint32_t depth = 0;
    for (const mt_node *a = n; a->parent; a = a->parent)
        depth++;
    spend(t, depth);
    return depth;
}

/* Whether `n` lies inside `ancestor` (not `ancestor` itself), at a step of
 * the walk budget for each level between; the answer is whole also when
 * that spends the budget. */
static bool inside(mt_tree *t, const mt_node *n, const mt_node *ancestor)
{
    uint32_t steps = 0;
    const mt_node *a = n ? n->parent : NULL;
    for (; a && a != ancestor; a = a->parent)
        steps++;
    spend(t, steps);
    return a != NULL;
}

/* Whether the children of `sc` may be taken out: not while an element that
 * takes the page's next content is among them. An open <selectedcontent>
 * that is not the current node has such elements above it on the stack
 * (<selectedcontent><div><option>x</option>: the div): taken out of the
 * tree, they would take the rest of the select, or of the page, with
 * them. The copy is not made then, and sc keeps what it has. */
static bool may_empty(mt_tree *t, const mt_node *sc)
{
    return !mt_tree_is_open(sc) || mt_tree_current(t) == sc;
}

/* The last text node before `n` in tree order, not inside template
 * contents, at a step of the walk budget a node; NULL when there is none
 * or the budget is spent. Where text goes past the node limit when the
 * text node made last is taken out with a <selectedcontent>'s children and
 * the copy has no text to take its place. */
static mt_node *text_before(mt_tree *t, const mt_node *n)
{
    uint32_t steps = 0;
    const mt_node *p = n;
    while (p) {
        if (++steps == 64) {
            if (!spend(t, steps))
                return NULL;
            steps = 0;
        }
        const mt_node *q = p->prev;
        if (q && q->type == MT_NODE_FRAGMENT)
            q = q->prev;
        if (!q) {
            p = p->parent;
            continue;
        }
        while (q->last_child && q->last_child->type != MT_NODE_FRAGMENT)
            q = q->last_child;
        p = q;
        if (p->type == MT_NODE_TEXT)
            break;
    }
    return spend(t, steps) ? (mt_node *)p : NULL;
}

/* "Clone an option into a selectedcontent": the selectedcontent's children
 * are replaced by copies of the option's (by nothing when `option` is
 * NULL). They are removed first, so an option inside the selectedcontent
 * is copied from where it was taken out.
 *
 * The copy is made whole or not at all: under max_nodes and within what
 * is left of the page's copy budget (mt_tree.copy_left), else sc keeps what
 * it had (MT_LIMIT_NODES); so too when a lookup on the way found the walk
 * budget spent, as its answer is then not sure. Copies taken out again
 * stay counted: the arena keeps them. The text node the parse made last
 * (mt_tree.last_text, where text goes past the node limit) may be among
 * the children taken out (<selectedcontent><option>x</option>): its copy
 * takes its place, or the last text copied, so no later text goes into a
 * subtree out of the tree. */
static void clone_option(mt_tree *t, const mt_node *option, mt_node *sc)
{
    if (budget_spent(t) || !may_empty(t, sc))
        return;
    uint32_t depth = depth_of(t, sc), nodes = 0;
    size_t cost = option ? copy_size(t, option, depth, t->copy_left, &nodes) : 0;
    if (cost > t->copy_left || !mt_tree_node_budget(t, nodes)) {
        t->doc->limits |= MT_LIMIT_NODES;
        return;
    }
    t->copy_left -= cost;
    const mt_node *text = inside(t, t->last_text, sc) ? t->last_text : NULL;
    while (sc->first_child)
        mt_dom_remove(sc->first_child);
    mt_node *copy = option ? clone_children(t, option, sc, depth, text) : NULL;
    if (text)
        t->last_text = copy ? copy : text_before(t, sc);
}

/* ================================================================ the hooks */

/* The first option of `select`'s list of options that is selected, or
 * NULL: the last one with the selected attribute, else (a drop-down box)
 * the first enabled one. */
static const mt_node *selected_option(mt_tree *t, const mt_node *select)
{
    const mt_node *with_attr = NULL, *first_enabled = NULL;
    uint32_t steps = 0;
    for (const mt_node *n = select->first_child; n;) {
        if (++steps == 64) {
            if (!spend(t, steps))
                return NULL;
            steps = 0;
        }
        if (n->type == MT_NODE_FRAGMENT) {
            n = mt_dom_following_skip(n, select);
            continue;
        }
        if (mt_dom_is_html(n, MT_TAG_OPTION) && nearest_select(t, n) == select) {
            if (has_attr(t, n, "selected"))
                with_attr = n;
            else if (!first_enabled && !option_disabled(t, n))
                first_enabled = n;
        }
        n = mt_dom_following(n, select);
    }
    if (!spend(t, steps))
        return NULL;
    if (with_attr)
        return with_attr;
    return shows_one(t, select) ? first_enabled : NULL;
}

/* "The selectedcontent post-connection steps", for a <selectedcontent> the
 * parser has just inserted: its nearest select "updates its
 * selectedcontent", so the select's enabled one (often the new one) takes a
 * copy of the option selected already, or is emptied when none is.
 * Fragments are not connected to a document: nothing happens there. */
void mt_tree_selectedcontent_inserted(mt_tree *t, const mt_node *sc)
{
    if (t->fragment || t->status || budget_spent(t))
        return;
    const mt_node *select = sc->parent;
    uint32_t steps = 0;
    while (select && select->type == MT_NODE_ELEMENT && !mt_dom_is_html(select, MT_TAG_SELECT)) {
        select = select->parent;
        steps++;
    }
    if (!spend(t, steps) || !select || select->type != MT_NODE_ELEMENT ||
        has_attr(t, select, "multiple"))
        return;
    mt_node *target = enabled_selectedcontent(t, select);
    if (!target)
        return;
    clone_option(t, selected_option(t, select), target);
}

/* "Maybe clone an option into selectedcontent", for a watched option just
 * popped: copied when it is selected and its select has an enabled
 * <selectedcontent>. */
void mt_tree_option_popped(mt_tree *t, const mt_node *option)
{
    if (!mt_tree_is(option, MT_TAG_OPTION) || t->status || budget_spent(t))
        return;
    mt_node *select = nearest_select(t, option);
    if (!select || has_attr(t, select, "multiple"))
        return;
    mt_node *sc = enabled_selectedcontent(t, select);
    if (sc && option_selected(t, select, option))
        clone_option(t, option, sc);
}
