/* prune_threads.c -- pass 4, comment threads: where the readers' posts
 * under an article begin (a label, a run of signed posts), which of the
 * region's blocks are the thread, and what in a thread is no one's words
 * (reply forms, buttons, numbers, "Anna says:" lines). */
#include <string.h>
#include "extract/prune_internal.h"
#include "metadata/metadata.h"
#include "util/fnv.h"

/* A region that holds nothing but comments (and a heading) is a
 * discussion page (a forum thread, a question and its answers): the posts
 * are what a reader came for. They are kept as text when nothing else was,
 * judged as any other block but for being comments. */
void mt_prune_keep_thread(const extract_ctx *c, block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if ((x->flags & (XB_IN_MAIN | XB_COMMENT)) == (XB_IN_MAIN | XB_COMMENT) &&
            !mt_prune_looks_like_boilerplate(c, x, x->boiler & ~(unsigned)K_COMMENT))
            x->flags |= XB_KEEP;
    }
}

#define THREAD_LABEL_MAX 150
#define TEXT_BEFORE_THREAD 250

/* Empty nodes after a label read before it counts as more than a box's
 * closing tags. */
#define POST_BOX_TAIL 16

/* Whether a label is the last thing in a box that holds a post's text
 * before it ("Add a comment" under a question, in the question's box): it
 * is that post's control, and what follows the box is other posts (a
 * question's answers), not the thread under an article, whose heading
 * opens the thread's box or stands before it. */
static int closes_post_box(const extract_ctx *c, const mt_node *n)
{
    if (!n || !n->parent || n->parent == c->body ||
        ni(c, n->parent)->chars < ni(c, n)->chars + TEXT_BEFORE_THREAD)
        return 0;
    int seen = 0;
    for (const mt_node *s = n->next; s; s = s->next) {
        if (s->type != MT_NODE_ELEMENT && s->type != MT_NODE_TEXT)
            continue;
        if (ni(c, s)->chars || ++seen == POST_BOX_TAIL)
            return 0;
    }
    return 1;
}

/* Whether a block has a label's shape: a short heading or line of its
 * own, not a link. */
static int label_shaped(const xblock *x)
{
    return (x->chars - 1 < THREAD_LABEL_MAX - 1) &
           (is_type(x, MT_BLOCK_HEADING) | is_type(x, MT_BLOCK_PARAGRAPH)) &
           (x->link_chars * 2 < x->chars);
}

/* Text of a block outside headings and images. */
static uint32_t text_chars(const xblock *x)
{
    return x->chars & -(uint32_t)((is_type(x, MT_BLOCK_HEADING) | is_type(x, MT_BLOCK_IMAGE)) == 0);
}

/* ... of a kept block: what the article's text before a thread is counted
 * in (TEXT_BEFORE_THREAD). */
static uint32_t body_chars(const xblock *x)
{
    return text_chars(x) & -(uint32_t)kept_bit(x);
}

/* Moves the kept blocks [from, to) to the comments. */
static void move_to_comments(block_list *blocks, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        xblock *x = &blocks->items[k];
        if (x->flags & XB_KEEP)
            x->flags = (uint8_t)((x->flags & ~XB_KEEP) | XB_COMMENT);
    }
}

/* Blocks read after a plain label for the posts of a thread; the posts
 * with a time stamp it needs among them; the most text of one. */
#define THREAD_PEEK 12
#define STAMPED_POSTS_MIN 2
#define STAMPED_POST_MAX 1000

/* Whether readers' posts follow the label blocks->items[i]: of the next
 * THREAD_PEEK blocks of the region, before any heading, STAMPED_POSTS_MIN
 * are short and hold a date with its time of day ("... MilwaukeeBaller32
 * Jan 09 2008 07:52 PM PST"), as each post of a thread does. An article's
 * sections under a heading like "Comments on the draft" are longer, and
 * carry no time stamp each. */
