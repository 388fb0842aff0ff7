/* collect.c -- one pass over the tree that gathers every metadata candidate:
 * <meta> tags by key, <link> relations, <title>, headings, JSON-LD scripts,
 * microdata properties, <time> elements, elements whose class or id names
 * a byline or a date, rel=author and rel=tag links; and a side table of
 * flags saying which nodes sit in boilerplate, in the article, in <head>. */
#include <stddef.h>
#include <string.h>
#include "metadata/meta_internal.h"
#include "util/fnv.h"
#include "util/names.h"
#include "util/inline.h"
#include "util/simd16.h"
#include "util/style.h"
#include "metadata/hint_prefixes.h"

/* ================================================================ meta keys */

typedef struct meta_key {
    const char *key;        /* lowercase name, property or itemprop */
    uint8_t slot;
    uint8_t rank;           /* lower is stronger within the slot */
    uint8_t len;            /* of key */
    const char *source;
} meta_key;

/* Sorted by key, byte by byte (mt_meta_keys_ok checks the order); found
 * through the chains of hint_prefixes.h. Within a slot the ranks put the
 * OpenGraph and article: properties first, then the publishing systems'
 * own conventions, then Dublin Core and generic names. */
#define K(key, slot, rank, source) { key, slot, rank, sizeof(key) - 1, source }
static const meta_key meta_keys[] = {
    K("apple-mobile-web-app-title", MT_SLOT_SITE, 4, "meta:apple-mobile-web-app-title"),
    K("application-name", MT_SLOT_SITE, 3, "meta:application-name"),
    K("article.author", MT_SLOT_AUTHOR, 5, "meta:article.author"),
    K("article.published", MT_SLOT_DATE, 3, "meta:article.published"),
    K("article.updated", MT_SLOT_MODIFIED, 4, "meta:article.updated"),
    K("article:author", MT_SLOT_AUTHOR, 3, "meta:article:author"),
    K("article:modified", MT_SLOT_MODIFIED, 3, "meta:article:modified"),
    K("article:modified_time", MT_SLOT_MODIFIED, 1, "meta:article:modified_time"),
    K("article:published", MT_SLOT_DATE, 2, "meta:article:published"),
    K("article:published_time", MT_SLOT_DATE, 1, "meta:article:published_time"),
    K("article:section", MT_SLOT_SECTION, 1, "meta:article:section"),
    K("article:tag", MT_SLOT_TAGS, 1, "meta:article:tag"),
    K("article_date_original", MT_SLOT_DATE, 3, "meta:article_date_original"),
    K("articlesection", MT_SLOT_SECTION, 3, "meta:articleSection"),
    K("author", MT_SLOT_AUTHOR, 2, "meta:author"),
    K("authors", MT_SLOT_AUTHOR, 5, "meta:authors"),
    K("byl", MT_SLOT_AUTHOR, 4, "meta:byl"),
    K("category", MT_SLOT_SECTION, 3, "meta:category"),
    K("citation_author", MT_SLOT_AUTHOR, 1, "meta:citation_author"),
    K("citation_date", MT_SLOT_DATE, 3, "meta:citation_date"),
    K("citation_journal_title", MT_SLOT_SITE, 6, "meta:citation_journal_title"),
    K("citation_online_date", MT_SLOT_DATE, 3, "meta:citation_online_date"),
    K("citation_publication_date", MT_SLOT_DATE, 2, "meta:citation_publication_date"),
    K("citation_title", MT_SLOT_TITLE, 3, "meta:citation_title"),
    K("content-language", MT_SLOT_LANGUAGE, 1, "meta:content-language"),
    K("copyright", MT_SLOT_RIGHTS, 1, "meta:copyright"),
    K("created", MT_SLOT_DATE, 7, "meta:created"),
    K("cxenseparse:author", MT_SLOT_AUTHOR, 5, "meta:cxenseparse:author"),
    K("cxenseparse:recs:publishtime", MT_SLOT_DATE, 4, "meta:cxenseparse:recs:publishtime"),
    K("date", MT_SLOT_DATE, 7, "meta:date"),
    K("date_published", MT_SLOT_DATE, 3, "meta:date_published"),
    K("datecreated", MT_SLOT_DATE, 5, "meta:dateCreated"),
    K("datemodified", MT_SLOT_MODIFIED, 2, "meta:dateModified"),
    K("datepublished", MT_SLOT_DATE, 2, "meta:datePublished"),
    K("dc.contributor", MT_SLOT_AUTHOR, 5, "meta:dc.contributor"),
    K("dc.creator", MT_SLOT_AUTHOR, 4, "meta:dc.creator"),
    K("dc.date", MT_SLOT_DATE, 6, "meta:dc.date"),
    K("dc.date.created", MT_SLOT_DATE, 5, "meta:dc.date.created"),
    K("dc.date.issued", MT_SLOT_DATE, 4, "meta:dc.date.issued"),
    K("dc.date.modified", MT_SLOT_MODIFIED, 4, "meta:dc.date.modified"),
    K("dc.description", MT_SLOT_DESCRIPTION, 4, "meta:dc.description"),
    K("dc.language", MT_SLOT_LANGUAGE, 3, "meta:dc.language"),
    K("dc.publisher", MT_SLOT_SITE, 5, "meta:dc.publisher"),
    K("dc.rights", MT_SLOT_LICENSE, 3, "meta:dc.rights"),
    K("dc.subject", MT_SLOT_TAGS, 4, "meta:dc.subject"),
    K("dc.title", MT_SLOT_TITLE, 5, "meta:dc.title"),
    /* RDFa's Dublin Core creator, <meta property="dc:creator">: the
     * person a page names as its maker, before its generic "author" */
    K("dc:creator", MT_SLOT_AUTHOR, 1, "meta:dc:creator"),
    K("dcterms.abstract", MT_SLOT_DESCRIPTION, 5, "meta:dcterms.abstract"),
    K("dcterms.created", MT_SLOT_DATE, 5, "meta:dcterms.created"),
    K("dcterms.creator", MT_SLOT_AUTHOR, 4, "meta:dcterms.creator"),
    K("dcterms.date", MT_SLOT_DATE, 6, "meta:dcterms.date"),
    K("dcterms.description", MT_SLOT_DESCRIPTION, 4, "meta:dcterms.description"),
    K("dcterms.issued", MT_SLOT_DATE, 4, "meta:dcterms.issued"),
    K("dcterms.language", MT_SLOT_LANGUAGE, 3, "meta:dcterms.language"),
    K("dcterms.license", MT_SLOT_LICENSE, 2, "meta:dcterms.license"),
    K("dcterms.modified", MT_SLOT_MODIFIED, 4, "meta:dcterms.modified"),
    K("dcterms.publisher", MT_SLOT_SITE, 5, "meta:dcterms.publisher"),
    K("dcterms.rights", MT_SLOT_LICENSE, 3, "meta:dcterms.rights"),
    K("dcterms.rightsholder", MT_SLOT_RIGHTS, 1, "meta:dcterms.rightsHolder"),
    K("dcterms.title", MT_SLOT_TITLE, 5, "meta:dcterms.title"),
    K("description", MT_SLOT_DESCRIPTION, 1, "meta:description"),
    K("displaydate", MT_SLOT_DATE, 7, "meta:displaydate"),
    K("headline", MT_SLOT_TITLE, 4, "meta:headline"),
    K("inlanguage", MT_SLOT_LANGUAGE, 3, "meta:inLanguage"),
    K("keywords", MT_SLOT_TAGS, 3, "meta:keywords"),
    K("language", MT_SLOT_LANGUAGE, 3, "meta:language"),
    K("last-modified", MT_SLOT_MODIFIED, 5, "meta:last-modified"),
    K("lastmod", MT_SLOT_MODIFIED, 5, "meta:lastmod"),
    K("news_keywords", MT_SLOT_TAGS, 2, "meta:news_keywords"),
    K("og:article:author", MT_SLOT_AUTHOR, 3, "meta:og:article:author"),
    K("og:article:modified_time", MT_SLOT_MODIFIED, 1, "meta:og:article:modified_time"),
    K("og:article:published_time", MT_SLOT_DATE, 1, "meta:og:article:published_time"),
    K("og:article:section", MT_SLOT_SECTION, 1, "meta:og:article:section"),
    K("og:article:tag", MT_SLOT_TAGS, 1, "meta:og:article:tag"),
    K("og:description", MT_SLOT_DESCRIPTION, 2, "meta:og:description"),
    K("og:image", MT_SLOT_IMAGE, 1, "meta:og:image"),
    K("og:image:secure_url", MT_SLOT_IMAGE, 1, "meta:og:image:secure_url"),
    K("og:image:url", MT_SLOT_IMAGE, 1, "meta:og:image:url"),
    K("og:locale", MT_SLOT_LANGUAGE, 2, "meta:og:locale"),
    K("og:pubdate", MT_SLOT_DATE, 7, "meta:og:pubdate"),
    K("og:published_time", MT_SLOT_DATE, 1, "meta:og:published_time"),
    K("og:site_name", MT_SLOT_SITE, 1, "meta:og:site_name"),
    K("og:title", MT_SLOT_TITLE, 1, "meta:og:title"),
    K("og:type", MT_SLOT_TYPE, 1, "meta:og:type"),
    K("og:updated_time", MT_SLOT_MODIFIED, 3, "meta:og:updated_time"),
    K("og:url", MT_SLOT_URL, 1, "meta:og:url"),
    K("originalpublicationdate", MT_SLOT_DATE, 3, "meta:originalpublicationdate"),
    K("parsely-author", MT_SLOT_AUTHOR, 3, "meta:parsely-author"),
    K("parsely-page", MT_SLOT_PARSELY, 1, "meta:parsely-page"),
    K("parsely-pub-date", MT_SLOT_DATE, 3, "meta:parsely-pub-date"),
    K("parsely-section", MT_SLOT_SECTION, 2, "meta:parsely-section"),
    K("parsely-tags", MT_SLOT_TAGS, 2, "meta:parsely-tags"),
    K("parsely-title", MT_SLOT_TITLE, 3, "meta:parsely-title"),
    K("pub_date", MT_SLOT_DATE, 3, "meta:pub_date"),
    K("pubdate", MT_SLOT_DATE, 3, "meta:pubdate"),
    K("publication_date", MT_SLOT_DATE, 3, "meta:publication_date"),
    K("publish-date", MT_SLOT_DATE, 3, "meta:publish-date"),
    K("publish_date", MT_SLOT_DATE, 3, "meta:publish_date"),
    K("publishdate", MT_SLOT_DATE, 3, "meta:publishdate"),
    K("published_time", MT_SLOT_DATE, 3, "meta:published_time"),
    K("publisher", MT_SLOT_SITE, 5, "meta:publisher"),
    K("release_date", MT_SLOT_DATE, 6, "meta:release_date"),
    K("revised", MT_SLOT_MODIFIED, 6, "meta:revised"),
    K("sailthru.author", MT_SLOT_AUTHOR, 3, "meta:sailthru.author"),
    K("sailthru.date", MT_SLOT_DATE, 3, "meta:sailthru.date"),
    K("sailthru.section", MT_SLOT_SECTION, 2, "meta:sailthru.section"),
    K("sailthru.tags", MT_SLOT_TAGS, 2, "meta:sailthru.tags"),
    K("sailthru.title", MT_SLOT_TITLE, 3, "meta:sailthru.title"),
    K("section", MT_SLOT_SECTION, 3, "meta:section"),
    K("thumbnail", MT_SLOT_IMAGE, 4, "meta:thumbnail"),
    K("thumbnailurl", MT_SLOT_IMAGE, 3, "meta:thumbnailUrl"),
    K("title", MT_SLOT_TITLE, 6, "meta:title"),
    K("twitter:data1", MT_SLOT_AUTHOR, 9, "meta:twitter:data1"),
    K("twitter:description", MT_SLOT_DESCRIPTION, 3, "meta:twitter:description"),
    K("twitter:image", MT_SLOT_IMAGE, 2, "meta:twitter:image"),
    K("twitter:image:src", MT_SLOT_IMAGE, 2, "meta:twitter:image:src"),
    K("twitter:title", MT_SLOT_TITLE, 2, "meta:twitter:title"),
    K("twitter:url", MT_SLOT_URL, 2, "meta:twitter:url"),
    K("uploaddate", MT_SLOT_DATE, 5, "meta:uploadDate"),
};
#undef K

