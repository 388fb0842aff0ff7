/* shadow.c -- declarative shadow roots shown as a browser renders them.
 *
 * A <template shadowrootmode="open"> (or "closed") gives its parent a
 * shadow root: browsers show the template's contents in the parent's
 * place, with the parent's own children (its light DOM) shown where the
 * shadow tree's <slot>s stand, and not at all when no slot takes them.
 * Pages rendered on a server by web-component frameworks write their
 * text so. The parser keeps such a template as a template (inert, like
 * any other); mt_dom_flatten_shadow_roots turns each into the tree a
 * reader sees, for extraction. */
#include <string.h>
#include "dom/dom.h"
#include "util/ascii.h"

/* Slots of one shadow tree that light children are matched with; past
 * this many, a child whose slot is not among them is not shown (a shadow
 * tree of components has a few). */
#define MAX_SLOTS 64

/* Whether an attribute's value is `want` (lowercase) in any case. */
static int value_is(const mt_attr *a, const char *want)
{
    size_t n = strlen(want);
    if (!a || a->value_len != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (mt_ascii_lower((unsigned char)a->value[i]) != (unsigned char)want[i])
            return 0;
    return 1;
}

/* Whether `el` is a template that asks for a declarative shadow root. */
static int is_shadow_template(const mt_node *el)
{
    if (!mt_dom_is_html(el, MT_TAG_TEMPLATE))
        return 0;
    const mt_attr *mode = mt_dom_attr(el, "shadowrootmode", 14);
    return value_is(mode, "open") || value_is(mode, "closed");
}

/* Whether a name the parser did not know, `el`'s, is a valid custom
 * element name (the HTML Standard): it has a '-' and is none of the names
 * SVG and MathML keep. The parser's names begin with an ASCII letter and
 * are lowercase already, and hold no space, '/' or '>'. */
static int custom_element_name(const mt_node *el)
{
    static const char *const reserved[] = { "annotation-xml", "color-profile", "font-face",
                                            "font-face-src", "font-face-uri", "font-face-format",
                                            "font-face-name", "missing-glyph" };
    if (!memchr(el->data, '-', el->data_len))
        return 0;
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strlen(reserved[i]) == el->data_len && memcmp(reserved[i], el->data, el->data_len) == 0)
            return 0;
    return 1;
}

/* Whether an element may have a shadow root (the DOM Standard's
 * attachShadow: a custom element, or one of the HTML elements it lists),
 * and has none yet. */
static int may_host(const mt_node *el)
{
    if (el->type != MT_NODE_ELEMENT || el->ns != MT_NS_HTML || (el->flags & MT_NODEF_SHADOW_HOST))
        return 0;
    switch (el->tag) {
    case MT_TAG_ARTICLE: case MT_TAG_ASIDE: case MT_TAG_BLOCKQUOTE: case MT_TAG_BODY:
    case MT_TAG_DIV: case MT_TAG_FOOTER: case MT_TAG_H1: case MT_TAG_H2: case MT_TAG_H3:
    case MT_TAG_H4: case MT_TAG_H5: case MT_TAG_H6: case MT_TAG_HEADER: case MT_TAG_MAIN:
    case MT_TAG_NAV: case MT_TAG_P: case MT_TAG_SECTION: case MT_TAG_SPAN:
        return 1;
    default:
        return el->tag == MT_TAG_UNKNOWN && custom_element_name(el);
    }
}

/* The first child of `host` that declares its shadow root, or NULL: a
 * later one the parser leaves a template, inert. */
static mt_node *declared_root(const mt_node *host)
{
    for (mt_node *c = host->first_child; c; c = c->next)
        if (is_shadow_template(c))
            return c;
    return NULL;
}

/* The value of an element's attribute `name` (n bytes), "" without it;
 * its length in *len. */
static const char *value_or_empty(const mt_node *el, const char *name, size_t n, size_t *len)
{
    const mt_attr *a = mt_dom_attr(el, name, n);
    *len = a ? a->value_len : 0;
    return a ? a->value : "";
}

/* The slots of the shadow tree first..last (children of `host`, in
 * order), in tree order, at most MAX_SLOTS; templates' contents are not
 * searched (inert). */
static size_t find_slots(const mt_node *host, mt_node *first, mt_node *last, mt_node **slots)
{
    size_t n = 0;
    const mt_node *end = last->next;
    for (mt_node *p = first; p && p != end && n < MAX_SLOTS;) {
        if (mt_dom_is_html(p, MT_TAG_SLOT))
            slots[n++] = p;
        p = mt_dom_is_html(p, MT_TAG_TEMPLATE) ? mt_dom_following_skip(p, host)
                                               : mt_dom_following(p, host);
    }
    return n;
}

/* A slot of the shadow tree and the name light children ask it by. */
typedef struct slot {
    mt_node *el;
    const char *name;
    size_t len;
    int filled;         /* given a child: its fallback content is gone */
} slot;

/* The first slot named name[0..len), or NULL. */
static slot *slot_named(slot *slots, size_t n, const char *name, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (slots[i].len == len && (!len || memcmp(slots[i].name, name, len) == 0))
            return &slots[i];
    return NULL;
}

