/* main.c -- the maintext command: options, the batch of inputs (in order,
 * on one thread or several; a web archive's pages streamed one by one, see
 * archive.h), messages, progress and the exit status.
 *
 * Exit status: 0 main content found (in at least one input); 1 none found;
 * 2 usage error; 3 an input could not be read or processed (the others
 * still are); 4 the output could not be written or memory ran out. The
 * command uses nothing but the public API (include/maintext.h). */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "maintext.h"
#include "archive.h"
#include "gunzip.h"
#include "unzstd.h"
#include "input.h"
#include "options.h"
#include "outdir.h"
#include "process.h"
#include "walk.h"
#include "warc.h"

enum { EXIT_CONTENT = 0, EXIT_NO_CONTENT = 1, EXIT_USAGE = 2, EXIT_INPUT = 3, EXIT_OUTPUT = 4 };

/* The signal (SIGINT, SIGTERM) that asked a batch to stop, or 0. The
 * batch stops between documents, closes its output whole (every JSON
 * line, the XML document's end), says how far it got, and then dies of
 * the signal, as a caller expects. It dies of it at once when the same
 * signal comes again a second or more later (one sent twice in the same
 * instant, as timeout(1) sends it to the process and its group, is one
 * request), or when the stop has not come STOP_GRACE_SECONDS after the
 * signal: the batch may be waiting for input that does not come (a pipe,
 * a FIFO), and a supervisor's one SIGTERM must still end it. (With worker
 * threads only they wait for input: the stop comes between documents
 * anyway, see write_in_order.) The
 * command's only state outside its run, with whether standard error is a
 * terminal: a signal handler has nowhere else to read them. */
#define STOP_GRACE_SECONDS 5

static atomic_int stop_signal;
static atomic_llong stop_asked_ns;  /* when it was asked (CLOCK_MONOTONIC); 0 until known */
static atomic_int stderr_on_terminal;   /* a progress line may stand there */

