/* nearby.c -- the visible text around the headline, where bylines and
 * datelines are written: a few lines before it (a dateline above the
 * headline) and more after it, as lines of text (one per block), with
 * navigation, comments, related links and hidden elements left out. */
#include <stdint.h>
#include <string.h>
#include "metadata/meta_internal.h"
#include "text/binary.h"
#include "util/simd16.h"
#if defined(__SSE2__) && !defined(MT_NEARBY_NO_SIMD)
#include <emmintrin.h>
#define NEARBY_SIMD 1
#endif

static int is_heading(const mt_node *el)
{
    return el->tag >= MT_TAG_H1 && el->tag <= MT_TAG_H6;
}

/* What the walk does with an element, by its tag: a table lookup, not a
 * switch (the walk asks of every element, and a switch's range test is one
 * more branch on the tag). */
enum { TAG_INLINE = 1, TAG_SKIPPED = 2 };

static const uint8_t walk_tags[MT_TAG__COUNT] = {
    /* written in the line: no break around them */
    [MT_TAG_A] = TAG_INLINE, [MT_TAG_B] = TAG_INLINE, [MT_TAG_I] = TAG_INLINE,
    [MT_TAG_EM] = TAG_INLINE, [MT_TAG_STRONG] = TAG_INLINE, [MT_TAG_SPAN] = TAG_INLINE,
    [MT_TAG_U] = TAG_INLINE, [MT_TAG_SUP] = TAG_INLINE, [MT_TAG_SUB] = TAG_INLINE,
    [MT_TAG_SMALL] = TAG_INLINE, [MT_TAG_MARK] = TAG_INLINE, [MT_TAG_ABBR] = TAG_INLINE,
    [MT_TAG_FONT] = TAG_INLINE, [MT_TAG_CITE] = TAG_INLINE, [MT_TAG_TIME] = TAG_INLINE,
    [MT_TAG_BDI] = TAG_INLINE, [MT_TAG_WBR] = TAG_INLINE,
    /* never read: code, controls and their labels ("Customer ID" names a
     * field, no one who wrote), embedded pages, pictures and their captions */
    [MT_TAG_SCRIPT] = TAG_SKIPPED, [MT_TAG_STYLE] = TAG_SKIPPED, [MT_TAG_TEMPLATE] = TAG_SKIPPED,
    [MT_TAG_NOSCRIPT] = TAG_SKIPPED, [MT_TAG_SVG] = TAG_SKIPPED, [MT_TAG_SELECT] = TAG_SKIPPED,
    [MT_TAG_BUTTON] = TAG_SKIPPED, [MT_TAG_LABEL] = TAG_SKIPPED, [MT_TAG_TEXTAREA] = TAG_SKIPPED,
    [MT_TAG_IFRAME] = TAG_SKIPPED, [MT_TAG_FIGURE] = TAG_SKIPPED, [MT_TAG_FIGCAPTION] = TAG_SKIPPED,
};

static unsigned walk_tag(const mt_node *el)
{
    return el->tag < MT_TAG__COUNT ? walk_tags[el->tag] : 0;
}

static int is_block_break(const mt_node *el)
{
    return !(walk_tag(el) & TAG_INLINE);
}

static int skipped_tag(const mt_node *el)
{
    return (walk_tag(el) & TAG_SKIPPED) || el->ns != MT_NS_HTML;
}

/* How far into a table to look for a header cell. */
#define TABLE_LOOK_NODES 64

/* Whether a table has header cells among its first nodes, none of them an
 * author's label: a data table or an infobox ("Opened | 1 August 1849"),
 * whose labels read like a name before a date. A document's table of
 * facts that names its author ("Author | Dr. Helen Marsh") holds a byline;
 * so do bylines laid out in plain cells. */
static int is_labelled_table(const mt_node *table)
{
    size_t seen = 0;
    int headers = 0;
    for (const mt_node *n = table->first_child; n && seen++ < TABLE_LOOK_NODES;
         n = mt_dom_following(n, table)) {
        if (!mt_dom_is_html(n, MT_TAG_TH))
            continue;
        char label[64];
        size_t len = mt_meta_node_text(n, label, sizeof label, 8, 0);
        if (len && len < sizeof label - 1 && mt_author_byline_kind(label, len) == MT_BYLINE_LABEL)
            return 0;
        headers = 1;
    }
    return headers;
}

/* Whether an element breaks the line and writes nothing else whether it is
 * skipped or not: an empty block that is no heading (<img>, <hr>,
 * <input>). Its attributes are not read to find out whether it is
 * hidden. */
