/* prune.c -- pass 4: which blocks of the main region a reader came for.
 *
 * The region still holds share bars, "related articles" lists, tag lists
 * and the odd "Skip to content" line. A block is dropped when an element
 * between it and the region's root says it is boilerplate (class, id, role,
 * tag), when it is mostly link text, or when it is a known boilerplate
 * phrase; then headings left without any text under them go too. */
#include <stdlib.h>
#include <string.h>
#include "extract/prune_internal.h"
#include "metadata/metadata.h"
#include "util/swar.h"
#include "util/url.h"

/* The boilerplate kinds named on the way from the block's element up to the
 * region root (exclusive), or to the body outside the region (blocks.c
 * worked them out). */
static unsigned kinds_above(const extract_ctx *c, const mt_node *n)
{
    return n ? ni(c, n)->rkind : 0;
}

/* Whether the largest element named for the author between a block and the
 * region root is small beside the region (under a third of its text): an
 * author box, not an article marked with its author's name. */
static int in_small_author_box(const extract_ctx *c, const mt_node *n)
{
    uint32_t box = 0;
    for (; n && n != c->body; n = n->parent) {
        const node_info *in = ni(c, n);
        if (in->flags & NI_REGION)
            return box * 3 < in->chars;
        if ((in->kind & K_AUTHOR) && in->chars > box)
            box = in->chars;
    }
    return box * 3 < ni(c, c->body)->chars;
}

/* Whether content markup names the outermost sidebar element above a block
 * (in the region), or an element between it and the block: "content-sidebar"
 * around the text, an article inside a sidebar column. Content markup only
 * above the sidebar says nothing: the sidebar then sits beside the text, in
 * the text's wrapper. */
static int content_inside_sidebar(const extract_ctx *c, const mt_node *n)
{
    int content = 0, inside = 0;
    for (; n && n != c->body; n = n->parent) {
        const node_info *in = ni(c, n);
        if (in->flags & NI_REGION)
            break;
        unsigned k = mt_strong_kinds(in->kind);
        content |= (k & (K_CONTENT | K_MAIN)) != 0;
        if (k & K_SIDEBAR)
            inside = content;
    }
    return inside;
}

/* Levels looked up from a detail to its <dl> and <aside>. */
#define DETAIL_REACH 6

/* Whether a block is a detail in a box of details beside the text: a term
 * or value of a definition list without links (Date / Time / Location /
 * Price of an event, a recipe's or a product's facts) in an <aside> -- the
 * tag, not a class named for a sidebar (widgets, "sidebar" columns). The
 * facts box sits in the article's region beside its description and says
 * what the description leaves out; the buttons and share links around it
 * go by their own links and markup. */
static int detail_beside_text(const extract_ctx *c, const xblock *x)
{
    const mt_node *n = x->node;
    if (!n || x->link_chars || !(mt_dom_is_html(n, MT_TAG_DT) || mt_dom_is_html(n, MT_TAG_DD)))
        return 0;
    int in_list = 0;
    for (int level = 0; n && n != c->body && level < DETAIL_REACH; n = n->parent, level++) {
        const node_info *in = ni(c, n);
        if (in->flags & NI_REGION)
            return 0;
        if (mt_dom_is_html(n, MT_TAG_DL)) {
            if (in->link_chars)
                return 0;
            in_list = 1;
        } else if (mt_dom_is_html(n, MT_TAG_ASIDE)) {
            return in_list;
        }
    }
    return 0;
}

/* A list item's link density, or its list's where that is lower: the
 * items of one list are one thing (a list of sources, of papers, of
 * links with a note each), and an item that happens to hold more of its
 * text in a link than the others is not boilerplate on its own. Other
 * blocks: their own. */
static float list_item_link_density(const extract_ctx *c, const xblock *x)
{
    float ld = block_link_density(x);
    if (x->pub.type != MT_BLOCK_LIST_ITEM || !x->node)
        return ld;
    for (const mt_node *a = x->node->parent; a && a != c->body; a = a->parent)
        if (mt_dom_is_html(a, MT_TAG_UL) || mt_dom_is_html(a, MT_TAG_OL)) {
            const node_info *list = ni(c, a);
            float list_ld = mt_link_share(list->link_chars, list->chars);
            return list_ld < ld ? list_ld : ld;
        }
    return ld;
}

/* How many characters of text are web or mail addresses written out
 * ("http://...", "www.example.org", "name@example.org"), each a run
 * without white space. An address in brackets ("(http://...)", as forums
 * set a link's full address after its short one) is one too: the opening
 * bracket is passed over. */
static size_t address_chars(const char *t, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && (unsigned char)t[i] <= ' ')
            i++;
        if (i < len && (t[i] == '(' || t[i] == '[' || t[i] == '<'))
            i++;
        size_t s = i;
        int at = 0, dot = 0;
        while (i < len && (unsigned char)t[i] > ' ') {
            at |= t[i] == '@';
            dot |= at && t[i] == '.';
            i++;
        }
        size_t w = i - s;
        if ((w > 7 && strncmp(t + s, "http://", 7) == 0) ||
            (w > 8 && strncmp(t + s, "https://", 8) == 0) ||
            (w > 4 && strncmp(t + s, "www.", 4) == 0) || (at && dot && w > 5))
            n += w;
    }
    return n;
}

/* A paragraph's link density, its links written as addresses counted as
 * text: an address spelled out is read (a source, a petition, a contact),
 * where a menu or a teaser names its links in words. Which text is linked
 * is not known here (spans are made only when asked for), so the credit is
 * given only when the addresses can be the links (as many characters, to
 * a tenth): an unlinked address beside a row of worded links does not let
 * the row pass. */
static float written_link_density(const xblock *x)
{
    /* most paragraphs of links (menus, teasers) write out none */
    if (!mt_url_may_be_written(x->pub.text, x->pub.text_len))
        return block_link_density(x);
    size_t addr = address_chars(x->pub.text, x->pub.text_len);
    size_t links = x->link_chars;
    if (addr * 10 >= (size_t)x->link_chars * 9)
        links = x->link_chars > addr ? x->link_chars - addr : 0;
    return mt_link_share((uint32_t)links, x->chars);
}

#define NOTICE_MAX 400

/* The longest line of a byline, a date and tallies after them, in bytes. */
#define DATED_TALLY_MAX 200

/* Whether a byte can begin a word: a letter or a digit, or a lead byte
 * other than that of "·" (a separator). */
static int starts_word(unsigned char c)
{
    return mt_ascii_is_alnum(c) || (c >= 0xC3);
}

/* Whether a line's last byte (of n >= 2) can end tallies: a unit's
 * letter, a count's digit, a letter of another script, or the full stop of
 * "Min."; not a sentence's full stop or a quote's mark (most lines). */
static int may_end_tallies(const char *t, size_t n)
{
    unsigned char c = (unsigned char)t[n - 1];
    if (c == '.')
        return (t[n - 2] | 0x20) == 'n';
    return mt_ascii_is_alnum(c) || (c >= 0x80 && c != 0x9D && c != 0xBB);   /* not ” » */
}

/* Whether a line is a byline or a dateline that ends in a widget's tallies
 * ("By Jane Smith 17 Jan 2024 3 min read", "di Giulia Marchetti Pubblicato
 * il 28 maggio 2024 3 minuti di lettura"): the article's metadata, shown
 * in its header, not a sentence of its text. The tallies begin at a word;
 * the date stands before them. A count of comments there ("Posted on
 * August 9, 2012 by Allie · 0 comments") is a blog post's own byline, which
 * corpora of blogs count as its text. */
static int is_dated_tallies(const char *t, size_t n)
{
    while (n && mt_ascii_is_space(t[n - 1]))
        n--;
    if (n < 2 || n > DATED_TALLY_MAX || !may_end_tallies(t, n))
        return 0;
    size_t from = n > TALLY_LINE_MAX ? n - TALLY_LINE_MAX : 1, colon = 0;
    /* every tally has its count: most lines are passed here */
    if (!mt_swar_has_digit(t + from, n - from))
        return 0;
    for (size_t p = n; p-- > from && !colon;)
        if (t[p] == ':')
            colon = p;
    /* tallies open with their count, or with a label before a colon */
    for (size_t p = from; p < n; p++)
        if (mt_ascii_is_space(t[p - 1]) &&
            (mt_ascii_is_digit(t[p]) || (p < colon && starts_word(t[p]))) &&
            mt_vocab_tally_line(t + p, n - p))
            return !mt_vocab_comment_heading(t + p, n - p) && mt_metadata_has_date(t, p);
    return 0;
}

/* The labels PHP opens its error messages with, as a server that shows
 * them writes them into the page ("Warning: Undefined variable $x in
 * /var/www/theme/header.php on line 12"). */
static const char *const php_error_labels[] = {
    "warning: ", "notice: ", "deprecated: ", "strict standards: ", "fatal error: ",
    "parse error: ", "catchable fatal error: ",
};

/* A server's error message is this long at most. */
#define SERVER_ERROR_MAX 600

/* Whether a paragraph is a PHP error message that the server wrote into
 * the page: no one's text, on any page. It ends in " on line " and a
 * number, which is asked first: few paragraphs end in a digit. */
static int is_server_error(const char *t, size_t n)
{
    if (!n || !mt_ascii_is_digit(t[n - 1]) || n > SERVER_ERROR_MAX)
        return 0;
    size_t e = n;
    while (e && mt_ascii_is_digit(t[e - 1]))
        e--;
    static const char on_line[] = " on line ";
    size_t k = sizeof on_line - 1;
    if (e < k || !mt_ascii_equal_ci(t + e - k, on_line, k))
        return 0;
    for (size_t i = 0; i < sizeof php_error_labels / sizeof *php_error_labels; i++) {
        size_t len = strlen(php_error_labels[i]);
        if (len < e && mt_ascii_equal_ci(t, php_error_labels[i], len))
            return 1;
    }
    return 0;
}

/* Whether a line is a widget's tallies, perhaps with the date after them
 * ("218 views", "7 min read · Feb 14, 2024", "7 min readFeb 14, 2024"
 * where the two sat side by side in the page), or a byline and a date
 * before them. */
static int is_tally_line(const char *t, size_t n)
{
    if (mt_vocab_tally_line(t, n))
        return 1;
    if (is_dated_tallies(t, n))
        return 1;
    if (!n || !mt_ascii_is_digit(t[0]) || n > 60)
        return 0;
    /* the date starts at a capital or a digit after the tallies */
    for (size_t p = 1; p < n; p++)
        if ((mt_ascii_is_upper(t[p]) || (mt_ascii_is_digit(t[p]) && !mt_ascii_is_digit(t[p - 1]))) &&
            mt_vocab_tally_line(t, p) && mt_metadata_is_date_line(t + p, n - p))
            return 1;
    return 0;
}

/* Where a number or a clock time ("47:12", "1:02:33") that starts at
 * t[i] ends; i when none does. */
static size_t count_or_time_end(const char *t, size_t n, size_t i, int *clock)
{
    size_t st = i;
    *clock = 0;
    while (i < n && mt_ascii_is_digit(t[i]))
        i++;
    while (i > st && i + 2 < n && t[i] == ':' && mt_ascii_is_digit(t[i + 1]) &&
           mt_ascii_is_digit(t[i + 2])) {
        i += 3;
        *clock = 1;
    }
    return i - st > 9 ? st : i;
}

/* What a line is as a position: 0 for none; POSITION_CLOCK for a
 * player's ("00:00 / 47:12"), perhaps with its links after it
 * ("Download"), even where they run on without a space; POSITION_COUNT for
 * a count of a whole ("2 / 6", the first not above the second), its whole
 * in *whole -- a slideshow's when the page says it of other slides too, a
 * score ("8 / 10") when not; POSITION_OF for such a count put in words
 * ("1 of 5", "3 von 12") or after a picture's word ("Image 1 of 5", "Slide
 * 3 / 12"): a gallery's counter, which no score is written as. */
enum { POSITION_CLOCK = 1, POSITION_COUNT = 2, POSITION_OF = 3 };

/* Where one of `words` that starts at t[i], a space after it, ends; i
 * when none does. */
static size_t known_word_end(const char *t, size_t n, size_t i, const known_text *words,
                             size_t count)
{
    if (i >= n)
        return i;
    /* the words are lowercase letters: most lines differ at the first */
    unsigned char first = (unsigned char)(t[i] | 0x20);
    for (size_t w = 0; w < count; w++) {
        size_t len = words[w].len;
        if ((unsigned char)words[w].s[0] == first && i + len < n &&
            mt_ascii_equal_ci(t + i, words[w].s, len) && mt_ascii_is_space(t[i + len]))
            return i + len;
    }
    return i;
}

/* The words of "1 of 5" in a few languages ("1 von 5", "1 sur 5", "1 de
 * 5", "1 di 5"). */
static size_t position_word_end(const char *t, size_t n, size_t j)
{
    static const known_text words[] = {
        KNOWN("of"), KNOWN("von"), KNOWN("sur"), KNOWN("de"), KNOWN("di"),
    };
    return known_word_end(t, n, j, words, sizeof words / sizeof words[0]);
}

/* Where a gallery's word before its counter ends ("Image 1 of 5", "Slide
 * 3 / 12"), past the space after it; i when there is none. */
static size_t gallery_word_end(const char *t, size_t n, size_t i)
{
    static const known_text words[] = {
        KNOWN("image"), KNOWN("photo"), KNOWN("picture"), KNOWN("slide"), KNOWN("bild"),
        KNOWN("foto"), KNOWN("imagen"), KNOWN("immagine"),
    };
    size_t end = known_word_end(t, n, i, words, sizeof words / sizeof words[0]);
    return end > i ? end + mt_ascii_skip_space(t + end, n - end) : i;
}

/* Characters of a position's line at most, its links after it counted
 * ("00:00 / 47:12 Download MP3"): longer lines are passed at once. */
#define POSITION_LINE_MAX 40

static int position_of(const xblock *x, long *whole)
{
    if (x->chars > POSITION_LINE_MAX)
        return 0;
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, i = mt_ascii_skip_space(t, n);
    size_t counter = gallery_word_end(t, n, i);
    int gallery = counter > i;
    i = counter;
    int clock_a, clock_b;
    size_t a = count_or_time_end(t, n, i, &clock_a);
    if (a == i)
        return 0;
    size_t j = a + mt_ascii_skip_space(t + a, n - a);
    size_t word = j > a && !clock_a ? position_word_end(t, n, j) : j;
    int worded = word > j;
    if (!worded && (j >= n || t[j] != '/'))
        return 0;
    j = worded ? word : j + 1;
    j += mt_ascii_skip_space(t + j, n - j);
    size_t b = count_or_time_end(t, n, j, &clock_b);
    if (b == j || clock_a != clock_b)
        return 0;
    uint32_t rest = 0;
    for (size_t k = b; k < n; k++)
        rest += !mt_ascii_is_space(t[k]);
    /* what follows is links; a count's after a space ("1/2cup" is no count) */
    if (rest > x->link_chars || (rest && !clock_a && !mt_ascii_is_space(t[b])))
        return 0;
    if (clock_a)
        return gallery ? 0 : POSITION_CLOCK;
    *whole = strtol(t + j, NULL, 10);
    if (strtol(t + i, NULL, 10) > *whole)
        return 0;   /* "7 / 3": a fraction */
    return worded || gallery ? POSITION_OF : POSITION_COUNT;
}

/* Whether a line's first character (white space passed) is a digit, as
 * in every count of a whole (POSITION_COUNT: a gallery's word before it
 * makes it POSITION_OF): most short lines are passed at this. */
static int opens_with_digit(const xblock *x)
{
    size_t i = mt_ascii_skip_space(x->pub.text, x->pub.text_len);
    return i < x->pub.text_len && mt_ascii_is_digit(x->pub.text[i]);
}

