/* test_warc.c -- the web archive reader (warc/) on archives written here,
 * record by record: WARC plain and gzip (a member per record, one for the
 * file), ARC versions 1 and 2, and the damage crawls come with (garbage
 * between records, a missing length, a block over the limit, a file cut
 * short); then the HTTP responses records hold. With ../shared, every
 * archive of its collection is read to the end. */
#include <dirent.h>
#include <stdint.h>
#include <zlib.h>
#ifdef MT_TEST_BROTLI
#include <brotli/encode.h>
#endif
#ifdef MT_TEST_ZSTD
#include <zdict.h>
#include <zstd.h>
#endif
#include "gunzip.h"
#include "harness.h"
#include "pages.h"
#include "warc.h"

/* ---------------------------------------------------------------- writing */

typedef struct bytes {
    char *p;
    size_t len, cap;
} bytes;

static void put(bytes *b, const void *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *p = realloc(b->p, cap);
        if (!p)
            abort();
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void puts_b(bytes *b, const char *s)
{
    put(b, s, strlen(s));
}

/* A WARC record as the standard writes it. */
static void warc_record_to(bytes *b, const char *type, const char *uri, const char *ctype,
                           const char *block, size_t block_len)
{
    char head[1024];
    snprintf(head, sizeof head,
             "WARC/1.1\r\nWARC-Type: %s\r\n%s%s%sWARC-Date: 2026-03-01T10:00:00Z\r\n"
             "WARC-Record-ID: <urn:uuid:%s-0000>\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
             type, uri ? "WARC-Target-URI: " : "", uri ? uri : "", uri ? "\r\n" : "", type, ctype,
             block_len);
    puts_b(b, head);
    put(b, block, block_len);
    puts_b(b, "\r\n\r\n");
}

static const char page_html[] =
    "<!doctype html><title>Harbour news</title><article><h1>Ferry timetable changes</h1>"
    "<p>The morning ferry leaves twenty minutes earlier from Monday.</p></article>";

/* An HTTP response around `body`, with `extra` header lines. */
static void http_to(bytes *b, int status, const char *extra, const char *body, size_t len)
{
    char head[512];
    snprintf(head, sizeof head, "HTTP/1.1 %d X\r\nServer: test\r\n%sContent-Length: %zu\r\n\r\n",
             status, extra, len);
    puts_b(b, head);
    put(b, body, len);
}

/* The five records of a small crawl: its info, a request, the response, an
 * HTML resource and the crawler's metadata. */
static bytes sample_crawl(size_t starts[5])
{
    bytes b = { 0 }, http = { 0 };
    http_to(&http, 200, "Content-Type: text/html; charset=\"ISO-8859-1\"\r\n", page_html,
            strlen(page_html));
    const char info[] = "software: test\r\nformat: WARC File Format 1.1\r\n";
    const char request[] = "GET /news HTTP/1.1\r\nHost: harbour.example\r\n\r\n";
    const char meta[] = "outlinks: http://harbour.example/\r\n";
    starts[0] = b.len;
    warc_record_to(&b, "warcinfo", NULL, "application/warc-fields", info, strlen(info));
    starts[1] = b.len;
    warc_record_to(&b, "request", "http://harbour.example/news", "application/http; msgtype=request",
                   request, strlen(request));
    starts[2] = b.len;
    warc_record_to(&b, "response", "http://harbour.example/news",
                   "application/http; msgtype=response", http.p, http.len);
    starts[3] = b.len;
    warc_record_to(&b, "resource", "<file:///srv/page one.html>", "text/html", page_html,
                   strlen(page_html));
    starts[4] = b.len;
    warc_record_to(&b, "metadata", "http://harbour.example/news", "application/warc-fields", meta,
                   strlen(meta));
    free(http.p);
    return b;
}

/* s[0..n) deflated with zlib's `window_bits`: 15 + 16 for a gzip member,
 * -15 for raw deflate data. */
static void deflate_to(bytes *b, const char *s, size_t n, int window_bits)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        abort();
    size_t cap = deflateBound(&z, (uLong)n);
    char *out = malloc(cap);
    if (!out)
        abort();
    z.next_in = (unsigned char *)s;
    z.avail_in = (uInt)n;
    z.next_out = (unsigned char *)out;
    z.avail_out = (uInt)cap;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        abort();
    put(b, out, cap - z.avail_out);
    deflateEnd(&z);
    free(out);
}

/* One gzip member holding s[0..n). */
static void gzip_to(bytes *b, const char *s, size_t n)
{
    deflate_to(b, s, n, 15 + 16);
}

/* One gzip member holding s[0..n) whose header has every optional field
 * RFC 1952 allows -- extra data, a file name, a comment and the header's
 * own CRC -- as some archivers write them (the WARC standard suggests an
 * extra field with the record's length). */
static void gzip_with_fields_to(bytes *b, const char *s, size_t n)
{
    unsigned char head[64] = { 0x1F, 0x8B, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 255 };
    size_t h = 10;
    static const unsigned char extra[] = { 's', 'l', 4, 0, 1, 2, 3, 4 };
    head[h++] = sizeof extra;
    head[h++] = 0;
    memcpy(head + h, extra, sizeof extra);
    h += sizeof extra;
    memcpy(head + h, "record.warc", 12);    /* with its NUL */
    h += 12;
    memcpy(head + h, "a comment", 10);
    h += 10;
    uLong hcrc = crc32(0, head, (uInt)h);
    head[h++] = (unsigned char)(hcrc & 0xFF);
    head[h++] = (unsigned char)((hcrc >> 8) & 0xFF);
    put(b, (const char *)head, h);
    deflate_to(b, s, n, -15);
    uLong crc = crc32(0, (const unsigned char *)s, (uInt)n);
    unsigned char tail[8];
    for (int i = 0; i < 4; i++) {
        tail[i] = (unsigned char)((crc >> (8 * i)) & 0xFF);
        tail[4 + i] = (unsigned char)(((uLong)n >> (8 * i)) & 0xFF);
    }
    put(b, (const char *)tail, sizeof tail);
}

/* The fixed header of a gzip member, without optional fields. */
static const unsigned char member_header[10] = { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 255 };

static void member_header_to(bytes *b)
{
    put(b, member_header, sizeof member_header);
}

/* The start of a stored block of n bytes (at most 65535), the member's
 * last when `last`. */
static void stored_block_start_to(bytes *b, size_t n, int last)
{
    const unsigned char start[5] = { (unsigned char)(last != 0), (unsigned char)(n & 0xFF),
                                     (unsigned char)(n >> 8), (unsigned char)(~n & 0xFF),
                                     (unsigned char)((~n >> 8) & 0xFF) };
    put(b, start, sizeof start);
}

/* s[0..n) as a stored block of a member's data, not its last. */
static void stored_block_to(bytes *b, const char *s, size_t n)
{
    stored_block_start_to(b, n, 0);
    put(b, s, n);
}

/* A reader over the bytes (in a temporary file, as the command reads). */
static warc_reader *reader_of(const bytes *b, size_t block_max, FILE **f)
{
    *f = tmpfile();
    if (!*f)
        abort();
    fwrite(b->p, 1, b->len, *f);
    rewind(*f);
    return warc_reader_new(*f, block_max);
}

static void close_reader(warc_reader *r, FILE *f)
{
    warc_reader_free(r);
    fclose(f);
}

/* ---------------------------------------------------------------- WARC */

static void check_sample_records(warc_reader *r, const uint64_t offsets[5])
{
    static const char *types[] = { "warcinfo", "request", "response", "resource", "metadata" };
    warc_record rec;
    for (int i = 0; i < 5; i++) {
        CHECK_INT(warc_next(r, &rec), WARC_RECORD);
        CHECK_STR(rec.type, types[i]);
        CHECK_INT(rec.offset, offsets[i]);
        CHECK(!rec.cut_short);
        if (i == 2) {
            CHECK_STR(rec.target_uri, "http://harbour.example/news");
            CHECK_STR(rec.record_id, "<urn:uuid:response-0000>");
            CHECK_STR(rec.date, "2026-03-01T10:00:00Z");
            CHECK_STR(rec.content_type, "application/http; msgtype=response");
            http_response h;
            CHECK_INT(http_read_response(rec.block, rec.block_len, &h), 0);
            CHECK_INT(h.status, 200);
            CHECK_STR(h.mime, "text/html");
            CHECK_STR(h.charset, "ISO-8859-1");
            CHECK_SLICE(h.body, h.body_len, page_html);
        }
        if (i == 3) {   /* WARC 1.0's angle brackets are not the URI's */
            CHECK_STR(rec.target_uri, "file:///srv/page one.html");
            CHECK_SLICE(rec.block, rec.block_len, page_html);
        }
    }
    CHECK_INT(warc_next(r, &rec), WARC_END);
    CHECK_INT(warc_next(r, &rec), WARC_END);
}

static void test_plain_warc(void)
{
    size_t starts[5];
    bytes b = sample_crawl(starts);
    uint64_t offsets[5];
    for (int i = 0; i < 5; i++)
        offsets[i] = starts[i];
    CHECK(warc_looks_like_archive((const unsigned char *)b.p, b.len));
    FILE *f;
    warc_reader *r = reader_of(&b, 0, &f);
    check_sample_records(r, offsets);
    close_reader(r, f);
    free(b.p);
}

/* A gzip member per record: each record's offset is its member's, where an
 * index would seek -- also when the members' headers hold every optional
 * field; one member for the whole file: all are at 0. */
static void test_gzip_warc(void)
{
    void (*const member_writers[])(bytes *, const char *, size_t) = { gzip_to,
                                                                        gzip_with_fields_to };
    size_t starts[5];
    bytes plain = sample_crawl(starts), whole = { 0 };
    uint64_t offsets[5], zeros[5] = { 0 };
    FILE *f;
    for (size_t w = 0; w < sizeof member_writers / sizeof *member_writers; w++) {
        bytes members = { 0 };
        for (int i = 0; i < 5; i++) {
            size_t end = i < 4 ? starts[i + 1] : plain.len;
            offsets[i] = members.len;
            member_writers[w](&members, plain.p + starts[i], end - starts[i]);
        }
        CHECK(warc_looks_like_archive((const unsigned char *)members.p, members.len));
        warc_reader *r = reader_of(&members, 0, &f);
        check_sample_records(r, offsets);
        close_reader(r, f);
        free(members.p);
    }
    gzip_to(&whole, plain.p, plain.len);
    warc_reader *r = reader_of(&whole, 0, &f);
    check_sample_records(r, zeros);
    close_reader(r, f);
    free(plain.p);
    free(whole.p);
}

/* A reader over a file whose first `taken` bytes the caller read before (as
 * the command does on a pipe, to tell an archive) and gives back. */
static warc_reader *reader_after(const bytes *b, size_t taken, FILE **f)
{
    *f = tmpfile();
    if (!*f)
        abort();
    fwrite(b->p, 1, b->len, *f);
    rewind(*f);
    unsigned char head[512];
    size_t n = fread(head, 1, taken, *f);
    warc_reader *r = warc_reader_new(*f, 0);
    CHECK_INT(warc_reader_unread(r, head, n), 0);
    return r;
}

/* Records read after bytes given back are those read from the start: the
 * same offsets, plain or gzip, however few or many bytes were taken. */
static void test_bytes_given_back(void)
{
    size_t starts[5];
    bytes plain = sample_crawl(starts), members = { 0 };
    uint64_t offsets[5], member_offsets[5];
    for (int i = 0; i < 5; i++) {
        size_t end = i < 4 ? starts[i + 1] : plain.len;
        offsets[i] = starts[i];
        member_offsets[i] = members.len;
        gzip_to(&members, plain.p + starts[i], end - starts[i]);
    }
    static const size_t taken[] = { 1, 2, 17, 512 };
    for (size_t k = 0; k < sizeof taken / sizeof *taken; k++) {
        FILE *f;
        warc_reader *r = reader_after(&plain, taken[k], &f);
        check_sample_records(r, offsets);
        close_reader(r, f);
        r = reader_after(&members, taken[k], &f);
        check_sample_records(r, member_offsets);
        close_reader(r, f);
    }
    free(plain.p);
    free(members.p);
}

/* Damage: bytes that are no record, a header without its length, a block
 * over the limit. Each is one WARC_BAD, and the record after it is read. */
static void test_damaged_records_are_passed_over(void)
{
    bytes b = { 0 };
    char big[1000];
    memset(big, 'x', sizeof big);
    warc_record_to(&b, "resource", "http://a.example/", "text/html", "<p>one</p>", 10);
    puts_b(&b, "this line is\nno record at all\n");
    warc_record_to(&b, "resource", "http://b.example/", "text/html", "<p>two</p>", 10);
    puts_b(&b, "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\n\r\n<p>lost</p>\r\n\r\n");
    warc_record_to(&b, "resource", "http://c.example/", "text/html", "<p>three</p>", 12);
    warc_record_to(&b, "resource", "http://big.example/", "text/html", big, sizeof big);
    warc_record_to(&b, "resource", "http://d.example/", "text/html", "<p>four</p>", 11);
    FILE *f;
    warc_reader *r = reader_of(&b, 500, &f);
    warc_record rec;
    static const char *expect[] = { "a", NULL, "b", NULL, "c", NULL, "d" };
    for (int i = 0; i < 7; i++) {
        warc_result res = warc_next(r, &rec);
        if (expect[i]) {
            CHECK_INT(res, WARC_RECORD);
            CHECK(res == WARC_RECORD && rec.target_uri[7] == expect[i][0]);
        } else {
            CHECK_INT(res, WARC_BAD);
            CHECK(strlen(warc_reader_error(r, NULL)) > 10);
        }
    }
    CHECK(strstr(warc_reader_error(r, NULL), "over the limit") != NULL);
    CHECK_INT(warc_next(r, &rec), WARC_END);
    close_reader(r, f);
    free(b.p);
}

/* A plain file where a record's header is cut in a field's middle, the
 * next record right after: one WARC_BAD at the cut record's offset, then
 * the next record at its own (read as one header, it was the next record
 * at the cut one's place, the cut one not told). */
static void test_header_cut_before_the_next(void)
{
    bytes b = { 0 }, cut = { 0 };
    warc_record_to(&b, "resource", "http://a.example/", "text/html", "<p>one</p>", 10);
    uint64_t at_cut = b.len;
    warc_record_to(&cut, "resource", "http://b.example/", "text/html", "<p>two</p>", 10);
    put(&b, cut.p, 60);     /* into its WARC-Target-URI */
    uint64_t at_next = b.len;
    warc_record_to(&b, "resource", "http://c.example/", "text/html", "<p>three</p>", 12);
    FILE *f;
    warc_reader *r = reader_of(&b, 0, &f);
    warc_record rec;
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    uint64_t bad_at = 0;
    CHECK_INT(warc_next(r, &rec), WARC_BAD);
    warc_reader_error(r, &bad_at);
    CHECK_INT((int)bad_at, (int)at_cut);
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.target_uri, "http://c.example/");
    CHECK_INT((int)rec.offset, (int)at_next);
    CHECK_INT(warc_next(r, &rec), WARC_END);
    close_reader(r, f);
    free(cut.p);
    free(b.p);
    /* a version inside a field's value is no other record's line */
    bytes v = { 0 };
    warc_record_to(&v, "resource", "http://a.example/WARC/1.1/spec", "text/html", "<p>spec</p>", 11);
    r = reader_of(&v, 0, &f);
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.target_uri, "http://a.example/WARC/1.1/spec");
    CHECK_INT(warc_next(r, &rec), WARC_END);
    close_reader(r, f);
    free(v.p);
}

