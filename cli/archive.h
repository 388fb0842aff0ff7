/* archive.h -- the pages of a web archive (WARC or ARC, plain or gzip),
 * record by record, through the extractor: every record is accounted for,
 * as a page (with or without main content), as no page (a request, a
 * redirect, an image, the archive's own metadata), or as a bad record with
 * a message saying where and why. */
#ifndef MT_CLI_ARCHIVE_H
#define MT_CLI_ARCHIVE_H

#include <stddef.h>
#include "process.h"

typedef struct cli_archive_counts {
    size_t records;           /* all records read, bad ones too */
    size_t pages;             /* HTML responses and resources, extracted */
    size_t not_pages;         /* the other records, passed over */
    size_t bad;               /* records that could not be read or decoded */
    size_t cut_short;         /* pages whose record the file cut short (extracted
                               * as far as they go, and told) */
} cli_archive_counts;

/* Takes each page's job and each bad record's (outcome CLI_FAILED) in the
 * archive's order; it writes the job's output and frees it. */
typedef void (*cli_emit)(void *arg, cli_job *job);

/* Whether the file at `path` (not standard input) begins as a WARC or ARC
 * file does, plain or gzip-compressed. */
int cli_is_archive(const char *path);

/* Reads the archive at `path` ("-": standard input) and passes its pages
 * through `ex`. Returns 0, or -1 when it could not be opened at all (the
 * reason in `why`); `counts` says what the records were. */
int cli_process_archive(const cli_context *ctx, mt_extractor *ex, const char *path,
                        cli_emit emit, void *arg, cli_archive_counts *counts, char *why,
                        size_t why_size);

#endif
