/* test_vocab.c -- what class names, roles and short lines say to the
 * extractor (src/extract/vocab.c). */
#include "harness.h"
#include "extract/internal.h"

static vocab_cache cache;

/* The kinds of a <div> (or `tag`) with one attribute. */
static unsigned kinds_of(mt_tag tag, const char *attr, const char *value)
{
    mt_attr a = { attr, value, (uint32_t)strlen(attr), (uint32_t)strlen(value), 0 };
    mt_node n;
    memset(&n, 0, sizeof n);
    n.type = MT_NODE_ELEMENT;
    n.tag = tag;
    n.attrs = &a;
    n.nattrs = 1;
    unsigned hiding;
    return mt_vocab_classify(&n, &cache, &hiding, NULL);
}

static unsigned div_class(const char *value)
{
    return kinds_of(MT_TAG_DIV, "class", value);
}

static void test_words_in_every_bucket(void)
{
    /* one word per first letter of the table: a table out of order would
     * hide every word of the buckets after the disorder */
    CHECK(div_class("ad-slot") & K_AD);
    CHECK(div_class("breadcrumbs") & K_NAV);
    CHECK(div_class("comments-area") & K_COMMENT);
    CHECK(div_class("disqus_thread") & K_COMMENT);
    CHECK(div_class("entry-content") & K_CONTENT);
    CHECK(div_class("site-footer") & K_FOOTER);
    CHECK(div_class("gdpr-banner") & K_NOTICE);
    CHECK(div_class("hentry") & K_CONTENT);
    CHECK(div_class("login-form") & K_NOTICE);
    CHECK(div_class("main-menu") & K_NAV);
    CHECK(div_class("newsletter-signup") & K_NOTICE);
    CHECK(div_class("outbrain") & K_RELATED);
    CHECK(div_class("post") & K_CONTENT);
    CHECK(div_class("related-posts") & K_RELATED);
    CHECK(div_class("social-share") & K_SHARE);
    CHECK(div_class("tags") & K_META);
    CHECK(div_class("userinfo") & K_ABOUT);
    CHECK(div_class("vote") & K_NOTICE);
    CHECK(div_class("whatsapp") & K_SHARE);
}

static void test_name_shapes(void)
{
    CHECK(div_class("articleBody") & K_CONTENT);          /* camelCase */
    CHECK(div_class("leftsidebar") & K_SIDEBAR);          /* compound */
    CHECK(div_class("author-bio") & K_ABOUT);             /* two words together */
    CHECK(!(div_class("profile_bio") & K_ABOUT));         /* a company profile */
    CHECK(div_class("message-user") & K_ABOUT);           /* forum user panel */
    CHECK(div_class("affiliate-disclosure") & K_NOTICE);
    CHECK(div_class("disclaimerBox") & K_NOTICE);
    CHECK(div_class("entry-author") & K_AUTHOR);          /* a byline or a bio */
    CHECK(div_class("autor") & K_AUTHOR);
    CHECK(!(div_class("user-content") & K_AUTHOR));       /* only the author words */
    CHECK(!(div_class("author-bio") & K_AUTHOR));         /* an author box outright */
    CHECK(div_class("commentary") & K_CONTENT);           /* a genre, not a thread */
    CHECK(!(div_class("commentary") & K_COMMENT));
    /* taxonomy and script hooks say nothing */
    CHECK(div_class("tag-social-media category-sharing") == 0);
    CHECK(div_class("js-social-images") == 0);
    /* what an element holds is not what it is */
    CHECK(div_class("has-sharing") == 0);
    CHECK(div_class("header has-sharing") == (K_HEADER | K_WEAK));
    CHECK(div_class("page-with-sidebar") == 0);
    /* ... but what comes before the modifier still says what it is */
    CHECK(div_class("comments-with-avatars") & K_COMMENT);
    CHECK(div_class("sidebar-has-widgets") & K_SIDEBAR);
    CHECK(div_class("share-bar") & K_SHARE);
    /* a generated control path is named by its last step */
    CHECK(!(div_class("ctl00_ContentPlaceHolder_article_NavWebPart_Article") & K_NAV));
    /* weak words only: marked weak, and dropped by mt_strong_kinds */
    unsigned w = div_class("widget Blog");
    CHECK((w & K_SIDEBAR) && (w & K_WEAK));
    CHECK(!(mt_strong_kinds(w) & K_SIDEBAR));
    CHECK(!(div_class("sidebar widget") & K_WEAK));
}

