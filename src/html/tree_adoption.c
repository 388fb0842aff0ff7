/* tree_adoption.c -- the adoption agency algorithm (HTML standard
 * 13.2.6.4.7), which repairs misnested formatting elements such as
 * <b><p>x</b>y: the <p> is moved out of the <b> and gets a copy of the <b>
 * inside it. Work is bounded: at most 8 outer rounds, each walking the stack
 * between the formatting element and the furthest block once and making at
 * most 4 copies. */
#include "html/tree_internal.h"

/* The first special element above (newer than) stack position `from`. */
static int furthest_block(const mt_tree *t, uint32_t from)
{
    for (uint32_t i = from + 1; i < t->nstack; i++)
        if (mt_tree_is_special(t->stack[i]))
            return (int)i;
    return -1;
}

/* Closes everything up to and including the formatting element (the case
 * without a furthest block, and the fallback at the node limit). */
static void close_formatting(mt_tree *t, mt_node *fe, int afe_index)
{
    mt_tree_pop_until_node(t, fe);
    mt_tree_afe_remove_at(t, (uint32_t)afe_index);
}

/* Moves the children of the furthest block into the formatting element's
 * copy. A template's children in the DOM sense exclude its contents; nor
 * does a block's declarative shadow root move: a browser attached it to
 * the block when its template began, and never put the template among
 * the children (<b><div><template shadowrootmode>...</template></div></b>
 * shows the root in the <div>, not in the <b> made inside it). */
static void move_children(const mt_tree *t, mt_node *from, mt_node *to)
{
    mt_node *content = NULL;
    if (mt_tree_is(from, MT_TAG_TEMPLATE) && from->first_child &&
        from->first_child->type == MT_NODE_FRAGMENT) {
        content = from->first_child;
        mt_dom_remove(content);
    }
    mt_node *shadow = t->doc->shadow_templates ? mt_dom_declared_shadow_root(from) : NULL;
    if (shadow)
        mt_dom_remove(shadow);
    mt_dom_move_children(from, to);
    if (content)
        mt_dom_insert_before(from, content, from->first_child);
    if (shadow)
        mt_dom_append(from, shadow);
}

/* The inner loop: walks from the furthest block down to the formatting
 * element, dropping elements that are not formatting elements and replacing
 * the others by copies that adopt the previous one. Returns the last node
 * reached, updates *bookmark, or returns NULL when memory ran out. */
static mt_node *inner_loop(mt_tree *t, mt_node *fe, mt_node *fb, uint32_t fb_index,
                           uint32_t *bookmark)
{
    mt_node *last = fb;
    uint32_t i = fb_index;
    for (int counter = 1;; counter++) {
        mt_node *node = t->stack[--i];
        if (node == fe)
            return last;
        int ai = mt_tree_afe_index(t, node);
        if (counter > 3 && ai >= 0) {
            mt_tree_afe_remove_at(t, (uint32_t)ai);
            if ((uint32_t)ai < *bookmark)
                (*bookmark)--;
            ai = -1;
        }
        if (ai < 0) {
            mt_tree_stack_remove_at(t, i);
            continue;
        }
        mt_node *copy = mt_tree_clone_element(t, node);
        if (!copy)
            return NULL;
        t->afe[ai] = copy;
        mt_tree_stack_replace_at(t, i, copy);
        if (last == fb)
            *bookmark = (uint32_t)ai + 1;
        mt_dom_append(copy, last);
        last = copy;
    }
}

/* One round of the outer loop. Returns 1 to go on, 0 to stop, -1 when the
 * caller must act as for "any other end tag". */
static int outer_round(mt_tree *t, mt_tag subject)
{
    int fi = mt_tree_afe_last_with_tag(t, subject);
    if (fi < 0)
        return -1;
    mt_node *fe = t->afe[fi];
    if (!mt_tree_is_open(fe)) {
        mt_tree_afe_remove_at(t, (uint32_t)fi);
        return 0;
    }
    if (!mt_tree_in_scope_node(t, fe, MT_SCOPE_DEFAULT))
        return 0;
    int si = mt_tree_stack_index(t, fe);
    int fbi = furthest_block(t, (uint32_t)si);
    if (fbi < 0 || si == 0 || !mt_tree_node_budget(t, 4)) {
        close_formatting(t, fe, fi);
        return 0;
    }
    mt_node *fb = t->stack[fbi];
    mt_node *common = t->stack[si - 1];
    uint32_t bookmark = (uint32_t)fi;
    mt_node *last = inner_loop(t, fe, fb, (uint32_t)fbi, &bookmark);
    if (!last)
        return 0;
    mt_tree_place_node(mt_tree_place_for(t, common), last);

    mt_node *copy = mt_tree_clone_element(t, fe);
    if (!copy)
        return 0;
    move_children(t, fb, copy);
    mt_dom_append(fb, copy);

    fi = mt_tree_afe_index(t, fe);
    mt_tree_afe_remove_at(t, (uint32_t)fi);
    if ((uint32_t)fi < bookmark)
        bookmark--;
    mt_tree_afe_insert_at(t, bookmark, copy);

    mt_tree_stack_remove(t, fe);
    int at = mt_tree_stack_index(t, fb);
    mt_tree_stack_insert_at(t, (uint32_t)at + 1, copy);
    return 1;
}

bool mt_tree_adoption(mt_tree *t, mt_tag subject)
{
    mt_node *cur = mt_tree_current(t);
    if (cur && mt_tree_is(cur, subject) && mt_tree_afe_index(t, cur) < 0) {
        mt_tree_pop(t);
        return false;
    }
    for (int round = 0; round < 8; round++) {
        int r = outer_round(t, subject);
        if (r < 0)
            return true;
        if (r == 0 || t->status)
            return false;
    }
    return false;
}
