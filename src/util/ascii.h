/* ascii.h -- ASCII letters and digits, the same in every stage.
 *
 * Markup (tag, attribute and class names, charset labels, URL schemes) is
 * matched ignoring ASCII case only, whatever the page's language, so every
 * stage asks these questions of a byte; here is the one answer.
 *
 * Each takes a byte: a plain char converts to its byte, and no byte from
 * 0x80 up is an ASCII letter or digit (nor changed by mt_ascii_lower, so
 * UTF-8 passes through). A decoded code point is to be tested below 0x80
 * first: converted to a byte, a larger one would lose its high bits. The
 * parameter is a byte, not an int, and the tests are plain ranges because
 * so GCC compares bytes, as it did in the copies these replace (a wider
 * type costs a sign extension or two per byte in the hot loops).
 *
 * The tokenizer keeps macros of its own: its byte classes are a table
 * filled at compile time, where no function may be called. */
#ifndef MT_UTIL_ASCII_H
#define MT_UTIL_ASCII_H

#include <stddef.h>

static inline int mt_ascii_is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int mt_ascii_is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* Setting bit 5 maps the capitals on the small letters, and no other byte
 * on them. */
static inline int mt_ascii_is_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

static inline int mt_ascii_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static inline int mt_ascii_is_alnum(unsigned char c)
{
    return mt_ascii_is_digit(c) || mt_ascii_is_letter(c);
}

/* A character of a code block's language name ("c++", "c#", "objective-c",
 * "python3.12", "shell_session"): what a renderer may write in a class
 * or after a Markdown fence as it stands. */
static inline int mt_ascii_in_language_name(unsigned char c)
{
    return mt_ascii_is_alnum(c) || c == '_' || c == '+' || c == '#' || c == '.' || c == '-';
}

/* HTML's white space: space, tab, line feed, form feed, carriage return. */
static inline int mt_ascii_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static inline unsigned char mt_ascii_lower(unsigned char c)
{
    return mt_ascii_is_upper(c) ? (unsigned char)(c | 0x20) : c;
}

/* The first byte of s[0..n) that is no white space (n when none). */
static inline size_t mt_ascii_skip_space(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && mt_ascii_is_space(s[i]))
        i++;
    return i;
}

/* Whether s[0..n) is `lower` (n bytes, no capitals) in any ASCII case. */
static inline int mt_ascii_equal_ci(const char *s, const char *lower, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (mt_ascii_lower((unsigned char)s[i]) != (unsigned char)lower[i])
            return 0;
    return 1;
}

#endif
