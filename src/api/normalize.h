/* normalize.h -- the text of a result put in Unicode NFC (normalize.c). */
#ifndef MT_API_NORMALIZE_H
#define MT_API_NORMALIZE_H

#include "maintext.h"
#include "util/arena.h"

/* Puts every text of `r` in NFC (text/nfc.h): its blocks' and comments'
 * texts, their table cells and the metadata's words (title, authors, site
 * name, description, categories, tags), the metadata's with the C1
 * controls that stand for punctuation written as it first (text/c1.h; the
 * blocks' were, as they were built). The spans keep their words: the
 * text between two span edges is normalised apart. New texts come from
 * `arena`, the result's; a text already in NFC is kept as it is, so most
 * pages cost one scan. MT_ERR_NOMEM when the arena runs out (the result
 * is then as it was, or partly normalised; every text stays valid). */
mt_status mt_result_normalize(mt_result *r, mt_arena *arena);

#endif
