/* extract.h -- content selection: from a document tree to the blocks a
 * reader came for.
 *
 * The stage runs in four passes over the tree, each linear:
 *   1. features.c  per-element statistics (text, links, punctuation,
 *                  visibility, class/id vocabulary), bottom-up;
 *   2. select.c    the main region: the element whose subtree holds the
 *                  article, by content scores and semantic markup;
 *   3. blocks.c    the page cut into typed blocks (paragraphs, headings,
 *                  list items, tables, ...), each remembering its element
 *                  (boilerplate outside the region is not cut at all, nor,
 *                  unless comments are wanted, what follows the region
 *                  after its next block);
 *   4. prune.c     block by block: what inside (and next to) the region is
 *                  boilerplate -- link lists, share bars, "skip to content";
 *                  prune_teasers.c the site's other stories, prune_threads.c
 *                  the comment threads, prune_headline.c the headline and
 *                  standfirst, prune_hidden.c what style sheets hide.
 * The kept blocks become mt_result.blocks. */
#ifndef MT_EXTRACT_EXTRACT_H
#define MT_EXTRACT_EXTRACT_H

#include <stdbool.h>
#include "maintext.h"
#include "dom/dom.h"

/* An extractor's table of what class names said on its earlier pages
 * (internal.h, vocab_memo): it makes a batch faster, and never changes
 * what a page gives. One per extractor, never shared between threads. */
typedef struct vocab_memo vocab_memo;

/* A new, empty table from `alloc` (NULL: malloc), or NULL when memory runs
 * out: extraction goes on without one. Freed by mt_vocab_memo_free with the
 * same allocator (a NULL memo is let be). */
vocab_memo *mt_vocab_memo_new(const mt_allocator *alloc);
void mt_vocab_memo_free(const mt_allocator *alloc, vocab_memo *memo);

/* Fills out->blocks / nblocks (and comments with MT_INCLUDE_COMMENTS) from
 * the document. `base_url` (may be NULL) resolves relative links. Memory
 * comes from `arena`. out->meta must already hold what the metadata stage
 * found: the title helps to recognise the headline, the description the
 * lede. When nothing is found on a page of teaser cards, out->meta.pagetype
 * becomes "listing" (where the page declares no type, or "other"), and
 * an author read in its text that a card names (a teaser's byline) is
 * dropped.
 * *read_without_scripts is set when the page should be read again with
 * scripting off: its <noscript>s hold markup with text, and nothing was
 * found or they hold more text than the page shows (a page built by
 * scripts, its article there for readers without them).
 * The caps a block or table hit (MT_LIMIT_BLOCK_TEXT, MT_LIMIT_TABLE_CELLS),
 * and a base_url too long to resolve links against (MT_LIMIT_BASE_URL), are
 * added to out->limits.
 * `memo` (may be NULL) is the extractor's table of class names across
 * pages (mt_vocab_memo_new), read and added to.
 * Returns MT_OK (also when nothing was found: nblocks 0) or MT_ERR_NOMEM. */
mt_status mt_content_extract(const mt_document *doc, const mt_options *opts,
                             const char *base_url, mt_arena *arena, vocab_memo *memo,
                             mt_result *out, bool *read_without_scripts);

/* Titles a result that has none by its text's opening heading (source
 * "content"), when that heading can be a title. For a result whose blocks
 * are kept (they point into the document's arena). */
void mt_content_title(mt_result *r);

#endif