/* Whether a line is a player's position or a gallery's counter in words:
 * a widget's, wherever it stands. */
static int is_widget_position(const xblock *x)
{
    long whole;
    int kind = position_of(x, &whole);
    return kind == POSITION_CLOCK || kind == POSITION_OF;
}

/* The longest toggle's line ("Auto-update: on"), in bytes. */
#define TOGGLE_LINE_MAX 32

/* Whether a short line is a toggle's label and state ("Auto-update: on",
 * "Autoplay: off"), the control's own words: a word or two, a colon, and
 * "on" or "off". */
static int is_toggle_line(const char *t, size_t n)
{
    while (n && mt_ascii_is_space(t[n - 1]))
        n--;
    if (n > TOGGLE_LINE_MAX)
        return 0;
    size_t state = n >= 3 && mt_ascii_equal_ci(t + n - 3, "off", 3) ? 3
                   : n >= 2 && mt_ascii_equal_ci(t + n - 2, "on", 2) ? 2 : 0;
    if (!state)
        return 0;
    size_t c = n - state;
    while (c && mt_ascii_is_space(t[c - 1]))
        c--;
    if (c < 2 || t[c - 1] != ':')
        return 0;
    size_t spaces = 0;
    for (size_t i = 0; i + 1 < c; i++) {
        if (!mt_ascii_is_alnum(t[i]) && t[i] != '-' && t[i] != ' ')
            return 0;
        spaces += t[i] == ' ';
    }
    return spaces <= 1;
}

/* The longest line that names a post's category among its other details
 * ("24.01.2022 11:38 Kategorie: News", "News date : 04/21/2022 Category :
 * Press Releases"), in bytes. */
#define FILING_LABEL_LINE_MAX 100

/* The labels before the categories a post is filed under, lowercase. */
static const known_text filing_labels[] = {
    KNOWN("category"), KNOWN("categories"), KNOWN("kategorie"), KNOWN("kategorien"),
    KNOWN("categoria"), KNOWN("categorie"), KNOWN("categoría"), KNOWN("categorías"),
    KNOWN("catégorie"), KNOWN("catégories"), KNOWN("filed under"),
};

/* Whether a short line says which category a post is filed under, a label
 * and its colon where a detail of the post begins: the line's start, or
 * after its date, a separator or a comma ("Kategorie: News", "12.03.2024
 * 09:15 Category: Town news", "By Jane Smith, Filed under: Interview"),
 * whatever else it says of the post (its date, its author): metadata, not
 * text. The categories need not be links, as label_then_links wants. A
 * label after a word written small is a sentence's ("the winners in each
 * category: ...", "one film per category: a rule ..."), and so is a line
 * that ends as a sentence does, or that introduces what follows it (":"). */
static int is_filing_label_line(const char *t, size_t n)
{
    while (n && mt_ascii_is_space(t[n - 1]))
        n--;
    if (n < 2 || n > FILING_LABEL_LINE_MAX || t[n - 1] == '.' || t[n - 1] == '!' ||
        t[n - 1] == '?' || t[n - 1] == ':')
        return 0;
    /* every label has its colon: most lines have none, and are not read
     * byte by byte for a label's first letter */
    if (!memchr(t, ':', n))
        return 0;
    for (size_t i = 0; i < n; i++) {
        if ((t[i] | 0x20) != 'c' && (t[i] | 0x20) != 'k' && (t[i] | 0x20) != 'f')
            continue;   /* every label begins so */
        if (i && (!mt_ascii_is_space(t[i - 1]) || (i >= 2 && mt_ascii_is_lower(t[i - 2]))))
            continue;
        for (size_t w = 0; w < sizeof filing_labels / sizeof *filing_labels; w++) {
            size_t len = filing_labels[w].len, j = i + len;
            if (j >= n || !mt_ascii_equal_ci(t + i, filing_labels[w].s, len))
                continue;
            j += mt_ascii_skip_space(t + j, n - j);
            if (j < n && t[j] == ':')
                return 1;
        }
    }
    return 0;
}

/* A line of links after a label ("Tags: Indore, e-buses") is dropped when
 * this share of what follows the label is linked, whatever the label's
 * script makes of the whole line's link density (a Devanagari label counts
 * more characters than "Tags"); "Thema: <a>Verkehrswende</a> in der
 * Stadt" is a sentence. */
#define LABELLED_LINKS_MIN 0.9f

/* The bars ('|') in t[0..n): what sets a row of links apart. */
static uint32_t bars_in(const char *t, size_t n)
{
    uint32_t bars = 0;
    for (size_t i = 0; i < n; i++)
        bars += t[i] == '|';
    return bars;
}

/* The longest label, colon included, over a row of links set apart by
 * bars: a word or two. */
#define BAR_LABEL_MAX 24

/* Whether a line is a label and its colon ("Tags:", "टैग्स:"), within
 * its first 48 bytes, and then links (LABELLED_LINKS_MIN). The label is
 * one of the site's words, or any short one without digits when the
 * links are a row set apart by bars ("Standings: <a>East</a> |
 * <a>West</a>"): a sentence has no bars, and a time's colon ("12:03 PM
 * | Email") ends no label. */
static int label_then_links(const xblock *x)
{
    size_t n = x->pub.text_len < 48 ? x->pub.text_len : 48;
    const char *colon = memchr(x->pub.text, ':', n);
    if (!colon || colon == x->pub.text || !x->link_chars)
        return 0;
    size_t at = (size_t)(colon - x->pub.text) + 1;
    uint32_t bars = at <= BAR_LABEL_MAX && !mt_swar_has_digit(x->pub.text, at)
                        ? bars_in(colon, x->pub.text_len - (at - 1))
                        : 0;
    if (!bars && !mt_vocab_boilerplate_phrase(x->pub.text, at))
        return 0;
    text_stats label;
    mt_text_stats(x->pub.text, at, &label);
    uint32_t rest = x->chars > label.chars + bars ? x->chars - label.chars - bars : 0;
    return (float)x->link_chars >= LABELLED_LINKS_MIN * (float)rest;
}

/* A row of bracketed links ("[Date Prev][Date Next] [Thread Index]") has
 * this many items at least, each this long at most (in bytes). */
#define BRACKET_ITEMS_MIN 3
#define BRACKET_ITEM_MAX 40

/* Whether a line is a row of bracketed items and nothing else, half its
 * text in links: an old page's menu or a mail archive's pager, whose
 * items stay in brackets where no link is there to follow ("[Date
 * Prev]" on the first message), which keeps their share of links low. */
static int bracketed_link_row(const xblock *x)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, i = mt_ascii_skip_space(t, n);
    int items = 0;
    if (!x->link_chars || x->link_chars * 2 < x->chars)
        return 0;
    while (i < n) {
        if (t[i] != '[')
            return 0;
        const char *close = memchr(t + i, ']', n - i);
        if (!close || (size_t)(close - (t + i)) > BRACKET_ITEM_MAX)
            return 0;
        items++;
        i = (size_t)(close - t) + 1;
        i += mt_ascii_skip_space(t + i, n - i);
    }
    return items >= BRACKET_ITEMS_MIN;
}

/* A sentence set in markup named for credits has this many words at least:
 * a photo credit names a photographer and an agency in a few. */
#define CREDITED_SENTENCE_WORDS 8

/* Whether a paragraph reads as a sentence of the text rather than a photo
 * credit, though markup names it a credit: words enough, ending in a
 * full stop, and not opening as a credit does ("Photo: ..."). A book's
 * credit line under a review or an interview ("The Night Ferry by Lena
 * Marsh is published by Harbour Press, £16.99.") is the text's last line. */
static int sentence_named_credit(const xblock *x)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len;
    while (n && mt_ascii_is_space(t[n - 1]))
        n--;
    if (x->pub.type != MT_BLOCK_PARAGRAPH || !n || (t[n - 1] != '.' && t[n - 1] != '!') ||
        mt_vocab_credit_line(t, n))
        return 0;
    int words = 1;
    for (size_t i = 1; i < n; i++)
        words += mt_ascii_is_space(t[i]) && !mt_ascii_is_space(t[i - 1]);
    return words >= CREDITED_SENTENCE_WORDS;
}

/* Levels from a block up to the markup that names it a credit; nodes
 * (white space, comments) passed over for the element beside it. */
#define CREDIT_REACH 8
#define CREDIT_GAP 8

static int is_picture(const mt_node *n)
{
    return n->type == MT_NODE_ELEMENT && n->ns == MT_NS_HTML &&
           (n->tag == MT_TAG_IMG || n->tag == MT_TAG_PICTURE || n->tag == MT_TAG_FIGURE ||
            n->tag == MT_TAG_VIDEO || n->tag == MT_TAG_IFRAME);
}

/* Whether the element next to n on one side (`after`, or before it),
 * CREDIT_GAP nodes away at most, is a picture. */
static int picture_beside(const mt_node *n, int after)
{
    int seen = 0;
    for (const mt_node *s = after ? n->next : n->prev; s && seen < CREDIT_GAP;
         s = after ? s->next : s->prev, seen++)
        if (s->type == MT_NODE_ELEMENT)
            return is_picture(s);
    return 0;
}

/* Whether the markup that names a block a credit (the nearest such
 * element above it) stands in a <figure> or next to a picture: then it
 * credits or captions that picture, whatever it says. A picture further
 * off (a photo higher up the text) is another's. */
static int credits_a_picture(const extract_ctx *c, const mt_node *n)
{
    int level = 0;
    for (; n && n != c->body && level < CREDIT_REACH; n = n->parent, level++) {
        if (mt_dom_is_html(n, MT_TAG_FIGURE))
            return 1;
        if (ni(c, n)->kind & K_CREDIT)
            break;
    }
    if (!n || n == c->body || level == CREDIT_REACH || !n->parent ||
        mt_dom_is_html(n->parent, MT_TAG_FIGURE))
        return 1;   /* not found near: judged as a credit */
    return picture_beside(n, 0) || picture_beside(n, 1);
}

/* A row of a site's footer links is this long at most, and each of its
 * items this long ("© 2021 Muster GmbH", "Datenschutzerklärung"). */
#define LEGAL_ROW_MAX 200
#define LEGAL_ROW_ITEM_MAX 40

/* The most nodes of a row read for its links to legal pages. */
#define LEGAL_ROW_NODES 64

/* Whether a link inside element `row` reads as the name of a legal page
 * (its words in one text node: "<a href='/impressum'>IMPRESSUM</a>"). */
static int links_to_legal_page(const mt_node *row)
{
    int seen = 0;
    for (const mt_node *d = row->first_child; d && seen < LEGAL_ROW_NODES;
         d = mt_dom_following(d, row), seen++)
        if (d->type == MT_NODE_TEXT && d->parent && mt_dom_is_html(d->parent, MT_TAG_A) &&
            mt_vocab_legal_page(d->data, d->data_len))
            return 1;
    return 0;
}

/* Whether a paragraph is a row of the site's footer links set apart by
 * bars ("IMPRESSUM | DATENSCHUTZ | COPYRIGHT JAN MUSTER"): links, three
 * short items or more, one of them the name of a legal page and a link
 * to it. A page builder may put the footer into the region of the text;
 * no sentence of an article reads so. A bar in a sentence ("a | b" in a
 * tutorial) leaves a long item, a row of products or places names no
 * legal page, and a table's header row written out in a paragraph
 * ("Setting | Default | Privacy") links nowhere. */
static int is_legal_link_row(const xblock *x)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, from = 0, items = 0;
    int legal = 0;
    if (!is_type(x, MT_BLOCK_PARAGRAPH) || n > LEGAL_ROW_MAX || !x->link_chars ||
        !memchr(t, '|', n))
        return 0;
    for (size_t p = 0; p <= n; p++) {
        if (p < n && t[p] != '|')
            continue;
        /* a line break ends the row: lines of an address or a list */
        if (p - from > LEGAL_ROW_ITEM_MAX || memchr(t + from, '\n', p - from))
            return 0;
        legal |= mt_vocab_legal_page(t + from, p - from);
        items++;
        from = p + 1;
    }
    /* the legal page's name is a link of the row: a record's fields
     * ("Data Protection Law | Privacy | 5 ECTS", the course linked) name
     * a subject */
    return items >= 3 && legal && x->node && x->node->type == MT_NODE_ELEMENT &&
           links_to_legal_page(x->node);
}

/* The longest line that only leads back, in bytes ("Return to citation in
 * text: [1] [2] [3]"), and its most words: "Return to work guidance from
 * the union" is a teaser's headline, not a way back. */
#define BACK_LINK_MAX 64
#define BACK_LINK_WORDS 6

/* Words of a line up to BACK_LINK_WORDS + 1: runs of letters (a byte of
 * another script counts as one); numbers and marks ("[1]", "* * *") are
 * none. */
