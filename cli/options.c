/* options.c -- the option table, the command-line parser and --help. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "options.h"

/* ======================================================================
 * The table: the one place an option is defined
 * ====================================================================== */

const cli_option cli_options[] = {
    { OPT_FORMAT, 'f', "format", "FORMAT",
      "txt (default) markdown html json jsonl xml tei csv", "Output" },
    { OPT_OUTPUT, 'o', "output", "FILE", "write to FILE instead of standard output", "Output" },
    { OPT_OUTPUT_DIR, 0, "output-dir", "DIR", "each input's output to its own file in DIR",
      "Output" },
    { OPT_BLOCKS, 0, "blocks", NULL, "json: add the typed blocks (headings, lists, ...)",
      "Output" },
    { OPT_EXPLAIN, 0, "explain", NULL, "json, xml: where each metadata field came from",
      "Output" },
    { OPT_WITH_METADATA, 0, "with-metadata", NULL,
      "txt, markdown: the metadata first (YAML front matter)", "Output" },
    { OPT_URL, 'u', "url", "URL",
      "the page's address (for links and metadata)", "Input" },
    { OPT_CHARSET, 0, "charset", "LABEL",
      "the charset the server declared, e.g. shift_jis", "Input" },
    { OPT_WARC, 0, "warc", NULL,
      "the inputs are web archives (WARC, ARC; .gz, .zst too)", "Input" },
    { OPT_INPUT_FILE, 'i', "input-file", "LIST",
      "read more inputs' names from LIST, one a line", "Input" },
    { OPT_MAX_PAGE, 0, "max-page", "N",
      "the largest page read, in bytes (default 64 MiB)", "Input" },
    { OPT_PRECISION, 0, "precision", NULL, "leave out what is doubtful", "Extraction" },
    { OPT_RECALL, 0, "recall", NULL, "keep what is doubtful", "Extraction" },
    { OPT_WHOLE_PAGE, 0, "whole-page", NULL, "no selection: all the text the page shows",
      "Extraction" },
    { OPT_TABLES, 0, "tables", NULL, "keep tables (the default)", "Extraction" },
    { OPT_NO_TABLES, 0, "no-tables", NULL, "leave tables out", "Extraction" },
    { OPT_LINKS, 0, "links", NULL, "keep links (markdown, html, xml, tei, json blocks)", "Extraction" },
    { OPT_IMAGES, 0, "images", NULL, "keep images", "Extraction" },
    { OPT_FORMATTING, 0, "formatting", NULL, "keep emphasis, bold, code, sub- and superscripts",
      "Extraction" },
    { OPT_COMMENTS, 0, "comments", NULL, "also extract user comments, apart from the text",
      "Extraction" },
    { OPT_MIN_LENGTH, 0, "min-length", "N",
      "less main text than N characters counts as none", "Extraction" },
    { OPT_LANGUAGE, 0, "language", "LIST",
      "main text in none of LIST (en,de) counts as none", "Extraction" },
    { OPT_BASIC_METADATA, 0, "basic-metadata", NULL,
      "faster: no search for authors and dates", "Extraction" },
    { OPT_DEDUP, 0, "dedup", NULL,
      "leave out pages whose main text an earlier page had", "Extraction" },
    { OPT_DEDUP_NEAR, 0, "dedup-near", NULL,
      "--dedup, and leave out near duplicates too", "Extraction" },
    { OPT_JOBS, 'j', "jobs", "N", "N inputs or archive pages at once (0: one per CPU)",
      "Other" },
    { OPT_QUIET, 'q', "quiet", NULL, "no progress; only errors and pages cut short are told",
      "Other" },
    { OPT_HELP, 'h', "help", NULL, "show this help and exit", "Other" },
    { OPT_VERSION, 'V', "version", NULL, "show the version and exit", "Other" },
};

const size_t cli_option_count = sizeof cli_options / sizeof cli_options[0];

/* ======================================================================
 * --help
 * ====================================================================== */

