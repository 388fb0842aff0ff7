/* prune_internal.h -- what the files of pass 4 share: prune.c judges the
 * region's blocks and runs the pass (mt_prune_blocks); prune_threads.c
 * finds the comment threads among them and judges their blocks;
 * prune_teasers.c drops the site's other stories taken in with them;
 * prune_headline.c finds the headline and takes back the standfirst;
 * prune_hidden.c drops what the page's style sheets hide. */
#ifndef MT_PRUNE_INTERNAL_H
#define MT_PRUNE_INTERNAL_H

#include <stddef.h>
#include <string.h>
#include "extract/internal.h"

/* Whether a block is kept, as 0 or 1. The passes combine it with their
 * other cheap tests (type, length) into one branch taken for few blocks:
 * a branch per test mispredicted at block after block. */
static inline int kept_bit(const xblock *x)
{
    return (x->flags & XB_KEEP) != 0;
}

static inline int is_type(const xblock *x, mt_block_type type)
{
    return x->pub.type == type;
}

/* A known lowercase word or label and its length in bytes. */
typedef struct known_text {
    const char *s;
    size_t len;
} known_text;
#define KNOWN(s) { s, sizeof s - 1 }

/* Whether a block's text ends in byte c; never an empty text's. */
static inline int ends_in(const xblock *x, char c)
{
    size_t n = x->pub.text_len;
    return n != 0 && x->pub.text[n - 1] == c;
}

/* Whether a block can be the headline: a heading, or a short line of
 * plain text (pages that set the headline in a styled <div>). */
static inline int is_headline_like(const xblock *x)
{
    return x->pub.type == MT_BLOCK_HEADING || (x->pub.type == MT_BLOCK_PARAGRAPH && x->chars < 200);
}

/* The nearest `tag` element at or above n, below the body (NULL: none). */
static inline const mt_node *tag_above(const extract_ctx *c, const mt_node *n, mt_tag tag)
{
    return mt_dom_html_ancestor(n, tag, c->body);
}

/* Whether a block's element is in a `tag` element below the body. */
static inline int in_tag(const extract_ctx *c, const mt_node *n, mt_tag tag)
{
    return tag_above(c, n, tag) != NULL;
}

/* Whether a block is one line of plain text shorter than `max_chars`
 * visible characters: a paragraph with no link and no line break, as
 * headlines and taglines set in styled <div>s are. */
static inline int plain_line(const xblock *x, uint32_t max_chars)
{
    return x->pub.type == MT_BLOCK_PARAGRAPH && x->chars < max_chars && !x->link_chars &&
           !memchr(x->pub.text, '\n', x->pub.text_len);
}

/* Whether a heading is a paragraph set in a heading's type (a standfirst,
 * a bold opening, a quote pulled out): 100 characters or more, or 40 with
 * two clause marks, and not a byline or dateline. It is text under the
 * headings above it and never an orphan itself. */
static inline int heading_reads_as_text(const xblock *x)
{
    return !(x->boiler & K_META) && (x->chars >= 100 || (x->punct >= 2 && x->chars >= 40));
}

static inline float block_link_density(const xblock *x)
{
    return mt_link_share(x->link_chars, x->chars);
}

/* ------------------------------------------------------------ prune.c */

/* Whether x, a heading, reads as the deck under the headline h: a smaller
 * heading (than h, an <h1> or the title's words) that says what the story
 * is about in a line of words, mostly not links, and no byline. Shorter, it
 * is a widget's label ("Top picks", "Listen to this article"). */
int mt_prune_deck_under(const extract_ctx *c, const xblock *h, const xblock *x);

/* Whether a block in the region is boilerplate by its own look, `kinds`
 * being the boilerplate kinds named above it that count. */
int mt_prune_looks_like_boilerplate(const extract_ctx *c, const xblock *x, unsigned kinds);

/* Whether n, or one of its ancestors below the body within `reach`
 * levels, is one of nodes[0..count). */
int mt_prune_under_one_of(const extract_ctx *c, const mt_node *n, const mt_node *const *nodes,
                          int count, int reach);

/* Keeps a block's text from byte `from` to byte `end` alone, with its
 * spans, in copies made in the arena; mt_prune_cut_text keeps [0, end). */
void mt_prune_keep_text(const extract_ctx *c, xblock *x, size_t from, size_t end);
void mt_prune_cut_text(const extract_ctx *c, xblock *x, size_t end);

/* Whether the line t[0..n) is a number and nothing else (with `marks`,
 * also "#12" or "3."). */
int mt_prune_number_line(const char *t, size_t n, int marks);

/* The element next to n among its siblings (`after`: the next one, else
 * the one before), or NULL when there is none within `reach` nodes. */
const mt_node *mt_prune_element_beside(const mt_node *n, int after, int reach);

/* Whether t[0..n) ends in a full stop, not an ellipsis: a sentence's end,
 * which a headline has not. */
int mt_prune_ends_in_full_stop(const char *t, size_t n);

/* ---------------------------------------------------- prune_threads.c */

/* A region of comments alone (a forum thread): its posts become the text. */
void mt_prune_keep_thread(const extract_ctx *c, block_list *blocks);

/* The region's blocks after a thread's label, or from the first run of
 * signed posts on, go to the comments (XB_COMMENT) instead of the text. */
void mt_prune_end_at_thread_label(const extract_ctx *c, block_list *blocks);
void mt_prune_end_at_signed_posts(const extract_ctx *c, block_list *blocks);

/* With comments asked for: a thread of signed posts outside the region,
 * after the article, marked as comments; blocks [*from, *to). */
void mt_prune_find_signed_thread_below(block_list *blocks, size_t *from, size_t *to);

/* Blocks [from, to) that are comments lose what is no one's words: reply
 * forms, buttons, numbers, "Anna says:" lines. */
void mt_prune_judge_comments(const extract_ctx *c, block_list *blocks, size_t from, size_t to);

/* ---------------------------------------------------- prune_teasers.c */

/* The card of teasers (one of several boxes of a kind side by side, each
 * short) that holds element n, NULL when none does. */
const mt_node *mt_prune_teaser_card_of(const extract_ctx *c, const mt_node *n);

/* Drops the excerpts, cut short with an ellipsis, of teasers whose linked
 * headlines were dropped. */
void mt_prune_drop_cut_excerpts(const extract_ctx *c, block_list *blocks);

/* Drops the site's other stories that the region took in under the
 * article: columns of teaser cards, tables of teasers, rows of video
 * teasers (none of these with MT_FOCUS_RECALL), the titles over lists of
 * related links. */
void mt_prune_drop_teasers(const extract_ctx *c, block_list *blocks);

/* --------------------------------------------------- prune_headline.c */

/* Finds the headline among the blocks and takes back the standfirst
 * between it and the body that the region left out. */
void mt_prune_recover_lede(const extract_ctx *c, block_list *blocks);

/* ----------------------------------------------------- prune_hidden.c */

/* Leaves out the kept blocks in the panels of a tab set made of radio
 * buttons that are not chosen, and the lines that are a control's name. */
void mt_prune_drop_unchosen_tabs(const extract_ctx *c, block_list *blocks);

/* Leaves out the kept blocks in elements whose id a <style> element of the
 * page hides (display:none). */
void mt_prune_drop_hidden_by_id(const extract_ctx *c, block_list *blocks);

#endif
