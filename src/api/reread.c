/* reread.c -- what a second reading of a page that gave nothing changes.
 *
 * Damage in one place can hide a whole page. The text of <title>,
 * <textarea>, <style>, <xmp>, <iframe>, <noembed> and <noframes> is read
 * raw, up to the element's end tag: a page that lost that end tag (a
 * truncated <title>, a second <iframe> left open) is all title or all
 * frame. A browser shows such a page empty too, but the article a reader
 * came for is still there in the bytes. */
#include <string.h>
#include "api/reread.h"
#include "html/tags.h"
#include "util/ascii.h"

/* Tags in raw text from which it is markup swallowed, not text: a title or
 * a style sheet holds none, a frame's fallback a line or two. */
#define SWALLOWED_TAGS_MIN 5

/* Elements whose content the parser reads as raw text. (<noscript> is one
 * only with scripting on, and a reading without scripts covers it; a
 * <script> that swallowed the page cannot be told from one that writes
 * markup.) */
static int reads_raw_text(const mt_node *el)
{
    if (el->type != MT_NODE_ELEMENT || el->ns != MT_NS_HTML)
        return 0;
    switch (el->tag) {
    case MT_TAG_TITLE: case MT_TAG_TEXTAREA: case MT_TAG_STYLE: case MT_TAG_XMP:
    case MT_TAG_IFRAME: case MT_TAG_NOEMBED: case MT_TAG_NOFRAMES:
        return 1;
    default:
        return 0;
    }
}

/* Whether the '<' at s[i] opens a tag, an end tag or a comment. */
static int opens_markup(const char *s, size_t len, size_t i)
{
    if (i + 1 >= len)
        return 0;
    unsigned char c = (unsigned char)s[i + 1];
    if (c == '/' && i + 2 < len)
        c = (unsigned char)s[i + 2];
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '!';
}

/* Where the first tag in s[from..len) begins, or len. */
static size_t first_markup(const char *s, size_t len, size_t from)
{
    for (size_t i = from; i < len; i++) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            return len;
        i = (size_t)(lt - s);
        if (opens_markup(s, len, i))
            return i;
    }
    return len;
}

/* Whether s[0..len) holds SWALLOWED_TAGS_MIN tags. */
static int holds_markup(const char *s, size_t len)
{
    int tags = 0;
    for (size_t i = first_markup(s, len, 0); i < len; i = first_markup(s, len, i + 1))
        if (++tags >= SWALLOWED_TAGS_MIN)
            return 1;
    return 0;
}

/* Whether s[i..] spells `name` (lowercase) in any case, followed by what
 * ends a tag name. */
