/* byline.c -- choosing the authors.
 *
 * Candidates come from JSON-LD, <meta> tags, microdata, rel=author links,
 * elements whose class names a byline, and "By ..." lines near the
 * headline. Declared authors are often the site itself ("Example News",
 * "example.com"), so a candidate that names the site is weighed down, and
 * one that another source confirms is weighed up. */
#include <string.h>
#include "metadata/meta_internal.h"

#define BYLINE_CAP 320
#define MAX_CANDIDATES 16
#define BEFORE_CAP 800

typedef struct candidate {
    mt_names names;
    const char *source;
    int score;
    int penalty;            /* what penalty() says, once asked; -1 before */
    int element;            /* read from a byline element's own text */
} candidate;

/* What a candidate's penalty asks of one of its names (names_site,
 * mt_author_is_org, code_name), worked out once a name: a page's sources
 * often name the same person (its JSON-LD, its meta tags, its byline). */
typedef struct name_facts {
    const char *name;
    uint8_t site, org, code;
} name_facts;

#define MAX_FACTS 32

/* A text cut into names before: the readings near the headline hold the
 * same byline more than once (the long reading begins as the short one
 * does), and a byline element's text is often a line of them too. */
typedef struct split_text {
    const char *s;          /* a copy */
    size_t len;
    mt_names names;
} split_text;

#define MAX_SPLITS 32

typedef struct candidates {
    candidate c[MAX_CANDIDATES];
    size_t n;
    name_facts facts[MAX_FACTS];
    size_t nfacts;
    split_text splits[MAX_SPLITS];
    size_t nsplits;
} candidates;

/* The names of s[0..len), cut once a page (mt_author_split); -1 on out of
 * memory. A text too many to remember is cut again when it comes back. */
static int split_once(mt_meta_ctx *c, candidates *l, const char *s, size_t len, mt_names *out)
{
    for (size_t i = 0; i < l->nsplits; i++) {
        const split_text *t = &l->splits[i];
        if (t->len == len && memcmp(t->s, s, len) == 0) {
            *out = t->names;
            return 0;
        }
    }
    if (mt_author_split(c->scratch, s, len, out) < 0)
        return -1;
    if (l->nsplits < MAX_SPLITS) {
        const char *copy = mt_arena_strndup(c->scratch, s, len);
        if (!copy)
            return -1;
        l->splits[l->nsplits++] = (split_text){ copy, len, *out };
    }
    return 0;
}

/* Adds a candidate from raw text; -1 on out of memory. */
static int add_text(mt_meta_ctx *c, candidates *l, const char *s, size_t len, const char *source,
                    int score)
{
    if (l->n >= MAX_CANDIDATES || !s || !len)
        return 0;
    candidate *k = &l->c[l->n];
    memset(&k->names, 0, sizeof k->names);
    if (split_once(c, l, s, len, &k->names) < 0)
        return -1;
    if (!k->names.n)
        return 0;
    k->source = source;
    k->score = score;
    k->penalty = -1;
    k->element = 0;
    l->n++;
    return 0;
}

/* ================================================================ sources */

static int from_json_ld(mt_meta_ctx *c, candidates *l)
{
    if (!c->main || l->n >= MAX_CANDIDATES)
        return 0;
    candidate *k = &l->c[l->n];
    memset(&k->names, 0, sizeof k->names);
    if (mt_ld_authors(c->scratch, c->ld, c->main, &k->names) < 0)
        return -1;
    if (!k->names.n)
        return 0;
    k->source = "json-ld";
    k->score = 88;
    k->penalty = -1;
    k->element = 0;
    l->n++;
    return 0;
}

/* Whether a key holds one person per tag, written "Last, First" as
 * libraries write it (Google Scholar's citation_author, Dublin Core). */
static int one_name_per_tag(const char *source)
{
    return strcmp(source, "meta:citation_author") == 0 || strcmp(source, "meta:dc.creator") == 0;
}

/* Whether s[0..n) is what follows a name after a comma ("Jr.", "III",
 * "PhD"), not given names. */
static int is_name_suffix(const char *s, size_t n)
{
    static const char *const suffixes[] = { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv",
                                            "phd", "ph.d.", "md", "m.d." };
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (mt_meta_eq_ci(s, n, suffixes[i]))
            return 1;
    return 0;
}

/* Appends a "Last, First" name as "First Last" ("Hartmann, Lena" ->
 * "Lena Hartmann", "Okafor, Daniel C."): a surname of one or two words
 * before the only comma, given names or initials after it. Anything else
 * ("Smith, Jr.", "ACME, Inc.", two names) is appended as it is. Returns the
 * new length. */
static size_t put_name_in_order(char *buf, size_t total, const char *v, size_t n)
{
    const char *comma = memchr(v, ',', n);
    size_t last = comma ? (size_t)(comma - v) : 0, words = 1;
    for (size_t i = 0; i < last; i++)
        words += v[i] == ' ';
    const char *first = comma ? comma + 1 : NULL;
    size_t fn = comma ? n - last - 1 : 0;
    while (fn && *first == ' ')
        first++, fn--;
    if (!comma || !last || words > 2 || !fn || memchr(first, ',', fn) ||
        !mt_author_plausible(first, fn) || mt_author_is_org(v, n) ||
        !mt_ascii_is_upper((unsigned char)first[0]) || is_name_suffix(first, fn)) {
        memcpy(buf + total, v, n);
        return total + n;
    }
    memcpy(buf + total, first, fn);
    buf[total + fn] = ' ';
    memcpy(buf + total + fn + 1, v, last);
    return total + fn + 1 + last;
}

static int from_meta(mt_meta_ctx *c, candidates *l)
{
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_AUTHOR];
    if (!s->n)
        return 0;
    /* all values of the key: citation_author and article:author repeat */
    size_t total = 0;
    char buf[1024];
    int in_order = one_name_per_tag(s->v[0].source);
    for (size_t i = 0; i < s->n; i++) {
        if (total + s->v[i].len + 2 >= sizeof buf)
            break;
        if (total)
            buf[total++] = ';';
        if (in_order) {
            total = put_name_in_order(buf, total, s->v[i].s, s->v[i].len);
        } else {
            memcpy(buf + total, s->v[i].s, s->v[i].len);
            total += s->v[i].len;
        }
    }
    int score = s->rank <= 2 ? 80 : 70;
    /* twitter:data1 is only a name when twitter:label1 says so; it is weak */
    if (s->rank >= 9)
        score = 30;
    return add_text(c, l, buf, total, s->v[0].source, score);
}

/* An element's content attribute, else its text. */
static size_t content_or_text(const mt_node *el, char *buf, size_t cap)
{
    size_t cn;
    const char *content = mt_meta_attr(el, "content", &cn);
    if (content && cn < cap) {
        memcpy(buf, content, cn);
        buf[cn] = '\0';
        return cn;
    }
    return mt_meta_node_text(el, buf, cap, 64, 0);
}

/* The name inside a microdata author: its itemprop=name, else its text. */
static size_t microdata_name(const mt_node *el, char *buf, size_t cap)
{
    size_t visited = 0;
    for (const mt_node *n = el->first_child; n && visited++ < 64; n = mt_dom_following(n, el)) {
        size_t pn;
        const char *p = n->type == MT_NODE_ELEMENT ? mt_meta_attr(n, "itemprop", &pn) : NULL;
        if (p && mt_meta_eq_ci(p, pn, "name"))
            return content_or_text(n, buf, cap);
    }
    return content_or_text(el, buf, cap);
}

static int usable_place(const mt_meta_ctx *c, const mt_node *n)
{
    return mt_meta_readable(&c->page, n);
}

static int from_microdata(mt_meta_ctx *c, candidates *l)
{
    for (size_t i = 0; i < c->page.nprops; i++) {
        const mt_meta_node *p = &c->page.props[i];
        if (p->kind != MT_PROP_AUTHOR || !usable_place(c, p->node))
            continue;
        char buf[BYLINE_CAP];
        size_t n = microdata_name(p->node, buf, sizeof buf);
        if (add_text(c, l, buf, n, "microdata", 78) < 0)
            return -1;
        break;
    }
    return 0;
}

