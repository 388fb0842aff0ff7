/* options.h -- the maintext command's options: one table, from which the
 * parser and `--help` are both made (and which a test holds against the man
 * page, so the three cannot drift apart). */
#ifndef MT_CLI_OPTIONS_H
#define MT_CLI_OPTIONS_H

#include <stddef.h>
#include <stdio.h>
#include "maintext.h"

typedef enum cli_opt_id {
    OPT_FORMAT, OPT_OUTPUT, OPT_OUTPUT_DIR, OPT_BLOCKS, OPT_EXPLAIN, OPT_WITH_METADATA,
    OPT_URL, OPT_CHARSET, OPT_WARC, OPT_INPUT_FILE, OPT_MAX_PAGE,
    OPT_PRECISION, OPT_RECALL, OPT_WHOLE_PAGE, OPT_TABLES, OPT_NO_TABLES, OPT_LINKS, OPT_IMAGES,
    OPT_FORMATTING, OPT_COMMENTS, OPT_MIN_LENGTH, OPT_LANGUAGE, OPT_BASIC_METADATA,
    OPT_DEDUP, OPT_DEDUP_NEAR, OPT_JOBS, OPT_QUIET, OPT_HELP, OPT_VERSION
} cli_opt_id;

typedef struct cli_option {
    cli_opt_id id;
    char short_name;          /* 0: long form only */
    const char *long_name;    /* without the leading "--" */
    const char *arg;          /* the argument's name in help; NULL for a flag */
    const char *help;         /* one line for --help */
    const char *section;      /* heading it is listed under in --help */
} cli_option;

extern const cli_option cli_options[];
extern const size_t cli_option_count;

/* Most worker threads --jobs accepts. */
#define CLI_MAX_JOBS 256

typedef struct cli_config {
    mt_format format;
    int json_lines;           /* -f jsonl: json, as a batch's JSON Lines even for one input */
    const char *output;       /* NULL: standard output */
    const char *output_dir;   /* --output-dir: a file per input there, else NULL */
    unsigned render_flags;    /* MT_RENDER_BLOCKS, MT_RENDER_EXPLAIN */
    const char *url;
    const char *charset;
    mt_focus focus;
    unsigned include;         /* MT_INCLUDE_* */
    size_t min_length;
    size_t max_page;          /* --max-page: the largest page read; 0: the library's */
    const char *languages;    /* --language: NULL for any */
    int basic_metadata;       /* --basic-metadata (txt and markdown need no more anyway) */
    int dedup;                /* --dedup: a main text written once per run */
    int dedup_near;           /* --dedup-near (with dedup): nor one nearly the same */
    unsigned jobs;            /* 1: no worker threads */
    int quiet;
    int warc;                 /* --warc: every input is an archive */
    int help, version;
    char **inputs;            /* borrowed from argv; "-" is standard input */
    size_t ninputs;
    const char *input_file;   /* --input-file: more inputs' names, one a line */
} cli_config;

/* The option with this long name (without "--", `len` bytes) or short
 * letter; NULL when there is none. */
const cli_option *cli_find_long(const char *name, size_t len);
const cli_option *cli_find_short(char c);

/* Parses the command line into `cfg` (inputs point into argv, which the
 * parser may reorder). Returns 0, or 2 (the usage exit status) after
 * printing what is wrong, and a hint to try --help, to `err`. */
int cli_parse_args(int argc, char **argv, cli_config *cfg, FILE *err);

/* The --help text, generated from the table. */
void cli_print_help(FILE *out);

#endif
