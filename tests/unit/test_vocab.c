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
    CHECK(div_class("noprint") & K_SIDEBAR);              /* left out of print */
    CHECK(!(div_class("noprint") & K_HIDDEN));            /* but shown */
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
    CHECK(div_class("product-reviews") & K_COMMENT);      /* customers' reviews */
    CHECK(div_class("wp-block-pullquote") & K_PULLQUOTE);
    CHECK(div_class("pull-quote-large") & K_PULLQUOTE);   /* two words together */
    CHECK(div_class("pullQuote") & K_PULLQUOTE);
    CHECK(!(div_class("pull-right quote-box") & K_PULLQUOTE));
    CHECK(div_class("editors-choice") & K_RELATED);       /* two words together */
    CHECK(div_class("module editors_choice") & K_RELATED);
    CHECK(div_class("editorPicksWide") & K_RELATED);
    CHECK(div_class("editorschoicepanel") & K_RELATED);   /* compound */
    CHECK(!(div_class("editor") & K_RELATED));             /* a byline's role */
    CHECK(!(div_class("editor-note") & K_RELATED));
    CHECK(!(div_class("choice-list") & K_RELATED));        /* a quiz's answers */
    CHECK(div_class("category-editors-choice") == 0);     /* taxonomy */
    CHECK(!(div_class("review-body") & K_COMMENT));       /* a review, the article */
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
    CHECK(div_class("status-publish") == 0);
    /* ... but a BEM element of a box so named is a part of it */
    CHECK(div_class("status__replies") & K_COMMENT);
    CHECK(div_class("detailed-status") == 0);
    CHECK(div_class("js-social-images") == 0);
    /* what an element holds is not what it is */
    CHECK(div_class("has-sharing") == 0);
    CHECK(div_class("header has-sharing") == (K_HEADER | K_WEAK));
    CHECK(div_class("page-with-sidebar") == 0);
    /* ... nor a state it is in, written with dashes or in camel case */
    CHECK(div_class("paywall") & K_NOTICE);
    CHECK(div_class("isPaywall") == 0);
    /* Bootstrap's callout component: a note in an article, a banner out of
     * one (features.c); a site's own alert is a notice */
    CHECK(div_class("alert alert-info") == K_CALLOUT);
    CHECK(div_class("theme-admonition alert alert--warning") == K_CALLOUT);
    CHECK(div_class("alert-banner") & K_NOTICE);
    CHECK(div_class("site-alert") & K_NOTICE);
    /* with a dash, "is" says what the element is */
    CHECK(div_class("is-sponsored") & K_AD);
    CHECK(div_class("is-sidebar") & K_SIDEBAR);
    /* a control path is still read by its last step past a modifier */
    CHECK(div_class("ctl00_main_IsLoggedIn_pnl_NavWebPart_Comments") & K_COMMENT);
    CHECK(div_class("hasSidebar") == 0);
    CHECK(!(div_class("leadArtWithAds") & K_AD));
    CHECK(div_class("is-hidden") == K_HIDDEN);
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
    /* the editor's links beside a wiki's or a blog's headings ("[edit]");
     * not what a site leaves out of its printed pages (some mark whole
     * articles so) */
    CHECK(kinds_of(MT_TAG_SPAN, "class", "mw-editsection") & K_HIDDEN);
    CHECK(kinds_of(MT_TAG_SPAN, "class", "edit-link") & K_HIDDEN);
    /* a footnote's link back to its mark */
    CHECK(kinds_of(MT_TAG_A, "class", "footnote-backref") & K_HIDDEN);
    CHECK(kinds_of(MT_TAG_A, "class", "reversefootnote") & K_HIDDEN);
    CHECK(!(div_class("post noprint") & K_HIDDEN));
    CHECK(!(div_class("col-md-8 d-print-none") & K_HIDDEN));
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
    /* lines that are boilerplate wherever they stand */
    static const char *const phrases[] = {
        "Skip to main content",
        "  Mehr zum Thema:",
        "Tags:",
        "Contenido Relacionado",
        "Verwandte Themenbereiche",
        "\xc3\x80 d\xc3\xa9" "couvrir",     /* À découvrir */
        /* calls to act, paywall notices, disclaimers; marks before the words */
        "Never miss the latest news by signing up today!",
        "*Werbung. Dieser Beitrag enth\xc3\xa4lt Werbung.",
        "(Alle Angaben ohne Gew\xc3\xa4hr)",
        "S\xc3\xadguenos en Telegram y Twitter",
        "Themen in diesem Artikel",
        "Kontakt",
        "Get Adobe Flash player",
        /* help centres' and Q&A sites' widgets, a player's ad fallback, the
         * button beside a code block, tag labels in other scripts */
        "Was this helpful?",
        "Have more questions? Submit a request",
        "Not the answer you're looking for? Browse other questions tagged sourdough",
        "Ad could not be loaded",
        "Copy code",
        "\xe0\xa4\x9f\xe0\xa5\x88\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb8:",   /* टैग्स: */
        /* blog engines' filing and trackback lines, print and e-mail links */
        "Posted in: Fantasy |",
        "TrackBack URL for this entry:",
        "Printer friendly page",
        "Send this article to Friends by E-Mail",
        "Posted in: News, Sport",
        "Explore related topics: baby, georgia",
        "Printer-friendly version",
        /* an empty thread's note */
        "There are currently no comments for this entry.",
        "There are no comments posted for this article.",
        "There are currently no comments.",
        "Be the first to comment!",
        "Be the first to comment",
        "Be the first to comment on this article",
        /* teaser-list and player labels count alone only */
        "Don't Miss",
        "Don\xe2\x80\x99t Miss",
        "Most Popular Stories",
        "Most popular",
        "Latest News",
        "Text Size",
        "Play Video",
        "Read more...",
        "MEISTGELESEN",
        "TrackBack",
        "Trackbacks",
        "Blog Archive",
        "Read more\xe2\x80\xa6",
        /* an embedded post's placeholder */
        "View this post on Instagram",
        "Sieh dir diesen Beitrag auf Instagram an",
    };
    /* sentences that begin like one, or hold one of its words */
    static const char *const sentences[] = {
        "Tagsüber war es warm.",
        "The council met on Monday.",
        "(The council met on Monday.)",
        "Kontakt zur Redaktion halten wir.",
        "Send this article's author a note.",
        "Read more about the study in the journal.",
        "Don't miss the second half of the debate.",
        "Latest news from the front was grim.",
        "Copy",     /* a style guide's section on the words of a page */
        "There are no comments from the council on the plan yet.",
        "There are currently no comments from the water board.",
        "Be the first to comment on the draft, the mayor urged residents.",
    };
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++)
        CHECK(mt_vocab_boilerplate_phrase(phrases[i], strlen(phrases[i])));
    for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++)
        CHECK(!mt_vocab_boilerplate_phrase(sentences[i], strlen(sentences[i])));
    CHECK(mt_vocab_credit_line("Abbildung: Karte des Mattertals", 31));
    /* a legal page's name in any case, its letters beyond ASCII too */
    static const char *const legal[] = { "Impressum", "DATENSCHUTZERKLÄRUNG", "Mentions LÉGALES",
                                         "POLÍTICA DE PRIVACIDAD" };
    static const char *const not_legal[] = { "DATENSCHUTZERKLÄRUNGEN", "MENTIONS", "POLÍTICA" };
    for (size_t i = 0; i < sizeof legal / sizeof legal[0]; i++)
        CHECK(mt_vocab_legal_page(legal[i], strlen(legal[i])));
    for (size_t i = 0; i < sizeof not_legal / sizeof not_legal[0]; i++)
        CHECK(!mt_vocab_legal_page(not_legal[i], strlen(not_legal[i])));
    CHECK(mt_vocab_filing_line("This entry was posted on Monday, May 5th, 2012 and is filed under News.", 71));
    CHECK(!mt_vocab_filing_line("This entry was the last the keeper wrote.", 41));
    /* a post's byline with its toolbar; a byline alone, or one that ends
     * in its count without a toolbar's bar, is not the engine's line, nor
     * is a bar before words that only open like a toolbar's */
    static const char *const toolbars[] = {
        "Posted by hugh at 1:40 PM | Comments (5) | TrackBack",
        "Posted at 8:41 PM | link | follow-ups | 5 comments",
        "Posted by paul at 09:39 PM in Misc | Permalink",
        /* a dated post's line that ends in the toolbar's last item */
        "Tuesday December 26, 2006 | permalink | comments (0)",
        "John Hawkins | 11:59 PM | Comments (0)",
        "November 23, 2004 | Permalink",
        "Ver\xc3\xb6" "ffentlicht unter Allgemein | 19 Kommentare",
    };
    static const char *const bylines[] = {
        "Posted by Tom on May 3, 2024",
        "Posted on August 9, 2012 by Anna \xc2\xb7 0 comments",
        "Posted by the council: comments on the plan close on 12 May.",
        "Posted by Tom on May 3, 2024 | Gardening",
        "Read the notes | Comments from the council on the plan",
        "Votes | Comments: many",
    };
    for (size_t i = 0; i < sizeof toolbars / sizeof toolbars[0]; i++)
        CHECK(mt_vocab_filing_line(toolbars[i], strlen(toolbars[i])));
    for (size_t i = 0; i < sizeof bylines / sizeof bylines[0]; i++)
        CHECK(!mt_vocab_filing_line(bylines[i], strlen(bylines[i])));
    /* a feedback widget's count, then its words */
    CHECK(mt_vocab_feedback_line("12 out of 15 found this helpful", 31));
    CHECK(mt_vocab_feedback_line("3 people found this helpful", 27));
    CHECK(mt_vocab_feedback_line("12 Personen fanden dies hilfreich", 33));
    CHECK(!mt_vocab_feedback_line("Readers found this helpful", 26));
    CHECK(!mt_vocab_feedback_line("12 of the 15 farmers we asked said they found this "
                                  "helpful", 58));
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
    /* lines that sign a box: a widget's first words, or an appeal's, a
     * lender's or a price widget's words anywhere in the line */
    static const char *const openers[] = {
        "Today\xe2\x80\x99s best deals", "Member FDIC", "Write a review",
    };
    static const char *const signs[] = {
        "We check over 250 million products every day for the best prices",
        "The Review is funded by readers like you. Give from $5 a month.",
        "This calculator is for illustration only. Your home may be repossessed if you do not "
        "keep up repayments.",
    };
    static const char *const not_signs[] = {
        "The deals of today were the best in years.", "Before launch we check over every part.",
        "The museum, funded by the city, reopens on Monday.",
    };
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        CHECK(mt_vocab_box_opener(openers[i], strlen(openers[i])));
    for (size_t i = 0; i < sizeof signs / sizeof *signs; i++)
        CHECK(mt_vocab_box_sign(signs[i], strlen(signs[i])));
    for (size_t i = 0; i < sizeof not_signs / sizeof *not_signs; i++)
        CHECK(!mt_vocab_box_opener(not_signs[i], strlen(not_signs[i])) &&
              !mt_vocab_box_sign(not_signs[i], strlen(not_signs[i])));
    /* a sign in the middle of a line opens no box's first words */
    CHECK(!mt_vocab_box_opener(signs[1], strlen(signs[1])));
    /* a Q&A page's controls, whole lines only */
    CHECK(mt_vocab_boilerplate_phrase("Add a comment", 13));
    CHECK(mt_vocab_boilerplate_phrase("Accepted", 8));
    CHECK(!mt_vocab_boilerplate_phrase("Add a comment to each function.", 31));
    CHECK(!mt_vocab_boilerplate_phrase("Accepted wisdom says otherwise.", 31));
    /* a widget's tallies, counts with their units, and nothing else */
    static const char *const tallies[] = {
        "218 views", "218 views0 comments", "7 min read", "12 Kommentare \xc2\xb7 3 Likes",
        "1.2k views | 40 shares", "5 minute read", "3 minuti di lettura", "5 min de lecture",
        "4 minutes to read", "Views: 2,341", "Lesezeit: 3 Min.", "3 languages", "12 Sprachen",
        "5-minute read", "Temps de lecture : 3 min",
        "\xd8\xb9\xd8\xaf\xd8\xaf \xd8\xa7\xd9\x84\xd9\x85\xd8\xb4\xd8\xa7\xd9\x87\xd8\xaf\xd8\xa7\xd8\xaa: 2,341",
    };
    static const char *const not_tallies[] = {
        "25 Min.", "4 min", "2 Answers", "Chapter 7", "37", "views", "3 - 1",
        "7 min read about the river that broke its banks", "Volume 3 views",
        "3 minuti di cottura", "Views: many", "Note: 3", "Lesezeit: 3 Tage", "Views:",
        "5-minute walk",
    };
    for (size_t i = 0; i < sizeof tallies / sizeof tallies[0]; i++)
        CHECK(mt_vocab_tally_line(tallies[i], strlen(tallies[i])));
    for (size_t i = 0; i < sizeof not_tallies / sizeof not_tallies[0]; i++)
        CHECK(!mt_vocab_tally_line(not_tallies[i], strlen(not_tallies[i])));
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
    CHECK(mt_vocab_thread_closed("Commenting is closed", 20));
    CHECK(mt_vocab_thread_closed("The comments to this entry are closed.", 38));
    CHECK(!mt_vocab_thread_closed("Comments", 8));