static int stamped_posts_follow(const block_list *blocks, size_t i)
{
    size_t stamped = 0, end = i + 1 + THREAD_PEEK;
    if (end > blocks->count)
        end = blocks->count;
    for (size_t k = i + 1; k < end && stamped < STAMPED_POSTS_MIN; k++) {
        const xblock *x = &blocks->items[k];
        if (!(x->flags & XB_IN_MAIN) || is_type(x, MT_BLOCK_HEADING))
            break;
        stamped += x->chars <= STAMPED_POST_MAX &&
                   mt_metadata_has_timed_date(x->pub.text, x->pub.text_len);
    }
    return stamped >= STAMPED_POSTS_MIN;
}

/* Whether a clause may open at t[k], after a separator and a space: a
 * dash (-, an en or em dash) or a full stop. */
static int opens_clause(const char *t, size_t k)
{
    if (k < 2 || t[k - 1] != ' ')
        return 0;
    unsigned char m = (unsigned char)t[k - 2];
    return m == '-' || m == '.' ||
           (k >= 4 && (m == 0x93 || m == 0x94) && (unsigned char)t[k - 3] == 0x80 &&
            (unsigned char)t[k - 4] == 0xE2);
}

/* Whether a clause that opens after a separator (opens_clause) whose
 * first byte is `mark`, `width` bytes long, says the thread is closed.
 * The marks are found with memchr: most labels hold none, and a test at
 * every byte cost more than the vocabulary's. */
static int closed_after_mark(const char *t, size_t n, char mark, size_t width)
{
    for (const char *p = t; (p = memchr(p, mark, n - (size_t)(p - t))) != NULL; p++) {
        size_t k = (size_t)(p - t) + width + 1;    /* after the mark and a space */
        if (k < n && opens_clause(t, k) && mt_vocab_thread_closed(t + k, n - k))
            return 1;
    }
    return 0;
}

/* Whether a line says the thread is closed, at its start or in a clause
 * of its own after it ("Thanks for your comments - commenting has been
 * closed"). The line is a label's (THREAD_LABEL_MAX bytes at most). */
static int says_thread_closed(const char *t, size_t n)
{
    return mt_vocab_thread_closed(t, n) || closed_after_mark(t, n, '-', 1) ||
           closed_after_mark(t, n, '.', 1) ||
           closed_after_mark(t, n, '\xE2', 3);     /* an en or em dash: E2 80 93, E2 80 94 */
}

/* Whether a block in the region opens the comment thread under the
 * article: a short heading or line of its own, not a link ("Comments (3)"
 * in a post's toolbar jumps to the thread; it does not open it), that
 * either stands in markup named for comments and names the thread
 * ("Comments (3)", "12 Kommentare", "Leave a Reply", "4 thoughts on
 * “...”"), or says the thread is closed ("Comments are now closed for this
 * story", or in a clause of its own: says_thread_closed), whatever its
 * markup. A bare "Comments" heading in plain markup is not enough by
 * itself: corpora of blogs and forums count the thread under it as the
 * page's text, and nothing in the markup tells those pages from a news
 * story's -- unless readers' posts follow it (stamped_posts_follow: short
 * posts stamped with a date and time, which a forum's replies under "3
 * Replies" are too, and go with the thread), or the caller asked to leave
 * out what is doubtful (MT_FOCUS_PRECISION): then any such heading will
 * do. */
static int is_thread_label(const extract_ctx *c, const block_list *blocks, size_t i)
{
    const xblock *x = &blocks->items[i];
    if (!(((x->flags & XB_IN_MAIN) != 0) & label_shaped(x)))
        return 0;
    int label = (x->boiler & K_COMMENT) || c->opts->focus == MT_FOCUS_PRECISION
                    ? mt_vocab_comment_heading(x->pub.text, x->pub.text_len)
                    : says_thread_closed(x->pub.text, x->pub.text_len) ||
                          (mt_vocab_comment_heading(x->pub.text, x->pub.text_len) &&
                           stamped_posts_follow(blocks, i));
    return label && !closes_post_box(c, x->node);
}

/* How far after a comment label to look for it again. */
#define SAID_AGAIN_REACH 256

/* Whether two labels say the same but for their counts, in any ASCII
 * case: "Comments (3)" and "Comments (5)" under two posts of a blog's
 * front page. Each run of digits counts as one. */
