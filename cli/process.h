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

typedef struct cli_job {
    const char *path;         /* as given on the command line */
    cli_outcome outcome;
    char *out;                /* malloc'd output for this input, or NULL */
    size_t out_len;
    char message[320];        /* the problem, for stderr */
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

#endif
