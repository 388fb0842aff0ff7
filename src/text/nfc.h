/* nfc.h -- Unicode Normalization Form C (UAX #15) of UTF-8 text.
 *
 * Pages write "ü" as one code point or as "u" and a combining diaeresis;
 * the two read the same but compare, search and deduplicate apart. The
 * text maintext returns is put in NFC, the form nearly all of the web
 * already uses, so that equal text is equal bytes. */
#ifndef MT_TEXT_NFC_H
#define MT_TEXT_NFC_H

#include <stdbool.h>
#include <stddef.h>
#include "util/arena.h"

/* Whether s[0..len) is surely in NFC by the quick check of UAX #15: no
 * code point NFC changes or may join to the one before, and combining
 * marks in canonical order. Most text is; false asks for mt_nfc, which
 * may still return the same bytes. Invalid UTF-8 is reported as NFC
 * (mt_nfc would leave it as it is). */
bool mt_nfc_quick(const char *s, size_t len);

/* The NFC of valid UTF-8 s[0..len), in a new NUL-terminated buffer from
 * `arena` (its length in *out_len); s itself when the text is not valid
 * UTF-8. NULL only when the arena cannot give the memory. Each run that
 * begins at a code point NFC leaves alone (a base letter, a space) is
 * normalised apart, so memory beyond the output is a few bytes per code
 * point of the text's longest such run. */
const char *mt_nfc(mt_arena *arena, const char *s, size_t len, size_t *out_len);

/* The first place from `at` on (len at most) where s[0..len) may be cut
 * without changing its NFC: the start of a code point that mt_nfc begins a
 * run at (a base letter, a space), or len. The NFC of the text is the NFC
 * of its pieces cut at such places, joined. */
size_t mt_nfc_boundary(const char *s, size_t len, size_t at);

#endif
