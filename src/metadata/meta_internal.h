/* meta_internal.h -- the pieces of the metadata stage, shared between its
 * files and with the unit tests; nothing here is public API.
 *
 * The stage is split by job: dates.c (parsing dates in the forms and
 * languages of the web), text.c (white space, case folding, tag stripping,
 * words), url.c (dates in URL paths, hosts), authors.c and title.c (cleaning
 * names and titles), jsonld.c (interpreting JSON-LD), collect.c (one pass
 * over the tree gathering every candidate, and the flags saying what is
 * boilerplate), nearby.c (the visible text around the headline), then one
 * chooser per field: headline.c (title), byline.c (authors), date_search.c
 * (dates), pagetype.c, and metadata.c for the simple fields and the order
 * in which they all run. */
#ifndef MT_METADATA_META_INTERNAL_H
#define MT_METADATA_META_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "maintext.h"
#include "dom/dom.h"
#include "util/arena.h"
#include "util/ascii.h"
#include "util/json.h"
#include "util/load.h"
#include "util/swar.h"
#include "util/simd16.h"
#include "util/utf8.h"

/* ====================================================================== dates */

/* A calendar date with an optional time of day and UTC offset, as the page
 * wrote it (no conversion between zones: the day a page shows is the day it
 * means). */
typedef struct mt_date {
    int16_t year;
    uint8_t month, day;          /* 1..12, 1..31 */
    uint8_t hour, minute, second;
    uint8_t has_time;            /* hour and minute are set (second may be 0) */
    uint8_t has_offset;          /* offset_min is set */
    uint8_t ambiguous;           /* numeric day/month order was guessed */
    int16_t offset_min;          /* minutes east of UTC */
} mt_date;

/* How to read a numeric date whose first two fields could both be a day or a
 * month ("03/04/2016"). */
typedef enum mt_date_order {
    MT_DATE_ORDER_UNKNOWN = 0,   /* day first unless the numbers say otherwise */
    MT_DATE_ORDER_DMY,
    MT_DATE_ORDER_MDY
} mt_date_order;

/* Flags for mt_date_find / mt_date_parse. */
enum {
    /* Accept "20161120" (eight digits, no separator): safe in attributes
     * and URLs, too risky in running text. */
    MT_DATE_COMPACT = 1u << 0,
    /* Accept a two-digit year in "20.11.16". */
    MT_DATE_SHORT_YEAR = 1u << 1,
    /* Look for Arabic-Indic digits too ("١٥ مارس ٢٠٢٤"): the scanner
     * always reads them as numbers, but without this flag text is passed
     * over unread when it has no ASCII digit, a test that costs less. */
    MT_DATE_ARABIC_DIGITS = 1u << 2
};

/* Longest text the date scanner looks at; longer text is cut there. Dates
 * are searched in attribute values, bylines and short text runs. */
#define MT_DATE_MAX_TEXT 2048

/* Finds the first complete date (day, month and year) in `s`: ISO 8601 and
 * its common variants, RFC 2822, "November 20, 2016", "20. November 2016",
 * "20 de noviembre de 2016", numeric "20/11/2016", "2016年11月20日", month
 * names in English, German, French, Spanish, Italian, Portuguese, Dutch,
 * Polish and Russian (with their inflected forms). A time and offset right
 * after the date are taken too. Returns 1 and fills *out (and the byte span
 * [*start, *end) when those are non-NULL), or 0. The date is checked to
 * exist on the calendar but not for plausibility. */
int mt_date_find(const char *s, size_t len, mt_date_order order, unsigned flags,
                 mt_date *out, size_t *start, size_t *end);

/* A date found in text, with its byte span. */
typedef struct mt_date_span {
    mt_date date;
    size_t start, end;
} mt_date_span;

/* Every date in `s` (at most `max`), in order, from one reading of the
 * text; returns how many. */
size_t mt_date_find_all(const char *s, size_t len, mt_date_order order, unsigned flags,
                        mt_date_span *out, size_t max);

/* mt_date_find_all that hands each date to `take` as it is found, in
 * order, and reads no further once `take` returns nonzero: a caller after
 * the first date of some kind does not read the rest of a long text. The
 * dates handed over are the first ones mt_date_find_all finds. */
size_t mt_date_find_until(const char *s, size_t len, mt_date_order order, unsigned flags,
                          mt_date_span *out, size_t max,
                          int (*take)(void *ctx, const mt_date_span *d), void *ctx);

/* Whether the finders above may find a date in s[0..len): the test they
 * open with (a digit where they read), for a caller that passes over most
 * texts before their setup. */