#define META_KEYS (sizeof meta_keys / sizeof meta_keys[0])

/* The chain of a lowercase key (meta_key_head in hint_prefixes.h) is the
 * top byte of its FNV-1a hash (util/fnv.h), as tools/gen_hint_prefixes.py
 * computes it. */
static const meta_key *meta_key_of(const char *k, size_t n)
{
    if (n == 0 || n > 48)
        return NULL;
    /* the keys are lowercase: the name is folded as mt_meta_eq_ci would,
     * and hashed in the same pass; its chain holds a key or two, where a
     * search by halves compared it with seven */
    char low[48];
    uint32_t h = MT_FNV_START;
    for (size_t i = 0; i < n; i++) {
        low[i] = (char)mt_ascii_lower((unsigned char)k[i]);
        h = mt_fnv_step(h, (unsigned char)low[i]);
    }
    for (unsigned i = meta_key_head[h >> 24]; i; i = meta_key_next[i - 1]) {
        const meta_key *mk = &meta_keys[i - 1];
        if (mk->len == n && memcmp(low, mk->key, n) == 0)
            return mk;
    }
    return NULL;
}

int mt_meta_keys_ok(void)
{
    /* the chains as the script builds them: each key put first in its own */
    uint8_t head[sizeof meta_key_head] = { 0 };
    uint8_t next[sizeof meta_key_next];
    if (META_KEYS != sizeof meta_key_next)
        return 0;
    for (size_t i = 0; i < META_KEYS; i++) {
        uint32_t h = MT_FNV_START;
        for (const char *c = meta_keys[i].key; *c; c++)
            h = mt_fnv_step(h, (unsigned char)*c);
        if (strlen(meta_keys[i].key) != meta_keys[i].len)
            return 0;
        next[i] = head[h >> 24];
        head[h >> 24] = (uint8_t)(i + 1);
    }
    return mt_meta_sorted_ok(meta_keys, META_KEYS, sizeof meta_keys[0]) &&
           memcmp(head, meta_key_head, sizeof head) == 0 &&
           memcmp(next, meta_key_next, sizeof next) == 0;
}

/* Keeps a value for its slot: a stronger key replaces what the slot held, an
 * equal key adds a value (repeated article:tag), a weaker one is dropped. */
static void offer(mt_meta_page *page, int slot, int rank, const char *source, const char *v,
                  size_t len)
{
    mt_meta_slot *s = &page->slot[slot];
    if (s->n && rank > s->rank)
        return;
    if (s->n && rank < s->rank)
        s->n = 0;
    if (s->n >= MT_SLOT_VALUES)
        return;
    s->rank = rank;
    s->v[s->n].s = v;
    s->v[s->n].len = len;
    s->v[s->n].source = source;
    s->n++;
}

/* Whether a meta key has "date", "time", "publish", "created" or
 * "uploaded" in it, in any case: one pass over the key where a search for
 * each word was five (most keys with a digit in their value have none:
 * "viewport", "og:image:width"). */
static int names_a_date(const char *k, size_t n)
{
    static const struct { const char *word; size_t len; } words[] = {
        { NULL, 0 }, { "date", 4 }, { "time", 4 }, { "publish", 7 }, { "created", 7 },
        { "uploaded", 8 },
    };
    /* by a byte, the word that begins with it (either case) */
    static const uint8_t lead[256] = {
        ['d'] = 1, ['D'] = 1, ['t'] = 2, ['T'] = 2, ['p'] = 3, ['P'] = 3,
        ['c'] = 4, ['C'] = 4, ['u'] = 5, ['U'] = 5,
    };
    for (size_t i = 0; i < n; i++) {
        unsigned w = lead[(unsigned char)k[i]];
        if (w && words[w].len <= n - i && mt_meta_eq_ci(k + i, words[w].len, words[w].word))
            return 1;
    }
    return 0;
}

/* A key we do not know whose name speaks of a date ("five_hundred_pixels:
 * uploaded_at", "article_publish_date") and whose value is one: the
 * weakest of the date candidates. */
static void offer_other_date(mt_meta_page *page, const char *k, size_t n, const char *v,
                             size_t vlen)
{
    /* every date has a digit (mt_date_parse asks that first): a value with
     * none ("summary_large_image", "index, follow") is done with before the
     * key is read */
    if (n > 64 || vlen > 64 || mt_meta_first_digit(v, vlen) == vlen)
        return;
    if (!names_a_date(k, n))
        return;
    mt_date d;
    if (!mt_date_parse(v, vlen, MT_DATE_ORDER_UNKNOWN, MT_DATE_COMPACT, &d))
        return;
    int modified = mt_meta_find_ci(k, n, "modif") || mt_meta_find_ci(k, n, "updat") ||
                   mt_meta_find_ci(k, n, "revis") || mt_meta_find_ci(k, n, "expir");
    offer(page, modified ? MT_SLOT_MODIFIED : MT_SLOT_DATE, 10, "meta", v, vlen);
}

static const char *trimmed_value(const mt_attr *a, size_t *len);

const char *mt_meta_attr_n(const mt_node *el, const char *name, size_t name_len, size_t *len)
{
    return trimmed_value(mt_dom_attr(el, name, name_len), len);
}

/* <meta name|property|itemprop|http-equiv=KEY content=VALUE>. A property
 * attribute may list several keys ("og:title twitter:title"). */
/* An attribute's value without the white space around it, or NULL when
 * that leaves nothing. */