static int same_label_but_counts(const xblock *a, const xblock *b)
{
    const char *s = a->pub.text, *t = b->pub.text;
    size_t i = 0, j = 0, m = a->pub.text_len, n = b->pub.text_len;
    while (i < m && j < n) {
        int ds = mt_ascii_is_digit((unsigned char)s[i]), dt = mt_ascii_is_digit((unsigned char)t[j]);
        if (ds && dt) {
            while (i < m && mt_ascii_is_digit((unsigned char)s[i]))
                i++;
            while (j < n && mt_ascii_is_digit((unsigned char)t[j]))
                j++;
            continue;
        }
        if (mt_ascii_lower((unsigned char)s[i]) != mt_ascii_lower((unsigned char)t[j]))
            return 0;
        i++, j++;
    }
    return i == m && j == n;
}

/* Whether a later block says again what blocks->items[i] says, its count
 * aside (same_label_but_counts): a label under every post of a Q&A page
 * ("Add a comment" under the question and under each answer) or of a
 * blog's front page ("Comments (3)", then "Comments (5)" under the next
 * post) is a control of each post, not the heading of one thread. A
 * toolbar's "Comments (2)" above the story is not a repeat: the thread's
 * heading below it still ends the article. */
static int said_again(const block_list *blocks, size_t i)
{
    size_t end = blocks->count - i > SAID_AGAIN_REACH ? i + SAID_AGAIN_REACH : blocks->count;
    for (size_t k = i + 1; k < end; k++)
        if (same_label_but_counts(&blocks->items[i], &blocks->items[k]))
            return 1;
    return 0;
}

/* How far up from a thread's label its box named for comments is looked
 * for, and from a block after it that box's parent. */
#define THREAD_BOX_REACH 8
#define THREAD_SCOPE_REACH 64

/* The parent of the box named for comments that holds a thread's label
 * (or is it), NULL when none does within THREAD_BOX_REACH levels: the
 * thread's posts and its reply form stand in that box and the boxes
 * beside it; what lies past them (a sidebar's column, when the region
 * spans the page's columns) is not the thread's. */
static const mt_node *thread_scope(const extract_ctx *c, const mt_node *label)
{
    const mt_node *n = label;
    for (int up = 0; n && n != c->body && up < THREAD_BOX_REACH; n = n->parent, up++)
        if (ni(c, n)->kind & K_COMMENT)
            return n->parent;
    return NULL;
}

/* The thread's heading often sits in markup named for comments while the
 * posts under it are plain divs (or the heading is a plain line saying the
 * thread is closed): the posts then pass every other test and were kept as
 * the article's text. The heading ends the article: what follows it in the
 * region -- in the heading's container or the containers after it -- is
 * what readers wrote, and goes to the comments (XB_COMMENT), not the text;
 * but past the thread's box and the boxes beside it (thread_scope) it is
 * neither, and is left out.
 * A label above the article is not the thread's: the article's text must
 * come before it (TEXT_BEFORE_THREAD characters kept outside headings). */
void mt_prune_end_at_thread_label(const extract_ctx *c, block_list *blocks)
{
    uint32_t text_before = 0;
    size_t i = 0;
    for (; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if (text_before >= TEXT_BEFORE_THREAD && is_thread_label(c, blocks, i) && !said_again(blocks, i))
            break;
        text_before += body_chars(x);
    }
    if (i == blocks->count)
        return;
    blocks->items[i].flags &= (uint8_t)~XB_KEEP;
    const mt_node *scope = thread_scope(c, blocks->items[i].node);
    size_t end = i + 1;
    while (end < blocks->count &&
           (!scope ||
            mt_prune_under_one_of(c, blocks->items[end].node, &scope, 1, THREAD_SCOPE_REACH)))
        end++;
    move_to_comments(blocks, i + 1, end);
    for (size_t k = end; k < blocks->count; k++)
        blocks->items[k].flags &= (uint8_t)~XB_KEEP;
}

/* ------------------------------------------------------------------ signed posts
 * Threads that no markup names: reader posts in plain boxes, each signed
 * by a line above or under it ("Posted by: tom, Bolton on 8:21pm Tue 1
 * Jan 08", "Comment by Anna at 10:02": mt_vocab_signature_line). A run of
 * such lines in boxes of one shape after the article's text, signed by
 * three names at least, is a thread: its posts go to the comments. An
 * article's own byline opens the page, before its text; a blog's front
 * page signs its posts with its authors' few names, and heads each with
 * a title. */

