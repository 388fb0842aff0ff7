/* date_search.c -- finding when the page was published and last modified.
 *
 * Every place a date can come from gives candidates with a weight: JSON-LD
 * and article:published_time are the page's own word; microdata and <time>
 * elements next; then the URL, elements whose class names a date, and the
 * dateline near the headline. Dates in comments, related-article teasers,
 * sidebars and footers (copyright lines; not the footer right under the
 * headline, its item's date line) are never candidates, and <time>
 * elements far from the headline count little: on index pages and under
 * articles they date other articles. A date labelled "updated" or
 * "aktualisiert" is a modification. */
#include <string.h>
#include "metadata/meta_internal.h"
#if defined(__SSE2__) && !defined(MT_DATES_NO_SIMD)
#include <emmintrin.h>
#define DATE_SEARCH_SIMD 1
#endif

#define MAX_DATES 48
#define TEXT_CAP 256
#define BEFORE_CAP 600
/* How much of the text after the headline the dateline is looked for in */
#define DATELINE_CAP 1500
/* The weight of the dateline after the headline, a date alone on its line */
#define DATELINE_SCORE 212

typedef struct dcand {
    mt_date d;
    const char *source;
    int score;
    int modified;
    int machine;        /* read from an attribute or a JSON value, not from text */
    int dateline;       /* a date standing (nearly) alone on its line under the headline */
} dcand;

typedef struct dates {
    dcand c[MAX_DATES];
    size_t n;
    /* Numeric dates are read in the order of the page's language
     * (c->order); how the page itself writes them is asked at the first
     * date that order decided (03/04/2016), and most pages have none. */
    int order_settled;
    mt_date_order page_order;
    /* the footer of the headline's item (headline_footer), or NULL */
    const mt_node *item_footer;
} dates;

static void settle_order(mt_meta_ctx *c, dates *l);

/* A date read in the language's order as the page's own order reads it:
 * the day and the month of an ambiguous one trade places when the two
 * differ (match_dmy_numeric took the day first but for MT_DATE_ORDER_MDY). */
static mt_date in_page_order(mt_meta_ctx *c, dates *l, const mt_date *d)
{
    mt_date r = *d;
    if (!r.ambiguous)
        return r;
    if (!l->order_settled)
        settle_order(c, l);
    if ((c->order == MT_DATE_ORDER_MDY) != (l->page_order == MT_DATE_ORDER_MDY)) {
        uint8_t day = r.day;
        r.day = r.month;
        r.month = day;
    }
    return r;
}

/* Adds a candidate read from text; returns it, NULL when it is not taken. */
static dcand *add(mt_meta_ctx *c, dates *l, const mt_date *found, const char *source,
                  int score, int modified)
{
    if (l->n >= MAX_DATES)
        return NULL;
    mt_date d = in_page_order(c, l, found);
    if (!mt_date_plausible(&d, c->now))
        return NULL;
    dcand *k = &l->c[l->n++];
    k->d = d;
    k->source = source;
    k->score = score;
    k->modified = modified;
    k->machine = 0;
    k->dateline = 0;
    return k;
}

/* Adds a candidate read from a value written for machines. */
static void add_machine(mt_meta_ctx *c, dates *l, const mt_date *found, const char *source,
                        int score, int modified)
{
    dcand *k = add(c, l, found, source, score, modified);
    if (k)
        k->machine = 1;
}

/* A value that should be a date (attribute, JSON string). */
static void add_value(mt_meta_ctx *c, dates *l, const char *s, size_t len, const char *source,
                      int score, int modified)
{
    mt_date d;
    if (s && len && mt_date_parse(s, len, c->order, MT_DATE_COMPACT, &d))
        add_machine(c, l, &d, source, score, modified);
}

/* ================================================================ labels */

/* Words before a date that make it a modification date. */
static const char *const modified_words[] = {
    "updated", "update", "modified", "last changed", "aktualisiert", "aktualisierung",
    "geändert", "mis à jour", "modifié", "actualizado", "actualización",
    "aggiornato", "atualizado", "bijgewerkt", "gewijzigd", "zaktualizowano",
    "обновлено", "edited",
};

/* Words before a date that make it the publication date. */
static const char *const published_words[] = {
    "published", "posted", "veröffentlicht", "erschienen", "publié", "publicado",
    "pubblicato", "gepubliceerd", "opublikowano", "опубликовано", "erstellt",
};

/* Words before a date that make it a member's, on a forum post's user
 * panel ("Joined: Sat Jan 13, 2024"): when the poster signed up, not when
 * the page was written. */
static const char *const member_words[] = {
    "joined", "registered", "member since", "mitglied seit", "registriert", "dabei seit",
    "inscrit", "inscription", "registrado", "iscritto", "lid sinds",
};

/* Whether s[0..len) holds one of the words, in any case. */
#define LABELLED(s, len, words) \
    mt_meta_find_any_ci((s), (len), (words), sizeof(words) / sizeof((words)[0]))

/* 1 when the date at s[ds..de) is a modification by the words before it. */
static int labelled_modified(const char *s, size_t ds, int modified)
{
    size_t from = ds > 40 ? ds - 40 : 0, n = ds - from;
    if (LABELLED(s + from, n, published_words))
        return 0;
    return LABELLED(s + from, n, modified_words) || modified;
}

/* Whether the date at s[ds..de) has a year of two digits ("30.10.23"): it
 * is one only without MT_DATE_SHORT_YEAR's help. */
static int short_year_date(const mt_meta_ctx *c, const char *s, size_t ds, size_t de)
{
    mt_date d;
    return !mt_date_find(s + ds, de - ds, c->order, c->date_flags, &d, NULL, NULL);
}

/* Whether the date d at s[ds..de) has a year of two digits and a day and
 * month that could trade places, on a page that declares no language:
 * "11.05.12" is the 5th of November on an American page and the 11th of
 * May on a German one. */
static int short_year_doubtful(const mt_meta_ctx *c, const mt_date *d, const char *s, size_t ds,
                               size_t de)
{
    return d->ambiguous && c->order == MT_DATE_ORDER_UNKNOWN && short_year_date(c, s, ds, de);
}

/* The first date in a piece of visible text, labelled by the words just
 * before it; `flags` are mt_date_find's beyond the page's own. */
static void add_text_date(mt_meta_ctx *c, dates *l, const char *s, size_t len,
                          const char *source, int score, int modified, unsigned flags)
{
    mt_date d;
    size_t ds, de;
    if (mt_date_find(s, len, c->order, c->date_flags | flags, &d, &ds, &de) &&
        !short_year_doubtful(c, &d, s, ds, de))
        add(c, l, &d, source, score, labelled_modified(s, ds, modified));
}

/* Whether the date that begins at s[ds] ends a range of days ("9-23 Feb
 * 2017", "14. - 20. Januar 2022"): a day of one or two digits, perhaps
 * with its dot, and a dash before it. A period is an exhibition's or a
 * report's week, not the moment the page was published. A time before the
 * dash ("10:59 - 9th, Jan 2008") makes none. */
static int ends_day_range(const char *s, size_t ds)
{
    size_t i = ds;
    while (i > 0 && mt_ascii_is_space((unsigned char)s[i - 1]))
        i--;
    if (i >= 1 && s[i - 1] == '-')
        i--;
    else if (i >= 3 && memcmp(s + i - 3, "\xe2\x80", 2) == 0 &&
             ((unsigned char)s[i - 1] == 0x93 || (unsigned char)s[i - 1] == 0x94))
        i -= 3;     /* an en or em dash */
    else
        return 0;
    while (i > 0 && mt_ascii_is_space((unsigned char)s[i - 1]))
        i--;
    if (i > 0 && s[i - 1] == '.')
        i--;
    size_t e = i;
    while (i > 0 && e - i < 3 && mt_ascii_is_digit((unsigned char)s[i - 1]))
        i--;
    if (e == i || e - i > 2)
        return 0;
    return i == 0 || !(mt_ascii_is_digit((unsigned char)s[i - 1]) || s[i - 1] == ':' ||
                       s[i - 1] == '.' || s[i - 1] == '/' || s[i - 1] == '-');
}

