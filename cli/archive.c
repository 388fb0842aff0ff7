/* archive.c -- a web archive's pages as jobs (see archive.h).
 *
 * Which records are pages, and their bytes, come from warc/pages.c (shared
 * with the Python binding). What is the command's is here: the record's
 * strings are copied into the job, since the reader reuses its own for the
 * next record while the page waits for a thread, and a bad record becomes
 * a job that tells it, or one that counts a run of them once they are no
 * longer told. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "archive.h"
#include "unzstd.h"
#include "warc.h"

struct cli_archive {
    FILE *f;
    int is_stdin;
    warc_pages *pages;
    /* the record read past the end of a run of bad records (a page, or
     * the archive's end), handed out by the next call */
    int holding;
    warc_pages_result held_res;
    warc_page held;
};

int cli_is_archive(const cli_head *head)
{
    return warc_looks_like_archive(head->bytes, head->len);
}

/* The most a zstd frame's header and first block take (RFC 8878: a
 * header of 18 bytes at most, a block's header of 3, its content of
 * 128 KiB at most), and some. */
#define ZSTD_FIRST_BLOCK_MAX (128u * 1024u + 64u)

int cli_is_archive_at(const char *path, const cli_head *head)
{
    /* a pipe's head is all that may be read before it is handed over */
    if (head->fd >= 0 || head->len < CLI_HEAD_LEN || !unzstd_frame_at(head->bytes))
        return cli_is_archive(head);
    FILE *f = fopen(path, "rb");
    unsigned char *buf = f ? malloc(ZSTD_FIRST_BLOCK_MAX) : NULL;
    int is = buf ? warc_looks_like_archive(buf, fread(buf, 1, ZSTD_FIRST_BLOCK_MAX, f))
                 : cli_is_archive(head);
    free(buf);
    if (f)
        fclose(f);
    return is;
}

/* The archive's stream: standard input, the input held open when its head
 * was read (taken over: closed with the stream), or the file opened. */
static FILE *open_stream(const char *path, cli_head *kept, int *is_stdin)
{
    *is_stdin = strcmp(path, "-") == 0;
    if (*is_stdin)
        return stdin;
    if (!kept)
        return fopen(path, "rb");
    if (kept->err) {
        errno = kept->err;
        return NULL;
    }
    FILE *f = fdopen(kept->fd, "rb");
    if (f)
        kept->fd = -1;
    return f;
}

cli_archive *cli_archive_open(const char *path, cli_head *kept, size_t max_page, char *why,
                              size_t why_size)
{
    cli_archive *a = calloc(1, sizeof *a);
    if (!a) {
        snprintf(why, why_size, "%s", strerror(ENOMEM));
        return NULL;
    }
    a->f = open_stream(path, kept, &a->is_stdin);
    if (!a->f) {
        snprintf(why, why_size, "%s", strerror(errno));
        free(a);
        return NULL;
    }
    a->pages = warc_pages_new(a->f, max_page);
    if (!a->pages || (kept && warc_pages_unread(a->pages, kept->bytes, kept->len) != 0)) {
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
    if (a->holding)         /* a page not handed out (the run stopped) */
        free(a->held.body);
    warc_pages_free(a->pages);
    if (a->f && !a->is_stdin)
        fclose(a->f);
    free(a);
}

const cli_archive_counts *cli_archive_counts_of(const cli_archive *a)
{
    return warc_pages_counts(a->pages);
}

/* Copies `n` strings one after another into `block`, pointing to[i] at
 * each copy; returns the end of the last. */
static char *copy_strings(char *block, const char *const *from, const char **to, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(from[i]) + 1;
        memcpy(block, from[i], len);
        to[i] = block;
        block += len;
    }
    return block;
}

/* Copies the page's place, and what its record says of it as served, into
 * the job (its strings in one block: the reader reuses its own). */
static int take_place(cli_job *job, const warc_page *page)
{
    const char *from[] = { page->uri, page->id, page->date, page->content_type,
                           page->payload_digest };
    const size_t n = sizeof from / sizeof *from;
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += strlen(from[i]) + 1;
    job->strings = malloc(total);
    if (!job->strings)
        return -1;
    const char *to[sizeof from / sizeof *from];
    copy_strings(job->strings, from, to, n);
    job->place = (cli_record){ page->offset, to[0], to[1], to[2], page->status, to[3], to[4] };
    job->record = &job->place;
    return 0;
}

/* A place known only by its offset (a record that could not be read, or
 * whose strings could not be copied). */
static void bare_place(cli_job *job, uint64_t offset)
{
    job->place = (cli_record){ offset, "", "", "", 0, "", "" };
    job->record = &job->place;
}

/* Makes the job tell a bad record. */
static int told(cli_job *job, const char *why)
{
    job->kind = CLI_JOB_TOLD;
    job->outcome = CLI_FAILED;
    free(job->page);
    job->page = NULL;
    warc_page_tell(job->message, sizeof job->message, job->place.offset, job->place.uri, why);
    return 1;
}

/* The archive's next record: the one held, or the next one read. A held
 * record's strings are still valid: nothing was read after it. */
static warc_pages_result next_record(cli_archive *a, warc_page *page)
{
    if (!a->holding)
        return warc_pages_next(a->pages, page);
    a->holding = 0;
    *page = a->held;
    return a->held_res;
}

/* Whether the bad record just read comes after the archive's first
 * CLI_ARCHIVE_MESSAGES_MAX bad ones: the command has told or counted a
 * message for each of those, so it tells none for this one. */
static int past_told(const cli_archive *a)
{
    return warc_pages_counts(a->pages)->bad > CLI_ARCHIVE_MESSAGES_MAX;
}

/* Makes the job a run of bad records that are counted, not told: the one
 * read at `offset` and those right after it, up to CLI_ARCHIVE_RUN_MAX.
 * The record that ends the run is held for the next call. */
static int count_run(cli_archive *a, cli_job *job, uint64_t offset)
{
    job->kind = CLI_JOB_COUNTED;
    job->outcome = CLI_FAILED;
    job->counted = 1;
    bare_place(job, offset);
    while (job->counted < CLI_ARCHIVE_RUN_MAX) {
        a->held_res = warc_pages_next(a->pages, &a->held);
        if (a->held_res != WARC_PAGES_BAD) {
            a->holding = 1;
            break;
        }
        job->counted++;     /* (a bad record has no body to free) */
    }
    return 1;
}

int cli_archive_next(cli_archive *a, cli_job *job)
{
    warc_page page;
    warc_pages_result res = next_record(a, &page);
    if (res == WARC_PAGES_END)
        return 0;
    if (res == WARC_PAGES_BAD && past_told(a))
        return count_run(a, job, page.offset);
    job->page = page.body;
    job->page_len = page.body_len;
    if (take_place(job, &page) != 0) {
        bare_place(job, page.offset);
        return told(job, strerror(ENOMEM));
    }
    if (res == WARC_PAGES_BAD)
        return told(job, page.why);
    job->kind = CLI_JOB_PAGE;
    memcpy(job->charset, page.charset, sizeof job->charset);
    job->damaged = page.damaged;
    if (page.why)
        warc_page_tell(job->note, sizeof job->note, page.offset, page.uri, page.why);
    return 1;
}