/* Signatures (and names) a thread has at least; the signatures read of a
 * page. */
#define SIGNED_POSTS_MIN 3
#define SIGNATURES_MAX 64
/* The most kept text between two signatures of a thread: one reader's
 * post (an article's sections are longer). */
#define SIGNED_POST_MAX 3000
/* A block holds a signature in one of its lines: a line alone, or under a
 * post's title (a heading "Thanks!\nAdded by ... on ..."). */
#define SIGNED_BLOCK_MAX (2 * SIGNATURE_LINE_MAX)

typedef struct signature {
    size_t block;
    uint32_t name;          /* the signer's name, hashed in any ASCII case */
    uint32_t text_before;   /* body_chars kept before the block */
} signature;

/* Whether a line of a kept block is a signature; the hash of its name in
 * *name. */
static int signed_block(const xblock *x, uint32_t *name)
{
    const char *t = x->pub.text, *end = t + x->pub.text_len;
    while (t < end) {
        const char *nl = memchr(t, '\n', (size_t)(end - t));
        size_t n = (size_t)((nl ? nl : end) - t);
        const char *who;
        size_t len;
        if (mt_vocab_signature_line(t, n, &who, &len)) {
            uint32_t h = MT_FNV_START;
            for (size_t i = 0; i < len; i++)
                h = mt_fnv_step(h, mt_ascii_lower((unsigned char)who[i]));
            *name = h;
            return 1;
        }
        t += n + 1;
    }
    return 0;
}

/* The child of `anc` that holds n: a post's box in the element holding
 * two posts; n itself when it is anc (text standing loose in it). */
static const mt_node *box_in(const mt_node *anc, const mt_node *n)
{
    while (n != anc && n->parent != anc)
        n = n->parent;
    return n;
}

/* The most blocks a post's box holds before its signature: a reader's
 * post is a few paragraphs (each step back asks the tree's depth). */
#define POST_BLOCKS_MAX 64

/* The first block of the box that holds blocks->items[i]: the block alone
 * when the box is its element (text standing loose there); SIZE_MAX when
 * the box holds more than POST_BLOCKS_MAX blocks before it, which no
 * reader's post does. */
static size_t box_first_block(const block_list *blocks, size_t i, const mt_node *box)
{
    if (box == blocks->items[i].node)
        return i;
    size_t from = i;
    while (i > 0 && blocks->items[i - 1].node && mt_dom_holds(box, blocks->items[i - 1].node)) {
        if (from - --i > POST_BLOCKS_MAX)
            return SIZE_MAX;
    }
    return i;
}

/* The post's box of signature s, beside the signature t of the post after
 * it or before it: the child, holding s, of the element holding both. */
static const mt_node *post_box(const block_list *blocks, const signature *s, const signature *t)
{
    const mt_node *a = blocks->items[s->block].node, *b = blocks->items[t->block].node;
    return box_in(mt_dom_common_ancestor(a, b), a);
}

/* Text of the blocks [from, to) -- kept text (body_chars), or with
 * `below` (a thread below the article, none of it kept) all of it but
 * headings and images -- and whether a heading is among them (a title: a
 * new post of a blog, or a new section). */
static uint32_t text_between(const block_list *blocks, size_t from, size_t to, int *heading,
                             int below)
{
    uint32_t chars = 0;
    for (size_t k = from; k < to; k++) {
        const xblock *x = &blocks->items[k];
        *heading |= is_type(x, MT_BLOCK_HEADING);
        chars += below ? text_chars(x) : body_chars(x);
    }
    return chars;
}

/* Whether signature t signs the post after s's in one thread: no heading
 * between them, a reader's post of text at most, and boxes of one kind
 * (classless ones too).
 * When s opens the run (first), its post's box must hold no heading
 * either, and (but for a thread `below` the article, text_between) leave
 * the article its text before it. */