int mt_date_may_hold(const char *s, size_t len, unsigned flags);

/* Whether s[0..len) holds an Arabic-Indic digit (U+0660..U+0669) or an
 * Eastern Arabic-Indic one (U+06F0..U+06F9), as the finders read them:
 * found by their lead bytes, which other text seldom has. */
int mt_date_has_wide_digit(const char *s, size_t len);

/* Like mt_date_find for a value that should be a date (an attribute, a JSON
 * string): the date must begin within the first few words. */
int mt_date_parse(const char *s, size_t len, mt_date_order order, unsigned flags,
                  mt_date *out);

/* Relative dates ("3 days ago", "vor 3 Tagen", "hier", "hace 2 horas",
 * "2 дня назад", ...) resolved against `reference` (seconds since 1970,
 * UTC). Returns 1 and fills *out with the day (no time), or 0. */
int mt_date_parse_relative(const char *s, size_t len, int64_t reference, mt_date *out);

/* Days since 1970-01-01 of a (valid) date. */
int64_t mt_date_days(const mt_date *d);

/* The UTC date of a time in seconds since 1970. */
void mt_date_from_time(int64_t t, mt_date *out);

/* 1 when the date is on or after 1995-01-01 and not after `now` (plus a day
 * for time zones); now <= 0 means no upper bound. */
int mt_date_plausible(const mt_date *d, int64_t now);

/* Writes "YYYY-MM-DD", with "THH:MM:SS" when the time is known and "Z" or
 * "+HH:MM" when the offset is. `out` holds at least 32 bytes; returns the
 * length. */
size_t mt_date_format(const mt_date *d, char *out);

/* The month (1..12) that a lowercase word names in one of the languages
 * above, or 0. */
int mt_date_month_word(const char *w, size_t len);

/* 1 when the word tables of the date scanner are in the order their
 * lookups need (for the tests). */
int mt_date_tables_ok(void);

/* ====================================================================== text */

/* One code point of s[0..end): mt_utf8_decode with ASCII, which most text
 * is, decoded in place (the stage reads text a code point at a time). */
static inline uint32_t mt_meta_decode(const char *s, const char *end, size_t *len)
{
    if ((unsigned char)*s < 0x80) {
        *len = 1;
        return (unsigned char)*s;
    }
    return mt_utf8_decode(s, end, len);
}


/* Folds a word to lowercase for comparing (mt_text_fold_word: final sigma
 * is sigma) into `out` (cap bytes, NUL-terminated). Returns the length, or
 * 0 when it does not fit. */
size_t mt_meta_fold(const char *s, size_t len, char *out, size_t cap);

/* Collapses every run of white space (ASCII, no-break and the Unicode
 * spaces) to one space, drops zero-width characters and trims both ends, in
 * place. Returns the new length. */
size_t mt_meta_collapse(char *s, size_t len);

/* Appends s[0..n) to buf[w..) with each run of ASCII white space written
 * as one space (none at the start, none after a space): the source's
 * indentation would fill a buffer sized for the words, and the words are
 * what the readers of element text keep (they collapse the rest of the
 * white space after). Stops, with *full set, before the first word that
 * does not fit in cap - 1 bytes (a word cut short is no word), or after
 * the characters that fit whole when it is the buffer's first; buf is
 * not terminated. Returns the new length. */
size_t mt_meta_append_text(char *buf, size_t w, size_t cap, const char *s, size_t n, int *full);

/* Copies `s` into the arena with white space collapsed, NUL-terminated;
 * NULL on out of memory. *out_len (may be NULL) gets the length. */
char *mt_meta_clean_dup(mt_arena *a, const char *s, size_t len, size_t *out_len);

/* Like mt_meta_clean_dup, and also removes HTML tags and decodes character
 * references: for values (JSON-LD, meta content) that carry markup. */
char *mt_meta_strip_dup(mt_arena *a, const char *s, size_t len, size_t *out_len);

/* The next token of a space-separated list (class names, rel values,
 * words): from *pos, stores its start and length and moves *pos past it.
 * Returns 0 at the end. (Inline: class lists are read token by token on
 * every element.) */
static inline int mt_meta_next_token(const char *s, size_t len, size_t *pos, size_t *start,
                                     size_t *tlen)
{
    size_t i = *pos;
    while (i < len && mt_ascii_is_space(s[i]))
        i++;
    size_t st = i;
#ifdef MT_SIMD16
    /* the token's end, sixteen bytes a test while as many are left (the
     * words of a line, most class names and keys end in the first) */
    unsigned sp = 0;
    while (len - i >= 16 && (sp = mt_simd16_spaces(mt_simd16_load(s + i))) == 0)
        i += 16;
    if (sp)
        i += (size_t)__builtin_ctz(sp);
    else
#endif
        while (i < len && !mt_ascii_is_space(s[i]))
            i++;
    *pos = i;
    *start = st;
    *tlen = i - st;
    return i > st;
}

