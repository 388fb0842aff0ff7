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
 * sniffing it would. Then the shapes of two kinds of text that are not
 * pages either: JSON, and scripts and style sheets. */
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

/* Where a text's bytes begin: past a UTF-8 byte order mark. */
static size_t text_start(const char *s, size_t len)
{
    return len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
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
    size_t i = text_start(s, len), values = 0, depth = 0;
    unsigned char open[JSON_MAX_DEPTH];     /* the bracket each level opened with */
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

/* Scripts and style sheets: a site's JavaScript and CSS files, and JSONP
 * answers (a JSON value wrapped in a function call), which servers send
 * as pages too; read as HTML they gave their source as the main text.
 * Text is taken for code only on strong evidence, as a page taken for
 * code loses all its text: it begins, past comments, with a statement of
 * a shape only code has (a declaration, a function with its body, a use
 * of the page's globals, a JSONP call whose argument is JSON, a CSS
 * at-rule with what it holds, two CSS rules that set properties style
 * sheets set), on a line that ends as code's lines do where prose could
 * begin the same way, or, after a comment, with such a line; and it holds
 * no tag that makes it a page (html, head, body, a doctype, the end of a
 * script or style element that code would stand in, a common tag that
 * begins a line), nor, in the last case, any tag at all of those most
 * pages' text stands in. Tested on every .js, .css, text and HTML file of
 * a Debian system with Rust's documentation: the text files all stay
 * pages, nineteen in twenty scripts and style sheets are caught. */

/* A first CSS selector longer than this is taken for text. */
#define SELECTOR_MAX 200

/* The longest tag name looked up ("blockquote") */
#define TAG_NAME_MAX 10

/* The index past the "*\/" that ends the comment opened before s[i], or
 * len. */
static size_t comment_end(const char *s, size_t i, size_t len)
{
    for (const char *star = memchr(s + i, '*', len - i); star;
         star = memchr(star + 1, '*', len - (size_t)(star + 1 - s)))
        if ((size_t)(star + 1 - s) < len && star[1] == '/')
            return (size_t)(star + 2 - s);
    return len;
}

/* Where code begins at s[i]: past white space and comments. */
static size_t skip_space_and_comments(const char *s, size_t i, size_t len)
{
    for (;;) {
        i += mt_ascii_skip_space(s + i, len - i);
        if (len - i < 2 || s[i] != '/' || (s[i + 1] != '*' && s[i + 1] != '/'))
            return i;
        if (s[i + 1] == '*') {
            i = comment_end(s, i + 2, len);
        } else {
            const char *eol = memchr(s + i + 2, '\n', len - i - 2);
            i = eol ? (size_t)(eol + 1 - s) : len;
        }
    }
}

static int starts(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    return len >= n && memcmp(s, word, n) == 0;
}

/* ---------------------------------------------------------------- tags */

/* What tags_held found: a tag that makes the text a page, a common tag,
 * or none. A common tag that begins a line makes a page too: markup
 * after a code's remnant ("var x = 1;\n<div><p>..."). */
enum { NO_TAG, COMMON_TAG, DOCUMENT_TAG };

static int names_one_of(const char *name, size_t n, const char *const *names, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (strlen(names[k]) == n && memcmp(names[k], name, n) == 0)
            return 1;
    return 0;
}

/* The tag name at s (after a '<'), lowercased into name: letters, digits
 * and '!', after a '/' or not; its length, or 0 when it is longer than
 * TAG_NAME_MAX or does not end as a tag's name does (white space, '>',
 * '/'): "a" in "i<a;" is no tag. */
static size_t read_tag_name(const char *s, size_t len, char name[TAG_NAME_MAX + 1])
{
    size_t n = 0;
    while (n < len && n <= TAG_NAME_MAX &&
           (mt_ascii_is_alnum((unsigned char)s[n]) || s[n] == '!' || (n == 0 && s[n] == '/'))) {
        name[n] = (char)mt_ascii_lower((unsigned char)s[n]);
        n++;
    }
    if (n == 0 || n > TAG_NAME_MAX || n == len)
        return 0;
    return mt_ascii_is_space((unsigned char)s[n]) || s[n] == '>' || s[n] == '/' ? n : 0;
}

/* Whether s[at] begins its line, after white space or not. */
static int begins_line(const char *s, size_t at)
{
    while (at && (s[at - 1] == ' ' || s[at - 1] == '\t'))
        at--;
    return at == 0 || s[at - 1] == '\n' || s[at - 1] == '\r';
}

/* DOCUMENT_TAG when s holds a tag that makes it a page, else COMMON_TAG
 * when it holds one of those most pages' text stands in, else NO_TAG. */
static unsigned tags_held(const char *s, size_t len)
{
    static const char *const document[] = { "html", "head", "body", "!doctype", "/script",
                                            "/style" };
    static const char *const common[] = {
        "title", "meta", "link", "script", "style", "p", "div", "span", "a", "b", "i", "em",
        "strong", "br", "img", "ul", "ol", "li", "dl", "table", "tr", "td", "form", "main",
        "article", "section", "header", "nav", "pre", "center", "font", "blockquote", "iframe",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };
    unsigned held = NO_TAG;
    for (const char *lt = memchr(s, '<', len); lt; lt = memchr(lt, '<', len - (size_t)(lt - s))) {
        size_t at = (size_t)(lt - s);
        lt++;
        char name[TAG_NAME_MAX + 1];
        size_t n = read_tag_name(lt, len - (size_t)(lt - s), name);
        if (!n)
            continue;
        if (names_one_of(name, n, document, sizeof document / sizeof *document))
            return DOCUMENT_TAG;
        if (names_one_of(name, n, common, sizeof common / sizeof *common)) {
            if (begins_line(s, at))
                return DOCUMENT_TAG;
            held = COMMON_TAG;
        }
    }
    return held;
}

/* ---------------------------------------------------------- JavaScript */

static int js_name_start(unsigned char c)
{
    return mt_ascii_is_letter(c) || c == '_' || c == '$';
}

static int js_name_char(unsigned char c)
{
    return mt_ascii_is_alnum(c) || c == '_' || c == '$';
}

/* The length of the JavaScript name at s (ASCII only), or 0. */
static size_t js_name_length(const char *s, size_t len)
{
    if (!len || !js_name_start((unsigned char)s[0]))
        return 0;
    size_t n = 1;
    while (n < len && js_name_char((unsigned char)s[n]))
        n++;
    return n;
}

/* s[i] past white space is one of `chars`. */
static int next_is(const char *s, size_t i, size_t len, const char *chars)
{
    i += mt_ascii_skip_space(s + i, len - i);
    return i < len && s[i] && strchr(chars, s[i]) != NULL;
}

/* Whether the first line of s ends as lines of code do: prose ends in
 * words and full stops. */
static int first_line_ends_as_code(const char *s, size_t len)
{
    const char *eol = memchr(s, '\n', len);
    size_t n = eol ? (size_t)(eol - s) : len;
    while (n && mt_ascii_is_space((unsigned char)s[n - 1]))
        n--;
    return n && memchr(";{}=([", s[n - 1], 6) != NULL;
}

/* "var x =", "let x;", "const a, b", "const { a } =": a keyword, then a
 * name and '=', ';' or ',', or a pattern ("let it be" is prose). */
static int begins_declaration(const char *s, size_t len)
{
    static const char *const keywords[] = { "var ", "let ", "const " };
    for (size_t k = 0; k < sizeof keywords / sizeof *keywords; k++) {
        if (!starts(s, len, keywords[k]))
            continue;
        size_t i = strlen(keywords[k]);
        i += mt_ascii_skip_space(s + i, len - i);
        if (i < len && (s[i] == '{' || s[i] == '['))
            return 1;
        size_t name = js_name_length(s + i, len - i);
        return name && next_is(s, i + name, len, "=;,") && first_line_ends_as_code(s, len);
    }
    return 0;
}

/* The index past the ')' that closes the '(' at s[i], or 0. */
static size_t closing_parenthesis(const char *s, size_t i, size_t len)
{
    size_t depth = 0;
    for (; i < len; i++) {
        depth += s[i] == '(';
        if (s[i] == ')' && --depth == 0)
            return i + 1;
    }
    return 0;
}

/* "function f(a) {", "(function () {", "!function(e){": the keyword alone
 * (not "functions"), a name or none, parameters and '{'. */
static int begins_function(const char *s, size_t len)
{
    size_t i;
    if (starts(s, len, "function"))
        i = 8;
    else if (starts(s, len, "(function") || starts(s, len, "!function"))
        i = 9;
    else
        return 0;
    if (i < len && js_name_char((unsigned char)s[i]))
        return 0;
    i += mt_ascii_skip_space(s + i, len - i);
    i += js_name_length(s + i, len - i);
    i += mt_ascii_skip_space(s + i, len - i);
    if (i == len || s[i] != '(' || !(i = closing_parenthesis(s, i, len)))
        return 0;
    return next_is(s, i, len, "{");
}

/* "window.onload =", "document.write(", "$(function", "jQuery(document)":
 * the page's globals used as only code uses them, on a line that ends as
 * code's do ("document.getElementById(id) returns ..." is prose). */
static int begins_global_use(const char *s, size_t len)
{
    if (!first_line_ends_as_code(s, len))
        return 0;
    static const char *const objects[] = { "window.", "document." };
    for (size_t k = 0; k < sizeof objects / sizeof *objects; k++) {
        if (!starts(s, len, objects[k]))
            continue;
        size_t i = strlen(objects[k]);
        size_t name = js_name_length(s + i, len - i);
        return name && next_is(s, i + name, len, "(.=[");
    }
    static const char *const calls[] = { "$(", "jQuery(" };
    static const char *const arguments[] = { "function", "document", "window", "'", "\"" };
    for (size_t k = 0; k < sizeof calls / sizeof *calls; k++) {
        if (!starts(s, len, calls[k]))
            continue;
        size_t i = strlen(calls[k]);
        for (size_t a = 0; a < sizeof arguments / sizeof *arguments; a++)
            if (starts(s + i, len - i, arguments[a]))
                return 1;
        return 0;
    }
    return 0;
}

/* JSONP: a dotted name, '(' right after it, one JSON value or string,
 * ')' and maybe ';' at the end ("Hamlet (\"To be\") ... (Act 3)" is
 * prose). */
static int is_jsonp(const char *s, size_t len)
{
    size_t i = js_name_length(s, len);
    if (!i)
        return 0;
    while (i < len && (js_name_char((unsigned char)s[i]) || s[i] == '.'))
        i++;
    if (i == len || s[i] != '(')
        return 0;
    size_t end = len;
    while (end > i && mt_ascii_is_space((unsigned char)s[end - 1]))
        end--;
    if (end > i && s[end - 1] == ';')
        end--;
    while (end > i && mt_ascii_is_space((unsigned char)s[end - 1]))
        end--;
    if (end <= i + 1 || s[end - 1] != ')')
        return 0;
    const char *arg = s + i + 1;
    size_t n = end - 1 - (i + 1);
    size_t at = mt_ascii_skip_space(arg, n);
    while (n > at && mt_ascii_is_space((unsigned char)arg[n - 1]))
        n--;
    if (at < n && arg[at] == '"')
        return json_string_end(arg, at, n) == n;
    const char *json = json_type(arg + at, n - at);
    return json && strcmp(json, "application/json") == 0;
}

/* A directive first: what follows it must begin as a script does. */
#define USE_STRICT_LEN (sizeof "'use strict'" - 1)

static int begins_script(const char *s, size_t len)
{
    if (starts(s, len, "'use strict'") || starts(s, len, "\"use strict\"")) {
        size_t i = USE_STRICT_LEN;
        i += mt_ascii_skip_space(s + i, len - i);
        i += i < len && s[i] == ';';
        i = skip_space_and_comments(s, i, len);
        s += i;
        len -= i;
    }
    return begins_declaration(s, len) || begins_function(s, len) || begins_global_use(s, len) ||
           is_jsonp(s, len);
}

/* ----------------------------------------------------------------- CSS */

/* Whether the property named s[0..n) is one most style sheets set: a
 * rule of prose ("{note: see the map}") names none of them. Custom and
 * vendor properties ("--gap", "-webkit-...") count too. */
static int is_known_property(const char *s, size_t n)
{
    static const char *const names[] = {
        "color", "background", "border", "margin", "padding", "display", "position", "top",
        "left", "right", "bottom", "width", "height", "min-width", "max-width", "min-height",
        "max-height", "float", "clear", "font", "line-height", "text-align", "text-decoration",
        "text-transform", "vertical-align", "white-space", "overflow", "opacity", "z-index",
        "content", "cursor", "list-style", "transform", "transition", "animation", "box-shadow",
        "box-sizing", "outline", "visibility", "flex", "grid", "gap", "align-items",
        "justify-content", "fill", "src", "zoom",
    };
    if (n >= 2 && s[0] == '-')
        return 1;
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        size_t m = strlen(names[k]);
        /* (a family by its first word: "border-top", "font-size") */
        if (n >= m && memcmp(s, names[k], m) == 0 && (n == m || s[m] == '-'))
            return 1;
    }
    return 0;
}

