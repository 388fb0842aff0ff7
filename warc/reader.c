/* reader.c -- WARC and ARC records from a plain, gzip- or zstd-compressed
 * stream.
 *
 * The bytes of the file (inflated when it is gzip, decoded when it is
 * zstd) pass through a window:
 * a record's header and block are made to lie whole in it, and are
 * consumed once read. The window grows to the largest record held (to
 * twice a read of up to 64 KiB, so that it is moved once per that many
 * bytes consumed) and no further; a block over `block_max` is read
 * through and dropped.
 *
 * Formats (facts from the WARC 1.1 standard, ISO 28500, and the Internet
 * Archive's ARC file format description):
 *   WARC  "WARC/1.1" CRLF, named fields "Name: value" CRLF, CRLF, then
 *         Content-Length bytes of block, then CRLF CRLF.
 *   ARC   one header line per record, fields separated by spaces --
 *         version 1 "URL IP date mime length", version 2 "URL IP date mime
 *         result-code checksum location offset filename length" -- then
 *         `length` bytes and a newline; the file opens with a
 *         "filedesc://" record whose block gives the version.
 * Archivers are lax about line ends (LF for CRLF), about the separator
 * after a block, and about spaces in URLs: all are read. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "gunzip.h"
#include "unzstd.h"
#include "warc.h"

#define IN_CHUNK (64u * 1024u)          /* compressed bytes read at a time */
/* The compressed bytes of one member held in the input buffer, so that
 * when the member breaks the next can be looked for in them: a member cut
 * short inflates the members after it as its own (a stored block copies
 * them through) and may run on to the file's end. Only the bytes from the
 * first that could begin a member are held (pass_no_member_bytes), rarely
 * this many; past it, a break is told with the bytes that were not
 * searched. */
#define MEMBER_HOLD_MAX ((size_t)16 << 20)
/* Looking back after a break inflates again the bytes between the next
 * member's start and where the broken one stopped. Members can overlap
 * (each header in the extra field of the one before, all running on into
 * one long stored block that breaks at its end): each break would then
 * inflate up to MEMBER_HOLD_MAX again, a 16 MiB file taking hours. So what
 * is inflated again stays below the bytes read plus this; past it, the
 * next member is looked for from where the break was, which is told. */
#define REINFLATE_SLACK MEMBER_HOLD_MAX
#define WINDOW_MIN (64u * 1024u)
#define HEADER_MAX (64u * 1024u)        /* the longest record header read */
#define DEFAULT_BLOCK_MAX ((size_t)64 << 20)
#define SKIP_STEP ((size_t)1 << 20)     /* bytes dropped at a time */
#define MEMBERS_MAX 4096                /* gzip members held (see note_member) */
/* The bytes of a member's start that the stream must hold, as they are,
 * to hold a copy of that member (end_at_copy) */
#define COPY_MATCH 32

/* Where a gzip member began: in the inflated stream and in the file. */
typedef struct member {
    uint64_t stream_pos, file_offset;
} member;

struct warc_reader {
    FILE *f;
    unsigned char *head;    /* bytes read from f before us, given first */
    size_t head_len, head_pos;
    size_t block_max;
    int started;            /* the format is known */
    int arc, arc_version;
    /* gzip, or zstd (a .warc.zst): what the code calls a member is then
     * a zstd frame */
    int gzip, zstd;
    gunzip *gz;
    unzstd *zd;
    int member_done, in_eof;
    unsigned char *in;
    size_t in_cap;
    const unsigned char *next_in;   /* the input not inflated yet: */
    size_t avail_in;                /* next_in[0, avail_in) in `in` */
    uint64_t in_offset;     /* the file offset of next_in */
    /* where in `in` the next member is looked for should the current one
     * break: just past its first byte, moved on over the bytes that cannot
     * begin a member as they leave the buffer (pass_no_member_bytes);
     * NULL: before its bytes, or too many held (MEMBER_HOLD_MAX) */
    const unsigned char *look_in;
    const char *unheld;     /* why look_in was let go ("over 16 MiB") */
    uint64_t unheld_from;   /* ... and the file offset it was at */
    uint64_t reached;       /* the furthest file offset inflated */
    uint64_t reinflated;    /* bytes inflated again after looking back */
    member *members;        /* the members that began at or after the
                             * oldest record still being read, in order */
    /* the members held are members[first_member, first_member + nmembers) */
    size_t first_member, nmembers, members_cap;
    /* a gzip member broke (bad data, or no gzip data where one should
     * begin): the stream's bytes end where the window's do until the
     * reader goes on to the next member (next_member) */
    int broken;
    /* a member's start seen in the current member's bytes before it broke
     * (settle_copy), kept for end_at_copy: its stream position and first
     * bytes (suspect_len 0: none) */
    uint64_t suspect_pos;
    unsigned char suspect[COPY_MATCH];
    size_t suspect_len;
    /* the window: buf[start, end) are the stream's bytes from `pos` on */
    unsigned char *buf;
    size_t cap, start, end;
    uint64_t pos;
    int eof;                /* no more bytes will come */
    int failed;             /* the stream broke (stream_why) */
    uint64_t fail_offset;   /* gzip: the file offset the break is told at */
    int failure_told;       /* ... and a WARC_BAD said so */
    char stream_why[192];
    /* the last WARC_BAD */
    char why[352];
    uint64_t why_offset;
    /* the current record's strings */
    char type[64], uri[4096], id[256], date[64], ctype[256];
    /* WARC-Payload-Digest: "sha1:" and 32 base-32 digits, or "sha256:" and
     * 64 hex ones, with room for a longer algorithm's */
    char digest[160];
};

/* ================================================================ stream */

static void stream_fail(warc_reader *r, const char *why)
{
    /* a failure not told yet keeps its reason: it came first */
    if (!r->failed || r->failure_told) {
        snprintf(r->stream_why, sizeof r->stream_why, "%s", why);
        r->failure_told = 0;
        r->fail_offset = r->in_offset;
    }
    r->failed = 1;
    r->eof = 1;
}

/* A gzip member broke: what came of it is read to its end, which is told
 * with `why` (by the record it cuts short, or on its own); then reading
 * goes on with the next member, as each record of a WARC is a member of
 * its own (ISO 28500, annex D) and the rest of the file is sound. */
static void member_broke(warc_reader *r, const char *why, uint64_t offset)
{
    snprintf(r->stream_why, sizeof r->stream_why, "%s", why);
    r->failed = 1;
    r->failure_told = 0;
    r->fail_offset = offset;
    r->broken = 1;
}

/* Makes room for `want` bytes from buf[start]; 0 when out of memory. */
static int make_room(warc_reader *r, size_t want)
{
    if (r->cap - r->start >= want && r->end < r->cap)
        return 1;
    if (r->start) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    /* a window of twice what is wanted (up to WINDOW_MIN wanted) is moved
     * once per `want` bytes consumed at most: with one just as large, each
     * record of a run of tiny ones moved the window's bytes again */
    size_t room = want <= WINDOW_MIN ? 2 * want : want;
    if (r->cap >= room && r->end < r->cap)
        return 1;
    size_t cap = r->cap ? r->cap : WINDOW_MIN;
    while (cap < room || cap <= r->end)
        cap *= 2;
    unsigned char *b = realloc(r->buf, cap);
    if (!b)
        return 0;
    /* cleared, as gunzip_step asks of its output */
    memset(b + r->cap, 0, cap - r->cap);
    r->buf = b;
    r->cap = cap;
    return 1;
}

/* Forgets the members that began before the one holding stream position
 * `pos` (the start of the record about to be read): no record before it
 * will be asked about. */
static void forget_members_before(warc_reader *r, uint64_t pos)
{
    if (r->nmembers < 2)
        return;     /* (and members may be NULL) */
    const member *held = r->members + r->first_member;
    size_t k = 0;
    while (k + 1 < r->nmembers && held[k + 1].stream_pos <= pos)
        k++;
    r->first_member += k;
    r->nmembers -= k;
}

/* Notes that a member begins at next_in. The members read past are
 * forgotten when MEMBERS_MAX are held (a skip through a run of empty
 * members); past that, or out of memory, the note is lost: a record in
 * the member is then told at an earlier member's offset. */
