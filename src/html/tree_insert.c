/* tree_insert.c -- making nodes and putting them where the standard says
 * (13.2.6.1: the appropriate place for inserting a node, foster parenting,
 * inserting characters and comments), and the node limit.
 *
 * Memory: nodes and attribute arrays live in the document's arena. Strings
 * that lie in the input (names, values, text used as they stand) are kept as
 * slices of it; strings the tokenizer had to make (decoded references,
 * lowercased names) are copied, because its scratch space is reused by the
 * next token. Adjacent text merges into one node. */
#include <string.h>
#include "html/tree_internal.h"

static const char replacement_char[] = "\xEF\xBF\xBD";  /* U+FFFD */

void mt_tree_nomem(mt_tree *t)
{
    t->status = MT_ERR_NOMEM;
    t->done = true;
}

const char *mt_tree_copy_string(mt_tree *t, const char *s, size_t n)
{
    if (!s || n == 0)
        return "";
    char *copy = mt_arena_strndup(&t->doc->arena, s, n);
    if (!copy)
        mt_tree_nomem(t);
    return copy;
}

bool mt_tree_node_budget(mt_tree *t, uint32_t n)
{
    if (t->doc->node_count + (uint64_t)n <= t->max_nodes)
        return true;
    t->doc->limits |= MT_LIMIT_NODES;
    return false;
}

/* ================================================================ where nodes go */

mt_node *mt_tree_template_content(mt_node *tpl)
{
    mt_node *c = tpl->first_child;
    return c && c->type == MT_NODE_FRAGMENT ? c : tpl;
}

static bool is_table_like(const mt_node *n)
{
    if (n->ns != MT_NS_HTML)
        return false;
    switch (n->tag) {
    case MT_TAG_TABLE: case MT_TAG_TBODY: case MT_TAG_TFOOT: case MT_TAG_THEAD: case MT_TAG_TR:
        return true;
    default:
        return false;
    }
}

static int last_open(const mt_tree *t, mt_tag tag)
{
    if (!t->open_count[tag])
        return -1;
    for (uint32_t i = t->nstack; i-- > 0;)
        if (mt_tree_is(t->stack[i], tag))
            return (int)i;
    return -1;
}

/* Foster parenting: content misplaced in a table goes before the table. */
static mt_tree_place foster_place(mt_tree *t)
{
    mt_tree_place p = { NULL, NULL };
    int table = last_open(t, MT_TAG_TABLE);
    int tpl = last_open(t, MT_TAG_TEMPLATE);
    if (tpl >= 0 && (table < 0 || tpl > table)) {
        p.parent = t->stack[tpl];
    } else if (table < 0) {
        p.parent = t->stack[0];
    } else if (t->stack[table]->parent) {
        p.parent = t->stack[table]->parent;
        p.before = t->stack[table];
    } else {
        p.parent = t->stack[table - 1];
    }
    return p;
}

/* "The appropriate place for inserting a node", optionally with an override
 * target. */
mt_tree_place mt_tree_place_for(mt_tree *t, mt_node *override_target)
{
    mt_tree_place p = { override_target ? override_target : mt_tree_current(t), NULL };
    if (!p.parent) {
        p.parent = t->doc->root;
        return p;
    }
    if (t->foster_parenting && is_table_like(p.parent))
        p = foster_place(t);
    if (mt_tree_is(p.parent, MT_TAG_TEMPLATE))
        p.parent = mt_tree_template_content(p.parent);
    return p;
}

void mt_tree_place_node(mt_tree_place place, mt_node *n)
{
    mt_dom_insert_before(place.parent, n, place.before);
}

/* ================================================================ elements */

/* Copies the token's attributes into the arena; for foreign elements the
 * names are adjusted as the standard says. */
static mt_attr *copy_attributes(mt_tree *t, const mt_token *tok, mt_namespace ns)
{
    mt_attr *attrs = mt_arena_alloc(&t->doc->arena, tok->nattrs * sizeof *attrs);
    if (!attrs) {
        mt_tree_nomem(t);
        return NULL;
    }
    for (uint32_t i = 0; i < tok->nattrs; i++) {
        const mt_token_attr *src = &tok->attrs[i];
        mt_attr *a = &attrs[i];
        a->name = mt_tree_keep_string(t, src->name, src->name_len);
        a->value = mt_tree_keep_string(t, src->value, src->value_len);
        if (!a->name || !a->value)
            return NULL;
        a->name_len = src->name_len;
        a->value_len = src->value_len;
        a->ns = MT_ATTR_NS_NONE;
        if (ns != MT_NS_HTML)
            mt_tree_adjust_foreign_attr(a, ns);
    }
    return attrs;
}