static int breaks_alone(const mt_node *el, int block, int heading)
{
    return !el->first_child && block && !heading;
}

/* Whether an element is a box of other stories inside the article's box:
 * an <aside>, a complementary region, a box classed related, teaser or
 * sidebar (it adds the boilerplate flag itself, under an article's). The
 * walk after the headline keeps such a box, as the flags do (an article's
 * box may hold its own byline's); before the headline it holds the other
 * stories' datelines and names ("Other stories | 26. Februar 2020"). */
int mt_meta_other_stories_box(const mt_meta_page *page, const mt_node *el)
{
    return page->own && el->index < page->nflags && (page->own[el->index] & MT_IN_BOILER) &&
           el->parent &&
           (mt_meta_flags(page, el->parent) & MT_IN_ARTICLE);
}

static int skipped(const mt_meta_ctx *c, const mt_node *el)
{
    if (skipped_tag(el) || (el->tag == MT_TAG_TABLE && is_labelled_table(el)))
        return 1;
    unsigned f = mt_meta_flags(&c->page, el);
    return (f & (MT_IN_COMMENTS | MT_IN_HEAD)) || ((f & MT_IN_BOILER) && !(f & MT_IN_ARTICLE)) ||
           (el->nattrs && mt_meta_hidden_on(&c->page, el));
}

/* The node before `n` in document order (reverse pre-order). */
static const mt_node *preceding(const mt_node *n)
{
    if (n->prev) {
        n = n->prev;
        while (n->last_child)
            n = n->last_child;
        return n;
    }
    return n->parent;
}

/* Appends a node's text or line break to the buffer being built. The
 * functions that write it take it `restrict`: its buffer never overlaps
 * it, and so the bytes written (a char may alias anything) do not make
 * the compiler read its length and room again after each. */
typedef struct lines {
    char *buf;
    size_t len, cap;    /* cap is lowered to len + 1 once a character does not fit */
    int elide;          /* long text runs become one MT_META_ELIDED byte */
} lines;

/* Ends the line, unless it is empty. Without a branch on the text: the
 * break is written, and counted only when the line had something (a byte
 * written and not counted is scratch: the walk ends the text with a NUL
 * after what it counted). */
static void put_break(lines *restrict l)
{
    if (l->len + 1 < l->cap) {
        l->buf[l->len] = '\n';
        l->len += l->len && l->buf[l->len - 1] != '\n';
    }
}

/* One space for white space between tags, unless the line is empty or
 * ends with one; without a branch on the text, as put_break. */
static void put_space(lines *restrict l)
{
    if (l->len + 1 < l->cap) {
        l->buf[l->len] = ' ';
        l->len += l->len && l->buf[l->len - 1] != ' ' && l->buf[l->len - 1] != '\n';
    }
}

/* 1 when s[0..n) is white space only (or nothing): sixteen bytes a test
 * where SSE2 is and there are as many (the indentation between the tags of
 * a deep page runs to dozens of bytes), the last ones in the sixteen that
 * end at n; from four bytes on, the text's bytes at once, when it opens
 * with white space (most texts of words do not, and are done with at
 * their first byte); shorter runs byte by byte. */
static int blank(const char *s, size_t n)
{
#if defined(NEARBY_SIMD) && defined(MT_SIMD16)
    if (n >= 4 && n < 16) {
        if (!mt_ascii_is_space((unsigned char)s[0]))
            return 0;
        unsigned all = (1u << n) - 1;
        return (mt_simd16_spaces(mt_simd16_load_short(s, n)) & all) == all;
    }
    if (n >= 16) {
        size_t i = 0;
        for (; i + 16 <= n; i += 16)
            if (mt_simd16_spaces(mt_simd16_load(s + i)) != 0xFFFFu)
                return 0;
        return i == n || mt_simd16_spaces(mt_simd16_load(s + n - 16)) == 0xFFFFu;
    }
#endif
    return mt_ascii_skip_space(s, n) == n;
}

#ifdef MT_SWAR_LE
/* The bytes of v (eight, read at once) where the byte-by-byte reading of
 * put_text must go on: a control byte or white space, but a space only
 * when its follower is no visible byte either (`follower_low`: the high
 * bit of each byte whose follower is at most a space). */
static uint64_t plain_stops(uint64_t v, uint64_t follower_low)
{
    uint64_t low = mt_swar_bytes_in(v, 0, ' ');
    uint64_t space = mt_swar_bytes_in(v, ' ', ' ');
    return (low & ~space) | (space & follower_low);
}
#endif

