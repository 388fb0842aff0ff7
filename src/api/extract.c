/* extract.c -- the public extraction API: one extractor, page after page.
 *
 * The extractor keeps one document whose arena is reset (not freed) for
 * each page, so a batch run allocates almost nothing after its first pages.
 * Everything a result points to lives in that arena. */
#include <string.h>
#include <time.h>
#include "api/document.h"
#include "api/normalize.h"
#include "api/reread.h"
#include "charset/charset.h"
#include "extract/extract.h"
#include "metadata/metadata.h"
#include "text/language.h"
#include "text/signature.h"
#include "text/simhash.h"
#include "util/alloc.h"
#include "util/url.h"

struct mt_extractor {
    /* the caller's options, copied: opts.languages points to `languages`
     * or is NULL, opts.parse.allocator to `allocator` or is NULL, and
     * opts.parse.transport_charset to a copy made with that allocator */
    mt_options opts;
    char languages[LANGUAGE_LIST_MAX + 1];
    mt_allocator allocator;
    mt_document *doc;
    mt_document *spare;     /* for a second reading of a page (mt_extract) */
    mt_result result;
    /* what class names said on the pages before (extract/extract.h): made
     * for the second page, so that a lone page -- its second reading
     * included -- clears no 257 KB for nothing; NULL before, or when memory
     * ran out (then never asked again) */
    vocab_memo *memo;
    unsigned pages;         /* pages begun (extract_page), counted up to 2 */
    bool memo_failed;
};

MT_API void mt_options_default(mt_options *opts)
{
    if (!opts)
        return;
    memset(opts, 0, sizeof *opts);
    mt_parse_options_default(&opts->parse);
    opts->focus = MT_FOCUS_BALANCED;
    opts->include = MT_INCLUDE_TABLES;
}

MT_API int mt_languages_include(const char *list, const char *tag)
{
    return list && mt_language_in_list(list, tag);
}

MT_API int mt_languages_valid(const char *list)
{
    return !list || !list[0] || mt_language_list_valid(list);
}

MT_API mt_extractor *mt_extractor_new(const mt_options *opts, mt_status *status)
{
    mt_status dummy;
    if (!status)
        status = &dummy;
    mt_options o;
    if (opts) {
        o = *opts;
        mt_parse_options_resolve(&opts->parse, &o.parse);
    } else {
        mt_options_default(&o);
    }
    if ((o.focus != MT_FOCUS_BALANCED && o.focus != MT_FOCUS_PRECISION &&
         o.focus != MT_FOCUS_RECALL && o.focus != MT_FOCUS_WHOLE_PAGE) ||
        (o.metadata != MT_METADATA_ALL && o.metadata != MT_METADATA_BASIC) ||
        !mt_languages_valid(o.languages)) {
        *status = MT_ERR_INVALID_ARG;
        return NULL;
    }
    mt_extractor *ex = mt_mem_alloc(o.parse.allocator, sizeof *ex);
    if (!ex) {
        *status = MT_ERR_NOMEM;
        return NULL;
    }
    memset(ex, 0, sizeof *ex);
    ex->opts = o;
    if (o.languages && o.languages[0]) {
        memcpy(ex->languages, o.languages, strlen(o.languages) + 1);
        ex->opts.languages = ex->languages;
    } else {
        ex->opts.languages = NULL;
    }
    if (o.parse.allocator) {
        ex->allocator = *o.parse.allocator;
        ex->opts.parse.allocator = &ex->allocator;
    }
    if (o.parse.transport_charset) {
        size_t n = strlen(o.parse.transport_charset);
        char *label = mt_mem_alloc(ex->opts.parse.allocator, n + 1);
        if (!label) {
            mt_mem_free(o.parse.allocator, ex, sizeof *ex);
            *status = MT_ERR_NOMEM;
            return NULL;
        }
        memcpy(label, o.parse.transport_charset, n + 1);
        ex->opts.parse.transport_charset = label;
    }
    *status = MT_OK;
    return ex;
}

MT_API void mt_extractor_free(mt_extractor *ex)
{
    if (!ex)
        return;
    mt_document_free(ex->doc);
    mt_document_free(ex->spare);
    /* (the allocator is the extractor's copy: read before the extractor goes) */
    mt_allocator copy = ex->allocator;
    const mt_allocator *alloc = ex->opts.parse.allocator ? &copy : NULL;
    mt_vocab_memo_free(alloc, ex->memo);
    const char *label = ex->opts.parse.transport_charset;
    if (label)
        mt_mem_free(alloc, (char *)label, strlen(label) + 1);
    mt_mem_free(alloc, ex, sizeof *ex);
}

