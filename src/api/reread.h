/* reread.h -- mending a page's markup for a second reading (reread.c). */
#ifndef MT_API_REREAD_H
#define MT_API_REREAD_H

#include "dom/dom.h"

/* The input `doc` was parsed from (doc->input, UTF-8) with the first element
 * that lost its end tag and so swallowed markup closed where that markup
 * begins: its end tag is written before its first tag. Such an element is
 * a <title>, <textarea>, <style>, <xmp>, <iframe>, <noembed> or <noframes>
 * whose raw text, up to the end of the input or to another start tag of
 * its name, holds five tags or more; one closed by its end tag is left
 * alone, whatever it holds. The copy (NUL-terminated, length in *len)
 * lives in `arena`, in *out; *out is NULL when no element swallowed
 * markup. Returns MT_ERR_NOMEM when memory runs out, else MT_OK. */
mt_status mt_reread_close_swallowing(const mt_document *doc, mt_arena *arena, const char **out,
                                     size_t *len);

/* A page made of a body the page's JSON-LD states (mt_metadata_stated_body)
 * for a reading of its own: the body in an <article>, as it is when its
 * tags include a block's (<p>, <h2>, <li>, <br>), else each of its lines
 * a paragraph (a '<' of plain text escaped: a body is markup when it holds
 * two tags of elements HTML knows, each ended by '>'). The page (UTF-8,
 * NUL-terminated, length in *out_len) lives in `arena`, in *out. Returns
 * MT_ERR_NOMEM when memory runs out, else MT_OK. */
mt_status mt_reread_body_page(const char *body, size_t len, mt_arena *arena, const char **out,
                              size_t *out_len);

#endif