static int names_at(const char *s, size_t len, size_t i, const char *name, size_t n)
{
    if (len - i <= n || !mt_ascii_equal_ci(s + i, name, n))
        return 0;
    unsigned char c = (unsigned char)s[i + n];
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/* Where the raw text of `el`, starting at input[from], really ends: at its
 * end tag; or, when the element lost its end tag, at the input's end or at
 * another start tag of its own name (a second <iframe> whose end tag the
 * first one's text ran to). *lost says which. */
static size_t raw_text_end(const mt_node *el, const char *input, size_t len, size_t from,
                           int *lost)
{
    const char *name = el->data;
    size_t n = el->data_len;
    for (size_t i = from; i < len; i++) {
        const char *lt = memchr(input + i, '<', len - i);
        if (!lt)
            break;
        i = (size_t)(lt - input);
        if (i + 1 < len && input[i + 1] == '/' && names_at(input, len, i + 2, name, n)) {
            *lost = 0;
            return i;
        }
        if (names_at(input, len, i + 1, name, n)) {
            *lost = 1;
            return i;
        }
    }
    *lost = 1;
    return len;
}

/* Elements looked at for a lost end tag, at most. */
#define SWALLOWING_CANDIDATES 64

/* The first element that lost its end tag and so swallowed markup, or
 * NULL; its first tag's offset in *at. A raw-text element closed as it
 * should be is left alone, whatever it holds (a draft's HTML in a
 * <textarea> is that text area's text). */
static const mt_node *swallowing_element(const mt_document *doc, size_t *at)
{
    int looked = 0;
    for (const mt_node *n = doc->root; n && looked < SWALLOWING_CANDIDATES;
         n = mt_dom_following(n, doc->root)) {
        if (!reads_raw_text(n))
            continue;
        const mt_node *t = n->first_child;
        /* the text as read first: its references decoded, so a cheap test */
        if (!t || t->type != MT_NODE_TEXT || !holds_markup(t->data, t->data_len))
            continue;
        looked++;
        /* then the bytes as written */
        size_t from = t->offset;
        int lost;
        size_t end = raw_text_end(n, doc->input, doc->input_len, from, &lost);
        if (lost && holds_markup(doc->input + from, end - from)) {
            *at = first_markup(doc->input, end, from);
            return n;
        }
    }
    return NULL;
}

mt_status mt_reread_close_swallowing(const mt_document *doc, mt_arena *arena, const char **out,
                                     size_t *len)
{
    size_t at = 0;
    const mt_node *el = swallowing_element(doc, &at);
    *out = NULL;
    if (!el || at >= doc->input_len)
        return MT_OK;
    size_t name_len = el->data_len, total = doc->input_len + name_len + 3;
    char *copy = mt_arena_alloc(arena, total + 1);
    if (!copy)
        return MT_ERR_NOMEM;
    memcpy(copy, doc->input, at);
    char *p = copy + at;
    *p++ = '<';
    *p++ = '/';
    memcpy(p, el->data, name_len);
    p += name_len;
    *p++ = '>';
    memcpy(p, doc->input + at, doc->input_len - at);
    copy[total] = '\0';
    *len = total;
    *out = copy;
    return MT_OK;
}

/* Tags from which a stated body is markup ("<p>One.</p><p>Two.</p>"), not
 * text that happens to hold a '<' before a letter. */
#define BODY_TAGS_MIN 2

/* (no end tags: the parser closes the elements where the body ends, and
 * written after a <plaintext> they would be its text) */
static const char body_page_open[] = "<!DOCTYPE html><html><body><article>";

/* Letters from which a tag's name is none HTML knows (its longest,
 * "blockquote" and "figcaption", have ten): known_tag_at reads no more. */
#define TAG_NAME_MAX 16

/* The element of the tag whose '<' is s[i], when it is one HTML knows and
 * a '>' ends it before another '<' begins; else MT_TAG_UNKNOWN. Plain
 * text that compares ("while i<n and a<b") holds none. Reads up to the
 * next '<'. */
static mt_tag known_tag_at(const char *s, size_t len, size_t i)
{
    size_t k = i + 1 + (i + 1 < len && s[i + 1] == '/');
    char name[TAG_NAME_MAX];
    size_t n = 0;
    while (k < len && n < TAG_NAME_MAX && mt_ascii_is_alnum((unsigned char)s[k]))
        name[n++] = (char)mt_ascii_lower((unsigned char)s[k++]);
    if (n == 0 || n == TAG_NAME_MAX || !mt_ascii_is_letter((unsigned char)name[0]))
        return MT_TAG_UNKNOWN;
    if (k < len && s[k] != '>' && s[k] != '/' && !mt_ascii_is_space((unsigned char)s[k]))
        return MT_TAG_UNKNOWN;
    while (k < len && s[k] != '>' && s[k] != '<')
        k++;
    return k < len && s[k] == '>' ? mt_tag_lookup(name, n) : MT_TAG_UNKNOWN;
}

/* How a stated body is written, so how its page is made. */
typedef enum body_kind {
    BODY_TEXT,          /* plain text: each line a paragraph, its '<' escaped */
    BODY_INLINE_MARKUP, /* tags, none of them a block's: each line a paragraph */
    BODY_MARKUP         /* paragraphs, headings, lists as tags: kept as they are */
} body_kind;

static body_kind body_kind_of(const char *s, size_t len)
{
    int tags = 0, blocks = 0;
    for (const char *lt = memchr(s, '<', len); lt;
         lt = memchr(lt + 1, '<', len - (size_t)(lt + 1 - s))) {
        mt_tag tag = known_tag_at(s, len, (size_t)(lt - s));
        tags += tag != MT_TAG_UNKNOWN;
        blocks += mt_tag_has(tag, MT_TAGF_BLOCK);
    }
    if (tags < BODY_TAGS_MIN)
        return BODY_TEXT;
    return blocks ? BODY_MARKUP : BODY_INLINE_MARKUP;
}

static int ends_line(char c)
{
    return c == '\n' || c == '\r';
}

/* What put_paragraphs adds to s[0..len) at most: "<p></p>\n" for each
 * line (its line break not written), and with `escape` three bytes for
 * each '<'. */
static size_t paragraphs_growth(const char *s, size_t len, int escape)
{
    size_t lines = 1, lts = 0;
    for (size_t i = 0; i < len; i++) {
        lines += ends_line(s[i]);
        lts += s[i] == '<';
    }
    return 8 * lines + (escape ? 3 * lts : 0);
}

/* Writes the line s[0..len) as a paragraph, its '<' escaped with
 * `escape`, unless it is blank; returns the end of what was written. Its
 * '&' are left as they are: a body copied from the page's markup keeps
 * its entities. */
static char *put_paragraph(char *p, const char *s, size_t len, int escape)
{
    size_t from = 0;
    while (from < len && mt_ascii_is_space((unsigned char)s[from]))
        from++;
    if (from == len)
        return p;
    memcpy(p, "<p>", 3);
    p += 3;
    for (size_t k = from; k < len; k++) {
        if (escape && s[k] == '<') {
            memcpy(p, "&lt;", 4);
            p += 4;
        } else {
            *p++ = s[k];
        }
    }
    memcpy(p, "</p>\n", 5);
    return p + 5;
}

/* Writes a body as paragraphs, a line each (a line ends at '\n' or '\r';
 * in markup, not inside a tag), blank lines left out; text (not `markup`)
 * has its '<' escaped. Returns the end of what was written. */
static char *put_paragraphs(char *p, const char *s, size_t len, int markup)
{
    size_t from = 0;
    int in_tag = 0;
    for (size_t i = 0; i < len; i++) {
        if (markup && s[i] == '<')
            in_tag = known_tag_at(s, len, i) != MT_TAG_UNKNOWN;
        else if (s[i] == '>')
            in_tag = 0;
        if (!in_tag && ends_line(s[i])) {
            p = put_paragraph(p, s + from, i - from, !markup);
            from = i + 1;
        }
    }
    return put_paragraph(p, s + from, len - from, !markup);
}

mt_status mt_reread_body_page(const char *body, size_t len, mt_arena *arena, const char **out,
                              size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    body_kind kind = body_kind_of(body, len);
    size_t cap = sizeof body_page_open + len;
    if (kind != BODY_MARKUP)
        cap += paragraphs_growth(body, len, kind == BODY_TEXT);
    char *page = mt_arena_alloc(arena, cap);
    if (!page)
        return MT_ERR_NOMEM;
    char *p = page;
    memcpy(p, body_page_open, sizeof body_page_open - 1);
    p += sizeof body_page_open - 1;
    if (kind == BODY_MARKUP) {
        memcpy(p, body, len);
        p += len;
    } else {
        p = put_paragraphs(p, body, len, kind == BODY_INLINE_MARKUP);
    }
    *p = '\0';
    *out = page;
    *out_len = (size_t)(p - page);
    return MT_OK;
}
