/* json.h -- a small JSON reader (RFC 8259) for JSON-LD blocks and test data.
 *
 * Values are built in an arena: one free for the whole tree. Input size and
 * nesting depth are capped so a hostile page cannot make us recurse or
 * allocate without bound. A lenient mode accepts what pages commonly put in
 * their <script type="application/ld+json"> blocks: raw control characters
 * inside strings, trailing commas, and comments. */
#ifndef MT_UTIL_JSON_H
#define MT_UTIL_JSON_H

#include <stddef.h>
#include <stdint.h>
#include "util/arena.h"
#include "util/swar.h"

#ifdef MT_SWAR_LE
/* The marks in v of the bytes that end a plain run (mt_json_plain_end);
 * `extra` is its byte times MT_SWAR_ONES. The first mark of each test is
 * exact (swar.h), and so the first of all. */
static inline uint64_t mt_json_stop_marks(uint64_t v, uint64_t extra)
{
    return mt_swar_zero_bytes(v ^ ('"' * MT_SWAR_ONES)) |
           mt_swar_zero_bytes(v ^ ('\\' * MT_SWAR_ONES)) | mt_swar_zero_bytes(v ^ extra) |
           mt_swar_bytes_below(v, 0x20);
}
#endif

/* Where a run of plain JSON string bytes that starts at s[i] ends: the
 * first byte from i on, short of len, that is '"', '\\', a control byte,
 * or `extra` (0 for none: a control byte already), else len. The reader
 * stops there to end or unescape a string, the JSON renderer to escape
 * (its extra: 0xE2, which leads U+2028 and U+2029). Eight bytes at a time,
 * the last ones in one load: strings are long runs of text and URLs, which
 * a loop over single bytes reads at two branches a byte. */
static inline size_t mt_json_plain_end(const char *s, size_t i, size_t len, unsigned char extra)
{
#ifdef MT_SWAR_LE
    uint64_t others = extra * MT_SWAR_ONES, tail;
    for (; i + 8 <= len; i += 8) {
        uint64_t m = mt_json_stop_marks(mt_load64(s + i), others);
        if (m)
            return i + mt_swar_first(m);
    }
    if (i < len && mt_swar_load_tail(s, i, len, &tail)) {
        /* the zeros past len are control bytes: a mark is found */
        i += mt_swar_first(mt_json_stop_marks(tail, others));
        return i < len ? i : len;
    }
#endif
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\' || c < 0x20 || c == extra)
            break;
    }
    return i;
}

typedef enum mt_json_type {
    MT_JSON_NULL,
    MT_JSON_FALSE,
    MT_JSON_TRUE,
    MT_JSON_NUMBER,
    MT_JSON_STRING,
    MT_JSON_ARRAY,
    MT_JSON_OBJECT
} mt_json_type;

typedef struct mt_json mt_json;
struct mt_json {
    mt_json_type type;
    uint32_t len;       /* STRING: bytes; ARRAY/OBJECT: number of children */
    const char *str;    /* STRING: decoded UTF-8, NUL-terminated; NUMBER: its text */
    double num;         /* NUMBER */
    mt_json *child;     /* ARRAY/OBJECT: first element or member */
    mt_json *next;      /* next element of the same array/object */
    const char *key;    /* member of an OBJECT: decoded key, NUL-terminated */
    uint32_t key_len;
};

enum {
    MT_JSON_LENIENT = 1u << 0
};

typedef struct mt_json_error {
    const char *msg;    /* static text, e.g. "unterminated string" */
    size_t pos;         /* byte offset in the input */
} mt_json_error;

/* Parses `len` bytes. `max_depth` caps nesting (0: 64). Returns the root
 * value in `arena`, or NULL with *err filled (err may be NULL): a syntax
 * error, too deep, or out of memory ("out of memory"). Trailing whitespace is
 * allowed, trailing garbage is not (lenient mode: ignored). */
mt_json *mt_json_parse(mt_arena *arena, const char *s, size_t len, unsigned flags,
                       unsigned max_depth, mt_json_error *err);

/* The member `key` of an object (the first if repeated), or NULL. */
const mt_json *mt_json_get(const mt_json *obj, const char *key);

/* The string of a STRING value, or NULL for any other value. */
static inline const char *mt_json_string(const mt_json *v)
{
    return v && v->type == MT_JSON_STRING ? v->str : NULL;
}

#endif