static int signs_next_post(const block_list *blocks, const signature *s, const signature *t,
                           int first, int below)
{
    int heading = 0;
    if (text_between(blocks, s->block + 1, t->block, &heading, below) > SIGNED_POST_MAX ||
        heading)
        return 0;
    const mt_node *bs = post_box(blocks, s, t), *bt = post_box(blocks, t, s);
    if (!mt_same_box_kind(bs, bt, true))
        return 0;
    if (!first)
        return 1;
    size_t from = box_first_block(blocks, s->block, bs);
    if (from == SIZE_MAX)
        return 0;
    uint32_t post = text_between(blocks, from, s->block, &heading, below);
    return !heading && post <= SIGNED_POST_MAX &&
           (below || s->text_before - post >= TEXT_BEFORE_THREAD);
}

/* Whether a run of signatures is signed by SIGNED_POSTS_MIN names at
 * least: a blog's front page signs its posts with its authors' few. */
static int several_signers(const signature *s, size_t n)
{
    size_t names = 0;
    for (size_t k = 0; k < n && names < SIGNED_POSTS_MIN; k++) {
        size_t j = 0;
        while (j < k && s[j].name != s[k].name)
            j++;
        names += j == k;
    }
    return names >= SIGNED_POSTS_MIN;
}

/* Whether a block is a label naming a thread ("Comments (26)", "3
 * Responses"), of a label's shape. */
static int names_thread(const xblock *x)
{
    return label_shaped(x) && mt_vocab_comment_heading(x->pub.text, x->pub.text_len);
}

/* Where the thread signed by s[0..n) starts: the first post's box, or a
 * label naming the thread above it with no more than a post's text
 * between (the first post stands there when the signatures follow the
 * posts), and no heading. *label is set when it is a label. */
static size_t thread_start(const block_list *blocks, const signature *s, int *label)
{
    size_t start = box_first_block(blocks, s[0].block, post_box(blocks, &s[0], &s[1]));
    if (start == SIZE_MAX)
        start = s[0].block;     /* (signs_next_post has ruled it out) */
    uint32_t text = 0;
    *label = 0;
    for (size_t k = start; k-- > 0;) {
        const xblock *x = &blocks->items[k];
        if (!(x->flags & XB_IN_MAIN))
            break;
        if (names_thread(x)) {
            *label = 1;
            return k;
        }
        if (is_type(x, MT_BLOCK_HEADING))
            break;
        text += x->chars & -(uint32_t)kept_bit(x);
        if (text > SIGNED_POST_MAX)
            break;
    }
    return start;
}

/* The last block of the element holding all the posts signed by
 * s[0..n); SIZE_MAX when no element does. */
static size_t thread_end(const block_list *blocks, const signature *s, size_t n)
{
    const mt_node *all = blocks->items[s[0].block].node;
    for (size_t k = 1; k < n && all; k++)
        all = mt_dom_common_ancestor(all, blocks->items[s[k].block].node);
    if (!all)
        return SIZE_MAX;
    size_t end = s[n - 1].block;
    while (end + 1 < blocks->count && blocks->items[end + 1].node &&
           mt_dom_holds(all, blocks->items[end + 1].node))
        end++;
    return end;
}

/* Moves the thread signed by s[0..n) to the comments: from its start to
 * the last block of the element holding all its posts. */
static void move_signed_thread(block_list *blocks, const signature *s, size_t n)
{
    size_t end = thread_end(blocks, s, n);
    if (end == SIZE_MAX)
        return;
    int label;
    size_t start = thread_start(blocks, s, &label);
    if (label)
        blocks->items[start++].flags &= (uint8_t)~XB_KEEP;
    move_to_comments(blocks, start, end + 1);
}

/* ================================================================ a signed thread below the article
 * Readers' posts under the article that no markup names, each signed by a
 * line of its own ("posted on Wednesday, October 24, 2012 at 7:26 PM by
 * Darren") and standing outside the region: no block of theirs is kept,
 * so mt_prune_end_at_signed_posts, which reads the kept text, never sees them. */

/* Marks the posts signed by s[0..n) as comments: from the first post's
 * box to the last block of the element holding them all, none of the
 * article's (kept) blocks among them. */
