/* test_stated_body.c -- pages a script fills in, read from the body their
 * JSON-LD states (articleBody). */
#include "harness.h"
#include "failing_alloc.h"
#include "extract_page.h"
#include "maintext.h"

/* The head of a page whose article a script writes into an empty <div>:
 * what the page shows without it is a line asking for JavaScript. */
#define SHELL_HEAD "<!DOCTYPE html><html lang='en'><head><title>Flood closes lower town | Gazette</title>"
#define SHELL_BODY "<body><div id='root'></div><noscript>You need to enable JavaScript " \
                   "to run this app.</noscript><script src='/app.js'></script></body></html>"

/* A JSON-LD block for a news article with `body` (a JSON string's inside). */
#define NEWS_LD(body) \
    "<script type='application/ld+json'>{\"@context\":\"https://schema.org\"," \
    "\"@type\":\"NewsArticle\",\"headline\":\"Flood closes lower town\"," \
    "\"author\":{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\"}," \
    "\"datePublished\":\"2024-03-05T08:00:00Z\",\"articleBody\":\"" body "\"}</script>"

#define RIVER "The river rose all night, and by morning the lower streets were under water, " \
              "the shops closed, the buses stopped, and the bridge was shut."
#define RESIDENTS "Residents, who had been warned on Tuesday, moved cars, furniture and " \
                  "animals to higher ground; some stayed, others left for relatives inland."
#define COUNCIL "The council said, late on Wednesday, that pumps would run until the level " \
                "fell, and that schools, libraries and the market would stay shut."

/* What an extractor with `opts` (NULL: the defaults) gives for `html` at
 * `url` (may be NULL): its status, its text in `out` (blocks joined by
 * newlines) and its number of blocks in *nblocks. */
static mt_status read_page(const char *html, const char *url, const mt_options *opts, char *out,
                           size_t cap, size_t *nblocks, char *title, size_t title_cap)
{
    out[0] = '\0';
    if (title)
        title[0] = '\0';
    *nblocks = 0;
    mt_status st;
    mt_extractor *ex = mt_extractor_new(opts, &st);
    CHECK(ex != NULL);
    if (!ex)
        return st;
    const mt_result *r = NULL;
    st = mt_extract(ex, html, strlen(html), url, &r);
    if (st == MT_OK) {
        size_t n = 0;
        for (size_t i = 0; i < r->nblocks && n + r->blocks[i].text_len + 2 < cap; i++) {
            memcpy(out + n, r->blocks[i].text, r->blocks[i].text_len);
            n += r->blocks[i].text_len;
            out[n++] = '\n';
        }
        out[n] = '\0';
        *nblocks = r->nblocks;
        if (title && r->meta.title)
            snprintf(title, title_cap, "%s", r->meta.title);
    }
    mt_extractor_free(ex);
    return st;
}

/* The text a fresh extractor with the defaults keeps of `html`, which
 * must keep some, in `out` (read_page's); returns its number of blocks. */
static size_t kept_text(const char *html, char *out, size_t cap)
{
    size_t n;
    CHECK_INT(read_page(html, NULL, NULL, out, cap, &n, NULL, 0), MT_OK);
    return n;
}

static void test_plain_text_body_of_a_script_filled_page(void)
{
    const char *html = SHELL_HEAD NEWS_LD(RIVER "\\n\\n" RESIDENTS "\\n" COUNCIL) "</head>" SHELL_BODY;
    char out[4096], title[256];
    size_t n;
    CHECK_INT(read_page(html, NULL, NULL, out, sizeof out, &n, title, sizeof title), MT_OK);
    /* each line of the body a paragraph, blank lines none */
    CHECK_INT(n, 3);
    CHECK_STR(out, RIVER "\n" RESIDENTS "\n" COUNCIL "\n");
    CHECK(strstr(out, "JavaScript") == NULL);
    /* the metadata is the page's own, read before */
    CHECK_STR(title, "Flood closes lower town");
}

