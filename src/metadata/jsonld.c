/* jsonld.c -- what the page's JSON-LD blocks say about it.
 *
 * A block holds one object, an array of objects, or an object with a
 * @graph array; an article may also sit one level down as a page's
 * mainEntity. Each object with a @type (or under schema.org's @context a
 * "type") becomes an mt_ld_item holding the fields we use. The walk is
 * iterative with a fixed stack: the JSON reader caps nesting, and we only
 * look two levels into any item. */
#include <string.h>
#include "metadata/meta_internal.h"

/* ================================================================ types */

static const char *type_tail(const char *t)
{
    /* "http://schema.org/NewsArticle", "schema:NewsArticle" */
    const char *p = strrchr(t, '/');
    const char *q = strrchr(t, ':');
    if (q && (!p || q > p))
        p = q;
    return p ? p + 1 : t;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static int kind_of_type(const char *type)
{
    static const struct { const char *name; int kind; } exact[] = {
        { "Report", MT_LD_ARTICLE }, { "Review", MT_LD_ARTICLE },
        { "BlogPosting", MT_LD_BLOGPOSTING }, { "LiveBlogPosting", MT_LD_BLOGPOSTING },
        { "SocialMediaPosting", MT_LD_BLOGPOSTING }, { "Blog", MT_LD_BLOGPOSTING },
        { "DiscussionForumPosting", MT_LD_FORUM }, { "QAPage", MT_LD_FORUM },
        { "Question", MT_LD_FORUM },
        { "CollectionPage", MT_LD_COLLECTION }, { "SearchResultsPage", MT_LD_COLLECTION },
        { "ItemList", MT_LD_COLLECTION },
        { "Product", MT_LD_PRODUCT }, { "ProductGroup", MT_LD_PRODUCT },
        { "IndividualProduct", MT_LD_PRODUCT }, { "Car", MT_LD_PRODUCT },
        { "Vehicle", MT_LD_PRODUCT }, { "Book", MT_LD_PRODUCT },
        { "VideoObject", MT_LD_VIDEO }, { "Movie", MT_LD_VIDEO }, { "Episode", MT_LD_VIDEO },
        { "TVEpisode", MT_LD_VIDEO },
        { "WebSite", MT_LD_WEBSITE },
        { "Organization", MT_LD_ORGANIZATION }, { "NewsMediaOrganization", MT_LD_ORGANIZATION },
        { "Corporation", MT_LD_ORGANIZATION }, { "LocalBusiness", MT_LD_ORGANIZATION },
        { "GovernmentOrganization", MT_LD_ORGANIZATION }, { "NGO", MT_LD_ORGANIZATION },
        { "EducationalOrganization", MT_LD_ORGANIZATION },
        { "Person", MT_LD_PERSON }, { "Recipe", MT_LD_RECIPE },
        { "BreadcrumbList", MT_LD_BREADCRUMB }, { "Event", MT_LD_EVENT },
    };
    const char *t = type_tail(type);
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        if (strcmp(t, exact[i].name) == 0)
            return exact[i].kind;
    if (ends_with(t, "Article"))
        return MT_LD_ARTICLE;
    if (ends_with(t, "WebPage") || ends_with(t, "Page"))
        return MT_LD_WEBPAGE;
    if (ends_with(t, "Event"))
        return MT_LD_EVENT;
    return MT_LD_OTHER;
}

/* ================================================================ values */

/* Most array members looked at for one field. */
#define MAX_FIELD_MEMBERS 16

/* The text of a value: a string, an object's name (or @value; with
 * `links` also its url or @id), or the first such member of an array. NULL
 * when there is none. */
static const mt_json *text_value(const mt_json *v, int links)
{
    if (v && v->type == MT_JSON_ARRAY)
        v = v->child;
    if (!v)
        return NULL;
    if (v->type == MT_JSON_STRING)
        return v;
    if (v->type == MT_JSON_OBJECT) {
        static const char *const keys[] = { "name", "@value", "url", "@id" };
        size_t nkeys = links ? 4 : 2;
        for (size_t i = 0; i < nkeys; i++) {
            const mt_json *m = mt_json_get(v, keys[i]);
            if (m && m->type == MT_JSON_ARRAY)
                m = m->child;
            if (m && m->type == MT_JSON_STRING && m->len)
                return m;
        }
    }
    return NULL;
}

/* A cleaned copy (tags stripped, references decoded, space collapsed); NULL
 * when empty. *oom is set when memory ran out. */
static const char *copy_text(mt_arena *a, const mt_json *v, int links, int *oom)
{
    v = text_value(v, links);
    if (!v || !v->len)
        return NULL;
    size_t n;
    char *s = mt_meta_strip_dup(a, v->str, v->len, &n);
    if (!s) {
        *oom = 1;
        return NULL;
    }
    return n ? s : NULL;
}

static const char *field(mt_arena *a, const mt_json *obj, const char *key, int *oom)
{
    return copy_text(a, mt_json_get(obj, key), 0, oom);
}

/* A field that may be a link: "url", "license". */
static const char *link_field(mt_arena *a, const mt_json *obj, const char *key, int *oom)
{
    return copy_text(a, mt_json_get(obj, key), 1, oom);
}

/* An image: a URL string, an ImageObject's url (or contentUrl), or the
 * first of an array. */
static const char *image_of(mt_arena *a, const mt_json *v, int *oom)
{
    if (v && v->type == MT_JSON_ARRAY)
        v = v->child;
    if (v && v->type == MT_JSON_OBJECT) {
        const mt_json *u = mt_json_get(v, "url");
        if (!u)
            u = mt_json_get(v, "contentUrl");
        v = u;
    }
    return v && v->type == MT_JSON_STRING ? copy_text(a, v, 1, oom) : NULL;
}

/* Joins the strings of a string-or-array value with ", " (keywords,
 * sections). */
static const char *joined(mt_arena *a, const mt_json *v, int *oom)
{
    if (!v)
        return NULL;
    if (v->type != MT_JSON_ARRAY)
        return copy_text(a, v, 0, oom);
    size_t total = 0, k = 0;
    for (const mt_json *m = v->child; m && k < MAX_FIELD_MEMBERS; m = m->next, k++)
        if (m->type == MT_JSON_STRING)
            total += m->len + 2;
    if (!total)
        return NULL;
    char *buf = mt_arena_alloc_bytes(a, total + 1);
    if (!buf) {
        *oom = 1;
        return NULL;
    }
    size_t w = 0;
    k = 0;
    for (const mt_json *m = v->child; m && k < MAX_FIELD_MEMBERS; m = m->next, k++) {
        if (m->type != MT_JSON_STRING || !m->len)
            continue;
        if (w) {
            memcpy(buf + w, ", ", 2);
            w += 2;
        }
        memcpy(buf + w, m->str, m->len);
        w += m->len;
    }
    size_t n;
    const char *s = mt_meta_strip_dup(a, buf, w, &n);
    if (!s)
        *oom = 1;
    return s && n ? s : NULL;
}

/* An object's "@id"; under schema.org's context (`schema`) also its "id",
 * which that context makes a name for "@id" (as "type" for "@type"). */
static const mt_json *id_member(const mt_json *obj, int schema)
{
    const mt_json *id = mt_json_get(obj, "@id");
    return id || !schema ? id : mt_json_get(obj, "id");
}

/* Authors: a string, a Person/Organization object, or an array of them. An
 * object with only an @id refers to a Person elsewhere in the @graph; its
 * id is kept to be looked up once every item is read. */
static int read_authors(mt_arena *a, const mt_json *v, int schema, mt_ld_item *it)
{
    if (!v)
        return 0;
    const mt_json *m = v->type == MT_JSON_ARRAY ? v->child : v;
    for (size_t k = 0; m && k < MAX_FIELD_MEMBERS; k++) {
        const mt_json *name = text_value(m, 0);
        if (name && name->len) {
            if (mt_author_split(a, name->str, name->len, &it->authors) < 0)
                return -1;
        } else if (m->type == MT_JSON_OBJECT && it->nauthor_refs < MT_LD_MAX_REFS) {
            const char *id = mt_json_string(id_member(m, schema));
            if (id)
                it->author_refs[it->nauthor_refs++] = id;
        }
        m = v->type == MT_JSON_ARRAY ? m->next : NULL;
    }
    return 0;
}

/* ================================================================ items */

/* Whether a "@context" value is schema.org's: its URL ("https://schema.org",
 * "http://schema.org/"), an object whose "@vocab" it is, or an array
 * holding either. */
static int is_schema_context(const mt_json *c, int in_array)
{
    if (!c)
        return 0;
    if (c->type == MT_JSON_STRING)
        return strstr(c->str, "schema.org") != NULL;
    if (c->type == MT_JSON_OBJECT)
        return is_schema_context(mt_json_get(c, "@vocab"), 1);
    if (c->type == MT_JSON_ARRAY && !in_array) {
        size_t k = 0;
        for (const mt_json *m = c->child; m && k < MAX_FIELD_MEMBERS; m = m->next, k++)
            if (is_schema_context(m, 1))
                return 1;
    }
    return 0;
}

/* The item's type. `schema`: the item is under schema.org's context, which
 * makes "type" a name for "@type" (pages that give that context write it
 * so); under another context (ActivityStreams, IIIF) or none, "type" is
 * that vocabulary's, and an "AnnotationPage" is no web page. */
static const char *first_type(const mt_json *obj, int schema)
{
    const mt_json *t = mt_json_get(obj, "@type");
    if (!t && schema)
        t = mt_json_get(obj, "type");
    if (t && t->type == MT_JSON_ARRAY) {
        /* ["WebPage", "NewsArticle"]: the most specific kind we know wins */
        const char *best = NULL;
        int best_kind = -1;
        size_t k = 0;
        for (const mt_json *m = t->child; m && k < MAX_FIELD_MEMBERS; m = m->next, k++) {
            if (m->type != MT_JSON_STRING)
                continue;
            int kind = kind_of_type(m->str);
            if (!best || (best_kind != MT_LD_ARTICLE && best_kind != MT_LD_BLOGPOSTING &&
                          kind != MT_LD_OTHER))
                best = m->str, best_kind = kind;
        }
        return best;
    }
    return mt_json_string(t);
}

static mt_status read_item(mt_arena *a, const mt_json *obj, const char *type, int depth,
                           int schema, mt_ld_set *set)
{
    if (set->n >= MT_LD_MAX_ITEMS)
        return MT_OK;
    mt_ld_item *it = &set->item[set->n];
    memset(it, 0, sizeof *it);
    int oom = 0;
    it->type = type;
    it->kind = kind_of_type(type);
    it->depth = depth;
    it->id = copy_text(a, id_member(obj, schema), 1, &oom);
    it->url = link_field(a, obj, "url", &oom);
    it->headline = field(a, obj, "headline", &oom);
    it->name = field(a, obj, "name", &oom);
    it->description = field(a, obj, "description", &oom);
    it->date_published = field(a, obj, "datePublished", &oom);
    it->date_modified = field(a, obj, "dateModified", &oom);
    it->date_created = field(a, obj, "dateCreated", &oom);
    if (!it->date_published)
        it->date_published = field(a, obj, "uploadDate", &oom);
    it->image = image_of(a, mt_json_get(obj, "image"), &oom);
    if (!it->image)
        it->image = image_of(a, mt_json_get(obj, "thumbnailUrl"), &oom);
    it->license = link_field(a, obj, "license", &oom);
    it->section = joined(a, mt_json_get(obj, "articleSection"), &oom);
    it->keywords = joined(a, mt_json_get(obj, "keywords"), &oom);
    it->publisher = field(a, obj, "publisher", &oom);
    it->in_language = field(a, obj, "inLanguage", &oom);
    const mt_json *body = mt_json_get(obj, "articleBody");
    if (body && body->type == MT_JSON_STRING && body->len) {
        it->body = body->str;
        it->body_len = body->len;
    }
    const mt_json *part = mt_json_get(obj, "isPartOf");
    const char *part_type = part && part->type == MT_JSON_OBJECT ? first_type(part, schema) : NULL;
    if (part_type && kind_of_type(part_type) == MT_LD_WEBSITE)
        it->site_name = field(a, part, "name", &oom);
    if (it->kind == MT_LD_WEBSITE)
        it->site_name = it->name;
    const mt_json *au = mt_json_get(obj, "author");
    if (!au)
        au = mt_json_get(obj, "creator");
    if (read_authors(a, au, schema, it) < 0)
        oom = 1;
    if (oom)
        return MT_ERR_NOMEM;
    set->n++;
    return MT_OK;
}

/* Work list of the walk: objects and arrays still to look at. */
typedef struct pending {
    const mt_json *v;
    int depth;
    int schema;               /* under schema.org's @context (an outer one counts) */
} pending;

#define WALK_STACK 64

mt_status mt_ld_read_block(mt_arena *a, const char *s, size_t len, mt_ld_set *set)
{
    /* Some pages wrap the JSON in an HTML comment or CDATA markers. */
    while (len && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t'))
        s++, len--;
    static const char *const wrappers[] = { "<!--", "<![CDATA[", "//<![CDATA[", "/*<![CDATA[*/" };
    for (size_t i = 0; i < sizeof wrappers / sizeof wrappers[0]; i++) {
        size_t n = strlen(wrappers[i]);
        if (len >= n && memcmp(s, wrappers[i], n) == 0)
            s += n, len -= n;
    }
    if (len > MT_LD_MAX_BLOCK_BYTES) {
        set->malformed++;
        return MT_OK;
    }
    mt_json_error err = { 0, 0 };
    mt_json *root = mt_json_parse(a, s, len, MT_JSON_LENIENT, 0, &err);
    if (!root) {
        if (err.msg && strcmp(err.msg, "out of memory") == 0)
            return MT_ERR_NOMEM;
        set->malformed++;
        return MT_OK;
    }
    pending stack[WALK_STACK];
    size_t top = 0;
    stack[top++] = (pending){ root, 0, 0 };
    size_t visited = 0;
    while (top > 0 && visited++ < 4 * MT_LD_MAX_ITEMS) {
        pending p = stack[--top];
        const mt_json *v = p.v;
        if (v->type == MT_JSON_ARRAY) {
            /* push in reverse so members come out in document order */
            const mt_json *members[MT_LD_MAX_ITEMS];
            size_t n = 0;
            for (const mt_json *m = v->child; m && n < MT_LD_MAX_ITEMS; m = m->next)
                if (m->type == MT_JSON_OBJECT || m->type == MT_JSON_ARRAY)
                    members[n++] = m;
            while (n > 0 && top < WALK_STACK)
                stack[top++] = (pending){ members[--n], p.depth, p.schema };
            continue;
        }
        if (v->type != MT_JSON_OBJECT)
            continue;
        int schema = p.schema || is_schema_context(mt_json_get(v, "@context"), 0);
        const char *type = first_type(v, schema);
        if (type) {
            mt_status st = read_item(a, v, type, p.depth, schema, set);
            if (st != MT_OK)
                return st;
        }
        /* One level down: the page's main entity, and @graph members --
         * but an FAQ page's main entities are its questions, parts of the
         * page that is the item ("Who can get a library card?" is no
         * title of "Library card FAQ"). */
        static const char *const inner[] = { "@graph", "mainEntity", "mainEntityOfPage" };
        int faq = type && strcmp(type_tail(type), "FAQPage") == 0;
        for (size_t i = sizeof inner / sizeof inner[0]; i-- > 0;) {
            const mt_json *m = mt_json_get(v, inner[i]);
            int graph = i == 0;
            if (!m || (m->type != MT_JSON_OBJECT && m->type != MT_JSON_ARRAY))
                continue;
            if (!graph && (faq || p.depth >= 1 ||
                           (m->type == MT_JSON_OBJECT && !first_type(m, schema))))
                continue;
            if (top < WALK_STACK)
                stack[top++] = (pending){ m, graph ? p.depth : p.depth + 1, schema };
        }
    }
    return MT_OK;
}

/* ================================================================ choosing */

/* A URL reduced for comparison: no scheme, no "www.", no query or fragment,
 * no trailing slash. */
static void url_key(const char *u, const char **s, size_t *n)
{
    const char *p = strstr(u, "://");
    p = p ? p + 3 : u;
    if (strncmp(p, "www.", 4) == 0)
        p += 4;
    size_t len = strcspn(p, "?#");
    while (len > 0 && p[len - 1] == '/')
        len--;
    *s = p;
    *n = len;
}

static int same_url(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    const char *x, *y;
    size_t xn, yn;
    url_key(a, &x, &xn);
    url_key(b, &y, &yn);
    return xn > 0 && xn == yn && memcmp(x, y, xn) == 0;
}

static int kind_weight(int kind)
{
    switch (kind) {
    case MT_LD_ARTICLE:
    case MT_LD_BLOGPOSTING: return 100;
    case MT_LD_FORUM: return 90;
    case MT_LD_VIDEO:
    case MT_LD_PRODUCT:
    case MT_LD_RECIPE: return 80;
    case MT_LD_EVENT: return 45;
    case MT_LD_WEBPAGE: return 40;
    case MT_LD_COLLECTION: return 35;
    default: return 0;
    }
}

const mt_ld_item *mt_ld_main_item(const mt_ld_set *set, const char *page_url)
{
    const mt_ld_item *best = NULL;
    int best_score = 0;
    for (size_t i = 0; i < set->n; i++) {
        const mt_ld_item *it = &set->item[i];
        int score = kind_weight(it->kind);
        if (!score)
            continue;
        if (page_url && (same_url(it->url, page_url) || same_url(it->id, page_url)))
            score += 50;
        if (it->headline)
            score += 5;
        if (it->date_published)
            score += 5;
        if (score > best_score)
            best = it, best_score = score;
    }
    return best;
}

const mt_ld_item *mt_ld_first_of(const mt_ld_set *set, int kind)
{
    for (size_t i = 0; i < set->n; i++)
        if (set->item[i].kind == kind)
            return &set->item[i];
    return NULL;
}

static int is_article_kind(int kind)
{
    return kind == MT_LD_ARTICLE || kind == MT_LD_BLOGPOSTING;
}

/* Whether `u` is an absolute address (a relative one, "/2024/flood", or a
 * fragment, "#article", names no page to tell from the page's). */
static int names_address(const char *u)
{
    const char *key;
    size_t n;
    if (!u || !strstr(u, "://"))
        return 0;
    url_key(u, &key, &n);
    return n > 0;
}

/* Whether the item is named (url or @id) by the address `u`. */
static int named_by(const mt_ld_item *it, const char *u)
{
    return same_url(it->url, u) || same_url(it->id, u);
}

/* Whether the item names an address and the other item names none of its
 * addresses: the two are different pages (a related story beside the
 * page's own item). */
static int names_another_page(const mt_ld_item *it, const mt_ld_item *other)
{
    if (!names_address(it->url) && !names_address(it->id))
        return 0;
    return !(it->url && named_by(other, it->url)) && !(it->id && named_by(other, it->id));
}

const mt_ld_item *mt_ld_body_item(const mt_ld_set *set, const char *page_url,
                                  const char *canonical)
{
    const mt_ld_item *main = mt_ld_main_item(set, page_url);
    if (!main || !main->body || !is_article_kind(main->kind))
        return NULL;
    if (named_by(main, page_url) || named_by(main, canonical))
        return main;
    /* named by another address than the page's: another page's article (a
     * home page's lead story) */
    if ((page_url || canonical) && (names_address(main->url) || names_address(main->id)))
        return NULL;
    /* not named as the page: the page's own only when no other article
     * states a body -- a listing's teasers may each have an item -- nor
     * is another page's */
    for (size_t i = 0; i < set->n; i++) {
        const mt_ld_item *it = &set->item[i];
        if (it != main && is_article_kind(it->kind) && (it->body || names_another_page(it, main)))
            return NULL;
    }
    return main;
}

int mt_ld_authors(mt_arena *a, const mt_ld_set *set, const mt_ld_item *it, mt_names *names)
{
    for (size_t i = 0; i < it->authors.n; i++) {
        const char *n = it->authors.name[i];
        if (mt_author_split(a, n, strlen(n), names) < 0)
            return -1;
    }
    for (size_t r = 0; r < it->nauthor_refs; r++) {
        for (size_t i = 0; i < set->n; i++) {
            const mt_ld_item *p = &set->item[i];
            if (p->kind == MT_LD_PERSON && p->name && p->id &&
                strcmp(p->id, it->author_refs[r]) == 0) {
                if (mt_author_split(a, p->name, strlen(p->name), names) < 0)
                    return -1;
                break;
            }
        }
    }
    return 0;
}