static const char *trimmed_value(const mt_attr *a, size_t *len)
{
    if (!a || !a->value)
        return NULL;
    const char *s = a->value;
    size_t n = a->value_len;
    while (n && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (!n)
        return NULL;
    *len = n;
    return s;
}

/* The attributes of a <meta>, found in one loop: the value, then the keys
 * in the order they are read. */
enum { MA_CONTENT, MA_VALUE, MA_PROPERTY, MA_NAME, MA_ITEMPROP, MA_HTTP_EQUIV, MA__COUNT };

static void meta_attrs(const mt_node *el, const mt_attr *out[MA__COUNT])
{
    static const struct { const char *name; uint32_t len; } names[MA__COUNT] = {
        { "content", 7 }, { "value", 5 }, { "property", 8 }, { "name", 4 }, { "itemprop", 8 },
        { "http-equiv", 10 },
    };
    /* by first letter, 1 + the one of them that begins with it and has
     * that length ("property" and "itemprop" differ in their first) */
    static const uint8_t by_first[256] = {
        ['c'] = 1 + MA_CONTENT, ['v'] = 1 + MA_VALUE, ['p'] = 1 + MA_PROPERTY,
        ['n'] = 1 + MA_NAME, ['i'] = 1 + MA_ITEMPROP, ['h'] = 1 + MA_HTTP_EQUIV,
    };
    for (int k = 0; k < MA__COUNT; k++)
        out[k] = NULL;
    for (uint32_t i = 0; i < el->nattrs; i++) {
        const mt_attr *a = &el->attrs[i];
        if (a->ns != MT_ATTR_NS_NONE || !a->name_len)
            continue;
        unsigned c = by_first[(unsigned char)a->name[0]];
        if (!c--)
            continue;
        if (!out[c] && a->name_len == names[c].len && memcmp(a->name, names[c].name, a->name_len) == 0)
            out[c] = a;
    }
}

static void read_meta(mt_meta_page *page, const mt_node *el)
{
    const mt_attr *at[MA__COUNT];
    meta_attrs(el, at);
    size_t vlen;
    const char *v = trimmed_value(at[MA_CONTENT], &vlen);
    if (!v) {
        /* itemprop meta and link elements may carry the value elsewhere */
        v = trimmed_value(at[MA_VALUE], &vlen);
        if (!v)
            return;
    }
    for (int a = MA_PROPERTY; a <= MA_HTTP_EQUIV; a++) {
        size_t klen;
        const char *k = trimmed_value(at[a], &klen);
        if (!k)
            continue;
        size_t pos = 0, st, tn;
        while (mt_meta_next_token(k, klen, &pos, &st, &tn)) {
            const meta_key *mk = meta_key_of(k + st, tn);
            if (mk)
                offer(page, mk->slot, mk->rank, mk->source, v, vlen);
            else
                offer_other_date(page, k + st, tn, v, vlen);
        }
    }
}

/* The rel values the pass reads, as bits. */
enum { REL_CANONICAL = 1, REL_LICENSE = 2, REL_IMAGE_SRC = 4, REL_AUTHOR = 8, REL_TAG = 16 };

/* The rel value a token of n bytes is, by its length (and its first
 * letter, for the two of nine): one comparison for a token where there
 * were five ("nofollow", "stylesheet" and "noopener" are most of them). */
static unsigned rel_kind(const char *w, size_t n)
{
    static const struct { const char *word; unsigned kind; } by_len[10] = {
        [3] = { "tag", REL_TAG }, [6] = { "author", REL_AUTHOR },
        [7] = { "license", REL_LICENSE }, [9] = { "canonical", REL_CANONICAL },
    };
    if (n >= 10 || !by_len[n].word)
        return 0;
    if (n == 9 && (w[0] | 0x20) == 'i')
        return mt_meta_eq_ci(w, n, "image_src") ? REL_IMAGE_SRC : 0;
    return mt_meta_eq_ci(w, n, by_len[n].word) ? by_len[n].kind : 0;
}

/* Which of them a rel list names, read in one pass over its tokens. */
static unsigned rel_kinds(const mt_attr *rel)
{
    unsigned kinds = 0;
    size_t pos = 0, st, tn;
    if (!rel)
        return 0;
    while (mt_meta_next_token(rel->value, rel->value_len, &pos, &st, &tn))
        kinds |= rel_kind(rel->value + st, tn);
    return kinds;
}

/* <link rel=canonical|license|image_src href>: `rel` is the element's rel
 * attribute (NULL when none); the href is looked up only for those. */
static void read_link(mt_meta_page *page, const mt_node *el, const mt_attr *rel)
{
    unsigned kinds = rel_kinds(rel);
    size_t hn;
    const char *href = kinds ? mt_meta_attr(el, "href", &hn) : NULL;
    if (!href)
        return;
    if ((kinds & REL_CANONICAL) && !page->canonical) {
        page->canonical = href;
        page->canonical_len = hn;
    } else if (kinds & REL_LICENSE) {
        offer(page, MT_SLOT_LICENSE, 1, "link:license", href, hn);
    } else if (kinds & REL_IMAGE_SRC) {
        offer(page, MT_SLOT_IMAGE, 5, "link:image_src", href, hn);
    }
}

/* ================================================================ class hints */

typedef struct hint_word {
    const char *word;
    uint8_t len;
    uint8_t hint;
} hint_word;

/* Substrings of class and id values that say what an element holds, by
 * their first letter so that one pass over a class list finds them all. */
#define W(s, h) { s, (uint8_t)(sizeof(s) - 1), (uint8_t)(h) }
static const hint_word hints_a[] = {
    W("aktualisiert", MT_HINT_MODIFIED),
    W("article", MT_HINT_ARTICLE),
    W("author", MT_HINT_BYLINE),
    W("autor", MT_HINT_BYLINE),
    { NULL, 0, 0 },
};
static const hint_word hints_b[] = {
    W("breadcrumb", MT_HINT_BOILER),
    W("by-line", MT_HINT_BYLINE),
    W("byline", MT_HINT_BYLINE),
    { NULL, 0, 0 },
};
static const hint_word hints_c[] = {
    W("comment", MT_HINT_COMMENTS),
    W("contributor", MT_HINT_BYLINE),
    W("cookie", MT_HINT_BOILER),
    W("creator", MT_HINT_BYLINE),
    { NULL, 0, 0 },
};
static const hint_word hints_d[] = {
    W("dachzeile", MT_HINT_KICKER),
    W("date", MT_HINT_DATE),
    W("datum", MT_HINT_DATE),
    W("disqus", MT_HINT_COMMENTS),
    { NULL, 0, 0 },
};
static const hint_word hints_e[] = {
    W("entry", MT_HINT_ARTICLE),
    W("eyebrow", MT_HINT_KICKER),
    { NULL, 0, 0 },
};
static const hint_word hints_f[] = {
    W("fecha", MT_HINT_DATE),
    W("footer", MT_HINT_BOILER),
    { NULL, 0, 0 },
};
static const hint_word hints_g[] = {
    W("guestbook", MT_HINT_COMMENTS),
    { NULL, 0, 0 },
};
static const hint_word hints_h[] = {
    W("headline", MT_HINT_TITLE),
    { NULL, 0, 0 },
};
static const hint_word hints_j[] = {
    W("journalist", MT_HINT_BYLINE),
    { NULL, 0, 0 },
};
static const hint_word hints_k[] = {
    W("kicker", MT_HINT_KICKER),
    W("kommentare", MT_HINT_COMMENTS),
    { NULL, 0, 0 },
};
static const hint_word hints_l[] = {
    W("label", MT_HINT_KICKER),
    { NULL, 0, 0 },
};
static const hint_word hints_m[] = {
    W("modified", MT_HINT_MODIFIED),
    W("most-read", MT_HINT_BOILER),
    { NULL, 0, 0 },
};
static const hint_word hints_n[] = {
    W("navbar", MT_HINT_BOILER),
    W("newsletter", MT_HINT_BOILER),
    { NULL, 0, 0 },
};
static const hint_word hints_o[] = {
    W("outbrain", MT_HINT_BOILER),
    W("overhead", MT_HINT_KICKER),
    W("overline", MT_HINT_KICKER),
    { NULL, 0, 0 },
};
static const hint_word hints_p[] = {
    W("pubdate", MT_HINT_DATE),
    W("popular", MT_HINT_BOILER),
    W("post", MT_HINT_ARTICLE),
    W("posted", MT_HINT_DATE),
    W("poster", MT_HINT_BYLINE),
    W("pre-title", MT_HINT_KICKER),
    W("pretitle", MT_HINT_KICKER),
    W("publish", MT_HINT_DATE),
    { NULL, 0, 0 },
};
static const hint_word hints_r[] = {
    W("recommend", MT_HINT_BOILER),
    W("redakteur", MT_HINT_BYLINE),
    W("related", MT_HINT_BOILER),
    W("reporter", MT_HINT_BYLINE),
    W("respond", MT_HINT_COMMENTS),
    W("roofline", MT_HINT_KICKER),
    W("rubric", MT_HINT_KICKER),
    { NULL, 0, 0 },
};
static const hint_word hints_s[] = {
    W("sidebar", MT_HINT_BOILER),
    W("small", MT_HINT_KICKER),
    W("spitzmarke", MT_HINT_KICKER),
    W("story", MT_HINT_ARTICLE),
    W("sub-heading", MT_HINT_KICKER),
    W("sub-title", MT_HINT_KICKER),
    W("subheading", MT_HINT_KICKER),
    W("submitted", MT_HINT_DATE | MT_HINT_BYLINE),
    W("subtitle", MT_HINT_KICKER),
    W("supertitle", MT_HINT_KICKER),
    { NULL, 0, 0 },
};
static const hint_word hints_t[] = {
    W("taboola", MT_HINT_BOILER),
    W("teaser", MT_HINT_BOILER),
    W("time", MT_HINT_DATE),
    W("timestamp", MT_HINT_DATE),
    W("title", MT_HINT_TITLE),
    W("top-title", MT_HINT_KICKER),
    W("topline", MT_HINT_KICKER),
    W("toptitle", MT_HINT_KICKER),
    W("trending", MT_HINT_BOILER),
    { NULL, 0, 0 },
};
static const hint_word hints_u[] = {
    W("updated", MT_HINT_MODIFIED),
    { NULL, 0, 0 },
};
static const hint_word hints_v[] = {
    W("verfasser", MT_HINT_BYLINE),
    { NULL, 0, 0 },
};
static const hint_word hints_w[] = {
    W("writer", MT_HINT_BYLINE),
    { NULL, 0, 0 },
};
#undef W

static const hint_word *const hints_by_letter[26] = {
    ['a' - 'a'] = hints_a,
    ['b' - 'a'] = hints_b,
    ['c' - 'a'] = hints_c,
    ['d' - 'a'] = hints_d,
    ['e' - 'a'] = hints_e,
    ['f' - 'a'] = hints_f,
    ['g' - 'a'] = hints_g,
    ['h' - 'a'] = hints_h,
    ['j' - 'a'] = hints_j,
    ['k' - 'a'] = hints_k,
    ['l' - 'a'] = hints_l,
    ['m' - 'a'] = hints_m,
    ['n' - 'a'] = hints_n,
    ['o' - 'a'] = hints_o,
    ['p' - 'a'] = hints_p,
    ['r' - 'a'] = hints_r,
    ['s' - 'a'] = hints_s,
    ['t' - 'a'] = hints_t,
    ['u' - 'a'] = hints_u,
    ['v' - 'a'] = hints_v,
    ['w' - 'a'] = hints_w,
};

/* Class names that name what the element is about, not what it is: the
 * taxonomy classes blog engines add to a post ("category-der-kommentar",
 * "tag-sidebar-tips") would otherwise read as comments or sidebars. `s`
 * is where a class name begins, n what is left of the list. */
static int taxonomy_class(const char *s, size_t n)
{
#define P(s) { s, sizeof(s) - 1 }
    static const struct { const char *s; size_t len; } prefixes[] = {
        P("tag-"), P("tags-"), P("category-"), P("cat-"), P("topic-"), P("kategorie-"),
        P("rubrik-"), P("format-"), P("status-"),
    };
#undef P
    char c = (char)(s[0] | 32);
    if (c != 't' && c != 'c' && c != 'k' && c != 'r' && c != 'f' && c != 's')
        return 0;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t k = prefixes[i].len;
        /* the prefix and more of the same class name */
        if (n > k && c == prefixes[i].s[0] && mt_meta_eq_ci(s, k, prefixes[i].s) &&
            !mt_ascii_is_space(s[k]))
            return 1;
    }
    return 0;
}

/* The attributes the pass reads, found in one loop over an element's. */
typedef struct el_attrs {
    const mt_attr *cls, *id;
    /* 1 when a name that may be one of the few that most elements lack
     * (itemprop, itemtype, property, role, rel: may_be_rare) is there: one
     * question spares the others. Their slots below are set (cleared when
     * the first such name is met) only then; with 0 they are not read. */
    int rare;
    const mt_attr *itemprop, *itemtype, *role, *rel, *property;
} el_attrs;

/* Whether a name may be rel, role, itemprop, itemtype or property: by its
 * first letter and its length, which most names fail, in one test where
 * one of the length was mispredicted. */
static int may_be_rare(const char *name, uint32_t n)
{
    /* by first letter, the lengths of those names that begin with it */
    static const uint16_t rare_first[256] = { ['r'] = 1u << 3 | 1u << 4, ['i'] = 1u << 8,
                                              ['p'] = 1u << 8 };
    unsigned first = n ? (unsigned char)name[0] : 0;
    return (n <= 8) & (rare_first[first] >> (n & 15));
}

/* The slot of a name may_be_rare let through, or NULL. */
static const mt_attr **rare_slot(el_attrs *a, const char *name, uint32_t n)
{
    if (n == 3)
        return memcmp(name, "rel", 3) == 0 ? &a->rel : NULL;
    if (n == 4)
        return memcmp(name, "role", 4) == 0 ? &a->role : NULL;
    return memcmp(name, "itemprop", 8) == 0   ? &a->itemprop
           : memcmp(name, "itemtype", 8) == 0 ? &a->itemtype
           : memcmp(name, "property", 8) == 0 ? &a->property
                                               : NULL;
}

