/* extract_bench.c -- extraction speed and memory, single thread, in-process.
 * Prints, as its last line:
 *
 *   extract: N pages, P pages/s, M MB/s, parse share S%, peak memory X.XXx input
 *
 * Each round times mt_extract over every page (one extractor, reused as a
 * batch job would), the same with MT_METADATA_BASIC (what plain-text and
 * Markdown output need), and mt_parse + mt_document_free over the same
 * pages, in turns, 32 pages at a time (see CHUNK_PAGES); the parse share
 * is parse time over extraction time (medians over rounds). The last line
 * is of the default options; the line before it of MT_METADATA_BASIC.
 * Peak memory is measured in a separate pass with a counting allocator and a
 * fresh extractor per page: bytes held at the peak, summed over pages, over
 * input bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench_util.h"

#define DEFAULT_ROUNDS 5

/* Pages timed together: the extraction and the parse of a chunk are timed
 * one right after the other, so that both see the machine as it is then
 * (on a shared machine its speed drifts by a quarter within a second). */
#define CHUNK_PAGES 32

static void extract_range(mt_extractor *ex, const bench_pages *pages, size_t from, size_t to,
                          size_t *found)
{
    for (size_t i = from; i < to; i++) {
        const mt_result *r;
        *found += mt_extract(ex, pages->items[i].data, pages->items[i].len, NULL, &r) == MT_OK;
    }
}

static void parse_range(const bench_pages *pages, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        mt_document_free(mt_parse(pages->items[i].data, pages->items[i].len, NULL, NULL));
}

static mt_extractor *new_extractor(mt_metadata_scope scope)
{
    mt_options opts;
    mt_options_default(&opts);
    opts.metadata = scope;
    mt_status st;
    mt_extractor *ex = mt_extractor_new(&opts, &st);
    if (!ex) {
        fprintf(stderr, "extract-bench: %s\n", mt_strerror(st));
        exit(2);
    }
    return ex;
}

/* What a round times: extraction with each metadata scope, and the parse. */
enum { TIMED_ALL, TIMED_BASIC, TIMED_PARSE, TIMED__COUNT };

/* One round: every page extracted (one extractor per scope, reused as a
 * batch job would) and parsed, chunk by chunk, the three in turns first;
 * the time of each, summed, in time[TIMED_*]. *with_content counts the
 * pages with main content; the two scopes must find the same pages (the
 * text does not depend on the scope), else the bench stops. */
static void time_round(const bench_pages *pages, double time[TIMED__COUNT], size_t *with_content)
{
    mt_extractor *all = new_extractor(MT_METADATA_ALL);
    mt_extractor *basic = new_extractor(MT_METADATA_BASIC);
    size_t found = 0, found_basic = 0;
    for (int i = 0; i < TIMED__COUNT; i++)
        time[i] = 0;
    for (size_t from = 0, k = 0; from < pages->count; from += CHUNK_PAGES, k++) {
        size_t to = pages->count - from < CHUNK_PAGES ? pages->count : from + CHUNK_PAGES;
        for (int step = 0; step < TIMED__COUNT; step++) {
            int what = (step + (int)(k % TIMED__COUNT)) % TIMED__COUNT;
            double t0 = bench_now();
            if (what == TIMED_ALL)
                extract_range(all, pages, from, to, &found);
            else if (what == TIMED_BASIC)
                extract_range(basic, pages, from, to, &found_basic);
            else
                parse_range(pages, from, to);
            time[what] += bench_now() - t0;
        }
    }
    mt_extractor_free(all);
    mt_extractor_free(basic);
    if (found_basic != found) {
        fprintf(stderr, "extract-bench: %zu pages with content by default, %zu with basic metadata\n",
                found, found_basic);
        exit(2);
    }
    *with_content = found;
}

/* The corpus figure (bytes held at each page's peak, summed, over input
 * bytes) and, over pages of 16 KiB or more (smaller ones are dominated by
 * fixed sizes: the first chunks, the metadata's scratch), the median page's
 * and the worst page's own ratio. */
static double peak_memory_ratio(const bench_pages *pages, double *median, double *worst,
                                const char **worst_path)
{
    bench_counter counter = { 0, 0 };
    mt_allocator alloc = bench_counting_allocator(&counter);
    mt_options opts;
    mt_options_default(&opts);
    opts.parse.allocator = &alloc;
    double sum = 0;
    *worst = 0;
    *worst_path = "";
    double *ratios = malloc((pages->count + 1) * sizeof *ratios);
    size_t nratios = 0;
    if (!ratios)
        exit(2);
    for (size_t i = 0; i < pages->count; i++) {
        bench_counter_reset_peak(&counter);
        mt_extractor *ex = mt_extractor_new(&opts, NULL);
        const mt_result *r;
        mt_extract(ex, pages->items[i].data, pages->items[i].len, NULL, &r);
        mt_extractor_free(ex);
        sum += (double)counter.peak;
        double ratio = pages->items[i].len ? (double)counter.peak / (double)pages->items[i].len : 0;
        if (pages->items[i].len < 16384)
            continue;
        ratios[nratios++] = ratio;
        if (ratio > *worst) {
            *worst = ratio;
            *worst_path = pages->items[i].path;
        }
    }
    *median = nratios ? bench_median(ratios, (int)nratios) : 0;
    free(ratios);
    return pages->total_bytes ? sum / (double)pages->total_bytes : 0;
}


int main(int argc, char **argv)
{
    int rounds;
    bench_pages pages;
    if (bench_setup(argc, argv, "extract-bench", DEFAULT_ROUNDS, &pages, &rounds) != 0)
        return 2;
    double mb = (double)pages.total_bytes / 1e6;
    printf("extract-bench: %zu pages, %.1f MB, %d rounds\n", pages.count, mb, rounds);
    double *times[TIMED__COUNT];
    for (int i = 0; i < TIMED__COUNT; i++)
        if (!(times[i] = calloc((size_t)rounds, sizeof *times[i])))
            return 2;
    size_t with_content = 0;
    for (int r = 0; r < rounds; r++) {
        double t[TIMED__COUNT];
        time_round(&pages, t, &with_content);
        for (int i = 0; i < TIMED__COUNT; i++)
            times[i][r] = t[i];
        printf("round %d: extract %.3f s, with basic metadata %.3f s, parse %.3f s\n", r + 1,
               t[TIMED_ALL], t[TIMED_BASIC], t[TIMED_PARSE]);
        fflush(stdout);
    }
    double median_page, worst;
    const char *worst_path;
    double mem = peak_memory_ratio(&pages, &median_page, &worst, &worst_path);
    double e = bench_median(times[TIMED_ALL], rounds), p = bench_median(times[TIMED_PARSE], rounds);
    double eb = bench_median(times[TIMED_BASIC], rounds);
    printf("pages with main content: %zu of %zu\n", with_content, pages.count);
    if (worst > 0)
        printf("peak memory of pages >= 16 KiB: median %.2fx input, worst %.2fx (%s)\n",
               median_page, worst, worst_path);
    printf("extract with basic metadata (MT_METADATA_BASIC): %.0f pages/s, %.1f MB/s, "
           "parse share %.0f%%\n", (double)pages.count / eb, mb / eb, 100.0 * p / eb);
    printf("extract: %zu pages, %.0f pages/s, %.1f MB/s, parse share %.0f%%, peak memory %.2fx input\n",
           pages.count, (double)pages.count / e, mb / e, 100.0 * p / e, mem);
    for (int i = 0; i < TIMED__COUNT; i++)
        free(times[i]);
    bench_free_pages(&pages);
    return 0;
}
