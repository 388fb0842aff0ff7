/* parse.c -- the public parsing entry points: bytes -> document. */
#include <stdio.h>
#include <string.h>
#include "api/document.h"
#include "charset/charset.h"
#include "charset/decode.h"
#include "html/input.h"
#include "html/tokenizer.h"
#include "html/tree_builder.h"
#include "util/alloc.h"
#include "util/utf8.h"

#define DEFAULT_MAX_INPUT (64u * 1024u * 1024u)
#define DEFAULT_MAX_NODES 2000000u
#define DEFAULT_MAX_DEPTH 512u
#define DEFAULT_MAX_ATTRIBUTES 1024u

MT_API const char *mt_version(void)
{
    return MT_VERSION_STRING;
}

MT_API const char *mt_strerror(mt_status status)
{
    switch (status) {
    case MT_OK: return "success";
    case MT_ERR_NOMEM: return "out of memory";
    case MT_ERR_INVALID_ARG: return "invalid argument";
    case MT_ERR_INPUT_TOO_LARGE: return "input larger than the size limit";
    case MT_ERR_UNKNOWN_ENCODING: return "unknown character encoding, or no converter for it";
    case MT_ERR_NO_CONTENT: return "no main content found";
    case MT_ERR_UNKNOWN_FORMAT: return "unknown output format";
    }
    return "unknown status";
}

static const char *limit_words(unsigned bit)
{
    switch (bit) {
    case MT_LIMIT_NODES:
        return "markup past the parser's node limit was read as text, or formatting left "
               "open was not reopened, or an option not copied into its <selectedcontent>, "
               "past the copies the page's size allows";
    case MT_LIMIT_DEPTH: return "elements nested past the depth limit were flattened";
    case MT_LIMIT_ATTRIBUTES:
        return "attributes past the limit of an element, or of the copies made of one, were "
               "dropped";
    case MT_LIMIT_BLOCK_TEXT: return "a block's text was cut at 16 MiB";
    case MT_LIMIT_TABLE_CELLS: return "a table's cells past 1,048,576 were left out";
    case MT_LIMIT_BASE_URL:
        return "links and images kept the URLs the page writes, its address being longer "
               "than 2,048 bytes";
    }
    return NULL;
}

MT_API char *mt_strlimits(unsigned limits, char *buf, size_t cap)
{
    if (!buf || !cap)
        return buf;
    size_t n = 0;
    buf[0] = '\0';
    for (unsigned bit = 1; bit && n < cap; bit <<= 1) {
        const char *words = (limits & bit) ? limit_words(bit) : NULL;
        if (words)
            n += (size_t)snprintf(buf + n, cap - n, "%s%s", n ? "; " : "", words);
    }
    return buf;
}

MT_API void mt_parse_options_default(mt_parse_options *opts)
{
    if (!opts)
        return;
    memset(opts, 0, sizeof *opts);
    opts->max_input_size = DEFAULT_MAX_INPUT;
    opts->max_nodes = DEFAULT_MAX_NODES;
    opts->max_depth = DEFAULT_MAX_DEPTH;
    opts->max_attributes = DEFAULT_MAX_ATTRIBUTES;
    opts->scripting = 1;
}

void mt_parse_options_resolve(const mt_parse_options *in, mt_parse_options *out)
{
    mt_parse_options_default(out);
    if (!in)
        return;
    out->allocator = in->allocator;
    out->max_input_size = in->max_input_size;   /* 0 = no limit, as documented */
    if (in->max_nodes)
        out->max_nodes = in->max_nodes;
    if (in->max_depth)
        out->max_depth = in->max_depth;
    if (in->max_attributes)
        out->max_attributes = in->max_attributes;
    out->scripting = in->scripting;
    out->transport_charset = in->transport_charset;
}

/* The arena's chunks: the first an eighth of the input, the next ones half
 * of it, the steps of mt_arena_set_step. Measured on the dev corpus, per
 * input byte, the memory a page holds at its peak (extraction included):
 *   chunks doubling from an eighth: median page 8.1x, sum over all 5.4x;
 *   then steps of half the input:   median page 5.7x, sum over all 4.2x.
 * The doubling chunks held as much again as a page had used whenever the
 * extraction needed one more; a step wastes at most half the input. Steps
 * of a quarter or of the whole input measured no better; an eighth as the
 * first chunk keeps small pages in one or two chunks. */
