/* test_hostile.c -- hostile pages through the public API only: mt_parse(),
 * mt_extract() and mt_render() in every format with every flag.
 *
 *     test_hostile [NAME...]       the named inputs (hostile_inputs.c), or all
 *     test_hostile --expect NAME...  fails unless NAME... is exactly the table
 *
 * Every input must give a consistent tree whose strings are valid UTF-8
 * without NULs, a result or MT_ERR_NO_CONTENT, and renderings that are valid
 * UTF-8 and bounded by the input's size; limits that were hit must be
 * reported. Each input then has checks of its own (the depth limit flagged
 * and the content below it kept, a huge attribute left out of the output, a
 * truncated character turned into U+FFFD, ...), and the same page with
 * MT_FOCUS_WHOLE_PAGE the general promises. Nothing here is timed: the
 * ctest TIMEOUT on each entry catches a hang or a quadratic blow-up. */
#define _DEFAULT_SOURCE   /* mmap's MAP_ANONYMOUS and MAP_NORESERVE (test_tree_bound) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "maintext.h"
#include "harness.h"
#include "strict_utf8.h"
#include "hostile_inputs.h"

/* Renderings may escape every byte (JSON's \u0000-style escapes take six)
 * and show the text twice (JSON "text" and its blocks); anything beyond
 * this is not linear in the input. */
#define OUTPUT_FACTOR 16
#define OUTPUT_SLACK ((size_t)1 << 20)

static const char replacement_char[] = "\xEF\xBF\xBD";

/* ------------------------------------------------------------------ helpers */

/* Valid UTF-8 with no NUL byte: what every string we hand out must be. */
static int clean_string(const char *s, size_t len)
{
    return (len == 0 || s) && memchr(s ? s : "", 0, len) == NULL && strict_utf8(s, len);
}

static int ends_with(const char *s, size_t len, const char *tail)
{
    size_t n = strlen(tail);
    return s && len >= n && memcmp(s + len - n, tail, n) == 0;
}

static int is_element(const mt_node *n, const char *name)
{
    size_t len;
    const char *got = mt_node_name(n, &len);
    return mt_node_get_type(n) == MT_NODE_ELEMENT && len == strlen(name) &&
           memcmp(got, name, len) == 0;
}

static size_t count_elements(const mt_document *doc, const char *name)
{
    size_t count = 0;
    const mt_node *root = mt_document_root(doc);
    for (const mt_node *n = root; n; n = mt_node_following(n, root))
        count += is_element(n, name);
    return count;
}

static const mt_node *find_element(const mt_document *doc, const char *name)
{
    const mt_node *root = mt_document_root(doc);
    for (const mt_node *n = root; n; n = mt_node_following(n, root))
        if (is_element(n, name))
            return n;
    return NULL;
}

/* The last text node in document order. */
static const mt_node *last_text(const mt_document *doc)
{
    const mt_node *root = mt_document_root(doc), *last = NULL;
    for (const mt_node *n = root; n; n = mt_node_following(n, root))
        if (mt_node_get_type(n) == MT_NODE_TEXT)
            last = n;
    return last;
}

static int slice_has(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(s + i, needle, n) == 0)
            return 1;
    return 0;
}

/* How many text nodes of the tree start with `prefix`, and (in *found)
 * whether one holds `needle`. */
static size_t count_texts(const mt_document *doc, const char *prefix, const char *needle,
                          int *found)
{
    size_t count = 0, len, n = strlen(prefix);
    const mt_node *root = mt_document_root(doc);
    *found = 0;
    for (const mt_node *t = root; t; t = mt_node_following(t, root)) {
        const char *text = mt_node_text(t, &len);
        if (mt_node_get_type(t) != MT_NODE_TEXT || !text)
            continue;
        count += len >= n && memcmp(text, prefix, n) == 0;
        *found |= slice_has(text, len, needle);
    }
    return count;
}

/* The text of an element's only child, or NULL when it has another shape. */
static const char *only_child_text(const mt_node *element, size_t *len)
{
    const mt_node *child = mt_node_first_child(element);
    *len = 0;
    if (!child || mt_node_next(child) || mt_node_get_type(child) != MT_NODE_TEXT)
        return NULL;
    return mt_node_text(child, len);
}

/* ------------------------------------------------------------------ the tree */

typedef struct tree_stats {
    size_t nodes;
    size_t max_depth;      /* elements and text: the document node is depth 0 */
    size_t string_bytes;   /* text, comments and attribute values */
    size_t unclean;        /* strings with a NUL or ill-formed UTF-8 */
    size_t broken_links;
} tree_stats;

static void visit_node(const mt_node *n, tree_stats *s)
{
    size_t len;
    const char *text = mt_node_text(n, &len);
    s->string_bytes += len;
    s->unclean += !clean_string(text, len);
    const char *name = mt_node_name(n, &len);
    s->unclean += !clean_string(name, len);
    for (size_t i = 0; i < mt_node_attribute_count(n); i++) {
        const char *aname, *value;
        size_t aname_len, value_len;
        if (!mt_node_attribute(n, i, &aname, &aname_len, &value, &value_len)) {
            s->unclean++;
            continue;
        }
        s->string_bytes += value_len;
        s->unclean += !clean_string(aname, aname_len) + !clean_string(value, value_len);
    }
    const mt_node *first = mt_node_first_child(n), *next = mt_node_next(n);
    s->broken_links += first && (mt_node_parent(first) != n || mt_node_prev(first));
    s->broken_links += next && (mt_node_prev(next) != n || mt_node_parent(next) != mt_node_parent(n));
}

/* How much a node adds to the nesting that max_depth bounds: a template's
 * contents (a fragment node) are no deeper than the template. */