#ifdef NEARBY_SIMD
/* plain_stops for sixteen bytes, as a bit mask (bit k for s[k]): the
 * follower of each but the last is in the load; `last_low` says whether
 * the last one's is at most a space. */
static unsigned plain_stops16(const char *s, int last_low)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i space_bytes = _mm_set1_epi8(' ');
    /* bytes up to the space, compared without sign */
    unsigned low = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, space_bytes), v));
    unsigned space = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, space_bytes));
    return (low & ~space) | (space & ((low >> 1) | (unsigned)last_low << 15));
}
#endif

/* Where the stretch of text from s[j] that reads as it stands (no white
 * space but single spaces before a visible byte) may end, short of
 * `limit` (s[limit], when limit < n, is the last byte's follower): read
 * sixteen bytes at a time with SSE2 when there are as many (a paragraph's
 * pieces between links mostly are), else eight where the machine allows
 * (MT_SWAR_LE), the last ones too (those that end at `limit`), it passes
 * over the plain part
 * of running text, and the byte-by-byte reading goes on from the first byte
 * that may need it (a control byte, or a space before one); `limit` when
 * there is none. */
static size_t plain_run_end(const char *s, size_t j, size_t limit, size_t n)
{
#ifdef NEARBY_SIMD
    if (limit >= 16) {
        /* sixteen bytes a load, fifteen a step: the sixteenth byte's
         * follower is not in the load, and the next step judges it */
        for (; j + 16 <= limit; j += 15) {
            unsigned stop = plain_stops16(s + j, 0) & 0x7FFFu;
            if (stop)
                return j + (size_t)__builtin_ctz(stop);
        }
        if (j >= limit)
            return j;
        /* the sixteen bytes that end at `limit`, those before j left out */
        size_t from = limit - 16;   /* 0 < j - from < 16 */
        int last_low = limit == n || (unsigned char)s[limit] <= ' ';
        unsigned stop = plain_stops16(s + from, last_low) & (0xFFFFu << (j - from));
        return stop ? from + (size_t)__builtin_ctz(stop) : limit;
    }
#endif
#ifdef MT_SWAR_LE
    /* the byte after the eight is read too: a space's follower */
    for (; j + 9 <= limit; j += 8) {
        /* (no test of the low bytes alone first: running text has a space
         * in most eight bytes, and a branch that mostly goes one way is
         * cheaper) */
        uint64_t v = mt_load64(s + j);
        uint64_t follower_low = (mt_swar_bytes_in(v, 0, ' ') >> 8) |
                                ((unsigned char)s[j + 8] <= ' ' ? 1ull << 63 : 0);
        uint64_t stop = plain_stops(v, follower_low);
        if (stop)
            return j + mt_swar_first(stop);
    }
    /* the last bytes, fewer than nine: the eight that end at `limit`, with
     * those before j left out */
    if (j < limit && limit >= 8) {
        size_t from = limit - 8;    /* j - from < 8 */
        uint64_t v = mt_load64(s + from);
        int last_low = limit == n || (unsigned char)s[limit] <= ' ';
        uint64_t follower_low = (mt_swar_bytes_in(v, 0, ' ') >> 8) | (last_low ? 1ull << 63 : 0);
        uint64_t stop = plain_stops(v, follower_low) & (~0ull << (8 * (j - from)));
        return stop ? from + mt_swar_first(stop) : limit;
    }
#endif
    (void)n;
    return j;
}

/* Where the white space from s[i] on ends, short of n: sixteen bytes a
 * test with SSE2 while as many are left (a text's indentation before its
 * words runs to dozens of bytes on a deep page). */
static size_t white_end(const char *s, size_t i, size_t n)
{
#if defined(NEARBY_SIMD) && defined(MT_SIMD16)
    for (; n - i >= 16; i += 16) {
        unsigned sp = mt_simd16_spaces(mt_simd16_load(s + i));
        if (sp != 0xFFFFu)
            return i + (size_t)__builtin_ctz(~sp);
    }
#endif
    while (i < n && mt_ascii_is_space(s[i]))
        i++;
    return i;
}

/* Appends text with its white space collapsed. A stretch of words with
 * single spaces between them reads as it stands and is copied whole, as
 * far as the buffer has room; other white space is collapsed byte by
 * byte. */