static void test_roles_tags_and_hiding(void)
{
    CHECK(kinds_of(MT_TAG_DIV, "role", "navigation") & K_NAV);
    CHECK(kinds_of(MT_TAG_DIV, "role", "main") & K_MAIN);
    CHECK(kinds_of(MT_TAG_DIV, "role", "button") & K_NAV);
    CHECK(kinds_of(MT_TAG_NAV, "id", "x") & K_NAV);
    CHECK(kinds_of(MT_TAG_DIV, "itemprop", "articleBody") & K_MAIN);
    CHECK(kinds_of(MT_TAG_DIV, "style", "color: red; DISPLAY : none") & K_HIDDEN);
    CHECK(kinds_of(MT_TAG_DIV, "aria-hidden", "true") & K_HIDDEN);
    /* a block element's hidden class name: the names before it are known
     * visible and it hidden from the hiding question, ids are asked anew */
    CHECK(div_class("menu-item visually-hidden") & K_HIDDEN);
    CHECK(div_class("VisuallyHidden menu-item") & K_HIDDEN);
    CHECK(!(div_class("menu-item sidebar") & K_HIDDEN));
    CHECK(kinds_of(MT_TAG_DIV, "id", "sr-only") & K_HIDDEN);
    /* inline elements: only hidden classes count */
    CHECK(kinds_of(MT_TAG_SPAN, "class", "sr-only") & K_HIDDEN);
    CHECK(kinds_of(MT_TAG_A, "class", "headerlink") & K_HIDDEN);
    CHECK(kinds_of(MT_TAG_SPAN, "class", "social-share") == 0);
    /* a credit inside a caption line */
    CHECK(kinds_of(MT_TAG_SPAN, "class", "photo-credit") & K_CREDIT);
    unsigned hiding = 0;
    mt_vocab_classify(&(mt_node){ .type = MT_NODE_ELEMENT, .tag = MT_TAG_SPAN,
                                  .attrs = &(mt_attr){ "class", "credit", 5, 6, 0 },
                                  .nattrs = 1 }, &cache, &hiding, NULL);
    CHECK(hiding & K_CREDIT);
}

static void test_phrases(void)
{
    CHECK(mt_vocab_boilerplate_phrase("Skip to main content", 20));
    CHECK(mt_vocab_boilerplate_phrase("  Mehr zum Thema:", 17));
    CHECK(mt_vocab_boilerplate_phrase("Tags:", 5));
    CHECK(mt_vocab_boilerplate_phrase("Contenido Relacionado", 21));
    CHECK(mt_vocab_boilerplate_phrase("Verwandte Themenbereiche", 24));
    CHECK(mt_vocab_boilerplate_phrase("\xc3\x80 d\xc3\xa9" "couvrir", 13));  /* À découvrir */
    CHECK(!mt_vocab_boilerplate_phrase("Tagsüber war es warm.", strlen("Tagsüber war es warm.")));
    CHECK(!mt_vocab_boilerplate_phrase("The council met on Monday.", 26));
    /* calls to act, paywall notices, disclaimers; marks before the words */
    CHECK(mt_vocab_boilerplate_phrase("Never miss the latest news by signing up today!", 47));
    CHECK(mt_vocab_boilerplate_phrase("*Werbung. Dieser Beitrag enth\xc3\xa4lt Werbung.", 42));
    CHECK(mt_vocab_boilerplate_phrase("(Alle Angaben ohne Gew\xc3\xa4hr)", 27));
    CHECK(mt_vocab_boilerplate_phrase("S\xc3\xadguenos en Telegram y Twitter", 31));
    CHECK(!mt_vocab_boilerplate_phrase("(The council met on Monday.)", 28));
    CHECK(mt_vocab_boilerplate_phrase("Themen in diesem Artikel", 24));
    CHECK(mt_vocab_boilerplate_phrase("Kontakt", 7));
    CHECK(!mt_vocab_boilerplate_phrase("Kontakt zur Redaktion halten wir.", 33));
    CHECK(mt_vocab_boilerplate_phrase("Get Adobe Flash player", 22));
    /* blog engines' filing and trackback lines, print and e-mail links */
    CHECK(mt_vocab_boilerplate_phrase("Posted in: Fantasy |", 20));
    CHECK(mt_vocab_boilerplate_phrase("TrackBack URL for this entry:", 29));
    CHECK(mt_vocab_boilerplate_phrase("Printer friendly page", 21));
    CHECK(mt_vocab_boilerplate_phrase("Send this article to Friends by E-Mail", 38));
    CHECK(mt_vocab_boilerplate_phrase("Posted in: News, Sport", 22));
    CHECK(mt_vocab_boilerplate_phrase("Explore related topics: baby, georgia", 37));
    CHECK(mt_vocab_boilerplate_phrase("Printer-friendly version", 24));
    CHECK(!mt_vocab_boilerplate_phrase("Send this article's author a note.", 34));
    /* teaser-list and player labels count alone only */
    CHECK(mt_vocab_boilerplate_phrase("Don't Miss", 10));
    CHECK(mt_vocab_boilerplate_phrase("Don\xe2\x80\x99t Miss", 12));
    CHECK(mt_vocab_boilerplate_phrase("Most Popular Stories", 20));
    CHECK(mt_vocab_boilerplate_phrase("Most popular", 12));
    CHECK(mt_vocab_boilerplate_phrase("Latest News", 11));
    CHECK(mt_vocab_boilerplate_phrase("Text Size", 9));
    CHECK(mt_vocab_boilerplate_phrase("Play Video", 10));
    CHECK(mt_vocab_boilerplate_phrase("Read more...", 12));
    CHECK(mt_vocab_boilerplate_phrase("MEISTGELESEN", 12));
    CHECK(mt_vocab_boilerplate_phrase("TrackBack", 9));
    CHECK(mt_vocab_boilerplate_phrase("Trackbacks", 10));
    CHECK(mt_vocab_boilerplate_phrase("Blog Archive", 12));
    CHECK(mt_vocab_boilerplate_phrase("Read more\xe2\x80\xa6", 12));
    CHECK(!mt_vocab_boilerplate_phrase("Read more about the study in the journal.", 41));
    /* an embedded post's placeholder */
    CHECK(mt_vocab_boilerplate_phrase("View this post on Instagram", 27));
    CHECK(mt_vocab_boilerplate_phrase("Sieh dir diesen Beitrag auf Instagram an", 40));
    CHECK(!mt_vocab_boilerplate_phrase("Don't miss the second half of the debate.", 41));
    CHECK(!mt_vocab_boilerplate_phrase("Latest news from the front was grim.", 36));
    CHECK(mt_vocab_credit_line("Abbildung: Karte des Mattertals", 31));
    CHECK(mt_vocab_filing_line("This entry was posted on Monday, May 5th, 2012 and is filed under News.", 71));
    CHECK(!mt_vocab_filing_line("This entry was the last the keeper wrote.", 41));
    CHECK(mt_vocab_credit_line("Foto: dpa", 9));
    CHECK(mt_vocab_credit_line("(Photo: Reuters)", 16));
    CHECK(!mt_vocab_credit_line("Photosynthesis needs light.", 27));
    /* notices, matched however long they run; the phrase table has them
     * no more */
    CHECK(mt_vocab_notice_line("We use cookies to give you the best experience. By continuing "
                               "to browse you agree.", 82));
    CHECK(mt_vocab_notice_line("  Wir  respektieren deine Privatsph\xc3\xa4re und stellen "
                               "deshalb keine Verbindung her.", 81));
    CHECK(!mt_vocab_notice_line("We use the river for drinking water.", 36));
    CHECK(!mt_vocab_boilerplate_phrase("We use cookies", 14));
}

