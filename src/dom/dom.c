/* dom.c -- making, linking and reading nodes; the public read-only tree API. */
#include <string.h>
#include "dom/dom.h"
#include "util/ascii.h"
#include "util/url.h"

/* ================================================================ making */

mt_node *mt_dom_new_element(mt_document *doc, mt_tag tag, mt_namespace ns,
                            const char *name, size_t name_len, uint32_t offset)
{
    mt_node *n = mt_dom_new_node(doc, MT_NODE_ELEMENT, offset);
    if (!n)
        return NULL;
    n->tag = (uint16_t)tag;
    n->ns = (uint8_t)ns;
    if (tag != MT_TAG_UNKNOWN && ns == MT_NS_HTML && !name) {
        n->data = mt_tag_names[tag];
        n->data_len = mt_tag_name_lengths[tag];
    } else {
        n->data = name ? name : "";
        n->data_len = (uint32_t)name_len;
    }
    return n;
}

int mt_dom_text_append(mt_document *doc, mt_node *text, const char *data, size_t len)
{
    if (len == 0)
        return 0;
    size_t old = text->data_len;
    /* Contiguous slices of the same buffer need no copy: the token after an
     * ignored end tag often continues exactly where the previous one ended. */
    if (!(text->flags & MT_NODEF_OWNED_TEXT) && text->data + old == data) {
        text->data_len = (uint32_t)(old + len);
        return 0;
    }
    char *buf;
    if (text->flags & MT_NODEF_OWNED_TEXT) {
        /* data_len + 1 bytes are allocated (the trailing NUL) */
        buf = mt_arena_grow(&doc->arena, (char *)text->data, old + 1, old + len + 1);
    } else {
        buf = mt_arena_alloc_bytes(&doc->arena, old + len + 1);
        if (buf && old)
            memcpy(buf, text->data, old);
    }
    if (!buf)
        return -1;
    memcpy(buf + old, data, len);
    buf[old + len] = '\0';
    text->data = buf;
    text->data_len = (uint32_t)(old + len);
    text->flags |= MT_NODEF_OWNED_TEXT;
    return 0;
}

/* ================================================================ linking */

void mt_dom_remove(mt_node *node)
{
    mt_node *p = node->parent;
    if (!p)
        return;
    if (node->prev)
        node->prev->next = node->next;
    else
        p->first_child = node->next;
    if (node->next)
        node->next->prev = node->prev;
    else
        p->last_child = node->prev;
    node->parent = node->prev = node->next = NULL;
}

void mt_dom_insert_before(mt_node *parent, mt_node *child, mt_node *ref)
{
    if (child->parent)
        mt_dom_remove(child);
    if (!ref) {
        mt_dom_append(parent, child);
        return;
    }
    child->parent = parent;
    child->next = ref;
    child->prev = ref->prev;
    if (ref->prev)
        ref->prev->next = child;
    else
        parent->first_child = child;
    ref->prev = child;
}

