/* nearby.c -- the visible text around the headline, where bylines and
 * datelines are written: a few lines before it (a dateline above the
 * headline) and more after it, as lines of text (one per block), with
 * navigation, comments, related links and hidden elements left out. */
#include <string.h>
#include "metadata/meta_internal.h"

static int is_heading(const mt_node *el)
{
    return el->tag >= MT_TAG_H1 && el->tag <= MT_TAG_H6;
}

static int is_block_break(const mt_node *el)
{
    switch (el->tag) {
    case MT_TAG_A: case MT_TAG_B: case MT_TAG_I: case MT_TAG_EM: case MT_TAG_STRONG:
    case MT_TAG_SPAN: case MT_TAG_U: case MT_TAG_SUP: case MT_TAG_SUB: case MT_TAG_SMALL:
    case MT_TAG_MARK: case MT_TAG_ABBR: case MT_TAG_FONT: case MT_TAG_CITE: case MT_TAG_TIME:
    case MT_TAG_BDI: case MT_TAG_WBR:
        return 0;
    default:
        return 1;
    }
}

static int skipped(const mt_meta_ctx *c, const mt_node *el)
{
    if (el->tag == MT_TAG_SCRIPT || el->tag == MT_TAG_STYLE || el->tag == MT_TAG_TEMPLATE ||
        el->tag == MT_TAG_NOSCRIPT || el->tag == MT_TAG_SVG || el->tag == MT_TAG_SELECT ||
        el->tag == MT_TAG_BUTTON || el->tag == MT_TAG_IFRAME || el->tag == MT_TAG_FIGURE ||
        el->tag == MT_TAG_FIGCAPTION || el->ns != MT_NS_HTML)
        return 1;
    unsigned f = mt_meta_flags(&c->page, el);
    return (f & (MT_IN_COMMENTS | MT_IN_HEAD)) || ((f & MT_IN_BOILER) && !(f & MT_IN_ARTICLE));
}

/* The node before `n` in document order (reverse pre-order). */
static const mt_node *preceding(const mt_node *n)
{
    if (n->prev) {
        n = n->prev;
        while (n->last_child)
            n = n->last_child;
        return n;
    }
    return n->parent;
}

/* Appends a node's text or line break to the buffer being built. */
typedef struct lines {
    char *buf;
    size_t len, cap;
} lines;

static void put_break(lines *l)
{
    if (l->len && l->buf[l->len - 1] != '\n' && l->len + 1 < l->cap)
        l->buf[l->len++] = '\n';
}

static void put_text(lines *l, const char *s, size_t n)
{
    for (size_t i = 0; i < n && l->len + 1 < l->cap; i++) {
        char ch = s[i];
        if (ch == '\n' || ch == '\r' || ch == '\t')
            ch = ' ';
        if (ch == ' ' && (l->len == 0 || l->buf[l->len - 1] == ' ' || l->buf[l->len - 1] == '\n'))
            continue;
        l->buf[l->len++] = ch;
    }
}

static int contains(const mt_node *el, const mt_node *n)
{
    for (; n; n = n->parent)
        if (n == el)
            return 1;
    return 0;
}

/* Walks forward from `from` (inclusive) until `stop` (exclusive, may be
 * NULL), at most `max_nodes` nodes. */
static void walk(const mt_meta_ctx *c, const mt_node *from, const mt_node *stop, size_t max_nodes,
                 lines *l)
{
    const mt_node *root = c->doc->root;
    const mt_node *n = from;
    size_t visited = 0;
    while (n && n != stop && visited++ < max_nodes && l->len + 1 < l->cap) {
        if (n->type == MT_NODE_ELEMENT) {
            if (skipped(c, n) && !contains(n, stop)) {
                put_break(l);
                n = mt_dom_following_skip(n, root);
                continue;
            }
            if (is_block_break(n))
                put_break(l);
            else if (mt_meta_glued_elements(n))
                put_text(l, " ", 1);
        } else if (n->type == MT_NODE_TEXT) {
            put_text(l, n->data, n->data_len);
        }
        n = mt_dom_following(n, root);
    }
    l->buf[l->len] = '\0';
}

size_t mt_meta_text_after(const mt_meta_ctx *c, const mt_node *anchor, char *buf, size_t cap,
                          size_t max_nodes)
{
    lines l = { buf, 0, cap };
    if (!cap)
        return 0;
    const mt_node *from = is_heading(anchor) ? mt_dom_following_skip(anchor, c->doc->root)
                                             : anchor->first_child;
    walk(c, from, NULL, max_nodes, &l);
    return l.len;
}

size_t mt_meta_text_before(const mt_meta_ctx *c, const mt_node *anchor, char *buf, size_t cap,
                           size_t max_nodes)
{
    lines l = { buf, 0, cap };
    if (!cap)
        return 0;
    /* step back, then read forward up to the anchor */
    const mt_node *start = anchor;
    for (size_t i = 0; i < max_nodes; i++) {
        const mt_node *p = preceding(start);
        if (!p || p == c->doc->root || (p->type == MT_NODE_ELEMENT && p->tag == MT_TAG_BODY))
            break;
        start = p;
    }
    walk(c, start, anchor, max_nodes * 2, &l);
    return l.len;
}

static const mt_node *body_of(const mt_document *doc)
{
    for (const mt_node *h = doc->root->first_child; h; h = h->next)
        if (mt_dom_is_html(h, MT_TAG_HTML))
            for (const mt_node *b = h->first_child; b; b = b->next)
                if (mt_dom_is_html(b, MT_TAG_BODY))
                    return b;
    return NULL;
}

const mt_node *mt_meta_anchor(const mt_meta_ctx *c)
{
    if (c->headline)
        return c->headline;
    /* the first <h1> inside the content or the article */
    const mt_node *box = c->content ? c->content : c->page.article;
    for (size_t i = 0; i < c->page.nheadings; i++) {
        const mt_node *h = c->page.headings[i];
        if (h->tag != MT_TAG_H1)
            continue;
        for (const mt_node *p = h; p; p = p->parent)
            if (box && p == box)
                return h;
    }
    if (box)
        return box;
    if (c->near_title)
        return c->near_title;
    const mt_node *lone = NULL;
    for (size_t i = 0; i < c->page.nheadings; i++) {
        const mt_node *h = c->page.headings[i];
        if (h->tag == MT_TAG_H1 && !(mt_meta_flags(&c->page, h) & MT_IN_BOILER)) {
            if (lone) {
                lone = NULL;
                break;
            }
            lone = h;
        }
    }
    return lone ? lone : body_of(c->doc);
}
