/* url.h -- resolving a reference against a base URL (RFC 3986, 5.2). */
#ifndef MT_UTIL_URL_H
#define MT_UTIL_URL_H

#include <stddef.h>
#include "util/arena.h"

/* The absolute form of `ref` (leading and trailing whitespace removed)
 * against `base`, NUL-terminated, in `arena`. When `base` is NULL or not an
 * absolute URL, or `ref` is already absolute, `ref` is returned cleaned but
 * otherwise unchanged. Cleaned, as browsers clean it: tabs and line breaks
 * inside are dropped, spaces and other control bytes written %XX; and so
 * are bytes that are no part of valid UTF-8 (valid UTF-8 beyond ASCII
 * stands), so the result is UTF-8. NULL only when memory runs out. */
char *mt_url_resolve(mt_arena *arena, const char *base, const char *ref, size_t ref_len);

/* Length of the scheme of an absolute URL ("https" -> 5): the index of its
 * ':', or 0 when `s` does not start with "scheme:". Tabs and line breaks
 * in it are passed over, as browsers drop them ("ht\ttp:" is a scheme;
 * they are counted in the length). */
size_t mt_url_scheme_length(const char *s, size_t len);

/* Whether a reference (leading spaces and control bytes aside, as
 * mt_url_resolve reads it) is an absolute URL: no base changes it. */
int mt_url_is_absolute(const char *ref, size_t len);

/* Whether s[0..len) may hold an email address or a written web address:
 * an '@', a "://" or a "www." (in any case). A filter, in a few library
 * scans: most text has none, and is then not read word by word. */
int mt_url_may_be_written(const char *s, size_t len);

#endif