static int letter_words(const char *t, size_t n)
{
    int words = 0, in_word = 0;
    for (size_t i = 0; i < n && words <= BACK_LINK_WORDS; i++) {
        int letter = mt_ascii_is_letter((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80;
        words += letter && !in_word;
        in_word = letter;
    }
    return words;
}

/* Whether a short line with a link leads back to where the reader came
 * from ("Back to <a>ACNFP</a> page", "* * * <a>Back to the top</a> * * *",
 * "<a>Return to reference</a>", "Zurück zur <a>Übersicht</a>"): a control
 * set under or between the text's parts, as a link to the top is, whose
 * words mostly stand outside the link, so its share of links spares it. A
 * list item is left alone: a list of films may hold "Back to the Future";
 * and a line without a link is no control ("Back to normal" heads a
 * section). */
static int is_back_link_line(const xblock *x)
{
    static const known_text starts[] = {
        KNOWN("back to"),   KNOWN("return to"),        KNOWN("go back to"),
        KNOWN("zur\xc3\xbc" "ck zu"), KNOWN("zur\xc3\xbc" "ck zur"), KNOWN("zur\xc3\xbc" "ck zum"),
        KNOWN("retour \xc3\xa0"), KNOWN("retour au"),   KNOWN("volver a"),
    };
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, i = 0;
    if (!x->link_chars || n > BACK_LINK_MAX ||
        !(is_type(x, MT_BLOCK_PARAGRAPH) | is_type(x, MT_BLOCK_QUOTE)))
        return 0;
    while (i < n && !starts_word((unsigned char)t[i]))
        i++;    /* marks before it: "* * *", "«", "<<" */
    size_t end = known_word_end(t, n, i, starts, sizeof starts / sizeof starts[0]);
    return end > i && letter_words(t, n) <= BACK_LINK_WORDS;
}

/* The element next to n among its siblings (`after`: the next one, else
 * the one before), or NULL when there is none within `reach` nodes. */
const mt_node *mt_prune_element_beside(const mt_node *n, int after, int reach)
{
    int seen = 0;
    for (n = after ? n->next : n->prev; n && seen < reach;
         n = after ? n->next : n->prev, seen++)
        if (n->type == MT_NODE_ELEMENT)
            return n;
    return NULL;
}

/* Whether t[0..n) ends in a full stop (spaces and the marks that open
 * the label after it aside: "Fold the corners. (Watch video"), not an
 * ellipsis's: a sentence's end, which a headline has not. */
int mt_prune_ends_in_full_stop(const char *t, size_t n)
{
    while (n && (t[n - 1] == ' ' || t[n - 1] == '(' || t[n - 1] == '[' || t[n - 1] == '-' ||
                 t[n - 1] == '|'))
        n--;
    return n && t[n - 1] == '.' && !(n >= 2 && t[n - 2] == '.');
}

/* Prose that a linked heading must stand over to head a section of the
 * text: more than a teaser's blurb of a sentence or two. */
#define SECTION_PROSE_MIN 250
/* Elements read after a heading for its first words (a picture or an
 * embedded video may come between). */
#define SECTION_REACH 4

/* The next element sibling of n (prev: the one before), text between them
 * blank; NULL at a text's words or at the end. */
static const mt_node *next_element_sibling(const mt_node *n, int prev)
{
    for (const mt_node *s = prev ? n->prev : n->next; s; s = prev ? s->prev : s->next) {
        if (s->type == MT_NODE_ELEMENT)
            return s;
        if (s->type == MT_NODE_TEXT && !mt_text_is_blank(s->data, s->data_len))
            return NULL;
    }
    return NULL;
}

/* Whether heading h, made of one link, heads a section of the article
 * rather than a teaser: it is in no teaser card, and the first element
 * after it with words is prose of its own (SECTION_PROSE_MIN characters,
 * two clause marks, few links). A list of picks ("the eight games worth
 * buying") links each pick's name over the paragraphs about it; a teaser's
 * headline stands over a blurb or over the next headline. */
static int heads_own_section(const extract_ctx *c, const mt_node *h)
{
    if (!h || h->type != MT_NODE_ELEMENT || mt_prune_teaser_card_of(c, h))
        return 0;
    int seen = 0;
    for (const mt_node *s = next_element_sibling(h, 0); s && seen < SECTION_REACH;
         s = next_element_sibling(s, 0)) {
        seen++;
        const node_info *in = ni(c, s);
        if (in->chars == 0)
            continue;
        return in->chars >= SECTION_PROSE_MIN && in->punct >= 2 && in->linked_headings == 0 &&
               mt_link_share(in->link_chars, in->chars) < 0.3f;
    }
    return 0;
}

/* The most nodes of a list item read for its links. */
#define ITEM_NODES 128
/* A list this much linked, or more, is a list of links. */
#define LINK_LIST_SHARE 0.9f

/* Whether text node t (NULL: no) has a word in small letters at its end
 * (`at_end`) or at its start, spaces passed over: "up to " before a link,
 * " was fixed" after it. A comma or a bar is no word: tags and menus are
 * set apart by them. */
static int small_word_at(const mt_node *t, int at_end)
{
    if (!t || t->type != MT_NODE_TEXT)
        return 0;
    size_t n = t->data_len, i = at_end ? n : 0;
    if (at_end)
        while (i && mt_ascii_is_space((unsigned char)t->data[i - 1]))
            i--;
    else
        while (i < n && mt_ascii_is_space((unsigned char)t->data[i]))
            i++;
    if (at_end ? i == 0 : i == n)
        return 0;
    return mt_ascii_is_lower((unsigned char)t->data[at_end ? i - 1 : i]);
}

/* Whether list item x is a sentence with links in it ("Neil has patches up
 * to <a>improve the tab unloader</a>, and <a>show UI when ...</a>"): two
 * links or more, each with a word in small letters right before or after
 * it. A menu's links, a teaser list's and a list of tags stand alone or
 * between marks ("Schedules: <a>East</a> | <a>West</a>", "<a>Iran</a>,
 * <a>USA</a>"). The lists nested in it are items of their own. */
static int links_in_sentences(const extract_ctx *c, const xblock *x)
{
    const mt_node *li = x->node;
    /* a byline or a filing line reads as a sentence too ("By <a>Ann</a> and
     * <a>Bob</a>"), but its markup names it */
    if (x->pub.type != MT_BLOCK_LIST_ITEM || !li || li->type != MT_NODE_ELEMENT ||
        (x->boiler & K_META))
        return 0;
    int links = 0, seen = 0;
    for (const mt_node *n = mt_dom_following(li, li); n; seen++) {
        if (seen >= ITEM_NODES)
            return 0;
        if (mt_dom_is_html(n, MT_TAG_UL) || mt_dom_is_html(n, MT_TAG_OL)) {
            n = mt_dom_following_skip(n, li);
            continue;
        }
        if (mt_dom_is_html(n, MT_TAG_A)) {
            if (!small_word_at(n->prev, 1) && !small_word_at(n->next, 0))
                return 0;
            links++;
            n = mt_dom_following_skip(n, li);
            continue;
        }
        n = mt_dom_following(n, li);
    }
    if (links < 2)
        return 0;
    /* an item of a list of links with a word beside its link ("<a>Oxford's
     * Bible</a> with a complete <a>list</a>") is still one of them */
    const node_info *list = li->parent ? ni(c, li->parent) : NULL;
    return list && mt_link_share(list->link_chars, list->chars) < LINK_LIST_SHARE;
}

/* A paragraph this short may be an item of a list set as paragraphs, and
 * a list's item is shorter than this; a list needs this many items without
 * links; paragraphs read each way for them. */
#define PLAIN_ITEM_CHARS 40
#define LIST_ITEM_CHARS 80
#define PLAIN_ITEMS_MIN 4
#define PLAIN_ITEM_REACH 64

/* Short paragraphs without links in the run of short paragraphs (empty
 * ones passed over) from p on, each way (prev), p left out. */
static int plain_items_beside(const extract_ctx *c, const mt_node *p, int prev)
{
    int plain = 0, seen = 0;
    for (const mt_node *s = next_element_sibling(p, prev); s && seen < PLAIN_ITEM_REACH;
         s = next_element_sibling(s, prev), seen++) {
        const node_info *si = ni(c, s);
        if (!mt_dom_is_html(s, MT_TAG_P) || si->chars >= LIST_ITEM_CHARS)
            break;
        plain += si->chars && si->chars < PLAIN_ITEM_CHARS && !si->link_chars;
    }
    return plain;
}

/* Whether paragraph x, short and all of it a link, is an item of a list
 * written as paragraphs, one name a line ("Bahrain", "Sri Lanka",
 * "India"), some of them linked to a page of their own: the run of short
 * paragraphs it stands in holds PLAIN_ITEMS_MIN items without links at
 * least. A menu's links stand among other links. A byline set apart
 * ("<a>by Ann Lee</a>" over the text) is the authors field's, not an
 * item. */
static int item_among_plain_ones(const extract_ctx *c, const xblock *x)
{
    const mt_node *p = x->node;
    if (x->pub.type != MT_BLOCK_PARAGRAPH || x->chars >= PLAIN_ITEM_CHARS ||
        x->link_chars < x->chars || !p || !mt_dom_is_html(p, MT_TAG_P) ||
        (x->boiler & (K_META | K_AUTHOR)) || mt_metadata_is_byline(x->pub.text, x->pub.text_len))
        return 0;
    return plain_items_beside(c, p, 1) + plain_items_beside(c, p, 0) >= PLAIN_ITEMS_MIN;
}

/* Whether a block in the region is boilerplate by its own look. */
int mt_prune_looks_like_boilerplate(const extract_ctx *c, const xblock *x, unsigned kinds)
{
    mt_focus focus = c->opts->focus;
    if (kinds & (K_COMMENT | K_SHARE | K_RELATED | K_AD | K_NOTICE | K_MODAL | K_NAV | K_ABOUT))
        return 1;
    if ((kinds & K_CREDIT) && (!sentence_named_credit(x) || credits_a_picture(c, x->node)))
        return 1;
    if (kinds & (K_FOOTER | K_SIDEBAR)) {
        /* a sidebar may hold the article ("content-sidebar" around the
         * text): content markup on it or below it keeps it, not content
         * markup around it (the sidebar is then beside the text, in its
         * wrapper). A footer holds none of the text, whatever its parts
         * are called ("entry-footer" > "entry-author"); only <main> or
         * articleBody markup keeps it. */
        int kept = (kinds & K_FOOTER) ? (kinds & K_MAIN) != 0
                                      : content_inside_sidebar(c, x->node) ||
                                            detail_beside_text(c, x);
        if (!kept || focus == MT_FOCUS_PRECISION)
            return 1;
    }
    if (x->pub.type == MT_BLOCK_IMAGE || x->pub.type == MT_BLOCK_BREAK)
        return 0;
    /* a photo credit ("Source: Reuters"), but not a footnote that begins
     * as one: an item of the notes' list that links back to its mark in
     * the text ("#r1") */
    if (x->chars < 80 && mt_vocab_credit_line(x->pub.text, x->pub.text_len) &&
        !(x->pub.type == MT_BLOCK_LIST_ITEM && x->link_chars && x->node &&
          mt_first_link_within_page(x->node)))
        return 1;
    /* the date and byline line in the article's own header: metadata
     * (the date and authors fields), not text */
    /* (and in a thread, a post's header: who wrote it when, its likes;
     * the posts' text is what the thread says) */
    if (((kinds & K_HEADER) || c->thread) && (kinds & K_META) && x->chars < 100 &&
        x->pub.type != MT_BLOCK_HEADING)
        return 1;
    /* running text in an author box is the author's biography; a byline
     * is a short line */
    if ((kinds & K_AUTHOR) && x->pub.type == MT_BLOCK_PARAGRAPH && x->chars >= 100 &&
        x->punct >= 2 && in_small_author_box(c, x->node))
        return 1;
    float ld = list_item_link_density(c, x);
    float max_ld = focus == MT_FOCUS_RECALL ? 0.75f : focus == MT_FOCUS_PRECISION ? 0.4f : 0.6f;
    if (x->pub.type == MT_BLOCK_TABLE)
        max_ld += 0.2f;
    /* the addresses a paragraph writes out can only lower its link
     * density: they are read (a scan of its text) only when its links
     * would drop it */
    if (x->pub.type == MT_BLOCK_PARAGRAPH && ld > max_ld)
        ld = written_link_density(x);
    if (ld > max_ld && x->pub.type != MT_BLOCK_HEADING && !links_in_sentences(c, x) &&
        !item_among_plain_ones(c, x))
        return 1;
    if (x->pub.type == MT_BLOCK_HEADING && ld > 0.9f && x->chars < 80 &&
        !mt_textkey_same(&c->title_key, x->pub.text, x->pub.text_len) &&
        !heads_own_section(c, x->node) && !mt_first_link_within_page(x->node))
        return 1;   /* a teaser's linked headline */
    /* a help page's headline may be a button's words ("Report an error"
     * over how to): the heading that repeats the title is the page's */
    if (x->chars < 120 && mt_vocab_boilerplate_phrase(x->pub.text, x->pub.text_len) &&
        !(x->pub.type == MT_BLOCK_HEADING &&
          mt_textkey_same(&c->title_key, x->pub.text, x->pub.text_len)))
        return 1;
    if (x->chars < 120 && label_then_links(x))
        return 1;
    if (is_back_link_line(x))
        return 1;
    if (x->pub.type == MT_BLOCK_PARAGRAPH && bracketed_link_row(x))
        return 1;
    if (is_legal_link_row(x))
        return 1;
    /* a notice runs to a few sentences ("We use cookies to ... You can
     * change your settings ..."); an article's paragraph never opens so */
    if (x->chars < NOTICE_MAX && mt_vocab_notice_line(x->pub.text, x->pub.text_len))
        return 1;
    if ((x->pub.type == MT_BLOCK_PARAGRAPH || x->pub.type == MT_BLOCK_QUOTE) &&
        (mt_vocab_filing_line(x->pub.text, x->pub.text_len) ||
         is_server_error(x->pub.text, x->pub.text_len)))
        return 1;
    if (x->pub.type == MT_BLOCK_PARAGRAPH && mt_vocab_feedback_line(x->pub.text, x->pub.text_len))
        return 1;
    if (x->pub.type == MT_BLOCK_PARAGRAPH &&
        (is_tally_line(x->pub.text, x->pub.text_len) || is_widget_position(x) ||
         is_toggle_line(x->pub.text, x->pub.text_len) ||
         is_filing_label_line(x->pub.text, x->pub.text_len)))
        return 1;
    return 0;
}


/* Nodes read after a heading for the picture it stands over. */
#define HEADED_IMAGE_REACH 32

/* Whether a block can follow a post without words of its own: the next
 * post's heading, or the post's filing line ("Posted by ... at 12:19 AM"),
 * dropped. */
static int ends_a_post(const xblock *x)
{
    return x->pub.type == MT_BLOCK_HEADING ||
           (!(x->flags & XB_KEEP) && x->chars < 120 &&
            ((x->boiler & K_META) || mt_vocab_filing_line(x->pub.text, x->pub.text_len)));
}

/* Whether a picture follows heading h before any text does, and the next
 * block (NULL: none) ends the post (ends_a_post): a post that is a picture
 * under its title, with no words of its own. The
 * picture is not in a link (a teaser's is; with `linked`, it may be) and no
 * tracking pixel. The
 * heading is then no orphan, though the picture makes no block of text
 * (and none at all without images). A heading over a box (a sign-up form
 * under its picture, a thread under an avatar) has text after the picture
 * that is not a heading. */
static int heads_a_picture(const extract_ctx *c, const mt_node *h, const xblock *next, int linked)
{
    const mt_node *stop = next ? next->node : NULL;
    int seen = 0, picture = 0;
    for (const mt_node *n = mt_dom_following_skip(h, c->body); n && n != stop &&
                                                             seen < HEADED_IMAGE_REACH;
         n = mt_dom_following(n, c->body), seen++) {
        if (n->type == MT_NODE_TEXT) {
            if (mt_ascii_skip_space(n->data, n->data_len) < n->data_len)
                return 0;
            continue;
        }
        if (mt_dom_is_heading(n))
            return 0;
        if (picture || !mt_dom_is_html(n, MT_TAG_IMG) || (!linked && in_tag(c, n, MT_TAG_A)))
            continue;
        const mt_attr *w = mt_dom_attr(n, "width", 5), *ht = mt_dom_attr(n, "height", 6);
        if ((w && w->value_len < 3) || (ht && ht->value_len < 3))
            continue;   /* a pixel, an icon, an avatar: under 100 pixels */
        picture = mt_dom_attr(n, "src", 3) || mt_dom_attr_z(n, "data-src");
    }
    return picture && seen < HEADED_IMAGE_REACH && (!next || ends_a_post(next));
}

/* Whether two blocks' texts are the same in any ASCII case. */
static int same_text_ci(const xblock *a, const xblock *b)
{
    if (a->pub.text_len != b->pub.text_len)
        return 0;
    for (size_t k = 0; k < a->pub.text_len; k++)
        if (mt_ascii_lower((unsigned char)a->pub.text[k]) !=
            mt_ascii_lower((unsigned char)b->pub.text[k]))
            return 0;
    return 1;
}

/* Whether n, or one of its ancestors below the body within `reach`
 * levels, is one of nodes[0..count) (the few elements a page check found:
 * tab panels, elements with a hidden id; a thread's box). */
int mt_prune_under_one_of(const extract_ctx *c, const mt_node *n, const mt_node *const *nodes,
                          int count, int reach)
{
    for (int up = 0; n && n != c->body && up < reach; n = n->parent, up++)
        for (int k = 0; k < count; k++)
            if (nodes[k] == n)
                return 1;
    return 0;
}

/* Whether block i is a plain heading (no link) over a picture alone that
 * may link (heads_a_picture). */
static int titles_a_picture(const extract_ctx *c, const block_list *blocks, size_t i)
{
    const xblock *x = &blocks->items[i];
    return is_type(x, MT_BLOCK_HEADING) && !x->link_chars && x->node &&
           heads_a_picture(c, x->node, i + 1 < blocks->count ? &blocks->items[i + 1] : NULL, 1);
}

/* Whether heading i is one of a gallery's titles: plain headings of one
 * rank in a row, each over a picture alone. The pictures may link (to
 * their source, to their full size): it is the run of titles, not one
 * heading over one linked picture (a widget's "Like our site?" over its
 * badge), that makes the gallery. */
static int titles_in_gallery(const extract_ctx *c, const block_list *blocks, size_t i)
{
    if (!titles_a_picture(c, blocks, i))
        return 0;
    int level = blocks->items[i].pub.level;
    return (i > 0 && blocks->items[i - 1].pub.level == level && titles_a_picture(c, blocks, i - 1)) ||
           (i + 1 < blocks->count && blocks->items[i + 1].pub.level == level &&
            titles_a_picture(c, blocks, i + 1));
}

/* A deck says what the story is about in a line of words; a shorter
 * heading under the headline is a widget's label ("Top picks", "Listen to
 * this article"). In characters that are not spaces, or in characters of
 * scripts written without spaces. */
#define DECK_MIN_CHARS 30
#define DECK_MIN_CJK 10

static int reads_as_a_deck(const xblock *x)
{
    if (x->chars >= DECK_MIN_CHARS)
        return 1;
    text_stats st;
    mt_text_stats(x->pub.text, x->pub.text_len, &st);
    return st.cjk >= DECK_MIN_CJK;
}

int mt_prune_deck_under(const extract_ctx *c, const xblock *h, const xblock *x)
{
    return is_type(x, MT_BLOCK_HEADING) && reads_as_a_deck(x) && is_type(h, MT_BLOCK_HEADING) &&
           h->pub.level < x->pub.level &&
           (h->pub.level == 1 || mt_textkey_same(&c->title_key, h->pub.text, h->pub.text_len)) &&
           !(x->boiler & K_META) && x->link_chars * 2 < x->chars;
}

/* Whether blocks->items[i], a heading, is the deck under the headline, the
 * kept block before it. A deck says what the story is about and heads
 * nothing; the byline set as a heading may follow it, not the same words
 * again. */
static int is_deck(const extract_ctx *c, const block_list *blocks, size_t i)
{
    const xblock *x = &blocks->items[i];
    size_t k = i;
    while (k > 0 && !(kept_bit(&blocks->items[k - 1]) && !is_type(&blocks->items[k - 1], MT_BLOCK_IMAGE)))
        k--;
    if (k == 0 || !mt_prune_deck_under(c, &blocks->items[k - 1], x))
        return 0;
    /* read on only under the headline: the headings after this one, over
     * nothing, were dropped, and a walk past them from each would be
     * quadratic in a page of empty headings */
    for (size_t j = i + 1; j < blocks->count; j++)
        if (kept_bit(&blocks->items[j]))
            return !same_text_ci(x, &blocks->items[j]);   /* said again: the standfirst */
    return 1;
}

/* Drops headings that no kept text follows before the next heading of the
 * same or a higher rank ("Related articles" over a dropped list), but for a
 * heading over a picture of its own and the deck under the headline. */
static void drop_orphan_headings(const extract_ctx *c, block_list *blocks)
{
    int next_is_text = 0;
    int next_heading_level = 0;     /* 0: nothing kept after */
    for (size_t i = blocks->count; i-- > 0;) {
        xblock *x = &blocks->items[i];
        /* captions and images are not text under a heading ("Video" over a
         * video's caption), nor is a thematic break that ends the text
         * (an <hr> under "Add your comment" over a form left out): one
         * between sections closes the one above (a heading over a video) */
        if (!kept_bit(x) || is_type(x, MT_BLOCK_CAPTION) || is_type(x, MT_BLOCK_IMAGE) ||
            (is_type(x, MT_BLOCK_BREAK) && !next_is_text && next_heading_level == 0))
            continue;
        if (x->pub.type != MT_BLOCK_HEADING || heading_reads_as_text(x)) {
            next_is_text = 1;
            next_heading_level = 0;
            continue;
        }
        int level = x->pub.level;
        if (!next_is_text && (next_heading_level == 0 || next_heading_level <= level) &&
            !(x->node &&
              heads_a_picture(c, x->node, i + 1 < blocks->count ? &blocks->items[i + 1] : NULL, 0)) &&
            !titles_in_gallery(c, blocks, i) &&
            !is_deck(c, blocks, i)) {
            x->flags &= (uint8_t)~XB_KEEP;
            continue;
        }
        next_is_text = 0;
        next_heading_level = level;
    }
}

/* Running text: a paragraph this long opens the article's body. */
#define BODY_PARAGRAPH_CHARS 80

/* A date on a line of its own in the article's header (under the headline,
 * before the body's first paragraph) is the page's date, which the date
 * field carries, not a sentence of its text. Further down, a date alone is
 * a part of the text (a day's heading in a timeline), and a list of dates
 * is a list anywhere. */
static void drop_datelines(block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if (!(x->flags & XB_KEEP) || x->pub.type != MT_BLOCK_PARAGRAPH)
            continue;
        if (mt_metadata_is_date_line(x->pub.text, x->pub.text_len))
            x->flags &= (uint8_t)~XB_KEEP;
        else if (x->chars >= BODY_PARAGRAPH_CHARS)
            return;
    }
}

/* A time ago on a line of its own ("3 months ago", "Last updated 3 months
 * ago") after the article's body has begun is a widget's time stamp (a
 * page's last edit, a feedback box's); over the body it is the article's
 * dateline, which corpora of news count as its text. */
static void drop_late_time_stamps(block_list *blocks)
{
    size_t i = 0;
    while (i < blocks->count && !((blocks->items[i].flags & XB_KEEP) &&
                                  blocks->items[i].pub.type == MT_BLOCK_PARAGRAPH &&
                                  blocks->items[i].chars >= BODY_PARAGRAPH_CHARS))
        i++;
    for (; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if ((kept_bit(x) & is_type(x, MT_BLOCK_PARAGRAPH) &
             (x->pub.text_len <= MT_DATE_LINE_MAX)) &&
            mt_metadata_is_time_ago_line(x->pub.text, x->pub.text_len))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* Whether a line is what the button beside a code block says ("Copy",
 * "Copied!", "Copy to clipboard"). Alone, "Copy" may be a section's title
 * or a menu's item: only beside code is it the button. */
static int is_copy_label(const xblock *x)
{
    static const known_text labels[] = {
        KNOWN("copy"), KNOWN("copied"), KNOWN("copied!"), KNOWN("copy to clipboard"),
        KNOWN("copy code"), KNOWN("kopieren"), KNOWN("kopiert"), KNOWN("copier"),
        KNOWN("copi\xc3\xa9"), KNOWN("copiar"), KNOWN("copiado"), KNOWN("copia"),
        KNOWN("copiato"),
    };
    if (x->pub.type != MT_BLOCK_PARAGRAPH || x->chars > 20)
        return 0;
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, i = mt_ascii_skip_space(t, n);
    while (n > i && mt_ascii_is_space(t[n - 1]))
        n--;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (labels[k].len == n - i && mt_ascii_equal_ci(t + i, labels[k].s, n - i))
            return 1;
    return 0;
}

/* Drops the copy buttons right before or after a code block. */
static void drop_copy_buttons(block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if (!(kept_bit(x) & is_type(x, MT_BLOCK_PARAGRAPH) & (x->chars <= 20)) || !is_copy_label(x))
            continue;
        if ((i > 0 && blocks->items[i - 1].pub.type == MT_BLOCK_CODE) ||
            (i + 1 < blocks->count && blocks->items[i + 1].pub.type == MT_BLOCK_CODE))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* Drops the lines of a comment thread's interface left in the text
 * ("Add your comment", "No comments yet"; mt_vocab_thread_interface): a
 * site's words, not the writer's. They stay there when the thread's box is
 * not taken for the comments' (a short story's, holding more text than
 * the story). */
static void drop_thread_interface(block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if ((kept_bit(x) & is_type(x, MT_BLOCK_PARAGRAPH) &
             (x->pub.text_len <= THREAD_INTERFACE_LINE_MAX)) &&
            mt_vocab_thread_interface(x->pub.text, x->pub.text_len))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* Whether a text opens with the label of a link to another story ("Read
 * more: ...", "Lesen Sie auch: ..."). Calls to act ("Download the full
 * case study here", "See also: ...") are a post's own words: blog corpora
 * keep them. */
static int opens_with_read_more(const char *t, size_t n)
{
    static const known_text labels[] = {
        KNOWN("read more"), KNOWN("also read:"), KNOWN("read also:"), KNOWN("read next:"),
        KNOWN("related:"), KNOWN("lesen sie auch:"), KNOWN("mehr zum thema:"),
        KNOWN("lire aussi"), KNOWN("leggi anche:"), KNOWN("lee tambi\xc3\xa9n:"),
        KNOWN("lea tambi\xc3\xa9n:"),
    };
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (labels[k].len <= n && mt_ascii_equal_ci(t, labels[k].s, labels[k].len))
            return 1;
    return 0;
}

/* Whether a sentence opens at t[p] (p >= 2), a capital after a full stop
 * and a space, with the label of a link to another story. */
static int read_more_at(const char *t, size_t n, size_t p)
{
    return mt_ascii_is_upper(t[p]) && t[p - 1] == ' ' &&
           (t[p - 2] == '.' || t[p - 2] == '!' || t[p - 2] == '?') &&
           opens_with_read_more(t + p, n - p);
}

/* Where, in a paragraph's text, a sentence opens with the label of a link
 * to another story ("... was worth. Read more: The rising cost of ...",
 * "... in 2012. Read more"), its linked text after it (at least half of
 * the rest, and no more link before it): the link is no part of the
 * paragraph. 0 when there is none. Read from the end, as far as the rest
 * can reach (twice the links' characters). */
static size_t read_more_tail(const xblock *x)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, found = 0, p = n;
    uint32_t chars = 0;     /* of the rest from p on */
#ifdef MT_SWAR_LE
    /* eight bytes a step while the rest stays within reach: their
     * characters counted at once (neither white space nor a UTF-8
     * continuation byte), their capitals tried, the first that opens a
     * sentence so the one furthest back */
    for (; p >= 8 + 2; p -= 8) {
        uint64_t w = mt_load64(t + p - 8);
        uint64_t counted = ~mt_swar_bytes_in(w, 0, ' ') & ~(w & ~(w << 1)) & MT_SWAR_HIGHS;
        uint32_t k = mt_swar_count(counted);
        if (chars + k > 2 * x->link_chars)
            break;      /* the bytes one by one, to the last in reach */
        chars += k;
        for (uint64_t up = mt_swar_bytes_in(w, 'A', 'Z'); up; up &= up - 1)
            if (read_more_at(t, n, p - 8 + mt_swar_first(up))) {
                found = p - 8 + mt_swar_first(up);
                break;
            }
    }
#endif
    while (p-- > 2) {
        unsigned char c = (unsigned char)t[p];
        chars += c > ' ' && (c & 0xC0) != 0x80;
        if (chars > 2 * x->link_chars)
            break;
        if (read_more_at(t, n, p))
            found = p;
    }
    if (!found)
        return 0;
    text_stats tail;
    mt_text_stats(t + found, n - found, &tail);
    return x->link_chars <= tail.chars && x->link_chars * 2 >= tail.chars ? found : 0;
}

/* The longest last line read_more_line looks at, in bytes: the label
 * and a mark or two after it ("Read more \xc2\xbb", "read more..."). */
#define READ_MORE_LINE_MAX 24

/* Where, in a paragraph's text, its last line begins when that line,
 * after a line break, is only a linked "read more" and a mark or two
 * ("... to perform like one.\nread more"): a teaser's link to the whole
 * story, no part of the paragraph. The paragraph's links are at least
 * that line. 0 when there is none. */
static size_t read_more_line(const xblock *x)
{
    static const char label[] = "read more";
    const size_t len = sizeof label - 1;
    const char *t = x->pub.text;
    size_t n = x->pub.text_len;
    while (n && mt_ascii_is_space(t[n - 1]))
        n--;
    size_t p = n;
    while (p && t[p - 1] != '\n' && n - p < READ_MORE_LINE_MAX)
        p--;
    if (!p || t[p - 1] != '\n')
        return 0;
    size_t s = p + mt_ascii_skip_space(t + p, n - p);
    if (n - s < len || !mt_ascii_equal_ci(t + s, label, len))
        return 0;
    for (size_t k = s + len; k < n; k++)
        if (mt_ascii_is_alnum(t[k]))
            return 0;   /* more words: "Read more about the dykes" */
    text_stats line;
    mt_text_stats(t + s, n - s, &line);
    return x->link_chars >= line.chars ? p : 0;
}

/* Keeps a block's text from byte `from` to byte `end` alone, white space
 * at the cuts left out, and its spans with it: those wholly outside go,
 * one that runs past a cut stops there, in a copy made in the arena (with
 * the offsets now from `from`). The text is a copy too: a block's text
 * ends in a NUL (maintext.h), and the builder's may be another block's.
 * The counts lose what was cut; its link text is not kept apart. */
void mt_prune_keep_text(const extract_ctx *c, xblock *x, size_t from, size_t end)
{
    const char *t = x->pub.text;
    while (end > from && mt_ascii_is_space(t[end - 1]))
        end--;
    while (from && from < end && mt_ascii_is_space(t[from]))
        from++;
    char *text = mt_arena_strndup(c->arena, t + from, end - from);
    if (!text)
        return;     /* no memory: the text stays whole */
    size_t first = 0, last, moved = from != 0;
    while (from && first < x->pub.nspans && x->pub.spans[first].end <= from)
        first++;
    for (last = first; last < x->pub.nspans && x->pub.spans[last].start < end; last++)
        moved |= x->pub.spans[last].end > end || x->pub.spans[last].start < from;
    if (moved && last > first) {
        mt_span *copy = mt_arena_alloc(c->arena, (last - first) * sizeof *copy);
        if (!copy)
            return;     /* no memory: the text stays whole */
        for (size_t k = 0; k < last - first; k++) {
            copy[k] = x->pub.spans[first + k];
            copy[k].start = copy[k].start > from ? copy[k].start - (uint32_t)from : 0;
            copy[k].end = (copy[k].end < end ? copy[k].end : (uint32_t)end) - (uint32_t)from;
        }
        x->pub.spans = copy;
    }
    /* (unmoved, the spans are the first ones: nothing was cut before them) */
    x->pub.nspans = last - first;
    text_stats cut;
    uint32_t lost = 0;
    if (from) {
        mt_text_stats(t, from, &cut);
        lost += cut.chars;
    }
    if (end < x->pub.text_len) {
        mt_text_stats(t + end, x->pub.text_len - end, &cut);
        lost += cut.chars;
    }
    x->chars = x->chars > lost ? x->chars - lost : 0;
    x->link_chars = 0;
    x->pub.text = text;
    x->pub.text_len = end - from;
}

/* Cuts a block's text at byte `end` (mt_prune_keep_text). */
void mt_prune_cut_text(const extract_ctx *c, xblock *x, size_t end)
{
    mt_prune_keep_text(c, x, 0, end);
}

/* Takes the link to another story off the end of the kept paragraphs
 * (read_more_tail, read_more_line). */
static void cut_read_more_tails(const extract_ctx *c, block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if (!(kept_bit(x) & is_type(x, MT_BLOCK_PARAGRAPH) & (x->link_chars != 0)))
            continue;
        size_t tail = read_more_tail(x);
        if (!tail)
            tail = read_more_line(x);
        if (tail)
            mt_prune_cut_text(c, x, tail);
    }
}

/* The longest credit cut off a caption's end, in bytes: a photographer
 * and an agency or two ("© AFP / Jan Muster", "(Foto: Eva Beispiel,
 * Stadtarchiv)"). */
#define CAPTION_CREDIT_MAX 100

/* Whether byte t[k] (k < n) ends a caption's words before its credit: a
 * space, a comma, a bar, a slash, a hyphen, or the last byte of an en or
 * em dash (E2 80 93, E2 80 94). */
static int credit_separator(const char *t, size_t k)
{
    unsigned char b = (unsigned char)t[k];
    if (mt_ascii_is_space(b) || b == ',' || b == '|' || b == '/' || b == '-')
        return 1;
    return k >= 2 && (b == 0x93 || b == 0x94) && (unsigned char)t[k - 2] == 0xE2 &&
           (unsigned char)t[k - 1] == 0x80;
}

/* The end of a caption's words before byte p: the separators before it
 * passed over, backwards. */
static size_t before_separators(const char *t, size_t p)
{
    while (p && credit_separator(t, p - 1))
        p -= (unsigned char)t[p - 1] >= 0x80 ? 3 : 1;
    return p;
}

/* Whether round brackets are balanced in t[from..to): a credit cut there
 * must not leave an aside open ("The mayor (right, photo: X) opens ..."). */
static int brackets_balanced(const char *t, size_t from, size_t to)
{
    long depth = 0;
    for (size_t k = from; k < to; k++) {
        depth += (t[k] == '(') - (t[k] == ')');
        if (depth < 0)
            return 0;
    }
    return depth == 0;
}

/* Whether the credit that opens at t[p] follows the end of the caption's
 * words: a full stop, a closing bracket, or separators wider than a
 * space ("The old harbour. Foto: X", "The old harbour - Foto: X"). */
static int after_caption_words(const char *t, size_t p)
{
    size_t q = before_separators(t, p);
    unsigned char b = q ? (unsigned char)t[q - 1] : 0;
    return q < p - 1 || b == '.' || b == '!' || b == '?' || b == ')';
}

/* The longest word in small letters that a line of names may hold ("de",
 * "von", "and", "dpa"): a longer one is a sentence's ("Hundreds of people
 * came", "still hangs above the gate"). */
#define NAME_LINK_MAX 3

/* Whether t[p..n) reads as names only: no word in small ASCII letters
 * longer than NAME_LINK_MAX. */
static int names_only(const char *t, size_t n, size_t p)
{
    while (p < n) {
        while (p < n && t[p] == ' ')
            p++;
        size_t w = p;
        while (p < n && t[p] != ' ')
            p++;
        if (p - w > NAME_LINK_MAX && t[w] >= 'a' && t[w] <= 'z')
            return 0;
    }
    return 1;
}

/* Whether a name follows a copyright sign at t[p..n): after white space
 * and a year, a capital or a letter outside ASCII ("(c) the new pier" is
 * a list's third item, "the © sign" a word). */
static int names_after_sign(const char *t, size_t n, size_t p)
{
    p += (unsigned char)t[p] == 0xC2 ? 2 : 3;   /* "©" or "(c)" */
    while (p < n && (mt_ascii_is_space(t[p]) || mt_ascii_is_digit(t[p])))
        p++;
    return p < n && (mt_ascii_is_upper(t[p]) || (unsigned char)t[p] >= 0x80);
}

/* Whether a picture's credit opens at t[p] of a caption, after a space,
 * and runs to its end: a copyright sign and names ("... in Pennsylvania ©
 * Jan Muster"), or a label of one word and its colon (mt_vocab_credit_line:
 * "Foto:", "Credit:"), after the caption's words (after_caption_words),
 * or as an aside of its own that closes the caption ("(Foto: X)"). An agency's
 * name alone ("Getty Images", "dpa/") is a part of the credit ("Jan
 * Muster / AFP - Getty Images"); a credit word without its label ("Photo
 * by X", "a photo of") may be the caption's sentence, which some corpora
 * keep whole. */
static int caption_credit_at(const char *t, size_t n, size_t p)
{
    /* after a space: a credit on a line of its own under the caption is
     * one that corpora keep ("(Bild: Hersteller)") */
    if (p < 2 || t[p - 1] != ' ' || !mt_vocab_credit_line(t + p, n - p))
        return 0;
    /* the one credit that opens with byte C2 is "©": after the caption's
     * words, or before a name (agencies and photographers' handles may be
     * in small letters: "© imago/Nordphoto"); "(c)" is also a list's third
     * item ("(b) the quay and (c) the pier"), a credit only before a name */
    if ((unsigned char)t[p] == 0xC2)
        return after_caption_words(t, p) || (names_after_sign(t, n, p) && names_only(t, n, p));
    if (n - p >= 3 && mt_ascii_equal_ci(t + p, "(c)", 3))
        return names_after_sign(t, n, p);
    const char *colon = memchr(t + p, ':', n - p < 16 ? n - p : 16);
    if (!colon || memchr(t + p, ' ', (size_t)(colon - (t + p))))
        return 0;   /* no label, or one of more words ("(Photo by X)": a sentence's) */
    if (t[p] == '(') {
        /* the aside must close the caption, a stop after it at most */
        const char *close = memchr(t + p, ')', n - p);
        size_t rest = close ? (size_t)(close - t) + 1 : n;
        while (rest < n && (t[rest] == '.' || mt_ascii_is_space(t[rest])))
            rest++;
        return rest == n;
    }
    return after_caption_words(t, p);
}

/* Whether the stop at t[k] is an initial's ("J. Muster"): a word of one
 * letter before it, and names only after it. */
static int initial_before(const char *t, size_t n, size_t k)
{
    return k >= 1 && mt_ascii_is_letter(t[k - 1]) &&
           (k == 1 || !mt_ascii_is_letter(t[k - 2])) && names_only(t, n, k + 1);
}

/* Whether t[p..n) holds no sentence break (a full stop, white space and
 * more text, but for an initial's stop): a credit is one line of names,
 * and a caption's second sentence after "Foto: X." is the caption's. An
 * abbreviation ("Nr. 345") reads as a break: the credit stays, as any
 * doubtful one does. */
static int one_credit(const char *t, size_t n, size_t p)
{
    for (size_t k = p; k + 2 < n; k++)
        if ((t[k] == '.' || t[k] == '!' || t[k] == '?') && mt_ascii_is_space(t[k + 1]) &&
            !mt_ascii_is_space(t[k + 2]) && !(t[k] == '.' && initial_before(t, n, k)))
            return 0;
    return 1;
}

/* Where, in a caption's text, the words end before the picture's credit
 * that closes it ("The skier at the start. © AFP / Jan Muster", "The
 * new dyke (Quelle: Eva Beispiel/Stadtarchiv)"): the
 * furthest back such a credit opens in the last CAPTION_CREDIT_MAX bytes,
 * its separators left out. 0 when there is none, or when the words before
 * it are a label of one word ("Fotos © X", "Illustration © X", "Bild: ©
 * X"): the line is a credit as a whole, and a corpus that keeps it keeps
 * it whole. */
static size_t caption_credit_tail(const xblock *x)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, p = n > CAPTION_CREDIT_MAX ? n - CAPTION_CREDIT_MAX : 2;
    while (p + 1 < n && !(caption_credit_at(t, n, p) && one_credit(t, n, p)))
        p++;
    if (p + 1 >= n)
        return 0;
    size_t end = before_separators(t, p);
    if (!end || t[end - 1] == ':' || !memchr(t, ' ', end) || !brackets_balanced(t, 0, end) ||
        !brackets_balanced(t, p, n))
        return 0;
    return end;
}

/* A picture's credit is no text (a credit line alone goes:
 * mt_prune_looks_like_boilerplate); one set at the end of its caption, after the
 * caption's words, is taken off them with the separator before it. Only
 * captions: a paragraph may end on a sentence's "Image: ..." (a book's
 * title). Not a table's <caption>: its "Source: ..." tells where the
 * figures come from, which a reader of the table needs. */
static void cut_caption_credits(const extract_ctx *c, block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if (!kept_bit(x) || (!is_type(x, MT_BLOCK_CAPTION) &&
                             !(is_type(x, MT_BLOCK_PARAGRAPH) && (x->boiler & K_CAPTION))))
            continue;
        /* a table's caption is built with the table (blocks.c), as its node */
        if (!x->node || mt_dom_is_html(x->node, MT_TAG_TABLE) ||
            in_tag(c, x->node, MT_TAG_CAPTION))
            continue;
        size_t end = caption_credit_tail(x);
        if (end)
            mt_prune_cut_text(c, x, end);
    }
}

/* Whether the line t[0..n) is a number and nothing else: at most six
 * digits, signed perhaps, or with `marks` also numbered ("#12") or
 * ordinal ("3."), as a comment's place in its thread or its votes. */
int mt_prune_number_line(const char *t, size_t n, int marks)
{
    size_t i = n && (t[0] == '-' || t[0] == '+' || (marks && t[0] == '#'));
    size_t digits = i;
    while (i < n && mt_ascii_is_digit(t[i]))
        i++;
    if (i == digits || i - digits > 6)
        return 0;
    return i == n || (marks && i + 1 == n && t[i] == '.');
}

/* Whether a kept paragraph is a number and nothing else, signed perhaps
 * (at most six digits); its value in *value. */
static int is_lone_count(const xblock *x, long *value)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len;
    /* most blocks are longer: their text is not read */
    if (!(kept_bit(x) & is_type(x, MT_BLOCK_PARAGRAPH) & (n - 1 < 7)) ||
        !mt_prune_number_line(t, n, 0))
        return 0;
    *value = strtol(t, NULL, 10);
    return 1;
}