/* The index past the declarations of a CSS block at s (after its '{')
 * and its '}': "property: value", ';' between them; 0 when they are
 * none. *known is set when a property is one style sheets set (see
 * is_known_property). */
static size_t css_block_end(const char *s, size_t len, int *known)
{
    for (size_t i = 0;;) {
        i += mt_ascii_skip_space(s + i, len - i);
        if (i < len && s[i] == '}')
            return i + 1;
        size_t property = i;
        while (i < len && (mt_ascii_is_letter((unsigned char)s[i]) || s[i] == '-'))
            i++;
        if (i == property || !next_is(s, i, len, ":"))
            return 0;
        *known |= is_known_property(s + property, i - property);
        while (i < len && s[i] != ';' && s[i] != '}' && s[i] != '{')
            i++;
        if (i == len || s[i] == '{')
            return 0;
        i += s[i] == ';';
    }
}

/* The index past the CSS rule at s: a selector (SELECTOR_MAX bytes of
 * ASCII at most, without braces, ';', '<', or quotes and '=' outside
 * brackets), '{', its declarations and '}'; 0 when there is none. *known
 * as css_block_end sets it. */
static size_t css_rule_end(const char *s, size_t len, int *known)
{
    size_t i = 0;
    int in_brackets = 0;
    for (; i < len && i <= SELECTOR_MAX; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '{' || c == '}' || c == ';' || c == '<' || c == '`' || c == 0 || c >= 0x80)
            break;
        if (c == '[' || c == ']')
            in_brackets = c == '[';
        else if (!in_brackets && (c == '\'' || c == '"' || c == '='))
            return 0;
    }
    if (i == 0 || i == len || s[i] != '{')
        return 0;
    size_t end = css_block_end(s + i + 1, len - i - 1, known);
    return end ? i + 1 + end : 0;
}

