/* http.c -- the HTTP response a WARC or ARC record holds: status, media
 * type and charset, and the page with its transfer and content codings
 * undone (RFC 9112 for chunked transfer coding, RFC 9110 for the header
 * fields). */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#ifdef MT_HAVE_BROTLI
#include <brotli/decode.h>
#endif
#include "gunzip.h"
#include "unzstd.h"
#include "warc.h"

/* The longest response header read. */
#define HTTP_HEADER_MAX (64u * 1024u)

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static int name_is(const char *s, size_t n, const char *name)
{
    if (strlen(name) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != (unsigned char)name[i])
            return 0;
    return 1;
}

/* Copies s[0..n) trimmed into dst (cap bytes), in small letters when asked. */
size_t warc_field_fit(const char *s, size_t n, size_t cap)
{
    if (n < cap)
        return n;
    size_t fit = cap - 1;
    /* back to the lead byte of a character the cut would split; a run of
     * continuation bytes longer than a character's is no character */
    for (size_t back = 0; back < 3 && fit && ((unsigned char)s[fit] & 0xC0) == 0x80; back++)
        fit--;
    return ((unsigned char)s[fit] & 0xC0) == 0x80 ? cap - 1 : fit;
}

static void copy_trimmed(char *dst, size_t cap, const char *s, size_t n, int small)
{
    while (n && is_space(*s))
        s++, n--;
    while (n && is_space(s[n - 1]))
        n--;
    n = warc_field_fit(s, n, cap);
    for (size_t i = 0; i < n; i++)
        dst[i] = small ? (char)lower((unsigned char)s[i]) : s[i];
    dst[n] = '\0';
}

/* Whether s[0..n) holds `word` (small letters) in any case. */
static int holds_ci(const char *s, size_t n, const char *word)
{
    size_t w = strlen(word);
    for (size_t i = 0; i + w <= n; i++)
        if (name_is(s + i, w, word))
            return 1;
    return 0;
}

/* The media type and charset parameter of a Content-Type value:
 * "text/html; charset=\"windows-1251\"". */
static void read_content_type(const char *v, size_t n, http_response *out)
{
    const char *semi = memchr(v, ';', n);
    copy_trimmed(out->mime, sizeof out->mime, v, semi ? (size_t)(semi - v) : n, 1);
    while (semi) {
        const char *p = semi + 1, *end = v + n;
        semi = memchr(p, ';', (size_t)(end - p));
        const char *stop = semi ? semi : end;
        while (p < stop && is_space(*p))
            p++;
        if ((size_t)(stop - p) < 8 || !name_is(p, 7, "charset"))
            continue;
        p += 7;
        while (p < stop && is_space(*p))
            p++;
        if (p == stop || *p != '=')
            continue;
        p++;
        while (p < stop && (is_space(*p) || *p == '"' || *p == '\''))
            p++;
        const char *e = p;
        while (e < stop && !is_space(*e) && *e != '"' && *e != '\'')
            e++;
        copy_trimmed(out->charset, sizeof out->charset, p, (size_t)(e - p), 0);
        return;
    }
}

