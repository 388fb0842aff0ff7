/* headline.c -- choosing the title: the article's visible headline.
 *
 * What a page declares (JSON-LD headline, og:title, <title>, ...) often
 * carries the site's name, an SEO variant or a kicker; what a reader sees is
 * the <h1> (sometimes an <h2>). So the declared titles are cleaned of the
 * site name and compared word by word with the page's headings: a heading
 * that matches one of them is the headline, with its kicker left out. When
 * no heading matches, the strongest declared title is used, and a lone
 * article heading when nothing is declared. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "metadata/meta_internal.h"

#define TITLE_CAP 512
#define MAX_DECLARED 6

typedef struct declared {
    char raw[TITLE_CAP];        /* as declared, white space collapsed */
    size_t raw_len;
    char text[TITLE_CAP];       /* with the site name stripped */
    size_t len;
    const char *source;
    uint32_t words[MT_TITLE_MAX_WORDS];     /* of text, for comparing with headings */
    size_t nwords;
    /* of raw, when something was stripped (else nraw is 0): a heading that
     * says the whole declared title shows that what was taken for a site's
     * name or a section ("... | Step-by-Step Guide") is the headline's */
    uint32_t raw_words[MT_TITLE_MAX_WORDS];
    size_t nraw;
} declared;

typedef struct titles {
    declared d[MAX_DECLARED];
    size_t n;
} titles;

/* Leaves out the declared titles marked in drop[0..t->n), keeping the
 * others in their order. */
static void drop_marked(titles *t, const bool *drop)
{
    size_t w = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (drop[i])
            continue;
        if (w != i)
            t->d[w] = t->d[i];
        w++;
    }
    t->n = w;
}

/* The declared title read before from the same text, or NULL. */
static const declared *declared_before(const titles *t, const char *raw, size_t n)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->d[i].raw_len == n && memcmp(t->d[i].raw, raw, n) == 0)
            return &t->d[i];
    return NULL;
}

static size_t words_in(const char *s, size_t n)
{
    uint32_t h[16];
    return mt_meta_words(s, n, h, 16);
}

/* Whether s[0..n) is a mark that sets a title's parts apart ("Blog Name:
 * Post title", "Headline | Site"), with white space around it: ':', '|',
 * '-', '~', '/', "//", "::", '·', '»', an en or em dash, '•', '›'. */
static int split_mark(const char *s, size_t n)
{
    while (n && s[n - 1] == ' ')
        n--;
    while (n && *s == ' ')
        s++, n--;
    /* by length: most spans asked are a word's letters, turned down at
     * their first byte */
    const unsigned char *u = (const unsigned char *)s;
    if (n == 1)
        return *u == ':' || *u == '|' || *u == '-' || *u == '~' || *u == '/';
    if (n == 2)
        return (u[0] == u[1] && (*u == '/' || *u == ':')) ||
               (*u == 0xc2 && (u[1] == 0xb7 || u[1] == 0xbb));
    return n == 3 && u[0] == 0xe2 && u[1] == 0x80 &&
           (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0xa2 || u[2] == 0xba);
}

/* How many bytes of marks and spaces may set two parts of a title apart. */
#define MARK_SPAN 8

/* Where in s[0..n) the text p[0..r) is one side of a separator, or
 * SIZE_MAX; *gap gets the separator's length. */
static size_t end_part(const char *p, size_t r, const char *s, size_t n, size_t *gap)
{
    if (!r || r + 2 > n)
        return SIZE_MAX;
    int head = memcmp(s, p, r) == 0, tail = memcmp(s + n - r, p, r) == 0;
    /* the longest gap: the mark with its spaces */
    *gap = MARK_SPAN < n - r - 1 ? MARK_SPAN : n - r - 1;
    for (; (head || tail) && *gap > 0; (*gap)--) {
        if (head && split_mark(s + r, *gap))
            return 0;
        if (tail && split_mark(s + n - r - *gap, *gap))
            return n - r;
    }
    return SIZE_MAX;
}

/* Where in s[0..n) a title declared before (d's raw text) is one side
 * of a separator, or SIZE_MAX: a page may name a post "Blog Name: Post
 * title" in its <title> and "Post title" in og:title, and the site's name
 * is the part the other title leaves out, whatever its words. */
static size_t part_declared(const declared *d, const char *s, size_t n)
{
    size_t gap;
    return end_part(d->raw, d->raw_len, s, n, &gap);
}

/* Keeps of a declared title (d's text, not stripped yet) the part that
 * another declared title says whole, when the rest is no more words than
 * that part: the rest is the site's name. The part must not be the site's
 * name ("Headline | Example Times" beside an og:title "Example Times").
 * Returns whether it did. */
static int keep_part_declared(const mt_meta_ctx *c, const titles *t, declared *d)
{
    const char *site = c->out->sitename;
    for (size_t i = 0; i < t->n; i++) {
        const declared *o = &t->d[i];
        size_t at = part_declared(o, d->text, d->raw_len);
        if (at == SIZE_MAX)
            continue;
        size_t rest_at = at ? 0 : o->raw_len, rest_len = d->raw_len - o->raw_len;
        if (words_in(d->text + rest_at, rest_len) > words_in(o->raw, o->raw_len) ||
            (site && mt_title_words_within(site, strlen(site), o->raw, o->raw_len)))
            continue;
        memmove(d->text, d->text + at, o->raw_len);
        d->text[o->raw_len] = '\0';
        d->len = o->raw_len;
        return 1;
    }
    return 0;
}

/* Adds a declared title, stripped of the site name. Pages often declare
 * the same title in several places (og:title, twitter:title, JSON-LD), and
 * what is stripped depends on the text alone, so a text read before is
 * taken from its first reading. */
static void add_declared(mt_meta_ctx *c, titles *t, const char *s, size_t len, const char *source)
{
    if (!s || !len || t->n >= MAX_DECLARED)
        return;
    declared *d = &t->d[t->n];
    size_t n = len < TITLE_CAP - 1 ? len : mt_utf8_whole_prefix(s, TITLE_CAP - 1);
    memcpy(d->raw, s, n);
    n = mt_meta_collapse(d->raw, n);
    d->raw_len = n;
    d->source = source;
    const declared *same = declared_before(t, d->raw, n);
    if (same) {
        memcpy(d->text, same->text, same->len + 1);
        d->len = same->len;
        memcpy(d->words, same->words, same->nwords * sizeof same->words[0]);
        d->nwords = same->nwords;
        memcpy(d->raw_words, same->raw_words, same->nraw * sizeof same->raw_words[0]);
        d->nraw = same->nraw;
        t->n++;
        return;
    }
    memcpy(d->text, d->raw, n);
    size_t k;
    if (keep_part_declared(c, t, d)) {
        k = d->len;
    } else {
        const char *site = c->out->sitename;
        size_t a;
        mt_title_strip_site(d->text, n, site, site ? strlen(site) : 0, c->host, c->host_len, &a,
                            &k);
        memmove(d->text, d->text + a, k);
        d->text[k] = '\0';
        d->len = k;
    }
    if (k) {
        d->nwords = mt_meta_words(d->text, k, d->words, MT_TITLE_MAX_WORDS);
        d->nraw = k < n ? mt_meta_words(d->raw, n, d->raw_words, MT_TITLE_MAX_WORDS) : 0;
        t->n++;
    }
}

