/* dedup.c -- fingerprints of main texts and the set of those seen (see
 * dedup.h). */
#include <stdlib.h>
#include <string.h>
#include "dedup.h"

/* Two lanes, each an FNV-1a step with a multiplier of its own, mixed at
 * the end (the finaliser MurmurHash3 describes): 128 bits, because a
 * chance collision would drop a page, and among billions of pages 64 bits
 * would make one likely. Not meant to resist a page made to collide. */
#define LANE_A_START 0xcbf29ce484222325u   /* FNV-1a 64's offset basis */
#define LANE_A_PRIME 0x00000100000001b3u   /* FNV-1a 64's prime */
#define LANE_B_START 0x84222325cbf29ce4u
#define LANE_B_PRIME 0x9e3779b97f4a7c15u   /* odd: a step loses no bits */

static void add_bytes(cli_fingerprint *h, const char *s, size_t n)
{
    uint64_t a = h->hi, b = h->lo;
    for (size_t i = 0; i < n; i++) {
        uint64_t c = (unsigned char)s[i];
        a = (a ^ c) * LANE_A_PRIME;
        b = (b ^ c) * LANE_B_PRIME;
    }
    h->hi = a;
    h->lo = b;
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdu;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53u;
    return x ^ (x >> 33);
}

cli_fingerprint cli_text_fingerprint(const mt_result *res)
{
    cli_fingerprint h = { LANE_A_START, LANE_B_START };
    for (size_t i = 0; i < res->nblocks; i++) {
        add_bytes(&h, res->blocks[i].text, res->blocks[i].text_len);
        add_bytes(&h, "\n", 1);
    }
    /* each lane mixed with the other too, so that both depend on all */
    return (cli_fingerprint){ mix(h.hi ^ (h.lo >> 1)), mix(h.lo ^ (h.hi << 1)) };
}

/* An empty slot holds {0, 0}; a fingerprint that is {0, 0} (no real text
 * makes one but by chance) is stored as {0, 1}. */
static cli_fingerprint stored(cli_fingerprint fp)
{
    if (!fp.hi && !fp.lo)
        fp.lo = 1;
    return fp;
}

static int is_empty(const cli_fingerprint *s)
{
    return !s->hi && !s->lo;
}

/* The slot of `fp` in a table of `cap` slots: its own, or the empty one
 * where it would go (linear probing; the table is never full). */
static cli_fingerprint *slot_of(cli_fingerprint *slots, size_t cap, cli_fingerprint fp)
{
    size_t i = (size_t)fp.lo & (cap - 1);
    while (!is_empty(&slots[i]) && (slots[i].hi != fp.hi || slots[i].lo != fp.lo))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

/* Doubles the table (from 1,024 slots), keeping it at most half full. */
static int grow(cli_seen_texts *set)
{
    size_t cap = set->cap ? set->cap * 2 : 1024;
    if (cap < set->cap || cap > SIZE_MAX / sizeof *set->slots)
        return -1;
    cli_fingerprint *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < set->cap; i++)
        if (!is_empty(&set->slots[i]))
            *slot_of(slots, cap, set->slots[i]) = set->slots[i];
    free(set->slots);
    set->slots = slots;
    set->cap = cap;
    return 0;
}

int cli_seen_add(cli_seen_texts *set, cli_fingerprint fp)
{
    fp = stored(fp);
    if (set->cap) {
        cli_fingerprint *s = slot_of(set->slots, set->cap, fp);
        if (!is_empty(s))
            return 1;
    }
    if ((set->count + 1) * 2 > set->cap && grow(set) != 0)
        return -1;
    *slot_of(set->slots, set->cap, fp) = fp;
    set->count++;
    return 0;
}

void cli_seen_free(cli_seen_texts *set)
{
    free(set->slots);
    memset(set, 0, sizeof *set);
}

/* ================================================================ near texts */

#define QUARTERS 4
#define QUARTER_VALUES 65536u

static unsigned quarter(uint64_t fp, unsigned q)
{
    return (unsigned)(fp >> (16 * q)) & 0xFFFF;
}

int cli_near_has(const cli_near_texts *set, uint64_t fp)
{
    if (!set->heads)
        return 0;
    for (unsigned q = 0; q < QUARTERS; q++) {
        uint32_t e = set->heads[q * QUARTER_VALUES + quarter(fp, q)];
        for (size_t walked = 0; e && walked < CLI_NEAR_WALK; walked++) {
            if (__builtin_popcountll(set->prints[e - 1] ^ fp) <= CLI_NEAR_BITS)
                return 1;
            e = set->next[(e - 1) * QUARTERS + q];
        }
    }
    return 0;
}

/* Room for one more entry: the arrays doubled (from 1,024). */
static int near_room(cli_near_texts *set)
{
    if (!set->heads) {
        set->heads = calloc((size_t)QUARTERS * QUARTER_VALUES, sizeof *set->heads);
        if (!set->heads)
            return -1;
    }
    if (set->count < set->cap)
        return 0;
    size_t cap = set->cap ? set->cap * 2 : 1024;
    if (cap >= UINT32_MAX || cap > SIZE_MAX / (QUARTERS * sizeof *set->next))
        return -1;
    uint64_t *prints = realloc(set->prints, cap * sizeof *prints);
    if (!prints)
        return -1;
    set->prints = prints;
    uint32_t *next = realloc(set->next, cap * QUARTERS * sizeof *next);
    if (!next)
        return -1;
    set->next = next;
    set->cap = cap;
    return 0;
}

int cli_near_add(cli_near_texts *set, uint64_t fp)
{
    if (near_room(set) != 0)
        return -1;
    size_t e = set->count++;
    set->prints[e] = fp;
    for (unsigned q = 0; q < QUARTERS; q++) {
        uint32_t *head = &set->heads[q * QUARTER_VALUES + quarter(fp, q)];
        set->next[e * QUARTERS + q] = *head;
        *head = (uint32_t)(e + 1);
    }
    return 0;
}

void cli_near_free(cli_near_texts *set)
{
    free(set->heads);
    free(set->prints);
    free(set->next);
    memset(set, 0, sizeof *set);
}
