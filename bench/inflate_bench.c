/* inflate_bench.c -- the archive reader's inflater (warc/gunzip.c: ISA-L's
 * where the build found it) and zlib's side by side, in one process,
 * alternating round by round. The pages are compressed first, each as a
 * gzip member of its own (zlib, level 6), as a web archive holds its
 * records; both inflate every member and must give back every byte.
 * Prints, as its last line:
 *
 *   inflate: reader A MB/s, zlib B MB/s, ratio R.RRx (INFLATER)
 *
 * A and B are medians over the rounds, in MB of inflated output; INFLATER
 * names the reader's (gunzip_inflater). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "bench_util.h"
#include "gunzip.h"

#define DEFAULT_ROUNDS 5

typedef struct archive {
    unsigned char *data;
    size_t len;
    size_t inflated;    /* bytes of the pages */
} archive;

/* Appends page `p` to `a` as one gzip member; 0 or -1. */
static int add_member(archive *a, size_t *cap, const bench_page *p)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    size_t bound = deflateBound(&z, (uLong)p->len);
    if (a->len + bound > *cap) {
        size_t c = (*cap + bound) * 2;
        unsigned char *d = realloc(a->data, c);
        if (!d) {
            deflateEnd(&z);
            return -1;
        }
        a->data = d;
        *cap = c;
    }
    z.next_in = (unsigned char *)p->data;
    z.avail_in = (uInt)p->len;
    z.next_out = a->data + a->len;
    z.avail_out = (uInt)bound;
    int rc = deflate(&z, Z_FINISH);
    a->len += bound - z.avail_out;
    a->inflated += p->len;
    deflateEnd(&z);
    return rc == Z_STREAM_END ? 0 : -1;
}

/* Every member of the archive through the reader's inflater, into out
 * (room for the largest page); the bytes made, or 0 on a failure. */
static size_t inflate_reader(const archive *a, unsigned char *out, size_t room)
{
    gunzip *g = gunzip_new();
    if (!g)
        return 0;
    size_t pos = 0, made_all = 0;
    while (pos < a->len) {
        gunzip_restart(g);
        gunzip_status st;
        do {
            size_t used, made;
            const char *why;
            st = gunzip_step(g, a->data + pos, a->len - pos, &used, out, room, &made, &why);
            pos += used;
            made_all += made;
        } while (st == GUNZIP_MORE && pos < a->len);
        if (st != GUNZIP_END) {
            made_all = 0;
            break;
        }
    }
    gunzip_free(g);
    return made_all;
}

/* The same with zlib's inflate, as a reader without the reader's would. */
static size_t inflate_zlib(const archive *a, unsigned char *out, size_t room)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return 0;
    size_t pos = 0, made_all = 0;
    while (pos < a->len) {
        inflateReset(&z);
        int rc;
        do {
            z.next_in = a->data + pos;
            z.avail_in = (uInt)(a->len - pos);
            z.next_out = out;
            z.avail_out = (uInt)room;
            rc = inflate(&z, Z_NO_FLUSH);
            pos = a->len - z.avail_in;
            made_all += room - z.avail_out;
        } while (rc == Z_OK && pos < a->len);
        if (rc != Z_STREAM_END) {
            made_all = 0;
            break;
        }
    }
    inflateEnd(&z);
    return made_all;
}

/* Times both inflaters over the archive, `rounds` times; 0, or 2 when
 * they do not give back every byte. */
static int time_rounds(const archive *a, size_t count, size_t largest, int rounds,
                       unsigned char *out, double *ours, double *theirs)
{
    double mb = (double)a->inflated / 1e6;
    printf("inflate-bench: %zu members, %.1f MB compressed to %.1f MB, %d rounds\n", count, mb,
           (double)a->len / 1e6, rounds);
    for (int r = 0; r < rounds; r++) {
        double t0 = bench_now();
        size_t n1 = inflate_reader(a, out, largest);
        double t1 = bench_now();
        size_t n2 = inflate_zlib(a, out, largest);
        double t2 = bench_now();
        if (n1 != a->inflated || n2 != a->inflated) {
            fprintf(stderr, "inflate-bench: %zu and %zu bytes inflated of %zu\n", n1, n2,
                    a->inflated);
            return 2;
        }
        ours[r] = mb / (t1 - t0);
        theirs[r] = mb / (t2 - t1);
        printf("round %d: reader %.1f MB/s, zlib %.1f MB/s\n", r + 1, ours[r], theirs[r]);
        fflush(stdout);
    }
    double x = bench_median(ours, rounds), y = bench_median(theirs, rounds);
    printf("inflate: reader %.1f MB/s, zlib %.1f MB/s, ratio %.2fx (%s)\n", x, y, x / y,
           gunzip_inflater());
    return 0;
}

int main(int argc, char **argv)
{
    int rounds;
    bench_pages pages;
    if (bench_setup(argc, argv, "inflate-bench", DEFAULT_ROUNDS, &pages, &rounds) != 0)
        return 2;
    int status = 2;
    archive a = { NULL, 0, 0 };
    size_t cap = 0, largest = 1;
    unsigned char *out = NULL;
    double *ours = NULL, *theirs = NULL;
    for (size_t i = 0; i < pages.count; i++) {
        if (add_member(&a, &cap, &pages.items[i]) != 0) {
            fprintf(stderr, "inflate-bench: cannot compress %s\n", pages.items[i].path);
            goto done;
        }
        if (pages.items[i].len > largest)
            largest = pages.items[i].len;
    }
    out = malloc(largest);
    ours = calloc((size_t)rounds, sizeof *ours);
    theirs = calloc((size_t)rounds, sizeof *theirs);
    if (!out || !ours || !theirs) {
        fprintf(stderr, "inflate-bench: out of memory\n");
        goto done;
    }
    status = time_rounds(&a, pages.count, largest, rounds, out, ours, theirs);
done:
    free(out);
    free(ours);
    free(theirs);
    free(a.data);
    bench_free_pages(&pages);
    return status;
}