int http_read_response(const char *block, size_t len, http_response *out)
{
    memset(out, 0, sizeof *out);
    out->body = block;
    out->body_len = len;
    /* "HTTP/1.1 200 OK": a version, a space, three digits */
    if (len < 12 || memcmp(block, "HTTP/", 5) != 0)
        return -1;
    const char *sp = memchr(block, ' ', len < 16 ? len : 16);
    if (!sp || (size_t)(sp - block) + 4 > len)
        return -1;
    for (int k = 1; k <= 3; k++)
        if (sp[k] < '0' || sp[k] > '9')
            return -1;
    out->status = (sp[1] - '0') * 100 + (sp[2] - '0') * 10 + (sp[3] - '0');
    size_t i = 0, body = len;
    int ended = 0;
    while (i < len) {
        const char *line = block + i, *nl = memchr(line, '\n', len - i);
        size_t n = nl ? (size_t)(nl - line) : len - i;
        i += n + (nl != NULL);
        if (n == 0 || (n == 1 && line[0] == '\r')) {
            body = i;
            ended = 1;
            break;
        }
        /* fields past the first HTTP_HEADER_MAX bytes (a thousand cookies)
         * are passed over, but the header's end is still looked for: the
         * page after it is what the record is kept for */
        const char *colon = i <= HTTP_HEADER_MAX ? memchr(line, ':', n) : NULL;
        if (!colon || line == block)
            continue;
        size_t nn = (size_t)(colon - line), vn = n - nn - 1;
        const char *v = colon + 1;
        if (name_is(line, nn, "content-type")) {
            read_content_type(v, vn, out);
            copy_trimmed(out->content_type, sizeof out->content_type, v, vn, 0);
        }
        else if (name_is(line, nn, "transfer-encoding"))
            out->chunked = holds_ci(v, vn, "chunked");
        else if (name_is(line, nn, "content-encoding"))
            copy_trimmed(out->encoding, sizeof out->encoding, v, vn, 1);
    }
    /* a header without its blank line: no body */
    out->unended = !ended;
    out->body = block + (body < len ? body : len);
    out->body_len = body < len ? len - body : 0;
    return 0;
}

/* ---------------------------------------------------------------- codings */

static int hex_value(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Undoes chunked transfer coding from s[0..n) into out (room for n bytes).
 * Returns the decoded length, or -1 when the chunks do not add up. A body
 * that ends without its last chunk (a crawl cut short) keeps what came. */
static long long dechunk(const char *s, size_t n, char *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        size_t size = 0, digits = 0;
        int d;
        while (i < n && (d = hex_value(s[i])) >= 0) {
            if (size > ((size_t)-1 >> 5))
                return -1;
            size = size * 16 + (size_t)d;
            i++, digits++;
        }
        if (!digits)
            return -1;
        while (i < n && s[i] != '\n')     /* chunk extensions, CR */
            i++;
        if (i < n)
            i++;
        if (size == 0)
            return (long long)o;
        if (size > n - i)
            size = n - i;   /* cut short: the bytes there are */
        memcpy(out + o, s + i, size);
        o += size;
        i += size;
        if (i < n && s[i] == '\r')
            i++;
        if (i < n && s[i] == '\n')
            i++;
        else if (i < n)
            return -1;      /* no line end after the chunk: not chunked */
    }
    return (long long)o;
}

/* How an inflation ended: the whole stream; the input ran out before the
 * stream's end (a body cut short) or broken data came (a bad checksum at
 * the end, a damaged middle), after some bytes; the stream holds more
 * than `max` bytes (the first `max` kept); or it broke or ended before any
 * byte came. */
enum { INFLATED = 0, INFLATED_CUT = 1, INFLATED_BROKEN_AFTER = 2, INFLATED_OVER = 3,
       INFLATE_BROKEN = -1, INFLATE_NOMEM = -2 };

/* The first size of a decoded page's buffer: four times the coded bytes,
 * at least 64 KiB, at most the limit. */
static size_t first_cap(size_t n, size_t max)
{
    size_t cap = n * 4 < 65536 ? 65536 : n * 4;
    if (cap > max)
        cap = max ? max : 1;
    return cap;
}

/* Doubles the buffer *buf of *cap bytes, to `max` at most. Returns 0, or
 * -1 out of memory, with *buf freed. */
static int grow_output(char **buf, size_t *cap, size_t max)
{
    size_t ncap = *cap * 2 > max ? max : *cap * 2;
    char *b = realloc(*buf, ncap);
    if (!b) {
        free(*buf);
        return -1;
    }
    *buf = b;
    *cap = ncap;
    return 0;
}

/* How a decoding into buf[0..len) ended, as one of the values above: out
 * of memory; `ended` (its stream's end came, or the limit filled with no
 * byte after it); `cut` (its input ran out inside the stream); else
 * broken. The buffer goes to *out, or is freed when nothing came (a body
 * cut or broken inside its header counts too): there is no part of a page
 * to keep, as warc.h says. */