/* The length of a range's dash at s[i] ("-", an en or an em dash), or 0. */
static size_t range_dash_at(const char *s, size_t len, size_t i)
{
    if (i < len && s[i] == '-')
        return 1;
    if (i + 3 <= len && memcmp(s + i, "\xe2\x80", 2) == 0 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 3;
    return 0;
}

/* How far before or after a range's dash the other whole date is looked
 * for ("Wednesday, 22 September 2021" is 28 bytes). */
#define RANGE_DATE_REACH 40

/* Whether the date at s[ds..de) is one end of a range of whole dates
 * ("3 March 2020 - 5 March 2020", "October 22, 2006 - October 28, 2006",
 * "31. Dezember 2021 - 06. Januar 2022"): an event's or a week's period,
 * an archive's entry, not the day the page was published. Asked only of a
 * date found, reading at most RANGE_DATE_REACH bytes either side. */
static int in_date_range(const mt_meta_ctx *c, const char *s, size_t len, size_t ds, size_t de)
{
    mt_date d;
    size_t fs, fe;
    /* a dash after it, and a whole date that opens right after that */
    size_t i = de + mt_ascii_skip_space(s + de, len - de), k = range_dash_at(s, len, i);
    if (k) {
        i += k;
        i += mt_ascii_skip_space(s + i, len - i);
        size_t n = len - i < RANGE_DATE_REACH ? len - i : RANGE_DATE_REACH;
        if (n && mt_date_find(s + i, n, c->order, c->date_flags, &d, &fs, &fe) && fs == 0)
            return 1;
    }
    /* a dash before it, and a whole date that ends right before that */
    i = ds;
    while (i > 0 && mt_ascii_is_space((unsigned char)s[i - 1]))
        i--;
    if (i >= 1 && range_dash_at(s, len, i - 1) == 1)
        i -= 1;
    else if (i >= 3 && range_dash_at(s, len, i - 3) == 3)
        i -= 3;
    else
        return 0;
    while (i > 0 && mt_ascii_is_space((unsigned char)s[i - 1]))
        i--;
    size_t from = i > RANGE_DATE_REACH ? i - RANGE_DATE_REACH : 0;
    return i > from && mt_date_find(s + from, i - from, c->order, c->date_flags, &d, &fs, &fe) &&
           from + fe == i;
}

/* What the dateline search keeps while the dates of the text come in. */
typedef struct dateline {
    mt_meta_ctx *c;
    dates *l;
    const char *s;
    size_t len;
    int score;
    int weak_taken;
    int after_headline;     /* the text after the headline, the body below it */
} dateline;

/* How long a line must be to count as a paragraph of the body. */
#define PROSE_LINE_MIN 60
/* How many paragraphs of the body the dateline comes before. */
#define PROSE_LINES_PAST 3

/* Where s[b..e) ends with its trailing white space left out, a no-break
 * space (C2 A0) too: a paragraph often ends with one. */
static size_t trimmed_end(const char *s, size_t b, size_t e)
{
    for (;;) {
        if (e > b && mt_ascii_is_space((unsigned char)s[e - 1]))
            e--;
        else if (e - b >= 2 && (unsigned char)s[e - 1] == 0xA0 && (unsigned char)s[e - 2] == 0xC2)
            e -= 2;
        else
            return e;
    }
}

/* Whether s[b..e) ends with the UTF-8 bytes `mark` (n of them). */
static int ends_with(const char *s, size_t b, size_t e, const char *mark, size_t n)
{
    return e - b >= n && memcmp(s + e - n, mark, n) == 0;
}

/* Whether the line s[b..e) ends a sentence: a full stop, an exclamation
 * or a question mark, in Latin script or in the scripts whose marks are
 * their own (CJK's 。！？, Arabic's ؟, Devanagari's danda). */
static int ends_sentence(const char *s, size_t b, size_t e)
{
    static const char *const marks[] = { "\xe3\x80\x82", "\xef\xbc\x81", "\xef\xbc\x9f",
                                         "\xd8\x9f", "\xe0\xa5\xa4" };
    char last = s[e - 1];
    if (last == '.' || last == '!' || last == '?')
        return 1;
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (ends_with(s, b, e, marks[i], strlen(marks[i])))
            return 1;
    return 0;
}

/* Whether the line s[b..e) is a paragraph of prose: long, and ending a
 * sentence. */
static int prose_line(const char *s, size_t b, size_t e)
{
    e = trimmed_end(s, b, e);
    return e - b >= PROSE_LINE_MIN && ends_sentence(s, b, e);
}

/* Whether PROSE_LINES_PAST paragraphs of prose come before s[end] (the
 * start of a line): the reading is past the article's opening and into its
 * body, where a date alone on its line dates what follows the body (a
 * related article's teaser, the next post), not the page. A standfirst is
 * one paragraph, so the dateline under it is still found. */
static int past_body_prose(const char *s, size_t end)
{
    int n = 0;
    size_t b = 0;
    for (size_t i = 0; i < end && n < PROSE_LINES_PAST; i++) {
        if (s[i] != '\n')
            continue;
        n += prose_line(s, b, i);
        b = i + 1;
    }
    return n >= PROSE_LINES_PAST;
}

/* Weighs one date of the text; 1 when it is the dateline and the search is
 * over. */
static int weigh_dateline(void *ctx, const mt_date_span *found)
{
    dateline *dl = ctx;
    const char *s = dl->s;
    size_t ds = found->start, de = found->end;
    size_t ls = ds, le = de;
    while (ls > 0 && s[ls - 1] != '\n')
        ls--;
    while (le < dl->len && s[le] != '\n')
        le++;
    if (LABELLED(s + ls, ds - ls, member_words))
        return 0;
    if (short_year_doubtful(dl->c, &found->date, s, ds, de))
        return 0;
    int mod = labelled_modified(s, ds, 0);
    /* the last day of a range weighs as a date in a sentence; so does a
     * date past the body's paragraphs */
    if ((le - ls) - (de - ds) <= 48 && !ends_day_range(s, ds) &&
        !in_date_range(dl->c, s, dl->len, ds, de) &&
        !(dl->after_headline && past_body_prose(s, ls))) {
        dcand *k = add(dl->c, dl->l, &found->date, "text", dl->score, mod);
        if (k)
            k->dateline = dl->after_headline;
        return 1;
    }
    /* "30.10.23" in a sentence is as likely a version or a score */
    if (short_year_date(dl->c, s, ds, de))
        return 0;
    if (!dl->weak_taken++)
        add(dl->c, dl->l, &found->date, "text", dl->score * 3 / 5, mod);
    return 0;
}

/* The dateline in lines of text: a date that stands (nearly) alone on its
 * line, as in "Von Anna Muster | 20.11.2016, 10:30 Uhr" or "Party,
 * 30.10.23" (a year of two digits is read only there). A date inside a
 * sentence or a caption ("... near Orleans, France, January 16, 2020.
 * Photo: ...") counts for less, and a dateline after it is still looked
 * for. The text is read only as far as the dateline. `after_headline`:
 * s is the text after the headline, where the body's paragraphs follow
 * the dateline (see past_body_prose). */
static void add_dateline(mt_meta_ctx *c, dates *l, const char *s, size_t len, int score,
                         int after_headline)
{
    mt_date_span found[8];
    dateline dl = { c, l, s, len, score, 0, after_headline };
    mt_date_find_until(s, len, c->order, c->date_flags | MT_DATE_SHORT_YEAR, found, 8,
                       weigh_dateline, &dl);
}

/* ================================================================ sources */

static void from_json_ld(mt_meta_ctx *c, dates *l)
{
    const mt_ld_item *m = c->main;
    if (m) {
        add_value(c, l, m->date_published, m->date_published ? strlen(m->date_published) : 0,
                  "json-ld", 200, 0);
        add_value(c, l, m->date_created, m->date_created ? strlen(m->date_created) : 0,
                  "json-ld", 168, 0);
        add_value(c, l, m->date_modified, m->date_modified ? strlen(m->date_modified) : 0,
                  "json-ld", 200, 1);
    }
    /* a WebPage item often carries the dates an Article item leaves out;
     * without a main item, any dated item (a HowTo, a Course) speaks for
     * the page */
    for (size_t i = 0; i < c->ld->n; i++) {
        const mt_ld_item *it = &c->ld->item[i];
        if (it == m || (it->kind != MT_LD_WEBPAGE && (m || it->kind != MT_LD_OTHER)) ||
            !(it->date_published || it->date_modified))
            continue;
        add_value(c, l, it->date_published, it->date_published ? strlen(it->date_published) : 0,
                  "json-ld", 160, 0);
        add_value(c, l, it->date_modified, it->date_modified ? strlen(it->date_modified) : 0,
                  "json-ld", 160, 1);
        break;
    }
}

/* The weight of a meta key by its rank: article:published_time and its
 * kin are as good as JSON-LD; the generic "date" and "dc.date" often carry
 * the day the page was generated. */
static int meta_weight(int rank)
{
    static const int weights[] = { 230, 230, 160, 90, 85, 80, 50, 50, 45, 45, 40 };
    return weights[rank < 0 ? 0 : rank > 10 ? 10 : rank];
}

static void from_meta(mt_meta_ctx *c, dates *l)
{
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_DATE];
    if (s->n)
        add_value(c, l, s->v[0].s, s->v[0].len, s->v[0].source, meta_weight(s->rank), 0);
    s = &c->page.slot[MT_SLOT_MODIFIED];
    if (s->n)
        add_value(c, l, s->v[0].s, s->v[0].len, s->v[0].source, meta_weight(s->rank), 1);
}