/* The share of a declared title's words that are the site name's when it
 * says the same in other words: a page of a site named for it ("EFF in
 * 2015 - Annual Report" on "EFF's 2015 Annual Report"). */
#define SAME_AS_SITE 0.5

/* Whether a declared title is the site's name (its words sw[0..sn)) and
 * nothing else. */
static int is_site_name(const declared *d, const uint32_t *sw, size_t sn)
{
    return sn && d->nwords == sn && memcmp(d->words, sw, sn * sizeof sw[0]) == 0;
}

/* Whether most of the words w[0..n) are words of the site's name. */
static int mostly_site_words(const uint32_t *w, size_t n, const uint32_t *sw, size_t sn)
{
    size_t in_site = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sn; k++)
            if (w[i] == sw[k]) {
                in_site++;
                break;
            }
    return n && (double)in_site >= SAME_AS_SITE * (double)n;
}

/* Whether most of a declared title's words are words of the site's name. */
static int says_site_name(const declared *d, const uint32_t *sw, size_t sn)
{
    return mostly_site_words(d->words, d->nwords, sw, sn);
}

/* Leaves out the declared titles that are the site's name alone (a
 * WebPage item named "Sports.fr"), when others say something else: a
 * site's name is no page's title, and a logo's heading would match it.
 * When the others say the site's name in other words, the page is the
 * one the site is named for, and all stay. */
static void drop_site_names(const mt_meta_ctx *c, titles *t)
{
    const char *site = c->out->sitename;
    if (!site)
        return;
    uint32_t sw[MT_TITLE_MAX_WORDS];
    size_t sn = mt_meta_words(site, strlen(site), sw, MT_TITLE_MAX_WORDS);
    bool drop[MAX_DECLARED];
    size_t kept = 0, other = 0;
    for (size_t i = 0; i < t->n; i++) {
        drop[i] = is_site_name(&t->d[i], sw, sn);
        if (drop[i])
            continue;
        kept++;
        other += !says_site_name(&t->d[i], sw, sn);
    }
    if (other && kept < t->n)
        drop_marked(t, drop);
}

/* ================================================================ headings */

/* A link from a heading to itself ("#retries") shown as a mark ("¶",
 * "#", "§"): documentation generators put one after every heading. */
static int permalink_part(const mt_node *n)
{
    if (n->tag != MT_TAG_A || n->ns != MT_NS_HTML)
        return 0;
    size_t hn;
    const char *href = mt_meta_attr(n, "href", &hn);
    if (!href || href[0] != '#')
        return 0;
    const mt_node *t = n->first_child;
    if (!t || t->type != MT_NODE_TEXT || t->next || t->data_len > 8)
        return 0;
    for (uint32_t i = 0; i < t->data_len; i++)
        if (mt_ascii_is_alnum((unsigned char)t->data[i]))
            return 0;
    return 1;
}

/* Longest text of an inline element in a heading that is read for a
 * date: a date with its weekday and time, no sentence. */
#define DATE_PART_BYTES 48

/* An element of a heading that gives the post's date, no word of its
 * title: a <time>, or an inline element that says a date and little else
 * ("I have not gone into hiding <em>29 August, 2011</em>"), as blog themes
 * set the date beside the title. */
static int date_part(const mt_node *n)
{
    if (n->tag == MT_TAG_TIME)
        return 1;
    const mt_node *t = n->first_child;
    if (!mt_meta_is_inline(n) || !t || t->next || t->type != MT_NODE_TEXT ||
        t->data_len > DATE_PART_BYTES || !mt_date_may_hold(t->data, t->data_len, 0))
        return 0;
    size_t start, end;
    mt_date d;
    if (!mt_date_find(t->data, t->data_len, MT_DATE_ORDER_UNKNOWN, 0, &d, &start, &end))
        return 0;
    /* little else: what is not the date is no more than a word's letters */
    size_t around = mt_meta_char_count(t->data, start) +
                    mt_meta_char_count(t->data + end, t->data_len - end);
    return around <= 4;
}

/* A link to the post's category or tag (rel="category tag", as blog
 * engines mark it) set in its heading: the section's name, a kicker. */
static int category_link(const mt_node *n)
{
    size_t rn;
    const char *rel = n->tag == MT_TAG_A && n->nattrs ? mt_meta_attr(n, "rel", &rn) : NULL;
    return rel && (mt_meta_find_ci(rel, rn, "category") || mt_meta_find_ci(rel, rn, "tag"));
}

/* Elements of a heading that are not its title: kickers marked by class
 * or by a link's rel, <small> print, and permalink marks. */
static int kicker_part(const mt_node *n)
{
    return n->tag == MT_TAG_SMALL || (n->nattrs && (mt_meta_class_hints(n) & MT_HINT_KICKER)) ||
           permalink_part(n) || category_link(n);
}

/* The heading's text with its kicker parts left out, and its date parts
 * with `*dated` set (else they stay, and *dated is 0); *br_at gets the
 * length before its first <br> (or SIZE_MAX). */
static size_t heading_parts(const mt_node *h, char *buf, size_t cap, size_t *br_at, int *dated)
{
    size_t w = 0, visited = 0;
    int skip_dates = *dated;
    *br_at = SIZE_MAX;
    *dated = 0;
    const mt_node *n = h->first_child;
    while (n && visited++ < 256 && w + 1 < cap) {
        if (n->type == MT_NODE_ELEMENT) {
            int date = skip_dates && date_part(n);
            *dated |= date;
            if (date || mt_meta_hidden(n) || kicker_part(n)) {
                n = mt_dom_following_skip(n, h);
                continue;
            }
            if (n->tag == MT_TAG_BR && *br_at == SIZE_MAX)
                *br_at = w;
            /* a word may run across an inline element ("Wiki<b>pedia</b>",
             * a ruby over a word's first characters) */
            if (n->tag == MT_TAG_BR || !mt_meta_is_inline(n) || mt_meta_glued_elements(n))
                buf[w++] = ' ';
        } else if (n->type == MT_NODE_TEXT) {
            int full;
            w = mt_meta_append_text(buf, w, cap, n->data, n->data_len, &full);
            if (full)
                break;
        }
        n = mt_dom_following(n, h);
    }
    buf[w] = '\0';
    return w;
}


/* The part of a heading whose class says headline or title, when it has
 * one (and that part says something), else the heading. */
