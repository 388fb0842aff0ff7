/* dom.h -- the document tree as the library sees it from inside.
 *
 * Nodes live in the document's arena and are freed with it. Strings are
 * (pointer, length) slices: into the parsed input when the bytes are used as
 * they stand, into the arena when they had to be made (decoded character
 * references, lowercased names, merged text). Every slice is also followed by
 * a NUL byte, except slices into the caller's input, which are not. */
#ifndef MT_DOM_DOM_H
#define MT_DOM_DOM_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include "maintext.h"
#include "util/arena.h"
#include "html/tags.h"

/* Attribute namespaces (only foreign content gives them; see the HTML
 * standard's "adjust foreign attributes"). */
enum { MT_ATTR_NS_NONE = 0, MT_ATTR_NS_XLINK, MT_ATTR_NS_XML, MT_ATTR_NS_XMLNS };

typedef struct mt_attr {
    /* local name, lowercase (foreign: adjusted case); a namespaced one's
     * prefix ("xlink:", mt_dom_attr_prefix_len) stands just before it */
    const char *name;
    const char *value;      /* doctype ids: NULL = missing */
    uint32_t name_len;
    uint32_t value_len;
    uint8_t ns;             /* MT_ATTR_NS_* */
} mt_attr;

/* The length of the prefix written before an attribute's local name
 * ("xlink:", "xml:", "xmlns:"; none for "xmlns" itself): its qualified
 * name is a->name minus that, and as many bytes longer. */
static inline size_t mt_dom_attr_prefix_len(const mt_attr *a)
{
    switch (a->ns) {
    case MT_ATTR_NS_XLINK: return 6;
    case MT_ATTR_NS_XML: return 4;
    case MT_ATTR_NS_XMLNS: return a->name_len == 5 && memcmp(a->name, "xmlns", 5) == 0 ? 0 : 6;
    default: return 0;
    }
}

/* Node flags. */
enum {
    /* Element: the HTML integration point (MathML annotation-xml with an
     * HTML or SVG encoding attribute); set by the tree builder. */
    MT_NODEF_HTML_INTEGRATION = 1u << 0,
    /* Document: quirks mode / limited quirks mode. */
    MT_NODEF_QUIRKS = 1u << 1,
    MT_NODEF_LIMITED_QUIRKS = 1u << 2,
    /* Doctype: force-quirks flag was set. */
    MT_NODEF_FORCE_QUIRKS = 1u << 3,
    /* Text: data lives in the arena (may be grown in place). */
    MT_NODEF_OWNED_TEXT = 1u << 4,
    /* Element: a shadow root's contents were put in it
     * (mt_dom_flatten_shadow_roots). */
    MT_NODEF_SHADOW_HOST = 1u << 5
    /* Bits 24-31 are the tree builder's own while it runs (tree_internal.h);
     * they are clear in a finished tree. */
};

struct mt_node {
    struct mt_node *parent;
    struct mt_node *first_child, *last_child;
    struct mt_node *prev, *next;
    /* Element: local name. Text/comment: data. Doctype: name. */
    const char *data;
    /* Element: attributes. Doctype: two entries, public id then system id
     * (value NULL when missing). */
    mt_attr *attrs;
    uint32_t data_len;
    uint32_t nattrs;
    uint32_t offset;        /* source byte offset (see mt_node_source_offset) */
    uint32_t index;         /* creation order (tree order once shadow roots are
                             * shown), 0 = document; for side tables */
    uint16_t tag;           /* mt_tag of an element, else MT_TAG_UNKNOWN */
    uint8_t type;           /* mt_node_type */
    uint8_t ns;             /* mt_namespace of an element */
    uint32_t flags;         /* MT_NODEF_* */
};

struct mt_document {
    mt_arena arena;
    mt_node *root;              /* the MT_NODE_DOCUMENT node */
    const char *input;          /* the UTF-8 text that was tokenized */
    size_t input_len;
    const char *encoding;       /* Encoding Standard name, static storage */
    int encoding_source;        /* how the encoding was chosen (charset/) */
    uint32_t node_count;
    uint32_t element_count;     /* elements made: at least as many as the tree
                                 * holds, for arrays of elements */
    uint32_t max_nodes;
    unsigned limits;            /* MT_LIMIT_* bits */
    /* the first <base> with an href the parser made outside templates: a
     * sign that the page has a base URL (mt_dom_base_url finds it) */
    const mt_node *base;
    /* the parser made a <template> with a shadowrootmode attribute:
     * mt_dom_flatten_shadow_roots may have work */
    bool shadow_templates;
};

/* ------------------------------------------------------------------ making nodes
 * All return NULL when the arena runs out of memory. Nodes are made
 * detached; link them with the functions below. `index` is assigned from
 * doc->node_count. None of these check max_nodes: the tree builder does. */
mt_node *mt_dom_new_element(mt_document *doc, mt_tag tag, mt_namespace ns,
                            const char *name, size_t name_len, uint32_t offset);

/* Inline: the parser makes one node per tag and text run. */
static inline mt_node *mt_dom_new_node(mt_document *doc, mt_node_type type, uint32_t offset)
{
    mt_node *n = (mt_node *)mt_arena_calloc(&doc->arena, sizeof *n);
    if (!n)
        return NULL;
    n->type = (uint8_t)type;
    n->offset = offset;
    n->index = doc->node_count++;
    doc->element_count += type == MT_NODE_ELEMENT;
    return n;
}

