/* bench_util.h -- shared pieces of the benchmark programs: loading a page
 * set into memory, a clock, and an allocator that counts the bytes held. */
#ifndef MT_BENCH_UTIL_H
#define MT_BENCH_UTIL_H

#include <stddef.h>
#include "maintext.h"

typedef struct bench_page {
    char *path;
    char *data;
    size_t len;
} bench_page;

typedef struct bench_pages {
    bench_page *items;
    size_t count;
    size_t total_bytes;
} bench_pages;

/* Loads every regular file ending in `suffix` under each directory (or the
 * named files themselves), recursively, sorted by path. Returns 0 or -1. */
int bench_load_pages(bench_pages *pages, char **paths, int npaths, const char *suffix);
void bench_free_pages(bench_pages *pages);

/* Reads the command line every benchmark takes, `NAME [--rounds N]
 * DIR|FILE...`, and loads the pages. Returns 0, or -1 after printing usage or
 * the problem to stderr (pages then hold nothing to free). */
int bench_setup(int argc, char **argv, const char *name, int default_rounds,
                bench_pages *pages, int *rounds);

/* Seconds of CPU time used by the process (benchmarks run on one thread). */
double bench_now(void);

/* The median of n values (sorts them in place). */
double bench_median(double *v, int n);

/* An mt_allocator that tracks the bytes currently held and their peak. */
typedef struct bench_counter {
    size_t current;
    size_t peak;
} bench_counter;

mt_allocator bench_counting_allocator(bench_counter *counter);
static inline void bench_counter_reset_peak(bench_counter *c) { c->peak = c->current; }

#endif
