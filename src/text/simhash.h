/* simhash.h -- a 64-bit fingerprint of a text that texts differing in a
 * few words share all but a few bits of (Charikar's SimHash).
 *
 * The text is read as words (letters and digits of spaced scripts, folded
 * to small letters as mt_text_fold_word in text/fold.h folds them; each
 * character of a script written without spaces is a word of its own), and every run of three words in a row
 * (a shingle) votes for the bits of its 64-bit hash: a bit of the
 * fingerprint is set when more shingles have it set than not. Changing a
 * word changes three shingles, so two versions of a page (another date
 * line, a corrected typo) differ in a few of the 64 bits, and unrelated
 * texts in about half of them. Punctuation, case and white space do not
 * count. Nothing is allocated. */
#ifndef MT_TEXT_SIMHASH_H
#define MT_TEXT_SIMHASH_H

#include <stddef.h>
#include <stdint.h>

typedef struct mt_simhash {
    /* the hashes of the shingles not yet counted, sixteen at most */
    uint64_t pending[16];
    uint32_t npending;
    /* how many of the shingles counted had each bit set: planes[k] holds
     * bit k of each count below sixteen (a carry-save counter), lanes[k]
     * the sixteens for bits 8k..8k+7, a byte each (byte j for bit 8k+j),
     * added to `set` before a byte can overflow */
    uint64_t planes[4];
    uint64_t lanes[8];
    uint32_t in_lanes;        /* sixteens counted in the lanes since */
    uint32_t set[64];         /* shingles with each bit set, lanes, planes and pending apart */
    size_t shingles;
    uint64_t before[2];       /* the hashes of the last two words, the latest first */
    uint64_t word;            /* the hash of the word being read */
    size_t words;             /* words read */
    int in_word;
} mt_simhash;

void mt_simhash_init(mt_simhash *h);

/* Reads s[0..len) (UTF-8; ill-formed bytes stand apart as U+FFFD). The
 * pieces of a text are read one after another, shingles running across
 * them; a word ends with its piece. */
void mt_simhash_add(mt_simhash *h, const char *s, size_t len);

/* The fingerprint of what was read: 0 when it held no word. It ends the
 * reading (the last shingles are counted then): asked once, and h is
 * initialised again (mt_simhash_init) before it reads another text. */
uint64_t mt_simhash_end(mt_simhash *h);

#endif
