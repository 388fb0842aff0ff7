/* metadata.c -- the metadata stage: one collection pass, the JSON-LD
 * blocks read, then each field chosen from its candidates, strongest source
 * first. The simple fields (site, description, language, URL, image,
 * categories, tags, license) are chosen here; title, authors, dates and
 * page type have files of their own. */
#include <stddef.h>
#include <string.h>
#include "metadata/metadata.h"
#include "metadata/meta_internal.h"
#include "util/url.h"

/* The scratch arena's first chunk: room for what a typical page needs (the
 * side tables, the texts around the headline, the JSON-LD items) in one
 * allocation, and small enough that malloc serves it from its heap rather
 * than mapping fresh pages for every page. */
#define SCRATCH_CHUNK (96u * 1024u)

/* Most tags and categories we return. */
#define MAX_LIST 32

/* ================================================================ helpers */

const char *mt_meta_keep(mt_meta_ctx *c, const char *s, size_t len, int *oom)
{
    if (!s || !len)
        return NULL;
    size_t n;
    char *d = mt_meta_strip_dup(c->arena, s, len, &n);
    if (!d) {
        *oom = 1;
        return NULL;
    }
    return n ? d : NULL;
}

static const char *keep_z(mt_meta_ctx *c, const char *s, int *oom)
{
    return s ? mt_meta_keep(c, s, strlen(s), oom) : NULL;
}

/* A URL made absolute against <base href> and the page's address. */
static const char *keep_url(mt_meta_ctx *c, const char *s, size_t len, int *oom)
{
    if (!s || !len)
        return NULL;
    const char *base = mt_dom_base_url(c->doc, c->url, c->scratch, oom);
    if (*oom)
        return NULL;
    char *u = mt_url_resolve(c->arena, base, s, len);
    if (!u)
        *oom = 1;
    return u && *u ? u : NULL;
}

static const mt_meta_value *slot_value(const mt_meta_ctx *c, int slot)
{
    return c->page.slot[slot].n ? &c->page.slot[slot].v[0] : NULL;
}

static void set_field(mt_meta_ctx *c, mt_meta_field f, const char **field, const char *value,
                      const char *source)
{
    if (value && !*field) {
        *field = value;
        c->out->source[f] = source;
    }
}

/* Whether an address a page gives for itself (its canonical address, its
 * picture, its licence) is one on the web: http, https, or relative where
 * no base made it absolute. A script ("javascript:alert(1)") or a lazy
 * loader's placeholder ("data:image/gif;base64,...") is none, and the
 * next source is asked. */
static int is_web_address(const char *u)
{
    size_t n = mt_url_scheme_length(u, strlen(u));
    return n == 0 || (n == 4 && mt_meta_eq_ci(u, 4, "http")) ||
           (n == 5 && mt_meta_eq_ci(u, 5, "https"));
}

/* set_field for an address the page gives: a field once set keeps its
 * value, so an address is resolved (and copied) only for a field still
 * empty. */
static void set_url_field(mt_meta_ctx *c, mt_meta_field f, const char **field, const char *s,
                          size_t len, const char *source, int *oom)
{
    if (*field)
        return;
    const char *u = keep_url(c, s, len, oom);
    if (u && is_web_address(u))
        set_field(c, f, field, u, source);
}

/* ================================================================ JSON-LD */

/* The text of a <script> element (its text children, joined). */
static const char *script_text(mt_meta_ctx *c, const mt_node *el, size_t *len, int *oom)
{
    const mt_node *t = el->first_child;
    if (t && t->type == MT_NODE_TEXT && !t->next) {
        *len = t->data_len;
        return t->data;
    }
    size_t total = 0;
    for (t = el->first_child; t; t = t->next)
        if (t->type == MT_NODE_TEXT)
            total += t->data_len;
    if (total == 0 || total > MT_LD_MAX_BLOCK_BYTES)
        return NULL;
    char *buf = mt_arena_alloc_bytes(c->scratch, total + 1);
    if (!buf) {
        *oom = 1;
        return NULL;
    }
    size_t w = 0;
    for (t = el->first_child; t; t = t->next) {
        if (t->type == MT_NODE_TEXT) {
            memcpy(buf + w, t->data, t->data_len);
            w += t->data_len;
        }
    }
    *len = w;
    return buf;
}