static size_t nesting_weight(const mt_node *n)
{
    return mt_node_get_type(n) != MT_NODE_FRAGMENT;
}

/* Walks the whole tree without recursion, keeping the nesting depth. */
static tree_stats walk_tree(const mt_document *doc)
{
    tree_stats s = { 0 };
    const mt_node *root = mt_document_root(doc), *n = root;
    size_t depth = 0;
    while (n) {
        s.nodes++;
        if (depth > s.max_depth)
            s.max_depth = depth;
        visit_node(n, &s);
        if (mt_node_first_child(n)) {
            n = mt_node_first_child(n);
            depth += nesting_weight(n);
            continue;
        }
        while (n != root && !mt_node_next(n)) {
            depth -= nesting_weight(n);
            n = mt_node_parent(n);
        }
        if (n == root)
            break;
        depth -= nesting_weight(n);
        n = mt_node_next(n);
        depth += nesting_weight(n);
    }
    return s;
}

/* ------------------------------------------------------------------ one input */

typedef struct outcome {
    const char *name;
    const char *html;
    size_t len;
    mt_document *doc;          /* parsed with the default options */
    mt_status status;          /* of mt_extract() */
    const mt_result *result;
    char *text;                /* the result in MT_FORMAT_TEXT */
    size_t text_len;
    size_t largest_output;     /* longest rendering in any format */
} outcome;

static void check_tree(outcome *o)
{
    mt_status st = MT_ERR_INVALID_ARG;
    o->doc = mt_parse(o->html, o->len, NULL, &st);
    CHECK_INT(st, MT_OK);
    if (!o->doc)
        return;
    tree_stats s = walk_tree(o->doc);
    /* the nodes made are those of the tree, but for the copies a
     * <selectedcontent> held before its last one (maintext.h) */
    int copies = find_element(o->doc, "selectedcontent") != NULL;
    if (copies)
        CHECK(s.nodes <= mt_document_node_count(o->doc));
    else
        CHECK_INT(s.nodes, mt_document_node_count(o->doc));
    CHECK_INT(s.unclean, 0);
    CHECK_INT(s.broken_links, 0);
    /* a byte becomes at most three (U+FFFD); implied elements add no text;
     * the copies of options in <selectedcontent>s add at most 64 KiB and a
     * byte for each byte of the page (maintext.h, MT_LIMIT_NODES), and
     * only on a page that has one: the others keep the tighter bound */
    CHECK(s.string_bytes <= 3 * o->len + 64 + (copies ? (64 << 10) + o->len : 0));
    mt_parse_options defaults;
    mt_parse_options_default(&defaults);
    /* The stack of open elements holds at most max_depth elements, but the
     * adoption agency can move a subtree under a deeper node, so the tree
     * may pass the limit by a little (random-markup: 11 levels); a limit
     * that did not hold at all would let 100,000 levels through. */
    CHECK(s.max_depth <= 2 * defaults.max_depth);
    if (s.max_depth > defaults.max_depth + 3)
        fprintf(stderr, "%s: tree depth %zu (max_depth %u)\n", o->name, s.max_depth,
                (unsigned)defaults.max_depth);
}

static void check_blocks(const mt_block *blocks, size_t n, size_t *text_bytes)
{
    for (size_t i = 0; i < n; i++) {
        const mt_block *b = &blocks[i];
        *text_bytes += b->text_len;
        CHECK(b->text && b->text[b->text_len] == '\0');
        CHECK(clean_string(b->text, b->text_len));
        for (size_t k = 0; k < b->nspans; k++)
            CHECK(b->spans[k].start <= b->spans[k].end && b->spans[k].end <= b->text_len);
    }
}

static void check_metadata(const mt_metadata *m)
{
    const char *fields[] = { m->title, m->date, m->date_modified, m->sitename,
                             m->description, m->language, m->url, m->image,
                             m->license, m->pagetype };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        CHECK(!fields[i] || clean_string(fields[i], strlen(fields[i])));
    for (size_t i = 0; i < m->nauthors; i++)
        CHECK(clean_string(m->authors[i], strlen(m->authors[i])));
}

/* Every format with every combination of render flags. */
static void check_renderings(outcome *o)
{
    static const mt_format formats[] = { MT_FORMAT_TEXT, MT_FORMAT_MARKDOWN, MT_FORMAT_HTML,
                                         MT_FORMAT_JSON, MT_FORMAT_XML, MT_FORMAT_TEI,
                                         MT_FORMAT_CSV };
    unsigned all = MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN | MT_RENDER_COMPACT | MT_RENDER_NO_HEADER;
    for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
        for (unsigned flags = 0; flags <= all; flags++) {
            size_t len = 0;
            mt_status st = MT_ERR_INVALID_ARG;
            char *out = mt_render(o->result, formats[f], flags, NULL, &len, &st);
            CHECK(out != NULL);
            if (!out) {
                fprintf(stderr, "%s: format %d flags %u: %s\n", o->name, (int)formats[f],
                        flags, mt_strerror(st));
                continue;
            }
            CHECK_INT(strlen(out), len);
            CHECK(strict_utf8(out, len));
            CHECK(len <= OUTPUT_FACTOR * o->len + OUTPUT_SLACK);
            if (len > o->largest_output)
                o->largest_output = len;
            if (formats[f] == MT_FORMAT_TEXT && flags == 0 && !o->text) {
                o->text = out;
                o->text_len = len;
            } else {
                mt_free(NULL, out);
            }
        }
    }
}