static void note_member(warc_reader *r)
{
    r->look_in = r->next_in + 1;
    r->unheld = NULL;
    r->suspect_len = 0;     /* the last member's */
    if (r->nmembers == MEMBERS_MAX)
        forget_members_before(r, r->pos);
    if (r->nmembers == MEMBERS_MAX)
        return;
    /* the forgotten are let go when the array is full: moving the held
     * ones down for each record read cost more than reading it */
    if (r->first_member + r->nmembers == r->members_cap && r->first_member) {
        memmove(r->members, r->members + r->first_member, r->nmembers * sizeof *r->members);
        r->first_member = 0;
    }
    if (r->nmembers == r->members_cap) {
        size_t cap = r->members_cap ? r->members_cap * 2 : 64;
        member *m = realloc(r->members, cap * sizeof *m);
        if (!m)
            return;
        r->members = m;
        r->members_cap = cap;
    }
    member *m = &r->members[r->first_member + r->nmembers++];
    m->stream_pos = r->pos + (r->end - r->start);
    m->file_offset = r->in_offset;
}

/* Reads `n` bytes of the file into dst, as fread does (fewer only at its
 * end or on an error): first those the caller had read before handing it
 * over, then the file's own. */
static size_t read_file(warc_reader *r, unsigned char *dst, size_t n)
{
    size_t k = 0;
    if (r->head_pos < r->head_len) {
        k = r->head_len - r->head_pos < n ? r->head_len - r->head_pos : n;
        memcpy(dst, r->head + r->head_pos, k);
        r->head_pos += k;
    }
    return k + (k < n ? fread(dst + k, 1, n - k, r->f) : 0);
}

/* Makes the input buffer hold `want` bytes; 0 when out of memory. The
 * pointers into it move with it. */
static int grow_input(warc_reader *r, size_t want)
{
    if (want <= r->in_cap)
        return 1;
    size_t cap = r->in_cap;
    while (cap < want)
        cap *= 2;
    /* a new buffer, the old one copied and freed, not realloc: gcc 12
     * at -O3 took the offsets below, read before the call, for reads of
     * the old pointer after it (-Wuse-after-free) */
    unsigned char *in = malloc(cap);
    if (!in)
        return 0;
    memcpy(in, r->in, r->in_cap);
    size_t next = (size_t)(r->next_in - r->in);
    int looking = r->look_in != NULL;
    size_t look_at = looking ? (size_t)(r->look_in - r->in) : 0;
    free(r->in);
    r->in = in;
    r->in_cap = cap;
    r->next_in = in + next;
    if (looking)
        r->look_in = in + look_at;
    return 1;
}

/* The bytes of a member's fixed header (RFC 1952). */
#define MEMBER_HEADER 10

/* Whether p[0..MEMBER_HEADER) can begin a gzip member: its magic bytes,
 * deflate as its method, no reserved flag set, and extra flags that
 * deflate writers set (0, 2 for the best compression, 4 for the fastest;
 * RFC 1952): compressed bytes, searched after a break, match the magic
 * bytes by chance once in 2^27, these once in 2^34. */
static int member_header_at(const unsigned char *p)
{
    return p[0] == 0x1F && p[1] == 0x8B && p[2] == 8 && (p[3] & 0xE0) == 0 &&
           (p[8] == 0 || p[8] == 2 || p[8] == 4);
}

/* The first index in s[0, n) at which a member could begin, its header
 * within s[0, n); n when there is none. */
static size_t member_header_in(const unsigned char *s, size_t n)
{
    if (n < MEMBER_HEADER)
        return n;
    /* by the second magic byte: a block of 0x1F bytes (a crafted page's)
     * stopped a search for the first at every byte */
    const unsigned char *end = s + n - (MEMBER_HEADER - 2);   /* past the last second byte */
    for (const unsigned char *q = s + 1; q < end && (q = memchr(q, 0x8B, (size_t)(end - q))) != NULL;
         q++)
        if (member_header_at(q - 1))
            return (size_t)(q - 1 - s);
    return n;
}

/* The bytes that tell a zstd frame's start: its magic number, then a
 * Frame_Header_Descriptor with its reserved bit clear (RFC 8878). */
#define FRAME_START 5

/* The first index in s[0, n) at which a zstd frame could begin, its
 * FRAME_START bytes within s[0, n); n when there is none. */
static size_t zstd_frame_in(const unsigned char *s, size_t n)
{
    if (n < FRAME_START)
        return n;
    /* by the second magic byte, as member_header_in looks */
    const unsigned char *end = s + n - (FRAME_START - 2);
    for (const unsigned char *q = s + 1; q < end && (q = memchr(q, 0xB5, (size_t)(end - q))) != NULL;
         q++)
        if (unzstd_frame_at(q - 1) && (q[3] & 0x08) == 0)
            return (size_t)(q - 1 - s);
    return n;
}

/* Whether the stream is compressed: read member by member (gzip) or
 * frame by frame (zstd), the records told at their member's offset. */
static int compressed(const warc_reader *r)
{
    return r->gzip || r->zstd;
}

/* The bytes that tell whether a member (or frame) begins at a place, and
 * the first place in s[0, n) where one could, as member_header_in. */
static size_t start_len(const warc_reader *r)
{
    return r->zstd ? FRAME_START : MEMBER_HEADER;
}

static size_t start_in(const warc_reader *r, const unsigned char *s, size_t n)
{
    return r->zstd ? zstd_frame_in(s, n) : member_header_in(s, n);
}

/* Makes the decoder ready for the member (or frame) at next_in. */
static void restart_decoder(warc_reader *r)
{
    if (r->zstd)
        unzstd_restart(r->zd);
    else
        gunzip_restart(r->gz);
}

/* RFC 1952's header flags: the optional fields after the fixed header. */
enum { FLAG_HCRC = 2, FLAG_EXTRA = 4, FLAG_NAME = 8, FLAG_COMMENT = 16 };
/* The longest file name or comment in a member's header that is read
 * (archivers write a file's name: tens of bytes) */
#define FIELD_NAME_MAX 256

/* The index in p[0, n) of the deflate data of the member whose header
 * begins p; 0 when p begins none, or its header does not end in p[0, n). */
static size_t member_data_at(const unsigned char *p, size_t n)
{
    if (n < MEMBER_HEADER || !member_header_at(p))
        return 0;
    size_t i = MEMBER_HEADER;
    if (p[3] & FLAG_EXTRA) {
        if (i + 2 > n)
            return 0;
        i += 2 + (p[i] | (size_t)p[i + 1] << 8);
    }
    for (unsigned flag = FLAG_NAME; flag <= FLAG_COMMENT; flag <<= 1) {
        if (!(p[3] & flag))
            continue;
        /* a name or comment no longer than FIELD_NAME_MAX: else every
         * header-like run in a block would search on to the block's end */
        if (i >= n)
            return 0;
        size_t room = n - i < FIELD_NAME_MAX ? n - i : FIELD_NAME_MAX;
        const unsigned char *nul = memchr(p + i, 0, room);
        if (!nul)
            return 0;
        i = (size_t)(nul - p) + 1;
    }
    if (p[3] & FLAG_HCRC)
        i += 2;
    return i < n ? i : 0;
}

/* Whether p[i, n) is a stored block's header: its type bits 00, then LEN
 * and its complement. */
static int stored_block_at(const unsigned char *p, size_t i, size_t n)
{
    return i + 5 <= n && (p[i] & 6) == 0 && (p[i + 1] ^ p[i + 3]) == 0xFF &&
           (p[i + 2] ^ p[i + 4]) == 0xFF;
}

/* Whether p[0, n) begins a member that holds a WARC record as it is: its
 * header, then a stored block (as a compressor writes bytes that do not
 * compress) whose data opens with a record's version. Only such a member,
 * copied through by a member cut short (see end_at_copy), puts records
 * that are read again in their turn into the stream; a gzip file that a
 * record holds (an archived download) almost never is one. */
static int stored_record_member_at(const unsigned char *p, size_t n)
{
    static const char version[] = "WARC/1.";
    size_t i = member_data_at(p, n);
    return i && stored_block_at(p, i, n) && i + 5 + sizeof version - 1 <= n &&
           memcmp(p + i + 5, version, sizeof version - 1) == 0;
}

/* The stored blocks walked at most by member_inside_data, and how far past
 * the members' end it looks for a record's line */
#define INSIDE_BLOCKS_MAX 64
#define INSIDE_TAIL_MAX 512

/* Whether the members of stored blocks that begin p[0, n), one after
 * another, end within it followed, within INSIDE_TAIL_MAX bytes, by a
 * line that begins a WARC record: then they lie inside another member's
 * data (an archive a record holds, stored as it is, and the records after
 * it), not after it. 0 when that cannot be told from p[0, n) (a block of
 * another type, their end past n, over INSIDE_BLOCKS_MAX blocks), and
 * when other bytes follow them (padding, a line end, junk after the last
 * member of a file). */