static void mark_thread_below(block_list *blocks, const signature *s, size_t n, size_t *from,
                              size_t *to)
{
    size_t end = thread_end(blocks, s, n);
    if (end == SIZE_MAX)
        return;
    size_t start = box_first_block(blocks, s[0].block, post_box(blocks, &s[0], &s[1]));
    if (start == SIZE_MAX)
        start = s[0].block;
    for (size_t k = start; k <= end; k++)
        if (!(blocks->items[k].flags & (XB_KEEP | XB_IN_MAIN)))
            blocks->items[k].flags |= XB_COMMENT;
    *from = start;
    *to = end + 1;
}

/* The first run of signatures among sig[0..n) that signs a thread
 * (signs_next_post, `below` as there): SIGNED_POSTS_MIN posts or more, by
 * several signers. Its first signature's index in *first; its length, or
 * 0 for none. */
static size_t first_signed_run(const block_list *blocks, const signature *sig, size_t n,
                               int below, size_t *first)
{
    size_t run = 0;
    for (size_t k = 1; k <= n; k++) {
        if (k < n && signs_next_post(blocks, &sig[k - 1], &sig[k], k - 1 == run, below))
            continue;
        if (k - run >= SIGNED_POSTS_MIN && several_signers(sig + run, k - run)) {
            *first = run;
            return k - run;
        }
        run = k;
    }
    return 0;
}

/* With comments asked for and no thread found by its markup (none of its
 * comments left once judged): the first run of SIGNED_POSTS_MIN signed
 * posts or more, by several signers, among the blocks after the article's
 * last, outside the region, marked as comments; the blocks marked are
 * [*from, *to), none when *from == *to. */
void mt_prune_find_signed_thread_below(block_list *blocks, size_t *from, size_t *to)
{
    *from = *to = 0;
    size_t last_kept = SIZE_MAX;
    for (size_t i = 0; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if ((x->flags & (XB_COMMENT | XB_KEEP)) == XB_COMMENT)
            return;     /* the page's markup names its thread */
        if (kept_bit(x))
            last_kept = i;
    }
    if (last_kept == SIZE_MAX)
        return;
    signature sig[SIGNATURES_MAX];
    size_t n = 0;
    for (size_t i = last_kept + 1; i < blocks->count && n < SIGNATURES_MAX; i++) {
        const xblock *x = &blocks->items[i];
        if (!(x->flags & XB_IN_MAIN) && x->node && x->pub.text_len <= SIGNED_BLOCK_MAX &&
            !is_type(x, MT_BLOCK_QUOTE) && signed_block(x, &sig[n].name)) {
            sig[n].block = i;
            sig[n++].text_before = 0;
        }
    }
    size_t first, len = first_signed_run(blocks, sig, n, 1, &first);
    if (len)
        mark_thread_below(blocks, sig + first, len, from, to);
}

/* Finds the first run of signatures that signs a thread after the
 * article's text, and moves the thread to the comments. A forum's thread
 * (ctx->thread) is the page's text. */
void mt_prune_end_at_signed_posts(const extract_ctx *c, block_list *blocks)
{
    if (c->thread)
        return;
    signature sig[SIGNATURES_MAX];
    size_t n = 0;
    uint32_t text_before = 0;
    for (size_t i = 0; i < blocks->count && n < SIGNATURES_MAX; i++) {
        const xblock *x = &blocks->items[i];
        /* (a quoted post is the article's: a story quotes readers) */
        if (kept_bit(x) & (x->pub.text_len <= SIGNED_BLOCK_MAX) &
            (text_before >= TEXT_BEFORE_THREAD) & (x->node != NULL) &
            !is_type(x, MT_BLOCK_QUOTE) &&
            signed_block(x, &sig[n].name)) {
            sig[n].block = i;
            sig[n++].text_before = text_before;
        }
        text_before += body_chars(x);
    }
    size_t first, len = first_signed_run(blocks, sig, n, 0, &first);
    if (len)
        move_signed_thread(blocks, sig + first, len);
}

/* Comment markup is thick with words that mean boilerplate elsewhere (a
 * nested reply's "reply", a comment's own "footer"): a comment block is
 * judged by them only when it is as short as a label or a button. */
#define COMMENT_LABEL_MAX 40
/* ... and by its links and wording (a "recent comments" list, a notice)
 * when it is no longer than such a line. */
#define COMMENT_LINE_MAX 200

/* How many nodes of a comment block's element are read for a field. */
#define LABEL_FIELD_NODES 16