/* A gzip file cut inside its second record: the first is whole, the second
 * comes as far as it goes (cut_short, and the error says the gzip data
 * ended), then the end -- the break told once. */
static void test_gzip_cut_short(void)
{
    bytes plain = { 0 }, gz = { 0 };
    char body[4000];
    uint32_t seed = 12345;  /* letters that do not compress away */
    for (size_t i = 0; i < sizeof body; i++) {
        seed = seed * 1103515245u + 12345u;
        body[i] = (char)('a' + (seed >> 16) % 26);
    }
    warc_record_to(&plain, "resource", "http://a.example/", "text/html", "<p>one</p>", 10);
    warc_record_to(&plain, "resource", "http://b.example/", "text/html", body, sizeof body);
    gzip_to(&gz, plain.p, plain.len);
    gz.len = gz.len * 2 / 3;
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record rec;
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK(!rec.cut_short);
    warc_result res = warc_next(r, &rec);
    CHECK(res == WARC_RECORD || res == WARC_BAD);
    if (res == WARC_RECORD) {
        CHECK(rec.cut_short);
        CHECK(rec.block_len < sizeof body);
        CHECK(memcmp(rec.block, body, rec.block_len) == 0);
    }
    CHECK(strstr(warc_reader_error(r, NULL), "gzip") != NULL);
    CHECK_INT(warc_next(r, &rec), WARC_END);
    close_reader(r, f);
    free(plain.p);
    free(gz.p);
}

/* A resource record of page_html at `uri`, compressed by `code` (as a
 * gzip member, a zstd frame) on its own. */
typedef void (*coder)(bytes *, const char *, size_t);

static bytes page_coded(const char *uri, coder code)
{
    bytes rec = { 0 }, coded = { 0 };
    warc_record_to(&rec, "resource", uri, "text/html", page_html, strlen(page_html));
    code(&coded, rec.p, rec.len);
    free(rec.p);
    return coded;
}

static bytes page_member(const char *uri)
{
    return page_coded(uri, gzip_to);
}

/* The three records at `uris`, each compressed by `code`, the second
 * handed to `damage` (with `kind`) before it is put, which may change it
 * or put bytes before it; *third is the third's offset. */
static bytes three_coded(const char *const uris[3], coder code,
                         void (*damage)(bytes *file, bytes *second, int kind), int kind,
                         uint64_t *third)
{
    bytes file = { 0 };
    for (int i = 0; i < 3; i++) {
        bytes one = page_coded(uris[i], code);
        if (i == 1)
            damage(&file, &one, kind);
        if (i == 2)
            *third = file.len;
        put(&file, one.p, one.len);
        free(one.p);
    }
    return file;
}

/* Reads the archive to its end: the records given whole, those cut short
 * and the WARC_BADs, each counted; *why_first the first WARC_BAD's words
 * (copied), *at its offset. A record at `uri` is checked to hold page_html
 * and to be at offset `uri_at`. */
typedef struct records_read {
    int records, cut, bad, uri_read;
    char why_first[400];
    uint64_t at;
} records_read;

static records_read read_all_records(const bytes *b, size_t block_max, const char *uri, uint64_t uri_at)
{
    records_read got;
    memset(&got, 0, sizeof got);
    FILE *f;
    warc_reader *r = reader_of(b, block_max, &f);
    warc_record rec;
    for (warc_result res; (res = warc_next(r, &rec)) != WARC_END && got.records + got.bad < 100;) {
        if (res == WARC_BAD && got.bad++ == 0)
            snprintf(got.why_first, sizeof got.why_first, "%s", warc_reader_error(r, &got.at));
        if (res == WARC_RECORD && rec.cut_short)
            got.cut++;
        else if (res == WARC_RECORD)
            got.records++;
        if (res == WARC_RECORD && uri && strcmp(rec.target_uri, uri) == 0) {
            got.uri_read = 1;
            CHECK_INT(rec.offset, uri_at);
            CHECK_SLICE(rec.block, rec.block_len, page_html);
        }
    }
    CHECK(got.records + got.bad < 100);
    close_reader(r, f);
    return got;
}

/* The URIs of the three records of three_coded's archives. */
static const char *const abc_uris[] = { "http://a.example/", "http://b.example/",
                                        "http://c.example/" };

/* Reads three_coded's archive with its second record damaged by `damage`
 * in its way `kind`: the third record must be read whole, at its offset;
 * returns the counts. */
static records_read read_damaged(coder code, void (*damage)(bytes *, bytes *, int), int kind)
{
    uint64_t third = 0;
    bytes file = three_coded(abc_uris, code, damage, kind, &third);
    records_read got = read_all_records(&file, 0, abc_uris[2], third);
    CHECK(got.uri_read);
    free(file.p);
    return got;
}

/* The damage of test_broken_member_passed_over, by kind. */
static void damage_member(bytes *gz, bytes *member, int damage)
{
    if (damage == 0)
        member->len = member->len * 3 / 4;
    if (damage == 1)
        member->p[member->len - 6] ^= 0x55;     /* the CRC-32 */
    if (damage == 2)
        puts_b(gz, "JUNK\r\n");
    if (damage == 3)
        member->p[3] = (char)0xFF;              /* FLG: every bit */
}

/* Three records, a gzip member each, the second damaged in one of four
 * ways: cut in its middle (the third member follows at once), a wrong
 * checksum in its trailer, bytes that are no gzip data before it, or
 * header flags RFC 1952 reserves (ISA-L took them, and read the members
 * after it as its header). The damage is told once, and the third record
 * is read at its own offset: one broken member does not take the rest of
 * the file with it. */
static void test_broken_member_passed_over(void)
{
    for (int damage = 0; damage < 4; damage++) {
        records_read got = read_damaged(gzip_to, damage_member, damage);
        CHECK_INT(got.bad + got.cut, 1);
        CHECK_INT(got.records, damage == 0 || damage == 3 ? 2 : 3);
    }
}

/* Deflate data written by hand (RFC 1951): fields go least significant
 * bit first, Huffman codes most significant bit first. */
typedef struct bit_writer {
    bytes *b;
    unsigned acc;
    int n;
} bit_writer;

static void put_bits(bit_writer *w, unsigned v, int n)
{
    for (int i = 0; i < n; i++) {
        w->acc |= ((v >> i) & 1u) << w->n;
        if (++w->n == 8) {
            char c = (char)w->acc;
            put(w->b, &c, 1);
            w->acc = 0;
            w->n = 0;
        }
    }
}

static void put_code(bit_writer *w, unsigned code, int n)
{
    for (int i = n - 1; i >= 0; i--)
        put_bits(w, (code >> i) & 1u, 1);
}

/* A literal/length symbol of the fixed Huffman code. */
static void put_fixed(bit_writer *w, unsigned sym)
{
    if (sym < 144)
        put_code(w, 0x30 + sym, 8);
    else if (sym < 256)
        put_code(w, 0x190 + sym - 144, 9);
    else if (sym < 280)
        put_code(w, sym - 256, 7);
    else
        put_code(w, 0xC0 + sym - 280, 8);
}

/* A record between two good ones whose member's deflate data is its WARC
 * header as literals, then a match of its 10 bytes of block from 1,025
 * bytes back: before the member began. zlib stops at the match; ISA-L
 * copied it before its check, and the record came whole, of bytes the
 * member never had. The record is cut short or bad, never whole; the
 * third is read. */
static void test_match_before_member_start(void)
{
    static const char *uris[] = { "http://a.example/", "http://b.example/", "http://c.example/" };
    static const char head[] = "WARC/1.1\r\nWARC-Type: resource\r\n"
                               "WARC-Target-URI: http://b.example/\r\nContent-Length: 10\r\n\r\n";
    bytes gz = page_member(uris[0]);
    member_header_to(&gz);
    bit_writer w = { &gz, 0, 0 };
    put_bits(&w, 1, 1);         /* the last block */
    put_bits(&w, 1, 2);         /* of the fixed code */
    for (const char *c = head; *c; c++)
        put_fixed(&w, (unsigned char)*c);
    put_fixed(&w, 264);         /* a length of 10 */
    put_code(&w, 20, 5);        /* a distance of 1,025 ... */
    put_bits(&w, 0, 9);         /* ... and no more */
    put_fixed(&w, 256);
    put_bits(&w, 0, 7);         /* to the byte */
    put(&gz, "\0\0\0\0\0\0\0\0", 8);    /* a trailer never reached */
    bytes third = page_member(uris[2]);
    put(&gz, third.p, third.len);
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record rec;
    int whole_b = 0, third_read = 0, n = 0;
    for (warc_result res; (res = warc_next(r, &rec)) != WARC_END && n < 10; n++) {
        if (res == WARC_RECORD && !rec.cut_short && strcmp(rec.target_uri, uris[1]) == 0)
            whole_b = 1;
        if (res == WARC_RECORD && strcmp(rec.target_uri, uris[2]) == 0)
            third_read = 1;
    }
    CHECK(!whole_b);
    CHECK(third_read);
    close_reader(r, f);
    free(third.p);
    free(gz.p);
}

/* A member whose header (every optional field, its own CRC last) begins
 * just before the reader's 64 KiB of input end, after a member of bytes
 * that do not compress: the header is read in two steps, and its CRC
 * still holds (ISA-L's inflate lost it between steps). */
static void test_header_across_input_chunks(void)
{
    enum { CHUNK = 65536, HEADER_AT = CHUNK - 20 };
    static const char *uris[] = { "http://a.example/", "http://b.example/", "http://c.example/" };
    char *noise = malloc(CHUNK);
    if (!noise)
        abort();
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < CHUNK; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        noise[i] = (char)(x >> 24);
    }
    /* the first member's length set by trial: incompressible bytes grow
     * it byte for byte */
    bytes first = { 0 };
    size_t n = CHUNK - 1000;
    for (int tries = 0; tries < 8; tries++) {
        bytes rec = { 0 };
        warc_record_to(&rec, "resource", uris[0], "application/octet-stream", noise, n);
        first.len = 0;
        gzip_to(&first, rec.p, rec.len);
        free(rec.p);
        if (first.len == HEADER_AT)
            break;
        n += (size_t)HEADER_AT - first.len;
    }
    CHECK_INT((int)first.len, HEADER_AT);
    bytes gz = { 0 }, rec = { 0 };
    put(&gz, first.p, first.len);
    warc_record_to(&rec, "resource", uris[1], "text/html", page_html, strlen(page_html));
    gzip_with_fields_to(&gz, rec.p, rec.len);
    bytes third = page_member(uris[2]);
    put(&gz, third.p, third.len);
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record got;
    int i = 0;
    for (warc_result res; (res = warc_next(r, &got)) != WARC_END && i < 4; i++) {
        CHECK_INT(res, WARC_RECORD);
        if (res == WARC_RECORD && i < 3)
            CHECK_STR(got.target_uri, uris[i]);
    }
    CHECK_INT(i, 3);
    close_reader(r, f);
    free(noise);
    free(first.p);
    free(rec.p);
    free(third.p);
    free(gz.p);
}

/* n bytes that do not compress away: letters (Huffman codes of about five
 * bits), or any bytes (stored blocks, which copy what follows them). */
static char *noise(size_t n, int any_byte)
{
    char *s = malloc(n);
    if (!s)
        abort();
    uint32_t seed = 2024;
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        s[i] = any_byte ? (char)(seed >> 23) : (char)('a' + (seed >> 16) % 26);
    }
    return s;
}

/* A record in a gzip member cut short, then three good members: the cut
 * is told once (the record cut short, or bad), and the three records are
 * read at their offsets -- though the inflater took their bytes for the
 * cut member's (a stored block copies them through to the file's end,
 * Huffman codes break further on), and though the member is longer than
 * the input read at a time. */
static void test_cut_member_takes_none_after_it(void)
{
    static const char *uris[] = { "http://a.example/", "http://b.example/", "http://c.example/" };
    static const size_t sizes[] = { 30000, 150000 };
    for (int kind = 0; kind < 4; kind++) {
        size_t n = sizes[kind / 2];
        char *body = noise(n, kind % 2);
        bytes rec = { 0 }, gz = { 0 };
        warc_record_to(&rec, "resource", "http://big.example/", "text/html", body, n);
        gzip_to(&gz, rec.p, rec.len);
        gz.len = gz.len * 3 / 5;
        uint64_t offsets[3];
        for (int i = 0; i < 3; i++) {
            bytes member = page_member(uris[i]);
            offsets[i] = gz.len;
            put(&gz, member.p, member.len);
            free(member.p);
        }
        FILE *f;
        warc_reader *r = reader_of(&gz, 0, &f);
        warc_record w;
        int good = 0, bad = 0;
        for (warc_result res; (res = warc_next(r, &w)) != WARC_END && good + bad < 10;) {
            if (res == WARC_BAD || w.cut_short) {
                bad++;
                continue;
            }
            if (good < 3) {
                CHECK_STR(w.target_uri, uris[good]);
                CHECK_INT((int)w.offset, (int)offsets[good]);
                CHECK_SLICE(w.block, w.block_len, page_html);
            }
            good++;
        }
        CHECK_INT(good, 3);
        CHECK_INT(bad, 1);
        close_reader(r, f);
        free(rec.p);
        free(gz.p);
        free(body);
    }
}

/* A member of 20 MiB in stored blocks (as a compressor writes bytes that
 * do not compress), cut short, then a good member. Its bytes pass as they
 * are inflated, and none can begin a member: the good one, whose bytes
 * the cut member copied through as its own, is found from its start
 * (held from there) and read. With bytes early in the member that could
 * begin one (a gzip file's header, in the record), what follows them is
 * held up to 16 MiB and no further: the records after the cut cannot be
 * looked for, and the error says so, naming the bytes not searched,
 * rather than the file seeming to end there -- but for those in the
 * file's last 512 bytes, as the good one is here. Broken rather than cut (a
 * block of no type after 18 MiB), the member after it is looked for from
 * where it broke -- a little before, as ISA-L reads on past the fault
 * into that member. */
static void test_cut_member_too_long_to_search_is_told(void)
{
    enum { CUT, CUT_HELD_TOO_LONG, BROKEN_HELD_TOO_LONG };
    size_t n = (size_t)20 << 20;
    char *body = noise(n, 1);
    for (int kind = CUT; kind <= BROKEN_HELD_TOO_LONG; kind++) {
        bytes rec = { 0 }, gz = { 0 };
        if (kind != CUT)
            memcpy(body + 1000, member_header, sizeof member_header);
        warc_record_to(&rec, "resource", "http://big.example/", "application/octet-stream", body, n);
        /* the file offset of body[1000]: past the member's header and the
         * first stored block's */
        uint64_t header_like = sizeof member_header + 5 + (rec.len - n - 4) + 1000;
        member_header_to(&gz);
        for (size_t at = 0; at < rec.len && !(kind == BROKEN_HELD_TOO_LONG && at > ((size_t)18 << 20));) {
            size_t k = rec.len - at < 65535 ? rec.len - at : 65535;
            stored_block_start_to(&gz, k, at + k == rec.len);
            put(&gz, rec.p + at, k);
            at += k;
        }
        if (kind == BROKEN_HELD_TOO_LONG)
            put(&gz, "\xFF", 1);
        else
            gz.len = gz.len * 9 / 10;   /* cut before its trailer */
        bytes member = page_member("http://after.example/");
        put(&gz, member.p, member.len);
        FILE *f;
        warc_reader *r = reader_of(&gz, 0, &f);
        warc_record w;
        warc_result res = warc_next(r, &w);
        CHECK(res == WARC_BAD || (res == WARC_RECORD && w.cut_short));
        const char *why = warc_reader_error(r, NULL);
        char passed[64];
        snprintf(passed, sizeof passed, "16 MiB: bytes %llu-", (unsigned long long)header_like);
        CHECK((strstr(why, passed) != NULL) == (kind != CUT));
        res = warc_next(r, &w);
        CHECK_INT(res, WARC_RECORD);
        if (res == WARC_RECORD)
            CHECK_STR(w.target_uri, "http://after.example/");
        CHECK_INT(warc_next(r, &w), WARC_END);
        close_reader(r, f);
        free(member.p);
        free(rec.p);
        free(gz.p);
    }
    free(body);
}

