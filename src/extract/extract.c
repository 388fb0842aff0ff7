/* extract.c -- the content-selection stage from end to end (see extract.h). */
#include <string.h>
#include "extract/extract.h"
#include "extract/internal.h"
#include "metadata/metadata.h"

/* Below this much kept text (non-space characters) a page has no main
 * content: what is left is a stray line of a menu or an error message. */
#define MIN_CONTENT_CHARS 40
/* Up to this much text, a page made of links (a link hub: the region is
 * mostly link text, what is left its headings) has no main content. */
#define SHORT_CONTENT_CHARS 250
/* Error pages say what they are in their title or headline; what they
 * hold besides is apology and links. */
#define ERROR_PAGE_MAX_CHARS 600
/* A sign-in page says at most this much beside its form, and in one
 * paragraph this long at most (a welcome line). */
#define SIGN_IN_PAGE_MAX_CHARS 600
#define PROSE_CHARS 80
/* Teaser cards that make a page with no main content an index page. */
#define MIN_LISTING_CARDS 3

static mt_status collect(mt_arena *arena, const block_list *blocks, unsigned flag,
                         unsigned want, const mt_block **out, size_t *n)
{
    size_t count = 0;
    for (size_t i = 0; i < blocks->count; i++)
        if ((blocks->items[i].flags & flag) == want)
            count++;
    *out = NULL;
    *n = 0;
    if (!count)
        return MT_OK;
    mt_block *arr = mt_arena_alloc(arena, count * sizeof *arr);
    if (!arr)
        return MT_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < blocks->count; i++)
        if ((blocks->items[i].flags & flag) == want)
            arr[k++] = blocks->items[i].pub;
    *out = arr;
    *n = count;
    return MT_OK;
}

/* Whether a title or headline says the page is an error page ("404",
 * "Page not found", "Seite nicht gefunden"). */
static int says_error_page(const char *text, size_t len)
{
    static const char *const phrases[] = {
        "404", "not found", "page not found", "can't find", "cannot find", "can not find",
        "couldn't find", "could not be found", "doesn't exist", "does not exist",
        "no longer available", "nicht gefunden", "introuvable", "no encontrada",
        "non trovata", "niet gevonden", "nie znaleziono", "\xd0\xbd\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb0", /* не найдена */
    };
    char low[200];
    size_t n = 0;
    for (size_t i = 0; i < len && n < sizeof low; i++) {
        low[n++] = (char)mt_ascii_lower((unsigned char)text[i]);
    }
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++) {
        size_t pl = strlen(phrases[i]);
        /* the first byte before the rest: most places differ in it */
        for (size_t j = 0; j + pl <= n; j++)
            if (low[j] == phrases[i][0] && memcmp(low + j, phrases[i], pl) == 0)
                return 1;
    }
    return 0;
}

/* Whether the kept text is all the text the page shows, none of it in
 * links or forms: a page that says only a line or two ("Test", a heading
 * over images) says nothing else a reader could have come for. A stray
 * menu line is never the whole of a page's text. */
static int is_whole_page(const extract_ctx *c, uint32_t kept)
{
    const node_info *body = ni(c, c->body);
    return body->chars == kept && body->link_chars == 0 &&
           !mt_holds_form_control(c->body, UINT32_MAX);
}

/* Whether a block's element comes before the page's sign-in form (nodes
 * are numbered in the order the parser made them, the page's order but
 * for the odd misnested table). */
static int precedes_sign_in_form(const extract_ctx *c, const mt_node *n)
{
    return c->sign_in_form && n && n->index < c->sign_in_form->index;
}

/* Whether a kept block holds a complete date. */
static int keeps_dated_line(const block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if ((x->flags & XB_KEEP) && mt_metadata_has_date(x->pub.text, x->pub.text_len))
            return 1;
    }
    return 0;
}

/* Whether what was kept amounts to main content. Too little text is not;
 * an error page is not; and a short remainder without a sentence of a
 * region made of links (the headings of a link hub) is not. */
