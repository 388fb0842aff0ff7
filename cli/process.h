/* process.h -- one input through the library: read, extract, render, and
 * dress the rendering for a batch (JSON Lines, XML collection, headers). */
#ifndef MT_CLI_PROCESS_H
#define MT_CLI_PROCESS_H

#include <stddef.h>
#include "maintext.h"
#include "options.h"

typedef enum cli_outcome {
    CLI_CONTENT = 0,          /* main content found: `out` holds it */
    CLI_NO_CONTENT = 1,       /* read and extracted, but no main content */
    CLI_FAILED = 2            /* could not be read or processed: `message` */
} cli_outcome;

/* The archive record a job's page came from (see archive.h). */
typedef struct cli_record {
    unsigned long long offset;    /* where it begins in the archive */
    const char *uri, *id, *date;  /* "" when the record has none */
} cli_record;

typedef struct cli_job {
    const char *path;         /* as given on the command line */
    const cli_record *record; /* NULL for a page read from a file */
    cli_outcome outcome;
    char *out;                /* malloc'd output for this input, or NULL */
    size_t out_len;
    char message[320];        /* the problem, for stderr */
    int warned;               /* `message` is a warning told with the output */
    int done;                 /* set when processed (batch runs) */
} cli_job;

/* What every input is processed with: the configuration and, for each
 * thread, its own extractor. */
typedef struct cli_context {
    const cli_config *cfg;
    size_t max_input;         /* the library's max_input_size */
    int several;              /* more than one input: batch dress */
} cli_context;

/* The name of an input in messages and headers. */
const char *cli_input_name(const char *path);

/* Processes job->path with `ex`, filling in the job's outcome, output and
 * message. */
void cli_process(const cli_context *ctx, mt_extractor *ex, cli_job *job);

/* Extracts a page already in memory (`url` and `charset` may be NULL: the
 * command's --url and --charset then) into the job, as cli_process does
 * with a file's. */
void cli_process_page(const cli_context *ctx, mt_extractor *ex, cli_job *job, const char *page,
                      size_t len, const char *url, const char *charset);

#endif
