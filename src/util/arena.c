/* arena.c -- chunk management for the per-document bump allocator. */
#include "util/arena.h"
#include "util/alloc.h"

struct mt_arena_chunk {
    mt_arena_chunk *prev;
    size_t size;            /* bytes of the whole chunk, header included */
};

#define CHUNK_HEADER ((sizeof(mt_arena_chunk) + 15u) & ~(size_t)15u)
#define DEFAULT_FIRST_CHUNK (16u * 1024u)
#define MAX_CHUNK_GROWTH (4u * 1024u * 1024u)

#ifndef MT_ARENA_POISONING
#define mt_arena_poison(p, n) ((void)(p), (void)(n))
#define mt_arena_unpoison(p, n) ((void)(p), (void)(n))
#endif

void mt_arena_init(mt_arena *a, const mt_allocator *alloc, size_t first_chunk, size_t limit)
{
    memset(a, 0, sizeof *a);
    a->alloc = alloc;
    a->first_size = first_chunk ? first_chunk : DEFAULT_FIRST_CHUNK;
    a->next_size = a->first_size;
    a->limit = limit;
}

static void use_chunk(mt_arena *a, mt_arena_chunk *c)
{
    a->chunk = c;
    a->ptr = (char *)c + CHUNK_HEADER;
    a->end = (char *)c + c->size;
    a->last = NULL;
    mt_arena_poison(a->ptr, (size_t)(a->end - a->ptr));
}

/* How many steps an arena with a step holds before its chunks double (a
 * document's: eight times its input, more than pages need but for
 * pathological ones). Like any arena's, they double only until they are
 * MAX_CHUNK_GROWTH or more, and a step of that size (an input of 8 MiB or
 * more) is not doubled at all: past that, their count grows linearly, a
 * chunk per 4 to 8 MiB (256 MiB in small allocations after an 8 MiB step:
 * 34 chunks). */
#define STEP_LIMIT 16

/* The size of the chunk after the one just taken. */
static size_t next_chunk_size(const mt_arena *a)
{
    if (a->step && a->reserved < STEP_LIMIT * a->step)
        return a->step;
    size_t n = a->next_size < a->step ? a->step : a->next_size;
    return n < MAX_CHUNK_GROWTH ? n * 2 : n;
}

void mt_arena_set_step(mt_arena *a, size_t step)
{
    a->step = step;
}

/* How many spare chunks a request looks through for the best fit. */
#define SPARE_SCAN 32

/* The smallest spare chunk that holds `need` bytes (header included),
 * among the first SPARE_SCAN, unlinked from the spares; NULL when none
 * does. The smallest, so that the large chunks an earlier page made for a
 * large piece (the feature pass's table of every node) are there when the
 * next page asks for one again, not spent on small pieces. */
static mt_arena_chunk *take_spare(mt_arena *a, size_t need)
{
    mt_arena_chunk **best = NULL;
    mt_arena_chunk **link = &a->spare;
    for (int seen = 0; *link && seen < SPARE_SCAN; seen++, link = &(*link)->prev)
        if ((*link)->size >= need && (!best || (*link)->size < (*best)->size))
            best = link;
    if (!best)
        return NULL;
    mt_arena_chunk *c = *best;
    *best = c->prev;
    a->spare_bytes -= c->size;
    return c;
}

/* A chunk of at least `need` bytes: a spare, or new memory of chunk_size
 * bytes (NULL when the allocator has none). */
static mt_arena_chunk *open_chunk(mt_arena *a, size_t need, size_t chunk_size)
{
    mt_arena_chunk *c = take_spare(a, need);
    if (c)
        return c;
    c = mt_mem_alloc(a->alloc, chunk_size);
    if (c)
        c->size = chunk_size;
    return c;
}