static void test_markup_body(void)
{
    const char *html = SHELL_HEAD
        NEWS_LD("<p>" RIVER "</p><p>Sandbags &amp; pumps: " RESIDENTS "</p>") "</head>" SHELL_BODY;
    char out[4096];
    CHECK_INT(kept_text(html, out, sizeof out), 2);
    CHECK(strstr(out, "Sandbags & pumps: Residents") != NULL);
    CHECK(strstr(out, "<p>") == NULL);
}

/* A '<' in plain text is text: a stated body of one '<' is not markup. */
static void test_angle_bracket_in_plain_text(void)
{
    const char *html = SHELL_HEAD
        NEWS_LD(RIVER " Gauges read 3<5 metres at dawn, and the council said so. " COUNCIL)
        "</head>" SHELL_BODY;
    char out[4096];
    kept_text(html, out, sizeof out);
    CHECK(strstr(out, "Gauges read 3<5 metres") != NULL);
}

/* A shell that shows a line of its own (a footer the extractor keeps for
 * want of anything else) gives way to a stated body four times as long. */
static void test_short_shell_text_gives_way(void)
{
    const char *html =
        SHELL_HEAD NEWS_LD(RIVER "\\n" RESIDENTS "\\n" COUNCIL) "</head><body><div id='root'></div>"
        "<p>Gazette Media Group, 12 Harbour Road, is registered in the lower town; "
        "all rights reserved.</p></body></html>";
    char out[4096];
    kept_text(html, out, sizeof out);
    CHECK(strstr(out, RESIDENTS) != NULL);
    CHECK(strstr(out, "Harbour Road") == NULL);
}

/* A page that shows its article keeps what it shows, whatever its JSON-LD
 * states beside it (here a shorter summary). */
static void test_shown_article_is_kept(void)
{
    const char *html =
        "<html><head><title>Flood</title>" NEWS_LD("Water in the lower town; schools shut.")
        "</head><body>" PAGE_NAV "<article><h1>Flood closes lower town</h1>" STORY_OPENING
        "</article></body></html>";
    char out[4096];
    kept_text(html, out, sizeof out);
    CHECK(strstr(out, "The river rose all night") != NULL);
    CHECK(strstr(out, "Water in the lower town") == NULL);
}

/* Two articles that state bodies: a listing's teasers, none of them the
 * page, unless one is named by the page's address. */
static void test_bodies_of_several_articles(void)
{
    const char *html =
        "<html><head><title>News</title><script type='application/ld+json'>"
        "[{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        "\"url\":\"https://gazette.example/flood\",\"headline\":\"Flood\","
        "\"articleBody\":\"" RIVER " " RESIDENTS "\"},"
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        "\"url\":\"https://gazette.example/market\",\"headline\":\"Market\","
        "\"articleBody\":\"" COUNCIL " The market reopens on Friday, the council said.\"}]"
        "</script></head>" SHELL_BODY;
    char out[4096];
    size_t n;
    CHECK_INT(read_page(html, NULL, NULL, out, sizeof out, &n, NULL, 0), MT_ERR_NO_CONTENT);
    CHECK_INT(read_page(html, "https://gazette.example/market", NULL, out, sizeof out, &n, NULL, 0),
              MT_OK);
    CHECK(strstr(out, "The market reopens on Friday") != NULL);
    CHECK(strstr(out, "The river rose") == NULL);
}

/* An article item named by another address than the page's is another
 * page's: a home page's lead story (the page's address known), a related
 * story beside the page's own item that states no body. */
