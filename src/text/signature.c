/* signature.c -- the signatures of file formats that are not pages, and
 * the shape of JSON.
 *
 * The patterns of the WHATWG MIME Sniffing standard for pictures, sound,
 * video, fonts, archives and PDF (the ones that can be told from their
 * first bytes alone), and the magic numbers of a few formats it does not
 * list but crawls hold: programs and libraries, more archives, databases,
 * message catalogs. The first that matches names the format. Left out on
 * purpose: patterns of two bytes ("BM", "MZ"), which a line of text can
 * begin with, and formats whose first bytes change from version to
 * version (Python's compiled files). Most signatures hold bytes that no
 * text holds; a few are printable ("GIF89a", "%PDF-", "wOF2"), and a text
 * file that begins with one of them is taken for that format, as browsers
 * sniffing it would. */
#include <string.h>
#include "text/signature.h"
#include "util/ascii.h"

typedef struct signature {
    const char *head;       /* the bytes the file begins with */
    unsigned char head_len;
    unsigned char at;       /* where `tail` stands (the bytes between are any) */
    const char *tail;
    unsigned char tail_len;
    const char *type;
} signature;

/* (a string with its length, for bytes that hold NULs) */
#define B(s) s, sizeof s - 1
#define HEAD(s, type) { B(s), 0, "", 0, type }
#define HEAD_TAIL(s, at, t, type) { B(s), at, B(t), type }

/* (every head has two bytes or more: begins_with reads the first once the
 * input is known to be as long) */
