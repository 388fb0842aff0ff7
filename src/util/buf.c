/* buf.c -- growth of mt_vec. */
#include "util/buf.h"
#include "util/alloc.h"

int mt_vec_reserve(mt_vec *v, const mt_allocator *a, size_t elem, size_t more, size_t max_elems)
{
    if (more <= v->cap - v->len)
        return 0;
    if (more > max_elems || v->len > max_elems - more)
        return -1;
    size_t need = v->len + more;
    size_t cap = v->cap ? v->cap : 16;
    while (cap < need)
        cap = cap > max_elems / 2 ? max_elems : cap * 2;
    if (cap > SIZE_MAX / elem)
        return -1;
    void *p = mt_mem_realloc(a, v->data, v->cap * elem, cap * elem);
    if (!p)
        return -1;
    v->data = p;
    v->cap = cap;
    return 0;
}

void mt_vec_free(mt_vec *v, const mt_allocator *a, size_t elem)
{
    mt_mem_free(a, v->data, v->cap * elem);
    v->data = NULL;
    v->len = v->cap = 0;
}