static int from_author_links(mt_meta_ctx *c, candidates *l)
{
    char all[BYLINE_CAP * 2];
    size_t total = 0;
    for (size_t i = 0; i < c->page.nauthor_links && i < 4; i++) {
        const mt_node *a = c->page.author_links[i];
        if (!usable_place(c, a))
            continue;
        char buf[BYLINE_CAP];
        size_t n = mt_meta_node_text(a, buf, sizeof buf, 32, 0);
        if (!n || total + n + 2 >= sizeof all)
            continue;
        if (total)
            all[total++] = ';';
        memcpy(all + total, buf, n);
        total += n;
    }
    return add_text(c, l, all, total, "rel:author", 70);
}

/* Distance in document order from the anchor, in node creation order
 * (close enough to document order for "near"). */
static long distance(const mt_node *anchor, const mt_node *n)
{
    return anchor ? (long)n->index - (long)anchor->index : 100000;
}

/* Whether an element is the page itself: what <html> or <body> is called
 * ("writer-html5", Sphinx's; "author-jane", a WordPress author archive's)
 * names the page or its generator, and its text is the whole page. */
static int is_page_root(const mt_node *n)
{
    return n->ns == MT_NS_HTML && (n->tag == MT_TAG_HTML || n->tag == MT_TAG_BODY);
}

/* How far up a byline element a customer review's box is looked for. */
#define REVIEW_BOX_DEPTH 6

/* 1 when an element's class or id says it holds `word` ("review" in
 * "spr-review", "review-item"; "reviews" in "product-reviews"). */
static int names(const mt_node *el, const char *word)
{
    static const char *const attrs[] = { "class", "id" };
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        size_t n;
        const char *v = mt_meta_attr(el, attrs[i], &n);
        if (v && mt_meta_find_ci(v, n, word))
            return 1;
    }
    return 0;
}

/* Whether an element has a sibling of its tag and class: the next review
 * in a list of them. Looked for among 32 siblings either side. */
static int has_twin(const mt_node *el)
{
    size_t n;
    const char *cls = mt_meta_attr(el, "class", &n);
    if (!cls)
        return 0;
    const mt_node *sides[2] = { el->prev, el->next };
    for (int side = 0; side < 2; side++) {
        int seen = 0;
        for (const mt_node *s = sides[side]; s && seen < 32; s = side ? s->next : s->prev, seen++) {
            size_t sn;
            const char *sc = s->type == MT_NODE_ELEMENT && s->tag == el->tag
                                 ? mt_meta_attr(s, "class", &sn) : NULL;
            if (sc && sn == n && memcmp(sc, cls, n) == 0)
                return 1;
        }
    }
    return 0;
}

/* Whether a byline element is a customer's review's, written under the
 * page's text ("Marcy T. on Apr 02, 2024"): a box named for a review holds
 * it, one of a list of reviews (it has a twin, or a box named for reviews
 * holds it) -- and not the headline: a review that is the page's own
 * article, its byline in a "review-meta" box under the headline, is one of
 * a kind. */
static int in_review_box(const mt_node *byline, const mt_node *anchor)
{
    const mt_node *p = byline;
    int depth = 0;
    for (; depth < REVIEW_BOX_DEPTH && p && !is_page_root(p); depth++, p = p->parent)
        if (p->type == MT_NODE_ELEMENT && names(p, "review"))
            break;
    if (depth == REVIEW_BOX_DEPTH || !p || is_page_root(p) || (anchor && mt_dom_holds(p, anchor)))
        return 0;
    if (has_twin(p))
        return 1;
    for (const mt_node *a = p; depth < REVIEW_BOX_DEPTH && a && !is_page_root(a);
         depth++, a = a->parent)
        if (a->type == MT_NODE_ELEMENT && names(a, "reviews"))
            return !anchor || !mt_dom_holds(a, anchor);
    return 0;
}

/* How many nodes of a byline element are read to tell a post from a
 * byline: a post's heading and paragraphs come first. */
#define POST_LOOK_NODES 400

/* Whether an element named for a byline is a whole post: a blog's post
 * wrapper whose classes name its author's login ("author-admin") holds
 * the headline, or a heading and paragraphs of running text. Its text is
 * the post's title and sentences, whose "by"s are no byline ("jeans by J
 * Brand"). A byline, or an author's box of a short bio, holds a name, a
 * heading perhaps ("About the author") and a paragraph or two. */
static int is_post_box(const mt_node *el, const mt_node *anchor)
{
    if (anchor && mt_dom_holds(el, anchor))
        return 1;
    size_t seen = 0, headings = 0, paragraphs = 0;
    for (const mt_node *n = el->first_child; n && seen < POST_LOOK_NODES;
         n = mt_dom_following(n, el), seen++) {
        headings += mt_dom_is_heading(n);
        paragraphs += mt_dom_is_html(n, MT_TAG_P);
    }
    return headings && paragraphs >= 3;
}

/* The longest label a counter's text has before its count. */
#define COUNTER_LABEL_MAX 24

/* Whether an element's text is a counter: a short label and a count in
 * parentheses, nothing after ("Views (23,925)", "人氣(23925)", a blog's
 * "author-views" box beside its byline): its label is no one's name.
 * A name with a count ("jdoe (12)", a forum's posts) is passed over too,
 * an element's whole text rarely on an article's page. */
static int is_counter(const char *s, size_t n)
{
    if (n < 3 || s[n - 1] != ')')
        return 0;
    size_t open = n - 1, digits = 0;
    while (open > 0 && s[open - 1] != '(') {
        unsigned char ch = (unsigned char)s[--open];
        if (mt_ascii_is_digit(ch))
            digits++;
        else if (ch != ',' && ch != '.' && ch != ' ')
            return 0;
    }
    return open > 0 && digits && open - 1 <= COUNTER_LABEL_MAX;
}

/* How far up a byline element a teaser's link is looked for, and how
 * many of the link's nodes are read for a heading. */
#define TEASER_LINK_DEPTH 6
#define TEASER_LOOK_NODES 200

/* Whether a byline element is another article's, in a teaser: a link
 * around it holds a heading too (a card of headline and author, "Von
 * Jane Roe" under the headline of a story linked to). The page's own
 * byline may be a link, to the author's page, with no heading but the
 * writer's name (an author's card: "<a><h3>Jane Roe</h3></a>"). */
static int in_teaser_link(const mt_node *byline, const mt_node *anchor)
{
    const mt_node *a = byline;
    for (int depth = 0; depth < TEASER_LINK_DEPTH && a && !is_page_root(a); depth++, a = a->parent)
        if (mt_dom_is_html(a, MT_TAG_A))
            break;
    if (!a || !mt_dom_is_html(a, MT_TAG_A) || (anchor && mt_dom_holds(a, anchor)))
        return 0;
    size_t seen = 0;
    for (const mt_node *n = a->first_child; n && seen < TEASER_LOOK_NODES;
         n = mt_dom_following(n, a), seen++)
        if (mt_dom_is_heading(n) && !mt_dom_holds(n, byline) && !mt_dom_holds(byline, n))
            return 1;
    return 0;
}

/* Whether s[0..n) opens with a byline's word ("byline", "by-line",
 * "author"), in any case. */
static int opens_byline_word(const char *s, size_t n)
{
    static const char *const words[] = { "author", "by-line", "byline" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t k = strlen(words[i]);
        if (n >= k && mt_meta_eq_ci(s, k, words[i]))
            return 1;
    }
    return 0;
}

/* Whether an attribute's value names a picture's byline: a picture's word
 * right before a byline's ("imageByline", "photo-byline", "img_author"). */
static int names_picture_byline(const char *v, size_t n)
{
    static const char *const pictures[] = { "foto", "image", "img", "photo", "picture" };
    for (size_t i = 0; i < sizeof pictures / sizeof pictures[0]; i++) {
        size_t k = strlen(pictures[i]);
        for (const char *p = v, *end = v + n; (p = mt_meta_find_ci(p, (size_t)(end - p),
                                                                    pictures[i])) != NULL;) {
            p += k;
            if (p < end && (*p == '-' || *p == '_'))
                p++;
            if (opens_byline_word(p, (size_t)(end - p)))
                return 1;
        }
    }
    return 0;
}

/* Whether a byline element's class or id says it credits a picture
 * ("<div class='imageByline'>Jane Roe/Staff</div>" under a photo): the
 * photographer's, not the writer's. */
static int picture_byline(const mt_node *el)
{
    size_t n;
    const char *v = mt_meta_attr(el, "class", &n);
    if (v && names_picture_byline(v, n))
        return 1;
    v = mt_meta_attr(el, "id", &n);
    return v && names_picture_byline(v, n);
}