static void put_text(lines *restrict l, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && l->len + 1 < l->cap) {
        if (mt_ascii_is_space(s[i])) {
            if (l->len && l->buf[l->len - 1] != ' ' && l->buf[l->len - 1] != '\n')
                l->buf[l->len++] = ' ';
            i = white_end(s, i + 1, n);
            continue;
        }
        size_t room = l->cap - 1 - l->len;
        size_t limit = n - i < room ? n : i + room;
        size_t j = plain_run_end(s, i + 1, limit, n);
        while (j < limit) {
            unsigned char ch = (unsigned char)s[j];
            if (ch > ' ' || !mt_ascii_is_space(ch))
                j++;
            else if (ch == ' ' && j + 1 < n && (unsigned char)s[j + 1] > ' ')
                j += 2;
            else
                break;
        }
        if (j > limit)
            j = limit;
        /* the room ends inside the text: what is kept ends with a whole
         * character, and the buffer takes nothing more (not the next
         * node's first byte where this one's character did not fit) */
        int full = j == limit && limit < n;
        if (full)
            j = i + mt_utf8_whole_prefix(s + i, j - i);
        memcpy(l->buf + l->len, s + i, j - i);
        l->len += j - i;
        i = j;
        if (full) {
            l->cap = l->len + 1;
            return;
        }
    }
}

/* Texts longer than this are one MT_META_ELIDED byte in an eliding
 * reading: a paragraph, no byline, and not worth the copy. */
#define ELIDE_MIN 160

/* Where a walk after the anchor stood when it came to its first text
 * longer than ELIDE_MIN, or to its end if it met none: up to there the
 * reading with elided texts and the one without write the same bytes from
 * the same nodes, so the second of them to be read (the long one after the
 * short, or the short after the long from <body>) takes the first's bytes
 * and goes on from its node, not reading those nodes again. Not `valid`
 * when the walk stopped at the end of its buffer: its last text may be cut
 * short there. */
typedef struct resume {
    const mt_node *anchor;  /* the anchor of the walk */
    const mt_node *node;    /* the node it was to read next, NULL for none */
    size_t visited;         /* the nodes read before it */
    size_t len;             /* the bytes written before it */
    int valid;
} resume;

/* The node after n's subtree in document order (NULL past root's). When
 * the walk climbs out of elements to get there, and the element whose
 * next sibling that is is a block, the line ends: a block ends its line
 * where it closes as it does where it opens ("<div>By Jane Doe</div>The
 * Agency" is two lines). (A leaf block broke the line where it opened, and
 * the blocks closed deeper down are not asked: the climb is the rarer
 * step, and this is all it costs.) */
static const mt_node *next_after(lines *restrict l, const mt_node *n, const mt_node *root)
{
    if (n->next)
        return n->next;
    while (n && n != root && !n->next)
        n = n->parent;
    if (!n || n == root)
        return NULL;
    if (n->type == MT_NODE_ELEMENT && is_block_break(n))
        put_break(l);
    return n->next;
}

/* Walks forward from `from` (inclusive) until `stop` (exclusive, may be
 * NULL), at most `max_nodes` nodes, `visited` of them read already (by a
 * walk the reading resumes). With `mark`, notes where the walk was before
 * its first text longer than ELIDE_MIN (see resume). */
static void walk(const mt_meta_ctx *c, const mt_node *from, const mt_node *stop, size_t max_nodes,
                 size_t visited, lines *restrict l, resume *mark)
{
    /* the walk up to a stop is the one before the headline */
    int other_boxes_skipped = stop != NULL;
    const mt_node *root = c->doc->root;
    const mt_node *n = from;
    while (n && n != stop && visited < max_nodes && l->len + 1 < l->cap) {
        visited++;
        if (n->type == MT_NODE_ELEMENT) {
            /* asked once: the bytes written below may alias the node, and
             * would have it read again after each */
            int block = is_block_break(n), heading = is_heading(n);
            if (!breaks_alone(n, block, heading) &&
                (skipped(c, n) ||
                 (other_boxes_skipped && mt_meta_other_stories_box(&c->page, n))) &&
                !mt_dom_holds(n, stop)) {
                put_break(l);
                n = next_after(l, n, root);
                continue;
            }
            if (block) {
                put_break(l);
                if (heading && l->len + 1 < l->cap)
                    l->buf[l->len++] = MT_META_HEADING;
            } else if (mt_meta_glued_elements(n))
                put_text(l, " ", 1);
        } else if (n->type == MT_NODE_TEXT) {
            if (n->data_len > ELIDE_MIN && mark) {
                *mark = (resume){ mark->anchor, n, visited - 1, l->len, 1 };
                mark = NULL;
            }
            if (l->elide && n->data_len > ELIDE_MIN) {
                char elided = MT_META_ELIDED;
                put_text(l, &elided, 1);
            } else if (blank(n->data, n->data_len)) {
                /* white space between tags: one space at most */
                if (n->data_len)
                    put_space(l);
            } else {
                put_text(l, n->data, n->data_len);
            }
        }
        n = n->first_child ? n->first_child : next_after(l, n, root);
    }
    /* no long text met: the end, unless the buffer filled up */
    if (mark && l->len + 1 < l->cap)
        *mark = (resume){ mark->anchor, n, visited, l->len, 1 };
    l->buf[l->len] = '\0';
}