/* How far a counter's neighbours are looked for: the other counts of a
 * countdown, the other counters of a slideshow. */
#define COUNTER_REACH 40

/* The lone count nearest before (step -1) or after (+1) blocks->items[i],
 * through at most COUNTER_REACH blocks: 1 with its value, 0 if none. */

static int next_lone_count(const block_list *blocks, size_t i, int step, long *value)
{
    for (size_t k = i, n = 0; n < COUNTER_REACH; n++) {
        if (step < 0 ? k == 0 : k + 1 >= blocks->count)
            return 0;
        k = step < 0 ? k - 1 : k + 1;
        if (is_lone_count(&blocks->items[k], value))
            return 1;
    }
    return 0;
}

/* A number alone on a line is a widget's: a vote count beside a post
 * ("31", "-2"), a counter -- unless it counts with the numbers around it
 * (a countdown's "10", "9", ... over its entries, steps "1", "2", ...). */
static void drop_lone_counts(block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        long v, w;
        if (!is_lone_count(&blocks->items[i], &v))
            continue;
        int counts_on = (next_lone_count(blocks, i, -1, &w) && (w == v - 1 || w == v + 1)) ||
                        (next_lone_count(blocks, i, 1, &w) && (w == v - 1 || w == v + 1));
        if (!counts_on)
            blocks->items[i].flags |= XB_DROPPING;
    }
    for (size_t i = 0; i < blocks->count; i++)
        if (blocks->items[i].flags & XB_DROPPING)
            blocks->items[i].flags &= (uint8_t)~(XB_KEEP | XB_DROPPING);
}

