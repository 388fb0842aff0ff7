/* c1.h -- C1 control characters that stand for Windows punctuation.
 *
 * Text in a Windows code page read as ISO-8859-1 (and so stored as UTF-8
 * by many a tool) holds U+0080-U+009F, control characters no one writes,
 * where its writer put quotes and dashes ("won\u0092t"). Only the bytes
 * that are the same punctuation in every Windows code page are mended:
 * 0x8A is a letter in all of them, but Š, Љ or ڈ. */
#ifndef MT_TEXT_C1_H
#define MT_TEXT_C1_H

#include <stddef.h>
#include "util/arena.h"

/* The punctuation in UTF-8 (three bytes each) by the control's second
 * UTF-8 byte less 0x80; an empty entry for the controls that stand for
 * no punctuation. */
extern const char mt_c1_punctuation_table[32][3];

/* The punctuation (three bytes of UTF-8) that the control written C2 `b`
 * in UTF-8 stands for; NULL when `b` is not 0x80-0x9F or that control
 * stands for none. */
static inline const char *mt_c1_punctuation(unsigned char b)
{
    if (b < 0x80 || b > 0x9F || !mt_c1_punctuation_table[b - 0x80][0])
        return NULL;
    return mt_c1_punctuation_table[b - 0x80];
}

/* s[0..len) with each control that stands for punctuation written as it:
 * a new NUL-terminated text from `arena` (its length in *out_len), or s
 * itself when it holds none. NULL only when the arena cannot give the
 * memory. */
const char *mt_c1_mend(mt_arena *arena, const char *s, size_t len, size_t *out_len);

#endif
