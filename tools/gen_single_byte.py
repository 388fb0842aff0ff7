#!/usr/bin/env python3
"""gen_single_byte.py -- writes src/charset/single_byte.c: the upper halves
(bytes 0x80-0xFF) of the Encoding Standard's legacy single-byte encodings.

The code points come from the Python codecs of the same names (Debian's
/usr/bin/python3), corrected where the Encoding Standard's indexes differ
from them:
  - windows-* code pages: a byte in 0x80-0x9F that the code page leaves
    undefined decodes to the C1 control of the same number (U+0080 + n), as
    Windows itself does; undefined bytes from 0xA0 up stay errors;
  - windows-1255: 0xCA is U+05BA (HEBREW POINT HOLAM HASER FOR VAV);
  - KOI8-U is the standard's KOI8-RU: 0xAE is U+045E and 0xBE is U+040E.
A 0 entry means "no character": the decoder emits U+FFFD there.

It also writes, for the encoding detector (src/charset/detect.c), what each
byte is in each encoding -- letter of which script, case, punctuation that
may stand inside a word -- and, for Latin letters, the set of languages whose
alphabet has that letter (the alphabets below are those languages' letters
beyond a-z, as their orthographies define them).

Usage: /usr/bin/python3 tools/gen_single_byte.py > src/charset/single_byte.c
"""

ENCODINGS = [
    # (enum suffix, python codec)
    ("IBM866", "cp866"),
    ("ISO_8859_2", "iso8859_2"),
    ("ISO_8859_3", "iso8859_3"),
    ("ISO_8859_4", "iso8859_4"),
    ("ISO_8859_5", "iso8859_5"),
    ("ISO_8859_6", "iso8859_6"),
    ("ISO_8859_7", "iso8859_7"),
    ("ISO_8859_8", "iso8859_8"),
    ("ISO_8859_10", "iso8859_10"),
    ("ISO_8859_13", "iso8859_13"),
    ("ISO_8859_14", "iso8859_14"),
    ("ISO_8859_15", "iso8859_15"),
    ("ISO_8859_16", "iso8859_16"),
    ("KOI8_R", "koi8_r"),
    ("KOI8_U", "koi8_u"),
    ("MACINTOSH", "mac_roman"),
    ("WINDOWS_874", "cp874"),
    ("WINDOWS_1250", "cp1250"),
    ("WINDOWS_1251", "cp1251"),
    ("WINDOWS_1252", "cp1252"),
    ("WINDOWS_1253", "cp1253"),
    ("WINDOWS_1254", "cp1254"),
    ("WINDOWS_1255", "cp1255"),
    ("WINDOWS_1256", "cp1256"),
    ("WINDOWS_1257", "cp1257"),
    ("WINDOWS_1258", "cp1258"),
    ("X_MAC_CYRILLIC", "mac_cyrillic"),
]

FIXES = {
    "WINDOWS_1255": {0xCA: 0x05BA},
    "KOI8_U": {0xAE: 0x045E, 0xBE: 0x040E},
}


# Letters beyond a-z of the Latin-script languages the detector tells apart,
# small, but for Turkish's dotted capital I, which Python lowers to "i" and
# a combining dot. French's "æ", which it writes only in a few borrowed
# words ("ex æquo") and names, is left out: it let Croatian "č ć" in
# windows-1250, read as windows-1252's "è æ", pass for French. Its "ÿ"
# stays: the names it writes ("L'Haÿ-les-Roses", "Aÿ") would else cost a
# mark, and 0xFF, "ÿ" in windows-1252, is no letter in windows-1250.
ALPHABETS = [
    ("fr", "àâçéèêëîïôœùûüÿ"), ("de", "äöüß"), ("es", "áéíñóúü"),
    ("pt", "áâãàçéêíóôõú"), ("it", "àèéìíîòóùú"), ("nl", "éëïóöü"),
    ("da", "æøåé"), ("sv", "åäöé"), ("fi", "äöåšž"), ("is", "áðéíóúýþæö"),
    ("ca", "àçèéíïòóúü"), ("cs", "áčďéěíňóřšťúůýž"), ("sk", "áäčďéíĺľňóôŕšťúýž"),
    ("pl", "ąćęłńóśźż"), ("hu", "áéíóöőúüű"), ("hr", "čćđšž"), ("ro", "ăâîșşțţ"),
    ("tr", "çğıöşüâîûİ"), ("et", "äõöüšž"), ("lv", "āčēģīķļņšūž"),
    ("lt", "ąčęėįšųūž"), ("sq", "çë"), ("sl", "čšž"),
]

# Characters that may stand inside or between words without making a
# decoding suspect: apostrophes, dashes, quotes, ordinal indicators, spaces.
NEUTRAL = "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u2022\u00b7\u00aa\u00ba" \
          "\u201a\u201e\u00ab\u00bb\u00a0\u00ad"

# Symbols common enough in text on their own that they cost nothing when
# they stand alone (a symbol inside a word always costs).
COMMON_SYMBOLS = "\u00a9\u00ae\u00b0\u20ac\u00a3\u2122\u00a7\u00b1\u00d7\u00bf\u00a1\u00bd" \
                 "\u00a2\u00a5\u00b5\u2020\u00bc\u00be\u060c\u061b\u061f\u0387\u05be\u05c3"

