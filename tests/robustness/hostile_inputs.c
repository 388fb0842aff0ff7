/* hostile_inputs.c -- the generators behind hostile_inputs.h. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hostile_inputs.h"

/* ------------------------------------------------------------------ buffer */

/* A growable byte buffer that remembers running out of memory, so the
 * generators can append without checking every call. */
typedef struct sbuf {
    char *data;
    size_t len, cap;
    int failed;
} sbuf;

static void sb_reserve(sbuf *b, size_t more)
{
    if (b->failed || b->len + more + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *grown = realloc(b->data, cap);
    if (!grown) {
        b->failed = 1;
        return;
    }
    b->data = grown;
    b->cap = cap;
}

static void sb_put(sbuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    if (b->failed)
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void sb_str(sbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

static void sb_repeat(sbuf *b, const char *s, size_t times)
{
    size_t n = strlen(s);
    sb_reserve(b, n * times);
    for (size_t i = 0; i < times && !b->failed; i++)
        sb_put(b, s, n);
}

static void sb_fill(sbuf *b, char c, size_t n)
{
    sb_reserve(b, n);
    if (b->failed)
        return;
    memset(b->data + b->len, c, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/* Hands the buffer out as a generator's result. */
static char *sb_finish(sbuf *b, size_t *len)
{
    if (b->failed) {
        free(b->data);
        return NULL;
    }
    *len = b->len;
    return b->data;
}

/* A fixed-seed generator, so every run sees the same "random" page. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

/* Appends n bytes of the generator's words from *state, in the machine's
 * byte order. */
static void sb_random(sbuf *b, uint64_t *state, size_t n)
{
    sb_reserve(b, n);
    for (size_t i = 0; i < n && !b->failed; i += 8) {
        uint64_t r = next_random(state);
        sb_put(b, (const char *)&r, n - i < 8 ? n - i : 8);
    }
}

static const char page_start[] =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Harbour report</title></head><body>";

/* Words of ordinary prose, HOSTILE_TEXT_BYTES of them. */
static void sb_prose(sbuf *b, size_t bytes)
{
    static const char *const words[] = { "the ", "boats ", "left ", "early, ", "and ",
        "harbour ", "water ", "was ", "calm. ", "Nets ", "were ", "mended " };
    size_t start = b->len;
    for (size_t i = 0; b->len - start < bytes && !b->failed; i++)
        sb_str(b, words[i % (sizeof words / sizeof *words)]);
}

/* ------------------------------------------------------------------ nesting */

/* `open` repeated HOSTILE_DEPTH times, then the sentence. */
static char *deep(const char *open, size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_repeat(&b, open, HOSTILE_DEPTH);
    sb_str(&b, "<p>" HOSTILE_SENTENCE "</p>");
    return sb_finish(&b, len);
}

static char *deep_divs(size_t *len) { return deep("<div>", len); }
static char *deep_tables(size_t *len) { return deep("<table><tr><td>", len); }
static char *deep_lists(size_t *len) { return deep("<ul><li>", len); }
static char *deep_quotes(size_t *len) { return deep("<blockquote>", len); }

/* Inline formatting of four kinds in turn, so the active formatting list
 * never collapses identical entries (the "Noah's Ark" clause keeps three). */
static char *deep_inline(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<p>");
    static const char *const tags[] = { "<b>", "<i class=x>", "<em>", "<span>" };
    for (size_t i = 0; i < HOSTILE_DEPTH; i++)
        sb_str(&b, tags[i % 4]);
    sb_str(&b, HOSTILE_SENTENCE "</p><p>" HOSTILE_SENTENCE "</p>");
    return sb_finish(&b, len);
}

/* ------------------------------------------------------------------ size */

static char *huge_attribute(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<p title=\"");
    sb_fill(&b, 'a', HOSTILE_ATTRIBUTE_BYTES);
    sb_str(&b, "\">" HOSTILE_SENTENCE "</p>");
    return sb_finish(&b, len);
}

static char *huge_text(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article><p>");
    sb_prose(&b, HOSTILE_TEXT_BYTES);
    sb_str(&b, "</p></article>");
    return sb_finish(&b, len);
}

static char *many_attributes(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<p");
    char attr[32];
    for (size_t i = 0; i < HOSTILE_ATTRIBUTES; i++) {
        snprintf(attr, sizeof attr, " a%zu=\"v\"", i);
        sb_str(&b, attr);
    }
    sb_str(&b, ">" HOSTILE_SENTENCE "</p>");
    return sb_finish(&b, len);
}

static char *duplicate_attributes(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<p");
    sb_repeat(&b, " class=\"v\"", HOSTILE_ATTRIBUTES);
    sb_str(&b, ">" HOSTILE_SENTENCE "</p>");
    return sb_finish(&b, len);
}

static char *all_breaks(size_t *len)
{
    sbuf b = { 0 };
    sb_repeat(&b, "<br>", HOSTILE_BREAKS);
    return sb_finish(&b, len);
}

/* HOSTILE_PARAGRAPHS numbered paragraphs of one sentence. */
static void sb_paragraphs(sbuf *b)
{
    char p[160];
    for (size_t i = 1; i <= HOSTILE_PARAGRAPHS; i++) {
        snprintf(p, sizeof p, "<p>Paragraph %zu: the tide came in slowly over the flats, "
                 "and the birds moved up the shore.</p>\n", i);
        sb_str(b, p);
    }
}

static char *sibling_paragraphs(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article>");
    sb_paragraphs(&b);
    sb_str(&b, "</article>");
    return sb_finish(&b, len);
}

/* An article, then HOSTILE_PARAGRAPHS comment headings that all differ,
 * and then all of them again: each heading is a thread's label said
 * again far below, which the extractor must not look for block by block
 * across the whole page. */
static char *comment_labels(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article><p>");
    sb_prose(&b, 600);
    sb_str(&b, "</p>");
    char h[96];
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 1; i <= HOSTILE_PARAGRAPHS / 2; i++) {
            snprintf(h, sizeof h, "<div class=\"comments\"><h3>%zu Comments</h3></div>\n", i);
            sb_str(&b, h);
        }
    sb_str(&b, "</article>");
    return sb_finish(&b, len);
}

/* A tab set of radio buttons whose one panel, HOSTILE_PARAGRAPHS
 * paragraphs long, stands after HOSTILE_COMMENTS comments: the extractor
 * must not walk back over them from every paragraph to find the tab. */
static char *tab_comments(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article><input type=radio name=t checked><label>Text</label><div></div>"
               "<input type=radio name=t><label>More</label>");
    sb_repeat(&b, "<!---->", HOSTILE_COMMENTS);
    sb_str(&b, "<div>");
    sb_paragraphs(&b);
    sb_str(&b, "</div></article>");
    return sb_finish(&b, len);
}

/* HOSTILE_REOPENED paragraphs, each after an <em> never closed, every one
 * with an attribute of its own name (the formatting list keeps ems that
 * differ; empty values keep the tree's strings small): each paragraph's
 * end closes the ems opened in it, and the next paragraph's text reopens
 * them all, nested, as many as the formatting list holds. The most
 * elements a byte of input can make; the extractor must stay linear in
 * them. */
static char *reopened_formatting(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article>");
    char p[128];
    for (size_t i = 1; i <= HOSTILE_REOPENED; i++) {
        snprintf(p, sizeof p, "<em e%zu><p>Paragraph %zu: the tide came in slowly.\n", i, i);
        sb_str(&b, p);
    }
    sb_str(&b, "<p>" HOSTILE_SENTENCE "</p></article>");
    return sb_finish(&b, len);
}

/* ------------------------------------------------------------------ customizable select */

/* The story, then a customizable <select> (its <selectedcontent> takes a
 * copy of the selected option): the start every such page shares. */
static void sb_select_start(sbuf *b)
{
    sb_str(b, page_start);
    sb_str(b, "<article><h1>Harbour report</h1><p>" HOSTILE_SENTENCE "</p>");
}

/* HOSTILE_SELECT_LEVELS selects, each in a template in an option of the
 * one before, each with a <selectedcontent>, and at the bottom an option
 * of decoded text: copied with its template's contents, every level's
 * copy held the copies below it, twice the text a level. */
static char *selectedcontent_templates(size_t *len)
{
    sbuf b = { 0 };
    sb_select_start(&b);
    sb_repeat(&b, "<select><selectedcontent></selectedcontent><option><template>",
              HOSTILE_SELECT_LEVELS);
    sb_str(&b, "<select><selectedcontent></selectedcontent><option>&amp;");
    sb_prose(&b, HOSTILE_OPTION_BYTES / 2);
    return sb_finish(&b, len);
}

/* A selected option of HOSTILE_OPTION_BYTES of decoded text, then
 * HOSTILE_SELECTEDCONTENTS <selectedcontent>s: each one inserted copies the
 * option into the select's first one again. */
static char *selectedcontent_many(size_t *len)
{
    sbuf b = { 0 };
    sb_select_start(&b);
    sb_str(&b, "<select><selectedcontent></selectedcontent><option selected>&amp;");
    sb_prose(&b, HOSTILE_OPTION_BYTES);
    sb_repeat(&b, "<selectedcontent></selectedcontent>", HOSTILE_SELECTEDCONTENTS);
    sb_str(&b, "</select><p>By noon the boats were back.</p></article>");
    return sb_finish(&b, len);
}

/* An option inside the <selectedcontent>, replaced there by its copy when
 * it ends, so the text node made last is taken out of the tree; then
 * breaks, and a last paragraph. test_hostile parses it again with a node
 * limit among the breaks, where the paragraph's text goes to that text
 * node: it must be the copy's, in the tree. */
static char *selectedcontent_last_text(size_t *len)
{
    sbuf b = { 0 };
    sb_select_start(&b);
    sb_str(&b, "<select><selectedcontent><option>Ebb <b>and</b> flow</option></select>");
    sb_repeat(&b, "<br>", 100);
    sb_str(&b, "<p>By noon the boats were back.</p></article>");
    return sb_finish(&b, len);
}

/* A select of HOSTILE_SELECT_ATTRIBUTES attributes over HOSTILE_OPTIONS
 * options: each option ended asks the select for `multiple` and `size`,
 * reading all its attributes, a billion reads in all if they were free. */
static char *selectedcontent_attributes(size_t *len)
{
    sbuf b = { 0 };
    sb_select_start(&b);
    sb_str(&b, "<select");
    char name[16];
    for (int i = 0; i < HOSTILE_SELECT_ATTRIBUTES; i++) {
        snprintf(name, sizeof name, " a%d", i);
        sb_str(&b, name);
    }
    sb_str(&b, "><selectedcontent></selectedcontent>");
    sb_repeat(&b, "<option>x", HOSTILE_OPTIONS);
    sb_str(&b, "</select><p>By noon the boats were back.</p></article>");
    return sb_finish(&b, len);
}

/* A story under its headline, then a row of headings over nothing, each
 * dropped as an orphan: a rule that reads the headings after each one
 * (the deck under the headline once did) makes this quadratic, which the
 * entry's ctest TIMEOUT catches (tests.cmake). */
static char *empty_headings(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article><h1>Floods in the lower town</h1><p>" HOSTILE_SENTENCE "</p>");
    for (size_t i = 0; i < HOSTILE_HEADINGS; i++)
        sb_str(&b, "<h2>x</h2>");
    sb_str(&b, "</article>");
    return sb_finish(&b, len);
}

/* A story, then boxes of three teaser cards each, every card's headline
 * a full address on one host, a heading between boxes, and no address of
 * the page: each box is a run of cards judged apart, and the site's host
 * is told by the page's links. A rule that counts all the page's links
 * again for each run (the vote for the site's host once did) makes this
 * quadratic, which the entry's ctest TIMEOUT catches (tests.cmake). */
static char *teaser_boxes(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article><h1>Floods in the lower town</h1>");
    sb_repeat(&b, "<p>" HOSTILE_SENTENCE " " HOSTILE_SENTENCE "</p>", 3);
    char card[192];
    for (size_t i = 0; i < HOSTILE_TEASER_BOXES; i++) {
        sb_str(&b, "<div class=\"box\">");
        for (int j = 0; j < 3; j++) {
            snprintf(card, sizeof card,
                     "<div class=\"card\"><a href=\"http://news.example.com/s/%zu/%d\">"
                     "Teaser headline of story %d</a><p>An excerpt of it.</p></div>",
                     i, j, j);
            sb_str(&b, card);
        }
        sb_str(&b, "</div><h3>Section</h3>");
    }
    sb_str(&b, "</article>");
    return sb_finish(&b, len);
}

/* Code whose boxes and cells stand after many comments: <pre>s of a line
 * number each (the gutter check asks whether each is alone in its box),
 * a table's cells inside a <pre> and the cells of a listing's long last
 * row (each asks whether it is its row's first). A check that reads every
 * sibling before the element (they once did) makes this quadratic, which
 * the entry's ctest TIMEOUT catches (tests.cmake). */
static char *code_siblings(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article><h1>Numbers</h1><p>" HOSTILE_SENTENCE "</p><div>");
    sb_repeat(&b, "<!---->", HOSTILE_CODE_SIBLINGS);
    sb_repeat(&b, "<pre>1</pre>", HOSTILE_CODE_SIBLINGS);
    sb_str(&b, "</div><pre>code<table><tr>");
    sb_repeat(&b, "<!---->", HOSTILE_CODE_SIBLINGS);
    sb_repeat(&b, "<td>x</td>", HOSTILE_CODE_SIBLINGS);
    sb_str(&b, "</tr></table></pre><table>");
    sb_repeat(&b, "<tr><td data-line-number=\"1\"></td><td class=\"code\">x = 1</td></tr>", 200);
    sb_str(&b, "<tr>");
    sb_repeat(&b, "<!---->", HOSTILE_CODE_SIBLINGS);
    sb_repeat(&b, "<td>y</td>", HOSTILE_CODE_SIBLINGS);
    sb_str(&b, "</tr></table><p>" HOSTILE_SENTENCE "</p></article>");
    return sb_finish(&b, len);
}

/* JSON-LD authors as long as the byline reader's buffer (1000 bytes):
 * the first with a '(' just before its end, the second shorter, so that
 * the byte after the second's end is the first's '(' left in the buffer.
 * A reader that looks past the end of the text it was given finds it. */
static char *long_authors(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, "<!DOCTYPE html><html><head><title>Authors</title>"
               "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
               "\"author\": [{\"name\": \"");
    sb_fill(&b, 'x', 990);
    sb_str(&b, "(xxxxxxxxx\"}, {\"name\": \"");
    sb_fill(&b, 'y', 980);
    sb_str(&b, ", Jane Doe\"}]}</script></head><body><article><p>" HOSTILE_SENTENCE
               "</p></article></body></html>");
    return sb_finish(&b, len);
}

/* A story whose canonical URL is HOSTILE_CANONICAL_BYTES long, with
 * HOSTILE_URL_REFS paragraphs each holding a relative link and an image:
 * resolved against that URL, every link and image would hold a copy of
 * it (512 MiB, some 750 times the page). */
static char *long_canonical(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, "<!DOCTYPE html><html><head><title>Harbour report</title>"
               "<link rel=\"canonical\" href=\"https://example.org/");
    sb_fill(&b, 'a', HOSTILE_CANONICAL_BYTES);
    sb_str(&b, "/\"></head><body><article><h1>Harbour report</h1><p>" HOSTILE_SENTENCE "</p>");
    for (size_t i = 0; i < HOSTILE_URL_REFS && !b.failed; i++) {
        char p[256];
        snprintf(p, sizeof p, "<p>The boats left early, said <a href=\"p%zu\">the master</a> "
                              "of the harbour, and the water was calm.<img src=\"i%zu.jpg\" "
                              "alt=\"Boat\" width=300 height=300></p>", i, i);
        sb_str(&b, p);
    }
    sb_str(&b, "</article></body></html>");
    return sb_finish(&b, len);
}

