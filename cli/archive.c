/* archive.c -- a web archive's records through the extractor (see archive.h).
 *
 * A record is a page when it is an HTTP response with a 2xx status and an
 * HTML media type (or none), or an HTML resource; its HTTP charset
 * parameter is the page's transport charset and its target URI its
 * address. Records are extracted one after another in the archive's
 * order, on the calling thread. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "archive.h"
#include "warc.h"

/* Room for an HTTP header around a page of the largest size. */
#define HEADER_SLACK (64u * 1024u)

int cli_is_archive(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    unsigned char head[512];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return warc_looks_like_archive(head, n);
}

static int is_html_type(const char *mime)
{
    return !*mime || strstr(mime, "html") != NULL;
}

/* What a record holds, page-wise. */
typedef enum page_kind { NOT_A_PAGE, A_PAGE, UNREADABLE } page_kind;

/* The page a record holds: its bytes (*page, malloc'd, in *len) and the
 * charset its HTTP header declares (copied into `charset`). */
static page_kind page_of(const warc_record *rec, size_t max, char **page, size_t *len,
                         char *charset, size_t charset_size, const char **why)
{
    *page = NULL;
    *why = NULL;
    charset[0] = '\0';
    int response = strcmp(rec->type, "response") == 0;
    if (!response && strcmp(rec->type, "resource") != 0)
        return NOT_A_PAGE;
    http_response http;
    if (http_read_response(rec->block, rec->block_len, &http) != 0) {
        /* no HTTP header: a resource, or a response stored bare */
        if (!strstr(rec->content_type, "html"))
            return NOT_A_PAGE;
    } else {
        if (http.status < 200 || http.status > 299 || !is_html_type(http.mime))
            return NOT_A_PAGE;
        snprintf(charset, charset_size, "%s", http.charset);
    }
    int rc = http_decoded_body(&http, max, page, len, why);
    if (rc == -2) {
        *why = strerror(ENOMEM);
        return UNREADABLE;
    }
    return rc == 0 ? A_PAGE : UNREADABLE;
}

/* Puts `why` in the job's message, with the record's place. */
static void tell_record(cli_job *job, const char *why)
{
    snprintf(job->message, sizeof job->message, "record at byte %llu%s%.120s: %.160s",
             job->record->offset, *job->record->uri ? " " : "", job->record->uri, why);
}

static void fail_record(cli_job *job, const char *why)
{
    job->outcome = CLI_FAILED;
    tell_record(job, why);
}

int cli_process_archive(const cli_context *ctx, mt_extractor *ex, const char *path,
                        cli_emit emit, void *arg, cli_archive_counts *counts, char *why,
                        size_t why_size)
{
    memset(counts, 0, sizeof *counts);
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        snprintf(why, why_size, "%s", strerror(errno));
        return -1;
    }
    size_t max = ctx->max_input;
    warc_reader *r = warc_reader_new(f, max ? max + HEADER_SLACK : 0);
    if (!r) {
        snprintf(why, why_size, "%s", strerror(ENOMEM));
        if (!is_stdin)
            fclose(f);
        return -1;
    }
    warc_record rec;
    warc_result res;
    while ((res = warc_next(r, &rec)) != WARC_END) {
        counts->records++;
        cli_record place = { rec.offset, rec.target_uri ? rec.target_uri : "",
                             rec.record_id ? rec.record_id : "", rec.date ? rec.date : "" };
        cli_job job;
        memset(&job, 0, sizeof job);
        job.path = path;
        job.record = &place;
        if (res == WARC_BAD) {
            counts->bad++;
            uint64_t at;
            const char *problem = warc_reader_error(r, &at);
            place.offset = at;
            fail_record(&job, problem);
            emit(arg, &job);
            continue;
        }
        char *page, charset[48];
        size_t len = 0;
        const char *problem;
        page_kind kind = page_of(&rec, max ? max : (size_t)64 << 20, &page, &len, charset,
                                 sizeof charset, &problem);
        if (kind == NOT_A_PAGE) {
            counts->not_pages++;
            continue;
        }
        if (kind == UNREADABLE) {
            counts->bad++;
            fail_record(&job, problem ? problem : "the page could not be decoded");
            emit(arg, &job);
            continue;
        }
        counts->pages++;
        cli_process_page(ctx, ex, &job, page, len, *place.uri ? place.uri : NULL,
                         *charset ? charset : NULL);
        free(page);
        if (job.outcome == CLI_FAILED) {
            char message[sizeof job.message];
            snprintf(message, sizeof message, "%s", job.message);
            fail_record(&job, message);
        } else if (rec.cut_short) {
            counts->cut_short++;
            tell_record(&job, warc_reader_error(r, NULL));
            job.warned = 1;
        }
        emit(arg, &job);
    }
    warc_reader_free(r);
    if (!is_stdin)
        fclose(f);
    return 0;
}
