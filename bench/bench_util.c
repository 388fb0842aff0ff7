/* bench_util.c -- page loading, timing and byte counting for benchmarks. */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "bench_util.h"

int bench_setup(int argc, char **argv, const char *name, int default_rounds,
                bench_pages *pages, int *rounds)
{
    int first = 1;
    *rounds = default_rounds;
    if (argc > 2 && !strcmp(argv[1], "--rounds")) {
        *rounds = atoi(argv[2]);
        first = 3;
    }
    if (first >= argc || *rounds < 1 || *rounds > 1000) {
        fprintf(stderr, "usage: %s [--rounds N] DIR|FILE...\n", name);
        return -1;
    }
    if (bench_load_pages(pages, argv + first, argc - first, ".html") != 0 || !pages->count) {
        fprintf(stderr, "%s: no .html pages found\n", name);
        bench_free_pages(pages);
        return -1;
    }
    return 0;
}

/* CPU time of this (single-threaded) process, not wall time: the machines
 * are shared, and another job's load moved wall-clock figures by 2x. */
double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double bench_median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, compare_doubles);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t l = strlen(s), sl = strlen(suffix);
    return l >= sl && strcmp(s + l - sl, suffix) == 0;
}

static int add_file(bench_pages *pages, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || st.st_size < 0) {
        fclose(f);
        return -1;
    }
    size_t len = (size_t)st.st_size;
    char *data = malloc(len + 1);
    if (!data || fread(data, 1, len, f) != len) {
        free(data);
        fclose(f);
        return -1;
    }
    fclose(f);
    data[len] = '\0';
    bench_page *items = realloc(pages->items, (pages->count + 1) * sizeof *items);
    if (!items) {
        free(data);
        return -1;
    }
    pages->items = items;
    items[pages->count].path = strdup(path);
    items[pages->count].data = data;
    items[pages->count].len = len;
    pages->count++;
    pages->total_bytes += len;
    return 0;
}

static int walk(bench_pages *pages, const char *path, const char *suffix)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "bench: %s: cannot stat\n", path);
        return -1;
    }
    if (S_ISREG(st.st_mode))
        return has_suffix(path, suffix) ? add_file(pages, path) : 0;
    if (!S_ISDIR(st.st_mode))
        return 0;
    DIR *d = opendir(path);
    if (!d)
        return -1;
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(path) + strlen(e->d_name) + 2;
        char *child = malloc(n);
        if (!child) {
            rc = -1;
            break;
        }
        snprintf(child, n, "%s/%s", path, e->d_name);
        rc = walk(pages, child, suffix);
        free(child);
    }
    closedir(d);
    return rc;
}

static int by_path(const void *a, const void *b)
{
    return strcmp(((const bench_page *)a)->path, ((const bench_page *)b)->path);
}

int bench_load_pages(bench_pages *pages, char **paths, int npaths, const char *suffix)
{
    memset(pages, 0, sizeof *pages);
    for (int i = 0; i < npaths; i++)
        if (walk(pages, paths[i], suffix) != 0)
            return -1;
    qsort(pages->items, pages->count, sizeof *pages->items, by_path);
    return 0;
}

void bench_free_pages(bench_pages *pages)
{
    for (size_t i = 0; i < pages->count; i++) {
        free(pages->items[i].path);
        free(pages->items[i].data);
    }
    free(pages->items);
    memset(pages, 0, sizeof *pages);
}

/* Each block carries its size in a header so `free` can subtract it. */
typedef struct block_header {
    size_t size;
    size_t pad;     /* keeps the payload 16-byte aligned */
} block_header;

static void *count_malloc(void *ctx, size_t size)
{
    bench_counter *c = ctx;
    block_header *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    c->current += size;
    if (c->current > c->peak)
        c->peak = c->current;
    return h + 1;
}

static void count_free(void *ctx, void *p, size_t size)
{
    (void)size;
    if (!p)
        return;
    bench_counter *c = ctx;
    block_header *h = (block_header *)p - 1;
    c->current -= h->size;
    free(h);
}

static void *count_realloc(void *ctx, void *p, size_t old_size, size_t new_size)
{
    (void)old_size;
    if (!p)
        return count_malloc(ctx, new_size);
    bench_counter *c = ctx;
    block_header *h = (block_header *)p - 1;
    size_t was = h->size;
    block_header *nh = realloc(h, sizeof *nh + new_size);
    if (!nh)
        return NULL;
    nh->size = new_size;
    c->current = c->current - was + new_size;
    if (c->current > c->peak)
        c->peak = c->current;
    return nh + 1;
}

mt_allocator bench_counting_allocator(bench_counter *counter)
{
    mt_allocator a = { count_malloc, count_realloc, count_free, counter };
    return a;
}