static const mt_node *title_part(const mt_node *h)
{
    size_t visited = 0;
    for (const mt_node *n = h->first_child; n && visited++ < 64; n = mt_dom_following(n, h)) {
        if (n->type == MT_NODE_ELEMENT && n->nattrs &&
            (mt_meta_class_hints(n) & (MT_HINT_TITLE | MT_HINT_KICKER)) == MT_HINT_TITLE &&
            n->first_child)
            return n;
    }
    return h;
}

/* How many words a heading has at least besides a date part for the date
 * to be left out. */
#define DATED_TITLE_WORDS 3

/* The text of a heading without its kicker: of the part whose class says
 * headline or title when there is one (title_part); the parts whose class
 * says kicker (or that are <small>) are left out, in that part too
 * ("<span class=title><small>Kicker</small><br>Headline</span>"), a
 * short line before a <br> ("Tunesien<br>Große Aufgaben ...") too, and a
 * date set in the heading (date_part); *cut gets whether that line was
 * left out. */
static size_t heading_text_cut(const mt_node *h, char *buf, size_t cap, int *cut)
{
    const mt_node *part = title_part(h);
    size_t br_at;
    *cut = 0;
    int dated = 1;
    size_t w = heading_parts(part, buf, cap, &br_at, &dated);
    /* a date is left out beside a title of a few words; "The Week: <em>July
     * 20, 2012</em>" is a title with its date */
    if (dated && words_in(buf, w) < DATED_TITLE_WORDS) {
        dated = 0;
        w = heading_parts(part, buf, cap, &br_at, &dated);
    }
    if (br_at != SIZE_MAX && words_in(buf, br_at) <= 6 && words_in(buf + br_at, w - br_at) >= 2) {
        memmove(buf, buf + br_at, w - br_at);
        w -= br_at;
        *cut = 1;
    }
    w = mt_meta_collapse(buf, w);
    buf[w] = '\0';
    if (w)
        return w;
    /* all of it was "kicker": then it is the title after all */
    w = mt_meta_node_text(part, buf, cap, 256, 0);
    return w || part == h ? w : mt_meta_node_text(h, buf, cap, 256, 0);
}

/* heading_text, when what it left out is not asked about. */
static size_t heading_text(const mt_node *h, char *buf, size_t cap)
{
    int cut;
    return heading_text_cut(h, buf, cap, &cut);
}

/* How well a heading must match a declared title as declared, before its
 * site's name or section was stripped, for that match to count: all but
 * a word or so of it, so that a heading that is the stripped part ("Blog
 * Name" of "Blog Name: Post title") gains nothing by it. */
#define WHOLE_MATCH 0.9

/* How well a heading matches the declared titles, in [0, 1]: with what
 * was left after stripping, or with all of a title as declared. */
static double match_declared(const titles *t, const char *h, size_t hn)
{
    uint32_t words[MT_TITLE_MAX_WORDS];
    size_t n = mt_meta_words(h, hn, words, MT_TITLE_MAX_WORDS);
    double best = 0.0;
    /* a comparison whose most (mt_title_similarity_most) would not raise
     * the best is not made */
    for (size_t i = 0; i < t->n; i++) {
        const declared *d = &t->d[i];
        if (mt_title_similarity_most(n, d->nwords) > best) {
            double s = mt_title_similarity_words(words, n, d->words, d->nwords);
            if (s > best)
                best = s;
        }
        double most = mt_title_similarity_most(n, d->nraw);
        if (most >= WHOLE_MATCH && most > best) {
            double whole = mt_title_similarity_words(words, n, d->raw_words, d->nraw);
            if (whole >= WHOLE_MATCH && whole > best)
                best = whole;
        }
    }
    return best;
}

/* How an <h1> that says a declared title and then a subtitle after a
 * colon or a dash ("Lemon cake from the tray: simply delicious" beside
 * "Lemon cake from the tray") matches: above any <h2> that says a declared
 * title exactly (a recipe card's heading), below an <h1> that does. */
#define H1_HOLDS_MATCH 0.995

/* Whether a heading's text h[0..hn) is a declared title (three words or
 * more), then a colon or a dash, then more. A bar ("Title | Pictures")
 * adds a section, not a subtitle. */
static int title_and_subtitle(const char *h, size_t hn, const declared *d)
{
    size_t n = d->len;
    if (d->nwords < 3 || n + 5 > hn || memcmp(h, d->text, n) != 0)
        return 0;
    const char *m = h + n + 1;      /* after a space, a dash; four bytes are left */
    return h[n] == ':' || (h[n] == ' ' && (*m == '-' || memcmp(m, "\xe2\x80\x93", 3) == 0 ||
                                          memcmp(m, "\xe2\x80\x94", 3) == 0));
}

/* How well an <h1> matches the declared titles: match_declared, or
 * H1_HOLDS_MATCH when it says one of them and a subtitle. */
static double match_h1(const titles *t, const char *h, size_t hn, double match)
{
    if (match >= H1_HOLDS_MATCH)
        return match;
    for (size_t i = 0; i < t->n; i++)
        if (title_and_subtitle(h, hn, &t->d[i]))
            return H1_HOLDS_MATCH;
    return match;
}

typedef struct heading_pick {
    const mt_node *node;
    char text[TITLE_CAP];
    size_t len;
    double score;
} heading_pick;

/* The first child of a heading that is not white space, or NULL. */
static const mt_node *first_shown_child(const mt_node *h)
{
    const mt_node *n = h->first_child;
    for (int i = 0; n && i < 8; i++, n = n->next) {
        if (n->type == MT_NODE_ELEMENT)
            return n;
        if (n->type == MT_NODE_TEXT && mt_ascii_skip_space(n->data, n->data_len) < n->data_len)
            return n;
    }
    return NULL;
}

/* Whether a link goes to the site's home page: "/", or the page's host
 * with nothing after it. */
static int home_link(const mt_meta_ctx *c, const mt_node *a)
{
    size_t n, hn;
    const char *href = a->tag == MT_TAG_A ? mt_meta_attr(a, "href", &n) : NULL, *host;
    if (!href)
        return 0;
    if (n == 1 && href[0] == '/')
        return 1;
    if (!c->host_len || !mt_url_host(href, n, &host, &hn) || hn != c->host_len ||
        memcmp(host, c->host, hn) != 0)
        return 0;
    size_t rest = (size_t)(href + n - (host + hn));
    return rest == 0 || (rest == 1 && host[hn] == '/');
}

/* Class names of the box that shows the site's name. ("logo" would be
 * found in "catalogo" too; a logo links home or sits in the header.) */
static int banner_class(const mt_node *el)
{
    static const char *const names[] = { "masthead", "site-header", "site-title", "site-name",
                                         "branding" };
    size_t n;
    const char *cls = el->nattrs ? mt_meta_attr(el, "class", &n) : NULL;
    for (size_t i = 0; cls && i < sizeof names / sizeof names[0]; i++)
        if (mt_meta_find_ci(cls, n, names[i]))
            return 1;
    return 0;
}

/* How many ancestors of a heading are asked whether they are the site's
 * banner. */
#define BANNER_ANCESTORS 6

