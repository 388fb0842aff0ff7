/* simhash.c -- the SimHash fingerprint of a text (see simhash.h). */
#include "text/simhash.h"
#include "text/metrics.h"
#include "util/utf8.h"

/* 64-bit FNV-1a, over the code points of a word (one step each). */
#define WORD_START 0xcbf29ce484222325ull
#define WORD_PRIME 0x100000001b3ull

/* A full-avalanche mix of 64 bits (the finaliser of splitmix64): FNV's low
 * bits are weak, and a shingle's bits must each be a fair coin. */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

void mt_simhash_init(mt_simhash *h)
{
    *h = (mt_simhash){ 0 };
}

/* The eight bits of b, one in the low bit of each byte (bit j in byte j):
 * a multiply puts bit j of the seven low ones at bit 8j with nothing
 * carried (only bits 0 and 7 of neighbouring copies would meet), and bit 7
 * is moved apart. */
static uint64_t spread_bits(uint64_t b)
{
    return (((b & 0x7F) * 0x0002040810204081ull) & 0x0101010101010101ull) | ((b >> 7) << 56);
}

/* Adds the byte lanes' counts to the totals and empties them. */
static void flush_lanes(mt_simhash *h)
{
    for (int k = 0; k < 8; k++) {
        for (int j = 0; j < 8; j++)
            h->set[8 * k + j] += (uint32_t)((h->lanes[k] >> (8 * j)) & 0xFF);
        h->lanes[k] = 0;
    }
    h->in_lanes = 0;
}

/* The shingle of words a, b, c (in reading order) votes for its bits:
 * each set bit is counted in its byte lane, eight bits an addition. */
static void vote(mt_simhash *h, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t s = mix(mix(mix(a) ^ b) ^ c);
    for (int k = 0; k < 8; k++)
        h->lanes[k] += spread_bits((s >> (8 * k)) & 0xFF);
    h->shingles++;
    if (++h->in_lanes == 255)
        flush_lanes(h);
}

static void end_word(mt_simhash *h)
{
    if (!h->in_word)
        return;
    h->in_word = 0;
    uint64_t w = h->word;
    if (++h->words >= 3)
        vote(h, h->before[1], h->before[0], w);
    h->before[1] = h->before[0];
    h->before[0] = w;
}

static void add_to_word(mt_simhash *h, uint32_t cp)
{
    if (!h->in_word) {
        h->in_word = 1;
        h->word = WORD_START;
    }
    h->word = (h->word ^ cp) * WORD_PRIME;
}

void mt_simhash_add(mt_simhash *h, const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    while (p < end) {
        uint32_t cp = (unsigned char)*p;
        size_t n = 1;
        if (cp >= 0x80)
            cp = mt_utf8_decode(p, end, &n);
        else if (cp >= 'A' && cp <= 'Z')
            cp |= 0x20;
        p += n;
        switch (mt_text_word_role(cp)) {
        case MT_WORD_PART:
            add_to_word(h, cp);
            break;
        case MT_WORD_ALONE:
            end_word(h);
            add_to_word(h, cp);
            end_word(h);
            break;
        case MT_WORD_IGNORED:
            break;
        case MT_WORD_BREAK:
            end_word(h);
            break;
        }
    }
    end_word(h);
}

uint64_t mt_simhash_end(mt_simhash *h)
{
    /* a text of one or two words is its one shingle */
    if (h->words == 1 || h->words == 2)
        vote(h, h->words == 2 ? h->before[1] : 0, 0, h->before[0]);
    if (!h->words)
        return 0;
    flush_lanes(h);
    /* a bit is set when more than half of the shingles had it */
    uint64_t f = 0;
    for (int bit = 0; bit < 64; bit++)
        f |= (uint64_t)(2 * (uint64_t)h->set[bit] > h->shingles) << bit;
    return f;
}
