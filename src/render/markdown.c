/* markdown.c -- CommonMark with the GitHub table and strikethrough
 * extensions.
 *
 * Blocks: ATX headings, paragraphs, tight nested lists ("- " and "N. ",
 * children indented to their parent's text; a list the page began anew
 * ends the one before with "<!-- -->"; an item keeps its page's number,
 * in digits even where the page counts in letters or Roman numerals,
 * which CommonMark has not), block quotes ("> " per level),
 * fenced code with its language, GitHub tables, images, thematic breaks.
 * Inline: links, *emphasis*, **strong**, `code`, ~~strike~~, and <sub>/<sup>
 * as raw HTML (Markdown has no syntax for them). A line break inside a block
 * is a hard break of two spaces.
 *
 * Text is escaped only where a character would change meaning: always
 * \ ` * [ ~ (and ] inside link text, | inside tables and in blocks with a
 * line that would make them one), < before a tag-like
 * character or an email address, & when it begins a character reference, _ unless it is inside a
 * word, and at the start of a line whatever would begin a heading, quote,
 * list or break; inside a bare URL only `, since GitHub links it
 * and would show the backslashes. Emphasis that CommonMark's flanking rules would not recognise
 * with * (e.g. "x*"y"*", or beside the * of strong) takes _ where that
 * works ("**_y_**") and else falls back to <em>/<strong>/<del>, which
 * always work. */
#include <stdio.h>
#include "render/render.h"
#include "util/ascii.h"
#include "util/utf8.h"

/* ======================================================================
 * Inline rendering
 * ====================================================================== */

typedef struct md_inline {
    mt_rbuf *b;
    const char *prefix;   /* written after every hard line break */
    size_t prefix_len;
    size_t to;            /* end of the block's text */
    int at_line_start;    /* the next character begins a line */
    int in_table;         /* | escaped, line breaks as <br> */
    int escape_pipes;     /* | escaped: the block's lines could form a table */
    int in_heading;       /* line breaks as spaces */
    int code_depth;       /* inside a code span: text is literal */
    int link_depth;       /* inside link text: ] escaped, no nested links */
    const mt_span *spans; /* the block's spans (to look at a span's children) */
    size_t nspans;
    int open_of_type[MT_SPAN_STRIKE + 1];   /* formatting spans open, by type */
    int in_url;           /* inside a bare URL (up to the next white space) */
    const char *text_end; /* where the block's text, which holds every chunk, ends */
} md_inline;

enum { TAG_MARKUP = 1, TAG_HTML = 2, TAG_UNDERSCORE = 3 };

static int is_ascii_punct(unsigned char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

static int is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* ----------------------------------------------------------------
 * Unicode classes for CommonMark's flanking rules
 * ---------------------------------------------------------------- */

typedef struct cp_range {
    uint32_t lo, hi;
} cp_range;

static int in_ranges(uint32_t cp, const cp_range *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i].lo && cp <= r[i].hi)
            return 1;
    return 0;
}

static int is_unicode_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

/* Punctuation as CommonMark renderers class it (general categories P*):
 * the blocks where it is common, so text in any script is handled. */
static int is_unicode_punct(uint32_t cp)
{
    static const cp_range punct[] = {
        { 0xA1, 0xA1 }, { 0xA7, 0xA7 }, { 0xAB, 0xAB }, { 0xB6, 0xB7 }, { 0xBB, 0xBB },
        { 0xBF, 0xBF }, { 0x37E, 0x37E }, { 0x387, 0x387 }, { 0x55A, 0x55F }, { 0x589, 0x58A },
        { 0x5BE, 0x5BE }, { 0x5C0, 0x5C0 }, { 0x5C3, 0x5C3 }, { 0x5C6, 0x5C6 }, { 0x5F3, 0x5F4 },
        { 0x609, 0x60A }, { 0x60C, 0x60D }, { 0x61B, 0x61B }, { 0x61D, 0x61F }, { 0x66A, 0x66D },
        { 0x6D4, 0x6D4 }, { 0x964, 0x965 }, { 0x970, 0x970 }, { 0xE4F, 0xE4F }, { 0xE5A, 0xE5B },
        { 0x10FB, 0x10FB }, { 0x2010, 0x2027 }, { 0x2030, 0x2043 }, { 0x2045, 0x2051 },
        { 0x2053, 0x205E }, { 0x207D, 0x207E }, { 0x208D, 0x208E }, { 0x2308, 0x230B },
        { 0x2329, 0x232A }, { 0x2768, 0x2775 }, { 0x27C5, 0x27C6 }, { 0x27E6, 0x27EF },
        { 0x2983, 0x2998 }, { 0x29D8, 0x29DB }, { 0x29FC, 0x29FD }, { 0x2E00, 0x2E4F },
        { 0x3001, 0x3003 }, { 0x3008, 0x3011 }, { 0x3014, 0x301F }, { 0x3030, 0x3030 },
        { 0x303D, 0x303D }, { 0x30A0, 0x30A0 }, { 0x30FB, 0x30FB }, { 0xFE10, 0xFE19 },
        { 0xFE30, 0xFE52 }, { 0xFE54, 0xFE61 }, { 0xFE63, 0xFE63 }, { 0xFE68, 0xFE68 },
        { 0xFE6A, 0xFE6B }, { 0xFF01, 0xFF03 }, { 0xFF05, 0xFF0A }, { 0xFF0C, 0xFF0F },
        { 0xFF1A, 0xFF1B }, { 0xFF1F, 0xFF20 }, { 0xFF3B, 0xFF3D }, { 0xFF3F, 0xFF3F },
        { 0xFF5B, 0xFF5B }, { 0xFF5D, 0xFF5D }, { 0xFF5F, 0xFF65 },
    };
    if (cp < 0x80)
        return is_ascii_punct((unsigned char)cp);
    return in_ranges(cp, punct, sizeof punct / sizeof *punct);
}

/* Symbols newer CommonMark versions also count as punctuation. Inside a
 * delimiter they are taken as punctuation, which at worst costs an HTML
 * fallback; outside one only the strict class counts. */