static int member_inside_data(const unsigned char *p, size_t n)
{
    static const char version[] = "WARC/1.";
    size_t i = 0;
    for (int blocks = 0;;) {
        size_t data = member_data_at(p + i, n - i);
        if (!data)
            return 0;
        i += data;
        for (int last = 0; !last;) {
            if (++blocks > INSIDE_BLOCKS_MAX || !stored_block_at(p, i, n))
                return 0;
            last = p[i] & 1;
            i += 5 + (p[i + 1] | (size_t)p[i + 2] << 8);
        }
        i += 8;     /* the trailer: CRC and length */
        if (i >= n)
            return 0;
        if (n - i < MEMBER_HEADER || !member_header_at(p + i))
            break;  /* else the next member of the archive */
    }
    /* a line that begins a record, at once or a little further on (the
     * rest of the block the archive ends, then the record's line ends) */
    size_t end = n - i > INSIDE_TAIL_MAX ? i + INSIDE_TAIL_MAX : n;
    for (size_t at = i; at + sizeof version - 1 <= end;) {
        if (memcmp(p + at, version, sizeof version - 1) == 0)
            return 1;
        const unsigned char *nl = memchr(p + at, '\n', end - at);
        if (!nl)
            break;
        at = (size_t)(nl - p) + 1;
    }
    return 0;
}

/* The first index in s[0, n) at which such a member begins, with all it
 * takes to tell in s[0, n); n when there is none. */
static size_t stored_record_member_in(const unsigned char *s, size_t n)
{
    for (size_t i = 0; (i += member_header_in(s + i, n - i)) < n; i++)
        if (stored_record_member_at(s + i, n - i))
            return i;
    return n;
}

/* Moves look_in on over the bytes inflated that cannot begin a member,
 * those whose MEMBER_HEADER bytes lie in the buffer's `have` bytes from
 * look_in: a look back after a break would pass over them, so they need
 * not be held. A member with no header-like bytes in it (most) is then
 * held no further than its last few bytes, and the input buffer stays
 * small (and in the cache) however long the member. */
static void pass_no_member_bytes(warc_reader *r, size_t have)
{
    size_t inflated = (size_t)(r->next_in - r->look_in), len = start_len(r);
    if (have < len)
        return;
    /* the headers that begin in the bytes inflated */
    size_t n = have < inflated + (len - 1) ? have : inflated + (len - 1);
    size_t i = start_in(r, r->look_in, n);
    r->look_in += i < n ? i : n - (len - 1);
}

/* The inflaters take input past the byte where they find a fault: ISA-L
 * reads eight bytes at a time and keeps up to 328 in a buffer of its own
 * (ISAL_DEF_MAX_HDR_SIZE), and the next member may begin in them. */
#define READ_AHEAD 512

/* Reads more of the file after the `keep` bytes at next_in; they move to
 * the start of the input buffer, behind the current member's bytes from
 * look_in while it is held (MEMBER_HOLD_MAX), the buffer growing to hold
 * them. 0 at the file's end (or on an error, which fails the stream). */
static size_t read_input(warc_reader *r, size_t keep)
{
    if (r->in_eof)
        return 0;
    size_t behind = 0;
    if (r->look_in && r->look_in <= r->next_in) {
        pass_no_member_bytes(r, (size_t)(r->next_in - r->look_in) + keep);
        behind = (size_t)(r->next_in - r->look_in);
        if (behind + keep + IN_CHUNK > MEMBER_HOLD_MAX) {
            r->unheld = "over 16 MiB";
        } else if (!grow_input(r, behind + keep + IN_CHUNK)) {
            r->unheld = "out of memory";
        }
        if (r->unheld) {
            r->unheld_from = r->in_offset - behind;
            r->look_in = NULL;
            behind = 0;
        }
    } else {
        r->look_in = NULL;
    }
    if (!r->look_in && r->unheld) {
        /* a member no longer held is still looked past from READ_AHEAD
         * bytes before where it breaks (back_over_read_ahead), and they
         * may lie before this read: they stay (the member's own, as the
         * buffer began within it when it was let go) */
        size_t consumed = (size_t)(r->next_in - r->in);
        behind = consumed < READ_AHEAD ? consumed : READ_AHEAD;
    }
    if (r->in_cap - behind - keep == 0 && !grow_input(r, behind + keep + IN_CHUNK)) {
        stream_fail(r, "out of memory");
        return 0;
    }
    const unsigned char *from = r->next_in - behind;
    if (from != r->in)
        memmove(r->in, from, behind + keep);
    if (r->look_in)
        r->look_in = r->in;
    r->next_in = r->in + behind;
    size_t room = r->in_cap - behind - keep;
    size_t n = read_file(r, r->in + behind + keep, room < IN_CHUNK ? room : IN_CHUNK);
    if (n == 0) {
        r->in_eof = 1;
        if (ferror(r->f))
            stream_fail(r, strerror(errno ? errno : EIO));
    }
    r->avail_in = keep + n;
    return n;
}

/* After a member broke: on to the next member, looked for from look_in
 * while the broken one's bytes are held (a member cut short runs into the
 * next one, whose bytes the inflater may have read as its own), else from
 * the input not yet read. Returns 1
 * when one is found and inflating can go on; 0 at the file's end. */
static int next_member(warc_reader *r)
{
    r->broken = 0;
    const unsigned char *from = r->look_in ? r->look_in : r->next_in;
    r->in_offset -= (uint64_t)(r->next_in - from);
    r->avail_in += (size_t)(r->next_in - from);
    r->next_in = from;
    r->look_in = NULL;      /* the broken one's bytes need not be held on */
    size_t len = start_len(r);
    for (;;) {
        if (r->avail_in < len) {
            if (read_input(r, r->avail_in) == 0) {
                r->eof = 1;
                return 0;
            }
            continue;
        }
        size_t i = start_in(r, r->next_in, r->avail_in), found = i < r->avail_in;
        if (!found)
            i = r->avail_in - (len - 1);    /* one may begin in the rest */
        r->next_in += i;
        r->avail_in -= i;
        r->in_offset += i;
        if (found) {
            restart_decoder(r);
            r->member_done = 0;
            note_member(r);
            return 1;
        }
    }
}

/* Whether, after the current member broke, the next may be looked for
 * from just past its start: its bytes are held, and looking back would
 * not inflate too much again (REINFLATE_SLACK). The look's bytes are
 * charged before it is taken, so that one look cannot overspend and leave
 * nothing for honest damage later in the file. */
static int can_look_back(const warc_reader *r)
{
    return r->look_in &&
           r->reinflated + (uint64_t)(r->next_in - r->look_in) <= r->reached + REINFLATE_SLACK;
}

/* When the next member is looked for from where the current one broke,
 * the look begins READ_AHEAD bytes back, within the member's bytes in the
 * input buffer. */
static void back_over_read_ahead(warc_reader *r)
{
    /* not back to the member's own start: a member no longer held has
     * 16 MiB before the input buffer's bytes (read_input) */
    const unsigned char *lowest = r->look_in ? r->look_in : r->unheld ? r->in : r->next_in;
    if (r->next_in <= lowest)
        return;
    size_t back = (size_t)(r->next_in - lowest);
    if (back > READ_AHEAD)
        back = READ_AHEAD;
    r->next_in -= back;
    r->avail_in += back;
    r->in_offset -= back;
}

/* The inflaters stop a few bytes past a fault: ISA-L reads eight at a
 * time. */
#define READ_PAST_FAULT 8
/* How far before the end of a broken member's output its copy of the
 * next member is looked for: the stored block that makes it copies at
 * most 65,535 bytes, and read as deflate data after it, the next member's
 * bytes break long before this. It bounds the work of each look,
 * whatever the member's size. */
#define COPY_REACH ((size_t)1 << 20)
/* ... and how far before where the member broke, in its input, the next
 * member may begin: the 65,535 bytes of the stored block, and as many
 * again read as deflate data before the break. A member's header further
 * back is one of its own records' bytes (an archive the record holds). */
#define COPY_REACH_IN ((size_t)128 << 10)
/* The members begun in a broken one's bytes that are looked at: a
 * crafted member holding thousands would have each walked and the window
 * searched for each */
#define COPIES_LOOKED_FOR 16

/* Where the window holds needle[0, n) in the last COPY_REACH bytes the
 * current member inflated: the index in buf, or `r->end` when it does
 * not. buf[0, end) are the stream's bytes from position pos - start on. */
