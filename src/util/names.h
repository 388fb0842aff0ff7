/* names.h -- the white-space separated names of a class or id value.
 *
 * Content selection (extract/vocab.c) and metadata (metadata/collect.c)
 * both read class lists name by name; these find where names end. */
#ifndef MT_UTIL_NAMES_H
#define MT_UTIL_NAMES_H

#include <stddef.h>
#include <stdint.h>
#include "util/ascii.h"
#include "util/load.h"
#include "util/swar.h"

/* The first byte up to ' ' at or after s[k], or len. Eight bytes are
 * looked at at a time, the last ones too (mt_swar_load_tail), so that the
 * byte is found where it is rather than after a loop over the name's
 * last bytes, whose exit mispredicted on every name; only a value shorter
 * than four bytes is read byte by byte. */
static inline size_t mt_name_stop(const char *s, size_t len, size_t k)
{
#ifdef MT_SWAR_LE
    for (; len - k >= 8; k += 8) {
        uint64_t stops = mt_swar_bytes_in(mt_load64(s + k), 0, ' ');
        if (stops)
            return k + mt_swar_first(stops);
    }
    uint64_t tail;
    if (k < len && mt_swar_load_tail(s, k, len, &tail))    /* its zeros stop at len */
        return k + mt_swar_first(mt_swar_bytes_in(tail, 0, ' '));
#endif
    while (k < len && (unsigned char)s[k] > ' ')
        k++;
    return k;
}

/* The end of the name that starts at s[k]: the first whitespace byte at or
 * after k, or len. Names have no byte up to ' ' but the space after them
 * (a few control characters aside, which are part of the name). */
static inline size_t mt_name_end(const char *s, size_t len, size_t k)
{
    for (;;) {
        k = mt_name_stop(s, len, k);
        if (k == len || mt_ascii_is_space(s[k]))
            return k;
        k++;    /* a control character: part of the name */
    }
}

/* The next whitespace-separated name of s[0..len) at or after *i: sets
 * [*start, *i) to it and returns its length (0 at the end). */
static inline size_t mt_next_name(const char *s, size_t len, size_t *i, size_t *start)
{
    size_t k = *i;
    while (k < len && mt_ascii_is_space(s[k]))
        k++;
    *start = k;
    k = mt_name_end(s, len, k);
    *i = k;
    return k - *start;
}

#endif
