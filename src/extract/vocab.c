/* vocab.c -- what markup and short phrases say about an element.
 *
 * Pages name their parts: class="share-buttons", id="sidebar",
 * role="navigation", <footer>. Class and id values are split into class
 * names (at whitespace) and each name into words (at '-', '_', digits and
 * camelCase humps), and the words are looked up in a small table bucketed by
 * first letter, so the cost per element is a few comparisons per word. A
 * long word that is not known ("leftsidebar") is searched for a handful of
 * unmistakable substrings. */
#include <string.h>
#include "extract/internal.h"

/* ================================================================ word table */

enum { EXACT = 0, PREFIX = 1, WEAK = 2 };

typedef struct vocab_word {
    const char *word;
    uint8_t len;
    uint8_t mode;
    uint32_t kinds;
} vocab_word;

#define W(s, m, k) { s, sizeof(s) - 1, m, k }

/* Sorted by first letter only (for the bucket index). */
static const vocab_word words[] = {
    W("ad", EXACT, K_AD), W("ads", EXACT, K_AD), W("adv", EXACT, K_AD),
    W("advert", PREFIX, K_AD), W("adsense", EXACT, K_AD), W("adslot", EXACT, K_AD),
    W("adunit", EXACT, K_AD), W("addthis", EXACT, K_SHARE), W("aside", EXACT, K_SIDEBAR),
    W("article", PREFIX, K_CONTENT), W("author", PREFIX, K_META),
    W("alert", EXACT, K_NOTICE), W("authorinfo", EXACT, K_ABOUT),
    W("authorbox", EXACT, K_ABOUT), W("aboutauthor", EXACT, K_ABOUT),
    W("banner", EXACT | WEAK, K_HEADER | K_AD), W("breadcrumb", PREFIX, K_NAV),
    W("byline", PREFIX, K_META), W("body", EXACT, K_CONTENT),
    W("blog", EXACT, K_CONTENT), W("branding", EXACT | WEAK, K_HEADER),
    W("bottom", EXACT | WEAK, K_FOOTER), W("comment", PREFIX, K_COMMENT),
    W("cookie", PREFIX, K_NOTICE), W("consent", PREFIX, K_NOTICE),
    W("content", PREFIX, K_CONTENT), W("copyright", EXACT, K_FOOTER),
    W("colophon", EXACT, K_FOOTER), W("caption", PREFIX, K_CAPTION),
    W("credit", PREFIX, K_CREDIT), W("category", EXACT, K_META),
    W("citations", EXACT, K_NOTES), W("categories", EXACT, K_META),
    W("cta", EXACT, K_NOTICE), W("combx", EXACT | WEAK, K_SIDEBAR),
    W("community", EXACT | WEAK, K_COMMENT), W("dateline", PREFIX, K_META),
    W("disqus", PREFIX, K_COMMENT), W("dialog", PREFIX, K_MODAL),
    W("discussion", EXACT, K_COMMENT), W("dfp", EXACT, K_AD), W("date", EXACT, K_META),
    W("entry", PREFIX, K_CONTENT), W("extra", EXACT | WEAK, K_SIDEBAR),
    W("footer", PREFIX, K_FOOTER), W("foot", EXACT | WEAK, K_FOOTER),
    W("follow", EXACT, K_SHARE), W("facebook", EXACT, K_SHARE),
    W("feedback", EXACT, K_NOTICE), W("footnote", PREFIX, K_NOTES),
    W("gdpr", EXACT, K_NOTICE), W("header", PREFIX | WEAK, K_HEADER),
    W("hentry", EXACT, K_CONTENT), W("login", EXACT, K_NOTICE),
    W("lightbox", EXACT, K_MODAL), W("linkedin", EXACT, K_SHARE),
    W("main", EXACT, K_CONTENT), W("menu", PREFIX, K_NAV),
    W("masthead", EXACT | WEAK, K_HEADER), W("meta", EXACT, K_META),
    W("modal", PREFIX, K_MODAL), W("mostread", EXACT, K_RELATED),
    W("nav", PREFIX, K_NAV), W("newsletter", PREFIX, K_NOTICE),
    W("outbrain", EXACT, K_RELATED), W("overlay", EXACT, K_MODAL),
    W("post", EXACT, K_CONTENT), W("pager", EXACT, K_NAV),
    W("postprofile", EXACT, K_ABOUT), W("postauthor", EXACT, K_ABOUT),
    W("paging", EXACT, K_NAV), W("paginat", PREFIX, K_NAV), W("popup", PREFIX, K_MODAL),
    W("popular", EXACT, K_RELATED), W("promo", PREFIX, K_AD),
    W("prose", EXACT, K_CONTENT), W("paywall", EXACT, K_NOTICE),
    W("poll", EXACT, K_NOTICE), W("pinterest", EXACT, K_SHARE),
    W("rail", EXACT | WEAK, K_SIDEBAR), W("reflist", EXACT, K_NOTES),
    W("references", EXACT, K_NOTES), W("rating", PREFIX, K_NOTICE),
    W("rate", EXACT, K_NOTICE), W("related", PREFIX, K_RELATED),
    W("recommend", PREFIX, K_RELATED), W("reply", EXACT, K_COMMENT),
    W("replies", EXACT, K_COMMENT), W("respond", EXACT, K_COMMENT),
    W("rss", EXACT, K_SHARE), W("register", EXACT, K_NOTICE),
    W("share", PREFIX, K_SHARE), W("sharing", EXACT, K_SHARE),
    W("social", PREFIX, K_SHARE), W("sidebar", PREFIX, K_SIDEBAR),
    W("sponsor", PREFIX, K_AD), W("subscribe", PREFIX, K_NOTICE),
    W("subscription", EXACT, K_NOTICE), W("signup", EXACT, K_NOTICE),
    W("signin", EXACT, K_NOTICE), W("skip", EXACT, K_NAV),
    W("signature", EXACT, K_ABOUT), W("survey", EXACT, K_NOTICE),
    W("sitemap", EXACT, K_NAV), W("story", PREFIX, K_CONTENT),
    W("shoutbox", EXACT, K_SIDEBAR), W("skyscraper", EXACT, K_AD),
    W("subnav", EXACT, K_NAV), W("tags", EXACT, K_META), W("tag", EXACT, K_META),
    W("timestamp", EXACT, K_META), W("toc", EXACT, K_NAV), W("toolbar", EXACT, K_NAV),
    W("topbar", EXACT | WEAK, K_HEADER), W("trending", EXACT, K_RELATED),
    W("taboola", PREFIX, K_RELATED), W("teaser", PREFIX, K_RELATED),
    W("text", EXACT, K_CONTENT), W("tweet", EXACT, K_SHARE),
    W("twitter", EXACT, K_SHARE), W("topnav", EXACT, K_NAV),
    W("userinfo", EXACT, K_ABOUT), W("vote", EXACT, K_NOTICE),
    W("voting", EXACT, K_NOTICE), W("widget", PREFIX | WEAK, K_SIDEBAR),
    W("whatsapp", EXACT, K_SHARE),
};