void cli_print_help(FILE *out)
{
    fputs("Usage: maintext [OPTIONS] [FILE|DIR|-]...\n"
          "Extract the main text and metadata of web pages: what a reader came for,\n"
          "without menus, share buttons, related links, cookie banners and footers.\n"
          "With no FILE, or when FILE is -, read standard input. A DIR gives every\n"
          "file under it, in byte order of the names, hidden ones (.name) left out.\n", out);
    const char *section = NULL;
    for (size_t i = 0; i < cli_option_count; i++) {
        const cli_option *o = &cli_options[i];
        if (!section || strcmp(section, o->section) != 0) {
            section = o->section;
            fprintf(out, "\n%s:\n", section);
        }
        char left[64];
        int n = snprintf(left, sizeof left, "%c%c%c --%s%s%s", o->short_name ? '-' : ' ',
                         o->short_name ? o->short_name : ' ', o->short_name ? ',' : ' ',
                         o->long_name, o->arg ? " " : "", o->arg ? o->arg : "");
        fprintf(out, "  %s%*s%s\n", left, n < 24 ? 24 - n : 1, "", o->help);
    }
    fputs("\nSeveral inputs: json gives JSON Lines (one object per input, with \"source\"),\n"
          "xml one <collection>, tei one <teiCorpus>, csv one header and a row each\n"
          "(with \"source\"), the other formats a \"==> FILE <==\" line before each.\n"
          "A file that is a web archive (WARC or ARC, plain, .gz or .zst, found by its\n"
          "first bytes) gives one document per HTML page it holds, with the record's\n"
          "place (\"record\"); a page compressed with gzip (page.html.gz) is read as\n"
          "the page it holds.\n"
          "A DIR makes a batch too. --output-dir writes each input's document alone to\n"
          "a file of its own there (none without main content; an archive's batch).\n"
          "\nExit status: 0 main content found; 1 none found (in every input);\n"
          "2 usage error; 3 an input could not be read or processed; 4 output error.\n"
          "4 wins over 3, and 3 over 0 and 1. See maintext(1) for the details.\n", out);
}

/* ======================================================================
 * Parsing
 * ====================================================================== */

/* Whether the `len` bytes of `name` are `full`, all of it. */
static int is_name(const char *full, const char *name, size_t len)
{
    return strlen(full) == len && memcmp(full, name, len) == 0;
}

const cli_option *cli_find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < cli_option_count; i++)
        if (is_name(cli_options[i].long_name, name, len))
            return &cli_options[i];
    return NULL;
}

const cli_option *cli_find_short(char c)
{
    for (size_t i = 0; i < cli_option_count; i++)
        if (cli_options[i].short_name == c)
            return &cli_options[i];
    return NULL;
}

static int usage_error(FILE *err, const char *fmt, const char *a, const char *b)
{
    fputs("maintext: ", err);
    fprintf(err, fmt, a, b);
    fputs("\nTry 'maintext --help' for more information.\n", err);
    return 2;
}

/* A whole decimal number in [min, max]; -1 when the text is not one. */
static long long parse_count(const char *s, long long min, long long max)
{
    if (!*s || *s == '-' || *s == '+' || *s == ' ')
        return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v > (unsigned long long)max || (long long)v < min)
        return -1;
    return (long long)v;
}

/* The processors online, for --jobs 0: at least 1, at most CLI_MAX_JOBS. */
static unsigned processors(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1u : n > CLI_MAX_JOBS ? (unsigned)CLI_MAX_JOBS : (unsigned)n;
}