SCRIPTS = [  # (class value, first, last code point)
    (1, 0x0041, 0x024F), (1, 0x1E00, 0x1EFF), (2, 0x0370, 0x03FF),
    (3, 0x0400, 0x052F), (4, 0x0590, 0x05FF), (5, 0x0600, 0x06FF),
    (5, 0xFB50, 0xFEFF), (6, 0x0E00, 0x0E7F),
]


def byte_class(cp):
    """Bits: 0-2 script (of a letter; for a symbol 1 = common symbol), 3 letter,
    4 upper, 5 lower (both: a combining mark), 6 invalid, 7 neutral."""
    import unicodedata
    if cp == 0 or 0x80 <= cp < 0xA0:
        return 0x40
    ch = chr(cp)
    if ch in NEUTRAL:
        return 0x80
    cat = unicodedata.category(ch)
    if cat[0] != "L" and cat not in ("Mn", "Mc"):
        return 1 if ch in COMMON_SYMBOLS else 0
    script = next((v for v, lo, hi in SCRIPTS if lo <= cp <= hi), 7)
    bits = script | 0x08
    if cat in ("Mn", "Mc"):
        bits |= 0x30
    elif cat == "Lu":
        bits |= 0x10
    elif cat == "Ll":
        bits |= 0x20
    return bits


def languages(cp):
    if cp == 0:
        return 0
    ch = chr(cp)
    low = ch.lower()
    return sum(1 << i for i, (_, letters) in enumerate(ALPHABETS)
               if low in letters or ch in letters)


def table(name, codec):
    out = []
    for b in range(0x80, 0x100):
        try:
            cp = ord(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            cp = 0
            if name.startswith("WINDOWS_") and b < 0xA0:
                cp = b
        out.append(FIXES.get(name, {}).get(b, cp))
    return out


ALTERNATE = {"\u0219": "\u015f", "\u015f": "\u0219", "\u021b": "\u0163", "\u0163": "\u021b"}


def writable(t):
    """The languages whose every letter the encoding of table t holds (both
    cases, but for Turkish's dotted capital I, listed as it is): text in a
    language is written in an encoding that can write it, so a reading
    that only a language the encoding cannot write explains is suspect
    (Croatian "skupština" in ISO-8859-2 is windows-1250's "skupątina",
    Lithuanian's letters, but windows-1250 holds no "ė")."""
    held = {chr(c) for c in t if c}

    def holds(ch):
        # Romanian's s and t with a comma below, or with a cedilla as the
        # legacy code pages wrote them; "ß" and Turkish's dotless i have
        # no capital of their own to hold
        if ch in ALTERNATE and ALTERNATE[ch] in held and ALTERNATE[ch].upper() in held:
            return True
        return ch in held and (ch in "\u00df\u0131\u0130" or ch.upper() in held)
    return sum(1 << i for i, (_, letters) in enumerate(ALPHABETS) if all(map(holds, letters)))


def emit_tables(w, comment, decl, per_line, fmt, value, per_table=False):
    """One [MT_SINGLE_BYTE__COUNT][128] array: value(code point) per byte
    (value(code point, table) with per_table)."""
    w.append("/* %s */" % comment)
    w.append("%s[MT_SINGLE_BYTE__COUNT][128] = {" % decl)
    for name, codec in ENCODINGS:
        t = table(name, codec)
        f = (lambda c, t=t: value(c, t)) if per_table else value
        w.append("    [MT_SB_%s] = {" % name)
        for i in range(0, 128, per_line):
            w.append("        " + ", ".join(fmt % f(c) for c in t[i:i + per_line]) + ",")
        w.append("    },")
    w.append("};")
    w.append("")


def main():
    w = []
    w.append("/* single_byte.c -- GENERATED by tools/gen_single_byte.py; do not edit.")
    w.append(" *")
    w.append(" * Bytes 0x80-0xFF of the legacy single-byte encodings. */")
    w.append('#include "charset/decode.h"')
    w.append("")
    emit_tables(w, "Code point of each byte 0x80-0xFF; 0 = no character.",
                "const uint16_t mt_single_byte_tables", 8, "0x%04X", lambda c: c)
    w.append("/* mt_encoding -> table index, -1 for encodings that are not single-byte. */")
    w.append("const signed char mt_single_byte_index[MT_ENC__COUNT] = {")
    for name, _ in ENCODINGS:
        w.append("    [MT_ENC_%s] = MT_SB_%s," % (name, name))
    w.append("    /* ISO-8859-8-I decodes as ISO-8859-8 (the -I only changes bidi). */")
    w.append("    [MT_ENC_ISO_8859_8_I] = MT_SB_ISO_8859_8,")
    others = ["UTF_8", "GBK", "GB18030", "BIG5", "EUC_JP", "ISO_2022_JP", "SHIFT_JIS",
              "EUC_KR", "REPLACEMENT", "UTF_16BE", "UTF_16LE", "X_USER_DEFINED"]
    for o in others:
        w.append("    [MT_ENC_%s] = -1," % o)
    w.append("};")
    w.append("")
    emit_tables(w, "What each byte 0x80-0xFF is, per encoding (MT_BC_* bits).",
                "const uint8_t mt_single_byte_class", 16, "0x%02X", byte_class)
    emit_tables(w, "Languages (bit i = i-th alphabet) whose alphabet has the letter and\n"
                "   the encoding holds whole (writable()).",
                "const uint32_t mt_single_byte_langs", 8, "0x%06X",
                lambda c, t: languages(c) & writable(t), per_table=True)
    w.append("const int mt_single_byte_language_count = %d;" % len(ALPHABETS))
    print("\n".join(w))


if __name__ == "__main__":
    main()
