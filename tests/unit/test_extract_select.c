/* test_extract_select.c -- where content selection puts the main region
 * (src/extract/select.c), on small pages of our own. */
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "extract_page.h"

static char text[16384];

/* The opening of a text sits in a stack of wrappers (a styled box), the
 * rest follows as plain paragraphs beside the outermost wrapper. */
static void test_text_continues_beside_wrappers(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div class='page'>"
        "<div class='box'><div class='inner'><div class='text'>"
        STORY_OPENING
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

/* One text in three boxes, each in its own row: the second and third box
 * score less than the first (fewer paragraphs) but are part of the same
 * text; the region is the element that holds all three. */
static void test_text_in_cousin_boxes(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div class='wrap'>"
        "<div class='row'><div class='col'><div class='part'>"
        STORY_OPENING
        "</div></div></div>"
        "<div class='row'><div class='col'><div class='part'>"
        "<p>Engineers, from three counties, checked the dykes, the sluices, the culverts "
        "and the old mill race through the night.</p>"
        "<p>Their report, due on Friday, will say whether the defences, built in 1953, "
        "can hold, or must be raised.</p>"
        "</div></div></div>"
        "<div class='row'><div class='col'><div class='part'>"
        "<p>Farmers upstream, worried, asked for help with their flooded fields; the "
        "ministry promised loans, seed and fodder for winter.</p>"
        "<p>Volunteers, students, filled sandbags at the depot, day and night, until the "
        "army took over the work on Thursday.</p>"
        "</div></div></div>"
        "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Engineers, from three counties"));
    CHECK(kept(text, "Volunteers, students, filled sandbags"));
    CHECK(!kept(text, "About us"));
}

/* Teaser cards (a linked headline over an excerpt) beside the article score
 * nearly as well as its body, but they are no part of it. */
static void test_teaser_cards_are_not_alternatives(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div class='page'>"
        "<div class='row'><div class='col'><div class='part'>"
        STORY_OPENING
        "</div></div></div>"
        "<div class='more'><div class='list'>"
        "<div class='card'><h3><a href='/storm'>Storm warnings for the coast</a></h3>"
        "<div class='excerpt'><p>Engineers, called in from three counties, checked the "
        "dykes, the sluices, the culverts and the old mill race, one by one.</p>"
        "<p>Their report, due on Friday, will say whether the defences, built in 1953, "
        "can hold; if not, the council, the state and the insurers decide.</p></div></div>"
        "<div class='card'><h3><a href='/harvest'>Harvest lost in the valley</a></h3>"
        "<div class='excerpt'><p>Farmers upstream, whose fields lay under a metre of "
        "water, asked for help; the ministry, in reply, promised loans and seed.</p>"
        "<p>Volunteers, many of them students, filled sandbags at the depot, day and "
        "night, until the army, called in on Thursday, took over.</p></div></div>"
        "</div></div></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "The council said, late on Wednesday"));
    CHECK(!kept(text, "Engineers, called in from three counties"));
    CHECK(!kept(text, "Farmers upstream"));
}

/* A text in sibling modules, one box each: the first box scores best (its
 * sentences are punctuated), the others hold as much running text again and
 * belong to it. */
static void test_text_in_sibling_modules(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div class='area'>"
        "<div class='mod'><div class='box'>"
        "<p>The river rose all night, and by morning the lower streets were under water, "
        "the shops closed, the buses stopped, and the bridge was shut.</p>"
        "<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals "
        "to higher ground; some stayed, others left for relatives inland.</p></div></div>"
        "<div class='mod'><div class='box'>"
        "<p>Engineers from three counties checked the dykes and the sluices and the culverts "
        "and the old mill race through the night and into the morning</p>"
        "<p>Their report is due on Friday and will say whether the defences built in the "
        "fifties can hold or must be raised before the winter storms</p></div></div>"
        "<div class='mod'><div class='box'>"
        "<p>Farmers upstream asked for help with their flooded fields and the ministry "
        "promised loans and seed and fodder for the coming winter months</p>"
        "<p>Volunteers filled sandbags at the depot by day and by night until the army took "
        "over the work on Thursday and sent the students home</p></div></div>"
        "</div><div class='foot'><a href='/imprint'>Imprint</a></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Engineers from three counties"));
    CHECK(kept(text, "Volunteers filled sandbags"));
    CHECK(!kept(text, "Imprint"));
}

/* A modern page's content box holds a site's about text (prose, in a box
 * of its own) and then the <article>, and nothing after it: the article is
 * no tail of unclosed boxes, and the about text is not its start. */
static void test_about_box_before_the_article(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<main><div class='content'>"
        "<div class='site-intro'><p>Welcome to our little corner of the web where we write "
        "about gardening, cooking and the joys of slow living. We have been publishing since "
        "2009 and our team of writers covers everything from seasonal recipes to practical "
        "advice for small gardens. Subscribe to our newsletter to get the latest posts in "
        "your inbox every week, and follow us on social media for daily inspiration and "
        "behind the scenes stories from our kitchen and garden. Our writers live in four "
        "countries and grow their own vegetables on balconies, allotments and farms; they "
        "test every recipe twice, and every tip in a real garden, before it is published "
        "here, and they answer the questions readers send them in a column each month.</p>"
        "</div>"
        "<article><h1>Floods in the lower town</h1>" STORY_OPENING
        "<p>Engineers, called in from three counties, checked the dykes, the sluices and the "
        "culverts; their report, due on Friday, will say what must be raised.</p>"
        "<p>Farmers upstream, whose fields were flooded, asked for help; the ministry promised "
        "loans, seed and fodder, and the army sent trucks and tents.</p>"
        "<p>Volunteers filled sandbags at the depot, by day and by night, until Thursday, when "
        "the soldiers took over the work and sent the students home.</p>"
        "<p>The mayor thanked the volunteers, the soldiers and the engineers, and said that "
        "the town would build a higher wall along the river before the next winter.</p>"
        "</article></div>"
        "<aside><h3>Popular</h3><ul><li><a href='/p1'>One post</a></li>"
        "<li><a href='/p2'>Two post</a></li></ul></aside></main>"
        "<footer><p>(c) 2024 Example Media. <a href='/privacy'>Privacy</a></p></footer>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "The mayor thanked the volunteers"));
    CHECK(!kept(text, "Welcome to our little corner"));
}

/* An old page that never closes its <div>s: each news item's box holds
 * the items after it, and the best candidate, the last item with most of
 * the text, is the tail of a box that holds the item before it as well.
 * That item is shorter than the tail, but it is prose before the tail and
 * nothing follows, or only the page's foot (a link back to the index): the
 * box is taken, so the earlier item is kept. */
#define UNCLOSED_NEWS(trailer) \
    "<html><body>" PAGE_NAV "<div class='news'>" \
    "<div><font><b>2 May 2006</b><br>Members voted at the spring meeting to publish the " \
    "parish registers in four volumes over the next six years, starting with the baptisms " \
    "of the seventeenth century and the burial records of the old chapel that stood by the " \
    "ford until the great fire. The first volume will be ready for the autumn and members " \
    "will receive it free of charge, while libraries and schools in the county may order " \
    "copies from the secretary at cost. Volunteers who read old hands are wanted for the " \
    "transcription work on Tuesday evenings at the reading room, where tea and the old " \
    "maps of the parish are waiting for them all.</font>" \
    "<div><font><b>April 2006</b></font>" STORY_OPENING \
    "<p>Engineers, called in from three counties, checked the dykes, the sluices and the " \
    "culverts; their report, due on Friday, will say what must be raised.</p>" \
    "<p>Farmers upstream, whose fields were flooded, asked for help; the ministry promised " \
    "loans, seed and fodder, and the army sent trucks and tents.</p>" \
    "<p>Volunteers filled sandbags at the depot, by day and by night, until Thursday, when " \
    "the soldiers took over the work and sent the students home.</p>" \
    "</div>" trailer "</div></div>" \
    "<div class='foot'><a href='/imprint'>Imprint</a> | <a href='/contact'>Contact</a></div>" \
    "</body></html>"

static void test_text_in_unclosed_boxes(void)
{
    const char *pages[] = {
        UNCLOSED_NEWS(""),
        UNCLOSED_NEWS("<p><a href='/news'>Back to the news</a></p>"),
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        extract_page(pages[i], text, sizeof text);
        CHECK(kept(text, "Members voted at the spring meeting"));
        CHECK(kept(text, "The river rose all night"));
        CHECK(kept(text, "Volunteers filled sandbags"));
        CHECK(!kept(text, "Imprint"));
    }
}

/* A news system calls the article's own standfirst "teaser-text": without
 * links it is no teaser, and the region, which would not count it as
 * evidence, takes it in; a list of linked teasers is still left out. */
