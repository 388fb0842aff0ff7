/* archive.h -- the pages of a web archive (WARC or ARC, plain or gzip) as
 * jobs, record by record: every record is accounted for, as a page (a job
 * to extract), as no page (a request, a redirect, an image, the archive's
 * own metadata: counted), or as a bad record (a job that says where and
 * why; past the first CLI_ARCHIVE_MESSAGES_MAX, a run of them is one job
 * that counts them). Which records are pages, and how their bytes are
 * decoded, is warc/pages.c's; this file makes them the command's jobs. */
#ifndef MT_CLI_ARCHIVE_H
#define MT_CLI_ARCHIVE_H

#include <stddef.h>
#include "input.h"
#include "pages.h"
#include "process.h"

typedef struct cli_archive cli_archive;

/* The messages on an archive's records (bad records, pages not whole) are
 * told one by one up to this many; past them, one says the rest are not,
 * and the archive's summary counts them all. A damaged archive can hold
 * millions of bad records (a run of broken gzip headers): a message each
 * took half the time of reading it, and buries the rest of the output. */
#define CLI_ARCHIVE_MESSAGES_MAX 1000

/* A bad record after the archive's first CLI_ARCHIVE_MESSAGES_MAX bad ones
 * can never be told: it and the bad records right after it, up to this
 * many, are one job (CLI_JOB_COUNTED). One job each, handed between
 * threads for nothing but a count, made --jobs 2 slower than one job on
 * such an archive; the bound keeps the reader's hold on the batch's lock
 * short (a few milliseconds). */
#define CLI_ARCHIVE_RUN_MAX 1024

/* What the records were, by kind (see pages.h). */
typedef warc_page_counts cli_archive_counts;

/* Whether an input's first bytes are those of a WARC or ARC file, plain
 * or gzip- or zstd-compressed. */
int cli_is_archive(const cli_head *head);

/* cli_is_archive of the input at `path` whose head is `head`: a regular
 * file that begins with a zstd frame is read as far as its first block
 * may go (128 KiB), past the head, so that its first bytes decoded tell a
 * .warc.zst from a compressed page. */
int cli_is_archive_at(const char *path, const cli_head *head);

/* Opens the archive at `path` ("-": standard input). `kept`, when not
 * NULL, is the input held open after its head was read (see input.h):
 * its stream is taken over (closed with the archive) and its head read
 * first. `max_page` bounds a page as warc_pages_new says. NULL with the
 * reason in `why` when it cannot be opened. */
cli_archive *cli_archive_open(const char *path, cli_head *kept, size_t max_page, char *why,
                              size_t why_size);

/* Makes `job` (cleared, its path set) the archive's next page
 * (CLI_JOB_PAGE), bad record (CLI_JOB_TOLD, failed), or run of bad
 * records that are not told (CLI_JOB_COUNTED, failed; the record that
 * ends the run is kept for the next call); returns 0, the job untouched,
 * at the end of the archive. */
int cli_archive_next(cli_archive *a, cli_job *job);

/* What the records read so far were. */
const cli_archive_counts *cli_archive_counts_of(const cli_archive *a);

/* Closes the archive (not standard input). NULL is a no-op. */
void cli_archive_close(cli_archive *a);

#endif