/* Class names that mean "not shown" as a whole. */
static const struct { const char *name; uint8_t len; } hidden_classes[] = {
    { "not shown", 9 },
    { "hidden", 6 },
    { "hide", 4 },
    { "sr-only", 7 },
    { "visually-hidden", 15 },
    { "visuallyhidden", 14 },
    { "screen-reader-text", 18 },
    { "screen-reader-only", 18 },
    { "element-invisible", 17 },
    { "offscreen", 9 },
    { "is-hidden", 9 },
    { "u-hidden", 8 },
    { "a11y-hidden", 11 },
    { "skip-link", 9 },
    { "skiplink", 8 },
    { "skip-to-content", 15 },
    { "invisible", 9 },
    { "d-none", 6 },
    { "display-none", 12 },
    { "hidden-text", 11 },
    { "assistive-text", 14 },
    { "visuallyHidden", 14 },
    { "srOnly", 6 },
    { "sr_only", 7 },
    { "skip-links", 10 },
    { "skipnav", 7 },
    { "headerlink", 10 },
    { "header-anchor", 13 },
    { "heading-anchor", 14 },
    { "anchorjs-link", 13 },
    { "anchor-link", 11 },
};

/* Substrings searched in compound class names that matched no word. */
static const struct { const char *s; uint8_t len; uint32_t kinds; } compounds[] = {
    { "sidebar", 7, K_SIDEBAR }, { "comment", 7, K_COMMENT }, { "footer", 6, K_FOOTER },
    { "related", 7, K_RELATED }, { "share", 5, K_SHARE }, { "social", 6, K_SHARE },
    { "navigation", 10, K_NAV }, { "breadcrumb", 10, K_NAV }, { "menu", 4, K_NAV },
    { "newsletter", 10, K_NOTICE }, { "cookie", 6, K_NOTICE }, { "advert", 6, K_AD },
    { "sponsor", 7, K_AD }, { "widget", 6, K_SIDEBAR }, { "header", 6, K_HEADER | K_WEAK },
};