/* Whether a heading sits in the site's banner: it links to the home page
 * (the site's logo, "<h1><a href="/">Example Blog</a></h1>"), or a near
 * ancestor is marked as the banner (role=banner, a masthead class) or
 * links home. Such a heading names the site, however well it matches a
 * title that carries the site's name too ("Example Blog: Post title"). */
static int banner_heading(const mt_meta_ctx *c, const mt_node *h)
{
    const mt_node *child = first_shown_child(h);
    if (child && child->type == MT_NODE_ELEMENT && home_link(c, child))
        return 1;
    int up = 0;
    for (const mt_node *a = h; a && a->type == MT_NODE_ELEMENT && up < BANNER_ANCESTORS;
         a = a->parent, up++) {
        size_t rn;
        const char *role = a->nattrs ? mt_meta_attr(a, "role", &rn) : NULL;
        if ((role && mt_meta_eq_ci(role, rn, "banner")) || banner_class(a) || home_link(c, a))
            return 1;
    }
    return 0;
}

/* How many <h1>s are asked whether a declared title says their text as
 * the site's name. */
#define BANNER_H1S 4

/* Whether a heading is the site's logo: it links to the home page
 * ("<h1><a href="/">Example Blog</a></h1>"). (A banner's class may be a
 * post's taxonomy too, "category-personal-branding".) */
static int logo_heading(const mt_meta_ctx *c, const mt_node *h)
{
    const mt_node *child = first_shown_child(h);
    return child && child->type == MT_NODE_ELEMENT && home_link(c, child);
}

/* Keeps of a declared title the side d->raw[from..from+n) that is not
 * the site's name, stripped as a declared title is of the site's name or
 * a section it may still say. */
static void keep_other_side(const mt_meta_ctx *c, declared *d, size_t from, size_t n)
{
    size_t a, kept;
    const char *site = c->out->sitename;
    mt_title_strip_site(d->raw + from, n, site, site ? strlen(site) : 0, c->host, c->host_len,
                        &a, &kept);
    memcpy(d->text, d->raw + from + a, kept);
    d->text[kept] = '\0';
    d->len = kept;
    d->nwords = mt_meta_words(d->text, kept, d->words, MT_TITLE_MAX_WORDS);
    d->nraw = mt_meta_words(d->raw, d->raw_len, d->raw_words, MT_TITLE_MAX_WORDS);
}

/* Cuts from the declared titles the text of an <h1> that is the site's
 * logo (logo_heading) when one of them says it on one side of a
 * separator: the logo's words are the site's name, however many
 * ("Headline - Section - Site in Town" under a logo "Section - Site in
 * Town"). */
static void strip_banner_names(mt_meta_ctx *c, titles *t)
{
    char buf[TITLE_CAP];
    size_t asked = 0;
    for (size_t i = 0; i < c->page.nheadings && asked < BANNER_H1S; i++) {
        const mt_node *h = c->page.headings[i];
        if (h->tag != MT_TAG_H1)
            continue;
        asked++;
        /* a cheap question first: most <h1>s are no logo */
        if (!logo_heading(c, h))
            continue;
        size_t hn = heading_text(h, buf, sizeof buf);
        for (size_t k = 0; k < t->n; k++) {
            declared *d = &t->d[k];
            size_t gap, at = end_part(buf, hn, d->raw, d->raw_len, &gap);
            if (at == SIZE_MAX)
                continue;
            keep_other_side(c, d, at ? 0 : hn + gap, d->raw_len - hn - gap);
        }
    }
}

/* Whether a byte may be part of a word: an ASCII letter or digit, or a
 * byte of a character beyond ASCII. */
static int word_byte(unsigned char b)
{
    return b >= 0x80 || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9');
}

/* How many runs of word bytes s[0..n) has ("Going...Going...Gone!": 3):
 * its words, counted without hashing them. */
static size_t word_runs(const char *s, size_t n)
{
    size_t runs = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++)
        runs += word_byte(u[i]) && (i == 0 || !word_byte(u[i - 1]));
    return runs;
}

/* How many headings of each kind (<h1> and <h2>; <h3> to <h6>) after
 * an <h1> are read for a post's title under a blog's name. */
#define LATER_HEADINGS 4

/* Whether one of the first LATER_HEADINGS of `list` after `h1` says the
 * words want[0..nw) whole. */
static int later_heading_says(const mt_node *const *list, size_t count, const mt_node *h1,
                              const uint32_t *want, size_t nw)
{
    uint32_t got[MT_TITLE_MAX_WORDS];
    char buf[TITLE_CAP];
    size_t read = 0;
    for (size_t i = 0; i < count && read < LATER_HEADINGS; i++) {
        if (list[i]->index <= h1->index)
            continue;
        read++;
        size_t len = heading_text(list[i], buf, sizeof buf);
        size_t ng = mt_meta_words(buf, len, got, MT_TITLE_MAX_WORDS);
        if (mt_title_similarity_words(got, ng, want, nw) >= WHOLE_MATCH)
            return 1;
    }
    return 0;
}

/* Whether a heading soon after `h1` says text[0..n) whole: a post's
 * title follows the blog's name closely. */
static int said_by_later_heading(const mt_meta_ctx *c, const mt_node *h1, const char *text,
                                 size_t n)
{
    uint32_t want[MT_TITLE_MAX_WORDS];
    size_t nw = mt_meta_words(text, n, want, MT_TITLE_MAX_WORDS);
    return nw && (later_heading_says(c->page.headings, c->page.nheadings, h1, want, nw) ||
                  later_heading_says(c->page.minor, c->page.nminor, h1, want, nw));
}

/* Whether a declared title opens with the <h1>'s text (`at` 0) and a
 * colon after it ("Blog Name: Micromorts"): a name that introduces what
 * follows, as a blog's does its posts, where a headline is seldom set
 * before its site's name with a colon. Such a post's title may be as
 * short as the name, or shorter. */
static int name_then_colon(const declared *d, size_t at, size_t h1_len, size_t gap)
{
    return at == 0 && memchr(d->raw + h1_len, ':', gap) != NULL;
}

/* Leaves out the declared titles that say name[0..n) alone, once
 * another was found to say it beside a post's title: a blog's name
 * declared as the page's title too (a DC.title, a script's), which the
 * <h1> would match still. */
static void drop_name_alone(titles *t, const char *name, size_t n)
{
    bool drop[MAX_DECLARED];
    for (size_t i = 0; i < t->n; i++)
        drop[i] = t->d[i].raw_len == n && memcmp(t->d[i].raw, name, n) == 0;
    drop_marked(t, drop);
}

/* Cuts from the declared titles the text of the best heading, an <h1>,
 * when one of them says it on one side of a separator and a later heading
 * says the other side whole, in more words: the <h1> is a blog's name
 * over a post's title in an <h3> ("Blog Name: Post title"), a logo that
 * does not link home. Returns whether it cut any (the headings are then
 * matched again). Asked only of the best heading, whose text is read
 * already: most pages' <h1> is their headline, and most titles that say
 * it on one side name the site on the other, in fewer words. */