/* Inlined: the walk reads every element's. */
static MT_ALWAYS_INLINE void read_attrs(const mt_node *el, el_attrs *a)
{
    /* the rare slots are cleared with the first rare name: most elements
     * have none, and clearing them cost more than the loop below */
    a->cls = a->id = NULL;
    a->rare = 0;
    for (uint32_t i = 0; i < el->nattrs; i++) {
        const mt_attr *at = &el->attrs[i];
        const mt_attr **slot = NULL;
        if (at->ns != MT_ATTR_NS_NONE || !at->value)
            continue;
        /* class and id first, the names most elements have; then one
         * test by the first letter and the length turns down most other
         * names before they are compared with the rare ones. Tests where
         * a switch by the length was an indirect jump mispredicted on
         * most attributes. */
        uint32_t n = at->name_len;
        if (n == 5) {
            slot = memcmp(at->name, "class", 5) == 0 ? &a->cls : NULL;
        } else if (n == 2) {
            slot = memcmp(at->name, "id", 2) == 0 ? &a->id : NULL;
        } else if (may_be_rare(at->name, n)) {
            if (!a->rare) {
                a->itemprop = a->itemtype = a->role = a->rel = a->property = NULL;
                a->rare = 1;
            }
            slot = rare_slot(a, at->name, n);
        }
        if (slot && !*slot)
            *slot = at;
    }
}

/* Whether four bytes `at` are a hint word's first four (`word`) in any
 * case: bit 5 is set in `at` where the word has a letter only (a letter
 * has bit 6, '-' has not), so that a '\r' never passes for a '-'. One
 * compare answers for the four bytes that word_at then need not read. */
static int prefix_is(uint32_t at, uint32_t word)
{
    return (at | ((word & 0x40404040u) >> 1)) == word;
}

/* 1 when the word (lowercase) is written at s[0..n) in any case, its
 * first four bytes being there already (prefix_is). */
static int word_at(const char *s, size_t n, const hint_word *w)
{
    if (w->len > n)
        return 0;
    for (size_t k = 4; k < w->len; k++)
        if (mt_ascii_lower((unsigned char)s[k]) != w->word[k])
            return 0;
    return 1;
}

/* The hint words written at s[0..n), a word start. Every hint word is
 * lowercase letters and '-', four or more (mt_meta_hint_prefixes_ok checks
 * it): fewer bytes hold none, and one compare of the first four rules most
 * words out before they are read letter by letter. */
static unsigned words_at(const char *s, size_t n, const hint_word *w)
{
    unsigned hints = 0;
    if (n < 4)
        return 0;
    uint32_t at = mt_load32(s);
    for (; w->word; w++)
        if (prefix_is(at, mt_load32(w->word)) && word_at(s, n, w))
            hints |= w->hint;
    return hints;
}

/* The bit of a word's first four bytes (bit 5 set in each, as words_at
 * compares them) in a prefix filter. */
static unsigned prefix_bit(uint32_t key)
{
    return (key * 0x9E3779B1u) >> 22;   /* 10 bits: 1024 */
}

#define PREFIX_FILTER_WORDS (1024 / 64)

/* The hint bits the pass acts on itself: the boilerplate and comment
 * flags of a box, and the byline and date boxes it lists. A title, a
 * kicker or an article box is asked of mt_meta_class_hints later, for the
 * few elements that need it, never of the pass's cache. */
#define WALK_HINTS (MT_HINT_BYLINE | MT_HINT_DATE | MT_HINT_MODIFIED | MT_HINT_BOILER | \
                    MT_HINT_COMMENTS)

/* The prefix filter of the hint words above with a bit of WALK_HINTS: the
 * bit of every such word's first four letters, a constant written by
 * tools/gen_hint_prefixes.py into hint_prefixes.h (the words do not change
 * from page to page). Only the pass reads with it, and the starts it rules out begin none of
 * the words the pass acts on. It holds the keys as a little-endian machine
 * reads them; elsewhere no filter is used. */
_Static_assert(sizeof hint_prefixes == PREFIX_FILTER_WORDS * sizeof(uint64_t),
               "the generated filter has another size");
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define HINT_FILTER hint_prefixes
#define HINT_FILTER_USED 1
#else
#define HINT_FILTER ((const uint64_t *)NULL)
#define HINT_FILTER_USED 0
#endif

#define HINT_BUCKET_WORDS (sizeof hint_bucket_word / sizeof hint_bucket_word[0])

/* Whether a hint word is what prefix_is and word_at take it for: a small
 * letter, then small letters and '-', `len` of them. */
static int lowercase_word(const hint_word *w)
{
    if (strlen(w->word) != w->len || !mt_ascii_is_lower((unsigned char)w->word[0]))
        return 0;
    for (size_t k = 1; k < w->len; k++)
        if (!mt_ascii_is_lower((unsigned char)w->word[k]) && w->word[k] != '-')
            return 0;
    return 1;
}

int mt_meta_hint_prefixes_ok(void)
{
    uint64_t filter[PREFIX_FILTER_WORDS] = { 0 };
    /* the chains as the script builds them: words numbered in the order
     * of the lists, each put first in the chain of its bit */
    uint8_t head[sizeof hint_bucket_head] = { 0 };
    uint8_t next[HINT_BUCKET_WORDS];
    uint16_t where[HINT_BUCKET_WORDS];
    size_t n = 0;
    for (size_t l = 0; l < 26; l++) {
        const hint_word *list = hints_by_letter[l];
        for (const hint_word *w = list; w && w->word; w++) {
            /* no filter can rule out a start on fewer than four bytes;
             * a word past the chains' end has none */
            if (w->len < 4 || n >= HINT_BUCKET_WORDS || !lowercase_word(w))
                return 0;
            unsigned bit = prefix_bit(mt_load32(w->word) | 0x20202020u);
            next[n] = head[bit];
            where[n] = (uint16_t)(l * 16 + (size_t)(w - list));
            head[bit] = (uint8_t)++n;
            if (w->hint & WALK_HINTS)
                filter[bit / 64] |= 1ull << (bit % 64);
        }
    }
    int chains = n == HINT_BUCKET_WORDS && memcmp(head, hint_bucket_head, sizeof head) == 0 &&
                 memcmp(next, hint_bucket_next, sizeof next) == 0 &&
                 memcmp(where, hint_bucket_word, sizeof where) == 0;
    return !HINT_FILTER_USED || (chains && memcmp(filter, hint_prefixes, sizeof filter) == 0);
}

/* The hint words at a start s[0..n) (n >= 4) whose first four bytes,
 * with bit 5 of each set, have the filter bit `bit`: those of the chain
 * of the bit, which holds every word with such bytes. Where the word list
 * of the start's letter was read, at a mispredicted branch a word. Not
 * inlined: in the start loop of first_walk_hint it made that loop's
 * registers spill. */
static MT_NOINLINE unsigned chained_words_at(const char *s, size_t n, unsigned bit)
{
    unsigned hints = 0;
    uint32_t at = mt_load32(s);
    for (unsigned k = hint_bucket_head[bit]; k; k = hint_bucket_next[k - 1]) {
        unsigned where = hint_bucket_word[k - 1];
        const hint_word *w = &hints_by_letter[where / 16][where % 16];
        if (prefix_is(at, mt_load32(w->word)) && word_at(s, n, w))
            hints |= w->hint;
    }
    return hints;
}

/* The hint words at a word start s[0..n): `filter` (NULL for none) rules
 * out the starts no word of it begins with, which most are, and the
 * others meet the words of their chain; without it the word list of the
 * start's letter is read. */
static inline unsigned hints_at(const char *s, size_t n, const uint64_t *filter)
{
    if (filter && n >= 4) {
        uint32_t key = mt_load32(s) | 0x20202020u;
        unsigned bit = prefix_bit(key);
        if (!(filter[bit / 64] & (1ull << (bit % 64))))
            return 0;
        return chained_words_at(s, n, bit);
    }
    const hint_word *w = hints_by_letter[mt_ascii_lower((unsigned char)s[0]) - 'a'];
    return w ? words_at(s, n, w) : 0;
}

/* The hint words of the class name that begins at s[*i], where the list
 * goes on to s[len]; *i is moved past it. A word begins at a letter after
 * a non-letter and at a capital after a small letter ("postAuthor"); the
 * rest of a run of small letters begins none, so such runs are passed
 * over whole. */
static unsigned class_name_hints(const char *s, size_t *at, size_t len, const uint64_t *filter)
{
    unsigned hints = 0;
    int prev = 0;           /* the byte before: 0 no letter, 1 small, 2 capital */
    size_t i = *at;
    while (i < len) {
        unsigned c = (unsigned char)s[i];
        if (mt_ascii_is_lower(c)) {
            if (!prev)
                hints |= hints_at(s + i, len - i, filter);
            i = mt_swar_small_letters_end(s, i + 1, len);
            prev = 1;
        } else if (mt_ascii_is_upper(c)) {
            if (prev != 2)
                hints |= hints_at(s + i, len - i, filter);
            i++;
            prev = 2;
        } else if (c <= ' ' && mt_ascii_is_space(s[i])) {
            break;
        } else {
            i++;
            prev = 0;
        }
    }
    *at = i;
    return hints;
}

/* 1 when a class name with a date word is no date ("timeline", "runtime",
 * "times-of-day"). */
static int timeline_class(const char *s, size_t n)
{
    return mt_meta_find_ci(s, n, "timeline") || mt_meta_find_ci(s, n, "runtime") ||
           mt_meta_find_ci(s, n, "times-");
}

/* What a class list says against its date words, as *timeline gives it:
 * a timeline (1: not a date), an entity's date (not the page's, even when
 * it says "updated"). */
enum { TIMELINE = 1, ENTITYS_DATE = 2 };

/* Whether a class list names, among its classes, the date of a person or
 * an event in microformats -- hCard's "bday", hCalendar's "dtstart" and
 * "dtend" -- which is not the page's, whatever else the list says (an
 * infobox's founding date as class="bday dtstart published updated"). */
static int names_an_entitys_date(const char *s, size_t n)
{
    static const char *const names[] = { "bday", "dtstart", "dtend" };
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t len = strlen(names[k]);
        for (const char *from = s, *end = s + n, *m;
             (m = mt_meta_find_ci(from, (size_t)(end - from), names[k])) != NULL; from = m + 1)
            if ((m == s || mt_ascii_is_space(m[-1])) &&
                (m + len == end || mt_ascii_is_space(m[len])))
                return 1;
    }
    return 0;
}

/* A class list or id is read this far for hints. */
#define HINTS_READ_MAX 256

/* Whether a class name is a post's own footer: an article's word, a '-'
 * or '_', then "footer" or "footers", alone or with a part of it
 * ("post-footer" and "post-footer-line", Blogger's; "entry-footer",
 * "entry-footer-info" and "post-footers", TypePad's and WordPress
 * themes'). It holds the post's "Posted by" and date, and its words would
 * make it boilerplate like the page's footer. A name with other words
 * says what else the box is ("post-footer-related"): its hints stand. */