static int is_punct_or_symbol(uint32_t cp)
{
    static const cp_range symbols[] = {
        { 0xA2, 0xA6 }, { 0xA8, 0xA9 }, { 0xAC, 0xB1 }, { 0xB4, 0xB4 }, { 0xB8, 0xB8 },
        { 0xD7, 0xD7 }, { 0xF7, 0xF7 }, { 0x20A0, 0x20CF }, { 0x2100, 0x2BFF },
        { 0x1F000, 0x1FAFF },
    };
    return is_unicode_punct(cp) || in_ranges(cp, symbols, sizeof symbols / sizeof *symbols);
}

/* The character that ends at text[pos] (pos > 0). */
static uint32_t char_before(const char *text, size_t pos)
{
    if ((unsigned char)text[pos - 1] < 0x80)
        return (unsigned char)text[pos - 1];    /* the most asked: no decoding */
    size_t start = pos - 1, n;
    while (start > 0 && pos - start < 4 && ((unsigned char)text[start] & 0xC0) == 0x80)
        start--;
    uint32_t cp = mt_utf8_decode(text + start, text + pos, &n);
    return start + n == pos ? cp : 0xFFFD;
}

static uint32_t char_at(const char *text, size_t pos, size_t end)
{
    size_t n;
    return mt_utf8_decode(text + pos, text + end, &n);
}

/* The last character written, as CommonMark sees it: a line start counts
 * as white space. */
static uint32_t last_char_out(const md_inline *m)
{
    if (m->at_line_start || !m->b->bytes.len || m->b->failed)
        return ' ';
    return char_before(mt_rbuf_data(m->b), m->b->bytes.len);
}

static void put_code_literal(md_inline *m, const char *s, size_t len)
{
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n' || (s[i] == '|' && m->in_table)) {
            mt_render_put_utf8(m->b, s + run, i - run);
            mt_rbuf_puts(m->b, s[i] == '\n' ? " " : "\\|");
            run = i + 1;
        }
    }
    mt_render_put_utf8(m->b, s + run, len - run);
}

static void put_line_break(md_inline *m)
{
    if (m->in_table) {
        mt_rbuf_puts(m->b, "<br>");
        return;
    }
    if (m->in_heading) {
        mt_rbuf_putc(m->b, ' ');
        return;
    }
    /* Two spaces, not a backslash: a backslash right after a URL would
     * become part of a GitHub autolink, and older renderers show it. */
    mt_rbuf_put(m->b, "  \n", 3);
    mt_rbuf_put(m->b, m->prefix, m->prefix_len);
    m->at_line_start = 1;
    m->in_url = 0;
}

/* At the start of a line: escapes what would open a block construct, and
 * returns how many bytes of s it wrote (0: nothing special here). */
static size_t put_line_start(md_inline *m, const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    unsigned char next = len > 1 ? (unsigned char)s[1] : 0;
    if (c == '#' || c == '>') {
        mt_rbuf_putc(m->b, '\\');
        mt_rbuf_putc(m->b, (char)c);
        return 1;
    }
    if (c == '-' || c == '+' || c == '=') {
        /* "- x", "+ x" are list items, "---" / "===" breaks or underlines;
         * at a chunk's end the next character is unknown: escape. */
        if (len == 1 || is_blank(next) || next == c) {
            mt_rbuf_putc(m->b, '\\');
            mt_rbuf_putc(m->b, (char)c);
            return 1;
        }
        return 0;
    }
    if (c >= '0' && c <= '9') {
        size_t d = 0;
        while (d < len && d < 10 && s[d] >= '0' && s[d] <= '9')
            d++;
        if (d <= 9 && d < len && (s[d] == '.' || s[d] == ')') &&
            (d + 1 == len || is_blank((unsigned char)s[d + 1]))) {
            mt_rbuf_put(m->b, s, d);
            mt_rbuf_putc(m->b, '\\');
            mt_rbuf_putc(m->b, s[d]);
            return d + 1;
        }
    }
    return 0;
}

/* Whether character c at s[i] needs a backslash in running text. */
/* Whether s[i..] is a character reference CommonMark would decode:
 * &name; &#123; &#x1F; (bounded look-ahead). */