static void check_extraction(outcome *o, mt_extractor *ex)
{
    o->status = mt_extract(ex, o->html, o->len, "https://example.org/hostile", &o->result);
    CHECK(o->status == MT_OK || o->status == MT_ERR_NO_CONTENT);
    if (!o->result) {
        fprintf(stderr, "%s: mt_extract: %s\n", o->name, mt_strerror(o->status));
        return;
    }
    /* the parse's limits, and besides them only the extraction's caps */
    CHECK_INT(o->result->limits & ~(unsigned)(MT_LIMIT_BLOCK_TEXT | MT_LIMIT_TABLE_CELLS),
              mt_document_limits(o->doc));
    size_t text_bytes = 0;
    check_blocks(o->result->blocks, o->result->nblocks, &text_bytes);
    check_blocks(o->result->comments, o->result->ncomments, &text_bytes);
    CHECK(text_bytes <= 3 * o->len + 1024);
    CHECK(o->status == MT_OK ? o->result->nblocks > 0 : o->result->nblocks == 0);
    check_metadata(&o->result->meta);
    check_renderings(o);
}

static int text_has(const outcome *o, const char *needle)
{
    return o->text && strstr(o->text, needle) != NULL;
}

/* ------------------------------------------------------------------ each input */

/* Nested HOSTILE_DEPTH times: the limit is reported, every element is kept
 * (attached at the limit) and the paragraph at the bottom is extracted. */
static void check_deep(const outcome *o, const char *element)
{
    CHECK(mt_document_limits(o->doc) & MT_LIMIT_DEPTH);
    CHECK(!(mt_document_limits(o->doc) & MT_LIMIT_NODES));
    CHECK_INT(count_elements(o->doc, element), HOSTILE_DEPTH);
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
}

static void check_deep_divs(const outcome *o) { check_deep(o, "div"); }
static void check_deep_tables(const outcome *o) { check_deep(o, "table"); }
static void check_deep_lists(const outcome *o) { check_deep(o, "li"); }
static void check_deep_quotes(const outcome *o) { check_deep(o, "blockquote"); }

/* The formatting elements are cut to the depth limit; both paragraphs'
 * text survives, the second one's inside reconstructed formatting. */
static void check_deep_inline(const outcome *o)
{
    CHECK(mt_document_limits(o->doc) & MT_LIMIT_DEPTH);
    CHECK_INT(o->status, MT_OK);
    const char *first = o->text ? strstr(o->text, HOSTILE_SENTENCE) : NULL;
    CHECK(first && strstr(first + 1, HOSTILE_SENTENCE));
}

/* The 10 MB title attribute is kept in the tree, whole, and shows in no
 * rendering: only href, src and alt are ever carried over. */
static void check_huge_attribute(const outcome *o)
{
    size_t len = 0;
    const char *title = mt_node_get_attribute(find_element(o->doc, "p"), "title", &len);
    CHECK_INT(len, HOSTILE_ATTRIBUTE_BYTES);
    CHECK(title && title[0] == 'a' && title[len - 1] == 'a');
    CHECK_INT(mt_document_limits(o->doc), 0);
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    CHECK(o->largest_output < 64 * 1024);
}

/* A megabyte of prose in one paragraph stays one text node and one block. */
static void check_huge_text(const outcome *o)
{
    size_t len = 0;
    only_child_text(find_element(o->doc, "p"), &len);
    CHECK(len >= HOSTILE_TEXT_BYTES);
    CHECK_INT(o->status, MT_OK);
    CHECK(o->result && o->result->nblocks == 1 &&
          o->result->blocks[0].text_len >= HOSTILE_TEXT_BYTES - 1);
}

/* 100,000 distinct attributes: the first max_attributes are kept, in
 * order, and the cut is reported. */
static void check_many_attributes(const outcome *o)
{
    mt_parse_options defaults;
    mt_parse_options_default(&defaults);
    const mt_node *p = find_element(o->doc, "p");
    CHECK(mt_document_limits(o->doc) & MT_LIMIT_ATTRIBUTES);
    CHECK_INT(mt_node_attribute_count(p), defaults.max_attributes);
    const char *name = NULL, *value = NULL;
    size_t name_len = 0, value_len = 0;
    mt_node_attribute(p, 0, &name, &name_len, &value, &value_len);
    CHECK_SLICE(name, name_len, "a0");
    CHECK_SLICE(value, value_len, "v");
    mt_node_attribute(p, defaults.max_attributes - 1, &name, &name_len, &value, &value_len);
    char want[16];
    snprintf(want, sizeof want, "a%u", (unsigned)defaults.max_attributes - 1);
    CHECK_SLICE(name, name_len, want);
    CHECK(text_has(o, HOSTILE_SENTENCE));
}

/* The same attribute 100,000 times is one attribute (the standard drops
 * repeats); nothing was cut by a limit. */
static void check_duplicate_attributes(const outcome *o)
{
    const mt_node *p = find_element(o->doc, "p");
    CHECK_INT(mt_node_attribute_count(p), 1);
    size_t len = 0;
    const char *value = mt_node_get_attribute(p, "class", &len);
    CHECK_SLICE(value, len, "v");
    CHECK(text_has(o, HOSTILE_SENTENCE));
}

/* A million <br> and nothing else: no main content; a node limit below
 * their number is reported and respected. */
static void check_all_breaks(const outcome *o)
{
    CHECK_INT(count_elements(o->doc, "br"), HOSTILE_BREAKS);
    CHECK_INT(mt_document_limits(o->doc), 0);
    CHECK_INT(o->status, MT_ERR_NO_CONTENT);
    CHECK_INT(o->text_len, 0);

    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.max_nodes = 1000;
    mt_status st;
    mt_document *doc = mt_parse(o->html, o->len, &opts, &st);
    CHECK(doc && (mt_document_limits(doc) & MT_LIMIT_NODES));
    CHECK(mt_document_node_count(doc) <= 1000);
    mt_document_free(doc);
}