static size_t copy_in_window(const warc_reader *r, const unsigned char *needle, size_t n)
{
    size_t from = r->end > COPY_REACH ? r->end - COPY_REACH : 0;
    uint64_t buf_pos = r->pos - r->start;
    if (r->nmembers) {
        uint64_t member_pos = r->members[r->first_member + r->nmembers - 1].stream_pos;
        if (member_pos > buf_pos + from)
            from = (size_t)(member_pos - buf_pos);
    }
    if (r->end < n || from > r->end - n)
        return r->end;
    /* by the needle's second byte (a member's 0x8B): output of 0x1F
     * bytes stopped a search for the first at every byte */
    const unsigned char *s = r->buf, *end = s + (r->end - n) + 2;
    for (const unsigned char *q = s + from + 1; q < end && (q = memchr(q, needle[1], (size_t)(end - q))) != NULL;
         q++)
        if (memcmp(q - 1, needle, n) == 0)
            return (size_t)(q - 1 - s);
    return r->end;
}

/* Cuts the stream at stream position `at`: the broken member's own bytes
 * end there. A copy in bytes already read (a record's block the copy
 * completed, read before the break) leaves nothing. */
static void end_stream_at(warc_reader *r, uint64_t at)
{
    r->end = at > r->pos ? r->start + (size_t)(at - r->pos) : r->start;
}

/* The member that broke, its input read up to `stop`, may have run into
 * another: one begins in the bytes the look for the next will search,
 * more than READ_PAST_FAULT bytes before `stop`. A stored block copies
 * what follows it through as its own: that member's header and, when it
 * holds a record stored (stored_record_member_at), the record, which is
 * read again in its turn from its own member. So where the stream holds
 * such a member, copied as it is -- in the window, or where a look before
 * the break saw it (r->suspect, settle_copy) -- the broken member's own
 * bytes end, and the stream is cut there: a record before the copy is
 * read (cut short when it runs into it), one in the copy is not (given
 * twice). */
static void end_at_copy(warc_reader *r, const unsigned char *stop)
{
    /* a zstd decoder is given no byte past the block it is in
     * (unzstd_step). A raw block whose size was damaged larger copies
     * what follows through, up to 128 KiB (the largest block), but the
     * next frame's bytes are compressed: a record's text lies in them as
     * it is only where its writer stored it raw, which a record's header,
     * being compressible, almost never is. Such a copy is not looked for. */
    if (r->zstd)
        return;
    const unsigned char *p = r->look_in ? r->look_in : r->next_in;
    const unsigned char *in_end = r->next_in + r->avail_in;
    if (stop - p <= READ_PAST_FAULT)
        return;
    const unsigned char *last = stop - READ_PAST_FAULT;
    if (last > in_end - (MEMBER_HEADER - 1))
        last = in_end - (MEMBER_HEADER - 1);
    if ((size_t)(stop - p) > COPY_REACH_IN)
        p = stop - COPY_REACH_IN;
    for (int looked = 0; p < last && looked < COPIES_LOOKED_FOR; p++) {
        /* the headers that begin before `last` */
        p += member_header_in(p, (size_t)(last - p) + (MEMBER_HEADER - 1));
        if (p >= last)
            return;
        looked++;
        if (!stored_record_member_at(p, (size_t)(in_end - p)) ||
            member_inside_data(p, (size_t)(in_end - p)))
            continue;
        size_t n = in_end - p < COPY_MATCH ? (size_t)(in_end - p) : COPY_MATCH;
        size_t k = n < r->suspect_len ? n : r->suspect_len;
        if (k >= MEMBER_HEADER + 5 && memcmp(p, r->suspect, k) == 0) {
            end_stream_at(r, r->suspect_pos);
            return;
        }
        size_t at = copy_in_window(r, p, n);
        if (at < r->end) {
            end_stream_at(r, r->pos - r->start + at);
            return;
        }
    }
}

/* After the current member broke: the next is looked for from just past
 * its start when it can be (can_look_back); else from where it broke,
 * and `note` tells the bytes of the member passed over unsearched (empty
 * when none are). */
static void passed_over(warc_reader *r, char *note, size_t cap)
{
    note[0] = '\0';
    if (can_look_back(r))
        return;
    const char *why = r->unheld ? r->unheld : "too many members broken";
    uint64_t from = r->look_in ? r->in_offset - (uint64_t)(r->next_in - r->look_in) : r->unheld_from;
    r->look_in = NULL;
    if (r->in_offset > from)
        snprintf(note, cap, " (%s: bytes %llu-%llu not searched)", why, (unsigned long long)from,
                 (unsigned long long)r->in_offset - 1);
}

/* Counts `used` bytes inflated from in_offset: those before `reached` are
 * inflated again (see REINFLATE_SLACK). */
static void count_inflated(warc_reader *r, size_t used)
{
    if (r->in_offset < r->reached) {
        uint64_t again = r->reached - r->in_offset;
        r->reinflated += again < used ? again : used;
    }
    r->in_offset += used;
    if (r->in_offset > r->reached)
        r->reached = r->in_offset;
}

/* The file ends inside a member. The members after a cut may have been
 * inflated as its own bytes (a stored block copies them through, to the
 * file's end): the member is broken like any other, and the next is
 * looked for from its start while its bytes are held, else from
 * READ_AHEAD bytes before the end, as after a break (a member of more
 * than 16 MiB cut short just before a good one at the file's end). The
 * look begins past the broken member's start either way, so it cannot
 * find that member again. */
static void member_cut_short(warc_reader *r)
{
    char why[sizeof r->stream_why], note[96];
    uint64_t at = r->in_offset;
    const unsigned char *stop = r->next_in;
    if (!can_look_back(r))
        back_over_read_ahead(r);
    end_at_copy(r, stop);
    passed_over(r, note, sizeof note);
    snprintf(why, sizeof why, "the %s data is cut short%s", r->zstd ? "zstd" : "gzip", note);
    member_broke(r, why, at);
}

/* Takes the next `n` bytes of the file's input as they are: copied to
 * dst, or passed over when dst is NULL (a zstd file's skippable frame).
 * Returns how many it took: `n`, or fewer when the file ends (or fails)
 * before them. */
static uint64_t take_input(warc_reader *r, unsigned char *dst, uint64_t n)
{
    r->look_in = NULL;      /* no member's bytes are held through them */
    r->unheld = NULL;
    uint64_t done = 0;
    while (done < n) {
        if (!r->avail_in && read_input(r, 0) == 0)
            break;
        size_t k = r->avail_in < n - done ? r->avail_in : (size_t)(n - done);
        if (dst)
            memcpy(dst + done, r->next_in, k);
        r->next_in += k;
        r->avail_in -= k;
        count_inflated(r, k);
        done += k;
    }
    return done;
}

/* Gives back the `n` bytes at p, taken by take_input just before
 * next_in's, so that they are read again, before the input not yet
 * consumed: the bytes held in the input buffer and what is left of the
 * head given by warc_reader_unread go after them. Returns 0 when out of
 * memory or past the slack (nothing given back). */
static int give_back(warc_reader *r, const unsigned char *p, size_t n)
{
    /* what is read again stays within the bytes read plus the slack
     * (REINFLATE_SLACK), as after a broken member: else a file of many
     * skippable frames, each claiming the rest of the file, is read again
     * from each of them. The bytes are charged as they are read again. */
    if (r->reinflated + n > r->reached + REINFLATE_SLACK)
        return 0;
    size_t rest = r->head_len - r->head_pos, total = n + r->avail_in + rest;
    unsigned char *head = malloc(total ? total : 1);
    if (!head)
        return 0;
    memcpy(head, p, n);
    memcpy(head + n, r->next_in, r->avail_in);
    if (rest)
        memcpy(head + n + r->avail_in, r->head + r->head_pos, rest);
    free(r->head);
    r->head = head;
    r->head_len = total;
    r->head_pos = 0;
    r->in_offset -= n;
    r->next_in = r->in;
    r->avail_in = 0;
    r->in_eof = 0;
    return 1;
}

/* Whether a frame, a skippable frame or the file's end comes at next_in
 * (as after a skippable frame whose size is right). */
static int frame_follows(warc_reader *r)
{
    while (r->avail_in < 4 && read_input(r, r->avail_in) > 0)
        ;
    return !r->avail_in ||
           (r->avail_in >= 4 && (unzstd_frame_at(r->next_in) || unzstd_skippable_at(r->next_in)));
}

/* Whether s[from, n) holds whole zstd frames, one after another, that
 * end just where s ends: what a skippable frame whose size field was made
 * larger takes in (the frames after it), which no writer's content does.
 * The first few places from `from` where a frame could begin are tried. */