static int strip_name_over_headline(mt_meta_ctx *c, titles *t, const heading_pick *best)
{
    int cut = 0;
    size_t h1_runs = SIZE_MAX;      /* counted at the first side found */
    for (size_t k = 0; k < t->n; k++) {
        declared *d = &t->d[k];
        size_t gap, at = end_part(best->text, best->len, d->raw, d->raw_len, &gap);
        if (at == SIZE_MAX)
            continue;
        size_t from = at ? 0 : best->len + gap, n = d->raw_len - best->len - gap;
        /* a post's title says more than a blog's name; a site's name in
         * a lower heading says less than the headline, and the common
         * "Headline | Site" is let go on that count, before any word is
         * hashed */
        if (h1_runs == SIZE_MAX)
            h1_runs = word_runs(best->text, best->len);
        if ((word_runs(d->raw + from, n) > h1_runs || name_then_colon(d, at, best->len, gap)) &&
            said_by_later_heading(c, best->node, d->raw + from, n)) {
            keep_other_side(c, d, from, n);
            cut = 1;
        }
    }
    if (cut)
        drop_name_alone(t, best->text, best->len);
    return cut;
}

/* The text of a heading after its first child, when that child is an
 * inline element set apart from the rest ("<h1><em>Topic </em>Headline
 * </h1>"): a kicker with no class to say so. 0 when there is no such
 * child or nothing after it. */
static size_t text_after_lead(const mt_node *h, char *buf, size_t cap)
{
    const mt_node *lead = first_shown_child(h);
    if (!lead || lead->type != MT_NODE_ELEMENT || !mt_meta_is_inline(lead) ||
        lead->tag == MT_TAG_A || !lead->next)
        return 0;
    size_t w = 0;
    int i = 0;
    for (const mt_node *n = lead->next; n && i < 32 && w + 2 < cap; n = n->next, i++) {
        if (n->type == MT_NODE_TEXT) {
            int full;
            w = mt_meta_append_text(buf, w, cap - 1, n->data, n->data_len, &full);
            if (full)
                break;
        } else if (n->type == MT_NODE_ELEMENT && !mt_meta_hidden(n)) {
            if (!mt_meta_is_inline(n))
                buf[w++] = ' ';
            w += mt_meta_node_text(n, buf + w, cap - w, 64, 0);
        }
    }
    w = mt_meta_collapse(buf, w);
    buf[w] = '\0';
    return w;
}

/* How many ancestors of a heading are asked whether they hide it. */
#define HIDING_ANCESTORS 8

/* Whether a heading is hidden, by itself or by a near ancestor: a page
 * may keep its section's name ("News") in a hidden <h1> for screen
 * readers, above the visible headline. */
static int hidden_heading(const mt_meta_ctx *c, const mt_node *h)
{
    int up = 0;
    for (const mt_node *a = h; a && a->type == MT_NODE_ELEMENT && up < HIDING_ANCESTORS;
         a = a->parent, up++)
        if (mt_meta_hidden_on(&c->page, a))
            return 1;
    return 0;
}

/* Headings a reader may take for the page's title: not in comments, of a
 * sensible length. (Being in "boilerplate" is no reason against one that
 * matches a declared title: class names like "right-sidebar" often mark
 * the layout box the whole article sits in.) */
static int usable_heading(const mt_meta_ctx *c, const mt_node *h, size_t len)
{
    unsigned f = mt_meta_flags(&c->page, h);
    return len >= 2 && len <= 400 && !(f & (MT_IN_COMMENTS | MT_IN_HEAD));
}

/* Whether an <h2> that does not say a declared title whole names a part
 * of the page: a word, or two in boilerplate. */
static int section_h2(const mt_meta_ctx *c, const mt_node *h, const char *buf, size_t len)
{
    size_t n = words_in(buf, len);
    return n < 2 || (n < 3 && (mt_meta_flags(&c->page, h) & MT_IN_BOILER));
}

/* How well a heading matches the declared titles with the short line
 * before its <br> put back, which heading_text took for a kicker
 * (buf[0..*len) has the text without it, matching `match`): a page that
 * declares its title with that line ("Classical Military Strategy and
 * Ballistic Missile Defense" over "Classical Military Strategy<br>and
 * Ballistic Missile Defense") shows that the line is the title's first
 * words, broken for the layout. Then buf gets the whole text. */
static double keep_line_declared(const titles *t, const mt_node *h, char *buf, size_t *len,
                                 double match)
{
    char whole[TITLE_CAP];
    size_t br_at;
    int dated = 1;
    size_t n = mt_meta_collapse(whole, heading_parts(title_part(h), whole, sizeof whole, &br_at,
                                                     &dated));
    whole[n] = '\0';
    if (n <= *len)
        return match;
    double m = match_declared(t, whole, n);
    if (m < WHOLE_MATCH || m <= match)
        return match;
    memcpy(buf, whole, n + 1);
    *len = n;
    return m;
}

/* What an <h1> and a heading in the article add to their match. */
#define H1_BONUS 0.02
#define ARTICLE_BONUS 0.01

/* The heading matching the declared titles best; hidden ones are not
 * matched (a page's only <h1>, hidden for screen readers, may still be
 * its title when nothing is declared: lone_h1). */
static void best_heading(mt_meta_ctx *c, const titles *t, heading_pick *best)
{
    best->node = NULL;
    best->score = 0.0;
    char buf[TITLE_CAP];
    /* a match scores at most 1 (mt_title_similarity_words), plus both
     * bonuses below: a heading that scores that much cannot be beaten */
    const double top = 1.0 + (H1_BONUS + ARTICLE_BONUS);
    for (size_t i = 0; i < c->page.nheadings && best->score < top; i++) {
        const mt_node *h = c->page.headings[i];
        /* what the heading adds to its match; one that would not beat the
         * best so far with a whole match is not read */
        double h1 = h->tag == MT_TAG_H1 ? H1_BONUS : 0.0;
        double in_article = (mt_meta_flags(&c->page, h) & MT_IN_ARTICLE) ? ARTICLE_BONUS : 0.0;
        if (1.0 + h1 + in_article <= best->score)
            continue;
        int cut;
        size_t len = heading_text_cut(h, buf, sizeof buf, &cut);
        if (!usable_heading(c, h, len))
            continue;
        double match = match_declared(t, buf, len);
        if (cut && match < 1.0)
            match = keep_line_declared(t, h, buf, &len, match);
        if (h->tag == MT_TAG_H1)
            match = match_h1(t, buf, len, match);
        /* a heading whose first inline part is set apart from the rest
         * may say a declared title in the rest: that part is a kicker */
        char rest[TITLE_CAP];
        size_t rn = match < 1.0 ? text_after_lead(h, rest, sizeof rest) : 0;
        if (rn && match_declared(t, rest, rn) >= 1.0) {
            memcpy(buf, rest, rn + 1);
            len = rn;
            match = 1.0;
        }
        /* an <h1> and a heading in the article win a tie */
        /* an <h2> of one word ("Overview") that is part of a longer
         * declared title names a section of the page (an <h1> of one
         * word is the page's title often enough, with a <title> that
         * adds the site's name in a way not stripped), and one of two
         * in boilerplate a sidebar's box ("Posts Roundup") */
        if (match < 1.0 && h->tag == MT_TAG_H2 && section_h2(c, h, buf, len))
            continue;
        double s = match + h1 + in_article;
        /* whether it is hidden or the site's banner is asked last, of a
         * heading that would be the best so far: its ancestors' attributes
         * are the dearest reading here, and a skipped heading changes
         * nothing. A banner heading that says a declared title whole is
         * the title still: the page is the site's home page. */
        if (s > best->score && !hidden_heading(c, h) && (match >= 1.0 || !banner_heading(c, h))) {
            best->node = h;
            best->score = s;
            memcpy(best->text, buf, len + 1);
            best->len = len;
        }
    }
}

