/* harness.h -- the small assertion kit every test program uses.
 *
 * A test program defines functions, runs them with RUN(fn), and returns
 * harness_finish() from main. A failed CHECK prints the file, line and both
 * values, and the test continues so one run shows every failure. */
#ifndef MT_TESTS_HARNESS_H
#define MT_TESTS_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int harness_failures;
static int harness_checks;
static const char *harness_current = "";

#define RUN(fn) do { harness_current = #fn; fn(); } while (0)

#define CHECK(cond) do { harness_checks++; if (!(cond)) { harness_failures++; \
    fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n", __FILE__, __LINE__, harness_current, #cond); } } while (0)

#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); harness_checks++; \
    if (a_ != b_) { harness_failures++; fprintf(stderr, "%s:%d: %s: %s == %lld, expected %lld\n", \
    __FILE__, __LINE__, harness_current, #a, a_, b_); } } while (0)

/* Compares a (pointer, length) slice with a NUL-terminated expectation. */
#define CHECK_SLICE(p, len, expect) do { const char *p_ = (p); size_t l_ = (len); \
    const char *e_ = (expect); harness_checks++; \
    if (!p_ || l_ != strlen(e_) || memcmp(p_, e_, l_) != 0) { harness_failures++; \
    fprintf(stderr, "%s:%d: %s: %s is \"%.*s\", expected \"%s\"\n", __FILE__, __LINE__, \
    harness_current, #p, p_ ? (int)l_ : 6, p_ ? p_ : "(null)", e_); } } while (0)

#define CHECK_STR(s, expect) do { const char *s_ = (s); CHECK_SLICE(s_, s_ ? strlen(s_) : 0, expect); } while (0)

static inline int harness_finish(void)
{
    if (harness_failures) {
        fprintf(stderr, "%d of %d checks failed\n", harness_failures, harness_checks);
        return 1;
    }
    printf("%d checks passed\n", harness_checks);
    return 0;
}

/* `head`, `times` copies of `unit`, then `tail`, in a malloc'd buffer
 * (NUL-terminated; its length in *len, which may be NULL): an input too
 * large for a literal. NULL when memory runs out. */
static inline char *harness_repeat(const char *head, const char *unit, size_t times,
                                   const char *tail, size_t *len)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    size_t n = hl + ul * times + tl;
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    memcpy(s, head, hl);
    for (size_t i = 0; i < times; i++)
        memcpy(s + hl + i * ul, unit, ul);
    memcpy(s + hl + ul * times, tail, tl);
    s[n] = '\0';
    if (len)
        *len = n;
    return s;
}

/* Reads a whole file into a malloc'd buffer (NUL-terminated); NULL on error. */
static inline char *harness_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) { fclose(f); return NULL; }
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (!nb) free(buf);
        buf = nb;
    }
    fclose(f);
    buf[n] = '\0';
    if (len) *len = n;
    return buf;
}

#endif
