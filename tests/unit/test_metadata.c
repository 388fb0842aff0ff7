/* test_metadata.c -- the metadata stage on whole pages: our fixture pages in
 * fixtures/metadata/ and small inline pages, one behaviour per test. */
#include "harness.h"
#include "maintext.h"
#include "metadata/metadata.h"

/* 2026-11-29 12:00 UTC */
#define NOW 1795953600LL

static mt_arena arena;
static mt_metadata meta;
static mt_document *doc;
static char *kept_html;     /* the input `doc` borrows */

/* Parses `html` and extracts its metadata into `meta`. */
static mt_status extract_html(const char *html, size_t len, const char *url)
{
    mt_document_free(doc);
    mt_arena_reset(&arena);
    mt_status st;
    doc = mt_parse(html, len, NULL, &st);
    if (!doc)
        return st;
    return mt_metadata_extract(doc, url, NOW, &arena, &meta);
}

static mt_status extract(const char *html, const char *url)
{
    return extract_html(html, strlen(html), url);
}

static mt_status extract_fixture(const char *name, const char *url)
{
    char path[256];
    snprintf(path, sizeof path, "fixtures/metadata/%s", name);
    size_t len;
    char *html = harness_read_file(path, &len);
    CHECK(html != NULL);
    if (!html)
        return MT_ERR_INVALID_ARG;
    mt_status st = extract_html(html, len, url);
    /* the document borrows the input: keep it until the next page */
    free(kept_html);
    kept_html = html;
    return st;
}

static const char *author(size_t i)
{
    return i < meta.nauthors ? meta.authors[i] : NULL;
}

/* ---------------------------------------------------------------- fixtures */

static void test_news_page_with_json_ld(void)
{
    CHECK_INT(extract_fixture("news_jsonld.html",
                              "https://www.beispiel-kurier.de/lokales/stadtrat-radweg-123.html"),
              MT_OK);
    /* the visible headline without its kicker, not the <title> with the site */
    CHECK_STR(meta.title, "Stadtrat beschließt neuen Radweg am Fluss");
    CHECK_STR(meta.source[MT_META_TITLE], "h1");
    /* JSON-LD's people, not the meta author that names the site */
    CHECK_INT(meta.nauthors, 2);
    CHECK_STR(author(0), "Anna Muster");
    CHECK_STR(author(1), "Max Beispiel");
    CHECK_STR(meta.date, "2019-10-19T08:30:00+02:00");
    CHECK_STR(meta.date_modified, "2019-10-20T10:00:00+02:00");
    CHECK_STR(meta.sitename, "Beispiel-Kurier");
    CHECK_STR(meta.source[MT_META_SITENAME], "meta:og:site_name");
    CHECK_STR(meta.description,
              "Nach langer Debatte hat der Stadtrat den Bau eines Radwegs am Flussufer beschlossen.");
    CHECK_STR(meta.language, "de-DE");
    /* relative canonical link and image made absolute */
    CHECK_STR(meta.url, "https://www.beispiel-kurier.de/lokales/stadtrat-radweg-123.html");
    CHECK_STR(meta.image, "https://www.beispiel-kurier.de/bilder/radweg.jpg");
    CHECK_INT(meta.ncategories, 1);
    CHECK(meta.ncategories == 1 && strcmp(meta.categories[0], "Lokales") == 0);
    CHECK_INT(meta.ntags, 2);
    CHECK(meta.ntags == 2 && strcmp(meta.tags[1], "Radfahren") == 0);
    CHECK_STR(meta.pagetype, "article");
    CHECK_STR(meta.source[MT_META_PAGETYPE], "json-ld");
}

static void test_blog_without_structured_data(void)
{
    CHECK_INT(extract_fixture("blog_plain.html", NULL), MT_OK);
    CHECK_STR(meta.title, "Why I switched to a standing desk");
    /* "Posted by ... on March 3, 2019": the name without label and date */
    CHECK_INT(meta.nauthors, 1);
    CHECK_STR(author(0), "Jane Doe");
    /* the post's date, not the comments' or the sidebar's */
    CHECK_STR(meta.date, "2019-03-03");
    CHECK(meta.sitename == NULL);
    CHECK(meta.url == NULL);
}

/* A canonical address or a picture that is a script or a lazy loader's
 * placeholder is none: the next source gives the field. The caller's
 * address stands whatever its scheme. */
static void test_addresses_that_are_no_web_address(void)
{
    const char *html =
        "<html><head><title>T</title><link rel='canonical' href='javascript:alert(1)'>"
        "<meta property='og:image' content='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
        "<meta property='og:url' content='HTTPS://news.example/story'>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        "\"image\":\"/pictures/dyke.jpg\"}</script></head>"
        "<body><p>Text.</p></body></html>";
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK_STR(meta.url, "HTTPS://news.example/story");
    CHECK_STR(meta.image, "/pictures/dyke.jpg");
    CHECK_STR(meta.source[MT_META_IMAGE], "json-ld");
    CHECK_INT(extract("<html><head><link rel='canonical' href='vbscript:x'></head></html>",
                      "file:///home/anna/page.html"), MT_OK);
    CHECK_STR(meta.url, "file:///home/anna/page.html");
}

static void test_conflicting_sources(void)
{
    CHECK_INT(extract_fixture("conflict.html", NULL), MT_OK);
    /* JSON-LD names one author, the byline another: the declared one wins */
    CHECK_STR(author(0), "Sam Taylor");
    CHECK_STR(meta.source[MT_META_AUTHORS], "json-ld");
    /* JSON-LD gives one day alone, the dateline under the headline another:
     * on our development pages the dateline is right more often */
    CHECK_STR(meta.date, "2020-03-04");
    CHECK_STR(meta.source[MT_META_DATE], "text");
}

static void test_declared_dates_that_agree_outweigh_a_dateline(void)
{
    CHECK_INT(extract("<html><head><title>T</title>"
                      "<meta property='article:published_time' content='2020-03-01T09:00:00+01:00'>"
                      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                      "\"headline\":\"Harbour plan approved\",\"datePublished\":\"2020-03-01\"}</script>"
                      "</head><body><h1>Harbour plan approved</h1><p>March 4, 2020</p>"
                      "<p>The council approved the harbour plan.</p></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2020-03-01T09:00:00+01:00");
}

/* Extracts a short article page whose one JSON-LD block is `ld`. */
static mt_status extract_with_ld(const char *ld)
{
    char html[1024];
    snprintf(html, sizeof html,
             "<html><head><title>T</title><script type='application/ld+json'>%s</script>"
             "</head><body><h1>Harbour plan approved</h1>"
             "<p>The council approved the harbour plan.</p></body></html>", ld);
    return extract(html, NULL);
}

/* Whether the metadata field came from elsewhere than `source`. */
static int not_from(mt_meta_field field, const char *source)
{
    return !meta.source[field] || strcmp(meta.source[field], source) != 0;
}

/* schema.org's context names "@type" "type" too: such an item is read. */
static void test_jsonld_type_without_at(void)
{
    CHECK_INT(extract_with_ld("{\"@context\":\"http://schema.org\","
                              "\"type\":\"Article\",\"headline\":\"Harbour plan approved\","
                              "\"author\":{\"type\":\"Person\",\"name\":\"Ada Moss\"},"
                              "\"datePublished\":\"2020-03-01\"}"),
              MT_OK);
    CHECK_STR(author(0), "Ada Moss");
    CHECK_STR(meta.source[MT_META_AUTHORS], "json-ld");
    CHECK_STR(meta.date, "2020-03-01");
    CHECK_STR(meta.source[MT_META_DATE], "json-ld");
}

/* ... but only under schema.org's context: another vocabulary's "type"
 * (IIIF's AnnotationPage, ActivityStreams' Person) or a "type" with no
 * context at all is no schema.org type, and says nothing of the page. */
static void test_jsonld_type_of_another_vocabulary(void)
{
    static const char *const blocks[] = {
        "{\"@context\":\"http://iiif.io/api/presentation/3/context.json\","
        "\"id\":\"https://x.example/p1\",\"type\":\"AnnotationPage\",\"items\":[]}",
        "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"Article\","
        "\"name\":\"Not this\",\"author\":\"Nobody Here\",\"datePublished\":\"2001-01-01\"}",
        "[{\"event\":\"load\",\"type\":\"pageview\"},"
        "{\"type\":\"Product\",\"name\":\"Widget\",\"author\":\"Nobody Here\"}]",
    };
    for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++) {
        CHECK_INT(extract_with_ld(blocks[i]), MT_OK);
        CHECK(not_from(MT_META_PAGETYPE, "json-ld"));
        CHECK(not_from(MT_META_AUTHORS, "json-ld"));
        CHECK(not_from(MT_META_DATE, "json-ld"));
    }
    /* an outer context counts: a @graph member under schema.org's */
    CHECK_INT(extract_with_ld("{\"@context\":{\"@vocab\":\"https://schema.org/\"},\"@graph\":"
                              "[{\"type\":\"NewsArticle\",\"headline\":\"Harbour plan approved\","
                              "\"author\":\"Ada Moss\"}]}"),
              MT_OK);
    CHECK_STR(author(0), "Ada Moss");
    CHECK_STR(meta.source[MT_META_AUTHORS], "json-ld");
}

/* schema.org's context names "@id" "id" too: an article's author given
 * by reference to a Person of the @graph is found by either name; under
 * another vocabulary, its "id" refers to nothing of schema.org's. */
static void test_jsonld_id_without_at(void)
{
    CHECK_INT(extract_with_ld("{\"@context\":\"https://schema.org\",\"@graph\":["
                              "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan approved\","
                              "\"author\":{\"id\":\"https://x.example/#ada\"}},"
                              "{\"@type\":\"Person\",\"id\":\"https://x.example/#ada\","
                              "\"name\":\"Ada Moss\"}]}"),
              MT_OK);
    CHECK_STR(author(0), "Ada Moss");
    CHECK_STR(meta.source[MT_META_AUTHORS], "json-ld");
    CHECK_INT(extract_with_ld("{\"@context\":[\"https://schema.org\","
                              "{\"@vocab\":\"https://vocab.example/\"}],\"@graph\":["
                              "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan approved\","
                              "\"author\":{\"@id\":\"https://x.example/#ada\"}},"
                              "{\"@type\":\"Person\",\"id\":\"https://x.example/#ada\","
                              "\"name\":\"Ada Moss\"}]}"),
              MT_OK);
    CHECK_STR(author(0), "Ada Moss");
    CHECK_INT(extract_with_ld("{\"@context\":\"https://www.w3.org/ns/activitystreams\","
                              "\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":"
                              "{\"id\":\"https://x.example/#ada\"}},{\"@type\":\"Person\","
                              "\"id\":\"https://x.example/#ada\",\"name\":\"Ada Moss\"}]}"),
              MT_OK);
    CHECK(not_from(MT_META_AUTHORS, "json-ld"));
}

/* A dateline that shows the day of the declared last change, not that of
 * the publication: the site re-dated the article, and the page is dated
 * as it shows itself. */
static void test_dateline_showing_the_change_day(void)
{
    CHECK_INT(extract("<html><head><title>T</title>"
                      "<meta property='article:published_time' content='2021-11-22T17:42:22Z'>"
                      "<meta property='article:modified_time' content='2023-01-01T09:00:00Z'>"
                      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                      "\"headline\":\"Ten spa hotels for a weekend\","
                      "\"datePublished\":\"2021-11-22T18:42:22+01:00\"}</script>"
                      "</head><body><h1>Ten spa hotels for a weekend</h1><p>01.01.2023</p>"
                      "<p>Ten hotels where a weekend feels like a week.</p></body></html>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2023-01-01", 10) == 0);
    CHECK(meta.date_modified && strncmp(meta.date_modified, "2023-01-01", 10) == 0);
}

/* A recipe page published 2016-08-29 and changed 2019-06-13 by its
 * JSON-LD, with `top` (its headline and what the reader is shown of its
 * dates) before its text, is dated on the day `date` and changed on the
 * day `modified`. */
static void check_revised_recipe(const char *top, const char *date, const char *modified)
{
    char page[2048];
    snprintf(page, sizeof page,
             "<html><head><title>Easy Pineapple Cake</title>"
             "<script type='application/ld+json'>{\"@type\":\"Article\","
             "\"headline\":\"Easy Pineapple Cake\","
             "\"datePublished\":\"2016-08-29T21:54:39Z\","
             "\"dateModified\":\"2019-06-13T10:00:00Z\"}</script></head><body>%s"
             "<p>A cake that turns out well every time, with a ring of pineapple on top "
             "and a cherry in each ring.</p></body></html>", top);
    CHECK_INT(extract(page, NULL), MT_OK);
    CHECK(meta.date && strncmp(meta.date, date, 10) == 0);
    CHECK(meta.date_modified && strncmp(meta.date_modified, modified, 10) == 0);
}

/* A byline that tells only of the last change ("Updated June 13, 2019"),
 * the publication written only for machines: the page is dated as the
 * reader is told. One that also shows its day of publication (above the
 * headline here) keeps that day, the change in the text notwithstanding. */
static void test_byline_showing_only_the_update(void)
{
    check_revised_recipe("<h1>Easy Pineapple Cake</h1><div class='byline'>By Jane Baker</div>"
                         "<div class='date'>Updated June 13, 2019</div>",
                         "2019-06-13", "2019-06-13");
    check_revised_recipe("<div class='meta'>29 August 2016</div><h1>Easy Pineapple Cake</h1>"
                         "<p><i>Updated June 13, 2019.</i></p>",
                         "2016-08-29", "2019-06-13");
}