/* A word that names no known word may be a compound of one
 * ("leftsidebar", "socialshare"). */
static unsigned lookup_compound(const char *w, size_t len)
{
    for (size_t i = 0; i < sizeof compounds / sizeof compounds[0]; i++) {
        size_t cl = compounds[i].len;
        for (size_t j = 0; j + cl <= len; j++)
            if (w[j] == compounds[i].s[0] && memcmp(w + j, compounds[i].s, cl) == 0)
                return compounds[i].kinds;
    }
    return 0;
}

static inline unsigned char lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c | 0x20) : c;
}

/* The first entry of `words` whose first letter is >= c (binary search;
 * the table is grouped by first letter in alphabetical order). */
static size_t first_with_letter(unsigned char c)
{
    size_t lo = 0, hi = sizeof words / sizeof words[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((unsigned char)words[mid].word[0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static unsigned lookup_word(const char *w, size_t len)
{
    unsigned kinds = 0;
    unsigned char first = (unsigned char)w[0];
    for (size_t i = first_with_letter(first);
         i < sizeof words / sizeof words[0] && (unsigned char)words[i].word[0] == first; i++) {
        const vocab_word *v = &words[i];
        int prefix = v->mode & PREFIX;
        if (!prefix ? (v->len == len && memcmp(v->word, w, len) == 0)
                    : (v->len <= len && memcmp(v->word, w, v->len) == 0)) {
            kinds |= v->kinds;
            if (v->mode & WEAK)
                kinds |= K_WEAK;    /* this word's kinds are weak */
            /* "commentary" is an article genre, not a comment thread */
            if ((v->kinds & K_COMMENT) && len >= 10 && memcmp(w, "commentary", 10) == 0)
                kinds = (kinds & ~(unsigned)K_COMMENT) | K_CONTENT;
        }
    }
    return kinds;
}

static int is_hidden_class(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof hidden_classes / sizeof hidden_classes[0]; i++)
        if (hidden_classes[i].len == len && memcmp(hidden_classes[i].name, name, len) == 0)
            return 1;
    return 0;
}

/* Class names that say nothing about the element's role:
 *  - the author's taxonomy: blog engines add "tag-social-media",
 *    "category-sharing" or "entry-category-politics" for every tag and
 *    category of a post;
 *  - script hooks: "js-social-images" marks where a script attaches. */
static int is_uninformative_class(const char *name, size_t len)
{
    static const struct { const char *s; uint8_t len; } markers[] = {
        { "tag-", 4 }, { "tags-", 5 }, { "category-", 9 }, { "categories-", 11 },
        { "cat-", 4 }, { "label-", 6 }, { "topic-", 6 }, { "format-", 7 }, { "type-", 5 },
        { "status-", 7 }, { "postid-", 7 }, { "tag_", 4 }, { "category_", 9 },
    };
    if (len > 3 && name[0] == 'j' && name[1] == 's' && (name[2] == '-' || name[2] == '_'))
        return 1;
    /* markers start a class name or follow a '-' / '_' */
    for (size_t at = 0; at + 4 < len; at++) {
        if (at && name[at - 1] != '-' && name[at - 1] != '_')
            continue;
        char first = name[at];
        if (first != 't' && first != 'c' && first != 'l' && first != 'f' && first != 's' &&
            first != 'p' && first != 'a')
            continue;
        for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++)
            if (markers[i].s[0] == first && at + markers[i].len < len &&
                memcmp(name + at, markers[i].s, markers[i].len) == 0)
                return 1;
    }
    return 0;
}

/* Adds one word's (or name's) kinds to an element's, keeping K_WEAK only
 * while every boilerplate kind so far came from weak words. */
static unsigned combine(unsigned acc, unsigned k)
{
    unsigned strong_acc = (acc & K_BOILERPLATE) && !(acc & K_WEAK);
    unsigned strong_k = (k & K_BOILERPLATE) && !(k & K_WEAK);
    unsigned out = (acc | k) & ~(unsigned)K_WEAK;
    if ((out & K_BOILERPLATE) && !strong_acc && !strong_k)
        out |= K_WEAK;
    return out;
}

/* Splits one class name into lowercase words and looks each up. */
static unsigned classify_class_name(const char *name, size_t len)
{
    if (is_hidden_class(name, len))
        return K_HIDDEN;
    if (is_uninformative_class(name, len))
        return 0;
    /* Generated names that spell a control path
     * ("ctl00_ContentPlaceHolder_article_NavWebPart_Article") are named by
     * their last step. */
    int underscores = 0;
    size_t cut = 0;
    for (size_t i = len; i-- > 0;)
        if (name[i] == '_' && ++underscores == 1)
            cut = i + 1;
    if (underscores >= 4) {
        name += cut;
        len -= cut;
    }
    char word[32];
    size_t wl = 0;
    unsigned kinds = 0;
    /* "author-bio", "autor_box", "about-the-author", a forum's
     * "message-user" / "user-info" panel: a box about the author, told by
     * the two words together ("bio" alone can be a company profile,
     * "author" alone a byline) */
    int author_word = 0, about_word = 0;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)name[i] : 0;
        int is_alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        /* a camelCase hump ("articleBody") starts a new word */
        int hump = is_alpha && c >= 'A' && c <= 'Z' && i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z';
        if (!is_alpha || hump) {
            if (wl > 0 && wl < sizeof word) {
                unsigned k = lookup_word(word, wl);
                if (!k && wl >= 7)
                    k = lookup_compound(word, wl);
                kinds = combine(kinds, k);
                if ((wl >= 5 && memcmp(word, "autor", 5) == 0) ||
                    (wl >= 6 && memcmp(word, "author", 6) == 0) ||
                    (wl == 4 && memcmp(word, "user", 4) == 0) ||
                    (wl == 6 && memcmp(word, "poster", 6) == 0))
                    author_word = 1;
                else if ((wl == 3 && memcmp(word, "bio", 3) == 0) ||
                         (wl == 3 && memcmp(word, "box", 3) == 0) ||
                         (wl == 5 && memcmp(word, "about", 5) == 0) ||
                         (wl == 7 && memcmp(word, "profile", 7) == 0) ||
                         (wl == 4 && memcmp(word, "info", 4) == 0) ||
                         (wl == 5 && memcmp(word, "panel", 5) == 0) ||
                         (wl == 4 && memcmp(word, "card", 4) == 0) ||
                         (wl == 5 && memcmp(word, "stats", 5) == 0) ||
                         (wl == 7 && memcmp(word, "message", 7) == 0))
                    about_word = 1;
            }
            wl = 0;
            if (!is_alpha)
                continue;
        }
        if (wl < sizeof word)
            word[wl] = (char)lower(c);
        wl++;
    }
    if (author_word && about_word)
        kinds = combine(kinds, K_ABOUT);
    return kinds;
}