static void test_another_pages_article(void)
{
#define LEAD_LD(extra) \
    "<script type='application/ld+json'>[" extra "{\"@context\":\"https://schema.org\"," \
    "\"@type\":\"NewsArticle\",\"url\":\"https://gazette.example/2024/flood\"," \
    "\"headline\":\"Flood\",\"datePublished\":\"2024-03-05\"," \
    "\"articleBody\":\"" RIVER "\\n" RESIDENTS "\\n" COUNCIL "\"}]</script>"
    const char *home = SHELL_HEAD LEAD_LD("") "</head>" SHELL_BODY;
    const char *related = SHELL_HEAD
        LEAD_LD("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                "\"url\":\"https://gazette.example/2024/market\",\"headline\":\"Market\"},")
        "</head>" SHELL_BODY;
    char out[4096];
    size_t n;
    CHECK_INT(read_page(home, "https://gazette.example/", NULL, out, sizeof out, &n, NULL, 0),
              MT_ERR_NO_CONTENT);
    CHECK_INT(read_page(related, NULL, NULL, out, sizeof out, &n, NULL, 0), MT_ERR_NO_CONTENT);
    /* named by the page's address, or by its canonical URL, it is the page's */
    CHECK_INT(read_page(home, "https://www.gazette.example/2024/flood?ref=home", NULL, out,
                        sizeof out, &n, NULL, 0), MT_OK);
    CHECK_INT(n, 3);
    const char *canonical = SHELL_HEAD LEAD_LD("")
        "<link rel='canonical' href='https://gazette.example/2024/flood'></head>" SHELL_BODY;
    CHECK_INT(read_page(canonical, "https://gazette.example/a/123", NULL, out, sizeof out, &n,
                        NULL, 0), MT_OK);
    CHECK_INT(n, 3);
    /* with no address to tell it by, the one article there is the page's */
    CHECK_INT(read_page(home, NULL, NULL, out, sizeof out, &n, NULL, 0), MT_OK);
#undef LEAD_LD
}

/* The whole page is what the page shows: no stated body. */
static void test_whole_page_reads_no_stated_body(void)
{
    const char *html = SHELL_HEAD NEWS_LD(RIVER "\\n" RESIDENTS) "</head>" SHELL_BODY;
    mt_options o;
    mt_options_default(&o);
    o.focus = MT_FOCUS_WHOLE_PAGE;
    char out[4096];
    size_t n;
    read_page(html, NULL, &o, out, sizeof out, &n, NULL, 0);
    CHECK(strstr(out, "The river rose") == NULL);
}

/* The result's text_source names the reading the text comes from. */
static void check_text_source(const char *html, const char *want)
{
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    CHECK(ex != NULL);
    if (!ex)
        return;
    const mt_result *r = NULL;
    mt_status st = mt_extract(ex, html, strlen(html), NULL, &r);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(st, want ? MT_OK : MT_ERR_NO_CONTENT);
        CHECK_STR(r->text_source ? r->text_source : "(null)", want ? want : "(null)");
    }
    mt_extractor_free(ex);
}

static void test_text_source_tells_the_reading(void)
{
    check_text_source("<html><body>" PAGE_NAV "<article>" STORY_OPENING "</article></body></html>",
                      "page");
    check_text_source(SHELL_HEAD NEWS_LD(RIVER "\\n" RESIDENTS) "</head>" SHELL_BODY, "json-ld");
    /* the article in <noscript>, for readers without scripts */
    check_text_source("<html><body><div id='root'></div><noscript><article>" STORY_OPENING
                      "</article></noscript></body></html>", "noscript");
    /* a title that lost its end tag swallowed the page */
    check_text_source("<html><head><title>Flood<link rel='x' href='/a'></head><body><article>"
                      STORY_OPENING "</article></body></html>", "mended");
    check_text_source(SHELL_HEAD "</head>" SHELL_BODY, NULL);
}

/* Memory running out anywhere in the readings gives the whole result or
 * MT_ERR_NOMEM, and leaks nothing. */
static void test_memory_running_out(void)
{
    const char *html = SHELL_HEAD NEWS_LD(RIVER "\\n" RESIDENTS "\\n" COUNCIL) "</head>" SHELL_BODY;
    mt_options o;
    mt_options_default(&o);
    size_t n;
    long wrong, leaked;
    CHECK_INT(failing_alloc_sweep(html, o, 600, &n, &wrong, &leaked), MT_OK);
    CHECK_INT(wrong, 0);
    CHECK_INT(leaked, 0);
    CHECK_INT(n, 3);
}

/* Plain text that compares ("for i<n and a<b") holds no tags: its '<' are
 * text, none of it lost to a tag that the parser would open. */
