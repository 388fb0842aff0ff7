/* test_extract_prune.c -- which blocks of the main region are kept
 * (src/extract/prune.c), on small pages of our own. */
#include "harness.h"
#include "extract_page.h"

static char text[16384];

/* "entry-footer": the footer of the entry, not its text. */
static void test_entry_footer(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<article>"
        "<h1>Floods in the lower town</h1><div class='entry-content'>" STORY_OPENING "</div>"
        "<footer class='entry-footer'><span>Topics</span> <a href='/t/weather'>Weather</a>, "
        "<a href='/t/rivers'>Rivers</a> and the town council, 12 March</footer>"
        "</article></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "The council said"));
    CHECK(!kept(text, "the town council, 12 March"));
}

/* A standfirst set as a heading, over a subheading of the same rank, and a
 * closing line set as a heading: both read as text and stay; a heading over
 * nothing goes. */
static void test_headings_that_read_as_text(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<article><h1>Floods in the lower town</h1>"
        "<h3>After a night of rain the river broke its banks and the lower town woke up "
        "under water; the clean-up will take weeks.</h3>"
        "<h3>The night</h3>" STORY_OPENING
        "<h3>Nobody was hurt. The insurers, however, are still counting.</h3>"
        "<h2>Read more</h2></article></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "After a night of rain the river broke its banks"));
    CHECK(kept(text, "The night"));
    CHECK(kept(text, "Nobody was hurt. The insurers, however, are still counting."));
    CHECK(!kept(text, "Read more"));
}

/* The author's biography under the article is dropped; the byline, a
 * short line in the same markup, stays. */
static void test_author_bio(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<article><h1>Floods in the lower town</h1>"
        "<div class='entry-author'><p>By Jane Doe</p></div>" STORY_OPENING
        "<div class='entry-author'><p>Jane Doe writes about rivers, weather and the towns "
        "along the coast. She has lived in the lower town for twenty years, by the old harbour.</p></div>"
        "</article></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "By Jane Doe"));
    CHECK(kept(text, "The council said"));
    CHECK(!kept(text, "writes about rivers"));
}

int main(void)
{
    RUN(test_entry_footer);
    RUN(test_headings_that_read_as_text);
    RUN(test_author_bio);
    return harness_finish();
}