/* Classifies every whitespace-separated name of a class/id attribute. Only
 * the first 16 names count: enough for real pages, bounded for hostile ones. */
static unsigned classify_names(const char *s, size_t len)
{
    unsigned kinds = 0;
    size_t i = 0;
    for (int names = 0; i < len && names < 16; names++) {
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f'))
            i++;
        size_t start = i;
        while (i < len && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f'))
            i++;
        if (i > start && i - start < 128)
            kinds = combine(kinds, classify_class_name(s + start, i - start));
    }
    return kinds;
}

/* classify_names through the per-page cache. */
static unsigned classify_names_cached(const char *s, size_t len, vocab_cache *cache)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    unsigned slot = (h ^ (h >> 16)) & (VOCAB_CACHE_SIZE - 1);
    if (cache->entries[slot].value && cache->entries[slot].hash == h &&
        cache->entries[slot].len == len && memcmp(cache->entries[slot].value, s, len) == 0)
        return cache->entries[slot].kinds;
    unsigned kinds = classify_names(s, len);
    cache->entries[slot].value = s;
    cache->entries[slot].len = (uint32_t)len;
    cache->entries[slot].hash = h;
    cache->entries[slot].kinds = kinds;
    return kinds;
}

static int attr_equals(const mt_attr *a, const char *value)
{
    size_t n = strlen(value);
    if (a->value_len != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)a->value[i]) != (unsigned char)value[i])
            return 0;
    return 1;
}