static void test_comparisons_in_plain_text(void)
{
    const char *html = SHELL_HEAD
        NEWS_LD("The loop runs while i<n and j<m hold, and stops when a<b fails." "\\n" RIVER)
        "</head>" SHELL_BODY;
    char out[4096];
    CHECK_INT(kept_text(html, out, sizeof out), 2);
    CHECK(strstr(out, "while i<n and j<m hold, and stops when a<b fails.\n") != NULL);
}

/* Lines that end in a carriage return alone are lines too. */
static void test_carriage_returns_part_paragraphs(void)
{
    const char *html =
        SHELL_HEAD NEWS_LD(RIVER "\\r" RESIDENTS "\\r\\n" COUNCIL) "</head>" SHELL_BODY;
    char out[4096];
    kept_text(html, out, sizeof out);
    CHECK_STR(out, RIVER "\n" RESIDENTS "\n" COUNCIL "\n");
}

/* Markup whose paragraphs are its lines (links and emphasis in them, no
 * <p>): a paragraph a line, as in plain text. */
static void test_inline_markup_in_lines(void)
{
    const char *html = SHELL_HEAD
        NEWS_LD(RIVER " <a href='/gauges'>Gauges</a> said so.\\n\\n<em>Residents</em>, who had "
                "been warned on Tuesday, moved cars.\\n" COUNCIL)
        "</head>" SHELL_BODY;
    char out[4096];
    CHECK_INT(kept_text(html, out, sizeof out), 3);
    CHECK(strstr(out, "Gauges said so.\nResidents, who had") != NULL);
}

/* A body whose markup runs to its end as text (<plaintext>, an unclosed
 * <textarea>) shows none of the page made around it. */
static void test_body_markup_that_runs_to_the_end(void)
{
    const char *html = SHELL_HEAD
        NEWS_LD("<p>" RIVER "</p><p>" COUNCIL "</p><plaintext>Gauges read true.")
        "</head>" SHELL_BODY;
    char out[4096];
    kept_text(html, out, sizeof out);
    CHECK(strstr(out, "</") == NULL);
}

/* Links in a body written as markup resolve as the page's own do: against
 * its address, or failing that its canonical URL. */
static void test_links_of_a_markup_body(void)
{
    mt_options o;
    mt_options_default(&o);
    o.include = MT_INCLUDE_LINKS;
    const char *html = SHELL_HEAD NEWS_LD("<p>" RIVER "</p><p><a href='/pumps'>Pumps</a> run. "
                                          COUNCIL "</p>")
        "<link rel='canonical' href='https://gazette.example/flood'></head>" SHELL_BODY;
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    const mt_result *r = NULL;
    CHECK_INT(mt_extract(ex, html, strlen(html), NULL, &r), MT_OK);
    const char *href = NULL;
    for (size_t i = 0; r && i < r->nblocks; i++)
        for (size_t k = 0; k < r->blocks[i].nspans; k++)
            if (r->blocks[i].spans[k].href)
                href = r->blocks[i].spans[k].href;
    CHECK(href != NULL);
    if (href)
        CHECK(strncmp(href, "https://gazette.example/pumps", 29) == 0);
    mt_extractor_free(ex);
}

/* The limits a result reports are those of the readings it comes from: a
 * stated body nested deeper than the parse goes says so. */
static void test_limits_of_the_stated_reading(void)
{
    static char html[16384];
    size_t n = (size_t)snprintf(html, sizeof html, "%s", SHELL_HEAD
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"");
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(html + n, sizeof html - n, "<div>");
    snprintf(html + n, sizeof html - n, "%s",
             "<p>" RIVER "</p><p>" COUNCIL "</p>\"}</script></head>" SHELL_BODY);
    mt_options o;
    mt_options_default(&o);
    o.parse.max_depth = 20;
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    const mt_result *r = NULL;
    CHECK_INT(mt_extract(ex, html, strlen(html), NULL, &r), MT_OK);
    CHECK(r && (r->limits & MT_LIMIT_DEPTH));
    mt_extractor_free(ex);
}

/* ---------------------------------------------------------------- batches */