/* Dies of the signal that asked the stop (async-signal-safe). */
static void die_of_stop_signal(void)
{
    int sig = atomic_load(&stop_signal);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* ... at once, from a handler, saying so: the batch cannot say how far it
 * got. */
static void die_at_once(void)
{
    static const char term[] = "maintext: stopped by SIGTERM at once: the output ends with "
                               "the last document written\n";
    static const char intr[] = "maintext: stopped by SIGINT at once: the output ends with "
                               "the last document written\n";
    static const char clear_line[] = "\r\033[K";     /* (a progress line) */
    ssize_t told = 0;
    if (atomic_load(&stderr_on_terminal))
        told = write(STDERR_FILENO, clear_line, sizeof clear_line - 1);
    if (atomic_load(&stop_signal) == SIGINT)
        told = write(STDERR_FILENO, intr, sizeof intr - 1);
    else
        told = write(STDERR_FILENO, term, sizeof term - 1);
    (void)told;     /* nothing to do if standard error is gone */
    die_of_stop_signal();
}

/* (lock-free atomics: what a handler may touch, on whichever thread) */
static void ask_to_stop(int sig)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    long long now = (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
    int none = 0;
    if (atomic_compare_exchange_strong(&stop_signal, &none, sig)) {
        atomic_store(&stop_asked_ns, now);
        alarm(STOP_GRACE_SECONDS);
        return;
    }
    long long asked = atomic_load(&stop_asked_ns);
    if (asked && now - asked >= 1000000000LL)
        die_at_once();
}

static void stop_overdue(int sig)
{
    (void)sig;
    die_at_once();
}

/* Catches SIGINT and SIGTERM, but not one ignored from the start (a
 * shell's background job, nohup): it stays ignored. */
static void stop_on_signals(void)
{
    atomic_store(&stderr_on_terminal, isatty(STDERR_FILENO));
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = ask_to_stop;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    static const int stops[] = { SIGINT, SIGTERM };
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) {
        struct sigaction old;
        if (sigaction(stops[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
            sigaction(stops[i], &sa, NULL);
    }
    sa.sa_handler = stop_overdue;
    sigaction(SIGALRM, &sa, NULL);
}

/* ======================================================================
 * Writing results in input order
 * ====================================================================== */

/* The writer writes to one stream (standard output, -o's file), or under
 * --output-dir to a file per input, opened when its first document comes
 * and closed after its last: the stream's fields are then that file's. */
typedef struct writer {
    const cli_config *cfg;
    const cli_entries *entries;
    FILE *out;                /* NULL: no file open (--output-dir) */
    const char *out_name;     /* for messages */
    const char *wrap_end;     /* what closes the stream's batch, or NULL */
    size_t out_input;         /* --output-dir: the input whose file is open */
    size_t total, done;
    size_t inputs_done;       /* inputs whose every job was written before an output error */
    size_t with_content, failed;
    /* pages given though their archive is damaged there (cut short by the
     * file's end or a damaged member): not failed, but the exit status
     * says an input could not be read whole */
    size_t damaged;
    size_t archive_failed;    /* pages of the archive being written that failed to extract */
    size_t archive_told;      /* messages on the archive's records told so far */
    size_t written_docs;      /* documents written to the stream (for separators) */
    int several;              /* the stream holds a batch */
    int archives;             /* some inputs are web archives: pages are counted */
    int summary;              /* a summary line on stderr at the end */
    int progress;             /* a progress line on stderr (a terminal) */
    int progress_shown;
    struct timespec last_progress;
    int output_failed;
    int write_errno;          /* why a write failed (told when the stream is closed) */
    cli_seen_texts seen;      /* --dedup: the main texts written so far */
    cli_near_texts near;      /* --dedup-near: their SimHash fingerprints */
    size_t duplicates;        /* --dedup: pages left out */
    int dedup_unchecked;      /* --dedup: memory ran out, later texts may not be kept */
} writer;

static void clear_progress(writer *w)
{
    if (w->progress_shown) {
        fputs("\r\033[K", stderr);
        w->progress_shown = 0;
    }
}

static void flush_output(writer *w)
{
    if (!w->output_failed && fflush(w->out) != 0) {
        w->output_failed = 1;
        w->write_errno = errno;
    }
}

/* Before a message on standard error: the progress line is cleared, and
 * output on standard output is flushed, so that with both streams in one
 * file (`> log 2>&1`) a message falls between documents, never inside
 * one. */
static void make_way_for_message(writer *w)
{
    clear_progress(w);
    if (w->out == stdout)
        flush_output(w);
}

static void show_progress(writer *w)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double since = (double)(now.tv_sec - w->last_progress.tv_sec) +
                   (double)(now.tv_nsec - w->last_progress.tv_nsec) / 1e9;
    if (since < 0.2 && w->done < w->total)
        return;
    w->last_progress = now;
    if (w->archives)
        fprintf(stderr, "\rmaintext: %zu pages, %zu with main content, %zu failed",
                w->done, w->with_content, w->failed);
    else
        fprintf(stderr, "\rmaintext: %zu/%zu inputs, %zu with main content, %zu failed",
                w->done, w->total, w->with_content, w->failed);
    w->progress_shown = 1;
}

/* The progress line gives way to a summary that stays; without a
 * terminal the summary alone ends the messages of a batch of several
 * inputs, so that a log holds the counts too. */
static void finish_progress(writer *w)
{
    if (!w->summary)
        return;
    make_way_for_message(w);
    /* (a batch an output error or a signal stopped did not do them all) */
    char of[48] = "";
    if (!w->archives && w->done < w->total)
        snprintf(of, sizeof of, " of %zu", w->total);
    fprintf(stderr, "maintext: %zu%s %s: %zu with main content, %zu without, %zu failed\n",
            w->done, of, w->archives ? "pages and bad records" : "inputs", w->with_content,
            w->done - w->with_content - w->failed, w->failed);
}

static void report(writer *w, const cli_job *job)
{
    make_way_for_message(w);
    fprintf(stderr, "maintext: %s: %s\n", cli_input_name(job->path), job->message);
}

/* The messages on an archive's records (bad records, pages not whole)
 * are told one by one up to CLI_ARCHIVE_MESSAGES_MAX (see archive.h);
 * past them, one says the rest are not, and the archive's line counts
 * them all. This counts `n` not told (a run of bad records comes as one
 * job, CLI_JOB_COUNTED, only once that many were told). */
static void count_untold(writer *w, const cli_job *job, size_t n)
{
    size_t before = w->archive_told;
    w->archive_told += n;
    if (before <= CLI_ARCHIVE_MESSAGES_MAX && w->archive_told > CLI_ARCHIVE_MESSAGES_MAX) {
        make_way_for_message(w);
        fprintf(stderr, "maintext: %s: further bad records and pages not whole are counted, "
                        "not told\n", cli_input_name(job->path));
    }
}

/* Tells the job's message: an archive record's while under
 * CLI_ARCHIVE_MESSAGES_MAX. */
static void report_record(writer *w, const cli_job *job)
{
    if (!job->record) {
        report(w, job);
    } else if (w->archive_told < CLI_ARCHIVE_MESSAGES_MAX) {
        w->archive_told++;
        report(w, job);
    } else {
        count_untold(w, job, 1);
    }
}

static int write_bytes(writer *w, const char *s, size_t len)
{
    if (w->output_failed)
        return -1;
    if (len && fwrite(s, 1, len, w->out) != len) {
        w->output_failed = 1;
        w->write_errno = errno;
        return -1;
    }
    return 0;
}

static void write_str(writer *w, const char *s)
{
    write_bytes(w, s, strlen(s));
}

/* Opens the one document that holds a batch's XML or TEI documents;
 * returns what closes it, or NULL for a format whose documents stand one
 * after another. A TEI corpus needs a header of its own; a CSV table has
 * one header row above the rows, with the "source" column they begin with. */
static const char *open_batch(writer *w, mt_format format)
{
    static const char decl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    switch (format) {
    case MT_FORMAT_XML:
        write_str(w, decl);
        write_str(w, "<collection>\n");
        return "</collection>\n";
    case MT_FORMAT_TEI:
        write_str(w, decl);
        write_str(w, "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n"
                     "<fileDesc>\n<titleStmt>\n<title>Main text of web pages</title>\n"
                     "</titleStmt>\n<publicationStmt>\n<p>Extracted by maintext</p>\n"
                     "</publicationStmt>\n<sourceDesc>\n<p>The pages named by each TEI "
                     "element's n</p>\n</sourceDesc>\n</fileDesc>\n</teiHeader>\n");
        return "</teiCorpus>\n";
    case MT_FORMAT_CSV:
        write_str(w, CLI_CSV_SOURCE_COLUMNS);
        if (w->archives)
            write_str(w, CLI_CSV_RECORD_COLUMNS);
        write_str(w, mt_render_csv_header());
        return NULL;
    default:
        return NULL;
    }
}

static int close_output(writer *w);

/* Starts writing to `out`; a batch opens its wrapper. */
static void open_stream(writer *w, FILE *out, const char *name, int several)
{
    w->out = out;
    w->out_name = name;
    w->several = several;
    w->written_docs = 0;
    w->wrap_end = several ? open_batch(w, w->cfg->format) : NULL;
}

/* Closes the batch's wrapper and the stream; returns 0, or -1 after
 * telling that it could not be written. */
static int close_stream(writer *w)
{
    if (w->wrap_end)
        write_str(w, w->wrap_end);
    w->wrap_end = NULL;
    int rc = close_output(w);
    /* under --output-dir a file cut short by the error is removed: a
     * truncated JSON or CSV file would pass for a whole one */
    if (rc != 0 && w->cfg->output_dir)
        remove(w->out_name);
    w->out = NULL;
    w->output_failed |= rc != 0;
    return rc;
}

/* --output-dir: opens the file of the job's input (its directories made
 * first); an archive's file holds its batch. Returns 0, or -1 after
 * telling why not (an output error: the run stops). */
static int open_input_file(writer *w, const cli_job *job)
{
    const cli_entry *en = &w->entries->v[job->input];
    int err = cli_make_dirs(en->out_path, 0);
    FILE *f = err ? NULL : fopen(en->out_path, "wb");
    if (!f) {
        make_way_for_message(w);
        fprintf(stderr, "maintext: %s: %s\n", en->out_path, strerror(err ? err : errno));
        w->output_failed = 1;
        return -1;
    }
    open_stream(w, f, en->out_path, job->record != NULL);
    w->out_input = job->input;
    return 0;
}

/* Writes the job's document to the stream, or under --output-dir to its
 * input's file: a page without main content (from a file) has none, as
 * with trafilatura; an archive's pages go into the archive's one file. */
static void write_document(writer *w, const cli_job *job)
{
    if (w->cfg->output_dir) {
        if (!job->record && job->outcome != CLI_CONTENT)
            return;
        if (w->out && w->out_input != job->input)
            close_stream(w);
        if (!w->out && open_input_file(w, job) != 0)
            return;
    }
    /* Text documents of a batch are set apart by a blank line. */
    if (w->several && w->written_docs && !cli_one_document_per_input(w->cfg->format))
        write_bytes(w, "\n", 1);
    write_bytes(w, job->out, job->out_len);
    w->written_docs++;
    /* A document goes out whole as soon as it is written, not when stdio's
     * buffer fills: a batch ended outright (SIGKILL, the out-of-memory
     * killer, a stop overdue while it waits for input on a pipe) leaves
     * whole documents up to there, not the first part of one. One write
     * per document, beside its extraction's milliseconds. */
    if (w->cfg->output_dir && !job->record)
        close_stream(w);
    else
        flush_output(w);
}

/* --output-dir: removes the file an earlier run left for an input that
 * gives none now (no main content, or --dedup left it out), as a file
 * written again replaces the earlier one: the directory holds what this
 * run extracted. Nothing else is removed (a directory there, or a link to
 * one, is not the input's file). A file that cannot be removed stops the run, as one that
 * cannot be written does. */
static void remove_earlier_file(writer *w, size_t input)
{
    const char *path = w->entries->v[input].out_path;
    if (!path)      /* (an input that has none: an empty directory) */
        return;
    /* a directory is asked for first: unlink() would remove a symbolic
     * link to one (no file written there, as fopen() cannot), and some
     * systems refuse a directory with EPERM, not EISDIR */
    struct stat st;
    if (w->output_failed || (stat(path, &st) == 0 && S_ISDIR(st.st_mode)))
        return;
    if (unlink(path) == 0 || errno == ENOENT || errno == ENOTDIR || errno == EISDIR)
        return;
    make_way_for_message(w);
    fprintf(stderr, "maintext: %s: %s\n", path, strerror(errno));
    w->output_failed = 1;
}

/* Tells once that memory ran out for --dedup's sets: from this page on,
 * pages may be written that it would have left out. */
static void tell_dedup_unchecked(writer *w, const cli_job *job)
{
    if (w->dedup_unchecked)
        return;
    w->dedup_unchecked = 1;
    make_way_for_message(w);
    fprintf(stderr, "maintext: --dedup: %s; from %s on, pages may be written whose main "
                    "text an earlier page had\n",
            mt_strerror(MT_ERR_NOMEM), cli_input_name(job->path));
}

/* --dedup-near: whether a page's text nearly equals one written before,
 * whose fingerprint is then not kept (a written page's is). */
static int is_near_duplicate(writer *w, const cli_job *job)
{
    if (!w->cfg->dedup_near || !job->simhash)
        return 0;
    if (cli_near_has(&w->near, job->simhash))
        return 1;
    if (cli_near_add(&w->near, job->simhash) != 0)
        tell_dedup_unchecked(w, job);
    return 0;
}

/* --dedup: whether a page with main content has the text of one written
 * before, or with --dedup-near nearly that text (the job's message then
 * says so). The writer asks in the inputs' order, so the first page of a
 * text is kept with any --jobs. */
static int is_duplicate(writer *w, cli_job *job)
{
    if (!w->cfg->dedup)
        return 0;
    int seen = cli_seen_add(&w->seen, job->fingerprint);
    /* nothing is dropped unchecked: the page is written. Its text is not
     * kept, so a later page with it is written too; pages with a text kept
     * before are still left out. */
    if (seen < 0)
        tell_dedup_unchecked(w, job);
    if (seen != 1) {
        if (!is_near_duplicate(w, job))
            return 0;
        snprintf(job->message, sizeof job->message,
                 "left out: nearly the same main text as an earlier page (--dedup-near)");
        return 1;
    }
    snprintf(job->message, sizeof job->message,
             "left out: the same main text as an earlier page (--dedup)");
    return 1;
}

/* Writes one processed job (and frees what it holds). */
static void write_job(writer *w, cli_job *job)
{
    if (job->kind == CLI_JOB_SUMMARY) {     /* an archive's end: no document */
        /* its records are counted as the reader read them; pages that
         * failed later, in extraction, were told one by one: the count
         * says how many, so that the line adds up with the output */
        if (w->archive_failed) {
            size_t n = strlen(job->message);
            snprintf(job->message + n, sizeof job->message - n,
                     "; %zu %s not extracted%s", w->archive_failed,
                     w->archive_failed == 1 ? "page" : "pages",
                     w->archive_told > CLI_ARCHIVE_MESSAGES_MAX ? "" : " (told above)");
            w->archive_failed = 0;
        }
        /* with --quiet too when messages were not told: it counts them */
        if (!w->cfg->quiet || w->archive_told > CLI_ARCHIVE_MESSAGES_MAX)
            report(w, job);
        w->archive_told = 0;
        if (w->cfg->output_dir && w->out)
            close_stream(w);
        else if (w->cfg->output_dir)    /* no page of the archive was written */
            remove_earlier_file(w, job->input);
        w->inputs_done += !w->output_failed;
        cli_job_release(job);
        return;
    }
    if (job->kind == CLI_JOB_COUNTED) {     /* bad records past those told */
        w->done += job->counted;
        w->failed += job->counted;
        count_untold(w, job, job->counted);
        cli_job_release(job);
        if (w->progress)
            show_progress(w);
        return;
    }
    w->done++;
    w->damaged += job->damaged;
    if (job->outcome == CLI_FAILED) {
        w->failed++;
        w->archive_failed += job->kind == CLI_JOB_PAGE;
        report_record(w, job);
    } else if (job->outcome == CLI_NO_CONTENT) {
        /* an archive's pages without content are counted, not told one by
         * one; a page not whole (cut short) is told even with --quiet,
         * which leaves out only what says no text was found */
        if (job->warned || (!w->cfg->quiet && !job->record))
            report_record(w, job);
        if (job->out)           /* JSON/XML/TEI/CSV: the page's metadata record */
            write_document(w, job);
        if (w->cfg->output_dir && !job->record)
            remove_earlier_file(w, job->input);
    } else if (is_duplicate(w, job)) {
        w->with_content++;
        w->duplicates++;
        if (w->cfg->output_dir && !job->record)
            remove_earlier_file(w, job->input);
        /* an archive's duplicates are counted, not told one by one */
        if (!w->cfg->quiet && !job->record)
            report(w, job);
    } else {
        if (job->warned)
            report_record(w, job);
        w->with_content++;
        write_document(w, job);
    }
    /* (an archive's input is done when its summary comes) */
    w->inputs_done += !job->record && !w->output_failed;
    cli_job_release(job);
    if (w->progress)
        show_progress(w);
}

/* ======================================================================
 * The jobs, in order: the inputs, and an archive's pages in its place
 * ====================================================================== */

typedef struct job_source {
    const cli_context *ctx;
    const cli_entry *inputs;
    const unsigned char *is_archive;
    size_t n, next;
    cli_archive *archive;     /* the archive being read, inputs[next - 1] */
    cli_head *kept;           /* a lone pipe's head, read up front (malloc'd), or NULL */
} job_source;

/* Whether the input is left out, and the job then says why: a directory
 * that could not be read, or an input whose output file an earlier one
 * has, or whose output file would have to be a directory for another's,
 * or cannot be made at all (--output-dir). */
static int left_out(const cli_entry *en, cli_job *job)
{
    if (!cli_entry_left_out(en))
        return 0;
    job->kind = CLI_JOB_TOLD;
    /* an empty directory holds no page to fail: it is one without content */
    job->outcome = en->err == CLI_WALK_EMPTY ? CLI_NO_CONTENT : CLI_FAILED;
    if (en->err)
        snprintf(job->message, sizeof job->message, "%s", cli_walk_error(en->err));
    else if (en->out_err)
        snprintf(job->message, sizeof job->message, "not extracted: %s for its output file %s",
                 strerror(en->out_err), en->out_path);
    else if (en->clash)
        snprintf(job->message, sizeof job->message,
                 "not extracted: its output file, %s, is already that of %s", en->out_path,
                 cli_input_name(en->clash));
    else
        snprintf(job->message, sizeof job->message,
                 "not extracted: its output file, %s, would be a directory holding that of %s",
                 en->out_path, cli_input_name(en->blocker));
    return 1;
}

/* The summary of an archive that has ended, as a job in its place. */
static void end_archive(job_source *s, cli_job *job)
{
    const cli_archive_counts *c = cli_archive_counts_of(s->archive);
    job->kind = CLI_JOB_SUMMARY;
    char revisits[48] = "";
    if (c->revisits)
        snprintf(revisits, sizeof revisits, ", %zu of them %s", c->revisits,
                 c->revisits == 1 ? "a revisit" : "revisits");
    snprintf(job->message, sizeof job->message,
             "%zu record%s: %zu page%s (%zu cut short), %zu passed over (%zu of other types%s, "
             "%zu not HTML, %zu not 2xx), %zu bad", c->records, c->records == 1 ? "" : "s",
             c->pages, c->pages == 1 ? "" : "s", c->cut_short, c->not_pages, c->other_types,
             revisits, c->not_html, c->not_ok, c->bad);
    cli_archive_close(s->archive);
    s->archive = NULL;
}

/* is_archive[i]: the input is a page (0), an archive (1), or one looked
 * at in its turn (see find_archives). */
enum { INPUT_PAGE = 0, INPUT_ARCHIVE = 1, INPUT_LOOK_LATER = 2 };

/* Looks at an input's head: INPUT_PAGE or INPUT_ARCHIVE, a pipe's head
 * handed over in *kept; -1 when out of memory (the input is
 * closed). An input that cannot be opened is a page, whose read tells
 * why. */
static int look_now(const char *path, cli_head **kept)
{
    cli_head head;
    if (cli_read_head(path, &head) != 0)
        return INPUT_PAGE;
    int what = cli_is_archive_at(path, &head) ? INPUT_ARCHIVE : INPUT_PAGE;
    if (head.fd >= 0) {
        *kept = malloc(sizeof **kept);
        if (!*kept) {
            cli_head_close(&head);
            return -1;
        }
        **kept = head;
    }
    return what;
}

/* Makes `job` the next job; returns 0 when every input is done. */
static int next_job(job_source *s, cli_job *job)
{
    for (;;) {
        memset(job, 0, sizeof *job);
        if (s->archive) {
            job->path = s->inputs[s->next - 1].path;
            job->input = s->next - 1;
            if (!cli_archive_next(s->archive, job))
                end_archive(s, job);
            return 1;
        }
        if (s->next >= s->n)
            return 0;
        const cli_entry *en = &s->inputs[s->next++];
        job->path = en->path;
        job->input = s->next - 1;
        if (left_out(en, job))
            return 1;       /* CLI_JOB_TOLD */
        cli_head *kept = s->kept;   /* (only a lone input is looked at up front) */
        s->kept = NULL;
        int what = s->is_archive[job->input];
        if (what == INPUT_LOOK_LATER && (what = look_now(job->path, &kept)) < 0) {
            job->kind = CLI_JOB_TOLD;
            job->outcome = CLI_FAILED;
            snprintf(job->message, sizeof job->message, "%s", mt_strerror(MT_ERR_NOMEM));
            return 1;
        }
        if (what == INPUT_PAGE) {
            job->kept = kept;
            return 1;       /* CLI_JOB_FILE */
        }
        char why[256];
        s->archive = cli_archive_open(job->path, kept, s->ctx->max_input, why, sizeof why);
        if (kept)
            cli_head_close(kept);
        free(kept);
        if (!s->archive) {
            job->kind = CLI_JOB_TOLD;
            job->outcome = CLI_FAILED;
            snprintf(job->message, sizeof job->message, "%s", why);
            return 1;
        }
    }
}

static void close_source(job_source *s)
{
    cli_archive_close(s->archive);
    s->archive = NULL;
    if (s->kept)
        cli_head_close(s->kept);
    free(s->kept);
    s->kept = NULL;
}

/* ======================================================================
 * Running the batch
 * ====================================================================== */

static void run_sequential(const cli_context *ctx, mt_extractor *ex, job_source *src, writer *w)
{
    cli_job job;
    while (!w->output_failed && !stop_signal && next_job(src, &job)) {
        if (cli_job_needs_work(&job))
            cli_process(ctx, ex, &job);
        write_job(w, &job);
    }
}

/* Workers take jobs in order into a ring of WINDOW_PER_JOB slots per
 * thread, ahead of the writer, so finished but unwritten outputs (and
 * archive pages waiting for a thread) stay bounded while the output keeps
 * the order of the inputs. One worker at a time reads the next job (an
 * archive's next record), under its own lock: reading is cheap beside
 * extracting, but may wait (a pipe, a FIFO), and the writer and the
 * workers that finish must not wait with it. */
#define WINDOW_PER_JOB 4

typedef struct batch {
    const cli_context *ctx;
    job_source *src;
    cli_job *slots;
    size_t window;
    size_t reserved;          /* slots handed to a reading worker */
    size_t taken, written;    /* jobs read from the source, and written */
    int exhausted;            /* the source has no more */
    int stop;
    pthread_mutex_t mu;       /* the fields above but src, and each slot's done */
    pthread_cond_t cv;
    pthread_mutex_t reading;  /* src, and the order of reserved slots */
} batch;

typedef struct worker {
    batch *b;
    mt_extractor *ex;
    pthread_t thread;
} worker;

/* Reads the next job into the next slot, holding b->reading; returns it,
 * or NULL when the batch stops or the source has no more. */
static cli_job *take_job(batch *b)
{
    pthread_mutex_lock(&b->reading);
    pthread_mutex_lock(&b->mu);
    while (!b->stop && !b->exhausted && b->reserved - b->written >= b->window)
        pthread_cond_wait(&b->cv, &b->mu);
    cli_job *job = NULL;
    if (!b->stop && !b->exhausted)
        job = &b->slots[b->reserved++ % b->window];
    pthread_mutex_unlock(&b->mu);
    /* (the writer reads a slot only once it is taken: this one is ours) */
    int more = job && next_job(b->src, job);
    pthread_mutex_lock(&b->mu);
    if (more) {
        b->taken++;
    } else if (job) {
        b->reserved--;
        b->exhausted = 1;
        job = NULL;
    }
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    pthread_mutex_unlock(&b->reading);
    return job;
}

static void *work(void *arg)
{
    worker *wk = arg;
    batch *b = wk->b;
    cli_job *job;
    while ((job = take_job(b)) != NULL) {
        if (cli_job_needs_work(job))
            cli_process(b->ctx, wk->ex, job);
        pthread_mutex_lock(&b->mu);
        job->done = 1;
        pthread_cond_broadcast(&b->cv);
        pthread_mutex_unlock(&b->mu);
    }
    return NULL;
}

/* How often the writer, waiting for a job, looks whether a stop was asked:
 * a signal handler cannot wake a thread waiting on a condition. */
#define STOP_LOOK_NS 100000000L

/* Waits on b->cv (b->mu held) for at most STOP_LOOK_NS. (b->cv runs on
 * CLOCK_MONOTONIC: a step of the wall clock does not stretch the wait.) */
static void wait_a_while(batch *b)
{
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_nsec += STOP_LOOK_NS;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    pthread_cond_timedwait(&b->cv, &b->mu, &until);
}

/* Whether job i is done, and so ready to write (b->mu held). */
static int job_done(const batch *b, size_t i)
{
    return i < b->taken && b->slots[i % b->window].done;
}

/* Writes the jobs in order until the last, an output error or a stop. A
 * stop is seen while waiting too: the job waited for may never be done
 * (its input a FIFO no one writes). */
static void write_in_order(batch *b, writer *w)
{
    for (size_t i = 0;; i++) {
        pthread_mutex_lock(&b->mu);
        while (!job_done(b, i) && !(i >= b->taken && b->exhausted) && !stop_signal)
            wait_a_while(b);
        int more = job_done(b, i);
        pthread_mutex_unlock(&b->mu);
        if (!more)
            break;
        write_job(w, &b->slots[i % b->window]);
        pthread_mutex_lock(&b->mu);
        b->written = i + 1;
        b->stop = w->output_failed || stop_signal;
        pthread_cond_broadcast(&b->cv);
        pthread_mutex_unlock(&b->mu);
        if (b->stop)
            break;
    }
}

/* The batch and its workers, on the heap: workers left running outlive
 * run_parallel's frame. */
typedef struct crew {
    batch b;
    worker workers[CLI_MAX_JOBS];
} crew;

enum { RUN_ALL_JOINED, RUN_NO_THREAD, RUN_WORKERS_LEFT };

/* Makes b's condition variable wait by CLOCK_MONOTONIC; 0 or an errno. */
static int init_monotonic_cv(batch *b)
{
    pthread_condattr_t attr;
    int err = pthread_condattr_init(&attr);
    if (err)
        return err;
    err = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    if (!err)
        err = pthread_cond_init(&b->cv, &attr);
    pthread_condattr_destroy(&attr);
    return err;
}

/* Returns RUN_ALL_JOINED; RUN_NO_THREAD when no thread could be started
 * (nothing is left running then, and no job was taken); or, when the run
 * stopped short (a stop, an output error), RUN_WORKERS_LEFT: nothing more
 * will be written, so the workers are not waited for (one may wait forever
 * on an input, a FIFO no one writes) and still use the source, the
 * extractors and ctx; the caller finishes the output and ends the process
 * without freeing them. */
static int run_parallel(const cli_context *ctx, mt_extractor **ex, unsigned nthreads,
                        job_source *src, writer *w)
{
    crew *c = calloc(1, sizeof *c);
    if (!c)
        return RUN_NO_THREAD;
    batch *b = &c->b;
    /* (cv is made by init_monotonic_cv: initialised once, not twice) */
    *b = (batch){ .ctx = ctx, .src = src, .window = (size_t)nthreads * WINDOW_PER_JOB,
                  .mu = PTHREAD_MUTEX_INITIALIZER, .reading = PTHREAD_MUTEX_INITIALIZER };
    b->slots = calloc(b->window, sizeof *b->slots);
    if (!b->slots || init_monotonic_cv(b) != 0) {
        free(b->slots);
        free(c);
        return RUN_NO_THREAD;
    }
    unsigned started = 0;
    for (; started < nthreads; started++) {
        c->workers[started].b = b;
        c->workers[started].ex = ex[started];
        if (pthread_create(&c->workers[started].thread, NULL, work, &c->workers[started]) != 0)
            break;
    }
    if (started)
        write_in_order(b, w);
    pthread_mutex_lock(&b->mu);
    b->stop = 1;
    int short_of_end = !b->exhausted || b->written < b->taken;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    if (started && short_of_end) {
        for (unsigned t = 0; t < started; t++)
            pthread_detach(c->workers[t].thread);
        return RUN_WORKERS_LEFT;        /* (c is theirs until the process ends) */
    }
    for (unsigned t = 0; t < started; t++)
        pthread_join(c->workers[t].thread, NULL);
    /* (every job taken was written: a run stopped short returned above) */
    free(b->slots);
    pthread_mutex_destroy(&b->mu);
    pthread_cond_destroy(&b->cv);
    pthread_mutex_destroy(&b->reading);
    free(c);
    return started ? RUN_ALL_JOINED : RUN_NO_THREAD;
}

/* ======================================================================
 * Setup
 * ====================================================================== */

static void options_from_config(const cli_config *cfg, mt_options *opts)
{
    mt_options_default(opts);
    opts->focus = cfg->focus;
    opts->include = cfg->include;
    opts->min_length = cfg->min_length;
    opts->parse.transport_charset = cfg->charset;
    opts->languages = cfg->languages;
    if (cfg->max_page)
        opts->parse.max_input_size = cfg->max_page;
    /* plain text and Markdown show no metadata (but with --with-metadata):
     * authors and dates, the costly fields, would be looked for in vain */
    int shows_metadata = (cfg->format != MT_FORMAT_TEXT && cfg->format != MT_FORMAT_MARKDOWN) ||
                         (cfg->render_flags & MT_RENDER_METADATA);
    opts->metadata = cfg->basic_metadata || !shows_metadata ? MT_METADATA_BASIC : MT_METADATA_ALL;
}

/* A list of languages the library does not take is a usage error, found
 * before any input is read; so is one without a code ("", ","), which the
 * library takes as no filter: a script's empty variable would keep every
 * language without a word. */
static int check_languages(const cli_config *cfg)
{
    const char *list = cfg->languages;
    if (!list || (list[strspn(list, ", ")] && mt_languages_valid(list)))
        return 0;
    fprintf(stderr, "maintext: --language wants ISO 639 codes separated by commas "
                    "(en,de), not '%s'\n"
                    "Try 'maintext --help' for more information.\n", cfg->languages);
    return -1;
}

/* An unknown charset label is a usage error, found before any input is
 * read: a parse of nothing with the label tells. */
static int check_charset(const cli_config *cfg)
{
    if (!cfg->charset)
        return 0;
    mt_parse_options popts;
    mt_parse_options_default(&popts);
    popts.transport_charset = cfg->charset;
    mt_status st = MT_OK;
    mt_document *doc = mt_parse("", 0, &popts, &st);
    mt_document_free(doc);
    if (st == MT_ERR_UNKNOWN_ENCODING) {
        fprintf(stderr, "maintext: unknown charset '%s'\n"
                        "Try 'maintext --help' for more information.\n", cfg->charset);
        return -1;
    }
    return 0;
}

/* Opening an output truncates it: refuse when it is one of the inputs
 * (or, not made yet, an input names it). Inputs missing now are marked
 * told (cli_output_is_an_input). Returns 0, or an exit status after
 * telling. */
static int output_is_an_input(const cli_config *cfg, cli_entries *e)
{
    const char *which = NULL;
    int is;
    if (cfg->output_dir)
        is = cli_output_is_an_input(e, cfg->input_file, NULL, &which);
    else if (cfg->output && strcmp(cfg->output, "-") != 0)
        is = cli_output_is_an_input(e, cfg->input_file, cfg->output, &which);
    else
        return 0;
    if (is == ENOMEM) {
        fprintf(stderr, "maintext: %s\n", mt_strerror(MT_ERR_NOMEM));
        return EXIT_OUTPUT;
    }
    if (is)
        fprintf(stderr, "maintext: %s: is both an input and %s\n", which,
                cfg->output_dir ? "an output" : "the output");
    return is ? EXIT_USAGE : 0;
}

/* The one stream of the batch, or under --output-dir the directory (its
 * files are opened as their documents come). */
static int open_output(const cli_config *cfg, writer *w)
{
    if (cfg->output_dir) {
        char *dir = strdup(cfg->output_dir);
        int err = dir ? cli_make_dirs(dir, 1) : ENOMEM;
        free(dir);
        if (err)
            fprintf(stderr, "maintext: %s: %s\n", cfg->output_dir, strerror(err));
        return err ? -1 : 0;
    }
    FILE *out = stdout;
    const char *name = "standard output";
    if (cfg->output && strcmp(cfg->output, "-") != 0) {
        out = fopen(cfg->output, "wb");
        name = cfg->output;
        if (!out) {
            fprintf(stderr, "maintext: %s: %s\n", cfg->output, strerror(errno));
            return -1;
        }
    }
    open_stream(w, out, name, w->several);
    return 0;
}

static int close_output(writer *w)
{
    /* a write that failed says why (errno may have changed since) */
    int failed = w->output_failed || fflush(w->out) != 0 || ferror(w->out);
    int err = w->write_errno ? w->write_errno : errno;
    if (w->out != stdout && fclose(w->out) != 0 && !failed) {
        failed = 1;
        err = errno;
    }
    if (failed) {
        clear_progress(w);
        fprintf(stderr, "maintext: %s: %s\n", w->out_name, strerror(err ? err : EIO));
    }
    return failed ? -1 : 0;
}

/* One extractor per thread. Returns how many were made (all or none). */
static unsigned make_extractors(const mt_options *opts, mt_extractor **ex, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        mt_status st;
        ex[i] = mt_extractor_new(opts, &st);
        if (!ex[i]) {
            fprintf(stderr, "maintext: %s\n", mt_strerror(st));
            for (unsigned k = 0; k < i; k++)
                mt_extractor_free(ex[k]);
            return 0;
        }
    }
    return n;
}

/* After an output error under --output-dir the run stops: the inputs
 * whose files were not written (the one that failed and those not read)
 * are counted, so that none is lost without a word. With one output
 * stream the whole stream is in doubt, and its error says so. */
static void tell_unwritten(const writer *w)
{
    if (!w->output_failed || !w->cfg->output_dir || w->inputs_done >= w->total)
        return;
    size_t left = w->total - w->inputs_done;
    fprintf(stderr, "maintext: the output error stopped the run: %zu of %zu input%s not done\n",
            left, w->total, w->total == 1 ? "" : "s");
}

/* Under --output-dir, the file of an archive the stop cut off (the one
 * file left open: a page's is closed as soon as it is written) holds whole
 * documents but not all of them, and would pass for the archive's whole
 * batch: it is removed, as a file an output error cut is, and told. */
static void remove_stopped_archive_file(writer *w)
{
    close_stream(w);
    if (remove(w->out_name) == 0) {
        make_way_for_message(w);
        fprintf(stderr, "maintext: %s: removed: the stop came before the end of its archive\n",
                w->out_name);
    }
}

/* A batch stopped by a signal says how far it got: told even with
 * --quiet, as an error is. */
static void tell_stopped(const writer *w)
{
    if (!stop_signal)
        return;
    fprintf(stderr, "maintext: stopped by %s: %zu of %zu input%s done",
            stop_signal == SIGINT ? "SIGINT" : "SIGTERM", w->inputs_done, w->total,
            w->total == 1 ? "" : "s");
    if (w->archives)
        fprintf(stderr, " (%zu pages and bad records)", w->done);
    fprintf(stderr, "; the output holds whole documents up to there\n");
}

/* --dedup: how many pages were left out, archives' included. */
static void tell_duplicates(const writer *w)
{
    if (!w->duplicates || w->cfg->quiet)
        return;
    fprintf(stderr, "maintext: --dedup left out %zu page%s: the same main text as an earlier "
                    "one%s\n",
            w->duplicates, w->duplicates == 1 ? "" : "s",
            w->cfg->dedup_near ? ", or nearly" : "");
}

static int exit_status(const writer *w)
{
    if (w->output_failed)
        return EXIT_OUTPUT;
    if (w->failed || w->damaged)
        return EXIT_INPUT;
    return w->with_content ? EXIT_CONTENT : EXIT_NO_CONTENT;
}

/* Ends the process as main would have, its output finished and told,
 * without waiting for the workers left running (see run_parallel). */
static _Noreturn void end_leaving_workers(int status)
{
    if (stop_signal)
        die_of_stop_signal();
    fflush(stderr);
    _exit(status);
}

/* The inputs: those named on the command line, then those of the
 * --input-file list (in *list, freed by the caller); standard input when
 * there are neither. *inputs is malloc'd. Returns 0, or an exit status
 * after telling what is wrong. */
static size_t count_stdin(char *const *names, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += strcmp(names[i], "-") == 0;
    return count;
}

static int stdin_twice(void)
{
    fprintf(stderr, "maintext: standard input (-) can be read only once\n"
                    "Try 'maintext --help' for more information.\n");
    return EXIT_USAGE;
}

static int gather_inputs(const cli_config *cfg, cli_input_list *list, char ***inputs, size_t *n)
{
    static char *stdin_only[] = { "-" };
    char why[256];
    memset(list, 0, sizeof *list);
    *inputs = NULL;
    /* standard input named twice on the command line (a list read from it
     * counts) is found before the list is read */
    size_t stdin_uses = count_stdin(cfg->inputs, cfg->ninputs) +
                        (cfg->input_file && strcmp(cfg->input_file, "-") == 0);
    if (stdin_uses > 1)
        return stdin_twice();
    if (cfg->input_file && cli_read_input_list(cfg->input_file, list, why, sizeof why) != 0) {
        fprintf(stderr, "maintext: %s: %s\n",
                strcmp(cfg->input_file, "-") == 0 ? "standard input" : cfg->input_file, why);
        return EXIT_INPUT;
    }
    if (stdin_uses + count_stdin(list->names, list->n) > 1)
        return stdin_twice();
    /* told as an empty directory is: a run with nothing to do says why */
    if (cfg->input_file && !list->n && !cfg->quiet)
        fprintf(stderr, "maintext: %s: no input named in it\n",
                strcmp(cfg->input_file, "-") == 0 ? "standard input" : cfg->input_file);
    char **named = cfg->ninputs || cfg->input_file ? cfg->inputs : stdin_only;
    size_t nnamed = cfg->ninputs || cfg->input_file ? cfg->ninputs : 1;
    *n = nnamed + list->n;
    *inputs = malloc((*n ? *n : 1) * sizeof **inputs);
    if (!*inputs) {
        fprintf(stderr, "maintext: %s\n", mt_strerror(MT_ERR_NOMEM));
        return EXIT_OUTPUT;
    }
    /* (no copy from a list that has no names: its pointer is NULL then) */
    memcpy(*inputs, named, nnamed * sizeof *named);
    if (list->n)
        memcpy(*inputs + nnamed, list->names, list->n * sizeof *list->names);
    return 0;
}

/* Whether `path` names a regular file (stat opens nothing: a FIFO is not
 * waited on). One that cannot be stat'ed counts as one: its open tells. */
static int is_regular_file(const char *path)
{
    struct stat st;
    return stat(path, &st) != 0 || S_ISREG(st.st_mode);
}

/* Marks the inputs that are web archives: all with --warc, else the named
 * files whose first bytes are an archive's (standard input is one only
 * with --warc). Among several inputs a pipe is looked at in its turn
 * (INPUT_LOOK_LATER): opened here, it would wait for its writer, who may
 * be writing an earlier input first, and hold a descriptor. A lone pipe
 * is looked at here, to dress its output, and its head kept in *kept, as
 * it cannot be read again. Returns 0, or -1 when out of memory. */
static int find_archives(const cli_config *cfg, const cli_entries *e, unsigned char *is_archive,
                         cli_head **kept)
{
    for (size_t i = 0; i < e->n; i++) {
        const cli_entry *en = &e->v[i];
        if (cli_entry_left_out(en))
            continue;
        if (cfg->warc) {
            is_archive[i] = INPUT_ARCHIVE;
            continue;
        }
        if (strcmp(en->path, "-") == 0)
            continue;
        if (e->n > 1 && !is_regular_file(en->path)) {
            is_archive[i] = INPUT_LOOK_LATER;
            continue;
        }
        int what = look_now(en->path, kept);
        if (what < 0)
            return -1;
        is_archive[i] = (unsigned char)what;
    }
    return 0;
}

/* Extracts the inputs, in order, and writes them as one batch (or under
 * --output-dir each to its own file). */
static int run_batch(const cli_config *cfg, cli_entries *e)
{
    const size_t n = e->n;
    mt_options opts;
    options_from_config(cfg, &opts);
    cli_context ctx = { cfg, opts.parse.max_input_size, 0, 0 };
    writer w;
    memset(&w, 0, sizeof w);
    w.cfg = cfg;
    w.entries = e;
    w.total = n;
    int refused = output_is_an_input(cfg, e);
    if (refused)
        return refused;
    unsigned char *is_archive = calloc(n ? n : 1, 1);
    job_source src = { &ctx, e->v, is_archive, n, 0, NULL, NULL };
    if (!is_archive || find_archives(cfg, e, is_archive, &src.kept) != 0) {
        fprintf(stderr, "maintext: %s\n", mt_strerror(MT_ERR_NOMEM));
        close_source(&src);
        free(is_archive);
        return EXIT_OUTPUT;
    }
    for (size_t i = 0; i < n; i++)
        w.archives |= is_archive[i] == INPUT_ARCHIVE;
    ctx.archives = w.archives;
    /* an archive is a batch of pages, dressed as one, and as many threads
     * as asked have work however few the inputs; a directory is a batch
     * even when it holds one file (its output says which); under
     * --output-dir each file is written alone */
    int is_batch = n > 1 || w.archives || (e->from_dir && n);
    ctx.several = w.several = (is_batch || cfg->json_lines) && !cfg->output_dir;
    w.progress = is_batch && !cfg->quiet && isatty(STDERR_FILENO);
    /* (one archive's own line counts its records: no second one) */
    w.summary = w.progress || (!cfg->quiet && n > 1);
    const unsigned made = w.archives || cfg->jobs < n ? cfg->jobs : n ? (unsigned)n : 1;
    mt_extractor *ex[CLI_MAX_JOBS];
    if (!make_extractors(&opts, ex, made)) {
        close_source(&src);
        free(is_archive);
        return EXIT_OUTPUT;
    }
    int status = EXIT_OUTPUT;
    if (is_batch)       /* (one page read from a terminal ends at one Ctrl-C) */
        stop_on_signals();
    if (open_output(cfg, &w) == 0) {
        int ran = made > 1 ? run_parallel(&ctx, ex, made, &src, &w) : RUN_NO_THREAD;
        if (ran == RUN_NO_THREAD)   /* (one job, or no thread could start: done here) */
            run_sequential(&ctx, ex[0], &src, &w);
        finish_progress(&w);
        if (w.out && stop_signal && cfg->output_dir)
            remove_stopped_archive_file(&w);
        else if (w.out)             /* (under --output-dir: one left open by a failure) */
            close_stream(&w);
        tell_unwritten(&w);
        tell_stopped(&w);
        tell_duplicates(&w);
        status = exit_status(&w);
        /* before anything is freed: the workers left still use src, ctx,
         * ex, is_archive and the entries */
        if (ran == RUN_WORKERS_LEFT)
            end_leaving_workers(status);
    }
    close_source(&src);
    cli_seen_free(&w.seen);
    cli_near_free(&w.near);
    for (unsigned t = 0; t < made; t++)
        mt_extractor_free(ex[t]);
    free(is_archive);
    return status;
}

/* The inputs with each directory replaced by the files under it, and
 * under --output-dir each one's output file. Returns 0, or an exit status
 * after telling what is wrong. */
static int expand_inputs(const cli_config *cfg, char **inputs, size_t n, cli_entries *e)
{
    int err = cli_walk_inputs(inputs, n, e);
    if (err == 0 && cfg->output_dir)
        err = cli_plan_outputs(cfg->output_dir, cfg->format, e);
    if (err == E2BIG) {
        fprintf(stderr, "maintext: more than %zu inputs in one run\n", CLI_WALK_MAX_ENTRIES);
        return EXIT_INPUT;
    }
    if (err) {
        fprintf(stderr, "maintext: %s\n", mt_strerror(MT_ERR_NOMEM));
        return EXIT_OUTPUT;
    }
    return 0;
}

static int run(const cli_config *cfg)
{
    cli_input_list list;
    char **inputs;
    size_t n;
    cli_entries entries = { 0 };
    int status = gather_inputs(cfg, &list, &inputs, &n);
    if (status == 0)
        status = expand_inputs(cfg, inputs, n, &entries);
    if (status == 0)
        status = run_batch(cfg, &entries);
    cli_entries_free(&entries);
    free(inputs);
    cli_input_list_free(&list);
    return status;
}

int main(int argc, char **argv)
{
    cli_config cfg;
    if (cli_parse_args(argc, argv, &cfg, stderr) != 0)
        return EXIT_USAGE;
    if (cfg.help) {
        cli_print_help(stdout);
        return fflush(stdout) == 0 ? EXIT_CONTENT : EXIT_OUTPUT;
    }
    if (cfg.version) {
        /* the inflater too (it sets how fast archives are read), whether
         * zstd-compressed archives can be read, and which content codings
         * of the pages they hold can be read at all */
        const char *zstd = unzstd_library();
        printf("maintext %s\narchives: gzip inflated with %s; zstd-compressed (.warc.zst) %s%s; "
               "content codings read: %s\n",
               mt_version(), gunzip_inflater(), zstd ? "read with " : "not read (built without libzstd)",
               zstd ? zstd : "", http_content_codings());
        return fflush(stdout) == 0 ? EXIT_CONTENT : EXIT_OUTPUT;
    }
    if (check_charset(&cfg) != 0 || check_languages(&cfg) != 0)
        return EXIT_USAGE;
    int status = run(&cfg);
    if (stop_signal)
        die_of_stop_signal();
    return status;
}