/* How well a heading below <h2> must match a declared title to be the
 * headline: nearly word for word. */
#define MINOR_MATCH WHOLE_MATCH

/* The headline among the headings below <h2> (<h3> to <h6>), for a page
 * whose <h1>s and <h2>s say no declared title: old templates and blog
 * themes set the post's title in an <h3>. Such headings are mostly the
 * titles of teasers and of a sidebar's boxes, so only one that says a
 * declared title nearly whole counts (a teaser says another page's), and
 * none in boilerplate outside the article (a list of the most read may
 * hold the page's own title). The first of the best. NULL for none. */
static const mt_node *minor_headline(const mt_meta_ctx *c, const titles *t)
{
    const mt_node *found = NULL;
    double best = MINOR_MATCH - 1e-9;
    char buf[TITLE_CAP];
    for (size_t i = 0; i < c->page.nminor; i++) {
        const mt_node *h = c->page.minor[i];
        unsigned f = mt_meta_flags(&c->page, h);
        if ((f & MT_IN_BOILER) && !(f & MT_IN_ARTICLE))
            continue;
        size_t len = heading_text(h, buf, sizeof buf);
        if (!usable_heading(c, h, len))
            continue;
        double match = match_declared(t, buf, len);
        if (match > best && !hidden_heading(c, h) && !banner_heading(c, h)) {
            found = h;
            best = match;
        }
    }
    return found;
}

/* The only <h1> in the article outside its boilerplate boxes, or with
 * `boxed` the only one outside boilerplate or in the article; NULL when
 * there is none, and *several gets whether there were more than one. */
static const mt_node *only_h1(const mt_meta_ctx *c, int boxed, int *several)
{
    const mt_node *found = NULL;
    *several = 0;
    for (size_t i = 0; i < c->page.nheadings; i++) {
        const mt_node *h = c->page.headings[i];
        unsigned f = mt_meta_flags(&c->page, h) & (MT_IN_BOILER | MT_IN_ARTICLE);
        if (h->tag != MT_TAG_H1 || (boxed ? f == MT_IN_BOILER : f != MT_IN_ARTICLE))
            continue;
        if (found) {
            *several = 1;
            return NULL;
        }
        found = h;
    }
    return found;
}

/* The only <h1> of the article (or of the page), for pages that declare
 * no title. One in boilerplate counts when it is in the article too: a
 * wrapper of the content and the sidebar ("content-sidebar-wrap") reads
 * as a sidebar, and the article inside it is the page's. But such a one
 * does not stand beside the only <h1> of the article outside its boxes:
 * that one is the article's, and one in a box of it is the box's (a
 * newsletter sign-up's "Love in your inbox: our newsletter!"). */
static const mt_node *lone_h1(const mt_meta_ctx *c)
{
    int several;
    const mt_node *plain = only_h1(c, 0, &several);
    return plain || several ? plain : only_h1(c, 1, &several);
}

/* How well the only <h1> must match a declared title to be the headline
 * in other words, and how many words it has at least. */
#define REWORDED_MATCH 0.45
#define REWORDED_WORDS 3

/* Whether a heading is the site's, not the page's: in the page's <header>
 * (not an article's), in the site's banner (banner_heading), or mostly the
 * words of the site's name ("Eastbrook Harbour news"). A site is often
 * named for the place its pages are about, so its logo ("Eastbrook Harbour
 * Gazette") may match a title in other words. */
static int site_heading(const mt_meta_ctx *c, const heading_pick *h)
{
    unsigned f = mt_meta_flags(&c->page, h->node);
    if ((f & MT_IN_HEADER) && !(f & MT_IN_ARTICLE))
        return 1;
    if (banner_heading(c, h->node))
        return 1;
    const char *site = c->out->sitename;
    if (!site)
        return 0;
    uint32_t sw[MT_TITLE_MAX_WORDS], hw[MT_TITLE_MAX_WORDS];
    size_t sn = mt_meta_words(site, strlen(site), sw, MT_TITLE_MAX_WORDS);
    size_t hn = mt_meta_words(h->text, h->len, hw, MT_TITLE_MAX_WORDS);
    return mostly_site_words(hw, hn, sw, sn);
}

/* Whether the best heading is the page's only <h1> and says the declared
 * title in other words: a page words its <title> for search engines
 * ("Frequently asked questions about the library card") and its <h1> for
 * readers ("Library card FAQ"). A heading of a word or two ("Maps") may be
 * a section's name; a heading that shares too few words is another
 * thing, and so is the site's own heading. */
static int reworded_lone_h1(const mt_meta_ctx *c, const heading_pick *h)
{
    return h->score >= REWORDED_MATCH && h->node->tag == MT_TAG_H1 &&
           words_in(h->text, h->len) >= REWORDED_WORDS && h->node == lone_h1(c) &&
           !site_heading(c, h);
}

/* How well the only <h1> of the article must match a declared title to
 * stand above an <h2> below it that matches better but not whole. */
#define H1_OVER_SECTION_MATCH 0.3

/* The place of heading h in the page's list of headings; nheadings when
 * it is not there. */
static size_t heading_index(const mt_meta_ctx *c, const mt_node *h)
{
    size_t i = 0;
    while (i < c->page.nheadings && c->page.headings[i] != h)
        i++;
    return i;
}

/* How many headings stand between heading a and a later heading b; -1
 * when b does not come after a. */
static long headings_between(const mt_meta_ctx *c, const mt_node *a, const mt_node *b)
{
    size_t ia = heading_index(c, a), ib = heading_index(c, b);
    return ia < ib && ib < c->page.nheadings ? (long)(ib - ia) - 1 : -1;
}

/* Puts the only <h1> of the article in the best heading's place (keeping
 * its score) when the best is an <h2> below it, after other headings,
 * that says a declared title in part only, and the <h1> says it in part
 * too: the <h2> heads a late section of the article that says the title
 * again ("Conclusion - Title in other words"), the <h1> above the
 * sections is the headline, worded for readers. (A blog's name in an
 * <h1> right above the post's <h2> is no such headline.) */