static int ends_in_frames(const unsigned char *s, size_t n, size_t from)
{
    for (int tries = 0; tries < 4 && from + FRAME_START <= n; tries++) {
        size_t i = from + zstd_frame_in(s + from, n - from), q = i;
        if (i >= n)
            return 0;
        while (n - q >= 4 && unzstd_frame_at(s + q)) {
            size_t k = unzstd_frame_size(s + q, n - q);
            if (!k)
                break;
            q += k;
        }
        if (q == n)
            return 1;
        from = i + 1;
    }
    return 0;
}

/* Passes over the skippable frame at next_in (at file offset `at`), as
 * the WARC zstd format asks of frames a reader does not know. One whose
 * size cannot be right (the file ends in it, no frame just after it, or
 * frames it ends in) is told, and the next frame looked for in its bytes
 * (up to UNZSTD_DICT_MAX of them held), so that the frames a damaged size
 * field ran over are not lost untold. */
static void pass_skippable(warc_reader *r, uint64_t at)
{
    uint32_t size = unzstd_le32(r->next_in + 4);
    unsigned char *held = size <= UNZSTD_DICT_MAX ? malloc(size ? size : 1) : NULL;
    take_input(r, NULL, 8);
    uint64_t got = take_input(r, held, size);
    /* content that is itself a zstd frame (a writer's compressed
     * metadata) is no sign: the frames looked for come after it */
    size_t inner = held && got == size && size >= 4 && unzstd_frame_at(held)
                       ? unzstd_frame_size(held, size)
                       : 0;
    int right = got == size && frame_follows(r) && !(held && ends_in_frames(held, size, inner));
    if (!right && held && give_back(r, held, (size_t)got))
        member_broke(r, "a skippable zstd frame whose size cannot be right (the file ends in it, "
                        "or no frame follows it): the next frame looked for in its bytes", at);
    else if (got < size)
        member_broke(r, "the file ends inside a skippable zstd frame", at);
    else if (!right)
        member_broke(r, "a skippable zstd frame whose size cannot be right: passed over, its "
                        "bytes not looked through (over 8 MiB, or too many frames broken)", at);
    free(held);
}

/* After a zstd frame ended: whether the next begins at next_in (then made
 * ready to be decoded). Skippable frames there are passed over, as the
 * WARC zstd format asks of frames a reader does not know; bytes that begin
 * no frame are told and passed over, to the next frame's start. */
static int next_frame_begins(warc_reader *r)
{
    r->look_in = NULL;      /* the frame that ended need not be held */
    while (r->avail_in < 8 && read_input(r, r->avail_in) > 0)
        ;
    if (r->avail_in >= 4 && unzstd_frame_at(r->next_in)) {
        restart_decoder(r);
        r->member_done = 0;
        note_member(r);
        return 1;
    }
    uint64_t at = r->in_offset;
    if (r->avail_in >= 8 && unzstd_skippable_at(r->next_in)) {
        pass_skippable(r, at);
        return 0;
    }
    member_broke(r, "bytes after a zstd frame that are no zstd frame: passed over", at);
    return 0;
}

/* After a member (or frame) ended: whether the next begins at next_in
 * (then made ready to be inflated); else see member_broke. */
static int next_member_begins(warc_reader *r)
{
    if (r->zstd)
        return next_frame_begins(r);
    if (r->next_in[0] != 0x1F) {
        r->look_in = NULL;      /* look from here on */
        member_broke(r, "bytes after a gzip member that are no gzip data: passed over",
                     r->in_offset);
        return 0;
    }
    restart_decoder(r);
    r->member_done = 0;
    note_member(r);
    return 1;
}

/* Inflates (or decodes) more of the file into the window. */
static void inflate_more(warc_reader *r)
{
    if (r->avail_in == 0 && read_input(r, 0) == 0 && r->failed && r->eof)
        return;
    if (r->member_done) {
        if (r->avail_in == 0) {
            if (r->in_eof)
                r->eof = 1;
            return;     /* more input first */
        }
        if (!next_member_begins(r))
            return;
    }
    if (r->avail_in == 0) {
        if (r->in_eof)
            member_cut_short(r);
        return;
    }
    size_t used, made;
    const char *reason;
    gunzip_status st = r->zstd ? unzstd_step(r->zd, r->next_in, r->avail_in, &used,
                                             r->buf + r->end, r->cap - r->end, &made, &reason)
                               : gunzip_step(r->gz, r->next_in, r->avail_in, &used,
                                             r->buf + r->end, r->cap - r->end, &made, &reason);
    r->next_in += used;
    r->avail_in -= used;
    count_inflated(r, used);
    r->end += made;
    if (st == GUNZIP_END)
        r->member_done = 1;
    else if (st == GUNZIP_BROKEN) {
        uint64_t at = r->in_offset;
        const unsigned char *stop = r->next_in;
        char why[sizeof r->stream_why], note[96];
        if (!can_look_back(r))
            back_over_read_ahead(r);
        end_at_copy(r, stop);
        passed_over(r, note, sizeof note);
        snprintf(why, sizeof why, "broken %s data at byte %llu of the file: %s%s",
                 r->zstd ? "zstd" : "gzip", (unsigned long long)at, reason, note);
        /* told at the member's start, where a reader would look for it */
        member_broke(r, why, r->nmembers ? r->members[r->first_member + r->nmembers - 1].file_offset
                                         : r->in_offset);
    }
}

static void read_more(warc_reader *r)
{
    if (compressed(r)) {
        inflate_more(r);
        return;
    }
    size_t n = read_file(r, r->buf + r->end, r->cap - r->end);
    r->end += n;
    if (n == 0) {
        r->eof = 1;
        if (ferror(r->f))
            stream_fail(r, strerror(errno ? errno : EIO));
    }
}

/* Makes `want` bytes available at buf[start] when the stream has them;
 * returns how many are (fewer only at its end). */
static size_t fill(warc_reader *r, size_t want)
{
    while (r->end - r->start < want && !r->eof && !r->broken) {
        if (!make_room(r, want)) {
            stream_fail(r, "out of memory");
            break;
        }
        read_more(r);
    }
    size_t have = r->end - r->start;
    return have < want ? have : want;
}

static void consume(warc_reader *r, size_t n)
{
    r->start += n;
    r->pos += n;
}

/* The last member held that begins at or before stream position `pos`
 * (the first held when none does); NULL when none is held. */
