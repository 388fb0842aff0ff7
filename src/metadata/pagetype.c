/* pagetype.c -- what kind of page this is: article, blogpost, product,
 * video, forum, listing or other. The page's own word (JSON-LD type,
 * og:type) first; then its address (forum and blog paths); then its shape
 * (a dated, authored page is an article; many headings and no article
 * element is a listing). */
#include <string.h>
#include "metadata/meta_internal.h"

static const char *type_of_ld(int kind)
{
    switch (kind) {
    case MT_LD_ARTICLE:
    case MT_LD_RECIPE: return "article";
    case MT_LD_BLOGPOSTING: return "blogpost";
    case MT_LD_PRODUCT: return "product";
    case MT_LD_VIDEO: return "video";
    case MT_LD_FORUM: return "forum";
    case MT_LD_COLLECTION: return "listing";
    case MT_LD_WEBPAGE:
    case MT_LD_EVENT: return "other";
    default: return NULL;
    }
}

static const char *type_of_og(const char *s, size_t n)
{
    if (mt_meta_eq_ci(s, n, "article") || mt_meta_find_ci(s, n, "news"))
        return "article";
    if (mt_meta_find_ci(s, n, "blog"))
        return "blogpost";
    if (mt_meta_find_ci(s, n, "video") || mt_meta_find_ci(s, n, "movie") ||
        mt_meta_find_ci(s, n, "episode"))
        return "video";
    if (mt_meta_find_ci(s, n, "product") || mt_meta_find_ci(s, n, "book"))
        return "product";
    /* "website", "profile", "place": a page, but not one of the kinds above */
    return "other";
}

static const char *type_of_url(const char *u, size_t n)
{
    static const char *const forum[] = { "/forum", "forum.", "/thread", "viewtopic",
                                         "showthread", "/discussion", "/t/", "/community/" };
    for (size_t i = 0; i < sizeof forum / sizeof forum[0]; i++)
        if (mt_meta_find_ci(u, n, forum[i]))
            return "forum";
    if (mt_meta_find_ci(u, n, "/blog") || mt_meta_find_ci(u, n, "://blog.") ||
        mt_meta_find_ci(u, n, ".blogspot.") || mt_meta_find_ci(u, n, ".wordpress.com"))
        return "blogpost";
    if (mt_meta_find_ci(u, n, "/video/") || mt_meta_find_ci(u, n, "/watch"))
        return "video";
    if (mt_meta_find_ci(u, n, "/product/"))
        return "product";
    return NULL;
}

/* Many top-level headings and no single article: an index page. */
static int looks_like_listing(const mt_meta_ctx *c)
{
    if (c->page.article && c->page.article->tag == MT_TAG_ARTICLE)
        return 0;
    size_t h2 = 0;
    for (size_t i = 0; i < c->page.nheadings; i++)
        h2 += c->page.headings[i]->tag == MT_TAG_H2;
    return h2 >= 12 && !c->out->date;
}

mt_status mt_meta_choose_pagetype(mt_meta_ctx *c)
{
    const char *type = NULL, *source = NULL;
    const mt_meta_value *og = c->page.slot[MT_SLOT_TYPE].n ? &c->page.slot[MT_SLOT_TYPE].v[0]
                                                            : NULL;
    if (c->main && (type = type_of_ld(c->main->kind)) != NULL)
        source = "json-ld";
    /* a JSON-LD WebPage says only that this is a page (SEO plugins write
     * one for every page): og:type's "article" or "video" says more */
    const char *by_og = og ? type_of_og(og->s, og->len) : NULL;
    if (by_og && (!type || (strcmp(type, "other") == 0 && strcmp(by_og, "other") != 0))) {
        type = by_og;
        source = og->source;
    }
    const char *u = c->url ? c->url : c->out->url;
    const char *by_url = u ? type_of_url(u, strlen(u)) : NULL;
    /* an "article" on a blog's address is a blog post; a forum's address
     * wins over a generic article or page type */
    if (by_url && (!type || strcmp(type, "other") == 0 ||
                   (strcmp(type, "article") == 0 &&
                    (strcmp(by_url, "blogpost") == 0 || strcmp(by_url, "forum") == 0)))) {
        type = by_url;
        source = "url";
    }
    if (!type || (strcmp(type, "other") == 0 && looks_like_listing(c))) {
        if (looks_like_listing(c))
            type = "listing";
        else if (c->out->date && (c->out->nauthors || c->page.article))
            type = "article";
        else
            return MT_OK;       /* nothing tells: unknown, not "other" */
        source = "heuristic";
    }
    c->out->pagetype = type;
    c->out->source[MT_META_PAGETYPE] = source;
    return MT_OK;
}
