/* archive.h -- the pages of a web archive (WARC or ARC, plain or gzip) as
 * jobs, record by record: every record is accounted for, as a page (a job
 * to extract), as no page (a request, a redirect, an image, the archive's
 * own metadata: counted), or as a bad record (a job that says where and
 * why). Which records are pages, and how their bytes are decoded, is
 * warc/pages.c's; this file makes them the command's jobs. */
#ifndef MT_CLI_ARCHIVE_H
#define MT_CLI_ARCHIVE_H

#include <stddef.h>
#include "input.h"
#include "pages.h"
#include "process.h"

typedef struct cli_archive cli_archive;

/* What the records were, by kind (see pages.h). */
typedef warc_page_counts cli_archive_counts;

/* Whether an input's first bytes are those of a WARC or ARC file, plain
 * or gzip-compressed. */
int cli_is_archive(const cli_head *head);

/* Opens the archive at `path` ("-": standard input). `kept`, when not
 * NULL, is the input held open after its head was read (see input.h):
 * its stream is taken over (closed with the archive) and its head read
 * first. `max_page` bounds a page as warc_pages_new says. NULL with the
 * reason in `why` when it cannot be opened. */
cli_archive *cli_archive_open(const char *path, cli_head *kept, size_t max_page, char *why,
                              size_t why_size);

/* Makes `job` (cleared, its path set) the archive's next page
 * (CLI_JOB_PAGE) or bad record (CLI_JOB_TOLD, failed); returns 0, the
 * job untouched, at the end of the archive. */
int cli_archive_next(cli_archive *a, cli_job *job);

/* What the records read so far were. */
const cli_archive_counts *cli_archive_counts_of(const cli_archive *a);

/* Closes the archive (not standard input). NULL is a no-op. */
void cli_archive_close(cli_archive *a);

#endif