/* The element's local name: the static name of a known HTML tag, the SVG
 * name with its case adjusted, or the token's name. An HTML element named
 * selectedcontent (not in the tag table) turns on tree_select.c's work;
 * asked here, the known tags, nearly all elements, pay nothing for it. */
static const char *element_name(mt_tree *t, const mt_token *tok, mt_namespace ns, size_t *len)
{
    if (ns == MT_NS_HTML && tok->tag != MT_TAG_UNKNOWN) {
        *len = mt_tag_name_lengths[tok->tag];
        return mt_tag_names[tok->tag];
    }
    if (ns == MT_NS_HTML && mt_tree_is_selectedcontent_name(tok->name, tok->name_len))
        t->selectedcontent = true;
    if (ns == MT_NS_SVG) {
        const char *adjusted = mt_tree_svg_tag_name(tok->name, tok->name_len, len);
        if (adjusted)
            return adjusted;
    }
    *len = tok->name_len;
    return mt_tree_keep_string(t, tok->name, tok->name_len);
}

static bool is_html_encoding(const mt_token *tok)
{
    return mt_tree_token_attr_is(tok, "encoding", "text/html") ||
           mt_tree_token_attr_is(tok, "encoding", "application/xhtml+xml");
}

/* A template element comes with its contents, a fragment node as its first
 * child; the two are made together or not at all. */
static bool add_template_content(mt_tree *t, mt_node *tpl, uint32_t offset)
{
    mt_node *content = mt_dom_new_node(t->doc, MT_NODE_FRAGMENT, offset);
    if (!content) {
        mt_tree_nomem(t);
        return false;
    }
    mt_dom_append(tpl, content);
    return true;
}

mt_node *mt_tree_create_element(mt_tree *t, const mt_token *tok, mt_namespace ns, unsigned how)
{
    bool is_template = ns == MT_NS_HTML && tok->tag == MT_TAG_TEMPLATE;
    if (!(how & MT_INSERT_FORCE) && !mt_tree_node_budget(t, is_template ? 2 : 1))
        return NULL;
    if (tok->attrs_truncated)
        t->doc->limits |= MT_LIMIT_ATTRIBUTES;
    size_t name_len;
    const char *name = element_name(t, tok, ns, &name_len);
    if (!name)
        return NULL;
    mt_node *el = mt_dom_new_element(t->doc, tok->tag, ns, name, name_len, tok->offset);
    if (!el) {
        mt_tree_nomem(t);
        return NULL;
    }
    if (tok->nattrs) {
        el->attrs = copy_attributes(t, tok, ns);
        if (!el->attrs)
            return NULL;
        el->nattrs = tok->nattrs;
    }
    if (ns == MT_NS_MATHML && tok->tag == MT_TAG_ANNOTATION_XML && is_html_encoding(tok))
        el->flags |= MT_NODEF_HTML_INTEGRATION;
    if (is_template && el->nattrs && mt_dom_attr(el, "shadowrootmode", 14))
        t->doc->shadow_templates = true;
    if (is_template && !add_template_content(t, el, tok->offset))
        return NULL;
    return el;
}

/* How many bytes of attributes clones may share, over a page. A formatting
 * element left open is cloned again for every paragraph after it (an
 * unclosed <b style="...">, then 100,000 <p>s), and every later reading
 * of the page reads each clone's attributes again: a megabyte of style
 * cloned for every <p> of a megabyte page took minutes. Real pages clone
 * a few thousand elements of a few dozen bytes. */
#define CLONE_ATTR_BUDGET (32u << 20)
/* What an attribute counts for besides its bytes: a clone of a thousand
 * empty attributes costs as much to read as one long one. */
#define ATTR_OVERHEAD 16

/* The bytes of an element's attributes, with ATTR_OVERHEAD each. */
static size_t attrs_weight(const mt_node *el)
{
    size_t w = 0;
    for (uint32_t i = 0; i < el->nattrs; i++)
        w += ATTR_OVERHEAD + el->attrs[i].name_len + el->attrs[i].value_len;
    return w;
}