/* Appends `s` (NULL: "-") and a separator to out[*n..cap). */
static void put_field(char *out, size_t cap, size_t *n, const char *s)
{
    int w = snprintf(out + *n, cap - *n, "%s|", s ? s : "-");
    if (w > 0)
        *n = *n + (size_t)w < cap ? *n + (size_t)w : cap - 1;
}

/* A result written out whole, the strings of its metadata and every
 * block's text, type and spans: read from each of its pointers,
 * so reading one the extractor let go is a fault under ASan. */
static void describe(const mt_result *r, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    const mt_metadata *m = &r->meta;
    const char *fields[] = { m->title, m->date, m->date_modified, m->sitename, m->description,
                             m->language, m->url, m->image, m->license, m->pagetype,
                             r->encoding, r->encoding_source };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        put_field(out, cap, &n, fields[i]);
    for (size_t i = 0; i < m->nauthors; i++)
        put_field(out, cap, &n, m->authors[i]);
    for (size_t i = 0; i < MT_META_FIELD_COUNT; i++)
        put_field(out, cap, &n, m->source[i]);
    for (size_t i = 0; i < r->nblocks; i++) {
        const mt_block *b = &r->blocks[i];
        char kind[32];
        snprintf(kind, sizeof kind, "%d.%d", (int)b->type, b->level);
        put_field(out, cap, &n, kind);
        put_field(out, cap, &n, b->text);
        for (size_t k = 0; k < b->nspans; k++) {
            const mt_span *sp = &b->spans[k];
            char span[256];
            snprintf(span, sizeof span, "%d:%u-%u:%.*s", (int)sp->type, (unsigned)sp->start,
                     (unsigned)sp->end, sp->href ? (int)sp->href_len : 0, sp->href ? sp->href : "");
            put_field(out, cap, &n, span);
        }
    }
}

/* What a fresh extractor with `o` gives for `html`: its status, and the
 * result described in `out`. */
static mt_status read_alone(const char *html, const mt_options *o, char *out, size_t cap)
{
    out[0] = '\0';
    mt_extractor *ex = mt_extractor_new(o, NULL);
    CHECK(ex != NULL);
    if (!ex)
        return MT_ERR_NOMEM;
    const mt_result *r = NULL;
    mt_status st = mt_extract(ex, html, strlen(html), NULL, &r);
    if (r)
        describe(r, out, cap);
    mt_extractor_free(ex);
    return st;
}

/* A page whose <noscript> holds the article's opening as markup (read
 * again without scripts, that reading is taken: NOSCRIPT_SHELL alone
 * keeps it) while its JSON-LD states the whole article, four times as
 * long. */
#define NOSCRIPT_SHELL(ld) \
    SHELL_HEAD ld "</head><body><div id='root'></div><noscript><article><h1>Flood</h1>" \
    STORY_OPENING "</article></noscript></body></html>"
#define LONG_BODY \
    RIVER "\\n" RESIDENTS "\\n" COUNCIL "\\n" RIVER "\\n" RESIDENTS "\\n" COUNCIL "\\n" \
    RIVER "\\n" RESIDENTS "\\n" COUNCIL "\\n" RIVER "\\n" RESIDENTS "\\n" COUNCIL "\\n" \
    "Gauges at the north pier read true again on Thursday."
#define NOSCRIPT_TEASER_PAGE NOSCRIPT_SHELL(NEWS_LD(LONG_BODY))

/* A page whose <title> lost its end tag and swallowed the article: read
 * again with the title closed (the mended reading), which is taken. */
#define SWALLOWED_PAGE \
    "<html><head>" NEWS_LD(RIVER "\\n" RESIDENTS "\\n" COUNCIL "\\n" RIVER "\\n" RESIDENTS \
    "\\n" COUNCIL "\\n" RIVER "\\n" RESIDENTS "\\n" COUNCIL "\\n" RIVER "\\n" RESIDENTS) \
    "<title>Flood closes lower town</head><body><article><h1>Flood</h1>" STORY_OPENING \
    "</article></body></html>"