/* parsely-page: a JSON object in a meta tag, with "pub_date". */
static void from_parsely(mt_meta_ctx *c, dates *l)
{
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_PARSELY];
    if (!s->n || s->v[0].len > 16384)
        return;
    mt_json *v = mt_json_parse(c->scratch, s->v[0].s, s->v[0].len, MT_JSON_LENIENT, 8, NULL);
    const char *pub = mt_json_string(mt_json_get(v, "pub_date"));
    if (pub)
        add_value(c, l, pub, strlen(pub), "meta:parsely-page", 150, 0);
}

/* A key under which a JSON script may give the day of publication, with
 * its closing quote. Each has one 'b' ("publ..."), the byte the search
 * looks for: rarer in JSON than the quotes around every string. */
typedef struct json_key {
    const char *s;
    size_t len;
    size_t b;           /* where its 'b' is */
} json_key;

#define JSON_KEYS 6

static void json_keys(json_key k[JSON_KEYS])
{
    static const char *const names[JSON_KEYS] = { "datePublished\"", "publishedDate\"",
                                                  "published_at\"", "publishDate\"",
                                                  "date_published\"", "publicationDate\"" };
    for (size_t i = 0; i < JSON_KEYS; i++) {
        k[i].s = names[i];
        k[i].len = strlen(names[i]);
        k[i].b = (size_t)(strchr(names[i], 'b') - names[i]);
    }
}

/* Where the key that holds its 'b' at `b` ends, when one does and opens
 * just after a quote; NULL for none. s[0..end) is the text. At most one
 * can: keys never overlap, being quoted. */
static const char *json_key_at(const json_key k[JSON_KEYS], const char *s, const char *b,
                               const char *end)
{
    /* every key has "pub" or "Pub" up to its 'b' */
    if (b - s < 3 || b[-1] != 'u' || (b[-2] | 0x20) != 'p')
        return NULL;
    for (size_t i = 0; i < JSON_KEYS; i++) {
        if ((size_t)(b - s) <= k[i].b)
            continue;
        const char *p = b - k[i].b;
        if (p[-1] == '"' && (size_t)(end - p) >= k[i].len && memcmp(p, k[i].s, k[i].len) == 0)
            return p + k[i].len;
    }
    return NULL;
}

/* The first 'b' of s[0..n) that an 'l' follows (the "bl" every
 * publishing key has: "pu-bl-ished", "pu-bl-ication"), or NULL: sixteen
 * bytes at a time where SSE2 is, for a page's whole source is read so. */
static const char *find_bl(const char *s, size_t n)
{
    size_t i = 0;
#ifdef DATE_SEARCH_SIMD
    const __m128i b = _mm_set1_epi8('b'), el = _mm_set1_epi8('l');
    for (; i + 17 <= n; i += 16) {
        __m128i here = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(here, b), _mm_cmpeq_epi8(next, el)));
        if (m)
            return s + i + __builtin_ctz(m);
    }
#endif
    for (; i + 1 < n; i++)
        if (s[i] == 'b' && s[i + 1] == 'l')
            return s + i;
    return NULL;
}

/* The date under the first publishing key in text[0..len) that has one,
 * added as `source` with `score`; 1 when one was. Keys are met in the
 * order they open: each has its 'b' at a fixed place, and one ends before
 * the next opens. */
static int key_date(mt_meta_ctx *c, dates *l, const json_key keys[JSON_KEYS], const char *text,
                    size_t len, const char *source, int score)
{
    const char *b = text, *end = text + len;
    while ((b = find_bl(b, (size_t)(end - b))) != NULL) {
        const char *v = json_key_at(keys, text, b, end);
        b++;
        if (!v)
            continue;
        while (v < end && (*v == ' ' || *v == ':' || *v == '"'))
            v++;
        mt_date d;
        size_t vn = (size_t)(end - v) < 40 ? (size_t)(end - v) : 40;
        if (mt_date_parse(v, vn, c->order, MT_DATE_COMPACT, &d)) {
            add_machine(c, l, &d, source, score, 0);
            return 1;
        }
    }
    return 0;
}

/* key_date of a script's text. */
static int script_date(mt_meta_ctx *c, dates *l, const json_key keys[JSON_KEYS],
                       const mt_node *script, const char *source, int score)
{
    const mt_node *t = script->first_child;
    if (!t || t->type != MT_NODE_TEXT)
        return 0;
    return key_date(c, l, keys, t->data, t->data_len < 131072 ? t->data_len : 131072, source,
                    score);
}

/* A date under a publishing key in a JSON script ({"publishedDate":
 * "2016-11-04T20:37:27Z"}): the first such key of the first script that
 * has one. */
static void from_json_scripts(mt_meta_ctx *c, dates *l)
{
    json_key keys[JSON_KEYS];
    if (c->page.njson)
        json_keys(keys);
    for (size_t i = 0; i < c->page.njson; i++)
        if (script_date(c, l, keys, c->page.json_scripts[i], "json", 90))
            return;
}

/* How many boxes up a box may hold nothing but the headline. */
#define HEADLINE_BOX_LEVELS 3

/* The first element among `n` and its later siblings, or NULL. */
static const mt_node *element_from(const mt_node *n)
{
    while (n && n->type != MT_NODE_ELEMENT)
        n = n->next;
    return n;
}

/* The next element after `n` among its siblings, or NULL. */
static const mt_node *next_element(const mt_node *n)
{
    return element_from(n->next);
}