/* The canonical URL the page states, NUL-terminated in the scratch arena;
 * NULL for none (or when memory ran out: items are then matched without). */
static const char *canonical_url(mt_meta_ctx *c)
{
    if (!c->page.canonical)
        return NULL;
    return mt_arena_strndup(c->scratch, c->page.canonical, c->page.canonical_len);
}

static mt_status read_json_ld(mt_meta_ctx *c)
{
    /* the items are cleared as they are added */
    c->ld = mt_arena_alloc(c->scratch, sizeof *c->ld);
    if (!c->ld)
        return MT_ERR_NOMEM;
    c->ld->n = 0;
    c->ld->malformed = 0;
    int oom = 0;
    for (size_t i = 0; i < c->page.nld; i++) {
        size_t len = 0;
        const char *s = script_text(c, c->page.ld_scripts[i], &len, &oom);
        if (oom)
            return MT_ERR_NOMEM;
        if (!s)
            continue;
        mt_status st = mt_ld_read_block(c->scratch, s, len, c->ld);
        if (st != MT_OK)
            return st;
    }
    /* items are matched with the page's address, or failing that the
     * canonical URL it states */
    const char *canonical = canonical_url(c);
    const char *page_url = c->url ? c->url : canonical;
    c->main = mt_ld_main_item(c->ld, page_url);
    c->body_item = mt_ld_body_item(c->ld, page_url, canonical);
    return MT_OK;
}

/* ================================================================ simple fields */

/* "en_US" -> "en-US", "DE" -> "de"; NULL when it is not a language tag. */
static const char *language_tag(mt_meta_ctx *c, const char *s, size_t len, int *oom)
{
    while (len && (*s == ' ' || *s == '"'))
        s++, len--;
    /* content-language may list several: the first counts */
    size_t n = 0;
    while (n < len && s[n] != ',' && s[n] != ';')
        n++;
    while (n && s[n - 1] == ' ')
        n--;
    if (n < 2 || n > 35)
        return NULL;
    char buf[40];
    size_t primary = 0;
    while (primary < n && s[primary] != '-' && s[primary] != '_')
        primary++;
    if (primary < 2 || primary > 3)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        int alpha = mt_ascii_is_letter((unsigned char)ch);
        int digit = mt_ascii_is_digit((unsigned char)ch);
        if (ch == '_')
            ch = '-';
        else if (!alpha && !digit && ch != '-')
            return NULL;
        if (alpha && i < primary)
            ch = (char)(ch | 32);
        /* a two-letter region is upper case */
        if (alpha && i > primary && (n - primary - 1) == 2)
            ch = (char)(ch & ~32);
        buf[i] = ch;
    }
    char *d = mt_arena_strndup(c->arena, buf, n);
    if (!d)
        *oom = 1;
    return d;
}

static void choose_language(mt_meta_ctx *c, int *oom)
{
    mt_metadata *o = c->out;
    if (c->page.html_lang)
        set_field(c, MT_META_LANGUAGE, &o->language,
                  language_tag(c, c->page.html_lang, c->page.html_lang_len, oom), "html:lang");
    const mt_meta_value *v = slot_value(c, MT_SLOT_LANGUAGE);
    if (v)
        set_field(c, MT_META_LANGUAGE, &o->language, language_tag(c, v->s, v->len, oom), v->source);
    if (c->main && c->main->in_language)
        set_field(c, MT_META_LANGUAGE, &o->language,
                  language_tag(c, c->main->in_language, strlen(c->main->in_language), oom),
                  "json-ld");
}