/* A light child of a host that no slot takes: it is not shown. It goes
 * into `park` (the emptied template, inert: read as any template is, its
 * contents never shown; NULL: out of the tree), so that what reads the
 * document and not the page as shown -- the mended reading's look for an
 * element that swallowed the page -- still finds it; but the elements that
 * show nothing wherever they stand and that a page's metadata is read
 * from (JSON-LD in a <script>, <meta>, <link rel=canonical>, <base>) stay
 * in the host, as in a browser's document. */
static void drop_unslotted(mt_node *c, mt_node *park)
{
    if (c->type == MT_NODE_ELEMENT && c->ns == MT_NS_HTML &&
        (c->tag == MT_TAG_SCRIPT || c->tag == MT_TAG_META || c->tag == MT_TAG_LINK ||
         c->tag == MT_TAG_BASE))
        return;
    if (park)
        mt_dom_append(park, c);
    else
        mt_dom_remove(c);
}

/* Puts each light child of `host` (every child but first..last, the
 * shadow tree, and `tpl`) into its slot, after the slot's fallback content
 * is taken out; a child no slot takes goes to `park` (drop_unslotted). */
static void assign_light_children(mt_node *host, mt_node *first, mt_node *last,
                                  const mt_node *tpl, mt_node *park)
{
    mt_node *found[MAX_SLOTS];
    size_t nslots = find_slots(host, first, last, found);
    slot slots[MAX_SLOTS];
    for (size_t i = 0; i < nslots; i++) {
        slots[i] = (slot){ found[i], NULL, 0, 0 };
        slots[i].name = value_or_empty(found[i], "name", 4, &slots[i].len);
    }
    mt_node *c = host->first_child;
    while (c) {
        if (c == first || c == tpl) {
            c = c == first ? last->next : c->next;
            continue;
        }
        mt_node *next = c->next;
        /* an element asks by its slot attribute, text for the default slot */
        size_t len;
        const char *name = value_or_empty(c, "slot", 4, &len);
        slot *to = slot_named(slots, nslots, name, len);
        if (to) {
            if (!to->filled) {
                while (to->el->first_child)
                    mt_dom_remove(to->el->first_child);
                to->filled = 1;
            }
            mt_dom_append(to->el, c);
        } else {
            drop_unslotted(c, park);
        }
        c = next;
    }
}

/* Gives `host` the shadow root `tpl` declares: the template's contents in
 * its place, the host's other children in their slots; the template,
 * emptied and without attributes, stays after the contents while it holds
 * the children no slot takes. */
static void attach(mt_node *host, mt_node *tpl)
{
    mt_node *content = tpl->first_child;
    mt_node *first = NULL, *last = NULL, *park = NULL;
    if (content && content->type == MT_NODE_FRAGMENT) {
        first = content->first_child;
        last = content->last_child;
        while (content->first_child)
            mt_dom_insert_before(host, content->first_child, tpl);
        park = content;
    }
    host->flags |= MT_NODEF_SHADOW_HOST;
    if (first) {
        assign_light_children(host, first, last, tpl, park);
    } else {
        /* an empty shadow root shows nothing of the host's children */
        for (mt_node *c = host->first_child, *next; c; c = next) {
            next = c->next;
            if (c != tpl)
                drop_unslotted(c, park);
        }
    }
    tpl->nattrs = 0;
    if (!park || !park->first_child)
        mt_dom_remove(tpl);
}

mt_node *mt_dom_declared_shadow_root(const mt_node *host)
{
    return may_host(host) ? declared_root(host) : NULL;
}

/* Numbers the nodes of the tree (template contents too) in tree order:
 * the extraction reads node->index as the order nodes are shown in (and
 * indexes its side tables, node_count long, by it), while the parser
 * numbered them as it made them -- a slotted child after the shadow tree
 * it now stands inside. Nodes out of the tree keep their numbers. */
static void renumber(mt_document *doc)
{
    uint32_t i = 0;
    for (mt_node *n = doc->root; n; n = mt_dom_following(n, doc->root))
        n->index = i++;
}

/* One walk down the tree: an element that may host gets its shadow root
 * as the walk enters it, before its children are read, so that its light
 * children are met once, in their slots (met before their template, they
 * were walked again for each host above them). */
void mt_dom_flatten_shadow_roots(mt_document *doc)
{
    if (!doc->shadow_templates || !doc->root)
        return;
    mt_node *root = doc->root;
    int attached = 0;
    for (mt_node *n = root->first_child; n;) {
        /* templates' contents are inert: their shadow roots are none */
        if (mt_dom_is_html(n, MT_TAG_TEMPLATE)) {
            n = mt_dom_following_skip(n, root);
            continue;
        }
        mt_node *tpl = mt_dom_declared_shadow_root(n);
        if (tpl) {
            attach(n, tpl);
            attached = 1;
        }
        n = mt_dom_following(n, root);
    }
    if (attached)
        renumber(doc);
}
