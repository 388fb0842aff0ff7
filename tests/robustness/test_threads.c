/* test_threads.c -- extraction is thread-safe: the fixture pages
 * (the .html files of tests/fixtures/pages) extracted on four threads at once, one
 * extractor per thread, give byte for byte what one thread gives.
 *
 *     test_threads PAGES_DIR
 *
 * Each page is first extracted alone and rendered in every format (JSON with
 * its blocks and sources). Then four threads each take every page, several
 * rounds, each thread starting at a different page so that different pages
 * are in flight at once, and compare every rendering with the reference.
 * Under ThreadSanitizer (make tsan) this also shows any data race;
 * without it, shared mutable state would show as a difference sooner or
 * later. */
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "maintext.h"
#include "harness.h"

enum { THREADS = 4, ROUNDS = 30, MAX_PAGES = 64, FORMATS = 7 };

typedef struct page {
    char name[256];
    char *html;
    size_t len;
    char *expected[FORMATS];   /* the single-threaded renderings */
} page;

static page pages[MAX_PAGES];
static size_t npages;

static const mt_format formats[FORMATS] = { MT_FORMAT_TEXT, MT_FORMAT_MARKDOWN,
                                            MT_FORMAT_HTML, MT_FORMAT_JSON, MT_FORMAT_XML,
                                            MT_FORMAT_TEI, MT_FORMAT_CSV };

static void options(mt_options *o)
{
    mt_options_default(o);
    o->include = MT_INCLUDE_TABLES | MT_INCLUDE_IMAGES | MT_INCLUDE_LINKS |
                 MT_INCLUDE_FORMATTING | MT_INCLUDE_COMMENTS;
    o->reference_time = 1735689600;   /* 2025-01-01: dates judged the same in every run */
}

/* Extracts one page and renders it in every format into out[]; the
 * renderings are empty strings for a page without content. Returns 0, or
 * -1 when something failed (then out[] holds what was made). */
static int extract_page(mt_extractor *ex, const page *p, char *out[FORMATS])
{
    const mt_result *r = NULL;
    char url[300];
    snprintf(url, sizeof url, "https://example.org/%s", p->name);
    mt_status st = mt_extract(ex, p->html, p->len, url, &r);
    if (st != MT_OK && st != MT_ERR_NO_CONTENT)
        return -1;
    int rc = 0;
    for (int f = 0; f < FORMATS; f++) {
        out[f] = mt_render(r, formats[f], MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN, NULL, NULL, &st);
        rc |= out[f] ? 0 : -1;
    }
    return rc;
}

static void free_renderings(char *out[FORMATS])
{
    for (int f = 0; f < FORMATS; f++) {
        mt_free(NULL, out[f]);
        out[f] = NULL;
    }
}

/* ------------------------------------------------------------------ threads */

typedef struct worker {
    int id;
    size_t extracted;
    size_t differences;
    size_t errors;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    mt_options o;
    options(&o);
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    if (!ex) {
        w->errors++;
        return NULL;
    }
    for (int round = 0; round < ROUNDS; round++) {
        for (size_t k = 0; k < npages; k++) {
            const page *p = &pages[(k + (size_t)w->id * npages / THREADS + (size_t)round) % npages];
            char *out[FORMATS] = { 0 };
            if (extract_page(ex, p, out) != 0)
                w->errors++;
            for (int f = 0; f < FORMATS; f++)
                if (out[f] && strcmp(out[f], p->expected[f]) != 0) {
                    w->differences++;
                    fprintf(stderr, "thread %d: %s, format %d differs from one thread's\n",
                            w->id, p->name, (int)formats[f]);
                }
            free_renderings(out);
            w->extracted++;
        }
    }
    mt_extractor_free(ex);
    return NULL;
}

/* ------------------------------------------------------------------ setup */

static int by_name(const void *a, const void *b)
{
    return strcmp(((const page *)a)->name, ((const page *)b)->name);
}

static void load_pages(const char *dir)
{
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && npages < MAX_PAGES) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".html") != 0 || n >= sizeof pages[0].name)
            continue;
        page *p = &pages[npages];
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        p->html = harness_read_file(path, &p->len);
        CHECK(p->html != NULL);
        if (!p->html)
            continue;
        memcpy(p->name, e->d_name, n + 1);
        npages++;
    }
    closedir(d);
    qsort(pages, npages, sizeof *pages, by_name);
}

/* The reference: every page alone, on this thread, with a new extractor. */
static void make_references(void)
{
    size_t with_content = 0;
    for (size_t i = 0; i < npages; i++) {
        mt_options o;
        options(&o);
        mt_extractor *ex = mt_extractor_new(&o, NULL);
        CHECK(ex && extract_page(ex, &pages[i], pages[i].expected) == 0);
        with_content += pages[i].expected[0] && pages[i].expected[0][0];
        mt_extractor_free(ex);
    }
    /* the fixtures are mostly articles: a test of empty results proves little */
    CHECK(with_content >= npages / 2);
    printf("%zu pages, %zu with main content\n", npages, with_content);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_threads PAGES_DIR\n");
        return 2;
    }
    harness_current = "threads";
    load_pages(argv[1]);
    CHECK(npages >= 8);
    make_references();

    pthread_t threads[THREADS];
    worker workers[THREADS];
    int started = 0;
    for (int t = 0; t < THREADS; t++) {
        workers[t] = (worker){ .id = t };
        if (pthread_create(&threads[t], NULL, work, &workers[t]) == 0)
            started++;
        else
            break;
    }
    CHECK_INT(started, THREADS);
    size_t extracted = 0;
    for (int t = 0; t < started; t++) {
        pthread_join(threads[t], NULL);
        CHECK_INT(workers[t].errors, 0);
        CHECK_INT(workers[t].differences, 0);
        extracted += workers[t].extracted;
    }
    CHECK_INT(extracted, (size_t)THREADS * ROUNDS * npages);
    printf("%zu extractions on %d threads, each compared in %d formats\n", extracted, started,
           FORMATS);
    for (size_t i = 0; i < npages; i++) {
        free_renderings(pages[i].expected);
        free(pages[i].html);
    }
    return harness_finish();
}
