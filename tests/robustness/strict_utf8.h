/* strict_utf8.h -- an independent check that bytes are well-formed UTF-8,
 * for the robustness tests and the fuzz harnesses. It is deliberately not
 * the library's own validator (src/util/utf8.c): a test of the library's
 * output should not lean on the library. */
#ifndef MT_TESTS_STRICT_UTF8_H
#define MT_TESTS_STRICT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing
 * past U+10FFFF, no sequence cut short. */
static inline int strict_utf8(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        unsigned c = *p;
        size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || (size_t)(end - p) < n || (n == 2 && c < 0xC2))
            return 0;
        uint32_t cp = n == 1 ? c : c & (0x7F >> n);
        for (size_t i = 1; i < n; i++) {
            if ((p[i] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        p += n;
    }
    return 1;
}

#endif