/* A table of HOSTILE_TABLE_COLUMNS header cells above HOSTILE_TABLE_ROWS
 * rows of one cell each: a rendering that wrote every row as wide as the
 * table would be some 180 MB of Markdown, 150 times the page. */
static char *ragged_table(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<article><h1>Gauges</h1><p>" HOSTILE_SENTENCE "</p><table><tr>");
    sb_repeat(&b, "<th>Gauge</th>", HOSTILE_TABLE_COLUMNS);
    sb_str(&b, "</tr>");
    sb_repeat(&b, "<tr><td>12.5</td></tr>", HOSTILE_TABLE_ROWS);
    sb_str(&b, "</table><p>" HOSTILE_SENTENCE "</p></article>");
    return sb_finish(&b, len);
}

/* ------------------------------------------------------------------ unterminated */

/* The sentence in a paragraph, then `open` and a megabyte of its body that
 * never ends. */
static char *unterminated(const char *open, size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, page_start);
    sb_str(&b, "<p>" HOSTILE_SENTENCE "</p>");
    sb_str(&b, open);
    sb_prose(&b, HOSTILE_TEXT_BYTES);
    return sb_finish(&b, len);
}

static char *open_comment(size_t *len) { return unterminated("<!--", len); }
static char *open_script(size_t *len) { return unterminated("<script>", len); }
static char *open_style(size_t *len) { return unterminated("<style>", len); }
static char *open_textarea(size_t *len) { return unterminated("<textarea>", len); }

