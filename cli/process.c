/* process.c -- one input: read it, extract, render, dress for a batch.
 *
 * Batch dress (several inputs):
 *   json      one compact object per line, "source" (the path) first;
 *   xml       each <doc> gets a source="path" attribute and loses its XML
 *             declaration (the writer wraps them in one <collection>);
 *   tei       each <TEI> gets n="path" (n="path@offset" for an archive's
 *             page) and loses its declaration (the writer wraps them in one
 *             <teiCorpus>);
 *   csv       each row, without the header (the writer gives one), gets a
 *             first field "source": path, or path@offset as in TEI;
 *   others    a line "==> path <==" before the document, as head(1) does. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "input.h"
#include "pages.h"
#include "process.h"
#include "warc.h"

const char *cli_input_name(const char *path)
{
    return strcmp(path, "-") == 0 ? "standard input" : path;
}

/* ======================================================================
 * Escaping the source name (file names can hold anything)
 * ====================================================================== */

/* Appends to a malloc'd buffer; on failure frees it and returns NULL. */
typedef struct strbuf {
    char *data;
    size_t len, cap;
    int failed;
} strbuf;

/* Makes room for n more bytes and the NUL; returns 0 (and marks b failed)
 * when there is none. */
static int sb_room(strbuf *b, size_t n, size_t cap)
{
    if (b->cap - b->len > n)
        return 1;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return 0;
    }
    b->data = p;
    b->cap = cap;
    return 1;
}

static void sb_put(strbuf *b, const char *s, size_t n)
{
    if (b->failed || !sb_room(b, n, (b->cap + n + 1) * 2))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void sb_puts(strbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

/* Bytes of a well-formed UTF-8 sequence at s, or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t avail)
{
    unsigned c = s[0];
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
             : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!n || n > avail)
        return 0;
    for (size_t k = 1; k < n; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) ||
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
        return 0;
    return n;
}

/* How put_name escapes (put_record's JSON or XML too); NAME_LINE: in the
 * "==> FILE <==" line, where a control character (a line break in the
 * name) and a character that may read as one (ends_a_line) is U+FFFD;
 * NAME_HTML_LINE: that line before HTML, where '&' and '<' are references
 * too (a name holding "<script>" is text). */
enum { NAME_JSON = 0, NAME_XML = 1, NAME_CSV = 2, NAME_LINE = 3, NAME_HTML_LINE = 4 };

/* Whether the character s[0..n) is a C1 control (NEL, U+0085, among them)
 * or U+2028 or U+2029, which some readers take for a line's end. */
static int ends_a_line(const unsigned char *s, size_t n)
{
    return (n == 2 && s[0] == 0xC2 && s[1] <= 0x9F) ||
           (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9));
}

/* The bytes at the start of s[0..len) that every `how` writes as they
 * are: printable ASCII other than the four some escape. A name is mostly
 * such bytes, and going byte by byte through put_name's tests, each with
 * its own sb_put, took some hundred instructions a byte. */
static size_t plain_name_run(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] >= 0x20 && s[i] < 0x7F && s[i] != '"' && s[i] != '\\' &&
           s[i] != '&' && s[i] != '<')
        i++;
    return i;
}

/* A file name as JSON string content, XML attribute text or the inside of
 * a quoted CSV field: escaped, and bytes that are not UTF-8 replaced by
 * U+FFFD, so the output stays valid. In XML so are U+FFFE and U+FFFF
 * (EF BF BE, EF BF BF): UTF-8, but no XML character, as a control byte
 * is; a tab, LF or CR is a character reference, which an XML reader
 * gives back as it was (written as it is, it would read as a space). */