static void test_standfirst_named_teaser(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div class='news news-single'><div class='article'>"
        "<h1>Floods in the lower town</h1>"
        "<div class='teaser-text'><p>After a night of rain the river broke its banks, and "
        "the lower town woke up under water; the clean-up, the council says, will take "
        "weeks.</p></div>"
        "<div class='news-text-wrap'>" STORY_OPENING "</div>"
        "<div class='related-news'><ul>"
        "<li><a href='/a'>Storm warnings for the coast, and what they mean for you</a></li>"
        "<li><a href='/b'>Harvest lost in the valley after the rain of last week</a></li>"
        "</ul></div></div></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "After a night of rain the river broke its banks"));
    CHECK(kept(text, "The river rose all night"));
    CHECK(!kept(text, "Storm warnings for the coast"));
}

/* A page builder calls the article's header "menuhead": the box holds
 * the date, the headline (an <h1> saying the page's title) and the
 * standfirst (the page's description), with few links, so it is no menu
 * and they are kept. A breadcrumb trail in the article whose last crumb
 * is the headline stays a menu. */
static void test_header_box_named_as_menu(void)
{
    const char *html =
        "<html><head><title>Floods close the lower town - Daily Mail</title>"
        "<meta name='description' content='After a night of rain the river broke its banks "
        "and the lower town woke up under water'></head><body>"
        PAGE_NAV "<div class='page'><div class='menuhead'>"
        "<div class='datedetails'>Posted: Mon, Dec 31 2007. 12:24 AM IST</div>"
        "<div class='headline'><h1>Floods close the lower town</h1></div>"
        "<div class='abstract'>After a night of rain the river broke its banks and the "
        "lower town woke up under water</div>"
        "<div class='tools'><a href='/print'>Print</a> <a href='/mail'>E-mail</a></div>"
        "</div><div class='article'>" STORY_OPENING "</div></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "Floods close the lower town"));
    CHECK(kept(text, "After a night of rain the river broke its banks"));
    CHECK(kept(text, "The river rose all night"));
    CHECK(!kept(text, "About us"));

    const char *crumbs =
        "<html><head><title>Floods close the lower town as the river breaks its banks after "
        "a night of rain - Daily Mail</title></head><body>"
        PAGE_NAV "<article><div class='row'><div role='navigation'><ol>"
        "<li><a href='/'>Front page</a></li><li><a href='/health'>Health</a></li>"
        "<li><span>Current page: </span><h1>Floods close the lower town as the river breaks "
        "its banks after a night of rain</h1></li></ol></div></div>"
        "<div class='row'>" STORY_OPENING "</div></article></body></html>";
    extract_page(crumbs, text, sizeof text);
    CHECK(!kept(text, "Front page"));
    CHECK(!kept(text, "Current page"));
    CHECK(kept(text, "The river rose all night"));
}

/* <main> holds the text in sections under their own headings; the first
 * section (four punctuated paragraphs, named as text) scores best, the
 * others too little to be alternatives, but <main> scores well itself and
 * bounds the article. */
static void test_main_holds_sections(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<main>"
        "<section><h2>The night</h2><div class='article-text'>" STORY_OPENING
        "<p>Engineers, called in from three counties, checked the dykes, the sluices, "
        "the culverts and the old mill race, one by one, through the night.</p></div></section>"
        "<section><h2>The defences</h2><div class='copy'>"
        "<p>Their report is due on Friday and will say whether the defences built in the "
        "fifties can hold or must be raised before the winter storms</p>"
        "<p>The last time the dykes were raised was after the great flood when the whole "
        "valley stood under water for a month and more</p></div></section>"
        "<section><h2>The farms</h2><div class='copy'>"
        "<p>Farmers upstream asked for help with their flooded fields and the ministry "
        "promised loans and seed and fodder for the coming winter months</p>"
        "<p>Volunteers filled sandbags at the depot by day and by night until the army took "
        "over the work on Thursday and sent the students home</p></div></section>"
        "<section><h2>The schools</h2><div class='copy'>"
        "<p>Schools in the lower town stay shut until the end of the month and pupils "
        "will be taught in the halls of the two churches on the hill</p>"
        "<p>Parents who cannot take their children along to work may leave them at the "
        "sports centre where teachers and helpers look after them</p></div></section>"
        "</main><footer><a href='/imprint'>Imprint</a></footer></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Their report is due on Friday"));
    CHECK(kept(text, "Volunteers filled sandbags"));
    CHECK(!kept(text, "Imprint"));
}

/* A page whose whole text is one short line says only that: it is the
 * page's content. The same line beside a menu is a stray line, a page
 * whose only words are links is a link hub, and the labels of a sign-in
 * form are an interface: none of them is content. */
static void test_whole_page_of_one_line(void)
{
    extract_page("<html><body>\n  Opening hours: 9 to 5\n</body></html>", text, sizeof text);
    CHECK(strcmp(text, "Opening hours: 9 to 5\n") == 0);
    extract_page("<html><body>" PAGE_NAV "<div>Opening hours: 9 to 5</div></body></html>",
                 text, sizeof text);
    CHECK(strcmp(text, "") == 0);
    extract_page("<html><body><div><a href='/hours'>Opening hours</a></div></body></html>",
                 text, sizeof text);
    CHECK(strcmp(text, "") == 0);
    /* a sign-in box: labels of an interface */
    extract_page("<html><body><h1>Sign in</h1><form><label>Email</label><input name=e>"
                 "<label>Password</label><input type=password><button>Go</button></form>"
                 "</body></html>", text, sizeof text);
    CHECK(strcmp(text, "") == 0);
}

/* A short post beside a sidebar whose "about me" column holds most of the
 * page's text: the sidebar stays a sidebar, since it stands beside the
 * box the page calls its content rather than around it. */
static void test_long_sidebar_beside_short_post(void)
{
    const char *html =
        "<html><body><div id='content'>"
        "<div id='sidebar'><div id='about'>"
        "<p>I write about advertising, design, cities, trains, bridges, rivers, the weather, "
        "old maps, new maps, bad slogans, good slogans, fonts, signs, posters, shop windows, "
        "street names, bus timetables, and whatever else, on any day, catches my eye; I have "
        "worked, for nineteen years, as a copywriter, an editor, a teacher, a waiter, and, "
        "briefly, as a lighthouse keeper, on an island, in the north, in winter, alone.</p>"
        "<p>Before that, I studied, badly, history, Latin, chemistry and music, in three "
        "cities, at two universities, for five years, and left, in the end, without a degree, "
        "a plan, or, as my mother said, any sense at all; she was, as usual, right.</p>"
        "</div></div>"
        "<div id='main'><div class='post'><h3>Five posts of the week</h3>"
        "<p>The week's best, in order: the signs, the billboards, the letter, the cat.</p>"
        "</div></div>"
        "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The week's best, in order"));
    CHECK(!kept(text, "lighthouse keeper"));
}

/* A wrapper holds a short post and, beside it, a sidebar whose text box
 * ("widget text") has paragraphs of its own: the sidebar's text gives no
 * points to the wrapper, which would then outscore the post and bring the
 * sidebar's text into the region. */
static void test_sidebar_text_no_evidence_for_wrapper(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div id='wrapper'>"
        "<div id='main-column'><div class='post'><h3>Not a photograph</h3>"
        "<p>However long I stare at it, I still can't believe, despite the evidence, that "
        "this is a pencil drawing. Artwork and photos, all of them, by the artist.</p>"
        "</div></div>"
        "<div class='sidebar'><div class='widget text'>"
        "<p>Our editor, a maker, writer and ukulele player, lives in the city with four dogs, "
        "two cats, and a lawn that makes the neighbours, all of them, call the authorities.</p>"
        "<p>He delights, mostly, in the unusual, and can be found, most days, in his studio, "
        "next to the record shop, making something, or other, for his own amusement.</p>"
        "</div></div>"
        "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "I still can't believe"));
    CHECK(!kept(text, "ukulele player"));
}

/* The headline joins the region (a short line beside the body) but the
 * standfirst after it, in a box of its own, does not: it is recovered as
 * the lede between the headline and the body. */
static void test_standfirst_after_joined_headline(void)
{
    const char *html =
        "<html><head><title>Flood: the river rose all night</title></head><body>" PAGE_NAV
        "<div class='single'>"
        "<h1>Flood: the river rose all night</h1>"
        "<div><p>Across the valley the water came up fast and the town woke to closed "
        "shops, shut bridges and stopped buses</p></div>"
        "<div class='entry-content'>" STORY_OPENING
        "<p>Engineers, called in from three counties, checked the dykes, the sluices, "
        "the culverts and the old mill race, one by one, through the night.</p>"
        "</div></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Across the valley the water came up fast"));
}

/* A comment a reader left under the test post. */
#define READER_COMMENT \
    "<div class='comment'><p>My favourite, by far, is the cat; the letter, though, is a " \
    "close second, and the signs are third.</p></div>"

/* A short post followed by the author's box, whose biography is longer
 * than the post, and the comments: the box is about the writer and does
 * not become the region (which would keep the biography); the region is
 * the post's container, in which the box is dropped as a biography. */