void *mt_arena_alloc_slow(mt_arena *a, size_t size, size_t align)
{
    size_t need = CHUNK_HEADER + size + align;
    size_t chunk_size = a->next_size;
    if (size > SIZE_MAX / 2 - CHUNK_HEADER - align)
        return NULL;
    if (chunk_size < need)
        chunk_size = need;
    if (a->limit && a->reserved + chunk_size > a->limit) {
        if (a->reserved + need > a->limit)
            return NULL;
        chunk_size = need;
    }
    mt_arena_chunk *c = open_chunk(a, need, chunk_size);
    if (!c)
        return NULL;
    a->reserved += c->size;
    /* A chunk made for one oversized allocation does not become the current
     * chunk if the current one still has room: it is linked behind it. */
    if (a->chunk && c->size == need && (size_t)(a->end - a->ptr) > size / 2) {
        c->prev = a->chunk->prev;
        a->chunk->prev = c;
        uintptr_t p = ((uintptr_t)c + CHUNK_HEADER + align - 1) & ~(uintptr_t)(align - 1);
        mt_arena_unpoison((void *)p, size);
        return (void *)p;
    }
    c->prev = a->chunk;
    use_chunk(a, c);
    a->next_size = next_chunk_size(a);
    uintptr_t p = ((uintptr_t)a->ptr + align - 1) & ~(uintptr_t)(align - 1);
    a->ptr = (char *)(p + size);
    a->last = (char *)p;
    mt_arena_unpoison((void *)p, size);
    return (void *)p;
}

void *mt_arena_alloc_bytes(mt_arena *a, size_t size)
{
    if (a->ptr && size <= (size_t)(a->end - a->ptr)) {
        char *p = a->ptr;
        a->ptr += size;
        a->last = p;
        mt_arena_unpoison(p, size);
        return p;
    }
    return mt_arena_alloc_slow(a, size, 1);
}

char *mt_arena_strndup(mt_arena *a, const char *s, size_t len)
{
    char *p = mt_arena_alloc_bytes(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void *mt_arena_grow(mt_arena *a, void *p, size_t old_size, size_t new_size)
{
    if (new_size <= old_size)
        return p;
    if (p && p == a->last && (char *)p + old_size == a->ptr &&
        new_size - old_size <= (size_t)(a->end - a->ptr)) {
        mt_arena_unpoison(a->ptr, new_size - old_size);
        a->ptr = (char *)p + new_size;
        return p;
    }
    void *q = mt_arena_alloc(a, new_size);
    if (q && p && old_size)
        memcpy(q, p, old_size);
    return q;
}

/* Most bytes of spare chunks an arena keeps after a reset. Without spares
 * each page of a batch asked the allocator again for all its chunks but the
 * largest, and the C library, which had given the freed ones back to the
 * system, faulted fresh pages in again: a twentieth of the extraction's time
 * on the dev corpus. 8 MiB holds every chunk of a page of a megabyte. */
#define SPARE_MAX (8u * 1024u * 1024u)

/* Keeps an emptied chunk as a spare, or frees it when the spares are full
 * or the arena has a limit (whose bytes would then be held unused). */
static void keep_spare(mt_arena *a, mt_arena_chunk *c)
{
    a->reserved -= c->size;
    if (a->limit || a->spare_bytes + c->size > SPARE_MAX) {
        mt_mem_free(a->alloc, c, c->size);
        return;
    }
    mt_arena_poison((char *)c + CHUNK_HEADER, c->size - CHUNK_HEADER);
    c->prev = a->spare;
    a->spare = c;
    a->spare_bytes += c->size;
}

void mt_arena_reset(mt_arena *a)
{
    mt_arena_chunk *keep = NULL;
    mt_arena_chunk *c = a->chunk;
    /* an arena with a limit keeps its largest chunk alone, as the current
     * one; any other keeps all as spares (keep_spare), taken by need */
    while (c) {
        mt_arena_chunk *prev = c->prev;
        if (a->limit && (!keep || c->size > keep->size)) {
            if (keep)
                keep_spare(a, keep);
            keep = c;
        } else {
            keep_spare(a, c);
        }
        c = prev;
    }
    a->chunk = NULL;
    a->ptr = a->end = a->last = NULL;
    a->next_size = a->first_size;
    if (keep) {
        keep->prev = NULL;
        use_chunk(a, keep);
        if (a->next_size < keep->size)
            a->next_size = keep->size;
    }
}

void mt_arena_release(mt_arena *a)
{
    mt_arena_chunk *c = a->chunk;
    while (c) {
        mt_arena_chunk *prev = c->prev;
        mt_mem_free(a->alloc, c, c->size);
        c = prev;
    }
    for (c = a->spare; c;) {
        mt_arena_chunk *prev = c->prev;
        mt_mem_free(a->alloc, c, c->size);
        c = prev;
    }
    a->chunk = a->spare = NULL;
    a->ptr = a->end = a->last = NULL;
    a->reserved = a->spare_bytes = 0;
}