/* The index of w[0..n) in a table sorted by the bytes of its words, or -1.
 * Each of the `count` entries, `stride` bytes apart from `base`, begins
 * with its word as a `const char *` (NUL-terminated). */
long mt_meta_sorted_find(const char *w, size_t n, const void *base, size_t count,
                         size_t stride);

/* 1 when such a table is sorted, without repeats (for the tests). */
int mt_meta_sorted_ok(const void *base, size_t count, size_t stride);

/* The index of the first ASCII digit in s[0..len), or len. */
size_t mt_meta_first_digit(const char *s, size_t len);

/* ASCII case-insensitive search of `needle` (lowercase, n bytes) in
 * s[0..len). */
const char *mt_meta_find_ci_n(const char *s, size_t len, const char *needle, size_t n);

/* mt_meta_find_ci_n of a NUL-terminated needle. (Inline: most needles are
 * literals, whose length is then known where the search is written.) */
static inline const char *mt_meta_find_ci(const char *s, size_t len, const char *needle)
{
    return mt_meta_find_ci_n(s, len, needle, strlen(needle));
}

/* 1 when mt_meta_find_ci finds one of the words in s[0..len): read in one
 * pass, each place asked only of the words that begin with its byte,
 * rather than one search a word. */
int mt_meta_find_any_ci(const char *s, size_t len, const char *const *words, size_t count);

/* 1 when s[0..len) equals `lower` (lowercase ASCII) ignoring ASCII case.
 * (Inline: class names and keys are compared with word lists everywhere.) */
static inline int mt_meta_eq_ci(const char *s, size_t len, const char *lower)
{
    size_t i = 0;
    for (; i < len && lower[i]; i++) {
        if (mt_ascii_lower((unsigned char)s[i]) != (unsigned char)lower[i])
            return 0;
    }
    return i == len && lower[i] == '\0';
}

/* The length of the mark at s (s < end) that sets apart the parts of a
 * post's meta line ("January 28, 2024 · 4 min · Kenji Mori | Suggest
 * Changes"): '|', a middle dot (U+00B7) or a bullet (U+2022); 0 when
 * there is none. (Inline: lines are scanned with it byte by byte.) */
static inline size_t mt_meta_part_mark_at(const char *s, const char *end)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == '|')
        return 1;
    if (end - s >= 2 && u[0] == 0xC2 && u[1] == 0xB7)
        return 2;
    return end - s >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xA2 ? 3 : 0;
}

/* Number of code points in s[0..len). */
size_t mt_meta_char_count(const char *s, size_t len);

/* 1 when the code point is a letter or digit by a rough, script-agnostic
 * test: ASCII alnum, or any code point above U+00BF that is not punctuation
 * or a space. */
int mt_meta_is_word_char(uint32_t cp);

/* Cuts text into words (runs of letters and digits; each CJK character is
 * a word of its own), folded to lowercase and hashed, for comparing titles
 * and names. Returns the number of words stored (at most `cap`). */
size_t mt_meta_words(const char *s, size_t len, uint32_t *hashes, size_t cap);

/* ====================================================================== url */

/* A date in a URL path: /2016/11/20/, /2016-11-20-, /20161120/, /2016/11/
 * is not enough (no day). Returns 1 and fills *out. */
int mt_url_date(const char *url, size_t len, mt_date *out);

/* The host of an absolute URL, without "www." (borrowed span); 0 when none. */
int mt_url_host(const char *url, size_t len, const char **host, size_t *host_len);

/* ====================================================================== authors */

/* Longest name and most names we keep. */
#define MT_AUTHOR_MAX_LEN 100
#define MT_AUTHORS_MAX 10

/* A list of names being assembled. */
typedef struct mt_names {
    const char *name[MT_AUTHORS_MAX];
    size_t n;
} mt_names;

/* Cleans a byline or an author value and splits it into names: drops "By",
 * "Von", "Par", "Por", "Di", "Door", "Autor:", ... prefixes, emails, URLs,
 * roles after a name ("Staff Writer", "Redakteur"), dates and times, "|
 * Site" tails, and splits on "and", "und", "&", ",", ";", "/" between
 * names. A desk's credit in place of a name ("Staff and agencies",
 * "Special Correspondent", "Web Desk") is kept whole. Appends
 * the names not already in `names` (compared case-insensitively). Returns
 * the number added, or -1 on out of memory. */
