/* binary.h -- whether text is binary data read as text.
 *
 * A picture, an executable or an archive served as a page decodes to text
 * full of control characters that no one writes: random bytes hold about
 * one in ten, a page's own text a stray one at most. The extractor makes
 * no block of such text (extract/blocks.c) and the metadata takes no name
 * from it (metadata/nearby.c). */
#ifndef MT_TEXT_BINARY_H
#define MT_TEXT_BINARY_H

#include <stddef.h>
#include <stdint.h>

/* The control characters text holds for a reason, a bit each: white
 * space, a backspace (nroff's bold letters), a vertical tab (a word
 * processor's line break) and an escape (a terminal's colours). */
#define MT_WRITTEN_CONTROLS (1u << '\b' | 1u << '\t' | 1u << '\n' | 1u << '\v' | 1u << '\f' | \
                             1u << '\r' | 1u << 0x1B)

/* 1 for a control character that no text holds for a reason, else 0. */
static inline uint32_t mt_text_unwritten_control(unsigned char c)
{
    return c < 0x20 && !((MT_WRITTEN_CONTROLS >> c) & 1);
}

/* Binary data: such control characters are this many of a text's
 * characters (not white space) and this share of them at least (1 / n);
 * or fewer and a larger share; or, in a short text (the bytes between two
 * that read as a tag), fewer still and more of them. Random bytes read as
 * windows-1252 hold about one in nine; a block of them whose draw was low
 * (7 in 87 characters) met neither the first test nor the short one and
 * was a page's main text. */
#define MT_BINARY_CONTROLS_MIN 8
#define MT_BINARY_SHARE 50
#define MT_BINARY_MID_CONTROLS_MIN 5
#define MT_BINARY_MID_SHARE 25
#define MT_BINARY_SHORT_CONTROLS_MIN 3
#define MT_BINARY_SHORT_SHARE 8

/* Whether `controls` such characters among `chars` make a text binary. */
static inline int mt_text_controls_say_binary(uint64_t controls, uint64_t chars)
{
    return (controls >= MT_BINARY_CONTROLS_MIN && controls * MT_BINARY_SHARE >= chars) ||
           (controls >= MT_BINARY_MID_CONTROLS_MIN && controls * MT_BINARY_MID_SHARE >= chars) ||
           (controls >= MT_BINARY_SHORT_CONTROLS_MIN && controls * MT_BINARY_SHORT_SHARE >= chars);
}

/* Whether the UTF-8 text s[0..n) reads as binary data, its characters
 * counted as the extractor counts them: code points that are neither
 * white space nor control characters. */
static inline int mt_text_reads_as_binary(const char *s, size_t n)
{
    uint64_t controls = 0, chars = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        controls += mt_text_unwritten_control(c);
        chars += c > 0x20 && (c & 0xC0) != 0x80;
    }
    return mt_text_controls_say_binary(controls, chars);
}

#endif
