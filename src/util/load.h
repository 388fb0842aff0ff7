/* load.h -- reading a word from bytes at any address.
 *
 * The scanners that test eight bytes at a time (runs of ASCII, of
 * letters, of non-space) read them from text at any offset: memcpy is the
 * one way C allows that without alignment, and compilers make it one load.
 * The value is in the machine's byte order: code that needs the first byte
 * in the low bits says so and keeps to little-endian targets. */
#ifndef MT_UTIL_LOAD_H
#define MT_UTIL_LOAD_H

#include <stdint.h>
#include <string.h>

static inline uint64_t mt_load64(const void *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static inline uint32_t mt_load32(const void *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

#endif