static void h1_over_section(const mt_meta_ctx *c, const titles *t, heading_pick *best)
{
    if (!best->node || best->node->tag != MT_TAG_H2 || best->score >= WHOLE_MATCH)
        return;
    const mt_node *lone = lone_h1(c);
    if (!lone || headings_between(c, lone, best->node) < 1 || hidden_heading(c, lone))
        return;
    heading_pick h1 = { .node = lone };
    h1.len = heading_text(lone, h1.text, sizeof h1.text);
    if (!usable_heading(c, lone, h1.len) || site_heading(c, &h1) ||
        match_declared(t, h1.text, h1.len) < H1_OVER_SECTION_MATCH)
        return;
    h1.score = best->score;
    *best = h1;
}

/* Whether a heading stands in boilerplate outside the article: a
 * breadcrumb's last item, which names the page for the site's navigation. */
static int boxed_heading(const mt_meta_ctx *c, const mt_node *h)
{
    return (mt_meta_flags(&c->page, h) & (MT_IN_BOILER | MT_IN_ARTICLE)) == MT_IN_BOILER;
}

/* Puts the first heading after the best one outside boilerplate in the
 * best one's place (keeping its score) when the best stands in
 * boilerplate outside the article (a breadcrumb's <h1> that says the
 * <title>) and that heading has a part whose class says headline after
 * a kicker ("<h2><span class=subline>Topic</span><span class=headline>
 * Headline</span></h2>"): the page marks that heading as its headline.
 * (A marked first part may be the kicker itself: "<span class=
 * headline-emphasis>Topic</span>: Headline".) */
static void marked_over_boxed(const mt_meta_ctx *c, heading_pick *best)
{
    if (!boxed_heading(c, best->node))
        return;
    for (size_t i = heading_index(c, best->node) + 1; i < c->page.nheadings; i++) {
        const mt_node *h = c->page.headings[i];
        if (boxed_heading(c, h))
            continue;
        const mt_node *part = title_part(h);
        if (part == h || part == first_shown_child(h) || hidden_heading(c, h))
            return;
        heading_pick marked = { .node = h, .score = best->score };
        marked.len = heading_text(h, marked.text, sizeof marked.text);
        if (usable_heading(c, h, marked.len))
            *best = marked;
        return;
    }
}

/* The element the article's microdata marks as its headline
 * (itemprop="headline"), when it shows in the article outside its
 * boilerplate boxes; NULL for none. */
static const mt_node *article_headline_prop(const mt_meta_ctx *c)
{
    for (size_t i = 0; i < c->page.nprops; i++) {
        if (c->page.props[i].kind != MT_PROP_HEADLINE)
            continue;
        const mt_node *n = c->page.props[i].node;
        unsigned f = mt_meta_flags(&c->page, n) & (MT_IN_BOILER | MT_IN_ARTICLE);
        return f == MT_IN_ARTICLE && n->tag != MT_TAG_META ? n : NULL;
    }
    return NULL;
}

/* The text of a headline element after its first inline part when a
 * declared title says that part and then a colon ("<span>Topic</span>
 * Headline" beside a <title> "Topic: Headline in short"): the part is a
 * kicker, set apart by a colon where the page is named. 0 when it is not. */
static size_t kicker_said_apart(const titles *t, const mt_node *el, char *buf, size_t cap)
{
    size_t rn = text_after_lead(el, buf, cap);
    if (!rn)
        return 0;
    char lead[TITLE_CAP];
    size_t ln = mt_meta_node_text(first_shown_child(el), lead, sizeof lead, 16, 0);
    for (size_t i = 0; ln && i < t->n; i++) {
        const declared *d = &t->d[i];
        if (d->raw_len > ln + 1 && memcmp(d->raw, lead, ln) == 0 && d->raw[ln] == ':')
            return rn;
    }
    return 0;
}

/* The microdata headline to take over the best heading when that heading
 * stands in boilerplate outside the article (a breadcrumb's last item,
 * which says the <title>) and the article marks its own headline in a
 * shown element: the article's words are the headline's. NULL when the
 * best heading stays. */
static const declared *item_over_boxed_heading(const mt_meta_ctx *c, const titles *t,
                                              const heading_pick *best, const mt_node **node)
{
    if (!boxed_heading(c, best->node))
        return NULL;
    *node = article_headline_prop(c);
    if (!*node)
        return NULL;
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->d[i].source, "microdata") == 0 && t->d[i].len)
            return &t->d[i];
    return NULL;
}

/* ================================================================ choosing */

/* Keeps a title without a separator's mark left at either end ("About
 * Example |", "Headline :" of a heading whose last part was hidden):
 * a mark alone, set apart by a space, at most once an end. */
static const char *keep_title(mt_meta_ctx *c, const char *s, size_t n, int *oom)
{
    for (size_t k = 1; k <= 4 && k + 1 < n; k++) {
        if (s[n - k - 1] == ' ' && split_mark(s + n - k, k)) {
            n -= k + 1;
            break;
        }
    }
    for (size_t k = 1; k <= 4 && k + 1 < n; k++) {
        if (s[k] == ' ' && split_mark(s, k)) {
            s += k + 1;
            n -= k + 1;
            break;
        }
    }
    return mt_meta_keep(c, s, n, oom);
}

/* Titles a page's template gives every page it has not named: a page's
 * word ("Home", "About us"), or an editor's default. The page's <h1> says
 * what the page is ("The strategic think tank", "Welcome!"). */