/* A <title> that never ends swallows the whole page. */
static char *open_title(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, "<!DOCTYPE html><html><head><title>");
    sb_prose(&b, HOSTILE_TEXT_BYTES);
    sb_str(&b, "</head><body><p>" HOSTILE_SENTENCE "</p>");
    return sb_finish(&b, len);
}

/* A <title> that lost its end tag before the page's 50,000 paragraphs: all
 * title to the parser, read a second time with the title closed. */
static char *swallowed_page(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, "<!DOCTYPE html><html><head><title>Swallowed<link rel=\"stylesheet\" "
               "href=\"/a.css\"></head><body><article>");
    sb_paragraphs(&b);
    sb_str(&b, "</article>");
    return sb_finish(&b, len);
}

/* ------------------------------------------------------------------ bytes */

/* An ordinary page with a NUL after every byte but its first line's: no
 * tag survives, since "<\0" is not a tag opening. (With a NUL after every
 * byte from the first, it would read as UTF-16 without a byte order mark:
 * test_charset.) */
static char *nuls_everywhere(size_t *len)
{
    static const char page[] = "<!DOCTYPE html><html><head><title>Nul</title></head>"
        "<body><article><h1>Heading</h1><p class=\"x\">" HOSTILE_SENTENCE "</p>"
        "<script>var a = 1;</script><svg><text>svg</text></svg></article></body></html>";
    sbuf b = { 0 };
    sb_str(&b, "Nuls:\n");
    for (size_t i = 0; i + 1 < sizeof page; i++) {
        sb_put(&b, page + i, 1);
        sb_put(&b, "", 1);
    }
    return sb_finish(&b, len);
}