static int is_content(const extract_ctx *c, const block_list *blocks)
{
    uint32_t total = 0, region_chars = 0, region_links = 0;
    const xblock *headline = NULL;
    int sentence = 0, prose = 0;     /* paragraphs of prose */
    int lines = 0;                   /* kept blocks but headings */
    for (size_t i = 0; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if (x->flags & XB_IN_MAIN) {
            region_chars += x->chars;
            region_links += x->link_chars;
        }
        if (!(x->flags & XB_KEEP))
            continue;
        total += x->chars;
        lines += x->pub.type != MT_BLOCK_HEADING;
        if (!headline && x->pub.type == MT_BLOCK_HEADING)
            headline = x;
        if (x->pub.type != MT_BLOCK_HEADING && x->chars >= 40 && x->punct > 0)
            sentence = 1;
        if (x->pub.type == MT_BLOCK_PARAGRAPH && x->chars >= PROSE_CHARS && x->punct > 0 &&
            precedes_sign_in_form(c, x->node))
            prose++;
    }
    if (total < MIN_CONTENT_CHARS && !(total && is_whole_page(c, total)))
        return 0;
    if (total < ERROR_PAGE_MAX_CHARS &&
        ((c->title && says_error_page(c->title, strlen(c->title))) ||
         (headline && says_error_page(headline->pub.text, headline->pub.text_len))))
        return 0;
    if (total < SHORT_CONTENT_CHARS && !sentence && region_links * 2 > region_chars)
        return 0;
    /* what a page of teaser cards says beside them in a heading and a line
     * without a sentence is its heading and a count ("Search results for:
     * heat pump", "Showing 1-8 of 63 results"), not an introduction --
     * unless the line is dated: a post's byline over a picture, with
     * teasers beside it. A short poem beside them has lines. */
    if (total < SHORT_CONTENT_CHARS && !sentence && lines <= 1 &&
        c->cards >= MIN_LISTING_CARDS && !keeps_dated_line(blocks))
        return 0;
    /* a sign-in form in the region with a line or two around it ("Welcome
     * back! Please enter your details", a security note under it) is a
     * sign-in page; a short story with a "log in to comment" form under it
     * has paragraphs of prose before the form */
    if (total < SIGN_IN_PAGE_MAX_CHARS && prose < 2 && c->sign_in_form &&
        (ni(c, c->sign_in_form)->flags & NI_IN_REGION))
        return 0;
    return 1;
}

/* Whether a metadata field was read in the page's visible text (a byline
 * under the headline, a signature under the text). */
static int read_in_text(const mt_metadata *meta, mt_meta_field f)
{
    const char *source = meta->source[f];
    return source && (strcmp(source, "byline") == 0 || strcmp(source, "signature") == 0);
}

/* Whether s[0..n) holds `word` (of `len` bytes, at least one). */
static int holds_text(const char *s, size_t n, const char *word, size_t len)
{
    for (const char *p = s, *end = s + n; (size_t)(end - p) >= len;) {
        const char *m = memchr(p, word[0], (size_t)(end - p) - len + 1);
        if (!m)
            return 0;
        if (memcmp(m, word, len) == 0)
            return 1;
        p = m + 1;
    }
    return 0;
}

/* Whether `name` is written in a teaser card: in the text of one of its
 * text nodes (a card holds a few hundred characters: CARD_MAX_CHARS). */
static int named_in_a_card(const extract_ctx *c, const char *name)
{
    size_t n = strlen(name);
    for (uint32_t i = 0; i < c->norder; i++) {
        const mt_node *card = c->order[i];
        if (!(ni(c, card)->flags & NI_CARD))
            continue;
        for (const mt_node *d = card->first_child; d; d = mt_dom_following(d, card))
            if (d->type == MT_NODE_TEXT && n && holds_text(d->data, d->data_len, name, n))
                return 1;
    }
    return 0;
}

/* A page of teaser cards and nothing else is a listing (an index, a
 * section front), unless the page itself says what it is more precisely
 * than "other": the metadata's own guess from the page's shape yields. A
 * listing has no author of its own: a byline read near its heading that
 * names a card's author is that teaser's. With MT_METADATA_BASIC the page
 * type is not asked for. */
