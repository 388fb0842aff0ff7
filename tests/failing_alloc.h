/* failing_alloc.h -- an mt_allocator for tests that counts the blocks it
 * has out and can refuse every allocation after the first `left` ones, so a
 * test can make each allocation of an operation fail in turn and check that
 * the failure is reported and nothing leaks. */
#ifndef MT_TESTS_FAILING_ALLOC_H
#define MT_TESTS_FAILING_ALLOC_H

#include <stdlib.h>
#include <string.h>
#include "maintext.h"

typedef struct failing_alloc {
    long left;      /* allocations still allowed; negative: no limit */
    long live;      /* blocks handed out and not yet freed */
} failing_alloc;

static inline int failing_alloc_allow(failing_alloc *f)
{
    if (f->left == 0)
        return 0;
    if (f->left > 0)
        f->left--;
    return 1;
}

static inline void *failing_alloc_malloc(void *ctx, size_t n)
{
    failing_alloc *f = ctx;
    if (!failing_alloc_allow(f))
        return NULL;
    f->live++;
    return malloc(n);
}

static inline void *failing_alloc_realloc(void *ctx, void *p, size_t old, size_t n)
{
    failing_alloc *f = ctx;
    (void)old;
    if (!failing_alloc_allow(f))
        return NULL;
    if (!p)
        f->live++;
    return realloc(p, n);
}

static inline void failing_alloc_free(void *ctx, void *p, size_t n)
{
    failing_alloc *f = ctx;
    (void)n;
    if (p)
        f->live--;
    free(p);
}

/* The allocator; `f` must outlive every use of it. */
static inline mt_allocator failing_alloc_make(failing_alloc *f)
{
    mt_allocator a = { failing_alloc_malloc, failing_alloc_realloc, failing_alloc_free, f };
    return a;
}

/* mt_extract of `html` (with `opts`' options but the allocator) by an
 * extractor of its own whose allocations after the first k fail, for k =
 * 0, 1, ... until it succeeds or k reaches `max`: the last status (MT_OK
 * once one succeeded), the blocks that one gave in *nblocks, the readings
 * that failed with another status than MT_ERR_NOMEM in *wrong, and the
 * blocks left out once all was freed, over every reading, in *leaked. */
static inline mt_status failing_alloc_sweep(const char *html, mt_options opts, long max,
                                            size_t *nblocks, long *wrong, long *leaked)
{
    mt_status st = MT_ERR_NOMEM;
    *nblocks = 0;
    *wrong = *leaked = 0;
    for (long k = 0; k < max && st != MT_OK; k++) {
        failing_alloc f = { k, 0 };
        mt_allocator alloc = failing_alloc_make(&f);
        opts.parse.allocator = &alloc;
        mt_extractor *ex = mt_extractor_new(&opts, NULL);
        const mt_result *r = NULL;
        st = ex ? mt_extract(ex, html, strlen(html), NULL, &r) : MT_ERR_NOMEM;
        if (st == MT_OK)
            *nblocks = r->nblocks;
        *wrong += st != MT_OK && st != MT_ERR_NOMEM;
        mt_extractor_free(ex);
        *leaked += f.live;
    }
    return st;
}

#endif
