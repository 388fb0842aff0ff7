/* alloc.c -- dispatch to the caller's allocator or to the C library. */
#include <stdlib.h>
#include "util/alloc.h"

void *mt_mem_alloc(const mt_allocator *a, size_t size)
{
    if (size == 0)
        size = 1;
    return a ? a->malloc(a->ctx, size) : malloc(size);
}

void *mt_mem_realloc(const mt_allocator *a, void *p, size_t old_size, size_t new_size)
{
    if (new_size == 0)
        new_size = 1;
    if (!p)
        return mt_mem_alloc(a, new_size);
    return a ? a->realloc(a->ctx, p, old_size, new_size) : realloc(p, new_size);
}

void mt_mem_free(const mt_allocator *a, void *p, size_t size)
{
    if (!p)
        return;
    if (a)
        a->free(a->ctx, p, size);
    else
        free(p);
}

/* Public: buffers handed to the caller carry no size, so a custom allocator
 * gets size 0 here; allocators that need sizes must keep their own. */
MT_API void mt_free(const mt_allocator *alloc, void *ptr)
{
    mt_mem_free(alloc, ptr, 0);
}