static int is_entity_like(const char *s, size_t len, size_t i)
{
    size_t k = i + 1, digits = 0;
    int numeric = k < len && s[k] == '#';
    int hex = numeric && k + 1 < len && (s[k + 1] | 32) == 'x';
    k += numeric + hex;
    for (; k < len && digits < 32; k++, digits++) {
        unsigned char c = (unsigned char)s[k];
        int ok = hex ? (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f')
               : numeric ? c >= '0' && c <= '9' : mt_ascii_is_alnum(c);
        if (!ok)
            break;
    }
    return digits && k < len && s[k] == ';';
}

/* Whether c may be in the local part of an email autolink (CommonMark
 * 6.5): letters, digits and .!#$%&'*+/=?^_`{|}~- */
static int is_email_local(unsigned char c)
{
    return mt_ascii_is_alnum(c) || (c && strchr(".!#$%&'*+/=?^_`{|}~-", c));
}

/* Whether '<' at s[i] begins "local@": an email autolink ("<20011206.3C4@
 * lyta.coker.com.au>") would take it. The chunk s[0, len) lies in the
 * block's text, so the look goes on past its end to the text's: markers
 * of spans written between can only add local-part characters ('*', '_',
 * '~', '`') or end the local part ('[', '<'). Linear over a block: a scan
 * stops at the next '<', which is no local-part character. */
static int opens_email_autolink(const md_inline *m, const char *s, size_t len, size_t i)
{
    const char *end = m->text_end && m->text_end >= s + len ? m->text_end : s + len;
    const char *p = s + i + 1;
    while (p < end && is_email_local((unsigned char)*p))
        p++;
    return p > s + i + 1 && p < end && *p == '@';
}

/* Whether '<' at s[i] would open a tag, a comment or an autolink, and so
 * needs an escape ("a <3" does not). */
static int opens_tag(const md_inline *m, const char *s, size_t len, size_t i)
{
    unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : 0;
    return ((next | 32) >= 'a' && (next | 32) <= 'z') || next == '/' || next == '!' ||
           next == '?' || opens_email_autolink(m, s, len, i);
}

/* How far a GitHub autolink would be looked at from s[i]: to white space
 * or '<', at most this far. */
#define URL_LOOK_AHEAD 4096

enum { NO_URL, BARE_URL, URL_UNLINKED };

/* Where the run of text a URL would take, from s[i], ends (white space, '<'
 * or the look-ahead's limit), and whether the link would keep a backslash
 * the text needs: before a '<' that opens a tag, or before a '`' in it.
 * For every URL prefix inside the run the answer is the same, so a run is
 * read once however many prefixes it holds. */
typedef struct url_run {
    size_t end;
    int needs_backslash;
} url_run;

/* Whether the text at s[from..len) is a domain GitHub links after a URL's
 * prefix: letters, digits (and characters beyond ASCII), '-', '_' and
 * '.', opening with a letter or digit, without an underscore in its last
 * two parts; after "www." it must hold a '.' too. (A '*' right after
 * the prefix makes no link, and must be escaped as in any text.) */
static int links_domain(const char *s, size_t len, size_t from, int need_period)
{
    size_t k = from;
    int periods = 0, underscores = 0, underscores_before = 0;
    if (k >= len || !(mt_ascii_is_alnum((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80))
        return 0;
    for (; k < len; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '.') {
            periods++;
            underscores_before = underscores;
            underscores = 0;
        } else if (c == '_') {
            underscores++;
        } else if (!(mt_ascii_is_alnum(c) || c == '-' || c >= 0x80)) {
            break;
        }
    }
    return !underscores && !underscores_before && (periods || !need_period);
}

/* Whether a bare URL starts here (its prefix's length in *prefix_len): GitHub
 * turns it into a link, inside which backslash escapes are not read, so its
 * characters are left as they are (BARE_URL) -- unless it holds a character
 * that must be escaped all the same (URL_UNLINKED, see url_run): the link
 * would show the backslash, so that text must not become a link.
 * `run` keeps the last run read (end 0: none). */
static int url_starts(const md_inline *m, const char *s, size_t len, size_t i,
                      size_t *prefix_len, url_run *run)
{
    static const char *const prefixes[] = { "http://", "https://", "ftp://", "www." };
    static const size_t prefix_lens[] = { 7, 8, 6, 4 };    /* asked at every h, f and w */
    uint32_t prev = i ? char_before(s, i) : last_char_out(m);
    if (m->link_depth || (prev < 0x80 && mt_ascii_is_alnum((unsigned char)prev)))
        return NO_URL;
    for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
        size_t n = prefix_lens[p], k = 0;
        while (k < n && i + k < len && (s[i + k] | 32) == prefixes[p][k])
            k++;
        if (k < n)
            continue;
        if (!links_domain(s, len, i + n, p == 3))
            return NO_URL;
        *prefix_len = n;
        if (i >= run->end) {
            size_t end = i + n;
            int backtick = 0;
            while (end < len && end - i < URL_LOOK_AHEAD && !is_blank((unsigned char)s[end]) &&
                   s[end] != '<')
                backtick |= s[end++] == '`';
            run->end = end;
            run->needs_backslash =
                backtick || (end < len && s[end] == '<' && opens_tag(m, s, len, end));
        }
        return run->needs_backslash ? URL_UNLINKED : BARE_URL;
    }
    return NO_URL;
}

static int needs_escape(const md_inline *m, const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    /* GitHub links a bare URL before it reads emphasis, so a '*' in it
     * stays as it is (escaped, the backslash would join the link's target);
     * a table splits its cells before links are found */
    if (m->in_url)
        return c == '`' || (c == '|' && m->in_table);
    switch (c) {
    case '\\': case '`': case '*': case '[': case '~':
        return 1;
    case ']':
        return m->link_depth > 0;
    case '|':
        return m->in_table || m->escape_pipes;
    case '<':
        return opens_tag(m, s, len, i);
    case '&':
        return is_entity_like(s, len, i);
    case '_': {
        /* Inside a word an underscore can neither open nor close emphasis. */
        uint32_t prev = i ? char_before(s, i) : last_char_out(m);
        uint32_t after = i + 1 < len ? char_at(s, i + 1, len) : ' ';
        int word_before = !is_unicode_space(prev) && !is_unicode_punct(prev);
        int word_after = !is_unicode_space(after) && !is_unicode_punct(after);
        return !(word_before && word_after);
    }
    case '#': {
        /* A closing sequence of a heading is #s after white space -- the
         * heading's first characters too, after the space of its marker */
        uint32_t prev = i ? char_before(s, i) : last_char_out(m);
        return m->in_heading && prev < 0x80 && is_blank((unsigned char)prev);
    }
    }
    return 0;
}

/* What md_text's loop does with a byte past a line's start, at a load:
 * MD_LOOK, a byte it tests further (a line end; '<', and the h, f and w
 * that may begin a URL; a character needs_escape may escape); MD_BLANK,
 * a space or tab, which only ends a bare URL; any other byte (0) it
 * copies as it is. Most text is such bytes, which the loop's tests took
 * some fifteen instructions each to pass. */
enum { MD_LOOK = 1, MD_BLANK = 2 };
static const unsigned char md_byte[256] = {
    ['\n'] = MD_LOOK, ['\r'] = MD_LOOK, [' '] = MD_BLANK, ['\t'] = MD_BLANK,
    ['<'] = MD_LOOK, ['h'] = MD_LOOK, ['H'] = MD_LOOK, ['f'] = MD_LOOK, ['F'] = MD_LOOK,
    ['w'] = MD_LOOK, ['W'] = MD_LOOK, ['\\'] = MD_LOOK, ['`'] = MD_LOOK, ['*'] = MD_LOOK,
    ['['] = MD_LOOK, ['~'] = MD_LOOK, [']'] = MD_LOOK, ['|'] = MD_LOOK, ['&'] = MD_LOOK,
    ['_'] = MD_LOOK, ['#'] = MD_LOOK,
};

/* The first byte from s[i] on that md_text must look at (MD_LOOK), else
 * len; a blank passed over ends the bare URL it was in. */
static size_t skip_plain(md_inline *m, const char *s, size_t i, size_t len)
{
    unsigned blank = 0;
    for (; i < len; i++) {
        unsigned k = md_byte[(unsigned char)s[i]];
        if (k == MD_LOOK)
            break;
        blank |= k;
    }
    if (blank)
        m->in_url = 0;
    return i;
}

static void md_text(void *ctx, const char *s, size_t len)
{
    md_inline *m = ctx;
    if (m->code_depth) {
        put_code_literal(m, s, len);
        return;
    }
    size_t run = 0, i = 0;
    url_run run_read = { 0, 0 };
    while (i < len) {
        if (!m->at_line_start) {
            i = skip_plain(m, s, i, len);
            if (i == len)
                break;
        }
        unsigned char c = (unsigned char)s[i];
        if (m->at_line_start) {
            if (c == ' ' || c == '\t') {   /* leading blanks would indent */
                i++;
                run = i;
                continue;
            }
            m->at_line_start = 0;
            size_t used = m->in_table || m->in_heading ? 0 : put_line_start(m, s + i, len - i);
            if (used) {
                i += used;
                run = i;
                continue;
            }
        }
        if (c == '\n' || c == '\r') {
            /* a line end: LF, CR LF, or CR alone */
            mt_render_put_utf8(m->b, s + run, i - run);
            if (c == '\n' || i + 1 == len || s[i + 1] != '\n')
                put_line_break(m);
            i++;
            run = i;
            continue;
        }
        if (is_blank(c) || c == '<')
            m->in_url = 0;
        else if (!m->in_url && (c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' ||
                                c == 'W')) {
            size_t prefix_len = 0;
            int url = url_starts(m, s, len, i, &prefix_len, &run_read);
            if (url == URL_UNLINKED) {
                /* an escaped ':' (or the '.' of "www.") keeps it from being a link */
                size_t sep = i + prefix_len - (s[i + prefix_len - 1] == '/' ? 3 : 1);
                mt_render_put_utf8(m->b, s + run, sep - run);
                mt_rbuf_putc(m->b, '\\');
                run = sep;
                i = sep + 1;
                continue;
            }
            m->in_url = url == BARE_URL;
        }
        if (c < 0x80 && needs_escape(m, s, len, i)) {
            mt_render_put_utf8(m->b, s + run, i - run);
            mt_rbuf_putc(m->b, '\\');
            run = i;
        }
        i++;
    }
    mt_render_put_utf8(m->b, s + run, len - run);
}

/* Link and image targets: characters that would end or break the
 * destination are percent-encoded or escaped. A '&' that begins a
 * character reference, which a parser would decode there too (a page's
 * "&amp;amp;" is a URL holding "&amp;"), is written as "&amp;": cmark
 * decodes references before backslashes in a destination, so "\&" would
 * not keep it, and percent-encoding would change the URL. No title is
 * written. */
static void put_destination(mt_rbuf *b, const char *url, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)url[i];
        int reference = c == '&' && is_entity_like(url, len, i);
        if (c > ' ' && c != '<' && c != '>' && c != '|' && c != '(' && c != ')' &&
            c != '\\' && c != 0x7F && !reference)
            continue;
        mt_render_put_utf8(b, url + run, i - run);
        if (reference) {
            mt_rbuf_put(b, "&amp;", 5);
        } else if (c == '(' || c == ')' || c == '\\') {
            mt_rbuf_putc(b, '\\');
            mt_rbuf_putc(b, (char)c);
        } else {
            char pct[3] = { '%', hex[c >> 4], hex[c & 15] };
            mt_rbuf_put(b, pct, 3);
        }
        run = i + 1;
    }
    mt_render_put_utf8(b, url + run, len - run);
}