static int post_footer_class(const char *s, size_t n)
{
    static const struct { const char *s; size_t len; } heads[] = {
        { "article", 7 }, { "entry", 5 }, { "post", 4 }, { "story", 5 },
    };
    static const char *const parts[] = { "line", "info", "meta" };
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t h = heads[k].len, end = h + 7;
        if (n < end || !mt_meta_eq_ci(s, h, heads[k].s) || (s[h] != '-' && s[h] != '_') ||
            !mt_meta_eq_ci(s + h + 1, 6, "footer"))
            continue;
        if (n == end || (n == end + 1 && (s[end] | 0x20) == 's'))
            return 1;   /* "post-footer", "post-footers" */
        for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++)
            if (n >= end + 5 && (s[end] == '-' || s[end] == '_') &&
                mt_meta_eq_ci(s + end + 1, 4, parts[p]))
                return 1;
        return 0;
    }
    return 0;
}

/* Whether a class name says what an element holds or lacks, not what it
 * is: a layout's state ("has-double-sidebar", "with-comments",
 * "no-sidebar"). The page's content box often carries one, and its words
 * would make all of it a sidebar or comments. */
static int holds_class(const char *s, size_t n)
{
#define P(s) { s, sizeof(s) - 1 }
    static const struct { const char *s; size_t len; } prefixes[] = {
        P("has-"), P("with-"), P("no-"), P("without-"),
    };
#undef P
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t k = prefixes[i].len;
        if (n > k && mt_meta_eq_ci(s, k, prefixes[i].s))
            return 1;
    }
    return 0;
}

/* Sets ENTITYS_DATE in *timeline when a class list with a date word
 * in `hints` (asked of those few lists only, each whole) names an entity's
 * date (names_an_entitys_date). */
static void note_entitys_date(unsigned hints, const char *s, size_t len, int *timeline)
{
    if ((hints & (MT_HINT_DATE | MT_HINT_MODIFIED)) &&
        names_an_entitys_date(s, len < HINTS_READ_MAX ? len : HINTS_READ_MAX))
        *timeline |= ENTITYS_DATE;
}

/* The hint words in one class list or id, read in place and in one pass:
 * a word is looked for only where one can begin (a letter after any byte
 * that is no letter, such as '-', '_' or a digit, and a capital after a
 * small letter as in "postAuthor"); taxonomy classes are passed over. A
 * word is matched against the rest of the list, not just its class name:
 * every hint word is letters and '-', so a match never runs across a
 * space. Once a date word has been seen, each class name from there on
 * is checked for a timeline. A class name is asked whether it is a
 * taxonomy class only when that could change something (it has hints, or
 * a timeline would be looked for in it): most class names have none, and
 * the question costs more than their reading. */
static unsigned hints_in(const char *s, size_t len, int *timeline, const uint64_t *filter)
{
    unsigned hints = 0;
    if (len > HINTS_READ_MAX)
        len = HINTS_READ_MAX;
    size_t i = 0;
    while (i < len) {
        if (mt_ascii_is_space(s[i])) {
            i++;
            continue;
        }
        size_t st = i;
        unsigned own = class_name_hints(s, &i, len, filter);
        if ((own || (hints & MT_HINT_DATE)) && taxonomy_class(s + st, len - st))
            continue;
        if (own && holds_class(s + st, i - st))
            continue;
        /* "commentary" is a genre of article (an opinion piece), not the
         * readers' comments below one */
        if ((own & MT_HINT_COMMENTS) && mt_meta_find_ci(s + st, i - st, "commentary"))
            own &= ~(unsigned)MT_HINT_COMMENTS;
        if ((own & MT_HINT_BOILER) && post_footer_class(s + st, i - st))
            own &= ~(unsigned)MT_HINT_BOILER;
        hints |= own;
        if ((hints & MT_HINT_DATE) && timeline_class(s + st, i - st))
            *timeline |= TIMELINE;
    }
    return hints;
}

/* (eight bytes a step where there is no SSE2: first_walk_hint) */
#if defined(MT_SWAR_LE) && !defined(MT_SIMD16)
/* Eight bytes of s[0..len) from s[i] on (i + 4 <= len), as one word with
 * the first byte lowest; the bytes past len read as 0, which starts no
 * word. Nothing past len is read. */
static inline uint64_t chunk_at(const char *s, size_t i, size_t len)
{
    if (len - i >= 8)
        return mt_load64(s + i);
    uint64_t v = 0;
    mt_swar_load_tail(s, i, len, &v);   /* len >= 4: true */
    return v;
}

/* The word starts among eight bytes v, as class_name_hints finds them: a
 * small letter after a byte that is no letter, a capital after a byte that
 * is no capital. *letter and *upper hold the marks of the byte before v
 * (at bit 7) and are set to those of v's last. */
static inline uint64_t word_starts(uint64_t v, uint64_t *letter, uint64_t *upper)
{
    uint64_t lo = mt_swar_bytes_in(v, 'a', 'z');
    uint64_t up = mt_swar_bytes_in(v, 'A', 'Z');
    uint64_t after_letter = (lo | up) << 8 | *letter;
    uint64_t after_upper = up << 8 | *upper;
    *letter = (lo | up) >> 56;
    *upper = up >> 56;
    return (lo & ~after_letter) | (up & ~after_upper);
}
#endif

#ifdef MT_SIMD16
#define WALK_SIMD 1
/* The word starts among sixteen bytes v, as word_starts finds them among
 * eight: *letter and *upper hold the marks of the byte before (bit 0) and
 * are set to those of the last. */
static inline unsigned starts16(__m128i v, unsigned *letter, unsigned *upper)
{
    unsigned lo = mt_simd16_bytes_in(v, 'a', 'z'), up = mt_simd16_bytes_in(v, 'A', 'Z');
    unsigned after_letter = (lo | up) << 1 | *letter;
    unsigned after_upper = up << 1 | *upper;
    *letter = (lo | up) >> 15;
    *upper = up >> 15;
    return (lo & ~after_letter) | (up & ~after_upper);
}

/* The first start among `starts` (bit j: s[at + j]) before `stop` with a
 * word the pass acts on, or len. */
static inline size_t hinted_start(const char *s, size_t len, size_t at, unsigned starts,
                                  size_t stop, const uint64_t *filter)
{
    for (; starts; starts &= starts - 1) {
        size_t p = at + (size_t)__builtin_ctz(starts);
        if (p >= stop)
            return len;
        if (hints_at(s + p, len - p, filter) & WALK_HINTS)
            return p;
    }
    return len;
}
#endif

#ifdef WALK_SIMD
/* first_walk_hint sixteen bytes at a time. The last bytes of a list of
 * sixteen or more are read in the sixteen that end it, whose bytes before
 * s[i] give the marks of s[i - 1] again; a shorter list is read as
 * sixteen with zeros after it. */
static size_t first_walk_hint16(const char *s, size_t len, const uint64_t *filter)
{
    if (len < 4)
        return len;             /* no hint word is that short */
    size_t stop = len - 3;      /* the starts with four bytes left */
    unsigned letter = 0, upper = 0;
    size_t i = 0;
    for (; len - i >= 16; i += 16) {
        unsigned starts = starts16(mt_simd16_load(s + i), &letter, &upper);
        size_t p = hinted_start(s, len, i, starts, stop, filter);
        if (p != len)
            return p;
    }
    if (i >= stop)
        return len;
    if (!i)
        return hinted_start(s, len, 0, starts16(mt_simd16_load_short(s, len), &letter, &upper),
                            stop, filter);
    unsigned from = (unsigned)(16 - (len - i));
    unsigned ends = starts16(mt_simd16_load(s + len - 16), &letter, &upper) >> from;
    return hinted_start(s, len, i, ends, stop, filter);
}
#endif

/* Where the first word start of s[0..len) with a hint word the pass acts
 * on is, or len when none has: the starts are found eight bytes at a time
 * (sixteen where there is SSE2) and each is asked of the filter and the
 * word lists, so that the byte by byte reading of hints_in is left to the
 * few lists with such a word. Without eight-byte words it answers 0: read
 * the whole list. */
static size_t first_walk_hint(const char *s, size_t len, const uint64_t *filter)
{
#ifdef WALK_SIMD
    return first_walk_hint16(s, len, filter);
#elif defined(MT_SWAR_LE)
    uint64_t letter = 0, upper = 0;
    for (size_t i = 0; i + 4 <= len; i += 8) {
        for (uint64_t m = word_starts(chunk_at(s, i, len), &letter, &upper); m; m &= m - 1) {
            size_t p = i + mt_swar_first(m);
            if (p + 4 > len)
                return len;     /* no hint word is that short */
            if (hints_at(s + p, len - p, filter) & WALK_HINTS)
                return p;
        }
    }
    return len;
#else
    (void)s, (void)len, (void)filter;
    return 0;
#endif
}

/* hints_in for the pass: the bits it acts on only. The class names before
 * the first with such a word add none of those bits, nor do they make a
 * later name a taxonomy class or a timeline, so hints_in reads the list
 * from that class name on. */
static unsigned walk_hints_in(const char *s, size_t len, int *timeline, const uint64_t *filter)
{
    if (len > HINTS_READ_MAX)
        len = HINTS_READ_MAX;
    size_t p = first_walk_hint(s, len, filter);
    if (p == len)
        return 0;
    while (p && !mt_ascii_is_space(s[p - 1]))
        p--;
    unsigned hints = hints_in(s + p, len - p, timeline, filter) & WALK_HINTS;
    note_entitys_date(hints, s, len, timeline);
    return hints;
}

/* The hints of a class list and an id read together. */
static unsigned combined(unsigned hints, int timeline)
{
    /* "subtitle" and "title-kicker" also contain "title" */
    if (hints & MT_HINT_KICKER)
        hints &= ~(unsigned)MT_HINT_TITLE;
    /* "timeline" and "runtime" are no dates */
    if (timeline)
        hints &= ~(unsigned)MT_HINT_DATE;
    if (hints & MT_HINT_MODIFIED)
        hints |= MT_HINT_DATE;
    /* nor of the page, even "updated", is a person's or an event's */
    if (timeline & ENTITYS_DATE)
        hints &= ~(unsigned)(MT_HINT_DATE | MT_HINT_MODIFIED);
    return hints;
}

static unsigned hints_of(const mt_attr *cls, const mt_attr *id)
{
    unsigned hints = 0;
    int timeline = 0;
    if (cls && cls->value) {
        hints |= hints_in(cls->value, cls->value_len, &timeline, NULL);
        note_entitys_date(hints, cls->value, cls->value_len, &timeline);
    }
    if (id && id->value)
        hints |= hints_in(id->value, id->value_len, &timeline, NULL);
    return combined(hints, timeline);
}
unsigned mt_meta_class_hints(const mt_node *el)
{
    if (!el->nattrs)
        return 0;
    el_attrs a;
    read_attrs(el, &a);
    return hints_of(a.cls, a.id);
}

/* ================================================================ hint cache */