/* "@charset \"utf-8\";", "@import url(a.css);", "@import \"a.css\";",
 * "@media screen { a { color: red } }", "@font-face { font-family: x }":
 * an at-rule of CSS's with what it holds (a rule, declarations, keyframes),
 * not a word after an at sign ("@media coverage {\nThe press ..."). */
static int begins_at_rule(const char *s, size_t len)
{
    static const char *const statements[] = { "@charset \"", "@import url(", "@import \"",
                                              "@import '" };
    for (size_t k = 0; k < sizeof statements / sizeof *statements; k++)
        if (starts(s, len, statements[k]))
            return 1;
    static const char *const blocks[] = { "@media", "@supports", "@layer", "@font-face", "@page",
                                          "@keyframes", "@-webkit-keyframes" };
    for (size_t k = 0; k < sizeof blocks / sizeof *blocks; k++) {
        size_t n = strlen(blocks[k]);
        if (!starts(s, len, blocks[k]) || (n < len && (js_name_char((unsigned char)s[n]) ||
                                                       s[n] == '-')))
            continue;
        const char *brace = memchr(s, '{', len < SELECTOR_MAX ? len : SELECTOR_MAX);
        if (!brace)
            return 0;
        size_t i = (size_t)(brace + 1 - s);
        i += mt_ascii_skip_space(s + i, len - i);
        int known = 0;
        if ((css_rule_end(s + i, len - i, &known) || css_block_end(s + i, len - i, &known)) &&
            known)
            return 1;
        return starts(s + i, len - i, "from") || starts(s + i, len - i, "to") ||
               (i < len && mt_ascii_is_digit((unsigned char)s[i]));
    }
    return 0;
}