/* 50,000 paragraphs of an article: every one is a block, in order. */
static void check_sibling_paragraphs(const outcome *o)
{
    CHECK_INT(count_elements(o->doc, "p"), HOSTILE_PARAGRAPHS);
    CHECK_INT(o->status, MT_OK);
    if (!o->result)
        return;
    CHECK_INT(o->result->nblocks, HOSTILE_PARAGRAPHS);
    const mt_block *first = &o->result->blocks[0];
    const mt_block *last = &o->result->blocks[o->result->nblocks - 1];
    CHECK(strncmp(first->text, "Paragraph 1:", 12) == 0);
    CHECK(strncmp(last->text, "Paragraph 50000:", 16) == 0);
}

/* An element (or comment) left open at the end holds the rest of the page
 * as its text; the paragraph before it is the main content, and the
 * comment, script or style text appears in no rendering. */
static void check_open_raw_text(const outcome *o, const char *element, int kept_out)
{
    size_t len = 0;
    if (element) {
        only_child_text(find_element(o->doc, element), &len);
    } else {
        const mt_node *n = mt_node_last_child(find_element(o->doc, "body"));
        CHECK(mt_node_get_type(n) == MT_NODE_COMMENT);
        mt_node_text(n, &len);
    }
    CHECK(len >= HOSTILE_TEXT_BYTES);
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    if (kept_out) {
        CHECK(!text_has(o, "Nets were mended"));
        CHECK(o->largest_output < 64 * 1024);
    }
}

static void check_open_comment(const outcome *o) { check_open_raw_text(o, NULL, 1); }
static void check_open_script(const outcome *o) { check_open_raw_text(o, "script", 1); }
static void check_open_style(const outcome *o) { check_open_raw_text(o, "style", 1); }
static void check_open_textarea(const outcome *o) { check_open_raw_text(o, "textarea", 0); }

/* An unclosed <title> is the whole page: there is no body text at all. */
static void check_open_title(const outcome *o)
{
    size_t len = 0;
    only_child_text(find_element(o->doc, "title"), &len);
    CHECK(len >= HOSTILE_TEXT_BYTES);
    CHECK_INT(count_elements(o->doc, "p"), 0);
    CHECK_INT(o->status, MT_ERR_NO_CONTENT);
    CHECK_INT(o->text_len, 0);
}

/* The parser reads the page as one title; the second reading finds every
 * paragraph. */
static void check_swallowed_page(const outcome *o)
{
    CHECK_INT(count_elements(o->doc, "p"), 0);
    CHECK_INT(o->status, MT_OK);
    if (!o->result)
        return;
    CHECK_INT(o->result->nblocks, HOSTILE_PARAGRAPHS);
    CHECK(strncmp(o->result->blocks[0].text, "Paragraph 1:", 12) == 0);
}

/* "<\0" opens no tag, so the page is all text: the text of the tree is the
 * input without its NULs (the standard drops NUL characters in body text). */
static void check_nuls_everywhere(const outcome *o)
{
    CHECK_INT(count_elements(o->doc, "html") + count_elements(o->doc, "head") +
              count_elements(o->doc, "body"), 3);
    CHECK_INT(mt_document_node_count(o->doc), 5);
    size_t len = 0;
    const char *text = only_child_text(find_element(o->doc, "body"), &len);
    size_t want_len = 0;
    char *want = malloc(o->len);
    for (size_t i = 0; want && i < o->len; i++)
        if (o->html[i])
            want[want_len++] = o->html[i];
    CHECK(text && want && len == want_len && memcmp(text, want, len) == 0);
    free(want);
}

/* NULs in markup that is otherwise intact: dropped from body text, U+FFFD in
 * attribute values, comments, raw text, RCDATA and foreign content. */
static void check_nuls_in_content(const outcome *o)
{
    size_t len = 0;
    const char *text = mt_node_get_attribute(find_element(o->doc, "p"), "title", &len);
    CHECK_SLICE(text, len, replacement_char);
    text = only_child_text(find_element(o->doc, "h1"), &len);
    CHECK_SLICE(text, len, "Heading");
    text = only_child_text(find_element(o->doc, "script"), &len);
    CHECK_SLICE(text, len, "var\xEF\xBF\xBD" "a;");
    text = only_child_text(find_element(o->doc, "textarea"), &len);
    CHECK_SLICE(text, len, "t\xEF\xBF\xBD" "a");
    text = only_child_text(find_element(o->doc, "text"), &len);
    CHECK_SLICE(text, len, "s\xEF\xBF\xBD" "vg");
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
}

/* A file of binary data yields no text, not a line of junk read from it
 * (control characters among letters of windows-1252). */
static void check_binary_page(const outcome *o)
{
    CHECK_INT(o->status, MT_ERR_NO_CONTENT);
    CHECK(!o->result || o->result->nblocks == 0);
}

/* An undeclared UTF-8 page cut inside a character is still read as UTF-8
 * (not as windows-1252, which would garble every accented letter), and
 * the cut character is U+FFFD. */
static void check_truncated_utf8(const outcome *o)
{
    CHECK_STR(mt_document_encoding(o->doc), "UTF-8");
    CHECK_STR(mt_document_encoding_source(o->doc), "detected");
    size_t len = 0;
    const char *text = mt_node_text(last_text(o->doc), &len);
    CHECK(ends_with(text, len, " caf\xC3\xA9 on the quay cost \xEF\xBF\xBD"));
    CHECK(text_has(o, "quay cost \xEF\xBF\xBD"));
    CHECK(o->result && o->result->meta.title &&
          strcmp(o->result->meta.title, "Caf\xC3\xA9 prices") == 0);
}