#undef HEAD
}

/* A post's signature: a posting word, its "by" and a name, or a name and
 * a verb of saying, with a clock time or a full date; not a filing line,
 * a quote's attribution or a sentence. */
static void test_signature_lines(void)
{
    static const struct {
        const char *line, *name;
    } signed_lines[] = {
        { "Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08", "tom3465, farnworth" },
        { "Comment by Anna Berg at 10:02", "Anna Berg" },
        { "Posted by: Jon | Mar 20, 2007 11:21:10 PM", "Jon" },
        { "1 posted on 12/20/2004 12:19:31 PM PST by Jim Robinson", "Jim Robinson" },
        { "posted on Tuesday, October 30, 2012 at 9:46 AM by Peter Alberti", "Peter Alberti" },
        { "Anna Berg wrote on 12 March 2008", "Anna Berg" },
        { "Geschrieben von Karl am 12.03.2008 um 10:02", "Karl" },
    };
    const char *name;
    size_t n;
#define SIGNED(s) mt_vocab_signature_line(s, strlen(s), &name, &n)
    for (size_t i = 0; i < sizeof signed_lines / sizeof signed_lines[0]; i++) {
        CHECK(SIGNED(signed_lines[i].line));
        CHECK(n == strlen(signed_lines[i].name) && memcmp(name, signed_lines[i].name, n) == 0);
    }
    CHECK(!SIGNED("Posted by Anna Berg"));               /* no time stamp */
    CHECK(!SIGNED("Posted in News by Anna on 3 May 2008")); /* a filing line */
    CHECK(!SIGNED("King Eric wrote:"));                  /* a quote's attribution */
    CHECK(!SIGNED("He said on 3 March 2008 that the dykes would hold"));
    CHECK(!SIGNED("The ministry said on 3 March 2008 that the dykes would hold"));
    CHECK(!SIGNED("Posted by 10:02"));
#undef SIGNED
}