/* The classification reports an <a>'s href, which the walk asks of every
 * link, from the attributes it reads anyway. */
static void test_href_reported(void)
{
    mt_attr attrs[] = { { "class", "more", 5, 4, 0 }, { "href", "/next", 4, 5, 0 } };
    mt_node n;
    memset(&n, 0, sizeof n);
    n.type = MT_NODE_ELEMENT;
    n.tag = MT_TAG_A;
    n.attrs = attrs;
    n.nattrs = 2;
    unsigned hiding;
    const mt_attr *href = NULL;
    mt_vocab_classify(&n, &cache, &hiding, &href);
    CHECK(href == &attrs[1]);
    n.nattrs = 1;
    mt_vocab_classify(&n, &cache, &hiding, &href);
    CHECK(href == NULL);
}

/* A comment thread's heading: a label alone, with a count before or
 * after it, or an opening line; words that are also a section's heading
 * only with a count; nothing inside a sentence. */
static void test_comment_headings(void)
{
#define HEAD(s) mt_vocab_comment_heading(s, strlen(s))
    CHECK(HEAD("Comments"));
    CHECK(HEAD("Comments (3)"));
    CHECK(HEAD("12 Kommentare:"));
    CHECK(HEAD("YOUR SAY"));
    CHECK(HEAD("Leave a Reply"));
    CHECK(HEAD("4 thoughts on \xe2\x80\x9c" "Floods in the lower town\xe2\x80\x9d"));
    CHECK(HEAD("Discussion (12)"));
    CHECK(HEAD("1 Comment"));
    CHECK(HEAD("Comments are now closed for this story"));
    CHECK(!HEAD("Discussion"));
    CHECK(!HEAD("Comment"));
    CHECK(!HEAD("5 thoughts on the budget"));
    CHECK(!HEAD("Comments from the minister were brief."));
    CHECK(!HEAD("3D comments"));
    CHECK(HEAD("Reactions 4:"));
    CHECK(!HEAD("Reactions (a)"));
    CHECK(!HEAD("(12)"));
    CHECK(mt_vocab_thread_closed("Comments are closed.", 20));
    CHECK(!mt_vocab_thread_closed("Comments", 8));
#undef HEAD
}

int main(void)
{
    RUN(test_words_in_every_bucket);
    RUN(test_name_shapes);
    RUN(test_roles_tags_and_hiding);
    RUN(test_phrases);
    RUN(test_href_reported);
    RUN(test_comment_headings);
    return harness_finish();
}