/* Pages repeat their class lists ("menu-item menu-item-type-post") and
 * often their ids, so what a distinct value says (its hints, whether it
 * hides its element) is worked out once, and each only when first asked.
 * A direct-mapped table keyed by the text: a clash just means working it
 * out again. */
#define HINT_SLOTS 512

enum { KNOW_HINTS = 1, KNOW_HIDING = 2 };

typedef struct class_entry {
    const char *s;
    uint64_t head, tail;    /* value_key of the text */
    uint32_t len;
    uint8_t known;          /* KNOW_* */
    uint8_t hints, timeline, hiding;
} class_entry;

typedef struct mt_hint_cache {
    uint64_t used[HINT_SLOTS / 64];     /* entries in use (the rest is not cleared) */
    class_entry e[HINT_SLOTS];
} mt_hint_cache;

static mt_hint_cache *hint_cache_new(mt_arena *scratch)
{
    mt_hint_cache *hc = mt_arena_alloc(scratch, sizeof *hc);
    if (hc)
        memset(hc->used, 0, sizeof hc->used);
    return hc;
}

/* A value's first and last eight bytes as two words (loads that overlap
 * for shorter values, the bytes one by one below four): with the length
 * they are the whole text of a value of up to sixteen bytes, which most
 * class lists and ids are, and they tell most longer ones apart
 * ("col-md-4 ..." from "col-sm-6 ...", "menu-item-12" from "menu-item-13").
 * Inlined: called, it was a call for every lookup whose key went through
 * memory. */
static MT_ALWAYS_INLINE void value_key(const char *s, size_t n, uint64_t *head, uint64_t *tail)
{
    if (n >= 8) {
        *head = mt_load64(s);
        *tail = mt_load64(s + n - 8);
    } else if (n >= 4) {
        *head = mt_load32(s);
        *tail = mt_load32(s + n - 4);
    } else {
        *head = n ? (unsigned char)s[0] | (unsigned)(unsigned char)s[n / 2] << 8 |
                        (unsigned)(unsigned char)s[n - 1] << 16
                  : 0;
        *tail = 0;
    }
}

/* The slot of a value, from its key and length. */
static size_t slot_of(uint64_t head, uint64_t tail, size_t n)
{
    uint64_t h = (head ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ n) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 55);   /* 9 bits: HINT_SLOTS */
}

/* Whether two texts of n > 16 bytes have the same bytes between their
 * first eight and their last eight, compared eight at a time (the last
 * word read overlaps the one before it). A loop where memcmp was a call
 * that made class_entry_of save and restore six registers at every
 * lookup, hit or miss. */
static int same_middle(const char *a, const char *b, size_t n)
{
    for (size_t i = 8; i < n - 8; i += 8) {
        size_t at = i + 8 <= n - 8 ? i : n - 16;
        if (mt_load64(a + at) != mt_load64(b + at))
            return 0;
    }
    return 1;
}

/* 1 when the entry holds the value: same length and key, and for a value
 * longer than its key covers, the same bytes between. */
static int holds(const class_entry *e, const char *s, uint32_t n, uint64_t head, uint64_t tail)
{
    return e->len == n && e->head == head && e->tail == tail &&
           (n <= 16 || e->s == s || same_middle(e->s, s, n));
}

/* The cache's entry for a value, taken over (and forgotten) when it held
 * another. Inlined: the walk asks it for most class lists. */
static MT_ALWAYS_INLINE class_entry *class_entry_of(mt_hint_cache *hc, const char *s, uint32_t n)
{
    uint64_t head, tail;
    value_key(s, n, &head, &tail);
    size_t slot = slot_of(head, tail, n);
    class_entry *e = &hc->e[slot];
    uint64_t bit = 1ull << (slot % 64);
    if ((hc->used[slot / 64] & bit) && holds(e, s, n, head, tail))
        return e;
    hc->used[slot / 64] |= bit;
    e->s = s;
    e->head = head;
    e->tail = tail;
    e->len = n;
    e->known = 0;
    return e;
}

/* hints_in of a class list or id, through the cache. */
static unsigned cached_class_hints(mt_hint_cache *hc, const char *s, uint32_t n, int *timeline)
{
    class_entry *e = class_entry_of(hc, s, n);
    if (!(e->known & KNOW_HINTS)) {
        int tl = 0;
        e->hints = (uint8_t)walk_hints_in(s, n, &tl, HINT_FILTER);
        e->timeline = (uint8_t)tl;
        e->known |= KNOW_HINTS;
    }
    *timeline |= e->timeline;
    return e->hints;
}

static unsigned cached_hints(mt_meta_page *page, const el_attrs *a)
{
    const mt_attr *cls = a->cls, *id = a->id;
    unsigned hints = 0;
    int timeline = 0;
    /* no hint word is shorter than four bytes (mt_meta_hint_prefixes_ok):
     * a shorter list ("row", "nav") is not looked up */
    if (cls && cls->value_len >= 4)
        hints |= cached_class_hints(page->hints, cls->value, cls->value_len, &timeline);
    /* ids are read without the cache: a page repeats almost none, and
     * each would take over a slot a repeated class list may need */
    if (id && id->value_len >= 4)
        hints |= walk_hints_in(id->value, id->value_len, &timeline, HINT_FILTER);
    /* no hints combine to none: most lists and ids have none */
    return hints ? combined(hints, timeline) : 0;
}

/* ================================================================ the pass */

static void add_node(const mt_node **list, size_t *n, size_t cap, const mt_node *el)
{
    if (*n < cap)
        list[(*n)++] = el;
}

static void add_hinted(mt_meta_page *page, const mt_node *el, unsigned hints)
{
    if (page->nhinted < MT_MAX_HINTED) {
        page->hinted[page->nhinted].node = el;
        page->hinted[page->nhinted].kind = (uint8_t)hints;
        page->nhinted++;
    }
}

/* A microdata or RDFa property we read from elements. RDFa names carry a
 * vocabulary prefix ("dc:creator", "schema:datePublished"): the part after
 * the colon counts. */
static int prop_of(const char *s, size_t n)
{
    static const struct { const char *name; int prop; } props[] = {
        { "headline", MT_PROP_HEADLINE }, { "author", MT_PROP_AUTHOR },
        { "creator", MT_PROP_AUTHOR }, { "datepublished", MT_PROP_DATE },
        { "datecreated", MT_PROP_DATE }, { "datemodified", MT_PROP_MODIFIED },
        { "created", MT_PROP_DATE }, { "issued", MT_PROP_DATE }, { "modified", MT_PROP_MODIFIED },
        { "has_creator", MT_PROP_AUTHOR },
    };
    const char *colon = memchr(s, ':', n);
    if (colon) {
        n -= (size_t)(colon + 1 - s);
        s = colon + 1;
    }
    for (size_t i = 0; i < sizeof props / sizeof props[0]; i++)
        if (mt_meta_eq_ci(s, n, props[i].name))
            return props[i].prop;
    return -1;
}

/* An element with itemprop: remember the properties we read. <meta> and
 * <link> itemprops were read as meta tags already. */
static void read_itemprop(mt_meta_page *page, const mt_node *el, const mt_attr *itemprop)
{
    if (!itemprop || page->nprops >= MT_MAX_PROPS)
        return;
    const char *p = itemprop->value;
    size_t n = itemprop->value_len;
    size_t pos = 0, st, tn;
    while (mt_meta_next_token(p, n, &pos, &st, &tn)) {
        int prop = prop_of(p + st, tn);
        /* a few of each: a page lists many items, the first are its own */
        if (prop >= 0 && page->nprops < MT_MAX_PROPS && page->nprop_kind[prop] < 8) {
            page->nprop_kind[prop]++;
            page->props[page->nprops].node = el;
            page->props[page->nprops].kind = (uint8_t)prop;
            page->nprops++;
        }
    }
}

/* A script of JSON-LD, or holding a publishing system's state as JSON,
 * by its type attribute. */
enum { SCRIPT_OTHER, SCRIPT_LD, SCRIPT_JSON };

static int script_kind(const mt_node *el)
{
    size_t n;
    const char *t = mt_meta_attr(el, "type", &n);
    if (!t)
        return SCRIPT_OTHER;
    if (mt_meta_eq_ci(t, n, "application/ld+json") || mt_meta_find_ci(t, n, "ld+json"))
        return SCRIPT_LD;
    return mt_meta_eq_ci(t, n, "application/json") ? SCRIPT_JSON : SCRIPT_OTHER;
}

/* Whether an itemtype names schema.org's Comment ("http://schema.org/
 * Comment"), not a type that ends the same way. */
static int is_comment_type(const char *v, size_t n)
{
    while (n && mt_ascii_is_space(v[n - 1]))
        n--;
    return n >= 8 && mt_meta_eq_ci(v + n - 8, 8, "/comment");
}

/* What the pass does with an element of a tag, in one byte: the MT_IN_*
 * flags the tag passes on to the subtree (the low five bits) and three
 * bits of the pass's own. The common tags (div, span, p, li, a) have none
 * of them, so such an element costs one look in the table where it would
 * go through a switch for each question. */
enum {
    TAG_SPECIAL = 1u << 5,      /* visit_special reads it */
    TAG_UNWEIGHED = 1u << 6,    /* its class names are not weighed */
    TAG_SKIP = 1u << 7,         /* its content is never page text */
    TAG_IN_FLAGS = MT_IN_BOILER | MT_IN_ARTICLE | MT_IN_HEAD | MT_IN_COMMENTS | MT_IN_HEADER,
};
_Static_assert((TAG_IN_FLAGS & (TAG_SPECIAL | TAG_UNWEIGHED | TAG_SKIP)) == 0,
               "the MT_IN_* flags fit below the pass's bits");

/* Links' icons, images and form controls are TAG_UNWEIGHED: they are too
 * many to weigh one by one, and the box that holds a byline, a date or a
 * comment list is their parent. So are the elements that are the whole
 * page (<html>, <body>): their classes say what the page is and how it is
 * shown ("single-post showing-comments has-sidebar", "author-jdoe"), never
 * that it is a page's comments, its sidebar or a byline. */