/* A comment's buttons, as a line of its block: one of them answers,
 * removes, reports or likes the comment; a reader's line that speaks of
 * replying, or a liking alone ("Like", also a word of the text), is none. */
static void test_comment_control_lines(void)
{
    static const char *const controls[] = {
        "Reply", "[Reply]", "REPLY", "Antworten \xe2\x86\x93", "Reply Delete", "Login to reply",
        "Log in to Reply", "Login or register to post comments", "Like Liked by 5 people",
        "Reply to This Share Flag as Inappropriate", "Rate This: 0 0", "Recommend? (3)",
        "Liken Gef\xc3\xa4llt 1 Person",
        "R\xc3\xa9pondre \xc3\xa0 ce message", "\xc2\xbb Reply", "Report", "Antworten L\xc3\xb6schen",
        "\xe8\xbf\x94\xe4\xbf\xa1", "\xd0\x9e\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd0\xb8\xd1\x82\xd1\x8c",
    };
    for (size_t i = 0; i < sizeof controls / sizeof controls[0]; i++)
        CHECK(mt_vocab_comment_control_line(controls[i], strlen(controls[i])));
    static const char *const words[] = {
        "Like", "Like this", "I will reply on Monday.", "Reply to the council, not to me",
        "Don't reply", "Thanks, Anna", "",
        "Reply Reply Reply Reply Reply Reply Reply Reply Reply Reply",   /* too long */
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        CHECK(!mt_vocab_comment_control_line(words[i], strlen(words[i])));
}

/* A thread's own lines among its comments: asking for one, saying there
 * is none, asking to sign in, sorting, a comment taken away. */
static void test_thread_interface_lines(void)
{
    static const char *const lines[] = {
        "Add your comment", "No comments yet.", "Please sign in to comment.",
        "Join The Conversation: Sign Up / Log In", "Newest first",
        "This comment has been removed by the author.",
        "{ 2 comments\xe2\x80\xa6 read them below or add one }",
        "{ 1 comment\xe2\x80\xa6 read it below or add one }",
        "Be the first to comment!", "Log in to comment",
        "Schreiben Sie den ersten Kommentar", "Noch keine Kommentare vorhanden.",
        "Aucun commentaire:", "Soyez le premier \xc3\xa0 commenter", "No comments:",
        "No hay comentarios:", "A\xc3\xb1" "adir un comentario", "Nessun commento:",
        "Sii il primo a commentare",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        CHECK(mt_vocab_thread_interface(lines[i], strlen(lines[i])));
    static const char *const words[] = {
        "I added a comment to the council's page.", "Newest is not always best",
        "2 comments\xe2\x80\xa6 and both of them wrong",
        "Be the first to know when the library reopens.",
        "Nessun commentatore lo aveva previsto, scrive il giornale.",
        "No comment, said the minister's office.", "Aucun commentaire de la mairie.",
        "Nessun commento dal ministero.",
        ("Join the conversation on the town's future: the council meets on Friday at the hall, "
         "and every resident is welcome to speak."),
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        CHECK(!mt_vocab_thread_interface(words[i], strlen(words[i])));
}

/* The line a blog engine writes over a reader's comment: a name, a verb
 * of saying and a colon. */
static void test_says_lines(void)
{
    static const char *const says[] = {
        "Anna Berg says:", "Karl schreibt:", "Karoline Herr sagt: ", "YHMAG Edit@r says:",
        "12. Jun, 2012 / Amy says:", "Jean \xc3\xa9\x63rit :",
    };
    for (size_t i = 0; i < sizeof says / sizeof says[0]; i++)
        CHECK(mt_vocab_says_line(says[i], strlen(says[i])));
    static const char *const others[] = {
        "says:", "Anna Berg says", "Anna Berg answers:", "The council says the pumps will come:",
        "Anna Berg, who lives by the river and has seen every flood since 1962, says:",
    };
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        CHECK(!mt_vocab_says_line(others[i], strlen(others[i])));
}

/* Blank text: nothing above ' ', checked whole whatever its length,
 * also where the last eight bytes overlap the ones before. */
static void test_blank_text(void)
{
    char s[24];
    for (size_t len = 0; len <= sizeof s; len++) {
        memset(s, ' ', sizeof s);
        CHECK(mt_text_is_blank(s, len));
        for (size_t at = 0; at < len; at++) {
            memset(s, '\n', sizeof s);
            s[at] = '!';
            CHECK(!mt_text_is_blank(s, len));
            /* a byte past the end counts for nothing */
            memset(s, '\t', sizeof s);
            if (len < sizeof s) {
                s[len] = 'x';
                CHECK(mt_text_is_blank(s, len));
            }
        }
    }
}

int main(void)
{
    RUN(test_words_in_every_bucket);
    RUN(test_name_shapes);
    RUN(test_roles_tags_and_hiding);
    RUN(test_phrases);
    RUN(test_href_reported);
    RUN(test_comment_headings);
    RUN(test_signature_lines);
    RUN(test_comment_control_lines);
    RUN(test_says_lines);
    RUN(test_thread_interface_lines);
    RUN(test_blank_text);
    return harness_finish();
}