/* A slideshow's counters ("1 / 6" over each slide) say the same whole
 * line after line; a count said once ("8 / 10" under a review's verdict)
 * is a score and stays. */
static void drop_slide_counters(block_list *blocks)
{
    /* dropped in place: a neighbour counts whether it is kept or not */
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        long whole, other;
        if (!(kept_bit(x) & is_type(x, MT_BLOCK_PARAGRAPH) & (x->chars <= POSITION_LINE_MAX)) ||
            !opens_with_digit(x) || position_of(x, &whole) != POSITION_COUNT)
            continue;
        size_t from = i > COUNTER_REACH ? i - COUNTER_REACH : 0;
        size_t to = blocks->count - i > COUNTER_REACH ? i + COUNTER_REACH : blocks->count - 1;
        for (size_t k = from; k <= to; k++) {
            const xblock *y = &blocks->items[k];
            if (k != i && y->pub.type == MT_BLOCK_PARAGRAPH &&
                position_of(y, &other) == POSITION_COUNT && other == whole) {
                x->flags &= (uint8_t)~XB_KEEP;
                break;
            }
        }
    }
}

/* The innermost list a node stands in, or NULL. */
static const mt_node *list_around(const mt_node *n)
{
    while (n && !mt_dom_is_html(n, MT_TAG_UL) && !mt_dom_is_html(n, MT_TAG_OL))
        n = n->parent;
    return n;
}

/* Whether a line ending in ':' introduces the block after it. A list
 * item introduces what is inside it or after it in its list ("Read
 * also:" over links); followed by what is outside the list, it is the
 * list's last field, left empty ("Further authors:"), which stands
 * whatever comes next. */
static int introduces_next(const xblock *x, const xblock *next)
{
    if (!is_type(x, MT_BLOCK_LIST_ITEM))
        return 1;
    if (!is_type(next, MT_BLOCK_LIST_ITEM))
        return next->pub.item_level >= x->pub.level;
    return next->pub.level > x->pub.level ||
           (next->pub.level == x->pub.level && list_around(next->node) == list_around(x->node));
}

/* A short line ending in ':' whose next block was dropped introduced what
 * was dropped ("Mehr zum Thema:", "Tags:") and goes with it. */
