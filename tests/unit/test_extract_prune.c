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

int main(void)
{
    RUN(test_entry_footer);
    return harness_finish();
}
