/* unzstd.c -- zstd frames decoded in steps with libzstd where the build
 * found it (MT_HAVE_ZSTD); without it, a decoder that cannot be made. See
 * unzstd.h. */
#include <stdio.h>
#include <stdlib.h>
#include "unzstd.h"

uint32_t unzstd_le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int unzstd_frame_at(const unsigned char *p)
{
    return unzstd_le32(p) == UNZSTD_FRAME_MAGIC;
}

int unzstd_skippable_at(const unsigned char *p)
{
    return (unzstd_le32(p) & 0xFFFFFFF0u) == UNZSTD_SKIPPABLE_MAGIC;
}

#ifdef MT_HAVE_ZSTD
#include <zstd.h>
#include <zstd_errors.h>

struct unzstd {
    ZSTD_DCtx *d;
    unsigned window_log_max;
    size_t want;            /* the decoder's hint: the bytes it takes next */
    int out_of_memory;      /* the last failure was the allocator's */
    char why[128];          /* the last failure's words */
};

const char *unzstd_library(void)
{
    return "libzstd " ZSTD_VERSION_STRING;
}

size_t unzstd_frame_size(const unsigned char *p, size_t len)
{
    size_t n = ZSTD_findFrameCompressedSize(p, len);
    return ZSTD_isError(n) ? 0 : n;
}

unzstd *unzstd_new(unsigned window_log_max)
{
    unzstd *z = calloc(1, sizeof *z);
    if (!z)
        return NULL;
    z->d = ZSTD_createDCtx();
    if (!z->d) {
        free(z);
        return NULL;
    }
    z->window_log_max = window_log_max;
    ZSTD_DCtx_setParameter(z->d, ZSTD_d_windowLogMax, (int)window_log_max);
    z->want = 1;
    return z;
}

void unzstd_free(unzstd *z)
{
    if (!z)
        return;
    ZSTD_freeDCtx(z->d);
    free(z);
}

void unzstd_restart(unzstd *z)
{
    /* the session only: the window bound and the dictionary stay */
    ZSTD_DCtx_reset(z->d, ZSTD_reset_session_only);
    z->want = 1;
}

/* The dictionary a zstd frame d[0, len) holds, decoded into a malloc'd
 * buffer (*out, *out_len); NULL, or why it cannot be had. The frame must
 * say its size (the format asks it to), at most UNZSTD_DICT_MAX, and be
 * the whole of d. */
static const char *dictionary_in_frame(const unsigned char *d, size_t len, unsigned char **out,
                                       size_t *out_len)
{
    unsigned long long size = ZSTD_getFrameContentSize(d, len);
    if (size == ZSTD_CONTENTSIZE_ERROR)
        return "its compressed dictionary is no zstd frame";
    if (size == ZSTD_CONTENTSIZE_UNKNOWN)
        return "its compressed dictionary does not say its size";
    if (size > UNZSTD_DICT_MAX)
        return "its dictionary is over 8 MiB once decompressed";
    if (ZSTD_findFrameCompressedSize(d, len) != len)
        return "its compressed dictionary is cut short, or not one zstd frame";
    unsigned char *buf = malloc(size ? (size_t)size : 1);
    ZSTD_DCtx *tmp = buf ? ZSTD_createDCtx() : NULL;
    if (!tmp) {
        free(buf);
        return "out of memory";
    }
    size_t got = ZSTD_decompressDCtx(tmp, buf, (size_t)size, d, len);
    ZSTD_freeDCtx(tmp);
    if (ZSTD_isError(got) || got != size) {
        free(buf);
        return "its compressed dictionary is damaged";
    }
    *out = buf;
    *out_len = (size_t)size;
    return NULL;
}

const char *unzstd_load_dictionary(unzstd *z, const unsigned char *d, size_t len)
{
    if (len > UNZSTD_DICT_MAX)
        return "a dictionary over 8 MiB";
    unsigned char *decoded = NULL;
    if (len >= 4 && unzstd_frame_at(d)) {
        const char *why = dictionary_in_frame(d, len, &decoded, &len);
        if (why)
            return why;
        d = decoded;
    }
    size_t rc = ZSTD_DCtx_loadDictionary(z->d, d, len);     /* copied */
    free(decoded);
    if (ZSTD_isError(rc)) {
        snprintf(z->why, sizeof z->why, "the dictionary cannot be used: %s", ZSTD_getErrorName(rc));
        return z->why;
    }
    return NULL;
}