/* What a "Source:" line loses: it credits where a text came from (an
 * agency, a press release, a picture's or a quote's source), a writer's
 * name when nothing else names one, but weaker than a line or an element
 * that names the writer ("Source: IMDb" under the headline, "Author: Jane
 * Roe" beside it). */
#define SOURCE_PENALTY 10

/* Whether a line begins with a source's label ("Source:", "Quelle:",
 * "Fuente:"). */
static int source_line(const char *s, size_t n)
{
    static const char *const labels[] = { "source", "quelle", "fuente", "fonte" };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t k = strlen(labels[i]);
        if (n > k && mt_meta_eq_ci(s, k, labels[i]) && (s[k] == ':' || s[k] == ' '))
            return 1;
    }
    return 0;
}

static int from_byline_elements(mt_meta_ctx *c, candidates *l, const mt_node *anchor)
{
    int taken = 0;
    for (size_t i = 0; i < c->page.nhinted && taken < 2; i++) {
        const mt_meta_node *h = &c->page.hinted[i];
        if (!(h->kind & MT_HINT_BYLINE) || !usable_place(c, h->node) || is_page_root(h->node))
            continue;
        /* the innermost byline element: an outer "article-meta" box holds
         * the date and share links too */
        if (i + 1 < c->page.nhinted && (c->page.hinted[i + 1].kind & MT_HINT_BYLINE) &&
            c->page.hinted[i + 1].node->parent == h->node)
            continue;
        /* (after the test above: it reads the ancestors' attributes) */
        if (in_review_box(h->node, anchor) || is_post_box(h->node, anchor) ||
            in_teaser_link(h->node, anchor) || picture_byline(h->node))
            continue;
        /* read into twice the room a byline may take: a longer text, once
         * its white space is collapsed, is a bio's or a post's, however
         * short the collapsing makes a reading cut at the cap */
        char buf[BYLINE_CAP * 2];
        size_t n = mt_meta_node_text(h->node, buf, sizeof buf, 64, 0);
        if (!n || n >= BYLINE_CAP - 1 || is_counter(buf, n))
            continue;
        long d = distance(anchor, h->node);
        int score = 60;
        if (d > 0 && d < 200)
            score += 12;
        else if (d < 0 && d > -60)
            score += 6;
        if (mt_meta_flags(&c->page, h->node) & MT_IN_ARTICLE)
            score += 3;
        /* a byline element that opens with a source's label lists where
         * the text came from ("Quelle: ..." in a box beside "Autor: ...");
         * a line near the headline that says it is still read, weighed
         * down (SOURCE_PENALTY), as from_lines reads any */
        if (source_line(buf, n))
            continue;
        size_t before = l->n;
        if (add_text(c, l, buf, n, "byline", score) < 0)
            return -1;
        if (l->n > before)
            l->c[before].element = 1;
        taken += l->n > before;
    }
    return 0;
}

/* A line of the text near the headline, as a span of `buf` (a reading of
 * a few thousand nodes, far below 4 GiB). Small: two arrays of MAX_LINES
 * of them are held at once, which counts in a page's peak memory. */
typedef struct line {
    const char *s;
    uint32_t n;
    uint32_t ds, de;
    int8_t heading;     /* the line of a heading (MT_META_HEADING) */
    int8_t dated;       /* line_date's answer: -1 not asked yet, 0 none, 1 ds..de */
    int8_t kind;        /* mt_author_line_kind's answer, -1 not asked yet */
    int8_t may_post;    /* and what it said of a post's line */
} line;

#define MAX_LINES 400

/* The longest line a byline reading asks about (see POST_LINE_MAX). */
#define READ_LINE_MAX 160

/* The first no-break space (U+00A0) in s[0..n), or NULL. */
static const char *find_nbsp(const char *s, size_t n)
{
    const char *end = s + n;
    for (const char *p = s; (p = memchr(p, 0xC2, (size_t)(end - p))) != NULL && p + 1 < end; p++)
        if ((unsigned char)p[1] == 0xA0)
            return p;
    return NULL;
}

/* A line with a no-break space in it, as a copy with each no-break space
 * a space and runs of spaces one: "By&nbsp;Jose de la Cruz",
 * "Author:&nbsp;Jane Roe" and "Jane&nbsp;Roe" are read word by word at
 * spaces. Left as it is when memory runs out (it is then read as it was
 * written, no worse). */
static const char *nbsp_as_space(mt_meta_ctx *c, const char *p, size_t *k)
{
    char *d = mt_arena_alloc_bytes(c->scratch, *k + 1);
    if (!d)
        return p;
    /* the text between no-break spaces is copied whole: the reading's
     * white space is collapsed already, but for them */
    const char *q = p, *end = p + *k;
    size_t w = 0;
    while (q < end) {
        const char *m = find_nbsp(q, (size_t)(end - q));
        const char *stop = m ? m : end;
        while (q < stop && *q == ' ' && (!w || d[w - 1] == ' '))
            q++;
        memcpy(d + w, q, (size_t)(stop - q));
        w += (size_t)(stop - q);
        if (!m)
            break;
        if (w && d[w - 1] != ' ')
            d[w++] = ' ';
        q = m + 2;
    }
    while (w && d[w - 1] == ' ')
        w--;
    d[w] = '\0';
    *k = w;
    return d;
}

/* How many lines after the headline are read near it, where a line that
 * is a name alone or a date and a name is a byline. */
#define NEAR_LINES 30

/* Cuts a reading into lines. In the first `nbsp_lines` of them a
 * no-break space is a space (nbsp_as_space), where the bylines under a
 * headline are. Further down, and in a reading from <body>, lines are
 * left as written: they are many, few of them are bylines, and each
 * no-break space in them would be searched for (a signature whose label
 * a no-break space follows is missed there). */
static size_t split_lines(mt_meta_ctx *c, const char *buf, size_t len, line *out, size_t cap,
                          size_t nbsp_lines)
{
    size_t n = 0, i = 0;
    /* the next no-break space: searched for once each, not in each line */
    const char *nbsp = nbsp_lines ? find_nbsp(buf, len) : NULL;
    while (i < len && n < cap) {
        size_t st = i;
        const char *nl = memchr(buf + i, '\n', len - i);
        i = nl ? (size_t)(nl - buf) : len;
        const char *p = buf + st;
        size_t k = i - st;
        int heading = k && *p == MT_META_HEADING;
        if (heading)
            p++, k--;
        while (k && *p == ' ')
            p++, k--;
        while (k && p[k - 1] == ' ')
            k--;
        /* (one test a line while the next no-break space is further on) */
        if (nbsp && nbsp < p + k) {
            if (nbsp < p)   /* one an earlier line held: the next */
                nbsp = n < nbsp_lines ? find_nbsp(p, len - (size_t)(p - buf)) : NULL;
            if (nbsp && nbsp < p + k && k <= READ_LINE_MAX)
                p = nbsp_as_space(c, p, &k);
        }
        if (k) {
            out[n].s = p;
            out[n].n = (uint32_t)k;
            out[n].heading = heading;
            out[n].dated = -1;
            out[n].kind = -1;
            n++;
        }
        i++;
    }
    return n;
}

/* A line that is a person's name and nothing else ("Johanna Kropfitsch"):
 * two or three capitalised words, no organisation. */
static int name_only(const char *s, size_t n)
{
    /* the shape first: most lines asked fail it at their first words,
     * cheaper than reading all of them for plausibility */
    return n <= 48 && mt_author_name_shape(s, n) && mt_author_plausible(s, n) &&
           !mt_author_is_org(s, n);
}

/* A line this long at most may be a news agency's credit alone. */
#define AGENCY_LINE_MAX 24

/* A line that is a news agency's credit and nothing else, as wire copy
 * is signed under its headline ("JIJI", "AFP/dpa", "Reuters"): each of
 * its words (between spaces and slashes) an agency's. */
static int agency_only(const char *s, size_t n)
{
    if (n > AGENCY_LINE_MAX)
        return 0;
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '/')
            j++;
        if (j > i && !mt_author_is_agency(s + i, j - i))
            return 0;
        words += j > i;
        i = j + 1;
    }
    return words > 0;
}

/* A line this long at most may be a desk's credit alone. */
#define DESK_LINE_MAX 40

