/* archive.c -- a web archive's records as jobs (see archive.h).
 *
 * A record is a page when it is an HTTP response with a 2xx status and an
 * HTML media type (or none), or an HTML resource; its HTTP charset
 * parameter is the page's transport charset and its target URI its
 * address. The record's strings are copied into the job: the reader reuses
 * its own for the next record while the page waits for a thread. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "archive.h"
#include "warc.h"

/* Room for an HTTP header around a page of the largest size. */
#define HEADER_SLACK (64u * 1024u)
#define DEFAULT_MAX_PAGE ((size_t)64 << 20)

struct cli_archive {
    FILE *f;
    int is_stdin;
    warc_reader *reader;
    size_t max_page;
    cli_archive_counts counts;
};

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

cli_archive *cli_archive_open(const char *path, size_t max_page, char *why, size_t why_size)
{
    cli_archive *a = calloc(1, sizeof *a);
    if (!a) {
        snprintf(why, why_size, "%s", strerror(ENOMEM));
        return NULL;
    }
    a->is_stdin = strcmp(path, "-") == 0;
    a->f = a->is_stdin ? stdin : fopen(path, "rb");
    if (!a->f) {
        snprintf(why, why_size, "%s", strerror(errno));
        free(a);
        return NULL;
    }
    a->max_page = max_page ? max_page : DEFAULT_MAX_PAGE;
    a->reader = warc_reader_new(a->f, a->max_page + HEADER_SLACK);
    if (!a->reader) {
        snprintf(why, why_size, "%s", strerror(ENOMEM));
        cli_archive_close(a);
        return NULL;
    }
    return a;
}

void cli_archive_close(cli_archive *a)
{
    if (!a)
        return;
    warc_reader_free(a->reader);
    if (a->f && !a->is_stdin)
        fclose(a->f);
    free(a);
}

const cli_archive_counts *cli_archive_counts_of(const cli_archive *a)
{
    return &a->counts;
}

static int is_html_type(const char *mime)
{
    return !*mime || strstr(mime, "html") != NULL;
}

/* What a record holds, page-wise; the kinds of no page are counted apart,
 * so that an archive that gives few pages says why. */
typedef enum page_kind { OTHER_TYPE, NOT_HTML, NOT_OK, A_PAGE, UNREADABLE } page_kind;

/* The page a record holds: its bytes (job->page, malloc'd) and the charset
 * its HTTP header declares. */
static page_kind page_of(const warc_record *rec, size_t max, cli_job *job, const char **why)
{
    *why = NULL;
    int response = strcmp(rec->type, "response") == 0;
    if (!response && strcmp(rec->type, "resource") != 0)
        return OTHER_TYPE;
    http_response http;
    if (http_read_response(rec->block, rec->block_len, &http) != 0) {
        /* no HTTP header: a resource, or a response stored bare */
        if (!strstr(rec->content_type, "html"))
            return NOT_HTML;
    } else {
        if (http.status < 200 || http.status > 299)
            return NOT_OK;
        if (!is_html_type(http.mime))
            return NOT_HTML;
        snprintf(job->charset, sizeof job->charset, "%s", http.charset);
    }
    int rc = http_decoded_body(&http, max, &job->page, &job->page_len, why);
    if (rc == -2)
        *why = strerror(ENOMEM);
    return rc == 0 ? A_PAGE : UNREADABLE;
}

/* Copies the record's place into the job (its strings in one block). */
static int take_place(cli_job *job, const warc_record *rec, uint64_t offset)
{
    size_t nu = strlen(rec->target_uri), ni = strlen(rec->record_id), nd = strlen(rec->date);
    job->strings = malloc(nu + ni + nd + 3);
    if (!job->strings)
        return -1;
    char *s = job->strings;
    memcpy(s, rec->target_uri, nu + 1);
    memcpy(s + nu + 1, rec->record_id, ni + 1);
    memcpy(s + nu + ni + 2, rec->date, nd + 1);
    job->place = (cli_record){ offset, s, s + nu + 1, s + nu + ni + 2 };
    job->record = &job->place;
    return 0;
}

/* A place known only by its offset (a record that could not be read). */
static void bare_place(cli_job *job, uint64_t offset)
{
    job->place = (cli_record){ offset, "", "", "" };
    job->record = &job->place;
}

/* Writes `why` into `dst` with the record's place. */
static void tell(char *dst, size_t cap, const cli_record *place, const char *why)
{
    snprintf(dst, cap, "record at byte %llu%s%.120s: %.160s", place->offset,
             *place->uri ? " " : "", place->uri, why);
}

static int told(cli_job *job, const char *why)
{
    job->kind = CLI_JOB_TOLD;
    job->outcome = CLI_FAILED;
    free(job->page);
    job->page = NULL;
    tell(job->message, sizeof job->message, &job->place, why);
    return 1;
}

int cli_archive_next(cli_archive *a, cli_job *job)
{
    warc_record rec;
    for (;;) {
        warc_result res = warc_next(a->reader, &rec);
        if (res == WARC_END)
            return 0;
        a->counts.records++;
        if (res == WARC_BAD) {
            a->counts.bad++;
            uint64_t at;
            const char *why = warc_reader_error(a->reader, &at);
            bare_place(job, at);
            return told(job, why);
        }
        const char *why;
        page_kind kind = page_of(&rec, a->max_page, job, &why);
        if (kind == OTHER_TYPE || kind == NOT_HTML || kind == NOT_OK) {
            a->counts.not_pages++;
            a->counts.other_types += kind == OTHER_TYPE;
            a->counts.not_html += kind == NOT_HTML;
            a->counts.not_ok += kind == NOT_OK;
            job->charset[0] = '\0';
            continue;
        }
        if (take_place(job, &rec, rec.offset) != 0) {
            a->counts.bad++;
            bare_place(job, rec.offset);
            return told(job, strerror(ENOMEM));
        }
        if (kind == UNREADABLE) {
            a->counts.bad++;
            return told(job, why ? why : "the page could not be decoded");
        }
        a->counts.pages++;
        job->kind = CLI_JOB_PAGE;
        if (rec.cut_short) {
            a->counts.cut_short++;
            tell(job->note, sizeof job->note, &job->place, warc_reader_error(a->reader, NULL));
        }
        return 1;
    }
}