static size_t first_chunk(size_t input_len)
{
    size_t first = input_len < 16384 ? 16384 : input_len / 8;
    return first > (8u << 20) ? 8u << 20 : first;
}

static size_t chunk_step(size_t input_len)
{
    size_t step = input_len < 32768 ? 16384 : input_len / 2;
    return step > (8u << 20) ? 8u << 20 : step;
}

void mt_document_size_arena(mt_document *doc, size_t input_len)
{
    mt_arena_set_step(&doc->arena, chunk_step(input_len));
}

mt_document *mt_document_new(const mt_parse_options *opts, size_t input_len)
{
    mt_document *doc = mt_mem_alloc(opts->allocator, sizeof *doc);
    if (!doc)
        return NULL;
    memset(doc, 0, sizeof *doc);
    mt_arena_init(&doc->arena, opts->allocator, first_chunk(input_len), 0);
    mt_document_size_arena(doc, input_len);
    doc->root = mt_dom_new_node(doc, MT_NODE_DOCUMENT, 0);
    if (!doc->root) {
        mt_arena_release(&doc->arena);
        mt_mem_free(opts->allocator, doc, sizeof *doc);
        return NULL;
    }
    doc->max_nodes = opts->max_nodes;
    doc->encoding = "UTF-8";
    doc->encoding_source = MT_ENCSRC_DEFAULT;
    return doc;
}

/* Decodes the page as `choice` says, prepares the text and builds the tree. */
/* The most text a tree is made of, whatever max_input_size says: the
 * tokenizer's (its offsets and lengths are 32-bit, and a string can grow
 * past its input's length: a NUL becomes a 3-byte U+FFFD). A page's input
 * can be twice as long (UTF-16 halves as it is decoded). */
#define TREE_TEXT_MAX MT_TOKENIZER_MAX_INPUT

static mt_status parse_decoded(mt_document *doc, const char *html, size_t len,
                               const mt_parse_options *opts, const mt_charset_choice *choice)
{
    const char *decoded, *text;
    size_t decoded_len, text_len;
    unsigned flags = choice->utf8_fallback ? MT_DECODE_UTF8_FALLBACK : 0;
    mt_status st = mt_decode(&doc->arena, choice->encoding, flags, html + choice->bom_len,
                             len - choice->bom_len, &decoded, &decoded_len);
    if (st != MT_OK)
        return st;
    /* Validate no byte twice: the charset stage scanned the input, and our
     * own decoders write nothing but valid UTF-8. */
    size_t checked = 0;
    if (decoded == html + choice->bom_len)
        checked = choice->utf8_valid_len;
    else if (mt_decode_output_is_valid(choice->encoding, flags))
        checked = decoded_len;
    st = mt_input_prepare_checked(&doc->arena, decoded, decoded_len, checked, &text, &text_len);
    if (st != MT_OK)
        return st;
    if (text_len > TREE_TEXT_MAX)
        return MT_ERR_INPUT_TOO_LARGE;
    doc->input = text;
    doc->input_len = text_len;
    doc->encoding = mt_encoding_name(choice->encoding);
    doc->encoding_source = choice->source;
    return mt_tree_build(doc, opts);
}

/* The encoding the first <meta> of the tree declares (in the order the
 * parser made them), or MT_ENC_NONE: the tree builder's "change the
 * encoding" step for a <meta> the 1024-byte prescan did not reach. */
static int late_meta_encoding(const mt_document *doc)
{
    const mt_node *first = NULL;
    int enc = MT_ENC_NONE;
    for (const mt_node *n = doc->root; n; n = mt_dom_following(n, doc->root)) {
        if (!mt_dom_is_html(n, MT_TAG_META) || (first && n->index > first->index))
            continue;
        const mt_attr *cs = mt_dom_attr_z(n, "charset");
        const mt_attr *he = mt_dom_attr_z(n, "http-equiv");
        const mt_attr *ct = mt_dom_attr_z(n, "content");
        int e = mt_charset_from_meta_attributes(
            cs ? cs->value : NULL, cs ? cs->value_len : 0, he ? he->value : NULL,
            he ? he->value_len : 0, ct ? ct->value : NULL, ct ? ct->value_len : 0);
        if (e != MT_ENC_NONE) {
            first = n;
            enc = e;
        }
    }
    return enc;
}