/* A line that is a desk's credit and nothing else, as some papers sign
 * under the headline what the post wrote ("Special Correspondent", "OUR
 * STAFF REPORTER"). */
static int desk_only(const char *s, size_t n)
{
    return n <= DESK_LINE_MAX && mt_author_desk_only(s, n);
}

/* A line this long at most may be a Korean name and its title (three
 * words of Hangul, three bytes a syllable). */
#define TITLED_NAME_MAX 48

/* Whether s[0..n) is in brackets, '(' or '['. */
static int bracketed(const char *s, size_t n)
{
    return n >= 2 && ((s[0] == '(' && s[n - 1] == ')') || (s[0] == '[' && s[n - 1] == ']'));
}

/* Cuts from a Korean byline line what its brackets add to the name and
 * title: a dateline's place and agency before or after them ("[서울=뉴시스]
 * 홍길동 기자", "홍길동 기자 (서울=연합뉴스)"), or brackets around the whole
 * ("[홍길동 기자]"). */
static void without_brackets(const char **ps, size_t *pn)
{
    const char *s = *ps;
    size_t n = *pn;
    if (bracketed(s, n)) {
        s++;
        n -= 2;
    }
    const char *close = n ? memchr(s, s[0] == '(' ? ')' : ']', n) : NULL;
    if (n && (s[0] == '(' || s[0] == '[') && close && memchr(s, '=', (size_t)(close - s))) {
        n -= (size_t)(close + 1 - s);
        s = close + 1;
    } else if (n && (s[n - 1] == ')' || s[n - 1] == ']')) {
        char opening = s[n - 1] == ')' ? '(' : '[';
        size_t k = n - 1;
        while (k && s[k] != opening)
            k--;
        if (k && memchr(s + k, '=', n - k))
            n = k;
    }
    while (n && *s == ' ')
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    *ps = s;
    *pn = n;
}

/* A line that is a Korean name and its title ("홍길동 기자"), as Korean
 * papers sign under the headline: the name's shape (name_only) asks for
 * capitals, which Hangul has not, and for no role. */
static int titled_name(const char *s, size_t n)
{
    without_brackets(&s, &n);
    return n && n <= TITLED_NAME_MAX && (unsigned char)s[0] >= 0x80 &&
           mt_author_titled_name(s, n);
}

/* Whether a line holds a date, its span in *ds..*de: mt_date_find's
 * answer, kept in the line, for the readings of a line near the headline
 * (a date and a name, a date and counts, a date under a name) ask for it
 * in turn. */
static int line_date(line *ln, size_t *ds, size_t *de)
{
    if (ln->dated < 0) {
        mt_date d;
        size_t s = 0, e = 0;    /* not to be read when none, but defined (valgrind) */
        ln->dated = mt_date_find(ln->s, ln->n, MT_DATE_ORDER_UNKNOWN, MT_DATE_ARABIC_DIGITS, &d,
                                 &s, &e) != 0;
        ln->ds = ln->dated ? (uint32_t)s : 0;
        ln->de = ln->dated ? (uint32_t)e : 0;
    }
    *ds = ln->ds;
    *de = ln->de;
    return ln->dated;
}

/* Whether s[0..n) is a user's login as sites print them beside a post's
 * date: one word of ASCII letters and digits (and '_'), its letters
 * run together in camel case or with digits ("MikeNils", "delta201",
 * "kestrel_ops") -- no place's or word's shape ("Berlin", "Update"). */
static int login_shaped(const char *s, size_t n)
{
    if (n < 4 || n > 24 || !mt_ascii_is_letter((unsigned char)s[0]))
        return 0;
    int camel = 0, digit = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!mt_ascii_is_alnum(ch) && ch != '_')
            return 0;
        camel |= i > 0 && mt_ascii_is_upper(ch) && mt_ascii_is_lower((unsigned char)s[i - 1]);
        digit |= mt_ascii_is_digit(ch) || ch == '_';
    }
    return camel || digit;
}

/* A short line that is a date and a name ("11.12.2019 - Amelie
 * Loevenich"), or a user's login ("MikeNils 18.10.2019, 15:07 Uhr"). */
static int date_and_name(line *ln)
{
    size_t ds, de;
    if (ln->n > 80 || !line_date(ln, &ds, &de))
        return 0;
    const char *rest = ds == 0 ? ln->s + de : ln->s;
    size_t rn = ds == 0 ? ln->n - de : ds;
    while (rn && (*rest == ' ' || *rest == '-' || *rest == '|' || *rest == ','))
        rest++, rn--;
    while (rn && (rest[rn - 1] == ' ' || rest[rn - 1] == '-' || rest[rn - 1] == '|' ||
                  rest[rn - 1] == ','))
        rn--;
    return (ds == 0 || de == ln->n) && (name_only(rest, rn) || login_shaped(rest, rn));
}

/* Whether s[0..n) holds a mark between the parts of a meta line (what
 * mt_meta_part_mark_at finds): asked of most lines near the headline, so
 * each mark is looked for with memchr, not byte by byte. */
static int has_meta_mark(const char *s, size_t n)
{
    return memchr(s, '|', n) || mt_meta_find_ci(s, n, "\xc2\xb7") ||    /* · */
           mt_meta_find_ci(s, n, "\xe2\x80\xa2");                        /* • */
}

/* A post's line of parts is this long at most. No reading of a line takes
 * a longer one (a name alone 48, a date and a name 80, a name above a
 * date 40, a byline 120: mt_author_byline_kind), and from_lines passes
 * over longer lines unread: a reading of longer lines must raise it. */
#define POST_LINE_MAX READ_LINE_MAX

/* The length of the white space at s (a space or a no-break space), or 0. */
static size_t space_at(const char *s, const char *end)
{
    if (*s == ' ')
        return 1;
    return end - s >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0 ? 2 : 0;
}

/* Where the text from st to en ends without the spaces (plain or
 * no-break) at its end. */
static const char *without_end_spaces(const char *st, const char *en)
{
    for (;;) {
        if (en > st && en[-1] == ' ')
            en--;
        else if (en - st >= 2 && (unsigned char)en[-2] == 0xC2 && (unsigned char)en[-1] == 0xA0)
            en -= 2;
        else
            return en;
    }
}

/* How many parts of a meta line are read for the name at most. */
#define META_PARTS_MAX 6

/* A post's meta line that opens with the date and names the writer after
 * counts, parts set apart by marks ("January 28, 2024 · 4 min · 812 words
 * · Kenji Mori | Suggest Changes", as blog themes write it): the first
 * part without a digit after the date and a count is the name, if it is
 * one alone. Right after the date such a part is the post's category
 * ("March 12, 2024 · Local Politics · 4 min read"). Its span, or 0. */
static size_t name_after_date_and_counts(line *ln, const char **name)
{
    size_t ds, de;
    if (ln->n > POST_LINE_MAX || !line_date(ln, &ds, &de) || ds)
        return 0;
    const char *p = ln->s + de, *end = ln->s + ln->n;
    int counts = 0;
    for (int part = 0; part < META_PARTS_MAX && p < end; part++) {
        size_t k, marks = 0;
        while (p < end && ((k = space_at(p, end)) || (k = mt_meta_part_mark_at(p, end))))
            marks += mt_meta_part_mark_at(p, end) != 0, p += k;
        const char *st = p;
        while (p < end && !mt_meta_part_mark_at(p, end))
            p++;
        const char *en = without_end_spaces(st, p);
        if (!marks || en == st)
            return 0;
        size_t n = (size_t)(en - st);
        if (mt_meta_first_digit(st, n) < n) {
            counts++;
            continue;
        }
        if (!counts)
            return 0;
        *name = st;
        return name_only(st, n) ? n : 0;
    }
    return 0;
}

/* A line that is a date and nothing else. */
static int date_only(line *ln)
{
    size_t ds, de;
    return ln->n <= 40 && line_date(ln, &ds, &de) && (de - ds) * 10 >= ln->n * 7;
}

/* A signature: a short name on its own line with the date on the next
 * ("Benni" / "10. September 2017"); one word is enough when the date
 * vouches for it. */