/* Whether a node is a field a reader types into: a text area, or an
 * <input> for text, an e-mail address or a web address (its type's
 * default is text). */
static int is_typed_field(const mt_node *n)
{
    static const char *const typed[] = {"text", "email", "url"};
    if (mt_dom_is_html(n, MT_TAG_TEXTAREA))
        return 1;
    if (!mt_dom_is_html(n, MT_TAG_INPUT))
        return 0;
    const mt_attr *type = mt_dom_attr(n, "type", 4);
    if (!type)
        return 1;
    for (size_t k = 0; k < sizeof typed / sizeof typed[0]; k++)
        if (mt_attr_is(type, typed[k]))
            return 1;
    return 0;
}

/* Whether an element holds, among its first LABEL_FIELD_NODES nodes, a
 * field a reader types into (a text area, a text or e-mail field): a
 * short line there is the field's label ("Name *", "Website (optional)"),
 * also where no block is marked as a form's: a <form> set between a
 * table's tags, which the parser closes at once, leaves its fields outside
 * it. Hidden fields, buttons and ticks are not. */
static int holds_typed_field(const mt_node *el)
{
    uint32_t seen = 0;
    for (const mt_node *n = el ? el->first_child : NULL; n && seen < LABEL_FIELD_NODES;
         n = mt_dom_following(n, el), seen++)
        if (is_typed_field(n))
            return 1;
    return 0;
}

/* Takes the buttons off the end of a comment's block: where the thread
 * stands in the region, a reader's comment is built as one block with its
 * reply link's line under the words ("...\nReply", "...\nLogin to
 * reply"; mt_vocab_comment_control_line), or its votes' ("...\n+3",
 * mt_prune_number_line), or the thread's own lines after the last ("...\nAdd your
 * comment"; mt_vocab_thread_interface). A block of nothing but those
 * leaves the comments -- but a picture whose text (its alt) is a number
 * stays. */
static void cut_comment_controls(const extract_ctx *c, xblock *x)
{
    const char *t = x->pub.text;
    size_t end = x->pub.text_len;
    int numbers = !is_type(x, MT_BLOCK_IMAGE);
    for (;;) {
        while (end && mt_ascii_is_space(t[end - 1]))
            end--;
        size_t start = end;
        while (start && t[start - 1] != '\n')
            start--;
        if (!mt_vocab_comment_control_line(t + start, end - start) &&
            !mt_vocab_thread_interface(t + start, end - start) &&
            !(numbers && mt_prune_number_line(t + start, end - start, 1)))
            break;
        if (!start) {
            x->flags &= (uint8_t)~XB_COMMENT;
            return;
        }
        end = start - 1;
    }
    if (end < x->pub.text_len)
        mt_prune_cut_text(c, x, end);
}

/* The end of the line that begins at `at` in a block's text. */
static size_t line_end(const xblock *x, size_t at)
{
    const char *nl = memchr(x->pub.text + at, '\n', x->pub.text_len - at);
    return nl ? (size_t)(nl - x->pub.text) : x->pub.text_len;
}

/* How many lines over a comment's words its head takes at most: its
 * number, who wrote it, when, and a reply link under them. */
#define COMMENT_HEAD_LINES 5
/* A line over a date line names the comment's writer when it is this
 * short ("nomaduk", "bigtruckseriesreview @ Youtube"). */
#define COMMENT_NAME_MAX 48

/* Whether a line may be a writer's name: short, and not a sentence's end
 * ("Great post!"). Asked only of the line over a date line. */
static bool may_name_writer(const char *s, size_t len)
{
    while (len && mt_ascii_is_space(s[len - 1]))
        len--;
    return len && len <= COMMENT_NAME_MAX && !strchr(".!?", s[len - 1]);
}

/* Takes the lines over a comment's words off its block, where the thread
 * stands in the region (as cut_comment_controls): its number in the
 * thread (mt_prune_number_line), who wrote it ("Anna says:",
 * mt_vocab_says_line, or a name over the date), when, in that line ("12.
 * Jun, 2012 / Amy says:") or the next, and the reply link under them
 * ("Log in to Reply"). Outside the region the builder leaves them out of
 * the thread, as it does any comment's meta. Only a head with a date is
 * taken off: without one a "says" line may be the reader's own ("My
 * neighbour says:"), and stays; so does a block of nothing more. */