static void mark_listing(const extract_ctx *c, mt_metadata *meta)
{
    const char *source = meta->source[MT_META_PAGETYPE];
    if (meta->pagetype && strcmp(meta->pagetype, "other") != 0 &&
        !(source && strcmp(source, "heuristic") == 0))
        return;
    meta->pagetype = "listing";
    meta->source[MT_META_PAGETYPE] = "teasers";
    if (read_in_text(meta, MT_META_AUTHORS) && meta->nauthors &&
        named_in_a_card(c, meta->authors[0])) {
        meta->authors = NULL;
        meta->nauthors = 0;
        meta->source[MT_META_AUTHORS] = NULL;
    }
}

/* A title longer than this is no heading's: a paragraph set as one. */
#define HEADING_TITLE_MAX 400
/* A heading this short that holds a date is a day's heading ("Friday,
 * October 20, 2006", "Posted on Friday, the 20th of October, 2006"), no
 * title. */
#define DATE_HEADING_MAX 80

/* Characters of a script written without spaces that make a heading more
 * than a section's name ("新闻" is "News"). */
#define UNSPACED_TITLE_MIN 4

/* Whether a heading's text can title a page: a line of two words or more
 * (one word is a section's name: "News", "Contents"), or of a few
 * characters of a script without spaces between words, and not a date. */
static int can_title(const char *s, size_t n)
{
    if (n < 2 || n > HEADING_TITLE_MAX || memchr(s, '\n', n) ||
        (n <= DATE_HEADING_MAX && mt_metadata_has_date(s, n)))
        return 0;
    size_t i = mt_ascii_skip_space(s, n);
    while (i < n && !mt_ascii_is_space(s[i]))
        i++;
    if (mt_ascii_skip_space(s + i, n - i) < n - i)
        return 1;
    text_stats st;
    mt_text_stats(s, n, &st);
    return st.cjk >= UNSPACED_TITLE_MIN;
}

/* A page that declares no title and has no lone <h1> (pages saved without
 * their <head>, blogs heading posts with an <h3>) is titled by its text's
 * own heading, when the text opens with one. */
void mt_content_title(mt_result *r)
{
    if (r->meta.title || r->nblocks == 0 || r->blocks[0].type != MT_BLOCK_HEADING ||
        !can_title(r->blocks[0].text, r->blocks[0].text_len))
        return;
    r->meta.title = r->blocks[0].text;
    r->meta.source[MT_META_TITLE] = "content";
}

/* Text in <noscript> markup from which a page that gave nothing may have
 * its text there. */
#define NOSCRIPT_TEXT_MIN 200

/* Whether a page is to be read again as a browser without scripts shows
 * it: its <noscript>s hold text in markup, and nothing was kept or they
 * hold more text than the whole page shows with scripts. */
static bool shows_more_without_scripts(const extract_ctx *c, size_t kept_blocks)
{
    uint32_t page_chars = ni(c, c->body)->chars, most = c->noscript_bytes;
    if (most < NOSCRIPT_TEXT_MIN || (kept_blocks && most <= page_chars))
        return false;
    uint32_t hidden = mt_noscript_chars(c);
    return hidden >= NOSCRIPT_TEXT_MIN && (!kept_blocks || hidden > page_chars);
}

/* MT_FOCUS_WHOLE_PAGE: every block the page shows, none selected or
 * pruned; content when any holds text. */
static mt_status take_whole_page(extract_ctx *c, const block_list *blocks, mt_result *out,
                                 bool *read_without_scripts)
{
    mt_status st = MT_OK;
    uint32_t chars = 0;
    for (size_t i = 0; i < blocks->count; i++)
        chars += blocks->items[i].chars;
    if (chars)
        st = collect(c->arena, blocks, 0, 0, &out->blocks, &out->nblocks);
    *read_without_scripts = shows_more_without_scripts(c, out->nblocks);
    return st;
}

/* What pruning keeps of the page's main region (the comments too, with
 * MT_INCLUDE_COMMENTS): the blocks of the result. */
