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

/* Adds the byte lanes' counts, sixteens of shingles, to the totals and
 * empties them. */
static void flush_lanes(mt_simhash *h)
{
    for (int k = 0; k < 8; k++) {
        for (int j = 0; j < 8; j++)
            h->set[8 * k + j] += 16 * (uint32_t)((h->lanes[k] >> (8 * j)) & 0xFF);
        h->lanes[k] = 0;
    }
    h->in_lanes = 0;
}

#ifdef MT_SIMD16
/* Adds one to each byte of a lane pair whose bit is set in `bytes` (byte
 * j of each eight a copy of the byte that holds bit j). */
static inline void count_pair(uint64_t *pair, __m128i bytes)
{
    const __m128i bit = _mm_set1_epi64x((long long)0x8040201008040201ull);
    __m128i set = _mm_cmpeq_epi8(_mm_and_si128(bytes, bit), bit);   /* 0xFF = -1 a bit set */
    __m128i *at = (__m128i *)(void *)pair;
    _mm_storeu_si128(at, _mm_sub_epi8(_mm_loadu_si128(at), set));
}

/* Counts the set bits of s in the lanes, sixteen at a compare: byte k of
 * s is copied to the eight bytes of its bits (8k..8k+7, as the lanes hold
 * them in memory), and each byte tested against its own bit. Written out
 * pair by pair: as a loop, -O2 kept the copies in memory and the index
 * arithmetic, three times the instructions. */
