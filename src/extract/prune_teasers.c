/* prune_teasers.c -- pass 4, the site's other stories that the region
 * took in under the article: columns of teaser cards, tables of teasers,
 * rows of video teasers, teasers' excerpts cut short, and the titles over
 * lists of related links. */
#include <string.h>
#include "extract/prune_internal.h"
#include "util/url.h"

/* ------------------------------------------------------------------ teaser columns
 * A column of teasers that the region took in under the article: the
 * site's other stories, each a short card that leads to another page by
 * its headline (a link) or by a "Read more..." link, side by side in one
 * box, after the article's text and with nothing of it after them. No name
 * says what they are (K_RELATED would have dropped them), so their shape,
 * their place and their links must: a page whose text is such a list (a
 * digest, an index, a FAQ whose answers link on) has no article's body
 * before it, longer than the list. */

/* The most characters of a teaser card: a headline, a line or two of
 * excerpt, a date. */
#define TEASER_CARD_MAX 400
/* How far above a block's element its card is looked for. */
#define TEASER_CARD_DEPTH 4
/* The fewest cards side by side that make a column of teasers. */
#define TEASER_CARDS_MIN 3
/* The most nodes of a card read for its links. */
#define TEASER_CARD_NODES 128
/* Fewer characters than this in a link are no headline (a footnote's
 * number, a name, a section's label). */
#define TEASER_HEADLINE_MIN 16
/* Fewer characters than this in a link are no title at all, not even a
 * short one ("Jump to it") in a run of cards led by headlines
 * (cards_lead_away). */
#define TEASER_SHORT_MIN 4
/* In a run of cards, one in this many at most (1 / n) may lead by a link
 * shorter than a headline (LEAD_SHORT): short titles are common in a row
 * of picture cards ("Wondrous Norfolk", "Jump to it"), but the run's
 * other cards show its links for headlines. */
#define TEASER_SHORT_SHARE 2
/* A headline makes up this share of its card's text at least (1 / n): a
 * link inside a longer text is the text's. A short headline over an
 * excerpt of two or three sentences ("Harvest lost in the valley" over
 * 150 characters) is still its card's lead. */
#define TEASER_HEADLINE_SHARE 8
/* A paragraph of the article's body: this long at least, under a fifth
 * of it linked. */
#define TEASER_BODY_PARA 150
/* The fewest paragraphs of the article's body before a column of
 * teasers. */
#define TEASER_BODY_PARAS 2

/* The most characters of a teaser's excerpt cut short ("... as..."). */
#define CUT_EXCERPT_MAX 300

/* Whether block x is a teaser's headline that was dropped: a heading made
 * of a link (mt_prune_looks_like_boilerplate). */
static int is_dropped_headline(const xblock *x)
{
    return !kept_bit(x) && is_type(x, MT_BLOCK_HEADING) && x->chars &&
           x->link_chars * 10 > x->chars * 9;
}

/* Drops the excerpts of teasers whose headlines were dropped: a short
 * paragraph cut off with an ellipsis right under a dropped linked
 * headline, both in one box no longer than a teaser card. A story's own
 * paragraph is not cut short, and its heading is no link. */