static void cut_comment_head(const extract_ctx *c, xblock *x)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, at = 0, from = 0;
    bool dated = false;
    for (int k = 0; k < COMMENT_HEAD_LINES; k++) {
        size_t end = line_end(x, at);
        if (end >= n)
            break;      /* the last line is the words */
        const char *s = t + at;
        size_t len = end - at;
        bool says = mt_vocab_says_line(s, len);
        if (k == 0 && mt_prune_number_line(s, len, 1))
            from = end + 1;     /* its number */
        else if (mt_metadata_is_date_line(s, len) || (says && mt_metadata_has_date(s, len)))
            from = end + 1, dated = true;
        else if (dated && mt_vocab_comment_control_line(s, len))
            from = end + 1;     /* the reply link under the date */
        else if (dated)
            break;              /* the words, under the head */
        else if (!says && !(may_name_writer(s, len) &&
                            mt_metadata_is_date_line(t + end + 1, line_end(x, end + 1) - end - 1)))
            break;              /* who wrote it goes with a date under it only */
        at = end + 1;
    }
    if (from && from < n)
        mt_prune_keep_text(c, x, from, n);
}

/* How many nodes of a table in a thread are read for its fields. */
#define TABLE_FIELD_NODES 512

/* Whether a table in a comment thread is its reply form laid out in rows
 * of labels and fields: two or more fields a reader types into that are
 * shown (a comment's own reply box, hidden until asked for, is not read),
 * among its first TABLE_FIELD_NODES nodes. A form around the whole page
 * (ASP.NET's) marks no block as a form's. */
static int is_form_table(const extract_ctx *c, const mt_node *table)
{
    int fields = 0;
    uint32_t seen = 0;
    for (const mt_node *n = table ? table->first_child : NULL; n && seen < TABLE_FIELD_NODES;
         seen++) {
        /* (a field shows no text of its own: pass 1 marks it invisible
         * too, and is asked after it) */
        if (is_typed_field(n)) {
            if (++fields >= 2)
                return 1;
        } else if (n->type == MT_NODE_FRAGMENT ||
                   (n->type == MT_NODE_ELEMENT && (ni(c, n)->flags & NI_INVISIBLE))) {
            /* (pass 1 read neither a template's contents nor what a
             * hidden element holds) */
            n = mt_dom_following_skip(n, table);
            continue;
        }
        n = mt_dom_following(n, table);
    }
    return 0;
}

/* What is no one's words in a comment thread: its reply form (labels,
 * "Your email address will not be published"), reply links and buttons
 * ("Reply", "Antworten", "Report Abuse"), a comment's number or votes on a
 * line alone (mt_prune_number_line), lists of links, the line that offers the
 * thread's feed or says the thread is closed. */
void mt_prune_judge_comments(const extract_ctx *c, block_list *blocks, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        xblock *x = &blocks->items[i];
        if ((x->flags & (XB_COMMENT | XB_KEEP)) != XB_COMMENT)
            continue;
        unsigned kinds = x->chars < COMMENT_LABEL_MAX ? x->boiler & (K_NOTICE | K_NAV | K_MODAL) : 0;
        /* a comment's title is often a link that folds the comment
         * away: the writer's words still */
        int title = is_type(x, MT_BLOCK_HEADING) && mt_vocab_titles_one_comment(x->node);
        if ((x->boiler & K_FORM) || mt_vocab_comment_feed_line(x->pub.text, x->pub.text_len) ||
            (x->chars < COMMENT_LABEL_MAX && holds_typed_field(x->node)) ||
            (is_type(x, MT_BLOCK_TABLE) && is_form_table(c, x->node)) ||
            (x->chars < COMMENT_LINE_MAX && !title &&
             (says_thread_closed(x->pub.text, x->pub.text_len) ||
              mt_prune_looks_like_boilerplate(c, x, kinds))))
            x->flags &= (uint8_t)~XB_COMMENT;
        else {
            cut_comment_controls(c, x);
            if (x->flags & XB_COMMENT)
                cut_comment_head(c, x);
        }
    }
}