static void put_name(strbuf *b, const char *name, int how)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t len = strlen(name);
    for (size_t i = 0; i < len;) {
        size_t plain = plain_name_run(s + i, len - i);
        if (plain) {
            sb_put(b, name + i, plain);
            i += plain;
            continue;
        }
        size_t n = utf8_sequence(s + i, len - i);
        unsigned char c = s[i];
        char esc[8];
        if (!n) {
            sb_puts(b, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        int line = how == NAME_LINE || how == NAME_HTML_LINE;
        if (line && (c < 0x20 || c == 0x7F || ends_a_line(s + i, n))) {
            sb_puts(b, "\xEF\xBF\xBD");
        } else if (how == NAME_HTML_LINE && (c == '&' || c == '<')) {
            sb_puts(b, c == '&' ? "&amp;" : "&lt;");
        } else if (how == NAME_CSV) {
            sb_put(b, name + i, n);
            if (c == '"')
                sb_puts(b, "\"");    /* doubled, inside a quoted field */
        } else if (how == NAME_XML && n == 3 && c == 0xEF && s[i + 1] == 0xBF &&
                   s[i + 2] >= 0xBE) {
            sb_puts(b, "\xEF\xBF\xBD");
        } else if (how == NAME_XML && (c == '\t' || c == '\n' || c == '\r')) {
            snprintf(esc, sizeof esc, "&#%d;", c);
            sb_puts(b, esc);
        } else if (how == NAME_XML && (c == '&' || c == '<' || c == '"' || c < 0x20)) {
            sb_puts(b, c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '"' ? "&quot;" : "\xEF\xBF\xBD");
        } else if (how == NAME_JSON && (c == '"' || c == '\\' || c < 0x20)) {
            snprintf(esc, sizeof esc, c == '"' || c == '\\' ? "\\%c" : "\\u%04x", c);
            sb_puts(b, esc);
        } else {
            sb_put(b, name + i, n);
        }
        i += n;
    }
}

/* ======================================================================
 * Dress
 * ====================================================================== */

/* An archive record's place, and what it says of the page as served: in
 * JSON a member "record":{"offset":N,"uri":...,"status":N,...}, (with its
 * comma), in XML attributes of <doc>; a field the record has not is left
 * out. */
/* The record's strings names[from..to) with their values, those it has
 * (not ""): JSON members after a comma, or XML attributes. */
static void put_record_strings(strbuf *b, const char **names, const char *const *values,
                               int from, int to, int how)
{
    const int xml = how == NAME_XML;
    for (int i = from; i < to; i++) {
        if (!*values[i])
            continue;
        sb_puts(b, xml ? " " : ",\"");
        sb_puts(b, names[i]);
        sb_puts(b, xml ? "=\"" : "\":\"");
        put_name(b, values[i], how);
        sb_puts(b, "\"");
    }
}

static void put_record(strbuf *b, const cli_record *rec, int how)
{
    const int xml = how == NAME_XML;
    static const char *json_names[] = { "uri", "id", "date", "content_type", "payload_digest" },
                      *xml_names[] = { "record-uri", "record-id", "record-date",
                                       "record-content-type", "record-payload-digest" };
    const char **names = xml ? xml_names : json_names;
    const char *values[] = { rec->uri, rec->id, rec->date, rec->content_type,
                             rec->payload_digest };
    char at[64];
    snprintf(at, sizeof at, xml ? " record-offset=\"%llu\"" : "\"record\":{\"offset\":%llu",
             rec->offset);
    sb_puts(b, at);
    put_record_strings(b, names, values, 0, 3, how);    /* the place */
    if (rec->status) {
        snprintf(at, sizeof at, xml ? " record-status=\"%d\"" : ",\"status\":%d", rec->status);
        sb_puts(b, at);
    }
    put_record_strings(b, names, values, 3, 5, how);    /* what was served */
    if (!xml)
        sb_puts(b, "},");
}

/* The file's name escaped `how`, and @OFFSET after it for an archive's
 * page: TEI's n and CSV's source. */
static void put_name_at(strbuf *b, const char *path, const cli_record *rec, int how)
{
    put_name(b, path, how);
    if (rec) {
        char at[32];
        snprintf(at, sizeof at, "@%llu", rec->offset);
        sb_puts(b, at);
    }
}

/* A CSV field and the comma after it, quoted when it holds what must be
 * (RFC 4180), with @OFFSET after the name for an archive's page. */
static void put_csv_field(strbuf *b, const char *s, const cli_record *rec)
{
    int quoted = strpbrk(s, ",\"\r\n") != NULL;
    if (quoted)
        sb_puts(b, "\"");
    put_name_at(b, s, rec, NAME_CSV);
    if (quoted)
        sb_puts(b, "\"");
    sb_puts(b, ",");
}

/* A row's fields before the document's: the input (CLI_CSV_SOURCE_COLUMNS),
 * and in a batch with archives the record's (CLI_CSV_RECORD_COLUMNS). */
static void put_csv_source(const cli_context *ctx, strbuf *b, const char *path,
                           const cli_record *rec)
{
    put_csv_field(b, path, rec);
    if (!ctx->archives)
        return;
    const char *values[] = { rec ? rec->uri : "", rec ? rec->id : "", rec ? rec->date : "" };
    for (int i = 0; i < 3; i++)
        put_csv_field(b, values[i], NULL);
}

/* Builds the batch form of one rendering into `b`; returns 0 when the
 * rendering did not start as expected (then it is used as it is). */
static int dress(const cli_context *ctx, const char *path, const cli_record *rec, const char *r,
                 size_t len, strbuf *b)
{
    static const char xml_decl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc";
    static const char tei_decl[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"";
    switch (ctx->cfg->format) {
    case MT_FORMAT_JSON:
        if (len < 2 || r[0] != '{' || r[1] != '"')
            return 0;
        sb_puts(b, "{\"source\":\"");
        put_name(b, path, NAME_JSON);
        sb_puts(b, "\",");
        if (rec)
            put_record(b, rec, NAME_JSON);
        sb_put(b, r + 1, len - 1);
        sb_puts(b, "\n");
        return 1;
    case MT_FORMAT_XML:
        if (len < sizeof xml_decl - 1 || memcmp(r, xml_decl, sizeof xml_decl - 1) != 0)
            return 0;
        sb_puts(b, "<doc source=\"");
        put_name(b, path, NAME_XML);
        sb_puts(b, "\"");
        if (rec)
            put_record(b, rec, NAME_XML);
        sb_put(b, r + sizeof xml_decl - 1, len - (sizeof xml_decl - 1));
        return 1;
    case MT_FORMAT_TEI:
        if (len < sizeof tei_decl - 1 || memcmp(r, tei_decl, sizeof tei_decl - 1) != 0)
            return 0;
        sb_puts(b, tei_decl + sizeof "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" - 1);
        sb_puts(b, " n=\"");
        put_name_at(b, path, rec, NAME_XML);
        sb_puts(b, "\"");
        sb_put(b, r + sizeof tei_decl - 1, len - (sizeof tei_decl - 1));
        return 1;
    case MT_FORMAT_CSV:
        put_csv_source(ctx, b, path, rec);
        sb_put(b, r, len);
        return 1;
    default: {
        int how = ctx->cfg->format == MT_FORMAT_HTML ? NAME_HTML_LINE : NAME_LINE;
        sb_puts(b, "==> ");
        put_name(b, cli_input_name(path), how);
        if (rec) {
            char at[48];
            snprintf(at, sizeof at, " @%llu", rec->offset);
            sb_puts(b, at);
            if (*rec->uri) {
                sb_puts(b, " ");
                put_name(b, rec->uri, how);
            }
        }
        sb_puts(b, " <==\n");
        sb_put(b, r, len);
        return 1;
    }
    }
}

/* Whether the job's document is one of a batch's. An archive's pages
 * always are, also when the archive has a file of its own (--output-dir). */
static int in_batch(const cli_context *ctx, const cli_job *job)
{
    return ctx->several || job->record;
}

/* What dress commonly puts around a rendering, in bytes. */
#define DRESS_ROOM 512

/* Takes the rendering `r` (freed here) into the job, dressed if needed. */
static void keep_output(const cli_context *ctx, cli_job *job, char *r, size_t len)
{
    strbuf b = { 0 };
    /* the rendering with room for the name and record before it: grown
     * from nothing, the buffer took twice the rendering and a copy */
    if (in_batch(ctx, job))
        sb_room(&b, len + DRESS_ROOM, len + DRESS_ROOM + 1);
    if (in_batch(ctx, job) && dress(ctx, job->path, job->record, r, len, &b) && !b.failed) {
        job->out = b.data;
        job->out_len = b.len;
        mt_free(NULL, r);
        return;
    }
    free(b.data);
    if (b.failed) {
        mt_free(NULL, r);
        job->outcome = CLI_FAILED;
        snprintf(job->message, sizeof job->message, "%s", mt_strerror(MT_ERR_NOMEM));
        return;
    }
    /* Undressed: a copy in our own allocation, so the writer frees one way. */
    job->out = malloc(len + 1);
    if (job->out) {
        memcpy(job->out, r, len + 1);
        job->out_len = len;
    } else {
        job->outcome = CLI_FAILED;
        snprintf(job->message, sizeof job->message, "%s", mt_strerror(MT_ERR_NOMEM));
    }
    mt_free(NULL, r);
}

/* ======================================================================
 * One input
 * ====================================================================== */

static void fail(cli_job *job, const char *why)
{
    job->outcome = CLI_FAILED;
    snprintf(job->message, sizeof job->message, "%s", why);
}

/* Appends `more` (nothing when "") to the job's message, after `sep` when
 * it says something already; cut to fit. */
static void add_to_message(cli_job *job, const char *sep, const char *more)
{
    if (!more[0])
        return;
    size_t n = strlen(job->message);
    snprintf(job->message + n, sizeof job->message - n, "%s%s", n ? sep : "", more);
}

/* A page that hit a limit is told so, with its output: what it gives is
 * not all the page holds. (A page without content says that first.) */
static void tell_limits(cli_job *job, const mt_result *res)
{
    /* room for every limit's words at once (mt_strlimits) */
    char what[600], said[700];
    mt_strlimits(res->limits, what, sizeof what);
    if (!what[0])
        return;
    snprintf(said, sizeof said, job->outcome == CLI_NO_CONTENT
                                    ? "(the page is larger than a limit: %s)"
                                    : "the page is larger than a limit: %s", what);
    add_to_message(job, " ", said);
    job->warned = 1;
}

/* Renders `res` into the job's output; returns MT_OK, or what kept
 * mt_render from it (the job is then as it was). */
static mt_status render_into(const cli_context *ctx, cli_job *job, const mt_result *res)
{
    const cli_config *cfg = ctx->cfg;
    /* a batch's CSV rows stand under the one header the writer gives */
    unsigned flags = cfg->render_flags |
                     (in_batch(ctx, job) ? MT_RENDER_COMPACT | MT_RENDER_NO_HEADER : 0);
    size_t out_len = 0;
    mt_status st = MT_OK;
    char *r = mt_render(res, cfg->format, flags, NULL, &out_len, &st);
    if (!r)
        return st != MT_OK ? st : MT_ERR_NOMEM;
    keep_output(ctx, job, r, out_len);
    return MT_OK;
}

/* Extracts a page in memory into the job (`url` and `charset` may be NULL:
 * the command's --url and --charset then). */
static void process_page(const cli_context *ctx, mt_extractor *ex, cli_job *job, const char *page,
                         size_t len, const char *url, const char *charset)
{
    const cli_config *cfg = ctx->cfg;
    const mt_result *res = NULL;
    job->out = NULL;
    job->out_len = 0;
    job->message[0] = '\0';
    mt_status st = mt_extract_declared(ex, page, len, url ? url : cfg->url, charset, &res);
    if (st == MT_ERR_NO_CONTENT) {
        job->outcome = CLI_NO_CONTENT;
        /* a page in a language asked that has no content (too little
         * text, none at all) is not blamed on its language; under
         * --min-length, none is less than that too */
        if (res && res->not_a_page)
            snprintf(job->message, sizeof job->message, "%s (the file is %s, not a page)",
                     mt_strerror(st), res->not_a_page);
        else if (cfg->languages && res && !mt_languages_include(cfg->languages, res->meta.language))
            snprintf(job->message, sizeof job->message, "%s in %s (the page reads as %s)",
                     mt_strerror(st), cfg->languages,
                     res->meta.language ? res->meta.language : "no language we can tell");
        else if (cfg->min_length)
            snprintf(job->message, sizeof job->message,
                     "%s (less than the --min-length of %zu characters)", mt_strerror(st),
                     cfg->min_length);
        else
            snprintf(job->message, sizeof job->message, "%s", mt_strerror(st));
        /* JSON, XML and TEI still describe the page (its metadata, with
         * empty text), so that a batch has one record per input */
        if (res && cli_one_document_per_input(cfg->format)) {
            mt_result meta_only = *res;
            meta_only.blocks = meta_only.comments = NULL;
            meta_only.nblocks = meta_only.ncomments = 0;
            render_into(ctx, job, &meta_only);
        }
        if (res)
            tell_limits(job, res);
        return;
    }
    if (st != MT_OK || !res) {
        fail(job, mt_strerror(st != MT_OK ? st : MT_ERR_INVALID_ARG));
        return;
    }
    job->outcome = CLI_CONTENT;
    /* (worked out here, on the thread that extracted the page; the writer
     * only looks it up, in the inputs' order) */
    if (cfg->dedup)
        job->fingerprint = cli_text_fingerprint(res);
    if (cfg->dedup_near)
        job->simhash = mt_result_fingerprint(res);
    st = render_into(ctx, job, res);
    if (st != MT_OK)
        fail(job, mt_strerror(st));
    else
        tell_limits(job, res);
}

/* A page that is not whole (job->note: why) is kept, and told, with the
 * limits it hit if it hit any. A page file without content says that
 * first, the note after it, as tell_limits does; an archive's page says
 * only what is not whole (the archive's line counts those without
 * content). */
static void tell_note(cli_job *job)
{
    if (!job->note[0])
        return;
    if (job->kind == CLI_JOB_FILE && job->outcome == CLI_NO_CONTENT) {
        char note[sizeof job->note + 2];
        snprintf(note, sizeof note, "(%s)", job->note);
        add_to_message(job, " ", note);
    } else {
        char limits[sizeof job->message];
        snprintf(limits, sizeof limits, "%s", job->warned ? job->message : "");
        snprintf(job->message, sizeof job->message, "%s", job->note);
        add_to_message(job, "; ", limits);
    }
    job->warned = 1;
}

/* A page file compressed with gzip (a crawl's "page.html.gz"; an archive
 * was told apart before) is read as the page it holds, as a record's body
 * sent with Content-Encoding gzip is: every member, at most max_input
 * bytes, a cut or broken one keeping what came (job->note says so).
 * Returns 0 with `in` the page (or as it was: no gzip), -1 when the job
 * failed (gzip data that gives nothing). */
static int gunzip_page_file(const cli_context *ctx, cli_job *job, cli_input *in)
{
    if (!http_is_gzip(in->data, in->len))
        return 0;
    char *page;
    size_t len;
    const char *why;
    int rc = http_gunzip_page(in->data, in->len, ctx->max_input ? ctx->max_input : SIZE_MAX, &page,
                              &len, &why);
    if (rc < 0) {
        fail(job, rc == -2 ? mt_strerror(MT_ERR_NOMEM) : why);
        free(in->data);
        in->data = NULL;
        return -1;
    }
    if (rc == 1)
        snprintf(job->note, sizeof job->note, "%s", why);
    free(in->data);
    in->data = page;
    in->len = len;
    return 0;
}

int cli_job_needs_work(const cli_job *job)
{
    return job->kind == CLI_JOB_FILE || job->kind == CLI_JOB_PAGE;
}

void cli_process(const cli_context *ctx, mt_extractor *ex, cli_job *job)
{
    job->out = NULL;
    job->out_len = 0;
    job->message[0] = '\0';
    if (job->kind == CLI_JOB_PAGE) {
        process_page(ctx, ex, job, job->page, job->page_len,
                     *job->place.uri ? job->place.uri : NULL, *job->charset ? job->charset : NULL);
        free(job->page);
        job->page = NULL;
        /* a page that failed, or hit a limit, is told with its record's
         * place, as a bad record is: an archive's name alone would not say
         * which (the note of a page cut short, which tell_note puts
         * first, says it already) */
        if (job->outcome == CLI_FAILED || (job->warned && !job->note[0])) {
            char why[sizeof job->message];
            memcpy(why, job->message, sizeof why);
            warc_page_tell(job->message, sizeof job->message, job->place.offset, job->place.uri,
                           why);
        }
        if (job->outcome != CLI_FAILED)
            tell_note(job);
        return;
    }
    char why[256];
    cli_input in;
    int unread = job->kept ? cli_read_kept(job->kept, ctx->max_input, &in, why, sizeof why)
                           : cli_read_input(job->path, ctx->max_input, &in, why, sizeof why);
    free(job->kept);
    job->kept = NULL;
    if (unread != 0) {
        fail(job, why);
        return;
    }
    job->note[0] = '\0';
    if (gunzip_page_file(ctx, job, &in) != 0)
        return;
    /* a named file that is an archive was found so by its first bytes
     * (find_archives) and is not read here; standard input is read as one
     * only with --warc, and its records' headers are no page to extract */
    if (strcmp(job->path, "-") == 0 &&
        warc_looks_like_archive((const unsigned char *)in.data, in.len)) {
        fail(job, "a web archive: --warc reads standard input as one");
        free(in.data);
        return;
    }
    process_page(ctx, ex, job, in.data, in.len, NULL, NULL);
    free(in.data);
    if (job->outcome != CLI_FAILED)
        tell_note(job);
}

void cli_job_release(cli_job *job)
{
    free(job->out);
    free(job->page);
    free(job->strings);
    job->out = job->page = job->strings = NULL;
    if (job->kept)
        cli_head_close(job->kept);
    free(job->kept);
    job->kept = NULL;
}