mt_node *mt_tree_clone_element(mt_tree *t, const mt_node *el)
{
    if (!mt_tree_node_budget(t, 1))
        return NULL;
    mt_node *copy = mt_dom_new_element(t->doc, (mt_tag)el->tag, (mt_namespace)el->ns,
                                       el->data, el->data_len, el->offset);
    if (!copy) {
        mt_tree_nomem(t);
        return NULL;
    }
    /* Attribute arrays are never changed after creation (only <html> and
     * <body> gain attributes, and they are never copied), so they are
     * shared; past the budget a clone gets none (MT_LIMIT_ATTRIBUTES). */
    size_t weight = el->nattrs ? attrs_weight(el) : 0;
    if (weight <= CLONE_ATTR_BUDGET - t->clone_attr_bytes) {
        t->clone_attr_bytes += weight;
        copy->attrs = el->attrs;
        copy->nattrs = el->nattrs;
    } else {
        t->doc->limits |= MT_LIMIT_ATTRIBUTES;
    }
    copy->flags = el->flags & ~(MT_TREE_NODEF_OPEN | MT_TREE_NODEF_WATCH);
    return copy;
}

mt_node *mt_tree_insert_element(mt_tree *t, const mt_token *tok, mt_namespace ns, unsigned how)
{
    mt_node *el = mt_tree_create_element(t, tok, ns, how);
    if (!el)
        return NULL;
    mt_tree_place_node(mt_tree_place_for(t, NULL), el);
    if (!(how & MT_INSERT_LEAF))
        mt_tree_push(t, el, (how & MT_INSERT_TEXT_ONLY) != 0);
    return el;
}

mt_node *mt_tree_insert_implied(mt_tree *t, mt_tag tag, unsigned how)
{
    mt_token tok;
    memset(&tok, 0, sizeof tok);
    tok.type = MT_TOKEN_START_TAG;
    tok.tag = tag;
    tok.name = mt_tag_names[tag];
    tok.name_len = mt_tag_name_lengths[tag];
    tok.offset = t->token_offset;
    return mt_tree_insert_element(t, &tok, MT_NS_HTML, how);
}

void mt_tree_merge_attributes(mt_tree *t, mt_node *el, const mt_token *tok)
{
    uint32_t add = 0;
    for (uint32_t i = 0; i < tok->nattrs; i++)
        if (!mt_dom_attr(el, tok->attrs[i].name, tok->attrs[i].name_len))
            add++;
    if (!add)
        return;
    mt_attr *attrs = mt_arena_alloc(&t->doc->arena, (el->nattrs + add) * sizeof *attrs);
    if (!attrs) {
        mt_tree_nomem(t);
        return;
    }
    if (el->nattrs)
        memcpy(attrs, el->attrs, el->nattrs * sizeof *attrs);
    uint32_t n = el->nattrs;
    for (uint32_t i = 0; i < tok->nattrs; i++) {
        const mt_token_attr *src = &tok->attrs[i];
        if (mt_dom_attr(el, src->name, src->name_len))
            continue;
        mt_attr *a = &attrs[n++];
        a->name = mt_tree_keep_string(t, src->name, src->name_len);
        a->value = mt_tree_keep_string(t, src->value, src->value_len);
        if (!a->name || !a->value)
            return;
        a->name_len = src->name_len;
        a->value_len = src->value_len;
        a->ns = MT_ATTR_NS_NONE;
    }
    el->attrs = attrs;
    el->nattrs = n;
}

/* ================================================================ text */

/* Appends to an existing text node.
 *
 * The common cases are cheap: bytes that continue the node's slice of the
 * input extend it, and short text is copied (mt_dom_text_append). A text
 * node that keeps growing by pieces -- text between ignored tags, or the
 * whitespace inside a table and the text fostered before it, taking turns --
 * gets a buffer with room to spare, doubled when full, and the tree
 * remembers that room for the few nodes that can be growing at once (the
 * current node's, the fostered one, the one past the node limit). Without
 * that, each piece would copy the whole node: quadratic on hostile pages. */
static bool extends_input_slice(const mt_tree *t, const mt_node *text, const char *s)
{
    return !(text->flags & MT_NODEF_OWNED_TEXT) && text->data + text->data_len == s &&
           mt_tree_in_input(t, s);
}

static mt_tree_growing *growing_entry(mt_tree *t, const mt_node *text)
{
    for (int i = 0; i < MT_TREE_GROWING; i++)
        if (t->growing[i].node == text)
            return &t->growing[i];
    return NULL;
}

/* Moves the node's text into a buffer of twice the needed size. */
static bool regrow(mt_tree *t, mt_node *text, size_t need)
{
    if (need > SIZE_MAX / 4 || need > UINT32_MAX) {
        mt_tree_nomem(t);
        return false;
    }
    size_t cap = 2 * need;
    char *buf = mt_arena_alloc_bytes(&t->doc->arena, cap);
    if (!buf) {
        mt_tree_nomem(t);
        return false;
    }
    memcpy(buf, text->data, text->data_len);
    text->data = buf;
    text->flags |= MT_NODEF_OWNED_TEXT;
    mt_tree_growing *g = growing_entry(t, text);
    if (!g) {
        g = &t->growing[t->growing_next];
        t->growing_next = (t->growing_next + 1) % MT_TREE_GROWING;
        g->node = text;
    }
    g->cap = cap;
    return true;
}