int mt_author_split(mt_arena *a, const char *s, size_t len, mt_names *names);

/* 1 when a string has the shape of a person's name written out: two or
 * three capitalised words, none of them a label, a role or navigation. */
int mt_author_name_shape(const char *s, size_t len);

/* 1 when a name is an organisation's (GmbH, e.V., Verlag, News, a domain
 * name, ...). */
int mt_author_is_org(const char *s, size_t len);

/* 1 when a name is a news agency's ("AFP", "dpa", "The Associated Press"). */
int mt_author_is_agency(const char *s, size_t len);

/* 1 when s[0..len) is a Korean name and its title and nothing else
 * ("홍길동 기자", "홍길동 논설위원"): one or two words of Hangul, then the
 * title (mt_author_split leaves it out). */
int mt_author_titled_name(const char *s, size_t len);

/* 1 when s[0..len) is a desk's credit and nothing else ("Special
 * Correspondent", "OUR STAFF REPORTER", "Web Desk"). */
int mt_author_desk_only(const char *s, size_t len);

/* What a line of visible text is to a byline search: one that names
 * authors after a label ("By Anna Muster", "Ein Beitrag von ...", "Text:
 * ..."), a label alone whose name follows on the next line ("Autor"), or
 * neither. */
enum { MT_BYLINE_NONE = 0, MT_BYLINE_NAMES, MT_BYLINE_LABEL };
int mt_author_byline_kind(const char *s, size_t len);

/* mt_author_byline_kind, and whether the line may be a post's line of
 * parts: *may_post is 0 when mt_author_posting_user would find no user in
 * it (no "by" word where it looks for one), 1 when it may. From the one
 * reading of the line's first words. */
int mt_author_line_kind(const char *s, size_t len, int *may_post);

/* 1 when a byline line names the editor who handled the text ("责任编辑：
 * 王振宇"), not its writer: a page's author only when nothing else names
 * one. */
int mt_author_editor_line(const char *s, size_t len);

/* The user's name in a post's line, after "by" and a posting label or a
 * count ("r/bikes · Posted by u/spokewrangler · 7 mo. ago", "287 points by
 * kestrel_ops 6 hours ago | hide"), without the "u/" of a user's page: its
 * span in s (*name), or 0. */
size_t mt_author_posting_user(const char *s, size_t len, const char **name);

/* 1 when the word lists of the author cleaner are in the order their
 * lookups need (for the tests). */
int mt_author_lists_ok(void);

/* 1 when the cleaned string looks like a person's or an organisation's name
 * and not a sentence, a date, a URL or boilerplate ("Admin", "Redaktion" is a
 * name; "Read more", "Share this article" is not). */
int mt_author_plausible(const char *s, size_t len);

/* ====================================================================== title */

/* The name in a site name that carries a tagline or a headline beside it
 * ("Zillow Blog - Real Estate Market Stats, Celebrity Real Estate, and
 * Zillow News", "Headline of the day | MLUK"): the side of a separator of
 * four words at most, when the other side has three more. Returns the kept
 * span inside `s` (all of it when no side is that short). */
void mt_title_site_name(const char *s, size_t len, size_t *keep_start, size_t *keep_len);

/* Removes a site name from a title: " | Site", " - Site", " :: Site",
 * "Site | ", "Site: " where `site` (may be NULL) names it, or the shorter
 * side of a separator when nothing tells which is the site. Returns the
 * kept span inside `s`. */
void mt_title_strip_site(const char *s, size_t len, const char *site, size_t site_len,
                         const char *host, size_t host_len,
                         size_t *keep_start, size_t *keep_len);

/* 1 when a piece of text names the site: it matches the site's name, or
 * its letters contain a label of the host ("ZEIT ONLINE" on zeit.de,
 * "Cayman Compass" on caymancompass.com). */
int mt_title_names_site(const char *seg, size_t n, const char *site, size_t site_len,
                        const char *host, size_t host_len);

/* Most words of a title compared. */
#define MT_TITLE_MAX_WORDS 96

/* Similarity of two titles in [0, 1], from their words (mt_meta_words, at
 * most MT_TITLE_MAX_WORDS each; case and punctuation folded): the words
 * they share in order, as a share of the shorter one's and of the longer
 * one's, the mean of the two (a short title inside a long one is half
 * similar to it at least, and wholly only when they are the same). */
double mt_title_similarity_words(const uint32_t *wa, size_t na, const uint32_t *wb, size_t nb);