static void choose_url(mt_meta_ctx *c, int *oom)
{
    mt_metadata *o = c->out;
    if (c->page.canonical)
        set_url_field(c, MT_META_URL, &o->url, c->page.canonical, c->page.canonical_len,
                      "link:canonical", oom);
    const mt_meta_value *v = slot_value(c, MT_SLOT_URL);
    if (v)
        set_url_field(c, MT_META_URL, &o->url, v->s, v->len, v->source, oom);
    if (c->main && c->main->url)
        set_url_field(c, MT_META_URL, &o->url, c->main->url, strlen(c->main->url), "json-ld",
                      oom);
    if (c->url && !o->url)  /* the caller's word, whatever its scheme */
        set_field(c, MT_META_URL, &o->url, keep_url(c, c->url, strlen(c->url), oom), "input");
}

/* A site's name given as its home page's address ("https://www.example.org/")
 * is named by the host ("example.org"): an address is no name. */
static void site_url_to_host(mt_meta_ctx *c, int *oom)
{
    const char *s = c->out->sitename, *host;
    size_t n = strlen(s), hn;
    if ((s[0] != 'h' && s[0] != 'H') || !mt_url_host(s, n, &host, &hn))
        return;
    size_t rest = (size_t)(s + n - (host + hn));
    if (rest > 1 || (rest == 1 && host[hn] != '/'))
        return;
    const char *name = mt_meta_keep(c, host, hn, oom);
    if (name)
        c->out->sitename = name;
}

/* Where a side of a site's name ends without the mark and spaces after
 * it: ASCII marks, '·', '»' and the dashes and bullets of U+2000. */
static size_t without_mark(const char *str, size_t from, size_t to)
{
    const unsigned char *s = (const unsigned char *)str;
    while (to > from) {
        if (s[to - 1] < 0x80 && !mt_ascii_is_alnum(s[to - 1]))
            to--;
        else if (to - from >= 2 && s[to - 2] == 0xc2 && (s[to - 1] == 0xb7 || s[to - 1] == 0xbb))
            to -= 2;
        else if (to - from >= 3 && s[to - 3] == 0xe2 && s[to - 2] == 0x80)
            to -= 3;
        else
            break;
    }
    return to;
}

/* The side of a site's name with a tagline that the host names
 * ("gizmeo.eu | inside the machine", "Fischerhütte | hejfish.com"), when
 * the short side is no name (mt_title_site_name kept it whole): what a
 * title would lose as the site's name. Not when the other side is named
 * by the host too ("Katzen Forum - Das große Katzenforum"), nor when no
 * space sets the sides apart ("Osthessen|News" is a name). */
static void site_name_by_host(mt_meta_ctx *c, int *oom)
{
    const char *s = c->out->sitename;
    size_t n = strlen(s), a, k;
    mt_title_strip_site(s, n, NULL, 0, c->host, c->host_len, &a, &k);
    size_t from, to;        /* the side that went, with the mark */
    if (a > 0 && a + k == n)
        from = 0, to = a;
    else if (a == 0 && k < n)
        from = k, to = n;
    else
        return;
    int spaced = from ? s[from] == ' ' : s[a - 1] == ' ';
    if (!spaced || mt_title_names_site(s + a, k, NULL, 0, c->host, c->host_len))
        return;
    while (from < to && !mt_ascii_is_alnum((unsigned char)s[from]) && (unsigned char)s[from] < 0x80)
        from++;
    to = without_mark(s, from, to);
    if (to == from || !mt_title_names_site(s + from, to - from, NULL, 0, c->host, c->host_len))
        return;
    const char *name = mt_meta_keep(c, s + from, to - from, oom);
    if (name)
        c->out->sitename = name;
}