static void append_text(mt_tree *t, mt_node *text, const char *s, size_t n)
{
    size_t need = (size_t)text->data_len + n + 1;
    mt_tree_growing *g = growing_entry(t, text);
    if (!g && (need < 256 || extends_input_slice(t, text, s))) {
        if (!(text->flags & MT_NODEF_OWNED_TEXT) && text->data + text->data_len == s &&
            !mt_tree_in_input(t, s)) {
            /* scratch bytes that happen to follow the slice in memory */
            s = mt_arena_strndup(&t->doc->arena, s, n);
            if (!s) {
                mt_tree_nomem(t);
                return;
            }
        }
        if (mt_dom_text_append(t->doc, text, s, n) != 0)
            mt_tree_nomem(t);
        return;
    }
    if ((!g || g->cap < need) && !regrow(t, text, need))
        return;
    char *buf = (char *)text->data;
    memcpy(buf + text->data_len, s, n);
    text->data_len += (uint32_t)n;
    buf[text->data_len] = '\0';
}

/* "Insert a character": into the text node just before the insertion point
 * when there is one, else into a new text node. Beyond max_nodes no new
 * node can be made, and the text joins the last text node the parse made, so
 * no page text is lost (it is kept in order, flattened). */
void mt_tree_insert_text(mt_tree *t, const char *s, size_t n, uint32_t offset)
{
    if (!n)
        return;
    mt_tree_place p;
    mt_node *cur = mt_tree_current(t);
    if (cur && !t->foster_parenting && cur->tag != MT_TAG_TEMPLATE) {
        p.parent = cur;
        p.before = NULL;
    } else {
        p = mt_tree_place_for(t, NULL);
    }
    if (p.parent->type == MT_NODE_DOCUMENT)
        return;
    mt_node *prev = p.before ? p.before->prev : p.parent->last_child;
    if (prev && prev->type == MT_NODE_TEXT) {
        append_text(t, prev, s, n);
        return;
    }
    if (!mt_tree_node_budget(t, 1)) {
        if (t->last_text)
            append_text(t, t->last_text, s, n);
        return;
    }
    const char *data = mt_tree_keep_string(t, s, n);
    if (!data)
        return;
    mt_node *text = mt_dom_new_text(t->doc, data, n, offset);
    if (!text) {
        mt_tree_nomem(t);
        return;
    }
    if (data != s)
        text->flags |= MT_NODEF_OWNED_TEXT;
    mt_tree_place_node(p, text);
    t->last_text = text;
}

void mt_tree_insert_run_nul(mt_tree *t, const mt_token *tok, mt_nul_policy nul)
{
    const char *s = tok->data;
    size_t n = tok->data_len;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '\0')
            continue;
        mt_tree_insert_text(t, s + start, i - start, tok->offset + (uint32_t)start);
        if (i < n && nul == MT_NUL_REPLACE)
            mt_tree_insert_text(t, replacement_char, 3, tok->offset + (uint32_t)i);
        start = i + 1;
    }
}

/* Inserts only the whitespace characters of a run (the frameset modes
 * ignore everything else). */
void mt_tree_insert_spaces_only(mt_tree *t, const mt_token *tok)
{
    const char *s = tok->data;
    size_t n = tok->data_len, i = 0;
    while (i < n) {
        size_t start = i;
        while (i < n && mt_tree_is_space((unsigned char)s[i]))
            i++;
        mt_tree_insert_text(t, s + start, i - start, tok->offset + (uint32_t)start);
        while (i < n && !mt_tree_is_space((unsigned char)s[i]))
            i++;
    }
}

/* ================================================================ comments */

void mt_tree_insert_comment(mt_tree *t, const mt_token *tok, mt_node *parent)
{
    if (!mt_tree_node_budget(t, 1))
        return;
    mt_tree_place p = { parent, NULL };
    if (!parent)
        p = mt_tree_place_for(t, NULL);
    mt_node *c = mt_dom_new_node(t->doc, MT_NODE_COMMENT, tok->offset);
    if (!c) {
        mt_tree_nomem(t);
        return;
    }
    c->data = mt_tree_keep_string(t, tok->data, tok->data_len);
    if (!c->data)
        return;
    c->data_len = tok->data_len;
    mt_tree_place_node(p, c);
}
