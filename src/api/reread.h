/* reread.h -- mending a page's markup for a second reading (reread.c). */
#ifndef MT_API_REREAD_H
#define MT_API_REREAD_H

#include "dom/dom.h"

/* The input `doc` was parsed from (doc->input, UTF-8) with the first element
 * whose raw text swallowed markup -- a <title>, <textarea>, <style>, <xmp>,
 * <iframe>, <noembed> or <noframes> holding five tags or more -- closed
 * where that markup begins: its end tag is written before the first tag.
 * The copy (NUL-terminated, length in *len) lives in `arena`. NULL when no
 * element swallowed markup, or when memory runs out. */
const char *mt_reread_close_swallowing(const mt_document *doc, mt_arena *arena, size_t *len);

#endif