static void test_author_box_below_short_post(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div id='content'>"
        "<div class='post'><div class='entry-content'><p>The week's best, in order: "
        "<a href='/a'>the signs on the underground</a>, <a href='/b'>the billboards at the "
        "museum</a>, the letter, and, last, the cat.</p></div></div>"
        "<div class='post-author'><h4>About the writer</h4>"
        "<p>Mary is a chemist, who works, by day, on drugs you have heard of, and, by night, "
        "writes about science, food, travel, trains, old maps, bridges and rivers; she has "
        "lived, at one time or another, in four countries, on three continents, and once, "
        "briefly, on a boat, in a harbour, in the rain, with two cats and a parrot.</p></div>"
        "<div class='comments'>" READER_COMMENT READER_COMMENT READER_COMMENT READER_COMMENT
        READER_COMMENT READER_COMMENT READER_COMMENT "</div>"
        "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The week's best, in order"));
    CHECK(!kept(text, "lived, at one time or another"));
}

/* A blog's date header sits beside the post, too short to count as a
 * paragraph: it belongs to the post. */
static void test_date_header_beside_post(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div id='main'>"
        "<h2 class='date-header'>Monday, October 15, 2012</h2>"
        "<div class='post'>" STORY_OPENING "</div>"
        "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Monday, October 15, 2012"));
}

/* The date header joins the post, and the headline below it, in a header
 * box too short to score, does not: it is recovered between the date and
 * the body. */
static void test_headline_after_joined_date_header(void)
{
    const char *html =
        "<html><head><title>River rises at night</title></head><body>" PAGE_NAV
        "<div class='wrap'><h2 class='date-header'>Wednesday, January 16, 2008</h2>"
        "<div class='articleheader'><h3 class='title'>River rises at night</h3></div>"
        "<div class='blogbody'>" STORY_OPENING "</div>"
        "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "River rises at night\n"));
}

/* A page laid out with a table: a narrow menu cell beside the cell that
 * opens the text, the rest of the text following the table as plain
 * paragraphs (siblings of the table, not of the cell). */
static void test_text_continues_after_layout_table(void)
{
    const char *html =
        "<html><body>" PAGE_NAV
        "<table><tr><td><a href='/'>Home</a><br><a href='/old'>Archive</a></td><td>"
        STORY_OPENING
        "<p>Engineers, called in from three counties, checked the dykes, the sluices, "
        "the culverts and the old mill race, one by one, through the night.</p>"
        "<p>Farmers upstream, worried, asked for help with their flooded fields; the "
        "ministry promised loans, seed and fodder for winter.</p>"
        "</td></tr></table>"
        "<p>Their report, due on Friday, will say whether the defences, built in 1953, "
        "can hold; if not, the council, the state and the insurers must decide.</p>"
        "<p>Volunteers, students, filled sandbags at the depot, day and night, until the "
        "army took over the work on Thursday, and the water began to fall.</p>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Farmers upstream, worried"));
    CHECK(kept(text, "Their report, due on Friday"));
    CHECK(kept(text, "Volunteers, students, filled sandbags"));
    CHECK(!kept(text, "About us"));
}

/* A table row set in two columns of one text, each mostly running text
 * split by <br> rather than paragraphs: the opening in one cell (with a
 * video box and a closing paragraph), a boxed section nested in tables of
 * its own in the other, scoring nearly as well. */
static void test_text_in_two_cells_of_a_row(void)
{
    const char *html =
        "<html><body>" PAGE_NAV
        "<table><tr><td>"
        "The river rose all night, and by morning the lower streets were under water, "
        "the shops closed, the buses stopped, and the bridge was shut.<br><br>"
        "Residents, who had been warned on Tuesday, moved cars, furniture and animals "
        "to higher ground; some stayed, others left for relatives inland.<br><br>"
        "<table><tr><td>Watch the video</td></tr></table>"
        "The council said, late on Wednesday, that pumps would run until the level "
        "fell, and that schools, libraries and the market would stay shut."
        "<p>Their report, due on Friday, will say whether the defences can hold.</p>"
        "</td><td><table><tr><td><table><tr><td><b>The old floods</b></td></tr><tr><td>"
        "Floods, people say, came every spring, but records, kept since 1850, show "
        "only four years as bad as this one, the last in 1953.<br><br>"
        "Then, as now, the dykes held, the pumps ran, and the town, though wet, was "
        "open again within a week, its market busy by Friday.<br><br>"
        "Old people, asked about it, remember boats in the square, bread brought by "
        "the army, and a dance when the water fell.<br><br>"
        "Engineers, called in from three counties, checked the dykes, the sluices and "
        "the culverts through the night."
        "</td></tr></table></td></tr></table></td></tr></table>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "The council said, late on Wednesday"));
    CHECK(kept(text, "Floods, people say, came every spring"));
    CHECK(kept(text, "Engineers, called in from three counties"));
    CHECK(!kept(text, "About us"));
}

/* An old page laid out in a table of three columns, declared 20%, 60%
 * and 20% wide: a welcome note and a column of member services on the
 * left, the news in the middle, a calendar of meetings on the right. The
 * narrow columns read as text (a sentence, lines without links), but are
 * the site's, not the news's. */
static void test_side_columns_of_layout_row(void)
{
    const char *html =
        "<html><body>" PAGE_NAV
        "<table width='100%'><tr><td width='20%'>"
        "<p>The society serves the lawyers of the county, young and old. "
        "<a href='/about'>more</a></p>"
        "<p>Join a section<br>Register for referrals<br>Student mentors<br>"
        "Section papers<br>Enrolment form<br>Subscribe to the list</p>"
        "</td><td width='60%'>"
        STORY_OPENING
        "<p>Engineers, called in from three counties, checked the dykes, the sluices, "
        "the culverts and the old mill race, one by one, through the night.</p>"
        "</td><td width='20%'>"
        "<p>Life balance for lawyers, Jan 16, 23, 30<br>Welcoming ceremony, Jan 19<br>"
        "Presidents meeting, Jan 26<br>Provincial council, Jan 27<br>"
        "Winter meeting of council, Feb 18-19<br>Law conference, Mar 9-10</p>"
        "</td></tr></table>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Engineers, called in from three counties"));
    CHECK(!kept(text, "Welcoming ceremony"));
    CHECK(!kept(text, "Student mentors"));
}

/* A local paper's story in the cell of a table row, no widths declared,
 * beside a column of the site's links and notes about the paper ("Come
 * see us again", who the editor is): the notes read as text, but the
 * column is a quarter links, the site's, not the story's. */
static void test_link_column_beside_text_cell(void)
{
    const char *html =
        "<html><body>" PAGE_NAV
        "<table><tr><td>"
        "<p><a href='/'>Front page</a><br><a href='/local'>Local</a><br>"
        "<a href='/sport'>Sport</a><br><a href='/obits'>Obituaries</a><br>"
        "<a href='/weather'>Weather</a><br><a href='/classified'>Classifieds</a><br>"
        "<a href='/contact'>Contact the paper</a></p>"
        "<p>Our online paper publishes a local story every week.</p>"
        "<p>For the whole county pick up a copy at a store near you.</p>"
        "<p>Want to send a story? Call the editor, Jane Doe.</p>"
        "</td><td>"
        STORY_OPENING
        "<p>Engineers, called in from three counties, checked the dykes, the sluices, "
        "the culverts and the old mill race, one by one, through the night.</p>"
        "</td></tr></table>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Engineers, called in from three counties"));
    CHECK(!kept(text, "pick up a copy"));
}

/* An old page in a table 800 pixels wide: a picture's cell of 180, the
 * story's of 440, and a third cell, its width undeclared, so left the
 * remaining 180: a column of news teasers (a headline, a sentence, "Read
 * more"), whose punctuated sentences outscore the short story. The
 * narrow column is the site's; the story is the text. */
static void test_news_column_in_width_left(void)
{
    const char *html =
        "<html><body>" PAGE_NAV
        "<table width='800'><tr><td width='180'><img src='mars.jpg'></td>"
        "<td width='440'>"
        "<p>Imagine a team of specialists, finding and analysing information for your "
        "mission, on any topic, from metrics to Mars; experts who inform you.</p>"
        "<p>Scientists, engineers and librarians are ready to join forces for your "
        "mission: your team is here, at the centres, and the first hours are free.</p>"
        "<p>Researchers, in turn, tackle complex projects, large or small, at low cost; "
        "they answer questions, write reports and search the archives for you.</p>"
        "</td><td>"
        "<p>News</p>"
        "<p>New centre opens</p>"
        "<p>The propulsion centre in Maryland was awarded to a university on 12 July "
        "for five years. <a href='/n1'>Read more...</a></p>"
        "<p>Contract awarded</p>"
        "<p>The reliability centre in New York was awarded to a laboratory on 21 June "
        "after a long open tender. <a href='/n2'>Read more...</a></p>"
        "<p>Sensing centre</p>"
        "<p>A new centre for sensors has been set up in Atlanta to serve the army and "
        "the navy and the air force. <a href='/n3'>Read more...</a></p>"
        "</td></tr></table>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "Imagine a team of specialists"));
    CHECK(kept(text, "Scientists, engineers and librarians"));
    CHECK(!kept(text, "The propulsion centre"));
    CHECK(!kept(text, "A new centre for sensors"));
}

/* A story set in two columns declared 60% and 39.5% wide, the second
 * holding the rest of it: a width with a fraction is still a percentage
 * (not 39 pixels), so the second column is no narrow side column. */
