/* url.c -- reference resolution as RFC 3986 section 5.2 describes it. */
#include <string.h>
#include "util/ascii.h"
#include "util/url.h"
#include "util/utf8.h"

/* A tab or line break is dropped, as browsers drop them (the URL was
 * wrapped in the markup): before the URL is read, so that one inside its
 * scheme ("ht\ntp://") does not make it a relative reference. */
static int dropped(unsigned char ch)
{
    return ch == '\t' || ch == '\n' || ch == '\r';
}

size_t mt_url_scheme_length(const char *s, size_t len)
{
    if (len == 0 || !mt_ascii_is_letter((unsigned char)s[0]))
        return 0;
    for (size_t i = 1; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ':')
            return i;
        if (!(mt_ascii_is_alnum(c) || c == '+' || c == '-' || c == '.' || dropped(c)))
            return 0;
    }
    return 0;
}

int mt_url_is_absolute(const char *ref, size_t len)
{
    while (len && (unsigned char)ref[0] <= ' ') {
        ref++;
        len--;
    }
    return mt_url_scheme_length(ref, len) != 0;
}

/* The parts of a URL as offsets: scheme ":" ["//" authority] path ["?" query]. */
typedef struct url_parts {
    size_t scheme_end;      /* index of ':' */
    size_t authority_end;   /* end of "//authority" (== scheme_end + 1 when none) */
    size_t path_end;        /* start of "?query" / "#fragment" or the end */
} url_parts;

static int split_base(const char *b, size_t len, url_parts *u)
{
    u->scheme_end = mt_url_scheme_length(b, len);
    if (!u->scheme_end)
        return -1;
    size_t i = u->scheme_end + 1;
    if (i + 1 < len && b[i] == '/' && b[i + 1] == '/') {
        i += 2;
        while (i < len && b[i] != '/' && b[i] != '?' && b[i] != '#')
            i++;
    }
    u->authority_end = i;
    while (i < len && b[i] != '?' && b[i] != '#')
        i++;
    u->path_end = i;
    return 0;
}

/* Removes "." and ".." segments from path[0..len) in place (RFC 3986
 * 5.2.4); returns the new length. */
static size_t remove_dot_segments(char *path, size_t len)
{
    size_t out = 0, i = 0;
    while (i < len) {
        size_t seg_end = i + 1;
        while (seg_end < len && path[seg_end] != '/')
            seg_end++;
        /* path[i] is '/', the segment is path[i+1 .. seg_end) */
        size_t seg_len = seg_end - i - 1;
        const char *seg = path + i + 1;
        if (seg_len == 1 && seg[0] == '.') {
            if (seg_end == len)
                path[out++] = '/';
        } else if (seg_len == 2 && seg[0] == '.' && seg[1] == '.') {
            /* drop the last "/segment" written so far */
            while (out > 0 && path[out - 1] != '/')
                out--;
            if (out > 0)
                out--;
            if (seg_end == len)
                path[out++] = '/';
        } else {
            memmove(path + out, path + i, seg_end - i);
            out += seg_end - i;
        }
        i = seg_end;
    }
    return out;
}

static char *resolve(mt_arena *arena, const char *base, const char *ref, size_t ref_len);

/* Whether the byte at s (before end) is one a URL cannot hold as it
 * stands, to be written %XX: a space or another control byte, as browsers
 * write it (a URL in an attribute with a space in it is one URL to them; to
 * XML's anyURI and to Markdown it is none), or a byte that is no part of a
 * valid UTF-8 character (a page's address given to mt_extract in Latin-1,
 * or cut inside a character), so that every URL handed out is UTF-8. When
 * it is not, *len is the length of the character that stands: an ASCII
 * byte, or UTF-8 beyond ASCII, kept as it is. */
static int needs_escape(const char *s, const char *end, size_t *len)
{
    unsigned char ch = (unsigned char)*s;
    *len = 1;
    if (ch < 0x80)
        return ch <= ' ' || ch == 0x7F;
    mt_utf8_decode(s, end, len);
    return *len == 1;
}

/* s[0..n) as a URL can hold it (see needs_escape and dropped), in the
 * arena; `s` itself when it holds nothing to change (it is NUL-terminated
 * at n then). NULL only when memory runs out. */
static char *escape_url(mt_arena *arena, char *s, size_t n)
{
    size_t extra = 0, drops = 0, len;
    for (size_t i = 0; i < n; i += len) {
        int escape = needs_escape(s + i, s + n, &len);
        drops += dropped((unsigned char)s[i]);
        extra += escape && !dropped((unsigned char)s[i]);
    }
    if (!extra && !drops)
        return s;
    char *out = mt_arena_alloc_bytes(arena, n + 2 * extra + 1);
    if (!out)
        return NULL;
    static const char hex[] = "0123456789ABCDEF";
    size_t k = 0;
    for (size_t i = 0; i < n; i += len) {
        unsigned char ch = (unsigned char)s[i];
        if (!needs_escape(s + i, s + n, &len)) {
            memcpy(out + k, s + i, len);
            k += len;
        } else if (!dropped(ch)) {
            out[k++] = '%';
            out[k++] = hex[ch >> 4];
            out[k++] = hex[ch & 15];
        }
    }
    out[k] = '\0';
    return out;
}

