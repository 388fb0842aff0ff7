/* fuzz_warc.c -- libFuzzer target: the web archive reader (warc/) and the
 * HTTP reading of its records, on any bytes (plain, or gzip or zstd that
 * the reader decompresses; seeds of both, one .warc.zst with a dictionary).
 * Checked:
 *  - every record has its strings (never NULL) and a block no longer than
 *    the reader's limit;
 *  - the HTTP body lies within the block, and a decoded page is no longer
 *    than asked;
 *  - the reader ends (the fuzzer's timeout catches a loop);
 *  - read again as pages (warc/pages.h, the command's and the Python
 *    module's): a page has its strings and at most the bytes asked, a bad
 *    record says why, and the counts add up to the records read;
 *  - read as pages once more with its first bytes taken from the file and
 *    given back (warc_pages_unread, as on a pipe): the same counts.
 * A broken promise aborts, which the fuzzer reports. Everything is freed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pages.h"
#include "warc.h"

#define BLOCK_MAX (1u << 16)
#define PAGE_MAX (1u << 18)

static void check_record(const warc_record *rec)
{
    if (!rec->type || !rec->target_uri || !rec->record_id || !rec->date || !rec->content_type)
        abort();
    if (rec->block_len > BLOCK_MAX || (rec->block_len && !rec->block))
        abort();
    http_response h;
    http_read_response(rec->block ? rec->block : "", rec->block_len, &h);
    if (h.body < rec->block || h.body + h.body_len > rec->block + rec->block_len)
        if (rec->block_len)
            abort();
    char *page;
    size_t len;
    const char *why;
    int rc = http_decoded_body(&h, PAGE_MAX, &page, &len, &why);
    if (rc == 0 || rc == 1) {
        if (len > PAGE_MAX || (rc == 1 && !why))
            abort();
        free(page);
    } else if (rc == -1 && !why) {
        abort();
    }
}

/* The same bytes read as pages; the first `taken` bytes read from the
 * file before the reader gets it, and given back (as the command does on a
 * pipe). Returns 0 and the counts in *out, or -1 when out of memory. */
static int check_pages(const uint8_t *data, size_t size, size_t taken, warc_page_counts *out)
{
    FILE *f = fmemopen((void *)data, size, "rb");
    if (!f)
        return -1;
    unsigned char head[512];
    size_t n = taken ? fread(head, 1, taken, f) : 0;
    warc_pages *p = warc_pages_new(f, PAGE_MAX);
    if (p && n && warc_pages_unread(p, head, n) != 0) {
        warc_pages_free(p);
        p = NULL;
    }
    int rc = -1;
    if (p) {
        warc_page page;
        warc_pages_result res;
        size_t told = 0;
        while ((res = warc_pages_next(p, &page)) != WARC_PAGES_END) {
            told++;
            if (!page.uri || !page.id || !page.date)
                abort();
            if (res == WARC_PAGES_BAD && (page.body || !page.why || !*page.why))
                abort();
            if (res == WARC_PAGES_PAGE && (!page.body || page.body_len > PAGE_MAX))
                abort();
            free(page.body);
        }
        const warc_page_counts *c = warc_pages_counts(p);
        if (c->records != c->pages + c->not_pages + c->bad || told != c->pages + c->bad ||
            c->not_pages != c->other_types + c->not_html + c->not_ok || c->cut_short > c->pages ||
            c->revisits > c->other_types)
            abort();
        *out = *c;
        rc = 0;
        warc_pages_free(p);
    }
    fclose(f);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    /* bytes given back read as if never taken: the same records */
    warc_page_counts straight, after;
    size_t taken = size % 513 < size ? size % 513 : size;
    if (check_pages(data, size, 0, &straight) == 0 && check_pages(data, size, taken, &after) == 0 &&
        memcmp(&straight, &after, sizeof straight) != 0)
        abort();
    FILE *f = fmemopen((void *)data, size, "rb");
    if (!f)
        return 0;
    warc_reader *r = warc_reader_new(f, BLOCK_MAX);
    if (r) {
        warc_record rec;
        warc_result res;
        while ((res = warc_next(r, &rec)) != WARC_END) {
            if (res == WARC_RECORD)
                check_record(&rec);
            else if (!*warc_reader_error(r, NULL))
                abort();    /* a bad record always says why */
        }
        warc_reader_free(r);
    }
    fclose(f);
    return 0;
}
