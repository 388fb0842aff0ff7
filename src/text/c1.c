/* c1.c -- C1 control characters written as the punctuation they stand
 * for (c1.h). */
#include <string.h>
#include "text/c1.h"

const char mt_c1_punctuation_table[32][3] = {
    [0x02] = "\xe2\x80\x9a", [0x04] = "\xe2\x80\x9e", [0x05] = "\xe2\x80\xa6",
    [0x06] = "\xe2\x80\xa0", [0x07] = "\xe2\x80\xa1", [0x09] = "\xe2\x80\xb0",
    [0x0B] = "\xe2\x80\xb9", [0x11] = "\xe2\x80\x98", [0x12] = "\xe2\x80\x99",
    [0x13] = "\xe2\x80\x9c", [0x14] = "\xe2\x80\x9d", [0x15] = "\xe2\x80\xa2",
    [0x16] = "\xe2\x80\x93", [0x17] = "\xe2\x80\x94", [0x19] = "\xe2\x84\xa2",
    [0x1B] = "\xe2\x80\xba",
};

/* How many controls of s[0..len) stand for punctuation. */
static size_t count_mended(const char *s, size_t len)
{
    size_t n = 0;
    for (const char *p = s, *end = s + len; (p = memchr(p, 0xC2, (size_t)(end - p))) != NULL;
         p++)
        n += p + 1 < end && mt_c1_punctuation((unsigned char)p[1]) != NULL;
    return n;
}

const char *mt_c1_mend(mt_arena *arena, const char *s, size_t len, size_t *out_len)
{
    size_t n = count_mended(s, len);
    *out_len = len;
    if (!n)
        return s;
    /* each mended control grows from two bytes to three */
    char *out = mt_arena_alloc_bytes(arena, len + n + 1);
    if (!out)
        return NULL;
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
        const char *p = (unsigned char)s[i] == 0xC2 && i + 1 < len
                            ? mt_c1_punctuation((unsigned char)s[i + 1]) : NULL;
        if (p) {
            memcpy(out + w, p, 3);
            w += 3;
            i++;
        } else {
            out[w++] = s[i];
        }
    }
    out[w] = '\0';
    *out_len = w;
    return out;
}