static const signature signatures[] = {
    /* pictures */
    HEAD("\x89PNG\r\n\x1A\n", "image/png"),
    HEAD("\xFF\xD8\xFF", "image/jpeg"),
    HEAD("GIF87a", "image/gif"),
    HEAD("GIF89a", "image/gif"),
    HEAD_TAIL("RIFF", 8, "WEBPVP", "image/webp"),
    HEAD("\0\0\1\0", "image/x-icon"),
    HEAD("\0\0\2\0", "image/x-icon"),
    HEAD("II*\0", "image/tiff"),
    HEAD("MM\0*", "image/tiff"),
    /* sound and video (ID3 with its version: MP3 files with tags) */
    HEAD("ID3\2", "audio/mpeg"),
    HEAD("ID3\3", "audio/mpeg"),
    HEAD("ID3\4", "audio/mpeg"),
    HEAD("OggS\0", "application/ogg"),
    HEAD("MThd\0\0\0\6", "audio/midi"),
    HEAD_TAIL("fLaC", 5, "\0\0\x22", "audio/flac"),   /* and its first block's length, 34 */
    HEAD_TAIL("FORM", 8, "AIFF", "audio/aiff"),
    HEAD_TAIL("RIFF", 8, "WAVE", "audio/wave"),
    HEAD_TAIL("RIFF", 8, "AVI ", "video/avi"),
    /* ISO media files by their brand, then any (the standard's video/mp4) */
    HEAD_TAIL("\0\0", 4, "ftypavif", "image/avif"),
    HEAD_TAIL("\0\0", 4, "ftypheic", "image/heic"),
    HEAD_TAIL("\0\0", 4, "ftypmif1", "image/heif"),
    HEAD_TAIL("\0\0", 4, "ftypM4A ", "audio/mp4"),
    HEAD_TAIL("\0\0", 4, "ftypqt  ", "video/quicktime"),
    HEAD_TAIL("\0\0", 4, "ftyp", "video/mp4"),
    HEAD("\x1A\x45\xDF\xA3", "video/webm"),      /* Matroska too: the standard names it so */
    /* fonts */
    HEAD("\0\1\0\0", "font/ttf"),
    HEAD("OTTO\0", "font/otf"),
    HEAD("ttcf\0", "font/collection"),
    HEAD("wOFF", "font/woff"),
    HEAD("wOF2", "font/woff2"),
    /* archives and compressed data */
    HEAD("PK\3\4", "application/zip"),
    HEAD("PK\5\6", "application/zip"),
    HEAD("\x1F\x8B\x08", "application/gzip"),
    HEAD("\x28\xB5\x2F\xFD", "application/zstd"),
    HEAD("\xFD" "7zXZ\0", "application/x-xz"),
    HEAD_TAIL("BZh", 4, "1AY&SY", "application/x-bzip2"),
    HEAD("7z\xBC\xAF\x27\x1C", "application/x-7z-compressed"),
    HEAD("Rar!\x1A\x07\0", "application/vnd.rar"),
    HEAD("Rar!\x1A\x07\1\0", "application/vnd.rar"),
    HEAD("\x04\x22\x4D\x18", "application/x-lz4"),
    /* documents */
    HEAD("%PDF-", "application/pdf"),
    HEAD("%!PS-Adobe-", "application/postscript"),
    HEAD("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "application/x-ole-storage"),
    HEAD("SQLite format 3\0", "application/vnd.sqlite3"),
    HEAD("\xDE\x12\x04\x95", "application/x-gettext-translation"),
    HEAD("\x95\x04\x12\xDE", "application/x-gettext-translation"),
    /* programs */
    HEAD("\x7F" "ELF", "application/x-executable"),
    HEAD("\xCF\xFA\xED\xFE", "application/x-mach-binary"),
    HEAD("\xCE\xFA\xED\xFE", "application/x-mach-binary"),
    HEAD("\xFE\xED\xFA\xCE", "application/x-mach-binary"),
    HEAD("\xFE\xED\xFA\xCF", "application/x-mach-binary"),
    HEAD("\xCA\xFE\xBA\xBE", "application/java-vm"),  /* or a universal Mach-O program */
    HEAD("\0asm", "application/wasm"),
};

static int begins_with(const signature *s, const char *bytes, size_t len)
{
    /* (the first byte alone turns a page away: no call per signature) */
    if (len < s->head_len || bytes[0] != s->head[0] || memcmp(bytes, s->head, s->head_len) != 0)
        return 0;
    return !s->tail_len ||
           (len >= (size_t)s->at + s->tail_len && memcmp(bytes + s->at, s->tail, s->tail_len) == 0);
}

/* JSON: a web service's answer, which servers send as a page too. It has
 * no signature, but its shape tells it: a '{' or '[' first, then nothing
 * outside its strings but JSON's punctuation, numbers and true, false and
 * null, its brackets closing in order, the last at its end. A page or a
 * text has markup or words there. (The check is of the shape only: "[1 2]"
 * passes; no page does.) */

/* Deepest nesting followed; a JSON text deeper than this is read as a
 * page (the parser has its own limits). */
#define JSON_MAX_DEPTH 1024

/* The index past the closing quote of the JSON string whose opening quote
 * is s[i], or 0 when it has none. */
static size_t json_string_end(const char *s, size_t i, size_t len)
{
    for (i++; i < len; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return 0;
}

/* (JSON's white space: HTML's without the form feed, mt_ascii_is_space's) */
static int json_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* How many bytes from s[i] on JSON has outside strings besides brackets:
 * one of white space, ',', ':' or a number's (an exponent's 'e' after a
 * digit), or the word true, false or null; 0 for anything else. */
static size_t json_plain_run(const char *s, size_t i, size_t len)
{
    static const char *const words[] = { "true", "false", "null" };
    unsigned char c = (unsigned char)s[i];
    if (json_space(c) || c == ',' || c == ':' || mt_ascii_is_digit(c) || c == '-' || c == '+' ||
        c == '.')
        return 1;
    if ((c == 'e' || c == 'E') && i && mt_ascii_is_digit((unsigned char)s[i - 1]))
        return 1;
    for (int w = 0; w < 3; w++) {
        size_t n = strlen(words[w]);
        if (len - i >= n && memcmp(s + i, words[w], n) == 0)
            return n;
    }
    return 0;
}

/* "application/json" for bytes that are one JSON object or array,
 * "application/x-ndjson" for several (JSON Lines), else NULL. */
static const char *json_type(const char *s, size_t len)
{
    size_t i = 0, values = 0, depth = 0;
    unsigned char open[JSON_MAX_DEPTH];     /* the bracket each level opened with */
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && json_space((unsigned char)s[i]))
        i++;
    if (i == len || (s[i] != '{' && s[i] != '['))
        return NULL;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"') {
            if (!depth || !(i = json_string_end(s, i, len)))
                return NULL;
            continue;
        }
        if (c == '{' || c == '[') {
            if (depth == JSON_MAX_DEPTH)
                return NULL;
            values += !depth;
            open[depth++] = c;
        } else if (c == '}' || c == ']') {
            if (!depth || open[--depth] != (c == '}' ? '{' : '['))
                return NULL;
        } else {
            /* (between the values of JSON Lines: white space only) */
            size_t run = depth || json_space(c) ? json_plain_run(s, i, len) : 0;
            if (!run)
                return NULL;
            i += run;
            continue;
        }
        i++;
    }
    if (depth)
        return NULL;
    return values > 1 ? "application/x-ndjson" : "application/json";
}

const char *mt_signature_media_type(const char *bytes, size_t len)
{
    if (!bytes)
        return NULL;
    for (size_t i = 0; i < sizeof signatures / sizeof *signatures; i++)
        if (begins_with(&signatures[i], bytes, len))
            return signatures[i].type;
    return json_type(bytes, len);
}