/* NULs inside text, attribute values, comments, raw text and foreign
 * content of a page whose markup is intact. */
static char *nuls_in_content(size_t *len)
{
    static const char page[] = "<!DOCTYPE html><html><head><title>N\0l</title></head>"
        "<body><article><h1>Head\0ing</h1><p title=\"\0\">The harbour\0 master counted "
        "forty boats leaving before dawn, most of them bound for the fishing grounds "
        "beyond the northern reef.</p><!-- \0 --><script>var\0a;</script>"
        "<svg><text>s\0vg</text></svg><textarea>t\0a</textarea></article></body></html>";
    sbuf b = { 0 };
    sb_put(&b, page, sizeof page - 1);
    return sb_finish(&b, len);
}

/* A file of binary data (a compressed body, a picture served as a page):
 * the generator's bytes from a seed whose 20,000 bytes maintext read as
 * windows-1252 and took a line of junk from (87 characters, 7 of them
 * control characters: too few for text/binary.h's tests then), as it did
 * from about one such file in eighty. */
static char *binary_page(size_t *len)
{
    sbuf b = { 0 };
    uint64_t state = 45 * 0x9E3779B97F4A7C15u;
    for (int i = 0; i < 4; i++)
        next_random(&state);
    sb_random(&b, &state, HOSTILE_BINARY_BYTES);
    return sb_finish(&b, len);
}

