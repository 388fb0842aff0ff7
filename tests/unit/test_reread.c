/* test_reread.c -- pages whose damaged markup hid their text, read again. */
#include "harness.h"
#include "failing_alloc.h"
#include "extract_page.h"
#include "api/reread.h"
#include "maintext.h"

/* The article of a news page, after its head. */
#define ARTICLE_BODY "<body><div id='nav'><a href='/'>Home</a> <a href='/tv'>TV</a></div>" \
                     "<div id='article'><h1>Dave Berry</h1>" STORY_OPENING "</div></body></html>"

static size_t mended_len;
static mt_arena arena;

/* The input as mt_reread_close_swallowing mends it, or NULL. */
static const char *mend(const char *html)
{
    mt_status st;
    mt_document *doc = mt_parse(html, strlen(html), NULL, &st);
    CHECK(doc != NULL);
    if (!doc)
        return NULL;
    const char *out = NULL;
    CHECK_INT(mt_reread_close_swallowing(doc, &arena, &out, &mended_len), MT_OK);
    mt_document_free(doc);
    return out;
}

/* Whether the mended input holds `want`: the end tag written where the
 * swallowed markup begins. */
static void check_mended_at(const char *html, const char *want)
{
    const char *mended = mend(html);
    CHECK(mended != NULL);
    if (mended) {
        CHECK_INT(mended_len, strlen(mended));
        CHECK(strstr(mended, want) != NULL);
    }
}

static void test_title_that_lost_its_end_tag(void)
{
    /* a crawl's damage: the title's end tag and the rest of its line lost */
    const char *html = "<html><head><title>Television - Intww.example.co.uk/search.xml\" />"
                       "<link rel='stylesheet' href='/a.css'></head>" ARTICLE_BODY;
    check_mended_at(html, "search.xml\" /></title><link rel='stylesheet'");
    /* the extractor reads it again, and finds the article */
    char out[4096];
    extract_with(html, NULL, 0, out, sizeof out);
    CHECK(strstr(out, "The river rose all night") != NULL);
    CHECK(strstr(out, "link rel") == NULL);
}

static void test_iframe_left_open(void)
{
    /* the first frame's end tag is missing: its raw text runs to the
     * second one's */
    const char *html = "<html><head><title>News</title></head><body>"
                       "<iframe src='/ad.html' width='1'><div id='article'><h1>Dave Berry</h1>"
                       STORY_OPENING "</div><iframe src='/b'></iframe></body></html>";
    check_mended_at(html, "width='1'></iframe><div id='article'>");
    char out[4096];
    extract_with(html, NULL, 0, out, sizeof out);
    CHECK(strstr(out, "Residents, who had been warned on Tuesday") != NULL);
}

/* A text area closed as it should be is passed over for the one after it
 * that lost its end tag. */
static void test_first_lost_end_tag_is_mended(void)
{
    const char *html = "<body><textarea><b>1</b><b>2</b><b>3</b></textarea>"
                       "<textarea>Your comment<div id='article'><h1>Dave Berry</h1>"
                       STORY_OPENING "</div></body>";
    check_mended_at(html, "Your comment</textarea><div id='article'>");
}

static void test_sound_pages_are_left_alone(void)
{
    /* a title with a '<' or two, a text area holding a snippet of markup,
     * a style sheet: fewer than five tags each */
    CHECK(mend("<title>a < b <i>and</i> more</title><body><p>Text</p></body>") == NULL);
    CHECK(mend("<body><textarea><p>Hello</p><br></textarea><p>Text</p></body>") == NULL);
    CHECK(mend("<style>p > a { color: red }</style><body><p>Text</p></body>") == NULL);
    /* a text area closed as it should be holds a draft's markup: its text */
    CHECK(mend("<body><form><textarea name='body'><p>One.</p><p>Two.</p><p>Three.</p>"
               "<p>Four.</p><p>Five.</p></textarea><button>Save</button></form></body>") == NULL);
    /* written as references, a title's markup is text, not tags */
    CHECK(mend("<title>&lt;p&gt;&lt;p&gt;&lt;p&gt;&lt;p&gt;&lt;p&gt;</title><body><p>Text</p>"
               "</body>") == NULL);
    /* a script may well write markup: it is never cut */
    CHECK(mend("<body><script>document.write('<div><p><a><b><i>x')</script></body>") ==
          NULL);
}

/* Memory running out in the second reading is MT_ERR_NOMEM, never "no
 * main content": with memory, that reading finds the text. Each number of
 * allocations allowed gives the whole result or NOMEM, and leaks nothing. */
static void test_memory_running_out_in_the_second_reading(void)
{
    const char *html =
        "<html><head><title>Night trains<body><article><h1>Night trains return</h1>"
        "<p>The sleeper service between the two capitals runs again from May, after a pause "
        "of nine years, with new carriages and a stop at the lakeside town.</p>"
        "<p>Tickets go on sale on Monday; a couchette costs less than a hotel room.</p>"
        "</article></body></html>";
    mt_options o;
    mt_options_default(&o);
    size_t want;
    long wrong, leaked;
    CHECK_INT(failing_alloc_sweep(html, o, 400, &want, &wrong, &leaked), MT_OK);
    CHECK_INT(wrong, 0);
    CHECK_INT(leaked, 0);
    CHECK(want >= 2);
}

int main(void)
{
    mt_arena_init(&arena, NULL, 0, 0);
    RUN(test_title_that_lost_its_end_tag);
    RUN(test_iframe_left_open);
    RUN(test_first_lost_end_tag_is_mended);
    RUN(test_sound_pages_are_left_alone);
    RUN(test_memory_running_out_in_the_second_reading);
    mt_arena_release(&arena);
    return harness_finish();
}