/* A UTF-16 page cut inside a code unit or a surrogate pair is decoded to
 * its end, where U+FFFD stands for the missing half. */
static void check_truncated_utf16(const outcome *o, const char *encoding)
{
    CHECK_STR(mt_document_encoding(o->doc), encoding);
    CHECK_STR(mt_document_encoding_source(o->doc), "bom");
    size_t len = 0;
    const char *text = mt_node_text(last_text(o->doc), &len);
    CHECK_SLICE(text, len, "Cut\xEF\xBF\xBD");
    CHECK(o->result && o->result->meta.title && strcmp(o->result->meta.title, "Sixteen") == 0);
    CHECK(text_has(o, HOSTILE_SENTENCE));
}

static void check_truncated_utf16le(const outcome *o) { check_truncated_utf16(o, "UTF-16LE"); }
static void check_truncated_utf16be(const outcome *o) { check_truncated_utf16(o, "UTF-16BE"); }

/* The panel after the comments is no tab's: the tab set's label is too
 * far from it. */
static void check_tab_comments(const outcome *o)
{
    CHECK(text_has(o, "Paragraph 50000:"));
}

/* Each paragraph reopens the ems before it, up to the formatting list's
 * 256 entries (below the depth limit), hundreds of elements a paragraph,
 * until the page has made the copies its size allows (65,536 and one
 * for every 4 bytes: MT_LIMIT_NODES); the text of every paragraph comes
 * through all the same. Without the bound it made 220,000 ems of 55 KB. */
static void check_reopened_formatting(const outcome *o)
{
    CHECK_INT(mt_document_limits(o->doc), MT_LIMIT_NODES);
    size_t ems = count_elements(o->doc, "em");
    CHECK(ems > 65536 && ems <= HOSTILE_REOPENED + 65536 + o->len / 4);
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, "Paragraph 1: the tide"));
    CHECK(text_has(o, "Paragraph 1000: the tide"));
    CHECK(text_has(o, HOSTILE_SENTENCE));
}

/* Templates in options, twelve levels deep: a template's copy has empty
 * contents, so the bottom option is copied once, into its own select's
 * <selectedcontent>, and each level adds a few nodes. Copied with their
 * contents the copies doubled at every level: 4,096 copies of 32 KB. */
static void check_selectedcontent_templates(const outcome *o)
{
    CHECK_INT(mt_document_limits(o->doc), 0);
    CHECK(mt_document_node_count(o->doc) <= 8 * (HOSTILE_SELECT_LEVELS + 1) + 64);
    int found;
    CHECK_INT(count_texts(o->doc, "&the boats", "", &found), 2);
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
}

/* A thousand <selectedcontent>s after a selected option of 64 KB: the
 * first one holds a copy of it, made before the page's copy budget ran
 * out (MT_LIMIT_NODES), and only a few more were made (each holding the
 * <selectedcontent>s inside the option by then). Unbounded, every one
 * inserted copied the option again: 64 MB, half a million nodes. */
static void check_selectedcontent_many(const outcome *o)
{
    CHECK(mt_document_limits(o->doc) & MT_LIMIT_NODES);
    size_t contents = count_elements(o->doc, "selectedcontent");
    CHECK(contents > HOSTILE_SELECTEDCONTENTS && contents < 2 * HOSTILE_SELECTEDCONTENTS);
    CHECK(mt_document_node_count(o->doc) <= 4 * (HOSTILE_SELECTEDCONTENTS + 1) + 64);
    size_t len = 0;
    const char *copy = mt_node_text(mt_node_first_child(find_element(o->doc,
                                                                     "selectedcontent")), &len);
    CHECK(copy && len >= HOSTILE_OPTION_BYTES && strncmp(copy, "&the boats", 10) == 0);
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    CHECK(text_has(o, "By noon the boats were back."));
}

/* The option in the <selectedcontent> is replaced by its copy. Parsed
 * again with a node limit among the breaks after it, the last paragraph's
 * text goes to the text node made last: the copy of the option's last
 * text, in the tree. Once it was the option's own, taken out of the tree,
 * and the text was lost. */
static void check_selectedcontent_last_text(const outcome *o)
{
    CHECK_INT(mt_document_limits(o->doc), 0);
    const mt_node *sc = find_element(o->doc, "selectedcontent");
    size_t len = 0;
    const char *text = mt_node_text(mt_node_last_child(sc), &len);
    CHECK_SLICE(text, len, " flow");
    CHECK(!find_element(o->doc, "option"));

    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.max_nodes = (uint32_t)mt_document_node_count(o->doc) - 40;
    mt_status st;
    mt_document *doc = mt_parse(o->html, o->len, &opts, &st);
    CHECK(doc && (mt_document_limits(doc) & MT_LIMIT_NODES));
    int found = 0;
    if (doc)
        count_texts(doc, "", "By noon the boats were back.", &found);
    CHECK(found);
    mt_document_free(doc);
}

/* A select of a thousand attributes over 20,000 options: asking it about
 * `multiple` and `size` for each option reads them all, and those reads
 * count against the bound on the <selectedcontent> walks, which the page
 * meets (MT_LIMIT_NODES): the options after that are not copied. The
 * first one was; every option is in the tree, and the story extracted. */
