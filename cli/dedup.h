/* dedup.h -- --dedup: pages whose main text an earlier page of the run had
 * are left out. What makes two texts the same is a 128-bit fingerprint of
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

#endif
