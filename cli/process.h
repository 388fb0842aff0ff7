/* process.h -- one input through the library: read, extract, render, and
 * dress the rendering for a batch (JSON Lines, XML collection, headers). */
#ifndef MT_CLI_PROCESS_H
#define MT_CLI_PROCESS_H

#include <stddef.h>
#include "maintext.h"
#include "dedup.h"
#include "input.h"
#include "options.h"
#include "pages.h"

typedef enum cli_outcome {
    CLI_CONTENT = 0,          /* main content found: `out` holds it */
    CLI_NO_CONTENT = 1,       /* read and extracted, but no main content */
    CLI_FAILED = 2            /* could not be read or processed: `message` */
} cli_outcome;

/* The archive record a job's page came from (see archive.h). */
typedef struct cli_record {
    unsigned long long offset;    /* where it begins in the archive */
    const char *uri, *id, *date;  /* "" when the record has none */
    int status;                   /* the HTTP status; 0 when none */
    const char *content_type;     /* as served; "" when none */
    const char *payload_digest;   /* WARC-Payload-Digest; "" when none */
} cli_record;

typedef enum cli_job_kind {
    CLI_JOB_FILE = 0,         /* read `path` and extract it */
    CLI_JOB_PAGE,             /* extract `page`, an archive's */
    CLI_JOB_TOLD,             /* nothing to extract: outcome and message say what
                               * happened (a bad record, an archive not opened) */
    CLI_JOB_SUMMARY,          /* an archive ended: `message` says what its records were */
    CLI_JOB_COUNTED           /* `counted` bad records in a row, failed, past those an
                               * archive tells: counted, never told (see archive.h) */
} cli_job_kind;

typedef struct cli_job {
    cli_job_kind kind;
    const char *path;         /* as given on the command line */
    cli_head *kept;           /* CLI_JOB_FILE: NULL, or the input held open when
                               * its head was read (malloc'd, the job's) */
    size_t input;             /* the input's place in the batch (walk.h's entries) */
    const cli_record *record; /* NULL for a page read from a file, else &place */
    cli_record place;
    char *strings;            /* malloc'd: place's strings */
    char *page;               /* CLI_JOB_PAGE: the page (malloc'd), page_len bytes */
    size_t page_len;
    char charset[48];         /* CLI_JOB_PAGE: the record's HTTP charset, "" for none */
    char note[WARC_PAGE_TELL_MAX];  /* "" or why the page is not whole (a cut gzip file, a record's
                                     * body cut short) */
    int damaged;              /* CLI_JOB_PAGE: its record was cut short (warc_page.damaged) */
    size_t counted;           /* CLI_JOB_COUNTED: how many bad records the job stands for */
    cli_outcome outcome;
    char *out;                /* malloc'd output for this input, or NULL */
    size_t out_len;
    char message[WARC_PAGE_TELL_MAX];   /* the problem, for stderr (a record's is longest) */
    int warned;               /* `message` is a warning told with the output */
    cli_fingerprint fingerprint;  /* --dedup and CLI_CONTENT: the main text's */
    uint64_t simhash;         /* --dedup-near and CLI_CONTENT: mt_result_fingerprint */
    int done;                 /* set when processed (batch runs) */
} cli_job;

/* What every input is processed with: the configuration and, for each
 * thread, its own extractor. */
typedef struct cli_context {
    const cli_config *cfg;
    size_t max_input;         /* the library's max_input_size */
    int several;              /* the inputs are a batch written as one: batch dress */
    int archives;             /* some inputs are web archives: CSV has record columns */
} cli_context;

/* A CSV batch's columns before the documents' own: the input, and when
 * some inputs are web archives, where each page's record was (empty for
 * a page read from a file). Ends with the comma before the next column. */
#define CLI_CSV_SOURCE_COLUMNS "source,"
#define CLI_CSV_RECORD_COLUMNS "record_uri,record_id,record_date,"

/* Whether a format gives every input a document of its own, its metadata
 * even when it has no main text (JSON, XML, TEI, CSV), so that a batch has
 * one per input; the others give pages with text only. */
static inline int cli_one_document_per_input(mt_format f)
{
    return f == MT_FORMAT_JSON || f == MT_FORMAT_XML || f == MT_FORMAT_TEI ||
           f == MT_FORMAT_CSV;
}

/* The name of an input in messages and headers. */
const char *cli_input_name(const char *path);

/* Whether cli_process has work to do for the job (a file or a page). */
int cli_job_needs_work(const cli_job *job);

/* Extracts a CLI_JOB_FILE's file or a CLI_JOB_PAGE's page with `ex`,
 * filling in the job's outcome, output and message; the page is freed. */
void cli_process(const cli_context *ctx, mt_extractor *ex, cli_job *job);

/* Frees what the job holds (output, page, record strings). */
void cli_job_release(cli_job *job);

#endif
