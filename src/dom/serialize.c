/* serialize.c -- the HTML fragment serialization algorithm (HTML standard
 * 13.3): a node or its children back to markup.
 *
 * The walk is iterative (no recursion that grows with the tree's depth);
 * the output grows geometrically through the document's allocator. Text is
 * escaped (&, NBSP, <, >) except inside raw text elements; attribute values
 * escape &, NBSP, ", < and >; void elements get no end tag; a template is
 * written with its contents. <noscript> content is escaped like ordinary
 * text: the document does not record the scripting flag, and the parser's
 * default (scripting off) parses noscript content as markup. */
#include <string.h>
#include "dom/dom.h"
#include "util/alloc.h"

typedef struct out_buf {
    const mt_allocator *alloc;
    char *p;
    size_t len, cap;
    int failed;
} out_buf;

/* ================================================================ output */

static int reserve(out_buf *b, size_t n)
{
    if (b->failed)
        return -1;
    if (n <= b->cap - b->len)
        return 0;
    size_t cap = b->cap ? b->cap : 1024;
    while (cap - b->len < n) {
        if (cap > SIZE_MAX / 2) {
            b->failed = 1;
            return -1;
        }
        cap *= 2;
    }
    char *p = mt_mem_realloc(b->alloc, b->p, b->cap, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

static void put(out_buf *b, const char *s, size_t n)
{
    if (n && reserve(b, n) == 0) {
        memcpy(b->p + b->len, s, n);
        b->len += n;
    }
}

static void puts_z(out_buf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* Writes text with the characters the standard escapes replaced; `attr`
 * selects attribute mode (quotes escaped as well). Unescaped stretches are
 * copied whole. */
static void put_escaped(out_buf *b, const char *s, size_t n, int attr)
{
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        size_t skip = 1;
        switch ((unsigned char)s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        case 0xC2:
            if (i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
                rep = "&nbsp;";
                skip = 2;
            }
            break;
        default: break;
        }
        if (!rep)
            continue;
        put(b, s + start, i - start);
        puts_z(b, rep);
        i += skip - 1;
        start = i + 1;
    }
    put(b, s + start, n - start);
}

/* ================================================================ nodes */

static int is_html(const mt_node *n, mt_tag tag)
{
    return mt_dom_is_html(n, tag);
}

static int serializes_as_void(const mt_node *n)
{
    return n->type == MT_NODE_ELEMENT && n->ns == MT_NS_HTML && mt_tag_has(n->tag, MT_TAGF_VOID);
}

/* Whether text in `parent` is written as it stands. */
static int is_raw_text_parent(const mt_node *parent)
{
    if (!parent || parent->type != MT_NODE_ELEMENT || parent->ns != MT_NS_HTML)
        return 0;
    switch (parent->tag) {
    case MT_TAG_STYLE: case MT_TAG_SCRIPT: case MT_TAG_XMP: case MT_TAG_IFRAME:
    case MT_TAG_NOEMBED: case MT_TAG_NOFRAMES: case MT_TAG_PLAINTEXT:
        return 1;
    default:
        return 0;
    }
}

static void put_attribute(out_buf *b, const mt_attr *a)
{
    size_t prefix = mt_dom_attr_prefix_len(a);
    puts_z(b, " ");
    put(b, a->name - prefix, a->name_len + prefix);     /* the qualified name */
    puts_z(b, "=\"");
    put_escaped(b, a->value ? a->value : "", a->value ? a->value_len : 0, 1);
    puts_z(b, "\"");
}

/* The node itself, up to its children: a start tag, text, a comment. */
static void put_open(out_buf *b, const mt_node *n, const mt_node *parent)
{
    switch ((mt_node_type)n->type) {
    case MT_NODE_ELEMENT:
        puts_z(b, "<");
        put(b, n->data, n->data_len);
        for (uint32_t i = 0; i < n->nattrs; i++)
            put_attribute(b, &n->attrs[i]);
        puts_z(b, ">");
        break;
    case MT_NODE_TEXT:
        if (is_raw_text_parent(parent))
            put(b, n->data, n->data_len);
        else
            put_escaped(b, n->data, n->data_len, 0);
        break;
    case MT_NODE_COMMENT:
        puts_z(b, "<!--");
        put(b, n->data, n->data_len);
        puts_z(b, "-->");
        break;
    case MT_NODE_DOCTYPE:
        puts_z(b, "<!DOCTYPE ");
        put(b, n->data, n->data_len);
        puts_z(b, ">");
        break;
    case MT_NODE_DOCUMENT:
    case MT_NODE_FRAGMENT:
        break;
    }
}

static void put_close(out_buf *b, const mt_node *n)
{
    if (n->type != MT_NODE_ELEMENT || serializes_as_void(n))
        return;
    puts_z(b, "</");
    put(b, n->data, n->data_len);
    puts_z(b, ">");
}

/* The first child the serialization visits: a template's contents stand
 * for its children; void elements have none. */
static const mt_node *first_child(const mt_node *n)
{
    if (serializes_as_void(n))
        return NULL;
    if (is_html(n, MT_TAG_TEMPLATE)) {
        const mt_node *c = n->first_child;
        return c && c->type == MT_NODE_FRAGMENT ? c->first_child : NULL;
    }
    return n->first_child;
}

/* The parent as the serialization sees it: the children of a template's
 * contents belong to the template. */
static const mt_node *parent_of(const mt_node *n)
{
    const mt_node *p = n->parent;
    if (p && p->type == MT_NODE_FRAGMENT && p->parent && is_html(p->parent, MT_TAG_TEMPLATE))
        return p->parent;
    return p;
}

static void serialize_tree(out_buf *b, const mt_node *root, int outer)
{
    const mt_node *n = outer ? root : first_child(root);
    while (n) {
        put_open(b, n, parent_of(n));
        const mt_node *c = first_child(n);
        if (c) {
            n = c;
            continue;
        }
        /* Close n and every ancestor whose last child it ends. */
        for (;;) {
            if (n == root) {
                if (outer)
                    put_close(b, n);
                return;
            }
            put_close(b, n);
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent == root ? root : parent_of(n);
        }
    }
}

MT_API char *mt_serialize(const mt_document *doc, const mt_node *node, int outer, size_t *len,
                          mt_status *status)
{
    mt_status dummy;
    if (!status)
        status = &dummy;
    if (len)
        *len = 0;
    if (!doc || !node) {
        *status = MT_ERR_INVALID_ARG;
        return NULL;
    }
    out_buf b = { doc->arena.alloc, NULL, 0, 0, 0 };
    if (node->type == MT_NODE_DOCUMENT || node->type == MT_NODE_FRAGMENT)
        outer = 0;
    serialize_tree(&b, node, outer);
    if (reserve(&b, 1) != 0) {
        mt_mem_free(b.alloc, b.p, b.cap);
        *status = MT_ERR_NOMEM;
        return NULL;
    }
    b.p[b.len] = '\0';
    if (len)
        *len = b.len;
    *status = MT_OK;
    return b.p;
}