/* One of the extractor's documents (*slot), emptied for the next page: its
 * arena keeps its largest chunk, so pages of similar size need no new
 * memory. */
static mt_document *reuse_document(const mt_extractor *ex, mt_document **slot, size_t input_len)
{
    mt_document *doc = *slot;
    if (!doc)
        return *slot = mt_document_new(&ex->opts.parse, input_len);
    mt_arena keep = doc->arena;
    mt_arena_reset(&keep);
    memset(doc, 0, sizeof *doc);
    doc->arena = keep;
    mt_document_size_arena(doc, input_len);
    doc->max_nodes = ex->opts.parse.max_nodes;
    doc->encoding = "UTF-8";
    doc->root = mt_dom_new_node(doc, MT_NODE_DOCUMENT, 0);
    return doc->root ? doc : NULL;
}

/* Characters (not bytes) of UTF-8 text. */
static size_t count_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The extractor's memo of class names for a reading of a page: made on
 * the second page (a batch's); none for the first page, its second reading
 * (mt_extract) included, or when memory ran out -- the page is read
 * without it, the same. */
static vocab_memo *batch_memo(mt_extractor *ex)
{
    if (!ex->memo && !ex->memo_failed && ex->pages >= 2) {
        ex->memo = mt_vocab_memo_new(ex->opts.parse.allocator);
        ex->memo_failed = !ex->memo;
    }
    return ex->memo;
}

/* Parses the page into one of the extractor's documents (*slot) and
 * extracts it with `o` into `r`; *again as mt_content_extract says, and
 * *stated (may be NULL) as mt_metadata_extract_noting_body. */
static mt_status extract_once(mt_extractor *ex, mt_document **slot, const mt_options *o,
                              const char *html, size_t len, const char *url, mt_result *r,
                              bool *again, size_t *stated)
{
    mt_document *doc = reuse_document(ex, slot, len);
    if (!doc)
        return MT_ERR_NOMEM;
    mt_status st = mt_document_parse_into(doc, html, len, &o->parse);
    if (st != MT_OK)
        return st;
    mt_dom_flatten_shadow_roots(doc);

    memset(r, 0, sizeof *r);
    r->encoding = mt_document_encoding(doc);
    r->encoding_source = mt_document_encoding_source(doc);
    r->limits = doc->limits;
    int64_t now = o->reference_time ? o->reference_time : (int64_t)time(NULL);
    st = mt_metadata_extract_noting_body(doc, url, now, o->metadata, &doc->arena, &r->meta,
                                         stated);
    if (st != MT_OK)
        return st;
    /* links resolve against the page's address, or failing that the
     * canonical URL it states */
    return mt_content_extract(doc, o, url ? url : r->meta.url, &doc->arena, batch_memo(ex), r,
                              again);
}

/* Characters of a result's text. */
static size_t text_chars(const mt_result *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->nblocks; i++)
        n += count_chars(r->blocks[i].text, r->blocks[i].text_len);
    return n;
}

/* Takes a second reading (in the spare document) as the result when it
 * keeps more text than the first: the documents change places, so the
 * result's text lives in the extractor's current document. */
static bool take_if_longer(mt_extractor *ex, const mt_result *alt)
{
    if (text_chars(alt) <= text_chars(&ex->result))
        return false;
    mt_document *first = ex->doc;
    ex->doc = ex->spare;
    ex->spare = first;
    ex->result = *alt;
    return true;
}

/* What a second reading's failure makes of the page: running out of memory
 * is the caller's to know (with memory, the reading might have found more);
 * any other failure leaves the first reading as it is. */
static mt_status second_reading_failed(mt_status st)
{
    return st == MT_ERR_NOMEM ? st : MT_OK;
}

/* A page whose <noscript>s hold markup with more text than it shows, or
 * which gave nothing else (mt_content_extract says which), is read a
 * second time as a browser without scripts shows it, into the spare
 * document. That reading is taken when it keeps more text than the first
 * (the documents change places), so a fallback that does not help
 * changes nothing. */
static mt_status read_without_scripts(mt_extractor *ex, const mt_options *o, const char *html,
                                      size_t len, const char *url)
{
    mt_options plain = *o;
    plain.parse.scripting = 0;
    mt_result alt;
    bool again;
    mt_status st = extract_once(ex, &ex->spare, &plain, html, len, url, &alt, &again, NULL);
    if (st != MT_OK)
        return second_reading_failed(st);
    alt.text_source = "noscript";
    take_if_longer(ex, &alt);
    return MT_OK;
}

