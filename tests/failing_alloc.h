/* failing_alloc.h -- an mt_allocator for tests that counts the blocks it
 * has out and can refuse every allocation after the first `left` ones, so a
 * test can make each allocation of an operation fail in turn and check that
 * the failure is reported and nothing leaks. */
#ifndef MT_TESTS_FAILING_ALLOC_H
#define MT_TESTS_FAILING_ALLOC_H

#include <stdlib.h>
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

#endif
