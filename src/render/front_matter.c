/* front_matter.c -- the metadata as YAML front matter (MT_RENDER_METADATA).
 *
 * Plain text and Markdown carry no metadata of their own. The convention
 * tools agree on (static site generators, note-taking apps, pandoc,
 * corpus tools that keep one page per file) is a YAML block between two
 * "---" lines at the top of the file. Each member is written as JSON
 * writes it, with the same names and in the same order; every string is
 * a double-quoted YAML scalar, so no value can be read as a number, a
 * date, a boolean or more YAML. */
#include "render/render.h"
#include "util/utf8.h"

/* A byte that goes out as it is inside a double-quoted scalar: printable
 * ASCII other than the quote and the backslash. */
static int plain_byte(unsigned char c)
{
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
}

static void put_escaped_code_point(mt_rbuf *b, uint32_t cp)
{
    static const char hex[] = "0123456789ABCDEF";
    switch (cp) {
    case '"': mt_rbuf_put(b, "\\\"", 2); return;
    case '\\': mt_rbuf_put(b, "\\\\", 2); return;
    case '\n': mt_rbuf_put(b, "\\n", 2); return;
    case '\t': mt_rbuf_put(b, "\\t", 2); return;
    case '\r': mt_rbuf_put(b, "\\r", 2); return;
    }
    char u[6] = { '\\', 'u', hex[(cp >> 12) & 15], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15],
                  hex[cp & 15] };
    mt_rbuf_put(b, u, 6);
}

/* Whether YAML would refuse a code point in a scalar unescaped: the C1
 * controls (its printable set leaves them out, but for NEL, which it
 * would read as a line break all the same), the separators U+2028 and
 * U+2029 (line breaks to YAML 1.1 readers) and the noncharacters U+FFFE
 * and U+FFFF. */
static int needs_escape(uint32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0xFFFE ||
           cp == 0xFFFF;
}

/* A string as a double-quoted scalar; ill-formed UTF-8 becomes U+FFFD, as
 * in every rendering. */
static void put_string(mt_rbuf *b, const char *s, size_t len)
{
    const char *end = s + len;
    mt_rbuf_putc(b, '"');
    while (s < end) {
        const char *run = s;
        while (s < end && plain_byte((unsigned char)*s))
            s++;
        mt_rbuf_put(b, run, (size_t)(s - run));
        if (s == end)
            break;
        if ((unsigned char)*s < 0x80) {
            put_escaped_code_point(b, (unsigned char)*s++);
            continue;
        }
        size_t n;
        uint32_t cp = mt_utf8_decode(s, end, &n);
        if (n == 1)
            mt_rbuf_put(b, "\xEF\xBF\xBD", 3);      /* an ill-formed byte */
        else if (needs_escape(cp))
            put_escaped_code_point(b, cp);
        else
            mt_rbuf_put(b, s, n);
        s += n;
    }
    mt_rbuf_putc(b, '"');
}

static void put_list(mt_rbuf *b, const char *const *items, size_t n)
{
    int first = 1;
    mt_rbuf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (!items[i] || !items[i][0])
            continue;
        if (!first)
            mt_rbuf_put(b, ", ", 2);
        put_string(b, items[i], strlen(items[i]));
        first = 0;
    }
    mt_rbuf_putc(b, ']');
}

static size_t items_with_text(const char *const *items, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += items[i] && items[i][0];
    return k;
}

void mt_render_front_matter(mt_rbuf *b, const mt_result *r)
{
    mt_meta_member members[MT_RENDER_META_MEMBERS];
    mt_render_meta_members(&r->meta, members);
    mt_rbuf_put(b, "---\n", 4);
    for (size_t i = 0; i < MT_RENDER_META_MEMBERS; i++) {
        const mt_meta_member *m = &members[i];
        /* a member without a value is left out, as YAML's readers take a
         * missing key for null */
        if (m->kind == MT_MEMBER_STRING ? !m->string || !m->string[0]
                                        : !items_with_text(m->items, m->nitems))
            continue;
        mt_rbuf_puts(b, m->name);
        mt_rbuf_put(b, ": ", 2);
        if (m->kind == MT_MEMBER_STRING) {
            put_string(b, m->string, strlen(m->string));
        } else if (m->kind == MT_MEMBER_LIST) {
            put_list(b, m->items, m->nitems);
        } else {
            /* the joined form, as JSON's "author": "A; B" */
            mt_rbuf render;
            mt_rbuf_init(&render, b->alloc, b->max);
            mt_render_put_joined(&render, m->items, m->nitems, mt_rbuf_put);
            if (render.failed)
                b->failed = 1;
            else if (render.bytes.len)
                put_string(b, mt_rbuf_data(&render), render.bytes.len);
            mt_rbuf_free(&render);
        }
        mt_rbuf_putc(b, '\n');
    }
    mt_rbuf_put(b, "---\n", 4);
}