static void test_fractional_width_is_a_percentage(void)
{
    const char *html =
        "<html><body>" PAGE_NAV
        "<table width='100%'><tr><td width='60%'>"
        STORY_OPENING
        "<p>Engineers, called in from three counties, checked the dykes, the sluices, "
        "the culverts and the old mill race, one by one, through the night.</p>"
        "</td><td width='39.5%'>"
        "<p>Farmers downstream had moved their cattle to the high fields, and most of "
        "the harvest was already in the barns when the water came over the meadows.</p>"
        "<p>Insurers sent assessors on Tuesday; they expect claims from four hundred "
        "households, most of them for ground floors, carpets, furniture and cars.</p>"
        "</td></tr></table>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Farmers downstream had moved their cattle"));
    CHECK(kept(text, "Insurers sent assessors on Tuesday"));
}

/* An old page's story over two rows of a layout table: the first row
 * holds a narrow column about the society (class `side_class`), the
 * story's opening and a cell of its continuation; the second row the
 * rest of the story. */
static const char *story_over_two_rows(const char *side_class, char *buf, size_t cap)
{
    snprintf(buf, cap,
             "<html><body>" PAGE_NAV
             "<table width='100%%'><tr><td class='%s' width='20%%'>"
             "<p>The society was founded in 1890 by twelve lawyers of the county, and has "
             "met every month since then, in war and peace, in the old hall.</p>"
             "<p>Members receive the quarterly review, a diary, and the right to use the "
             "library, which holds the county's oldest law reports and maps.</p>"
             "<p>The hall is open to the public on Saturdays from ten until four, and tours "
             "of the library can be booked by telephone or at the door.</p>"
             "</td><td>" STORY_OPENING
             "<p>Engineers, called in from three counties, checked the dykes, the sluices, "
             "the culverts and the old mill race, one by one, through the night.</p>"
             "</td><td>"
             "<p>Farmers downstream had moved their cattle to the high fields, and most of "
             "the harvest was already in the barns when the water came over the meadows.</p>"
             "<p>Insurers sent assessors on Tuesday; they expect claims from four hundred "
             "households, most of them for ground floors, carpets, furniture and cars.</p>"
             "</td></tr><tr><td></td><td colspan='2'>"
             "<p>Schools will open again on Monday, the council said, except the primary "
             "school by the bridge, whose hall and kitchen were flooded to the windows.</p>"
             "<p>Volunteers from the rowing club carried food and blankets to the old "
             "people of the river streets, who would not leave their homes.</p>"
             "</td></tr></table>"
             "</body></html>",
             side_class);
    return buf;
}

/* A side column beside the text's cell neither helps the layout table
 * to be climbed into nor stands against it: the story's second row is
 * reached on the strength of the continuation beside its opening --
 * whether the narrow column is plain or marked as a sidebar (whose good
 * text does not count in the row to begin with). */
static void test_side_column_does_not_stop_widening(void)
{
    static char html[4096];
    const char *classes[] = {"info", "sidebar"};
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) {
        extract_page(story_over_two_rows(classes[i], html, sizeof html), text, sizeof text);
        CHECK(kept(text, "The river rose all night"));
        CHECK(kept(text, "Farmers downstream had moved their cattle"));
        CHECK(kept(text, "Schools will open again on Monday"));
        CHECK(kept(text, "Volunteers from the rowing club"));
    }
}

/* A directory page in three columns (16%, 68%, 16%), each column in
 * tables of its own: the listings in the middle, readers' small ads in
 * the narrow right column -- sentences that score nearly as well as the
 * listings, but are no other part of them. */
static void test_small_ads_column_is_no_twin(void)
{
    const char *html =
        "<html><body>" PAGE_NAV
        "<table width='100%'><tr><td width='16%'><table><tr><td>"
        "<a href='/new'>Submit a site</a><br><a href='/find'>Search</a>"
        "</td></tr></table></td><td width='68%'><table><tr><td>"
        "<p><b>Hill Builders</b> are local builders and carpenters, offering a full "
        "range of services, from plans and permits to roofs, lofts and extensions.</p>"
        "<p><b>West Recruitment</b> supplies staff, skilled and unskilled, to building "
        "firms across the region, for a week, a month or a year.</p>"
        "<p><b>Valley Demolition</b>, founded in 1961, clears sites, cuts concrete, "
        "and hires out plant, with or without drivers.</p>"
        "<p><b>Green Gardens</b>, landscapers, lay paths, walls and lawns, and look "
        "after grounds, parks and sports fields all year.</p>"
        "</td></tr></table></td><td width='16%'><table><tr><td>"
        "<div>Wanted: a loving home for a young dog, can not pay much, but will "
        "collect from any area, and care for it all its life.</div>"
        "<div>For sale: a double bed, white and gold, hardly used, two years old; "
        "sold for want of space, cost 300, yours for 100.</div>"
        "<div>Can anyone help me? I am looking for my father's family, who lived "
        "in Foster Street, in the 1930s, and left for Wales.</div>"
        "</td></tr></table></td></tr></table>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "are local builders and carpenters"));
    CHECK(kept(text, "look after grounds, parks") || kept(text, "after grounds, parks"));
    CHECK(!kept(text, "a double bed, white and gold"));
}

/* A table of data (a product list) scores more than the paragraphs that
 * introduce it, which sit in a box of their own beside the table's box:
 * the table is part of the text, not the whole of it. */
static void test_data_table_within_text(void)
{
    char rows[2048];
    size_t n = 0;
    for (int i = 0; i < 6; i++)
        n += (size_t)snprintf(rows + n, sizeof rows - n,
                              "<tr><td>Chilli powder, brand %d, sold in jars of 100 g, 200 g or "
                              "500 g, by the corner shops.</td><td>Best before: 05/2006, "
                              "06/2006, 07/2006.</td></tr>", i);
    char html[4096];
    snprintf(html, sizeof html,
             "<html><body>" PAGE_NAV "<div><div>" STORY_OPENING
             "<p>Engineers, called in from three counties, checked the dykes, the sluices "
             "and the culverts through the night.</p>"
             "</div><div><p>The list, from the shops, may change.</p><table>%s</table>"
             "<p>Ask at the shop, if in doubt.</p></div></div></body></html>",
             rows);
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Engineers, called in from three counties"));
    CHECK(kept(text, "Chilli powder, brand 5"));
    CHECK(!kept(text, "About us"));
}

/* Code in a data table's cell (a table of commands and examples) is the
 * cell's text: it neither starts a code block of its own nor splits the
 * table. */
static void test_code_in_table_cell(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<article><h1>Commands of the tool</h1>" STORY_OPENING
        "<table><tr><th>Command</th><th>Example</th></tr>"
        "<tr><td>list</td><td><pre>mt list --all\nmt list -q</pre></td></tr>"
        "<tr><td>show</td><td><pre>mt show 3</pre></td></tr>"
        "<tr><td>help</td><td>Prints the help text.</td></tr></table>"
        "<p>Every command takes the options described in the manual.</p></article></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "Command\tExample\nlist\tmt list --all mt list -q\nshow\tmt show 3\n"
                     "help\tPrints the help text."));
    CHECK(kept(text, "Every command takes the options"));
}

#define LONG_PARA "<p>This is a long paragraph of the text, with commas, clauses, and " \
                  "sentences. It goes on for a while, so that it counts here.</p>"

/* A short post whose whole page sits in a box named for the layout
 * ("right-sidebar"): the box holds the page's text, it is no sidebar. */
static void test_short_page_in_layout_box(void)
{
    const char *html =
        "<html><body><div class='layout right-sidebar'><h1>Night trains return to the "
        "northern line</h1><p>After eleven years without a sleeper service, the northern "
        "line will run night trains again.</p></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "After eleven years without a sleeper service"));
    /* the layout named on <body> itself, whose siblings (<head>) pass 1
     * never reads (make valgrind saw the read) */
    const char *on_body =
        "<html><head><meta name=x content=y></head><body class='right-sidebar'><div "
        "class='content'><p>After eleven years without a sleeper service, the northern line "
        "will run night trains again, the operator said.</p>" LONG_PARA "</div></body></html>";
    extract_page(on_body, text, sizeof text);
    CHECK(kept(text, "After eleven years without a sleeper service"));
    /* a short page's login box or footer is no layout box: no content */
    const char *login =
        "<html><body><div class='login-form'><h1>Sign in</h1><form><label>Email</label>"
        "<input name='e'><label>Password</label><input name='p'><button>Go</button></form>"
        "<p>Forgot your password? Reset it here.</p></div></body></html>";
    CHECK_STR(extract_page(login, text, sizeof text), "");
    const char *footer =
        "<html><body><footer><p>Copyright 2024 Acme Inc. All rights reserved.</p>"
        "<a href='/i'>Imprint</a> <a href='/p'>Privacy</a></footer><p>Hi there.</p>"
        "</body></html>";
    CHECK_STR(extract_page(footer, text, sizeof text), "");
}

/* The best box's twin (same tag and class) sits in another branch of the
 * page, beside a box that is no twin: the region is what holds the twin,
 * not merely what holds the other box. */