/* A member of stored blocks holding `rec` (noise with a gzip header 1000
 * bytes in: held from there, let go after 16 MiB), written into gz up to
 * file offset `end`, the last block's header there saying `covering`
 * bytes more: what is put after it is the member's data too. */
static void unheld_member_to(bytes *gz, const bytes *rec, size_t end, size_t covering)
{
    member_header_to(gz);
    for (size_t at = 0; gz->len < end - 5;) {
        size_t room = end - 5 - gz->len - 5, k = room < 65535 ? room : 65535;
        if (room - k > 0 && room - k < 5)
            k -= 5;     /* leave room for one more block's header */
        stored_block_to(gz, rec->p + at, k);
        at += k;
    }
    stored_block_start_to(gz, covering, 0);
}

/* Reads gz to its end: whether records at uris[0] and uris[1] came whole. */
static void check_read_whole(const bytes *gz, const char *uris[2], int read[2])
{
    FILE *f;
    warc_reader *r = reader_of(gz, 0, &f);
    warc_record w;
    read[0] = read[1] = 0;
    int n = 0;
    for (warc_result res; (res = warc_next(r, &w)) != WARC_END && n < 20; n++)
        for (int i = 0; i < 2; i++)
            if (res == WARC_RECORD && !w.cut_short && uris[i] && strcmp(w.target_uri, uris[i]) == 0)
                read[i] = 1;
    CHECK(n < 20);
    close_reader(r, f);
}

/* A member with more than 16 MiB held, no longer held (as in
 * test_cut_member_too_long_to_search_is_told), copies a good member
 * through and breaks just after it, in the next 64 KiB the reader reads
 * (the good one begins 1 to 250 bytes before a multiple of 64 KiB): the
 * look back from 512 bytes before the break finds it, though those bytes
 * came in the read before (they were dropped, and it was lost). Then,
 * cut short by the file's end just after a good member: the look back
 * from 512 bytes before the end finds it (the cut failed the stream). */
static void test_unheld_member_looked_past_at_an_edge(void)
{
    size_t n = (size_t)18 << 20;
    char *body = noise(n, 1);
    memcpy(body + 1000, member_header, sizeof member_header);
    bytes rec = { 0 };
    warc_record_to(&rec, "resource", "http://big.example/", "application/octet-stream", body, n);
    bytes good = page_member("http://after.example/"), third = page_member("http://third.example/");
    CHECK(good.len < 400);      /* the break within 512 bytes of its start */
    const char *uris[2] = { "http://after.example/", "http://third.example/" };
    static const size_t before_edge[] = { 1, 100, 250 };
    for (int i = 0; i < 3; i++) {
        bytes gz = { 0 };
        unheld_member_to(&gz, &rec, (size_t)260 * 65536 - before_edge[i], good.len);
        put(&gz, good.p, good.len);
        put(&gz, "\xFF", 1);    /* a block of type 3: broken */
        put(&gz, third.p, third.len);
        int read[2];
        check_read_whole(&gz, uris, read);
        CHECK(read[0]);
        CHECK(read[1]);
        free(gz.p);
    }
    bytes gz = { 0 };
    unheld_member_to(&gz, &rec, ((size_t)17 << 20) + 12345, good.len + 100);
    put(&gz, good.p, good.len);
    const char *after[2] = { "http://after.example/", NULL };
    int read[2];
    check_read_whole(&gz, after, read);
    CHECK(read[0]);
    free(gz.p);
    free(good.p);
    free(third.p);
    free(rec.p);
    free(body);
}

/* Members that overlap -- a header every 12 bytes, each with an extra
 * field reaching one long run of stored blocks that breaks at its end --
 * send the reader back after each break to the next header, to inflate
 * the run again: the looking back stops once it has inflated again more
 * than the bytes read (and 16 MiB), the bytes passed over are told, and
 * the member after the run is read. Without the bound, each of the 5,461
 * headers took its turn, a 16 MiB file taking hours. */
static void test_overlapping_members_inflated_again_boundedly(void)
{
    enum { SPAN = 65536, BLOCKS = 64, BLOCK = 65535 };
    bytes gz = { 0 };
    for (size_t at = 0; at + 12 <= SPAN; at += 12) {
        size_t xlen = SPAN - at - 12;
        unsigned char head[12] = { 0x1F, 0x8B, 8, 4, 0, 0, 0, 0, 0, 255, (unsigned char)(xlen & 0xFF),
                                   (unsigned char)(xlen >> 8) };
        put(&gz, head, sizeof head);
    }
    while (gz.len < SPAN)
        put(&gz, "", 1);
    char *text = malloc(BLOCK);
    if (!text)
        abort();
    for (size_t i = 0; i < BLOCK; i++)
        text[i] = i % 100 == 99 ? '\n' : 'x';
    static const unsigned char stored[5] = { 0, 0xFF, 0xFF, 0, 0 };    /* not the last */
    for (int k = 0; k < BLOCKS; k++) {
        put(&gz, stored, sizeof stored);
        put(&gz, text, BLOCK);
    }
    put(&gz, "\xFF\xFF\xFF\xFF", 4);    /* a block of type 3: broken */
    bytes after = page_member("http://after.example/");
    put(&gz, after.p, after.len);
    /* then honest damage: a member of stored data cut after 30 bytes,
     * which copies the next member through as its own; that one is found
     * by looking back all the same (the bound left room for it) */
    static const unsigned char cut[15] = { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 255,
                                           0, 0xE8, 0x03, 0x17, 0xFC };    /* 1000 bytes */
    put(&gz, cut, sizeof cut);
    put(&gz, text, 30);
    bytes later = page_member("http://later.example/");
    put(&gz, later.p, later.len);
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record w;
    int bad = 0, told = 0, after_read = 0, later_read = 0, n = 0;
    for (warc_result res; (res = warc_next(r, &w)) != WARC_END && n < 200; n++) {
        if (res == WARC_BAD) {
            bad++;
            told |= strstr(warc_reader_error(r, NULL), "not searched") != NULL;
        } else if (strcmp(w.target_uri, "http://after.example/") == 0) {
            after_read = 1;
        } else if (strcmp(w.target_uri, "http://later.example/") == 0) {
            later_read = 1;
        }
    }
    CHECK(bad >= 2 && bad <= 14);
    CHECK(told);
    CHECK(after_read);
    CHECK(later_read);
    close_reader(r, f);
    free(text);
    free(after.p);
    free(later.p);
    free(gz.p);
}

/* One gzip member holding s[0..n) in stored blocks of up to 65,535 bytes
 * (as a compressor writes bytes that do not compress). */
static void stored_member_to(bytes *b, const char *s, size_t n)
{
    member_header_to(b);
    size_t at = 0;
    do {
        size_t k = n - at < 65535 ? n - at : 65535;
        stored_block_start_to(b, k, at + k == n);
        put(b, s + at, k);
        at += k;
    } while (at < n);
    uLong crc = crc32(0, (const unsigned char *)s, (uInt)n);
    unsigned char tail[8];
    for (int i = 0; i < 4; i++) {
        tail[i] = (unsigned char)((crc >> (8 * i)) & 0xFF);
        tail[4 + i] = (unsigned char)(((uLong)n >> (8 * i)) & 0xFF);
    }
    put(b, tail, sizeof tail);
}

/* A gzip member of a short record, one of a record stored (short, or
 * `longer`: 30,000 bytes) and cut `cut` bytes in, one of a stored record
 * (of the page, or with `next_len` bytes of block), one of a short record:
 * each record but the cut one is given once, that one whole. The cut one
 * is told as bad when the cut falls in its header, and else given cut
 * short, with its own bytes only (not the next member's, copied through
 * by its stored block). */
static void check_cut_member(int longer, size_t cut, size_t next_len)
{
    static const char *uris[] = { "http://a.example/", "http://b.example/", "http://c.example/",
                                  "http://d.example/" };
    char *long_body = noise(30000, 0), *next_body = next_len ? noise(next_len, 0) : NULL;
    bytes m[4];
    size_t own = 0;     /* the bytes of the cut record's block before the cut */
    for (int i = 0; i < 4; i++) {
        bytes rec = { 0 };
        if (i == 1 && longer) {
            warc_record_to(&rec, "resource", uris[i], "text/html", long_body, 30000);
            size_t data = 10 + 5 + (rec.len - 30000 - 4);  /* gzip, stored block, record headers */
            own = cut > data ? cut - data : 0;
        }
        else if (i == 2 && next_len)
            warc_record_to(&rec, "resource", uris[i], "text/html", next_body, next_len);
        else
            warc_record_to(&rec, "resource", uris[i], "text/html", page_html, strlen(page_html));
        m[i] = (bytes){ 0 };
        if (i == 1 || i == 2)
            stored_member_to(&m[i], rec.p, rec.len);
        else
            gzip_to(&m[i], rec.p, rec.len);
        free(rec.p);
    }
    bytes gz = { 0 };
    put(&gz, m[0].p, m[0].len);
    put(&gz, m[1].p, cut);
    put(&gz, m[2].p, m[2].len);
    put(&gz, m[3].p, m[3].len);
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record w;
    int given[4] = { 0 }, bad = 0, n = 0;
    for (warc_result res; (res = warc_next(r, &w)) != WARC_END && n < 20; n++) {
        if (res == WARC_BAD) {
            bad++;
            continue;
        }
        for (int i = 0; i < 4; i++)
            given[i] += strcmp(w.target_uri, uris[i]) == 0;
        if (strcmp(w.target_uri, uris[2]) == 0)     /* from its own member */
            CHECK(!w.cut_short && w.block_len == (next_len ? next_len : strlen(page_html)));
        if (strcmp(w.target_uri, uris[1]) == 0)
            CHECK(w.cut_short && w.block_len == own && memcmp(w.block, long_body, own) == 0);
    }
    CHECK_INT(given[0], 1);
    CHECK_INT(given[1], own > 0);
    CHECK_INT(given[2], 1);
    CHECK_INT(given[3], 1);
    CHECK(own > 0 || bad >= 1);
    close_reader(r, f);
    free(gz.p);
    for (int i = 0; i < 4; i++)
        free(m[i].p);
    free(long_body);
    free(next_body);
}

/* Where the cut record is cut: in its header, or (a long one) in its block. */
static const size_t member_cuts[] = { 16, 20, 24, 28, 32, 36, 40, 300, 1000 };

/* A stored member cut a few bytes into its data, then a stored member
 * and a deflated one: the cut member's block copies the next member
 * through as its own, its record's header reading on into that member's
 * record's (its URI, its length), cut short where the block ends -- or,
 * the cut member's record long, whole. That record is not given (it was,
 * and then again from its own member): each record comes once, the cut
 * one told as bad. Cut after its header, the long record is given cut
 * short where its own bytes end, the next one's not in its block. */
static void test_cut_member_gives_no_record_twice(void)
{
    for (int longer = 0; longer < 2; longer++)
        for (size_t k = 0; k < sizeof member_cuts / sizeof *member_cuts; k++)
            if (longer || member_cuts[k] < 200)
                check_cut_member(longer, member_cuts[k], 0);
}

/* A stored member cut short, then deflated members: the cut record's
 * text names the format ("WARC/1.0 records") and its block runs on into
 * the next member's compressed bytes, which hold no record of their own.
 * It is given, cut short, as far as it goes: a version named in a line of
 * text is no record copied through. */
static void test_cut_record_naming_the_format_is_given(void)
{
    static const char *uris[] = { "http://a.example/", "http://b.example/", "http://c.example/" };
    static const char says[] = "<p>Archives keep pages as WARC/1.0 records, one after another.</p>";
    size_t body_len = 30000, says_len = sizeof says - 1;
    char *body = noise(body_len, 0);
    memcpy(body, says, says_len);
    bytes m[3];
    for (int i = 0; i < 3; i++) {
        bytes rec = { 0 };
        if (i == 0)
            warc_record_to(&rec, "resource", uris[i], "text/html", body, body_len);
        else
            warc_record_to(&rec, "resource", uris[i], "text/html", page_html, strlen(page_html));
        m[i] = (bytes){ 0 };
        if (i == 0)
            stored_member_to(&m[i], rec.p, rec.len);
        else
            gzip_to(&m[i], rec.p, rec.len);
        free(rec.p);
    }
    bytes gz = { 0 };
    put(&gz, m[0].p, 1000);     /* past the header and the line naming the format */
    put(&gz, m[1].p, m[1].len);
    put(&gz, m[2].p, m[2].len);
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record w;
    int cut = 0, given[3] = { 0 }, n = 0;
    for (warc_result res; (res = warc_next(r, &w)) != WARC_END && n < 20; n++) {
        if (res != WARC_RECORD)
            continue;
        for (int i = 0; i < 3; i++)
            given[i] += strcmp(w.target_uri, uris[i]) == 0;
        if (strcmp(w.target_uri, uris[0]) == 0) {
            cut += w.cut_short;
            CHECK(w.block_len >= 1000 - 400 && w.block_len < body_len);
            CHECK(w.block_len >= says_len && memcmp(w.block, says, says_len) == 0);
        }
    }
    CHECK_INT(given[0], 1);
    CHECK_INT(cut, 1);
    CHECK_INT(given[1], 1);
    CHECK_INT(given[2], 1);
    close_reader(r, f);
    free(gz.p);
    for (int i = 0; i < 3; i++)
        free(m[i].p);
    free(body);
}

/* As above, where the next stored member's copied bytes put a line's end
 * right before its record: the byte before a stored block's data is the
 * high byte of its length's complement, '\n' for a block of 0xF5xx bytes.
 * The search for the next record after the cut one's bad header found the
 * copy and gave it; then its own member gave it again. And a long cut
 * record whose block the copy completes is no whole record: it was given,
 * the next member's bytes as its end. */
static void test_copies_of_the_next_member_are_not_given(void)
{
    /* a record of 0xF540 bytes */
    bytes probe = { 0 }, member = { 0 };
    warc_record_to(&probe, "resource", "http://c.example/", "text/html", "x", 1);
    size_t next_len = 0xF540 - (probe.len - 1);
    free(probe.p);
    probe = (bytes){ 0 };
    char *body = noise(next_len, 0);
    warc_record_to(&probe, "resource", "http://c.example/", "text/html", body, next_len);
    stored_member_to(&member, probe.p, probe.len);
    CHECK_INT(member.p[14], '\n');     /* 10 bytes of gzip header, 5 of block header */
    free(probe.p);
    free(member.p);
    free(body);
    for (int longer = 0; longer < 2; longer++)
        for (size_t k = 0; k < sizeof member_cuts / sizeof *member_cuts; k++)
            if (longer || member_cuts[k] < 200)
                check_cut_member(longer, member_cuts[k], next_len);
}