void mt_dom_append(mt_node *parent, mt_node *child)
{
    if (child->parent)
        mt_dom_remove(child);
    child->parent = parent;
    child->next = NULL;
    child->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

static unsigned depth_of(const mt_node *n)
{
    unsigned d = 0;
    for (; n; n = n->parent)
        d++;
    return d;
}

const mt_node *mt_dom_common_ancestor(const mt_node *a, const mt_node *b)
{
    /* both climbed to one depth, then together */
    unsigned da = depth_of(a), db = depth_of(b);
    for (; da > db; da--)
        a = a->parent;
    for (; db > da; db--)
        b = b->parent;
    while (a != b) {
        a = a->parent;
        b = b->parent;
    }
    return a;
}

void mt_dom_move_children(mt_node *from, mt_node *to)
{
    mt_node *c = from->first_child;
    if (!c)
        return;
    for (mt_node *k = c; k; k = k->next)
        k->parent = to;
    c->prev = to->last_child;
    if (to->last_child)
        to->last_child->next = c;
    else
        to->first_child = c;
    to->last_child = from->last_child;
    from->first_child = from->last_child = NULL;
}

/* ================================================================ reading */

const mt_attr *mt_dom_attr(const mt_node *el, const char *name, size_t name_len)
{
    if (!el || el->type != MT_NODE_ELEMENT)
        return NULL;
    for (uint32_t i = 0; i < el->nattrs; i++) {
        const mt_attr *a = &el->attrs[i];
        if (a->name_len == name_len && a->ns == MT_ATTR_NS_NONE &&
            memcmp(a->name, name, name_len) == 0)
            return a;
    }
    return NULL;
}

const mt_attr *mt_dom_attr_z(const mt_node *el, const char *name)
{
    return mt_dom_attr(el, name, strlen(name));
}

/* The href of the document's first <base> that has one, in tree order
 * (foster parenting can put a later <base> before an earlier one; one
 * that <frameset> took out of the tree is none), outside templates. The
 * tree is walked only when the parser made such a <base>. */
static const mt_attr *base_href(const mt_document *doc)
{
    if (!doc->base)
        return NULL;
    const mt_node *root = doc->root;
    for (const mt_node *n = root->first_child; n;) {
        if (mt_dom_is_html(n, MT_TAG_TEMPLATE)) {
            n = mt_dom_following_skip(n, root);
            continue;
        }
        const mt_attr *href = mt_dom_is_html(n, MT_TAG_BASE) ? mt_dom_attr(n, "href", 4) : NULL;
        if (href && href->value)
            return href;
        n = mt_dom_following(n, root);
    }
    return NULL;
}

/* Whether an absolute URL's scheme is one that the web's relative URLs
 * resolve against. Narrower than the standard, which passes over only
 * data: and javascript: bases: against mailto: or urn: a relative path
 * makes no URL, and a base of another scheme is not met on pages. */
static int scheme_can_be_base(const char *url)
{
    static const char *const schemes[] = { "http", "https", "ftp", "file" };
    size_t n = mt_url_scheme_length(url, strlen(url));
    for (size_t i = 0; n && i < sizeof schemes / sizeof schemes[0]; i++)
        if (strlen(schemes[i]) == n && mt_ascii_equal_ci(url, schemes[i], n))
            return 1;
    return 0;
}

const char *mt_dom_base_url(const mt_document *doc, const char *fallback, mt_arena *arena,
                            int *oom)
{
    const mt_attr *href = base_href(doc);
    if (!href)
        return fallback;
    const char *base = mt_url_resolve(arena, fallback, href->value, href->value_len);
    if (!base) {
        *oom = 1;
        return NULL;
    }
    return scheme_can_be_base(base) ? base : fallback;
}

/* ================================================================ public API */

MT_API const mt_node *mt_node_parent(const mt_node *n) { return n ? n->parent : NULL; }
MT_API const mt_node *mt_node_first_child(const mt_node *n) { return n ? n->first_child : NULL; }
MT_API const mt_node *mt_node_last_child(const mt_node *n) { return n ? n->last_child : NULL; }
MT_API const mt_node *mt_node_next(const mt_node *n) { return n ? n->next : NULL; }
MT_API const mt_node *mt_node_prev(const mt_node *n) { return n ? n->prev : NULL; }

MT_API const mt_node *mt_node_following(const mt_node *n, const mt_node *root)
{
    return n ? mt_dom_following(n, root) : NULL;
}

MT_API mt_node_type mt_node_get_type(const mt_node *n)
{
    return n ? (mt_node_type)n->type : MT_NODE_DOCUMENT;
}

MT_API mt_namespace mt_node_namespace(const mt_node *n)
{
    return n ? (mt_namespace)n->ns : MT_NS_HTML;
}

/* The data of `n` when it is of type `a` or `b`: "" for a node of
 * another type, NULL for a NULL node (maintext.h's NULL rule). */
static const char *node_data(const mt_node *n, mt_node_type a, mt_node_type b, size_t *len)
{
    int has = n && (n->type == a || n->type == b);
    if (len)
        *len = has ? n->data_len : 0;
    return has ? n->data : n ? "" : NULL;
}

MT_API const char *mt_node_name(const mt_node *n, size_t *len)
{
    return node_data(n, MT_NODE_ELEMENT, MT_NODE_DOCTYPE, len);
}

MT_API const char *mt_node_text(const mt_node *n, size_t *len)
{
    return node_data(n, MT_NODE_TEXT, MT_NODE_COMMENT, len);
}

MT_API size_t mt_node_source_offset(const mt_node *n) { return n ? n->offset : 0; }

MT_API size_t mt_node_attribute_count(const mt_node *n)
{
    return n && n->type == MT_NODE_ELEMENT ? n->nattrs : 0;
}

MT_API int mt_node_attribute(const mt_node *n, size_t i, const char **name, size_t *name_len,
                             const char **value, size_t *value_len)
{
    if (!n || n->type != MT_NODE_ELEMENT || i >= n->nattrs)
        return 0;
    const mt_attr *a = &n->attrs[i];
    size_t prefix = mt_dom_attr_prefix_len(a);
    if (name)
        *name = a->name - prefix;
    if (name_len)
        *name_len = a->name_len + prefix;
    if (value)
        *value = a->value;
    if (value_len)
        *value_len = a->value_len;
    return 1;
}

/* Whether an attribute's qualified name is `name`, in any ASCII case. */
static int is_named(const mt_attr *a, const char *name, size_t name_len)
{
    size_t prefix = mt_dom_attr_prefix_len(a);
    const char *q = a->name - prefix;
    if (a->name_len + prefix != name_len)
        return 0;
    for (size_t k = 0; k < name_len; k++)
        if (mt_ascii_lower((unsigned char)q[k]) != mt_ascii_lower((unsigned char)name[k]))
            return 0;
    return 1;
}

MT_API const char *mt_node_get_attribute(const mt_node *n, const char *name, size_t *len)
{
    if (len)
        *len = 0;
    if (!n || !name || n->type != MT_NODE_ELEMENT)
        return NULL;
    size_t name_len = strlen(name);
    for (uint32_t i = 0; i < n->nattrs; i++) {
        const mt_attr *a = &n->attrs[i];
        if (is_named(a, name, name_len)) {
            if (len)
                *len = a->value_len;
            return a->value;
        }
    }
    return NULL;
}
