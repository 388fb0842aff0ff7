/* input.h -- the HTML standard's "preprocessing the input stream".
 *
 * The tokenizer wants valid UTF-8 without carriage returns. Most pages
 * already are that, and then the input is used where it lies (no copy);
 * otherwise one cleaned copy is made in the arena. */
#ifndef MT_HTML_INPUT_H
#define MT_HTML_INPUT_H

#include <stddef.h>
#include "maintext.h"
#include "util/arena.h"

/* Sets *out to text equal to `in` with every CR LF pair and every lone CR
 * turned into LF and every ill-formed UTF-8 sequence turned into U+FFFD (one
 * per maximal ill-formed subpart, as the Encoding Standard's decoder does).
 * *out is `in` itself when nothing had to change, else a copy in `arena`.
 * Returns MT_OK or MT_ERR_NOMEM. */
mt_status mt_input_prepare(mt_arena *arena, const char *in, size_t len,
                           const char **out, size_t *out_len);

/* The same for a caller that knows the first `checked` bytes of `in` to be
 * valid UTF-8 ending at a character boundary (the charset stage found them
 * so, or a decoder wrote them): only the rest is validated. */
mt_status mt_input_prepare_checked(mt_arena *arena, const char *in, size_t len, size_t checked,
                                   const char **out, size_t *out_len);

#endif
