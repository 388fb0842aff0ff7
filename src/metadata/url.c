/* url.c -- what a URL says: dates in its path, its host. (Resolving
 * relative URLs is util/url.h's job.) */
#include <string.h>
#include "metadata/meta_internal.h"
#include "util/url.h"

/* ================================================================ parts */

/* Offsets of the parts of an absolute URL: where the authority ends (the
 * path starts) and where the path ends (query or fragment starts). */
static void split_url(const char *s, size_t len, size_t *auth_start, size_t *path_start,
                      size_t *path_end)
{
    size_t i = 0;
    while (i < len && s[i] != ':')
        i++;
    i++;
    *auth_start = i;
    if (i + 1 < len && s[i] == '/' && s[i + 1] == '/') {
        i += 2;
        *auth_start = i;
        while (i < len && s[i] != '/' && s[i] != '?' && s[i] != '#')
            i++;
    }
    *path_start = i;
#ifdef MT_SIMD16
    /* the path, sixteen bytes a test: an image's runs long (i is len + 1
     * past a URL without a scheme) */
    for (; i + 16 <= len; i += 16) {
        __m128i v = mt_simd16_load(s + i);
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')), _mm_cmpeq_epi8(v, _mm_set1_epi8('#'))));
        if (m) {
            *path_end = i + (size_t)__builtin_ctz(m);
            return;
        }
    }
#endif
    while (i < len && s[i] != '?' && s[i] != '#')
        i++;
    *path_end = i;
}

int mt_url_host(const char *url, size_t len, const char **host, size_t *host_len)
{
    if (!url || !mt_url_scheme_length(url, len))
        return 0;
    size_t a, p, e;
    split_url(url, len, &a, &p, &e);
    const char *h = url + a;
    size_t n = p - a;
    const char *at = memchr(h, '@', n);
    if (at) {
        n -= (size_t)(at + 1 - h);
        h = at + 1;
    }
    const char *colon = memchr(h, ':', n);
    if (colon)
        n = (size_t)(colon - h);
    if (n > 4 && mt_meta_eq_ci(h, 4, "www."))
        h += 4, n -= 4;
    *host = h;
    *host_len = n;
    return n > 0;
}

/* ================================================================ dates in paths */

static int digits_at(const char *s, size_t len, size_t i, size_t n, int *value)
{
    int v = 0;
    for (size_t k = 0; k < n; k++) {
        if (i + k >= len || s[i + k] < '0' || s[i + k] > '9')
            return 0;
        v = v * 10 + (s[i + k] - '0');
    }
    *value = v;
    return 1;
}

static int is_digit_at(const char *s, size_t len, size_t i)
{
    return i < len && s[i] >= '0' && s[i] <= '9';
}

/* A day on the calendar and not before 1995: the date of a page. */
static int plausible_day(int y, int m, int d, mt_date *out)
{
    mt_date t;
    memset(&t, 0, sizeof t);
    t.year = (int16_t)y;
    t.month = (uint8_t)m;
    t.day = (uint8_t)d;
    if (m < 1 || m > 12 || d < 1 || d > 31 || !mt_date_plausible(&t, 0))
        return 0;
    *out = t;
    return 1;
}

/* /YYYY/MM/DD/, /YYYY/M/D/, /YYYY-MM-DD, _YYYY_MM_DD, starting at i (the
 * year's first digit); the separators must agree. */
static int ymd_at(const char *s, size_t len, size_t i, mt_date *out)
{
    int y, m, d;
    if (!digits_at(s, len, i, 4, &y) || is_digit_at(s, len, i + 4))
        return 0;
    size_t j = i + 4;
    if (j >= len)
        return 0;
    char sep = s[j];
    if (sep != '/' && sep != '-' && sep != '_' && sep != '.')
        return 0;
    j++;
    size_t ml = is_digit_at(s, len, j + 1) ? 2 : 1;
    if (!digits_at(s, len, j, ml, &m) || j + ml >= len || s[j + ml] != sep)
        return 0;
    j += ml + 1;
    size_t dl = is_digit_at(s, len, j + 1) ? 2 : 1;
    if (!digits_at(s, len, j, dl, &d) || is_digit_at(s, len, j + dl))
        return 0;
    return plausible_day(y, m, d, out);
}

/* YYYYMMDD as a whole path segment or at the start of one ("/20161120-title"). */
static int compact_at(const char *s, size_t len, size_t i, mt_date *out)
{
    int v;
    if (!digits_at(s, len, i, 8, &v) || is_digit_at(s, len, i + 8))
        return 0;
    return plausible_day(v / 10000, v / 100 % 100, v % 100, out);
}

/* DD.MM.YYYY, as some sites write a day into a slug ("_vom_22.04.2020_"). */
static int dmy_at(const char *s, size_t len, size_t i, mt_date *out)
{
    int d, m, y;
    if (!digits_at(s, len, i, 2, &d) || i + 2 >= len || s[i + 2] != '.' ||
        !digits_at(s, len, i + 3, 2, &m) || i + 5 >= len || s[i + 5] != '.' ||
        !digits_at(s, len, i + 6, 4, &y) || is_digit_at(s, len, i + 10))
        return 0;
    return plausible_day(y, m, d, out);
}

int mt_url_date(const char *url, size_t len, mt_date *out)
{
    if (!url)
        return 0;
    size_t a = 0, p = 0, e = len;
    if (mt_url_scheme_length(url, len))
        split_url(url, len, &a, &p, &e);
    /* Path only: a query's numbers are ids and timestamps more often than
     * dates. A date must start a segment or follow '-' or '_'. */
    for (size_t i = p; i + 8 <= e; i++) {
        char b = i > 0 ? url[i - 1] : '/';
        if (b != '/' && b != '-' && b != '_')
            continue;
        if (ymd_at(url, e, i, out) || dmy_at(url, e, i, out))
            return 1;
        if (b == '/' && compact_at(url, e, i, out))
            return 1;
    }
    return 0;
}
