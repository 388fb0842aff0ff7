/* decode.h -- bytes in a known encoding -> UTF-8.
 *
 * Single-byte encodings, UTF-8, UTF-16, x-user-defined and replacement are
 * decoded by our own code (the single-byte tables are generated from the
 * Encoding Standard's indexes, see tools/gen_single_byte.py). The CJK
 * multi-byte encodings go through the C library's iconv with the converters
 * that match what browsers do (see decode.c). Every ill-formed sequence
 * becomes U+FFFD and decoding goes on; nothing is read past the input.
 *
 * Each call opens its own iconv descriptors, so decoding is thread-safe. */
#ifndef MT_CHARSET_DECODE_H
#define MT_CHARSET_DECODE_H

#include <stddef.h>
#include <stdint.h>
#include "maintext.h"
#include "charset/charset.h"
#include "util/arena.h"

/* Single-byte tables (single_byte.c): entry b - 0x80 of a table is the code
 * point of byte b, 0 when the byte means nothing. */
enum {
    MT_SB_IBM866, MT_SB_ISO_8859_2, MT_SB_ISO_8859_3, MT_SB_ISO_8859_4,
    MT_SB_ISO_8859_5, MT_SB_ISO_8859_6, MT_SB_ISO_8859_7, MT_SB_ISO_8859_8,
    MT_SB_ISO_8859_10, MT_SB_ISO_8859_13, MT_SB_ISO_8859_14, MT_SB_ISO_8859_15,
    MT_SB_ISO_8859_16, MT_SB_KOI8_R, MT_SB_KOI8_U, MT_SB_MACINTOSH,
    MT_SB_WINDOWS_874, MT_SB_WINDOWS_1250, MT_SB_WINDOWS_1251, MT_SB_WINDOWS_1252,
    MT_SB_WINDOWS_1253, MT_SB_WINDOWS_1254, MT_SB_WINDOWS_1255, MT_SB_WINDOWS_1256,
    MT_SB_WINDOWS_1257, MT_SB_WINDOWS_1258, MT_SB_X_MAC_CYRILLIC,
    MT_SINGLE_BYTE__COUNT
};
extern const uint16_t mt_single_byte_tables[MT_SINGLE_BYTE__COUNT][128];
extern const signed char mt_single_byte_index[MT_ENC__COUNT];

/* What a byte is in a single-byte encoding, for the detector: bits 0-2 the
 * script of a letter (MT_BS_*; for a symbol, MT_BS_COMMON_SYMBOL marks one
 * that often stands alone in text, like the copyright sign), then the flags
 * below. Generated with the
 * tables; mt_single_byte_langs has, per byte, the set of Latin-script
 * languages (bit i = i-th alphabet of tools/gen_single_byte.py) whose
 * alphabet has that letter. */
enum {
    MT_BC_SCRIPT = 0x07,
    MT_BC_LETTER = 0x08,     /* a letter or combining mark */
    MT_BC_UPPER = 0x10,
    MT_BC_LOWER = 0x20,
    MT_BC_MARK = MT_BC_UPPER | MT_BC_LOWER,   /* both bits: a combining mark */
    MT_BC_INVALID = 0x40,    /* no character, or a C1 control */
    MT_BC_NEUTRAL = 0x80     /* may stand in a word: apostrophe, dash, quote, space */
};
enum { MT_BS_NONE, MT_BS_LATIN, MT_BS_COMMON_SYMBOL = MT_BS_LATIN,
       MT_BS_GREEK, MT_BS_CYRILLIC, MT_BS_HEBREW, MT_BS_ARABIC,
       MT_BS_THAI, MT_BS_OTHER };
extern const uint8_t mt_single_byte_class[MT_SINGLE_BYTE__COUNT][128];
extern const uint32_t mt_single_byte_langs[MT_SINGLE_BYTE__COUNT][128];
extern const int mt_single_byte_language_count;

/* The table of a single-byte encoding, or NULL for the others. */
static inline const uint16_t *mt_single_byte_table(int enc)
{
    if (enc < 0 || enc >= MT_ENC__COUNT || mt_single_byte_index[enc] < 0)
        return NULL;
    return mt_single_byte_tables[(int)mt_single_byte_index[enc]];
}

/* Decode flags. */
enum {
    /* UTF-8 only: an ill-formed byte is read as windows-1252 rather than
     * U+FFFD (pages declared UTF-8 with stray legacy bytes). */
    MT_DECODE_UTF8_FALLBACK = 1u << 0
};

/* Length of the character at p (`left` bytes remain) in the CJK multi-byte
 * encoding `enc` (Shift_JIS, EUC-JP, GBK/gb18030, Big5, EUC-KR): 1 for
 * ASCII and single-byte characters, 0 when the bytes are ill-formed. */
size_t mt_cjk_char_length(int enc, const unsigned char *p, size_t left);

/*
 * Decodes in[0..len) from `enc` to UTF-8. When the UTF-8 text would be the
 * input itself (valid UTF-8 read as UTF-8, or ASCII-only input in an
 * ASCII-compatible encoding) *out = in and nothing is copied; otherwise the
 * text is made in `arena` (NUL-terminated). A byte order mark is NOT
 * stripped here; skip it before calling. Returns MT_OK or MT_ERR_NOMEM (and
 * MT_ERR_INVALID_ARG for an unknown `enc`).
 */
mt_status mt_decode(mt_arena *arena, int enc, unsigned flags, const char *in, size_t len,
                    const char **out, size_t *out_len);

/* Whether mt_decode() with `enc` and `flags` always gives valid UTF-8,
 * whatever the input: true for the encodings decoded by our own code (every
 * character written is encoded here), false for UTF-8 used as it lies and
 * for the converters of the C library. */
int mt_decode_output_is_valid(int enc, unsigned flags);

#endif