static void choose_sitename(mt_meta_ctx *c, int *oom)
{
    mt_metadata *o = c->out;
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_SITE];
    /* og:site_name is the site's own word; a publisher meta or an app name
     * is weaker than what JSON-LD says */
    if (s->n && s->rank <= 1)
        set_field(c, MT_META_SITENAME, &o->sitename, mt_meta_keep(c, s->v[0].s, s->v[0].len, oom),
                  s->v[0].source);
    const mt_ld_item *site = mt_ld_first_of(c->ld, MT_LD_WEBSITE);
    if (site && site->site_name)
        set_field(c, MT_META_SITENAME, &o->sitename, keep_z(c, site->site_name, oom), "json-ld");
    if (c->main && c->main->site_name)
        set_field(c, MT_META_SITENAME, &o->sitename, keep_z(c, c->main->site_name, oom), "json-ld");
    if (c->main && c->main->publisher)
        set_field(c, MT_META_SITENAME, &o->sitename, keep_z(c, c->main->publisher, oom), "json-ld");
    if (s->n)
        set_field(c, MT_META_SITENAME, &o->sitename, mt_meta_keep(c, s->v[0].s, s->v[0].len, oom),
                  s->v[0].source);
    const mt_ld_item *org = mt_ld_first_of(c->ld, MT_LD_ORGANIZATION);
    if (org && org->name)
        set_field(c, MT_META_SITENAME, &o->sitename, keep_z(c, org->name, oom), "json-ld");
    if (o->sitename)
        site_url_to_host(c, oom);
    if (o->sitename) {
        size_t a, k;
        mt_title_site_name(o->sitename, strlen(o->sitename), &a, &k);
        if (k < strlen(o->sitename)) {
            const char *name = mt_meta_keep(c, o->sitename + a, k, oom);
            if (name)
                o->sitename = name;
        } else if (c->host_len) {
            site_name_by_host(c, oom);
        }
    }
}

static void choose_description(mt_meta_ctx *c, int *oom)
{
    mt_metadata *o = c->out;
    const mt_meta_value *v = slot_value(c, MT_SLOT_DESCRIPTION);
    if (v)
        set_field(c, MT_META_DESCRIPTION, &o->description, mt_meta_keep(c, v->s, v->len, oom),
                  v->source);
    if (c->main && c->main->description)
        set_field(c, MT_META_DESCRIPTION, &o->description, keep_z(c, c->main->description, oom),
                  "json-ld");
}

static void choose_image(mt_meta_ctx *c, int *oom)
{
    mt_metadata *o = c->out;
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_IMAGE];
    if (s->n && s->rank <= 1)
        set_url_field(c, MT_META_IMAGE, &o->image, s->v[0].s, s->v[0].len, s->v[0].source,
                      oom);
    if (c->main && c->main->image)
        set_url_field(c, MT_META_IMAGE, &o->image, c->main->image, strlen(c->main->image),
                      "json-ld", oom);
    if (s->n)
        set_url_field(c, MT_META_IMAGE, &o->image, s->v[0].s, s->v[0].len, s->v[0].source,
                      oom);
}

static void choose_license(mt_meta_ctx *c, int *oom)
{
    mt_metadata *o = c->out;
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_LICENSE];
    if (s->n && s->rank <= 1)
        set_url_field(c, MT_META_LICENSE, &o->license, s->v[0].s, s->v[0].len, s->v[0].source,
                      oom);
    if (c->main && c->main->license)
        set_field(c, MT_META_LICENSE, &o->license, keep_z(c, c->main->license, oom), "json-ld");
    if (s->n)
        set_field(c, MT_META_LICENSE, &o->license, mt_meta_keep(c, s->v[0].s, s->v[0].len, oom),
                  s->v[0].source);
}

/* ================================================================ lists */

typedef struct list {
    const char *item[MAX_LIST];
    size_t n;
    size_t len[MAX_LIST];   /* of each item, for add_items's comparisons */
} list;

/* Whether a tag or category has a word: "." and "'" in a keyword list
 * are what was left between two separators. */
static int has_word(const char *item)
{
    for (const char *p = item; *p; p++)
        if (mt_ascii_is_alnum((unsigned char)*p))
            return 1;   /* most tags: no need to read their letters as words */
    uint32_t w[1];
    return mt_meta_words(item, strlen(item), w, 1) > 0;
}

/* Adds the comma-separated items of s to the list (trimmed, no repeats,
 * case-insensitively, each with a word). */
static void add_items(mt_meta_ctx *c, list *l, const char *s, size_t len, int *oom)
{
    size_t i = 0;
    while (i < len && l->n < MAX_LIST) {
        size_t st = i;
        while (i < len && s[i] != ',' && s[i] != ';')
            i++;
        const char *item = mt_meta_keep(c, s + st, i - st, oom);
        i++;
        size_t n = item ? strlen(item) : 0;
        if (!item || n > 100 || !has_word(item))
            continue;
        int dup = 0;
        for (size_t k = 0; k < l->n && !dup; k++)
            dup = mt_meta_eq_ci(l->item[k], l->len[k], item) || strcmp(l->item[k], item) == 0;
        if (!dup) {
            l->len[l->n] = n;
            l->item[l->n++] = item;
        }
    }
}