static int apply(const cli_option *o, const char *arg, cli_config *cfg, FILE *err)
{
    long long n;
    switch (o->id) {
    case OPT_FORMAT:
        /* jsonl: json dressed as a batch's, one line with its source, also
         * for one input (a line a run, appended to a file, makes JSON Lines) */
        cfg->json_lines = strcasecmp(arg, "jsonl") == 0;
        if (cfg->json_lines)
            arg = "json";
        if (mt_format_from_name(arg, &cfg->format) != 0)
            return usage_error(err, "unknown format '%s' (use %s)", arg,
                               "txt, markdown, html, json, jsonl, xml, tei or csv");
        return 0;
    case OPT_OUTPUT:
        if (!arg[0])
            return usage_error(err, "-o/--output wants a file name, not an empty one%s%s", "", "");
        cfg->output = arg;
        return 0;
    case OPT_OUTPUT_DIR:
        if (!arg[0])
            return usage_error(err, "--output-dir wants a directory name, not an empty one%s%s",
                               "", "");
        cfg->output_dir = arg;
        return 0;
    case OPT_BLOCKS: cfg->render_flags |= MT_RENDER_BLOCKS; return 0;
    case OPT_EXPLAIN: cfg->render_flags |= MT_RENDER_EXPLAIN; return 0;
    case OPT_WITH_METADATA: cfg->render_flags |= MT_RENDER_METADATA; return 0;
    case OPT_URL: cfg->url = arg; return 0;
    case OPT_CHARSET: cfg->charset = arg; return 0;
    case OPT_PRECISION: cfg->focus = MT_FOCUS_PRECISION; return 0;
    case OPT_RECALL: cfg->focus = MT_FOCUS_RECALL; return 0;
    case OPT_WHOLE_PAGE: cfg->focus = MT_FOCUS_WHOLE_PAGE; return 0;
    case OPT_TABLES: cfg->include |= MT_INCLUDE_TABLES; return 0;
    case OPT_NO_TABLES: cfg->include &= ~(unsigned)MT_INCLUDE_TABLES; return 0;
    case OPT_LINKS: cfg->include |= MT_INCLUDE_LINKS; return 0;
    case OPT_IMAGES: cfg->include |= MT_INCLUDE_IMAGES; return 0;
    case OPT_FORMATTING: cfg->include |= MT_INCLUDE_FORMATTING; return 0;
    case OPT_COMMENTS: cfg->include |= MT_INCLUDE_COMMENTS; return 0;
    case OPT_BASIC_METADATA: cfg->basic_metadata = 1; return 0;
    case OPT_DEDUP: cfg->dedup = 1; return 0;
    case OPT_DEDUP_NEAR: cfg->dedup = cfg->dedup_near = 1; return 0;
    case OPT_MIN_LENGTH:
        n = parse_count(arg, 0, 1000000000);
        if (n < 0)
            return usage_error(err, "--min-length wants a whole number of characters, not '%s'%s",
                               arg, "");
        cfg->min_length = (size_t)n;
        return 0;
    case OPT_MAX_PAGE:
        /* 0 would be the library's "no limit": a page of any size read
         * whole into memory is what the limit is there to stop */
        n = parse_count(arg, 1, LLONG_MAX);
        if (n < 0 || (unsigned long long)n > SIZE_MAX)
            return usage_error(err, "--max-page wants a positive number of bytes, not '%s'%s",
                               arg, "");
        cfg->max_page = (size_t)n;
        return 0;
    case OPT_JOBS:
        n = parse_count(arg, 0, CLI_MAX_JOBS);
        if (n < 0)
            return usage_error(err, "--jobs wants a number from 0 to 256, not '%s'%s", arg, "");
        cfg->jobs = n ? (unsigned)n : processors();
        return 0;
    case OPT_LANGUAGE: cfg->languages = arg; return 0;
    case OPT_QUIET: cfg->quiet = 1; return 0;
    case OPT_WARC: cfg->warc = 1; return 0;
    case OPT_INPUT_FILE:
        /* the last would win, as for the other options, and the names of
         * the first list would be left out without a word */
        if (cfg->input_file)
            return usage_error(err, "-i/--input-file takes one list, not '%s' and '%s'",
                               cfg->input_file, arg);
        if (!arg[0])
            return usage_error(err, "-i/--input-file wants a file name, not an empty one%s%s",
                               "", "");
        cfg->input_file = arg;
        return 0;
    case OPT_HELP: cfg->help = 1; return 0;
    case OPT_VERSION: cfg->version = 1; return 0;
    }
    return 0;
}

/* trafilatura's long options that maintext spells otherwise: users come
 * from its command, and an unknown option should say where to go. */
static const struct {
    const char *theirs;
    const char *ours;
} trafilatura_names[] = {
    { "json", "--format json or jsonl" }, { "csv", "--format csv" },
    { "html", "--format html" }, { "markdown", "--format markdown" },
    { "xml", "--format xml" }, { "xmltei", "--format tei" }, { "output-format", "--format" },
    { "input-dir", "the directory as an input" }, { "target-language", "--language" },
    { "deduplicate", "--dedup" }, { "parallel", "--jobs" },
    { "no-comments", "comments are left out unless --comments" },
    { "URL", "curl -s URL | maintext --url URL -, as maintext does not download" },
};

/* The long options that begin with the `len` bytes of `name`, as
 * "'--a' or '--b'" into `out`; returns how many (none written past 3). */
