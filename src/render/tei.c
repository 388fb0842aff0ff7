/* tei.c -- the result as a TEI P5 document, the XML of the text encoding
 * community (digital humanities, corpus linguistics):
 *
 *   <TEI xmlns="http://www.tei-c.org/ns/1.0">
 *   <teiHeader>
 *    <fileDesc>
 *     <titleStmt><title>..</title><author>..</author>..</titleStmt>
 *     <publicationStmt><publisher>site</publisher>
 *      <availability><licence>..</licence></availability></publicationStmt>
 *     <sourceDesc><bibl><title/><author/>..<publisher/><date when=".."/>
 *      <date type="modified" when=".."/><ptr target="url"/></bibl></sourceDesc>
 *    </fileDesc>
 *    <profileDesc><abstract><p>description</p></abstract>
 *     <langUsage><language ident="en"/></langUsage>
 *     <textClass><keywords><term type="category">..</term>
 *      <term type="tag">..</term></keywords></textClass></profileDesc>
 *   </teiHeader>
 *   <text xml:lang="en"><body>
 *    <div type="entry">..blocks as in xml.c..</div>
 *    <div type="comments">..</div>
 *   </body></text>
 *   </TEI>
 *
 * The blocks are written as the XML renderer writes them (head, p, list,
 * item, quote, code, table/row/cell, hi, ref, lb), in TEI's structure where
 * ours differs: a heading opens a <div> (TEI wants a division's <head> at
 * its start; one in a list or quote, where TEI has no <head>, is a
 * <p rend="hN">), an image is a <figure> with its alt text as <figDesc> (TEI's
 * <graphic> has no alt, and stands in a paragraph or a figure), a code block
 * is <ab><code> (<code> is phrase-level); and with TEI's names: a caption as
 * <p rend="caption">, a break as <milestone unit="section"/>, a header cell
 * as role="label". The
 * publication statement, which TEI requires, is an empty <p/> when the
 * page names no site and no licence; a licence without a site has an
 * empty <publisher/> before it, as TEI wants a publication statement's
 * details after who published it, never beside paragraphs. */
#include <stdio.h>
#include "render/render.h"

static const mt_xml_vocabulary tei_vocabulary = {
    "url", "p", " rend=\"caption\"", "<milestone unit=\"section\"/>\n", " role=\"label\"",
    "<p/>\n", "figDesc", 1, 1,
};

static int given(const char *s)
{
    return s && s[0];
}

/* <name>value</name> and a line end, when there is a value. */
static void put_text_element(mt_rbuf *b, const char *name, const char *attrs,
                             const char *value)
{
    if (!given(value))
        return;
    mt_rbuf_putc(b, '<');
    mt_rbuf_puts(b, name);
    mt_rbuf_puts(b, attrs);
    mt_rbuf_putc(b, '>');
    mt_render_put_markup(b, value, strlen(value), 0);
    mt_rbuf_put(b, "</", 2);
    mt_rbuf_puts(b, name);
    mt_rbuf_put(b, ">\n", 2);
}

static void put_authors(mt_rbuf *b, const mt_metadata *m)
{
    for (size_t i = 0; i < m->nauthors; i++)
        put_text_element(b, "author", "", m->authors[i]);
}

/* <date when="..">..</date>: our dates are ISO 8601, as @when wants. */
static void put_date(mt_rbuf *b, const char *type, const char *date)
{
    if (!given(date))
        return;
    mt_rbuf_put(b, "<date", 5);
    if (type)
        mt_render_put_attr(b, "type", type, strlen(type));
    mt_render_put_attr(b, "when", date, strlen(date));
    mt_rbuf_putc(b, '>');
    mt_render_put_markup(b, date, strlen(date), 0);
    mt_rbuf_put(b, "</date>\n", 8);
}

static void put_file_desc(mt_rbuf *b, const mt_metadata *m)
{
    mt_rbuf_puts(b, "<fileDesc>\n<titleStmt>\n");
    if (given(m->title))
        put_text_element(b, "title", "", m->title);
    else
        mt_rbuf_puts(b, "<title/>\n");     /* TEI wants one */
    put_authors(b, m);
    mt_rbuf_puts(b, "</titleStmt>\n<publicationStmt>\n");
    if (given(m->sitename))
        put_text_element(b, "publisher", "", m->sitename);
    else
        mt_rbuf_puts(b, given(m->license) ? "<publisher/>\n" : "<p/>\n");
    if (given(m->license)) {
        mt_rbuf_puts(b, "<availability>\n");
        put_text_element(b, "licence", "", m->license);
        mt_rbuf_puts(b, "</availability>\n");
    }
    mt_rbuf_puts(b, "</publicationStmt>\n<sourceDesc>\n<bibl>\n");
    put_text_element(b, "title", "", m->title);
    put_authors(b, m);
    put_text_element(b, "publisher", "", m->sitename);
    put_date(b, NULL, m->date);
    put_date(b, "modified", m->date_modified);
    if (given(m->url)) {
        mt_rbuf_put(b, "<ptr", 4);
        mt_render_put_attr(b, "target", m->url, strlen(m->url));
        mt_rbuf_put(b, "/>\n", 3);
    }
    mt_rbuf_puts(b, "</bibl>\n</sourceDesc>\n</fileDesc>\n");
}

static void put_terms(mt_rbuf *b, const char *type, const char *const *items, size_t n)
{
    char attrs[32];
    snprintf(attrs, sizeof attrs, " type=\"%s\"", type);
    for (size_t i = 0; i < n; i++)
        put_text_element(b, "term", attrs, items[i]);
}

static void put_profile_desc(mt_rbuf *b, const mt_metadata *m)
{
    int keywords = m->ncategories || m->ntags;
    if (!given(m->description) && !given(m->language) && !keywords)
        return;
    mt_rbuf_puts(b, "<profileDesc>\n");
    if (given(m->description)) {
        mt_rbuf_puts(b, "<abstract>\n");
        put_text_element(b, "p", "", m->description);
        mt_rbuf_puts(b, "</abstract>\n");
    }
    if (given(m->language)) {
        mt_rbuf_puts(b, "<langUsage>\n<language");
        mt_render_put_attr(b, "ident", m->language, strlen(m->language));
        mt_rbuf_puts(b, "/>\n</langUsage>\n");
    }
    if (keywords) {
        mt_rbuf_puts(b, "<textClass>\n<keywords>\n");
        put_terms(b, "category", m->categories, m->ncategories);
        put_terms(b, "tag", m->tags, m->ntags);
        mt_rbuf_puts(b, "</keywords>\n</textClass>\n");
    }
    mt_rbuf_puts(b, "</profileDesc>\n");
}

void mt_render_tei(mt_rbuf *b, const mt_result *r, unsigned flags)
{
    (void)flags;
    const mt_metadata *m = &r->meta;
    mt_rbuf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n");
    put_file_desc(b, m);
    put_profile_desc(b, m);
    mt_rbuf_puts(b, "</teiHeader>\n<text");
    if (given(m->language))
        mt_render_put_attr(b, "xml:lang", m->language, strlen(m->language));
    mt_rbuf_puts(b, ">\n<body>\n");
    mt_render_xml_blocks(b, &tei_vocabulary, "<div type=\"entry\">\n", "</div>\n", r->blocks,
                         r->nblocks);
    if (r->ncomments)
        mt_render_xml_blocks(b, &tei_vocabulary, "<div type=\"comments\">\n", "</div>\n",
                             r->comments, r->ncomments);
    mt_rbuf_puts(b, "</body>\n</text>\n</TEI>\n");
}