static mt_status take_region(extract_ctx *c, block_list *blocks, mt_result *out,
                             bool *read_without_scripts)
{
    const mt_options *opts = c->opts;
    mt_prune_blocks(c, blocks);
    if (is_content(c, blocks)) {
        mt_status st = collect(c->arena, blocks, XB_KEEP, XB_KEEP, &out->blocks, &out->nblocks);
        if (st != MT_OK)
            return st;
    } else if (c->cards >= MIN_LISTING_CARDS && opts->metadata == MT_METADATA_ALL) {
        mark_listing(c, &out->meta);
    }
    *read_without_scripts = shows_more_without_scripts(c, out->nblocks);
    if (!(opts->include & MT_INCLUDE_COMMENTS))
        return MT_OK;
    /* a thread's headings are labels ("4 thoughts on ...", "Leave a
     * Reply"), not what anyone wrote -- but for a comment's own title */
    for (size_t i = 0; i < blocks->count; i++)
        if ((blocks->items[i].flags & XB_COMMENT) && blocks->items[i].pub.type == MT_BLOCK_HEADING &&
            !mt_vocab_titles_one_comment(blocks->items[i].node))
            blocks->items[i].flags &= (uint8_t)~XB_COMMENT;
    return collect(c->arena, blocks, XB_COMMENT | XB_KEEP, XB_COMMENT, &out->comments,
                   &out->ncomments);
}

/* The blocks of the page (of the whole page with MT_FOCUS_WHOLE_PAGE, of
 * its main region otherwise), into the result. */
static mt_status page_content(extract_ctx *c, mt_result *out, bool *read_without_scripts)
{
    bool whole = c->opts->focus == MT_FOCUS_WHOLE_PAGE;
    if (whole)
        c->whole_page = c->all_blocks = true;
    else
        mt_select_region(c);
    block_list blocks = { NULL, 0, 0 };
    mt_status st = mt_blocks_build(c, c->body, &blocks);
    if (st == MT_OK)
        st = whole ? take_whole_page(c, &blocks, out, read_without_scripts)
                   : take_region(c, &blocks, out, read_without_scripts);
    mt_blocks_free(c, &blocks);
    return st;
}

/* The longest address links and images are resolved against
 * (MT_LIMIT_BASE_URL). Each resolved URL holds a copy of it, so without a
 * cap a page would make its links times its canonical URL's length in
 * bytes: 2,000 links and 2,000 images under an 80 KB canonical URL took
 * 330 MB and 2.9 s, near 4 times as much for twice as many. 2,048
 * bytes is the longest URL the sitemaps protocol takes, and longer than
 * the canonical URLs of the dev pages (at most 470). */
#define LINK_BASE_MAX 2048

/* Sets the base of the page's links and images (extract_ctx.link_base):
 * what a browser resolves them against, the href of the page's <base>
 * made absolute against its address (the metadata's URLs do the same),
 * else that address. MT_ERR_NOMEM when memory runs out. */
static mt_status set_link_base(extract_ctx *c)
{
    int oom = 0;
    const char *base = mt_dom_base_url(c->doc, c->base_url, c->arena, &oom);
    if (oom)
        return MT_ERR_NOMEM;
    bool fits = base && strlen(base) <= LINK_BASE_MAX;
    c->link_base = fits ? base : NULL;
    c->link_base_dropped = base && !fits;
    return MT_OK;
}

mt_status mt_content_extract(const mt_document *doc, const mt_options *opts,
                             const char *base_url, mt_arena *arena, vocab_memo *memo,
                             mt_result *out, bool *read_without_scripts)
{
    *read_without_scripts = false;
    extract_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.doc = doc;
    ctx.opts = opts;
    ctx.arena = arena;
    ctx.memo = memo;
    ctx.base_url = base_url;
    ctx.title = out->meta.title;
    ctx.description = out->meta.description;
    out->blocks = NULL;
    out->nblocks = 0;
    out->comments = NULL;
    out->ncomments = 0;

    mt_textkey_fold(ctx.title, &ctx.title_key);
    mt_textkey_fold(ctx.description, &ctx.description_key);
    ctx.ntitle_parts = mt_textkey_fold_parts(ctx.title, ctx.title_parts, TITLE_PARTS_MAX);
    mt_status st = set_link_base(&ctx);
    if (st == MT_OK)
        st = mt_features_compute(&ctx);
    if (st != MT_OK)
        return st;
    st = page_content(&ctx, out, read_without_scripts);
    /* a block cut at a cap is reported beside the parse's limits */
    out->limits |= ctx.limits;
    return st;
}