static void drop_orphan_labels(block_list *blocks)
{
    for (size_t i = 0; i + 1 < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if (!(kept_bit(x) & (x->chars < 50) & ends_in(x, ':')))
            continue;
        const xblock *next = &blocks->items[i + 1];
        if (!(next->flags & XB_KEEP) && introduces_next(x, next))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* The longest credit label left without its name, in bytes ("Fact
 * checked by", "Reviewed and edited by"). */
#define BARE_CREDIT_MAX 32

/* How far above a credit label its name's box may begin: the label and
 * the name share a byline's box. */
#define BARE_CREDIT_BOX_DEPTH 2

/* Whether block b's element lies in the element BARE_CREDIT_BOX_DEPTH
 * levels above a's (a small box holding both). */
static int in_same_small_box(const xblock *a, const xblock *b)
{
    const mt_node *box = a->node;
    for (int k = 0; box && k < BARE_CREDIT_BOX_DEPTH; k++)
        box = box->parent;
    return box && b->node && mt_dom_holds(box, b->node);
}

/* A short line ending in the word "by" ("By", "Verified by", "Fact
 * checked by") whose next block, in the same small box, was dropped has
 * lost the name it introduced: a byline's link or an author's box,
 * dropped as metadata or boilerplate. Alone it says nothing. With its
 * name kept ("Prepared by" over the names), or as the text's own line
 * ("Please stand by", a share box after it), it stays. */
static void drop_bare_credits(block_list *blocks)
{
    for (size_t i = 0; i + 1 < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        const xblock *next = &blocks->items[i + 1];
        size_t n = x->pub.text_len;
        if (!(kept_bit(x) & is_type(x, MT_BLOCK_PARAGRAPH)) || n < 2 || n > BARE_CREDIT_MAX ||
            (next->flags & XB_KEEP) || !x->node || !in_same_small_box(x, next))
            continue;
        const char *t = x->pub.text;
        if (mt_ascii_equal_ci(t + n - 2, "by", 2) && (n == 2 || t[n - 3] == ' '))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* A box's remains: a short line (a dropdown's "3 languages", a "Key
 * events" heading over links to the page's own posts) left alone in a
 * small box whose links were dropped. */
#define BOX_LABEL_MAX 40
/* How far up from a line to look for its box, and how many blocks a box
 * may hold each side of it. */
#define BOX_DEPTH 3
#define BOX_BLOCKS 32

static int is_box_label(const xblock *x)
{
    return kept_bit(x) & (x->chars < BOX_LABEL_MAX) & (x->punct == 0) &
           (is_type(x, MT_BLOCK_PARAGRAPH) | is_type(x, MT_BLOCK_HEADING));
}

/* Whether a line is the headline or a byline, which a box of share or
 * author links holds beside them in an article's header. */
static int is_headline_or_byline(const extract_ctx *c, const xblock *x)
{
    return (x->pub.type == MT_BLOCK_HEADING &&
            (x->pub.level == 1 || mt_textkey_same(&c->title_key, x->pub.text, x->pub.text_len))) ||
           (x->boiler & (K_META | K_AUTHOR));
}

/* What `box` holds among the blocks around blocks->items[i]: 1 when
 * dropped blocks of links, more text than its labels, and no kept text
 * but the labels (a heading with its "[edit]" link beside it is no box of
 * links; the headline or a byline is text); 0 when not; -1 when it holds
 * more than BOX_BLOCKS blocks on a side (no small box). */
static int holds_only_dropped_links(const extract_ctx *c, const block_list *blocks, size_t i,
                                    const mt_node *box, size_t *first, size_t *last)
{
    size_t a = i, z = i;
    while (a > 0 && blocks->items[a - 1].node && mt_dom_holds(box, blocks->items[a - 1].node))
        if (i - --a > BOX_BLOCKS)
            return -1;
    while (z + 1 < blocks->count && blocks->items[z + 1].node &&
           mt_dom_holds(box, blocks->items[z + 1].node))
        if (++z - i > BOX_BLOCKS)
            return -1;
    uint32_t labels = 0, links = 0;
    for (size_t k = a; k <= z; k++) {
        const xblock *y = &blocks->items[k];
        if (y->flags & XB_KEEP) {
            if (y->pub.type == MT_BLOCK_IMAGE)
                continue;
            if (!is_box_label(y) || is_headline_or_byline(c, y))
                return 0;
            labels += y->chars;
        } else if (y->chars && y->link_chars * 2 > y->chars) {
            links += y->link_chars;
        }
    }
    *first = a;
    *last = z;
    return links > labels;
}

/* Whether an element is where the search for a box stops: the region's
 * root, the article, <main>, the body. */
static int is_box_limit(const extract_ctx *c, const mt_node *n)
{
    return n == c->body || (ni(c, n)->flags & NI_REGION) || mt_dom_is_html(n, MT_TAG_ARTICLE) ||
           mt_dom_is_html(n, MT_TAG_MAIN);
}

/* Drops the short lines left alone in small boxes whose links were
 * dropped (see BOX_LABEL_MAX): each line's nearest box with dropped links,
 * up to BOX_DEPTH levels up and below the region's root, <article> and
 * <main>, goes as a whole. */
static void drop_box_remains(const extract_ctx *c, block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if (!is_box_label(x) || !x->node || is_headline_or_byline(c, x))
            continue;
        const mt_node *box = x->node->parent;
        for (int up = 0; up < BOX_DEPTH && box && !is_box_limit(c, box); up++, box = box->parent) {
            size_t first, last;
            int r = holds_only_dropped_links(c, blocks, i, box, &first, &last);
            if (r < 0)
                break;
            if (r == 0)
                continue;
            for (size_t k = first; k <= last; k++)
                blocks->items[k].flags &= (uint8_t)~XB_KEEP;
            break;
        }
    }
}

/* Visible characters of a dateline over the headline at most. */
#define DATELINE_MAX_CHARS 60

/* How many blocks above the headline a section's banner, or a kicker or
 * a dateline (drop_kickers), is looked for in. */
#define BANNER_REACH 12

/* Whether a kept heading is a banner over the headline: an <h1> that
 * does not say the title. */
static int banner_heading(const extract_ctx *c, const xblock *x)
{
    return x->pub.type == MT_BLOCK_HEADING && !heading_reads_as_text(x) &&
           x->pub.level == 1 && !mt_textkey_same(&c->title_key, x->pub.text, x->pub.text_len);
}

/* The longest tagline under a blog's name, in visible characters. */
#define TAGLINE_MAX_CHARS 100

/* Whether a block is a tagline: one short line of plain text, no link in
 * it and no date ("A blog covering security and security technology."),
 * the motto a blog sets under its name. */
static int tagline(const xblock *x)
{
    return plain_line(x, TAGLINE_MAX_CHARS) && !mt_metadata_has_date(x->pub.text, x->pub.text_len);
}

/* A blog's masthead inside the post's own box: its name in an <h1> and
 * its tagline right under it, over the post's headline with nothing but
 * headings (a dateline) between. Both name the blog, not the post; a
 * standfirst under a banner is a paragraph too but opens no blog. `k` is
 * the block that stopped the walk up from the headline (a tagline's
 * place); the kept block before it, no further than `reach`, is asked
 * whether it is the name. */
static void drop_masthead(const extract_ctx *c, block_list *blocks, size_t k, size_t reach)
{
    xblock *line = &blocks->items[k];
    if (!tagline(line))
        return;
    for (size_t j = k; j-- > reach;) {
        xblock *x = &blocks->items[j];
        if (!kept_bit(x) || x->pub.type == MT_BLOCK_IMAGE)
            continue;
        if (banner_heading(c, x)) {
            x->flags &= (uint8_t)~XB_KEEP;
            line->flags &= (uint8_t)~XB_KEEP;
        }
        return;
    }
}

/* A page has one headline: an <h1> above it, with no running text
 * between them, is the banner of the section or the site the article
 * stands in ("Computer Science > Machine Learning", "Travel"), set in
 * the page's largest type over every article of the section. It names
 * the section, not the story. (One that reads as text, a standfirst set
 * large, stays, and so does one saying the title: the headline twice.)
 * `head` is the headline's index. */
static void drop_banner_headings(const extract_ctx *c, block_list *blocks, size_t head)
{
    size_t reach = head > BANNER_REACH ? head - BANNER_REACH : 0;
    for (size_t k = head; k-- > reach;) {
        xblock *x = &blocks->items[k];
        if (!kept_bit(x) || x->pub.type == MT_BLOCK_IMAGE)
            continue;
        if (x->pub.type != MT_BLOCK_HEADING || heading_reads_as_text(x)) {
            drop_masthead(c, blocks, k, reach);
            return;     /* text above the headline: another layout */
        }
        if (banner_heading(c, x))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* A kicker: the short section label above a headline ("Energy", "Opinion",
 * "The long read"), a word or three without punctuation right before the
 * heading that repeats the title. It names the section, not the story.
 * A short line with a date there is the story's dateline ("Posted at
 * 02:30 PM ET, 08/15/2012", "Mary · Quickies · 7 Comments · October 29th,
 * 2012"): the date and author fields carry it. "Right before" counts the
 * two kept blocks above it: share buttons, dropped, often stand between. */
static void drop_kickers(const extract_ctx *c, block_list *blocks)
{
    for (size_t i = 1; i < blocks->count; i++) {
        const xblock *h = &blocks->items[i];
        if (!(kept_bit(h) & is_type(h, MT_BLOCK_HEADING)))
            continue;
        if (!mt_textkey_same(&c->title_key, h->pub.text, h->pub.text_len))
            continue;
        /* the two kept blocks above it, whatever dropped ones (share
         * buttons) stand between */
        int seen = 0;
        for (size_t k = i; k-- > 0 && k + BANNER_REACH >= i && seen < 2;) {
            xblock *x = &blocks->items[k];
            if (!(x->flags & XB_KEEP))
                continue;
            seen++;
            if (x->chars < 25 && x->punct == 0 && x->pub.type != MT_BLOCK_IMAGE)
                x->flags &= (uint8_t)~XB_KEEP;
            else if (x->chars < DATELINE_MAX_CHARS && x->pub.type == MT_BLOCK_PARAGRAPH &&
                     mt_metadata_has_date(x->pub.text, x->pub.text_len))
                x->flags &= (uint8_t)~XB_KEEP;
        }
        drop_banner_headings(c, blocks, i);
        return;     /* the first headline only */
    }
}

/* The blocks in their first order while the images stand aside. */
typedef struct aside {
    xblock *all;        /* every block, images among them */
    size_t count;       /* of all */
} aside;

/* Takes the images out of the list: the passes below judge a block by its
 * neighbours (the next block after a label, the distance from headline to
 * body), and the text they keep is to be the same with images asked for or
 * not. The first block after a teaser column passes its mark on to the
 * next text. Returns 0 when the list has no image (nothing stands aside)
 * or no memory for the copy (the passes then see the images). */
static int set_images_aside(const extract_ctx *c, block_list *blocks, aside *a)
{
    size_t images = 0;
    for (size_t i = 0; i < blocks->count; i++)
        images += blocks->items[i].pub.type == MT_BLOCK_IMAGE;
    if (!images)
        return 0;
    a->all = mt_arena_alloc(c->arena, blocks->count * sizeof *a->all);
    if (!a->all)
        return 0;
    memcpy(a->all, blocks->items, blocks->count * sizeof *a->all);
    a->count = blocks->count;
    size_t n = 0;
    uint8_t mark = 0;
    for (size_t i = 0; i < a->count; i++) {
        const xblock *x = &a->all[i];
        if (x->pub.type == MT_BLOCK_IMAGE) {
            mark |= x->flags & XB_AFTER_TEASERS;
            continue;
        }
        blocks->items[n] = *x;
        blocks->items[n++].flags |= mark;
        mark = 0;
    }
    blocks->count = n;
    return 1;
}

/* Puts the images back where they stood, among the judged text. Filled
 * from the end, a text block is always read before its place is written. */
static void put_images_back(block_list *blocks, const aside *a)
{
    size_t text = blocks->count;
    for (size_t i = a->count; i-- > 0;) {
        const xblock *x = &a->all[i];
        if (x->pub.type == MT_BLOCK_IMAGE) {
            blocks->items[i] = *x;
        } else {
            blocks->items[i] = blocks->items[--text];
            blocks->items[i].flags = (uint8_t)((blocks->items[i].flags & ~XB_AFTER_TEASERS) |
                                               (x->flags & XB_AFTER_TEASERS));
        }
    }
    blocks->count = a->count;
}

/* Deepest list level whose items are followed here (blocks.c's
 * MAX_LIST_DEPTH): item_level is never deeper. */
#define ITEM_LEVELS 32

/* Whether the current item at each level has its text; levels past `top`
 * are all 0 (most lists are flat: an item clears no level below it). */
typedef struct item_heads {
    uint8_t has[ITEM_LEVELS + 1];
    int top;
} item_heads;

/* The item at level d has (or has not) its text; the items below it are
 * new. */
static void set_item_head(item_heads *h, int d, uint8_t has)
{
    if (h->top > d)
        memset(h->has + d + 1, 0, (size_t)(h->top - d));
    h->has[d] = has;
    h->top = d;
}

/* The blocks inside list items, once the text is judged, among the blocks
 * shown together (the text: XB_KEEP; the comments: XB_COMMENT without
 * it): the rest of an item's text (judged as a list item) becomes the
 * item's paragraph; but when the item's own first text is not shown, the
 * first shown rest takes its place as the item, and blocks inside the
 * item without a shown first text stand outside the list rather than in
 * the item before. */
static void place_in_items(block_list *blocks, uint8_t mask, uint8_t value)
{
    item_heads head;
    memset(&head, 0, sizeof head);
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        int kept = (x->flags & mask) == value;
        if (x->pub.type == MT_BLOCK_LIST_ITEM && !(x->flags & XB_ITEM_MORE)) {
            int d = x->pub.level;
            if (d >= 1 && d <= ITEM_LEVELS)
                set_item_head(&head, d, (uint8_t)kept);
            continue;
        }
        int d = x->pub.item_level;
        if (d < 1 || d > ITEM_LEVELS || !kept)
            continue;
        if (x->flags & XB_ITEM_MORE) {
            if (head.has[d]) {
                x->pub.type = MT_BLOCK_PARAGRAPH;
                x->pub.level = x->pub.ordered = x->pub.number = 0;
                x->pub.list = 0;
                x->pub.numbering = 0;
            } else {
                x->pub.item_level = 0;   /* it is the item now */
                set_item_head(&head, d, 1);
            }
            x->flags &= (uint8_t)~XB_ITEM_MORE;
        } else if (!head.has[d]) {
            x->pub.item_level = 0;
        }
    }
}

/* The unlinked characters an item needs besides its link to say something
 * of its own: an author ("by Eden Litt"), a figure ("- 15.7%"). */
#define ITEM_NOTE_MIN 5

/* The bytes of text written straight after a link in its item, white space
 * left out: the item's own words. A teaser card sets its source or date
 * in an element of its own ("<span class=date>"), which is not counted. */
static size_t note_after(const mt_node *link)
{
    size_t n = 0;
    for (const mt_node *s = link->next; s; s = s->next)
        if (s->type == MT_NODE_TEXT)
            for (uint32_t i = 0; i < s->data_len; i++)
                n += !mt_ascii_is_space((unsigned char)s->data[i]);
    return n;
}

/* Whether a list item opens with its link and adds a note of its own after
 * it ("<a>Title</a> by Ann Lee", "<a>Title</a> - 15.7%"), with no
 * boilerplate markup above it: an entry of a list the text gives (its
 * sources, the papers of an issue, the figures it found). A menu's or a
 * teaser list's items are links alone; a label before the link ("Next:
 * <a>...</a>") is a way through pages, and so is a link that writes out
 * its address. */
static int link_with_note(const xblock *x)
{
    const mt_node *li = x->node;
    if (!is_type(x, MT_BLOCK_LIST_ITEM) || !li || !mt_dom_is_html(li, MT_TAG_LI) ||
        !x->link_chars || x->chars < x->link_chars + ITEM_NOTE_MIN ||
        (x->boiler & K_BOILERPLATE))
        return 0;
    const mt_node *n = li->first_child;
    while (n && n->type == MT_NODE_TEXT && mt_text_is_blank(n->data, n->data_len))
        n = n->next;
    if (!n || !mt_dom_is_html(n, MT_TAG_A) || note_after(n) < ITEM_NOTE_MIN)
        return 0;
    /* a link that writes out its own address names no work: a list of
     * them is a list of pages to go to, its notes their labels */
    return !mt_url_may_be_written(x->pub.text, x->pub.text_len) ||
           address_chars(x->pub.text, x->pub.text_len) * 10 < (size_t)x->link_chars * 9;
}

/* The end of the run of item blocks from `i` that are all items of the
 * list element `list` (no block of anything else between them). */
static size_t items_end(const block_list *blocks, size_t i, const mt_node *list)
{
    while (i < blocks->count && is_type(&blocks->items[i], MT_BLOCK_LIST_ITEM) &&
           blocks->items[i].node && blocks->items[i].node->parent == list)
        i++;
    return i;
}

/* The shortest sentence an item can be, in characters. */
#define ITEM_SENTENCE_MIN 40

/* Whether a list item is a sentence with its links in it ("We added Ruby
 * support to <a>Elastic Beanstalk</a>."), no boilerplate markup above it:
 * it ends in a full stop, which a teaser's headline never does. */
static int linked_sentence(const xblock *x)
{
    return is_type(x, MT_BLOCK_LIST_ITEM) && x->chars >= ITEM_SENTENCE_MIN &&
           !(x->boiler & K_BOILERPLATE) && mt_prune_ends_in_full_stop(x->pub.text, x->pub.text_len);
}

/* Whether every block in [from, to) is a link with a note (link_with_note)
 * or a sentence (linked_sentence). */
static int all_links_with_notes(const block_list *blocks, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (!link_with_note(&blocks->items[i]) && !linked_sentence(&blocks->items[i]))
            return 0;
    return 1;
}

/* The most lines of a paragraph read as a numbered list: a longer run of
 * lines is not read through (bounded work per block). */
#define NUMBERED_LINES_MAX 64

/* Whether line t[0..n) opens with the number k and a "." or ")" after it
 * ("3. ", "3) "). */
static int opens_with_number(const char *t, size_t n, unsigned k)
{
    unsigned v = 0;
    size_t i = 0;
    while (i < n && i < 4 && t[i] >= '0' && t[i] <= '9')
        v = v * 10 + (unsigned)(t[i++] - '0');
    return i && v == k && i < n && (t[i] == '.' || t[i] == ')');
}

/* Whether every line of a paragraph opens with its number, counting from
 * 1 ("1. ...", "2. ..."): a numbered list written as lines. */
static int numbered_lines(const xblock *x)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len, start = 0;
    unsigned k = 1;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && t[i] != '\n')
            continue;
        if (k > NUMBERED_LINES_MAX || !opens_with_number(t + start, i - start, k++))
            return 0;
        start = i + 1;
    }
    return 1;
}

/* A paragraph of numbered lines right after a paragraph of the text that
 * ends in a colon ("Here they are, from left to right:") is the list that
 * paragraph brings in, set as lines: menus and link columns are never
 * numbered from 1 under a sentence of the text. It stays, however much of
 * it links (each entry to its source). Left as judged with the precision
 * focus. */
static void keep_numbered_lines(const extract_ctx *c, block_list *blocks)
{
    if (c->opts->focus == MT_FOCUS_PRECISION)
        return;
    for (size_t i = 1; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        const xblock *intro = &blocks->items[i - 1];
        if ((x->flags & (XB_KEEP | XB_IN_MAIN)) != XB_IN_MAIN || !is_type(x, MT_BLOCK_PARAGRAPH) ||
            x->pub.text_len == 0 || x->pub.text[0] != '1' || (x->boiler & K_BOILERPLATE))
            continue;
        if ((intro->flags & XB_KEEP) && is_type(intro, MT_BLOCK_PARAGRAPH) && ends_in(intro, ':') &&
            numbered_lines(x))
            x->flags |= XB_KEEP;
    }
}

/* A list whose items each open with a link and add a note of their own,
 * or are sentences with their links in them, with the text kept on both
 * sides of it (a paragraph that brings it in, the text it leads on to), is
 * part of what the text says: "the papers in this issue are:", then each
 * title with its authors; a day of a week's news, then what happened. Its
 * links made its items look like a teaser list's one by one; related lists
 * and link columns close the text or stand beside it, not inside its flow,
 * and their items are headlines alone. Left as judged with the precision
 * focus. */
static void keep_noted_link_lists(const extract_ctx *c, block_list *blocks)
{
    if (c->opts->focus == MT_FOCUS_PRECISION)
        return;
    for (size_t i = 1; i < blocks->count;) {
        const xblock *x = &blocks->items[i];
        if (!is_type(x, MT_BLOCK_LIST_ITEM) || !x->node || !x->node->parent) {
            i++;
            continue;
        }
        const mt_node *list = x->node->parent;
        size_t end = items_end(blocks, i, list);
        if (end == i) {
            i++;
            continue;
        }
        const xblock *before = &blocks->items[i - 1], *after = &blocks->items[end];
        int inside_text = end < blocks->count && (before->flags & XB_KEEP) &&
                          is_type(before, MT_BLOCK_PARAGRAPH) && after->node &&
                          (after->flags & XB_KEEP) && !mt_dom_holds(list, after->node);
        /* one item with a note may be a teaser set in a list; one
         * sentence is the text's */
        int enough = end - i >= 2 || linked_sentence(x);
        if (inside_text && enough && all_links_with_notes(blocks, i, end))
            for (size_t k = i; k < end; k++)
                if (blocks->items[k].flags & XB_IN_MAIN)
                    blocks->items[k].flags |= XB_KEEP;
        i = end;
    }
}

/* A <noscript>'s note to readers without scripts runs to a line or two
 * ("For the best experience, please enable JavaScript."). */
#define SCRIPT_NOTE_MAX 200

/* Whether a text names JavaScript, in any case: the word is the same in
 * every language that asks for it to be turned on. */
static int mentions_javascript(const char *t, size_t n)
{
    for (size_t i = 0; i + 10 <= n; i++)
        if ((t[i] | 0x20) == 'j' && mt_ascii_equal_ci(t + i, "javascript", 10))
            return 1;
    return 0;
}

/* Beginnings of the words with which a note asks for scripts to be turned
 * on or says they are needed, in the languages that ask most ("please
 * enable", "aktivieren Sie", "activez", "habilita", "attiva"). */
static const char *const SCRIPT_REQUESTS[] = {
    "enabl", "disabl", "turn on", "turn it on", "switch on", "activat", "allow", "requir",
    "need", "aktivier", "deaktivier", "einschalt", "benötig", "erforderlich", "activer",
    "activez", "activé", "désactiv", "nécessit", "habilit", "deshabilit", "activa", "requiere",
    "necesit", "attiva", "abilit", "disabilit", "richied", "ativ", "inschakel",
};

/* Whether a word of a text opens with a request for scripts
 * (SCRIPT_REQUESTS), in any ASCII case. */
static int asks_for_scripts(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i && mt_ascii_is_alnum((unsigned char)t[i - 1]))
            continue;   /* inside a word */
        for (size_t k = 0; k < sizeof SCRIPT_REQUESTS / sizeof *SCRIPT_REQUESTS; k++) {
            size_t m = strlen(SCRIPT_REQUESTS[k]);
            if (m <= n - i && mt_ascii_equal_ci(t + i, SCRIPT_REQUESTS[k], m))
                return 1;
        }
    }
    return 0;
}