static int decoded(char *buf, size_t len, int nomem, int ended, int cut, int over, char **out,
                   size_t *out_len)
{
    if (nomem || (!ended && !len && !over)) {
        free(buf);
        return nomem ? INFLATE_NOMEM : INFLATE_BROKEN;
    }
    *out = buf;
    *out_len = len;
    if (over)
        return INFLATED_OVER;
    if (ended)
        return INFLATED;
    return cut ? INFLATED_CUT : INFLATED_BROKEN_AFTER;
}

/* How a stream stands once its output filled the limit: *more when it
 * has a byte more to give (the limit cut it), else inflate's last word --
 * its end, a break, or its input run out: a body cut exactly at the limit
 * is still cut. */
static int inflate_past_limit(z_stream *z, int *more)
{
    unsigned char probe;
    int rc;
    do {    /* Z_OK with no byte made took input: the next call says more */
        z->next_out = &probe;
        z->avail_out = 1;
        rc = inflate(z, Z_NO_FLUSH);
    } while (rc == Z_OK && z->avail_out == 1);
    *more = z->avail_out == 0;
    return *more ? Z_OK : rc;
}

/* Inflates s[0..n) (`window_bits` as zlib takes them) into a malloc'd
 * buffer of at most `max` bytes, kept whenever some bytes came. Returns one
 * of the values above. */
static int inflate_all(const char *s, size_t n, int window_bits, size_t max, char **out,
                       size_t *out_len)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, window_bits) != Z_OK)
        return INFLATE_NOMEM;
    size_t cap = first_cap(n, max), len = 0;
    char *buf = malloc(cap);
    if (!buf) {
        inflateEnd(&z);
        return INFLATE_NOMEM;
    }
    z.next_in = (unsigned char *)s;
    z.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
    int rc = Z_OK;
    while (rc == Z_OK && len < max) {
        if (len == cap && grow_output(&buf, &cap, max) != 0) {
            inflateEnd(&z);
            return INFLATE_NOMEM;
        }
        z.next_out = (unsigned char *)buf + len;
        z.avail_out = (uInt)(cap - len > UINT32_MAX ? UINT32_MAX : cap - len);
        uInt before = z.avail_out;
        rc = inflate(&z, Z_NO_FLUSH);
        len += before - z.avail_out;
    }
    int over = 0;
    if (rc == Z_OK && len >= max)
        rc = inflate_past_limit(&z, &over);
    inflateEnd(&z);
    int cut = rc == Z_BUF_ERROR && z.avail_in == 0;
    return decoded(buf, len, rc == Z_MEM_ERROR, rc == Z_OK || rc == Z_STREAM_END, cut, over, out,
                   out_len);
}

/* How a gzip body stands once the output filled the limit, as
 * inflate_past_limit tells it for zlib: members after the one that ended
 * are read on while they give nothing (empty ones). */
static gunzip_status gunzip_past_limit(gunzip *g, const unsigned char *in, size_t avail, int *more)
{
    for (;;) {
        unsigned char probe;
        size_t used, made;
        const char *why;
        gunzip_status st = gunzip_step(g, in, avail, &used, &probe, 1, &made, &why);
        in += used;
        avail -= used;
        *more = made == 1;
        if (*more || st != GUNZIP_END || avail < 2 || in[0] != 0x1f || in[1] != 0x8b)
            return st;
        gunzip_restart(g);  /* a member's end took its trailer: the loop goes on */
    }
}

/* A gzip body inflated as inflate_all does, by the archive reader's
 * inflater (gunzip.h: ISA-L where the build found it, twice as fast as
 * zlib on pages): every member end to end, at most `max` bytes kept. */