/* mt_meta_text_after, resuming another reading's walk where `from` (may
 * be NULL) noted it, when that applies: its bytes `prev` up to there are
 * this one's. Notes into `mark` (may be NULL) where this walk may be
 * resumed. */
static size_t read_after(const mt_meta_ctx *c, const mt_node *anchor, char *buf, size_t cap,
                         size_t max_nodes, int elide, const char *prev, const resume *from,
                         resume *mark)
{
    lines l = { buf, 0, cap, elide };
    if (!cap)
        return 0;
    if (mark)
        *mark = (resume){ anchor, NULL, 0, 0, 0 };
    const mt_node *start = is_heading(anchor) ? mt_dom_following_skip(anchor, c->doc->root)
                                              : anchor->first_child;
    size_t visited = 0;
    /* the nodes and bytes taken must be within this walk's bounds: then
     * it would have read them as the other did, to the same bytes */
    if (prev && from && from->valid && from->anchor == anchor && from->visited <= max_nodes &&
        from->len + 1 < cap) {
        memcpy(buf, prev, from->len);
        l.len = from->len;
        start = from->node;
        visited = from->visited;
    }
    walk(c, start, NULL, max_nodes, visited, &l, mark);
    return l.len;
}

size_t mt_meta_text_after(const mt_meta_ctx *c, const mt_node *anchor, char *buf, size_t cap,
                          size_t max_nodes, int elide)
{
    return read_after(c, anchor, buf, cap, max_nodes, elide, NULL, NULL, NULL);
}

/* Where the reading before the anchor begins when the steps back from it
 * ended inside a box of other stories (mt_meta_other_stories_box) that
 * does not hold the anchor: after the outermost such box, for the walk
 * skips only the boxes it enters. */
static const mt_node *past_other_stories(const mt_meta_ctx *c, const mt_node *start,
                                         const mt_node *anchor)
{
    const mt_node *box = NULL;
    for (const mt_node *p = start; p; p = p->parent)
        if (p->type == MT_NODE_ELEMENT && mt_meta_other_stories_box(&c->page, p) &&
            !mt_dom_holds(p, anchor))
            box = p;
    if (!box)
        return start;
    const mt_node *after = mt_dom_following_skip(box, c->doc->root);
    return after ? after : anchor;
}

size_t mt_meta_text_before(const mt_meta_ctx *c, const mt_node *anchor, char *buf, size_t cap,
                           size_t max_nodes)
{
    lines l = { buf, 0, cap, 0 };
    if (!cap)
        return 0;
    /* step back, then read forward up to the anchor */
    const mt_node *start = anchor;
    for (size_t i = 0; i < max_nodes; i++) {
        const mt_node *p = preceding(start);
        if (!p || p == c->doc->root || (p->type == MT_NODE_ELEMENT && p->tag == MT_TAG_BODY))
            break;
        start = p;
    }
    start = past_other_stories(c, start, anchor);
    walk(c, start, anchor, max_nodes * 2, 0, &l, NULL);
    return l.len;
}

/* The short reading covers the byline and dateline under a headline; the
 * long one reaches the end of most articles, for signatures. */
#define SHORT_CAP 3072
#define SHORT_NODES 500
#define LONG_CAP 16384
#define LONG_NODES 3000

/* The reading before the headline: 800 bytes from 40 nodes. */
#define BEFORE_CAP 800
#define BEFORE_NODES 40

const char *mt_meta_before(mt_meta_ctx *c, const mt_node *anchor, size_t cap, size_t *len)
{
    if (!c->before) {
        char *buf = mt_arena_alloc_bytes(c->scratch, BEFORE_CAP);
        if (!buf)
            return NULL;
        c->before_len = mt_meta_text_before(c, anchor, buf, BEFORE_CAP, BEFORE_NODES);
        c->before = buf;
    }
    /* the reading is appended to as long as there is room, so a smaller
     * buffer would have held its beginning */
    *len = cap && c->before_len > cap - 1 ? mt_utf8_whole_prefix(c->before, cap - 1)
                                          : c->before_len;
    return c->before;
}

