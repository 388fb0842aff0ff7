/* warc.h -- reading web archives record by record: WARC (1.0, 1.1) and the
 * older ARC (versions 1 and 2), plain or gzip-compressed (a gzip member per
 * record, or one for the whole file) or zstd-compressed (.warc.zst, IIPC's
 * "Zstandard Compression for WARC Files 1.0": a zstd frame per record, or
 * several, or one for the file, after a dictionary frame or not), and the
 * HTTP responses their records hold.
 *
 * A .warc.zst is read as a .warc.gz is, a zstd frame for a gzip member:
 * records at their frame's offset; a damaged frame (a block that does not
 * decode, a wrong checksum, a window over the bound below, bytes that are
 * no frame between frames, a frame cut short) told as a WARC_BAD and the
 * next frame looked for from just past its start; skippable frames other
 * than the dictionary's passed over (one whose size cannot be right -- the
 * file ends in it, no frame just after it, or it ends in whole frames --
 * told, and the next frame looked for in its bytes). The dictionary
 * frame's dictionary (stored as it is, or in a zstd frame of its own) is
 * used for every frame after it; one over 8 MiB (in the file or decoded:
 * the most the format asks a reader to take), cut short or damaged is the
 * file's first WARC_BAD, at offset 0, and the frames are then read
 * without it (each that needed it a WARC_BAD); when its size field cannot
 * be right (over 8 MiB, past the file's end, no frame just after it, or
 * it ends in whole frames), the next frame is looked for in the bytes it
 * claimed, so that none is lost with it. Memory: the window a frame may
 * ask for is `block_max` rounded down to a power of two, at least 8 MiB
 * and at most 128 MiB; a frame asking for more is broken. In a build
 * without libzstd (MT_WITH_ZSTD=OFF, or not found) such a file gives one
 * WARC_BAD saying that this build cannot read it.
 *
 * Archives are large and often damaged (a crawl cut short, a record whose
 * length lies, a gzip member broken in the middle), so the reader streams:
 * it holds one record at a time, and a record it cannot read is reported
 * (WARC_BAD, with where and why) and passed over, so that the caller can
 * account for every record. Memory stays bounded by the largest record
 * block it is allowed to hold (`block_max`); a larger block is skipped
 * without being held.
 *
 * The reader is the command's and the Python binding's (see pages.h), not
 * the library's: it uses nothing of libmaintext, which stays free of zlib. */
#ifndef MT_WARC_H
#define MT_WARC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct warc_reader warc_reader;

/* What warc_next found. */
typedef enum warc_result {
    WARC_END = 0,           /* no more records */
    WARC_RECORD = 1,        /* a record: see warc_record */
    WARC_BAD = 2            /* a record (or the file around it) that could not be
                             * read: warc_reader_error says where and why; the
                             * next call goes on after it when it can */
} warc_result;

typedef struct warc_record {
    int arc;                /* read from an ARC file */
    /* WARC-Type ("response", "resource", "request", "metadata", "revisit",
     * "warcinfo", ...); an ARC record's is "response", its file header's
     * "warcinfo". Never NULL. */
    const char *type;
    const char *target_uri; /* WARC-Target-URI, or the ARC record's URL; "" when none */
    const char *record_id;  /* WARC-Record-ID; "" in ARC files */
    const char *date;       /* WARC-Date, or the ARC record's date in that form; "" when none */
    const char *content_type;   /* the block's Content-Type (ARC: the payload's); "" when none */
    /* WARC-Payload-Digest as the record gives it ("sha1:B32DIGITS"), cut at
     * 159 bytes; "" when none (always in ARC files). Not checked against
     * the payload: it is what the crawler wrote, for finding duplicates. */
    const char *payload_digest;
    const char *block;      /* the record's content block (for a response, the HTTP message) */
    size_t block_len;
    /* The file ended inside the block: block_len is what there was, less
     * than the record's length; warc_reader_error says so. The bytes are
     * given all the same, as most of a page is better than none. */
    int cut_short;
    /* Where the record begins: its byte offset in the file, or, in a gzip
     * file, the offset of the gzip member it begins in (what archive indexes
     * give, and where a record-per-member file can be cut). */
    uint64_t offset;
} warc_record;

/* Starts reading `f` (kept open by the caller, read from its current
 * position; it need not be seekable). `block_max` is the largest block
 * held in memory (0: 64 MiB). Returns NULL when out of memory. */
warc_reader *warc_reader_new(FILE *f, size_t block_max);

/* Gives the reader the `len` bytes the caller read from the file before
 * handing it over (as when it looked at them to tell whether the file is
 * an archive, on a pipe that cannot give them back): they are read before
 * the file's own. Call it once, before the first warc_next. Returns 0, or
 * -1 when out of memory (the reader is unchanged). */