static int name_above_date(line *ln, size_t i, size_t n)
{
    if (i + 1 >= n || ln[i].n > 40 || !date_only(&ln[i + 1]) ||
        !mt_author_plausible(ln[i].s, ln[i].n) || mt_author_is_org(ln[i].s, ln[i].n))
        return 0;
    return memchr(ln[i].s, ' ', ln[i].n) ? mt_author_name_shape(ln[i].s, ln[i].n)
                                         : (unsigned char)ln[i].s[0] >= 'A';
}

/* Whether line i is one of three or more name-shaped lines in a row: the
 * entries of a menu ("Speaking Topics" / "Speaking Engagements" / "Rave
 * Reviews"), not a byline. */
static int in_run_of_names(const line *ln, size_t i, size_t n)
{
    size_t from = i, to = i + 1;
    while (from > 0 && i - from < 2 && name_only(ln[from - 1].s, ln[from - 1].n))
        from--;
    while (to < n && to - i < 3 && name_only(ln[to].s, ln[to].n))
        to++;
    return to - from >= 3;
}

/* Whether line i stands in a section of the text: a heading (a
 * section's title) and then a line that is none came before it. A name
 * alone there is the section's (the first of its links, "Root Zone
 * Management" under "Domain Names"; a sidebar's list of contributors),
 * not the headline's byline. A subtitle's heading right above a name, or
 * a short line with a date (a dateline and a byline together, "Friday,
 * January 18, 2008" then "SHAWN LEVY"), leaves it the byline. */
static int in_section(line *ln, size_t i)
{
    size_t ds, de;
    if (i > 0 && ln[i - 1].n <= 40 && line_date(&ln[i - 1], &ds, &de))
        return 0;
    int heading_seen = 0;
    for (size_t j = 0; j < i; j++) {
        if (ln[j].heading)
            heading_seen = 1;
        else if (heading_seen)
            return 1;
    }
    return 0;
}

/* The length of a dash at s (a hyphen, an en or an em dash), or 0. */
static size_t dash_at(const char *s, const char *end)
{
    if (*s == '-')
        return 1;
    return end - s >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
                   ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94)
               ? 3 : 0;
}

/* Whether line i comes after two paragraphs: lines longer than a byline
 * may be, or elided. The text has begun there, and a name alone in it is
 * the text's (the address at a letter's head, a speaker's name), not the
 * headline's byline; one paragraph may be a standfirst above it. A name
 * that a dash sets off ("- Jane Roe", "– Jane Roe") signs a short
 * text off. */
static int in_running_text(const line *ln, size_t i)
{
    if (dash_at(ln[i].s, ln[i].s + ln[i].n))
        return 0;
    size_t paragraphs = 0;
    for (size_t j = 0; j < i && paragraphs < 2; j++)
        paragraphs += ln[j].n > POST_LINE_MAX || memchr(ln[j].s, MT_META_ELIDED, ln[j].n) != NULL;
    return paragraphs >= 2;
}

/* The kind of line ln[i] is (mt_author_line_kind), asked once. */
static int kind_of(line *ln)
{
    if (ln->kind < 0) {
        int may = 0;
        ln->kind = (int8_t)mt_author_line_kind(ln->s, ln->n, &may);
        ln->may_post = (int8_t)may;
    }
    return ln->kind;
}

/* The length of a line's first word. */
static size_t first_word_len(const line *ln)
{
    const char *sp = memchr(ln->s, ' ', ln->n);
    return sp ? (size_t)(sp - ln->s) : ln->n;
}