/* A stored record of 0xF5xx bytes: the byte before its record in its
 * member is '\n', so a search for the next record's line finds a copy of
 * it (test_copies_of_the_next_member_are_not_given). */
static void line_ended_member_to(bytes *b, const char *uri)
{
    bytes probe = { 0 };
    warc_record_to(&probe, "resource", uri, "text/html", "x", 1);
    size_t len = 0xF540 - (probe.len - 1);
    free(probe.p);
    probe = (bytes){ 0 };
    char *body = noise(len, 0);
    warc_record_to(&probe, "resource", uri, "text/html", body, len);
    stored_member_to(b, probe.p, probe.len);
    free(probe.p);
    free(body);
}

/* One stored member as `gzip` makes of a whole file, cut short by the
 * file's end, joined to a member of record d (stored, its record after a
 * line's end) and one of record e. The member holds records a and b (b's
 * page quotes a record's version line) and a header with no length, then
 * 100 bytes of text; then either a long record c, cut 1,000 bytes into its
 * block, or (`bad_last`) the header is after b and the cut 150,000 bytes
 * into text after it. Every record is given once, c cut short with its own
 * bytes; none from the bytes of d's member that the cut member's stored
 * block copied through -- even when the search for a record after the
 * header reaches them before the member's break is known. */
static void check_member_cut_after_records(int bad_last)
{
    static const char *uris[] = { "http://a.example/", "http://b.example/", "http://c.example/",
                                  "http://d.example/", "http://e.example/" };
    static const char quotes[] = "<p>The archive's first line reads\nWARC/1.0\nand the fields "
                                 "follow.</p>";
    static const char no_length[] = "WARC/1.1\r\nWARC-Type: resource\r\n\r\n";
    char *text = noise(200000, 0), *long_body = noise(30000, 0);
    bytes whole = { 0 }, gz = { 0 }, next = { 0 };
    if (!bad_last) {
        puts_b(&whole, no_length);
        put(&whole, text, 100);
        puts_b(&whole, "\r\n");
    }
    warc_record_to(&whole, "resource", uris[0], "text/html", page_html, strlen(page_html));
    warc_record_to(&whole, "resource", uris[1], "text/html", quotes, strlen(quotes));
    size_t own = 1000, cut;     /* the bytes of `whole` before the cut */
    if (bad_last) {
        puts_b(&whole, no_length);
        put(&whole, text, 200000);
        cut = whole.len - 50000;
    } else {
        size_t c_at = whole.len;
        warc_record_to(&whole, "resource", uris[2], "text/html", long_body, 30000);
        cut = c_at + (whole.len - c_at - 30000 - 4) + own;
    }
    stored_member_to(&gz, whole.p, whole.len);
    /* the member's header is 10 bytes, each stored block's 5 */
    gz.len = 10 + 5 * (cut / 65535 + 1) + cut;
    line_ended_member_to(&next, uris[3]);
    put(&gz, next.p, next.len);
    bytes rec = { 0 };
    warc_record_to(&rec, "resource", uris[4], "text/html", page_html, strlen(page_html));
    gzip_to(&gz, rec.p, rec.len);
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record w;
    int given[5] = { 0 }, bad = 0, n = 0;
    for (warc_result res; (res = warc_next(r, &w)) != WARC_END && n < 20; n++) {
        if (res == WARC_BAD) {
            bad++;
            continue;
        }
        for (int i = 0; i < 5; i++)
            given[i] += strcmp(w.target_uri, uris[i]) == 0;
        if (strcmp(w.target_uri, uris[1]) == 0)
            CHECK(!w.cut_short && w.block_len == strlen(quotes));
        if (strcmp(w.target_uri, uris[2]) == 0)
            CHECK(w.cut_short && w.block_len == own && memcmp(w.block, long_body, own) == 0);
        if (strcmp(w.target_uri, uris[3]) == 0)
            CHECK(!w.cut_short);
    }
    for (int i = 0; i < 5; i++)
        CHECK_INT(given[i], i == 2 && bad_last ? 0 : 1);
    CHECK_INT(bad, 1);      /* the header with no length */
    close_reader(r, f);
    free(rec.p);
    free(gz.p);
    free(next.p);
    free(whole.p);
    free(text);
    free(long_body);
}

static void test_member_cut_after_its_own_records(void)
{
    check_member_cut_after_records(0);
    check_member_cut_after_records(1);
}

/* A stored member of a record of 131,000 bytes of block and another
 * record, cut 130,900 bytes into the first one's block, then a stored
 * member and a deflated one. The cut member's stored block (of 65,535
 * bytes: the second record is in it) copies the next member through,
 * completing the cut record's block with it; the window (128 KiB) is full
 * before it is inflated as far as the break, where that stored block
 * ends. The record is given cut short with its own bytes, not with the
 * next member's as its end, and each other record once. */
static void test_block_completed_by_a_copy(void)
{
    static const char *uris[] = { "http://a.example/", "http://b.example/", "http://c.example/" };
    size_t body_len = 131000, own = 130900;
    char *body = noise(body_len, 0);
    bytes rec = { 0 }, gz = { 0 };
    warc_record_to(&rec, "resource", uris[0], "text/html", body, body_len);
    size_t cut = (rec.len - body_len - 4) + own;    /* in the third stored block */
    warc_record_to(&rec, "resource", "http://after.example/", "text/html", body, 70000);
    stored_member_to(&gz, rec.p, rec.len);
    gz.len = 10 + 5 * (cut / 65535 + 1) + cut;
    free(rec.p);
    line_ended_member_to(&gz, uris[1]);
    rec = (bytes){ 0 };
    warc_record_to(&rec, "resource", uris[2], "text/html", page_html, strlen(page_html));
    gzip_to(&gz, rec.p, rec.len);
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record w;
    int given[3] = { 0 }, n = 0;
    for (warc_result res; (res = warc_next(r, &w)) != WARC_END && n < 20; n++) {
        if (res != WARC_RECORD)
            continue;
        for (int i = 0; i < 3; i++)
            given[i] += strcmp(w.target_uri, uris[i]) == 0;
        if (strcmp(w.target_uri, uris[0]) == 0)
            CHECK(w.cut_short && w.block_len == own && memcmp(w.block, body, own) == 0);
        else
            CHECK(!w.cut_short);
    }
    for (int i = 0; i < 3; i++)
        CHECK_INT(given[i], 1);
    close_reader(r, f);
    free(rec.p);
    free(gz.p);
    free(body);
}

/* Counts in given[] the records read from gz with each of `n` URIs; the
 * number of WARC_BAD in *bad. */
static void count_records(const bytes *gz, const char *const *uris, int n, int *given, int *bad)
{
    FILE *f;
    warc_reader *r = reader_of(gz, 0, &f);
    warc_record w;
    *bad = 0;
    for (int i = 0; i < n; i++)
        given[i] = 0;
    int steps = 0;
    for (warc_result res; (res = warc_next(r, &w)) != WARC_END && steps < 50; steps++) {
        if (res == WARC_BAD) {
            (*bad)++;
            continue;
        }
        for (int i = 0; i < n; i++)
            if (strcmp(w.target_uri, uris[i]) == 0) {
                given[i]++;
                CHECK(!w.cut_short);
            }
    }
    close_reader(r, f);
}

/* A whole file gzipped in stored blocks (gzip at level 0), its last
 * trailer bytes lost; its first record's page is itself gzipped (sent with
 * Content-Encoding gzip). That page's gzip header, copied through by the
 * stored block as it is, is no next member's copy: every record is given,
 * whole. Two things are told: the cut, and the page's gzip data, which the
 * look for the next member after the cut finds and reads (no record). */
static void test_gzip_page_in_a_cut_member(void)
{
    static const char *const uris[] = { "http://a.example/", "http://b.example/",
                                        "http://c.example/" };
    bytes page = { 0 }, whole = { 0 }, gz = { 0 };
    gzip_to(&page, page_html, strlen(page_html));
    for (int i = 0; i < 3; i++)
        warc_record_to(&whole, "resource", uris[i], i ? "text/html" : "application/gzip",
                       i ? page_html : page.p, i ? strlen(page_html) : page.len);
    stored_member_to(&gz, whole.p, whole.len);
    gz.len -= 3;
    int given[3], bad;
    count_records(&gz, uris, 3, given, &bad);
    for (int i = 0; i < 3; i++)
        CHECK_INT(given[i], 1);
    CHECK_INT(bad, 2);
    free(page.p);
    free(whole.p);
    free(gz.p);
}

/* As above, but the first record holds an archive: two records stored in
 * members of their own, as a copy of the next member would look, and a
 * few bytes after them. It is no copy: the member it is in goes on after
 * it (the next record's line follows it). The archive lies near the cut,
 * within the reach a copy is looked for in; every record after it is
 * given once, whole. */
static void test_stored_archive_near_a_cut(void)
{
    static const char *const uris[] = { "http://a.example/", "http://b.example/",
                                        "http://c.example/", "http://d.example/" };
    bytes inner = { 0 }, archive = { 0 }, whole = { 0 }, gz = { 0 };
    warc_record_to(&inner, "resource", "http://inner.example/", "text/html", page_html,
                   strlen(page_html));
    stored_member_to(&archive, inner.p, inner.len);
    stored_member_to(&archive, inner.p, inner.len);
    puts_b(&archive, "12345678");
    warc_record_to(&whole, "resource", uris[0], "application/warc", archive.p, archive.len);
    for (int i = 1; i < 4; i++)
        warc_record_to(&whole, "resource", uris[i], "text/html", page_html, strlen(page_html));
    stored_member_to(&gz, whole.p, whole.len);
    gz.len -= 3;
    int given[4], bad;
    count_records(&gz, uris, 4, given, &bad);
    for (int i = 0; i < 4; i++)
        CHECK_INT(given[i], 1);
    free(inner.p);
    free(archive.p);
    free(whole.p);
    free(gz.p);
}

/* A stored member of records a1 and a2, cut 19 bytes before a1 ends, then
 * a stored member of record b and bytes that begin no member (zeros, as a
 * file written ahead of its data ends). b's member is the cut one's copy
 * for all the bytes after it: b is given once, from its member. */
static void test_next_member_with_a_tail(void)
{
    static const char *const uris[] = { "http://b.example/", "http://a2.example/" };
    char *body = noise(3000, 0);
    bytes a = { 0 }, b = { 0 }, gz = { 0 }, next = { 0 };
    warc_record_to(&a, "resource", "http://a1.example/", "text/html", body, 3000);
    size_t a1_end = 10 + 5 + a.len;
    warc_record_to(&a, "resource", uris[1], "text/html", page_html, strlen(page_html));
    stored_member_to(&gz, a.p, a.len);
    gz.len = a1_end - 19;
    warc_record_to(&b, "resource", uris[0], "text/html", page_html, strlen(page_html));
    stored_member_to(&next, b.p, b.len);
    put(&gz, next.p, next.len);
    char zeros[4096] = { 0 };
    put(&gz, zeros, sizeof zeros);
    int given[2], bad;
    count_records(&gz, uris, 2, given, &bad);
    CHECK_INT(given[0], 1);
    CHECK_INT(given[1], 0);     /* cut off with the file */
    free(a.p);
    free(b.p);
    free(next.p);
    free(gz.p);
    free(body);
}

/* A member of record a in a stored block, then a last stored block that
 * claims 65,000 bytes and has none (the file cut right after a), then a
 * stored member of records b1, b2 and a long b3, and a deflated one of c.
 * The cut member's last block copies the next member through from its
 * first byte on, a record's start: the copy's first bytes are passed over
 * as a bad header's before the break is known, and the window moves past
 * them. None of its records is given: each comes once, from its member. */
static void test_copy_at_a_record_start(void)
{
    static const char *const uris[] = { "http://a.example/", "http://b1.example/",
                                        "http://b2.example/", "http://b3.example/",
                                        "http://c.example/" };
    char *a_body = noise(3000, 0), *b3_body = noise(120000, 0);
    bytes a = { 0 }, b = { 0 }, c = { 0 }, gz = { 0 };
    warc_record_to(&a, "resource", uris[0], "text/html", a_body, 3000);
    warc_record_to(&b, "resource", uris[1], "text/html", page_html, strlen(page_html));
    warc_record_to(&b, "resource", uris[2], "text/html", page_html, strlen(page_html));
    warc_record_to(&b, "resource", uris[3], "text/html", b3_body, 120000);
    warc_record_to(&c, "resource", uris[4], "text/html", page_html, strlen(page_html));
    member_header_to(&gz);
    stored_block_to(&gz, a.p, a.len);
    stored_block_start_to(&gz, 65000, 1);     /* claims more than the file has */
    stored_member_to(&gz, b.p, b.len);
    gzip_to(&gz, c.p, c.len);
    int given[5], bad;
    count_records(&gz, uris, 5, given, &bad);
    for (int i = 0; i < 5; i++)
        CHECK_INT(given[i], 1);
    CHECK(bad >= 1);
    free(a.p);
    free(b.p);
    free(c.p);
    free(gz.p);
    free(a_body);
    free(b3_body);
}

/* A stored member cut after its record's first bytes, which end with a
 * page's own gzip data, the next member right after it. After the break
 * the reader looks back and finds the page's data as a member: its text
 * ends without a line end, and the next member's record follows it at
 * once. That record begins where its member does, and is read. */
static void test_record_at_a_member_start_after_a_page(void)
{
    static const char *const uris[] = { "http://a.example/", "http://c.example/" };
    static const char page[] = "<html><body>hello world</body></html>";
    bytes gz_page = { 0 }, cut = { 0 }, gz = { 0 }, a = { 0 }, c = { 0 };
    gzip_to(&gz_page, page, strlen(page));
    char head[256];
    snprintf(head, sizeof head,
             "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://b.example/\r\n"
             "Content-Type: application/gzip\r\nContent-Length: %zu\r\n\r\n", gz_page.len + 100);
    puts_b(&cut, head);
    put(&cut, gz_page.p, gz_page.len);
    warc_record_to(&a, "resource", uris[0], "text/html", page_html, strlen(page_html));
    warc_record_to(&c, "resource", uris[1], "text/html", page_html, strlen(page_html));
    gzip_to(&gz, a.p, a.len);
    stored_member_to(&gz, cut.p, cut.len);
    gz.len -= 8;    /* its trailer lost: the file was cut there */
    gzip_to(&gz, c.p, c.len);
    int given[2], bad;
    count_records(&gz, uris, 2, given, &bad);
    CHECK_INT(given[0], 1);
    CHECK_INT(given[1], 1);
    free(gz_page.p);
    free(cut.p);
    free(gz.p);
    free(a.p);
    free(c.p);
}

/* Archives that hold the same record twice, each copy in a member of its
 * own, near a member that breaks; each copy is given. A way of giving a
 * record read twice once must not lose either of these (a version that
 * matched records by their keys lost one copy of each).
 * - `own_copy` 0: a member holds a record whose block is two gzip members
 *   (x and y; y), then breaks. The look back finds both; y is given from
 *   each.
 * - `own_copy` 1: a member holds a record whose block is a gzip member (x
 *   and y), then a copy of y of its own, then breaks. The look back finds
 *   the inner member; y is given from the outer and from the inner. */
