/* unzstd.h -- zstd frames decoded in steps, for the archive reader's
 * zstd-compressed WARC files (.warc.zst: IIPC's "Zstandard Compression for
 * WARC Files 1.0": a record in one frame or several, a dictionary in a
 * skippable frame at the file's start, the same dictionary for every
 * frame after it).
 *
 * Built over libzstd where the build found it (MT_HAVE_ZSTD); without it
 * unzstd_new and unzstd_library give NULL, so that the reader
 * tells that such an archive cannot be read rather than read nothing.
 * Like gunzip.h, the caller keeps the input and the output and says where
 * each frame begins (unzstd_restart). */
#ifndef MT_WARC_UNZSTD_H
#define MT_WARC_UNZSTD_H

#include <stddef.h>
#include <stdint.h>
#include "gunzip.h"

typedef struct unzstd unzstd;

/* The magic numbers that begin a frame (RFC 8878, little-endian): a zstd
 * frame, a skippable frame (any of 16), and among those the one a .warc.zst
 * keeps its dictionary in. */
#define UNZSTD_FRAME_MAGIC 0xFD2FB528u
#define UNZSTD_SKIPPABLE_MAGIC 0x184D2A50u      /* the low 4 bits free */
#define UNZSTD_DICT_FRAME_MAGIC 0x184D2A5Du
/* The most a dictionary may take, in the file and once decoded: 8 MiB, the
 * most the WARC zstd format asks a reader to accept (its "window and
 * dictionary limits"); a larger one is refused with that reason. */
#define UNZSTD_DICT_MAX ((size_t)8 << 20)

/* The 32-bit little-endian number at p. */
uint32_t unzstd_le32(const unsigned char *p);

/* Whether p[0..4) begins a zstd frame, or a skippable one. */
int unzstd_frame_at(const unsigned char *p);
int unzstd_skippable_at(const unsigned char *p);

/* The length of the whole zstd frame that begins p[0, len) (its blocks'
 * headers followed to its end), or 0 when it does not end in them, or is
 * no frame, or the build reads no zstd. */
size_t unzstd_frame_size(const unsigned char *p, size_t len);

/* "libzstd 1.5.4" (static storage), or NULL in a build without libzstd. */
const char *unzstd_library(void);

/* A new decoder that refuses frames asking for a window over
 * 2^window_log_max bytes (RFC 8878's Window_Size: the memory the decoder
 * must hold); NULL when out of memory, or in a build without libzstd.
 * Freed with unzstd_free (which takes NULL). */
unzstd *unzstd_new(unsigned window_log_max);
void unzstd_free(unzstd *z);

/* Makes every frame from now on be decoded with the dictionary in
 * d[0, len) (a skippable frame's content, as a .warc.zst stores it: a
 * dictionary, or a zstd frame holding one, at most UNZSTD_DICT_MAX either
 * way; bytes of no dictionary's format are taken as its raw content, as
 * libzstd takes them). Returns NULL, or why it cannot be used (static
 * storage, or the decoder's own words kept in it until the next call). */
const char *unzstd_load_dictionary(unzstd *z, const unsigned char *d, size_t len);

/* Makes the decoder ready for the next frame, its dictionary kept. */
void unzstd_restart(unzstd *z);

/* Decodes the frame's bytes in[0, in_len) into out[0, out_len), as
 * gunzip_step inflates: *in_used, *out_made; GUNZIP_END at the frame's
 * end (its checksum, when it has one, checked), GUNZIP_BROKEN with *why
 * (kept in the decoder until its next call). The decoder is given at
 * most the bytes that end the header or block it is in, so that it never
 * takes bytes past a damaged block (where the next frame may begin) and
 * a block that fails does not lose the one before it. */
gunzip_status unzstd_step(unzstd *z, const unsigned char *in, size_t in_len, size_t *in_used,
                          unsigned char *out, size_t out_len, size_t *out_made, const char **why);

/* Whether the decoder's last GUNZIP_BROKEN was its allocator failing
 * (then the frame is not known to be broken). */
int unzstd_out_of_memory(const unzstd *z);

/* The first bytes that the zstd frame beginning head[0, len) decodes to,
 * at most `cap` into out, with the default window bound of 8 MiB: their
 * count, 0 when none could be decoded from these bytes (the first block
 * does not end in them, or this build reads no zstd), -1 when they are
 * no zstd data. */
long unzstd_peek(const unsigned char *head, size_t len, unsigned char *out, size_t cap);

#endif