/* An at-rule, or two rules that set a property style sheets set: prose
 * with braced asides ("The sets {x: x > 0} and {y: ...}") sets none. */
static int begins_style(const char *s, size_t len)
{
    if (begins_at_rule(s, len))
        return 1;
    int known = 0;
    size_t end = css_rule_end(s, len, &known);
    if (!end)
        return 0;
    end = skip_space_and_comments(s, end, len);
    return end < len && css_rule_end(s + end, len - end, &known) != 0 && known;
}

/* ------------------------------------------------- after a comment alone */

/* A style sheet has rules and no assignments: far fewer '=' than '{'. */
static const char *script_or_style(const char *s, size_t len)
{
    size_t braces = 0, assignments = 0;
    for (size_t k = 0; k < len; k++) {
        braces += s[k] == '{';
        assignments += s[k] == '=';
    }
    return braces && 4 * assignments < braces ? "text/css" : "text/javascript";
}

/* "text/javascript" or "text/css" for a script or a style sheet, else
 * NULL. */
static const char *code_type(const char *s, size_t len)
{
    size_t start = text_start(s, len);
    start += mt_ascii_skip_space(s + start, len - start);
    if (start == len || s[start] == '<')
        return NULL;
    size_t code = skip_space_and_comments(s, start, len);
    if (code == len || s[code] == '<')
        return NULL;
    unsigned tags = tags_held(s, len);
    if (tags == DOCUMENT_TAG)
        return NULL;
    if (begins_script(s + code, len - code))
        return "text/javascript";
    if (begins_style(s + code, len - code))
        return "text/css";
    if (code == start || tags == COMMON_TAG || !first_line_ends_as_code(s + code, len - code))
        return NULL;
    return script_or_style(s + code, len - code);
}

const char *mt_signature_media_type(const char *bytes, size_t len)
{
    if (!bytes)
        return NULL;
    for (size_t i = 0; i < sizeof signatures / sizeof *signatures; i++)
        if (begins_with(&signatures[i], bytes, len))
            return signatures[i].type;
    const char *json = json_type(bytes, len);
    return json ? json : code_type(bytes, len);
}
