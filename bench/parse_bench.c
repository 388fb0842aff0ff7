/* parse_bench.c -- our HTML parser and libxml2's side by side on the same
 * pages, in one process, alternating round by round so that machine noise
 * hits both alike. Prints, as its last line:
 *
 *   parse: maintext A MB/s, libxml2 B MB/s, ratio R.RRx, peak arena P.PPx input
 *
 * A and B are medians over the rounds. P is the memory the parse held at its
 * peak (arena and parser buffers, counted by a wrapping allocator) summed
 * over pages, divided by the input bytes; the worst page of at least 16 KiB
 * is printed above it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include "bench_util.h"

#define DEFAULT_ROUNDS 5

/* HTML_PARSE_NOERROR does not reach libxml2's encoding layer, which would
 * print a line for every page it cannot convert, in every round. */
static void drop_libxml2_message(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static double parse_all_maintext(const bench_pages *pages)
{
    double t0 = bench_now();
    for (size_t i = 0; i < pages->count; i++) {
        mt_status st;
        mt_document *doc = mt_parse(pages->items[i].data, pages->items[i].len, NULL, &st);
        if (!doc) {
            fprintf(stderr, "parse-bench: %s: %s\n", pages->items[i].path, mt_strerror(st));
            continue;
        }
        mt_document_free(doc);
    }
    return bench_now() - t0;
}

static double parse_all_libxml2(const bench_pages *pages)
{
    const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                     HTML_PARSE_NONET;
    double t0 = bench_now();
    for (size_t i = 0; i < pages->count; i++) {
        htmlDocPtr doc = htmlReadMemory(pages->items[i].data, (int)pages->items[i].len,
                                        NULL, NULL, opts);
        if (doc)
            xmlFreeDoc(doc);
    }
    return bench_now() - t0;
}

/* One pass with a counting allocator: per-page peak bytes held. */
static void measure_memory(const bench_pages *pages, double *ratio, double *worst,
                           const char **worst_path)
{
    bench_counter counter = { 0, 0 };
    mt_allocator alloc = bench_counting_allocator(&counter);
    mt_parse_options opts;
    mt_parse_options_default(&opts);
    opts.allocator = &alloc;
    double peak_sum = 0;
    *worst = 0;
    *worst_path = "";
    for (size_t i = 0; i < pages->count; i++) {
        bench_counter_reset_peak(&counter);
        mt_document *doc = mt_parse(pages->items[i].data, pages->items[i].len, &opts, NULL);
        mt_document_free(doc);
        peak_sum += (double)counter.peak;
        double r = pages->items[i].len ? (double)counter.peak / (double)pages->items[i].len : 0;
        if (pages->items[i].len >= 16384 && r > *worst) {
            *worst = r;
            *worst_path = pages->items[i].path;
        }
    }
    *ratio = pages->total_bytes ? peak_sum / (double)pages->total_bytes : 0;
}


int main(int argc, char **argv)
{
    int rounds;
    bench_pages pages;
    if (bench_setup(argc, argv, "parse-bench", DEFAULT_ROUNDS, &pages, &rounds) != 0)
        return 2;
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, drop_libxml2_message);
    double mb = (double)pages.total_bytes / 1e6;
    printf("parse-bench: %zu pages, %.1f MB, %d rounds\n", pages.count, mb, rounds);
    double *ours = calloc((size_t)rounds, sizeof *ours);
    double *theirs = calloc((size_t)rounds, sizeof *theirs);
    if (!ours || !theirs)
        return 2;
    for (int r = 0; r < rounds; r++) {
        double a = parse_all_maintext(&pages), b = parse_all_libxml2(&pages);
        ours[r] = mb / a;
        theirs[r] = mb / b;
        printf("round %d: maintext %.1f MB/s, libxml2 %.1f MB/s\n", r + 1, ours[r], theirs[r]);
        fflush(stdout);
    }
    double ratio_mem, worst;
    const char *worst_path;
    measure_memory(&pages, &ratio_mem, &worst, &worst_path);
    if (worst > 0)
        printf("worst peak among pages >= 16 KiB: %.2fx input (%s)\n", worst, worst_path);
    double a = bench_median(ours, rounds), b = bench_median(theirs, rounds);
    printf("parse: maintext %.1f MB/s, libxml2 %.1f MB/s, ratio %.2fx, peak arena %.2fx input\n",
           a, b, a / b, ratio_mem);
    free(ours);
    free(theirs);
    xmlCleanupParser();
    bench_free_pages(&pages);
    return 0;
}