static const member *member_of(const warc_reader *r, uint64_t pos)
{
    if (!r->nmembers)
        return NULL;
    /* halves of the list (in stream order), as a window of tiny members
     * holds thousands */
    const member *held = r->members + r->first_member;
    size_t lo = 0, hi = r->nmembers;    /* held[0, lo) begin at or before pos, held[hi, ..) after */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (held[mid].stream_pos <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return &held[lo ? lo - 1 : 0];
}

/* The file offset at which the record beginning at stream position `pos`
 * can be found: its own in a plain file, its gzip member's in a gzip one. */
static uint64_t offset_of(const warc_reader *r, uint64_t pos)
{
    if (!compressed(r))
        return pos;
    const member *m = member_of(r, pos);
    return m ? m->file_offset : 0;
}

/* The largest window (as a power of two) a zstd frame may ask for: 8 MiB,
 * what the WARC zstd format asks every reader to take; more for a reader
 * allowed larger records, the largest block it holds rounded down (a
 * frame of one segment, as libzstd writes a record no larger than its
 * level's window, has the record's size as its window; the highest levels
 * use up to 128 MiB for larger ones), and at most 128 MiB, libzstd's own
 * default limit. A frame asking for more is broken (told, the next frame
 * read): the decoder's memory stays within the reader's own bound. */
static unsigned zstd_window_log(size_t block_max)
{
    unsigned log = 23;
    while (log < 27 && ((size_t)2 << log) <= block_max)
        log++;
    return log;
}

/* At a dictionary frame's content, when its size is not kept to (see
 * read_dictionary): a compressed dictionary's own zstd frame there is
 * passed over when it ends in the input held, being no record's (a
 * trained dictionary holds records' text, which would be read as one). */
static void pass_inner_frame(warc_reader *r)
{
    if (!r->avail_in)
        read_input(r, 0);
    if (r->avail_in >= 4 && unzstd_frame_at(r->next_in)) {
        size_t k = unzstd_frame_size(r->next_in, r->avail_in);
        if (k)
            take_input(r, NULL, k);
    }
}

/* Reads the dictionary frame at next_in (a .warc.zst's first) and loads
 * its dictionary for every frame after it. One that cannot be had (over
 * UNZSTD_DICT_MAX, cut short, or damaged) is told as the file's first
 * WARC_BAD, at offset 0, and passed over: the frames after it are read
 * without it, and each that needs it is told broken in its turn. When its
 * size cannot be right (over the limit, past the file's end, or no frame
 * after it), the size field may be what is damaged: its bytes are looked
 * through for the next frame from just past its header, as after a broken
 * frame, so that the frames that size ran over are not lost untold. */
static void read_dictionary(warc_reader *r)
{
    char why[sizeof r->stream_why];
    while (r->avail_in < 8 && read_input(r, r->avail_in) > 0)
        ;
    if (r->avail_in < 8) {
        member_broke(r, "the file ends in its zstd dictionary frame", 0);
        return;
    }
    uint32_t size = unzstd_le32(r->next_in + 4);
    take_input(r, NULL, 8);
    if (size > UNZSTD_DICT_MAX) {
        snprintf(why, sizeof why,
                 "a zstd dictionary frame of %lu bytes, over the limit of 8 MiB that the WARC zstd "
                 "format sets: not used, the next frame looked for after its header",
                 (unsigned long)size);
        pass_inner_frame(r);
        member_broke(r, why, 0);
        return;
    }
    unsigned char *dict = malloc(size ? size : 1);
    if (!dict) {
        member_broke(r, "the zstd dictionary frame cannot be used (out of memory): the records "
                        "are read without it", 0);
        return;
    }
    uint64_t got = take_input(r, dict, size);
    const char *fault = got < size ? "the file ends in it" : unzstd_load_dictionary(r->zd, dict, size);
    /* a frame of a plausible size is followed by a frame, a skippable
     * frame or the file's end: else its size field cannot be right */
    int follows = 0;
    if (got == size) {
        size_t inner = size >= 4 && unzstd_frame_at(dict) ? unzstd_frame_size(dict, size) : 0;
        follows = frame_follows(r) && !ends_in_frames(dict, size, inner);
        if (!follows && !fault) {
            fault = "no zstd frame follows it, or it ends in frames: its size may be wrong";
            unzstd_load_dictionary(r->zd, NULL, 0);     /* unloaded */
        }
    }
    if (fault) {
        /* looked through again when its size cannot be right; a frame of
         * a plausible size whose dictionary fails keeps to its size */
        int again = (got < size || !follows) && give_back(r, dict, (size_t)got);
        if (again)
            pass_inner_frame(r);
        snprintf(why, sizeof why, "the zstd dictionary frame cannot be used (%s): the records are "
                 "read without it%s", fault, again ? ", the next frame looked for in its bytes" : "");
        member_broke(r, why, 0);
    }
    free(dict);
}

/* Opens a zstd stream, its first `n` bytes in the input buffer: a zstd
 * frame, or a skippable one (the dictionary's, read here, or one that a
 * lax writer put first, passed over as any). A build without libzstd
 * says so, as the reason the archive could not be read. */
static int start_zstd(warc_reader *r, size_t n)
{
    r->zstd = 1;
    r->next_in = r->in;
    r->avail_in = n;
    if (!unzstd_library()) {
        stream_fail(r, "it is compressed with zstd (.warc.zst), and this build reads no zstd: "
                       "it was made without libzstd");
        return 0;
    }
    r->zd = unzstd_new(zstd_window_log(r->block_max));
    if (!r->zd) {
        stream_fail(r, "out of memory");
        return 0;
    }
    r->member_done = 1;     /* the next frame is looked at as after one */
    if (unzstd_le32(r->in) == UNZSTD_DICT_FRAME_MAGIC)
        read_dictionary(r);
    return 1;
}

/* Opens the stream: gzip or zstd when it begins with their magic bytes. */
static int start_stream(warc_reader *r)
{
    size_t n = read_file(r, r->in, IN_CHUNK);
    if (n == 0 && ferror(r->f)) {
        stream_fail(r, strerror(errno ? errno : EIO));
        return 0;
    }
    if (n >= 2 && r->in[0] == 0x1F && r->in[1] == 0x8B) {
        r->gzip = 1;
        r->gz = gunzip_new();
        if (!r->gz) {
            stream_fail(r, "out of memory");
            return 0;
        }
        r->next_in = r->in;
        r->avail_in = n;
        note_member(r);
        return 1;
    }
    if (n >= 4 && (unzstd_frame_at(r->in) || unzstd_skippable_at(r->in)))
        return start_zstd(r, n);
    if (!make_room(r, n ? n : 1)) {
        stream_fail(r, "out of memory");
        return 0;
    }
    memcpy(r->buf, r->in, n);
    r->end = n;
    return 1;
}

/* ================================================================ records */

static warc_result bad(warc_reader *r, uint64_t pos, const char *why)
{
    uint64_t offset = offset_of(r, pos);
    if (r->failed && !r->failure_told) {
        /* the reason is cut to leave the stream's whole room (159 bytes) */
        snprintf(r->why, sizeof r->why, "%.*s (%s)",
                 (int)(sizeof r->why - sizeof r->stream_why - 4), why, r->stream_why);
        r->failure_told = 1;
    } else {
        snprintf(r->why, sizeof r->why, "%s", why);
    }
    r->why_offset = offset;
    return WARC_BAD;
}

/* Copies a field's value (trimmed) into dst, cut to fit. */
static void copy_value(char *dst, size_t cap, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    n = warc_field_fit(s, n, cap);
    memcpy(dst, s, n);
    dst[n] = '\0';
}

static int name_is(const char *s, size_t n, const char *name)
{
    size_t len = strlen(name);
    if (n != len)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)name[i];
        if ((a | 0x20) != (b | 0x20))
            return 0;
    }
    return 1;
}

/* The end of a header: the index past its blank line, 0 when there is none
 * in s[0..n). */
static size_t header_end(const unsigned char *s, size_t n)
{
    for (const unsigned char *p = memchr(s, '\n', n); p; p = memchr(p + 1, '\n', (size_t)(s + n - p - 1))) {
        size_t i = (size_t)(p - s) + 1;
        if (i < n && s[i] == '\n')
            return i + 1;
        if (i + 1 < n && s[i] == '\r' && s[i + 1] == '\n')
            return i + 2;
    }
    return 0;
}

/* Makes the whole header (up to its blank line when `blank`, else its first
 * line) lie in the window; returns its length, 0 when there is none. */
static size_t whole_header(warc_reader *r, int blank)
{
    size_t want = 4096, have = fill(r, want);
    for (;;) {
        const unsigned char *s = r->buf + r->start;
        size_t e;
        if (blank) {
            e = header_end(s, have);
        } else {
            const unsigned char *nl = have ? memchr(s, '\n', have) : NULL;
            e = nl ? (size_t)(nl - s) + 1 : 0;
        }
        if (e || have < want || want >= HEADER_MAX)
            return e;
        want = want * 4 > HEADER_MAX ? HEADER_MAX : want * 4;
        have = fill(r, want);
    }
}

/* Passes over the line ends between records. */
static void skip_blank_lines(warc_reader *r)
{
    while (fill(r, 1) == 1 && (r->buf[r->start] == '\n' || r->buf[r->start] == '\r'))
        consume(r, 1);
}

/* Drops `n` bytes of the stream without holding them; returns how many
 * there were. */
static uint64_t drop(warc_reader *r, uint64_t n)
{
    uint64_t dropped = 0;
    while (dropped < n) {
        size_t step = n - dropped < SKIP_STEP ? (size_t)(n - dropped) : SKIP_STEP;
        size_t have = fill(r, step);
        if (!have)
            break;
        consume(r, have);
        dropped += have;
    }
    return dropped;
}

/* How far a member is inflated on to learn whether bytes after a
 * member's header in it are its own (settle_copy) */
#define SETTLE_MAX ((size_t)1 << 20)

/* The bytes from a member's header at stream position `at` may be a copy
 * of the next member, inflated as its own by a member cut short (a stored
 * block copies what follows it); its records are read in their turn. So
 * while `at` lies in the member being inflated, it is inflated on, past
 * the `want` bytes the caller reads, until it breaks (end_at_copy cuts the
 * copy away), ends sound (the next begins), or the file ends -- or none of
 * these SETTLE_MAX bytes on, when the bytes are taken as its own. */