static void check_same_record_in_two_members(int own_copy)
{
    static const char *const uris[] = { "http://w.example/", "http://x.example/",
                                        "http://y.example/" };
    static const unsigned char bad_data[4] = { 0x07, 0xFF, 0xFF, 0xFF };
    bytes x = { 0 }, y = { 0 }, xy = { 0 }, inner = { 0 }, w = { 0 }, gz = { 0 }, tail = { 0 };
    warc_record_to(&x, "resource", uris[1], "text/html", page_html, strlen(page_html));
    warc_record_to(&y, "resource", uris[2], "text/html", page_html, strlen(page_html));
    put(&xy, x.p, x.len);
    put(&xy, y.p, y.len);
    gzip_to(&inner, xy.p, xy.len);
    if (!own_copy)
        gzip_to(&inner, y.p, y.len);
    char head_w[256];
    snprintf(head_w, sizeof head_w,
             "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: %s\r\n"
             "Content-Type: application/warc\r\nContent-Length: %zu\r\n\r\n", uris[0], inner.len);
    puts_b(&w, head_w);
    member_header_to(&gz);
    stored_block_to(&gz, w.p, w.len);
    stored_block_to(&gz, inner.p, inner.len);
    puts_b(&tail, "\r\n\r\n");
    if (own_copy)
        put(&tail, y.p, y.len);
    stored_block_to(&gz, tail.p, tail.len);
    put(&gz, bad_data, sizeof bad_data);
    int given[3], bad;
    count_records(&gz, uris, 3, given, &bad);
    CHECK_INT(given[0], 1);
    CHECK_INT(given[1], 1);
    CHECK_INT(given[2], 2);
    CHECK(bad >= 1);
    free(x.p);
    free(y.p);
    free(xy.p);
    free(inner.p);
    free(w.p);
    free(gz.p);
    free(tail.p);
}

static void test_same_record_in_two_members_is_given_twice(void)
{
    check_same_record_in_two_members(0);
    check_same_record_in_two_members(1);
}

/* Two members in a row that break at their first byte of data: each is
 * told, at its own offset, and the records after them are read. */
static void test_broken_members_in_a_row(void)
{
    bytes gz = { 0 };
    uint64_t starts[5];
    for (int i = 0; i < 5; i++) {
        char uri[64];
        snprintf(uri, sizeof uri, "http://r%d.example/", i);
        bytes member = page_member(uri);
        if (i == 1 || i == 2)
            member.p[10] = (char)0xFF;  /* the first byte of deflate data: no block type */
        starts[i] = gz.len;
        put(&gz, member.p, member.len);
        free(member.p);
    }
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record rec;
    int read[5] = { 0 }, bad = 0;
    uint64_t bad_at[4];
    for (warc_result res; (res = warc_next(r, &rec)) != WARC_END && bad < 4;) {
        int k;
        if (res == WARC_BAD) {
            warc_reader_error(r, &bad_at[bad++]);
        } else if (sscanf(rec.target_uri, "http://r%d.", &k) == 1 && k >= 0 && k < 5) {
            read[k] = 1;
            CHECK_INT((int)rec.offset, (int)starts[k]);
        }
    }
    CHECK(read[0] && read[3] && read[4]);
    CHECK(!read[1] && !read[2]);
    CHECK_INT(bad, 2);
    if (bad == 2) {
        CHECK_INT((int)bad_at[0], (int)starts[1]);
        CHECK_INT((int)bad_at[1], (int)starts[2]);
    }
    close_reader(r, f);
    free(gz.p);
}

/* Offsets of records in a run of small members stay each member's own
 * after a record header of 20 KiB (read ahead, the window then holds
 * dozens of members at once) and after a damaged record. */
static void test_offsets_in_a_run_of_members(void)
{
    bytes gz = { 0 }, rec = { 0 };
    char header[21000];
    memset(header, 'x', sizeof header);
    memcpy(header, "X-Long: ", 8);
    header[sizeof header - 1] = '\0';
    puts_b(&rec, "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://long.example/\r\n");
    puts_b(&rec, header);
    puts_b(&rec, "\r\nContent-Length: 4\r\n\r\nlong\r\n\r\n");
    gzip_to(&gz, rec.p, rec.len);
    enum { RUN = 150 };
    uint64_t offsets[RUN];
    for (int i = 0; i < RUN; i++) {
        char uri[64], body[32];
        snprintf(uri, sizeof uri, "http://t%d.example/", i);
        snprintf(body, sizeof body, "<p>%d</p>", i);
        rec.len = 0;
        warc_record_to(&rec, "resource", uri, "text/html", body, strlen(body));
        if (i == RUN / 2)
            puts_b(&gz, "no gzip data here\n");
        offsets[i] = gz.len;
        gzip_to(&gz, rec.p, rec.len);
    }
    FILE *f;
    warc_reader *r = reader_of(&gz, 0, &f);
    warc_record rec_read;
    int seen = 0, wrong = 0;
    for (warc_result res; (res = warc_next(r, &rec_read)) != WARC_END;) {
        int k;
        if (res == WARC_RECORD && sscanf(rec_read.target_uri, "http://t%d.", &k) == 1 && k >= 0 &&
            k < RUN) {
            seen++;
            wrong += rec_read.offset != offsets[k];
        }
    }
    CHECK_INT(seen, RUN);
    CHECK_INT(wrong, 0);
    close_reader(r, f);
    free(rec.p);
    free(gz.p);
}

/* ---------------------------------------------------------------- ARC */

/* An ARC record: its header line (fields before the length) and block. */
static void arc_record_to(bytes *b, const char *fields, const char *block)
{
    char line[512];
    snprintf(line, sizeof line, "%s %zu\n", fields, strlen(block));
    puts_b(b, line);
    puts_b(b, block);
    puts_b(b, "\n");
}

static void test_arc_versions(void)
{
    const char *page = "HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>a</p>";
    bytes b = { 0 };
    arc_record_to(&b, "filedesc://crawl.arc 127.0.0.1 20140216050221 text/plain",
                  "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n");
    size_t second = b.len;
    /* a URL with spaces: the fields are told from the right */
    arc_record_to(&b, "http://a.example/one page.html 93.184.216.119 20140216050221 text/html",
                  page);
    CHECK(warc_looks_like_archive((const unsigned char *)b.p, b.len));
    FILE *f;
    warc_reader *r = reader_of(&b, 0, &f);
    warc_record rec;
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.type, "warcinfo");
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK(rec.arc);
    CHECK_STR(rec.type, "response");
    CHECK_STR(rec.target_uri, "http://a.example/one page.html");
    CHECK_STR(rec.date, "2014-02-16T05:02:21Z");
    CHECK_STR(rec.content_type, "text/html");
    CHECK_INT(rec.offset, second);
    CHECK_SLICE(rec.block, rec.block_len, page);
    CHECK_INT(warc_next(r, &rec), WARC_END);
    close_reader(r, f);
    free(b.p);

    b.p = NULL;
    b.len = b.cap = 0;
    arc_record_to(&b, "filedesc://crawl.arc 0.0.0.0 20050614070144 text/plain",
                  "2 0 Test\nURL IP-address Archive-date\n");
    arc_record_to(&b, "http://b.example/ 10.0.0.1 20050614070159 text/html 200 ABCDEF - 0 crawl.arc",
                  "<p>b</p>");
    r = reader_of(&b, 0, &f);
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.target_uri, "http://b.example/");
    CHECK_STR(rec.date, "2005-06-14T07:01:59Z");
    CHECK_STR(rec.content_type, "text/html");
    CHECK_SLICE(rec.block, rec.block_len, "<p>b</p>");
    CHECK_INT(warc_next(r, &rec), WARC_END);
    close_reader(r, f);
    free(b.p);

    /* a date that is not 14 digits is given as it is */
    b.p = NULL;
    b.len = b.cap = 0;
    arc_record_to(&b, "filedesc://crawl.arc 127.0.0.1 20140216050221 text/plain",
                  "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n");
    arc_record_to(&b, "http://c.example/ 10.0.0.1 200506140701 text/html", "<p>c</p>");
    arc_record_to(&b, "http://d.example/ 10.0.0.1 2005061407015x text/html", "<p>d</p>");
    r = reader_of(&b, 0, &f);
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.date, "200506140701");
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.date, "2005061407015x");
    close_reader(r, f);
    free(b.p);
}

/* ---------------------------------------------------------------- HTTP */

static void check_body(const char *response, const char *expect)
{
    http_response h;
    CHECK_INT(http_read_response(response, strlen(response), &h), 0);
    char *page;
    size_t len;
    const char *why;
    CHECK_INT(http_decoded_body(&h, 1 << 20, &page, &len, &why), 0);
    CHECK_SLICE(page, len, expect);
    free(page);
}

static void test_http_header(void)
{
    http_response h;
    const char r1[] = "HTTP/1.1 404 Not Found\r\ncontent-TYPE:  Text/HTML ;Charset = 'Windows-1251'\r\n"
                      "Transfer-Encoding: gzip, chunked\r\nContent-Encoding: GZIP\r\n\r\nbody";
    CHECK_INT(http_read_response(r1, strlen(r1), &h), 0);
    CHECK_INT(h.status, 404);
    CHECK_STR(h.mime, "text/html");
    CHECK_STR(h.charset, "Windows-1251");
    CHECK(h.chunked);
    CHECK_STR(h.encoding, "gzip");
    CHECK_SLICE(h.body, h.body_len, "body");
    /* the value as sent, for a caller that filters on it */
    CHECK_STR(h.content_type, "Text/HTML ;Charset = 'Windows-1251'");
    /* a value longer than the field is cut where no character is split:
     * 125 bytes of it, then a euro sign across the field's end */
    char cut[512];
    snprintf(cut, sizeof cut, "HTTP/1.1 200 OK\r\nContent-Type: text/html; x=%0112d\xE2\x82\xAC"
             "\xE2\x82\xAC\r\n\r\n", 0);
    CHECK_INT(http_read_response(cut, strlen(cut), &h), 0);
    CHECK_INT(strlen(h.content_type), 125);
    CHECK(strstr(cut, h.content_type) == cut + 31);
    /* continuation bytes with no lead byte are no character: cut at 127 */
    snprintf(cut, sizeof cut, "HTTP/1.1 200 OK\r\nContent-Type: %0120d\x80\x80\x80\x80\x80\x80\x80\x80"
             "\r\n\r\n", 0);
    CHECK_INT(http_read_response(cut, strlen(cut), &h), 0);
    CHECK_INT(strlen(h.content_type), 127);
    const char r2[] = "<html>no header</html>";
    CHECK_INT(http_read_response(r2, strlen(r2), &h), -1);
    CHECK_INT(h.status, 0);
    CHECK_STR(h.content_type, "");
    CHECK_SLICE(h.body, h.body_len, r2);
    const char r3[] = "HTTP/1.1 200 OK\nContent-Type: text/html";   /* header never ends */
    CHECK_INT(http_read_response(r3, strlen(r3), &h), 0);
    CHECK_INT(h.body_len, 0);
    CHECK(h.unended);
    const char r4[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";  /* an empty page */
    CHECK_INT(http_read_response(r4, strlen(r4), &h), 0);
    CHECK_INT(h.body_len, 0);
    CHECK(!h.unended);
    /* a header of 100 KiB (a thousand cookies): its body is still found */
    bytes big = { 0 };
    puts_b(&big, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n");
    for (int i = 0; i < 1000; i++)
        puts_b(&big, "Set-Cookie: c=vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\r\n");
    puts_b(&big, "\r\n<p>the page</p>");
    CHECK_INT(http_read_response(big.p, big.len, &h), 0);
    CHECK(!h.unended);
    CHECK_STR(h.mime, "text/html");
    CHECK_SLICE(h.body, h.body_len, "<p>the page</p>");
    free(big.p);
}

/* What a page's record says of it as served: its HTTP status and
 * Content-Type (or, with no HTTP header, the record's), and the WARC
 * payload digest; none of them in a record that has none. */
static void test_page_as_served(void)
{
    static const char digest[] = "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ";
    bytes b = { 0 };
    puts_b(&b, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://h.example/a\r\n"
               "WARC-Payload-Digest:  " );
    puts_b(&b, digest);
    char head[256];
    const char *http = "HTTP/1.1 203 Non-Authoritative\r\nContent-Type:  text/html; charset=UTF-8 "
                       "\r\n\r\n";
    snprintf(head, sizeof head,
             " \r\nContent-Type: application/http; msgtype=response\r\n"
             "Content-Length: %zu\r\n\r\n%s", strlen(http) + strlen(page_html), http);
    puts_b(&b, head);
    puts_b(&b, page_html);
    puts_b(&b, "\r\n\r\n");
    warc_record_to(&b, "resource", "file:///p.html", "text/html", page_html, strlen(page_html));
    FILE *f;
    warc_reader *r = reader_of(&b, 0, &f);
    warc_record rec;
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.payload_digest, digest);
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.payload_digest, "");
    close_reader(r, f);
    FILE *g = tmpfile();
    if (!g)
        abort();
    fwrite(b.p, 1, b.len, g);
    rewind(g);
    warc_pages *p = warc_pages_new(g, 0);
    CHECK(p != NULL);
    warc_page page;
    CHECK_INT(warc_pages_next(p, &page), WARC_PAGES_PAGE);
    CHECK_INT(page.status, 203);
    CHECK_STR(page.content_type, "text/html; charset=UTF-8");
    CHECK_STR(page.payload_digest, digest);
    free(page.body);
    CHECK_INT(warc_pages_next(p, &page), WARC_PAGES_PAGE);
    CHECK_INT(page.status, 0);
    CHECK_STR(page.content_type, "text/html");
    CHECK_STR(page.payload_digest, "");
    free(page.body);
    CHECK_INT(warc_pages_next(p, &page), WARC_PAGES_END);
    warc_pages_free(p);
    fclose(g);
    free(b.p);
}

