/* arena.h -- per-document bump allocator.
 *
 * Everything a document owns (nodes, attributes, copied text) lives in one
 * arena and is freed at once. Chunks double up to 4 MiB, so the number of
 * system allocations stays small (logarithmic up to there, then one per
 * 4 MiB), or, for an arena given a step, take steps of that size first; an
 * allocation larger than the next chunk gets a chunk of its own. `reset`
 * keeps the chunks (up to a bound), so a reused arena (batch mode) asks the
 * allocator for little or nothing for the next page. Under
 * AddressSanitizer the unused part of each chunk (and every spare) is
 * poisoned, so a read past an allocation is caught like a heap overflow. */
#ifndef MT_UTIL_ARENA_H
#define MT_UTIL_ARENA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "maintext.h"

#if defined(__SANITIZE_ADDRESS__)
#define MT_ARENA_POISONING 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MT_ARENA_POISONING 1
#endif
#endif
#ifdef MT_ARENA_POISONING
#include <sanitizer/asan_interface.h>
#define mt_arena_poison(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define mt_arena_unpoison(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#endif

typedef struct mt_arena_chunk mt_arena_chunk;

typedef struct mt_arena {
    const mt_allocator *alloc;
    mt_arena_chunk *chunk;  /* newest chunk; older ones linked behind it */
    char *ptr, *end;        /* free space of the newest chunk */
    char *last;             /* start of the latest allocation (for growing in place) */
    mt_arena_chunk *spare;  /* emptied chunks kept by a reset, for the next chunks */
    size_t spare_bytes;     /* ... their bytes */
    size_t reserved;        /* bytes of the chunks in use (spares not counted) */
    size_t limit;           /* most bytes the arena may hold; 0 = no limit */
    size_t next_size;       /* size of the next chunk to request */
    size_t first_size;
    size_t step;            /* chunk size while the arena is small (mt_arena_set_step) */
} mt_arena;

/* Prepares an empty arena; allocates nothing yet. `first_chunk` is the size
 * of the first chunk (0: 16 KiB); `limit` caps the bytes held (0: none). */
void mt_arena_init(mt_arena *a, const mt_allocator *alloc, size_t first_chunk, size_t limit);

/* Empties the arena. Its chunks are kept as spares (up to 8 MiB of them),
 * each taken again when a piece needs a new chunk (the smallest that holds
 * it); an arena with a limit keeps only its largest chunk, as the current
 * one. */
void mt_arena_reset(mt_arena *a);

/* Frees every chunk. The arena may be initialised again afterwards. */
void mt_arena_release(mt_arena *a);

/* Slow path of the allocators below: opens a new chunk. */
void *mt_arena_alloc_slow(mt_arena *a, size_t size, size_t align);

/* `size` bytes aligned to 8, uninitialised; NULL when memory runs out. */
static inline void *mt_arena_alloc(mt_arena *a, size_t size)
{
    uintptr_t p = ((uintptr_t)a->ptr + 7u) & ~(uintptr_t)7u;
    if (p < (uintptr_t)a->end && size <= (size_t)((uintptr_t)a->end - p)) {
        a->ptr = (char *)(p + size);
        a->last = (char *)p;
#ifdef MT_ARENA_POISONING
        mt_arena_unpoison((void *)p, size);
#endif
        return (void *)p;
    }
    return mt_arena_alloc_slow(a, size, 8);
}

/* Like mt_arena_alloc but zero-filled. */
static inline void *mt_arena_calloc(mt_arena *a, size_t size)
{
    void *p = mt_arena_alloc(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

/* `size` bytes with no alignment (for strings). */
void *mt_arena_alloc_bytes(mt_arena *a, size_t size);

/* Copies `len` bytes and appends a NUL; NULL when memory runs out. */
char *mt_arena_strndup(mt_arena *a, const char *s, size_t len);

/* Chunks after the first are `step` bytes each (or the size of an
 * allocation that needs more) until the arena holds sixteen steps, then
 * double as usual (as far as 4 MiB; a step of 4 MiB or more stays as it
 * is). For an arena whose final size is about a known multiple of some
 * size (a document's, of its input's): its last chunk, part unused, is
 * then a step, not as large as all the others together. */
void mt_arena_set_step(mt_arena *a, size_t step);

/* Grows the allocation `p` (of `old_size` bytes) to `new_size`, in place
 * when `p` is the latest allocation and its chunk has room, else by copying.
 * Amortised: appending to the latest allocation costs O(appended bytes).
 * Returns the (possibly moved) pointer, or NULL when memory runs out (the
 * old block stays valid). */
void *mt_arena_grow(mt_arena *a, void *p, size_t old_size, size_t new_size);

/* Bytes currently held from the allocator. */
static inline size_t mt_arena_reserved(const mt_arena *a) { return a->reserved + a->spare_bytes; }

#endif
