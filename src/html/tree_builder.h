/* tree_builder.h -- the HTML standard's tree construction stage (13.2.6).
 *
 * Drives the tokenizer over doc->input and builds the tree under doc->root,
 * with the insertion modes, the stack of open elements, the list of active
 * formatting elements, foster parenting and the adoption agency algorithm,
 * all without recursion that grows with the input's nesting. Limits from the
 * options are enforced here and recorded in doc->limits.
 *
 * What the limits do, exactly:
 *
 *  - max_depth (MT_LIMIT_DEPTH). The stack of open elements never holds
 *    more than max_depth elements (values below 8 act as 8). A start tag
 *    that would go deeper still makes its element and attaches it where the
 *    standard says, but does not push it: the element stays empty and the
 *    content that follows flows into the element at the limit (kept,
 *    flattened, never dropped). An element not pushed changes no insertion
 *    mode (a <table> or <template> at the limit is an empty element). Only
 *    elements that hold nothing but text (script, style, title, textarea,
 *    xmp, iframe, noembed, noframes, noscript with scripting, plaintext) may
 *    go one level deeper, so their text never leaks into the page's text.
 *    Formatting elements are not reopened at the limit.
 *
 *  - max_nodes (MT_LIMIT_NODES). Once the document has max_nodes nodes no
 *    new node is made, with one exception: the html, head and body elements
 *    the standard always makes (at most three nodes beyond the limit). Text
 *    still joins the text node just before the insertion point when there is
 *    one, and otherwise the last text node the parse made: no page text is
 *    lost, it is kept in order but flattened into that node. The content of
 *    a script, style, title or textarea that could not be made is read as
 *    text and dropped (it is not page text). Markup keeps being parsed (the
 *    stack of open elements and the insertion modes go on), so the text
 *    that follows is still told apart from scripts and styles.
 *
 *  - max_attributes (MT_LIMIT_ATTRIBUTES). The tokenizer keeps the first
 *    max_attributes attributes of a tag; the tree builder records the bit
 *    when it makes an element from a truncated tag.
 *
 *  - The list of active formatting elements holds at most 256 entries
 *    (tree_internal.h says why); no limit bit is set for it.
 *
 *  - The copies an option leaves in its select's <selectedcontent> when it
 *    is popped (tree_select.c) are nodes like any other: made under
 *    max_nodes, and none deeper than max_depth + 1 (MT_LIMIT_DEPTH). All
 *    the copies of a page take at most 64 KiB and a byte more for every
 *    byte of its text (a node counts its size and its text); the walks
 *    that decide them take at most MT_TREE_SELECT_BUDGET steps (a node or
 *    an attribute each). Past either, no more copies are made
 *    (MT_LIMIT_NODES).
 *
 * Memory: nodes and attribute arrays live in the document's arena; names,
 * values and text that lie in the input are borrowed, others copied.
 * Working arrays (stack, formatting list) come from the allocator and are
 * freed before these functions return. */
#ifndef MT_HTML_TREE_BUILDER_H
#define MT_HTML_TREE_BUILDER_H

#include "maintext.h"
#include "dom/dom.h"

/* Builds the whole document. doc->input/input_len must be prepared text
 * (html/input.h) and doc->root a fresh document node. Returns MT_OK or
 * MT_ERR_NOMEM (the tree built so far stays valid and freeable). */
mt_status mt_tree_build(mt_document *doc, const mt_parse_options *opts);

/* The HTML fragment parsing algorithm (13.4) with a context element given by
 * tag id, namespace and local name (the name is used when tag is
 * MT_TAG_UNKNOWN; a name the tag table knows is then looked up). The
 * fragment's nodes become children of doc->root. The context element has no
 * attributes and no ancestors (so no form element pointer). */
mt_status mt_tree_build_fragment(mt_document *doc, const mt_parse_options *opts,
                                 mt_tag context_tag, mt_namespace context_ns,
                                 const char *context_name, size_t context_name_len);

#endif