/* With <noscript> content parsed as markup (scripting off: the option, or
 * the second parse of a page that gave nothing otherwise), its text is the
 * page's fallback for readers without scripts -- often the whole article --
 * and a short line there that names JavaScript and asks for it to be
 * turned on is the fallback's own note, no part of the text. A line that
 * only names it ("esbuild compiles JavaScript in Go") is the article's. */
static void drop_script_notes(const extract_ctx *c, block_list *blocks)
{
    if (c->opts->parse.scripting)
        return;     /* <noscript> content is never shown then */
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if ((x->flags & XB_KEEP) && x->chars < SCRIPT_NOTE_MAX &&
            mentions_javascript(x->pub.text, x->pub.text_len) &&
            asks_for_scripts(x->pub.text, x->pub.text_len) && in_tag(c, x->node, MT_TAG_NOSCRIPT))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* An alert box (K_CALLOUT) above the headline is the site's banner
 * ("Scheduled maintenance: ..."); under it, a note of the text. Without a
 * headline that repeats the title the place says nothing, and it stays. */
static void drop_banners(const extract_ctx *c, block_list *blocks)
{
    size_t any = 0;
    while (any < blocks->count && !(blocks->items[any].boiler & K_CALLOUT))
        any++;
    if (any == blocks->count)
        return;     /* most pages: no alert box, no headline to look for */
    size_t head = 0;
    while (head < blocks->count &&
           !(blocks->items[head].pub.type == MT_BLOCK_HEADING &&
             mt_textkey_same(&c->title_key, blocks->items[head].pub.text,
                             blocks->items[head].pub.text_len)))
        head++;
    if (head == blocks->count)
        return;
    for (size_t i = 0; i < head; i++)
        if (blocks->items[i].boiler & K_CALLOUT)
            blocks->items[i].flags &= (uint8_t)~XB_KEEP;
}

/* A line that signs a box (mt_vocab_box_sign) is no longer than this;
 * the box it signs holds at most SIGNED_BOX_MAX characters, and half of
 * the region's at most. */
#define SIGN_LINE_MAX 400
#define SIGNED_BOX_MAX 600
/* How far up from a region's element its root (or a pull quote's box) is
 * looked for. */
#define REGION_REACH 64

/* The characters of the region around n: its root's, or the body's when
 * none is found within REGION_REACH levels. */
static uint32_t region_chars(const extract_ctx *c, const mt_node *n)
{
    for (int up = 0; n && n != c->body && up < REGION_REACH; n = n->parent, up++)
        if (ni(c, n)->flags & NI_REGION)
            return ni(c, n)->chars;
    return ni(c, c->body)->chars;
}

/* The box a signing line stands in: the nearest of its element's
 * ancestors, up to BOX_DEPTH levels above it and below the region's root,
 * the article and <main>, that holds more text than the line -- when that
 * one is small (SIGNED_BOX_MAX characters and half of the region's at
 * most); NULL when there is none. Only the nearest: a price widget inside
 * a review's verdict box is not the verdict. Most paragraphs stand in the
 * text's own box, too large at once. */
static const mt_node *signed_box(const extract_ctx *c, const mt_node *n, uint32_t line_chars)
{
    for (int up = 0; n && up <= BOX_DEPTH && !is_box_limit(c, n); n = n->parent, up++) {
        uint32_t chars = ni(c, n)->chars;
        if (chars > line_chars)
            return chars <= SIGNED_BOX_MAX && chars * 2 <= region_chars(c, n) ? n : NULL;
    }
    return NULL;
}

/* The blocks that `box` holds around blocks->items[i], BOX_BLOCKS each
 * side at most: [*first, *last], i among them. */
static void box_around(const block_list *blocks, size_t i, const mt_node *box, size_t *first,
                       size_t *last)
{
    size_t a = i, z = i;
    while (a > 0 && i - (a - 1) <= BOX_BLOCKS && blocks->items[a - 1].node &&
           mt_dom_holds(box, blocks->items[a - 1].node))
        a--;
    while (z + 1 < blocks->count && z + 1 - i <= BOX_BLOCKS && blocks->items[z + 1].node &&
           mt_dom_holds(box, blocks->items[z + 1].node))
        z++;
    *first = a;
    *last = z;
}

/* Drops blocks->items[first..last]. */
static void drop_range(block_list *blocks, size_t first, size_t last)
{
    for (size_t k = first; k <= last; k++)
        blocks->items[k].flags &= (uint8_t)~XB_KEEP;
}

/* A sign-up box's pitch beside its form ("Get our best stories every
 * week", "NEWSLETTER") is a few short lines, each under PITCH_MAX
 * characters, under PITCH_BOX_CHARS together; the box's nodes are read
 * PITCH_BOX_NODES far for the form. */
#define PITCH_MAX 160
#define PITCH_BOX_CHARS (3 * PITCH_MAX)
#define PITCH_BOX_NODES 256

/* Whether one of the e-mail fields pass 1 met stands in `box`, outside
 * `line`: what is asked before the box's nodes are read (a walk of them
 * for every short line of a page was a tenth of the content's work). */
static int box_has_mail_field(const extract_ctx *c, const mt_node *box, const mt_node *line)
{
    for (uint32_t k = 0; k < c->nmail_fields; k++)
        if (mt_dom_holds(box, c->mail_fields[k]) && !mt_dom_holds(line, c->mail_fields[k]))
            return 1;
    return 0;
}

/* Whether `box`, which holds an e-mail field (box_has_mail_field), is a
 * form to sign up with: fewer than PITCH_BOX_NODES nodes apart from
 * `line`, and no text area or password field among them (a comment or
 * contact form, a sign-in form: prune and features judge those). */
static int holds_sign_up_form(const mt_node *box, const mt_node *line)
{
    int seen = 0;
    for (const mt_node *n = box->first_child; n && seen < PITCH_BOX_NODES;
         n = mt_dom_following(n, box), seen++) {
        if (n == line) {
            n = mt_dom_following_skip(n, box);
            if (!n)
                break;
        }
        if (n->type != MT_NODE_ELEMENT)
            continue;
        if (mt_field_form_kind(n) != MT_PLAIN_FORM)
            return 0;
    }
    return seen < PITCH_BOX_NODES;
}

/* Whether the kept blocks of `box` around blocks->items[i] are all short
 * lines (PITCH_MAX), none the headline, a byline or a dated line (a byline
 * in a header that also holds a "follow the author" form), and together
 * under PITCH_BOX_CHARS and half the text kept (`text_chars`): a pitch,
 * not paragraphs of text that a form follows (a post's body of short
 * paragraphs with a form in it). Their range in *first, *last. */
static int keeps_only_pitch(const extract_ctx *c, const block_list *blocks, size_t i,
                            const mt_node *box, uint32_t text_chars, size_t *first, size_t *last)
{
    box_around(blocks, i, box, first, last);
    if ((*first > 0 && blocks->items[*first - 1].node &&
         mt_dom_holds(box, blocks->items[*first - 1].node)) ||
        (*last + 1 < blocks->count && blocks->items[*last + 1].node &&
         mt_dom_holds(box, blocks->items[*last + 1].node)))
        return 0;   /* more than BOX_BLOCKS a side: no small box */
    uint32_t pitch_chars = 0;
    for (size_t k = *first; k <= *last; k++) {
        const xblock *y = &blocks->items[k];
        if (!(y->flags & XB_KEEP) || y->pub.type == MT_BLOCK_IMAGE)
            continue;
        if (y->chars >= PITCH_MAX || is_headline_or_byline(c, y) ||
            mt_metadata_has_date(y->pub.text, y->pub.text_len))
            return 0;
        pitch_chars += y->chars;
    }
    return pitch_chars < PITCH_BOX_CHARS && pitch_chars * 2 <= text_chars;
}

/* Drops the pitch of a sign-up box: the short lines kept beside a form
 * that asks for an e-mail address, in its nearest box up to BOX_DEPTH
 * levels up (below the region's root, <article> and <main>), when the box
 * keeps nothing longer. The form itself is named a notice or holds no
 * text; what stands beside it ("News, tips and trends: we have plenty for
 * you!") says the same in the page's own words. */
static void drop_sign_up_pitches(const extract_ctx *c, block_list *blocks)
{
    if (!c->nmail_fields)
        return;
    uint32_t text_chars = 0;
    for (size_t i = 0; i < blocks->count; i++)
        text_chars += kept_bit(&blocks->items[i]) ? blocks->items[i].chars : 0;
    for (size_t i = 0; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if (!kept_bit(x) || x->chars >= PITCH_MAX || !x->node || is_headline_or_byline(c, x))
            continue;
        const mt_node *box = x->node->parent;
        for (int up = 0; up < BOX_DEPTH && box && !is_box_limit(c, box); up++, box = box->parent) {
            if (!box_has_mail_field(c, box, x->node) || !holds_sign_up_form(box, x->node))
                continue;
            size_t first, last;
            if (keeps_only_pitch(c, blocks, i, box, text_chars, &first, &last))
                drop_range(blocks, first, last);
            break;
        }
    }
}

/* Drops the blocks that `box` holds around blocks->items[i] (box_around),
 * that one too. */
static void drop_box_around(block_list *blocks, size_t i, const mt_node *box)
{
    size_t first, last;
    box_around(blocks, i, box, &first, &last);
    drop_range(blocks, first, last);
}

/* Whether one of blocks->items[first..last] is kept. */
static int keeps_any(const block_list *blocks, size_t first, size_t last)
{
    for (size_t k = first; k <= last; k++)
        if (blocks->items[k].flags & XB_KEEP)
            return 1;
    return 0;
}

/* A widget's first words (mt_vocab_box_opener) are a button's or a
 * label's: a line this long at most, or a link, that opens with them signs
 * its box; a longer line is a sentence or a heading of the text ("We check
 * over every car ...", "Write a review that answers one question"). */
#define BOX_OPENER_LINE_MAX 32

/* Whether a line is a short label naming a thing in quotes, the name as
 * long as it is (Be the first to review "Organic Cotton Tote Bag,
 * Large"): the line ends in a closing quotation mark, and an opening
 * one after a space comes within BOX_OPENER_LINE_MAX bytes, after the
 * label's words. A widget names its product so; a sentence that ends in
 * a quote has more than a label's words before it. */
static int labels_a_quoted_name(const char *t, size_t n)
{
    static const char *const closing[] = { "\xe2\x80\x9d", "\xe2\x80\x9c", "\xe2\x80\x99",
                                           "\xc2\xbb", "\"", "'" };
    static const char *const opening[] = { "\xe2\x80\x9c", "\xe2\x80\x9e", "\xe2\x80\x98",
                                           "\xc2\xab", "\"", "'" };
    while (n && (t[n - 1] == ' ' || t[n - 1] == '.'))
        n--;
    int closes = 0;
    for (size_t k = 0; k < sizeof closing / sizeof *closing && !closes; k++) {
        size_t m = strlen(closing[k]);
        closes = n > m && memcmp(t + n - m, closing[k], m) == 0;
    }
    if (!closes)
        return 0;
    size_t limit = n < BOX_OPENER_LINE_MAX ? n : BOX_OPENER_LINE_MAX;
    for (size_t i = 1; i < limit; i++)
        for (size_t k = 0; k < sizeof opening / sizeof *opening; k++) {
            size_t m = strlen(opening[k]);
            /* the name's opening mark after a space: not an apostrophe */
            if (t[i - 1] == ' ' && i + m < n && memcmp(t + i, opening[k], m) == 0)
                return 1;
        }
    return 0;
}

/* A notice's opening words (mt_vocab_notice_line) as a small box's
 * heading sign the box: a line this long at most; and the box's button, a
 * line of links this long at most. */
#define NOTICE_HEADING_MAX 60
#define APPEAL_BUTTON_MAX 40
#define APPEAL_BUTTON_REACH 3

/* Whether block x signs the box around it: a widget's first words as a
 * button or a label, or, `in_box` (a small one), an appeal's or a
 * lender's words anywhere in the line. */
static int signs_its_box(const xblock *x, int in_box)
{
    /* the opening words first: most lines are told by their first two
     * bytes, before their quotation marks are looked for */
    int button = x->chars <= BOX_OPENER_LINE_MAX || x->link_chars * 2 >= x->chars;
    return (mt_vocab_box_opener(x->pub.text, x->pub.text_len) &&
            (button || labels_a_quoted_name(x->pub.text, x->pub.text_len))) ||
           (in_box && mt_vocab_box_sign(x->pub.text, x->pub.text_len));
}

/* Whether block x, in a small box, opens as a notice ("Apoya el periodismo
 * ...", "We use cookies"): as the box's heading it goes as a notice, and
 * the pitch under it, in sentences of its own, would stay without it. */
static int notice_heads_box(const xblock *x, int in_box)
{
    return in_box && x->chars <= NOTICE_HEADING_MAX &&
           mt_vocab_notice_line(x->pub.text, x->pub.text_len);
}

/* Whether the box's blocks, blocks[first..last] but the i-th, or the
 * APPEAL_BUTTON_REACH blocks after them in the box's parent hold a button:
 * a short line of links ("Apoya a El Faro", "Become a member"), often in
 * a box of its own under the pitch's. An appeal asks for a click; a
 * section of the text headed by the same words ("Support local
 * journalism" over what a grant pays for) has sentences only. */
static int holds_button(const block_list *blocks, const mt_node *box, size_t first, size_t last,
                        size_t i)
{
    const mt_node *around = box->parent ? box->parent : box;
    size_t end = blocks->count - last > APPEAL_BUTTON_REACH ? last + APPEAL_BUTTON_REACH
                                                            : blocks->count - 1;
    for (size_t k = first; k <= end; k++) {
        const xblock *y = &blocks->items[k];
        if (k > last && !(y->node && mt_dom_holds(around, y->node)))
            break;
        if (k != i && y->chars && y->chars <= APPEAL_BUTTON_MAX && y->link_chars * 2 >= y->chars)
            return 1;
    }
    return 0;
}

/* A shop's price widget, a bank's advert, a calculator, a reviews widget,
 * an appeal for money: small boxes in or under the text, each signed by a
 * line of its own, kept or not ("Today's best deals", "Member FDIC", "...
 * funded by readers like you"), whose other lines ("Kindle Paperwhite
 * $129.99 View at Amazon", "5.15% APY", "Before you go") say nothing of
 * what they are. The signed box goes as a whole; a signing line in no
 * small box goes alone. */
static void drop_signed_boxes(const extract_ctx *c, block_list *blocks)
{
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        /* an appeal's words in the middle of a line sign a small box
         * only: in the text, a line is judged by its opening. A line
         * of words dropped already (an appeal's heading that opens as a
         * notice) still signs its box; links (menus, teasers) do not. */
        int kept = kept_bit(x);
        if (!(((x->flags & XB_IN_MAIN) != 0) & (x->node != NULL) &
              (x->chars - 1 < SIGN_LINE_MAX - 1) & !is_type(x, MT_BLOCK_IMAGE) &
              (kept | (x->link_chars * 2 < x->chars))))
            continue;
        const mt_node *box = signed_box(c, x->node, x->chars);
        size_t first = i, last = i;     /* the blocks the box holds (box_around) */
        /* a dropped line in a box with nothing kept: whatever it says,
         * nothing is left to drop (a third of the lines asked; the
         * appeal's words are looked for at every word). A kept line's box
         * is looked for among the blocks only when the line signs it. */
        if (!kept) {
            if (!box)
                continue;
            box_around(blocks, i, box, &first, &last);
            if (!keeps_any(blocks, first, last))
                continue;
        }
        int notice = 0;
        if (!signs_its_box(x, box != NULL)) {
            if (!notice_heads_box(x, box != NULL))
                continue;
            notice = 1;
        }
        if (kept && box)
            box_around(blocks, i, box, &first, &last);
        if (notice && !holds_button(blocks, box, first, last, i))
            continue;
        drop_range(blocks, first, last);
    }
}