static const char *const *keep_list(mt_meta_ctx *c, const list *l, size_t *n, int *oom)
{
    *n = 0;
    if (!l->n)
        return NULL;
    const char **arr = mt_arena_alloc(c->arena, l->n * sizeof *arr);
    if (!arr) {
        *oom = 1;
        return NULL;
    }
    memcpy(arr, l->item, l->n * sizeof *arr);
    *n = l->n;
    return arr;
}

static void choose_categories(mt_meta_ctx *c, int *oom)
{
    list l = { { 0 }, 0, { 0 } };
    const char *source = NULL;
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_SECTION];
    if (c->main && c->main->section) {
        add_items(c, &l, c->main->section, strlen(c->main->section), oom);
        source = "json-ld";
    } else if (s->n) {
        for (size_t i = 0; i < s->n; i++)
            add_items(c, &l, s->v[i].s, s->v[i].len, oom);
        source = s->v[0].source;
    }
    c->out->categories = keep_list(c, &l, &c->out->ncategories, oom);
    if (c->out->categories)
        c->out->source[MT_META_CATEGORIES] = source;
}

/* The text of a link, for rel=tag lists. */
static void add_link_texts(mt_meta_ctx *c, list *l, const mt_node *const *links, size_t n,
                           int *oom)
{
    char buf[128];
    for (size_t i = 0; i < n && l->n < MAX_LIST; i++) {
        if (mt_meta_flags(&c->page, links[i]) & MT_IN_COMMENTS)
            continue;
        size_t len = mt_meta_node_text(links[i], buf, sizeof buf, 32, 0);
        /* a tag link holds one tag: its commas are part of it */
        const char *item = mt_meta_keep(c, buf, len, oom);
        int dup = 0;
        for (size_t k = 0; item && k < l->n && !dup; k++)
            dup = strcmp(l->item[k], item) == 0;
        if (item && !dup && has_word(item)) {
            l->len[l->n] = strlen(item);
            l->item[l->n++] = item;
        }
    }
}

static void choose_tags(mt_meta_ctx *c, int *oom)
{
    list l = { { 0 }, 0, { 0 } };
    const char *source = NULL;
    const mt_meta_slot *s = &c->page.slot[MT_SLOT_TAGS];
    if (s->n && s->rank <= 2) {
        for (size_t i = 0; i < s->n; i++)
            add_items(c, &l, s->v[i].s, s->v[i].len, oom);
        source = s->v[0].source;
    } else if (c->main && c->main->keywords) {
        add_items(c, &l, c->main->keywords, strlen(c->main->keywords), oom);
        source = "json-ld";
    } else if (c->page.ntag_links) {
        add_link_texts(c, &l, c->page.tag_links, c->page.ntag_links, oom);
        source = "rel:tag";
    } else if (s->n) {
        for (size_t i = 0; i < s->n; i++)
            add_items(c, &l, s->v[i].s, s->v[i].len, oom);
        source = s->v[0].source;
    }
    c->out->tags = keep_list(c, &l, &c->out->ntags, oom);
    if (c->out->tags)
        c->out->source[MT_META_TAGS] = source;
}

/* ================================================================ the stage */

/* How to read numeric dates: by the page's language, English ones month
 * first unless British or the like. */
static mt_date_order order_of_language(const char *lang)
{
    if (!lang)
        return MT_DATE_ORDER_UNKNOWN;
    if (strncmp(lang, "en", 2) == 0 && (lang[2] == '\0' || strcmp(lang + 2, "-US") == 0))
        return MT_DATE_ORDER_MDY;
    return MT_DATE_ORDER_DMY;
}

