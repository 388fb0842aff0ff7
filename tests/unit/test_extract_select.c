/* test_extract_select.c -- where content selection puts the main region
 * (src/extract/select.c), on small pages of our own. */
#include "harness.h"
#include "extract_page.h"

static char text[16384];

#define NAV "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>" \
            "<li><a href='/sport'>Sport</a></li><li><a href='/about'>About us</a></li></ul></nav>"

/* The opening of a text sits in a stack of wrappers (a styled box), the
 * rest follows as plain paragraphs beside the outermost wrapper. */
static void test_text_continues_beside_wrappers(void)
{
    const char *html =
        "<html><body>" NAV "<div class='page'>"
        "<div class='box'><div class='inner'><div class='text'>"
        "<p>The river rose all night, and by morning the lower streets were under water, "
        "the shops closed, the buses stopped, and the bridge was shut to all traffic.</p>"
        "<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals "
        "to higher ground; some stayed, others left for relatives inland.</p>"
        "<p>The council said, late on Wednesday, that pumps would run until the level "
        "fell, and that schools, libraries and the market would stay shut.</p>"
        "</div></div></div>"
        "<p>Engineers, called in from three counties, checked the dykes, the sluices, "
        "the culverts and the old mill race, one by one, through the night.</p>"
        "<p>Their report, due on Friday, will say whether the defences, built in 1953, "
        "can hold; if not, the council, the state and the insurers must decide.</p>"
        "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Engineers, called in from three counties"));
    CHECK(kept(text, "Their report, due on Friday"));
    CHECK(!kept(text, "About us"));
}

int main(void)
{
    RUN(test_text_continues_beside_wrappers);
    return harness_finish();
}