static void test_twin_in_another_branch(void)
{
    const char *html =
        "<html><body><div id='page'><div id='upper'><div class='col'>" LONG_PARA LONG_PARA
        LONG_PARA LONG_PARA "</div><div class='misc'>" LONG_PARA LONG_PARA LONG_PARA
        "</div></div><div id='lower'><div class='zz'><div class='col'>" LONG_PARA LONG_PARA
        "<p>Volunteers filled sandbags at the depot, day and night, until the army took "
        "over the work on Thursday.</p></div></div></div></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "Volunteers filled sandbags"));
}

/* A page whose only running text is in a box named sidebar, beside a
 * menu: a wrapper holding less good text than the sidebar (whose text
 * counts only up to the sidebar) is no reason to widen, and the sidebar's
 * text is what the page has. */
static void test_only_text_in_sidebar(void)
{
    char html[8192];
    size_t n = (size_t)snprintf(html, sizeof html,
                                "<html><body><div id='wrap'><div class='sidebar'>%s%s%s</div><nav>",
                                LONG_PARA, LONG_PARA, LONG_PARA);
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(html + n, sizeof html - n, "<a href='/s%d'>Section %d</a> ", i, i);
    snprintf(html + n, sizeof html - n, "</nav></div></body></html>");
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "This is a long paragraph of the text"));
    CHECK(!kept(text, "Section 12"));
}

/* A card of a teaser list, in boxes named for nothing: a linked headline
 * to another page and an excerpt cut short. */
#define CARD(href, headline, excerpt) \
    "<div class='box'><div class='time'>10:03</div><h2><a href='" href "'>" headline "</a></h2>" \
    "<div class='inner'><p>" excerpt "</p><a href='" href "'>Read on</a></div></div>"

#define FOUR_CARDS \
    CARD("/storm", "Storm warnings for the coast and what they mean", \
         "The weather service warned on Monday that the storm would reach the coast by the " \
         "evening, with winds of up to ninety kilometres an hour and rain...") \
    CARD("/harvest", "Harvest lost in the valley after the rain", \
         "Farmers in the valley say that half of the harvest is lost, and that the rest will " \
         "be late; the ministry has promised help, but not yet said how much...") \
    CARD("/council", "The council meets on Monday about the dykes", \
         "The council will meet on Monday to talk about the dykes, the pumps and the money " \
         "for both, after a week in which the river rose higher than ever...") \
    CARD("/schools", "Schools in the lower town stay shut until May", \
         "The schools of the lower town will stay shut until the end of May, the council " \
         "said, while the buildings dry out and the damage is counted...")

/* An index page: a row of teaser cards, however its boxes are named, is
 * no one's main text (issue 3: teaser lists taken as content). */
static void test_index_of_cards(void)
{
    const char *html = "<html><body>" PAGE_NAV "<h1>Latest news</h1>" FOUR_CARDS
                       "<footer><p>Example News, 1 Harbour Road</p></footer></body></html>";
    extract_page(html, text, sizeof text);
    CHECK_STR(text, "");
}

/* Teasers of a site run by scripts link to addresses after "#!": those are
 * other pages, not places on this one. */
static void test_index_of_script_addresses(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<h1>Latest news</h1>"
        CARD("/#!/storm", "Storm warnings for the coast and what they mean",
             "The weather service warned on Monday that the storm would reach the coast...")
        CARD("/#!/harvest", "Harvest lost in the valley after the rain",
             "Farmers in the valley say that half of the harvest is lost this year...")
        CARD("/#!/council", "The council meets on Monday about the dykes",
             "The council will meet on Monday to talk about the dykes and the pumps...")
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK_STR(text, "");
}

/* A page of search results: each result a linked headline, a line of its
 * facts (a section and a date) and an excerpt. The results are teasers,
 * and what the page says beside them (its heading, a count) is no main
 * content. */
static void test_search_results_are_an_index(void)
{
    static const char filters[] = "<div class='filters'><span>Filter by:</span> <a href="
                                  "'?type=guide'>Guides (21)</a> <a href='?type=news'>News "
                                  "(30)</a></div>";
    const char *html =
        "<html><head><title>Search results - GreenHome</title></head><body>"
        "<header><a href='/'>GreenHome</a> <nav><a href='/heating'>Heating</a> <a "
        "href='/solar'>Solar</a></nav></header>"
        "<main>"
        "<h1>Search results for: heat pump</h1>"
        "<p class='result-count'>Showing 1-5 of 63 results</p>"
        "<ol class='search-results'>"
        "<li class='search-result'><h2><a href='/1'>Air source heat pumps explained</a></h2><p "
        "class='meta'>Guide \xc2\xb7  Updated 4 March 2024</p><p class='excerpt'>An air source "
        "heat pump takes heat from the outside air and uses it to warm your home and water. Find "
        "out how they work and what they cost.</p></li>"
        "<li class='search-result'><h2><a href='/2'>Ground source heat pumps: are they worth "
        "it?</a></h2><p class='meta'>Guide \xc2\xb7  Updated 12 January 2024</p><p "
        "class='excerpt'>Ground source systems are more efficient than air source but cost more "
        "to install. We look at the numbers for a typical house.</p></li>"
        "<li class='search-result'><h2><a href='/3'>Boiler Upgrade Scheme: how to "
        "claim</a></h2><p class='meta'>Grants \xc2\xb7  Updated 2 February 2024</p><p "
        "class='excerpt'>The grant is paid to your installer and knocked off your bill. Here is "
        "who is eligible and how to apply for it this year.</p></li>"
        "<li class='search-result'><h2><a href='/4'>Heat pump sales rose 40% last "
        "year</a></h2><p class='meta'>News \xc2\xb7  18 January 2024</p><p "
        "class='excerpt'>Installations reached a record high, but still lag far behind the "
        "government's target of 600,000 a year.</p></li>"
        "<li class='search-result'><h2><a href='/5'>How noisy are heat pumps?</a></h2><p "
        "class='meta'>Guide \xc2\xb7  21 October 2023</p><p class='excerpt'>Modern units are "
        "quieter than most people expect. We measured five popular models in a quiet "
        "garden.</p></li>"
        "</ol>"
        "<nav class='pagination'><a href='?page=2'>2</a> <a href='?page=2'>Next</a></nav>"
        "</main>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK_STR(text, "");
    /* with filters over the results, the heading and the count are left:
     * they are no introduction either */
    char with_filters[4096];
    const char *list = strstr(html, "<ol");
    snprintf(with_filters, sizeof with_filters, "%.*s%s%s", (int)(list - html), html, filters,
             list);
    extract_page(with_filters, text, sizeof text);
    CHECK_STR(text, "");
}

/* A post that is a picture, its headline and dated byline over it, with
 * teasers beside it: the headline and byline are the post's text. */
static void test_picture_post_beside_cards(void)
{
    const char *html = "<html><body>" PAGE_NAV "<h1>How to Spot an Instagram Junkie</h1>"
                       "<p>by Jennifer Dancy on May 3, 2012</p><p><img src='/junkie.png' "
                       "alt=''></p><aside>" FOUR_CARDS "</aside></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "by Jennifer Dancy on May 3, 2012"));
    CHECK(!kept(text, "The weather service warned"));
    /* a short poem beside them: lines, though no sentence */
    const char *poem = "<html><body>" PAGE_NAV "<h1>Heron at low tide</h1><div class='poem'><p>"
                       "grey heron stands still<br>the mudflats hold their breath<br>one step "
                       "and the fish</p><p>the tide comes back in<br>and the heron lifts away"
                       "<br>slow wings over salt</p></div><aside><h2>More from the blog</h2>"
                       FOUR_CARDS "</aside></body></html>";
    extract_page(poem, text, sizeof text);
    CHECK(kept(text, "the mudflats hold their breath"));
}

/* A page footer whose text stands loose in it, long enough to read as a
 * paragraph, does not continue the article beside it. */
static void test_footer_does_not_continue_the_text(void)
{
    const char *html =
        "<html><body><main><h1>The story of our town clock</h1><p>The history of the town "
        "clock begins, like so many local stories, with an argument in a pub. In the winter of "
        "1887 two members of the parish council fell out over a clock tower.</p><p>The clock won "
        "by a margin of eleven pounds, and the fountain was never built.</p></main><footer>"
        "\xc2\xa9 2024 Ashby Parva Local History Society \xc2\xb7 Registered Charity No. "
        "1000000 \xc2\xb7 Site last updated March 2024</footer></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The clock won by a margin"));
    CHECK(!kept(text, "Registered Charity"));
}

/* The same cards under a category's introduction: the introduction is the
 * page's own text, the cards are not. */
static void test_category_intro_over_cards(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<h1>Floods</h1>"
        "<p>Our reporting on the floods of the lower town: how the river rose, what the "
        "council did, and what the insurers and the ministry promised the people there.</p>"
        FOUR_CARDS "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "Our reporting on the floods of the lower town"));
    CHECK(!kept(text, "The weather service warned"));
    CHECK(!kept(text, "Schools in the lower town stay shut"));
}