/* A page whose only date is a dateline in Arabic words and digits. */
static void test_arabic_dateline(void)
{
    CHECK_INT(extract("<html><head><title>افتتاح الجسر الجديد</title></head><body><main>"
                      "<h1>افتتاح الجسر الجديد</h1><p>دمشق - ١٥ آذار ٢٠٢٤</p>"
                      "<p>افتتحت المحافظة اليوم الجسر الجديد فوق النهر بعد أعمال استمرت "
                      "عامين، وقال المسؤولون إن الجسر سيخفف الازدحام في وسط المدينة.</p>"
                      "</main></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2024-03-15");
}

/* Arabic-Indic digits in the dateline of a page in another language (a
 * site's template declares English), and in a byline: the date, and no
 * name made of it. */
static void test_arabic_digits_on_other_pages(void)
{
    CHECK_INT(extract("<html lang='en'><head><title>New bridge opens over the river</title></head>"
                      "<body><main><h1>New bridge opens over the river</h1><p>١٥ مارس ٢٠٢٤</p>"
                      "<p>The province opened the new bridge over the river today after two "
                      "years of works.</p></main></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2024-03-15");
    CHECK_INT((int)meta.nauthors, 0);
    CHECK_INT(extract("<html lang='ar'><head><title>افتتاح الجسر الجديد</title></head><body><main>"
                      "<h1>افتتاح الجسر الجديد</h1><p class='byline'>بقلم أحمد علي - ١٥ مارس ٢٠٢٤</p>"
                      "<p>افتتحت المحافظة اليوم الجسر الجديد فوق النهر بعد أعمال استمرت "
                      "عامين.</p></main></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2024-03-15");
    CHECK_INT((int)meta.nauthors, 1);
    CHECK_STR(author(0), "أحمد علي");
}

/* A date in a sentence after the last update is a day the text speaks of,
 * not the day the page was written; the publishing system's own dates may
 * run backwards (a post scheduled after its last edit) and keep theirs. */
static void test_prose_date_after_the_last_update(void)
{
    CHECK_INT(extract("<html><head><title>Apply for a permit</title>"
                      "<meta name='DC.date.modified' content='2024-03-18'></head><body><main>"
                      "<h1>Apply for a permit</h1><p>You can apply if your main home is in a "
                      "controlled parking zone.</p><p>New prices apply from 1 April 2024 for "
                      "all permit holders in every zone of the city.</p>"
                      "<p>Last updated: 18 March 2024</p></main></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2024-03-18");
    CHECK_STR(meta.date_modified, "2024-03-18");
    CHECK_INT(extract("<html><head><title>T</title>"
                      "<meta property='article:published_time' content='2016-01-15T12:00:18+00:00'>"
                      "<meta property='article:modified_time' content='2016-01-14T02:02:26+00:00'>"
                      "</head><body><h1>Scheduled post</h1><p><time class='updated' "
                      "datetime='2016-01-14T02:02:26+00:00'>14/01/2016</time></p>"
                      "<p>The text of a post written the day before it went out.</p></body></html>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.date, "2016-01-15T12:00:18Z");
}

/* An infobox's founding or birth date marked up for microformats --
 * hCard's bday, hCalendar's dtstart, here with hAtom's "published updated"
 * beside them -- is the organisation's or the person's date, not the
 * page's; a plain class="updated" still dates the page's last change. */
static void test_an_entitys_date_is_not_the_pages(void)
{
    static const char *const classes[] = { "bday dtstart published updated", "dtstart updated",
                                           "updated bday" };
    for (size_t k = 0; k < sizeof classes / sizeof classes[0]; k++) {
        char page[1024];
        snprintf(page, sizeof page,
                 "<html><head><title>Mozilla</title></head><body><h1>Mozilla</h1><table><tr>"
                 "<th>Founded</th><td>February 28, 1998<span style='display:none'> (<span "
                 "class='%s'>1998-02-28</span>)</span></td></tr></table><p>Mozilla is a "
                 "free-software community, created by members of Netscape, that develops and "
                 "supports its products.</p></body></html>", classes[k]);
        CHECK_INT(extract(page, NULL), MT_OK);
        CHECK(meta.date_modified == NULL);
    }
    CHECK_INT(extract("<html><head><title>Mozilla</title></head><body><h1>Mozilla</h1><p>Mozilla "
                      "is a free-software community, created by members of Netscape, that "
                      "develops and supports its products.</p><p>Last change: <span "
                      "class='updated'>2016-10-28</span></p></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date_modified, "2016-10-28");
}

static void test_malformed_json_ld_leaves_other_sources(void)
{
    CHECK_INT(extract_fixture("malformed_jsonld.html", NULL), MT_OK);
    CHECK_STR(meta.title, "Le marché rouvre ses portes");
    CHECK_STR(author(0), "Claire Dupont");
    CHECK_STR(meta.source[MT_META_AUTHORS], "meta:author");
    CHECK_STR(meta.date, "2021-06-05T07:00:00+02:00");
    CHECK_STR(meta.language, "fr");
}

static void test_page_without_metadata(void)
{
    CHECK_INT(extract_fixture("nometa.html", NULL), MT_OK);
    CHECK(meta.title == NULL);
    CHECK_INT(meta.nauthors, 0);
    CHECK(meta.date == NULL && meta.date_modified == NULL);
    CHECK(meta.sitename == NULL && meta.description == NULL && meta.language == NULL);
    CHECK(meta.url == NULL && meta.image == NULL && meta.license == NULL);
    CHECK_INT(meta.ncategories + meta.ntags, 0);
    CHECK(meta.pagetype == NULL);
    for (int f = 0; f < MT_META_FIELD_COUNT; f++)
        CHECK(meta.source[f] == NULL);
}

static void test_microdata(void)
{
    CHECK_INT(extract_fixture("microdata.html", NULL), MT_OK);
    CHECK_STR(meta.title, "Receta de tortilla de patatas");
    CHECK_STR(author(0), "Lucía Fernández");
    CHECK_STR(meta.date, "2018-11-20");
    CHECK_STR(meta.language, "es");
}

static void test_rdfa_properties(void)
{
    CHECK_INT(extract("<h1>Der neue Trend</h1>"
                      "<span property='dc:date dc:created' content='2012-05-08T10:00:00+02:00'>"
                      "8. Mai 2012</span> <span rel='sioc:has_creator'>"
                      "<a property='foaf:name'>x</a></span>"
                      "<span property='dc:creator'>Max Beispiel</span><p>Text.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2012-05-08T10:00:00+02:00");
    CHECK_STR(author(0), "Max Beispiel");
}

static void test_polish_dateline_and_base_href(void)
{
    CHECK_INT(extract_fixture("datelines.html", NULL), MT_OK);
    CHECK_STR(meta.title, "Nowy park w centrum miasta");
    CHECK_INT(meta.nauthors, 1);
    CHECK_STR(author(0), "Jan Kowalski");
    CHECK_STR(meta.date, "2016-11-20T10:15:00");
    CHECK_STR(meta.image, "https://gazeta.example/wiadomosci/zdjecia/park.jpg");
}

static void test_japanese_date(void)
{
    CHECK_INT(extract_fixture("japanese.html", NULL), MT_OK);
    CHECK_STR(meta.title, "新しい図書館が開館");
    CHECK_STR(meta.date, "2016-11-20T10:30:00");
    CHECK_STR(meta.language, "ja");
}

/* ---------------------------------------------------------------- inline pages */

static void test_json_ld_items_for_other_pages(void)
{
    /* a list of related articles first; this page's article matched by url */
    CHECK_INT(extract("<html><head><script type='application/ld+json'>["
                      "{\"@type\":\"NewsArticle\",\"url\":\"https://ex.com/a\",\"headline\":\"Other one\","
                      "\"datePublished\":\"2018-01-01\",\"author\":\"Someone Else\"},"
                      "{\"@type\":\"NewsArticle\",\"url\":\"https://ex.com/b\",\"headline\":\"This one\","
                      "\"datePublished\":\"2019-02-02\",\"author\":\"Right Person\"}]</script></head>"
                      "<body><p>text</p></body></html>", "https://ex.com/b"),
              MT_OK);
    CHECK_STR(meta.title, "This one");
    CHECK_STR(author(0), "Right Person");
    CHECK_STR(meta.date, "2019-02-02");
    /* an FAQ page's questions are parts of it: the first is no title */
    CHECK_INT(extract("<html><head><title>Library card FAQ | Millbrook Public Library</title>"
                      "<script type='application/ld+json'>{\"@type\":\"FAQPage\",\"mainEntity\":[{"
                      "\"@type\":\"Question\",\"name\":\"Who can get a library card?\"}]}</script>"
                      "</head><body><main><h1>Library card FAQ</h1><h2>Who can get a library card?"
                      "</h2><p>Anyone who lives or works in the county.</p></main></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Library card FAQ");
}

static void test_title_site_name_stripped(void)
{
    CHECK_INT(extract("<title>Rain expected all week | Example Weather</title>"
                      "<meta property='og:site_name' content='Example Weather'><p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Rain expected all week");
    CHECK_STR(meta.source[MT_META_TITLE], "title");
    /* a headline that says the site's name is no site name */
    CHECK_INT(extract("<title>Tote Hummeln unter Linden: Die Erkl\xc3\xa4rung | Hummeln</title>"
                      "<meta property='og:site_name' content='Hummeln'><p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Tote Hummeln unter Linden: Die Erkl\xc3\xa4rung");
    CHECK_INT(extract("<title>Cayman Compass Online | Storm season begins early</title>"
                      "<meta property='og:site_name' content='Cayman Compass'><p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Storm season begins early");
    /* ... but a site's name with its tagline before the headline, or with
     * words around it after, is the site's */
    CHECK_INT(extract("<title>Example Times Breaking News and Weather | Council approves budget"
                      "</title><meta property='og:site_name' content='Example Times'><p>x</p>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Council approves budget");
    CHECK_INT(extract("<title>Council approves budget | The Example Times Online Daily Edition"
                      "</title><meta property='og:site_name' content='Example Times'><p>x</p>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Council approves budget");
    /* a page item named for the site says nothing of the page */
    CHECK_INT(extract("<title>Lorient vs Olympique Lyonnais</title>"
                      "<meta property='og:site_name' content='Sports.fr'>"
                      "<script type='application/ld+json'>{\"@context\": \"http://schema.org\", "
                      "\"@type\": \"WebPage\", \"name\": \"Sports.fr\"}</script><p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Lorient vs Olympique Lyonnais");
    /* ... nor does a page whose other titles say the site's name in other
     * words: the site is named for the page */
    CHECK_INT(extract("<title>Annual Report 2015 - Example Foundation</title>"
                      "<meta property='og:site_name' content='Example Foundation Annual Report 2015'>"
                      "<meta property='og:title' content='Example Foundation Annual Report 2015'>"
                      "<p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Example Foundation Annual Report 2015");
    /* ... but a page that declares nothing else has that title */
    CHECK_INT(extract("<title>Sports.fr</title><meta property='og:site_name' content='Sports.fr'>"
                      "<p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Sports.fr");
}

static void test_title_part_declared_elsewhere(void)
{
    /* "Blog Name: Post title" in <title>, the post's title in og:title,
     * and the blog's name in a heading that links home: the part the
     * og:title says is the title, even where it holds the host's label */
    CHECK_INT(extract("<title>quiet notes: Ravenbook quiet notes</title>"
                      "<meta property='og:title' content='Ravenbook quiet notes'>"
                      "<h1><a href='https://ravenbook.example/'>quiet notes</a></h1>"
                      "<p>What we keep and why.</p>", "https://ravenbook.example/2020/notes.html"),
              MT_OK);
    CHECK_STR(meta.title, "Ravenbook quiet notes");
    /* an og:title that is the site's name is no part to keep */
    CHECK_INT(extract("<title>Council approves budget | Example Times</title>"
                      "<meta property='og:title' content='Example Times'>"
                      "<meta property='og:site_name' content='Example Times'><p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Council approves budget");
}

/* A page whose declared titles say nothing of it (a template's "Home",
 * the site's name as its host says it or as the page declares it) is
 * titled by its only <h1>. */
static void test_placeholder_title_yields_to_h1(void)
{
    CHECK_INT(extract("<title>Meridian Post</title><meta property='og:site_name' "
                      "content='Meridian Post'><main><h1>Wrens sing in valley dialects</h1>"
                      "<p>Young birds learn the local song.</p></main>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Wrens sing in valley dialects");
    CHECK_INT(extract("<title>Home</title><main><h1>Time to close the workshop</h1>"
                      "<p>After seven years we say goodbye.</p></main>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Time to close the workshop");
    CHECK_INT(extract("<title>About Us - Example Network</title><meta property='og:site_name' "
                      "content='Example Network'><main><h1>A think tank that "
                      "also acts</h1><p>Founded in 2012.</p></main>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "A think tank that also acts");
    CHECK_INT(extract("<title>Kanzlei Beispiel</title><main><h1>Willkommen!</h1>"
                      "<p>Wir beraten Sie im Mietrecht.</p></main>",
                      "https://www.kanzleibeispiel.de/"),
              MT_OK);
    CHECK_STR(meta.title, "Willkommen!");
    /* ... but the site's logo is no title, and a page without a heading
     * keeps what it declares */
    CHECK_INT(extract("<title>Kanzlei Beispiel</title><h1><a href='/'>Kanzlei Beispiel "
                      "Mietrecht</a></h1><p>Wir beraten Sie im Mietrecht.</p>",
                      "https://www.kanzleibeispiel.de/"),
              MT_OK);
    CHECK_STR(meta.title, "Kanzlei Beispiel");
    CHECK_INT(extract("<title>Home</title><p>Nothing here yet.</p>", NULL), MT_OK);
    CHECK_STR(meta.title, "Home");
}

/* A declared title of one word, once the site's name is stripped, is a
 * section's label: the article's only <h1> that says the word inside a
 * word of its own (a compound, a plural) is the title a reader sees. */
static void test_label_title_yields_to_h1(void)
{
    CHECK_INT(extract("<title>Geschichte - Kammerchor Beispielstadt</title><main>"
                      "<h1>Chorgeschichte</h1><p>Seit 1968 singen bei uns Kinder und "
                      "Jugendliche.</p></main>",
                      "https://www.kammerchor-beispielstadt.de/geschichte"),
              MT_OK);
    CHECK_STR(meta.title, "Chorgeschichte");
    CHECK_INT(extract("<title>Yoghurt | Dairyfield</title><main><h1>Our Dairyfield "
                      "yoghurts</h1><p>Fruit, plain or Greek style.</p></main>",
                      "https://www.dairyfield.example/products/yoghurt/"),
              MT_OK);
    CHECK_STR(meta.title, "Our Dairyfield yoghurts");
    /* an <h1> that does not say the word is another thing: the label stays */
    CHECK_INT(extract("<title>Geschichte - Kammerchor Beispielstadt</title><main>"
                      "<h1>Unsere Konzerte</h1><p>Seit 1968 singen bei uns Kinder.</p></main>",
                      "https://www.kammerchor-beispielstadt.de/geschichte"),
              MT_OK);
    CHECK_STR(meta.title, "Geschichte");
}

/* An <h1> that says a declared title and a subtitle after it is the
 * headline, though an <h2> (a recipe card's) says a declared title
 * exactly; one that adds a section after a bar is not. */
static void test_h1_with_subtitle(void)
{
    CHECK_INT(extract("<title>Juicy lemon cake from the tray | Example Bakes</title>"
                      "<script type='application/ld+json'>{\"@type\": \"Recipe\", "
                      "\"name\": \"Lemon cake from the tray\"}</script><article>"
                      "<h1>Juicy lemon cake from the tray: simply delicious!</h1>"
                      "<p>Zest two lemons.</p><h2>Lemon cake from the tray</h2><p>Flour, "
                      "butter.</p></article>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Juicy lemon cake from the tray: simply delicious!");
    CHECK_INT(extract("<title>Anna and Tom with their baby</title>"
                      "<meta property='og:title' content='Anna and Tom take their baby out'>"
                      "<article><h1>Anna and Tom with their baby | Pictures</h1>"
                      "<h2>Anna and Tom take their baby out</h2><p>They walked.</p></article>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Anna and Tom take their baby out");
}

/* A mark left at an end of a title (a site's name that was empty, a
 * heading's last part hidden) is no part of it. */
static void test_title_without_stray_marks(void)
{
    static const char *const cases[][2] = {
        { "<title>About Example Coaching |</title><p>x</p>", "About Example Coaching" },
        { "<title>:: Example Trust ::</title><p>x</p>", "Example Trust" },
        /* a mark that is a word's own stays */
        { "<title>Learning C++</title><p>x</p>", "Learning C++" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK_INT(extract(cases[i][0], NULL), MT_OK);
        CHECK_STR(meta.title, cases[i][1]);
    }
}

/* The site's logo, an <h1> that links home, names the site: a declared
 * title that says it on one side of a separator loses it, however many
 * words it has; a sidebar box's <h2> of two words is no headline. */
static void test_logo_heading_is_the_site_name(void)
{
    CHECK_INT(extract("<title>Cross lead - Dance Steps - Salsa in Hamburg</title>"
                      "<h1><a href='/'><span>Dance Steps - Salsa in Hamburg</span></a></h1>"
                      "<p>Lead the partner across.</p>", "https://salsa.example/cbl"),
              MT_OK);
    CHECK_STR(meta.title, "Cross lead");
    CHECK_INT(extract("<title>Quiet Notes: News and Essays: 12 Posts Roundup at Quiet Notes</title>"
                      "<h1><a href='https://quietnotes.example/'>Quiet Notes: News and "
                      "Essays</a></h1><p>From the editor: a round of posts.</p>"
                      "<aside><h2>Posts Roundup</h2><ul><li>One</li></ul></aside>",
                      "https://quietnotes.example/2012/08/roundup.html"),
              MT_OK);
    CHECK_STR(meta.title, "12 Posts Roundup at Quiet Notes");
}

/* A blog's name in the <h1>, linked to the blog (not the host's home
 * page), over a post whose title an <h3> says: the declared "Blog Name:
 * Post title" loses the name, and the post's title is the title. A lower
 * heading that says a site's name does not cut the headline the <h1>
 * says ("Headline | Site" under a heading "Site"). */
static void test_blog_name_over_post_heading(void)
{
    CHECK_INT(extract("<title>Harbour Notes: Ten ways the flood changed the town</title>"
                      "<div id='banner'><h1 id='banner-header'><a href='http://notes.example/"
                      "harbour/'>Harbour Notes</a></h1><h2 id='banner-description'></h2></div>"
                      "<h2 class='date-header'>October 24, 2012</h2>"
                      "<h3 class='entry-header'>Ten ways the flood changed the town</h3>"
                      "<p>The river rose all night, and by morning the streets were under "
                      "water.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Ten ways the flood changed the town");
    CHECK_INT(extract("<title>Ten ways the flood changed the town | Harbour Notes</title>"
                      "<h1>Ten ways the flood changed the town</h1>"
                      "<p>The river rose all night, and by morning the streets were under "
                      "water.</p><h3>Harbour Notes</h3><p>A blog of the lower town.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Ten ways the flood changed the town");
    /* the blog's name declared alone besides (a DC.title) goes with it:
     * the <h1> would say that title whole */
    CHECK_INT(extract("<meta name='DC.title' content='Harbour Notes'>"
                      "<title>Harbour Notes - Ten ways the flood changed the town</title>"
                      "<div id='header'><h1><a href='http://notes.example/harbour/'>Harbour "
                      "Notes</a></h1></div><div class='entrytitle'><h2><a href='./ten-ways'>"
                      "Ten ways the flood changed the town</a></h2><h3>October 24 2012</h3>"
                      "</div><p>The river rose all night, and by morning the streets were "
                      "under water.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Ten ways the flood changed the town");
}

/* A blog's name set before a colon in the <title> ("Blog Name: Post
 * title") introduces its post, whose title may have as few words as the
 * name or fewer, or share the name's words; the <h1> found to be the
 * name is then no headline, not even as the page's only <h1>. */
static void test_blog_name_then_colon(void)
{
    CHECK_INT(extract("<title>Harbour Notes on Floods: Micromorts</title>"
                      "<div class='post'><h1>Harbour Notes on Floods</h1>"
                      "<p>A blog about the river and the towns along it.</p>"
                      "<h2>October 24, 2012</h2><h3>Micromorts</h3>"
                      "<p>The river rose all night, and by morning the streets were under "
                      "water.</p></div>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Micromorts");
    CHECK_INT(extract("<title>Inside Harbour Notes: Harbour Notes Update</title>"
                      "<div id='logo'><h1>Inside Harbour Notes</h1><h2>The official source "
                      "for news of Harbour Notes.</h2></div><div class='post'>"
                      "<h3 class='post-title'><a href='http://harbournotes.example/2011/09/"
                      "update.html'>Harbour Notes Update</a></h3>"
                      "<p>The river rose all night, and by morning the streets were under "
                      "water.</p></div>", "http://harbournotes.example/2011/09/update.html"),
              MT_OK);
    CHECK_STR(meta.title, "Harbour Notes Update");
}

/* Two declared titles that say the same after a colon, and other words
 * before it (a teaser's question, a section), say the title there. */
static void test_declared_titles_share_a_tail(void)
{
    CHECK_INT(extract("<title>gamepeek | Previews: Harbour Tycoon Beta</title>"
                      "<meta property='og:title' content='Industry reborn?: Harbour Tycoon Beta'>"
                      "<p>We played the beta for a week.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Harbour Tycoon Beta");
    /* the same title declared twice shares nothing but itself */
    CHECK_INT(extract("<title>Climate: Harbour flood plans approved</title>"
                      "<meta property='og:title' content='Climate: Harbour flood plans approved'>"
                      "<p>The council voted.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Climate: Harbour flood plans approved");
}

/* A site's name given as its home page's address is named by the host;
 * an address with a path is left as it is. */
static void test_site_name_address(void)
{
    static const char *const cases[][2] = {
        { "<meta property='og:site_name' content='https://www.example-verein.de/'><p>x</p>",
          "example-verein.de" },
        { "<meta property='og:site_name' content='http://news.example.in'><p>x</p>",
          "news.example.in" },
        { "<meta property='og:site_name' content='https://example.org/blog'><p>x</p>",
          "https://example.org/blog" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK_INT(extract(cases[i][0], NULL), MT_OK);
        CHECK_STR(meta.sitename, cases[i][1]);
    }
}

/* A site's name with a tagline that mt_title_site_name keeps whole (the
 * short side is no name) is the side the host names; a name whose sides
 * the host names both, or set apart without spaces, stays whole. */
static void test_site_name_by_host(void)
{
    static const char *const cases[][3] = {
        { "gizmeo.example | inside the machine", "https://gizmeo.example/a", "gizmeo.example" },
        { "Fischerh\xc3\xbctte | fishbook.example", "https://fishbook.example/b",
          "fishbook.example" },
        { "QUIETCH \xc2\xb7 Alles bleibt anders!", "https://quietch.example/c", "QUIETCH" },
        { "Katzen Forum - Das gro\xc3\x9f" "e Katzenforum", "https://katzen-forum.example/",
          "Katzen Forum - Das gro\xc3\x9f" "e Katzenforum" },
        { "Osthessen|News", "https://osthessen-news.example/", "Osthessen|News" },
    };
    char html[256];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(html, sizeof html, "<meta property='og:site_name' content='%s'><p>x</p>",
                 cases[i][0]);
        CHECK_INT(extract(html, cases[i][1]), MT_OK);
        CHECK_STR(meta.sitename, cases[i][2]);
    }
}

static void test_hidden_heading_is_no_headline(void)
{
    /* a section's name kept for screen readers in a hidden <h1>, above
     * the headline: the visible headline is the title */
    CHECK_INT(extract("<title>News - Example Institute</title>"
                      "<meta property='og:title' content='A new way to split water'>"
                      "<meta property='og:site_name' content='Example Institute'>"
                      "<h1 class='pagetitle hidden'>News</h1><h1>A new way to split water</h1>"
                      "<p>Researchers found a cheaper catalyst.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "A new way to split water");
    CHECK_INT(extract("<title>News - Example Institute</title>"
                      "<meta property='og:title' content='A new way to split water'>"
                      "<meta property='og:site_name' content='Example Institute'>"
                      "<div style='display:none'><h1>News</h1></div><h1>A new way to split water</h1>"
                      "<p>Researchers found a cheaper catalyst.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "A new way to split water");
    /* a page's only <h1>, hidden for screen readers, is its title when
     * nothing else is declared */
    CHECK_INT(extract("<body><h1 class='visually-hidden'>A new way to split water</h1>"
                      "<div class='big-title'>A new way to split water</div>"
                      "<p>Researchers found a cheaper catalyst.</p></body>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "A new way to split water");
}

/* The authors' label in the languages whose plural or feminine form, or
 * whose word for "text", is its own word ("Autores:", "Autorzy:",
 * "Autorka:", "Tekst:", "Texto:"); the names after it, joined by "; ". */
static void test_byline_labels_in_more_languages(void)
{
    static const char *const cases[][2] = {
        { "Autores: Mar\xc3\xad" "a Gil y Juan Roca", "Mar\xc3\xad" "a Gil; Juan Roca" },
        { "Autorzy: Jan Nowak i Anna Lis", "Jan Nowak; Anna Lis" },
        { "Autorka: Anna Lis", "Anna Lis" },
        { "Tekst: Jan de Vries", "Jan de Vries" },
        { "Texto: Mar\xc3\xad" "a Gil", "Mar\xc3\xad" "a Gil" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[256], names[128] = "";
        snprintf(html, sizeof html, "<h1>A headline of some length</h1><p>%s</p><p>Body text "
                 "follows here.</p>", cases[i][0]);
        CHECK_INT(extract(html, NULL), MT_OK);
        for (size_t k = 0; k < meta.nauthors; k++)
            snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
                     k ? "; " : "", author(k));
        CHECK_STR(names, cases[i][1]);
    }
}

static void test_byline_forms(void)
{
    CHECK_INT(extract("<h1>A headline of some length</h1><p>By John Smith and Jane Doe</p>"
                      "<p>Body text follows here.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 2);
    CHECK_STR(author(0), "John Smith");
    CHECK_STR(author(1), "Jane Doe");
    CHECK_INT(extract("<h1>Ein Titel mit Worten</h1><div class='autor'>Autor</div>"
                      "<div>Erika Mustermann</div><p>Text.</p>", NULL),
              MT_OK);
    CHECK_STR(author(0), "Erika Mustermann");
    /* a name-shaped line under the headline is a byline; one of a run of
     * such lines is a menu entry */
    CHECK_INT(extract("<h1>A headline of some length</h1><p>Jane Roe</p><p>Body text, long "
                      "enough to read as the article's own words.</p>", NULL),
              MT_OK);
    CHECK_STR(author(0), "Jane Roe");
    CHECK_INT(extract("<h1>A headline of some length</h1><ul><li>Speaking Topics</li>"
                      "<li>Speaking Engagements</li><li>Rave Reviews</li></ul><p>Body text, "
                      "long enough to read as the article's own words.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* the headline's box is named for the layout ("right-sidebar"): the
     * byline under the headline is read all the same */
    CHECK_INT(extract("<meta property='og:title' content='Night trains return to the northern "
                      "line'><div class='layout right-sidebar'><h1>Night trains return to the "
                      "northern line</h1><p>By Jane Roe</p><p>After eleven years without a "
                      "sleeper service, the northern line will run night trains again.</p></div>",
                      NULL),
              MT_OK);
    CHECK_STR(author(0), "Jane Roe");
    /* a section's heading under the headline is no byline, however it
     * is written; a byline set as a heading is */
    CHECK_INT(extract("<article><h1>The Meridian</h1><p>The survey frigate Meridian was "
                      "commissioned in the second season.</p><h2>Early History</h2><p>Raised on "
                      "a mining station, the crew enlisted at sixteen.</p></article>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<article><h1>A headline of some length</h1><h4>By Jane Roe</h4>"
                      "<p>Body text follows here.</p></article>", NULL),
              MT_OK);
    CHECK_STR(author(0), "Jane Roe");
    /* a user's login beside the post's date; a place beside it is none */
    CHECK_INT(extract("<article><h1>A headline of some length</h1><p><a href='/u/7'>LenaVoss"
                      "</a> 18.10.2019, 15:07 Uhr</p><p>Body text, long enough to read as the "
                      "article's own words.</p></article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "LenaVoss") == 0);
    CHECK_INT(extract("<article><h1>A headline of some length</h1><p>Berlin 18.10.2019, 15:07 "
                      "Uhr</p><p>Body text, long enough to read as the article's own words.</p>"
                      "</article>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* a wire's credit alone under the headline */
    CHECK_INT(extract("<article><h1>A headline of some length</h1><p>KYODO</p><p>Feb 18, 2020"
                      "</p><p>Body text, long enough to read as the article's own words.</p>"
                      "</article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "KYODO") == 0);
    CHECK_INT(extract("<article><h1>A headline of some length</h1><p>AFP/dpa</p><p>Body text, "
                      "long enough to read as the article's own words.</p></article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 2 && strcmp(author(0), "AFP") == 0);
    CHECK_INT(extract("<article><h1>A headline of some length</h1><p>AP Sports</p><p>Body "
                      "text, long enough to read as the article's own words.</p></article>",
                      NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* a wire story's dateline credits its agency, when no one else is
     * named */
    CHECK_INT(extract("<article><h1>A headline of some length</h1><p>HAMBURG (dpa/lno) \xe2\x80"
                      "\x93 The harbour's night ferries will run again from Monday, the city's "
                      "transport authority said on Saturday, after a winter without them and "
                      "a spring of repairs to the piers.</p>"
                      "</article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "dpa") == 0);
    CHECK_INT(extract("<article><h1>A headline of some length</h1><p>Harbour Board (Ferries) - "
                      "The harbour's night ferries will run again from Monday, the city's "
                      "transport authority said on Saturday, after a winter without them and a "
                      "spring of repairs to the piers.</p></article>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* a no-break space after the label is a space between words */
    CHECK_INT(extract("<h1>A headline of some length</h1><p>By&nbsp;<a href='/r/jd'>Juan de la "
                      "Vega</a></p><p>Body text follows here.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Juan de la Vega") == 0);
    CHECK_INT(extract("<h1>A headline of some length</h1><p>Author:&nbsp;Jane Roe</p>"
                      "<p>Body text follows here.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
    /* a blog theme's meta line: the date, counts, then the writer and a
     * link that reads like a name */
    CHECK_INT(extract("<article><h1>Debugging a flaky test with rr</h1><div class='post-meta'>"
                      "<span>January 28, 2024</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;812 words"
                      "&nbsp;·&nbsp;Kenji Mori&nbsp;|&nbsp;<a href='/e'>Suggest Changes</a></div>"
                      "<p>One of our integration tests failed about once in two hundred runs."
                      "</p></article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Kenji Mori") == 0);
    /* without a count after the date, the part is the post's category */
    CHECK_INT(extract("<article><h1>Harbour ferry timetable changes</h1><p class='meta'>"
                      "March 12, 2024 · Local Politics · 4 min read</p><p>The first ferry of "
                      "the day will leave the harbour earlier from Monday.</p></article>",
                      NULL),
              MT_OK);
    CHECK_INT((int)meta.nauthors, 0);
    /* what was made, listed before "by", is no name; pictures alone
     * are a credit */
    CHECK_INT(extract("<meta name='author' content='Photographs and words by Hélène Duval'>"
                      "<h1>The last salt makers</h1><p>A few hundred paludiers still harvest salt "
                      "by hand.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Hélène Duval") == 0);
    CHECK_INT(extract("<h1>Ein Titel mit Worten</h1><p class='autor'>Text und Fotos von Anna "
                      "Muster</p><p>Text.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Anna Muster") == 0);
    CHECK_INT(extract("<h1>Ein Titel mit Worten</h1><p>Fotos und Video von Max Knipser</p>"
                      "<p>Text.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* Turkish "Haber:" labels the reporter; "Haber Merkezi" is a desk */
    CHECK_INT(extract("<h1>Yeni arıtma tesisi devrede</h1><div><span class='reporter'>Haber: "
                      "Elif Kaya</span> <span class='date'>Yayınlanma: 23 Eylül 2024 14:05</span>"
                      "</div><p>Tesis bugün hizmete girdi.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Elif Kaya") == 0);
    CHECK_INT(extract("<h1>Yeni arıtma tesisi devrede</h1><p class='reporter'>Haber Merkezi</p>"
                      "<p>Tesis bugün hizmete girdi.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Haber Merkezi") == 0);
    /* a photo credit is no author */
    CHECK_INT(extract("<h1>Ein Titel mit Worten</h1><p>Foto: Max Knipser</p><p>Text.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
}

static void test_heading_kickers(void)
{
    /* small print and a short line before <br> are the kicker */
    CHECK_INT(extract("<title>Große Aufgaben für die neue Regierung</title>"
                      "<h1><small>Tunesien</small><br>Große Aufgaben für die neue Regierung</h1>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Große Aufgaben für die neue Regierung");
    CHECK_INT(extract("<meta property='og:title' content='Lagen-Pyramide mit GA2'>"
                      "<h1>Einheit der Woche<br>Lagen-Pyramide mit GA2</h1>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Lagen-Pyramide mit GA2");
    /* ... unless the declared title says that line too: a title broken
     * for the layout */
    CHECK_INT(extract("<title>Tide tables for the outer harbour</title>"
                      "<h1>Tide tables<br>for the outer harbour</h1>"
                      "<p>High water is at noon.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Tide tables for the outer harbour");
    /* ... in the part whose class says title too */
    CHECK_INT(extract("<title>Workout of the week | Ladder sets with short rests</title>"
                      "<h1 class='post-heading'><span class='post-title'><small>Workout of the week"
                      "</small><br>Ladder sets with short rests</span></h1><p>Warm up first.</p>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Ladder sets with short rests");
    /* a first inline part set apart, when the rest says the declared
     * title */
    CHECK_INT(extract("<meta property='og:title' content='Ferry timetable changes in spring'>"
                      "<h1><em>Harbour news </em>Ferry timetable changes in spring</h1>"
                      "<p>The first ferry leaves at six.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Ferry timetable changes in spring");
    /* ... but not when the heading as a whole says it */
    CHECK_INT(extract("<meta property='og:title' content='Harbour news: Ferry timetable changes'>"
                      "<h1><em>Harbour news:</em> Ferry timetable changes</h1>"
                      "<p>The first ferry leaves at six.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Harbour news: Ferry timetable changes");
}

static void test_heading_inline_parts(void)
{
    /* an inline element inside a word adds no space; ruby readings are
     * not read */
    CHECK_INT(extract("<h1><ruby>\xe5\xad\x90<rt>\xe3\x81\x93</rt></ruby>\xe3\x81\xa9\xe3\x82\x82"
                      "<ruby>\xe4\xbd\x93\xe7\xbd\xb0<rp>(</rp><rt>\xe3\x81\x9f\xe3\x81\x84</rt>"
                      "<rp>)</rp></ruby></h1>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "\xe5\xad\x90\xe3\x81\xa9\xe3\x82\x82\xe4\xbd\x93\xe7\xbd\xb0"); /* 子ども体罰 */
    CHECK_INT(extract("<h1>Wiki<b>pedia</b> turns <span>twenty</span><span>five</span></h1>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Wikipedia turns twenty five");
    /* a post's date set in its heading, by a <time> or an element that
     * says the date alone */
    CHECK_INT(extract("<title>Notes from the garden: I have not gone into hiding</title>"
                      "<h2>I have not gone into&nbsp;hiding <em>29 August, 2011</em></h2>"
                      "<p>The beans came up at last.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "I have not gone into hiding");
    CHECK_INT(extract("<h1 class='entry-title'><time datetime='2019-06-17'>Jun 17 </time>"
                      "The most beautiful end of the world: Montauk</h1><p>We drove east.</p>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "The most beautiful end of the world: Montauk");
    /* ... but a date that is part of the title's words stays */
    CHECK_INT(extract("<h1>The Week: <em>July 20, 2012</em></h1><p>Seven days in review.</p>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "The Week: July 20, 2012");
    /* a link to the post's category in its heading */
    CHECK_INT(extract("<title>Fans show their team pride on Halloween - Example Sports</title>"
                      "<h2><div class='cat'><a href='/category/news/' rel='category tag'>News</a>"
                      "</div> <a href='/2012/11/01/fans-show-their-pride/' rel='bookmark'>Fans "
                      "show their team pride on Halloween</a></h2><p>Costumes everywhere.</p>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Fans show their team pride on Halloween");
    /* a documentation heading's permalink mark */
    CHECK_INT(extract("<h1>Retrying failed requests<a class='headerlink' href='#retrying'>"
                      "\xc2\xb6</a></h1>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Retrying failed requests");
}

static void test_signatures_and_fallbacks(void)
{
    /* a signature at the end of the article */
    CHECK_INT(extract("<h1>Ein Bericht aus der Region</h1><p>Lange Rede, kurzer Sinn: so war es "
                      "wirklich, und so wird es bleiben, sagen alle Beteiligten.</p>"
                      "<p>Autorin: Erika Beispiel, Projektleiterin</p>", NULL),
              MT_OK);
    CHECK_STR(author(0), "Erika Beispiel");
    /* the editor in charge closes a Chinese portal's article, after a
     * full-width colon */
    CHECK_INT(extract("<h1>武汉的声音</h1><p>正是有了英勇的你们，才有这座英雄的城！这是一段足够长的正文。</p>"
                      "<div><span>责任编辑： \n焦鹏 </span></div>", NULL),
              MT_OK);
    CHECK_STR(author(0), "焦鹏");
    /* a label and a place under the headline ("published in: Beijing")
     * name no one */
    CHECK_INT(extract("<h1>李克强同志遗体在京火化</h1><div><span>发布于：</span><span>北京市</span></div>"
                      "<p>中国共产党的优秀党员，久经考验的忠诚的共产主义战士。</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* a name above the date that closes a post */
    CHECK_INT(extract("<h1>Goodbye and thanks</h1><p>This blog ends here after many good years "
                      "of writing about computers.</p><p>Benni<br>10. September 2017</p>", NULL),
              MT_OK);
    CHECK_STR(author(0), "Benni");
    CHECK_STR(meta.date, "2017-09-10");
    /* nothing names an author: the copyright holder does */
    CHECK_INT(extract("<h1>About our company</h1><p>We build things.</p>"
                      "<footer>Copyright (c) 2012- Jane Roe. All rights reserved.</footer>", NULL),
              MT_OK);
    CHECK_STR(author(0), "Jane Roe");
    CHECK_STR(meta.source[MT_META_AUTHORS], "copyright");
    /* a company's or a council's notice is the site's footer, no author;
     * a news agency's is a wire story's */
    static const struct { const char *notice; int named; } bodies[] = {
        { "\xc2\xa9 2024 Workhaven Ltd.", 0 },
        { "Copyright \xc2\xa9 2024 Parcelhop Inc. Built with a generator.", 0 },
        { "\xc2\xa9 Eastbrook City Council", 0 },
        { "(Copyright 2007 by The Associated Press. All Rights Reserved.)", 1 },
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        char html[256];
        snprintf(html, sizeof html, "<h1>Senior Data Engineer</h1><p>We move freight between "
                 "ports.</p><footer><p>%s</p></footer>", bodies[i].notice);
        CHECK_INT(extract(html, NULL), MT_OK);
        CHECK_INT((int)meta.nauthors, bodies[i].named);
    }
    /* a stock picture's credit names nobody */
    CHECK_INT(extract("<h1>Gesund durch den Winter</h1><p>Foto von Josh Muster von Pexels</p>"
                      "<p>Text.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* a short article's footer line is close enough to the headline to
     * be read for a byline: "Copyright The Courier" is none; the holder,
     * read from the notice, is the fallback */
    CHECK_INT(extract("<h1>Night trains return to the northern line</h1><p>After eleven years "
                      "without a sleeper service, night trains run again.</p>"
                      "<footer>Copyright The Courier</footer>", NULL),
              MT_OK);
    CHECK_STR(author(0), "The Courier");
    CHECK_STR(meta.source[MT_META_AUTHORS], "copyright");
    /* the holder read from a footer's notice: "copyrighted to" names the
     * holder, a name right after the mark keeps its first letters ("©Ed
     * Bott"), a year range is read past */
    static const struct { const char *footer, *holder; } notices[] = {
        { "All recipes are copyrighted to me, Jane Roe.", "Jane Roe" },
        { "All content copyrighted to Amit Agarwal.", "Amit Agarwal" },
        { "Copyrighted 2020 Jane Doe.", "Jane Doe" },
        { "\xc2\xa9" "Ed Bott 2020", "Ed Bott" },
        { "Copyright 2002 to 2008 Jane Roe.", "Jane Roe" },
        /* a year in Roman numerals is read past; a holder's name that
         * reads as one is kept */
        { "Copyright \xc2\xa9 MMXII Jane Roe.", "Jane Roe" },
        { "\xc2\xa9 MDC Partners", "MDC Partners" },
        /* a control character no one writes ends the name */
        { "\x02" "Copyright 2003 Jane Roe\x03", "Jane Roe" },
    };
    for (size_t i = 0; i < sizeof notices / sizeof notices[0]; i++) {
        char html[256];
        snprintf(html, sizeof html, "<h1>A recipe for plum cake</h1><p>Plums, flour, butter.</p>"
                 "<footer><p>%s</p></footer>", notices[i].footer);
        CHECK_INT(extract(html, NULL), MT_OK);
        CHECK_STR(author(0), notices[i].holder);
    }
    /* binary data served as a page (a picture, a program) holds a 0xA9,
     * the sign in windows-1252, among its bytes: it names no holder */
    {
        char bin[400];
        for (size_t i = 0; i < sizeof bin; i++)
            bin[i] = (char)(i % 7 == 0 ? 0x01 + i % 23 : 'A' + i % 41);
        memcpy(bin + 200, "\xa9 Acme Pictures", 16);
        CHECK_INT(extract_html(bin, sizeof bin, NULL), MT_OK);
        CHECK_INT(meta.nauthors, 0);
    }
    /* "uncopyrighted" is no notice; a "Copyright Notice" line names no one */
    CHECK_INT(extract("<h1>A zine about bicycles</h1><p>Wheels and chains.</p>"
                      "<footer><p><a href='/a'>reader supported</a> :: <a href='/b'>uncopyrighted"
                      "</a> :: <a href='/c'>hand-made</a></p></footer>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>Programmes for the weekend</h1><p>Films and plays.</p>"
                      "<div>Programmes BBC Copyright Notice</div>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* a notice of the pictures' in the footer is their agency's: the
     * page's own notice above it names the holder */
    CHECK_INT(extract("<h1>Keeper signs for another season</h1><p>The club kept its goalkeeper."
                      "</p><footer><p>\xc2\xa9 2007 Jane Roe</p><p>Pictures are \xc2\xa9 2007 "
                      "Pitchside Photo Agency plc.</p></footer>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
    /* one of the pictures and more ("Photos and text") is the page's */
    CHECK_INT(extract("<h1>Keeper signs for another season</h1><p>The club kept its goalkeeper."
                      "</p><footer><p>Photos and text \xc2\xa9 2020 Jane Roe</p></footer>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
}

/* Keywords are split at commas; what is left between two commas without a
 * word ("." or "-") is no tag. */
static void test_tags_have_words(void)
{
    CHECK_INT(extract("<meta name='keywords' content='news, ., -, sport'>"
                      "<h1>Ein Titel mit Worten</h1><p>Text.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.ntags, 2);
    CHECK(meta.ntags == 2 && strcmp(meta.tags[0], "news") == 0 &&
          strcmp(meta.tags[1], "sport") == 0);
    /* the same for the tag links */
    CHECK_INT(extract("<h1>Ein Titel mit Worten</h1><p>Text.</p><a rel='tag' href='/t/a'>Radweg"
                      "</a> <a rel='tag' href='/t/b'>-</a>", NULL),
              MT_OK);
    CHECK(meta.ntags == 1 && strcmp(meta.tags[0], "Radweg") == 0);
}

static void test_hidden_text_is_not_read(void)
{
    CHECK_INT(extract("<h1>Ein Titel mit Worten</h1>"
                      "<time class='hidden'>2018-08-29 14:15:57</time>"
                      "<span>22.06.2018 10:20</span><p>Text.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2018-06-22T10:20:00");
}

static void test_dates_left_out(void)
{
    /* only a copyright year and comment dates: no publication date */
    CHECK_INT(extract("<h1>Some headline here</h1><p>Text without a date.</p>"
                      "<div class='comments'><div class='comment'>Posted on 5 May 2020</div></div>"
                      "<footer>© 2020 Example</footer>", NULL),
              MT_OK);
    CHECK(meta.date == NULL);
    /* an implausible date (before 1995, after now) is never taken */
    CHECK_INT(extract("<meta property='article:published_time' content='1985-01-01'>"
                      "<h1>Old headline</h1><p>3 January 2040</p>", NULL),
              MT_OK);
    CHECK(meta.date == NULL);
    /* nor a year of history in the text, nor a day after the reference
     * time (2026-11-29) in the page's own metadata */
    CHECK_INT(extract("<meta property='article:published_time' content='2026-12-05'>"
                      "<h1>Inquiry ordered</h1><p>The inquiry looks into a meeting of "
                      "June 23, 1994 at the lake house.</p>", NULL),
              MT_OK);
    CHECK(meta.date == NULL);
}

static void test_updated_label_makes_a_modification(void)
{
    CHECK_INT(extract("<h1>A headline of some length</h1>"
                      "<p class='date'>Published 2 March 2021</p>"
                      "<p class='date'>Updated 5 March 2021</p><p>Text.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2021-03-02");
    CHECK_STR(meta.date_modified, "2021-03-05");
}

/* A range of days under the headline is an exhibition's or a report's
 * period: the page's own date outweighs its last day, which is left a
 * guess where nothing else dates the page. */
/* A range of whole dates is a period (an archive's week, an event's
 * days): neither end dates the page when something else does. */
static void test_range_of_dates_is_no_dateline(void)
{
    static const char *const ranges[] = {
        "January 11, 2004 - January 17, 2004", "3 March 2020 \xe2\x80\x93 5 March 2020",
        "31. Dezember 2021 - 06. Januar 2022",
    };
    char html[512];
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        snprintf(html, sizeof html,
                 "<h1>The week in the harbour</h1><p>%s</p><p>The ferries ran all week, the "
                 "harbour master said.</p><p class='posted'>Posted March 9, 2024</p>",
                 ranges[i]);
        CHECK_INT(extract(html, NULL), MT_OK);
        CHECK(meta.date && strncmp(meta.date, "2024-03-09", 10) == 0);
    }
}

static void test_day_range_is_no_dateline(void)
{
    CHECK_INT(extract("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                      "\"@type\":\"Article\",\"headline\":\"Monuments in a new light\","
                      "\"datePublished\":\"2017-02-19T14:41:17Z\"}</script>"
                      "<h1>Monuments in a new light</h1><h2>Exhibition in the old palace<br>"
                      "9-23 Feb 2017 | Mon-Fri 9-16</h2><p>Photographs of the city's monuments "
                      "at night.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2017-02-19T14:41:17Z");
    CHECK_INT(extract("<html lang='de'><body><h1>Wochenbericht</h1><p>14. \xe2\x80\x93 20. "
                      "Januar 2022</p><p>Die Lawinensituation war die ganze Woche günstig.</p>"
                      "</body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2022-01-20");
    /* a time before the dash makes no range */
    CHECK_INT(extract("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                      "\"@type\":\"Article\",\"headline\":\"Transfer window news\","
                      "\"datePublished\":\"2008-01-08T09:00:00Z\"}</script>"
                      "<h1>Transfer window news</h1><p>10:59 - 9th, Jan 2008</p>"
                      "<p>The club signed a striker.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2008-01-09");
}

/* A sentence of Japanese prose, 75 bytes, ending in "。": "The ferry
 * between the two islands resumes service from Monday morning." */
#define JA_SENTENCE "\xe4\xba\x8c\xe3\x81\xa4\xe3\x81\xae\xe5\xb3\xb6\xe3\x82\x92\xe7\xb5\x90\xe3\x81\xb6" \
    "\xe3\x83\x95\xe3\x82\xa7\xe3\x83\xaa\xe3\x83\xbc\xe3\x81\x8c\xe6\x9c\x88\xe6\x9b\x9c\xe3\x81\xae" \
    "\xe6\x9c\x9d\xe3\x81\x8b\xe3\x82\x89\xe5\x86\x8d\xe3\x81\xb3\xe9\x81\x8b\xe8\x88\xaa\xe3\x81\x99" \
    "\xe3\x82\x8b\xe3\x80\x82"

/* A date alone on its line after the article's paragraphs dates a related
 * article's teaser under the body, not the page: the declared day wins. */
static void test_dateline_after_the_body_is_a_teasers(void)
{
    CHECK_INT(extract("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                      "\"@type\":\"NewsArticle\",\"headline\":\"Ferry service resumes\","
                      "\"datePublished\":\"2020-10-26T18:10:00+01:00\"}</script>"
                      "<h1>Ferry service resumes</h1><p>By A. Writer, 26 minutes ago</p>"
                      "<p>The ferry between the two islands runs again from Monday morning.</p>"
                      "<p>The operator confirmed the news on its website late on Sunday night.</p>"
                      "<p>Tickets bought for the cancelled crossings stay valid until the end "
                      "of the year.</p>"
                      "<div class='rel-box'><a href='/old'>Storm stops the ferry for a week</a>"
                      "<div>09.08.2020 10:52</div></div>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-10-26", 10) == 0);
    /* a paragraph that ends in no-break spaces ends its sentence all the same */
    CHECK_INT(extract("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                      "\"@type\":\"NewsArticle\",\"headline\":\"Ferry service resumes\","
                      "\"datePublished\":\"2020-10-26T18:10:00+01:00\"}</script>"
                      "<h1>Ferry service resumes</h1><p>By A. Writer, 26 minutes ago</p>"
                      "<p>The ferry between the two islands runs again from Monday morning."
                      "&nbsp;&nbsp;</p>"
                      "<p>The operator confirmed the news on its website late on Sunday night."
                      "&nbsp;</p>"
                      "<p>Tickets bought for the cancelled crossings stay valid until the end "
                      "of the year.&nbsp;</p>"
                      "<div class='rel-box'><a href='/old'>Storm stops the ferry for a week</a>"
                      "<div>09.08.2020 10:52</div></div>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-10-26", 10) == 0);
    /* paragraphs in Japanese end their sentences with their own full stop */
    CHECK_INT(extract("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                      "\"@type\":\"NewsArticle\",\"headline\":\"\u30d5\u30a7\u30ea\u30fc\u904b\u822a\u518d\u958b\","
                      "\"datePublished\":\"2020-10-26T18:10:00+09:00\"}</script>"
                      "<h1>\xe3\x83\x95\xe3\x82\xa7\xe3\x83\xaa\xe3\x83\xbc\xe9\x81\x8b\xe8\x88\xaa\xe5\x86\x8d\xe9\x96\x8b</h1>"
                      "<p>" JA_SENTENCE "</p><p>" JA_SENTENCE "</p><p>" JA_SENTENCE "</p>"
                      "<div class='rel-box'><a href='/old'>\xe9\x81\x8b\xe4\xbc\x91</a>"
                      "<div>09.08.2020 10:52</div></div>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-10-26", 10) == 0);
    /* one paragraph (a standfirst) before it leaves the dateline one */
    CHECK_INT(extract("<h1>Ferry service resumes</h1>"
                      "<p>The ferry between the two islands runs again from Monday morning.</p>"
                      "<p>09.08.2020 10:52</p><p>The operator confirmed the news.</p>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-08-09", 10) == 0);
}

/* A teaser of another story: its headline, its date and the name of its
 * author, in a box of other stories. */
#define OTHER_STORY(title, day) \
    "<article class='teaser'><h2><a href='/other'>" title "</a></h2>" \
    "<footer><span>" day "</span> <span>Jane Roe</span></footer></article>"

#define PLAIN_STORY(title, day) \
    "<div><h3><a href='/other'>" title "</a></h3><div><span>" day "</span> " \
    "<span>Jane Roe</span></div></div>"

#define MINDFUL_PARAGRAPH \
    "<p>Attention is an engine of industrial society, and in a crisis it is a " \
    "further source of stress: the news of the day asks for it every hour, and " \
    "the mind that gives it finds no rest. Mindfulness can help here, as the " \
    "practice of a few minutes a day shows to those who try it, and as the " \
    "teachers of the old schools of meditation have said for centuries.</p>"

/* The page's own date, in a <time> under its paragraphs, past the lines
 * the dateline search reads: weaker than a dateline above the headline. */
#define OWN_STORY_BODY \
    "<h1>Mindful through the crisis</h1>" MINDFUL_PARAGRAPH MINDFUL_PARAGRAPH \
    MINDFUL_PARAGRAPH MINDFUL_PARAGRAPH MINDFUL_PARAGRAPH \
    "<p>Filed <time datetime='2020-03-18'>18 March 2020</time></p>"

/* A box of other stories above the headline, inside the article's box (an
 * <aside>, or a box classed as teasers), dates those stories: the reading
 * before the headline leaves it out, whether it enters the box or, the box
 * being long, begins inside it. */
static void test_other_stories_above_the_headline_date_no_dateline(void)
{
    CHECK_INT(extract("<article><aside>" OTHER_STORY("Dull confidence", "26.02.2020")
                      "</aside>" OWN_STORY_BODY "</article>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-03-18", 10) == 0);
    CHECK_INT(extract("<article><div class='related-stories'>"
                      OTHER_STORY("Dull confidence", "26.02.2020") "</div>"
                      OWN_STORY_BODY "</article>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-03-18", 10) == 0);
    /* more nodes than the reading steps back over, in plain boxes: it
     * begins inside the <aside> */
    CHECK_INT(extract("<main><aside>"
                      PLAIN_STORY("One", "01.07.2020") PLAIN_STORY("Two", "25.06.2020")
                      PLAIN_STORY("Three", "18.06.2020") PLAIN_STORY("Four", "04.03.2020")
                      PLAIN_STORY("Five", "27.02.2020") PLAIN_STORY("Six", "26.02.2020")
                      "</aside>" OWN_STORY_BODY "</main>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-03-18", 10) == 0);
    /* a dateline above the headline outside such a box is the page's */
    CHECK_INT(extract("<article><aside>" OTHER_STORY("Dull confidence", "26.02.2020")
                      "</aside><div class='kicker'>Society | 17.03.2020</div>"
                      OWN_STORY_BODY "</article>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-03-17", 10) == 0);
}

/* A page that shows its day only through a style (content:
 * attr(data-date)) writes it in the attribute of an element under its
 * headline: that dates it, not the teasers' dates in the box of other
 * stories above; a hidden element's attribute does not. */
static void test_data_date_under_the_headline(void)
{
    CHECK_INT(extract("<article><aside>" OTHER_STORY("Dull confidence", "26. Februar 2020")
                      "</aside><header><h1>Achtsam durch die Krise</h1><a href='#timeline'>"
                      "<div data-date='18. M\xc3\xa4rz 2020' class='timeline__arrow'></div>"
                      "<i>1945</i> <i>2000</i></a></header>"
                      MINDFUL_PARAGRAPH "</article>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2020-03-18", 10) == 0);
    CHECK_INT(extract("<article><h1>Mindful through the crisis</h1>"
                      "<div data-date='03/03/2019' class='cme-link hidden'>CME</div>"
                      MINDFUL_PARAGRAPH "</article>", NULL),
              MT_OK);
    CHECK(meta.date == NULL);
}

/* A box classed "footer" right after the headline's box is the footer of
 * the item the headline heads, with its date line: not the page's footer. */
static void test_footer_under_the_headline_dates_its_item(void)
{
    CHECK_INT(extract("<html><head><title>Dogs in winter</title>"
                      "<meta name='dcterms.date' content='2022-01-21T15:38:44+01:00'></head><body>"
                      "<div class='news'><div class='header'><h3 itemprop='headline'>Dogs in "
                      "winter</h3></div><div class='footer'><span class='list-date'>"
                      "<time itemprop='datePublished' datetime='2022-01-27'>27.01.2022</time>"
                      "</span></div><p>Most dogs love the first snow of the year, and a walk "
                      "in it is a joy for them and for their owners alike.</p></div>"
                      "<div class='footer'><p>Last changed: 2022-01-21</p></div></body></html>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.date, "2022-01-27");
}

/* A forum thread whose posts are all classed as comments, the opening one
 * right under the thread's title: when nothing else dates the page, that
 * post's date does. */
static void test_opening_post_dates_a_thread(void)
{
    CHECK_INT(extract("<html lang='de'><head><title>Kein App Store mehr mit iOS 13?</title>"
                      "</head><body><h2 class='Title'>Kein App Store mehr mit iOS 13?</h2>"
                      "<div class='PostComment'><div class='CommentInfo'><span>macfan</span>"
                      "<span title='Zeit der Erstellung'><span>28.09.19</span><span>12:44</span>"
                      "</span></div><div class='CommentText'>Seit dem Update auf iOS 13 habe "
                      "ich unterwegs keinen Zugriff mehr auf den App Store.</div></div>"
                      "<div class='PostComment'><div class='CommentInfo'><span>other</span>"
                      "<span><span>30.09.19</span><span>08:10</span></span></div>"
                      "<div class='CommentText'>Bei mir geht es.</div></div></body></html>",
                      NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2019-09-28", 10) == 0);
}

/* A forum post's user panel says when the poster joined: the post's own
 * date, after it, is the page's. */
static void test_member_since_is_no_date(void)
{
    CHECK_INT(extract("<h1>Sourdough starter smells like nail polish remover</h1>"
                      "<dl><dt>crumbly_joe</dt><dd>Posts: 4</dd><dd>Joined: Sat Jan 13, 2024 "
                      "9:02 pm</dd></dl><p>by crumbly_joe &raquo; Sat Jan 20, 2024 6:44 pm</p>"
                      "<p>Hi all, first post here.</p>", NULL),
              MT_OK);
    CHECK(meta.date && strncmp(meta.date, "2024-01-20", 10) == 0);
}

/* What <html> or <body> is called names the page or its generator (Sphinx's
 * "writer-html5"): the whole page is no byline. */
static void test_page_root_is_no_byline(void)
{
    CHECK_INT(extract("<html class='writer-html5'><head><title>Configuring retries &mdash; "
                      "tidepool 2.3.1 documentation</title></head><body class='wy-body-for-nav'>"
                      "<nav><a href='/'>tidepool</a><p>User guide</p></nav><h1>Configuring "
                      "retries</h1><p>Network calls fail, and a client retries them.</p>"
                      "</body></html>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
}

/* A sign-in form under the headline: its labels name fields ("Customer
 * ID"), not who wrote the page; a byline after the form is still one. */
static void test_form_labels_are_no_byline(void)
{
    CHECK_INT(extract("<h1>Sign in to online banking</h1><form><label for='id'>Customer ID"
                      "</label><input id='id' autocomplete='username'><label for='pc'>Passcode"
                      "</label><input id='pc' type='password'><textarea>Jane Roe</textarea>"
                      "</form><p>We will never ask for your full passcode.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>Harvest festival draws record crowd</h1><form><label>Search</label>"
                      "<input name='q'></form><p>By Amelia Hart</p><p>More than ten thousand "
                      "people came.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Amelia Hart") == 0);
}

/* An infobox under the headline labels its rows in header cells: "Opened"
 * before a date is a label, not a byline, and the date is the bridge's. */
static void test_infobox_labels_are_no_byline(void)
{
    CHECK_INT(extract("<h1>Harrowgate Viaduct</h1><table class='infobox'><tr><th scope='row'>"
                      "Crosses</th><td>River Skell</td></tr><tr><th scope='row'>Opened</th>"
                      "<td>1 August 1849</td></tr></table><p>The Harrowgate Viaduct is a "
                      "disused railway viaduct.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK(meta.date == NULL);
    /* a byline laid out in plain cells is still one */
    CHECK_INT(extract("<h1>Harvest festival draws record crowd</h1><table><tr><td>By Amelia "
                      "Hart</td><td>March 3, 2005</td></tr></table><p>More than ten thousand "
                      "people came.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Amelia Hart") == 0);
    /* ... and so is a document's table of facts that labels its author */
    CHECK_INT(extract("<h1>Annual water quality report 2023</h1><table class='docinfo'><tr><th>"
                      "Author</th><td>Dr. Helen Marsh</td></tr><tr><th>Published</th><td>14 "
                      "March 2024</td></tr></table><p>The district's drinking water met every "
                      "national standard in 2023.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Dr. Helen Marsh") == 0);
}

/* A how-to's byline box ends with a link to its reference list: no
 * second author "References". */
static void test_reference_link_in_byline_is_no_name(void)
{
    CHECK_INT(extract("<h1>How to Replace a Bike Chain</h1><div class='byline_info'><span>"
                      "Co-authored by <a href='/u/gm'>Gareth Moss</a></span><span>Last Updated: "
                      "September 30, 2023</span><span><a href='#sources'>References</a></span>"
                      "</div><p>A worn bike chain makes shifting sloppy.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Gareth Moss") == 0);
}

/* The text after a byline's block is a line of its own: "The Harbour
 * Wire" under "By Jane Roe" is no part of her name. */
static void test_text_after_byline_block_is_its_own_line(void)
{
    CHECK_INT(extract("<h1>Night ferries return to the harbour</h1><font size='2'><div "
                      "id='byline'>By JANE ROE</div>\nThe Harbour Wire<br>Monday, March 3, "
                      "2008</font><div><p>The harbour's night ferries will run again from "
                      "Monday, the city's transport authority said.</p></div>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "JANE ROE") == 0);
    /* "Posted by" after the last paragraph, past the block that ends it */
    CHECK_INT(extract("<h1>A headline of some length</h1><div class='entry'><p>Body text, long "
                      "enough to read as the article's own words, and then some more of them "
                      "to make a paragraph of its own here.</p></div>\n<span class='posted'>"
                      "Posted by Jane Roe at March 3, 2008 11:42 PM</span>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
}

/* A byline element's markup ends the name where the line reading runs on
 * into the role beside it ("By Jane Roe" then "Harbour Desk, Leeds"). */
static void test_byline_name_element_ends_the_name(void)
{
    CHECK_INT(extract("<h1>Night ferries return to the harbour</h1><span class='byline'><span "
                      "class='byline-name'>By Jane Roe</span> <span class='byline-title'>Harbour "
                      "Desk, Leeds</span></span><p>The harbour's night ferries will run again "
                      "from Monday, the city's transport authority said.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
}

/* A picture's credit opened by a copyright sign ("\xc2\xa9 By ...") is no
 * byline, now that it stands on a line of its own. */
static void test_copyright_credit_line_is_no_byline(void)
{
    CHECK_INT(extract("<h1>A headline of some length</h1><img src='map.svg'><br><small>\xc2\xa9 "
                      "By Jane Roe (Own work), via a picture archive</small><p>Body text, long "
                      "enough to read as the article's own words.</p><footer>\xc2\xa9 2020 "
                      "Harbour Weekly</footer>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Harbour Weekly") == 0);
}

/* Far below the headline (past the lines read near it), a list of
 * teasers each with a byline ("von ... um 21:02") signs no article: the
 * page's declared author stays, though it is the site's name. */
/* A paragraph of a name alone in bold or italics, last under two of
 * running text, signs the article off; in the middle of the text, or not
 * set off, it is the text's own. */
static void test_bold_name_closing_the_text_signs_it(void)
{
    static const char *const text =
        "<p>Der Gastgeber hatte die Partie im ersten Drittel jederzeit unter Kontrolle, doch die "
        "Gaeste zeigten sich nur sehr sporadisch vor dem gegnerischen Tor und blieben blass.</p>"
        "<p>Im zweiten Drittel hatte die Heimmannschaft unter dem Strich etwas mehr Spielanteile "
        "sowie die bessere Struktur, und nach vierzig Minuten stand es verdient eins zu null.</p>";
    char html[1024];
    snprintf(html, sizeof html, "<h1>Aus im Halbfinale</h1><div>%s<p><b><i>Stefan Beispiel"
             "</i></b></p></div><div><h2>Mehr zum Thema</h2><p>Andere Spiele</p></div>", text);
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK_STR(author(0), "Stefan Beispiel");
    CHECK_STR(meta.source[MT_META_AUTHORS], "signature");
    /* a bold name with a paragraph after it is a subheading of the text */
    snprintf(html, sizeof html, "<h1>Aus im Halbfinale</h1><div>%s<p><b>Stefan Beispiel</b></p>"
             "<p>Er spielte gut.</p></div>", text);
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* a name alone in plain type is the last line of the text */
    snprintf(html, sizeof html, "<h1>Aus im Halbfinale</h1><div>%s<p>Stefan Beispiel</p></div>",
             text);
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK_INT(meta.nauthors, 0);
}

/* A byline element whose class names a picture credits the photographer
 * ("imageByline" under a photo), not the writer. */
static void test_picture_byline_is_no_author(void)
{
    CHECK_INT(extract("<h1>Voters come out to the polls</h1><div class=\"image\"><img src=a.jpg>"
                      "<div class=\"imageByline\">Jane Roe, file</div></div><p>Voters lined up "
                      "early at the park this morning.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>Voters come out to the polls</h1><div class=\"photo-credit byline\">"
                      "Jane Roe</div><p>Voters lined up early at the park this morning.</p>", NULL),
              MT_OK);
    CHECK_STR(author(0), "Jane Roe");
}

static void test_list_of_teaser_bylines_is_no_signature(void)
{
    char html[8192];
    size_t n = (size_t)snprintf(html, sizeof html,
                                "<meta property='og:site_name' content='Harbour Weekly'><script "
                                "type='application/ld+json'>{\"@type\":\"Article\",\"author\":"
                                "{\"@type\":\"Organization\",\"name\":\"Harbour Weekly\"}}"
                                "</script><h1>A headline of some length</h1>");
    for (int i = 0; i < 35; i++)
        n += (size_t)snprintf(html + n, sizeof html - n,
                              "<p>Paragraph %d of the body, long enough to read as the "
                              "article's own words, and some more of them to make it one.</p>",
                              i);
    snprintf(html + n, sizeof html - n,
             "<ul><li><a href='/f/1'><p>Night ferries at last?</p><span>von LenaVoss um 21:02"
             "</span></a></li><li><a href='/f/2'><p>Where to moor a dinghy</p><span>von "
             "Kai_Berg um 20:47</span></a></li></ul>");
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Harbour Weekly") == 0);
}

/* Teasers far below the headline, each a kicker and a title as headings
 * and a byline under them, sign no article though other teasers without
 * bylines stand between them; a lone section's byline under its heading
 * is the text's signature. */
static void test_teaser_bylines_under_headings_are_no_signature(void)
{
    static const char *const head =
        "<meta property='og:site_name' content='Harbour Weekly'><script "
        "type='application/ld+json'>{\"@type\":\"Article\",\"author\":"
        "{\"@type\":\"Organization\",\"name\":\"Harbour Weekly\"}}</script>"
        "<h1>A headline of some length</h1>";
    static const char *const teasers =
        "<a href='/a'><h3>Ferries</h3><h3>Night ferries at last for the islands</h3>"
        "<div>Von Lena Voss</div></a>"
        "<a href='/b'><h3>Harbour</h3><h3>A new crane for the old quay</h3></a>"
        "<a href='/c'><h3>Sailing</h3><h3>Where to moor a dinghy this summer</h3></a>"
        "<a href='/d'><h3>Weather</h3><h3>Storms close the bridge again</h3>"
        "<div>Von Kai Berg</div></a>";
    char html[8192];
    size_t n = (size_t)snprintf(html, sizeof html, "%s", head);
    for (int i = 0; i < 35; i++)
        n += (size_t)snprintf(html + n, sizeof html - n,
                              "<p>Paragraph %d of the body, long enough to read as the "
                              "article's own words, and some more of them to make it one.</p>",
                              i);
    snprintf(html + n, sizeof html - n, "%s", teasers);
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Harbour Weekly") == 0);
    /* one section's byline under its heading */
    n = (size_t)snprintf(html, sizeof html, "%s", head);
    for (int i = 0; i < 35; i++)
        n += (size_t)snprintf(html + n, sizeof html - n,
                              "<p>Paragraph %d of the body, long enough to read as the "
                              "article's own words, and some more of them to make it one.</p>",
                              i);
    snprintf(html + n, sizeof html - n,
             "<h2>A town upended</h2><p>By Nada Reyes, Harbour Weekly</p><p>The harbour has "
             "changed everything about life in the town, and now it changes its winters.</p>");
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK_STR(author(0), "Nada Reyes");
}

/* A picture's credit is no copyright notice of the page: a hero image's
 * caption above the headline, a <figure>'s credit; the footer's notice
 * still names its holder. */
static void test_picture_credit_is_no_notice(void)
{
    CHECK_INT(extract("<div class='hero'><img src='/bats.jpg' alt=''><div class='caption'>Common "
                      "pipistrelle \xc2\xa9 Mark Ellery</div></div><h1>Night Walk: Bats of the Old "
                      "Canal</h1><p>Join our volunteers for a walk along the towpath.</p><figure>"
                      "<img src='/canal.jpg' alt=''><figcaption>The canal \xc2\xa9 Lena Moor"
                      "</figcaption></figure>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>Night Walk</h1><p>Join our volunteers for a walk.</p><footer>\xc2\xa9 "
                      "2024 Mark Ellery</footer>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Mark Ellery") == 0);
}

/* A copyright notice names one holder: an initial's full stop is no end
 * of it, the address or rights after it are no more names, and the site's
 * designer is none. */
static void test_notice_names_one_holder(void)
{
    static const struct {
        const char *footer, *holder;    /* holder NULL: no author */
    } cases[] = {
        { "\xc2\xa9 2024 Mark J. Ellery. All rights reserved.", "Mark J. Ellery" },
        { "Copyright \xc2\xa9 2006, Canal Walkers, 35 Wharf Street, Leeds", "Canal Walkers" },
        { "\xc2\xa9 2006 Mark Ellery World Rights Reserved", "Mark Ellery" },
        { "\xc2\xa9 2006 - Designed By Gervase Knight", NULL },
    };
    char html[512];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(html, sizeof html,
                 "<h1>Night Walk</h1><p>Join our volunteers for a walk.</p><footer>%s</footer>",
                 cases[i].footer);
        CHECK_INT(extract(html, NULL), MT_OK);
        if (cases[i].holder)
            CHECK(meta.nauthors == 1 && strcmp(author(0), cases[i].holder) == 0);
        else
            CHECK_INT(meta.nauthors, 0);
    }
}

/* A forum thread's replies say in microdata that they are comments: the
 * reply's byline is not the page's author, the opening post's is. */
static void test_reply_byline_is_no_author(void)
{
    CHECK_INT(extract("<h1>Best way to overwinter dahlias?</h1><div id='post_1'><div "
                      "class='crawler-post-meta'><span class='creator'><a href='/u/hannah'>"
                      "hollyhock_hannah</a></span></div><p>First year growing dahlias and the "
                      "frost has blackened the foliage.</p></div><div id='post_2' "
                      "itemprop='comment' itemscope itemtype='http://schema.org/Comment'><div "
                      "class='crawler-post-meta'><span class='creator' itemprop='author'><a "
                      "href='/u/old_tom'><span itemprop='name'>old_tom</span></a></span></div>"
                      "<p>Damp is the enemy: dry them upside down for a week.</p></div>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "hollyhock_hannah") == 0);
}

/* A post's line of parts names its user after "Posted by" or a count
 * ("287 points by"): the user, not the links beside it, nor the copyright
 * holder; a name that goes on ("hipstomp / Rain Noe") is read whole. */
static void test_posting_user_in_line_of_parts(void)
{
    CHECK_INT(extract("<main><div><a href='/r/bikes'>r/bikewrench</a> · <span>Posted by</span> "
                      "<a href='/user/spokewrangler'>u/spokewrangler</a> · <time>7 mo. ago</time>"
                      "</div><h1>I rebuilt a Dutch bicycle hub gear</h1><p>My grandfather's old "
                      "city bike has been sitting in the shed for twenty years.</p></main>"
                      "<footer>© 2024 Threadly, Inc.</footer>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "spokewrangler") == 0);
    CHECK_INT(extract("<h1>How do you keep on-call sustainable?</h1><div><span>287 points</span> by "
                      "<a href='user?id=kestrel_ops'>kestrel_ops</a> <span>6 hours ago</span> | "
                      "<a href='hide'>hide</a> | <a href='#'>past</a> | <a href='fave'>favorite</a>"
                      "</div><p>We are a team of five engineers running a product.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "kestrel_ops") == 0);
    CHECK_INT(extract("<h1>Design notes</h1><p>Posted by <a href='/a'>hipstomp / Rain Noe</a> | "
                      "6 Nov 2012</p><p>A chair made of one folded sheet of steel.</p>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 2);
}

/* An obituary's guestbook is its comment thread: a mourner's signature
 * ("- Deborah Lind, March 1, 2024") is no byline of the page. */
static void test_guestbook_signature_is_no_author(void)
{
    CHECK_INT(extract("<h1>Margaret Ellen Soderberg</h1><div class='obit-text'><p>Margaret "
                      "Ellen Soderberg, 92, of Duluth, passed away peacefully on Tuesday, "
                      "February 27, 2024, at Lakeview Care Center, surrounded by her family.</p>"
                      "<p>Margaret worked as a surgical nurse at St. Luke's Hospital for "
                      "thirty-four years. Colleagues remembered her steady hands.</p></div>"
                      "<div id='guestbook'><h2>"
                      "Guestbook</h2><div class='gb-entry'><p>Margaret trained me when I was a "
                      "new nurse.</p><p class='gb-author'>- Deborah Lind, March 1, 2024</p></div>"
                      "</div>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
}

/* Google Scholar's citation_author holds one person per tag, "Last,
 * First": two authors, in reading order, not four names. */
static void test_citation_authors_last_first(void)
{
    CHECK_INT(extract("<html><head><meta name='citation_author' content='Hartmann, Lena'>"
                      "<meta name='citation_author' content='Okafor, Daniel C.'><meta "
                      "name='citation_author' content='Smith, Jr.'></head><body><h1>Soil "
                      "moisture memory</h1><p>We test whether soil moisture adds skill.</p>"
                      "</body></html>", NULL),
              MT_OK);
    CHECK(meta.nauthors >= 2 && strcmp(author(0), "Lena Hartmann") == 0 &&
          strcmp(author(1), "Daniel C. Okafor") == 0);
}

/* RDFa's <meta property="dc:creator">, one of a list of properties,
 * names the maker before a generic "author" does. */
static void test_dc_creator_property(void)
{
    CHECK_INT(extract("<html><head><meta name='author' content='Harbour Desk'><meta "
                      "property='dc:creator og:see_also' content='Lena Hartmann'></head><body>"
                      "<h1>Soil moisture memory</h1><p>We test whether soil moisture adds "
                      "skill.</p></body></html>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Lena Hartmann") == 0);
}

/* A Korean byline ends in the reporter's title, a Japanese one may stand
 * in full-width parentheses: the name is what is between. */
static void test_cjk_byline_decorations(void)
{
    CHECK_INT(extract("<h1>\xec\x84\x9c\xec\x9a\xb8 \xeb\x82\xa0\xec\x94\xa8</h1><p "
                      "class='byline'>\xea\xb9\x80\xeb\xaf\xbc\xec\x88\x98 \xea\xb8\xb0"
                      "\xec\x9e\x90</p><p>\xec\x98\xa4\xeb\x8a\x98\xec\x9d\x80 "
                      "\xeb\xa7\x91\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "\xea\xb9\x80\xeb\xaf\xbc\xec\x88\x98") == 0);
    CHECK_INT(extract("<h1>\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xae\xe5\xa4\xa9\xe6\xb0\x97"
                      "</h1><p class='byline'>\xef\xbc\x88\xe5\xb1\xb1\xe6\x9c\xac\xe5\x81"
                      "\xa5\xe5\xa4\xaa\xef\xbc\x89</p><p>\xe6\x99\xb4\xe3\x82\x8c\xe3"
                      "\x80\x82</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "\xe5\xb1\xb1\xe6\x9c\xac\xe5\x81\xa5"
                                                  "\xe5\xa4\xaa") == 0);
}

/* A dateline's place after the name, in the byline's line but outside the
 * author's element, is no author: the element says where the name ends.
 * An agency after the name stays. */
static void test_dateline_place_after_byline_element(void)
{
    CHECK_INT(extract("<article><h1>Titular de la noticia</h1><div><span class='autor'>Por "
                      "<a href='/a'>Marta Gil Ortega</a></span><span>Valencia, 05/02/2024 - "
                      "07:00 h.</span></div><p>El Ayuntamiento ha comenzado a probar un sistema "
                      "nuevo.</p></article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Marta Gil Ortega") == 0);
    CHECK_INT(extract("<article><h1>Recife inaugura parque</h1><p>Por <span class='autor'>"
                      "Beatriz Cavalcanti</span>, Recife</p><p>A Prefeitura inaugurou nesta "
                      "terça-feira o primeiro parque.</p></article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Beatriz Cavalcanti") == 0);
    CHECK_INT(extract("<article><h1>Night trains return</h1><p>By <span class='author'>"
                      "Jane Roe</span>, Reuters</p><p>After eleven years, night trains run "
                      "again.</p></article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 2 && strcmp(author(1), "Reuters") == 0);
}

/* The editor who signs off under a Chinese article ("责任编辑：") is no
 * author when the writer is named under the headline ("作者："). */
static void test_editor_sign_off_yields_to_writer(void)
{
    CHECK_INT(extract("<div><h1>长江中游多地启动秋季护鱼行动</h1><div><span class='date'>2023年10月16日"
                      "</span> <span class='author'>作者：刘晓岚</span></div><div><p>进入秋季以来，"
                      "长江中游各地渔政部门陆续启动护鱼专项行动。</p></div><div>责任编辑：王振宇</div>"
                      "</div>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "刘晓岚") == 0);
}

/* A byline whose surname is a role word ("Writer") names the whole
 * person, not her given name alone. */
static void test_role_word_surname(void)
{
    CHECK_INT(extract("<html><head><title>Harbour plan approved</title></head><body><article>"
                      "<h1>Harbour plan approved</h1><p class='byline'>By Jane Writer</p><p>The "
                      "council approved the new harbour plan on Tuesday after a long debate.</p>"
                      "<p>Work on the quay is to begin in the spring.</p></article></body></html>",
                      NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Writer") == 0);
}

/* A desk's credit in JSON-LD ("Staff and news service reports") is the
 * page's author, kept whole: split at its "and" it names no one. */
static void test_desk_credit(void)
{
    CHECK_INT(extract("<html><head><script type='application/ld+json'>{\"@type\":"
                      "\"NewsArticle\",\"headline\":\"Council delays harbour vote\","
                      "\"author\":[{\"@type\":\"Person\",\"name\":\"Staff and news "
                      "service reports\"}]}</script></head><body><article><h1>Council delays "
                      "harbour vote</h1><p>The council put off its vote on the harbour plan "
                      "until next month.</p></article></body></html>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Staff and news service reports") == 0);
    /* a sentence is no credit, however it opens */
    CHECK_INT(extract("<html><head><title>Council delays harbour vote</title></head><body>"
                      "<article><h1>Council delays harbour vote</h1><p class='byline'>By Staff and "
                      "contributors from across our newsroom and bureaus around the world</p>"
                      "<p>The council put off its vote on the harbour plan until next month.</p>"
                      "</article></body></html>", NULL),
              MT_OK);
    for (size_t i = 0; i < meta.nauthors; i++)
        CHECK(strlen(author(i)) <= 100 && !strstr(author(i), "bureaus"));
}

/* JSON-LD's authors are split one by one into one list: the second is a
 * name of its own, not a role after the first ("Jennifer Senior" is no
 * "Senior" of Jane Roe's). */
static void test_jsonld_authors_apart(void)
{
    CHECK_INT(extract("<html><head><script type='application/ld+json'>{\"@type\":"
                      "\"NewsArticle\",\"headline\":\"Council delays harbour vote\","
                      "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Roe\"},"
                      "{\"@type\":\"Person\",\"name\":\"Jennifer Senior\"}]}</script></head>"
                      "<body><article><h1>Council delays harbour vote</h1><p>The council put off "
                      "its vote on the harbour plan until next month.</p></article></body></html>",
                      NULL),
              MT_OK);
    CHECK(meta.nauthors == 2 && strcmp(author(0), "Jane Roe") == 0 &&
          strcmp(author(1), "Jennifer Senior") == 0);
}

/* A post's own footer ("post-footer", Blogger's; "entry-footer") holds
 * its "Posted by": it is no boilerplate like the page's footer. */
static void test_post_footer_byline(void)
{
    CHECK_INT(extract("<html><head><title>Harbour Notes: Winter swims</title></head><body>"
                      "<div class='main-wrapper'><div class='blog-posts hfeed'><div class='post "
                      "hentry'><h3 class='post-title entry-title'>Winter swims</h3><div "
                      "class='post-body entry-content'><p>We went down to the harbour again this "
                      "morning, and the water was colder than last week.</p><p>Three of us "
                      "swam out to the buoy and back.</p></div><div class='post-footer'><div "
                      "class='post-footer-line post-footer-line-1'><span class='post-author "
                      "vcard'>Posted by <span class='fn'>Anna Muster</span></span> <span "
                      "class='post-timestamp'>at 10:48 PM</span></div></div></div></div></div>"
                      "<div class='footer'><p>Powered by Blogger</p></div></body></html>",
                      NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Anna Muster") == 0);
    /* TypePad's "entry-footer": its words are read the same on every
     * path of the pass, the article's word among them */
    CHECK_INT(extract("<html><head><title>Harbour Notes: Winter swims</title></head><body>"
                      "<div id='banner'><h1 id='banner-header'><a href='/'>Harbour Notes</a></h1>"
                      "</div><div class='entry'><h3 class='entry-header'>Winter swims</h3><div "
                      "class='entry-content'><p>We went down to the harbour again this morning, "
                      "and the water was colder than last week.</p><p>Three of us swam out to the "
                      "buoy and back.</p></div><div class='entry-footer'><p class='entry-footer-"
                      "info'><span class='post-footers'>Posted by <a rel='author' href='/profile/"
                      "amuster'>Anna Muster</a> on July 09, 2012</span></p></div></div></body>"
                      "</html>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Anna Muster") == 0);
    /* a post's footer named for something else too stays boilerplate: a
     * related post's "Posted by" is not this post's */
    CHECK_INT(extract("<html><head><title>Winter swims</title></head><body><article><h1>"
                      "Winter swims</h1><p>We went down to the harbour again this morning, and "
                      "the water was colder than last week.</p></article><div class='post-footer-"
                      "related'><p>Posted by Jane Roe in Harbour life</p><p><a href='/a'>Summer "
                      "swims</a></p></div></body></html>",
                      NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    /* the page's own footer stays boilerplate: its name is nobody's byline */
    CHECK_INT(extract("<html><head><title>Winter swims</title></head><body><article><h1>"
                      "Winter swims</h1><p>We went down to the harbour again this morning, and "
                      "the water was colder than last week.</p></article><div class='site-footer'>"
                      "<span class='author'>Anna Muster</span></div></body></html>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
}

/* A customer review's byline under a product is no author of the page;
 * a review that is the page's article, headline and all, keeps its
 * writer's. */
static void test_customer_review_byline_is_no_author(void)
{
    CHECK_INT(extract("<main><h1>Cast Iron Dutch Oven, 5.5 qt</h1><div><p>Our enamelled cast "
                      "iron Dutch oven holds heat evenly for slow braises.</p></div><section "
                      "class='product-reviews'><h2>Customer Reviews</h2><div class='spr-review'>"
                      "<h3>Perfect bread every time</h3><span class='spr-review-header-byline'>"
                      "<strong>Marcy T.</strong> on <strong>Apr 02, 2024</strong></span><p>Heavy "
                      "but heats evenly.</p></div></section></main>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<article class='review'><h1>The new Rollei, tested</h1><p class='byline'>"
                      "Jane Roe</p><p>Curiously, the camera seems so nice and handy.</p></article>",
                      NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
    /* a critic's review signed at its end, in the box of its text: one of
     * a kind, no customer's */
    CHECK_INT(extract("<h1>Night Swims</h1><div class='review-body'><p>The band's third record "
                      "is quieter than the last two, and better for it: the songs take their "
                      "time.</p><p>It is the kind of album that grows on a second listen, and a "
                      "third, and it rewards the patience it asks for.</p><p>Two songs drag, but "
                      "the rest is the best thing they have made.</p><p class='byline'>Reviewed "
                      "by <span class='author'>Jane Roe</span></p></div>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
}

/* A blog's post wrapper whose classes name its author's login
 * ("author-admin") is no byline: it holds the headline, or a heading and
 * paragraphs, and the "by"s of its sentences name no writer; nor is a note
 * longer than a byline. A short author's box under a heading is still
 * read. */
static void test_post_wrapper_is_no_byline(void)
{
    CHECK_INT(extract("<title>A Week in Lisbon | Travel Notes</title><div class='post type-post "
                      "author-admin'><h2>A Week in Lisbon</h2><p>I "
                      "am totally inspired by Ana Moura's new record, my favourite this year.</p>"
                      "<p>The coat is vintage, the boots by Sol Verde and the bag by Rua Nova.</p>"
                      "</div>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>Notes from the field</h1><div class='post author-kim'><h2>Day one"
                      "</h2><p>We set out at dawn, guided by Marta Ruiz, and the path was "
                      "steep.</p><p>The stones were loose.</p><p>At noon we reached the ridge."
                      "</p></div>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>Notes from the field</h1><p>We set out at dawn and reached the ridge "
                      "by noon.</p><div class='author-box'><h4>About the author</h4><p>Written "
                      "by Tomas Lindqvist</p></div>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Tomas Lindqvist") == 0);
    /* a story's note of more text than a byline takes, however much of it
     * is the white space of the markup's indenting */
#define INDENT "\n                              "
    CHECK_INT(extract("<h1>Chapter One</h1><div class='author-note'>Harbour Lights," INDENT
                      "a story of the sea and the people who wait for it," INDENT
                      "told in short chapters over a long winter," INDENT
                      "with storms and quiet days," INDENT
                      "rewritten this year to fix its pacing and its many small errors," INDENT
                      "and better at last than the first draft was when it began as a serial "
                      "online," INDENT "read by more people than its writer ever hoped it would "
                      "be.</div><p>The boats came in late that night, and the harbour was full "
                      "of lamps.</p>", NULL),
              MT_OK);
#undef INDENT
    CHECK_INT(meta.nauthors, 0);
}

/* A declared author that is a login with digits ("KL2207") is an
 * account's code: a person's name in the byline outweighs it. */
static void test_declared_login_yields_to_byline(void)
{
    CHECK_INT(extract("<html><head><title>Ten years of the wiki</title><script type="
                      "'application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":"
                      "\"Article\",\"headline\":\"Ten years of the wiki\",\"author\":{\"@type\":"
                      "\"Person\",\"name\":\"KL2207\"}}</script></head><body><h1>Ten years of "
                      "the wiki</h1><div class='byline'>Nadia Okoro</div><p>The wiki turned ten "
                      "this week, and its editors looked back on how it grew.</p></body></html>",
                      NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Nadia Okoro") == 0);
}

/* A "Source:" line under the headline credits where the text came from:
 * the writer named beside it outweighs it, while it still names the
 * author where nothing else does. */
static void test_source_line_yields_to_author(void)
{
    CHECK_INT(extract("<h1>Celebrity homes linger on the market</h1><p>Source: Filmbase</p>"
                      "<div class='meta'>Date: May 2, 2024 | <span class='author'>Author: <a "
                      "rel='author' href='/author/nadia'>Nadia Okoro</a></span></div><p>Sometimes "
                      "it takes more than a famous name to sell a house.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Nadia Okoro") == 0);
    CHECK_INT(extract("<h1>Celebrity homes linger on the market</h1><p>Source: Filmbase</p>"
                      "<p>Sometimes it takes more than a famous name to sell a house.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Filmbase") == 0);
}

/* A byline element in a link that holds a headline too is a teaser's, of
 * the story linked to; the page's own byline may be a link, headless. */
static void test_teaser_byline_is_no_author(void)
{
    CHECK_INT(extract("<h1>Ninety-nine small ways to look after yourself today</h1><article>"
                      "<p>Looking after yourself need not take long: a walk, a call to a friend, "
                      "an early night. Here are ninety-nine ideas.</p><p>Start with one of them "
                      "today and add another next week.</p></article><a href='/other-story'>"
                      "<header><h3>Is a status for feeling unwell at work a good idea?</h3>"
                      "</header><div>One company lets its staff say they are not at their best."
                      " <span class='author'>von Jane Roe</span></div></a>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>Ninety-nine small ways to look after yourself today</h1><article>"
                      "<p>Looking after yourself need not take long: a walk, a call to a friend, "
                      "an early night. Here are ninety-nine ideas.</p><p>Start with one of them "
                      "today and add another next week.</p></article><a href='/author/jane'>"
                      "<span class='author'>von Jane Roe</span></a>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
    /* an author's card whose heading is the writer's name, all in the
     * link to the author's page, is the page's own */
    CHECK_INT(extract("<h1>Ninety-nine small ways to look after yourself today</h1><article>"
                      "<div class='author-card'><a href='/author/jane' class='author'>"
                      "<img src='/jane.jpg'><h3 class='author-name'>Jane Roe</h3></a></div>"
                      "<p>Looking after yourself need not take long: a walk, a call to a friend, "
                      "an early night. Here are ninety-nine ideas.</p><p>Start with one of them "
                      "today and add another next week.</p></article>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Jane Roe") == 0);
}

/* Twenty paragraphs of a leaflet: what follows is far below the headline. */
#define LEAFLET_PARAGRAPH "<p>This part of the leaflet says how the tablets are kept.</p>"
#define LEAFLET_4 LEAFLET_PARAGRAPH LEAFLET_PARAGRAPH LEAFLET_PARAGRAPH LEAFLET_PARAGRAPH
#define LEAFLET_20 LEAFLET_4 LEAFLET_4 LEAFLET_4 LEAFLET_4 LEAFLET_4

/* An author's box far below the headline that lists the sources in a
 * part of its own, an "author" element that opens with "Source:", names
 * no author: the writer is the one its "Author:" label names. */
static void test_source_list_in_author_box(void)
{
    CHECK_INT(extract("<h1>Willowbark Tablets</h1><p>Willowbark tablets ease mild pain and are "
                      "taken with water after meals, twice a day at most.</p>" LEAFLET_20 "<div "
                      "class='source'><div>Author:</div><div><a href='/team'>Editorial Team "
                      "Pharmacy Guide</a></div><div>Updated:</div><div>01.11.2021</div><div "
                      "class='collapse' id='AuthorCollapse'><div>Source:</div><div><ol><li>"
                      "Product information Willowbark Tablets by Meadow Remedies Ltd &amp; "
                      "Co. KG</li><li>Drug Information Office (DIO Ltd)</li></ol></div></div>"
                      "</div>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Editorial Team Pharmacy Guide") == 0);
    /* under the headline such an element still credits, as a line */
    CHECK_INT(extract("<h1>Rail strike ends after talks through the night</h1><div "
                      "class='byline'>Source: Reuters</div><p>The unions and the operator "
                      "agreed on a new wage deal early on Tuesday after long talks.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Reuters") == 0);
}

/* A name alone on a line under the headline is its byline, but not once a
 * section of the text has begun below a heading: there it is the first of
 * the section's links (a home page's list of its parts). A subtitle's
 * heading right above the name, or a date, leaves it the byline. */
static void test_name_in_a_section_is_no_byline(void)
{
    CHECK_INT(extract("<h1>Internet Assigned Numbers Authority</h1><p>The global coordination "
                      "of the root and of addresses.</p><h2><a href='/domains'>Domain Names</a>"
                      "</h2><p>Management of the root zone and of other zones.</p><ul><li><a "
                      "href='/domains/root'>Root Zone Management</a></li><li><a href='/db'>"
                      "Database of Top Level Domains</a></li><li><a href='/int'>.int Registry"
                      "</a></li></ul>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>A headline of some length</h1><h2>A subtitle that says more</h2>"
                      "<p>Johanna Kropfitsch</p><p>Body text, long enough to read as the "
                      "article's own words.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Johanna Kropfitsch") == 0);
    CHECK_INT(extract("<h1>A headline of some length</h1><h3>Factbox</h3><p>A review elsewhere"
                      "</p><p>Friday, January 18, 2008</p><p>Shawn Levy</p><p>Body text, long "
                      "enough to read as the article's own words.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Shawn Levy") == 0);
}

/* Old templates set the headline in an <h3>: one that says the declared
 * title is where the byline is looked for, under it. A teaser's <h3> and
 * its byline earlier on the page say another title; an <h3> in a sidebar
 * is no headline, whatever it says. */
static void test_h3_headline_has_the_byline(void)
{
    CHECK_INT(extract("<title>River town votes to keep its ferry</title><body><div><h3><a "
                      "href='/bridge'>Mayor opens the new bridge</a></h3><p>By Tom Teaser</p>"
                      "</div><p>Weather: rain</p><p>Traffic: slow</p><p>Tides: high at noon</p>"
                      "<p>Markets: closed</p><b><h3>River town votes to keep its ferry</h3></b>"
                      "<font size='-2'>By Mara Lindqvist<br>29 December, 2007</font><p>The "
                      "ferry that has crossed the river since 1911 will keep running, the town "
                      "decided on Friday after a long and crowded meeting.</p></body>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Mara Lindqvist") == 0);
    CHECK_STR(meta.title, "River town votes to keep its ferry");
    CHECK_INT(extract("<title>River town votes to keep its ferry</title><body><div "
                      "class='sidebar'><h3>River town votes to keep its ferry</h3><p>By Tom "
                      "Teaser</p></div><div><p>The ferry that has crossed the river since 1911 "
                      "will keep running, the town decided on Friday after a long and crowded "
                      "meeting.</p></div></body>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
}

/* A name alone a few lines under the headline is its byline, but not once
 * two paragraphs of the text came before it: there it is the text's (the
 * address at the head of a letter it quotes). A dash before the name signs
 * a short text off. */
static void test_name_in_the_text_is_no_byline(void)
{
    CHECK_INT(extract("<h1>A letter about a difficult book</h1><p>In the mid-1920s, extracts "
                      "of the novel were published in journals and passed around literary "
                      "circles, to a largely baffled audience of readers, critics and even the "
                      "author's own friends.</p><p>Below is one of the letters written in "
                      "response to those early glimpses, sent to the author in 1928 by a "
                      "friend and fellow novelist who was not at all impressed.</p>"
                      "<blockquote>Lou Pidou,<br>Saint Mathieu,<br>Grasse<br><br>My dear "
                      "friend: I have been studying you and thinking over you a lot."
                      "</blockquote>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
    CHECK_INT(extract("<h1>Running back out for Monday night</h1><p>News comes this afternoon "
                      "that the running back is out for Monday night's game after having "
                      "surgery on his hand, the team said in a short statement.</p><p>Before "
                      "any of you get ideas, the player who stands to gain the most is the "
                      "other back, who has caught more passes than anyone this year.</p><p>"
                      "\xe2\x80\x93 Marcas Grant</p><p>Follow Marcas on Twitter</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Marcas Grant") == 0);
}

/* A desk's credit alone on the line under the headline is its byline, as
 * an agency's is, kept as the page writes it. */
static void test_desk_credit_under_the_headline(void)
{
    CHECK_INT(extract("<h1>Telecom firm offers insurance cover to subscribers</h1><p>Special "
                      "Correspondent</p><p>NEW DELHI: The state-owned telecom firm will offer "
                      "its subscribers an accident insurance cover from next month, its "
                      "chairman said on Monday.</p>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 1 && strcmp(author(0), "Special Correspondent") == 0);
}

/* The only author of a Korean news page with `byline` under its headline,
 * or NULL. */
static const char *korean_page_author(const char *byline)
{
    char html[1024];
    snprintf(html, sizeof html,
             "<html lang='ko'><head><meta charset='utf-8'></head><body><h1>정부, 내년 예산안 "
             "발표</h1>%s<p>정부가 오늘 내년도 예산안을 발표했다. 예산은 올해보다 늘어난 규모로 "
             "편성됐으며 복지와 교육 분야의 지출이 크게 늘었다고 기획재정부는 설명했다.</p>"
             "</body></html>", byline);
    CHECK_INT(extract(html, NULL), MT_OK);
    return meta.nauthors == 1 ? author(0) : NULL;
}

/* A Korean byline under the headline is the name and its title ("기자"
 * reporter, "논설위원" editorial writer): the name is the author. */
static void test_korean_name_and_title(void)
{
    CHECK_STR(korean_page_author("<p>홍길동 기자</p>"), "홍길동");
    CHECK_STR(korean_page_author("<p>홍길동 논설위원</p>"), "홍길동");
    CHECK_STR(korean_page_author("<div class='byline'>홍길동 선임기자</div>"), "홍길동");
}

/* The dateline of a Korean wire story opens its first paragraph: the
 * place and the agency in brackets, the reporter's name and title, '='
 * ("(서울=뉴스1) 홍길동 기자 = ..."). The reporters are its authors; a
 * byline line with such a dateline beside it is the name's too. */
static void test_korean_wire_dateline(void)
{
    CHECK_STR(korean_page_author("<p>(서울=뉴스1) 홍길동 기자 = 정부가 오늘 내년도 예산안을 "
                                 "발표했다. 예산은 올해보다 늘어난 규모로 편성됐다.</p>"),
              "홍길동");
    CHECK_STR(korean_page_author("<p>[서울=뉴시스] 홍길동 기자 = 정부가 오늘 내년도 예산안을 "
                                 "발표했다. 예산은 올해보다 늘어난 규모로 편성됐다.</p>"),
              "홍길동");
    CHECK_STR(korean_page_author("<p>[서울=뉴시스] 홍길동 기자</p>"), "홍길동");
    CHECK_STR(korean_page_author("<p>홍길동 기자 (서울=연합뉴스)</p>"), "홍길동");
    CHECK_STR(korean_page_author("<p>[이데일리 홍길동 기자]</p>"), "홍길동");
    CHECK_STR(korean_page_author("<p>[홍길동 기자]</p>"), "홍길동");
    CHECK_STR(korean_page_author("<p>글·사진=홍길동 기자</p>"), "홍길동");
    CHECK_STR(korean_page_author("<div class='byline'>[홍길동 기자]</div>"), "홍길동");
    CHECK_INT(extract("<html lang='ko'><head><meta charset='utf-8'></head><body><h1>정부, 내년 "
                      "예산안 발표</h1><p>(서울=연합뉴스) 홍길동 김철수 기자 = 정부가 오늘 "
                      "내년도 예산안을 발표했다. 예산은 올해보다 늘어난 규모로 편성됐으며 복지와 "
                      "교육 분야의 지출이 크게 늘었다.</p></body></html>", NULL),
              MT_OK);
    CHECK(meta.nauthors == 2 && strcmp(author(0), "홍길동") == 0 &&
          strcmp(author(1), "김철수") == 0);
}

/* An element named for the author that holds a counter (a label and a
 * count in parentheses: the author's page views) names no one. */
static void test_author_counter_is_no_byline(void)
{
    CHECK_INT(extract("<article><h1>A headline of some length</h1><p class='author'><span "
                      "class='author-views'>\xe4\xba\xba\xe6\xb0\xa3(<span>23925</span>)"
                      "</span></p><p>Body text, long enough to read as the article's own words."
                      "</p></article>", NULL),
              MT_OK);
    CHECK_INT(meta.nauthors, 0);
}

/* The page's only <h1> that says the declared title in other words is the
 * title; a one-word <h1> is no such thing. */
static void test_reworded_lone_h1_is_the_title(void)
{
    CHECK_INT(extract("<title>Frequently asked questions about the library card | Millbrook "
                      "Public Library</title><main><h1>Library card FAQ</h1><p>Answers to the "
                      "questions we are asked most often.</p></main>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Library card FAQ");
    CHECK_STR(meta.source[MT_META_TITLE], "h1");
    CHECK_INT(extract("<title>Get a better view of natural geography with Google Maps</title>"
                      "<main><h1>Maps</h1><p>Terrain views show hills and valleys.</p></main>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Get a better view of natural geography with Google Maps");
    /* an article's <h1> inside a wrapper named for the content and the
     * sidebar both ("content-sidebar-wrap") is the article's still */
    CHECK_INT(extract("<title>Nursery ideas for a small room - Example Home</title>"
                      "<div class='content-sidebar-wrap'><main><article><header>"
                      "<h1>Clever nursery ideas: making a room work when space is tight</h1>"
                      "</header><p>A cot with drawers under it saves a chest.</p></article>"
                      "</main></div>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Clever nursery ideas: making a room work when space is tight");
}

/* An <h2> heading a late section that says the declared title again
 * ("Conclusion - ...") is no title beside the article's <h1> above the
 * sections, which says it in part in other words; a blog's name in an
 * <h1> right above the post's <h2> stays no title. */
static void test_h1_over_late_section_h2(void)
{
    CHECK_INT(extract("<title>Company cars: lease or buy? Which pays off?</title><article>"
                      "<h1>Company cars: leasing or buying?</h1><p>How a firm pays for its "
                      "cars changes its cash flow.</p><h2>Leasing company vehicles</h2><p>Many "
                      "owners lease to keep their cash.</p><h2>Buying a company car</h2><p>A "
                      "car bought is an asset on the books.</p><h2>Conclusion \xe2\x80\x93 "
                      "Company cars: lease or buy?</h2><p>It depends on the firm.</p></article>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Company cars: leasing or buying?");
    CHECK_INT(extract("<title>Harbour Notes: Why the ferry runs late in winter</title><article>"
                      "<h1>Harbour Notes</h1><h2>Why the ferry runs late</h2><p>Ice on the "
                      "slipway slows the loading every morning.</p><h2>Comments</h2></article>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Why the ferry runs late");
}

/* An <h1> in a breadcrumb outside the article, saying the <title>, gives
 * way to the headline the article marks with microdata (its first inline
 * part a kicker when the <title> sets that part apart with a colon), or to
 * the next heading when a part of it after a kicker is marked by class as
 * the headline (a marked first part is no such headline: it may be the
 * kicker). */
static void test_headline_over_breadcrumb_h1(void)
{
    static const char *const item =
        "<title>%s | Example Business</title><nav class='breadcrumb'><ol><li><a href='/'>"
        "Home</a></li><li><h1>Sick child: what employers must know</h1></li></ol></nav>"
        "<article itemscope itemtype='http://schema.org/Article'><header><div class='big' "
        "itemprop='headline'><span class='top'>Sick child</span> What employers must know "
        "about the rights of parents</div></header><p>Parents may stay at home with a sick "
        "child for some days a year, and the law says how many.</p></article>";
    static const char *const marked =
        "<title>Keeping warm in winter: 8 tips | Example Health</title><div class="
        "'breadcrumb'><a href='/'>Home</a> <h1>Keeping warm in winter: 8 tips</h1></div>"
        "<div class='story'><h2>%s</h2><p>Cold days need not mean a cold home: most of the "
        "warmth a house loses goes out through a few places.</p><p>Curtains drawn at dusk "
        "keep much of it in.</p></div>";
    static const struct {
        const char *page, *fill, *title;
    } cases[] = {
        { item, "Sick child: what employers must know",
          "What employers must know about the rights of parents" },
        { item, "Sick child what employers must know",
          "Sick child What employers must know about the rights of parents" },
        { marked,
          "<span class='subline'>Cosy at home</span> <span class='headline'>Keeping warm in "
          "winter: 8 tips for the cold months</span>",
          "Keeping warm in winter: 8 tips for the cold months" },
        { marked,
          "<span class='headline-emphasis'>Keeping warm in winter</span>: <span>8 tips</span>",
          "Keeping warm in winter: 8 tips" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html, cases[i].page, cases[i].fill);
        CHECK_INT(extract(html, NULL), MT_OK);
        CHECK_STR(meta.title, cases[i].title);
    }
}

/* The site's heading is no title in other words, though it shares the
 * place's name with the declared title: a logo's <h1> in the page's
 * header, one that links to the home page, one marked as the banner, one
 * that says the site's name. */
static void test_site_heading_is_no_reworded_title(void)
{
    static const char *const pages[] = {
        "<header><h1 class='site-title'><a href='/'>Eastbrook Harbour Gazette</a></h1>"
        "</header>",
        "<div class='top'><h1><a href='https://www.example.com/'>Eastbrook Harbour Gazette"
        "</a></h1></div>",
        "<div class='masthead'><h1>Eastbrook Harbour Gazette</h1></div>",
        "<meta property='og:site_name' content='Eastbrook Harbour'>"
        "<div><h1>Eastbrook Harbour news</h1></div>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html,
                 "<title>Ferry timetable changes at Eastbrook Harbour</title>%s<div "
                 "class='story'><p><strong>Ferry timetable changes at Eastbrook Harbour"
                 "</strong></p><p>The first ferry of the day will leave the harbour at 6.15am "
                 "from Monday.</p></div>",
                 pages[i]);
        CHECK_INT(extract(html, "https://www.example.com/news/ferry"), MT_OK);
        CHECK_STR(meta.title, "Ferry timetable changes at Eastbrook Harbour");
    }
}

/* The site's logo heading, linked to the home page, is not the title for
 * matching the <title> that carries the site's name beside the post's. */
static void test_banner_heading_is_no_title(void)
{
    CHECK_INT(extract("<title>Planting bulbs before the first frost | Quiet Garden, Notes on "
                      "Plants | A blog about soil and seasons</title>"
                      "<meta property='og:title' content='Planting bulbs before the first frost'>"
                      "<div id='header'><h1 class='logo'><a href='/'>Quiet Garden, Notes on Plants"
                      "</a></h1></div><div class='post'><p>Tulips want cold soil.</p></div>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "Planting bulbs before the first frost");
    /* the link after white space in the heading */
    CHECK_INT(extract("<title>Quiet Garden: Notes on Plants and Soil: Planting bulbs before frost"
                      "</title><meta property='og:title' content='Planting bulbs before frost'>"
                      "<div id='header'><h1 class='title'>\n<a href='https://quietgarden.example/'>"
                      "Quiet Garden: Notes on Plants and Soil</a>\n</h1></div>"
                      "<div class='post'><p>Tulips want cold soil.</p></div>",
                      "https://quietgarden.example/2012/08/bulbs.html"),
              MT_OK);
    CHECK_STR(meta.title, "Planting bulbs before frost");
    /* on the site's home page the logo is the title */
    CHECK_INT(extract("<title>Quiet Garden Notes</title><div class='masthead'><h1><a href='/'>"
                      "Quiet Garden Notes</a></h1></div><p>Tulips want cold soil.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Quiet Garden Notes");
    CHECK_STR(meta.source[MT_META_TITLE], "h1");
}

/* An opinion piece's box ("commentary") is no comment section: its
 * headline is the title. */
static void test_commentary_is_no_comments(void)
{
    CHECK_INT(extract("<title>Harbour plans: The ferry deserves better - Example Post</title>"
                      "<div class='sect opinion commentary'><article><h4>Harbour plans</h4>"
                      "<h1>The ferry deserves better</h1><p>The council should think again.</p>"
                      "</article></div>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "The ferry deserves better");
    CHECK_STR(meta.source[MT_META_TITLE], "h1");
}

/* The classes of <body> say how the page is shown ("showing-comments",
 * "has-sidebar"), not that all of it is comments or a sidebar: its
 * headline is a heading still, and its byline an author's. */
static void test_body_classes_mark_no_region(void)
{
    static const char *const bodies[] = { "single-post showing-comments", "has-sidebar",
                                          "page-comments" };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html,
                 "<title>Ferry timetable changes | Harbour News</title><body class='%s'><div>"
                 "<h1>Spring brings ferry timetable changes</h1><p class='byline'>By Jane Roe"
                 "</p><p>The first ferry leaves at six.</p></div></body>",
                 bodies[i]);
        CHECK_INT(extract(html, NULL), MT_OK);
        CHECK_STR(meta.title, "Spring brings ferry timetable changes");
        CHECK_STR(author(0), "Jane Roe");
    }
}

/* A content box's class that says what the box holds ("has-double-sidebar",
 * "with-comments") is a layout's state, not a sidebar or comments: the
 * byline in the box is the page's, above its declared body of an author. */
static void test_layout_state_classes_mark_no_region(void)
{
    static const char *const boxes[] = { "main-content has-double-sidebar", "page with-comments",
                                         "wrap no-sidebar" };
    for (size_t i = 0; i < sizeof boxes / sizeof boxes[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html,
                 "<title>Prices | Consumers' Association</title><meta name='author' "
                 "content='Consumers Association e.V.'><body><div class='%s'><div>"
                 "<h6>Energy prices: your rights at a glance</h6><h5><em>By Jane Roe</em></h5>"
                 "<p>Suppliers raise their prices again and again, and the new tariffs are "
                 "dearer than the old ones for almost every household we asked.</p></div></div>"
                 "<div class='sidebar'><p>Join us</p></div></body>",
                 boxes[i]);
        CHECK_INT(extract(html, NULL), MT_OK);
        CHECK_STR(author(0), "Jane Roe");
    }
    /* a box whose class says it is the sidebar stays one */
    CHECK_INT(extract("<title>Prices | Consumers' Association</title><body><div>"
                      "<h1>Energy prices: your rights at a glance</h1><p>Suppliers raise their "
                      "prices again and again, and the new tariffs are dearer than the old "
                      "ones.</p></div><div class='sidebar'><p>By Richard Miles</p></div></body>",
                      NULL),
              MT_OK);
    CHECK(author(0) == NULL);
}

/* An <h1> in a box of the article (a newsletter sign-up) does not stand
 * beside the only <h1> outside boilerplate: that one is the page's, and
 * it says the declared title in other words. */
static void test_boxed_h1_leaves_the_lone_h1(void)
{
    CHECK_INT(extract("<title>Christmas Gift Guide | Example Mag</title><main><article>"
                      "<h1>My cosy home gift guide at the Example Collection</h1><p>Blankets, "
                      "candles and a good book.</p><div class='newsletter'><h1>Love in your inbox:"
                      " our newsletter!</h1></div></article></main>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "My cosy home gift guide at the Example Collection");
    /* two <h1>s outside boilerplate: neither is the only one */
    CHECK_INT(extract("<title>Christmas Gift Guide | Example Mag</title><main><article>"
                      "<h1>My cosy home gift guide at the Example Collection</h1><p>Blankets, "
                      "candles and a good book.</p><h1>Love in your inbox: our newsletter!</h1>"
                      "</article></main>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Christmas Gift Guide");
    /* the site's logo outside the article is no plain <h1> of it beside
     * the article's own in a wrapper that reads as a sidebar */
    CHECK_INT(extract("<div class='top'><h1><a href='/'>Example Home</a></h1></div>"
                      "<div class='content-sidebar-wrap'><main><article><h1>Clever nursery "
                      "ideas for a small room</h1><p>A cot with drawers under it saves a chest."
                      "</p></article></main></div>", NULL),
              MT_OK);
    CHECK(!meta.title || strcmp(meta.title, "Example Home") != 0);
}

/* The page's WebPage item names it when the main item is a video it
 * shows: the video's heading is not the title. */
static void test_webpage_item_beside_video(void)
{
    CHECK_INT(extract("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
                      "\"@type\": \"WebPage\", \"name\": \"Ferry timetable changes at Eastbrook"
                      "\"}</script><h1>Ferry timetable changes at Eastbrook</h1>"
                      "<p>The first ferry leaves at six from Monday.</p>"
                      "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
                      "\"@type\": \"VideoObject\", \"name\": \"The ferry at sunrise\"}</script>"
                      "<h2>The ferry at sunrise</h2><p>A short film.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Ferry timetable changes at Eastbrook");
}

/* An <h2> of one word is a section's name, not the title it is part of. */
static void test_one_word_h2_is_a_section(void)
{
    CHECK_INT(extract("<meta property='og:title' content='Autumn Garden Trends'>"
                      "<h2>GARDEN</h2><p>Bulbs, leaves and late roses.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Autumn Garden Trends");
    /* ... but one that says the whole title is it */
    CHECK_INT(extract("<meta property='og:title' content='Overview'><h2>Overview</h2>"
                      "<p>Bulbs, leaves and late roses.</p>", NULL),
              MT_OK);
    CHECK_STR(meta.source[MT_META_TITLE], "h2");
}

/* An empty <title> left by a template does not hide the page's own. */
static void test_first_title_with_text(void)
{
    CHECK_INT(extract("<head><title>  </title><title>Ferry timetable changes in spring</title>"
                      "</head><body><p>The first ferry leaves at six.</p></body>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Ferry timetable changes in spring");
    CHECK_STR(meta.source[MT_META_TITLE], "title");
}

/* A heading that says the whole declared title shows that its short tail,
 * which stripping took for a section's name, is the headline's. */
static void test_heading_says_whole_title(void)
{
    CHECK_INT(extract("<title>How to grow a fig tree from a cutting | Step-by-Step Guide</title>"
                      "<h2 class='hero'>How to grow a fig tree from a cutting | Step-by-Step Guide"
                      "</h2><p>Take a cutting in spring.</p>"
                      "<h2>How to grow a fig tree from a cutting: FAQs</h2><p>When to water?</p>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.title, "How to grow a fig tree from a cutting | Step-by-Step Guide");
}

static void test_url_date(void)
{
    CHECK_INT(extract("<h1>Headline</h1><p>Text.</p>", "https://ex.com/2017/07/12/headline/"),
              MT_OK);
    CHECK_STR(meta.date, "2017-07-12");
    CHECK_STR(meta.source[MT_META_DATE], "url");
}

static void test_numeric_date_order_by_language(void)
{
    CHECK_INT(extract("<html lang='en-US'><h1>Headline words</h1><p class='date'>03/04/2019</p>"
                      "<p>Text.</p></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2019-03-04");
    CHECK_INT(extract("<html lang='en-GB'><h1>Headline words</h1><p class='date'>03/04/2019</p>"
                      "<p>Text.</p></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2019-04-03");
    /* another date on the page that only reads one way decides */
    CHECK_INT(extract("<html lang='en-US'><h1>Headline words</h1><p class='date'>03/04/2019</p>"
                      "<p class='date'>25/04/2019</p><p>Text.</p></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2019-04-03");
}

/* A date element or a dateline with a year of two digits ("30.10.23"),
 * read as the page's language writes it; where the language does not say
 * and the day and month could trade places, it is left. */
static void test_two_digit_year_dates(void)
{
    CHECK_INT(extract("<html lang='de'><body><div class='date'>Party, 30.10.23</div>"
                      "<h1>Kostüme für die letzte Minute</h1><p>Text.</p></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2023-10-30");
    CHECK_INT(extract("<html lang='de'><body><h1>Grab-Bote fliegt nach Singapur</h1>"
                      "<div>Von: Anna Muster <span>|</span> <span>31.10.23</span></div>"
                      "<p>Ein Bote fuhr mit dem Essen zum Flughafen.</p></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2023-10-31");
    CHECK_INT(extract("<html lang='en-US'><body><h1>Two actors together at last</h1>"
                      "<span class='date'>11.05.12</span><p>Text.</p></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2012-11-05");
    CHECK_INT(extract("<html><body><h1>Two actors together at last</h1>"
                      "<span class='date'>11.05.12</span><p>Text.</p></body></html>", NULL),
              MT_OK);
    CHECK(meta.date == NULL);
    /* with slashes too, where a date stands alone on its line */
    CHECK_INT(extract("<html lang='en-GB'><body><h1>Bio-based vinyl for the builder</h1>"
                      "<p>Written by Jane Doe on 19/10/12</p>"
                      "<p>New polymers are getting touted as an alternative.</p></body></html>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.date, "2012-10-19");
    /* and after a month's name, at the end of a bracketed dateline */
    CHECK_INT(extract("<html lang='it'><body><h1>Un anno da record per l'orso</h1>"
                      "<p>( Pescasseroli, 14 Gennaio 20 )</p>"
                      "<p>Sono almeno 9 le femmine che si sono riprodotte.</p></body></html>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.date, "2020-01-14");
    /* an American zone's letters after its time are the date's, no name */
    CHECK_INT(extract("<html lang='en'><body><h1>Raptors fall again at home</h1>"
                      "<div>By: <a href='mailto:a@example.com'>Anna Muster</a> Last Updated: "
                      "1/14/08 11:15 AM ET | 105 times read</div>"
                      "<p>The team lost its fifth game in a row.</p></body></html>", NULL),
              MT_OK);
    CHECK_INT((int)meta.nauthors, 1);
    CHECK_STR(author(0), "Anna Muster");
    /* in a sentence, two digits after a date are as likely a version */
    CHECK_INT(extract("<html lang='de'><body><h1>Neue Version der Software</h1>"
                      "<p>Die Ausgabe 30.10.23 behebt mehrere Fehler beim Speichern von "
                      "Dateien, schreiben die Entwickler.</p></body></html>", NULL),
              MT_OK);
    CHECK(meta.date == NULL);
}

/* A page whose headline is followed by twelve paragraphs without a date,
 * then `mid`, two more, and `end`: its dates are far from the headline,
 * where no dateline is looked for. */
static mt_status far_dates_page(const char *lang, const char *mid, const char *end)
{
    static char html[4096];
    const char *para = "<p>The pipes under the old market square were laid long ago, and the "
                       "council has asked engineers to look at them again this year.</p>";
    size_t n = (size_t)snprintf(html, sizeof html, "<html lang='%s'><body><h1>Old pipes</h1>",
                                lang);
    for (int i = 0; i < 14; i++) {
        if (i == 12)
            n += (size_t)snprintf(html + n, sizeof html - n, "%s", mid);
        n += (size_t)snprintf(html + n, sizeof html - n, "%s", para);
    }
    snprintf(html + n, sizeof html - n, "%s</body></html>", end);
    return extract(html, NULL);
}

/* A JSON-LD WebPage (written for every page by SEO plugins) says less
 * than og:type's "article"; a WebPage alone, or with og:type "website",
 * is "other". */
static void test_pagetype_webpage_and_og(void)
{
    const char *ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                     "\"@type\":\"WebPage\",\"name\":\"Ferry timetable changes\"}</script>";
    char html[1024];
    snprintf(html, sizeof html,
             "<html><head><title>Ferry timetable changes</title>%s"
             "<meta property='og:type' content='article'></head>"
             "<body><h1>Ferry timetable changes</h1><p>From Monday the ferry leaves "
             "at seven.</p></body></html>", ld);
    CHECK_INT(extract(html, "https://harbour.example/news/ferry"), MT_OK);
    CHECK_STR(meta.pagetype, "article");
    CHECK_STR(meta.source[MT_META_PAGETYPE], "meta:og:type");
    snprintf(html, sizeof html,
             "<html><head><title>Ferry timetable</title>%s"
             "<meta property='og:type' content='website'></head>"
             "<body><h1>Ferry timetable</h1><p>Departures every hour.</p></body></html>", ld);
    CHECK_INT(extract(html, "https://harbour.example/timetable"), MT_OK);
    CHECK_STR(meta.pagetype, "other");
    CHECK_STR(meta.source[MT_META_PAGETYPE], "json-ld");
}

/* A page nothing else dates may have its publishing system's state in a
 * script of code; a page with a date of its own keeps it. */
static void test_code_script_is_the_last_resort(void)
{
    static const char script[] = "<script>var meta = {\"product\":{\"id\":7,\"published_at\":"
                                 "\"2019-03-02T06:22:28+01:00\"}};</script>";
    char html[512];
    snprintf(html, sizeof html, "%s<h1>Sidamo, washed</h1><p>A coffee from the south of the "
             "country.</p>", script);
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK_STR(meta.date, "2019-03-02T06:22:28+01:00");
    snprintf(html, sizeof html, "<meta property='article:published_time' content='2021-05-04'>"
             "%s<h1>Sidamo, washed</h1><p>A coffee from the south of the country.</p>", script);
    CHECK_INT(extract(html, NULL), MT_OK);
    CHECK_STR(meta.date, "2021-05-04");
}

/* The last resort's search of the page's source for a key reads sixteen
 * bytes at a time: a key at every place in a block, the date ending where
 * the source does (an input of exactly its length, that a read past it
 * shows under the sanitizers), is found, and a key cut by the end is not. */
static void test_source_key_at_every_place(void)
{
    static const char head[] = "<h1>Sidamo, washed</h1><p>A coffee.</p><script>var m = {";
    static const char key[] = "\"published_at\":\"2019-03-02";
    for (size_t pad = 0; pad <= 40; pad++) {
        for (size_t cut = 0; cut <= 1; cut++) {
            size_t len = strlen(head) + pad + strlen(key) - cut * 10;
            char *html = malloc(len);
            CHECK(html != NULL);
            if (!html)
                return;
            memcpy(html, head, strlen(head));
            memset(html + strlen(head), ' ', pad);
            memcpy(html + strlen(head) + pad, key, len - strlen(head) - pad);
            CHECK_INT(extract_html(html, len, NULL), MT_OK);
            if (cut)
                CHECK(meta.date == NULL);
            else
                CHECK_STR(meta.date, "2019-03-02");
            /* the document borrows the input: keep it until the next page */
            free(kept_html);
            kept_html = html;
        }
    }
}

/* When nothing else dates the page, its text does: a date that stands
 * alone in its text (a footer's "Stand:", a post's "Posted by ... on")
 * over the first date in a sentence, and a labelled change over a date in
 * a sentence. A date alone in its <b> inside a sentence is in a sentence;
 * one opening its line in <strong> is a dateline. */
static void test_page_text_fallback(void)
{
    const char *prose = "<p>Seit 4. August 2014 gilt in Bolivien ein neues Gesetz.</p>";
    CHECK_INT(far_dates_page("de", prose, "<p class='print'>[Stand: 09.10.2017, 01:40 Uhr]</p>"),
              MT_OK);
    CHECK_STR(meta.date, "2017-10-09T01:40:00");
    CHECK_INT(far_dates_page("de", prose, "<p class='info'>Aktualisiert: 30.12.2016</p>"), MT_OK);
    CHECK_STR(meta.date, "2016-12-30");
    /* a date alone before the web's time (1995: mt_date_plausible) is
     * history, not the page's */
    CHECK_INT(far_dates_page("en", "<p>May 1, 1994</p>",
                             "<p class='foot'>Posted by Jane Doe on Wed, Oct 24, 2012</p>"),
              MT_OK);
    CHECK_STR(meta.date, "2012-10-24");
    CHECK_INT(far_dates_page("en", "<p>The old rules took effect on <b>May 4, 2009</b>, and "
                                   "the new ones follow.</p>",
                             "<p>Posted by Jane Doe on <span>Wed, Oct 24, 2012</span></p>"),
              MT_OK);
    CHECK_STR(meta.date, "2012-10-24");
    CHECK_INT(far_dates_page("en", "<p><strong>February 11, 2004</strong> - Talk all you want "
                                   "about the effects.</p>",
                             "<p>The sequel opens on <b>March 3, 2005</b>.</p>"),
              MT_OK);
    CHECK_STR(meta.date, "2004-02-11");
}

/* A page that shows its date through a script, one call writing it where
 * it stands, is dated by it when nothing else dates the page; a script
 * that is code, or loads its code, writes no date. */
static void test_script_written_date(void)
{
    CHECK_INT(far_dates_page("zh-TW", "", "<table><tr><td>bong2</td><td><script>showDate("
                                          "\"2020/04/17 01:43:09\")</script> views 7</td>"
                                          "</tr></table>"),
              MT_OK);
    CHECK_STR(meta.date, "2020-04-17T01:43:09");
    CHECK_INT(far_dates_page("en", "", "<p><script>Site.writeDate('2019-03-02');</script></p>"),
              MT_OK);
    CHECK_STR(meta.date, "2019-03-02");
    CHECK_INT(far_dates_page("en", "", "<p><script>var a = 1; f(\"2019-03-02\")</script></p>"),
              MT_OK);
    CHECK(meta.date == NULL);
    CHECK_INT(far_dates_page("en", "", "<p><script src='/d.js'>show(\"2019-03-02\")</script></p>"),
              MT_OK);
    CHECK(meta.date == NULL);
    /* nor is it heard when the page declares its date */
    CHECK_INT(far_dates_page("en", "<meta property='article:published_time' "
                                   "content='2012-10-24'>",
                             "<p><script>showDate(\"2011-05-01\")</script></p>"),
              MT_OK);
    CHECK_STR(meta.date, "2012-10-24");
}

/* Microformats' <abbr class="published">: its title is the value for
 * machines, which also tells how the page orders the day and the month it
 * shows ("8/09/2012" is 9 August: month first); a title of a day alone
 * takes the time its text shows. */
static void test_abbr_published_title(void)
{
    CHECK_INT(extract("<html><body><div class='post'><h3>Q2 delinquency survey</h3>"
                      "<p>by Bill Writer on <abbr class='published' "
                      "title='2012-08-09T12:13:00-04:00'>8/09/2012 12:13:00 PM</abbr></p>"
                      "<p>The survey shows fewer loans in foreclosure.</p></div></body></html>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.date, "2012-08-09T12:13:00-04:00");
    CHECK_INT(extract("<html lang='en'><body><h1>Harbour plan approved by council</h1>"
                      "<p>Posted <abbr class='published' title='2012-11-11'>November 11th, 2012 "
                      "at 1:30 pm</abbr></p><p>The council approved the harbour plan.</p>"
                      "</body></html>",
                      NULL),
              MT_OK);
    CHECK_STR(meta.date, "2012-11-11T13:30:00");
}

/* A <time> whose text the dateline reads gives its day twice: shown, and
 * exactly in its datetime, which is the one kept. */
static void test_time_datetime_over_its_text(void)
{
    CHECK_INT(extract("<html lang='en'><body><h1>Harbour plan approved by council</h1>"
                      "<p><time datetime='2021-03-14T10:30:12+01:00'>14 March 2021, 10:30</time>"
                      "</p><p>The council approved the harbour plan.</p></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2021-03-14T10:30:12+01:00");
    CHECK_STR(meta.source[MT_META_DATE], "time");
    /* shown in local time, written in UTC: the same moment */
    CHECK_INT(extract("<html lang='de'><body><h1>Hafenplan beschlossen</h1>"
                      "<p><time datetime='2021-03-14T09:30:12Z'>14.03.2021, 10:30 Uhr</time></p>"
                      "<p>Der Rat hat den Plan beschlossen.</p></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2021-03-14T09:30:12Z");
    /* another moment of the day is another statement: the shown one stays */
    CHECK_INT(extract("<html lang='de'><body><h1>Hafenplan beschlossen</h1>"
                      "<p>14.03.2021, 10:30 Uhr</p><p><time datetime='2021-03-14T17:45:00+01:00'>"
                      "</time></p><p>Der Rat hat den Plan beschlossen.</p></body></html>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2021-03-14T10:30:00");
}

/* A page of Central Europe whose publishing system keeps its day as the
 * local midnight, written in UTC: 23:00 in winter and 22:00 in summer
 * time are the next day's first moment. Any other hour, and a language
 * spoken in other zones, keep the day in Greenwich. */
static mt_status published_at(const char *lang, const char *when)
{
    char html[512];
    snprintf(html, sizeof html, "<html lang='%s'><head><meta property='article:published_time' "
             "content='%s'></head><body><h1>Provence travel guide</h1><p>Five places to see "
             "in the south of France.</p></body></html>", lang, when);
    return extract(html, NULL);
}

static void test_central_european_midnight_in_utc(void)
{
    static const struct { const char *lang, *when, *date; } cases[] = {
        { "de", "2022-11-06T23:00:00.000Z", "2022-11-07" },
        { "fr-BE", "2022-06-30T22:00:00+00:00", "2022-07-01" },
        /* the last Sunday of March (27 March 2022) is summer time from 01:00 */
        { "de-AT", "2022-03-27T22:00:00Z", "2022-03-28" },
        { "de-AT", "2022-03-26T22:00:00Z", "2022-03-26T22:00:00Z" },
        { "de", "2022-11-06T23:00:00Z", "2022-11-07" },
        { "de", "2022-11-06T23:15:00Z", "2022-11-06T23:15:00Z" },
        { "en", "2022-11-06T23:00:00Z", "2022-11-06T23:00:00Z" },
        /* Spanish without Spain's code, French of Canada: other clocks */
        { "es", "2022-11-06T23:00:00Z", "2022-11-06T23:00:00Z" },
        { "fr-CA", "2022-11-06T23:00:00Z", "2022-11-06T23:00:00Z" },
        { "es-ES", "2022-11-06T23:00:00Z", "2022-11-07" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK_INT(published_at(cases[i].lang, cases[i].when), MT_OK);
        CHECK_STR(meta.date, cases[i].date);
    }
}

static void test_dublin_core_and_parsely(void)
{
    CHECK_INT(extract("<meta name='DC.title' content='Annual report 2019'>"
                      "<meta name='DC.creator' content='Research Office'>"
                      "<meta name='DC.date.issued' content='2019-05-06'>"
                      "<meta name='DC.language' content='en'><p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.title, "Annual report 2019");
    CHECK_STR(author(0), "Research Office");
    CHECK_STR(meta.date, "2019-05-06");
    CHECK_INT(extract("<meta name='parsely-page' content='{\"title\":\"P\",\"pub_date\":"
                      "\"2018-08-08T10:00:00Z\"}'><p>x</p>", NULL),
              MT_OK);
    CHECK_STR(meta.date, "2018-08-08T10:00:00Z");
}

static void test_language_tags(void)
{
    CHECK_INT(extract("<meta property='og:locale' content='pt_BR'><p>x</p>", NULL), MT_OK);
    CHECK_STR(meta.language, "pt-BR");
    CHECK_INT(extract("<html lang='EN'><p>x</p></html>", NULL), MT_OK);
    CHECK_STR(meta.language, "en");
    CHECK_INT(extract("<html lang='not a tag!'><p>x</p></html>", NULL), MT_OK);
    CHECK(meta.language == NULL);
}

/* ---------------------------------------------------------------- robustness */

/* An allocator that fails from the n-th allocation on. */
static int alloc_budget;
static void *failing_malloc(void *ctx, size_t n)
{
    (void)ctx;
    return alloc_budget-- > 0 ? malloc(n) : NULL;
}
static void *failing_realloc(void *ctx, void *p, size_t old, size_t n)
{
    (void)ctx, (void)old;
    return alloc_budget-- > 0 ? realloc(p, n) : NULL;
}
static void failing_free(void *ctx, void *p, size_t n)
{
    (void)ctx, (void)n;
    free(p);
}

static void test_allocation_failures(void)
{
    size_t len;
    char *html = harness_read_file("fixtures/metadata/news_jsonld.html", &len);
    CHECK(html != NULL);
    if (!html)
        return;
    mt_document *d = mt_parse(html, len, NULL, NULL);
    CHECK(d != NULL);
    mt_allocator fail = { failing_malloc, failing_realloc, failing_free, NULL };
    int saw_nomem = 0, saw_ok = 0;
    for (int budget = 0; budget < 40 && !saw_ok; budget++) {
        mt_arena a;
        mt_arena_init(&a, &fail, 1024, 0);
        alloc_budget = budget;
        mt_metadata m;
        mt_status st = mt_metadata_extract(d, "https://ex.com/x", NOW, &a, &m);
        CHECK(st == MT_OK || st == MT_ERR_NOMEM);
        if (st == MT_ERR_NOMEM) {
            saw_nomem = 1;
            CHECK(m.title == NULL && m.nauthors == 0 && m.date == NULL);
        } else {
            saw_ok = 1;
            CHECK(m.title != NULL);
        }
        mt_arena_release(&a);
    }
    CHECK(saw_nomem && saw_ok);
    mt_document_free(d);
    free(html);
}

static void test_hostile_pages_are_bounded(void)
{
    /* many JSON-LD blocks, many meta tags, deep nesting: it ends, quickly */
    size_t cap = 4u << 20, n = 0;
    char *html = malloc(cap);
    CHECK(html != NULL);
    if (!html)
        return;
    for (int i = 0; i < 2000; i++)
        n += (size_t)snprintf(html + n, cap - n,
                              "<script type='application/ld+json'>{\"@type\":\"Article\","
                              "\"headline\":\"h%d\",\"author\":[\"A\",\"B\",\"C\"]}</script>"
                              "<meta property='article:tag' content='t%d'>", i, i);
    for (int i = 0; i < 3000; i++)
        n += (size_t)snprintf(html + n, cap - n, "<div class='byline date'>");
    n += (size_t)snprintf(html + n, cap - n, "By Jane Doe, 20 November 2016");
    CHECK_INT(extract_html(html, n, NULL), MT_OK);
    CHECK(meta.ntags <= 32);
    free(html);
}

int main(void)
{
    mt_arena_init(&arena, NULL, 0, 0);
    RUN(test_news_page_with_json_ld);
    RUN(test_blog_without_structured_data);
    RUN(test_addresses_that_are_no_web_address);
    RUN(test_conflicting_sources);
    RUN(test_declared_dates_that_agree_outweigh_a_dateline);
    RUN(test_jsonld_type_without_at);
    RUN(test_jsonld_type_of_another_vocabulary);
    RUN(test_jsonld_id_without_at);
    RUN(test_dateline_showing_the_change_day);
    RUN(test_byline_showing_only_the_update);
    RUN(test_arabic_dateline);
    RUN(test_arabic_digits_on_other_pages);
    RUN(test_prose_date_after_the_last_update);
    RUN(test_an_entitys_date_is_not_the_pages);
    RUN(test_malformed_json_ld_leaves_other_sources);
    RUN(test_page_without_metadata);
    RUN(test_microdata);
    RUN(test_rdfa_properties);
    RUN(test_polish_dateline_and_base_href);
    RUN(test_japanese_date);
    RUN(test_json_ld_items_for_other_pages);
    RUN(test_title_site_name_stripped);
    RUN(test_title_part_declared_elsewhere);
    RUN(test_placeholder_title_yields_to_h1);
    RUN(test_label_title_yields_to_h1);
    RUN(test_h1_with_subtitle);
    RUN(test_title_without_stray_marks);
    RUN(test_logo_heading_is_the_site_name);
    RUN(test_blog_name_over_post_heading);
    RUN(test_blog_name_then_colon);
    RUN(test_declared_titles_share_a_tail);
    RUN(test_site_name_address);
    RUN(test_site_name_by_host);
    RUN(test_hidden_heading_is_no_headline);
    RUN(test_byline_forms);
    RUN(test_byline_labels_in_more_languages);
    RUN(test_heading_kickers);
    RUN(test_heading_inline_parts);
    RUN(test_signatures_and_fallbacks);
    RUN(test_tags_have_words);
    RUN(test_hidden_text_is_not_read);
    RUN(test_dates_left_out);
    RUN(test_updated_label_makes_a_modification);
    RUN(test_range_of_dates_is_no_dateline);
    RUN(test_day_range_is_no_dateline);
    RUN(test_dateline_after_the_body_is_a_teasers);
    RUN(test_other_stories_above_the_headline_date_no_dateline);
    RUN(test_data_date_under_the_headline);
    RUN(test_footer_under_the_headline_dates_its_item);
    RUN(test_opening_post_dates_a_thread);
    RUN(test_member_since_is_no_date);
    RUN(test_page_root_is_no_byline);
    RUN(test_form_labels_are_no_byline);
    RUN(test_infobox_labels_are_no_byline);
    RUN(test_reference_link_in_byline_is_no_name);
    RUN(test_picture_credit_is_no_notice);
    RUN(test_notice_names_one_holder);
    RUN(test_text_after_byline_block_is_its_own_line);
    RUN(test_copyright_credit_line_is_no_byline);
    RUN(test_byline_name_element_ends_the_name);
    RUN(test_list_of_teaser_bylines_is_no_signature);
    RUN(test_bold_name_closing_the_text_signs_it);
    RUN(test_picture_byline_is_no_author);
    RUN(test_teaser_bylines_under_headings_are_no_signature);
    RUN(test_reply_byline_is_no_author);
    RUN(test_posting_user_in_line_of_parts);
    RUN(test_guestbook_signature_is_no_author);
    RUN(test_citation_authors_last_first);
    RUN(test_dc_creator_property);
    RUN(test_cjk_byline_decorations);
    RUN(test_dateline_place_after_byline_element);
    RUN(test_editor_sign_off_yields_to_writer);
    RUN(test_role_word_surname);
    RUN(test_post_footer_byline);
    RUN(test_desk_credit);
    RUN(test_jsonld_authors_apart);
    RUN(test_customer_review_byline_is_no_author);
    RUN(test_post_wrapper_is_no_byline);
    RUN(test_declared_login_yields_to_byline);
    RUN(test_source_line_yields_to_author);
    RUN(test_source_list_in_author_box);
    RUN(test_teaser_byline_is_no_author);
    RUN(test_name_in_a_section_is_no_byline);
    RUN(test_h3_headline_has_the_byline);
    RUN(test_name_in_the_text_is_no_byline);
    RUN(test_desk_credit_under_the_headline);
    RUN(test_korean_name_and_title);
    RUN(test_korean_wire_dateline);
    RUN(test_author_counter_is_no_byline);
    RUN(test_reworded_lone_h1_is_the_title);
    RUN(test_site_heading_is_no_reworded_title);
    RUN(test_h1_over_late_section_h2);
    RUN(test_headline_over_breadcrumb_h1);
    RUN(test_banner_heading_is_no_title);
    RUN(test_heading_says_whole_title);
    RUN(test_first_title_with_text);
    RUN(test_commentary_is_no_comments);
    RUN(test_body_classes_mark_no_region);
    RUN(test_layout_state_classes_mark_no_region);
    RUN(test_boxed_h1_leaves_the_lone_h1);
    RUN(test_webpage_item_beside_video);
    RUN(test_one_word_h2_is_a_section);
    RUN(test_url_date);
    RUN(test_numeric_date_order_by_language);
    RUN(test_two_digit_year_dates);
    RUN(test_time_datetime_over_its_text);
    RUN(test_abbr_published_title);
    RUN(test_page_text_fallback);
    RUN(test_script_written_date);
    RUN(test_central_european_midnight_in_utc);
    RUN(test_code_script_is_the_last_resort);
    RUN(test_pagetype_webpage_and_og);
    RUN(test_dublin_core_and_parsely);
    RUN(test_language_tags);
    RUN(test_allocation_failures);
    RUN(test_hostile_pages_are_bounded);
    RUN(test_source_key_at_every_place);
    mt_document_free(doc);
    free(kept_html);
    mt_arena_release(&arena);
    return harness_finish();
}
