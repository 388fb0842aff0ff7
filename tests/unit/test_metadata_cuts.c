/* test_metadata_cuts.c -- the metadata readers copy text into buffers of a
 * fixed size (a title's 512 bytes, a byline's 1000, the text around the
 * headline's 800 and 3 KiB, a copyright notice's 512) and cut what does
 * not fit. The cut must fall between characters: a title or an author's
 * name that ends in half a character is not UTF-8. Each page below puts
 * the end of such a buffer at every byte of a run of multi-byte
 * characters in turn, and every field must come out well-formed. */
#include <stdarg.h>
#include <stdio.h>
#include "harness.h"
#include "maintext.h"
#include "robustness/strict_utf8.h"
#include "util/utf8.h"

#define PAGE_CAP 16384

/* Three sentences of running text: the page has an article to extract. */
#define STORY "<p>The harbour master said the tide tables were wrong again this year, " \
              "and the ferry kept to the old times all the same.</p>" \
              "<p>Fishermen, who had read the tables, stayed in port on Monday and " \
              "went out on Tuesday, when the water was where they knew it would be.</p>" \
              "<p>The council said the printer would be paid all the same.</p>"

#define O_UML "\xc3\xb6"        /* U+00F6, two bytes */
#define U_UML "\xc3\xbc"        /* U+00FC */
#define E_ACUTE "\xc3\xa9"      /* U+00E9 */
#define HAN "\xe4\xb8\xad"      /* U+4E2D, three bytes */
#define EM_DASH "\xe2\x80\x94"  /* U+2014 */

typedef struct page {
    char html[PAGE_CAP];
    size_t len;
} page;