/* A short story in a box like the cards beside it, its headline linked to
 * its own address: the headline says the page's title, so the box is the
 * page's story, not a teaser; the cards beside it are. */
static void test_story_in_a_row_of_cards(void)
{
    const char *html =
        "<html><head><title>Bridge reopens after repairs</title></head><body>" PAGE_NAV
        "<div class='row'><div class='box'><h2><a href='/2024/bridge'>Bridge reopens after "
        "repairs</a></h2><p>The old bridge over the river reopened on Friday after six months "
        "of repairs, the council said. Buses will use it again from Monday, and the ferry will "
        "stop running at the end of the month.</p></div>" FOUR_CARDS "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The old bridge over the river reopened on Friday"));
    CHECK(!kept(text, "Farmers in the valley say"));
}

/* A story box heading its story with a linked <h1> that the page's title
 * does not repeat, beside teaser cards: an <h1> is the page's own
 * headline. */
static void test_story_with_linked_h1_beside_cards(void)
{
    const char *html =
        "<html><head><title>Town News: the daily paper of the lower town</title>"
        "<meta property='og:title' content='Town News: the daily paper of the lower town'>"
        "</head><body>" PAGE_NAV "<div class='row'><div class='box'><h1><a href='/2024/bridge'>"
        "Bridge reopens after repairs</a></h1><p>The old bridge over the river reopened on "
        "Friday after six months of repairs, the council said. Buses will use it again from "
        "Monday, and the ferry will stop at the end of the month.</p></div>" FOUR_CARDS
        "</div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The old bridge over the river reopened on Friday"));
    CHECK(!kept(text, "Farmers in the valley say"));
}

/* A roundup inside an article: picks, each a linked title (to a shop) and
 * a paragraph, are the article's text. */
static void test_picks_in_an_article(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<article><h1>The best books about rivers</h1>"
        "<p>Rivers have shaped towns, trade and wars for as long as people have written, and a "
        "few writers made that history read like a novel. These are the ones we reread.</p>"
        "<div class='pick'><h3><a href='https://shop.example.com/thames'>The Thames: Sacred "
        "River by Peter Ackroyd</a></h3><p>Ackroyd follows the river from its source to the "
        "sea and finds in it two thousand years of London.</p></div>"
        "<div class='pick'><h3><a href='https://shop.example.com/rhine'>The Rhine: Europe's "
        "River by Ben Coates</a></h3><p>Coates cycles and sails the length of the Rhine, from "
        "the Alps to Rotterdam, with humour.</p></div>"
        "<div class='pick'><h3><a href='https://shop.example.com/danube'>Danube, a journey by "
        "Claudio Magris</a></h3><p>Part travel book, part essay: Magris reads every town on "
        "the river's banks as a chapter of Europe.</p></div>"
        "</article></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "Rivers have shaped towns"));
    CHECK(kept(text, "Ackroyd follows the river"));
    CHECK(kept(text, "Magris reads every town"));
}

/* Rows of linked headings that are no teasers: a blog's front page of
 * whole posts (several paragraphs each), short sections headed by links
 * to their own anchors, a listicle's numbered items linked to their
 * photos, forum posts headed by their authors' names. All stay text. */
static void test_rows_that_are_not_teasers(void)
{
    const char *posts =
        "<html><body>" PAGE_NAV
        "<div class='post'><h2><a href='/p/1'>The dykes held, this time</a></h2>" STORY_OPENING "</div>"
        "<div class='post'><h2><a href='/p/2'>What the pumps can do</a></h2>" STORY_OPENING "</div>"
        "<div class='post'><h2><a href='/p/3'>A week on the river with the pumps</a></h2>" STORY_OPENING "</div>"
        "</body></html>";
    extract_page(posts, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "The council said"));

    const char *sections =
        "<html><body>" PAGE_NAV "<h1>Animal caretakers</h1><ul>"
        "<li><h4><a href='caretakers.htm#nature'>The nature of the work</a></h4><p>Caretakers feed, "
        "water, groom, bathe and exercise animals, and clean and repair their cages.</p></li>"
        "<li><h4><a href='caretakers.htm#conditions'>Working conditions and hours</a></h4><p>Some of the "
        "work may be unpleasant, and physically and emotionally demanding.</p></li>"
        "<li><h4><a href='caretakers.htm#employment'>Employment and earnings</a></h4><p>Animal caretakers held "
        "about 163,000 jobs; most worked in boarding kennels and shelters.</p></li>"
        "</ul></body></html>";
    extract_page(sections, text, sizeof text);
    CHECK(kept(text, "Caretakers feed, water, groom"));
    CHECK(kept(text, "Animal caretakers held about 163,000 jobs"));

    const char *listicle =
        "<html><body>" PAGE_NAV "<h1>Costumes to make at home</h1>"
        "<div class='slide'><h2><a href='/g/1'>1. The witch from the television series</a></h2>"
        "<p>A red jumper with a white collar and a black headband, and you are the teenage "
        "witch everyone knows.</p></div>"
        "<div class='slide'><h2><a href='/g/2'>2. The painter with the moustache</a></h2>"
        "<p>A striped shirt, a beret and a pencil moustache, drawn on with an eyeliner, make "
        "the painter in five minutes.</p></div>"
        "<div class='slide'><h2><a href='/g/3'>3. The detective from Baker Street</a></h2>"
        "<p>A checked cap, a long coat and a magnifying glass from the toy box: the detective "
        "needs nothing else.</p></div>"
        "</body></html>";
    extract_page(listicle, text, sizeof text);
    CHECK(kept(text, "A red jumper with a white collar"));
    CHECK(kept(text, "A checked cap, a long coat"));

    const char *thread =
        "<html><body>" PAGE_NAV "<h1>Patch notes 4.47</h1><div class='messages'>"
        "<div class='message'><h4><a href='/u/anna'>Anna Berg</a></h4><div class='body'>It is "
        "good that the system messages work now, and that one knows when who spawns.</div></div>"
        "<div class='message'><h4><a href='/u/ben'>Ben Kraus</a></h4><div class='body'>Fixed "
        "spawn times would be better for the pharaohs, at nine, twelve and three.</div></div>"
        "<div class='message'><h4><a href='/u/cleo'>Cleo Marn</a></h4><div class='body'>Some of "
        "the side characters are missing, and the notes do not say why they went.</div></div>"
        "</div></body></html>";
    extract_page(thread, text, sizeof text);
    CHECK(kept(text, "It is good that the system messages work now"));
    CHECK(kept(text, "Some of the side characters are missing"));
}

/* The page type of a page: what extraction makes of `html`. */
/* A metadata field extraction gives a page -- the title or the page type
 * -- and in `source` where it came from; "(none)" when it has none. */
static const char *field_of(const char *html, mt_meta_field f, char *source, size_t cap)
{
    static char value[128];
    strcpy(value, "(none)");
    source[0] = '\0';
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r = NULL;
    mt_status st = ex ? mt_extract(ex, html, strlen(html), NULL, &r) : MT_ERR_NOMEM;
    if ((st == MT_OK || st == MT_ERR_NO_CONTENT) && r) {
        const char *v = f == MT_META_TITLE ? r->meta.title : r->meta.pagetype;
        if (v) {
            snprintf(value, sizeof value, "%s", v);
            snprintf(source, cap, "%s", r->meta.source[f]);
        }
    }
    mt_extractor_free(ex);
    return value;
}

static const char *pagetype_of(const char *html, char *source, size_t cap)
{
    return field_of(html, MT_META_PAGETYPE, source, cap);
}

static const char *title_of(const char *html, char *source, size_t cap)
{
    return field_of(html, MT_META_TITLE, source, cap);
}

/* A page saved without its <head>, whose story is headed by an <h3>: the
 * text's heading titles it. A blog's day heading does not. */
static void test_title_from_the_texts_heading(void)
{
    char source[32];
    CHECK_STR(title_of("<body>" PAGE_NAV "<div class='story'><h3>River floods the lower town"
                       "</h3>" STORY_OPENING "</div></body>", source, sizeof source),
              "River floods the lower town");
    CHECK_STR(source, "content");
    CHECK_STR(title_of("<body>" PAGE_NAV "<div class='post'><h2>Friday, October 20, 2006</h2>"
                       STORY_OPENING "</div></body>", source, sizeof source),
              "(none)");
    CHECK_STR(title_of("<body>" PAGE_NAV "<div class='post'><h2>Posted on Friday, the 20th of "
                       "October, 2006</h2>" STORY_OPENING "</div></body>", source, sizeof source),
              "(none)");
    /* a heading in a script without spaces; two of its characters are a
     * section's name ("新闻", news) */
    CHECK_STR(title_of("<body><div class='story'><h3>\xe9\x95\xbf\xe6\xb1\x9f\xe4\xb8\xad\xe6\xb8\xb8"
                       "\xe5\xa4\x9a\xe5\x9c\xb0\xe5\x90\xaf\xe5\x8a\xa8</h3>" STORY_OPENING
                       "</div></body>", source, sizeof source),
              "\xe9\x95\xbf\xe6\xb1\x9f\xe4\xb8\xad\xe6\xb8\xb8\xe5\xa4\x9a\xe5\x9c\xb0"
              "\xe5\x90\xaf\xe5\x8a\xa8");
    CHECK_STR(title_of("<body><div class='story'><h3>\xe6\x96\xb0\xe9\x97\xbb</h3>" STORY_OPENING
                       "</div></body>", source, sizeof source),
              "(none)");
    /* one word is a section's name */
    CHECK_STR(title_of("<body>" PAGE_NAV "<div class='story'><h2>Contents</h2>" STORY_OPENING
                       "</div></body>", source, sizeof source),
              "(none)");
    /* text too short to keep (--min-length) titles nothing */
    mt_options opts;
    mt_options_default(&opts);
    opts.min_length = 5000;
    mt_extractor *ex = mt_extractor_new(&opts, NULL);
    const mt_result *r = NULL;
    const char *page = "<body><div class='story'><h3>River floods the lower town</h3>"
                       STORY_OPENING "</div></body>";
    CHECK_INT(mt_extract(ex, page, strlen(page), NULL, &r), MT_ERR_NO_CONTENT);
    CHECK(r && r->meta.title == NULL);
    mt_extractor_free(ex);
    /* a declared title stays */
    CHECK_STR(title_of("<head><title>Floods in the lower town</title></head><body>" PAGE_NAV
                       "<div class='story'><h3>River floods the lower town</h3>" STORY_OPENING
                       "</div></body>", source, sizeof source),
              "Floods in the lower town");
}