static int gunzip_all(const char *s, size_t n, size_t max, char **out, size_t *out_len)
{
    gunzip *g = gunzip_new();
    size_t cap = first_cap(n, max), len = 0;
    char *buf = g ? calloc(1, cap) : NULL;     /* cleared: see gunzip_step */
    if (!buf) {
        gunzip_free(g);
        return INFLATE_NOMEM;
    }
    const unsigned char *in = (const unsigned char *)s;
    size_t avail = n;
    gunzip_status st = GUNZIP_MORE;
    int full = 0, over = 0;
    for (;;) {
        if (len >= max) {
            full = 1;
            st = gunzip_past_limit(g, in, avail, &over);
            break;
        }
        if (len == cap) {
            size_t old = cap;
            if (grow_output(&buf, &cap, max) != 0) {
                gunzip_free(g);
                return INFLATE_NOMEM;
            }
            memset(buf + old, 0, cap - old);    /* see gunzip_step */
        }
        size_t used, made;
        const char *why;
        st = gunzip_step(g, in, avail, &used, (unsigned char *)buf + len, cap - len, &made, &why);
        in += used;
        avail -= used;
        len += made;
        if (st == GUNZIP_END && avail >= 2 && in[0] == 0x1f && in[1] == 0x8b) {
            gunzip_restart(g);      /* a body may be several members end to end */
            st = GUNZIP_MORE;
            continue;
        }
        if (st != GUNZIP_MORE || (avail == 0 && len < cap))
            break;      /* the end, a break, or the input ran out */
    }
    gunzip_free(g);
    if (st != GUNZIP_END && !full && !len) {
        /* nothing came (a body cut inside its header counts too) */
        free(buf);
        return INFLATE_BROKEN;
    }
    *out = buf;
    *out_len = len;
    if (over)
        return INFLATED_OVER;
    if (st == GUNZIP_END)
        return INFLATED;
    return st == GUNZIP_MORE ? INFLATED_CUT : INFLATED_BROKEN_AFTER;
}

/* The coded bytes a brotli or zstd decoder is given at a time. A brotli
 * decoder keeps what it decodes in its window (up to 16 MiB) and writes
 * it out only when the window wraps, the stream ends, or its input runs
 * out; a zstd decoder that fails in a call gives none of what it decoded
 * in that call. Given the whole body at once, a body damaged anywhere
 * would have given nothing, where a gzip one keeps what came before the
 * damage. */
enum { CODED_SLICE = 4096 };

#ifdef MT_HAVE_BROTLI
/* Whether a brotli decoder's error is its allocator failing (the error
 * codes from ALLOC_CONTEXT_MODES down to ALLOC_BLOCK_TYPE_TREES). */
static int brotli_out_of_memory(BrotliDecoderState *d)
{
    BrotliDecoderErrorCode code = BrotliDecoderGetErrorCode(d);
    return code <= BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES &&
           code >= BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES;
}


/* One call of the decoder on the body's next slice of at most
 * CODED_SLICE bytes (*in and *rest advanced past what it took). */
static BrotliDecoderResult unbrotli_step(BrotliDecoderState *d, const uint8_t **in,
                                         size_t *rest, uint8_t **next_out, size_t *avail_out)
{
    size_t give = *rest < CODED_SLICE ? *rest : CODED_SLICE, left = give;
    BrotliDecoderResult r = BrotliDecoderDecompressStream(d, &left, in, avail_out, next_out, NULL);
    *rest -= give - left;
    return r;
}

/* A brotli body (RFC 7932) decoded as inflate_all inflates: at most `max`
 * bytes kept, with the same returns. The decoder's window is at most
 * 16 MiB (the large-window extension is not asked for), so its memory is
 * bounded whatever the body says. */