/* Emphasis must not start or end with white space (NBSP included): it
 * moves out of the span. */
static void md_adjust(void *ctx, const mt_span *sp, const char *text, size_t *st, size_t *en)
{
    (void)ctx;
    if (sp->type != MT_SPAN_EMPHASIS && sp->type != MT_SPAN_STRONG && sp->type != MT_SPAN_STRIKE)
        return;
    while (*st < *en && is_unicode_space(char_at(text, *st, *en))) {
        size_t n;
        mt_utf8_decode(text + *st, text + *en, &n);
        *st += n;
    }
    while (*en > *st && is_unicode_space(char_before(text, *en))) {
        size_t k = *en - 1;
        while (k > *st && ((unsigned char)text[k] & 0xC0) == 0x80)
            k--;
        *en = k;
    }
}

static const char *delimiter(mt_span_type t)
{
    return t == MT_SPAN_STRONG ? "**" : t == MT_SPAN_STRIKE ? "~~" : "*";
}

/* Whether a nested span that shows markup starts at `st` (its marker is the
 * first character inside ours) or ends at `en` (its closer is the last). */
static void children_at_edges(const md_inline *m, const mt_span *sp, size_t st, size_t en,
                              int *at_start, int *at_end)
{
    *at_start = *at_end = 0;
    size_t i = (size_t)(sp - m->spans) + 1;
    for (size_t seen = 0; i < m->nspans && seen < 64; i++, seen++) {
        const mt_span *c = &m->spans[i];
        if (c->start >= en)
            return;
        if (c->end <= c->start)
            continue;
        if (c->start <= st)
            *at_start = 1;
        if (c->end >= en)
            *at_end = 1;
    }
    *at_end = 1;            /* too many to look at: assume the worst */
}

/* Whether delimiters around text[st..en) would be recognised: an opener
 * before punctuation must follow white space or punctuation, a closer
 * after punctuation must precede white space, punctuation or the end; and
 * a delimiter right after the same delimiter character would merge with it
 * into one run. */
static int delimiters_flank(const md_inline *m, const mt_span *sp, const char *text, size_t st,
                            size_t en)
{
    char d = *delimiter(sp->type);
    uint32_t before = last_char_out(m);
    uint32_t after = en < m->to ? char_at(text, en, m->to) : ' ';
    int child_first, child_last;
    children_at_edges(m, sp, st, en, &child_first, &child_last);
    int first_punct = child_first || is_punct_or_symbol(char_at(text, st, en));
    int last_punct = child_last || is_punct_or_symbol(char_before(text, en));
    if (before == (uint32_t)d || after == (uint32_t)d)
        return 0;
    if (first_punct && !is_unicode_space(before) && !is_unicode_punct(before))
        return 0;
    if (last_punct && !is_unicode_space(after) && !is_unicode_punct(after))
        return 0;
    return 1;
}

/* Whether _ or __ around text[st..en) would be recognised where * was
 * not (beside a '*', as emphasis inside strong is): '_' opens and closes
 * only outside a word, so both sides must be white space or punctuation,
 * and not '_', which would join the run. */