static char *random_bytes(size_t *len)
{
    sbuf b = { 0 };
    uint64_t state = 0x9E3779B97F4A7C15u;
    sb_random(&b, &state, HOSTILE_RANDOM_BYTES);
    return sb_finish(&b, len);
}

/* Random runs of markup fragments: tags that open and close in the wrong
 * order, tables, foreign content, raw text, references, stray bytes. */
static char *random_markup(size_t *len)
{
    static const char *const parts[] = {
        "<p>", "</p>", "<div>", "</div>", "<table>", "<tr>", "<td>", "</table>", "<b>",
        "</b>", "<i>", "</i>", "<a href='/x'>", "</a>", "<ul><li>", "</li>", "<h2>",
        "</h2>", "<svg>", "</svg>", "<math><mi>", "<template>", "</template>",
        "<select><option>", "<frameset>", "<!--", "-->", "<script>", "</script>",
        "<style>", "</style>", "<textarea>", "<![CDATA[", "]]>", "&amp;",
        "&notin", "&#x0;", "&#1114112;", "<br/>", "<img alt=x>", "</body>", "</html>",
        "<html x=y>", "</textarea>", "<noscript>", "<form>", "<button>", "<pre>\n", "\xE9", "\xFF",
        "\xE2\x82", "\xEF\xBB\xBF", " the harbour ", " boats ", ". ", "\r\n", "\0",
    };
    size_t nparts = sizeof parts / sizeof *parts;
    sbuf b = { 0 };
    uint64_t state = 0xD1B54A32D192ED03u;
    while (b.len < HOSTILE_RANDOM_BYTES && !b.failed) {
        size_t k = (size_t)(next_random(&state) % nparts);
        /* "\0" is the one part whose length strlen() cannot give. */
        sb_put(&b, parts[k], parts[k][0] ? strlen(parts[k]) : 1);
    }
    return sb_finish(&b, len);
}