static void check_selectedcontent_attributes(const outcome *o)
{
    CHECK(mt_document_limits(o->doc) & MT_LIMIT_NODES);
    CHECK_INT(count_elements(o->doc, "option"), HOSTILE_OPTIONS);
    size_t len = 0;
    const char *text = only_child_text(find_element(o->doc, "selectedcontent"), &len);
    CHECK_SLICE(text, len, "x");
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    CHECK(text_has(o, "By noon the boats were back."));
}

/* Half a million empty headings after a story: each goes, the story
 * stays. */
static void check_empty_headings(const outcome *o)
{
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    CHECK(!text_has(o, "\nx\n"));
}

/* Twenty thousand boxes of teasers after a story: the teasers go, the
 * story stays. */
static void check_teaser_boxes(const outcome *o)
{
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    CHECK(!text_has(o, "Teaser headline of story"));
}

/* Code boxes and cells after comments: the story stays, and the code. */
static void check_code_siblings(const outcome *o)
{
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    CHECK(text_has(o, "x = 1\nx = 1"));
}

/* The URLs of a result's links and images, in bytes. */
static size_t url_bytes(const mt_result *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->nblocks; i++) {
        const mt_block *b = &r->blocks[i];
        n += b->src ? strlen(b->src) : 0;
        for (size_t k = 0; k < b->nspans; k++)
            n += b->spans[k].href_len;
    }
    return n;
}

/* Whether the story's links made absolute (every "href=\"p" and "src=\"i"
 * given a scheme and host) are extracted without MT_LIMIT_BASE_URL: the
 * long address would change none of them. */
static int absolute_links_meet_limit(const outcome *o, mt_extractor *ex)
{
    size_t cap = o->len * 2, n = 0;
    char *page = malloc(cap);
    if (!page)
        return -1;
    for (size_t i = 0; i < o->len && n + 32 < cap; i++) {
        page[n++] = o->html[i];
        if (i >= 5 && (memcmp(o->html + i - 5, "href=\"", 6) == 0 ||
                       memcmp(o->html + i - 4, "src=\"", 5) == 0) && i + 1 < o->len &&
            (o->html[i + 1] == 'p' || o->html[i + 1] == 'i')) {
            memcpy(page + n, "https://b.example/", 18);
            n += 18;
        }
    }
    const mt_result *r = NULL;
    int met = -1;
    if (mt_extract(ex, page, n, NULL, &r) == MT_OK && r)
        met = (r->limits & MT_LIMIT_BASE_URL) != 0;
    free(page);
    return met;
}

/* A story under a 64 KiB canonical URL, extracted with no address given:
 * the URL is too long to resolve against (MT_LIMIT_BASE_URL), so the links
 * and images keep theirs as written, and their URLs stay within the page's
 * size. Given a short address (the outcome checked first), that address is
 * used and the limit is not met; nor is it when every link and image is
 * absolute, as the address would change none. */
static void check_long_canonical(const outcome *o)
{
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    CHECK(!(o->result->limits & MT_LIMIT_BASE_URL));
    mt_options opts;
    mt_options_default(&opts);
    opts.include = MT_INCLUDE_TABLES | MT_INCLUDE_IMAGES | MT_INCLUDE_LINKS;
    mt_extractor *ex = mt_extractor_new(&opts, NULL);
    const mt_result *r = NULL;
    CHECK(ex != NULL);
    if (ex)
        CHECK_INT(mt_extract(ex, o->html, o->len, NULL, &r), MT_OK);
    if (r) {
        CHECK(r->limits & MT_LIMIT_BASE_URL);
        CHECK(url_bytes(r) <= o->len);
        const mt_block *image = NULL;
        for (size_t i = 0; i < r->nblocks && !image; i++)
            if (r->blocks[i].type == MT_BLOCK_IMAGE)
                image = &r->blocks[i];
        CHECK(image && image->src && strcmp(image->src, "i0.jpg") == 0);
    }
    if (ex)
        CHECK_INT(absolute_links_meet_limit(o, ex), 0);
    mt_extractor_free(ex);
}

/* The table is kept whole, its rows one cell wide in every rendering
 * (the bound on every rendering's size, check_renderings): a row of one
 * cell is written as one, not padded to the table's width. */
static void check_ragged_table(const outcome *o)
{
    CHECK_INT(o->status, MT_OK);
    CHECK(text_has(o, HOSTILE_SENTENCE));
    const mt_block *table = NULL;
    for (size_t i = 0; o->result && i < o->result->nblocks && !table; i++)
        if (o->result->blocks[i].type == MT_BLOCK_TABLE)
            table = &o->result->blocks[i];
    CHECK(table && table->nrows == HOSTILE_TABLE_ROWS + 1);
    CHECK(text_has(o, "\n12.5\n12.5\n"));
}

static const struct {
    const char *name;
    void (*check)(const outcome *o);
} specific_checks[] = {
    { "deep-divs", check_deep_divs },
    { "deep-tables", check_deep_tables },
    { "deep-lists", check_deep_lists },
    { "deep-quotes", check_deep_quotes },
    { "deep-inline", check_deep_inline },
    { "huge-attribute", check_huge_attribute },
    { "huge-text", check_huge_text },
    { "many-attributes", check_many_attributes },
    { "duplicate-attributes", check_duplicate_attributes },
    { "all-breaks", check_all_breaks },
    { "sibling-paragraphs", check_sibling_paragraphs },
    { "tab-comments", check_tab_comments },
    { "reopened-formatting", check_reopened_formatting },
    { "selectedcontent-templates", check_selectedcontent_templates },
    { "selectedcontent-many", check_selectedcontent_many },
    { "selectedcontent-last-text", check_selectedcontent_last_text },
    { "selectedcontent-attributes", check_selectedcontent_attributes },
    { "empty-headings", check_empty_headings },
    { "teaser-boxes", check_teaser_boxes },
    { "code-siblings", check_code_siblings },
    { "long-canonical", check_long_canonical },
    { "ragged-table", check_ragged_table },
    { "open-comment", check_open_comment },
    { "open-script", check_open_script },
    { "open-style", check_open_style },
    { "open-textarea", check_open_textarea },
    { "open-title", check_open_title },
    { "swallowed-page", check_swallowed_page },
    { "nuls-everywhere", check_nuls_everywhere },
    { "nuls-in-content", check_nuls_in_content },
    { "binary-page", check_binary_page },
    { "truncated-utf8", check_truncated_utf8 },
    { "truncated-utf16le", check_truncated_utf16le },
    { "truncated-utf16be", check_truncated_utf16be },
    /* random-bytes and random-markup: the checks every input gets */
};

