/* simhash.c -- the SimHash fingerprint of a text (see simhash.h). */
#include "text/simhash.h"
#include "text/fold.h"
#include "text/metrics.h"
#include "util/ascii.h"
#include "util/simd16.h"
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

#ifdef MT_SIMD16
/* Counts the set bits of s in the lanes, sixteen at a compare: byte k of
 * s is copied to the eight bytes of its bits (8k..8k+7, as the lanes hold
 * them in memory), and each byte tested against its own bit. */
static void count_bits(uint64_t lanes[8], uint64_t s)
{
    const __m128i bit = _mm_set1_epi64x((long long)0x8040201008040201ull);
    __m128i pairs = _mm_set1_epi64x((long long)s);
    pairs = _mm_unpacklo_epi8(pairs, pairs);                  /* b0 b0 b1 b1 .. b7 b7 */
    __m128i quads[2] = { _mm_unpacklo_epi16(pairs, pairs), _mm_unpackhi_epi16(pairs, pairs) };
    for (int i = 0; i < 4; i++) {
        __m128i quad = quads[i / 2];
        __m128i bytes = i % 2 ? _mm_unpackhi_epi32(quad, quad) : _mm_unpacklo_epi32(quad, quad);
        __m128i set = _mm_cmpeq_epi8(_mm_and_si128(bytes, bit), bit);   /* 0xFF = -1 a bit set */
        __m128i *at = (__m128i *)(void *)(lanes + 2 * i);
        _mm_storeu_si128(at, _mm_sub_epi8(_mm_loadu_si128(at), set));
    }
}
#else
/* The eight bits of b, one in the low bit of each byte (bit j in byte j):
 * a multiply puts bit j of the seven low ones at bit 8j with nothing
 * carried (only bits 0 and 7 of neighbouring copies would meet), and bit 7
 * is moved apart. */
static uint64_t spread_bits(uint64_t b)
{
    return (((b & 0x7F) * 0x0002040810204081ull) & 0x0101010101010101ull) | ((b >> 7) << 56);
}

static void count_bits(uint64_t lanes[8], uint64_t s)
{
    for (int k = 0; k < 8; k++)
        lanes[k] += spread_bits((s >> (8 * k)) & 0xFF);
}
#endif

/* The shingle of words a, b, c (in reading order) votes for its bits:
 * each set bit is counted in its byte lane. */
static void vote(mt_simhash *h, uint64_t a, uint64_t b, uint64_t c)
{
    /* each word in its place: multiplied by an odd constant of its own */
    count_bits(h->lanes, mix(a * 0x9e3779b97f4a7c15ull ^ b * 0xc2b2ae3d27d4eb4full ^ c));
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

/* The hash of the word being read, a new one begun if none is. */
static uint64_t word_so_far(mt_simhash *h)
{
    if (!h->in_word) {
        h->in_word = 1;
        h->word = WORD_START;
    }
    return h->word;
}

static void add_to_word(mt_simhash *h, uint32_t cp)
{
    h->word = (word_so_far(h) ^ cp) * WORD_PRIME;
}

/* The role of an ASCII byte that is no letter or digit, as
 * mt_text_word_role gives it, without the call: control characters other
 * than white space are passed over (metrics.c's C_IGNORE), the rest parts
 * words. */
static mt_word_role ascii_sign_role(unsigned char c)
{
    return (c < 0x20 && !mt_ascii_is_space(c)) || c == 0x7F ? MT_WORD_IGNORED : MT_WORD_BREAK;
}

void mt_simhash_add(mt_simhash *h, const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    while (p < end) {
        uint32_t cp = (unsigned char)*p;
        size_t n = 1;
        mt_word_role role;
        if (mt_ascii_is_alnum((unsigned char)cp)) {
            /* a run of ASCII letters and digits, the most of most texts:
             * hashed in a tight loop */
            uint64_t w = word_so_far(h);
            do {
                w = (w ^ (cp | (uint32_t)mt_ascii_is_upper((unsigned char)cp) << 5)) * WORD_PRIME;
                cp = ++p < end ? (unsigned char)*p : 0;
            } while (mt_ascii_is_alnum((unsigned char)cp));
            h->word = w;
            continue;
        }
        if (cp < 0x80) {
            role = ascii_sign_role((unsigned char)cp);
        } else {
            cp = mt_utf8_decode(p, end, &n);
            role = mt_text_word_role(cp);
            cp = mt_text_fold_word(cp);
        }
        p += n;
        switch (role) {
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