/* The highest box around the headline `h` that holds no other element
 * (<div class="header"><h3>Title</h3></div>), or `h` itself. */
static const mt_node *headline_box(const mt_node *h)
{
    for (int up = 0; up < HEADLINE_BOX_LEVELS; up++) {
        const mt_node *p = h->parent;
        if (!p || p->type != MT_NODE_ELEMENT || p->tag == MT_TAG_BODY)
            break;
        if (element_from(p->first_child) != h || next_element(h))
            break;
        h = p;
    }
    return h;
}

/* The headline: the title's heading, else the element microdata calls
 * the headline. NULL for none. */
static const mt_node *headline_of(const mt_meta_ctx *c)
{
    const mt_node *h = c->headline;
    for (size_t i = 0; !h && i < c->page.nprops; i++)
        if (c->page.props[i].kind == MT_PROP_HEADLINE &&
            mt_meta_readable(&c->page, c->page.props[i].node))
            h = c->page.props[i].node;
    return h;
}

/* The element right after the box of the headline `h` (NULL: none). */
static const mt_node *after_headline(const mt_node *h)
{
    return h ? next_element(headline_box(h)) : NULL;
}

/* Whether an element is a footer by its tag or its class names. */
static int is_footer(const mt_node *el)
{
    size_t n;
    const char *cls = mt_meta_attr(el, "class", &n);
    return mt_dom_is_html(el, MT_TAG_FOOTER) || (cls && mt_meta_find_ci(cls, n, "footer"));
}

/* The footer of the item the headline heads: the element right after the
 * headline's box, when it is a footer ("<div class=header><h3
 * itemprop=headline>...</h3></div><div class=footer><time
 * itemprop=datePublished ...>"). It holds the item's date line, as a
 * <footer> does in its <article>; a page's own footer never comes right
 * after its headline, so the class name that makes footers boilerplate
 * does not make this one. */
static const mt_node *headline_footer(const mt_meta_ctx *c)
{
    const mt_node *f = after_headline(headline_of(c));
    return f && is_footer(f) ? f : NULL;
}

static int usable_place(const mt_meta_ctx *c, const dates *l, const mt_node *n)
{
    return mt_meta_readable(&c->page, n) ||
           (l->item_footer && !(mt_meta_flags(&c->page, n) & MT_IN_COMMENTS) &&
            mt_dom_holds(l->item_footer, n));
}

/* The value an element gives for machines: its datetime or content
 * attribute, or as microformats write it, an <abbr>'s title ("<abbr
 * class='published' title='2012-08-09T12:13:00-04:00'>8/09/2012</abbr>"). */
static const char *element_machine_value(const mt_node *el, size_t *n)
{
    const char *v = mt_meta_attr(el, "datetime", n);
    if (!v)
        v = mt_meta_attr(el, "content", n);
    if (!v && mt_dom_is_html(el, MT_TAG_ABBR))
        v = mt_meta_attr(el, "title", n);
    return v;
}

/* A day given for machines without its time takes the time the element's
 * text shows for that day ("<abbr title='2012-11-11'>November 11th, 2012
 * at 1:30 pm</abbr>"). */
static void add_time_from_text(const mt_meta_ctx *c, const mt_node *el, mt_date *d, char *buf,
                               size_t cap)
{
    size_t len = mt_meta_node_text(el, buf, cap, 48, 0), ds, de;
    mt_date t;
    if (mt_date_find(buf, len, c->order, MT_DATE_SHORT_YEAR, &t, &ds, &de) && t.has_time &&
        t.year == d->year && t.month == d->month && t.day == d->day) {
        d->hour = t.hour;
        d->minute = t.minute;
        d->second = t.second;
        d->has_time = 1;
    }
}

/* The date an element carries: its value for machines
 * (element_machine_value), else its text, where a year of two digits is
 * read too ("30.10.23"): the element says it holds a date. */
static void add_element(mt_meta_ctx *c, dates *l, const mt_node *el, const char *source,
                        int score, int modified)
{
    size_t n;
    const char *v = element_machine_value(el, &n);
    mt_date d;
    char buf[TEXT_CAP];
    if (v && mt_date_parse(v, n, c->order, MT_DATE_COMPACT, &d)) {
        if (!d.has_time)
            add_time_from_text(c, el, &d, buf, sizeof buf);
        add_machine(c, l, &d, source, score, modified);
        return;
    }
    size_t len = mt_meta_node_text(el, buf, sizeof buf, 48, 0);
    add_text_date(c, l, buf, len, source, score - score / 20, modified, MT_DATE_SHORT_YEAR);
}

static void from_microdata(mt_meta_ctx *c, dates *l)
{
    int pub = 0, mod = 0;
    for (size_t i = 0; i < c->page.nprops; i++) {
        const mt_meta_node *p = &c->page.props[i];
        if (!usable_place(c, l, p->node))
            continue;
        if (p->kind == MT_PROP_DATE && !pub++)
            add_element(c, l, p->node, "microdata", 176, 0);
        else if (p->kind == MT_PROP_MODIFIED && !mod++)
            add_element(c, l, p->node, "microdata", 176, 1);
    }
}

/* How near a node is to the anchor: 2 just after it, 1 just before it or
 * in the article, 0 elsewhere. */
static int nearness(const mt_meta_ctx *c, const mt_node *anchor, const mt_node *n)
{
    if (anchor) {
        long d = (long)n->index - (long)anchor->index;
        if (d > 0 && d < 250)
            return 2;
        if (d < 0 && d > -80)
            return 1;
    }
    return (mt_meta_flags(&c->page, n) & MT_IN_ARTICLE) ? 1 : 0;
}

static void from_time_elements(mt_meta_ctx *c, dates *l, const mt_node *anchor)
{
    int taken = 0;
    for (size_t i = 0; i < c->page.ntimes && taken < 6; i++) {
        const mt_node *t = c->page.times[i];
        if (!usable_place(c, l, t))
            continue;
        unsigned hints = t->nattrs ? mt_meta_class_hints(t) : 0;
        if (t->parent && t->parent->nattrs)
            hints |= mt_meta_class_hints(t->parent);
        int mod = (hints & MT_HINT_MODIFIED) != 0;
        size_t pn;
        const char *ip = mt_meta_attr(t, "itemprop", &pn);
        int score;
        if (mt_dom_attr_z(t, "pubdate") || (ip && mt_meta_find_ci(ip, pn, "datepublished")))
            score = 126;
        else
            score = (int[]){ 60, 93, 108 }[nearness(c, anchor, t)];
        add_element(c, l, t, "time", score, mod);
        taken++;
    }
}

static void from_date_elements(mt_meta_ctx *c, dates *l, const mt_node *anchor)
{
    int taken = 0;
    for (size_t i = 0; i < c->page.nhinted && taken < 8; i++) {
        const mt_meta_node *h = &c->page.hinted[i];
        if (!(h->kind & MT_HINT_DATE) || !usable_place(c, l, h->node))
            continue;
        /* the element's own datetime or content attribute, or its text */
        int score = (int[]){ 41, 70, 80 }[nearness(c, anchor, h->node)];
        size_t before = l->n;
        add_element(c, l, h->node, "date", score, (h->kind & MT_HINT_MODIFIED) != 0);
        taken += l->n > before;
    }
}

/* How far after the headline a date in a data-date attribute is read. */
#define DATA_DATE_NODES 100

/* Whether a node is inside a box of other stories that does not hold the
 * anchor (mt_meta_other_stories_box). */
static int in_other_stories(const mt_meta_ctx *c, const mt_node *n, const mt_node *anchor)
{
    for (const mt_node *p = n; p; p = p->parent)
        if (mt_meta_other_stories_box(&c->page, p) && !mt_dom_holds(p, anchor))
            return 1;
    return 0;
}

