/* csv.c -- a header row and one row per result (RFC 4180, UTF-8).
 *
 * The columns are the JSON members that hold one value, in JSON's order
 * (mt_render_meta_members): a list is joined with "; " as JSON's "author"
 * joins the authors, and "authors" itself is left out, since "author" is
 * that list already. Then "text" and "comments", the plain text JSON
 * gives, "encoding" and "fingerprint" (not "not_a_page", which only bytes that
 * are not a page have). Every row has every column: a missing value is an
 * empty field, whatever the options, so tables from different runs line up.
 *
 * Rows end with CR LF, as RFC 4180 says and as Python's csv.writer, Excel
 * and most CSV tools write them; every reader we know also takes the LF
 * line breaks inside the text, which stay as they are so that a field reads
 * back as exactly JSON's string. A field is quoted only when it must be
 * (a comma, quote, CR or LF in it). */
#include "render/render.h"

/* The names of the columns: those of mt_render_meta_members() but
 * "authors", then the text's. A constant, so that a caller can write it
 * once above many rows; test_render_csv holds it to the members' list. */
static const char csv_header[] =
    "title,author,date,date_modified,sitename,description,language,url,image,"
    "categories,tags,license,pagetype,text,comments,encoding,fingerprint\r\n";

MT_API const char *mt_render_csv_header(void)
{
    return csv_header;
}

static int needs_quotes(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
            return 1;
    return 0;
}

/* Writes s[0..len) as one field: bare, or quoted with its quotes doubled.
 * A quote is ASCII, so cutting the text at quotes never splits a UTF-8
 * sequence that mt_render_put_utf8 would then take for ill-formed. */
static void put_field(mt_rbuf *b, const char *s, size_t len)
{
    if (!needs_quotes(s, len)) {
        mt_render_put_utf8(b, s, len);
        return;
    }
    mt_rbuf_putc(b, '"');
    /* the quotes found with memchr: a field may be a page's whole text */
    size_t run = 0;
    const char *quote;
    while (run < len && (quote = memchr(s + run, '"', len - run)) != NULL) {
        size_t i = (size_t)(quote - s);
        mt_render_put_utf8(b, s + run, i + 1 - run);
        mt_rbuf_putc(b, '"');
        run = i + 1;
    }
    mt_render_put_utf8(b, s + run, len - run);
    mt_rbuf_putc(b, '"');
}

/* Writes a value made in a scratch buffer (a joined list, rendered text)
 * as one field; an empty one is an empty field. */
static void put_made_field(mt_rbuf *b, const mt_rbuf *made)
{
    if (made->failed)
        b->failed = 1;
    else if (made->bytes.len)
        put_field(b, mt_rbuf_data(made), made->bytes.len);
}

static void put_joined_field(mt_rbuf *b, const char *const *items, size_t n)
{
    mt_rbuf t;
    mt_rbuf_init(&t, b->alloc, b->max);
    mt_render_put_joined(&t, items, n, mt_rbuf_put);
    put_made_field(b, &t);
    mt_rbuf_free(&t);
}

static void put_text_field(mt_rbuf *b, const mt_block *blocks, size_t n)
{
    mt_rbuf t;
    mt_rbuf_init(&t, b->alloc, b->max);
    mt_render_text_blocks(&t, blocks, n);
    put_made_field(b, &t);
    mt_rbuf_free(&t);
}

static void put_string_field(mt_rbuf *b, const char *s)
{
    if (s)
        put_field(b, s, strlen(s));
}

/* Whether a member has a column: a list does unless its joined form, the
 * member after it, stands for it. */
static int is_column(const mt_meta_member *members, size_t i)
{
    return !(members[i].kind == MT_MEMBER_LIST && i + 1 < MT_RENDER_META_MEMBERS &&
             members[i + 1].kind == MT_MEMBER_JOINED);
}

static void put_row(mt_rbuf *b, const mt_result *r)
{
    mt_meta_member members[MT_RENDER_META_MEMBERS];
    mt_render_meta_members(&r->meta, members);
    for (size_t i = 0; i < MT_RENDER_META_MEMBERS; i++) {
        if (!is_column(members, i))
            continue;
        if (members[i].kind == MT_MEMBER_STRING)
            put_string_field(b, members[i].string);
        else
            put_joined_field(b, members[i].items, members[i].nitems);
        mt_rbuf_putc(b, ',');
    }
    put_text_field(b, r->blocks, r->nblocks);
    mt_rbuf_putc(b, ',');
    put_text_field(b, r->comments, r->ncomments);
    mt_rbuf_putc(b, ',');
    put_string_field(b, r->encoding);
    mt_rbuf_putc(b, ',');
    char fingerprint[17];
    if (mt_render_fingerprint(r, fingerprint))
        put_field(b, fingerprint, 16);
    mt_rbuf_put(b, "\r\n", 2);
}

void mt_render_csv(mt_rbuf *b, const mt_result *r, unsigned flags)
{
    if (!(flags & MT_RENDER_NO_HEADER))
        mt_rbuf_put(b, csv_header, sizeof csv_header - 1);
    put_row(b, r);
}
