/* test_extract_prune.c -- which blocks of the main region are kept
 * (src/extract/prune.c), on small pages of our own. */
#include "harness.h"
#include "extract_page.h"

static char text[16384];

#define NAV "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>" \
            "<li><a href='/sport'>Sport</a></li><li><a href='/about'>About us</a></li></ul></nav>"

/* The story's body: three paragraphs of running text. */
#define BODY \
    "<p>The river rose all night, and by morning the lower streets were under water, " \
    "the shops closed, the buses stopped, and the bridge was shut.</p>" \
    "<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals " \
    "to higher ground; some stayed, others left for relatives inland.</p>" \
    "<p>The council said, late on Wednesday, that pumps would run until the level " \
    "fell, and that schools, libraries and the market would stay shut.</p>"

/* "entry-footer": the footer of the entry, not its text. */
static void test_entry_footer(void)
{
    const char *html =
        "<html><body>" NAV "<article>"
        "<h1>Floods in the lower town</h1><div class='entry-content'>" BODY "</div>"
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
