/* extract_bench.c -- extraction speed and memory, single thread, in-process.
 * Prints, as its last line:
 *
 *   extract: N pages, P pages/s, M MB/s, parse share S%, peak memory X.XXx input
 *
 * Each round times mt_extract over every page (one extractor, reused as a
 * batch job would) and mt_parse + mt_document_free over the same pages, in
 * turns, 32 pages at a time (see CHUNK_PAGES); the parse share is parse
 * time over extraction time (medians over rounds).
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

/* One round: every page extracted (one extractor, reused as a batch job
 * would) and parsed, chunk by chunk, the two in turns first; the time of
 * each, summed, in *extract and *parse. */
static void time_round(const bench_pages *pages, double *extract, double *parse,
                       size_t *with_content)
{
    mt_status st;
    mt_extractor *ex = mt_extractor_new(NULL, &st);
    if (!ex) {
        fprintf(stderr, "extract-bench: %s\n", mt_strerror(st));
        exit(2);
    }
    size_t found = 0;
    *extract = *parse = 0;
    for (size_t from = 0, k = 0; from < pages->count; from += CHUNK_PAGES, k++) {
        size_t to = pages->count - from < CHUNK_PAGES ? pages->count : from + CHUNK_PAGES;
        for (int step = 0; step < 2; step++) {
            double t0 = bench_now();
            if ((step + (int)(k & 1)) % 2 == 0)
                extract_range(ex, pages, from, to, &found);
            else
                parse_range(pages, from, to);
            double t = bench_now() - t0;
            *((step + (int)(k & 1)) % 2 == 0 ? extract : parse) += t;
        }
    }
    mt_extractor_free(ex);
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
    double *ext = calloc((size_t)rounds, sizeof *ext), *par = calloc((size_t)rounds, sizeof *par);
    if (!ext || !par)
        return 2;
    size_t with_content = 0;
    for (int r = 0; r < rounds; r++) {
        time_round(&pages, &ext[r], &par[r], &with_content);
        printf("round %d: extract %.3f s, parse %.3f s\n", r + 1, ext[r], par[r]);
        fflush(stdout);
    }
    double median_page, worst;
    const char *worst_path;
    double mem = peak_memory_ratio(&pages, &median_page, &worst, &worst_path);
    double e = bench_median(ext, rounds), p = bench_median(par, rounds);
    printf("pages with main content: %zu of %zu\n", with_content, pages.count);
    if (worst > 0)
        printf("peak memory of pages >= 16 KiB: median %.2fx input, worst %.2fx (%s)\n",
               median_page, worst, worst_path);
    printf("extract: %zu pages, %.0f pages/s, %.1f MB/s, parse share %.0f%%, peak memory %.2fx input\n",
           pages.count, (double)pages.count / e, mb / e, 100.0 * p / e, mem);
    free(ext);
    free(par);
    bench_free_pages(&pages);
    return 0;
}