/* A second reading, into the spare document, of text the first reading
 * decoded (so UTF-8: `html`), with `o` and metadata `scope`; *alt reports
 * the page's encoding as the first reading found it. */
static mt_status read_decoded(mt_extractor *ex, const mt_options *o, mt_metadata_scope scope,
                              const char *html, size_t len, const char *url, mt_result *alt)
{
    mt_options utf8 = *o;
    utf8.parse.transport_charset = "utf-8";
    utf8.metadata = scope;
    bool again;
    mt_status st = extract_once(ex, &ex->spare, &utf8, html, len, url, alt, &again, NULL);
    if (st != MT_OK)
        return st;
    alt->encoding = ex->result.encoding;
    alt->encoding_source = ex->result.encoding_source;
    return MT_OK;
}

/* A page in which nothing was found and whose markup swallowed text (a
 * <title> that lost its end tag holds the whole page) is read a second time
 * with that element closed, into the spare document; that reading is taken
 * when it finds text. The mended copy of the input lives in the first
 * document's arena, which is kept (as the spare) while the result is. The
 * result reports the page's encoding as the first reading found it. */
static mt_status read_mended(mt_extractor *ex, const char *url, bool *taken)
{
    size_t len;
    const char *mended;
    mt_status st = mt_reread_close_swallowing(ex->doc, &ex->doc->arena, &mended, &len);
    if (st != MT_OK || !mended)
        return st;
    mt_result alt;
    st = read_decoded(ex, &ex->opts, ex->opts.metadata, mended, len, url, &alt);
    if (st != MT_OK)
        return second_reading_failed(st);
    alt.text_source = "mended";
    *taken = take_if_longer(ex, &alt);
    return MT_OK;
}

/* Kept text shorter than this share of the body a page's JSON-LD states
 * (1/4) is not the page's article but what a script that fills the page
 * in left of it: a line, a footer, a teaser. */
#define STATED_BODY_SHARE 4

/* A page whose reading kept no text, or far less than the body its JSON-LD
 * states for it (mt_metadata_stated_body), is read again from that body,
 * into the spare document (which the result must not need: none of a
 * mended reading's); the reading is taken when it keeps more text, with
 * the metadata the page itself gave. The body and the page made of it
 * live in the current document's arena, which is kept (as the spare)
 * while the result is. */
static mt_status read_stated_body(mt_extractor *ex, const mt_options *o, const char *url)
{
    const char *body, *page;
    size_t len, page_len;
    mt_status st = mt_metadata_stated_body(ex->doc, url, &ex->doc->arena, &body, &len);
    if (st != MT_OK || !body || count_chars(body, len) <= STATED_BODY_SHARE * text_chars(&ex->result))
        return st;
    if ((st = mt_reread_body_page(body, len, &ex->doc->arena, &page, &page_len)) != MT_OK)
        return st;
    mt_result alt;
    /* (what metadata the body's page has is not asked: the page's own is
     * kept; its links resolve as the page's own, against its canonical URL
     * when it has no address) */
    st = read_decoded(ex, o, MT_METADATA_BASIC, page, page_len, url ? url : ex->result.meta.url,
                      &alt);
    if (st != MT_OK)
        return second_reading_failed(st);
    alt.meta = ex->result.meta;
    alt.limits |= ex->result.limits;    /* the body's reading's and the page's */
    alt.text_source = "json-ld";
    take_if_longer(ex, &alt);
    return MT_OK;
}

/* The language the main text is written in, when the text tells
 * (text/language.h): read from its first blocks, which are the page's own
 * words, unlike its menus. A page that does not say its language gets it;
 * with a list of languages, every page does (the text over what the page
 * says). */
static void read_language(mt_result *r)
{
    mt_language_guess g;
    mt_language_guess_init(&g);
    for (size_t i = 0; i < r->nblocks && !mt_language_guess_full(&g); i++)
        mt_language_guess_feed(&g, r->blocks[i].text, r->blocks[i].text_len);
    const char *language = mt_language_guess_result(&g);
    if (language) {
        r->meta.language = language;
        r->meta.source[MT_META_LANGUAGE] = "text";
    }
}

/* What MT_ERR_NO_CONTENT leaves of a result: no blocks (maintext.h says
 * so also when there was text, only too little or in another language). */
static mt_status no_content(mt_result *r)
{
    r->blocks = NULL;
    r->nblocks = 0;
    r->text_source = NULL;
    return MT_ERR_NO_CONTENT;
}

