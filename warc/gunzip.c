/* gunzip.c -- gzip members inflated in steps: ISA-L's inflater where the
 * build found it (MT_HAVE_ISAL), else zlib's. See gunzip.h. */
#include <stdint.h>
#include <stdlib.h>
#include "gunzip.h"

/* Both inflaters count their input and output in 32 bits. */
static uint32_t clamp32(size_t n)
{
    return n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
}

#ifdef MT_HAVE_ISAL
#include <isa-l/igzip_lib.h>

struct gunzip {
    struct inflate_state st;
};

const char *gunzip_inflater(void)
{
    return "ISA-L";
}

/* Zeroed: on a member whose back-reference reaches before its start,
 * ISA-L reports the error only after a step whose output may hold bytes
 * of its own buffer from before the member (checked with valgrind on a
 * fuzzer's input) -- zeros, or an earlier member's bytes of the same file,
 * never memory no one wrote: the same file always reads the same. */
gunzip *gunzip_new(void)
{
    gunzip *g = calloc(1, sizeof *g);
    if (g)
        gunzip_restart(g);
    return g;
}

void gunzip_free(gunzip *g)
{
    free(g);
}

void gunzip_restart(gunzip *g)
{
    isal_inflate_init(&g->st);
    g->st.crc_flag = ISAL_GZIP;     /* the header read, the CRC and length checked */
}

/* What zlib says of the same fault, so that a broken member is told alike
 * whichever inflater read it. */
static const char *isal_reason(int rc)
{
    switch (rc) {
    case ISAL_INVALID_BLOCK: return "invalid block type";
    case ISAL_INVALID_SYMBOL: return "invalid code";
    case ISAL_INVALID_LOOKBACK: return "invalid distance too far back";
    case ISAL_INVALID_WRAPPER: return "incorrect header check";
    case ISAL_UNSUPPORTED_METHOD: return "unknown compression method";
    case ISAL_INCORRECT_CHECKSUM: return "incorrect data check";
    case ISAL_NEED_DICT: return "needs a preset dictionary";
    default: return "invalid data";
    }
}

gunzip_status gunzip_step(gunzip *g, const unsigned char *in, size_t in_len, size_t *in_used,
                          unsigned char *out, size_t out_len, size_t *out_made, const char **why)
{
    struct inflate_state *st = &g->st;
    st->next_in = (uint8_t *)in;   /* read only: the library's field is not const */
    st->avail_in = clamp32(in_len);
    st->next_out = out;
    st->avail_out = clamp32(out_len);
    uint32_t in_before = st->avail_in, out_before = st->avail_out;
    int rc = isal_inflate(st);
    *in_used = in_before - st->avail_in;
    *out_made = out_before - st->avail_out;
    *why = NULL;
    if (rc < 0 || rc == ISAL_NEED_DICT) {
        *why = isal_reason(rc);
        return GUNZIP_BROKEN;
    }
    if (st->block_state == ISAL_BLOCK_FINISH)
        return GUNZIP_END;
    /* a step with input and room that takes and makes nothing would be
     * asked again and again: no inflater does that, but a loop must not
     * rest on it */
    if (*in_used == 0 && *out_made == 0 && in_before && out_before) {
        *why = "the inflater made no progress";
        return GUNZIP_BROKEN;
    }
    return GUNZIP_MORE;
}

#else
#include <string.h>
#include <zlib.h>

struct gunzip {
    z_stream z;
};

const char *gunzip_inflater(void)
{
    return "zlib";
}

gunzip *gunzip_new(void)
{
    gunzip *g = malloc(sizeof *g);
    if (!g)
        return NULL;
    memset(&g->z, 0, sizeof g->z);
    if (inflateInit2(&g->z, 15 + 16) != Z_OK) {     /* 16: a gzip wrapper */
        free(g);
        return NULL;
    }
    return g;
}

void gunzip_free(gunzip *g)
{
    if (!g)
        return;
    inflateEnd(&g->z);
    free(g);
}

void gunzip_restart(gunzip *g)
{
    inflateReset(&g->z);
}

gunzip_status gunzip_step(gunzip *g, const unsigned char *in, size_t in_len, size_t *in_used,
                          unsigned char *out, size_t out_len, size_t *out_made, const char **why)
{
    z_stream *z = &g->z;
    z->next_in = (unsigned char *)in;   /* read only: zlib's field is not const */
    z->avail_in = clamp32(in_len);
    z->next_out = out;
    z->avail_out = clamp32(out_len);
    uInt in_before = z->avail_in, out_before = z->avail_out;
    int rc = inflate(z, Z_NO_FLUSH);
    *in_used = in_before - z->avail_in;
    *out_made = out_before - z->avail_out;
    *why = NULL;
    if (rc == Z_STREAM_END)
        return GUNZIP_END;
    if (rc == Z_OK || rc == Z_BUF_ERROR)    /* Z_BUF_ERROR: more input or room first */
        return GUNZIP_MORE;
    *why = z->msg ? z->msg : "invalid data";
    return GUNZIP_BROKEN;
}
#endif