static mt_status run(mt_meta_ctx *c)
{
    mt_status st = mt_meta_collect(c->doc, c->scratch, &c->page);
    if (st == MT_OK)
        st = read_json_ld(c);
    if (st != MT_OK)
        return st;
    if (c->url)
        mt_url_host(c->url, strlen(c->url), &c->host, &c->host_len);
    if (!c->host && c->page.canonical)
        mt_url_host(c->page.canonical, c->page.canonical_len, &c->host, &c->host_len);
    int oom = 0;
    choose_language(c, &oom);
    c->order = order_of_language(c->out->language);
    choose_url(c, &oom);
    choose_sitename(c, &oom);
    choose_description(c, &oom);
    choose_image(c, &oom);
    choose_license(c, &oom);
    choose_categories(c, &oom);
    choose_tags(c, &oom);
    if (oom)
        return MT_ERR_NOMEM;
    if ((st = mt_meta_choose_title(c)) != MT_OK || c->scope == MT_METADATA_BASIC)
        return st;
    if ((st = mt_meta_choose_authors(c)) == MT_OK && (st = mt_meta_choose_dates(c)) == MT_OK)
        st = mt_meta_choose_pagetype(c);
    return st;
}

/* Sets up the context of a reading of `doc` with `scratch` (a new arena
 * for the reading's temporary memory, which the caller releases). */
static void ctx_init(mt_meta_ctx *c, const mt_document *doc, const char *url, mt_arena *arena,
                     mt_arena *scratch)
{
    mt_arena_init(scratch, arena->alloc, SCRATCH_CHUNK, 0);
    /* the page's lists are large and set up by the collection pass */
    memset(c, 0, offsetof(mt_meta_ctx, page));
    c->doc = doc;
    c->url = url && *url ? url : NULL;
    c->arena = arena;
    c->scratch = scratch;
}

mt_status mt_metadata_extract_scoped(const mt_document *doc, const char *url, int64_t now,
                                     mt_metadata_scope scope, mt_arena *arena,
                                     mt_metadata *out)
{
    return mt_metadata_extract_noting_body(doc, url, now, scope, arena, out, NULL);
}

mt_status mt_metadata_extract_noting_body(const mt_document *doc, const char *url, int64_t now,
                                          mt_metadata_scope scope, mt_arena *arena,
                                          mt_metadata *out, size_t *stated_body_len)
{
    if (stated_body_len)
        *stated_body_len = 0;
    if (!out || !arena)
        return MT_ERR_INVALID_ARG;
    memset(out, 0, sizeof *out);
    if (!doc || !doc->root)
        return MT_OK;
    mt_arena scratch;
    mt_meta_ctx c;
    ctx_init(&c, doc, url, arena, &scratch);
    c.now = now;
    c.scope = scope;
    c.out = out;
    mt_status st = run(&c);
    if (st == MT_OK && stated_body_len && c.body_item)
        *stated_body_len = c.body_item->body_len;
    mt_arena_release(&scratch);
    if (st != MT_OK)
        memset(out, 0, sizeof *out);
    return st;
}

mt_status mt_metadata_extract(const mt_document *doc, const char *url, int64_t now,
                              mt_arena *arena, mt_metadata *out)
{
    return mt_metadata_extract_scoped(doc, url, now, MT_METADATA_ALL, arena, out);
}

mt_status mt_metadata_stated_body(const mt_document *doc, const char *url, mt_arena *arena,
                                  const char **body, size_t *len)
{
    *body = NULL;
    *len = 0;
    if (!doc || !doc->root)
        return MT_OK;
    mt_arena scratch;
    mt_meta_ctx c;
    ctx_init(&c, doc, url, arena, &scratch);
    mt_status st = mt_meta_collect(doc, &scratch, &c.page);
    if (st == MT_OK)
        st = read_json_ld(&c);
    const mt_ld_item *it = st == MT_OK ? c.body_item : NULL;
    if (it) {
        char *copy = mt_arena_strndup(arena, it->body, it->body_len);
        if (copy) {
            *body = copy;
            *len = it->body_len;
        } else {
            st = MT_ERR_NOMEM;
        }
    }
    mt_arena_release(&scratch);
    return st;
}