static int underscores_flank(const md_inline *m, const char *text, size_t en)
{
    uint32_t before = last_char_out(m);
    uint32_t after = en < m->to ? char_at(text, en, m->to) : ' ';
    return before != '_' && after != '_' &&
           (is_unicode_space(before) || is_unicode_punct(before)) &&
           (is_unicode_space(after) || is_unicode_punct(after));
}

static const char *html_tag(mt_span_type t)
{
    switch (t) {
    case MT_SPAN_STRONG: return "strong";
    case MT_SPAN_STRIKE: return "del";
    case MT_SPAN_SUBSCRIPT: return "sub";
    case MT_SPAN_SUPERSCRIPT: return "sup";
    default: return "em";
    }
}

/* A code span's fence is one backtick longer than the longest run inside;
 * a space pads content that starts or ends with a backtick, or with spaces
 * on both sides (CommonMark would strip one). */
static int open_code(md_inline *m, const char *text, size_t st, size_t en)
{
    size_t longest = 0, run = 0;
    for (size_t i = st; i < en; i++) {
        run = text[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    size_t fence = longest + 1;
    if (fence > 64)
        fence = 64;
    int pad = text[st] == '`' || text[en - 1] == '`' ||
              (text[st] == ' ' && text[en - 1] == ' ');
    mt_rbuf_put_repeat(m->b, '`', fence);
    if (pad)
        mt_rbuf_putc(m->b, ' ');
    m->code_depth++;
    return (int)(fence << 2) | (pad << 1) | 1;
}

/* A '!' written just before a link's '[' would make the link an image
 * ("Hooray![the link](...)"): it gets its backslash now. Running text
 * never escapes a '!', so the one written last is bare. */
static void escape_bang_before(md_inline *m)
{
    if (last_char_out(m) != '!')
        return;
    m->b->bytes.len--;
    mt_rbuf_put(m->b, "\\!", 2);
}

static int md_open(void *ctx, const mt_span *sp, const char *text, size_t st, size_t en)
{
    md_inline *m = ctx;
    if (m->code_depth)
        return 0;
    if (m->at_line_start) {
        /* Markup at a line start: what follows is no longer at line start,
         * but a marker there could itself start a block ("*", "<"). */
        m->at_line_start = 0;
    }
    switch (sp->type) {
    case MT_SPAN_LINK:
        if (m->link_depth || !mt_render_url_is_safe(sp->href, sp->href_len))
            return 0;
        if (m->in_url) {
            /* GitHub's link of a bare URL would run on into this one: a
             * comment, which shows nothing, ends it ('<' ends a bare URL) */
            mt_rbuf_puts(m->b, "<!-- -->");
            m->in_url = 0;
        }
        escape_bang_before(m);
        mt_rbuf_putc(m->b, '[');
        m->link_depth++;
        return TAG_MARKUP;
    case MT_SPAN_CODE:
        /* right after another code span the two fences would merge
         * ("`a``b`" is one span): this one is written as HTML */
        if (last_char_out(m) == '`') {
            mt_rbuf_puts(m->b, "<code>");
            return TAG_HTML;
        }
        return open_code(m, text, st, en);
    default:
        break;
    }
    if ((unsigned)sp->type > MT_SPAN_STRIKE)
        return 0;
    /* Emphasis inside emphasis of the same kind adds nothing, and the same
     * delimiters nested would pair the wrong way. */
    if (m->open_of_type[sp->type])
        return 0;
    m->open_of_type[sp->type]++;
    if (sp->type != MT_SPAN_SUBSCRIPT && sp->type != MT_SPAN_SUPERSCRIPT &&
        delimiters_flank(m, sp, text, st, en)) {
        mt_rbuf_puts(m->b, delimiter(sp->type));
        return TAG_MARKUP;
    }
    if ((sp->type == MT_SPAN_EMPHASIS || sp->type == MT_SPAN_STRONG) &&
        underscores_flank(m, text, en)) {
        mt_rbuf_puts(m->b, sp->type == MT_SPAN_STRONG ? "__" : "_");
        return TAG_UNDERSCORE;
    }
    mt_rbuf_putc(m->b, '<');
    mt_rbuf_puts(m->b, html_tag(sp->type));
    mt_rbuf_putc(m->b, '>');
    return TAG_HTML;
}

static void md_close(void *ctx, const mt_span *sp, int tag)
{
    md_inline *m = ctx;
    if (sp->type == MT_SPAN_LINK) {
        mt_rbuf_put(m->b, "](", 2);
        put_destination(m->b, sp->href, sp->href_len);
        mt_rbuf_putc(m->b, ')');
        m->link_depth--;
        return;
    }
    if (sp->type == MT_SPAN_CODE && tag == TAG_HTML) {
        mt_rbuf_puts(m->b, "</code>");
        return;
    }
    if (sp->type == MT_SPAN_CODE) {
        if (tag & 2)
            mt_rbuf_putc(m->b, ' ');
        mt_rbuf_put_repeat(m->b, '`', (size_t)tag >> 2);
        m->code_depth--;
        return;
    }
    m->open_of_type[sp->type]--;
    if (tag == TAG_MARKUP) {
        mt_rbuf_puts(m->b, delimiter(sp->type));
    } else if (tag == TAG_UNDERSCORE) {
        mt_rbuf_puts(m->b, sp->type == MT_SPAN_STRONG ? "__" : "_");
    } else {
        mt_rbuf_put(m->b, "</", 2);
        mt_rbuf_puts(m->b, html_tag(sp->type));
        mt_rbuf_putc(m->b, '>');
    }
}

static const mt_inline_ops md_ops = { md_adjust, md_open, md_close, md_text };

static void md_inline_init(md_inline *m, mt_rbuf *b, const char *prefix, size_t prefix_len)
{
    memset(m, 0, sizeof *m);
    m->b = b;
    m->prefix = prefix;
    m->prefix_len = prefix_len;
    m->at_line_start = 1;
}

static void put_inline(md_inline *m, const char *text, size_t from, size_t to,
                       const mt_span *spans, size_t nspans)
{
    m->to = to;
    m->text_end = text + to;
    m->spans = spans;
    m->nspans = nspans;
    mt_render_inline(text, from, to, spans, nspans, &md_ops, m);
}

/* ======================================================================
 * Blocks
 * ====================================================================== */

typedef struct md_state {
    mt_rbuf *b;
    const mt_block *prev;             /* the last block written */
    int list_level;                   /* level of the last list item, 0: none */
    size_t indent[MT_RENDER_MAX_NESTING + 1];   /* content column per list level */
    char ordered[MT_RENDER_MAX_NESTING + 1];    /* kind of the open list per level */
    long next_number[MT_RENDER_MAX_NESTING + 1];   /* what an ordered list counts next */
    uint32_t list[MT_RENDER_MAX_NESTING + 1];      /* mt_block.list of the open list */
    int quote_level;
    int in_item;                      /* the last block's item level (put_in_item) */
    int outer_quotes;                 /* quotes around the last block's lists */
    int quotes_around;                /* quotes the caller writes around these blocks */
    char prefix[4 * MT_RENDER_MAX_NESTING + 16];
} md_state;

/* Whether the line t[from, to) looks like the delimiter row of a GitHub
 * table: only |, -, : and blanks, with a | and a -. */
static int is_delimiter_row(const char *t, size_t from, size_t to)
{
    int pipe = 0, dash = 0;
    for (size_t i = from; i < to; i++) {
        char c = t[i];
        if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t')
            return 0;
        pipe |= c == '|';
        dash |= c == '-';
    }
    return pipe && dash;
}

/* Whether a line after the first of t[a, z) is a delimiter row: then the
 * line above it would become a table's header (with or without pipes) and
 * the lines below its rows. Escaping every | of the block breaks the row;
 * prose with a pipe ("Jan | Feb") is left without backslashes. */
static int could_form_table(const char *t, size_t a, size_t z)
{
    const char *nl = memchr(t + a, '\n', z - a);
    while (nl) {
        size_t from = (size_t)(nl - t) + 1;
        nl = memchr(t + from, '\n', z - from);
        size_t to = nl ? (size_t)(nl - t) : z;
        if (is_delimiter_row(t, from, to))
            return 1;
    }
    return 0;
}

static void put_block_text(md_state *s, const mt_block *blk, const char *prefix,
                           size_t prefix_len, int heading)
{
    md_inline m;
    size_t a, z;
    md_inline_init(&m, s->b, prefix, prefix_len);
    m.in_heading = heading;
    mt_render_trim(blk->text, blk->text_len, 0, &a, &z);
    m.escape_pipes = !heading && could_form_table(blk->text, a, z);
    put_inline(&m, blk->text, a, z, blk->spans, blk->nspans);
}

static size_t quote_prefix(char *out, int level)
{
    size_t n = 0;
    for (int i = 0; i < level; i++) {
        out[n++] = '>';
        out[n++] = ' ';
    }
    return n;
}

static void put_heading(md_state *s, const mt_block *blk)
{
    mt_rbuf_put_repeat(s->b, '#', (size_t)mt_render_heading_level(blk));
    mt_rbuf_putc(s->b, ' ');
    put_block_text(s, blk, "", 0, 1);
}

static void put_quote(md_state *s, const mt_block *blk, int level)
{
    size_t n = quote_prefix(s->prefix, level);
    mt_rbuf_put(s->b, s->prefix, n);
    put_block_text(s, blk, s->prefix, n, 0);
}

/* CommonMark allows at most nine digits. */
static long list_number(const mt_block *blk)
{
    return blk->number < 0 ? 1 : blk->number > 999999999 ? 999999999 : blk->number;
}

static void put_list_item(md_state *s, const mt_block *blk, int level)
{
    char marker[16];
    size_t mlen;
    s->ordered[level] = blk->ordered != 0;
    s->next_number[level] = list_number(blk) + 1;
    s->list[level] = blk->list;
    if (blk->ordered) {
        mlen = (size_t)snprintf(marker, sizeof marker, "%ld. ", list_number(blk));
    } else {
        memcpy(marker, "- ", 3);
        mlen = 2;
    }
    size_t indent = s->indent[level - 1];
    s->indent[level] = indent + mlen;
    size_t cont = s->indent[level] < sizeof s->prefix ? s->indent[level] : sizeof s->prefix - 1;
    memset(s->prefix, ' ', cont);
    mt_rbuf_put_repeat(s->b, ' ', indent);
    mt_rbuf_put(s->b, marker, mlen);
    put_block_text(s, blk, s->prefix, cont, 0);
}

static void put_code(md_state *s, const mt_block *blk)
{
    size_t a, z, longest = 0, run = 0;
    mt_render_trim(blk->text, blk->text_len, 1, &a, &z);
    for (size_t i = a; i < z; i++) {
        run = blk->text[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    size_t fence = longest < 3 ? 3 : longest + 1;
    mt_rbuf_put_repeat(s->b, '`', fence);
    /* The info string must not hold backticks: keep the plain name. */
    mt_rbuf_put(s->b, blk->language, mt_render_language_len(blk->language));
    mt_rbuf_putc(s->b, '\n');
    mt_render_put_utf8(s->b, blk->text + a, z - a);
    mt_rbuf_putc(s->b, '\n');
    mt_rbuf_put_repeat(s->b, '`', fence);
}

static void put_image(md_state *s, const mt_block *blk)
{
    md_inline m;
    size_t a, z;
    md_inline_init(&m, s->b, "", 0);
    m.at_line_start = 0;
    m.in_heading = 1;          /* line breaks in alt text become spaces */
    m.link_depth = 1;
    mt_render_trim(blk->text, blk->text_len, 0, &a, &z);
    mt_rbuf_put(s->b, "![", 2);
    m.text_end = blk->text + z;
    md_text(&m, blk->text + a, z - a);
    mt_rbuf_put(s->b, "](", 2);
    put_destination(s->b, blk->src, strlen(blk->src));
    mt_rbuf_putc(s->b, ')');
}

/* ---------------------------------------------------------------- tables */

/* GitHub tables have no spans: a cell spanning n columns is followed by n-1
 * empty cells, and a cell spanning rows leaves its column empty below it
 * (the layout in render.c). The header row has every column, as the
 * delimiter row does (GFM requires it); a shorter row below is filled
 * with empty cells by the reader, so it is not padded. */
typedef struct md_cell {
    md_inline m;
    const mt_cell *cell;
} md_cell;

/* A piece of a cell's text after the marker of the list item whose line
 * begins it (text after a list has none): a table's cell holds no list,
 * so the lines ("<br>") keep their markers as text. */
static void put_cell_part(void *ctx, const mt_cell_item *item, int more, size_t from, size_t to)
{
    md_cell *c = ctx;
    if (!more)
        mt_render_put_cell_marker(c->m.b, item);
    put_inline(&c->m, c->cell->text, from, to, c->cell->spans, c->cell->nspans);
}

static void emit_cell(void *ctx, const mt_cell *cell)
{
    mt_rbuf *b = ctx;
    mt_rbuf_putc(b, ' ');
    if (cell) {
        md_cell c;
        size_t a, z;
        md_inline_init(&c.m, b, "", 0);
        c.m.in_table = 1;
        c.m.at_line_start = 0;
        c.cell = cell;
        mt_render_trim(cell->text, cell->text_len, 0, &a, &z);
        mt_render_cell_parts(cell, a, z, put_cell_part, &c);
    }
    mt_rbuf_put(b, " |", 2);
}

static void put_empty_row(mt_rbuf *b, size_t width, const char *cell)
{
    mt_rbuf_putc(b, '|');
    for (size_t c = 0; c < width; c++)
        mt_rbuf_puts(b, cell);
}

/* A table without cells (only its text) is shown as a paragraph. */
static void put_table(md_state *s, const mt_block *blk)
{
    mt_table_layout t;
    size_t width = mt_table_width(&t, blk);
    if (!width) {
        put_block_text(s, blk, "", 0, 0);
        return;
    }
    size_t r = 0;
    if (mt_render_row_is_header(&blk->rows[0])) {
        mt_rbuf_putc(s->b, '|');
        mt_table_row(&t, &blk->rows[0], width, 1, emit_cell, s->b);
        r = 1;
    } else {
        /* GitHub tables need a header row; an empty one keeps the data. */
        put_empty_row(s->b, width, "  |");
    }
    mt_rbuf_putc(s->b, '\n');
    put_empty_row(s->b, width, " --- |");
    for (; r < blk->nrows; r++) {
        mt_rbuf_put(s->b, "\n|", 2);
        mt_table_row(&t, &blk->rows[r], width, 0, emit_cell, s->b);
    }
}

/* ---------------------------------------------------------------- block sequence */

/* Whether an item at list_level, where a list of its kind is open, begins
 * another list (two lists side by side): Markdown would make it the next
 * item of the open one, so that list must be ended. A list the page counts
 * down, or whose items skip numbers, stays one list, each item written with
 * its own number: a CommonMark renderer counts on from the first instead,
 * but the text says what the page says and the list stays whole. Where the
 * lists are not known (a result built by hand), an ordered item whose
 * number does not follow begins another. */
static int starts_another_list(const md_state *s, const mt_block *blk, int list_level)
{
    if (blk->type != MT_BLOCK_LIST_ITEM || list_level <= 0 || list_level > s->list_level ||
        s->ordered[list_level] != (blk->ordered != 0))
        return 0;
    if (blk->list && s->list[list_level])
        return mt_render_other_list(blk, s->list[list_level]);
    return blk->ordered && list_number(blk) != s->next_number[list_level];
}

/* Ends the list open at `level` with an empty HTML comment between blank
 * lines (the CommonMark spec's own way to end a list), written at the
 * text column of the item around that list so that the item goes on. */
static void put_list_end(md_state *s, int level)
{
    mt_rbuf_put(s->b, "\n\n", 2);
    mt_rbuf_put_repeat(s->b, ' ', s->indent[level - 1]);
    mt_rbuf_puts(s->b, "<!-- -->\n\n");
}

/* Consecutive list items form a tight list; consecutive quote blocks stay
 * in one quote, separated by a line holding only the quote markers. */
static void put_separator(md_state *s, const mt_block *blk, int list_level, int quote_level)
{
    if (!s->prev)
        return;
    if (starts_another_list(s, blk, list_level)) {
        put_list_end(s, list_level);
        return;
    }
    if (s->prev->type == MT_BLOCK_LIST_ITEM && blk->type == MT_BLOCK_LIST_ITEM) {
        /* A list that starts at a number other than 1 cannot interrupt a
         * paragraph: right under an item it would be read as that item's
         * text. A blank line lets it start. */
        int new_list = list_level > s->list_level ||
                       s->ordered[list_level] != (blk->ordered != 0);
        int blank = new_list && blk->ordered && list_number(blk) != 1;
        mt_rbuf_put(s->b, "\n\n", blank ? 2 : 1);
        return;
    }
    if (s->prev->type == MT_BLOCK_QUOTE && blk->type == MT_BLOCK_QUOTE && s->quote_level > 0 &&
        !s->in_item) {
        int shared = quote_level < s->quote_level ? quote_level : s->quote_level;
        size_t n = quote_prefix(s->prefix, shared);
        mt_rbuf_putc(s->b, '\n');
        mt_rbuf_put(s->b, s->prefix, n - 1);    /* without the trailing space */
        mt_rbuf_putc(s->b, '\n');
        return;
    }
    mt_rbuf_put(s->b, "\n\n", 2);
}

static void put_block(md_state *s, const mt_block *blk);

/* Puts `prefix` (n bytes) before each line that begins in [from, to) of
 * what was written (`from` begins one), in place; a blank line gets the
 * prefix without its trailing spaces: nothing of an item's indent, ">" of
 * a quote's "> ". Returns how many bytes it put in. */
static size_t prefix_lines(mt_rbuf *b, size_t from, size_t to, const char *prefix, size_t n)
{
    size_t blank = n;
    while (blank && prefix[blank - 1] == ' ')
        blank--;
    size_t len = b->bytes.len, grow = 0;
    const char *d = mt_rbuf_data(b);
    for (size_t i = from; i < to; i++)
        if (i == from || d[i - 1] == '\n')
            grow += d[i] == '\n' ? blank : n;
    if (!grow || !mt_rbuf_reserve(b, grow))
        return 0;
    char *p = mt_rbuf_data(b);
    memmove(p + to + grow, p + to, len - to);
    size_t w = to + grow;
    for (size_t i = to; i-- > from;) {
        p[--w] = p[i];
        if (i == from || p[i - 1] == '\n') {
            size_t k = p[i] == '\n' ? blank : n;
            w -= k;
            memcpy(p + w, prefix, k);
        }
    }
    b->bytes.len = len + grow;
    p[b->bytes.len] = '\0';
    return grow;
}

/* A block inside a list item (code, a table, a quote, more of its text):
 * written as a block of its own, then moved to the item's text column, so
 * that the item and its list go on around it. */
static void put_in_item(md_state *s, const mt_block *blk, int level)
{
    md_state inner;
    memset(&inner, 0, sizeof inner);
    inner.b = s->b;
    inner.quotes_around = blk->quote_level;
    /* a quote's next paragraph in the same item stays in its quote */
    int same_quote = s->in_item == level && s->prev->type == MT_BLOCK_QUOTE &&
                     blk->type == MT_BLOCK_QUOTE && s->quote_level > 0;
    size_t from = s->b->bytes.len;
    if (same_quote) {
        inner.prev = s->prev;   /* put_separator writes the quote's "\n>\n" */
        inner.quote_level = s->quote_level;
    } else {
        mt_rbuf_put(s->b, "\n\n", 2);
        from += 2;
    }
    put_block(&inner, blk);
    /* moved to the item's text column */
    char pad[sizeof s->prefix];
    size_t indent = s->indent[level] < sizeof pad ? s->indent[level] : sizeof pad - 1;
    memset(pad, ' ', indent);
    prefix_lines(s->b, from, s->b->bytes.len, pad, indent);
    s->list_level = level;
    s->quote_level = inner.quote_level;
    s->in_item = level;
    s->prev = blk;
}

static void put_block(md_state *s, const mt_block *blk)
{
    int in_item = mt_render_item_level(blk, s->list_level);
    if (in_item && s->prev) {
        put_in_item(s, blk, in_item);
        return;
    }
    int list_level = 0, quote_level = 0;
    if (blk->type == MT_BLOCK_LIST_ITEM)
        list_level = mt_render_nested_level(blk->level, s->list_level);
    if (blk->type == MT_BLOCK_QUOTE) {
        int own = blk->level - s->quotes_around;
        quote_level = own < 1 ? 1 : own > MT_RENDER_MAX_NESTING ? MT_RENDER_MAX_NESTING : own;
    }
    put_separator(s, blk, list_level, quote_level);
    switch (blk->type) {
    case MT_BLOCK_HEADING: put_heading(s, blk); break;
    case MT_BLOCK_LIST_ITEM: put_list_item(s, blk, list_level); break;
    case MT_BLOCK_QUOTE: put_quote(s, blk, quote_level); break;
    case MT_BLOCK_CODE: put_code(s, blk); break;
    case MT_BLOCK_TABLE: put_table(s, blk); break;
    case MT_BLOCK_IMAGE: put_image(s, blk); break;
    case MT_BLOCK_BREAK: mt_rbuf_put(s->b, "---", 3); break;
    default: put_block_text(s, blk, "", 0, 0); break;
    }
    s->list_level = list_level;
    s->quote_level = quote_level;
    s->in_item = 0;
    s->prev = blk;
}

/* Whether a line begins at d[i]. */
static int line_starts(const char *d, size_t i)
{
    return i == 0 || d[i - 1] == '\n';
}

/* Puts `quotes` quote markers ("> > ") before the lines that begin in
 * [from, to): the quotes around a list or a code block, which are written
 * without them. Returns how many bytes it put in. */
static size_t quote_lines(mt_rbuf *b, size_t from, size_t to, int quotes)
{
    char markers[2 * MT_RENDER_MAX_NESTING];
    if (quotes <= 0 || from >= to)
        return 0;
    return prefix_lines(b, from, to, markers, quote_prefix(markers, quotes));
}

/* Writes a block with the quotes around its lists: when they change, the
 * lists end and a blank line (inside the quotes both sides share) comes
 * first. A quote block outside the lists writes its own markers. */
static void put_in_quotes(md_state *s, const mt_block *blk)
{
    int in_item = mt_render_item_level(blk, s->list_level);
    int outer = mt_render_outer_quotes(blk, in_item);
    if (!outer && !s->outer_quotes) {
        put_block(s, blk);
        return;
    }
    size_t from = s->b->bytes.len, start;
    int shared = s->outer_quotes;
    if (outer != s->outer_quotes) {
        in_item = 0;
        outer = mt_render_outer_quotes(blk, 0);
        shared = outer < s->outer_quotes ? outer : s->outer_quotes;
        if (s->prev)
            mt_rbuf_put(s->b, "\n\n", 2);
        start = s->b->bytes.len;
        s->prev = NULL;             /* no list or quote goes on across */
        s->list_level = s->in_item = s->quote_level = 0;
        put_block(s, blk);
    } else {
        put_block(s, blk);
        start = from;
        /* the separator's blank line stays in the quotes */
        const char *d = mt_rbuf_data(s->b);
        while (start < s->b->bytes.len && (d[start] == '\n' || !line_starts(d, start)))
            start++;
    }
    /* from + 1: the separator's first newline ends the line before */
    start += quote_lines(s->b, from ? from + 1 : 0, start, shared);
    /* a quote block outside the items wrote its own markers */
    if (blk->type != MT_BLOCK_QUOTE || in_item)
        quote_lines(s->b, start, s->b->bytes.len, outer);
    s->outer_quotes = outer;
}

/* Returns whether anything was written. */
static int put_blocks(mt_rbuf *b, const mt_block *blocks, size_t n)
{
    md_state s;
    memset(&s, 0, sizeof s);
    s.b = b;
    for (size_t i = 0; i < n; i++)
        if (mt_render_markup_shows(&blocks[i]))
            put_in_quotes(&s, &blocks[i]);
    if (s.prev)
        mt_rbuf_putc(b, '\n');
    return s.prev != NULL;
}

void mt_render_markdown(mt_rbuf *b, const mt_result *r, unsigned flags)
{
    (void)flags;
    int main_shown = put_blocks(b, r->blocks, r->nblocks);
    if (!r->ncomments)
        return;
    /* Comments follow a thematic break; it goes again if none shows. */
    size_t mark = b->bytes.len;
    if (main_shown)
        mt_rbuf_put(b, "\n---\n\n", 6);
    if (!put_blocks(b, r->comments, r->ncomments) && !b->failed)
        b->bytes.len = mark;
}
