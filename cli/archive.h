/* archive.h -- the pages of a web archive (WARC or ARC, plain or gzip) as
 * jobs, record by record: every record is accounted for, as a page (a job
 * to extract), as no page (a request, a redirect, an image, the archive's
 * own metadata: counted), or as a bad record (a job that says where and
 * why). */
#ifndef MT_CLI_ARCHIVE_H
#define MT_CLI_ARCHIVE_H

#include <stddef.h>
#include "process.h"

typedef struct cli_archive cli_archive;

typedef struct cli_archive_counts {
    size_t records;           /* all records read, bad ones too */
    size_t pages;             /* HTML responses and resources, to extract */
    size_t cut_short;         /* ... of them cut short by the end of the file */
    size_t not_pages;         /* the other records, passed over: */
    size_t other_types;       /* ... requests, metadata, revisits, warcinfo */
    size_t not_html;          /* ... responses and resources of other media types */
    size_t not_ok;            /* ... responses whose status is not 2xx */
    size_t bad;               /* records that could not be read or decoded */
} cli_archive_counts;

/* Whether the file at `path` (not standard input) begins as a WARC or ARC
 * file does, plain or gzip-compressed. */
int cli_is_archive(const char *path);

/* Opens the archive at `path` ("-": standard input); pages longer than
 * `max_page` bytes (0: 64 MiB) are bad records. NULL with the reason in
 * `why` when it cannot be opened. */
cli_archive *cli_archive_open(const char *path, size_t max_page, char *why, size_t why_size);

/* Makes `job` (cleared, its path set) the archive's next page
 * (CLI_JOB_PAGE) or bad record (CLI_JOB_TOLD, failed); returns 0, the
 * job untouched, at the end of the archive. */
int cli_archive_next(cli_archive *a, cli_job *job);

/* What the records read so far were. */
const cli_archive_counts *cli_archive_counts_of(const cli_archive *a);

/* Closes the archive (not standard input). NULL is a no-op. */
void cli_archive_close(cli_archive *a);

#endif