/* Whether two lines open with the same word, in any case. */
static int same_first_word(const line *a, const line *b)
{
    size_t k = first_word_len(a);
    if (first_word_len(b) != k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (mt_ascii_lower((unsigned char)a->s[i]) != mt_ascii_lower((unsigned char)b->s[i]))
            return 0;
    return 1;
}

/* Whether a line "by" someone has one of the same opening two lines before
 * or after it: a list of teasers or posts, each a title and its byline
 * ("Title", "von Anton692 um 21:02", "Title", "von Mia um 20:47"). The
 * lines of one signature block ("Autor: ...", "Quelle: ...") follow each
 * other, with labels of their own. */
static int in_list_of_bylines(line *ln, size_t i, size_t n)
{
    for (size_t j = i >= 2 ? i - 2 : i + 2; j < n && j <= i + 2; j += 4)
        if (ln[j].n <= POST_LINE_MAX && same_first_word(&ln[i], &ln[j]) &&
            kind_of(&ln[j]) == MT_BYLINE_NAMES)
            return 1;
    return 0;
}

/* Whether line i comes right under a heading. */
static int under_heading(const line *ln, size_t i)
{
    return i > 0 && ln[i - 1].heading;
}

/* How many other bylines under headings teaser_byline compares a line's
 * with: a page of one author's posts would otherwise compare each with
 * every other. */
#define TEASER_BYLINES_COMPARED 8

/* Whether line i "by" someone, right under a heading, is one of a list of
 * teasers: another line further on or before (of the first
 * TEASER_BYLINES_COMPARED), with the same first word, stands under a
 * heading of its own and names someone else ("Werbetour in Washington" /
 * "Von Andreas Hoffmann", ..., "Florida" / "Von Miriam Khan"). A lone
 * section's byline under its heading ("A city upended" / "By Nada
 * Tawfik") and a blog's posts all by one author are no such list. 1 yes,
 * 0 no, -1 on out of memory. */
static int teaser_byline(mt_meta_ctx *c, candidates *l, line *ln, size_t i, size_t n)
{
    if (!under_heading(ln, i))
        return 0;
    mt_names mine, theirs;
    memset(&mine, 0, sizeof mine);
    int compared = 0;
    for (size_t j = 1; j < n && compared < TEASER_BYLINES_COMPARED; j++) {
        if (j == i || !under_heading(ln, j) || ln[j].n > POST_LINE_MAX ||
            !same_first_word(&ln[i], &ln[j]) || kind_of(&ln[j]) != MT_BYLINE_NAMES)
            continue;
        if (!compared && split_once(c, l, ln[i].s, ln[i].n, &mine) < 0)
            return -1;
        compared++;
        memset(&theirs, 0, sizeof theirs);
        if (split_once(c, l, ln[j].s, ln[j].n, &theirs) < 0)
            return -1;
        if (mine.n && theirs.n && strcmp(mine.name[0], theirs.name[0]) != 0)
            return 1;
    }
    return 0;
}

/* What a line that names the text's editor loses: less than a byline
 * element, a name under the headline or a signature is worth, more than
 * nothing. */
#define EDITOR_PENALTY 30

/* Where lines come from, for their weights. */
enum { LINES_AFTER, LINES_BEFORE, LINES_BODY };

/* Bylines in lines of text: "By ..." lines, a label line with the name
 * below it, and just after the headline also a date-and-name line or a
 * line that is only a name. Further down the article only the labelled
 * forms count, as a signature ("Autorin: ...", "Quelle: ..."). */
static int from_lines(mt_meta_ctx *c, candidates *l, line *ln, size_t n, int where)
{
    int added = 0;
    for (size_t i = 0; i < n && added < 2; i++) {
        /* none of the readings below takes a line longer than a post's
         * line of parts (a paragraph): passed before they are asked */
        if (ln[i].n > POST_LINE_MAX || memchr(ln[i].s, MT_META_ELIDED, ln[i].n))
            continue;
        int kind = kind_of(&ln[i]), may_post = ln[i].may_post;
        const char *name;
        size_t nn;
        size_t before = l->n;
        int near = where == LINES_AFTER && i < NEAR_LINES;
        int score = where != LINES_AFTER ? 76 : i < 12 ? 84 : i < NEAR_LINES ? 74 : 60;
        /* the editor's sign-off is the writer's byline of last resort */
        if (kind != MT_BYLINE_NONE && mt_author_editor_line(ln[i].s, ln[i].n))
            score -= EDITOR_PENALTY;
        if (kind == MT_BYLINE_NAMES && source_line(ln[i].s, ln[i].n))
            score -= SOURCE_PENALTY;
        const char *source = where == LINES_AFTER && !near ? "signature" : "byline";
        /* (the marks are looked for only in lines with a "by" word where a
         * post's line has it: most lines have none) */
        if (may_post && has_meta_mark(ln[i].s, ln[i].n) &&
            (nn = mt_author_posting_user(ln[i].s, ln[i].n, &name)) != 0) {
            /* a post's line of parts: only its user's name, not the
             * links beside it ("hide | past | favorite") */
            if (add_text(c, l, name, nn, source, score) < 0)
                return -1;
        } else if (kind == MT_BYLINE_NAMES) {
            /* far below the headline, one of a list of lines "by"
             * someone is a teaser's or a post's, not the article's
             * signature */
            if (*source == 's' && in_list_of_bylines(ln, i, n))
                continue;
            int teaser = *source == 's' ? teaser_byline(c, l, ln, i, n) : 0;
            if (teaser < 0)
                return -1;
            if (teaser)
                continue;
            if (add_text(c, l, ln[i].s, ln[i].n, source, score) < 0)
                return -1;
        } else if (kind == MT_BYLINE_LABEL && i + 1 < n && ln[i + 1].n < 100) {
            if (add_text(c, l, ln[i + 1].s, ln[i + 1].n, source, score - 4) < 0)
                return -1;
        } else if (near && i < 6 && date_and_name(&ln[i])) {
            if (add_text(c, l, ln[i].s, ln[i].n, "byline", 66) < 0)
                return -1;
        } else if (near && i < 6 && (nn = name_after_date_and_counts(&ln[i], &name)) != 0) {
            if (add_text(c, l, name, nn, "byline", 66) < 0)
                return -1;
        } else if (ln[i].heading) {
            /* a section's title, however name-like ("Early History") */
        } else if (near && i < 4 &&
                   ((name_only(ln[i].s, ln[i].n) && !in_run_of_names(ln, i, n)) ||
                    agency_only(ln[i].s, ln[i].n) || desk_only(ln[i].s, ln[i].n) ||
                    titled_name(ln[i].s, ln[i].n)) &&
                   !in_section(ln, i) && !in_running_text(ln, i)) {
            if (add_text(c, l, ln[i].s, ln[i].n, "byline", 56) < 0)
                return -1;
        } else if (where == LINES_AFTER && name_above_date(ln, i, n)) {
            if (add_text(c, l, ln[i].s, ln[i].n, source, near ? 62 : 58) < 0)
                return -1;
        }
        added += l->n > before;
    }
    return 0;
}

static int penalty(const mt_meta_ctx *c, candidates *l, candidate *k);

/* The best score so far, penalties counted. */
static int best_score(const mt_meta_ctx *c, candidates *l)
{
    int best = 0;
    for (size_t i = 0; i < l->n; i++) {
        int s = l->c[i].score - penalty(c, l, &l->c[i]);
        if (s > best)
            best = s;
    }
    return best;
}

/* Takes what was worked out of the lines of an earlier reading (`prev`)
 * for the lines of a later one that are the same at the same place: the
 * long reading after the headline begins as the short one does. */
static void take_known(line *ln, size_t n, const line *prev, size_t nprev)
{
    for (size_t i = 0; i < n && i < nprev; i++) {
        if (ln[i].n > POST_LINE_MAX || ln[i].n != prev[i].n ||
            memcmp(ln[i].s, prev[i].s, ln[i].n) != 0)
            continue;
        ln[i].kind = prev[i].kind;
        ln[i].may_post = prev[i].may_post;
        ln[i].dated = prev[i].dated;
        ln[i].ds = prev[i].ds;
        ln[i].de = prev[i].de;
    }
}

/* How far into the first paragraph a dateline's agency is looked for:
 * the place before it, the agency's parentheses. */
#define DATELINE_PLACE_MAX 48
#define DATELINE_CREDIT_MAX 24

/* The news agencies of a wire story's dateline at the start of its first
 * paragraph ("Hamburg (dpa/lno) - ...", "NEW YORK (AP) -- ..."): a place,
 * capitalised and without digits, then the agencies in parentheses and a
 * dash. Writes them to buf (cap bytes), ';' between them, and returns the
 * length, or 0 for no such dateline. */
static size_t dateline_agencies(const char *s, size_t n, char *buf, size_t cap)
{
    const char *end = s + n;
    const char *open = memchr(s, '(', n < DATELINE_PLACE_MAX ? n : DATELINE_PLACE_MAX);
    if (!open || open - s < 2 || !mt_ascii_is_upper((unsigned char)s[0]) ||
        mt_meta_first_digit(s, (size_t)(open - s)) < (size_t)(open - s))
        return 0;
    size_t room = (size_t)(end - open - 1);
    const char *close = memchr(open + 1, ')', room < DATELINE_CREDIT_MAX ? room : DATELINE_CREDIT_MAX);
    if (!close)
        return 0;
    const char *after = close + 1;
    while (after < end && *after == ' ')
        after++;
    if (after == end || !dash_at(after, end))
        return 0;
    size_t w = 0;
    for (const char *p = open + 1; p < close;) {
        const char *q = p;
        while (q < close && *q != '/' && *q != ' ')
            q++;
        size_t k = (size_t)(q - p);
        if (k && mt_author_is_agency(p, k) && w + k + 1 < cap) {
            if (w)
                buf[w++] = ';';
            memcpy(buf + w, p, k);
            w += k;
        }
        p = q + 1;
    }
    return w;
}

/* How far a Korean dateline's reporter part reaches past its brackets. */
#define DATELINE_REPORTER_MAX 48

/* The reporter of a Korean wire story's dateline at the start of its
 * first paragraph: the place and the agency in brackets with '=' between
 * them, the reporter's name and title, then '=' and the text ("(서울=뉴스1)
 * 홍길동 기자 = ...", "[서울=뉴시스] 홍길동 기자 = ..."). Returns the length
 * of the name and title at *at, or 0 for no such dateline. */
static size_t dateline_reporter(const char *s, size_t n, const char **at)
{
    if (n < 4 || (s[0] != '(' && s[0] != '['))
        return 0;
    size_t room = n - 1 < DATELINE_PLACE_MAX ? n - 1 : DATELINE_PLACE_MAX;
    const char *close = memchr(s + 1, s[0] == '(' ? ')' : ']', room);
    if (!close || !memchr(s + 1, '=', (size_t)(close - s - 1)))
        return 0;
    const char *from = close + 1, *end = s + n;
    while (from < end && *from == ' ')
        from++;
    room = (size_t)(end - from) < DATELINE_REPORTER_MAX ? (size_t)(end - from)
                                                         : DATELINE_REPORTER_MAX;
    const char *eq = memchr(from, '=', room);
    if (!eq)
        return 0;
    const char *to = eq;
    while (to > from && to[-1] == ' ')
        to--;
    if (to == from || !mt_author_titled_name(from, (size_t)(to - from)))
        return 0;
    *at = from;
    return (size_t)(to - from);
}

/* The dateline of a wire story in the first paragraph after the headline
 * (the first line of the reading long enough to be one, or a shorter one
 * before it that opens with a reporter's dateline): its reporter, a
 * byline (a Korean agency's); else its agencies, a weak byline: what a
 * writer's name, declared or written, outweighs. */
static int from_dateline(mt_meta_ctx *c, candidates *l, const line *ln, size_t n)
{
    for (size_t i = 0; i < n && i < NEAR_LINES; i++) {
        /* (a short first paragraph may open with the reporter's dateline) */
        const char *at;
        size_t k = dateline_reporter(ln[i].s, ln[i].n, &at);
        if (k)
            return add_text(c, l, at, k, "byline", 66);
        if (ln[i].n <= POST_LINE_MAX)
            continue;
        char buf[DATELINE_CREDIT_MAX + 2];
        k = dateline_agencies(ln[i].s, ln[i].n, buf, sizeof buf);
        return k ? add_text(c, l, buf, k, "byline", 50) : 0;
    }
    return 0;
}

/* How many nodes after the headline the search for a closing signature
 * walks: a long article's end, not the whole page's. */
#define SIGN_OFF_NODES 4000

static int is_emphasis(const mt_node *n)
{
    return mt_dom_is_html(n, MT_TAG_B) || mt_dom_is_html(n, MT_TAG_STRONG) ||
           mt_dom_is_html(n, MT_TAG_I) || mt_dom_is_html(n, MT_TAG_EM);
}

static int blank_text(const mt_node *n)
{
    return mt_ascii_skip_space(n->data, n->data_len) == n->data_len;
}

/* Whether all the text of an element stands in bold or italics: its
 * children are emphasis or white space. */
static int all_emphasised(const mt_node *el)
{
    int any = 0;
    for (const mt_node *k = el->first_child; k; k = k->next) {
        if (k->type == MT_NODE_ELEMENT && is_emphasis(k))
            any = 1;
        else if (k->type != MT_NODE_COMMENT && (k->type != MT_NODE_TEXT || !blank_text(k)))
            return 0;
    }
    return any;
}

/* The element next to n on the given side among its siblings, or NULL. */
static const mt_node *sibling_element(const mt_node *n, int after)
{
    for (n = after ? n->next : n->prev; n; n = after ? n->next : n->prev)
        if (n->type == MT_NODE_ELEMENT)
            return n;
    return NULL;
}

/* Whether an element is a paragraph of running text: a <p> longer than
 * any byline line. */
static int running_paragraph(const mt_node *p)
{
    char buf[READ_LINE_MAX * 2];
    return p && mt_dom_is_html(p, MT_TAG_P) &&
           mt_meta_node_text(p, buf, sizeof buf, 64, 0) > READ_LINE_MAX;
}

/* Whether a paragraph closes a text as its signature: it is the last of
 * its siblings, after two paragraphs of running text, and all of it is in
 * bold or italics ("...zu ermitteln." / "<p><b>Jane Roe</b></p>"). */
static int closing_paragraph(const mt_meta_ctx *c, const mt_node *p)
{
    if (!mt_dom_is_html(p, MT_TAG_P) || sibling_element(p, 1) || !all_emphasised(p) ||
        !mt_meta_readable(&c->page, p))
        return 0;
    const mt_node *prev = sibling_element(p, 0);
    return running_paragraph(prev) && running_paragraph(sibling_element(prev, 0));
}

/* A closing signature: the first paragraph after the headline that closes
 * a text (closing_paragraph) and is a person's name alone, as many papers
 * sign their articles off under the last paragraph. */
static int from_sign_off(mt_meta_ctx *c, candidates *l, const mt_node *anchor)
{
    const mt_node *n = anchor;
    for (size_t walked = 0; walked < SIGN_OFF_NODES; walked++) {
        n = mt_dom_following(n, c->doc->root);
        if (!n)
            return 0;
        if (n->type != MT_NODE_ELEMENT || !closing_paragraph(c, n))
            continue;
        char buf[64];
        size_t len = mt_meta_node_text(n, buf, sizeof buf, 16, 0);
        if (len && len < sizeof buf - 1 && name_only(buf, len))
            return add_text(c, l, buf, len, "signature", 58);
        return 0;
    }
    return 0;
}

static int from_text_near(mt_meta_ctx *c, candidates *l, const mt_node *anchor)
{
    if (!anchor)
        return 0;
    line *ln = mt_arena_alloc(c->scratch, MAX_LINES * sizeof *ln);
    if (!ln)
        return -1;
    /* from <body> the byline is further down, past the menus */
    int from_body = anchor->tag == MT_TAG_BODY;
    size_t len;
    const char *after = mt_meta_after(c, anchor, from_body, &len);
    if (!after)
        return -1;
    size_t n = split_lines(c, after, len, ln, MAX_LINES, from_body ? 0 : NEAR_LINES);
    if (from_lines(c, l, ln, n, from_body ? LINES_BODY : LINES_AFTER) < 0)
        return -1;
    if (from_body)
        return 0;
    if (from_dateline(c, l, ln, n) < 0)
        return -1;
    /* the lines before the headline, then the long reading's, have an
     * array of their own: the short reading's stay for take_known */
    size_t nshort = n;
    line *bl = mt_arena_alloc(c->scratch, MAX_LINES * sizeof *bl);
    const char *before = mt_meta_before(c, anchor, BEFORE_CAP, &len);
    if (!before || !bl)
        return -1;
    n = split_lines(c, before, len, bl, MAX_LINES, MAX_LINES);
    /* only the last few lines before the headline */
    size_t from = n > 4 ? n - 4 : 0;
    if (from_lines(c, l, bl + from, n - from, LINES_BEFORE) < 0)
        return -1;
    /* no good byline yet: read on to the end of the article, where a
     * signature may stand ("Autorin: ...", "Quelle: ...") */
    if (best_score(c, l) >= 70)
        return 0;
    after = mt_meta_after(c, anchor, 1, &len);
    if (!after)
        return -1;
    n = split_lines(c, after, len, bl, MAX_LINES, NEAR_LINES);
    take_known(bl, n, ln, nshort);
    if (from_lines(c, l, bl, n, LINES_AFTER) < 0)
        return -1;
    return best_score(c, l) >= 58 ? 0 : from_sign_off(c, l, anchor);
}

/* ================================================================ weighing */

/* Letters of a name, folded, without spaces and punctuation. */
static size_t squeezed(const char *s, char *buf, size_t cap)
{
    char f[MT_AUTHOR_MAX_LEN * 2 + 8];
    size_t n = mt_meta_fold(s, strlen(s), f, sizeof f), w = 0;
    for (size_t i = 0; i < n && w + 1 < cap; i++)
        if (f[i] != ' ' && f[i] != '.' && f[i] != '-' && f[i] != '_')
            buf[w++] = f[i];
    buf[w] = '\0';
    return w;
}

/* 1 when the name is the site's: its name, its publisher's, or the host's
 * ("STERN.de" on stern.de, "EFC Bayrische Bembel" on bayrische-bembel.de). */
static int names_site(const mt_meta_ctx *c, const char *name)
{
    size_t n = strlen(name);
    const char *site = c->out->sitename;
    /* all the site's words in the name: "El Colombiano", "El Colombiano
     * Contactar"; but "Pamela Anderson" is not "Pamela Anderson Foundation" */
    if (site && mt_title_words_within(site, strlen(site), name, n))
        return 1;
    if (c->main && c->main->publisher &&
        mt_title_words_within(c->main->publisher, strlen(c->main->publisher), name, n))
        return 1;
    /* "Pamela Anderson" on pamelaandersonfoundation.org is a person the
     * site is named after, not the site */
    if (mt_author_name_shape(name, n) && c->host_len) {
        char a[256], b[256];
        size_t an = squeezed(name, a, sizeof a);
        size_t hn = 0;
        while (hn < c->host_len && c->host[hn] != '.')
            hn++;
        char host[128];
        size_t k = hn < sizeof host - 1 ? hn : sizeof host - 1;
        memcpy(host, c->host, k);
        host[k] = '\0';
        size_t bn = squeezed(host, b, sizeof b);
        if (an >= 6 && bn > an + 3 && strncmp(a, b, an) == 0)
            return 0;
    }
    return mt_title_names_site(name, n, NULL, 0, c->host, c->host_len);
}

static int same_names(const candidate *a, const candidate *b)
{
    for (size_t i = 0; i < a->names.n; i++) {
        const char *x = a->names.name[i];
        for (size_t j = 0; j < b->names.n; j++) {
            const char *y = b->names.name[j];
            if (mt_title_words_within(x, strlen(x), y, strlen(y)) ||
                mt_title_words_within(y, strlen(y), x, strlen(x)))
                return 1;
        }
    }
    return 0;
}

/* A declared name that is an abbreviation or a login ("LN", "jdoe",
 * "CC7567": one word with digits): a desk's code or an account, weaker
 * than a name written out. */
static int code_name(const char *name)
{
    size_t n = strlen(name), upper = 0, digits = 0;
    if (strchr(name, ' '))
        return 0;
    for (size_t i = 0; i < n; i++) {
        upper += name[i] >= 'A' && name[i] <= 'Z';
        digits += name[i] >= '0' && name[i] <= '9';
    }
    return n <= 3 || (upper == 0 && n >= 12) || digits;
}


/* 1 when `login` ("arianschlichenmayer") is `name` ("Arian
 * Schlichenmayer") run together. */
static int same_person_spelled(const char *login, const char *name)
{
    char a[256], b[256];
    return strchr(name, ' ') && !strchr(login, ' ') && squeezed(login, a, sizeof a) > 3 &&
           squeezed(name, b, sizeof b) > 3 && strcmp(a, b) == 0;
}

/* What a declared candidate that names a company, a body or a code
 * loses. */
#define BODY_PENALTY 25

/* What a candidate loses for naming no person: the site, a company, a
 * code. A declared author that is one of these is weaker than a person
 * named on the page; a visible byline may name a desk. */
static int penalty_of(const mt_meta_ctx *c, candidates *l, const candidate *k);

/* penalty_of, worked out once per candidate (the byline search asks
 * before reading further, and the weighing again). */
static int penalty(const mt_meta_ctx *c, candidates *l, candidate *k)
{
    if (k->penalty < 0)
        k->penalty = penalty_of(c, l, k);
    return k->penalty;
}

/* The facts of a name, from the list's memory or worked out (and kept
 * while there is room). */
static name_facts facts_of(const mt_meta_ctx *c, candidates *l, const char *nm)
{
    for (size_t i = 0; i < l->nfacts; i++)
        if (strcmp(l->facts[i].name, nm) == 0)
            return l->facts[i];
    name_facts f = { nm, (uint8_t)names_site(c, nm), (uint8_t)mt_author_is_org(nm, strlen(nm)),
                     (uint8_t)code_name(nm) };
    if (l->nfacts < MAX_FACTS)
        l->facts[l->nfacts++] = f;
    return f;
}

static int penalty_of(const mt_meta_ctx *c, candidates *l, const candidate *k)
{
    size_t site_names = 0, orgs = 0, codes = 0;
    for (size_t j = 0; j < k->names.n; j++) {
        name_facts f = facts_of(c, l, k->names.name[j]);
        site_names += f.site;
        orgs += f.org;
        codes += f.code;
    }
    int declared = strcmp(k->source, "byline") != 0 && strcmp(k->source, "signature") != 0;
    if (site_names == k->names.n)
        return declared ? 45 : 10;
    if (codes == k->names.n)
        return declared ? BODY_PENALTY : 10;
    if (orgs == k->names.n)
        return declared ? BODY_PENALTY : 5;
    return 0;
}

/* 1 when `longer` is `name` with one more word after it ("Marta Gil
 * Ortega Valencia" and "Marta Gil Ortega"); the extra word, when asked. */
static int name_plus_word(const char *longer, const char *name, const char **extra)
{
    size_t n = strlen(name), ln = strlen(longer);
    if (ln <= n + 1 || longer[n] != ' ' || memcmp(longer, name, n) != 0 ||
        strchr(longer + n + 1, ' '))
        return 0;
    *extra = longer + n + 1;
    return 1;
}

/* How a name read from a line stands to the names of a byline element:
 * 0 the same as one, 1 one of them with a word more, 2 a word alone that
 * none of them is, -1 anything else. */
static int beside_element(const char *name, const candidate *e)
{
    const char *extra;
    for (size_t j = 0; j < e->names.n; j++) {
        const char *en = e->names.name[j];
        if (strcmp(name, en) == 0)
            return 0;
        if (name_plus_word(name, en, &extra))
            return mt_author_is_org(extra, strlen(extra)) ? -1 : 1;
    }
    return strchr(name, ' ') || mt_author_is_org(name, strlen(name)) ? -1 : 2;
}

/* Whether the names read from a line are a byline element's names and one
 * word more: the place of a dateline, which the line runs on into ("Por
 * Marta Gil Ortega" in its element, "Valencia, 05/02/2024" after it;
 * "Por <span>Beatriz Cavalcanti</span>, Recife"). The element's markup
 * says where the name ends. An agency after the name ("Jane Doe, Reuters")
 * is kept, and so is a second person written out. */
static int element_and_place(const candidate *line_names, const candidate *e)
{
    size_t matched = 0, extra = 0;
    for (size_t i = 0; i < line_names->names.n; i++) {
        int how = beside_element(line_names->names.name[i], e);
        if (how < 0)
            return 0;
        matched += how <= 1;
        extra += how >= 1;
    }
    return extra == 1 && matched == e->names.n;
}

/* Whether a line's first name is a byline element's first name with more
 * words after it: the line ran on past the element's end into the next
 * inline element ("<span class=byline-name>By Jane Roe</span> <span
 * class=byline-title>BBC News</span>" read "Jane Roe BBC News"), where
 * the element's markup says the name ends. */
static int runs_past_element(const candidate *line_names, const candidate *e)
{
    if (!line_names->names.n || !e->names.n)
        return 0;
    const char *ln = line_names->names.name[0], *en = e->names.name[0];
    size_t n = strlen(en);
    return strncmp(ln, en, n) == 0 && ln[n] == ' ';
}

/* A line's names that run on past a byline element's into a dateline's
 * place, or past its end into a role, take the element's names instead. */
static void trim_to_elements(candidates *l)
{
    for (size_t i = 0; i < l->n; i++) {
        candidate *k = &l->c[i];
        if (k->element || (strcmp(k->source, "byline") != 0 && strcmp(k->source, "signature") != 0))
            continue;
        for (size_t j = 0; j < l->n; j++) {
            if (l->c[j].element &&
                (element_and_place(k, &l->c[j]) || runs_past_element(k, &l->c[j]))) {
                k->names = l->c[j].names;
                break;
            }
        }
    }
}

/* Whether a copyright holder names no person: a company or another
 * body (its legal form, an organisation's word) or a code ("IWR"). A news
 * agency is one too, but the holder of a wire story is its author. */
static int holder_is_body(const mt_meta_ctx *c, candidates *l, candidate *k)
{
    const char *first = k->names.name[0];
    return penalty(c, l, k) == BODY_PENALTY && !mt_author_is_agency(first, strlen(first));
}

static void weigh(mt_meta_ctx *c, candidates *l)
{
    trim_to_elements(l);
    int penalised[MAX_CANDIDATES];
    for (size_t i = 0; i < l->n; i++) {
        int p = penalty(c, l, &l->c[i]);
        l->c[i].score -= p;
        penalised[i] = p != 0;
    }
    /* sources that agree on a person confirm each other; a written-out
     * name beats the login it matches */
    for (size_t i = 0; i < l->n; i++) {
        candidate *k = &l->c[i];
        for (size_t j = 0; j < l->n; j++) {
            const candidate *o = &l->c[j];
            if (j == i || strcmp(o->source, k->source) == 0)
                continue;
            if (!penalised[i] && !penalised[j] && same_names(k, o))
                k->score += 8;
            if (same_person_spelled(o->names.name[0], k->names.name[0]))
                k->score += 30;
        }
    }
}

mt_status mt_meta_choose_authors(mt_meta_ctx *c)
{
    candidates *l = mt_arena_alloc(c->scratch, sizeof *l);
    if (!l)
        return MT_ERR_NOMEM;
    l->n = 0;
    l->nfacts = 0;
    l->nsplits = 0;
    const mt_node *anchor = mt_meta_anchor(c);
    if (from_json_ld(c, l) < 0 || from_meta(c, l) < 0 || from_microdata(c, l) < 0 ||
        from_author_links(c, l) < 0 || from_byline_elements(c, l, anchor) < 0 ||
        from_text_near(c, l, anchor) < 0)
        return MT_ERR_NOMEM;
    weigh(c, l);
    /* nothing names an author: the holder of the page's copyright is its
     * author in the catalogue's sense (a person's site, a company's page) */
    if (l->n == 0) {
        char buf[BYLINE_CAP];
        size_t n = mt_meta_copyright(c, buf, sizeof buf);
        if (n && add_text(c, l, buf, n, "copyright", 25) < 0)
            return MT_ERR_NOMEM;
        /* a notice has one holder: the names after it are its address,
         * its legal form or the rest of a body's own name ("Human Rights
         * Watch, 350 Fifth Avenue", "Company, L.P.") */
        if (l->n)
            l->c[0].names.n = 1;
        /* a company's or a body's notice ("© 2024 Workhaven Ltd.",
         * "© Eastbrook City Council") is the site's footer on every page,
         * whatever wrote the page: a job board's, a product's docs */
        if (l->n && holder_is_body(c, l, &l->c[0]))
            l->n = 0;
    }
    const candidate *best = NULL;
    for (size_t i = 0; i < l->n; i++)
        if (!best || l->c[i].score > best->score)
            best = &l->c[i];
    if (!best || best->score < 20)
        return MT_OK;
    const char **names = mt_arena_alloc(c->arena, best->names.n * sizeof *names);
    if (!names)
        return MT_ERR_NOMEM;
    for (size_t i = 0; i < best->names.n; i++) {
        names[i] = mt_arena_strndup(c->arena, best->names.name[i], strlen(best->names.name[i]));
        if (!names[i])
            return MT_ERR_NOMEM;
    }
    c->out->authors = names;
    c->out->nauthors = best->names.n;
    c->out->source[MT_META_AUTHORS] = best->source;
    return MT_OK;
}