static int unbrotli_all(const char *s, size_t n, size_t max, char **out, size_t *out_len)
{
    BrotliDecoderState *d = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    size_t cap = first_cap(n, max), len = 0;
    char *buf = d ? malloc(cap) : NULL;
    if (!buf) {
        if (d)
            BrotliDecoderDestroyInstance(d);
        return INFLATE_NOMEM;
    }
    const uint8_t *in = (const uint8_t *)s;
    size_t rest = n;
    BrotliDecoderResult r = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while ((r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT ||
            (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT && rest)) && len < max) {
        if (len == cap && grow_output(&buf, &cap, max) != 0) {
            BrotliDecoderDestroyInstance(d);
            return INFLATE_NOMEM;
        }
        uint8_t *next_out = (uint8_t *)buf + len;
        size_t avail_out = cap - len;
        r = unbrotli_step(d, &in, &rest, &next_out, &avail_out);
        len = (size_t)(next_out - (uint8_t *)buf);
    }
    /* the limit filled: over it when the stream has a byte more to give
     * (a stream cut exactly at the limit is still cut) */
    int over = 0;
    uint8_t probe, *next_out = &probe;
    size_t avail_out = 1;
    while (len >= max && !over && (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT ||
                                   (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT && rest))) {
        r = unbrotli_step(d, &in, &rest, &next_out, &avail_out);
        over = avail_out == 0;
    }
    int nomem = r == BROTLI_DECODER_RESULT_ERROR && brotli_out_of_memory(d);
    BrotliDecoderDestroyInstance(d);
    return decoded(buf, len, nomem, r == BROTLI_DECODER_RESULT_SUCCESS,
                   r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT, over, out, out_len);
}
#endif

#ifdef MT_HAVE_ZSTD
/* The largest window a zstd body may ask for, 8 MiB: the most the zstd
 * content coding lets a decoder be required to hold (RFC 9659, which
 * updates RFC 8878). A body asking for more is broken here, so the
 * decoder's memory is bounded whatever the body says. */
#define BODY_ZSTD_WINDOW_LOG 23

/* Whether in[0, n) begins another frame: a zstd frame or a skippable
 * one, by its magic number. Bytes after the last frame that begin none
 * are left, as after a gzip body's last member. */
static int next_frame(const unsigned char *in, size_t n)
{
    return n >= 4 && (unzstd_frame_at(in) || unzstd_skippable_at(in));
}

/* A zstd body (RFC 8878), every frame end to end, decoded as inflate_all
 * inflates: at most `max` bytes kept, with the same returns. Past the
 * limit one more byte is asked for with a buffer of one: whether the page
 * is over it or ends (or is cut) exactly there. */
static int unzstd_all(const char *s, size_t n, size_t max, char **out, size_t *out_len)
{
    unzstd *z = unzstd_new(BODY_ZSTD_WINDOW_LOG);
    size_t cap = first_cap(n, max), len = 0;
    char *buf = z ? malloc(cap) : NULL;
    if (!buf) {
        unzstd_free(z);
        return INFLATE_NOMEM;
    }
    const unsigned char *in = (const unsigned char *)s;
    size_t pos = 0;
    gunzip_status st = GUNZIP_MORE;
    int over = 0;
    while (st != GUNZIP_BROKEN && (st != GUNZIP_END || next_frame(in + pos, n - pos))) {
        if (st == GUNZIP_END)
            unzstd_restart(z);
        size_t give = n - pos < CODED_SLICE ? n - pos : CODED_SLICE, used, made;
        const char *why;
        if (len < max) {
            if (len == cap && grow_output(&buf, &cap, max) != 0) {
                unzstd_free(z);
                return INFLATE_NOMEM;
            }
            st = unzstd_step(z, in + pos, give, &used, (unsigned char *)buf + len, cap - len,
                             &made, &why);
            len += made;
        } else {
            unsigned char probe;
            st = unzstd_step(z, in + pos, give, &used, &probe, 1, &made, &why);
            over = made != 0;
            if (over)
                break;
        }
        pos += used;
        /* inside a frame with no byte taken or made: the input ran out */
        if (st == GUNZIP_MORE && !used && !made)
            break;
    }
    int nomem = st == GUNZIP_BROKEN && unzstd_out_of_memory(z);
    unzstd_free(z);
    return decoded(buf, len, nomem, st == GUNZIP_END, st == GUNZIP_MORE, over, out, out_len);
}
#endif

/* What a partial inflation tells of the page: which part is kept. */
static const char *partial_why(int rc)
{
    if (rc == INFLATED_OVER)
        return "the page is over the size limit once decompressed: kept its beginning";
    return rc == INFLATED_CUT ? "the compressed page ends early: kept what came"
                              : "the compressed page breaks off: kept what came before";
}