static void count_bits(uint64_t lanes[8], uint64_t s)
{
    __m128i pairs = _mm_set1_epi64x((long long)s);
    pairs = _mm_unpacklo_epi8(pairs, pairs);                  /* b0 b0 b1 b1 .. b7 b7 */
    __m128i low = _mm_unpacklo_epi16(pairs, pairs);           /* b0 x4 .. b3 x4 */
    __m128i high = _mm_unpackhi_epi16(pairs, pairs);          /* b4 x4 .. b7 x4 */
    count_pair(lanes, _mm_unpacklo_epi32(low, low));
    count_pair(lanes + 2, _mm_unpackhi_epi32(low, low));
    count_pair(lanes + 4, _mm_unpacklo_epi32(high, high));
    count_pair(lanes + 6, _mm_unpackhi_epi32(high, high));
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

/* The carry-save counter of the shingles' bits below sixteen (planes[k]:
 * bit k of each count), as locals while sixteen hashes are added. */
typedef struct planes {
    uint64_t ones, twos, fours, eights;
} planes;

/* A full adder on 64 bits at once: *sum gets a ^ b ^ c, and the carry,
 * of twice the weight, is returned. */
static inline uint64_t add3(uint64_t *sum, uint64_t b, uint64_t c)
{
    uint64_t a = *sum, u = a ^ b;
    *sum = u ^ c;
    return (a & b) | (u & c);
}

/* Adds four hashes to ones and twos; returns the carry into the fours. */
static inline uint64_t add_four(planes *p, const uint64_t *d)
{
    uint64_t twos_a = add3(&p->ones, d[0], d[1]);
    uint64_t twos_b = add3(&p->ones, d[2], d[3]);
    return add3(&p->twos, twos_a, twos_b);
}

/* Adds eight hashes; returns the carry into the eights. */
static inline uint64_t add_eight(planes *p, const uint64_t *d)
{
    uint64_t fours_a = add_four(p, d);
    uint64_t fours_b = add_four(p, d + 4);
    return add3(&p->fours, fours_a, fours_b);
}

/* Counts the sixteen pending hashes, Harley and Seal's way: a tree of full
 * adders sums them bit by bit into the planes, and only its carry out,
 * a sixteen, goes to the byte lanes. Counting each hash in the lanes took
 * some forty instructions; this, five a hash and three for the lanes. */
static void count_pending(mt_simhash *h)
{
    planes p = { h->planes[0], h->planes[1], h->planes[2], h->planes[3] };
    uint64_t eights_a = add_eight(&p, h->pending);
    uint64_t eights_b = add_eight(&p, h->pending + 8);
    count_bits(h->lanes, add3(&p.eights, eights_a, eights_b));
    h->planes[0] = p.ones;
    h->planes[1] = p.twos;
    h->planes[2] = p.fours;
    h->planes[3] = p.eights;
    h->npending = 0;
    if (++h->in_lanes == 255)
        flush_lanes(h);
}

/* Adds what the planes and the pending hashes hold to the totals, at the
 * end: bit by bit, once a text. */
static void flush_rest(mt_simhash *h)
{
    for (int bit = 0; bit < 64; bit++) {
        uint32_t n = 0;
        for (int k = 0; k < 4; k++)
            n += (uint32_t)((h->planes[k] >> bit) & 1) << k;
        for (uint32_t i = 0; i < h->npending; i++)
            n += (uint32_t)((h->pending[i] >> bit) & 1);
        h->set[bit] += n;
    }
}

/* The shingle of words a, b, c (in reading order) votes for its bits:
 * its hash waits with the others to be counted. */
static void vote(mt_simhash *h, uint64_t a, uint64_t b, uint64_t c)
{
    /* each word in its place: multiplied by an odd constant of its own */
    h->pending[h->npending] = mix(a * 0x9e3779b97f4a7c15ull ^ b * 0xc2b2ae3d27d4eb4full ^ c);
    h->shingles++;
    if (++h->npending == 16)
        count_pending(h);
}

/* The words being read, copied out of the mt_simhash for one
 * mt_simhash_add and back: as locals they stay in registers, where
 * through h each vote's stores to the lanes (uint64_t like them) made the
 * compiler load them again. */
typedef struct word_state {
    uint64_t word;          /* the hash of the word being read */
    uint64_t before[2];     /* the hashes of the last two words, the latest first */
    size_t words;
    int in_word;
} word_state;

static void end_word(mt_simhash *h, word_state *ws)
{
    if (!ws->in_word)
        return;
    ws->in_word = 0;
    uint64_t w = ws->word;
    if (++ws->words >= 3)
        vote(h, ws->before[1], ws->before[0], w);
    ws->before[1] = ws->before[0];
    ws->before[0] = w;
}

/* The hash of the word being read, a new one begun if none is. */
static uint64_t word_so_far(word_state *ws)
{
    if (!ws->in_word) {
        ws->in_word = 1;
        ws->word = WORD_START;
    }
    return ws->word;
}

static void add_to_word(word_state *ws, uint32_t cp)
{
    ws->word = (word_so_far(ws) ^ cp) * WORD_PRIME;
}

/* What each ASCII letter and digit adds to a word's hash -- a capital
 * its small letter -- and 0 for every other byte: one load says both
 * whether a byte goes on the word and what it adds, where two range tests
 * and a third for the case took a dozen instructions a byte. */
#define SAME(c) [c] = c
#define SMALL(c) [c] = (c) | 0x20
static const unsigned char word_byte[256] = {
    SAME('0'), SAME('1'), SAME('2'), SAME('3'), SAME('4'), SAME('5'), SAME('6'), SAME('7'),
    SAME('8'), SAME('9'),
    SMALL('A'), SMALL('B'), SMALL('C'), SMALL('D'), SMALL('E'), SMALL('F'), SMALL('G'),
    SMALL('H'), SMALL('I'), SMALL('J'), SMALL('K'), SMALL('L'), SMALL('M'), SMALL('N'),
    SMALL('O'), SMALL('P'), SMALL('Q'), SMALL('R'), SMALL('S'), SMALL('T'), SMALL('U'),
    SMALL('V'), SMALL('W'), SMALL('X'), SMALL('Y'), SMALL('Z'),
    SAME('a'), SAME('b'), SAME('c'), SAME('d'), SAME('e'), SAME('f'), SAME('g'), SAME('h'),
    SAME('i'), SAME('j'), SAME('k'), SAME('l'), SAME('m'), SAME('n'), SAME('o'), SAME('p'),
    SAME('q'), SAME('r'), SAME('s'), SAME('t'), SAME('u'), SAME('v'), SAME('w'), SAME('x'),
    SAME('y'), SAME('z'),
};
#undef SAME
#undef SMALL

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
    word_state ws = { h->word, { h->before[0], h->before[1] }, h->words, h->in_word };
    while (p < end) {
        uint32_t cp = (unsigned char)*p;
        size_t n = 1;
        mt_word_role role;
        unsigned folded = word_byte[cp];
        if (folded) {
            /* a run of ASCII letters and digits, the most of most texts:
             * hashed in a tight loop */
            uint64_t w = word_so_far(&ws);
            do {
                w = (w ^ folded) * WORD_PRIME;
                folded = ++p < end ? word_byte[(unsigned char)*p] : 0;
            } while (folded);
            ws.word = w;
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
            add_to_word(&ws, cp);
            break;
        case MT_WORD_ALONE:
            end_word(h, &ws);
            add_to_word(&ws, cp);
            end_word(h, &ws);
            break;
        case MT_WORD_IGNORED:
            break;
        case MT_WORD_BREAK:
            end_word(h, &ws);
            break;
        }
    }
    end_word(h, &ws);
    h->word = ws.word;
    h->before[0] = ws.before[0];
    h->before[1] = ws.before[1];
    h->words = ws.words;
    h->in_word = ws.in_word;
}

uint64_t mt_simhash_end(mt_simhash *h)
{
    /* a text of one or two words is its one shingle */
    if (h->words == 1 || h->words == 2)
        vote(h, h->words == 2 ? h->before[1] : 0, 0, h->before[0]);
    if (!h->words)
        return 0;
    flush_lanes(h);
    flush_rest(h);
    /* a bit is set when more than half of the shingles had it */
    uint64_t f = 0;
    for (int bit = 0; bit < 64; bit++)
        f |= (uint64_t)(2 * (uint64_t)h->set[bit] > h->shingles) << bit;
    return f;
}