/* An undeclared UTF-8 page cut in the middle of a character (the euro
 * sign's first two bytes), as archives cut records at a size limit. */
static char *truncated_utf8(size_t *len)
{
    sbuf b = { 0 };
    sb_str(&b, "<!DOCTYPE html><html><head><title>Caf\xC3\xA9 prices</title></head><body>");
    sb_str(&b, "<p>" HOSTILE_SENTENCE " Coffee at the caf\xC3\xA9 on the quay cost \xE2\x82");
    return sb_finish(&b, len);
}

/* The UTF-16 form of `ascii` (code units below 0x80 only), after a byte
 * order mark; `be` for big endian. */
static void sb_utf16(sbuf *b, const char *ascii, int be)
{
    for (const char *p = ascii; *p; p++) {
        char unit[2] = { be ? 0 : *p, be ? *p : 0 };
        sb_put(b, unit, 2);
    }
}

static const char utf16_page[] = "<!DOCTYPE html><html><head><title>Sixteen</title>"
    "</head><body><article><p>" HOSTILE_SENTENCE "</p><p>Cut";

/* UTF-16LE with an odd number of bytes: the last code unit is half there. */
static char *truncated_utf16le(size_t *len)
{
    sbuf b = { 0 };
    sb_put(&b, "\xFF\xFE", 2);
    sb_utf16(&b, utf16_page, 0);
    sb_put(&b, "x", 1);
    return sb_finish(&b, len);
}

/* UTF-16BE ending in a high surrogate whose low half never comes. */
static char *truncated_utf16be(size_t *len)
{
    sbuf b = { 0 };
    sb_put(&b, "\xFE\xFF", 2);
    sb_utf16(&b, utf16_page, 1);
    sb_put(&b, "\xD8\x3D", 2);
    return sb_finish(&b, len);
}

/* ------------------------------------------------------------------ table */

const hostile_input hostile_inputs[] = {
    { "deep-divs", deep_divs },
    { "deep-tables", deep_tables },
    { "deep-lists", deep_lists },
    { "deep-quotes", deep_quotes },
    { "deep-inline", deep_inline },
    { "huge-attribute", huge_attribute },
    { "huge-text", huge_text },
    { "many-attributes", many_attributes },
    { "duplicate-attributes", duplicate_attributes },
    { "all-breaks", all_breaks },
    { "sibling-paragraphs", sibling_paragraphs },
    { "comment-labels", comment_labels },
    { "tab-comments", tab_comments },
    { "reopened-formatting", reopened_formatting },
    { "selectedcontent-templates", selectedcontent_templates },
    { "selectedcontent-many", selectedcontent_many },
    { "selectedcontent-last-text", selectedcontent_last_text },
    { "selectedcontent-attributes", selectedcontent_attributes },
    { "empty-headings", empty_headings },
    { "teaser-boxes", teaser_boxes },
    { "code-siblings", code_siblings },
    { "long-authors", long_authors },
    { "long-canonical", long_canonical },
    { "ragged-table", ragged_table },
    { "open-comment", open_comment },
    { "open-script", open_script },
    { "open-style", open_style },
    { "open-textarea", open_textarea },
    { "open-title", open_title },
    { "swallowed-page", swallowed_page },
    { "nuls-everywhere", nuls_everywhere },
    { "nuls-in-content", nuls_in_content },
    { "binary-page", binary_page },
    { "random-bytes", random_bytes },
    { "random-markup", random_markup },
    { "truncated-utf8", truncated_utf8 },
    { "truncated-utf16le", truncated_utf16le },
    { "truncated-utf16be", truncated_utf16be },
};
const size_t hostile_input_count = sizeof hostile_inputs / sizeof *hostile_inputs;

const hostile_input *hostile_find(const char *name)
{
    for (size_t i = 0; i < hostile_input_count; i++)
        if (strcmp(hostile_inputs[i].name, name) == 0)
            return &hostile_inputs[i];
    return NULL;
}