/* The authors extraction gives a page, joined by "; ". */
static const char *authors_of(const char *html)
{
    static char names[256];
    names[0] = '\0';
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r = NULL;
    mt_status st = ex ? mt_extract(ex, html, strlen(html), NULL, &r) : MT_ERR_NOMEM;
    for (size_t i = 0; (st == MT_OK || st == MT_ERR_NO_CONTENT) && r && i < r->meta.nauthors; i++)
        snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", i ? "; " : "",
                 r->meta.authors[i]);
    mt_extractor_free(ex);
    return names;
}

/* A page of teaser cards and nothing else is a listing; a page that says
 * it is an article stays one. */
static void test_index_is_a_listing(void)
{
    char source[32];
    const char *index = "<html><head><meta property='og:type' content='website'></head><body>"
                        PAGE_NAV "<h1>Latest news</h1>" FOUR_CARDS "</body></html>";
    CHECK_STR(pagetype_of(index, source, sizeof source), "listing");
    CHECK_STR(source, "teasers");
    /* the lead teaser's byline, under the page's heading, names no author
     * of the listing ... */
    const char *bylined =
        "<html><body>" PAGE_NAV "<h1>Latest news</h1>"
        "<div class='box'><h2><a href='/bridge'>Bridge reopens after six months of repairs</a>"
        "</h2><p class='byline'>By Jane Doe</p><p>The old bridge reopened on Friday...</p></div>"
        FOUR_CARDS "</body></html>";
    CHECK_STR(pagetype_of(bylined, source, sizeof source), "listing");
    CHECK_STR(authors_of(bylined), "");
    /* ... but a byline outside the cards (a clip's page with too little
     * text for content, and related stories below) is the page's */
    const char *clip = "<html><body>" PAGE_NAV "<h1>Latest news</h1><p>By Jane Doe</p>"
                       FOUR_CARDS "</body></html>";
    CHECK_STR(authors_of(clip), "Jane Doe");
    const char *declared = "<html><head><meta property='og:type' content='article'></head><body>"
                           PAGE_NAV "<h1>Latest news</h1>" FOUR_CARDS "</body></html>";
    CHECK_STR(pagetype_of(declared, source, sizeof source), "article");
    const char *story = "<html><body>" PAGE_NAV "<div class='story'><h1>Floods in the lower town</h1>"
                        STORY_OPENING "</div>" FOUR_CARDS "</body></html>";
    CHECK(strcmp(pagetype_of(story, source, sizeof source), "listing") != 0);
}

/* A page built by scripts: the body holds an empty shell and the article
 * is in <noscript>, for readers without scripts. Parsed with scripting on
 * (the default) that is one text node; when nothing else is found, the
 * page is read again as a browser without scripts shows it. */
static void test_article_only_in_noscript(void)
{
    const char *html =
        "<html><head><title>Floods</title><script src='/app.js'></script></head><body>"
        "<div id='root'><div class='shell'><a href='/'>Home</a></div></div>"
        "<noscript><article><h1>The river rose all night</h1>"
        STORY_OPENING
        "</article></noscript>"
        "<script>window.__STATE__={};</script></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night, and by morning"));
    CHECK(kept(text, "The council said, late on Wednesday"));
    CHECK(!kept(text, "__STATE__"));
}

/* The same, the <noscript> written where the head's elements stand (no
 * <body> tag before it): the parser puts it in <head>, where a browser
 * without scripts does not leave its markup (its <article> opens the
 * body). It is read again all the same. */
static void test_article_in_noscript_before_body(void)
{
    const char *html =
        "<!DOCTYPE html><title>Floods</title><script src='/app.js'></script>"
        "<noscript><article><h1>The river rose all night</h1>"
        STORY_OPENING
        "</article></noscript>"
        "<div id='root'></div>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night, and by morning"));
    CHECK(kept(text, "The council said, late on Wednesday"));
}

/* A labelled box right after the text (a press release's media contact)
 * is its last part; the tag list after it, in links, is not, nor is a
 * second box. */
static void test_labelled_box_after_text(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<article><h1>Floods</h1>"
        "<div class='release-body' itemprop='articleBody'>" STORY_OPENING "</div>"
        "<div class='release-contact'><h2>Contacts</h2><p>Media:<br>Jane Moss<br>"
        "River Council<br>press@council.example<br>+44 20 5550 0188</p></div>"
        "<div class='box'><h2>Opening hours</h2><p>Monday to Friday, 9am to 5pm.</p></div>"
        "</article><div class='topics'><h3>Topics</h3><a href='/t/floods'>Floods</a> "
        "<a href='/t/weather'>Weather</a></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The council said, late on Wednesday"));
    CHECK(kept(text, "Jane Moss"));
    CHECK(kept(text, "press@council.example"));
    CHECK(!kept(text, "Monday to Friday"));
    CHECK(!kept(text, "Weather"));
}

/* A mailing list's thread: the first post's text wins, the replies below
 * it are boxes of the same shape named comments. They are the page's
 * text; the posts' headers (who, when) are not. */
static void test_thread_replies_are_content(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<h3>Proposal: close the lower streets</h3>"
        "<section id='thread'><div class='email email-first'>"
        "<div class='email-header'><div class='date'>Wed, 20 Mar 2024</div></div>"
        "<div class='email-body'>" STORY_OPENING "</div></div>"
        "<div class='replies'><div class='email'>"
        "<div class='email-header'><div class='date'>Thu, 21 Mar 2024</div></div>"
        "<div class='email-body'><p>Agreed, and the pumps should run from the old mill "
        "race too, since it drains the market square first.</p></div></div></div>"
        "</section></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "Agreed, and the pumps should run"));
    CHECK(!kept(text, "21 Mar 2024"));
}

/* An article whose comments are boxes of its own shape: the article's box
 * holds the headline, the comments' do not. They stay comments. */
static void test_article_comments_of_same_shape(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div class='card'><h1>Floods</h1>"
        "<div class='card-body'>" STORY_OPENING "</div></div>"
        "<div class='comments'><div class='card'><div class='card-body'><p>Great "
        "reporting, as always, and thanks to the volunteers.</p></div></div></div>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(!kept(text, "Great reporting"));
}

/* A page built by scripts whose shell shows a line of its own (a notice
 * that the app is loading, long enough to be kept) while its <noscript>
 * holds the article: the page is read as a browser without scripts shows
 * it, which keeps more. */
static void test_noscript_holds_most_text(void)
{
    const char *html =
        "<html><head><title>Floods</title></head><body>"
        "<div id='root'><p class='loading'>Loading the latest edition of the Riverside "
        "Weekly, please wait a moment.</p></div>"
        "<noscript><article><h1>The river rose all night</h1>"
        STORY_OPENING
        "</article></noscript></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night, and by morning"));
    CHECK(kept(text, "The council said, late on Wednesday"));
}

/* A labelled box after the text may hold a link beside its lines (an
 * obituary's service times, each with "Get directions"); a box headed as
 * a comment thread does not join, whatever its markup says, nor a box
 * after an <article>, which says where the text ends. */