/* Whether an element has a data-date attribute: asked of every element
 * the search passes, so the names are compared by length first. */
static int has_data_date(const mt_node *n)
{
    for (uint32_t k = 0; k < n->nattrs; k++)
        if (n->attrs[k].name_len == 9 && memcmp(n->attrs[k].name, "data-date", 9) == 0)
            return 1;
    return 0;
}

/* The first data-date attribute under the headline ("<div data-date='18.
 * März 2020' class='timeline__arrow'>"): a page that shows its day only
 * through a script or a style (content: attr(data-date)) writes it there,
 * where no text holds it. Weighed as a date element just under the
 * headline; a hidden element's, or one in a box of other stories, is
 * passed over. */
static void from_data_date(mt_meta_ctx *c, dates *l, const mt_node *anchor)
{
    const mt_node *n = anchor ? mt_dom_following(anchor, c->doc->root) : NULL;
    for (size_t i = 0; n && i < DATA_DATE_NODES; i++, n = mt_dom_following(n, c->doc->root)) {
        size_t len;
        const char *v = n->type == MT_NODE_ELEMENT && has_data_date(n)
                            ? mt_meta_attr(n, "data-date", &len) : NULL;
        if (!v || !usable_place(c, l, n) || mt_meta_hidden_on(&c->page, n) ||
            in_other_stories(c, n, anchor))
            continue;
        mt_date d;
        if (mt_date_parse(v, len, c->order, 0, &d))
            add_machine(c, l, &d, "date", 80, 0);
        else
            add_text_date(c, l, v, len, "date", 76, 0, 0);
        return;
    }
}

static void from_url(mt_meta_ctx *c, dates *l)
{
    mt_date d;
    if (c->url && mt_url_date(c->url, strlen(c->url), &d))
        add(c, l, &d, "url", 228, 0);
    else if (c->page.canonical && mt_url_date(c->page.canonical, c->page.canonical_len, &d))
        add(c, l, &d, "url", 220, 0);
    /* the path of the page's main image often carries its upload day */
    const mt_meta_slot *img = &c->page.slot[MT_SLOT_IMAGE];
    if (img->n && mt_url_date(img->v[0].s, img->v[0].len, &d))
        add(c, l, &d, "url", 40, 0);
}

/* The dateline: the first date in the lines after the headline, or in the
 * few lines before it. */
static int from_text_near(mt_meta_ctx *c, dates *l, const mt_node *anchor)
{
    if (!anchor)
        return 0;
    /* the headline itself may carry the date ("<h1>Title <small>02.02.2022
     * </small></h1>") */
    char head[TEXT_CAP];
    size_t hn = anchor->tag == MT_TAG_H1 || anchor->tag == MT_TAG_H2
                    ? mt_meta_node_text(anchor, head, sizeof head, 32, 0) : 0;
    size_t len;
    const char *after = mt_meta_after(c, anchor, 0, &len);
    if (!after)
        return -1;
    add_dateline(c, l, after, len < DATELINE_CAP ? len : DATELINE_CAP, DATELINE_SCORE, 1);
    add_text_date(c, l, head, hn, "text", 185, 0, 0);
    const char *before = mt_meta_before(c, anchor, BEFORE_CAP, &len);
    if (!before)
        return -1;
    add_dateline(c, l, before, len, 185, 0);
    return 0;
}

/* The weights of the page-text fallback's dates: the first date in a
 * sentence, and one that stands alone in its text. */
#define PROSE_DATE_SCORE 20
#define ALONE_DATE_SCORE 30

/* Whether the date at s[ds..de) is (nearly) all of s[0..len) ("Stand:
 * 09.10.2017, 01:40 Uhr", "14.01.2022 um 09:25"), or ends a short line
 * that a word of publishing opens ("Posted by Jane Doe on Wed, Oct 24,
 * 2012"): not a date in a sentence. */
static int stands_alone(const char *s, size_t len, size_t ds, size_t de)
{
    size_t lead = mt_ascii_skip_space(s, ds);
    size_t end = len;
    while (end > de && mt_ascii_is_space((unsigned char)s[end - 1]))
        end--;
    if ((ds - lead) + (end - de) <= 24)
        return 1;
    return end == de && ds - lead <= 40 && LABELLED(s + lead, ds - lead, published_words);
}

/* Whether the inline element around a text (<b>, <strong>, <span>) sits
 * inside a sentence that goes on past it on both sides: the text before it
 * ends with a word or a comma, and the text after it opens with a word
 * written small or with the sentence's punctuation ("Leary died on
 * <b>March 9th, 2005</b>."). A date that opens its line ("<strong>February
 * 11, 2004</strong> - Talk all you want ...") or ends a byline ("Posted by
 * Harry on <font>December 24, 2006</font>") is none: one side stops. */
static int inline_in_sentence(const mt_node *text)
{
    const mt_node *el = text->parent;
    if (!el || el->type != MT_NODE_ELEMENT || !mt_meta_is_inline(el))
        return 0;
    const mt_node *b = el->prev, *a = el->next;
    if (!b || b->type != MT_NODE_TEXT || !a || a->type != MT_NODE_TEXT)
        return 0;
    size_t e = b->data_len;
    while (e > 0 && mt_ascii_is_space((unsigned char)b->data[e - 1]))
        e--;
    if (e == 0 || !(mt_ascii_is_alnum((unsigned char)b->data[e - 1]) || b->data[e - 1] == ','))
        return 0;
    size_t f = mt_ascii_skip_space(a->data, a->data_len);
    if (f == a->data_len)
        return 0;
    unsigned char ch = (unsigned char)a->data[f];
    return mt_ascii_is_lower(ch) || ch == '.' || ch == ',' || ch == ';' || ch == ')';
}

/* One text of the page-text fallback: its first plausible date, if any. A
 * date in a sentence is taken only when no other was (*prose); 1 when the
 * date stands alone in its text (and not in a sentence around its inline
 * element) and dates the publication: the search is over. */
static int page_text_date(mt_meta_ctx *c, dates *l, const mt_node *n, int *prose)
{
    mt_date d;
    size_t ds, de;
    const char *s = n->data;
    size_t len = n->data_len;
    if (!mt_date_find(s, len, c->order, c->date_flags, &d, &ds, &de))
        return 0;
    int mod = labelled_modified(s, ds, 0);
    if (stands_alone(s, len, ds, de) && !ends_day_range(s, ds) && !inline_in_sentence(n) &&
        !in_date_range(c, s, len, ds, de))
        return add(c, l, &d, "text", ALONE_DATE_SCORE, mod) && !mod;
    if ((mod || !*prose) && add(c, l, &d, "text", PROSE_DATE_SCORE, mod))
        *prose |= !mod;
    return 0;
}

/* The longest script that is one call writing its argument where it
 * stands (showDate("2020/04/17 01:43:09")). */
#define WRITING_CALL_MAX 80

/* The quoted argument of a script that is one call of a function with one
 * string (`name("...")`, `name('...');`, a dotted name too), in *len;
 * NULL for any other script. */
static const char *written_argument(const mt_node *script, size_t *len)
{
    const mt_node *t = script->first_child;
    if (!t || t->type != MT_NODE_TEXT || t->next || t->data_len > WRITING_CALL_MAX ||
        mt_dom_attr(script, "src", 3))
        return NULL;
    const char *s = t->data;
    size_t n = t->data_len, i = mt_ascii_skip_space(s, 0);
    while (n > i && (mt_ascii_is_space((unsigned char)s[n - 1]) || s[n - 1] == ';'))
        n--;
    size_t name = i;
    while (i < n && (mt_ascii_is_alnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '.' ||
                     s[i] == '$'))
        i++;
    if (i == name || i + 4 > n || s[i] != '(' || s[n - 1] != ')')
        return NULL;
    char q = s[i + 1];
    if ((q != '"' && q != '\'') || s[n - 2] != q)
        return NULL;
    const char *arg = s + i + 2, *end = s + n - 2;
    if (end <= arg || memchr(arg, q, (size_t)(end - arg)))
        return NULL;
    *len = (size_t)(end - arg);
    return arg;
}