static void test_http_codings(void)
{
    check_body("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5;ext=1\r\n<p>ab\r\n5\r\nc</p>\r\n0\r\n\r\n", "<p>abc</p>");
    /* chunks that do not add up: an unchunked body under a stale header */
    check_body("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>plain</p>", "<p>plain</p>");
    /* cut short inside a chunk: what came */
    check_body("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n<p>cut", "<p>cut");

    bytes gz = { 0 }, resp = { 0 };
    gzip_to(&gz, page_html, strlen(page_html));
    http_to(&resp, 200, "Content-Encoding: gzip\r\n", gz.p, gz.len);
    http_response h;
    CHECK_INT(http_read_response(resp.p, resp.len, &h), 0);
    char *page;
    size_t len;
    const char *why;
    CHECK_INT(http_decoded_body(&h, 1 << 20, &page, &len, &why), 0);
    CHECK_SLICE(page, len, page_html);
    free(page);
    /* the limit cuts a body that inflates beyond it, and says so; a body
     * as long as the limit is whole */
    CHECK_INT(http_decoded_body(&h, 20, &page, &len, &why), 1);
    CHECK_SLICE(page, len, "<!doctype html><titl");
    CHECK(why && strstr(why, "over the size limit"));
    free(page);
    CHECK_INT(http_decoded_body(&h, strlen(page_html), &page, &len, &why), 0);
    CHECK_SLICE(page, len, page_html);
    free(page);
    /* raw deflate, as some servers send "deflate" */
    z_stream z;
    memset(&z, 0, sizeof z);
    unsigned char raw[512];
    deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (unsigned char *)page_html;
    z.avail_in = (uInt)strlen(page_html);
    z.next_out = raw;
    z.avail_out = sizeof raw;
    CHECK_INT(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t raw_len = sizeof raw - z.avail_out;
    deflateEnd(&z);
    bytes d = { 0 };
    http_to(&d, 200, "Content-Encoding: deflate\r\n", (const char *)raw, raw_len);
    CHECK_INT(http_read_response(d.p, d.len, &h), 0);
    CHECK_INT(http_decoded_body(&h, 1 << 20, &page, &len, &why), 0);
    CHECK_SLICE(page, len, page_html);
    free(page);
    /* codings not read, and broken data, say so */
    bytes br = { 0 };
    http_to(&br, 200, "Content-Encoding: zstd\r\n", "xyz", 3);
    CHECK_INT(http_read_response(br.p, br.len, &h), 0);
    CHECK_INT(http_decoded_body(&h, 1 << 20, &page, &len, &why), -1);
    CHECK(why != NULL);
    bytes bad = { 0 };
    http_to(&bad, 200, "Content-Encoding: gzip\r\n", "not gzip at all", 15);
    CHECK_INT(http_read_response(bad.p, bad.len, &h), 0);
    CHECK_INT(http_decoded_body(&h, 1 << 20, &page, &len, &why), -1);
    CHECK(why && strstr(why, "gzip"));
    free(gz.p);
    free(resp.p);
    free(d.p);
    free(br.p);
    free(bad.p);
}

/* Decodes `coded` (a response's body under `header`): the status it
 * returns, and the bytes in *page (freed by the caller) or NULL. */
static int decode_coded_max(const char *header, const char *coded, size_t len, size_t max,
                            char **page, size_t *page_len, const char **why)
{
    bytes resp = { 0 };
    http_to(&resp, 200, header, coded, len);
    http_response h;
    CHECK_INT(http_read_response(resp.p, resp.len, &h), 0);
    *page = NULL;
    int rc = http_decoded_body(&h, max, page, page_len, why);
    free(resp.p);
    return rc;
}

static int decode_coded(const char *header, const char *coded, size_t len, char **page,
                        size_t *page_len, const char **why)
{
    return decode_coded_max(header, coded, len, 1 << 20, page, page_len, why);
}

#ifdef MT_TEST_BROTLI
/* s[0..n) coded with brotli at quality 5, in a malloc'd buffer. */
static char *brotli_coded(const char *s, size_t n, size_t *coded_len)
{
    size_t cap = BrotliEncoderMaxCompressedSize(n);
    uint8_t *out = malloc(cap);
    if (!out || !BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, n,
                                       (const uint8_t *)s, &cap, out))
        abort();
    *coded_len = cap;
    return (char *)out;
}

/* A body sent with Content-Encoding br is decoded as a gzip one is
 * inflated: whole; cut at the limit and told so (however far it would
 * decode: 64 MiB of one letter from a few hundred bytes); a body cut short
 * gives what came; bytes that are no brotli data are broken. */
static void test_brotli_bodies(void)
{
    char *page;
    size_t len, coded_len;
    const char *why;
    char *coded = brotli_coded(page_html, strlen(page_html), &coded_len);
    CHECK_INT(decode_coded("Content-Encoding: br\r\n", coded, coded_len, &page, &len, &why), 0);
    CHECK_SLICE(page, len, page_html);
    free(page);
    CHECK_INT(decode_coded_max("Content-Encoding: br\r\n", coded, coded_len, 20, &page, &len,
                               &why), 1);
    CHECK_SLICE(page, len, "<!doctype html><titl");
    CHECK(why && strstr(why, "over the size limit"));
    free(page);
    CHECK_INT(decode_coded_max("Content-Encoding: br\r\n", coded, coded_len, strlen(page_html),
                               &page, &len, &why), 0);
    CHECK_SLICE(page, len, page_html);
    free(page);
    free(coded);

    size_t bomb_len = (size_t)64 << 20;
    char *bomb = malloc(bomb_len);
    if (!bomb)
        abort();
    memset(bomb, 'a', bomb_len);
    coded = brotli_coded(bomb, bomb_len, &coded_len);
    free(bomb);
    CHECK(coded_len < 4096);
    CHECK_INT(decode_coded_max("Content-Encoding: br\r\n", coded, coded_len, 1 << 20, &page,
                               &len, &why), 1);
    CHECK(len == 1 << 20 && page[0] == 'a' && page[len - 1] == 'a');
    CHECK(why && strstr(why, "over the size limit"));
    free(page);
    free(coded);

    size_t text_len = 256 * 1024;
    char *text = noise(text_len, 0);
    coded = brotli_coded(text, text_len, &coded_len);
    CHECK_INT(decode_coded("Content-Encoding: BR\r\n", coded, coded_len / 2, &page, &len, &why),
              1);
    CHECK(len > 0 && len < text_len && memcmp(page, text, len) == 0);
    CHECK(why && strstr(why, "ends early"));
    free(page);
    /* damaged near its end: what came before the damage is kept, as a gzip
     * body's is (the decoder holds what it decodes in its window until it
     * is given more input) */
    for (int eighth = 1; eighth < 8; eighth++) {
        size_t at = coded_len * eighth / 8, same = 0;
        char *damaged = malloc(coded_len);
        if (!damaged)
            abort();
        memcpy(damaged, coded, coded_len);
        memset(damaged + at, 0xff, 8);
        /* what follows the damage may be garbage, cut, or even end as a
         * stream (brotli has no checksum); what came before it is there */
        int rc = decode_coded("Content-Encoding: br\r\n", damaged, coded_len, &page, &len, &why);
        CHECK(rc == 0 || rc == 1);
        if (rc >= 0) {
            while (same < len && same < text_len && page[same] == text[same])
                same++;
            CHECK(same >= text_len / 8 * eighth / 2);
            free(page);
        }
        free(damaged);
    }
    free(coded);
    free(text);

    CHECK_INT(decode_coded("Content-Encoding: br\r\n", "<p>not brotli at all</p>", 24, &page,
                           &len, &why), -1);
    CHECK(page == NULL && why && strstr(why, "brotli"));
    CHECK_INT(decode_coded("Content-Encoding: br\r\n", "", 0, &page, &len, &why), 0);
    CHECK(len == 0);
    free(page);
}
#endif

#ifdef MT_TEST_ZSTD
/* s[0..n) coded with zstd at level 3 with its checksum, appended to *b
 * as one frame: with a window of 2^window_log bytes (0: the level's), its
 * content size stated or not, with the dictionary `cd` when not NULL. */
static void zstd_frame_with(bytes *b, const char *s, size_t n, int window_log, int content_size,
                            const ZSTD_CDict *cd)
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    size_t cap = ZSTD_compressBound(n);
    char *out = malloc(cap);
    if (!c || !out)
        abort();
    ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, 3);
    ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
    if (window_log)
        ZSTD_CCtx_setParameter(c, ZSTD_c_windowLog, window_log);
    ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, content_size);
    if (cd)
        ZSTD_CCtx_refCDict(c, cd);
    size_t got = ZSTD_compress2(c, out, cap, s, n);
    if (ZSTD_isError(got))
        abort();
    put(b, out, got);
    free(out);
    ZSTD_freeCCtx(c);
}

/* s[0..n) as a frame with a window of 2^window_log bytes (0: the
 * level's) that does not state its content size: its window is then the
 * one it was coded with, not the page's size. */
static void zstd_to(bytes *b, const char *s, size_t n, int window_log)
{
    zstd_frame_with(b, s, n, window_log, 0, NULL);
}

/* A body sent with Content-Encoding zstd is decoded as a gzip one is
 * inflated: whole, frames end to end, bytes after the last frame left;
 * cut at the limit and told so (64 MiB of one letter from a body of a few
 * kilobytes); a body cut short gives what came; damage near the end keeps
 * what came before it (the frame's checksum finds it); a frame that asks
 * for a window over 8 MiB, or bytes that are no zstd data, are broken. */
static void test_zstd_bodies(void)
{
    const char *header = "Content-Encoding: zstd\r\n";
    char *page;
    size_t len;
    const char *why;
    bytes z = { 0 };
    zstd_to(&z, page_html, strlen(page_html), 0);
    CHECK_INT(decode_coded(header, z.p, z.len, &page, &len, &why), 0);
    CHECK_SLICE(page, len, page_html);
    free(page);
    CHECK_INT(decode_coded_max(header, z.p, z.len, 20, &page, &len, &why), 1);
    CHECK_SLICE(page, len, "<!doctype html><titl");
    CHECK(why && strstr(why, "over the size limit"));
    free(page);
    CHECK_INT(decode_coded_max(header, z.p, z.len, strlen(page_html), &page, &len, &why), 0);
    CHECK_SLICE(page, len, page_html);
    free(page);
    /* two frames, then what some servers send after a body */
    zstd_to(&z, "<p>more</p>", 11, 0);
    put(&z, "\r\n\r\n", 4);
    CHECK_INT(decode_coded(header, z.p, z.len, &page, &len, &why), 0);
    CHECK(len == strlen(page_html) + 11 && memcmp(page + strlen(page_html), "<p>more</p>", 11) == 0);
    free(page);
    free(z.p);

    size_t bomb_len = (size_t)64 << 20;
    char *bomb = malloc(bomb_len);
    if (!bomb)
        abort();
    memset(bomb, 'a', bomb_len);
    bytes zb = { 0 };
    zstd_to(&zb, bomb, bomb_len, 0);
    CHECK(zb.len < 8192);
    CHECK_INT(decode_coded_max(header, zb.p, zb.len, 1 << 20, &page, &len, &why), 1);
    CHECK(len == 1 << 20 && page[0] == 'a' && page[len - 1] == 'a');
    CHECK(why && strstr(why, "over the size limit"));
    free(page);
    free(zb.p);
    /* the same page coded with a 16 MiB window: more than the content
     * coding lets a decoder be asked for */
    bytes wide = { 0 };
    zstd_to(&wide, bomb, bomb_len, 24);
    free(bomb);
    CHECK_INT(decode_coded(header, wide.p, wide.len, &page, &len, &why), -1);
    CHECK(page == NULL && why && strstr(why, "zstd"));
    free(wide.p);

    size_t text_len = 256 * 1024;
    char *text = noise(text_len, 0);
    bytes zt = { 0 };
    zstd_to(&zt, text, text_len, 0);
    CHECK_INT(decode_coded(header, zt.p, zt.len / 2, &page, &len, &why), 1);
    CHECK(len > 0 && len < text_len && memcmp(page, text, len) == 0);
    CHECK(why && strstr(why, "ends early"));
    free(page);
    /* the checksum at the frame's end damaged: the whole page came (the
     * decoder gives nothing of a call that fails, so the checksum is read
     * in a call of its own, after the last block's) */
    zt.p[zt.len - 2] ^= 0x55;
    CHECK_INT(decode_coded(header, zt.p, zt.len, &page, &len, &why), 1);
    CHECK(len == text_len && memcmp(page, text, len) == 0);
    CHECK(why && strstr(why, "breaks off"));
    free(page);
    free(zt.p);
    free(text);
    /* the same for a page of one block, all of it in the first slice */
    bytes zs = { 0 };
    zstd_to(&zs, page_html, strlen(page_html), 0);
    zs.p[zs.len - 1] ^= 0x55;
    CHECK_INT(decode_coded(header, zs.p, zs.len, &page, &len, &why), 1);
    CHECK_SLICE(page, len, page_html);
    CHECK(why && strstr(why, "breaks off"));
    free(page);
    free(zs.p);

    CHECK_INT(decode_coded(header, "<p>not zstd at all</p>", 22, &page, &len, &why), -1);
    CHECK(page == NULL && why && strstr(why, "zstd"));
    CHECK_INT(decode_coded(header, "", 0, &page, &len, &why), 0);
    CHECK(len == 0);
    free(page);
}
#endif

/* A gzip body of two members end to end is the two texts one after the
 * other, as gzip readers read it; bytes after the last member that are no
 * member are left. */
static void test_gzip_members(void)
{
    bytes gz = { 0 };
    gzip_to(&gz, "<p>first</p>", 12);
    gzip_to(&gz, "<p>second</p>", 13);
    char *page;
    size_t len;
    const char *why;
    CHECK_INT(decode_coded("Content-Encoding: gzip\r\n", gz.p, gz.len, &page, &len, &why), 0);
    CHECK_SLICE(page, len, "<p>first</p><p>second</p>");
    free(page);
    put(&gz, "\r\n\r\n", 4);       /* what some servers send after the body */
    CHECK_INT(decode_coded("Content-Encoding: gzip\r\n", gz.p, gz.len, &page, &len, &why), 0);
    CHECK_SLICE(page, len, "<p>first</p><p>second</p>");
    free(page);
    /* empty members after the page's fill no room: under a limit of the
     * page's length it is whole, not over the limit */
    bytes e = { 0 };
    gzip_to(&e, "<p>first</p>", 12);
    gzip_to(&e, "", 0);
    gzip_to(&e, "", 0);
    CHECK_INT(decode_coded_max("Content-Encoding: gzip\r\n", e.p, e.len, 12, &page, &len, &why),
              0);
    CHECK_SLICE(page, len, "<p>first</p>");
    free(page);
    free(e.p);
    free(gz.p);
}

/* A member whose deflate data points back before its start (a fuzzer's
 * find): the inflater gives at most the bytes zlib gives before the fault,
 * never bytes copied from its own uninitialised window (ISA-L made 372
 * where zlib made 127). */
static void test_distance_too_far_back(void)
{
    static const unsigned char member[] =
        "\x1f\x8b\x08\x00\x48\x60\x0d\x6b\x02\xff\x0b\x77\x0c\x72\xd6\x37\xd4\x33"
        "\xe4\xe5\x0a\x07\xb2\x74\x43\x2a\x0b\x52\xad\x14\x8a\x52\x8b\x0b\xf2\xf3"
        "\x8a\x53\x61\x82\x89\x45\xe9\xa9\x25\xba\xa1\x41\x9e\x56\x0a\x19\x25\x25"
        "\x05\x56\xfa\xfa\x25\x99\x29\xa9\xc5\x7a\xa9\x15\x89\xb9\x05\x39\xa9\xfa"
        "\x50\x75\x2e\x89\x25\x40\xcd\x46\x06\x46\x66\xba\x06\xc6\xba\x06\x86\x21"
        "\x86\x06\x56\x06\x20\x14\x05\x55\x10\x94\x9a\x9c\x5f\x94\xa2\xeb\xe9\x62"
        "\xa5\x27\xd3\x63\x2c\xf0\xa6\x2e\x7e\x44\xde\x39\x3f\x17\x9a\x2e\xe3\xba"
        "\x70\x50\x94\xae\xec\xca\xdd\x33";
    unsigned char want[1024], got[1024];
    z_stream z;
    memset(&z, 0, sizeof z);
    CHECK_INT(inflateInit2(&z, 15 + 16), Z_OK);
    z.next_in = (unsigned char *)member;
    z.avail_in = sizeof member - 1;
    z.next_out = want;
    z.avail_out = sizeof want;
    CHECK_INT(inflate(&z, Z_NO_FLUSH), Z_DATA_ERROR);
    size_t want_len = sizeof want - z.avail_out;
    inflateEnd(&z);
    gunzip *g = gunzip_new();
    size_t used, made;
    const char *why;
    CHECK_INT(gunzip_step(g, member, sizeof member - 1, &used, got, sizeof got, &made, &why),
              GUNZIP_BROKEN);
    CHECK(made <= want_len && memcmp(got, want, made) == 0);
    /* another such member (a fuzzer's), whose fault ISA-L counts as
     * taking a byte more than it was given: no more is taken than given */
    static const unsigned char short_member[] =
        "\x1f\x8b\x08\x00\x48\x60\x0d\x6b\x02\xff\x0b\x77\x0c\x72\xd6\x37\xd4\x33"
        "\xe4\xe5\x0a\x07\xb2\x74\x43\x5a\x8b\xc3\x3f\x16\x75\xee\x2a\x0b\x52\xad"
        "\x14\x8a\x52\x8b\xc6\x6d\x0b\xf2\xf3\x8a\x53\x61\x01\x00\x82\x89\x45\xe9"
        "\xa9\x00";
    gunzip_restart(g);
    CHECK_INT(gunzip_step(g, short_member, sizeof short_member - 1, &used, got, sizeof got,
                          &made, &why),
              GUNZIP_BROKEN);
    CHECK(used <= sizeof short_member - 1);
    gunzip_free(g);
}