static const uint8_t tag_walk[MT_TAG__COUNT] = {
    [MT_TAG_HEAD] = MT_IN_HEAD,
    [MT_TAG_BODY] = TAG_UNWEIGHED,
    [MT_TAG_ARTICLE] = MT_IN_ARTICLE | TAG_SPECIAL,
    [MT_TAG_MAIN] = MT_IN_ARTICLE | TAG_SPECIAL,
    [MT_TAG_NAV] = MT_IN_BOILER,
    [MT_TAG_ASIDE] = MT_IN_BOILER,
    [MT_TAG_HEADER] = MT_IN_HEADER,
    [MT_TAG_META] = TAG_SPECIAL,
    [MT_TAG_LINK] = TAG_SPECIAL,
    [MT_TAG_TITLE] = TAG_SPECIAL,
    [MT_TAG_HTML] = TAG_SPECIAL | TAG_UNWEIGHED,
    [MT_TAG_H1] = TAG_SPECIAL,
    [MT_TAG_H2] = TAG_SPECIAL,
    [MT_TAG_H3] = TAG_SPECIAL,
    [MT_TAG_H4] = TAG_SPECIAL,
    [MT_TAG_H5] = TAG_SPECIAL,
    [MT_TAG_H6] = TAG_SPECIAL,
    [MT_TAG_TIME] = TAG_SPECIAL,
    [MT_TAG_SCRIPT] = TAG_SPECIAL | TAG_SKIP,
    [MT_TAG_STYLE] = TAG_SKIP,
    [MT_TAG_TEMPLATE] = TAG_SKIP,
    [MT_TAG_SVG] = TAG_SKIP | TAG_UNWEIGHED,
    [MT_TAG_IMG] = TAG_UNWEIGHED,
    [MT_TAG_I] = TAG_UNWEIGHED,
    [MT_TAG_INPUT] = TAG_UNWEIGHED,
    [MT_TAG_BUTTON] = TAG_UNWEIGHED,
    [MT_TAG_OPTION] = TAG_UNWEIGHED,
    [MT_TAG_SOURCE] = TAG_UNWEIGHED,
    [MT_TAG_PICTURE] = TAG_UNWEIGHED,
    [MT_TAG_BR] = TAG_UNWEIGHED,
    [MT_TAG_LABEL] = TAG_UNWEIGHED,
    [MT_TAG_FORM] = TAG_UNWEIGHED,
    [MT_TAG_SELECT] = TAG_UNWEIGHED,
    [MT_TAG_TEXTAREA] = TAG_UNWEIGHED,
};

static unsigned tag_walk_of(const mt_node *el)
{
    return el->tag < MT_TAG__COUNT ? tag_walk[el->tag] : 0;
}

/* The flags an element's microdata and ARIA role pass on to its subtree. */
static unsigned attr_flags(const el_attrs *a)
{
    unsigned f = 0;
    const mt_attr *it = a->itemtype;
    if (it && (mt_meta_find_ci(it->value, it->value_len, "article") ||
               mt_meta_find_ci(it->value, it->value_len, "blogposting")))
        f |= MT_IN_ARTICLE;
    /* a reply in a thread says so in microdata (schema.org's Comment): its
     * author and date are the reply's */
    const mt_attr *ip = a->itemprop;
    if ((ip && mt_meta_eq_ci(ip->value, ip->value_len, "comment")) ||
        (it && is_comment_type(it->value, it->value_len)))
        f |= MT_IN_COMMENTS | MT_IN_BOILER;
    const mt_attr *r = a->role;
    if (r && (mt_meta_eq_ci(r->value, r->value_len, "navigation") ||
              mt_meta_eq_ci(r->value, r->value_len, "complementary") ||
              mt_meta_eq_ci(r->value, r->value_len, "contentinfo")))
        f |= MT_IN_BOILER;
    if (r && mt_meta_eq_ci(r->value, r->value_len, "main"))
        f |= MT_IN_ARTICLE;
    return f;
}

/* Flags an element passes on to its subtree, from its tag (`walk`, its
 * tag_walk byte), its class hints and its attributes. */
static unsigned own_flags(unsigned walk, unsigned hints, const el_attrs *a)
{
    unsigned f = walk & TAG_IN_FLAGS;
    if (hints & MT_HINT_COMMENTS)
        f |= MT_IN_COMMENTS | MT_IN_BOILER;
    if (hints & MT_HINT_BOILER)
        f |= MT_IN_BOILER;
    if (a->rare)
        f |= attr_flags(a);
    return f;
}

/* Whether an element holds no text but white space (a <title> holds one
 * text node at most). */
static int blank_element(const mt_node *el)
{
    const mt_node *t = el->first_child;
    if (!t)
        return 1;
    return t->type == MT_NODE_TEXT && mt_ascii_skip_space(t->data, t->data_len) == t->data_len;
}

/* The elements of the TAG_SPECIAL tags: what the page says in <head>, its
 * scripts of data, its language, headings, <time>s and article. Returns 1
 * when the element is done with (its class and microdata are not read). */
static int visit_special(mt_meta_page *page, const mt_node *el, unsigned inherited,
                         const el_attrs *a)
{
    switch (el->tag) {
    case MT_TAG_META: read_meta(page, el); return 1;
    case MT_TAG_LINK: read_link(page, el, a->rare ? a->rel : NULL); return 1;
    case MT_TAG_TITLE:
        /* the first that says something: a page may leave an empty
         * <title></title> from one template before its own */
        if (!page->title_el || blank_element(page->title_el))
            page->title_el = el;
        return 1;
    case MT_TAG_SCRIPT:
        switch (script_kind(el)) {
        case SCRIPT_LD:
            /* past the last block read, a JSON-LD script is no other kind */
            if (page->nld < MT_LD_MAX_BLOCKS)
                page->ld_scripts[page->nld++] = el;
            break;
        case SCRIPT_JSON:
            add_node(page->json_scripts, &page->njson, MT_MAX_JSON_SCRIPTS, el);
            break;
        default:
            break;
        }
        return 1;
    case MT_TAG_HTML:
        if (!page->html_lang)
            page->html_lang = mt_meta_attr(el, "lang", &page->html_lang_len);
        if (!page->html_lang)
            page->html_lang = mt_meta_attr(el, "xml:lang", &page->html_lang_len);
        return 0;
    case MT_TAG_H1:
    case MT_TAG_H2:
        /* <h2>s fill at most two thirds of the list, so that a page's <h1>
         * after a column of teaser <h2>s still has room */
        if (el->tag == MT_TAG_H1 || page->nh2 < MT_MAX_HEADINGS * 2 / 3) {
            page->nh2 += el->tag == MT_TAG_H2;
            add_node(page->headings, &page->nheadings, MT_MAX_HEADINGS, el);
        }
        return 0;
    case MT_TAG_H3:
    case MT_TAG_H4:
    case MT_TAG_H5:
    case MT_TAG_H6:
        /* a headline of a lower level, for a page whose <h1> and <h2>
         * say no declared title (mt_meta_choose_title) */
        add_node(page->minor, &page->nminor, MT_MAX_MINOR_HEADINGS, el);
        return 0;
    case MT_TAG_TIME:
        add_node(page->times, &page->ntimes, MT_MAX_TIMES, el);
        return 0;
    case MT_TAG_ARTICLE:
    case MT_TAG_MAIN:
        /* the first <article> outside boilerplate, else the first <main> */
        if (!(inherited & MT_IN_BOILER) &&
            (!page->article || (page->article->tag == MT_TAG_MAIN && el->tag == MT_TAG_ARTICLE)))
            page->article = el;
        return 0;
    default:
        return 0;
    }
}

/* An <a rel=author> or <a rel=tag>. */
static void read_rel_link(mt_meta_page *page, const mt_node *el, const mt_attr *rel)
{
    unsigned kinds = rel_kinds(rel);
    if (kinds & REL_AUTHOR)
        add_node(page->author_links, &page->nauthor_links, MT_MAX_LINKS, el);
    if (kinds & REL_TAG)
        add_node(page->tag_links, &page->ntag_links, MT_MAX_LINKS, el);
}

/* What the pass does with one element (`walk`: its tag_walk byte); returns
 * its class hints. */
static unsigned visit_element(mt_meta_page *page, const mt_node *el, unsigned inherited,
                              const el_attrs *a, unsigned walk)
{
    unsigned hints = 0;
    if (el->ns != MT_NS_HTML)
        return 0;
    if ((walk & TAG_SPECIAL) && visit_special(page, el, inherited, a))
        return 0;
    /* few elements have a rel: asking it first spares the many <a>s a
     * question of their tag */
    if (a->rare && a->rel && el->tag == MT_TAG_A)
        read_rel_link(page, el, a->rel);
    if (inherited & MT_IN_HEAD)
        return 0;
    if (el->nattrs) {
        if (a->rare && a->itemprop)
            read_itemprop(page, el, a->itemprop);
        if (a->rare && a->property)
            read_itemprop(page, el, a->property);
        /* in comments an element's hints can change nothing: its flags
         * say comments and boilerplate already (mt_meta_unboiler never
         * clears a comment's), and no byline or date box is listed there */
        if (!(walk & TAG_UNWEIGHED) && !(inherited & MT_IN_COMMENTS))
            hints = cached_hints(page, a);
        if (hints & (MT_HINT_BYLINE | MT_HINT_DATE))
            add_hinted(page, el, hints);
    }
    return hints;
}

/* Clears what the pass fills: the scalars and the counts of the lists. */
static void page_reset(mt_meta_page *page, const mt_document *doc)
{
    memset(page, 0, offsetof(mt_meta_page, slot));
    for (size_t i = 0; i < MT_SLOT__COUNT; i++) {
        page->slot[i].n = 0;
        page->slot[i].rank = 0;
    }
    page->doc = doc;
    page->nflags = doc->node_count;
}

/* Reads an element (its flags inherited from above: `above`); returns
 * what its children inherit and, in *down, whether the walk enters it. */
static inline unsigned visit_node(mt_meta_page *page, const mt_node *n, unsigned above, int *down)
{
    unsigned walk = tag_walk_of(n);
    /* <head> itself is read as in the head */
    unsigned inherited = above | (walk & MT_IN_HEAD);
    unsigned passed = 0;
    /* from a local: a store through page->own may alias page itself, and
     * reading it back reloaded the tables and the index */
    unsigned own = walk & TAG_IN_FLAGS;
    /* an element with no attributes and an ordinary tag has nothing to
     * read: its flags are its tag's */
    if (n->nattrs || (walk & TAG_SPECIAL)) {
        el_attrs a;
        read_attrs(n, &a);
        unsigned hints = visit_element(page, n, inherited, &a, walk);
        own = own_flags(walk, hints, &a);
    }
    if (n->index < page->nflags) {
        page->own[n->index] = (uint8_t)own;
        passed = page->flags[n->index] = (uint8_t)(inherited | own);
    }
    /* the content of scripts, styles, templates and foreign elements is
     * never page text */
    *down = !(walk & TAG_SKIP) && n->ns == MT_NS_HTML;
    return passed;
}

/* mt_meta_flags of a node the walk has already flagged: the table is
 * there and so is the node (a parent below the walk's root), so only its
 * index is asked. */
static MT_ALWAYS_INLINE unsigned walked_flags(const mt_meta_page *page, const mt_node *n)
{
    return n->index < page->nflags ? page->flags[n->index] : 0;
}

/* The next element in pre-order after n and its subtree, below root, or
 * NULL; *above is set to the flags it inherits when the walk climbs.
 * Texts and comments are stepped over here, apart from the elements:
 * they carry no flags and hold nothing. Inlined: the walk calls it for
 * every element. */