void mt_prune_drop_cut_excerpts(const extract_ctx *c, block_list *blocks)
{
    for (size_t i = 1; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        const xblock *h = &blocks->items[i - 1];
        if (!kept_bit(x) || !is_type(x, MT_BLOCK_PARAGRAPH) || x->chars >= CUT_EXCERPT_MAX ||
            !is_dropped_headline(h) || !x->node || !h->node ||
            !mt_textkey_ends_in_ellipsis(x->pub.text, x->pub.text_len))
            continue;
        const mt_node *card = mt_dom_common_ancestor(x->node, h->node);
        if (card && ni(c, card)->chars <= TEASER_CARD_MAX && !(ni(c, card)->flags & NI_REGION))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* How many nodes beside an element are passed over (white space,
 * comments) for the element next to it. */
#define BESIDE_REACH 8

/* The card that holds element n: the highest element up to
 * TEASER_CARD_DEPTH levels above n (n itself too), below the region's
 * root and no longer than TEASER_CARD_MAX, that stands beside a box of
 * its kind (mt_same_box_kind, classless boxes alike); NULL when there is
 * none. */
const mt_node *mt_prune_teaser_card_of(const extract_ctx *c, const mt_node *n)
{
    const mt_node *card = NULL;
    for (int up = 0; up <= TEASER_CARD_DEPTH && n != c->body && n->parent; up++, n = n->parent) {
        const node_info *in = ni(c, n);
        if ((in->flags & NI_REGION) || in->chars > TEASER_CARD_MAX)
            break;
        const mt_node *p = mt_prune_element_beside(n, 0, BESIDE_REACH);
        const mt_node *s = mt_prune_element_beside(n, 1, BESIDE_REACH);
        if ((p && mt_same_box_kind(n, p, true)) || (s && mt_same_box_kind(n, s, true)))
            card = n;
    }
    return card;
}

/* The host of address v[0..n) in *host and *len, a leading "www." left
 * off: empty for an address written without one ("/news/7",
 * "story.html"). */
static void url_host(const char *v, size_t n, const char **host, size_t *len)
{
    *host = v;
    *len = 0;
    size_t h = mt_url_scheme_length(v, n);
    h += h != 0;    /* the ':' */
    if (!(h + 2 <= n && v[h] == '/' && v[h + 1] == '/'))
        return;
    h += 2;
    size_t e = h;
    while (e < n && v[e] != '/' && v[e] != '?' && v[e] != '#' && v[e] != ':')
        e++;
    if (e - h > 4 && mt_ascii_equal_ci(v + h, "www.", 4))
        h += 4;
    *host = v + h;
    *len = e - h;
}

/* Whether link `a` leads to another page (not to a place on this one, a
 * script or a mail address), and its host in *host and *len (url_host):
 * empty for an address without one, which is on the page's own site. */
static int link_host(const mt_node *a, const char **host, size_t *len)
{
    const mt_attr *href = mt_dom_attr(a, "href", 4);
    if (!href || !href->value)
        return 0;
    size_t i = mt_ascii_skip_space(href->value, href->value_len), n = href->value_len - i;
    const char *v = href->value + i;
    if (!n || v[0] == '#' || (n >= 11 && mt_ascii_equal_ci(v, "javascript:", 11)) ||
        (n >= 7 && mt_ascii_equal_ci(v, "mailto:", 7)))
        return 0;
    url_host(v, n, host, len);
    return 1;
}

/* Whether a link's words are a bare "read more" label ("Read more...",
 * "[ more ]", "Continue reading", "Watch video"): all they say is that the
 * story goes on at another address. Marks around the words do not count. */
static int is_more_label(const char *t, size_t n)
{
    static const known_text labels[] = {
        KNOWN("read more"), KNOWN("more"), KNOWN("continue reading"), KNOWN("full story"),
        KNOWN("read full story"), KNOWN("watch video"), KNOWN("weiterlesen"),
        KNOWN("lire la suite"),
    };
    while (n && !mt_ascii_is_letter((unsigned char)t[0]))
        t++, n--;
    while (n && !mt_ascii_is_letter((unsigned char)t[n - 1]))
        n--;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (labels[k].len == n && mt_ascii_equal_ci(t, labels[k].s, n))
            return 1;
    return 0;
}

/* The link to another page that text node t, inside `card`, lies in, or
 * NULL. */
static const mt_node *link_away_of(const extract_ctx *c, const mt_node *t, const mt_node *card)
{
    if (!(ni(c, t)->flags & NI_IN_LINK))
        return NULL;
    const mt_node *a = mt_dom_html_ancestor(t->parent, MT_TAG_A, card->parent);
    const char *host;
    size_t len;
    return a && link_host(a, &host, &len) ? a : NULL;
}

/* Whether the words around link `a` (inside `card`) make it part of a
 * sentence: the text before it ends in a small letter or a comma ("Then
 * <a>fold the whites</a>"), or the text after it goes on with one ("<a>Fold
 * the whites</a>, lifting", "<a>Bake</a> for 14 minutes"). A headline
 * stands alone, or beside a date, a mark or an excerpt of its own. Only
 * the nodes beside the link, or beside the inline elements around it, are
 * read: a few steps up at most. */
static int link_in_sentence(const mt_node *a, const mt_node *card)
{
    for (int up = 0; up < 4 && a && a != card; up++, a = a->parent) {
        for (int after = 0; after < 2; after++) {
            const mt_node *s = after ? a->next : a->prev;
            if (!s)
                continue;
            if (s->type != MT_NODE_TEXT)
                continue;
            const char *t = s->data;
            size_t n = s->data_len, i = after ? 0 : n;
            if (after)
                while (i < n && mt_ascii_is_space((unsigned char)t[i]))
                    i++;
            else
                while (i && mt_ascii_is_space((unsigned char)t[i - 1]))
                    i--;
            if (after ? i == n : i == 0)
                continue;
            unsigned char ch = (unsigned char)t[after ? i : i - 1];
            if (mt_ascii_is_lower(ch) || ch == ',' || (after && ch == ';'))
                return 1;
        }
        /* the link's words end where a box does: a heading, a paragraph */
        if (!a->parent || a->parent == card || a->parent->type != MT_NODE_ELEMENT ||
            a->parent->ns != MT_NS_HTML || mt_tag_has(a->parent->tag, MT_TAGF_BLOCK) ||
            mt_tag_has(a->parent->tag, MT_TAGF_HEADING) || a->parent->tag == MT_TAG_LI)
            return 0;
    }
    return 0;
}

/* How a card leads to another page: by a headline (LEAD_HEADLINE), a
 * link long enough for one that makes up a good part of the card and not
 * part of a sentence (link_in_sentence); by such a link shorter than a
 * headline (LEAD_SHORT: "Jump to it", "Asia Session", a section's label),
 * the longest of them; by a "read more" label and no headline
 * (LEAD_LABEL); or not (LEAD_NONE). The link in *link. */
enum { LEAD_NONE, LEAD_LABEL, LEAD_SHORT, LEAD_HEADLINE };

static int card_lead(const extract_ctx *c, const mt_node *card, const mt_node **link)
{
    uint32_t chars = ni(c, card)->chars, longest = 0;
    int seen = 0, lead = LEAD_NONE;
    for (const mt_node *d = card->first_child; d && seen < TEASER_CARD_NODES; seen++) {
        if (d->type == MT_NODE_ELEMENT && (ni(c, d)->flags & NI_INVISIBLE)) {
            d = mt_dom_following_skip(d, card);
            continue;
        }
        if (d->type == MT_NODE_TEXT && ni(c, d)->chars) {
            const mt_node *a = link_away_of(c, d, card);
            uint32_t linked = a ? ni(c, a)->chars : 0;
            int lone = a && linked * TEASER_HEADLINE_SHARE >= chars && !link_in_sentence(a, card);
            if (lone && linked >= TEASER_HEADLINE_MIN) {
                *link = a;
                return LEAD_HEADLINE;
            }
            if (a && lead != LEAD_LABEL && is_more_label(d->data, d->data_len)) {
                *link = a;
                lead = LEAD_LABEL;
            } else if (lone && lead != LEAD_LABEL && linked >= TEASER_SHORT_MIN &&
                       linked > longest) {
                *link = a;
                lead = LEAD_SHORT;
                longest = linked;
            }
        }
        d = mt_dom_following(d, card);
    }
    return lead;
}

/* Whether a block is a kept paragraph of running text in the region: the
 * article's body, when it comes before a column of cards. */
static int is_body_paragraph(const xblock *x)
{
    return (x->flags & XB_IN_MAIN) && kept_bit(x) && x->chars >= TEASER_BODY_PARA &&
           (is_type(x, MT_BLOCK_PARAGRAPH) | is_type(x, MT_BLOCK_QUOTE) |
            is_type(x, MT_BLOCK_LIST_ITEM)) &&
           x->link_chars * 5 < x->chars;
}

/* Where the article's body ends: just after its last paragraph of
 * running text (0 when it has none). */
static size_t body_end_of(const block_list *blocks)
{
    for (size_t i = blocks->count; i-- > 0;)
        if (is_body_paragraph(&blocks->items[i]))
            return i + 1;
    return 0;
}

/* The card of `box` that holds block x's element, below the box (the
 * caller makes sure: x->node in the box, not the box itself). */
static const mt_node *card_in(const mt_node *box, const xblock *x)
{
    const mt_node *card = x->node;
    while (card->parent != box)
        card = card->parent;
    return card;
}

/* What the cards of a run tell (cards_lead_away). */
typedef struct card_run {
    uint32_t chars;     /* the cards' text */
    int labels_only;    /* a card leads away by its "read more" link only */
} card_run;

/* The host of the page's own site (url_host), none when unknown. */
typedef struct site_host {
    const char *s;
    size_t len;
} site_host;

/* Links with a host a page needs for its own site's to be told from them. */
#define SITE_LINKS_MIN 8

/* The page's links that name a host, as pass 1 read them, counted once:
 * the host a majority of them go to (found by a majority vote), how many
 * there are and how many go to it. Taken when first asked for. */
typedef struct link_census {
    int taken;
    const char *best;
    size_t best_len, links, won;
} link_census;

/* Whether element `a` is a link that names a host (*h, *len). */
static int names_a_host(const mt_node *a, const char **h, size_t *len)
{
    return mt_dom_is_html(a, MT_TAG_A) && link_host(a, h, len) && *len;
}

/* Whether host h[0..len) is the one the census found. */
static int is_census_host(const link_census *lc, const char *h, size_t len)
{
    return lc->best && len == lc->best_len && mt_ascii_equal_ci(h, lc->best, len);
}

static void take_census(const extract_ctx *c, link_census *lc)
{
    const char *h;
    size_t len, votes = 0;
    lc->taken = 1;
    lc->best = NULL;
    lc->best_len = lc->links = lc->won = 0;
    for (uint32_t k = 0; k < c->norder; k++) {
        if (!names_a_host(c->order[k], &h, &len))
            continue;
        if (is_census_host(lc, h, len))
            votes++;
        else if (votes)
            votes--;
        else
            lc->best = h, lc->best_len = len, votes = 1;
    }
    for (uint32_t k = 0; k < c->norder; k++)
        if (names_a_host(c->order[k], &h, &len)) {
            lc->links++;
            lc->won += (size_t)is_census_host(lc, h, len);
        }
}

/* A box's links are counted apart (box_links) up to this many nodes of
 * it: a box of cards is small, and a bigger one has no vote at all. */
#define BOX_LINKS_NODES 4096

/* The links of `box` the census counted (those pass 1 read: none below a
 * hidden element) into *links, those to the census's host into *won;
 * 0 when the box is too big to be read. */
static int box_links(const extract_ctx *c, const mt_node *box, const link_census *lc,
                     size_t *links, size_t *won)
{
    const char *h;
    size_t len, seen = 0;
    *links = *won = 0;
    for (const mt_node *d = box; d; seen++) {
        if (seen >= BOX_LINKS_NODES)
            return 0;
        if (d->type != MT_NODE_ELEMENT) {
            d = mt_dom_following_skip(d, box);
            continue;
        }
        if (names_a_host(d, &h, &len)) {
            (*links)++;
            *won += (size_t)is_census_host(lc, h, len);
        }
        d = ni(c, d)->flags & NI_INVISIBLE ? mt_dom_following_skip(d, box)
                                           : mt_dom_following(d, box);
    }
    return 1;
}

/* The host a majority of the links of the page that name a host go to,
 * SITE_LINKS_MIN of them at least: the site's own, which its menus, lists
 * and footers link by full addresses; none when no host has a majority.
 * The links inside `apart` (none when NULL) have no vote: a list judged
 * by the site's host must not elect it (and when the census's host wins
 * only by the list's votes, no other is looked for: none is the site). */
static void majority_host(const extract_ctx *c, link_census *lc, site_host *site,
                          const mt_node *apart)
{
    if (!lc->taken)
        take_census(c, lc);
    size_t links = lc->links, won = lc->won, box_all, box_won;
    if (apart) {
        if (!box_links(c, apart, lc, &box_all, &box_won))
            return;
        links -= box_all;
        won -= box_won;
    }
    if (lc->best && links >= SITE_LINKS_MIN && won * 2 > links)
        site->s = lc->best, site->len = lc->best_len;
}

/* The page's own site: its address's host, or when the page's address is
 * unknown (or empty, or names no host), its links' majority_host, those
 * inside `apart` left out. */
static void find_site_host(const extract_ctx *c, link_census *lc, site_host *site,
                           const mt_node *apart)
{
    site->s = NULL;
    site->len = 0;
    if (c->base_url)
        url_host(c->base_url, strlen(c->base_url), &site->s, &site->len);
    if (!site->len)
        majority_host(c, lc, site, apart);
}

/* Whether the cards of `box` that hold blocks first..last (each block in
 * the box, or a dropped one) are TEASER_CARDS_MIN or more, each leading to
 * another page of the page's own site, half of them at most by a title
 * shorter than a headline (LEAD_SHORT, TEASER_SHORT_SHARE): an address
 * without a host, or with the host of the page's own site (find_site_host:
 * its address's, else the one the page's other links elect). A list of
 * links to many sites is a list of sources; one of links to one other
 * site is a roundup's products at one shop, a paper's references at one
 * resolver, a changelog's issues at one tracker: the text's, not teasers.
 * The box's own links have no vote, lest such a list elect its shop. */
static int cards_lead_away(const extract_ctx *c, const block_list *blocks, size_t first,
                           size_t last, const mt_node *box, link_census *lc, card_run *run)
{
    const mt_node *prev = NULL;
    site_host site = { NULL, 0 };
    int site_known = 0;
    size_t cards = 0, shorts = 0;
    run->chars = 0;
    run->labels_only = 0;
    for (size_t k = first; k <= last; k++) {
        const xblock *x = &blocks->items[k];
        /* a dropped block of the box's own loose text ("Advertisement"
         * between two cards) lies in no card: card_in would climb past
         * the box */
        if (!x->node || x->node == box || !mt_dom_holds(box, x->node))
            continue;
        const mt_node *card = card_in(box, x), *lead = NULL;
        if (card == prev)
            continue;
        prev = card;
        cards++;
        run->chars += ni(c, card)->chars;
        int how = card_lead(c, card, &lead);
        const char *h;
        size_t len;
        if (how == LEAD_NONE || !link_host(lead, &h, &len))
            return 0;
        run->labels_only |= how == LEAD_LABEL;
        shorts += how == LEAD_SHORT;
        if (len && !site_known++)
            find_site_host(c, lc, &site, box);
        if (len && (len != site.len || !mt_ascii_equal_ci(h, site.s, len)))
            return 0;
    }
    return cards >= TEASER_CARDS_MIN && shorts * TEASER_SHORT_SHARE <= cards;
}

/* What the region holds before a run of cards, as drop_teaser_columns
 * walks it: the kept text with few links, the body's paragraphs, the box
 * of the last of them. Blocks [0, upto) are counted. */
typedef struct body_before {
    size_t upto;
    uint32_t chars;
    int paras;
    const mt_node *box;
} body_before;

static void count_body_before(const block_list *blocks, size_t upto, body_before *b)
{
    for (; b->upto < upto; b->upto++) {
        const xblock *x = &blocks->items[b->upto];
        if (!(x->flags & XB_IN_MAIN) || !kept_bit(x))
            continue;
        if (x->link_chars * 5 < x->chars)
            b->chars += x->chars;
        if (is_body_paragraph(x)) {
            b->paras++;
            b->box = x->node ? x->node->parent : NULL;
        }
    }
}

/* Drops the run of cards of `box` that blocks first..last make, when it
 * is a column of teasers after the article: two paragraphs of its body or
 * more before it, with more text than the cards, and none after it
 * (`body_end`: the block after the region's last paragraph of running
 * text, which may be a card's excerpt). Cards told
 * only by their "read more" links stand outside the box of the body's
 * paragraphs: inside it, they may be the article's own sections (a FAQ's
 * answers that link on). No cards stand side by side with the body's
 * paragraphs, children of their box: there they are the article's own
 * items (a roundup's picks, each a heading linked to its review, under
 * the intro); a column of teasers has a box of its own. */
static void judge_card_run(const extract_ctx *c, block_list *blocks, size_t first, size_t last,
                           const mt_node *box, size_t body_end, body_before *body,
                           link_census *lc)
{
    card_run run;
    if (last + 1 < body_end || !cards_lead_away(c, blocks, first, last, box, lc, &run))
        return;
    count_body_before(blocks, first, body);
    if (body->paras < TEASER_BODY_PARAS || body->chars <= run.chars || box == body->box ||
        (run.labels_only && (!body->box || mt_dom_holds(body->box, box))))
        return;
    for (size_t k = first; k <= last; k++) {
        xblock *x = &blocks->items[k];
        if (x->node && mt_dom_holds(box, x->node)) {
            x->flags &= (uint8_t)~XB_KEEP;
            x->boiler |= K_RELATED;     /* for drop_related_titles */
        }
    }
}

/* The most characters of a video's teaser line: a headline and its
 * "Watch video" link. */
#define VIDEO_TEASER_MAX 200
/* The fewest video teasers in a row that make a rail of them. */
#define VIDEO_TEASERS_MIN 2

/* Whether block x is a video's teaser: a short line that ends in a linked
 * "Watch video" label ("Storm hits the coast Watch Video"), the headline
 * of a clip that plays on the page or another. A sentence before the
 * label ("Step 2: Fold the corners down. Watch video") is a how-to's
 * step, text with its clip. */
static int is_video_teaser(const xblock *x)
{
    static const char label[] = "watch video";
    size_t k = sizeof label - 1, n = x->pub.text_len;
    const char *t = x->pub.text;
    if (!(x->flags & XB_IN_MAIN) || !kept_bit(x) || x->chars > VIDEO_TEASER_MAX ||
        x->link_chars < k - 1 || x->link_chars * 2 > x->chars)
        return 0;
    while (n && !mt_ascii_is_letter((unsigned char)t[n - 1]))
        n--;
    return n > k && mt_ascii_equal_ci(t + n - k, label, k) &&
           !mt_ascii_is_letter((unsigned char)t[n - k - 1]) &&
           !mt_prune_ends_in_full_stop(t, n - k);
}

/* Whether the video teasers of the region hold more characters than the
 * rest of what it keeps: the clips are what the page is (a video
 * section's page), not a rail beside an article. */
static int clips_are_the_page(const block_list *blocks)
{
    size_t clips = 0, rest = 0;
    for (size_t i = 0; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if (is_video_teaser(x))
            clips += x->chars;
        else if ((x->flags & XB_IN_MAIN) && kept_bit(x))
            rest += x->chars;
    }
    return clips > rest;
}

/* Drops the rails of video teasers in the region: VIDEO_TEASERS_MIN
 * lines or more in a row, each a headline over its "Watch video" link
 * (is_video_teaser). One such line may be the article's own clip, with
 * its caption; a row of them are the site's other clips -- unless they
 * are most of the page (clips_are_the_page, asked at the first rail,
 * before anything is dropped: most pages have none). Not for
 * MT_FOCUS_RECALL. */
static void drop_video_teasers(const extract_ctx *c, block_list *blocks)
{
    if (c->opts->focus == MT_FOCUS_RECALL)
        return;
    size_t first = 0;
    int rail_seen = 0;
    for (size_t i = 0; i <= blocks->count; i++) {
        if (i < blocks->count && is_video_teaser(&blocks->items[i]))
            continue;
        if (i - first >= VIDEO_TEASERS_MIN) {
            if (!rail_seen && clips_are_the_page(blocks))
                return;
            rail_seen = 1;
            for (size_t k = first; k < i; k++) {
                blocks->items[k].flags &= (uint8_t)~XB_KEEP;
                blocks->items[k].boiler |= K_RELATED;
            }
        }
        first = i + 1;
    }
}

/* Drops the columns of teasers in the region (judge_card_run): runs of
 * kept blocks in cards of one kind side by side. Not for MT_FOCUS_RECALL:
 * when in doubt, a list stays. The page's links are counted (census) at
 * most once, for this and drop_teaser_tables. */
static void drop_teaser_columns(const extract_ctx *c, block_list *blocks, link_census *census)
{
    if (c->opts->focus == MT_FOCUS_RECALL)
        return;
    size_t body_end = body_end_of(blocks);
    body_before body = { 0, 0, 0, NULL };
    size_t first = 0, last = 0;
    const mt_node *box = NULL, *kind = NULL;
    for (size_t i = 0; i <= blocks->count; i++) {
        const mt_node *card = NULL;
        if (i < blocks->count) {
            const xblock *x = &blocks->items[i];
            if (!(x->flags & XB_IN_MAIN) || !x->node || !kept_bit(x))
                continue;
            if (x->node->type == MT_NODE_ELEMENT)
                card = mt_prune_teaser_card_of(c, x->node);
            if (card && box && card->parent == box && mt_same_box_kind(card, kind, true)) {
                last = i;
                continue;
            }
        }
        if (box)
            judge_card_run(c, blocks, first, last, box, body_end, &body, census);
        box = card ? card->parent : NULL;
        kind = card;
        first = last = i;
    }
}

/* The rows of a table read for teasers, at most. */
#define TEASER_ROWS_MAX 64

/* Whether the rows of `table` are teasers of the site's own stories: each
 * row with text leads to another page of `site` (card_lead: a headline,
 * or a "more" label heading the list), no longer than a card, and
 * TEASER_CARDS_MIN of them by headlines. A table laid out as a list of
 * teasers (a bullet's picture beside each headline and its excerpt) holds
 * its rows as one block, which the cards of drop_teaser_columns do not
 * see. */
static int rows_are_teasers(const extract_ctx *c, const mt_node *table, const site_host *site)
{
    size_t rows = 0, headlines = 0;
    for (const mt_node *sec = table->first_child; sec; sec = sec->next) {
        if (sec->type != MT_NODE_ELEMENT)
            continue;
        const mt_node *first_row = mt_dom_is_html(sec, MT_TAG_TR) ? sec : sec->first_child;
        for (const mt_node *tr = first_row; tr; tr = tr->next) {
            if (mt_dom_is_html(tr, MT_TAG_TR) && ni(c, tr)->chars) {
                const mt_node *lead = NULL;
                const char *h;
                size_t len;
                int how = ++rows > TEASER_ROWS_MAX || ni(c, tr)->chars > TEASER_CARD_MAX
                              ? LEAD_NONE
                              : card_lead(c, tr, &lead);
                if (how == LEAD_NONE || how == LEAD_SHORT || !link_host(lead, &h, &len) ||
                    (len && (len != site->len || !mt_ascii_equal_ci(h, site->s, len))))
                    return 0;
                headlines += how == LEAD_HEADLINE;
            }
            if (tr == sec)
                break;  /* a row directly under <table> (no tbody) */
        }
    }
    return headlines >= TEASER_CARDS_MIN;
}

/* Drops the tables of teasers after the article's last paragraph of
 * running text (rows_are_teasers), when two paragraphs of its body or more
 * come before them, with half the table's text at least: a page whose
 * text is such a table (an index of stories) has no such body before it.
 * A short story's teasers, each with its excerpt, may outrun its text.
 * Not for MT_FOCUS_RECALL. */
static void drop_teaser_tables(const extract_ctx *c, block_list *blocks, link_census *census)
{
    if (c->opts->focus == MT_FOCUS_RECALL)
        return;
    size_t body_end = body_end_of(blocks);
    site_host site;
    int site_known = 0;
    body_before body = { 0, 0, 0, NULL };
    for (size_t i = body_end; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if (!(x->flags & XB_IN_MAIN) || !kept_bit(x) || !is_type(x, MT_BLOCK_TABLE) ||
            !x->node || !mt_dom_is_html(x->node, MT_TAG_TABLE))
            continue;
        if (!site_known++)
            find_site_host(c, census, &site, NULL);
        count_body_before(blocks, i, &body);
        if (body.paras >= TEASER_BODY_PARAS && body.chars * 2 > x->chars &&
            rows_are_teasers(c, x->node, &site)) {
            x->flags &= (uint8_t)~XB_KEEP;
            x->boiler |= K_RELATED;
        }
    }
}

#define LIST_TITLE_MAX 60
#define LIST_INTRO_MAX 100

/* Judges block x, which a run of dropped "related" blocks follows
 * (`related_follows`) or an intro to such a run (`intro_next`): drops it
 * when it titles or introduces the run. Returns whether x is such an
 * intro itself. */
static int drop_related_title(const extract_ctx *c, xblock *x, int related_follows,
                              int intro_next)
{
    int kept = x->flags & XB_KEEP;
    int heading = x->pub.type == MT_BLOCK_HEADING;
    int intro = x->chars < LIST_INTRO_MAX && ends_in(x, ':');
    int title = x->chars < LIST_TITLE_MAX && x->punct == 0;
    int before_list = (title || intro) && related_follows;
    if (kept && (heading || x->pub.type == MT_BLOCK_PARAGRAPH) &&
        (before_list || (heading && title && intro_next)) &&
        !(heading && mt_textkey_same(&c->title_key, x->pub.text, x->pub.text_len)))
        x->flags &= (uint8_t)~XB_KEEP;
    /* an intro may be gone already (drop_orphan_labels) */
    return intro && before_list;
}

/* The title over a related-articles list often sits outside the list's own
 * markup ("More trips in Sweden" in the section's header, the teasers in a
 * "related" box below it): a short heading or line without punctuation (a
 * title, not the article's last sentence or a signature), or a line ending
 * in ':' that introduces what follows ("Curious? Try these recipes next:"),
 * right before a run of dropped "related" blocks goes with them; so does a
 * short heading right before such an intro. Walks backwards to see the
 * intro first. A heading that repeats the page's title is its headline, never
 * such a title. */
static void drop_related_titles(const extract_ctx *c, block_list *blocks)
{
    int intro_next = 0;     /* the next block with text introduces a related list */
    /* whether the next block with text, and the one after it, were
     * dropped and lie in markup named for related content (the teaser
     * list a title line introduces; images and breaks between passed
     * over): known as the walk passes them, their flags final by then.
     * Most blocks have neither a run nor an intro after them. */
    int related1 = 0, related2 = 0;
    for (size_t i = blocks->count; i-- > 0;) {
        xblock *x = &blocks->items[i];
        if (!x->chars || x->pub.type == MT_BLOCK_IMAGE || x->pub.type == MT_BLOCK_BREAK)
            continue;
        int related_follows = related1 & related2;
        if (related_follows | intro_next)
            intro_next = drop_related_title(c, x, related_follows, intro_next);
        related2 = related1;
        related1 = !(x->flags & XB_KEEP) && (x->boiler & K_RELATED);
    }
}

void mt_prune_drop_teasers(const extract_ctx *c, block_list *blocks)
{
    link_census census = { 0 };
    drop_teaser_columns(c, blocks, &census);
    drop_teaser_tables(c, blocks, &census);
    drop_video_teasers(c, blocks);
    drop_related_titles(c, blocks);
}