static void settle_copy(warc_reader *r, uint64_t at, size_t want)
{
    /* its bytes, for end_at_copy: the window may move past them */
    uint64_t buf_pos = r->pos - r->start;
    const member *m = member_of(r, at);
    if (m && m + 1 == r->members + r->first_member + r->nmembers && at >= buf_pos &&
        at < buf_pos + r->end) {
        size_t i = (size_t)(at - buf_pos), n = r->end - i;
        r->suspect_len = n < sizeof r->suspect ? n : sizeof r->suspect;
        memcpy(r->suspect, r->buf + i, r->suspect_len);
        r->suspect_pos = at;
    }
    for (size_t more = WINDOW_MIN; more <= SETTLE_MAX; more *= 2) {
        m = member_of(r, at);
        if (r->broken || r->eof || !m || m + 1 < r->members + r->first_member + r->nmembers)
            break;
        fill(r, want + more);
    }
    /* a break in the fills has used them; past them, a break is too far
     * on for these bytes to be its copy */
    r->suspect_len = 0;
}

/* The first index in s[0, n) (the window's bytes from r->pos on) past
 * its first byte where a member's output begins with `magic`; n when
 * none. A record may begin where a member does, as where a line does: a
 * member before it may have ended without a line end (a page's own gzip
 * data, inflated as a member after a break). */