/* The decoder's failure in words a reader of the archive can act on. */
static const char *failure(unzstd *z, size_t rc)
{
    switch (ZSTD_getErrorCode(rc)) {
    case ZSTD_error_frameParameter_windowTooLarge:
        snprintf(z->why, sizeof z->why, "the frame asks for a window over %u MiB, the limit",
                 1u << (z->window_log_max - 20));
        break;
    case ZSTD_error_dictionary_wrong:
        snprintf(z->why, sizeof z->why,
                 "the frame needs a dictionary other than the file's (or the file has none)");
        break;
    case ZSTD_error_checksum_wrong:
        snprintf(z->why, sizeof z->why, "the frame's checksum does not match its bytes");
        break;
    default:
        snprintf(z->why, sizeof z->why, "%s", ZSTD_getErrorName(rc));
    }
    return z->why;
}

gunzip_status unzstd_step(unzstd *z, const unsigned char *in, size_t in_len, size_t *in_used,
                          unsigned char *out, size_t out_len, size_t *out_made, const char **why)
{
    ZSTD_inBuffer i = { in, in_len < z->want ? in_len : z->want, 0 };
    ZSTD_outBuffer o = { out, out_len, 0 };
    size_t rc = ZSTD_decompressStream(z->d, &o, &i);
    *in_used = i.pos;
    *out_made = o.pos;
    *why = NULL;
    if (ZSTD_isError(rc)) {
        z->out_of_memory = ZSTD_getErrorCode(rc) == ZSTD_error_memory_allocation;
        *why = failure(z, rc);
        return GUNZIP_BROKEN;
    }
    if (rc == 0)
        return GUNZIP_END;
    z->want = rc;
    /* a call given input and room that takes and makes nothing would be
     * made again and again: libzstd does not do that, but a loop must not
     * rest on it */
    if (!i.pos && !o.pos && i.size && out_len) {
        z->out_of_memory = 0;
        *why = "the decoder made no progress";
        return GUNZIP_BROKEN;
    }
    return GUNZIP_MORE;
}

int unzstd_out_of_memory(const unzstd *z)
{
    return z->out_of_memory;
}

long unzstd_peek(const unsigned char *head, size_t len, unsigned char *out, size_t cap)
{
    ZSTD_DCtx *d = ZSTD_createDCtx();
    if (!d)
        return 0;
    /* 8 MiB, the window every writer of the WARC zstd format keeps to
     * (and a page compressed whole rarely passes): a frame asking more is
     * taken as an archive's by its magic */
    ZSTD_DCtx_setParameter(d, ZSTD_d_windowLogMax, 23);
    ZSTD_inBuffer i = { head, len, 0 };
    ZSTD_outBuffer o = { out, cap, 0 };
    size_t rc = ZSTD_decompressStream(d, &o, &i);
    ZSTD_freeDCtx(d);
    if (!ZSTD_isError(rc))
        return (long)o.pos;
    ZSTD_ErrorCode code = ZSTD_getErrorCode(rc);
    return code == ZSTD_error_frameParameter_windowTooLarge ||
                   code == ZSTD_error_dictionary_wrong || code == ZSTD_error_memory_allocation
               ? 0
               : -1;
}

#else

const char *unzstd_library(void)
{
    return NULL;
}

size_t unzstd_frame_size(const unsigned char *p, size_t len)
{
    return 0;
}

unzstd *unzstd_new(unsigned window_log_max)
{
    return NULL;
}

void unzstd_free(unzstd *z)
{
}

const char *unzstd_load_dictionary(unzstd *z, const unsigned char *d, size_t len)
{
    return "built without libzstd";
}

void unzstd_restart(unzstd *z)
{
}

gunzip_status unzstd_step(unzstd *z, const unsigned char *in, size_t in_len, size_t *in_used,
                          unsigned char *out, size_t out_len, size_t *out_made, const char **why)
{
    *in_used = *out_made = 0;
    *why = "built without libzstd";
    return GUNZIP_BROKEN;
}

int unzstd_out_of_memory(const unzstd *z)
{
    return 0;
}

long unzstd_peek(const unsigned char *head, size_t len, unsigned char *out, size_t cap)
{
    return 0;
}
#endif
