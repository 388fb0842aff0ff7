/* buf.h -- growable arrays and byte buffers with a cap.
 *
 * Growth is geometric (amortised O(1) appends) and every buffer has a
 * maximum size: past it an append fails like an allocation failure, so no
 * input can make a buffer grow without bound. */
#ifndef MT_UTIL_BUF_H
#define MT_UTIL_BUF_H

#include <stddef.h>
#include <string.h>
#include "maintext.h"

typedef struct mt_vec {
    void *data;
    size_t len;         /* elements in use */
    size_t cap;         /* elements allocated */
} mt_vec;

/* Makes room for `more` further elements of `elem` bytes, the total staying
 * at most `max_elems`. Returns 0, or -1 (nothing changed) when memory runs
 * out or the cap would be passed. */
int mt_vec_reserve(mt_vec *v, const mt_allocator *a, size_t elem, size_t more, size_t max_elems);

/* Frees the storage; the vector is empty and reusable afterwards. */
void mt_vec_free(mt_vec *v, const mt_allocator *a, size_t elem);

/* Appends `len` bytes to a byte vector (elem size 1). */
static inline int mt_vec_append_bytes(mt_vec *v, const mt_allocator *a, const void *p, size_t len,
                                      size_t max)
{
    if (len == 0)
        return 0;   /* an empty vector has no storage: no pointer arithmetic on NULL */
    if (v->cap - v->len < len && mt_vec_reserve(v, a, 1, len, max) != 0)
        return -1;
    memcpy((char *)v->data + v->len, p, len);
    v->len += len;
    return 0;
}

#endif
