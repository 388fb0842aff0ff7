/* pages.c -- a web archive's records as pages (see pages.h).
 *
 * A record is a page when it is an HTTP response with a 2xx status and an
 * HTML media type (or none), or an HTML resource; its HTTP charset
 * parameter is the page's transport charset and its target URI its
 * address. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "pages.h"
#include "warc.h"

/* Room for an HTTP header around a page of the largest size. */
#define HEADER_SLACK (64u * 1024u)
#define DEFAULT_MAX_PAGE ((size_t)64 << 20)

struct warc_pages {
    warc_reader *reader;
    size_t max_page;
    warc_page_counts counts;
    char why[480];            /* a reason put together here */
};

warc_pages *warc_pages_new(FILE *f, size_t max_page)
{
    warc_pages *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->max_page = max_page ? max_page : DEFAULT_MAX_PAGE;
    p->reader = warc_reader_new(f, p->max_page + HEADER_SLACK);
    if (!p->reader) {
        free(p);
        return NULL;
    }
    return p;
}

int warc_pages_unread(warc_pages *p, const unsigned char *head, size_t len)
{
    return warc_reader_unread(p->reader, head, len);
}

void warc_pages_free(warc_pages *p)
{
    if (!p)
        return;
    warc_reader_free(p->reader);
    free(p);
}

const warc_page_counts *warc_pages_counts(const warc_pages *p)
{
    return &p->counts;
}

/* The most of a record's URI and reason told, in bytes. */
#define TOLD_URI_MAX 120
#define TOLD_WHY_MAX 350
_Static_assert(sizeof "record at byte 18446744073709551615 : " + TOLD_URI_MAX + TOLD_WHY_MAX <=
                   WARC_PAGE_TELL_MAX,
               "a record's message fits WARC_PAGE_TELL_MAX");

void warc_page_tell(char *dst, size_t cap, uint64_t offset, const char *uri, const char *why)
{
    snprintf(dst, cap, "record at byte %llu%s%.*s: %.*s", (unsigned long long)offset,
             *uri ? " " : "", TOLD_URI_MAX, uri, TOLD_WHY_MAX, why);
}

static int is_html_type(const char *mime)
{
    return !*mime || strstr(mime, "html") != NULL;
}

/* What a record holds, page-wise; the kinds of no page are counted apart,
 * so that an archive that gives few pages says why. */
typedef enum page_kind {
    OTHER_TYPE, REVISIT, NOT_HTML, NOT_OK, A_PAGE, PART_OF_A_PAGE, UNREADABLE
} page_kind;

/* The page a record holds: its bytes (page->body, malloc'd) and the
 * charset its HTTP header declares; only part of it when its compressed
 * body ends early or breaks off (page->why says which). */
static page_kind page_of(const warc_record *rec, size_t max, warc_page *page)
{
    int response = strcmp(rec->type, "response") == 0;
    /* a revisit's page is that of the record it refers to, perhaps in
     * another file: one of the other types, told apart (a crawl's
     * duplicates) */
    if (!response && strcmp(rec->type, "resource") != 0)
        return strcmp(rec->type, "revisit") == 0 ? REVISIT : OTHER_TYPE;
    http_response http;
    _Static_assert(sizeof page->content_type == sizeof http.content_type, "one size");
    if (http_read_response(rec->block, rec->block_len, &http) != 0) {
        /* no HTTP header: a resource, or a response stored bare, whose
         * type is the record's */
        snprintf(page->content_type, sizeof page->content_type, "%s", rec->content_type);
        if (!strstr(rec->content_type, "html"))
            return NOT_HTML;
    } else {
        page->status = http.status;
        memcpy(page->content_type, http.content_type, sizeof page->content_type);
        if (http.status < 200 || http.status > 299)
            return NOT_OK;
        if (!is_html_type(http.mime))
            return NOT_HTML;
        if (http.unended) {
            page->why = "an HTTP header that does not end: no page after it";
            return UNREADABLE;
        }
        snprintf(page->charset, sizeof page->charset, "%s", http.charset);
    }
    int rc = http_decoded_body(&http, max, &page->body, &page->body_len, &page->why);
    if (rc == -2)
        page->why = strerror(ENOMEM);
    else if (rc != 0 && !page->why)
        page->why = "the page could not be decoded";
    return rc == 0 ? A_PAGE : rc == 1 ? PART_OF_A_PAGE : UNREADABLE;
}

/* Counts a record passed over by its kind. */
static void count_passed_over(warc_page_counts *c, page_kind kind)
{
    c->not_pages++;
    c->other_types += kind == OTHER_TYPE || kind == REVISIT;
    c->revisits += kind == REVISIT;
    c->not_html += kind == NOT_HTML;
    c->not_ok += kind == NOT_OK;
}

/* A record the reader could not read: known by its offset, and by what
 * its header said when it had one (a block over the limit, a length
 * missing). */
static warc_pages_result unread(warc_pages *p, const warc_record *rec, warc_page *page)
{
    p->counts.bad++;
    page->why = warc_reader_error(p->reader, &page->offset);
    if (rec->target_uri) {
        page->uri = rec->target_uri;
        page->id = rec->record_id;
        page->date = rec->date;
    }
    return WARC_PAGES_BAD;
}

warc_pages_result warc_pages_next(warc_pages *p, warc_page *page)
{
    warc_record rec;
    for (;;) {
        memset(page, 0, sizeof *page);
        page->uri = page->id = page->date = page->payload_digest = "";
        warc_result res = warc_next(p->reader, &rec);
        if (res == WARC_END)
            return WARC_PAGES_END;
        p->counts.records++;
        if (res == WARC_BAD)
            return unread(p, &rec, page);
        page_kind kind = page_of(&rec, p->max_page, page);
        if (kind != A_PAGE && kind != PART_OF_A_PAGE && kind != UNREADABLE && rec.cut_short) {
            /* no page, but the damage that cut it short (and may have
             * taken records after it) is the archive's, told as any other */
            p->counts.bad++;
            page->offset = rec.offset;
            page->uri = rec.target_uri;
            page->why = warc_reader_error(p->reader, NULL);
            return WARC_PAGES_BAD;
        }
        if (kind != A_PAGE && kind != PART_OF_A_PAGE && kind != UNREADABLE) {
            count_passed_over(&p->counts, kind);
            continue;
        }
        page->offset = rec.offset;
        page->uri = rec.target_uri;
        page->id = rec.record_id;
        page->date = rec.date;
        page->payload_digest = rec.payload_digest;
        if (kind == UNREADABLE) {
            p->counts.bad++;
            /* the file's end cut it, which is why it cannot be decoded */
            if (rec.cut_short) {
                snprintf(p->why, sizeof p->why, "%s; the page in it cannot be decoded (%s)",
                         warc_reader_error(p->reader, NULL), page->why);
                page->why = p->why;
            }
            free(page->body);       /* what a failed decoding may leave */
            page->body = NULL;
            page->body_len = 0;
            page->charset[0] = '\0';
            return WARC_PAGES_BAD;
        }
        p->counts.pages++;
        if (rec.cut_short) {
            p->counts.cut_short++;
            page->why = warc_reader_error(p->reader, NULL);
            page->damaged = 1;
        } else if (kind == PART_OF_A_PAGE) {
            p->counts.cut_short++;      /* page->why says how */
        }
        return WARC_PAGES_PAGE;
    }
}