/* The most mt_title_similarity_words can answer for titles of na and nb
 * words (what they answer when all the shorter one's words are shared):
 * a comparison that could not matter is not made. */
double mt_title_similarity_most(size_t na, size_t nb);

/* 1 when every word of `part` occurs in `whole` in order and `part` has at
 * least one word. */
int mt_title_words_within(const char *part, size_t plen, const char *whole, size_t wlen);

/* ====================================================================== json-ld */

#define MT_LD_MAX_REFS 4

/* What one JSON-LD item (an object with a @type) says about a page. All
 * strings are cleaned copies in the arena given to mt_ld_read_block. */
typedef struct mt_ld_item {
    const char *type;            /* the first @type, e.g. "NewsArticle" */
    int kind;                    /* MT_LD_* below */
    const char *id, *url;
    const char *headline, *name, *description;
    const char *date_published, *date_modified, *date_created;
    const char *image, *license, *section, *keywords;
    const char *publisher, *site_name;   /* publisher name, WebSite name */
    const char *in_language;
    /* articleBody as written, not cleaned (its line breaks part its
     * paragraphs), in the arena given to mt_ld_read_block; body_len bytes */
    const char *body;
    size_t body_len;
    mt_names authors;
    /* authors given as {"@id": ...} references to Person items */
    const char *author_refs[MT_LD_MAX_REFS];
    size_t nauthor_refs;
    int depth;                   /* 0: top level or in @graph */
} mt_ld_item;

enum {
    MT_LD_OTHER = 0,
    MT_LD_ARTICLE,       /* Article, NewsArticle, Report, ScholarlyArticle, ... */
    MT_LD_BLOGPOSTING,   /* BlogPosting, LiveBlogPosting, SocialMediaPosting */
    MT_LD_WEBPAGE,       /* WebPage, ItemPage, AboutPage, ... */
    MT_LD_COLLECTION,    /* CollectionPage, SearchResultsPage, ItemList */
    MT_LD_PRODUCT,
    MT_LD_VIDEO,         /* VideoObject */
    MT_LD_FORUM,         /* DiscussionForumPosting, QAPage */
    MT_LD_WEBSITE,
    MT_LD_ORGANIZATION,  /* Organization, NewsMediaOrganization, Corporation */
    MT_LD_PERSON,
    MT_LD_RECIPE,
    MT_LD_BREADCRUMB,
    MT_LD_EVENT
};

/* Most items and blocks we look at on one page. */
#define MT_LD_MAX_ITEMS 32
#define MT_LD_MAX_BLOCKS 16
#define MT_LD_MAX_BLOCK_BYTES (512u * 1024u)

typedef struct mt_ld_set {
    mt_ld_item item[MT_LD_MAX_ITEMS];
    size_t n;
    int malformed;               /* blocks that did not parse */
} mt_ld_set;

/* Reads one <script type="application/ld+json"> block and appends its items
 * (top-level objects, array members, @graph members, and mainEntity /
 * mainEntityOfPage objects one level down). Malformed JSON adds nothing and
 * counts in set->malformed. The parsed JSON tree and the items' strings go
 * into `a` (a scratch arena: the caller copies what it keeps). Returns
 * MT_OK or MT_ERR_NOMEM. */
mt_status mt_ld_read_block(mt_arena *a, const char *s, size_t len, mt_ld_set *set);

/* The item that describes the page itself: an article-like item whose url or
 * @id matches `page_url` (may be NULL), else the first article-like item,
 * else a WebPage, else a product/video/recipe/forum item. NULL when there
 * are no items. */
const mt_ld_item *mt_ld_main_item(const mt_ld_set *set, const char *page_url);

/* The item whose articleBody is the page's own text as the page states
 * it: the main item (mt_ld_main_item of `page_url`), when it is an article
 * or a blog post with a body, and either its url or @id is `page_url` or
 * `canonical` (each may be NULL), or it names no other absolute address
 * than those while the page has one, and no other article of the set has
 * a body or names another page. NULL when there is none. */
const mt_ld_item *mt_ld_body_item(const mt_ld_set *set, const char *page_url,
                                  const char *canonical);

/* Adds the item's authors to `names`, with the names of the Person items
 * its author references point to. Returns 0, or -1 on out of memory. */
int mt_ld_authors(mt_arena *a, const mt_ld_set *set, const mt_ld_item *it, mt_names *names);

/* The first item of a kind, or NULL. */
const mt_ld_item *mt_ld_first_of(const mt_ld_set *set, int kind);

/* ====================================================================== collection
 *
 * One pass over the tree gathers every candidate of every field; the field
 * choosers then work on these lists. */

