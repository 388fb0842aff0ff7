/* tree_builder.h -- the HTML standard's tree construction stage (13.2.6).
 *
 * Drives the tokenizer over doc->input and builds the tree under doc->root,
 * with the insertion modes, the stack of open elements, the list of active
 * formatting elements, foster parenting and the adoption agency algorithm,
 * all without recursion that grows with the input's nesting. Limits from the
 * options are enforced here and recorded in doc->limits. */
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
 * MT_TAG_UNKNOWN). The fragment's nodes become children of doc->root. */
mt_status mt_tree_build_fragment(mt_document *doc, const mt_parse_options *opts,
                                 mt_tag context_tag, mt_namespace context_ns,
                                 const char *context_name, size_t context_name_len);

#endif