/* What bytes that are a file of another format (text/signature.h) give:
 * no content, and a result that says which format, with no metadata but
 * the address the caller gave (a batch's record of the file names it). */
static mt_status not_a_page(mt_extractor *ex, const char *media_type, const char *url,
                            const mt_result **result)
{
    mt_result *r = &ex->result;
    memset(r, 0, sizeof *r);
    r->not_a_page = media_type;
    if (url) {
        /* (the document's arena holds it: there is no page to read into it) */
        mt_document *doc = reuse_document(ex, &ex->doc, 0);
        char *kept = doc ? mt_url_resolve(&doc->arena, NULL, url, strlen(url)) : NULL;
        if (!kept)
            return MT_ERR_NOMEM;
        if (*kept) {
            r->meta.url = kept;
            r->meta.source[MT_META_URL] = "input";
        }
    }
    *result = r;
    return MT_ERR_NO_CONTENT;
}

/* mt_extract with the options `o` (the extractor's, or a copy of them with
 * the page's declared charset). */
static mt_status extract_page(mt_extractor *ex, const mt_options *o, const char *html, size_t len,
                              const char *url, const mt_result **result)
{
    if (result)
        *result = NULL;
    if (!ex || !result || (!html && len))
        return MT_ERR_INVALID_ARG;
    if (!html)
        html = "";
    if (o->parse.max_input_size && len > o->parse.max_input_size)
        return MT_ERR_INPUT_TOO_LARGE;
    const char *other_format = mt_signature_media_type(html, len);
    if (other_format)
        return not_a_page(ex, other_format, url, result);
    ex->pages += ex->pages < 2;     /* batch_memo */

    mt_result *r = &ex->result;
    bool again = false;
    size_t stated = 0;
    mt_status st = extract_once(ex, &ex->doc, o, html, len, url, r, &again, &stated);
    if (st != MT_OK)
        return st;
    r->text_source = "page";
    if (again && o->parse.scripting && (st = read_without_scripts(ex, o, html, len, url)) != MT_OK)
        return st;
    bool mended = false;
    if (r->nblocks == 0 && (st = read_mended(ex, url, &mended)) != MT_OK)
        return st;
    /* (the text is counted only when the page states a body: stated bytes
     * are more than its characters) */
    if (!mended && o->focus != MT_FOCUS_WHOLE_PAGE && stated &&
        stated > STATED_BODY_SHARE * text_chars(r) && (st = read_stated_body(ex, o, url)) != MT_OK)
        return st;
    st = mt_result_normalize(r, &ex->doc->arena);
    if (st != MT_OK)
        return st;
    *result = r;
    if (r->nblocks == 0)
        return no_content(r);
    /* the language of the text is read also for a text that min_length
     * then refuses: its record says it (and a caller can tell that it was
     * not the language) */
    if (!r->meta.language || o->languages)
        read_language(r);
    /* the text is counted only when a least length is asked: a count over
     * every byte of the result was 4% of the work after the parse */
    if (o->min_length && text_chars(r) < o->min_length)
        return no_content(r);
    mt_content_title(r);
    if (o->languages && !mt_language_in_list(o->languages, r->meta.language))
        return no_content(r);
    return MT_OK;
}

MT_API mt_status mt_extract(mt_extractor *ex, const char *html, size_t len, const char *url,
                            const mt_result **result)
{
    return extract_page(ex, ex ? &ex->opts : NULL, html, len, url, result);
}

MT_API mt_status mt_extract_declared(mt_extractor *ex, const char *html, size_t len,
                                     const char *url, const char *charset,
                                     const mt_result **result)
{
    if (!ex || !charset)
        return extract_page(ex, ex ? &ex->opts : NULL, html, len, url, result);
    mt_options o = ex->opts;
    /* a label no browser knows is passed over, as browsers pass over an
     * unknown charset parameter: the page is sniffed as if none was given */
    if (mt_encoding_from_label(charset, strlen(charset)) != MT_ENC_NONE)
        o.parse.transport_charset = charset;
    return extract_page(ex, &o, html, len, url, result);
}

MT_API uint64_t mt_result_fingerprint(const mt_result *result)
{
    if (!result)
        return 0;
    mt_simhash h;
    mt_simhash_init(&h);
    for (size_t i = 0; i < result->nblocks; i++)
        mt_simhash_add(&h, result->blocks[i].text, result->blocks[i].text_len);
    return mt_simhash_end(&h);
}