static void run_specific_checks(const outcome *o)
{
    for (size_t i = 0; i < sizeof specific_checks / sizeof *specific_checks; i++)
        if (strcmp(specific_checks[i].name, o->name) == 0 && o->doc)
            specific_checks[i].check(o);
}

/* MT_FOCUS_WHOLE_PAGE cuts the whole body into blocks, none selected: the
 * same promises (status, blocks, text bounded by the input), in the time
 * the ctest entry allows. The renderers are the same: not run again. */
static void check_whole_page(const outcome *o, mt_extractor *whole)
{
    const mt_result *r = NULL;
    mt_status st = mt_extract(whole, o->html, o->len, "https://example.org/hostile", &r);
    CHECK(st == MT_OK || st == MT_ERR_NO_CONTENT);
    if (!r)
        return;
    size_t text_bytes = 0;
    check_blocks(r->blocks, r->nblocks, &text_bytes);
    CHECK(text_bytes <= 3 * o->len + 1024);
    CHECK(st == MT_OK ? r->nblocks > 0 : r->nblocks == 0);
    CHECK_INT(r->ncomments, 0);
    check_metadata(&r->meta);
}

static void run_input(const hostile_input *in, mt_extractor *ex, mt_extractor *whole)
{
    outcome o = { .name = in->name };
    harness_current = in->name;
    char *html = in->make(&o.len);
    CHECK(html != NULL);
    if (!html)
        return;
    o.html = html;
    check_tree(&o);
    if (o.doc) {
        check_extraction(&o, ex);
        run_specific_checks(&o);
        check_whole_page(&o, whole);
    }
    printf("%-22s %9zu bytes in, %s, limits %u, largest output %zu bytes\n", in->name, o.len,
           mt_strerror(o.status), o.doc ? mt_document_limits(o.doc) : 0, o.largest_output);
    mt_free(NULL, o.text);
    mt_document_free(o.doc);
    free(html);
}

/* ------------------------------------------------------------------ beyond the table */

static const char article[] = "<!DOCTYPE html><html><head><title>Tide tables</title></head>"
    "<body><nav><a href=/>Home</a></nav><article><h1>Tide tables</h1><p>"
    HOSTILE_SENTENCE "</p><p>By noon the wind had turned and most of them were back "
    "in the harbour with their catch.</p></article></body></html>";

static char *render_json(const mt_result *r)
{
    return r ? mt_render(r, MT_FORMAT_JSON, MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN, NULL, NULL,
                         NULL) : NULL;
}

/* An extractor that has been through every hostile page (and the errors
 * below) extracts an ordinary page exactly as a new one does. */
static void test_extractor_recovers(mt_extractor *used, const mt_options *opts)
{
    mt_extractor *fresh = mt_extractor_new(opts, NULL);
    const mt_result *a = NULL, *b = NULL;
    CHECK_INT(mt_extract(used, article, sizeof article - 1, NULL, &a), MT_OK);
    CHECK_INT(mt_extract(fresh, article, sizeof article - 1, NULL, &b), MT_OK);
    char *ja = render_json(a), *jb = render_json(b);
    CHECK(ja && jb && strcmp(ja, jb) == 0);
    CHECK(ja && strstr(ja, HOSTILE_SENTENCE));
    mt_free(NULL, ja);
    mt_free(NULL, jb);
    mt_extractor_free(fresh);
}

/* Text shorter than min_length is no content, and no content means no
 * blocks (maintext.h), though the page had a paragraph; the metadata stays. */
static void test_min_length(void)
{
    mt_options opts;
    mt_options_default(&opts);
    opts.min_length = 10000;
    mt_extractor *ex = mt_extractor_new(&opts, NULL);
    const mt_result *r = NULL;
    CHECK_INT(mt_extract(ex, article, sizeof article - 1, NULL, &r), MT_ERR_NO_CONTENT);
    CHECK(r && r->nblocks == 0 && r->blocks == NULL);
    CHECK(r && r->meta.title && strcmp(r->meta.title, "Tide tables") == 0);
    char *text = r ? mt_render(r, MT_FORMAT_TEXT, 0, NULL, NULL, NULL) : NULL;
    CHECK(text && text[0] == '\0');
    mt_free(NULL, text);
    mt_extractor_free(ex);
}

/* An unknown transport label is the caller's error on every page, also on
 * one whose byte order mark decides the encoding. */
