/* gunzip.h -- gzip members inflated in steps, for the archive reader and
 * for HTTP bodies sent with Content-Encoding gzip (http.c).
 *
 * Inflating is most of the work of reading a compressed web archive: with
 * zlib it took a third of a batch's time. Where the build found ISA-L
 * (Intel's storage library; Debian: libisal-dev), its inflater does the
 * work, 2.3 to 2.4 times as fast on an archive's members (inflate-bench);
 * else zlib's.
 * Both check each member's CRC and length. The caller keeps the input and
 * the output, and says where each member begins (gunzip_restart). */
#ifndef MT_WARC_GUNZIP_H
#define MT_WARC_GUNZIP_H

#include <stddef.h>

typedef struct gunzip gunzip;

typedef enum {
    GUNZIP_MORE,    /* the member goes on: more input, or more room */
    GUNZIP_END,     /* the member ended (its trailer read and checked) */
    GUNZIP_BROKEN   /* no gzip data, or broken: see `why` */
} gunzip_status;

/* A new inflater, ready for a member; NULL when out of memory. Freed with
 * gunzip_free (which takes NULL). */
gunzip *gunzip_new(void);
void gunzip_free(gunzip *g);

/* The inflater the build chose: "ISA-L" or "zlib". */
const char *gunzip_inflater(void);

/* Makes the inflater ready for the next member, as new. */
void gunzip_restart(gunzip *g);

/* Inflates the member's bytes in[0, in_len) into out[0, out_len): sets
 * *in_used to the input bytes taken (a member's end leaves the bytes after
 * it) and *out_made to the bytes written. On GUNZIP_BROKEN, *why is the
 * inflater's reason (static storage); the member cannot go on. Then ISA-L
 * may count as made the last bytes of out it never wrote (448 seen, on an
 * invalid code): callers give it memory that holds no one else's bytes
 * (cleared when allocated), so a cut record or page ends in zeros, or in
 * its own stream's earlier bytes, never in uninitialised memory. */
gunzip_status gunzip_step(gunzip *g, const unsigned char *in, size_t in_len, size_t *in_used,
                          unsigned char *out, size_t out_len, size_t *out_made, const char **why);

#endif