/* The fields <meta> tags feed, and what else the page declares. */
enum {
    MT_SLOT_TITLE, MT_SLOT_SITE, MT_SLOT_DESCRIPTION, MT_SLOT_AUTHOR, MT_SLOT_DATE,
    MT_SLOT_MODIFIED, MT_SLOT_LANGUAGE, MT_SLOT_URL, MT_SLOT_IMAGE, MT_SLOT_SECTION,
    MT_SLOT_TAGS, MT_SLOT_TYPE, MT_SLOT_LICENSE, MT_SLOT_PARSELY, MT_SLOT_RIGHTS,
    MT_SLOT__COUNT
};

/* Values of one key kept per slot: repeated article:tag or citation_author. */
#define MT_SLOT_VALUES 16

typedef struct mt_meta_value {
    const char *s;          /* borrowed from the document */
    size_t len;
    const char *source;     /* "meta:og:title", "link:canonical", ... (static) */
} mt_meta_value;

typedef struct mt_meta_slot {
    mt_meta_value v[MT_SLOT_VALUES];   /* values of the best-ranked key seen */
    size_t n;
    int rank;               /* of that key: lower is stronger */
} mt_meta_slot;

/* Flags per element in the side table (indexed by node->index), inherited
 * from ancestors. */
enum {
    MT_IN_BOILER = 1u << 0,     /* comments, related links, sidebars, nav, footers */
    MT_IN_ARTICLE = 1u << 1,    /* <article>, <main>, an Article microdata item */
    MT_IN_HEAD = 1u << 2,
    MT_IN_COMMENTS = 1u << 3,   /* user comments in particular */
    MT_IN_HEADER = 1u << 4      /* <header>: a page's or an article's */
};

/* What an element's class and id say it holds. */
enum {
    MT_HINT_BYLINE = 1u << 0,   /* author, byline, autor, ... */
    MT_HINT_DATE = 1u << 1,     /* date, time, published, datum, ... */
    MT_HINT_MODIFIED = 1u << 2, /* updated, modified, aktualisiert */
    MT_HINT_BOILER = 1u << 3,
    MT_HINT_COMMENTS = 1u << 4,
    MT_HINT_KICKER = 1u << 5,   /* kicker, topline, dachzeile, overline, ... */
    MT_HINT_TITLE = 1u << 6,    /* headline, title */
    MT_HINT_ARTICLE = 1u << 7   /* article, post, entry, story (the body's box) */
};

/* Microdata properties we read from elements (<meta itemprop> is read
 * with the other meta tags). */
enum {
    MT_PROP_HEADLINE, MT_PROP_AUTHOR, MT_PROP_DATE, MT_PROP_MODIFIED,
    MT_PROP__COUNT
};

typedef struct mt_meta_node {
    const mt_node *node;
    uint8_t kind;           /* MT_PROP_* for props; for hinted, the MT_HINT_* bits the
                             * pass acts on (byline, date, modified, boiler, comments) */
} mt_meta_node;

#define MT_MAX_HEADINGS 40
#define MT_MAX_MINOR_HEADINGS 32
#define MT_MAX_PROPS 32
#define MT_MAX_TIMES 48
#define MT_MAX_HINTED 128
#define MT_MAX_LINKS 24
#define MT_MAX_JSON_SCRIPTS 8

typedef struct mt_meta_page {
    const mt_document *doc;
    const char *canonical;          /* <link rel=canonical href>, borrowed */
    size_t canonical_len;
    const char *html_lang;
    size_t html_lang_len;
    const mt_node *title_el;        /* the first <title> */
    const mt_node *article;         /* the first <article>, else <main> */
    size_t nheadings;
    size_t nh2;                     /* how many of the headings are <h2> */
    size_t nminor;
    size_t nld;
    size_t njson;
    size_t nprops;
    uint8_t nprop_kind[MT_PROP__COUNT];
    size_t ntimes;
    size_t nhinted;
    size_t nauthor_links;
    size_t ntag_links;
    struct mt_hint_cache *hints;    /* what class lists say, by their text */
    uint8_t *flags;                 /* MT_IN_* per node index, inherited */
    uint8_t *own;                   /* MT_IN_* each element adds itself */
    uint8_t *hidden;                /* mt_meta_hidden_on's answers: 0 not asked, 1 no, 2 yes */
    size_t nflags;
    /* The lists: the counts above (and each slot's n) say how much of each
     * is filled; the pass clears only the counts. */
    mt_meta_slot slot[MT_SLOT__COUNT];
    const mt_node *headings[MT_MAX_HEADINGS];   /* h1 and h2 in document order */
    const mt_node *minor[MT_MAX_MINOR_HEADINGS];    /* h3 to h6, the first ones */
    const mt_node *ld_scripts[MT_LD_MAX_BLOCKS];
    const mt_node *json_scripts[MT_MAX_JSON_SCRIPTS];  /* type=application/json */
    mt_meta_node props[MT_MAX_PROPS];
    const mt_node *times[MT_MAX_TIMES];
    mt_meta_node hinted[MT_MAX_HINTED]; /* elements whose class/id names a field */
    const mt_node *author_links[MT_MAX_LINKS];  /* <a rel=author> */
    const mt_node *tag_links[MT_MAX_LINKS];     /* <a rel=tag> */
} mt_meta_page;