/* Where a reading after the anchor noted its walk (see resume): kept
 * after its buffer of `cap` bytes (read and written by memcpy: the bytes
 * there have no alignment). */
static resume *resume_of(const char *reading, size_t cap, resume *out)
{
    memcpy(out, reading + cap, sizeof *out);
    return out;
}

const char *mt_meta_after(mt_meta_ctx *c, const mt_node *anchor, int longer, size_t *len)
{
    const char **text = longer ? &c->after_long : &c->after;
    size_t *tlen = longer ? &c->after_long_len : &c->after_len;
    if (!*text) {
        size_t cap = longer ? LONG_CAP : SHORT_CAP;
        char *buf = mt_arena_alloc_bytes(c->scratch, cap + sizeof(resume));
        if (!buf)
            return NULL;
        /* the other reading, if it was read: where its walk may be resumed */
        const char *other = longer ? c->after : c->after_long;
        resume from, mark;
        *tlen = read_after(c, anchor, buf, cap, longer ? LONG_NODES : SHORT_NODES, longer, other,
                           other ? resume_of(other, longer ? SHORT_CAP : LONG_CAP, &from) : NULL,
                           &mark);
        memcpy(buf + cap, &mark, sizeof mark);
        *text = buf;
    }
    *len = *tlen;
    return *text;
}

/* The first place where `word` (lowercase letters) begins a word of
 * s[0..n), in any case: "uncopyrighted" holds no "copyright",
 * "copyrighted" does. */
static const char *find_word_start_ci(const char *s, size_t n, const char *word)
{
    for (const char *from = s, *end = s + n, *m;
         (m = mt_meta_find_ci(from, (size_t)(end - from), word)) != NULL; from = m + 1)
        if (m == s || !mt_ascii_is_letter((unsigned char)m[-1]))
            return m;
    return NULL;
}

/* The length of a year in Roman numerals at p ("MMXII", "MCMXCIX"), as
 * some notices write it; 0 for none. Only the years of the last two
 * millennia and a half are read: "MDC Partners" is a holder. */
static size_t roman_year(const char *p, const char *end)
{
    size_t n = 0;
    while (p + n < end && n < 16 && p[n] && strchr("MDCLXVI", p[n]))
        n++;
    if (n < 3 || (p + n < end && mt_ascii_is_letter((unsigned char)p[n])))
        return 0;
    return p[0] == 'M' && (p[1] == 'M' || (p[1] == 'C' && p[2] == 'M')) ? n : 0;
}

/* Whether a copyright holder's name that began at `from` ends at q (<
 * end): at a bar, a line's end or a sentence's full stop -- not an
 * initial's ("The E.W. Scripps Co.", "Stephen B. Castleberry"). */
static int holder_ends_at(const char *from, const char *q, const char *end)
{
    if (*q == '|' || *q == '\n')
        return 1;
    if (*q != '.' || (q + 1 < end && q[1] != ' '))
        return 0;
    int initial = q > from && mt_ascii_is_upper((unsigned char)q[-1]) &&
                  (q - 1 == from || q[-2] == ' ' || q[-2] == '.');
    return !initial;
}

/* The holder named in a copyright notice in `s` ("© 2022 Example AG. All
 * rights reserved.", "Copyright (c) 2012- Jane Doe.", "All content
 * copyrighted to Jane Doe"): its span, or 0. */