/* A pull quote is a line this long at most; its text, folded to compare
 * with the text it was pulled from: its first and last PULLED_PIECE
 * letters and digits. */
#define PULLED_QUOTE_MAX 400
#define PULLED_PIECE 24
#define PULLED_MIN 16
/* How many pull quotes of a page are compared with the text: a few make
 * a page; each costs a fold of the blocks around it. */
#define PULLED_QUOTES_MAX 32
/* How many blocks each side of a pull quote its source is looked for in,
 * and how much of each is read. */
#define PULLED_REACH 12
#define PULLED_FOLD_MAX 4096

/* Folds text into out[0..cap): its letters and digits, ASCII ones
 * lowercased, without the marks around them (quotation marks and dashes
 * among them: “...,” she says, “...”); returns how many bytes it wrote. */
static size_t fold_words(const char *t, size_t len, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n < cap; i++) {
        unsigned char b = (unsigned char)t[i];
        if (b == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80) {
            i += 2;     /* U+2000-U+203F: quotation marks, dashes, spaces */
            continue;
        }
        if (b == 0xC2 && i + 1 < len && (unsigned char)t[i + 1] >= 0xA0 &&
            (unsigned char)t[i + 1] <= 0xBF) {
            i++;        /* Latin-1 marks: « » and the no-break space */
            continue;
        }
        if (b >= 0x80 || mt_ascii_is_alnum(b))
            out[n++] = (char)mt_ascii_lower(b);
    }
    return n;
}

static int holds_piece(const char *hay, size_t n, const char *piece, size_t k)
{
    for (size_t i = 0; i + k <= n; i++)
        if (hay[i] == piece[0] && memcmp(hay + i, piece, k) == 0)
            return 1;
    return 0;
}

/* Whether the text near blocks->items[i] (PULLED_REACH blocks each side,
 * kept and no pull quote) says again what the pull quote q[0..n) says:
 * its opening and its close, both, in the same block or in two (a quote
 * broken by "she says" in the text). */
static int said_nearby(const block_list *blocks, size_t i, const char *q, size_t n)
{
    size_t k = n < PULLED_PIECE ? n : PULLED_PIECE;
    int opening = 0, close = 0;
    char fold[PULLED_FOLD_MAX];
    size_t from = i > PULLED_REACH ? i - PULLED_REACH : 0;
    size_t to = blocks->count - i > PULLED_REACH ? i + PULLED_REACH : blocks->count - 1;
    for (size_t j = from; j <= to && !(opening && close); j++) {
        const xblock *y = &blocks->items[j];
        if (j == i || !(y->flags & XB_KEEP) || (y->boiler & K_PULLQUOTE))
            continue;
        size_t m = fold_words(y->pub.text, y->pub.text_len, fold, sizeof fold);
        opening |= holds_piece(fold, m, q, k);
        close |= holds_piece(fold, m, q + n - k, k);
    }
    return opening && close;
}

/* The nearest element above a block (REGION_REACH levels at most) that
 * is named a pull quote, when the markup also sets it apart as a quote or
 * beside the text: a <blockquote> in it or around it, or an <aside> or a
 * <figure> named so. A plain <div> or table cell named so is a line of the
 * text set large (old table layouts), kept as the text's. NULL: none. */
static const mt_node *pull_quote_box(const extract_ctx *c, const mt_node *n)
{
    int quoted = 0;
    for (int up = 0; n && n != c->body && up < REGION_REACH; n = n->parent, up++) {
        quoted |= mt_dom_is_html(n, MT_TAG_BLOCKQUOTE);
        if (ni(c, n)->kind & K_PULLQUOTE)
            return quoted || mt_dom_is_html(n, MT_TAG_ASIDE) || mt_dom_is_html(n, MT_TAG_FIGURE)
                       ? n : NULL;
    }
    return NULL;
}

/* A pull quote (markup named so) repeats words of the text, set large
 * beside it: where the text near it says them, it is a copy and goes, its
 * attribution with it; a quote that the text does not say is kept (some
 * pages set a quote only there). */
static void drop_pulled_quotes(const extract_ctx *c, block_list *blocks)
{
    int tested = 0;
    for (size_t i = 0; i < blocks->count && tested < PULLED_QUOTES_MAX; i++) {
        xblock *x = &blocks->items[i];
        if (!(x->boiler & K_PULLQUOTE) || !(x->flags & XB_KEEP) || !x->node ||
            x->chars >= PULLED_QUOTE_MAX)
            continue;
        const mt_node *box = pull_quote_box(c, x->node);
        if (!box)
            continue;
        char q[PULLED_QUOTE_MAX * 4];
        size_t n = fold_words(x->pub.text, x->pub.text_len, q, sizeof q);
        if (n < PULLED_MIN)
            continue;
        tested++;
        if (said_nearby(blocks, i, q, n)) {
            x->flags &= (uint8_t)~XB_KEEP;
            drop_box_around(blocks, i, box);
        }
    }
}

/* How many kept blocks above the headline are read for the lead
 * picture's caption and credit. */
#define LEAD_CAPTION_REACH 12

/* Whether a block is a picture's words: a caption (or markup named for
 * one), or a line in the picture's <figure> (its credit). */
static int pictures_words(const extract_ctx *c, const xblock *x)
{
    return is_type(x, MT_BLOCK_CAPTION) || (x->boiler & K_CAPTION) ||
           (x->node && in_tag(c, x->node, MT_TAG_FIGURE));
}

/* Whether the kept text after blocks->items[i] (the headline), pictures
 * aside, runs longer than `chars`: read only as far as it takes. */
static int text_after_outruns(const block_list *blocks, size_t i, uint32_t chars)
{
    uint32_t after = 0;
    for (size_t k = i + 1; k < blocks->count && after <= chars; k++) {
        const xblock *y = &blocks->items[k];
        if (kept_bit(y) && !is_type(y, MT_BLOCK_IMAGE))
            after += y->chars;
    }
    return after > chars;
}

/* The lead picture often stands above the headline, its caption and
 * credit with it, and joins the region: the article opens at its
 * headline, and a caption above it describes a picture the text never
 * reaches. When nothing but pictures and their words is kept before the
 * headline (a heading that repeats the title), those words go; the
 * pictures stay (they are shown only when asked for). A caption under
 * the headline, among the text, is the text's; so are the captions of a
 * photo essay whose headline only a credit follows: the text after the
 * headline must outrun the words above it. */
static void drop_captions_above_headline(const extract_ctx *c, block_list *blocks)
{
    size_t i = 0, seen = 0;
    uint32_t above = 0;
    for (; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if (!kept_bit(x) || is_type(x, MT_BLOCK_IMAGE))
            continue;
        if (is_headline_like(x) && !pictures_words(c, x) &&
            mt_textkey_same(&c->title_key, x->pub.text, x->pub.text_len))
            break;
        if (!pictures_words(c, x) || ++seen > LEAD_CAPTION_REACH)
            return;
        above += x->chars;
    }
    if (i == blocks->count || !text_after_outruns(blocks, i, above))
        return;
    for (size_t k = 0; k < i; k++)
        if (!is_type(&blocks->items[k], MT_BLOCK_IMAGE))
            blocks->items[k].flags &= (uint8_t)~XB_KEEP;
}

void mt_prune_blocks(extract_ctx *c, block_list *blocks)
{
    size_t kept = 0;
    int items = 0;      /* a list item's block: place_in_items has work */
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        /* the flags set without a branch: in the region or not, in
         * comments or not, change with no pattern */
        int in_main = x->node && (ni(c, x->node)->flags & NI_IN_REGION);
        unsigned kinds = kinds_above(c, x->node);
        x->boiler = (uint32_t)kinds;
        int comment = (kinds & K_COMMENT) != 0;
        x->flags |= (uint8_t)((XB_IN_MAIN & -in_main) | (XB_COMMENT & -comment));
        items |= is_type(x, MT_BLOCK_LIST_ITEM);
        if (!(x->flags & XB_IN_MAIN))
            continue;
        if (!mt_prune_looks_like_boilerplate(c, x, kinds)) {
            x->flags |= XB_KEEP;
            kept += x->pub.type != MT_BLOCK_HEADING && x->pub.type != MT_BLOCK_IMAGE;
        }
    }
    if (!kept)
        mt_prune_keep_thread(c, blocks);
    else {
        if (items)
            keep_noted_link_lists(c, blocks);
        keep_numbered_lines(c, blocks);
        mt_prune_end_at_thread_label(c, blocks);
        mt_prune_end_at_signed_posts(c, blocks);
    }
    drop_banners(c, blocks);
    drop_signed_boxes(c, blocks);
    drop_pulled_quotes(c, blocks);
    drop_script_notes(c, blocks);
    mt_prune_drop_unchosen_tabs(c, blocks);
    mt_prune_drop_hidden_by_id(c, blocks);
    aside a = { NULL, 0 };
    int aside_images = set_images_aside(c, blocks, &a);
    drop_datelines(blocks);
    drop_late_time_stamps(blocks);
    drop_copy_buttons(blocks);
    drop_thread_interface(blocks);
    cut_read_more_tails(c, blocks);
    cut_caption_credits(c, blocks);
    drop_lone_counts(blocks);
    drop_slide_counters(blocks);
    drop_orphan_labels(blocks);
    drop_bare_credits(blocks);
    mt_prune_drop_cut_excerpts(c, blocks);
    drop_box_remains(c, blocks);
    drop_sign_up_pitches(c, blocks);
    mt_prune_drop_teasers(c, blocks);
    drop_orphan_headings(c, blocks);
    /* a label over a heading that was an orphan introduced nothing */
    drop_orphan_labels(blocks);
    mt_prune_recover_lede(c, blocks);
    drop_kickers(c, blocks);
    drop_captions_above_headline(c, blocks);
    if (aside_images)
        put_images_back(blocks, &a);
    if (c->opts->include & MT_INCLUDE_COMMENTS) {
        mt_prune_judge_comments(c, blocks, 0, blocks->count);
        size_t from, to;
        mt_prune_find_signed_thread_below(blocks, &from, &to);
        mt_prune_judge_comments(c, blocks, from, to);
    }
    /* without list items no block has an item level (blocks.c) */
    if (items) {
        place_in_items(blocks, XB_KEEP, XB_KEEP);
        place_in_items(blocks, XB_COMMENT | XB_KEEP, XB_COMMENT);
    }
}
