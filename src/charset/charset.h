/* charset.h -- which encoding a page is in, the browser's way.
 *
 * The Encoding Standard (https://encoding.spec.whatwg.org/) names the
 * encodings and their labels; the HTML standard's "determining the character
 * encoding" says in what order a byte order mark, the transport's label, a
 * <meta> in the first 1024 bytes and a guess are tried. This module does
 * that, plus two departures from browsers that an extractor needs, both
 * chosen by measurement on the dev corpus (see mt_charset_determine()).
 *
 * Everything here is a pure function of its arguments: no state, no
 * allocation, safe from any thread. */
#ifndef MT_CHARSET_CHARSET_H
#define MT_CHARSET_CHARSET_H

#include <stddef.h>
#include <stdint.h>
#include "maintext.h"

/* The encodings of the Encoding Standard, in the order of its table (the
 * order tools/gen_encoding_labels.py writes mt_encoding_names in). */
typedef enum mt_encoding {
    MT_ENC_UTF_8, MT_ENC_IBM866, MT_ENC_ISO_8859_2, MT_ENC_ISO_8859_3,
    MT_ENC_ISO_8859_4, MT_ENC_ISO_8859_5, MT_ENC_ISO_8859_6, MT_ENC_ISO_8859_7,
    MT_ENC_ISO_8859_8, MT_ENC_ISO_8859_8_I, MT_ENC_ISO_8859_10, MT_ENC_ISO_8859_13,
    MT_ENC_ISO_8859_14, MT_ENC_ISO_8859_15, MT_ENC_ISO_8859_16, MT_ENC_KOI8_R,
    MT_ENC_KOI8_U, MT_ENC_MACINTOSH, MT_ENC_WINDOWS_874, MT_ENC_WINDOWS_1250,
    MT_ENC_WINDOWS_1251, MT_ENC_WINDOWS_1252, MT_ENC_WINDOWS_1253, MT_ENC_WINDOWS_1254,
    MT_ENC_WINDOWS_1255, MT_ENC_WINDOWS_1256, MT_ENC_WINDOWS_1257, MT_ENC_WINDOWS_1258,
    MT_ENC_X_MAC_CYRILLIC, MT_ENC_GBK, MT_ENC_GB18030, MT_ENC_BIG5, MT_ENC_EUC_JP,
    MT_ENC_ISO_2022_JP, MT_ENC_SHIFT_JIS, MT_ENC_EUC_KR, MT_ENC_REPLACEMENT,
    MT_ENC_UTF_16BE, MT_ENC_UTF_16LE, MT_ENC_X_USER_DEFINED,
    MT_ENC__COUNT
} mt_encoding;

/* "No encoding": what the lookups return for an unknown label. */
#define MT_ENC_NONE (-1)

/* How the encoding was chosen. The numbers are stored in
 * mt_document.encoding_source, in the order of mt_result.encoding_source's
 * documented names (src/api/extract.c maps them by number). */
typedef enum mt_encoding_source {
    MT_ENCSRC_BOM = 0,        /* a byte order mark */
    MT_ENCSRC_TRANSPORT = 1,  /* the caller's label (HTTP Content-Type, --charset) */
    MT_ENCSRC_META = 2,       /* a <meta> charset or http-equiv declaration */
    MT_ENCSRC_DETECTED = 3,   /* guessed from the bytes */
    MT_ENCSRC_DEFAULT = 4     /* nothing to go on: windows-1252 */
} mt_encoding_source;

typedef struct mt_encoding_label {
    const char *label;
    unsigned char encoding;   /* mt_encoding */
} mt_encoding_label;

/* Generated tables (labels.c). */
extern const char *const mt_encoding_names[MT_ENC__COUNT];
extern const mt_encoding_label mt_encoding_labels[];
extern const size_t mt_encoding_label_count;
extern const size_t mt_encoding_label_longest;

/* The Encoding Standard's name of `enc` ("UTF-8", "Shift_JIS", ...); static
 * storage. An out-of-range value gives "windows-1252". */
const char *mt_encoding_name(int enc);

/* "bom", "transport", "meta", "detected" or "default". */
const char *mt_encoding_source_name(int source);

/* The Encoding Standard's "get an encoding": the label with ASCII
 * whitespace trimmed, matched without regard to ASCII case. Returns an
 * mt_encoding or MT_ENC_NONE. */
int mt_encoding_from_label(const char *label, size_t len);

/* True for the encodings in which every ASCII byte stands for itself and
 * never begins a multi-byte sequence, so that ASCII-only input decodes to
 * itself (all but UTF-16, ISO-2022-JP, replacement). */
int mt_encoding_ascii_compatible(int enc);

/* ------------------------------------------------------------------ sniffing */