/* 1 when the table of meta keys is in the order its lookup needs (for
 * the tests). */
int mt_meta_keys_ok(void);

/* 1 when the class hint words' prefix filter (src/metadata/hint_prefixes.h,
 * written by tools/gen_hint_prefixes.py) is the one their lists make, and
 * every word is long enough for it (for the tests). */
int mt_meta_hint_prefixes_ok(void);

/* The single pass. `scratch` holds the side table. Returns MT_OK or
 * MT_ERR_NOMEM. */
mt_status mt_meta_collect(const mt_document *doc, mt_arena *scratch, mt_meta_page *page);

/* The page's headline cannot be boilerplate: a container whose class says
 * "sidebar" ("content right-sidebar") is a layout, not a sidebar, when the
 * headline sits in it. Clears the boilerplate flag such ancestors gave and
 * recomputes the flags below them. */
void mt_meta_unboiler(mt_meta_page *page, const mt_node *node);

/* The MT_IN_* flags of a node (0 for nodes made after the pass). */
static inline unsigned mt_meta_flags(const mt_meta_page *page, const mt_node *n)
{
    return page->flags && n && n->index < page->nflags ? page->flags[n->index] : 0;
}

/* 1 when a node is where a page states its own byline or date: not in
 * comments, and not in navigation, sidebars or footers outside the
 * article. */
static inline int mt_meta_readable(const mt_meta_page *page, const mt_node *n)
{
    unsigned f = mt_meta_flags(page, n);
    return !(f & MT_IN_COMMENTS) && (!(f & MT_IN_BOILER) || (f & MT_IN_ARTICLE));
}

/* MT_HINT_* bits of an element from its class and id. */
unsigned mt_meta_class_hints(const mt_node *el);

/* The rendered text of an element: text of its descendants (scripts, styles
 * and hidden elements left out, and descendants whose class hints include
 * one of `skip_hints`), with a space between blocks, white space collapsed,
 * into buf (cap bytes, NUL-terminated). At most `max_nodes` nodes are
 * visited. Returns the length. */
size_t mt_meta_node_text(const mt_node *el, char *buf, size_t cap, size_t max_nodes,
                         unsigned skip_hints);

/* 1 when a reader does not see the element's text: scripts, styles,
 * hidden and aria-hidden elements, display:none, screen-reader-only text,
 * buttons and forms' selects. */
int mt_meta_hidden(const mt_node *el);

/* The same for an element of the page, remembered (the readings around the
 * headline cover the same elements) and with class lists judged once. */
int mt_meta_hidden_on(const mt_meta_page *page, const mt_node *el);

/* 1 for the elements that run inside a line of text (<a>, <span>, <em>,
 * <ruby>, ...): no space is read before or after them. */
int mt_meta_is_inline(const mt_node *el);

/* 1 when an inline element follows another element directly
 * ("<span>By</span><span>Anna</span>"): pages separate such pieces with
 * CSS, so the text gets a space there. */
static inline int mt_meta_glued_elements(const mt_node *el)
{
    const mt_node *p = el->prev;
    return p && p->type == MT_NODE_ELEMENT && p->tag != MT_TAG_BR && p->tag != MT_TAG_WBR &&
           el->tag != MT_TAG_SUP && el->tag != MT_TAG_SUB;
}

/* A single value from a <meta content> or an attribute (its name
 * name_len bytes): borrowed span, or NULL when empty. */
const char *mt_meta_attr_n(const mt_node *el, const char *name, size_t name_len, size_t *len);

/* mt_meta_attr_n of a NUL-terminated name. (Inline: the names are
 * literals, whose length is then known where the call is written.) */
static inline const char *mt_meta_attr(const mt_node *el, const char *name, size_t *len)
{
    return mt_meta_attr_n(el, name, strlen(name), len);
}