static size_t options_beginning(const char *name, size_t len, char *out, size_t size)
{
    size_t found = 0, at = 0;
    out[0] = 0;
    for (size_t i = 0; i < cli_option_count; i++) {
        if (strncmp(cli_options[i].long_name, name, len) != 0 || ++found > 3)
            continue;
        int n = snprintf(out + at, size - at, "%s'--%s'", found == 1 ? "" : " or ",
                         cli_options[i].long_name);
        at = n < 0 || (size_t)n >= size - at ? size - 1 : at + (size_t)n;
    }
    return found;
}

/* An unknown long option is a usage error that says, where it can, what
 * was meant: trafilatura's name for one of ours, or the options the typed
 * name begins (abbreviations are not taken: a later option could make
 * one mean another). */
static int unknown_long_option(const char *arg, const char *name, size_t len, FILE *err)
{
    for (size_t i = 0; i < sizeof trafilatura_names / sizeof trafilatura_names[0]; i++)
        if (is_name(trafilatura_names[i].theirs, name, len))
            return usage_error(err, "unknown option '%s' (trafilatura's; here: %s)", arg,
                               trafilatura_names[i].ours);
    char meant[160];
    size_t n = len >= 2 ? options_beginning(name, len, meant, sizeof meant) : 0;
    if (n >= 1 && n <= 3)
        return usage_error(err, "unknown option '%s'; did you mean %s?", arg, meant);
    return usage_error(err, "unknown option '%s'%s", arg, "");
}

/* "--name", "--name=value" or "--name value"; advances *i past what it used. */
static int parse_long(int argc, char **argv, int *i, cli_config *cfg, FILE *err)
{
    const char *name = argv[*i] + 2;
    const char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const cli_option *o = cli_find_long(name, len);
    if (!o)
        return unknown_long_option(argv[*i], name, len, err);
    const char *arg = NULL;
    if (o->arg) {
        if (eq) {
            arg = eq + 1;
        } else if (*i + 1 < argc) {
            arg = argv[++*i];
        } else {
            return usage_error(err, "option '--%s' needs an argument (%s)", o->long_name, o->arg);
        }
    } else if (eq) {
        return usage_error(err, "option '--%s' takes no argument%s", o->long_name, "");
    }
    return apply(o, arg, cfg, err);
}

/* "-q", "-qV", "-fjson", "-f json". */
static int parse_short(int argc, char **argv, int *i, cli_config *cfg, FILE *err)
{
    for (const char *p = argv[*i] + 1; *p; p++) {
        const cli_option *o = cli_find_short(*p);
        if (!o) {
            char opt[3] = { '-', *p, 0 };
            return usage_error(err, "unknown option '%s'%s", opt, "");
        }
        if (!o->arg) {
            int st = apply(o, NULL, cfg, err);
            if (st)
                return st;
            continue;
        }
        const char *arg = p[1] ? p + 1 : NULL;
        if (!arg) {
            if (*i + 1 >= argc) {
                char opt[3] = { '-', *p, 0 };
                return usage_error(err, "option '%s' needs an argument (%s)", opt, o->arg);
            }
            arg = argv[++*i];
        }
        return apply(o, arg, cfg, err);
    }
    return 0;
}

int cli_parse_args(int argc, char **argv, cli_config *cfg, FILE *err)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->format = MT_FORMAT_TEXT;
    cfg->focus = MT_FOCUS_BALANCED;
    cfg->include = MT_INCLUDE_TABLES;
    cfg->jobs = 1;
    /* Inputs are gathered at the front of argv as they come, so options may
     * follow files; after "--" everything is an input. */
    size_t ninputs = 0;
    int only_inputs = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int st = 0;
        if (only_inputs || a[0] != '-' || a[1] == '\0')
            argv[1 + ninputs++] = argv[i];
        else if (a[1] == '-' && a[2] == '\0')
            only_inputs = 1;
        else if (a[1] == '-')
            st = parse_long(argc, argv, &i, cfg, err);
        else
            st = parse_short(argc, argv, &i, cfg, err);
        if (st)
            return st;
    }
    cfg->inputs = argv + 1;
    cfg->ninputs = ninputs;
    if (cfg->output && cfg->output_dir)
        return usage_error(err, "-o/--output and --output-dir exclude each other (%s, %s)",
                           cfg->output, cfg->output_dir);
    /* standard input named twice is found where the -i list's names join
     * these (main.c, gather_inputs) */
    return 0;
}
