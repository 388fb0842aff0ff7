/* document.h -- making and freeing documents (shared by the public parse API
 * and the extractor, which reuses one document's arena across pages). */
#ifndef MT_API_DOCUMENT_H
#define MT_API_DOCUMENT_H

#include "dom/dom.h"

/* Fills in defaults for every zero field of `in` (NULL: all defaults). */
void mt_parse_options_resolve(const mt_parse_options *in, mt_parse_options *out);

/* Makes an empty document (arena + document node) for input of about
 * `input_len` bytes; NULL when memory runs out. */
mt_document *mt_document_new(const mt_parse_options *opts, size_t input_len);

/* Sizes the chunks of `doc`'s arena, emptied, for input of about
 * `input_len` bytes (mt_document_new does it for a new document). */
void mt_document_size_arena(mt_document *doc, size_t input_len);

/* Decodes, prepares and parses `html` into the empty document `doc`. */
mt_status mt_document_parse_into(mt_document *doc, const char *html, size_t len,
                                 const mt_parse_options *opts);

#endif