static void put(page *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(p->html + p->len, sizeof p->html - p->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        p->len += (size_t)n < sizeof p->html - p->len ? (size_t)n : sizeof p->html - p->len - 1;
}

static void put_times(page *p, const char *s, size_t times)
{
    for (size_t i = 0; i < times; i++)
        put(p, "%s", s);
}

static int well_formed(const char *s)
{
    return !s || strict_utf8(s, strlen(s));
}

/* Extracts the page and checks every metadata string; returns how many
 * were ill-formed (0 when extraction failed: other tests see to that). */
static int ill_formed_fields(mt_extractor *ex, const page *p)
{
    const mt_result *r = NULL;
    mt_status st = mt_extract(ex, p->html, p->len, "https://example.org/news/story", &r);
    if ((st != MT_OK && st != MT_ERR_NO_CONTENT) || !r)
        return 0;
    const mt_metadata *m = &r->meta;
    const char *fields[] = { m->title, m->date, m->date_modified, m->sitename, m->description,
                             m->language, m->url, m->image, m->license, m->pagetype };
    int bad = 0;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        bad += !well_formed(fields[i]);
    for (size_t i = 0; i < m->nauthors; i++)
        bad += !well_formed(m->authors[i]);
    return bad;
}

/* Runs `make` for each offset in [0, count) and counts the pages with an
 * ill-formed field. */
static int ill_formed_pages(void (*make)(page *, size_t), size_t count)
{
    mt_status st;
    mt_extractor *ex = mt_extractor_new(NULL, &st);
    CHECK(ex != NULL);
    if (!ex)
        return 0;
    static page p;
    int bad = 0;
    for (size_t off = 0; off < count; off++) {
        p.len = 0;
        make(&p, off);
        bad += ill_formed_fields(ex, &p) != 0;
    }
    mt_extractor_free(ex);
    return bad;
}

/* ---------------------------------------------------------------- titles */

/* A <title> longer than the 512 bytes its text is read into. */
static void long_title_element(page *p, size_t off)
{
    put(p, "<html><head><title>");
    put_times(p, "a", off);
    put_times(p, E_ACUTE, 300);
    put(p, "</title></head><body><article>" STORY "</article></body></html>");
}

/* An og:title and a JSON-LD headline longer than a declared title's 512
 * bytes, no heading to match them. */
static void long_declared_title(page *p, size_t off)
{
    put(p, "<html><head><meta property=\"og:title\" content=\"");
    put_times(p, "a", off);
    put_times(p, HAN, 200);
    put(p, "\"><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"");
    put_times(p, "b", off);
    put_times(p, HAN, 200);
    put(p, "\"}</script></head><body><article>" STORY "</article></body></html>");
}

/* An <h1> whose source, with the white space of its indentation and a
 * line of dashes after its words, is longer than the heading's 512 bytes,
 * and short enough once its white space is collapsed to be the title the
 * <title> declares (the dashes are no words). `lead` opens it. The title's
 * words are more than are compared (MT_TITLE_MAX_WORDS), so that the
 * half character at a cut, which would count as a word, is not compared. */
static void dashed_heading(page *p, size_t off, const char *lead)
{
    put(p, "<html><head><title>");
    put_times(p, HAN, 100);
    put(p, "</title></head><body><article><h1>%s", lead);
    put_times(p, HAN, 100);
    put(p, "\n");
    put_times(p, " ", 150 + off);
    put_times(p, EM_DASH, 60);
    put(p, "</h1>" STORY "</article></body></html>");
}

static void indented_heading(page *p, size_t off)
{
    dashed_heading(p, off, "");
}

/* The same after a kicker in the heading's first inline element: the
 * title is the text after it. */
static void indented_heading_after_lead(page *p, size_t off)
{
    dashed_heading(p, off, "<em>Topic</em>");
}

static void test_titles_cut_between_characters(void)
{
    CHECK_INT(ill_formed_pages(long_title_element, 4), 0);
    CHECK_INT(ill_formed_pages(long_declared_title, 4), 0);
    CHECK_INT(ill_formed_pages(indented_heading, 3), 0);
    CHECK_INT(ill_formed_pages(indented_heading_after_lead, 3), 0);
}

/* ---------------------------------------------------------------- authors */

/* An author meta tag longer than the byline reader's 1000 bytes, a name
 * at its end. */
static void long_author_meta(page *p, size_t off)
{
    put(p, "<html><head><title>Tide tables</title><meta name=\"author\" content=\"");
    put_times(p, " ;", 496);
    put_times(p, "x", off);
    put(p, "Jane D" O_UML O_UML O_UML O_UML "rfer\"></head><body><article>" STORY
           "</article></body></html>");
}

/* A microdata author whose text is longer than the 320 bytes it is read
 * into, a name at its end. */
static void long_microdata_author(page *p, size_t off)
{
    put(p, "<html><head><title>Tide tables</title></head><body><article>"
           "<div itemprop=\"author\">");
    put_times(p, "y", 300 + off);
    put(p, ", J" O_UML "rg M" U_UML U_UML U_UML U_UML U_UML U_UML U_UML "ller</div>" STORY
           "</article></body></html>");
}

/* A copyright notice longer than the 512 bytes read of it, its holder at
 * the end: the page's only author. */
static void long_copyright_notice(page *p, size_t off)
{
    put(p, "<html><head><title>Tide tables</title></head><body><article>" STORY
           "</article><footer><p>");
    put_times(p, "x", 490 + off);
    put(p, " \xc2\xa9 Jan" E_ACUTE " D" O_UML O_UML O_UML O_UML O_UML O_UML O_UML "rfer</p>"
           "</footer></body></html>");
}

/* `off` bytes in a box, then `lines` lines of `width` bytes: what fills a
 * reading of the text near the headline. */
static void filler_lines(page *p, size_t off, int lines, size_t width)
{
    put(p, "<div>");
    put_times(p, "z", off);
    put(p, "</div>");
    for (int i = 0; i < lines; i++) {
        put(p, "<p>Line %03d ", i);
        put_times(p, "w", width);
        put(p, "</p>");
    }
}

/* Lines after the headline that fill the 3 KiB read there, a byline where
 * the reading ends. */
static void byline_at_end_of_reading(page *p, size_t off)
{
    put(p, "<html><head><title>Headline here now</title></head><body><article>"
           "<h1>Headline here now</h1>");
    filler_lines(p, off, 33, 80);
    put(p, "<p>By J" O_UML "rg M" U_UML U_UML U_UML U_UML U_UML "ller</p>" STORY
           "</article></body></html>");
}

/* Lines before the headline that fill the 800 bytes read there, a byline
 * where the reading ends. */
static void byline_at_end_of_reading_before(page *p, size_t off)
{
    put(p, "<html><head><title>Headline here now</title></head><body><article>");
    filler_lines(p, off, 14, 40);
    put(p, "<p>By J" O_UML "rg M");
    put_times(p, U_UML, 10);
    put(p, "ller</p><p>more</p><h1>Headline here now</h1>" STORY "</article></body></html>");
}

static void test_authors_cut_between_characters(void)
{
    CHECK_INT(ill_formed_pages(long_author_meta, 4), 0);
    CHECK_INT(ill_formed_pages(long_microdata_author, 4), 0);
    CHECK_INT(ill_formed_pages(long_copyright_notice, 4), 0);
    CHECK_INT(ill_formed_pages(byline_at_end_of_reading, 160), 0);
    CHECK_INT(ill_formed_pages(byline_at_end_of_reading_before, 200), 0);
}

/* ---------------------------------------------------------------- indentation */

/* The title extracted from the page, into buf ("" for none). */
static const char *title_of(const page *p, char *buf, size_t cap)
{
    buf[0] = '\0';
    mt_status st;
    mt_extractor *ex = mt_extractor_new(NULL, &st);
    const mt_result *r = NULL;
    if (ex && mt_extract(ex, p->html, p->len, NULL, &r) == MT_OK && r && r->meta.title)
        snprintf(buf, cap, "%s", r->meta.title);
    mt_extractor_free(ex);
    return buf;
}

/* Forty words, each on a line of its own indented by forty spaces: over
 * 1,800 bytes of source, 279 of words. */
static void indented_words(page *p)
{
    for (int i = 0; i < 40; i++)
        put(p, "\n                                        Word%02d", i);
}

#define FORTY_WORDS "Word00 Word01 Word02 Word03 Word04 Word05 Word06 Word07 Word08 Word09 " \
    "Word10 Word11 Word12 Word13 Word14 Word15 Word16 Word17 Word18 Word19 Word20 Word21 " \
    "Word22 Word23 Word24 Word25 Word26 Word27 Word28 Word29 Word30 Word31 Word32 Word33 " \
    "Word34 Word35 Word36 Word37 Word38 Word39"

/* A title whose source is indented line by line is read whole: the white
 * space of the source does not take the room of the words (a <title> and
 * an <h1> read into 512 bytes once kept their first ten words). */
static void test_indented_titles_are_read_whole(void)
{
    static page p;
    char title[1024];
    p.len = 0;
    put(&p, "<html><head><title>");
    indented_words(&p);
    put(&p, "</title></head><body><article>" STORY "</article></body></html>");
    CHECK_STR(title_of(&p, title, sizeof title), FORTY_WORDS);
    p.len = 0;
    put(&p, "<html><head><title>" FORTY_WORDS "</title></head><body><article><h1>");
    indented_words(&p);
    put(&p, "</h1>" STORY "</article></body></html>");
    CHECK_STR(title_of(&p, title, sizeof title), FORTY_WORDS);
}

/* ---------------------------------------------------------------- the cut */

static void test_whole_prefix(void)
{
    CHECK_INT(mt_utf8_whole_prefix("", 0), 0);
    CHECK_INT(mt_utf8_whole_prefix("ab", 2), 2);
    CHECK_INT(mt_utf8_whole_prefix("a" O_UML, 3), 3);
    CHECK_INT(mt_utf8_whole_prefix("a" O_UML, 2), 1);
    CHECK_INT(mt_utf8_whole_prefix(HAN, 3), 3);
    CHECK_INT(mt_utf8_whole_prefix(HAN, 2), 0);
    CHECK_INT(mt_utf8_whole_prefix(HAN, 1), 0);
    CHECK_INT(mt_utf8_whole_prefix("x\xf0\x9f\x98\x80", 5), 5);
    CHECK_INT(mt_utf8_whole_prefix("x\xf0\x9f\x98\x80", 4), 1);
    /* bytes that are no cut character are left to the caller */
    CHECK_INT(mt_utf8_whole_prefix("a\x80", 2), 2);
}

int main(void)
{
    RUN(test_whole_prefix);
    RUN(test_titles_cut_between_characters);
    RUN(test_authors_cut_between_characters);
    RUN(test_indented_titles_are_read_whole);
    return harness_finish();
}