static void test_labelled_box_with_a_link(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<h1>Floods</h1><div class='text'>" STORY_OPENING "</div>"
        "<div class='services'><h2>Services</h2><div><h3>Visitation</h3><p>Friday, March 8, "
        "2024, 10:00 AM to 11:00 AM<br>Bethany Church, 1504 Superior Street</p>"
        "<a href='/map'>Directions</a></div></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "Friday, March 8, 2024, 10:00 AM"));
    const char *thread =
        "<html><body>" PAGE_NAV "<h1>Floods</h1><div class='text'>" STORY_OPENING "</div>"
        "<div class='box'><h2>Comments<a href='#form'>&raquo;</a></h2>"
        "<p>No comments yet, be the first.</p></div></body></html>";
    extract_page(thread, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(!kept(text, "No comments yet"));
    const char *appeal =
        "<html><body>" PAGE_NAV "<article><h1>Floods</h1>" STORY_OPENING "</article>"
        "<section class='epic'><h2>We have a favour to ask</h2><p>Readers rely on us for "
        "independent journalism. If you can, please support us.</p>"
        "<a href='/support'>Support us</a></section></body></html>";
    extract_page(appeal, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(!kept(text, "favour to ask"));
}

/* A blog's comments in boxes of the post's own shape, under a heading that
 * names them ("2 comments"), the headline above the post's box: they stay
 * comments. */
static void test_blog_comments_under_thread_heading(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div class='main'><h1>Floods</h1>"
        "<div class='entry'><div class='entry-meta'>March 12, 2024</div>"
        "<div class='entry-content'>" STORY_OPENING "</div></div>"
        "<div class='comments'><h3>2 comments</h3>"
        "<div class='entry comment'><div class='entry-meta'>Tom, March 13, 2024</div>"
        "<div class='entry-content'><p>Great reporting, as always, and thanks to the "
        "volunteers who filled the sandbags.</p></div></div>"
        "<div class='entry comment'><div class='entry-meta'>Priya, March 14, 2024</div>"
        "<div class='entry-content'><p>Which roads were closed on the second night? The "
        "bridge was open when we drove past.</p></div></div></div></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(!kept(text, "Great reporting"));
    CHECK(!kept(text, "Which roads were closed"));
}

/* A page laid out with a table: the text in its cell, then, beside the
 * table, a line naming the comment thread and the readers' posts as plain
 * paragraphs. The posts read as running text, but what follows the
 * thread's label is not the article's. */
static void test_posts_after_thread_label_beside_text(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<div class='page'><h1>Floods</h1><table><tr><td>"
        STORY_OPENING "</td></tr></table><div class='hd'>Comments</div>"
        "<p>Great reporting, as always, and thanks to the volunteers who filled the "
        "sandbags on the second night.</p><p>Posted by Tom on March 13, 2024</p>"
        "<p>Which roads were closed on the second night? The bridge was open when we "
        "drove past, I am sure of it.</p></div></body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(kept(text, "The council said"));
    CHECK(!kept(text, "Great reporting"));
    CHECK(!kept(text, "Which roads were closed"));
}

/* A sign-up box after the text reads like a labelled box (a heading, a
 * sentence) but holds a form: it is the site's, not the text's. */
static void test_signup_box_after_text(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<h1>Floods</h1><div class='text'>" STORY_OPENING "</div>"
        "<div class='box'><h3>Get the morning briefing</h3><p>Our editors' pick of the "
        "day's news, every weekday morning. It's free.</p><form action='/s'>"
        "<input type='email' placeholder='Your email'><button>Sign up</button></form></div>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(!kept(text, "morning briefing"));
    CHECK(!kept(text, "editors' pick"));
}

/* A box after the text headed by a notice's words (an appeal for money,
 * "Already a subscriber?") is the site's, though it reads like a labelled
 * box: a heading over a sentence. */
static void test_notice_box_after_text(void)
{
    const char *html =
        "<html><body>" PAGE_NAV "<h1>Floods</h1><div class='text'>" STORY_OPENING "</div>"
        "<div class='box'><h3>Support local journalism</h3><p>Reporting like this costs "
        "money. A few pounds a month keeps our reporters in the council chambers.</p></div>"
        "</body></html>";
    extract_page(html, text, sizeof text);
    CHECK(kept(text, "The river rose all night"));
    CHECK(!kept(text, "Reporting like this costs money"));
}

/* MT_FOCUS_WHOLE_PAGE keeps every block the page shows -- the menu, the
 * teasers, the footer, a comment thread -- in the page's order, and only
 * what is never shown is left out. */
static void test_whole_page(void)
{
    const char *html =
        "<html><head><title>Flood</title><style>p { color: red }</style></head><body>"
        PAGE_NAV "<main><h1>Flood closes the lower town</h1>" STORY_OPENING "</main>"
        "<div class='related'><h2>More news</h2><ul><li><a href='/a'>Ferry timetable "
        "changes</a></li><li><a href='/b'>Market hall to open late</a></li></ul></div>"
        "<div id='comments'><h3>2 comments</h3><p>Ann: we moved the car just in time.</p></div>"
        "<div style='display:none'>Hidden offer text</div><script>var secret = 1;</script>"
        "<footer><p>&copy; 2024 The Herald</p></footer></body></html>";
    mt_options opts;
    mt_options_default(&opts);
    extract_with(html, &opts, 0, text, sizeof text);
    CHECK(kept(text, "The river rose all night") && !kept(text, "About us") &&
          !kept(text, "Ferry timetable"));      /* the selection, for contrast */

    opts.focus = MT_FOCUS_WHOLE_PAGE;
    opts.include |= MT_INCLUDE_COMMENTS;
    extract_with(html, &opts, 0, text, sizeof text);
    const char *in_order[] = { "About us", "Flood closes the lower town",
                               "The river rose all night", "Ferry timetable changes",
                               "we moved the car", "2024 The Herald" };
    const char *at = text;
    for (size_t i = 0; i < sizeof in_order / sizeof *in_order; i++) {
        const char *found = strstr(at, in_order[i]);
        CHECK(found != NULL);
        at = found ? found : at;
    }
    CHECK(!kept(text, "Hidden offer") && !kept(text, "secret") && !kept(text, "color"));
    extract_with(html, &opts, 1, text, sizeof text);
    CHECK_STR(text, "");                        /* the comments are in the text */

    /* a page that shows nothing has no content; min_length still counts */
    mt_extractor *ex = mt_extractor_new(&opts, NULL);
    const mt_result *r;
    const char *blank = "<html><body><div hidden>Nothing to see</div><script>x()</script></body></html>";
    CHECK_INT(mt_extract(ex, blank, strlen(blank), NULL, &r), MT_ERR_NO_CONTENT);
    mt_extractor_free(ex);
    opts.min_length = 100000;
    ex = mt_extractor_new(&opts, NULL);
    CHECK_INT(mt_extract(ex, html, strlen(html), NULL, &r), MT_ERR_NO_CONTENT);
    mt_extractor_free(ex);
    opts.focus = (mt_focus)4;                   /* no such focus */
    mt_status st = MT_OK;
    CHECK(mt_extractor_new(&opts, &st) == NULL);
    CHECK_INT(st, MT_ERR_INVALID_ARG);
}

int main(void)
{
    RUN(test_text_continues_beside_wrappers);
    RUN(test_text_in_cousin_boxes);
    RUN(test_text_in_sibling_modules);
    RUN(test_text_in_unclosed_boxes);
    RUN(test_about_box_before_the_article);
    RUN(test_standfirst_named_teaser);
    RUN(test_header_box_named_as_menu);
    RUN(test_main_holds_sections);
    RUN(test_teaser_cards_are_not_alternatives);
    RUN(test_whole_page_of_one_line);
    RUN(test_long_sidebar_beside_short_post);
    RUN(test_sidebar_text_no_evidence_for_wrapper);
    RUN(test_standfirst_after_joined_headline);
    RUN(test_author_box_below_short_post);
    RUN(test_date_header_beside_post);
    RUN(test_headline_after_joined_date_header);
    RUN(test_text_continues_after_layout_table);
    RUN(test_text_in_two_cells_of_a_row);
    RUN(test_side_columns_of_layout_row);
    RUN(test_small_ads_column_is_no_twin);
    RUN(test_link_column_beside_text_cell);
    RUN(test_fractional_width_is_a_percentage);
    RUN(test_news_column_in_width_left);
    RUN(test_side_column_does_not_stop_widening);
    RUN(test_data_table_within_text);
    RUN(test_code_in_table_cell);
    RUN(test_short_page_in_layout_box);
    RUN(test_twin_in_another_branch);
    RUN(test_only_text_in_sidebar);
    RUN(test_index_of_cards);
    RUN(test_category_intro_over_cards);
    RUN(test_index_of_script_addresses);
    RUN(test_search_results_are_an_index);
    RUN(test_picture_post_beside_cards);
    RUN(test_footer_does_not_continue_the_text);
    RUN(test_story_in_a_row_of_cards);
    RUN(test_picks_in_an_article);
    RUN(test_story_with_linked_h1_beside_cards);
    RUN(test_rows_that_are_not_teasers);
    RUN(test_index_is_a_listing);
    RUN(test_title_from_the_texts_heading);
    RUN(test_article_only_in_noscript);
    RUN(test_article_in_noscript_before_body);
    RUN(test_noscript_holds_most_text);
    RUN(test_labelled_box_after_text);
    RUN(test_labelled_box_with_a_link);
    RUN(test_thread_replies_are_content);
    RUN(test_article_comments_of_same_shape);
    RUN(test_blog_comments_under_thread_heading);
    RUN(test_posts_after_thread_label_beside_text);
    RUN(test_signup_box_after_text);
    RUN(test_notice_box_after_text);
    RUN(test_whole_page);
    return harness_finish();
}