/* Raw deflate, tried on a "deflate" body that is no zlib stream. Raw
 * deflate has no header to check, so most bytes that are no deflate data
 * at all (a body sent uncompressed under the header) decode to some
 * garbage before they break: a raw stream that breaks is taken as
 * broken, not as a page that broke off. */
static int inflate_raw(const char *s, size_t n, size_t max, char **page, size_t *page_len)
{
    int rc = inflate_all(s, n, -15, max, page, page_len);
    if (rc == INFLATED_BROKEN_AFTER) {
        free(*page);
        *page = NULL;
        *page_len = 0;
        rc = INFLATE_BROKEN;
    }
    return rc;
}

int http_decoded_body(const http_response *res, size_t max, char **page, size_t *page_len,
                      const char **why)
{
    const char *s = res->body;
    size_t n = res->body_len;
    char *chunks = NULL;
    *page = NULL;
    *page_len = 0;
    *why = NULL;
    if (res->chunked && n) {
        chunks = malloc(n);
        if (!chunks)
            return -2;
        long long got = dechunk(s, n, chunks);
        if (got >= 0) {
            s = chunks;
            n = (size_t)got;
        }
    }
    int rc = 0;
    const char *enc = res->encoding;
    /* an empty body is an empty page, whatever its coding: nothing of it
     * was cut (zlib would call it a stream that ends early) */
    if (!n || !*enc || strcmp(enc, "identity") == 0) {
        size_t keep = n < max ? n : max;
        *page = malloc(keep ? keep : 1);
        if (*page) {
            memcpy(*page, s, keep);
            *page_len = keep;
            rc = keep < n ? INFLATED_OVER : 0;
        } else {
            rc = -2;
        }
    } else if (strcmp(enc, "gzip") == 0 || strcmp(enc, "x-gzip") == 0) {
        rc = gunzip_all(s, n, max, page, page_len);
        if (rc == INFLATE_BROKEN)
            *why = "broken gzip content";
    } else if (strcmp(enc, "deflate") == 0) {
        /* deflate is zlib data by the standard, raw deflate by some servers */
        rc = inflate_all(s, n, 15, max, page, page_len);
        if (rc == INFLATE_BROKEN)
            rc = inflate_raw(s, n, max, page, page_len);
        if (rc == INFLATE_BROKEN)
            *why = "broken deflate content";
#ifdef MT_HAVE_BROTLI
    } else if (strcmp(enc, "br") == 0) {
        rc = unbrotli_all(s, n, max, page, page_len);
        if (rc == INFLATE_BROKEN)
            *why = "broken brotli content";
#endif
#ifdef MT_HAVE_ZSTD
    } else if (strcmp(enc, "zstd") == 0) {
        rc = unzstd_all(s, n, max, page, page_len);
        if (rc == INFLATE_BROKEN)
            *why = "broken zstd content";
#endif
    } else {
        rc = -1;
        *why = "a content coding this reader does not undo";
    }
    if (rc == INFLATED_CUT || rc == INFLATED_BROKEN_AFTER || rc == INFLATED_OVER) {
        *why = partial_why(rc);
        rc = 1;
    }
    free(chunks);
    return rc;
}

const char *http_content_codings(void)
{
    return "gzip, deflate"
#ifdef MT_HAVE_BROTLI
           ", br"
#endif
#ifdef MT_HAVE_ZSTD
           ", zstd"
#endif
        ;
}

int http_is_gzip(const char *data, size_t len)
{
    return len >= 2 && (unsigned char)data[0] == 0x1F && (unsigned char)data[1] == 0x8B;
}

int http_gunzip_page(const char *data, size_t len, size_t max, char **page, size_t *page_len,
                     const char **why)
{
    http_response gz;
    memset(&gz, 0, sizeof gz);
    snprintf(gz.encoding, sizeof gz.encoding, "gzip");
    gz.body = data;
    gz.body_len = len;
    return http_decoded_body(&gz, max, page, page_len, why);
}