/* One extractor over pages read every way (from the stated body after a
 * plain reading, after a reading without scripts; a mended reading; none
 * of these) in turn: each result is the one a fresh extractor gives, and
 * whole until the next page (the stated reading's metadata lives in the
 * document that becomes the spare, which the next page's second reading
 * reuses). */
static void test_pages_in_turn(void)
{
    static const char *const pages[] = {
        SHELL_HEAD NEWS_LD(RIVER "\\n" RESIDENTS "\\n" COUNCIL) "</head>" SHELL_BODY,
        "<html><head><title>Flood</title></head><body>" PAGE_NAV "<article><h1>Flood</h1>"
        STORY_OPENING "</article></body></html>",
        NOSCRIPT_TEASER_PAGE,
        SHELL_HEAD NEWS_LD("<h2>Lower town</h2><p>" RIVER "</p><ul><li>" RESIDENTS "</li><li>"
                           COUNCIL "</li></ul><p><a href='/pumps'>Pumps</a> run.</p>")
        "<link rel='canonical' href='https://gazette.example/flood'></head>" SHELL_BODY,
        SWALLOWED_PAGE,
    };
    enum { NPAGES = sizeof pages / sizeof *pages };
    static const int order[] = { 0, 1, 0, 2, 0, 4, 0, 3, 2, 3, 4, 2, 1, 3, 0, 2, 4, 1 };
    static char alone[NPAGES][8192];
    mt_status alone_st[NPAGES];
    mt_options o;
    mt_options_default(&o);
    o.include = MT_INCLUDE_LINKS | MT_INCLUDE_FORMATTING;
    for (int i = 0; i < NPAGES; i++)
        alone_st[i] = read_alone(pages[i], &o, alone[i], sizeof alone[i]);
    /* the pages read as their names say */
    CHECK(strstr(alone[0], RESIDENTS) != NULL);
    CHECK(strstr(alone[2], "Gauges at the north pier") != NULL);
    char shell[8192];
    CHECK_INT(read_alone(NOSCRIPT_SHELL(""), &o, shell, sizeof shell), MT_OK);
    CHECK(strstr(shell, RESIDENTS) != NULL);
    CHECK(strstr(alone[3], "Lower town") != NULL && strstr(alone[3], "gazette.example/pumps"));
    /* (the mended reading is taken: the body it states four times is not) */
    CHECK(strstr(alone[4], RIVER) != NULL && strstr(strstr(alone[4], RIVER) + 1, RIVER) == NULL);
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    CHECK(ex != NULL);
    if (!ex)
        return;
    static char got[8192];
    const mt_result *prev = NULL;
    int prev_page = -1;
    for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
        if (prev) {
            /* the last page's result, whole up to this page */
            describe(prev, got, sizeof got);
            CHECK_STR(got, alone[prev_page]);
        }
        int i = order[k];
        const mt_result *r = NULL;
        CHECK_INT(mt_extract(ex, pages[i], strlen(pages[i]), NULL, &r), alone_st[i]);
        got[0] = '\0';
        if (r)
            describe(r, got, sizeof got);
        CHECK_STR(got, alone[i]);
        prev = r;
        prev_page = i;
    }
    mt_extractor_free(ex);
}

int main(void)
{
    RUN(test_plain_text_body_of_a_script_filled_page);
    RUN(test_markup_body);
    RUN(test_angle_bracket_in_plain_text);
    RUN(test_short_shell_text_gives_way);
    RUN(test_shown_article_is_kept);
    RUN(test_bodies_of_several_articles);
    RUN(test_another_pages_article);
    RUN(test_whole_page_reads_no_stated_body);
    RUN(test_text_source_tells_the_reading);
    RUN(test_memory_running_out);
    RUN(test_pages_in_turn);
    RUN(test_comparisons_in_plain_text);
    RUN(test_carriage_returns_part_paragraphs);
    RUN(test_inline_markup_in_lines);
    RUN(test_body_markup_that_runs_to_the_end);
    RUN(test_links_of_a_markup_body);
    RUN(test_limits_of_the_stated_reading);
    return harness_finish();
}