/* A compressed body that breaks off gives what came before it, and says
 * so: a gzip member with a wrong checksum at its end has all of its page;
 * one cut in the middle has the page's first part. A "deflate" body that
 * is no deflate data at all (sent uncompressed under the header) is
 * broken, not a page of what raw inflation made of it before failing. */
static void test_partial_codings(void)
{
    bytes gz = { 0 };
    gzip_to(&gz, page_html, strlen(page_html));
    char *page;
    size_t len;
    const char *why;

    gz.p[gz.len - 6] ^= 0x55;   /* the CRC-32, in the trailer's first four bytes */
    CHECK_INT(decode_coded("Content-Encoding: gzip\r\n", gz.p, gz.len, &page, &len, &why), 1);
    CHECK_SLICE(page, len, page_html);
    CHECK(why && strstr(why, "breaks off"));
    free(page);
    gz.p[gz.len - 6] ^= 0x55;

    CHECK_INT(decode_coded("Content-Encoding: gzip\r\n", gz.p, gz.len / 2, &page, &len, &why), 1);
    CHECK(len > 0 && len < strlen(page_html) && memcmp(page, page_html, len) == 0);
    CHECK(why && strstr(why, "ends early"));
    /* the same cut body under a limit it fills exactly is still cut, in
     * either coding (the zlib stream is the member's deflate data) */
    size_t cut_len = len;
    free(page);
    CHECK_INT(decode_coded_max("Content-Encoding: gzip\r\n", gz.p, gz.len / 2, cut_len, &page,
                               &len, &why), 1);
    CHECK(len == cut_len && why && strstr(why, "ends early"));
    free(page);
    CHECK_INT(decode_coded("Content-Encoding: deflate\r\n", gz.p + 10, gz.len / 2 - 10, &page,
                           &len, &why), 1);
    cut_len = len;
    free(page);
    CHECK_INT(decode_coded_max("Content-Encoding: deflate\r\n", gz.p + 10, gz.len / 2 - 10,
                               cut_len, &page, &len, &why), 1);
    CHECK(cut_len > 0 && len == cut_len && why && strstr(why, "ends early"));
    free(page);

    /* cut inside its ten-byte header, nothing of the page came: no page */
    CHECK_INT(decode_coded("Content-Encoding: gzip\r\n", gz.p, 5, &page, &len, &why), -1);
    CHECK(page == NULL && why != NULL);

    /* an empty body (a 204, say) is an empty page, not one cut short */
    CHECK_INT(decode_coded("Content-Encoding: gzip\r\n", gz.p, 0, &page, &len, &why), 0);
    CHECK(len == 0 && why == NULL);
    free(page);
    CHECK_INT(decode_coded("Content-Encoding: deflate\r\n", gz.p, 0, &page, &len, &why), 0);
    CHECK(len == 0 && why == NULL);
    free(page);

    /* whole, it is no partial page */
    CHECK_INT(decode_coded("Content-Encoding: gzip\r\n", gz.p, gz.len, &page, &len, &why), 0);
    CHECK(why == NULL);
    free(page);


    /* raw inflation of these bytes makes nine bytes of garbage, then fails */
    static const char plain[] = "body sent as is, not deflated at all";
    CHECK_INT(decode_coded("Content-Encoding: deflate\r\n", plain, strlen(plain), &page, &len,
                           &why), -1);
    CHECK(page == NULL && why && strstr(why, "deflate"));
    free(gz.p);
}

/* ---------------------------------------------------------------- .warc.zst */

#ifdef MT_TEST_ZSTD
/* s[0..n) as one zstd frame, as the WARC zstd format writes them (its
 * content size and checksum in it), with the dictionary `cd` when not
 * NULL. */
static void warc_frame_to(bytes *b, const char *s, size_t n, const ZSTD_CDict *cd)
{
    zstd_frame_with(b, s, n, 0, 1, cd);
}

/* A skippable frame (magic 0x184D2A50 + `variant`) holding s[0..n). */
static void skippable_frame_to(bytes *b, unsigned variant, const void *s, size_t n)
{
    unsigned char h[8];
    uint32_t magic = 0x184D2A50u + variant, size = (uint32_t)n;
    for (int i = 0; i < 4; i++) {
        h[i] = (unsigned char)(magic >> (8 * i));
        h[4 + i] = (unsigned char)(size >> (8 * i));
    }
    put(b, h, sizeof h);
    put(b, s, n);
}

/* The sample crawl with a zstd frame per record, after `head` (a
 * dictionary frame, or nothing); offsets[i] is record i's frame's. */
static bytes sample_frames(const bytes *head, const ZSTD_CDict *cd, uint64_t offsets[5])
{
    size_t starts[5];
    bytes plain = sample_crawl(starts), z = { 0 };
    if (head)
        put(&z, head->p, head->len);
    for (int i = 0; i < 5; i++) {
        size_t end = i < 4 ? starts[i + 1] : plain.len;
        offsets[i] = z.len;
        warc_frame_to(&z, plain.p + starts[i], end - starts[i], cd);
    }
    free(plain.p);
    return z;
}

/* A .warc.zst (a frame per record, as the WARC zstd format writes) reads as
 * its .warc.gz does: the same records, each at its frame's offset -- also
 * with its first bytes given back, with a skippable frame between two
 * records (passed over), as one frame for the whole file (all at 0), and
 * with each record in three frames. Found by its first bytes. */
static void test_zstd_warc(void)
{
    uint64_t offsets[5], zeros[5] = { 0 };
    bytes z = sample_frames(NULL, NULL, offsets);
    CHECK(warc_looks_like_archive((const unsigned char *)z.p, z.len));
    FILE *f;
    warc_reader *r = reader_of(&z, 0, &f);
    check_sample_records(r, offsets);
    close_reader(r, f);
    static const size_t taken[] = { 1, 3, 5, 17, 512 };
    for (size_t k = 0; k < sizeof taken / sizeof *taken; k++) {
        r = reader_after(&z, taken[k], &f);
        check_sample_records(r, offsets);
        close_reader(r, f);
    }
    /* an extension frame after the second record */
    bytes ext = { 0 };
    put(&ext, z.p, (size_t)offsets[2]);
    skippable_frame_to(&ext, 3, "an index, say", 13);
    size_t shift = ext.len - (size_t)offsets[2];
    put(&ext, z.p + offsets[2], z.len - (size_t)offsets[2]);
    uint64_t moved[5];
    for (int i = 0; i < 5; i++)
        moved[i] = offsets[i] + (i >= 2 ? shift : 0);
    r = reader_of(&ext, 0, &f);
    check_sample_records(r, moved);
    close_reader(r, f);
    free(ext.p);
    free(z.p);

    size_t starts[5];
    bytes plain = sample_crawl(starts), whole = { 0 }, split = { 0 };
    warc_frame_to(&whole, plain.p, plain.len, NULL);
    r = reader_of(&whole, 0, &f);
    check_sample_records(r, zeros);
    close_reader(r, f);
    /* each record in three frames (the format allows one or more): at its
     * first frame's offset */
    for (int i = 0; i < 5; i++) {
        size_t end = i < 4 ? starts[i + 1] : plain.len, cut = starts[i] + 5;
        offsets[i] = split.len;
        warc_frame_to(&split, plain.p + starts[i], 5, NULL);
        warc_frame_to(&split, plain.p + cut, (end - cut) / 2, NULL);
        warc_frame_to(&split, plain.p + cut + (end - cut) / 2, end - cut - (end - cut) / 2, NULL);
    }
    r = reader_of(&split, 0, &f);
    check_sample_records(r, offsets);
    close_reader(r, f);
    free(split.p);
    /* not an archive: a zstd frame of a page */
    bytes page = { 0 };
    warc_frame_to(&page, page_html, strlen(page_html), NULL);
    CHECK(!warc_looks_like_archive((const unsigned char *)page.p, page.len));
    free(page.p);
    free(plain.p);
    free(whole.p);
}

/* The text a dictionary of the tests is made of: what WARC records of the
 * sample crawl share. */
static const char dict_text[] =
    "WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2026-03-01T10:00:00Z\r\n"
    "WARC-Record-ID: <urn:uuid:\r\nContent-Type: application/http; msgtype=response\r\n"
    "HTTP/1.1 200 X\r\nServer: test\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\n"
    "<!doctype html><title>Harbour news</title><article><h1>Ferry timetable changes</h1>"
    "<p>The morning ferry leaves twenty minutes earlier from Monday.</p></article>";

/* A .warc.zst with a dictionary: its frame first, every record's frame
 * made with it. The dictionary stored as it is, or compressed in a zstd
 * frame of its own: the records read the same, at their frames' offsets. A
 * dictionary of raw content and one in zstd's dictionary format (trained
 * with ZDICT_trainFromBuffer) alike. Without its frame, every record's
 * frame is told broken, one WARC_BAD each, none lost silently. */
static void test_zstd_dictionary(void)
{
    /* a trained dictionary, from the crawl's records under many URIs */
    size_t starts[5];
    bytes plain = sample_crawl(starts), samples = { 0 };
    size_t sizes[400];
    for (int i = 0; i < 400; i++) {
        char uri[64];
        size_t before = samples.len;
        snprintf(uri, sizeof uri, "http://harbour.example/news/%d", i * 7919);
        warc_record_to(&samples, i % 2 ? "response" : "request", uri, "text/html", page_html,
                       strlen(page_html) - (size_t)(i % 50));
        sizes[i] = samples.len - before;
    }
    char trained[4096];
    size_t trained_len = ZDICT_trainFromBuffer(trained, sizeof trained, samples.p, sizes, 400);
    CHECK(!ZDICT_isError(trained_len));
    free(samples.p);
    free(plain.p);
    const void *dicts[] = { dict_text, trained };
    size_t dict_lens[] = { sizeof dict_text - 1, ZDICT_isError(trained_len) ? 0 : trained_len };
    for (int d = 0; d < 2; d++) {
        ZSTD_CDict *cd = ZSTD_createCDict(dicts[d], dict_lens[d], 3);
        if (!cd)
            abort();
        for (int packed = 0; packed < 2; packed++) {
            bytes head = { 0 }, inner = { 0 };
            if (packed)
                warc_frame_to(&inner, dicts[d], dict_lens[d], NULL);
            else
                put(&inner, dicts[d], dict_lens[d]);
            skippable_frame_to(&head, 0xD, inner.p, inner.len);
            uint64_t offsets[5];
            bytes z = sample_frames(&head, cd, offsets);
            CHECK(warc_looks_like_archive((const unsigned char *)z.p, z.len));
            FILE *f;
            warc_reader *r = reader_of(&z, 0, &f);
            check_sample_records(r, offsets);
            close_reader(r, f);
            r = reader_after(&z, 512, &f);
            check_sample_records(r, offsets);
            close_reader(r, f);
            /* the frames without their dictionary */
            bytes bare = { 0 };
            put(&bare, z.p + head.len, z.len - head.len);
            records_read got = read_all_records(&bare, 0, NULL, 0);
            CHECK_INT(got.records, 0);
            CHECK_INT(got.bad, 5);
            if (d == 1)
                CHECK(strstr(got.why_first, "dictionary") != NULL);
            free(bare.p);
            free(z.p);
            free(head.p);
            free(inner.p);
        }
        ZSTD_freeCDict(cd);
    }
}

/* A dictionary frame that cannot be used is told at offset 0, saying why,
 * and the frames after it are read without it: a compressed dictionary
 * damaged (its checksum), one over the limit of 8 MiB (of raw content, in
 * the file or once decompressed -- a few kilobytes that decode to 9 MiB),
 * and one cut short by the file's end. Frames that did not need it give
 * their records; those that did are each told broken. */
static void test_zstd_dictionary_refused(void)
{
    size_t big_len = (size_t)9 << 20;
    char *big = malloc(big_len);
    if (!big)
        abort();
    memset(big, 'd', big_len);
    for (int kind = 0; kind < 4; kind++) {
        bytes inner = { 0 }, head = { 0 };
        if (kind == 0) {
            warc_frame_to(&inner, dict_text, sizeof dict_text - 1, NULL);
            inner.p[inner.len - 2] ^= 0x55;
        } else if (kind == 1) {
            put(&inner, big, big_len);
        } else if (kind == 2) {
            warc_frame_to(&inner, big, big_len, NULL);
            CHECK(inner.len < 4096);
        } else {
            put(&inner, dict_text, 10);
        }
        skippable_frame_to(&head, 0xD, inner.p, inner.len);
        if (kind == 3)
            head.len -= 5;      /* the file's end */
        uint64_t offsets[5];
        bytes z = sample_frames(kind == 3 ? NULL : &head, NULL, offsets);
        if (kind == 3) {
            free(z.p);
            z = head;
            head.p = NULL;
        }
        CHECK(warc_looks_like_archive((const unsigned char *)z.p, z.len));
        records_read got = read_all_records(&z, 0, NULL, 0);
        CHECK_INT(got.bad, 1);
        CHECK_INT(got.records, kind == 3 ? 0 : 5);
        CHECK_INT(got.at, 0);
        CHECK(strstr(got.why_first, "dictionary") != NULL);
        if (kind == 1)
            CHECK(strstr(got.why_first, "over the limit of 8 MiB") != NULL);
        if (kind == 2)
            CHECK(strstr(got.why_first, "over 8 MiB once decompressed") != NULL);
        free(z.p);
        free(head.p);
        free(inner.p);
    }
    free(big);
    /* a damaged dictionary that the frames needed: it, then each of them */
    ZSTD_CDict *cd = ZSTD_createCDict(dict_text, sizeof dict_text - 1, 3);
    bytes inner = { 0 }, head = { 0 };
    warc_frame_to(&inner, dict_text, sizeof dict_text - 1, NULL);
    inner.p[inner.len / 2] ^= 0x55;
    skippable_frame_to(&head, 0xD, inner.p, inner.len);
    uint64_t offsets[5];
    bytes z = sample_frames(&head, cd, offsets);
    records_read got = read_all_records(&z, 0, NULL, 0);
    CHECK_INT(got.bad, 6);
    CHECK_INT(got.records, 0);
    CHECK(strstr(got.why_first, "dictionary") != NULL);
    free(z.p);
    free(head.p);
    free(inner.p);
    ZSTD_freeCDict(cd);
}

/* A dictionary frame whose size field is damaged: larger than the file,
 * over 8 MiB, or a few hundred bytes more than its dictionary (taking the
 * first frames in, or just two frames, so that a frame follows it). The
 * bytes after its header are still looked through
 * for frames: none is lost with the dictionary. Frames that did not need
 * the dictionary give their records (one WARC_BAD, the dictionary's, at
 * 0); frames that did are each told broken. On h-zst the frames the size
 * ran over were passed over untold: 0 records of 5 for the first two and
 * 2 for the third, with 1, 1 and 3 WARC_BADs where 6 were due. */