/* A script in the body that is one call writing a date where it stands
 * (the page shows its date through the reader's clock): a date alone in
 * the text it writes, as page_text_date would take it; 1 when it dates
 * the publication. */
static int script_written_date(mt_meta_ctx *c, dates *l, const mt_node *script)
{
    size_t len = 0, ds, de;
    const char *s = written_argument(script, &len);
    mt_date d;
    if (!s || !mt_date_find(s, len, c->order, c->date_flags, &d, &ds, &de) ||
        !stands_alone(s, len, ds, de))
        return 0;
    int mod = labelled_modified(s, ds, 0);
    return add(c, l, &d, "text", ALONE_DATE_SCORE, mod) && !mod;
}

/* The last resort when nothing else dates the page: the dates of its text
 * outside comments. The first date in a sentence ("Since 4 August 2014
 * the law ...") is a guess, often a day the text speaks of; a date that
 * stands alone in its text ("Stand: 09.10.2017, 01:40 Uhr") is the page's
 * own word and weighs more, and the search goes on for one. */
static void from_page_text(mt_meta_ctx *c, dates *l)
{
    const mt_node *root = c->doc->root;
    size_t texts = 0;
    int prose = 0;
    for (const mt_node *n = root; n && texts < 2000;) {
        if (n->type == MT_NODE_ELEMENT && n->tag == MT_TAG_SCRIPT &&
            !(mt_meta_flags(&c->page, n) & MT_IN_COMMENTS) && script_written_date(c, l, n))
            return;
        if (n->type == MT_NODE_ELEMENT &&
            (n->tag == MT_TAG_SCRIPT || n->tag == MT_TAG_STYLE || n->tag == MT_TAG_HEAD ||
             n->tag == MT_TAG_TEMPLATE || (mt_meta_flags(&c->page, n) & MT_IN_COMMENTS))) {
            n = mt_dom_following_skip(n, root);
            continue;
        }
        if (n->type == MT_NODE_TEXT && n->data_len >= 6) {
            texts++;
            /* most texts of a page have no digit */
            if (mt_date_may_hold(n->data, n->data_len, c->date_flags) &&
                page_text_date(c, l, n, &prose))
                return;
        }
        n = mt_dom_following(n, root);
    }
}

/* How much of the page's source the last resort reads. */
#define SOURCE_KEY_BYTES (1u << 20)

/* The last resort of a page nothing else dates: the publishing system's
 * state written into a script of code ("var meta = {"product":
 * {"published_at":"2019-03-02T06:22:28+01:00", ...") under a publishing
 * key, as a JSON script would have it, read from the page's source (a
 * quoted key and a date after it are found nowhere else, and the source is
 * one run of bytes where the scripts are many nodes among many more).
 * Asked only of a page with no date at all, and weighing no more than a
 * date read in its text. */
static void from_page_source(mt_meta_ctx *c, dates *l)
{
    json_key keys[JSON_KEYS];
    json_keys(keys);
    size_t len = c->doc->input_len < SOURCE_KEY_BYTES ? c->doc->input_len : SOURCE_KEY_BYTES;
    if (c->doc->input)
        key_date(c, l, keys, c->doc->input, len, "script", PROSE_DATE_SCORE);
}

/* The last resort of a page nothing else dates, a forum thread's: its
 * opening post, a box of the comments right after the headline (the post
 * the thread's title heads), dated by the first date in its text, which
 * its user panel or its header writes ("macbacchi 28.09.19 12:44"). The
 * replies after it are later. */
static void from_opening_post(mt_meta_ctx *c, dates *l)
{
    const mt_node *h = headline_of(c), *post = after_headline(h);
    /* the headline itself among the comments titles a comment */
    if (!post || !(mt_meta_flags(&c->page, post) & MT_IN_COMMENTS) ||
        (mt_meta_flags(&c->page, h) & MT_IN_COMMENTS))
        return;
    char buf[TEXT_CAP];
    size_t len = mt_meta_node_text(post, buf, sizeof buf, 48, 0);
    add_text_date(c, l, buf, len, "text", PROSE_DATE_SCORE, 0, MT_DATE_SHORT_YEAR);
}

/* ================================================================ order of d/m */

/* A numeric date with a number above 12 tells which way the page writes
 * them ("25/03/2019" is day first, "03/25/2019" month first); so does one
 * whose element gives the same day for machines (`machine`, or NULL):
 * "8/09/2012" in <abbr title="2012-08-09"> is month first. */
static mt_date_order order_evidence(const char *s, size_t len, const mt_date *machine)
{
    for (size_t i = 0; i + 8 <= len; i++) {
        if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
            continue;
        int a = 0, b = 0;
        size_t j = i;
        while (j < len && j - i < 2 && s[j] >= '0' && s[j] <= '9')
            a = a * 10 + (s[j++] - '0');
        if (j >= len || (s[j] != '/' && s[j] != '-'))
            continue;
        char sep = s[j++];
        size_t k = j;
        while (j < len && j - k < 2 && s[j] >= '0' && s[j] <= '9')
            b = b * 10 + (s[j++] - '0');
        if (j == k || j >= len || s[j] != sep)
            continue;
        if (a > 12 && b <= 12)
            return MT_DATE_ORDER_DMY;
        if (b > 12 && a <= 12)
            return MT_DATE_ORDER_MDY;
        if (machine && a != b && a == machine->day && b == machine->month)
            return MT_DATE_ORDER_DMY;
        if (machine && a != b && a == machine->month && b == machine->day)
            return MT_DATE_ORDER_MDY;
    }
    return MT_DATE_ORDER_UNKNOWN;
}

/* The date an element gives for machines (datetime, content, or an
 * <abbr>'s title: element_machine_value), in *d. */
static int machine_date(const mt_meta_ctx *c, const mt_node *el, mt_date *d)
{
    size_t n;
    const char *v = element_machine_value(el, &n);
    /* (a value as ambiguous as the text would be read in the order it is
     * to tell) */
    return v && mt_date_parse(v, n, c->order, MT_DATE_COMPACT, d) && !d->ambiguous;
}

/* How the page writes numeric dates: by the first date element whose text
 * tells, else by its language. */
static void settle_order(mt_meta_ctx *c, dates *l)
{
    char buf[TEXT_CAP];
    l->order_settled = 1;
    l->page_order = c->order;
    for (size_t i = 0; i < c->page.nhinted; i++) {
        if (!(c->page.hinted[i].kind & MT_HINT_DATE))
            continue;
        const mt_node *el = c->page.hinted[i].node;
        size_t n = mt_meta_node_text(el, buf, sizeof buf, 32, 0);
        mt_date machine;
        mt_date_order o = order_evidence(buf, n, machine_date(c, el, &machine) ? &machine : NULL);
        if (o != MT_DATE_ORDER_UNKNOWN) {
            l->page_order = o;
            return;
        }
    }
}

/* ================================================================ UTC and local days */

static int64_t minutes_of(const mt_date *d)
{
    return mt_date_days(d) * 1440 + d->hour * 60 + d->minute;
}

/* 1 when `local` is the instant `utc` shows, written in a local time: with
 * an offset, the same instant; without one, a clock time a whole number of
 * quarter hours away, at most 14 hours. */