static int attr_contains(const mt_attr *a, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= a->value_len && i < 4096; i++) {
        size_t j = 0;
        while (j < n && lower((unsigned char)a->value[i + j]) == (unsigned char)needle[j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

static unsigned classify_role(const mt_attr *a)
{
    static const struct { const char *role; uint16_t kinds; } roles[] = {
        { "navigation", K_NAV }, { "menu", K_NAV }, { "menubar", K_NAV }, { "search", K_NAV },
        { "tablist", K_NAV }, { "banner", K_HEADER }, { "contentinfo", K_FOOTER },
        { "complementary", K_SIDEBAR }, { "main", K_MAIN }, { "article", K_ARTICLE },
        { "dialog", K_MODAL }, { "alertdialog", K_MODAL }, { "alert", K_NOTICE },
    };
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (attr_equals(a, roles[i].role))
            return roles[i].kinds;
    return 0;
}

/* Inline styles that hide: "display:none", "visibility:hidden" (spaces and
 * case ignored). */
static int style_hides(const mt_attr *a)
{
    char buf[256];
    size_t n = 0;
    for (size_t i = 0; i < a->value_len && n < sizeof buf; i++) {
        unsigned char c = (unsigned char)a->value[i];
        if (c != ' ' && c != '\t' && c != '\n')
            buf[n++] = (char)lower(c);
    }
    for (size_t i = 0; i + 12 <= n; i++) {
        if (memcmp(buf + i, "display:none", 12) == 0)
            return 1;
        if (i + 17 <= n && memcmp(buf + i, "visibility:hidden", 17) == 0)
            return 1;
    }
    return 0;
}

static unsigned classify_tag(const mt_node *el)
{
    if (el->ns != MT_NS_HTML)
        return 0;
    switch (el->tag) {
    case MT_TAG_NAV: case MT_TAG_MENU: return K_NAV;
    case MT_TAG_FOOTER: return K_FOOTER;
    case MT_TAG_HEADER: return K_HEADER;
    case MT_TAG_ASIDE: return K_SIDEBAR;
    case MT_TAG_ARTICLE: return K_ARTICLE;
    case MT_TAG_MAIN: return K_MAIN;
    case MT_TAG_FIGCAPTION: return K_CAPTION;
    case MT_TAG_DIALOG: return K_MODAL;
    default: return 0;
    }
}

/* Whether any whitespace-separated name of a class value is a hidden class. */
static int names_hidden(const char *s, size_t len)
{
    size_t i = 0;
    for (int names = 0; i < len && names < 16; names++) {
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f'))
            i++;
        size_t start = i;
        while (i < len && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f'))
            i++;
        if (i > start && is_hidden_class(s + start, i - start))
            return 1;
    }
    return 0;
}

static int is_inline(const mt_node *el)
{
    return el->ns == MT_NS_HTML && el->tag != MT_TAG_UNKNOWN &&
           !mt_tag_has(el->tag, MT_TAGF_BLOCK) && el->tag != MT_TAG_UL && el->tag != MT_TAG_OL;
}

unsigned mt_vocab_classify(const mt_node *el, vocab_cache *cache)
{
    unsigned kinds = classify_tag(el);
    int names_matter = !is_inline(el);
    for (uint32_t i = 0; i < el->nattrs && i < 64; i++) {
        const mt_attr *a = &el->attrs[i];
        switch (a->name_len) {
        case 2:
            if (names_matter && memcmp(a->name, "id", 2) == 0)
                kinds = combine(kinds, classify_names_cached(a->value, a->value_len, cache));
            break;
        case 4:
            if (memcmp(a->name, "role", 4) == 0)
                kinds = combine(kinds, classify_role(a));
            break;
        case 5:
            if (memcmp(a->name, "class", 5) == 0) {
                if (names_matter)
                    kinds = combine(kinds, classify_names_cached(a->value, a->value_len, cache));
                else if (names_hidden(a->value, a->value_len))
                    kinds |= K_HIDDEN;
            }
            else if (memcmp(a->name, "style", 5) == 0 && style_hides(a))
                kinds |= K_HIDDEN;
            break;
        case 6:
            if (memcmp(a->name, "hidden", 6) == 0)
                kinds |= K_HIDDEN;
            break;
        case 8:
            if (memcmp(a->name, "itemprop", 8) == 0) {
                if (attr_contains(a, "articlebody") || attr_equals(a, "text") ||
                    attr_equals(a, "reviewbody"))
                    kinds |= K_MAIN;
                else if (attr_equals(a, "comment"))
                    kinds |= K_COMMENT;
                else if (attr_equals(a, "author") || attr_equals(a, "datepublished"))
                    kinds |= K_META;
            } else if (memcmp(a->name, "itemtype", 8) == 0) {
                if (attr_contains(a, "comment"))
                    kinds |= K_COMMENT;
                else if (attr_contains(a, "article") || attr_contains(a, "blogposting"))
                    kinds |= K_ARTICLE;
            }
            break;
        case 11:
            if (memcmp(a->name, "aria-hidden", 11) == 0 && attr_equals(a, "true"))
                kinds |= K_HIDDEN;
            break;
        default:
            break;
        }
    }
    return kinds;
}

/* ================================================================ phrases */

/* Lowercased prefixes of lines that are boilerplate wherever they appear.
 * Several languages; kept short and unambiguous. */
static const char *const phrases[] = {
    "skip to ", "skip navigation", "jump to ", "please view the main text area",
    "share this", "share on ", "share:", "share via", "follow us", "tweet this",
    "print this", "email this", "we use cookies", "this website uses cookies",
    "this site uses cookies", "by continuing to use", "accept cookies", "accept all cookies",
    "sign up for our newsletter", "subscribe to our newsletter", "advertisement",
    "related articles", "related posts", "related stories", "you may also like",
    "you might also like", "recommended for you", "more from ", "more stories",
    "please enable javascript", "javascript is disabled", "all rights reserved",
    "back to top", "go to top", "loading...", "click here to subscribe",
    "zum inhalt springen", "direkt zum inhalt", "zur navigation", "aller au contenu",
    "passer au contenu", "saltar al contenido", "ir al contenido", "vai al contenuto",
    "salta al contenuto", "pular para o conte", "ir para o conte", "naar de inhoud",
    "przejdź do treści", "перейти к содержимому", "перейти к основному",
    "\xe3\x83\xa1\xe3\x82\xa4\xe3\x83\xb3\xe3\x82\xb3\xe3\x83\xb3\xe3\x83\x86\xe3\x83\xb3\xe3\x83\x84\xe3\x81\xb8", /* メインコンテンツへ */
    "\xe6\x9c\xac\xe6\x96\x87\xe3\x81\xb8", /* 本文へ */
    "\xe8\xb7\xb3\xe5\x88\xb0\xe4\xb8\xbb\xe8\xa6\x81\xe5\x86\x85\xe5\xae\xb9", /* 跳到主要内容 */
    "\xeb\xb3\xb8\xeb\xac\xb8 \xeb\xb0\x94\xeb\xa1\x9c\xea\xb0\x80\xea\xb8\xb0", /* 본문 바로가기 */
    "werbung", "anzeige", "publicit\xc3\xa9", "publicidad", "pubblicit\xc3\xa0", "реклама",
    /* related-article and tag labels */
    "mehr zum thema", "das k\xc3\xb6nnte sie auch interessieren",
    "das k\xc3\xb6nnte dich auch interessieren", "weitere artikel", "weitere beitr\xc3\xa4ge",
    "\xc3\xa4hnliche artikel", "verwandte artikel", "zum weiterlesen", "weiterf\xc3\xbchrende",
    "lesen sie auch", "auch interessant", "temas relacionados", "noticias relacionadas",
    "te puede interesar", "tambi\xc3\xa9n te puede interesar", "art\xc3\xad" "culos relacionados",
    "articles similaires", "\xc3\xa0 lire aussi", "a lire aussi", "lire aussi",
    "sur le m\xc3\xaame sujet", "leggi anche", "potrebbe interessarti", "articoli correlati",
    "filed under", "posted in ", "this entry was posted in", "dieser eintrag wurde ver",
    "read more:", "read next", "see also:", "more on this",
    /* sharing, subscribing, rating, commenting */
    "artikel teilen", "news teilen", "seite teilen", "beitrag teilen", "jetzt teilen",
    "compartir en", "partager sur", "condividi su", "zum newsletter", "newsletter abonnieren",
    "jetzt abonnieren", "suscr\xc3\xad" "bete", "abonnez-vous", "iscriviti alla newsletter",
    "subscribe now", "leave a reply", "leave a comment", "write a comment", "post a comment",
    "kommentar schreiben", "kommentare schreiben", "kommentar verfassen", "deja un comentario",
    "laisser un commentaire", "lascia un commento", "valora esta noticia", "wie bewerten sie",
    "fanden sie diesen artikel", "war dieser artikel hilfreich", "was this article helpful",
    "was this page helpful", "rate this", "bewerten sie diesen",
};

/* Whole-line labels (a trailing ':' ignored): words that are also ordinary
 * words inside sentences, so they only count when they stand alone. */
static const char *const labels[] = {
    "tags", "tag", "themen", "thema", "schlagworte", "schlagw\xc3\xb6rter", "stichworte",
    "kategorie", "kategorien", "category", "categories", "topics", "temas", "etiquetas",
    "mots-cl\xc3\xa9s", "sujets", "argomenti", "tag correlati", "teilen", "share",
    "compartir", "partager", "condividi", "kommentare", "comments", "comentarios",
    "commentaires", "commenti", "weitere themen", "mehr themen", "related", "advertisement",
};

bool mt_vocab_credit_line(const char *text, size_t len)
{
    static const char *const starts[] = {
        "foto:", "fotos:", "foto ", "photo:", "photos:", "photo ", "bild:", "bilder:",
        "image:", "images:", "picture:", "credit:", "credits:", "quelle:", "source:",
        "fotografie:", "fotograf:", "photographer:", "imagen:", "cr\xc3\xa9" "dito:",
        "cr\xc3\xa9" "dit:", "\xc2\xa9", "(c)", "(foto", "(photo", "(bild", "(quelle",
        "(image", "(credit", "getty images", "istock", "shutterstock", "reuters/",
        "dpa/", "ap photo", "afp/",
    };
    char low[48];
    size_t n = 0;
    for (size_t i = 0; i < len && n < sizeof low; i++)
        low[n++] = (char)lower((unsigned char)text[i]);
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++) {
        size_t sl = strlen(starts[i]);
        if (sl <= n && memcmp(low, starts[i], sl) == 0)
            return true;
    }
    return false;
}

bool mt_vocab_boilerplate_phrase(const char *text, size_t len)
{
    char low[160];
    size_t n = 0;
    int space = 0;
    for (size_t i = 0; i < len && n < sizeof low; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\n' || c == '\t') {
            space = n > 0;
            continue;
        }
        if (space && n < sizeof low)
            low[n++] = ' ';
        space = 0;
        if (n < sizeof low)
            low[n++] = (char)lower(c);
    }
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++) {
        size_t pl = strlen(phrases[i]);
        if (pl <= n && memcmp(low, phrases[i], pl) == 0)
            return true;
    }
    size_t ln = n;
    while (ln && (low[ln - 1] == ':' || low[ln - 1] == ' '))
        ln--;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (strlen(labels[i]) == ln && memcmp(low, labels[i], ln) == 0)
            return true;
    return false;
}
