/* test_tokenizer_find.c -- the tokenizer's search for the first of three
 * bytes, in the form machines without SSE2 build (eight bytes at a time in
 * a 64-bit word): x86-64 builds always take the SSE2 form, so this test
 * builds the other one itself and holds it to a byte-at-a-time search. */
#define MT_TK_NO_SIMD 1
#include <stdlib.h>
#include "harness.h"
#include "html/tokenizer_internal.h"

static const uchar *reference_find3(const uchar *p, const uchar *end, uchar a, uchar b, uchar c)
{
    while (p < end && *p != a && *p != b && *p != c)
        p++;
    return p;
}

/* Random buffers of exactly their length (the sanitizers catch a load past
 * the end), from an alphabet where the searched bytes are rare and bytes
 * that provoke borrows (0x00, 0x01, 0x80, 0xFF) are common; every start. */
static void test_find3_matches_reference(void)
{
    static const uchar alphabet[] = { 'x', 'y', 0x00, 0x01, 0x80, 0xFF, '<', '&', '"', '>' };
    srand(11);
    for (int round = 0; round < 3000; round++) {
        size_t len = (size_t)(rand() % 48);
        uchar *buf = malloc(len ? len : 1);
        if (!buf) {
            CHECK(0);
            return;
        }
        for (size_t i = 0; i < len; i++)
            buf[i] = alphabet[rand() % (rand() % 4 ? 6 : 10)];
        for (size_t start = 0; start <= len; start++)
            CHECK(tk_find3(buf + start, buf + len, '<', '&', '"') ==
                  reference_find3(buf + start, buf + len, '<', '&', '"'));
        /* a zero byte among the three sought (the tokenizer looks for NUL) */
        for (size_t start = 0; start <= len; start++)
            CHECK(tk_find3(buf + start, buf + len, '>', 0x00, '-') ==
                  reference_find3(buf + start, buf + len, '>', 0x00, '-'));
        free(buf);
    }
}

int main(void)
{
    RUN(test_find3_matches_reference);
    return harness_finish();
}
