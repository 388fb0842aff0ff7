/* fnv.h -- 32-bit FNV-1a, the hash of the generated word tables.
 *
 * The tables that tools/ generates (author words, <meta> keys, date words,
 * hidden class names) are keyed by it, and the code that looks words up
 * there must hash them the same way; these are its two steps. (The
 * entity table's generator writes its own copy into entities.h.) */
#ifndef MT_UTIL_FNV_H
#define MT_UTIL_FNV_H

#include <stddef.h>
#include <stdint.h>

#define MT_FNV_START 2166136261u

/* The hash h with byte c added. */
static inline uint32_t mt_fnv_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}

/* The hash of s[0..n). */
static inline uint32_t mt_fnv(const char *s, size_t n)
{
    uint32_t h = MT_FNV_START;
    for (size_t i = 0; i < n; i++)
        h = mt_fnv_step(h, (unsigned char)s[i]);
    return h;
}

#endif