static int placeholder_title(const char *s, size_t n)
{
    static const char *const words[] = { "about", "about us", "accueil", "contact", "contact us",
                                         "home", "homepage", "impressum", "index", "inicio",
                                         "kontakt", "start", "startseite", "untitled",
                                         "untitled document", "\303\274ber uns" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (mt_meta_eq_ci(s, n, words[i]))
            return 1;
    return 0;
}

/* Where in the first declared title the part after its last ": " begins
 * when another declared title says that part after a colon too, with
 * other words before it (og:title "Teaser words?: Game Beta", <title>
 * "Previews: Game Beta"): what the titles share is the title, what they
 * do not a kicker or a section. 0 when there is no such part. */
static size_t shared_tail(const titles *t)
{
    const declared *d = &t->d[0];
    size_t at = d->len;
    while (at > 1 && !(d->text[at - 2] == ':' && d->text[at - 1] == ' '))
        at--;
    if (at <= 1 || words_in(d->text + at, d->len - at) < 2)
        return 0;
    size_t tn = d->len - at;
    for (size_t i = 1; i < t->n; i++) {
        const declared *o = &t->d[i];
        if (o->len > tn + 2 && memcmp(o->text + o->len - tn, d->text + at, tn) == 0 &&
            o->text[o->len - tn - 2] == ':' && o->text[o->len - tn - 1] == ' ' &&
            (o->len != d->len || memcmp(o->text, d->text, at) != 0))
            return at;
    }
    return 0;
}

/* A declared title of no more words than this that is a label of the host
 * ("Anwalt Example" on anwaltexample.de) is the site's name. */
#define HOST_NAME_WORDS 3

/* Whether the page's declared titles all say nothing of the page: each is
 * a placeholder ("Home"), the site's name as the page declares it
 * (og:site_name, JSON-LD), or the site's name as its host says it, so the
 * page's own <h1> ("Welcome!", a post's title) is its title. */
static int says_nothing(const mt_meta_ctx *c, const titles *t)
{
    uint32_t sw[MT_TITLE_MAX_WORDS];
    const char *site = c->out->sitename;
    size_t sn = site ? mt_meta_words(site, strlen(site), sw, MT_TITLE_MAX_WORDS) : 0;
    for (size_t i = 0; i < t->n; i++) {
        const declared *d = &t->d[i];
        if (placeholder_title(d->text, d->len) || is_site_name(d, sw, sn))
            continue;
        if (d->nwords > HOST_NAME_WORDS ||
            !mt_title_names_site(d->text, d->len, NULL, 0, c->host, c->host_len))
            return 0;
    }
    return 1;
}

/* How many letters a one-word declared title has at least to be looked
 * for inside the words of the page's <h1>. */
#define LABEL_LETTERS 4

/* Whether the title that would be used is one word (once the site's name
 * is stripped: "Geschichte | Example Choir") that the only <h1> of the
 * article says inside a word of its own ("Chorgeschichte", "Our yoghurts"
 * on "Yoghurt"): the declared word is the label of the page's section,
 * the <h1> the same thing said for a reader. Word by word the two share
 * nothing, so the headings matched none. */
static int label_of_lone_h1(const mt_meta_ctx *c, const titles *t)
{
    const declared *d = &t->d[0];
    if (d->nwords != 1 || mt_meta_char_count(d->text, d->len) < LABEL_LETTERS)
        return 0;
    const mt_node *lone = lone_h1(c);
    if (!lone)
        return 0;
    char h[TITLE_CAP], fh[TITLE_CAP * 2], fd[TITLE_CAP * 2];
    size_t hn = heading_text(lone, h, sizeof h);
    size_t nh = mt_meta_fold(h, hn, fh, sizeof fh);
    size_t nd = mt_meta_fold(d->text, d->len, fd, sizeof fd);
    /* the same word alone is what matched already, or failed to */
    return nd && nh > nd && mt_meta_find_ci(fh, nh, fd) != NULL;
}

static void collect_declared(mt_meta_ctx *c, titles *t)
{
    if (c->main) {
        const char *h = c->main->headline ? c->main->headline : c->main->name;
        if (h)
            add_declared(c, t, h, strlen(h), "json-ld");
    }
    /* the main item may be a video or a product the page shows, and the
     * page's own WebPage item names the page */
    const mt_ld_item *page = mt_ld_first_of(c->ld, MT_LD_WEBPAGE);
    if (page && page != c->main && page->name)
        add_declared(c, t, page->name, strlen(page->name), "json-ld");
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_TITLE];
    for (size_t i = 0; i < s->n && i < 2; i++)
        add_declared(c, t, s->v[i].s, s->v[i].len, s->v[i].source);
    if (c->page.title_el) {
        char buf[TITLE_CAP];
        size_t n = mt_meta_node_text(c->page.title_el, buf, sizeof buf, 16, 0);
        add_declared(c, t, buf, n, "title");
    }
    for (size_t i = 0; i < c->page.nprops; i++) {
        if (c->page.props[i].kind != MT_PROP_HEADLINE)
            continue;
        char buf[TITLE_CAP];
        size_t n = mt_meta_node_text(c->page.props[i].node, buf, sizeof buf, 64, MT_HINT_KICKER);
        add_declared(c, t, buf, n, "microdata");
        break;
    }
}

mt_status mt_meta_choose_title(mt_meta_ctx *c)
{
    titles *t = mt_arena_alloc(c->scratch, sizeof *t);
    heading_pick *h = mt_arena_alloc(c->scratch, sizeof *h);
    if (!t || !h)
        return MT_ERR_NOMEM;
    t->n = 0;
    collect_declared(c, t);
    drop_site_names(c, t);
    strip_banner_names(c, t);
    best_heading(c, t, h);
    const mt_node *name = NULL;     /* an <h1> found to be a blog's name */
    if (h->node && h->node->tag == MT_TAG_H1 && strip_name_over_headline(c, t, h)) {
        name = h->node;
        best_heading(c, t, h);
        /* the blog's name may share words with the post's title ("Inside
         * Google Desktop: Google Desktop Update") and match it in part:
         * it was found to be the name, and is no headline */
        if (h->node == name)
            h->node = NULL;
    }
    int oom = 0;
    const char *title = NULL, *source = NULL;
    if (h->node && h->score >= 0.6) {
        h1_over_section(c, t, h);
        marked_over_boxed(c, h);
    }
    if (h->node && h->score >= 0.3)
        c->near_title = h->node;
    if (h->node && (h->score >= 0.6 || reworded_lone_h1(c, h))) {
        const mt_node *item = NULL;
        const declared *d = item_over_boxed_heading(c, t, h, &item);
        if (d) {
            char rest[TITLE_CAP];
            size_t rn = kicker_said_apart(t, item, rest, sizeof rest);
            title = rn ? keep_title(c, rest, rn, &oom) : keep_title(c, d->text, d->len, &oom);
            source = d->source;
            c->headline = item;
        } else {
            title = keep_title(c, h->text, h->len, &oom);
            source = h->node->tag == MT_TAG_H1 ? "h1" : "h2";
            c->headline = h->node;
        }
    } else if (t->n && !says_nothing(c, t) && !label_of_lone_h1(c, t)) {
        size_t from = shared_tail(t);
        title = keep_title(c, t->d[0].text + from, t->d[0].len - from, &oom);
        source = t->d[0].source;
        /* the title stays the declared one; a lower heading that says it
         * is where the byline and the dateline are looked for */
        c->headline = minor_headline(c, t);
    } else {
        const mt_node *lone = lone_h1(c);
        if (lone && lone != name) {
            heading_pick *l = h;    /* the best heading is asked no more */
            l->node = lone;
            l->len = heading_text(lone, l->text, sizeof l->text);
            if (usable_heading(c, lone, l->len) && (!t->n || !site_heading(c, l))) {
                title = keep_title(c, l->text, l->len, &oom);
                source = "h1";
                c->headline = lone;
            }
        }
        if (!title && t->n) {
            title = keep_title(c, t->d[0].text, t->d[0].len, &oom);
            source = t->d[0].source;
        }
    }
    if (oom)
        return MT_ERR_NOMEM;
    if (c->headline)
        mt_meta_unboiler(&c->page, c->headline);
    if (title) {
        c->out->title = title;
        c->out->source[MT_META_TITLE] = source;
    }
    return MT_OK;
}