int warc_reader_unread(warc_reader *r, const unsigned char *head, size_t len);

/* Frees the reader (not the file). NULL is a no-op. */
void warc_reader_free(warc_reader *r);

/* Whether `head` (the first bytes of a file, `len` of them, at least 16 to
 * be sure) is the start of a WARC or ARC file, plain or gzip-compressed,
 * or zstd-compressed: a .warc.zst's dictionary frame, or a zstd frame
 * whose first bytes decode to a record's start -- or, when its first block
 * does not end in `head`, asks for a window over 8 MiB, or the build reads
 * no zstd, any zstd frame. A head of 128 KiB and 64 bytes holds any first
 * block (the command reads that much of a file that begins with a zstd
 * frame). */
int warc_looks_like_archive(const unsigned char *head, size_t len);

/* Reads the next record into *rec, whose strings and block stay valid until
 * the next call or warc_reader_free. */
warc_result warc_next(warc_reader *r, warc_record *rec);

/* After WARC_BAD, or a record cut short: what was wrong ("a record cut
 * short: 120 of its 5120 bytes"), and the offset it concerns (as
 * warc_record.offset counts). */
const char *warc_reader_error(const warc_reader *r, uint64_t *offset);

/* ---------------------------------------------------------------- HTTP */

typedef struct http_response {
    int status;             /* 200, 404, ...; 0 when the block is no HTTP response */
    char mime[80];          /* the media type, in small letters; "" when none */
    char charset[48];       /* the charset parameter; "" when none */
    /* The Content-Type value as sent ("text/html; charset=UTF-8"), spaces
     * around it trimmed, cut at 127 bytes; "" when none */
    char content_type[128];
    int chunked;            /* Transfer-Encoding: chunked */
    char encoding[24];      /* Content-Encoding, in small letters ("gzip"); "" when none */
    const char *body;       /* the bytes after the header (within the block) */
    size_t body_len;
    int unended;            /* the header has no blank line after it: no body */
} http_response;

/* Reads the status line and header of an HTTP response at the start of
 * `block` (its fields in the first 64 KiB; the body after its end however
 * far). Returns 0, or -1 when the block does not begin with one (then
 * *out has status 0 and the whole block as its body). */
int http_read_response(const char *block, size_t len, http_response *out);

/* The page a response carries: its body with the transfer coding (chunked)
 * and content coding (gzip, x-gzip, deflate, and br and zstd where the
 * build found their decoders; a gzip body of several members, or a zstd
 * one of several frames, read through all of them) undone. Returns a malloc'd
 * copy in *page (length *page_len) and 0; 1 with the bytes that came and
 * *why saying so when the compressed data ends early or breaks off after
 * some bytes, or when the page is longer than `max` bytes (the first
 * `max` kept); -1 with
 * *why set when the body cannot be decoded (a coding we do not read, or
 * compressed data that breaks or ends before any byte came), -2 out of
 * memory. An empty body is an empty page (0) whatever its coding.
 * A chunked body whose chunks do not add up is taken as it stands (some
 * archivers store the body unchunked and keep the header).
 * Damage is found where the coding can find it: gzip and zlib data carry
 * a checksum, zstd frames may, raw deflate and brotli none (a damaged
 * middle may decode to wrong bytes, returned as 0, as in a zstd frame
 * without one). A zstd block (up to 128 KiB of page) gives nothing until
 * all of it came: a small page cut short gives none. Memory: the page, at
 * most `max` bytes, and the decoder's window -- for brotli as much as the
 * body asks, up to 16 MiB a call whatever `max` is; for zstd up to 8 MiB,
 * a body asking more being broken. */
int http_decoded_body(const http_response *res, size_t max, char **page, size_t *page_len,
                      const char **why);

/* The content codings http_decoded_body undoes in this build, in a
 * static string: "gzip, deflate", then ", br" and ", zstd" where the
 * build found their decoders (x-gzip is gzip). */
const char *http_content_codings(void);

/* Whether a page file's bytes are gzip data (a crawl's "page.html.gz"),
 * by its first two bytes. */
int http_is_gzip(const char *data, size_t len);

/* A page file compressed with gzip, inflated as a body sent with
 * Content-Encoding gzip is: http_decoded_body's returns and outputs. */
int http_gunzip_page(const char *data, size_t len, size_t max, char **page, size_t *page_len,
                     const char **why);

/* How many of s[0..n) bytes fit in a field of `cap` bytes with its NUL:
 * all of them, or fewer, cut where no UTF-8 character is split (a header
 * value cut in the middle of one would read as one replacement character
 * or several, depending on the reader). */
size_t warc_field_fit(const char *s, size_t n, size_t cap);

#endif