/* The Encoding Standard's BOM sniff: UTF-8, UTF-16BE or UTF-16LE when the
 * input starts with that byte order mark (and *bom_len its length), else
 * MT_ENC_NONE. */
int mt_charset_sniff_bom(const char *s, size_t len, size_t *bom_len);

/* The HTML standard's "prescan a byte stream to determine its encoding" over
 * the first 1024 bytes (or fewer): the encoding of the first <meta> that
 * declares one, with UTF-16 turned into UTF-8 and x-user-defined into
 * windows-1252 as the standard says; MT_ENC_NONE when there is none. */
int mt_charset_prescan(const char *s, size_t len);

/* Same, over the first `limit` bytes instead of 1024. */
int mt_charset_prescan_n(const char *s, size_t len, size_t limit);

/* The HTML standard's "algorithm for extracting a character encoding from a
 * meta element", for a `content` attribute such as
 * "text/html; charset=Shift_JIS". Returns the encoding or MT_ENC_NONE. */
int mt_charset_from_meta_content(const char *s, size_t len);

/* The encoding a <meta> element declares, from its attributes as the tree
 * builder would read them: `charset`, or `http-equiv` = content-type with
 * `content`. Pass NULL (len 0) for an absent attribute. UTF-16 becomes
 * UTF-8 and x-user-defined windows-1252. MT_ENC_NONE when it declares none. */
int mt_charset_from_meta_attributes(const char *charset, size_t charset_len,
                                    const char *http_equiv, size_t http_equiv_len,
                                    const char *content, size_t content_len);

/* ------------------------------------------------------------------ choosing */

typedef struct mt_charset_choice {
    int encoding;             /* mt_encoding */
    int source;               /* mt_encoding_source */
    size_t bom_len;           /* bytes of byte order mark to skip */
    /* The choice may still change when a <meta> later in the document
     * declares something else (the HTML standard's "tentative" confidence):
     * set for detected and default choices. */
    int tentative;
    /* Declared UTF-8 with stray bytes from a legacy encoding: decode the
     * ill-formed bytes as windows-1252 instead of U+FFFD (see sniff.c). */
    int utf8_fallback;
    /* How many bytes at the start of the input (past any byte order mark)
     * were found to be valid UTF-8 while choosing (0: none checked), so the
     * input preparation need not check them again. */
    size_t utf8_valid_len;
} mt_charset_choice;

/*
 * Determines the encoding of `len` bytes of HTML: BOM; the transport label
 * (NULL = none); the <meta> prescan; a detector; windows-1252. Two
 * departures from browsers, both for pages whose declaration is wrong (see
 * sniff.c for the measurements behind them):
 *  - a page declared (transport or meta) as a legacy encoding whose bytes
 *    are valid UTF-8 and include multi-byte sequences is read as UTF-8;
 *  - a page declared UTF-8 that is not valid UTF-8 is read as UTF-8 with its
 *    stray bytes taken as windows-1252 (mixed pages), or, when it has no
 *    valid multi-byte sequence at all, as the detector says.
 * Returns MT_OK, or MT_ERR_UNKNOWN_ENCODING for a transport label the
 * Encoding Standard does not know (`out` is then filled as if there were no
 * transport label, for callers that ignore the error as browsers do).
 */
mt_status mt_charset_determine(const char *html, size_t len, const char *transport_label,
                               mt_charset_choice *out);

/* Applies the same UTF-8 policy to an encoding declared later in the
 * document (a <meta> past the first 1024 bytes): fills `out` as
 * mt_charset_determine() would have for that declaration. */
void mt_charset_apply_declaration(const char *html, size_t len, int declared, int source,
                                  mt_charset_choice *out);

/* ------------------------------------------------------------------ detecting */

/* Guesses the encoding of bytes that declare none. Valid UTF-8 with
 * multi-byte sequences is UTF-8; ASCII-only input is windows-1252 (any
 * ASCII-compatible encoding reads it alike); otherwise CJK multi-byte
 * encodings are told apart by uchardet when the library was built with it,
 * and single-byte ones by our own scorer (detect.c). Never fails. */
int mt_charset_detect(const char *s, size_t len);

/* The detector reads at most this many bytes: from the start, or from the
 * first byte >= 0x80 when all of the first this many are ASCII. */
#define MT_CHARSET_DETECT_WINDOW (256u * 1024u)

/* The same for a caller that has already scanned the whole input:
 * `valid` = mt_utf8_valid_prefix(s, len) and `ascii` =
 * mt_utf8_ascii_prefix(s, len). Gives the same answer without reading the
 * bytes again for those. */
int mt_charset_detect_scanned(const char *s, size_t len, size_t valid, size_t ascii);

#endif
