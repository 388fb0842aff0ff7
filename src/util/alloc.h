/* alloc.h -- the allocator every part of the library allocates through.
 *
 * The public mt_allocator may be NULL (meaning malloc); these wrappers hide
 * that choice so the rest of the code calls one set of functions. They never
 * abort: failure is a NULL return, which callers turn into MT_ERR_NOMEM. */
#ifndef MT_UTIL_ALLOC_H
#define MT_UTIL_ALLOC_H

#include <stddef.h>
#include "maintext.h"

void *mt_mem_alloc(const mt_allocator *a, size_t size);
void *mt_mem_realloc(const mt_allocator *a, void *p, size_t old_size, size_t new_size);
void mt_mem_free(const mt_allocator *a, void *p, size_t size);

#endif