static size_t notice_holder(const char *s, size_t n, const char **holder)
{
    static const char *const marks[] = { "\xc2\xa9", "(c)" };
    const char *p = NULL, *end = s + n;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0] && !p; i++) {
        const char *m = mt_meta_find_ci(s, n, marks[i]);
        if (m)
            p = m + strlen(marks[i]);
    }
    if (!p) {
        const char *m = find_word_start_ci(s, n, "copyright");
        if (m) {
            p = m + strlen("copyright");
            /* "Copyrighted 2020 Jane Doe", "copyrighted to Jane Doe" */
            if (end - p >= 3 && mt_meta_eq_ci(p, 3, "ed "))
                p += 3;
            if (end - p >= 3 && mt_meta_eq_ci(p, 3, "to "))
                p += 3;
        }
    }
    if (!p)
        return 0;
    /* more marks, years ("2002 to 2008", "MMXII"), dashes and "by" before
     * the name */
    size_t k;
    for (;;) {
        while (p < end && (*p == ' ' || *p == '-' || *p == ',' || (*p >= '0' && *p <= '9')))
            p++;
        if (end - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA9)
            p += 2;
        else if (end - p >= 3 && mt_meta_eq_ci(p, 3, "(c)"))
            p += 3;
        else if (end - p >= 3 && mt_meta_eq_ci(p, 3, "by "))
            p += 3;
        else if (end - p >= 4 && mt_meta_eq_ci(p, 3, "to ") &&
                 mt_ascii_is_digit((unsigned char)p[3]))
            p += 3;
        else if ((k = roman_year(p, end)) != 0)
            p += k;
        else
            break;
    }
    const char *q = p;
    while (q < end && !holder_ends_at(p, q, end))
        q++;
    static const char *const stops[] = { "all rights", "alle rechte", "tous droits",
                                         "todos los derechos", "tutti i diritti",
                                         "world rights", "rights reserved", "designed by",
                                         "designed and", "powered by" };
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) {
        const char *st = mt_meta_find_ci(p, (size_t)(q - p), stops[i]);
        if (st)
            q = st;
    }
    *holder = p;
    return (size_t)(q - p);
}

/* Whether s[0..n) may hold what notice_holder looks for: the sign's
 * second byte, a '(' or the 'y' of "copyright". Most texts read from the
 * page's end for a notice (menu entries, links) have none, and are passed
 * without its three case-blind searches. Those with one are asked more
 * closely, for the 'y' is in most sentences and many a 'c' in them would
 * be compared with "copyright": a "(c)" or the rarer "yr" of
 * "copyright", in any case. */
static int may_hold_notice(const char *s, size_t n)
{
#if defined(NEARBY_SIMD) && defined(MT_SIMD16)
    /* the three in one reading, sixteen places a test (each with the
     * two bytes after it): a text asked is mostly short, where a memchr
     * for each byte cost more */
    const __m128i low = _mm_set1_epi8(0x20);
    for (size_t i = 0; i < n; i += 16) {
        size_t left = n - i;
        __m128i a = left >= 16 ? mt_simd16_load(s + i) : mt_simd16_load_short(s + i, left);
        __m128i b = left >= 17 ? mt_simd16_load(s + i + 1)
                               : mt_simd16_load_short(s + i + 1, left - 1);
        __m128i c = left >= 18 ? mt_simd16_load(s + i + 2)
                               : mt_simd16_load_short(s + i + 2, left >= 2 ? left - 2 : 0);
        __m128i b_low = _mm_or_si128(b, low);
        __m128i sign = _mm_cmpeq_epi8(a, _mm_set1_epi8((char)0xA9));
        __m128i c_mark = _mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('(')), _mm_cmpeq_epi8(b_low, _mm_set1_epi8('c'))),
            _mm_cmpeq_epi8(c, _mm_set1_epi8(')')));
        __m128i yr = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(a, low), _mm_set1_epi8('y')),
                                   _mm_cmpeq_epi8(b_low, _mm_set1_epi8('r')));
        if (_mm_movemask_epi8(_mm_or_si128(sign, _mm_or_si128(c_mark, yr))))
            return 1;
    }
    return 0;
#else
    if (memchr(s, 0xA9, n))
        return 1;
    if (!memchr(s, '(', n) && !memchr(s, 'y', n) && !memchr(s, 'Y', n))
        return 0;
    return mt_meta_find_ci(s, n, "(c)") || mt_meta_find_ci(s, n, "yr");
#endif
}

/* Whether a text node is a picture's credit ("Common pipistrelle © Mark
 * Ellery"): in a <figure>, or above the article's headline (NULL if none
 * was found), where the page's own notice never stands (a hero image's
 * caption does). */
static int is_picture_credit(const mt_node *text, const mt_node *headline)
{
    if (headline && text->index < headline->index)
        return 1;
    for (const mt_node *p = text->parent; p; p = p->parent)
        if (mt_dom_is_html(p, MT_TAG_FIGURE) || mt_dom_is_html(p, MT_TAG_FIGCAPTION))
            return 1;
    return 0;
}

/* Whether s[0..n), after a word, goes on with "and" or "&" ("Photos and
 * text (c) 2020 Jane Roe", "Fotos und Text"): the notice covers more than
 * that word names. */