/* ====================================================================== choosing */

/* Everything the field choosers share while one page is read. */
typedef struct mt_meta_ctx {
    const mt_document *doc;
    const char *url;            /* the page's address as given, or NULL */
    int64_t now;
    mt_arena *arena;            /* the result's strings */
    mt_arena *scratch;          /* freed when the stage ends */
    mt_ld_set *ld;
    const mt_ld_item *main;     /* the JSON-LD item describing the page, or NULL */
    const mt_ld_item *body_item;    /* the one with the page's articleBody (mt_ld_body_item) */
    const char *host;           /* of the page URL, without "www." */
    size_t host_len;
    const mt_node *headline;    /* the heading the title was taken from, or NULL */
    const mt_node *near_title;  /* a heading like the title, taken from elsewhere */
    mt_date_order order;        /* how to read 03/04/2016 on this page */
    unsigned date_flags;        /* MT_DATE_ARABIC_DIGITS on a page in Arabic script */
    const char *after;          /* text after the anchor, once read (mt_meta_after) */
    size_t after_len;
    const char *after_long;     /* the same, further */
    size_t after_long_len;
    const char *before;         /* text before the anchor, once read (mt_meta_before) */
    size_t before_len;
    mt_metadata *out;
    mt_metadata_scope scope;
    mt_meta_page page;          /* last: mt_meta_collect sets it up */
} mt_meta_ctx;

/* Copies a string into the result's arena with white space collapsed and
 * tags stripped; NULL for an empty result. *oom is set on failure. */
const char *mt_meta_keep(mt_meta_ctx *c, const char *s, size_t len, int *oom);

/* Where the visible page's byline and dateline are searched from: the
 * heading the title was taken from, else the first <h1> of the main content
 * (the extractor's node) or of the article, else that node itself, else a
 * heading somewhat like the title, else the only <h1>, else <body>. */
const mt_node *mt_meta_anchor(const mt_meta_ctx *c);

/* Stands for a long run of text that was not copied (see `elide`). */
#define MT_META_ELIDED '\x01'
/* Opens the line of a heading (<h1>..<h6>): a section's title ("Early
 * History") is no one's name, however it is written. */
#define MT_META_HEADING '\x02'

/* The visible text after the anchor (its own text excluded; when the anchor
 * is a box rather than a heading, its text from the start; with `elide`,
 * text nodes longer than a byline replaced by MT_META_ELIDED) and before it,
 * one line per block ('\n' between; a heading's line opened by
 * MT_META_HEADING), navigation, comments, figures and
 * hidden elements left out; at most `max_nodes` nodes are read. Returns the
 * length written to buf (NUL-terminated). */
size_t mt_meta_text_after(const mt_meta_ctx *c, const mt_node *anchor, char *buf, size_t cap,
                          size_t max_nodes, int elide);
size_t mt_meta_text_before(const mt_meta_ctx *c, const mt_node *anchor, char *buf, size_t cap,
                           size_t max_nodes);

/* Whether an element is a box of other stories inside the article's box:
 * an <aside>, a complementary region, a box classed related, teaser or
 * sidebar, under an article's box (which keeps such boxes readable). */
int mt_meta_other_stories_box(const mt_meta_page *page, const mt_node *el);

/* The text after the anchor (mt_meta_text_after), read once and shared by
 * the byline and date searches: 3 KiB from 500 nodes, or with `longer` 16
 * KiB from 3,000 nodes (to the end of most articles, paragraphs elided);
 * NULL when memory runs out. */
const char *mt_meta_after(mt_meta_ctx *c, const mt_node *anchor, int longer, size_t *len);

/* The text before the anchor (mt_meta_text_before, 40 nodes back), read
 * once for the byline and date searches: *len is what a buffer of `cap`
 * bytes (at most 800) would have held. NULL when memory runs out. */
const char *mt_meta_before(mt_meta_ctx *c, const mt_node *anchor, size_t cap, size_t *len);

/* The holder named in the page's copyright notice (its "copyright" meta
 * tag, else the last notice in its text), into buf; 0 when none. */
size_t mt_meta_copyright(const mt_meta_ctx *c, char *buf, size_t cap);

/* The field choosers, in the order they run (later ones use earlier ones'
 * results: the title's heading anchors the byline and date search). */
mt_status mt_meta_choose_title(mt_meta_ctx *c);
mt_status mt_meta_choose_authors(mt_meta_ctx *c);
mt_status mt_meta_choose_dates(mt_meta_ctx *c);
mt_status mt_meta_choose_pagetype(mt_meta_ctx *c);

#endif