static void test_zstd_dictionary_size_damaged(void)
{
    ZSTD_CDict *cd = ZSTD_createCDict(dict_text, sizeof dict_text - 1, 3);
    if (!cd)
        abort();
    for (int needed = 0; needed < 2; needed++)
        for (int kind = 0; kind < 4; kind++) {
            bytes head = { 0 };
            skippable_frame_to(&head, 0xD, dict_text, sizeof dict_text - 1);
            uint64_t offsets[5];
            bytes z = sample_frames(&head, needed ? cd : NULL, offsets);
            uint32_t size = kind == 0   ? (uint32_t)z.len + 1000
                            : kind == 1 ? (uint32_t)9 << 20
                            : kind == 2 ? (uint32_t)(sizeof dict_text - 1 + (offsets[2] - offsets[0]) + 7)
                                        : (uint32_t)(sizeof dict_text - 1 + (offsets[2] - offsets[0]));
            for (int i = 0; i < 4; i++)
                z.p[4 + i] = (char)(size >> (8 * i));
            records_read got = read_all_records(&z, 0, NULL, 0);
            CHECK_INT(got.records, needed ? 0 : 5);
            CHECK_INT(got.bad, needed ? 6 : 1);
            CHECK_INT(got.cut, 0);
            free(z.p);
            free(head.p);
        }
    ZSTD_freeCDict(cd);
}

/* An extension frame (a skippable one) between two records whose size
 * field is damaged: larger by just the two frames after it, or past the
 * file's end. The frames it ran over are looked for in its bytes: every
 * record read, the frame told once. On h-zst the first lost two records
 * untold (3 records, no WARC_BAD), the second all four after it (1 record,
 * 1 WARC_BAD). */
static void test_zstd_skippable_size_damaged(void)
{
    for (int kind = 0; kind < 2; kind++) {
        uint64_t offsets[5];
        bytes frames = sample_frames(NULL, NULL, offsets), z = { 0 };
        put(&z, frames.p, (size_t)offsets[1]);
        size_t ext_at = z.len;
        skippable_frame_to(&z, 0x3, "extension: metadata", 19);
        put(&z, frames.p + offsets[1], frames.len - (size_t)offsets[1]);
        uint32_t size = kind == 0 ? (uint32_t)(19 + (offsets[3] - offsets[1]))
                                  : (uint32_t)frames.len + 1000;
        for (int i = 0; i < 4; i++)
            z.p[ext_at + 4 + i] = (char)(size >> (8 * i));
        records_read got = read_all_records(&z, 0, NULL, 0);
        CHECK_INT(got.records, 5);
        CHECK_INT(got.bad, 1);
        CHECK_INT(got.at, ext_at);
        CHECK(strstr(got.why_first, "skippable") != NULL);
        free(z.p);
        free(frames.p);
    }
    /* one whose size is right, holding a zstd frame (compressed
     * metadata): passed over, nothing told */
    uint64_t offsets[5];
    bytes frames = sample_frames(NULL, NULL, offsets), z = { 0 }, meta = { 0 };
    warc_frame_to(&meta, dict_text, sizeof dict_text - 1, NULL);
    put(&z, frames.p, (size_t)offsets[1]);
    skippable_frame_to(&z, 0x1, meta.p, meta.len);
    put(&z, frames.p + offsets[1], frames.len - (size_t)offsets[1]);
    records_read got = read_all_records(&z, 0, NULL, 0);
    CHECK_INT(got.records, 5);
    CHECK_INT(got.bad, 0);
    free(z.p);
    free(meta.p);
    free(frames.p);
}

/* Skippable frames that each claim the rest of the file (a skippable
 * frame header and an empty frame, again and again through 1 MiB): each
 * would have the rest of the file looked through again. What is read
 * again stays within the bytes read and REINFLATE_SLACK: a few of them
 * are told, the rest passed over as one, and the reading ends soon. */
static void test_zstd_skippable_claims_bounded(void)
{
    uint64_t offsets[5];
    bytes frames = sample_frames(NULL, NULL, offsets), empty = { 0 }, z = { 0 };
    warc_frame_to(&empty, "", 0, NULL);
    put(&z, frames.p, (size_t)offsets[1]);
    while (z.len < ((size_t)1 << 20)) {
        unsigned char h[8] = { 0x50, 0x2A, 0x4D, 0x18, 0xFF, 0xFF, 0x7F, 0x00 };
        put(&z, h, sizeof h);
        put(&z, empty.p, empty.len);
    }
    records_read got = read_all_records(&z, 0, NULL, 0);
    CHECK_INT(got.records, 1);
    CHECK(got.bad >= 1 && got.bad < 40);
    free(z.p);
    free(empty.p);
    free(frames.p);
}

/* A .warc.zst cut in the middle of a frame: the records before it are
 * read, the cut is told once (at the file's end, as a gzip file's), then
 * the end. */
static void test_zstd_cut_short(void)
{
    uint64_t offsets[5];
    bytes z = sample_frames(NULL, NULL, offsets);
    z.len = (size_t)(offsets[2] + (offsets[3] - offsets[2]) / 2);
    FILE *f;
    warc_reader *r = reader_of(&z, 0, &f);
    warc_record rec;
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.type, "warcinfo");
    CHECK_INT(warc_next(r, &rec), WARC_RECORD);
    CHECK_STR(rec.type, "request");
    CHECK_INT(warc_next(r, &rec), WARC_BAD);
    uint64_t at;
    CHECK(strstr(warc_reader_error(r, &at), "zstd data is cut short") != NULL);
    CHECK_INT(at, z.len);      /* where the file ends, as in a gzip file */
    CHECK_INT(warc_next(r, &rec), WARC_END);
    close_reader(r, f);
    free(z.p);
}

/* s[0..n) as one zstd frame without a dictionary (a coder). */
static void zstd_frame_to(bytes *b, const char *s, size_t n)
{
    warc_frame_to(b, s, n, NULL);
}

static bytes page_frame(const char *uri)
{
    return page_coded(uri, zstd_frame_to);
}

/* The bytes of a zstd frame's header (RFC 8878): the magic number, its
 * descriptor, the window descriptor, the dictionary ID and content size
 * fields the descriptor says are there. */
static size_t frame_header_len(const unsigned char *p)
{
    static const size_t did[] = { 0, 1, 2, 4 }, fcs[] = { 0, 2, 4, 8 };
    unsigned fhd = p[4], single = (fhd >> 5) & 1;
    size_t fcs_len = (fhd >> 6) == 0 ? single : fcs[fhd >> 6];
    return 5 + !single + did[fhd & 3] + fcs_len;
}

/* The damage of test_zstd_damaged_frame, by kind. */
static void damage_frame(bytes *z, bytes *frame, int damage)
{
    size_t block = frame_header_len((const unsigned char *)frame->p);
    if (damage == 0)
        frame->p[frame->len - 2] ^= 0x55;
    if (damage == 1)
        frame->p[block] |= 6;               /* Block_Type 3: reserved */
    if (damage == 2)
        frame->len = frame->len / 2;
    if (damage == 3)
        puts_b(z, "JUNK\r\n");
    if (damage == 4)
        frame->p[block + 1] = (char)0x7F;   /* Block_Size * 8 */
}

/* Three records, a zstd frame each, the second damaged in one of five
 * ways: its checksum wrong, its first block's type the reserved one, cut
 * in its middle (the third frame follows at once), bytes that are no zstd
 * frame before it, or its block's size made larger than the file (the
 * decoder waits for bytes that are the third frame's). The damage is told
 * once (a WARC_BAD), and the third record is read at its own offset. */
static void test_zstd_damaged_frame(void)
{
    for (int damage = 0; damage < 5; damage++) {
        records_read got = read_damaged(zstd_frame_to, damage_frame, damage);
        CHECK_INT(got.bad, 1);
        CHECK_INT(got.cut, 0);
        CHECK_INT(got.records, damage == 0 || damage == 3 ? 3 : 2);
        CHECK(strstr(got.why_first, damage == 3 ? "no zstd frame" : "zstd") != NULL);
    }
}

/* Junk: random bytes after zstd's magic number, or after the dictionary
 * frame's: each is read as a .warc.zst (the first is not taken for an
 * archive: its first block is no zstd data), and ends with one WARC_BAD
 * or a few that say zstd, and no record. */
static void test_zstd_junk(void)
{
    size_t n = 300 * 1024;
    char *junk = noise(n, 1);
    static const unsigned char magics[][4] = { { 0x28, 0xB5, 0x2F, 0xFD },
                                               { 0x5D, 0x2A, 0x4D, 0x18 } };
    for (int m = 0; m < 2; m++) {
        bytes z = { 0 };
        put(&z, magics[m], 4);
        put(&z, junk, n);
        CHECK(warc_looks_like_archive((const unsigned char *)z.p, z.len) == (m == 1));
        records_read got = read_all_records(&z, 0, NULL, 0);
        CHECK_INT(got.records, 0);
        CHECK(got.bad >= 1 && got.bad < 10);
        CHECK(strstr(got.why_first, "zstd") != NULL);
        free(z.p);
    }
    free(junk);
}

/* A zstd frame header written by hand (RFC 8878): no content size, no
 * checksum, no dictionary, a window of 2^window_log bytes. */
static void frame_header_to(bytes *b, int window_log)
{
    const unsigned char h[] = { 0x28, 0xB5, 0x2F, 0xFD, 0, (unsigned char)((window_log - 10) << 3) };
    put(b, h, sizeof h);
}

/* A block: Block_Type 0 (raw: the `n` bytes of s) or 1 (RLE: `n` times
 * the byte s[0]). */
static void block_to(bytes *b, int type, int last, const char *s, size_t n)
{
    uint32_t h = (uint32_t)(n << 3 | (size_t)type << 1 | (size_t)last);
    const unsigned char hb[] = { (unsigned char)h, (unsigned char)(h >> 8), (unsigned char)(h >> 16) };
    put(b, hb, 3);
    put(b, s, type == 1 ? 1 : n);
}

/* Bombs, between two good frames that are read: a frame asking for a 1 GiB
 * window (over the reader's bound, told as such, no memory taken for it),
 * and a record of 1 GiB in a frame of 32 KiB (RLE blocks), over the block
 * limit: passed over without being held, told, in a bounded time. */
static void test_zstd_bombs(void)
{
    static const char *uris[] = { "http://a.example/", "http://c.example/" };
    for (int bomb = 0; bomb < 2; bomb++) {
        bytes z = { 0 }, first = page_frame(uris[0]), last = page_frame(uris[1]);
        put(&z, first.p, first.len);
        char head[512];
        uint64_t block = (uint64_t)1 << 30;
        int len = snprintf(head, sizeof head,
                           "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://b.example/\r\n"
                           "Content-Type: text/html\r\nContent-Length: %llu\r\n\r\n",
                           (unsigned long long)block);
        if (bomb == 0) {
            frame_header_to(&z, 30);
            block_to(&z, 0, 1, head, (size_t)len);
        } else {
            frame_header_to(&z, 17);
            block_to(&z, 0, 0, head, (size_t)len);
            for (uint64_t k = 0; k < block >> 17; k++)
                block_to(&z, 1, 0, "a", (size_t)1 << 17);
            block_to(&z, 0, 1, "\r\n\r\n", 4);
            CHECK(z.len < 40000);
        }
        uint64_t third = z.len;
        put(&z, last.p, last.len);
        records_read got = read_all_records(&z, (size_t)1 << 20, uris[1], third);
        CHECK(got.uri_read);
        CHECK_INT(got.records, 2);
        CHECK_INT(got.bad, 1);
        CHECK(strstr(got.why_first, bomb == 0 ? "window over 8 MiB" : "over the limit") != NULL);
        free(first.p);
        free(last.p);
        free(z.p);
    }
}
#endif

/* ---------------------------------------------------------------- shared */

/* Every archive of ../shared/data/warc (real files from a WARC library's
 * tests, good and broken) is read to its end; the plain example holds its
 * six records, the one HTML response among them. */
static void test_shared_archives(const char *dir)
{
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    if (!d)
        return;
    int files = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.' || strncmp(e->d_name, "LICENSE", 7) == 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        CHECK(f != NULL);
        if (!f)
            continue;
        files++;
        warc_reader *r = warc_reader_new(f, 0);
        warc_record rec;
        int records = 0, responses = 0, steps = 0;
        for (warc_result res; (res = warc_next(r, &rec)) != WARC_END && steps < 10000; steps++) {
            records++;
            http_response h;
            if (res == WARC_RECORD && strcmp(rec.type, "response") == 0 &&
                http_read_response(rec.block, rec.block_len, &h) == 0 && h.status == 200 &&
                strcmp(h.mime, "text/html") == 0)
                responses++;
        }
        CHECK(steps < 10000);
        if (strcmp(e->d_name, "example.warc") == 0) {
            CHECK_INT(records, 6);
            CHECK_INT(responses, 1);
        }
        warc_reader_free(r);
        fclose(f);
    }
    closedir(d);
    CHECK(files >= 10);
}

int main(int argc, char **argv)
{
    RUN(test_plain_warc);
    RUN(test_bytes_given_back);
    RUN(test_gzip_warc);
    RUN(test_damaged_records_are_passed_over);
    RUN(test_header_cut_before_the_next);
    RUN(test_gzip_cut_short);
    RUN(test_broken_member_passed_over);
    RUN(test_cut_member_takes_none_after_it);
    RUN(test_cut_member_too_long_to_search_is_told);
    RUN(test_unheld_member_looked_past_at_an_edge);
    RUN(test_overlapping_members_inflated_again_boundedly);
    RUN(test_header_across_input_chunks);
    RUN(test_match_before_member_start);
    RUN(test_broken_members_in_a_row);
    RUN(test_cut_member_gives_no_record_twice);
    RUN(test_cut_record_naming_the_format_is_given);
    RUN(test_copies_of_the_next_member_are_not_given);
    RUN(test_member_cut_after_its_own_records);
    RUN(test_block_completed_by_a_copy);
    RUN(test_gzip_page_in_a_cut_member);
    RUN(test_stored_archive_near_a_cut);
    RUN(test_next_member_with_a_tail);
    RUN(test_copy_at_a_record_start);
    RUN(test_record_at_a_member_start_after_a_page);
    RUN(test_same_record_in_two_members_is_given_twice);
    RUN(test_offsets_in_a_run_of_members);
    RUN(test_partial_codings);
    RUN(test_gzip_members);
    RUN(test_distance_too_far_back);
    RUN(test_arc_versions);
    RUN(test_http_header);
    RUN(test_page_as_served);
    RUN(test_http_codings);
#ifdef MT_TEST_BROTLI
    RUN(test_brotli_bodies);
#endif
#ifdef MT_TEST_ZSTD
    RUN(test_zstd_bodies);
    RUN(test_zstd_warc);
    RUN(test_zstd_dictionary);
    RUN(test_zstd_dictionary_refused);
    RUN(test_zstd_dictionary_size_damaged);
    RUN(test_zstd_skippable_size_damaged);
    RUN(test_zstd_skippable_claims_bounded);
    RUN(test_zstd_cut_short);
    RUN(test_zstd_damaged_frame);
    RUN(test_zstd_junk);
    RUN(test_zstd_bombs);
#endif
    if (argc > 1) {
        DIR *d = opendir(argv[1]);
        if (d) {
            closedir(d);
            harness_current = "test_shared_archives";
            test_shared_archives(argv[1]);
        } else {
            printf("no %s: the shared archives are not read\n", argv[1]);
        }
    }
    return harness_finish();
}
