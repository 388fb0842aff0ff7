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
    /* the member's header as read so far: isal_inflate reads it into one
     * of its own on the stack, which loses the header's running CRC
     * between steps (a header split across two inputs failed its check) */
    struct isal_gzip_header hdr;
};

const char *gunzip_inflater(void)
{
    return "ISA-L";
}

/* Zeroed: a match that reaches before its member's start is copied from
 * ISA-L's state before the error is told (gunzip_step leaves those bytes
 * out); what it reads there is then never memory no one wrote (valgrind,
 * on a fuzzer's input), and a file always reads the same. */
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
    isal_gzip_header_init(&g->hdr);
}

/* zlib's words for the same fault, where ISA-L's codes tell it: the
 * records are the same whichever inflater reads, the words nearly (ISA-L
 * calls a wrong length or header CRC "incorrect data check", and names a
 * byte a little further on, having read ahead). */
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
    *why = NULL;
    int rc = ISAL_DECOMP_OK;
    if (!st->wrapper_flag) {
        /* ISA-L takes reserved flag bits (RFC 1952: must be zero), then
         * reads garbage as an extra field, a name, ... past the next
         * members; zlib refuses them */
        if (st->block_state == ISAL_BLOCK_NEW_HDR && st->tmp_in_size < 4 &&
            st->tmp_in_size + in_len >= 4) {
            unsigned char flg = st->tmp_in_size == 3 ? in[0] : in[3 - st->tmp_in_size];
            if (flg & 0xE0) {
                *in_used = *out_made = 0;
                *why = "unknown header flags set";
                return GUNZIP_BROKEN;
            }
        }
        rc = isal_read_gzip_header(st, &g->hdr);
    }
    if (rc == ISAL_DECOMP_OK && st->wrapper_flag)
        rc = isal_inflate(st);
    else if (rc > 0)
        rc = ISAL_DECOMP_OK;    /* more of the header first */
    /* failing, ISA-L can count a byte more than it was given as taken (a
     * fuzzer's find: 57 of 56): never more than the step's input */
    *in_used = st->avail_in <= in_before ? in_before - st->avail_in : in_before;
    /* ... and, failing on a match too far back, made more than it had room
     * for (a fuzzer's find: 56 bytes past, its count of the room gone below
     * zero; none written there): never more than the room */
    *out_made = st->avail_out <= out_before ? out_before - st->avail_out : out_before;
    if (rc < 0 || rc == ISAL_NEED_DICT) {
        /* ISA-L copies a match before it checks its distance: the step's
         * last bytes, as many as the longest match, may be bytes the
         * member never had, and are not given */
        if (rc == ISAL_INVALID_LOOKBACK)
            *out_made = *out_made > 258 ? *out_made - 258 : 0;     /* the longest match */
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