static MT_ALWAYS_INLINE const mt_node *element_after(const mt_meta_page *page, const mt_node *root,
                                                     const mt_node *n, unsigned *above)
{
    for (;;) {
        if (!n->next) {
            do
                n = n->parent;
            while (n != root && !n->next);
            if (n == root)
                return NULL;
            *above = walked_flags(page, n->parent);
        }
        n = n->next;
        if (n->type == MT_NODE_ELEMENT)
            return n;
    }
}

mt_status mt_meta_collect(const mt_document *doc, mt_arena *scratch, mt_meta_page *page)
{
    page_reset(page, doc);
    page->flags = mt_arena_calloc(scratch, page->nflags ? page->nflags : 1);
    page->own = mt_arena_calloc(scratch, page->nflags ? page->nflags : 1);
    page->hidden = mt_arena_calloc(scratch, page->nflags ? page->nflags : 1);
    page->hints = hint_cache_new(scratch);
    if (!page->flags || !page->own || !page->hidden || !page->hints)
        return MT_ERR_NOMEM;
    /* a pre-order walk over the elements that carries the flags of the
     * node's parent down, where each element would look up its
     * parent's; only the document and elements have children */
    const mt_node *root = doc->root;
    unsigned above = 0;     /* the flags n inherits */
    const mt_node *n = root->first_child;
    if (n && n->type != MT_NODE_ELEMENT)
        n = element_after(page, root, n, &above);
    while (n) {
        int down;
        unsigned passed = visit_node(page, n, above, &down);
        const mt_node *child = n->first_child;
        if (down && child) {
            above = passed;
            n = child->type == MT_NODE_ELEMENT ? child : element_after(page, root, child, &above);
        } else {
            n = element_after(page, root, n, &above);
        }
    }
    return MT_OK;
}

/* Recomputes the inherited flags of a subtree after its root's own flags
 * changed; bounded by the subtree's size. Text and comments own no flags
 * (their own byte stays 0), so every node takes the same sum, without a
 * question of its type. */
static void reflag_subtree(mt_meta_page *page, const mt_node *top)
{
    for (const mt_node *n = top; n; n = mt_dom_following(n, top)) {
        if (n->index >= page->nflags)
            continue;
        unsigned inherited = n->parent ? mt_meta_flags(page, n->parent) : 0;
        page->flags[n->index] = (uint8_t)(inherited | page->own[n->index]);
    }
}

/* Clears MT_IN_BOILER only: a flag a comments hint set stays, which the
 * pass's walk counts on when it reads no class hints inside comments. */
void mt_meta_unboiler(mt_meta_page *page, const mt_node *node)
{
    if (!(mt_meta_flags(page, node) & MT_IN_BOILER))
        return;
    const mt_node *highest = NULL;
    for (const mt_node *p = node; p; p = p->parent) {
        if (p->index < page->nflags && (page->own[p->index] & MT_IN_BOILER) &&
            !(page->own[p->index] & MT_IN_COMMENTS)) {
            page->own[p->index] &= (uint8_t)~MT_IN_BOILER;
            highest = p;
        }
    }
    if (highest)
        reflag_subtree(page, highest);
}

/* ================================================================ rendered text */

/* Inline elements add no space around their text. */
int mt_meta_is_inline(const mt_node *el)
{
    switch (el->tag) {
    case MT_TAG_A: case MT_TAG_B: case MT_TAG_I: case MT_TAG_EM: case MT_TAG_STRONG:
    case MT_TAG_SPAN: case MT_TAG_U: case MT_TAG_SUP: case MT_TAG_SUB: case MT_TAG_SMALL:
    case MT_TAG_MARK: case MT_TAG_ABBR: case MT_TAG_FONT: case MT_TAG_CITE: case MT_TAG_Q:
    case MT_TAG_S: case MT_TAG_TIME: case MT_TAG_BDI: case MT_TAG_DFN: case MT_TAG_WBR:
    case MT_TAG_RUBY: case MT_TAG_RB: case MT_TAG_RT: case MT_TAG_RP: case MT_TAG_RTC:
        return 1;
    default:
        return 0;
    }
}


/* A class name that hides its element: screen-reader-only text and the
 * utility classes for display:none ("hidden", "d-none"), but not the
 * responsive ones ("hidden-xs"). By its first letter and length first:
 * most class names begin none of these names with their length, and the
 * others are compared with one or two names. */
static int hiding_class_name(const char *s, size_t n)
{
    /* the lengths of those names by their first letter (its low five
     * bits, either case): a bit test rules most class names out without
     * the jump by length below, which was mispredicted */
    static const uint32_t lengths[32] = {
        ['h' & 31] = 1u << 4 | 1u << 6, ['d' & 31] = 1u << 6 | 1u << 12,
        ['s' & 31] = 1u << 7 | 1u << 12 | 1u << 18, ['i' & 31] = 1u << 9,
        ['v' & 31] = 1u << 14 | 1u << 15, ['e' & 31] = 1u << 17,
    };
    if (n >= 32 || !((lengths[(unsigned char)s[0] & 31] >> n) & 1))
        return 0;
    switch (n) {
    case 4: return mt_meta_eq_ci(s, n, "hide");
    case 6: return mt_meta_eq_ci(s, n, "hidden") || mt_meta_eq_ci(s, n, "d-none");
    case 7: return mt_meta_eq_ci(s, n, "sr-only");
    case 9: return mt_meta_eq_ci(s, n, "is-hidden") || mt_meta_eq_ci(s, n, "invisible");
    case 12: return mt_meta_eq_ci(s, n, "display-none") || mt_meta_eq_ci(s, n, "screenreader");
    case 14: return mt_meta_eq_ci(s, n, "visuallyhidden");
    case 15: return mt_meta_eq_ci(s, n, "visually-hidden");
    case 17: return mt_meta_eq_ci(s, n, "element-invisible");
    case 18: return mt_meta_eq_ci(s, n, "screen-reader-text");
    default: return 0;
    }
}

/* A class list with a class name that hides its element. */
static int hiding_classes(const char *cls, size_t n)
{
    size_t i = 0, start;
    for (size_t len; (len = mt_next_name(cls, n, &i, &start)) != 0;)
        if (hiding_class_name(cls + start, len))
            return 1;
    return 0;
}

/* Elements whose text is not read as text; ruby annotations (<rt>, <rp>)
 * are readings printed over the characters they gloss, not words of the
 * line. */
static const uint8_t hidden_tags[MT_TAG__COUNT] = {
    [MT_TAG_SCRIPT] = 1, [MT_TAG_STYLE] = 1, [MT_TAG_TEMPLATE] = 1, [MT_TAG_NOSCRIPT] = 1,
    [MT_TAG_BUTTON] = 1, [MT_TAG_SELECT] = 1, [MT_TAG_SVG] = 1, [MT_TAG_IFRAME] = 1,
    [MT_TAG_RT] = 1, [MT_TAG_RP] = 1,
};

/* By a table: the text walks ask it of every element they cross. */
static int hidden_tag(const mt_node *el)
{
    return el->ns != MT_NS_HTML || (el->tag < MT_TAG__COUNT && hidden_tags[el->tag]);
}

/* The attributes that hide an element, in one loop over them; the class
 * list is judged through the cache when there is one. Inlined: the text
 * walks ask it of most elements they cross, where the call cost more
 * than a loop over an element's two or three attributes. */
static MT_ALWAYS_INLINE int hidden_by_attrs(const mt_node *el, mt_hint_cache *hc)
{
    for (uint32_t i = 0; i < el->nattrs; i++) {
        const mt_attr *a = &el->attrs[i];
        const char *v = a->value ? a->value : "";
        size_t vn = a->value ? a->value_len : 0;
        if (a->name_len == 6) {
            if (memcmp(a->name, "hidden", 6) == 0)
                return 1;
            continue;
        }
        if (a->name_len == 11) {
            if (memcmp(a->name, "aria-hidden", 11) == 0 && mt_meta_eq_ci(v, vn, "true"))
                return 1;
            continue;
        }
        if (a->name_len != 5)
            continue;
        if (memcmp(a->name, "style", 5) == 0) {
            if (mt_style_hides(mt_style_read(v, vn)))
                return 1;
        } else if (memcmp(a->name, "class", 5) == 0) {
            if (!hc) {
                if (hiding_classes(v, vn))
                    return 1;
                continue;
            }
            class_entry *e = class_entry_of(hc, v, (uint32_t)vn);
            if (!(e->known & KNOW_HIDING)) {
                e->hiding = (uint8_t)hiding_classes(v, vn);
                e->known |= KNOW_HIDING;
            }
            if (e->hiding)
                return 1;
        }
    }
    return 0;
}

/* Elements whose text a reader does not see. */
int mt_meta_hidden(const mt_node *el)
{
    return hidden_tag(el) || hidden_by_attrs(el, NULL);
}

int mt_meta_hidden_on(const mt_meta_page *page, const mt_node *el)
{
    if (!page->hidden || el->index >= page->nflags)
        return mt_meta_hidden(el);
    uint8_t *memo = &page->hidden[el->index];
    if (!*memo)
        *memo = (uint8_t)(hidden_tag(el) || hidden_by_attrs(el, page->hints) ? 2 : 1);
    return *memo == 2;
}

size_t mt_meta_node_text(const mt_node *el, char *buf, size_t cap, size_t max_nodes,
                         unsigned skip_hints)
{
    size_t w = 0, visited = 0;
    if (cap == 0)
        return 0;
    const mt_node *n = el->first_child;
    while (n && visited++ < max_nodes && w + 1 < cap) {
        const mt_node *next;
        if (n->type == MT_NODE_ELEMENT &&
            (mt_meta_hidden(n) || (skip_hints && (mt_meta_class_hints(n) & skip_hints)))) {
            next = mt_dom_following_skip(n, el);
        } else {
            if (n->type == MT_NODE_TEXT) {
                int full;
                w = mt_meta_append_text(buf, w, cap, n->data, n->data_len, &full);
                if (full)
                    break;
            } else if (n->type == MT_NODE_ELEMENT && (!mt_meta_is_inline(n) || mt_meta_glued_elements(n)) &&
                       w + 1 < cap) {
                buf[w++] = ' ';
            }
            next = mt_dom_following(n, el);
        }
        /* leaving elements on the way to `next`: a block ends with a space */
        if (next && next->parent != n && w + 1 < cap) {
            for (const mt_node *p = n; p && p != next->parent && p != el; p = p->parent) {
                if (p->type == MT_NODE_ELEMENT && !mt_meta_is_inline(p)) {
                    buf[w++] = ' ';
                    break;
                }
            }
        }
        n = next;
    }
    w = mt_meta_collapse(buf, w);
    buf[w] = '\0';
    return w;
}