static inline mt_node *mt_dom_new_text(mt_document *doc, const char *data, size_t len,
                                       uint32_t offset)
{
    mt_node *n = mt_dom_new_node(doc, MT_NODE_TEXT, offset);
    if (!n)
        return NULL;
    n->data = data;
    n->data_len = (uint32_t)len;
    return n;
}

/* Appends text to a text node, in place when its data was the arena's latest
 * allocation (so building one long text node from many pieces stays linear);
 * returns 0 on success, -1 on out of memory. */
int mt_dom_text_append(mt_document *doc, mt_node *text, const char *data, size_t len);

/* ------------------------------------------------------------------ linking */
void mt_dom_append(mt_node *parent, mt_node *child);
/* Inserts `child` before `ref` in `parent`; ref NULL appends. */
void mt_dom_insert_before(mt_node *parent, mt_node *child, mt_node *ref);
/* Detaches a node (and its subtree) from its parent. */
void mt_dom_remove(mt_node *node);
/* Moves every child of `from` to the end of `to`, in order. */
void mt_dom_move_children(mt_node *from, mt_node *to);

/* Shows the declarative shadow roots of a finished tree as a browser
 * renders them (shadow.c): each <template shadowrootmode="open|closed">
 * whose parent may be a shadow host (a custom element, a <div>, <p>,
 * <span>, <article>, <section> ... that has none yet) is replaced by its
 * contents, and the host's other children go into the <slot>s they are
 * for; those none takes go into the template, emptied, without
 * attributes and so inert, which stays after the contents (a <script>,
 * <meta>, <link> or <base>, shown nowhere, stays in the host); a slot
 * given children loses its fallback content. For the extractor's own documents: the tree
 * is no longer the parser's: when a root was shown, its nodes are
 * numbered anew (node->index) in tree order. Nothing is allocated; the
 * work is linear in the tree but for matching children with at most 64
 * slots per host. */
void mt_dom_flatten_shadow_roots(mt_document *doc);

/* The template that declares `host`'s shadow root, as flattening would
 * take it (its first child template with shadowrootmode "open" or
 * "closed", when `host` may be a shadow host), or NULL. */
mt_node *mt_dom_declared_shadow_root(const mt_node *host);

/* ------------------------------------------------------------------ reading */
/* The attribute named `name` (lowercase, no namespace), or NULL. */
const mt_attr *mt_dom_attr(const mt_node *el, const char *name, size_t name_len);
/* Same, for a NUL-terminated name. */
const mt_attr *mt_dom_attr_z(const mt_node *el, const char *name);
/* The nearest node holding both a and b (mt_dom_holds), a or b itself
 * when one holds the other; NULL when they are in different trees. Costs
 * the two depths, not their product. */
const mt_node *mt_dom_common_ancestor(const mt_node *a, const mt_node *b);

static inline int mt_dom_is_html(const mt_node *n, mt_tag tag)
{
    return n->type == MT_NODE_ELEMENT && n->tag == tag && n->ns == MT_NS_HTML;
}

/* Whether `n` (NULL: no) is an HTML heading, <h1> to <h6>. */
static inline int mt_dom_is_heading(const mt_node *n)
{
    return n && n->type == MT_NODE_ELEMENT && n->ns == MT_NS_HTML &&
           mt_tag_has(n->tag, MT_TAGF_HEADING);
}

/* Whether `el` is `n` or one of its ancestors. */
static inline int mt_dom_holds(const mt_node *el, const mt_node *n)
{
    for (; n; n = n->parent)
        if (n == el)
            return 1;
    return 0;
}

/* The nearest HTML `tag` element among `n` (NULL: none) and its
 * ancestors below `stop` (NULL: the root), or NULL. */
static inline const mt_node *mt_dom_html_ancestor(const mt_node *n, mt_tag tag,
                                                  const mt_node *stop)
{
    for (; n && n != stop; n = n->parent)
        if (mt_dom_is_html(n, tag))
            return n;
    return NULL;
}

/* The document's base URL (HTML, "the document base URL"): the href of
 * its first <base> that has one, in tree order and outside templates,
 * resolved against `fallback` (the page's address) into `arena`. Without
 * such a <base>, or when its href does not make an absolute URL of a
 * scheme that can be a base (http, https, ftp, file: a "javascript:" or
 * "data:" base is ignored, as browsers ignore it, and so is one of another
 * scheme, which pages do not use), `fallback` itself
 * (which may be NULL). NULL with *oom set when memory runs out. */
const char *mt_dom_base_url(const mt_document *doc, const char *fallback, mt_arena *arena,
                            int *oom);

/* Next node in pre-order inside `root`'s subtree, or NULL. */
static inline mt_node *mt_dom_following(const mt_node *n, const mt_node *root)
{
    if (n->first_child)
        return n->first_child;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

/* Next node in pre-order inside `root`'s subtree, skipping `n`'s children. */
static inline mt_node *mt_dom_following_skip(const mt_node *n, const mt_node *root)
{
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

#endif