static void test_unknown_label(void)
{
    static const char bom_page[] = "\xEF\xBB\xBF<p>" HOSTILE_SENTENCE "</p>";
    static const char plain_page[] = "<p>" HOSTILE_SENTENCE "</p>";
    const char *pages[] = { bom_page, plain_page };
    mt_options opts;
    mt_options_default(&opts);
    opts.parse.transport_charset = "utf-9";
    mt_extractor *ex = mt_extractor_new(&opts, NULL);
    for (int i = 0; i < 2; i++) {
        mt_status st = MT_OK;
        CHECK(mt_parse(pages[i], strlen(pages[i]), &opts.parse, &st) == NULL);
        CHECK_INT(st, MT_ERR_UNKNOWN_ENCODING);
        const mt_result *r = NULL;
        CHECK_INT(mt_extract(ex, pages[i], strlen(pages[i]), NULL, &r), MT_ERR_UNKNOWN_ENCODING);
        CHECK(r == NULL);
    }
    mt_extractor_free(ex);
}

/* One byte over the 64 MiB default is refused by both entry points before
 * any work; a smaller limit is exact. */
static void test_input_too_large(mt_extractor *ex)
{
    size_t len = HOSTILE_MAX_INPUT + 1;
    char *big = malloc(len);
    CHECK(big != NULL);
    if (!big)
        return;
    memset(big, 'a', len);
    mt_status st = MT_OK;
    CHECK(mt_parse(big, len, NULL, &st) == NULL);
    CHECK_INT(st, MT_ERR_INPUT_TOO_LARGE);
    const mt_result *r = (const mt_result *)big;
    CHECK_INT(mt_extract(ex, big, len, NULL, &r), MT_ERR_INPUT_TOO_LARGE);
    CHECK(r == NULL);

    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.max_input_size = 1000;
    mt_document *doc = mt_parse(big, 1000, &opts, &st);
    CHECK(doc != NULL);
    mt_document_free(doc);
    CHECK(mt_parse(big, 1001, &opts, &st) == NULL);
    CHECK_INT(st, MT_ERR_INPUT_TOO_LARGE);
    free(big);
}

/* With no limit of the caller's (max_input_size 0), a page still may not
 * pass what the tree holds (its offsets and lengths are 32-bit): more
 * than 2 GiB is refused at once, by both entry points. The pages are
 * mapped, never touched: refused, they are not read. */
static void test_tree_bound(void)
{
    size_t len = ((size_t)2 << 30) + 1;
    char *big = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    CHECK(big != MAP_FAILED);
    if (big == MAP_FAILED)
        return;
    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.max_input_size = 0;
    mt_status st = MT_OK;
    CHECK(mt_parse(big, len, &opts, &st) == NULL);
    CHECK_INT(st, MT_ERR_INPUT_TOO_LARGE);
    mt_options xopts;
    mt_options_default(&xopts);
    xopts.parse.max_input_size = 0;
    mt_extractor *ex = mt_extractor_new(&xopts, NULL);
    CHECK(ex != NULL);
    const mt_result *r = NULL;
    if (ex)
        CHECK_INT(mt_extract(ex, big, len, NULL, &r), MT_ERR_INPUT_TOO_LARGE);
    CHECK(r == NULL);
    mt_extractor_free(ex);
    munmap(big, len);
}

/* Every NAME given is in the table and every table entry was given: the
 * ctest entries (one per input, tests.cmake) cover the whole table. */
static int expect_names(int argc, char **argv)
{
    int ok = 1;
    for (int i = 0; i < argc; i++)
        if (!hostile_find(argv[i])) {
            fprintf(stderr, "test_hostile: no input named %s\n", argv[i]);
            ok = 0;
        }
    for (size_t k = 0; k < hostile_input_count; k++) {
        int listed = 0;
        for (int i = 0; i < argc; i++)
            listed |= strcmp(argv[i], hostile_inputs[k].name) == 0;
        if (!listed) {
            fprintf(stderr, "test_hostile: %s has no ctest entry\n", hostile_inputs[k].name);
            ok = 0;
        }
    }
    printf("%zu inputs, all with a ctest entry: %s\n", hostile_input_count, ok ? "yes" : "no");
    return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--expect") == 0)
        return expect_names(argc - 2, argv + 2);
    mt_options opts;
    mt_options_default(&opts);
    opts.include = MT_INCLUDE_TABLES | MT_INCLUDE_IMAGES | MT_INCLUDE_LINKS |
                   MT_INCLUDE_FORMATTING | MT_INCLUDE_COMMENTS;
    opts.reference_time = 1735689600;   /* 2025-01-01 */
    mt_extractor *ex = mt_extractor_new(&opts, NULL);
    mt_options whole_opts = opts;
    whole_opts.focus = MT_FOCUS_WHOLE_PAGE;
    mt_extractor *whole = mt_extractor_new(&whole_opts, NULL);
    CHECK(ex != NULL && whole != NULL);
    if (!ex || !whole) {
        mt_extractor_free(ex);
        mt_extractor_free(whole);
        return harness_finish();
    }
    if (argc > 1) {
        for (int i = 1; i < argc; i++) {
            const hostile_input *in = hostile_find(argv[i]);
            if (strcmp(argv[i], "too-large") == 0) {
                harness_current = "too-large";
                test_input_too_large(ex);
                harness_current = "tree-bound";
                test_tree_bound();
            } else if (!in) {
                fprintf(stderr, "test_hostile: no input named %s\n", argv[i]);
                harness_failures++;
            } else {
                run_input(in, ex, whole);
            }
        }
    } else {
        for (size_t i = 0; i < hostile_input_count; i++)
            run_input(&hostile_inputs[i], ex, whole);
        harness_current = "too-large";
        test_input_too_large(ex);
        harness_current = "tree-bound";
        test_tree_bound();
    }
    harness_current = "extractor-recovers";
    test_extractor_recovers(ex, &opts);
    harness_current = "min-length";
    test_min_length();
    harness_current = "unknown-label";
    test_unknown_label();
    mt_extractor_free(ex);
    mt_extractor_free(whole);
    return harness_finish();
}
