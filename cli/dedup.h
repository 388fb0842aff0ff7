/* dedup.h -- --dedup: pages whose main text an earlier page of the run had
 * are left out (and with --dedup-near, those whose text nearly equals an
 * earlier one's). What makes two texts the same is a 128-bit fingerprint of
 * the blocks' texts; the run keeps the fingerprints it has seen in a set
 * that the writer alone uses, in the inputs' order, so the first page of
 * a text is the one written however many threads extract. */
#ifndef MT_CLI_DEDUP_H
#define MT_CLI_DEDUP_H

#include <stddef.h>
#include <stdint.h>
#include "maintext.h"

typedef struct cli_fingerprint {
    uint64_t hi, lo;
} cli_fingerprint;

/* The fingerprint of a result's main text: every block's text, each
 * followed by a line end (comments and metadata are no part of it). */
cli_fingerprint cli_text_fingerprint(const mt_result *res);

/* The fingerprints seen so far: a set that grows as needed (16 bytes a
 * slot, at most half of them used: 32 to 64 bytes a page, 96 while it
 * grows). Zeroed, it is empty. */
typedef struct cli_seen_texts {
    cli_fingerprint *slots;
    size_t cap, count;        /* cap: a power of two, or 0 */
} cli_seen_texts;

/* Adds `fp` to the set. Returns 1 when it was there already, 0 when it is
 * new, -1 when memory ran out (the set is then as it was). */
int cli_seen_add(cli_seen_texts *set, cli_fingerprint fp);

/* Frees the set's memory; it is empty again. */
void cli_seen_free(cli_seen_texts *set);

/* --dedup-near: the SimHash fingerprints (mt_result_fingerprint) of the
 * texts kept so far, found again by any of their four 16-bit quarters: two
 * fingerprints at most CLI_NEAR_BITS apart share one quarter at least. A
 * quarter leads to the entries that have it, newest first; a search walks
 * at most CLI_NEAR_WALK of them a quarter, so that pages made to share a
 * quarter cannot make it quadratic (a near text past that is missed).
 * Memory: 1 MiB for the quarters' heads, 24 to 48 bytes a text. Zeroed, it is
 * empty. */
#define CLI_NEAR_BITS 3
#define CLI_NEAR_WALK 4096

typedef struct cli_near_texts {
    uint32_t *heads;          /* 4 x 65,536: entry + 1 of the newest with that quarter, 0 none */
    uint64_t *prints;
    uint32_t *next;           /* 4 a entry: entry + 1 of the next older with that quarter */
    size_t count, cap;
} cli_near_texts;

/* Whether a text within CLI_NEAR_BITS of `fp` is in the set. */
int cli_near_has(const cli_near_texts *set, uint64_t fp);

/* Adds `fp`; 0, or -1 when memory ran out (the set is then as it was). */
int cli_near_add(cli_near_texts *set, uint64_t fp);

void cli_near_free(cli_near_texts *set);

#endif