static size_t member_start_with(const warc_reader *r, const unsigned char *s, size_t n,
                                const char *magic, size_t mlen)
{
    const member *m = r->members + r->first_member;
    size_t lo = 0, hi = r->nmembers;
    while (lo < hi) {   /* the first member beginning past r->pos */
        size_t mid = lo + (hi - lo) / 2;
        if (m[mid].stream_pos <= r->pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < r->nmembers && m[k].stream_pos - r->pos + mlen <= n; k++)
        if (memcmp(s + (m[k].stream_pos - r->pos), magic, mlen) == 0)
            return (size_t)(m[k].stream_pos - r->pos);
    return n;
}

/* After a header that could not be read: on to the next line, or member
 * output (member_start_with), that begins with `magic` ("WARC/"), or to
 * the end. In a gzip stream, a line after a member holding a stored
 * record, in the same member's bytes, may be in a copy of that member
 * (settle_copy). */
static void resync(warc_reader *r, const char *magic)
{
    size_t mlen = strlen(magic);
    /* bytes kept for the next look: a magic, or a member with its record's
     * start (stored_record_member_at), may begin in them */
    size_t keep = r->gzip ? 4 * COPY_MATCH : mlen;
    uint64_t header_at = UINT64_MAX;    /* the stream position of such a member seen */
    int first = 1;      /* the bad header's first byte, not passed over yet */
    for (;;) {
        size_t have = fill(r, WINDOW_MIN);
        if (have <= (first ? 0 : keep)) {
            consume(r, have);
            return;
        }
        const unsigned char *s = r->buf + r->start, *line = NULL;
        for (const unsigned char *p = have > mlen ? memchr(s, '\n', have - mlen) : NULL; p && !line;
             p = memchr(p + 1, '\n', (size_t)(s + have - mlen - p - 1)))
            if (memcmp(p + 1, magic, mlen) == 0)
                line = p + 1;
        if (compressed(r) && have > mlen) {
            size_t before = line ? (size_t)(line - s) : have;
            size_t at = member_start_with(r, s, line ? before + mlen : have, magic, mlen);
            if (at < before)
                line = s + at;
        }
        size_t upto = line ? (size_t)(line - s) : have > keep ? have - keep : (size_t)first;
        if (r->gzip) {
            size_t h = stored_record_member_in(s, line ? upto : have);
            if (h < upto)
                header_at = r->pos + h;
        }
        consume(r, upto);
        first = 0;
        if (line && header_at != UINT64_MAX)
            settle_copy(r, header_at, mlen);
        if (line && r->end > r->start)
            return;     /* (else the line was in a copy, cut away) */
    }
}

/* Where s[0, n) holds a record's version line ("WARC/1.0" and its line's
 * end; a cut header's line may run into it); NULL when it does not. A
 * field's value may name a version ("http://a.example/WARC/1.1/spec"), and
 * so may a page's text: only the line's end after it makes it a record's. */
static const unsigned char *version_line_in(const unsigned char *s, size_t n)
{
    static const char version[] = "WARC/1.";
    const size_t vlen = sizeof version - 1;
    if (n <= vlen)
        return NULL;
    /* p stays before `last`: the digit after the string is within s */
    const unsigned char *end = s + n, *last = end - vlen;
    for (const unsigned char *p = s; (p = memchr(p, 'W', (size_t)(last - p))) != NULL; p++) {
        const unsigned char *q = p + vlen;
        if (memcmp(p, version, vlen) == 0 && *q >= '0' && *q <= '9' &&
            (q + 1 == end || q[1] == '\r' || q[1] == '\n'))
            return p;
    }
    return NULL;
}

/* Takes the block of `len` bytes that follows a header of `hlen` bytes. */
static warc_result take_block(warc_reader *r, warc_record *rec, uint64_t pos, size_t hlen,
                              uint64_t len)
{
    char why[200];
    consume(r, hlen);
    if (len > r->block_max) {
        uint64_t got = drop(r, len);
        snprintf(why, sizeof why, "a block of %llu bytes, over the limit of %zu: passed over%s",
                 (unsigned long long)len, r->block_max, got < len ? " (and cut short)" : "");
        return bad(r, pos, why);
    }
    size_t have = fill(r, (size_t)len);
    size_t header = r->gzip ? stored_record_member_in(r->buf + r->start, have) : have;
    if (header < have) {
        settle_copy(r, r->pos + header, (size_t)len);
        have = r->end - r->start < len ? r->end - r->start : (size_t)len;
    }
    if (have < len) {
        snprintf(why, sizeof why, "a record cut short: %zu of its %llu bytes", have,
                 (unsigned long long)len);
        if (!have)
            return bad(r, pos, why);
        bad(r, pos, why);   /* for warc_reader_error */
        rec->cut_short = 1;
    }
    rec->block = (const char *)r->buf + r->start;
    rec->block_len = have;
    consume(r, have);
    return WARC_RECORD;
}

/* A decimal length of at most 18 digits; -1 when it is none. */
static int64_t parse_length(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (n == 0 || n > 18)
        return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* A WARC-Target-URI is bare in WARC 1.1; WARC 1.0's grammar showed it in
 * angle brackets, and some writers still write them. */
static void strip_brackets(char *s)
{
    size_t n = strlen(s);
    if (n >= 2 && s[0] == '<' && s[n - 1] == '>') {
        memmove(s, s + 1, n - 2);
        s[n - 2] = '\0';
    }
}

static warc_result next_warc(warc_reader *r, warc_record *rec, uint64_t pos)
{
    size_t hlen = whole_header(r, 1);
    const char *h = (const char *)r->buf + r->start;
    if (hlen < 6 || memcmp(h, "WARC/", 5) != 0) {
        int header = r->end - r->start >= 5 && memcmp(h, "WARC/", 5) == 0;
        resync(r, "WARC/");
        return bad(r, pos, header ? "a record header cut short, or over 64 KiB"
                                  : "no WARC record here (passed over to the next one)");
    }
    /* a header holding another's version line is one cut short, the next
     * record's after it (the file cut there, or a cut gzip member whose
     * stored data copies the next member through): read as one, it is
     * the next record at this one's place -- in a gzip file, where that
     * record is read again from its own member, given twice. In a plain
     * file the next record is read from its version line; in a gzip one
     * from the next line that begins with one (as after any bad header) */
    const unsigned char *inner = version_line_in((const unsigned char *)h + 5, hlen - 5);
    if (inner) {
        if (r->gzip)
            resync(r, "WARC/");
        else
            consume(r, (size_t)(inner - (const unsigned char *)h));
        return bad(r, pos, "a record header cut short, another's after it (passed over)");
    }
    int64_t len = -1;
    rec->type = "";
    for (size_t i = 0; i < hlen;) {
        const char *line = h + i, *nl = memchr(line, '\n', hlen - i);
        size_t n = nl ? (size_t)(nl - line) : hlen - i;
        i += n + 1;
        const char *colon = memchr(line, ':', n);
        if (!colon || line == h)
            continue;       /* the version line, the blank line, continuations */
        size_t nn = (size_t)(colon - line), vn = n - nn - 1;
        const char *v = colon + 1;
        if (name_is(line, nn, "WARC-Type"))
            copy_value(r->type, sizeof r->type, v, vn);
        else if (name_is(line, nn, "WARC-Target-URI"))
            copy_value(r->uri, sizeof r->uri, v, vn);
        else if (name_is(line, nn, "WARC-Record-ID"))
            copy_value(r->id, sizeof r->id, v, vn);
        else if (name_is(line, nn, "WARC-Date"))
            copy_value(r->date, sizeof r->date, v, vn);
        else if (name_is(line, nn, "Content-Type"))
            copy_value(r->ctype, sizeof r->ctype, v, vn);
        else if (name_is(line, nn, "WARC-Payload-Digest"))
            copy_value(r->digest, sizeof r->digest, v, vn);
        else if (name_is(line, nn, "Content-Length"))
            len = parse_length(v, vn);
    }
    strip_brackets(r->uri);
    if (len < 0) {
        resync(r, "WARC/");
        return bad(r, pos, "a WARC record without a valid Content-Length (passed over)");
    }
    return take_block(r, rec, pos, hlen, (uint64_t)len);
}

/* An ARC date, 14 digits of UTC time ("20140216050221"), written as a
 * WARC-Date is ("2014-02-16T05:02:21Z"), so that a page's record date has
 * one form whatever the archive. Another value is left as it is. */
static void date_as_warc(char d[64])
{
    for (int i = 0; i < 14; i++)
        if (d[i] < '0' || d[i] > '9')
            return;
    if (d[14])
        return;
    char iso[21];
    snprintf(iso, sizeof iso, "%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ", d, d + 4, d + 6, d + 8, d + 10,
             d + 12);
    memcpy(d, iso, sizeof iso);
}

/* The space-separated fields of an ARC header line, from the right. */
#define ARC_FIELDS_MAX 10

static warc_result next_arc(warc_reader *r, warc_record *rec, uint64_t pos)
{
    size_t hlen = whole_header(r, 0);
    const char *h = (const char *)r->buf + r->start;
    size_t n = hlen;
    while (n && (h[n - 1] == '\n' || h[n - 1] == '\r'))
        n--;
    /* split from the right: a URL may hold spaces, no other field does */
    size_t want = r->arc_version == 2 ? 10 : 5, got = 0;
    const char *field[ARC_FIELDS_MAX];
    size_t flen[ARC_FIELDS_MAX];
    size_t end = n;
    while (got + 1 < want && end) {
        const char *sp = NULL;
        for (size_t k = end; k > 0; k--)
            if (h[k - 1] == ' ') {
                sp = h + k - 1;
                break;
            }
        if (!sp)
            break;
        field[got] = sp + 1;
        flen[got++] = (size_t)(h + end - sp - 1);
        end = (size_t)(sp - h);
    }
    int64_t len = got ? parse_length(field[0], flen[0]) : -1;
    if (hlen == 0 || got + 1 < want || end == 0 || len < 0) {
        /* the next record's header is a line with a URL in it: drop a line */
        if (hlen)
            consume(r, hlen);
        else
            drop(r, r->end - r->start);
        return bad(r, pos, hlen ? "no ARC record header here (the line is passed over)"
                                : "an ARC record header cut short");
    }
    /* fields from the right: length, then (version 1) mime, date, IP;
     * (version 2) filename, offset, location, checksum, result, mime, date, IP */
    size_t mime_k = r->arc_version == 2 ? 6 : 1, date_k = mime_k + 1;
    copy_value(r->uri, sizeof r->uri, h, end);
    copy_value(r->date, sizeof r->date, field[date_k], flen[date_k]);
    date_as_warc(r->date);
    copy_value(r->ctype, sizeof r->ctype, field[mime_k], flen[mime_k]);
    r->id[0] = '\0';
    int filedesc = strncmp(r->uri, "filedesc:", 9) == 0;
    snprintf(r->type, sizeof r->type, "%s", filedesc ? "warcinfo" : "response");
    warc_result res = take_block(r, rec, pos, hlen, (uint64_t)len);
    if (res == WARC_RECORD && filedesc && rec->block_len >= 2 && rec->block[0] == '2' &&
        rec->block[1] == ' ')
        r->arc_version = 2;
    return res;
}

warc_result warc_next(warc_reader *r, warc_record *rec)
{
    memset(rec, 0, sizeof *rec);
    if (!r->started) {
        r->started = 1;
        if (!start_stream(r))
            return bad(r, 0, "the archive could not be read");
        if (fill(r, 11) >= 11 && memcmp(r->buf + r->start, "filedesc://", 11) == 0) {
            r->arc = 1;
            r->arc_version = 1;
        }
    }
    skip_blank_lines(r);
    /* nothing left before a break: the break is told first, then reading
     * goes on with the next member -- which may break at once too, or
     * not be found (the end, or a read error, told in its turn) */
    while (r->end == r->start) {
        if (r->failed && !r->failure_told) {
            r->failure_told = 1;
            snprintf(r->why, sizeof r->why, "%s", r->stream_why);
            r->why_offset = compressed(r) ? r->fail_offset : r->pos;
            return WARC_BAD;
        }
        if (!r->broken)
            return WARC_END;
        if (next_member(r))
            skip_blank_lines(r);
    }
    uint64_t pos = r->pos;
    forget_members_before(r, pos);
    r->type[0] = r->uri[0] = r->id[0] = r->date[0] = r->ctype[0] = r->digest[0] = '\0';
    warc_result res = r->arc ? next_arc(r, rec, pos) : next_warc(r, rec, pos);
    rec->arc = r->arc;
    rec->type = r->type;
    rec->target_uri = r->uri;
    rec->record_id = r->id;
    rec->date = r->date;
    rec->content_type = r->ctype;
    rec->payload_digest = r->digest;
    rec->offset = offset_of(r, pos);
    return res;
}

/* ================================================================ setup */

warc_reader *warc_reader_new(FILE *f, size_t block_max)
{
    warc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->in = malloc(IN_CHUNK);
    if (!r->in) {
        free(r);
        return NULL;
    }
    r->in_cap = IN_CHUNK;
    r->f = f;
    r->block_max = block_max ? block_max : DEFAULT_BLOCK_MAX;
    return r;
}

int warc_reader_unread(warc_reader *r, const unsigned char *head, size_t len)
{
    if (!len)
        return 0;
    r->head = malloc(len);
    if (!r->head)
        return -1;
    memcpy(r->head, head, len);
    r->head_len = len;
    return 0;
}

void warc_reader_free(warc_reader *r)
{
    if (!r)
        return;
    gunzip_free(r->gz);
    unzstd_free(r->zd);
    free(r->head);
    free(r->in);
    free(r->buf);
    free(r->members);
    free(r);
}

const char *warc_reader_error(const warc_reader *r, uint64_t *offset)
{
    if (offset)
        *offset = r->why_offset;
    return r->why;
}

/* Whether s[0, n) begins with `magic`, or is its start (n shorter). */
static int begins_as(const unsigned char *s, size_t n, const char *magic)
{
    size_t m = strlen(magic);
    return memcmp(s, magic, n < m ? n : m) == 0;
}

/* warc_looks_like_archive for a zstd frame's start: its first bytes
 * decoded when the head holds its first block, else its magic number says
 * so (a frame's first block may be larger than any head). */
static int zstd_looks_like_archive(const unsigned char *head, size_t len)
{
    unsigned char plain[16];
    long n = unzstd_peek(head, len, plain, sizeof plain);
    if (n < 0)
        return 0;
    return n == 0 || begins_as(plain, (size_t)n, "WARC/") ||
           begins_as(plain, (size_t)n, "filedesc://");
}

int warc_looks_like_archive(const unsigned char *head, size_t len)
{
    unsigned char plain[16];
    size_t n = 0;
    /* a .warc.zst begins with a zstd frame or its dictionary's frame (and
     * a build without libzstd says, reading it, that it cannot) */
    if (len >= 4 && unzstd_le32(head) == UNZSTD_DICT_FRAME_MAGIC)
        return 1;
    if (len >= 4 && unzstd_frame_at(head))
        return zstd_looks_like_archive(head, len);
    if (len >= 2 && head[0] == 0x1F && head[1] == 0x8B) {
        z_stream z;
        memset(&z, 0, sizeof z);
        if (inflateInit2(&z, 15 + 16) != Z_OK)
            return 0;
        z.next_in = (unsigned char *)head;
        z.avail_in = (uInt)len;
        z.next_out = plain;
        z.avail_out = sizeof plain;
        inflate(&z, Z_NO_FLUSH);
        n = sizeof plain - z.avail_out;
        inflateEnd(&z);
        head = plain;
    } else {
        n = len;
    }
    return (n >= 5 && memcmp(head, "WARC/", 5) == 0) ||
           (n >= 11 && memcmp(head, "filedesc://", 11) == 0);
}