/* ref[0..*len) without its tabs and line breaks: ref itself when it has
 * none, else a copy in the arena (NULL when memory runs out). */
static const char *without_dropped(mt_arena *arena, const char *ref, size_t *len)
{
    size_t n = *len, k = 0, i = 0;
    while (i < n && !dropped((unsigned char)ref[i]))
        i++;
    if (i == n)
        return ref;
    char *out = mt_arena_alloc_bytes(arena, n);
    if (!out)
        return NULL;
    for (i = 0; i < n; i++)
        if (!dropped((unsigned char)ref[i]))
            out[k++] = ref[i];
    *len = k;
    return out;
}

char *mt_url_resolve(mt_arena *arena, const char *base, const char *ref, size_t ref_len)
{
    char *url = resolve(arena, base, ref, ref_len);
    return url ? escape_url(arena, url, strlen(url)) : NULL;
}

static char *resolve(mt_arena *arena, const char *base, const char *ref, size_t ref_len)
{
    while (ref_len && (unsigned char)ref[0] <= ' ') {
        ref++;
        ref_len--;
    }
    while (ref_len && (unsigned char)ref[ref_len - 1] <= ' ')
        ref_len--;
    ref = without_dropped(arena, ref, &ref_len);
    if (!ref)
        return NULL;
    url_parts b;
    size_t base_len = base ? strlen(base) : 0;
    if (!base || mt_url_scheme_length(ref, ref_len) || split_base(base, base_len, &b) != 0)
        return mt_arena_strndup(arena, ref, ref_len);

    /* Worst case: base up to its path, a '/', the reference. */
    size_t cap = base_len + ref_len + 2;
    char *out = mt_arena_alloc_bytes(arena, cap + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    if (ref_len >= 2 && ref[0] == '/' && ref[1] == '/') {
        /* network-path reference: keep the scheme only */
        memcpy(out, base, b.scheme_end + 1);
        n = b.scheme_end + 1;
        memcpy(out + n, ref, ref_len);
        n += ref_len;
    } else if (ref_len == 0 || ref[0] == '#' || ref[0] == '?') {
        /* same document: the base without its fragment (and, for "?q",
         * without its query) */
        const char *hash = memchr(base, '#', base_len);
        size_t keep = hash ? (size_t)(hash - base) : base_len;
        if (ref_len && ref[0] == '?')
            keep = b.path_end;
        memcpy(out, base, keep);
        n = keep;
        memcpy(out + n, ref, ref_len);
        n += ref_len;
    } else {
        memcpy(out, base, b.authority_end);
        n = b.authority_end;
        size_t path_start = n;
        if (ref[0] == '/') {
            memcpy(out + n, ref, ref_len);
            n += ref_len;
        } else {
            /* merge: the base path up to its last '/', then the reference */
            size_t last_slash = b.authority_end;
            for (size_t i = b.authority_end; i < b.path_end; i++)
                if (base[i] == '/')
                    last_slash = i + 1;
            if (last_slash == b.authority_end) {
                out[n++] = '/';
            } else {
                memcpy(out + n, base + b.authority_end, last_slash - b.authority_end);
                n += last_slash - b.authority_end;
            }
            memcpy(out + n, ref, ref_len);
            n += ref_len;
        }
        /* dot segments live in the path only: stop at query/fragment */
        size_t path_end = path_start;
        while (path_end < n && out[path_end] != '?' && out[path_end] != '#')
            path_end++;
        size_t tail = n - path_end;
        size_t new_len = remove_dot_segments(out + path_start, path_end - path_start);
        memmove(out + path_start + new_len, out + path_end, tail);
        n = path_start + new_len + tail;
    }
    out[n] = '\0';
    return out;
}

int mt_url_may_be_written(const char *s, size_t len)
{
    const char *end = s + len;
    if (memchr(s, '@', len))
        return 1;
    for (const char *p = s; (p = memchr(p, ':', (size_t)(end - p))) != NULL; p++)
        if (end - p >= 3 && p[1] == '/' && p[2] == '/')
            return 1;
    for (const char *p = s; (p = memchr(p, '.', (size_t)(end - p))) != NULL; p++)
        if (p - s >= 3 && mt_ascii_equal_ci(p - 3, "www", 3))
            return 1;
    return 0;
}