static int same_instant(const mt_date *utc, const mt_date *local)
{
    int64_t u = minutes_of(utc);
    if (local->has_offset) {
        int64_t l = minutes_of(local) - local->offset_min;
        return l - u <= 2 && u - l <= 2;
    }
    int64_t delta = minutes_of(local) - u;
    if (delta < 0)
        delta = -delta;
    int64_t rest = delta % 15;
    return delta > 0 && delta <= 14 * 60 && (rest <= 1 || rest >= 14);
}

/* A time stamp in UTC names the day in Greenwich; the page's readers saw
 * the local day. When another candidate shows the same moment in local
 * time, or a dateline or URL gives the neighbouring day that the hour
 * allows (early UTC hours are the evening before in the Americas, late ones
 * the next morning in Asia), the UTC candidates move to that day. */
static void localize_utc(dates *l)
{
    for (size_t i = 0; i < l->n; i++) {
        mt_date *u = &l->c[i].d;
        if (!u->has_time || !u->has_offset || u->offset_min != 0)
            continue;
        int64_t uday = mt_date_days(u);
        for (size_t j = 0; j < l->n; j++) {
            const mt_date *o = &l->c[j].d;
            int64_t oday = mt_date_days(o);
            if (j == i || (o->has_offset && o->offset_min == 0) || l->c[j].modified !=
                                                                      l->c[i].modified)
                continue;
            if (oday != uday - 1 && oday != uday + 1)
                continue;
            int fits = o->has_time ? same_instant(u, o)
                                   : l->c[j].score >= 120 &&
                                         ((oday < uday && u->hour < 10) ||
                                          (oday > uday && u->hour >= 14));
            if (fits) {
                u->year = o->year, u->month = o->month, u->day = o->day;
                u->has_time = 0;
                u->has_offset = 0;
                break;
            }
        }
    }
}

/* Whether the page's language (a tag as the metadata writes it, "de",
 * "fr-BE") is one only spoken, with its region if it names one, where the
 * clocks keep Central European time (UTC+1, UTC+2 in summer). */
static int central_european_language(const char *lang)
{
    static const char *const langs[] = { "de", "fr", "it", "nl", "pl", "cs", "sk", "hu", "sl",
                                         "hr", "sr", "bs", "da", "sv", "nb", "nn", "no", "es" };
    static const char *const regions[] = { "DE", "AT", "CH", "LI", "LU", "BE", "NL", "FR",
                                           "IT", "PL", "CZ", "SK", "HU", "SI", "HR", "RS",
                                           "BA", "DK", "SE", "NO", "ES" };
    if (!lang || strlen(lang) < 2 || (lang[2] != '\0' && lang[2] != '-'))
        return 0;
    int known = 0;
    for (size_t i = 0; i < sizeof langs / sizeof *langs && !known; i++)
        known = memcmp(lang, langs[i], 2) == 0;
    /* Spanish is mostly written in the Americas: only with Spain's code */
    if (!known || (lang[2] == '\0' && memcmp(lang, "es", 2) == 0))
        return 0;
    if (lang[2] == '\0')
        return 1;
    if (strlen(lang + 3) != 2)
        return 0;
    for (size_t i = 0; i < sizeof regions / sizeof *regions; i++)
        if ((lang[3] & ~0x20) == regions[i][0] && (lang[4] & ~0x20) == regions[i][1])
            return 1;
    return 0;
}

/* Days since 1970 of the last Sunday of a month. */
static int64_t last_sunday(int year, int month)
{
    mt_date first_of_next = { 0 };
    first_of_next.year = (int16_t)(month == 12 ? year + 1 : year);
    first_of_next.month = (uint8_t)(month == 12 ? 1 : month + 1);
    first_of_next.day = 1;
    int64_t last = mt_date_days(&first_of_next) - 1;
    /* 1970-01-01 was a Thursday: (days + 4) % 7 is 0 on Sundays */
    int64_t weekday = ((last + 4) % 7 + 7) % 7;
    return last - weekday;
}

/* Whether a time in UTC is midnight in Central Europe: 23:00 in winter,
 * 22:00 in summer time (from the last Sunday of March to the last Sunday of
 * October, switching at 01:00 UTC, before these hours). */
static int central_european_midnight(const mt_date *u)
{
    if (u->minute || u->second || (u->hour != 22 && u->hour != 23))
        return 0;
    int64_t day = mt_date_days(u);
    int summer = day >= last_sunday(u->year, 3) && day < last_sunday(u->year, 10);
    return u->hour == (summer ? 22 : 23);
}

/* A day without a time of day that a publishing system keeps as the local
 * midnight it began at, written in UTC: on a page of Central Europe,
 * "2022-11-06T23:00:00Z" is 7 November, the day its readers were shown.
 * Only the exact midnight moves; any other evening hour may be the moment
 * itself, in a zone the language does not pin down. */
static void local_midnights(const mt_meta_ctx *c, dates *l)
{
    if (!central_european_language(c->out->language))
        return;
    for (size_t i = 0; i < l->n; i++) {
        mt_date *u = &l->c[i].d;
        if (!u->has_time || !u->has_offset || u->offset_min != 0 ||
            !central_european_midnight(u))
            continue;
        mt_date next;
        mt_date_from_time((mt_date_days(u) + 1) * 86400, &next);
        u->year = next.year, u->month = next.month, u->day = next.day;
        u->hour = u->minute = u->second = 0;
        u->has_time = 0;
        u->has_offset = 0;
    }
}

/* ================================================================ choosing */

static int same_day(const mt_date *a, const mt_date *b)
{
    return a->year == b->year && a->month == b->month && a->day == b->day;
}

/* The day the sources agree on: each candidate votes for its day with its
 * weight (a source counted once per day), and the heaviest day wins; the
 * candidate that represents it is the heaviest one for that day. Sources
 * err independently, so agreement says more than any one of them. */
static const dcand *best_of(const dates *l, int modified, long *weight)
{
    /* whether a candidate's source voted for its day before it: asked
     * once for each, not again for every candidate of that day */
    uint8_t repeat[MAX_DATES];
    for (size_t j = 0; j < l->n; j++) {
        const dcand *o = &l->c[j];
        int counted = 0;
        for (size_t p = 0; p < j && !counted && o->modified == modified; p++)
            counted = l->c[p].modified == modified && same_day(&l->c[p].d, &o->d) &&
                      strcmp(l->c[p].source, o->source) == 0;
        repeat[j] = (uint8_t)counted;
    }
    const dcand *best = NULL;
    long best_sum = 0;
    for (size_t i = 0; i < l->n; i++) {
        const dcand *k = &l->c[i];
        if (k->modified != modified)
            continue;
        long sum = 0;
        const dcand *top = k;
        for (size_t j = 0; j < l->n; j++) {
            const dcand *o = &l->c[j];
            if (o->modified != modified || !same_day(&o->d, &k->d))
                continue;
            if (!repeat[j])
                sum += o->score;
            if (o->score > top->score)
                top = o;
        }
        if (!best || sum > best_sum || (sum == best_sum && top->score > best->score)) {
            best = top;
            best_sum = sum;
        }
    }
    if (weight)
        *weight = best_sum;
    return best;
}

/* Whether a candidate dates the publication (best_of would choose one). */
static int has_published(const dates *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (!l->c[i].modified)
            return 1;
    return 0;
}

/* Whether the moment `machine` writes may be the one `shown` shows on the
 * same day, only more precisely: `shown` has no time, or the same clock
 * time (seconds aside), or the same instant (shown in local time, machine
 * in UTC: same_instant). */