static int joined_on(const char *s, size_t n)
{
    static const char *const joins[] = { "&", "and", "e", "et", "und", "y" };
    while (n && *s == ' ')
        s++, n--;
    size_t w = 0;
    while (w < n && s[w] != ' ')
        w++;
    for (size_t i = 0; i < sizeof joins / sizeof joins[0]; i++)
        if (mt_meta_eq_ci(s, w, joins[i]))
            return 1;
    return 0;
}

/* Whether a notice's text, up to its holder at s + before, opens with
 * what it covers, the pictures ("Pictures are (c) 2007 Example Photo
 * Ltd", "Fotos: (c) ..."): a credit of the pictures beside the page's own
 * notice, not the text's -- unless it goes on to more ("Photos and
 * text"). */
static int pictures_notice(const char *s, size_t before)
{
    static const char *const words[] = { "bild",  "bilder", "foto",        "fotos",
                                         "image", "images", "photographs", "photos",
                                         "photo", "picture", "pictures" };
    while (before && (*s == ' ' || *s == '\n' || *s == '\t'))
        s++, before--;
    size_t w = 0;
    while (w < before && mt_ascii_is_letter((unsigned char)s[w]))
        w++;
    if (joined_on(s + w, before - w))
        return 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (mt_meta_eq_ci(s, w, words[i]))
            return 1;
    return 0;
}

size_t mt_meta_copyright(const mt_meta_ctx *c, char *buf, size_t cap)
{
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_RIGHTS];
    const char *holder;
    size_t n = 0;
    if (s->n)
        n = notice_holder(s->v[0].s, s->v[0].len, &holder);
    /* else the last notice in the page's text, read from its end */
    const mt_node *last = c->doc->root;
    while (last->last_child)
        last = last->last_child;
    char text[512];
    for (size_t i = 0; !n && last && i < 400; i++, last = preceding(last)) {
        if (last->type != MT_NODE_TEXT || last->data_len < 4 || !last->parent ||
            last->parent->tag == MT_TAG_SCRIPT || last->parent->tag == MT_TAG_STYLE ||
            last->parent->tag == MT_TAG_NOSCRIPT || last->parent->tag == MT_TAG_TEMPLATE)
            continue;
        size_t k = last->data_len <= sizeof text ? last->data_len
                                                 : mt_utf8_whole_prefix(last->data, sizeof text);
        /* binary data served as a page holds a 0xA9 (the sign in
         * windows-1252) among other bytes: no notice, no holder's name */
        if (!may_hold_notice(last->data, k) || mt_text_reads_as_binary(last->data, k))
            continue;
        memcpy(text, last->data, k);
        n = notice_holder(text, k, &holder);
        if (n && (is_picture_credit(last, c->headline) ||
                  pictures_notice(text, (size_t)(holder - text))))
            n = 0;
        if (n) {
            memmove(text, holder, n);
            holder = text;
        }
    }
    /* a control character no one writes ends the name ("\x02(c) 2003
     * Acme Inc.\x03" in a page's legacy markup) */
    for (size_t j = 0; j < n; j++)
        if (mt_text_unwritten_control((unsigned char)holder[j]))
            n = j;
    if (!n || n >= cap)
        return 0;
    memcpy(buf, holder, n);
    buf[n] = '\0';
    return n;
}

static const mt_node *body_of(const mt_document *doc)
{
    for (const mt_node *h = doc->root->first_child; h; h = h->next)
        if (mt_dom_is_html(h, MT_TAG_HTML))
            for (const mt_node *b = h->first_child; b; b = b->next)
                if (mt_dom_is_html(b, MT_TAG_BODY))
                    return b;
    return NULL;
}

const mt_node *mt_meta_anchor(const mt_meta_ctx *c)
{
    if (c->headline)
        return c->headline;
    /* the first <h1> inside the article */
    const mt_node *box = c->page.article;
    for (size_t i = 0; i < c->page.nheadings; i++) {
        const mt_node *h = c->page.headings[i];
        if (h->tag != MT_TAG_H1)
            continue;
        for (const mt_node *p = h; p; p = p->parent)
            if (box && p == box)
                return h;
    }
    if (box)
        return box;
    if (c->near_title)
        return c->near_title;
    const mt_node *lone = NULL;
    for (size_t i = 0; i < c->page.nheadings; i++) {
        const mt_node *h = c->page.headings[i];
        if (h->tag == MT_TAG_H1 && !(mt_meta_flags(&c->page, h) & MT_IN_BOILER)) {
            if (lone) {
                lone = NULL;
                break;
            }
            lone = h;
        }
    }
    return lone ? lone : body_of(c->doc);
}