/* Empties the document for a second parse, keeping its arena's memory. */
static mt_status document_restart(mt_document *doc)
{
    mt_arena_reset(&doc->arena);
    doc->node_count = 0;
    doc->element_count = 0;
    doc->limits = 0;
    doc->base = NULL;
    doc->root = mt_dom_new_node(doc, MT_NODE_DOCUMENT, 0);
    return doc->root ? MT_OK : MT_ERR_NOMEM;
}

mt_status mt_document_parse_into(mt_document *doc, const char *html, size_t len,
                                 const mt_parse_options *opts)
{
    if (len > 2 * TREE_TEXT_MAX)
        return MT_ERR_INPUT_TOO_LARGE;
    mt_charset_choice choice;
    mt_status st = mt_charset_determine(html, len, opts->transport_charset, &choice);
    if (st != MT_OK)
        return st;
    st = parse_decoded(doc, html, len, opts, &choice);
    if (st != MT_OK || !choice.tentative)
        return st;
    /* A guessed encoding gives way to a <meta> found by the tree builder. */
    int late = late_meta_encoding(doc);
    if (late == MT_ENC_NONE)
        return MT_OK;
    mt_charset_choice declared;
    mt_charset_apply_declaration(html, len, late, MT_ENCSRC_META, &declared);
    if (declared.encoding == choice.encoding ||
        (mt_encoding_ascii_compatible(declared.encoding) &&
         mt_utf8_ascii_prefix(html, len) == len)) {
        /* Same text either way: only the label changes. */
        doc->encoding = mt_encoding_name(declared.encoding);
        doc->encoding_source = declared.source;
        return MT_OK;
    }
    st = document_restart(doc);
    return st == MT_OK ? parse_decoded(doc, html, len, opts, &declared) : st;
}

MT_API mt_document *mt_parse(const char *html, size_t len, const mt_parse_options *user_opts,
                             mt_status *status)
{
    mt_status dummy;
    if (!status)
        status = &dummy;
    if (!html && len) {
        *status = MT_ERR_INVALID_ARG;
        return NULL;
    }
    if (!html)
        html = "";
    mt_parse_options opts;
    mt_parse_options_resolve(user_opts, &opts);
    if (opts.max_input_size && len > opts.max_input_size) {
        *status = MT_ERR_INPUT_TOO_LARGE;
        return NULL;
    }
    mt_document *doc = mt_document_new(&opts, len);
    if (!doc) {
        *status = MT_ERR_NOMEM;
        return NULL;
    }
    *status = mt_document_parse_into(doc, html, len, &opts);
    if (*status != MT_OK) {
        mt_document_free(doc);
        return NULL;
    }
    return doc;
}

MT_API void mt_document_free(mt_document *doc)
{
    if (!doc)
        return;
    const mt_allocator *alloc = doc->arena.alloc;
    mt_arena_release(&doc->arena);
    mt_mem_free(alloc, doc, sizeof *doc);
}

MT_API const mt_node *mt_document_root(const mt_document *doc) { return doc ? doc->root : NULL; }
MT_API unsigned mt_document_limits(const mt_document *doc) { return doc ? doc->limits : 0; }
MT_API size_t mt_document_node_count(const mt_document *doc) { return doc ? doc->node_count : 0; }
/* NULL for a NULL document, as maintext.h's NULL rule says of accessors. */
MT_API const char *mt_document_encoding(const mt_document *doc)
{
    if (!doc)
        return NULL;
    return doc->encoding ? doc->encoding : "UTF-8";
}

MT_API const char *mt_document_encoding_source(const mt_document *doc)
{
    return doc ? mt_encoding_source_name(doc->encoding_source) : NULL;
}