static int same_moment(const mt_date *shown, const mt_date *machine)
{
    if (!shown->has_time)
        return 1;
    if (!machine->has_time)
        return 0;
    if (shown->hour == machine->hour && shown->minute == machine->minute)
        return 1;
    if (shown->has_offset && machine->has_offset) {
        int64_t a = minutes_of(shown) - shown->offset_min;
        int64_t b = minutes_of(machine) - machine->offset_min;
        return a - b <= 2 && b - a <= 2;
    }
    return machine->has_offset && machine->offset_min == 0 && same_instant(machine, shown);
}

/* The candidate that writes the chosen day: when it was not read from a
 * value written for machines (but from text or a URL), the heaviest one read from a value written for
 * machines (a <time>'s datetime, JSON-LD, a meta tag) that gives the same
 * day and moment, where there is one. The two are most often the same
 * element's: "14 March, 10:30" shown and "2021-03-14T10:30:12+01:00" in
 * its datetime say the same, and the latter says it exactly. */
static const dcand *exact_of(const dates *l, const dcand *k)
{
    if (k->machine)
        return k;
    const dcand *best = NULL;
    for (size_t i = 0; i < l->n; i++) {
        const dcand *o = &l->c[i];
        if (o->machine && o->modified == k->modified && same_day(&o->d, &k->d) &&
            same_moment(&k->d, &o->d) && (!best || o->score > best->score))
            best = o;
    }
    return best ? best : k;
}

/* The chosen day with the time of day another candidate gives for it, when
 * the chosen one has none. */
static mt_date with_time(const dates *l, const dcand *k)
{
    mt_date d = k->d;
    if (d.has_time)
        return d;
    for (size_t i = 0; i < l->n; i++) {
        const mt_date *o = &l->c[i].d;
        if (o->has_time && l->c[i].modified == k->modified && same_day(o, &d) &&
            l->c[i].score >= 90)
            return *o;
    }
    return d;
}

static const char *keep_date(mt_meta_ctx *c, const mt_date *d)
{
    char buf[32];
    size_t n = mt_date_format(d, buf);
    return mt_arena_strndup(c->arena, buf, n);
}

/* Whether the page's dates may have Arabic-Indic digits ("١٥ آذار ٢٠٢٤"):
 * by its language (Arabic, Persian, Urdu, Pashto, Kurdish, Sindhi,
 * Uyghur), by a title in that script (lead bytes D8..DB; a site's
 * template may declare another language), or by such a digit in the text
 * after the headline where the dateline is looked for (`near`: a page in
 * another script that writes its dates so). Asked once a page: looking for
 * those digits costs more than for ASCII ones, in every text. */
static int arabic_digits_page(const mt_meta_ctx *c, const char *near, size_t near_len)
{
    static const char *const langs[] = { "ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug" };
    const char *lang = c->out->language;
    if (lang && *lang) {
        size_t n = strcspn(lang, "-_");
        for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
            if (n == strlen(langs[i]) && mt_meta_eq_ci(lang, n, langs[i]))
                return 1;
    }
    for (const char *t = c->out->title; t && *t; t++)
        if ((unsigned char)*t >= 0xD8 && (unsigned char)*t <= 0xDB)
            return 1;
    return near && mt_date_has_wide_digit(near, near_len);
}

/* Whether the page's text shows a day of publication: a date the
 * dateline search read (before or after the headline, in it) or the
 * page-text fallback, and no label made a change of it. */
static int shows_publication(const dates *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (!l->c[i].modified && strcmp(l->c[i].source, "text") == 0)
            return 1;
    return 0;
}

/* The dateline under the headline when it shows the day of the page's
 * last change (`mod`) and not that of its publication (`pub`), else NULL.
 * A site that re-dates an article when it revises it ("01.01.2023" shown,
 * published 2021-11-22 and changed 2023-01-01 by its meta tags) presents
 * the page as of that day: the reader is told that date, and the
 * revision is what the page is. So does one whose byline tells only of
 * the change ("By Jane Doe | Updated June 13, 2019", "Last updated 04 Jun
 * 2020"), when the text shows no day of publication anywhere near: the
 * publication is then only the publishing system's word. A change before
 * the publication is no such revision (a post scheduled after its last
 * edit goes out on its day), and a dateline that agrees with neither is
 * not taken over the declared day (see best_of). */
static const dcand *shown_change_day(const dates *l, const dcand *pub, const dcand *mod)
{
    /* (a page dated by its change has pub == mod: no later day) */
    if (!pub || !mod || mt_date_days(&mod->d) <= mt_date_days(&pub->d))
        return NULL;
    for (size_t i = 0; i < l->n; i++) {
        const dcand *k = &l->c[i];
        if (k->dateline && same_day(&k->d, &mod->d) && (!k->modified || !shows_publication(l)))
            return k;
    }
    return NULL;
}

mt_status mt_meta_choose_dates(mt_meta_ctx *c)
{
    dates *l = mt_arena_alloc(c->scratch, sizeof *l);
    if (!l)
        return MT_ERR_NOMEM;
    l->n = 0;
    l->order_settled = 0;
    l->item_footer = headline_footer(c);
    const mt_node *anchor = mt_meta_anchor(c);
    /* the reading after the headline, which the dateline search reads
     * anyway (and the byline's may have read) */
    size_t near_len = 0;
    const char *near = anchor ? mt_meta_after(c, anchor, 0, &near_len) : NULL;
    if (anchor && !near)
        return MT_ERR_NOMEM;
    c->date_flags = arabic_digits_page(c, near, near_len < DATELINE_CAP ? near_len : DATELINE_CAP)
                        ? MT_DATE_ARABIC_DIGITS : 0;
    from_json_ld(c, l);
    from_meta(c, l);
    from_parsely(c, l);
    from_json_scripts(c, l);
    from_microdata(c, l);
    from_time_elements(c, l, anchor);
    from_date_elements(c, l, anchor);
    from_data_date(c, l, anchor);
    from_url(c, l);
    if (from_text_near(c, l, anchor) < 0)
        return MT_ERR_NOMEM;
    if (!has_published(l))
        from_page_text(c, l);
    if (l->n == 0)
        from_page_source(c, l);
    if (l->n == 0)
        from_opening_post(c, l);
    local_midnights(c, l);
    localize_utc(l);
    long pub_weight, mod_weight;
    const dcand *pub = best_of(l, 0, &pub_weight);
    const dcand *mod = best_of(l, 1, &mod_weight);
    /* a page that only says when it was last changed (a wiki page, a
     * documentation page) is dated by that change; so is one whose only
     * date of publication is one read in its text, weighing less than a
     * change before it: that was some other day the text speaks of ("New
     * prices apply from 1 April"). (A publishing system's own dates may
     * well run backwards: a post scheduled after its last edit.) A date in
     * a sentence that only the page-text fallback found is such a day
     * whenever the change weighs more ("Since 4 August 2014 the law ...",
     * "Updated: 30.12.2016"). */
    if (!pub || (mod && strcmp(pub->source, "text") == 0 && mod_weight > pub_weight &&
                 (mt_date_days(&mod->d) < mt_date_days(&pub->d) ||
                  pub_weight <= PROSE_DATE_SCORE)))
        pub = mod;
    const dcand *shown = shown_change_day(l, pub, mod);
    if (shown)
        pub = shown;
    if (pub) {
        pub = exact_of(l, pub);
        mt_date d = with_time(l, pub);
        if (!(c->out->date = keep_date(c, &d)))
            return MT_ERR_NOMEM;
        c->out->source[MT_META_DATE] = pub->source;
    }
    /* a modification before the publication is a misreading */
    if (mod && mt_date_days(&mod->d) >= mt_date_days(&pub->d)) {
        mod = exact_of(l, mod);
        mt_date d = with_time(l, mod);
        if (!(c->out->date_modified = keep_date(c, &d)))
            return MT_ERR_NOMEM;
        c->out->source[MT_META_DATE_MODIFIED] = mod->source;
    }
    return MT_OK;
}
