/* prune_headline.c -- pass 4, the article's header: the headline found
 * among the blocks (a heading that repeats the page's title, a lone <h1>,
 * a line of plain text over the body), and the standfirst between it and
 * the region, which the region left out, taken back (mt_prune_recover_lede). */
#include <string.h>
#include "extract/prune_internal.h"
#include "metadata/metadata.h"

#define LEDE_WINDOW 12
#define LEDE_REACH 40
#define LEDE_DISTANCE 4
/* A standfirst is running text: this long at least, and with links under
 * this share of it. */
#define LEDE_MIN_CHARS 80
#define LEDE_MAX_LINKS 0.2f

/* Whether a block lies in an <object>'s fallback (features.c): a player
 * that does not play, of which the reader sees only its description. */
static int in_object(const extract_ctx *c, const mt_node *n)
{
    return in_tag(c, n, MT_TAG_OBJECT);
}

/* Whether a block matching the title is one of a list of headlines: all
 * link, and the next block a linked heading too. It is then a teaser of
 * this very article in a list beside it (front page, most read), not the
 * article's own headline, which may be a link to itself but stands alone. */
static int in_headline_list(const block_list *blocks, size_t i)
{
    if (block_link_density(&blocks->items[i]) < 0.5f || i + 1 >= blocks->count)
        return 0;
    const xblock *next = &blocks->items[i + 1];
    return next->pub.type == MT_BLOCK_HEADING && block_link_density(next) >= 0.5f;
}

/* Whether t[0..n) repeats the title (see repeats_title). */
static int line_repeats_title(const extract_ctx *c, const char *t, size_t n, int linked)
{
    if (mt_textkey_same(&c->title_key, t, n))
        return 1;
    if (linked)
        return 0;
    for (size_t k = 0; k < c->ntitle_parts; k++)
        if (mt_textkey_equal(&c->title_parts[k], t, n))
            return 1;
    return 0;
}

/* The longest dateline set under a headline in its block: the date, its
 * time and zone, an agency's name ("15 Jan, 2008, 1202 hrs IST, PTI"). */
#define DATELINE_MAX 48

/* Whether a block is a headline with its dateline under it, lines of one
 * element (broken by <br>): a first line of several words and no date,
 * the rest a short line or two that hold a date. *head_len gets the first
 * line's length. */
static int headline_over_dateline(const xblock *x, size_t *head_len)
{
    const char *t = x->pub.text, *nl = memchr(t, '\n', x->pub.text_len);
    if (!nl)
        return 0;
    size_t n = (size_t)(nl - t), rest = x->pub.text_len - n - 1;
    if (rest > DATELINE_MAX || !mt_metadata_has_date(nl + 1, rest) ||
        mt_textkey_count_words(t, n) < TITLE_PART_WORDS || mt_metadata_has_date(t, n))
        return 0;
    *head_len = n;
    return 1;
}

/* Whether a block is a headline with its deck under it, lines of one
 * element (broken by <br>, as one <font> sets both): a first line of
 * several words that says what the whole title says, and a line or more
 * under it (the deck, which says more). A first line that is one of the
 * title's parts is not taken: a label ("Request More Information") that
 * the title joins to the headline says that much of it too. */
static int headline_over_deck(const extract_ctx *c, const xblock *x)
{
    const char *t = x->pub.text, *nl = memchr(t, '\n', x->pub.text_len);
    if (!nl)
        return 0;
    size_t n = (size_t)(nl - t);
    if (mt_textkey_count_words(t, n) < TITLE_PART_WORDS || !mt_textkey_same(&c->title_key, t, n))
        return 0;
    for (size_t k = 0; k < c->ntitle_parts; k++)
        if (mt_textkey_equal(&c->title_parts[k], t, n))
            return 0;
    return 1;
}

/* Whether a headline-like block repeats the title: says what it says, or,
 * where the title names the site or the section beside the headline
 * ("Site | Headline", "Section: Headline"), is one of its parts of several
 * words exactly. A site's name set as a line of its own (a blog's name
 * over its posts) is a link to the home page, and a part is taken only
 * from a line without links. A headline with its dateline in one block is
 * compared by its first line, which may also open a title whose parts are
 * set apart by marks title.c does not split at ("Headline- Section-Site"):
 * a line and a date under it are an article's header, not a site's name. */
static int repeats_title(const extract_ctx *c, const xblock *x)
{
    if (line_repeats_title(c, x->pub.text, x->pub.text_len, x->link_chars != 0))
        return 1;
    size_t n;
    if (!x->link_chars && headline_over_dateline(x, &n))
        return line_repeats_title(c, x->pub.text, n, 0) ||
               mt_textkey_opens_title(c->title, x->pub.text, n);
    return !x->link_chars && headline_over_deck(c, x);
}

/* The first cell of a table block that holds text, when that text is one
 * line, or NULL; the table is short, its links under a quarter of it.
 * Older templates lay the headline out in a table of its own beside a
 * logo and spacer pictures, or over a few lines of details (the source,
 * the date, the section as a link); blocks.c reads such a table of
 * several rows and cells as data. */
static const mt_cell *head_line_cell(const xblock *x)
{
    if (x->pub.type != MT_BLOCK_TABLE || x->link_chars * 4 >= x->chars || x->chars >= 200)
        return NULL;
    for (size_t r = 0; r < x->pub.nrows; r++)
        for (size_t k = 0; k < x->pub.rows[r].ncells; k++) {
            const mt_cell *cell = &x->pub.rows[r].cells[k];
            if (cell->text_len)
                return memchr(cell->text, '\n', cell->text_len) ? NULL : cell;
        }
    return NULL;
}

/* Whether a block is a table around the headline: its first line of text
 * (head_line_cell) repeats the title. */
static int table_repeats_title(const extract_ctx *c, const xblock *x)
{
    const mt_cell *line = head_line_cell(x);
    return line && line_repeats_title(c, line->text, line->text_len, 0);
}

/* How many cells of a table block hold text (up to 2: one or more). */
static int text_cells(const xblock *x)
{
    int n = 0;
    for (size_t r = 0; r < x->pub.nrows && n < 2; r++)
        for (size_t k = 0; k < x->pub.rows[r].ncells && n < 2; k++)
            n += x->pub.rows[r].cells[k].text_len != 0;
    return n;
}

/* Settles how a table around the headline (table_repeats_title) is kept:
 * a table that holds more than the headline (its source, date and section
 * under it) is the article's header, and stays whole; a table of the
 * headline alone becomes the line of text it lays out, which is what a
 * reader sees of it. 0 when that copy cannot be made. */
static int settle_headline_table(const extract_ctx *c, xblock *x)
{
    const mt_cell *line = head_line_cell(x);
    if (line && text_cells(x) > 1)
        return 1;
    char *text = line ? mt_arena_strndup(c->arena, line->text, line->text_len) : NULL;
    if (!text)
        return 0;
    x->pub.type = MT_BLOCK_PARAGRAPH;
    x->pub.text = text;
    x->pub.text_len = line->text_len;
    x->pub.spans = line->spans;
    x->pub.nspans = line->nspans;
    x->pub.rows = NULL;
    x->pub.nrows = 0;
    return 1;
}

/* The block, at most LEDE_REACH blocks before the first kept one, that
 * repeats the title (SIZE_MAX: none), the nearest first; a table around
 * the headline counts as its line. */
static size_t find_headline(const extract_ctx *c, const block_list *blocks, size_t first)
{
    size_t reach = first > LEDE_REACH ? first - LEDE_REACH : 0;
    for (size_t i = first; i-- > reach;) {
        const xblock *x = &blocks->items[i];
        if (((is_headline_like(x) && repeats_title(c, x)) || table_repeats_title(c, x)) &&
            !in_headline_list(blocks, i))
            return i;
    }
    return SIZE_MAX;
}

/* Where no line repeats the title (a title that is the site's name, or
 * a section's), the page's one <h1>, just before the body and not a link,
 * is its headline (SIZE_MAX: none). Two or more name the site and the
 * story, or head a list of stories, and tell nothing; nor does one of a
 * word or two, a name (the section's: "News & Events"). */
static size_t find_lone_h1(const block_list *blocks, size_t first)
{
    size_t h1 = SIZE_MAX;
    for (size_t i = 0; i < blocks->count; i++) {
        const xblock *x = &blocks->items[i];
        if (x->pub.type != MT_BLOCK_HEADING || x->pub.level != 1)
            continue;
        if (h1 != SIZE_MAX)
            return SIZE_MAX;
        h1 = i;
    }
    if (h1 == SIZE_MAX || h1 >= first || first - h1 > LEDE_WINDOW)
        return SIZE_MAX;
    const xblock *x = &blocks->items[h1];
    if (x->link_chars || (x->boiler & K_BOILERPLATE) ||
        mt_textkey_count_words(x->pub.text, x->pub.text_len) < TITLE_PART_WORDS)
        return SIZE_MAX;
    return h1;
}

/* Whether the headline of a page must be found without its title: the
 * page has none, or, when `names` allows, one that names only the site and
 * its section ("News | Africa - Site.com": no part of several words,
 * mt_textkey_names_only), and its body (from `first`) does not open with a
 * heading of its own. In *reach the first block a headline may be
 * (LEDE_DISTANCE blocks above the body). */
static bool untitled_lede(const extract_ctx *c, const block_list *blocks, size_t first,
                          bool names, size_t *reach)
{
    *reach = first > LEDE_DISTANCE ? first - LEDE_DISTANCE : 0;
    return blocks->items[first].pub.type != MT_BLOCK_HEADING &&
           (!c->title_key.present || (names && mt_textkey_names_only(c->title)));
}

/* A page without a title (no <title>, no metadata naming it), or with one
 * that names only the site and the section, has nothing to find its
 * headline by: the nearest heading a few blocks above the body
 * (LEDE_DISTANCE), unlinked, of several words, is taken for it (SIZE_MAX:
 * none). A body that opens with a heading has its own; one above it is the
 * site's (a slogan set as a heading). */
static size_t find_untitled_headline(const extract_ctx *c, const block_list *blocks, size_t first)
{
    size_t reach;
    if (!untitled_lede(c, blocks, first, true, &reach))
        return SIZE_MAX;
    for (size_t i = first; i-- > reach;) {
        const xblock *x = &blocks->items[i];
        if (x->pub.type != MT_BLOCK_HEADING)
            continue;
        if (x->link_chars || (x->boiler & K_BOILERPLATE) ||
            mt_textkey_count_words(x->pub.text, x->pub.text_len) < TITLE_PART_WORDS)
            return SIZE_MAX;
        return i;
    }
    return SIZE_MAX;
}

/* Whether a block reads as a headline set as a line of plain text (a
 * styled <div> or table cell): a short paragraph of one line and several
 * words, no links, no boilerplate markup, that ends no sentence. */
static int reads_as_headline_line(const xblock *x)
{
    return plain_line(x, 200) && !(x->boiler & K_BOILERPLATE) && !ends_in(x, '.') &&
           !ends_in(x, ':') &&
           mt_textkey_count_words(x->pub.text, x->pub.text_len) >= TITLE_PART_WORDS;
}

/* How many nodes of a line's element are read for the script that
 * completes it. */
#define LINE_SCRIPT_NODES 64

/* Whether white space or a comment only: what lies between a text and the
 * element after it without being shown. */
static int unseen_between(const mt_node *n)
{
    return n->type == MT_NODE_COMMENT ||
           (n->type == MT_NODE_TEXT && mt_text_is_blank(n->data, n->data_len));
}

/* Whether a script completes a line: the element's last text is followed,
 * beside it, by a <script> that writes the rest ("News from the Caribbean
 * for" and today's date). Such a line is a site's banner, made anew for
 * each visitor; a headline is written in the page. */
static int completed_by_script(const mt_node *el)
{
    const mt_node *last = NULL;
    int seen = 0;
    for (const mt_node *d = el ? el->first_child : NULL; d && seen < LINE_SCRIPT_NODES;
         d = mt_dom_following(d, el), seen++)
        if (d->type == MT_NODE_TEXT && !mt_dom_is_html(d->parent, MT_TAG_SCRIPT) &&
            !mt_text_is_blank(d->data, d->data_len))
            last = d;
    const mt_node *next = last ? last->next : NULL;
    while (next && unseen_between(next))
        next = next->next;
    return next && mt_dom_is_html(next, MT_TAG_SCRIPT);
}

/* A page without a title and without a heading above its body
 * (find_untitled_headline) may set its headline as a line of plain text
 * (a title of names only does not do here: a page so titled has its lines
 * of tools and dates above the body, set as plain text too):
 * the nearest block of unlinked text a few blocks above the body
 * (LEDE_DISTANCE), links and lines with a date passed over (a byline and
 * its date, a row of tools), is taken when it reads as a headline line
 * and no script completes it (SIZE_MAX: none). */
static size_t find_untitled_line(const extract_ctx *c, const block_list *blocks, size_t first)
{
    size_t reach;
    if (!untitled_lede(c, blocks, first, false, &reach))
        return SIZE_MAX;
    for (size_t i = first; i-- > reach;) {
        const xblock *x = &blocks->items[i];
        if (x->link_chars * 2 >= x->chars || mt_metadata_has_date(x->pub.text, x->pub.text_len))
            continue;
        return reads_as_headline_line(x) && !completed_by_script(x->node) ? i : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Where no line repeats the title (a title that is the site's name, or
 * none), a headline with its dateline under it in one block is the
 * article's header when it is the nearest line of plain text above the
 * body (unlinked, no boilerplate; only links, a row of tools, lie
 * between), a few blocks up at most (LEDE_DISTANCE) (SIZE_MAX: none).
 * Text between them (a contact, a headline of its own) tells that the
 * dated line is a notice over the header ("For immediate release"). */
static size_t find_dated_headline(const block_list *blocks, size_t first)
{
    size_t reach = first > LEDE_DISTANCE ? first - LEDE_DISTANCE : 0;
    for (size_t i = first; i-- > reach;) {
        const xblock *x = &blocks->items[i];
        if (x->link_chars || (x->boiler & K_BOILERPLATE))
            continue;
        size_t n;
        return is_headline_like(x) && headline_over_dateline(x, &n) ? i : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Where nothing else names the headline, a post's heading that links to
 * the post itself (blogs and news systems link each headline to its own
 * page, the article's page too) is the headline when it stands just above
 * the body, in the body's own box: the block right before the first kept
 * one, its sibling, a heading of several words that is all link, not in
 * boilerplate markup (SIZE_MAX: none). A heading further up, or in a box
 * of its own, is a list's or a column's. */
static size_t find_linked_headline(const block_list *blocks, size_t first)
{
    if (first == 0)
        return SIZE_MAX;
    const xblock *x = &blocks->items[first - 1], *body = &blocks->items[first];
    if (x->pub.type != MT_BLOCK_HEADING || !x->node || !body->node ||
        x->node->parent != body->node->parent || x->link_chars * 2 < x->chars ||
        (x->boiler & K_BOILERPLATE) ||
        mt_textkey_count_words(x->pub.text, x->pub.text_len) < TITLE_PART_WORDS)
        return SIZE_MAX;
    return first - 1;
}

/* The kept blocks read for the words a deck shares with the story. */
#define DECK_STORY_BLOCKS 4
#define DECK_WORD_MIN 4

/* Whether a deck found outside the region, x, says more of the story: a
 * word of it (DECK_WORD_MIN letters or more) is one of the page's
 * description or of the story's first kept blocks (from `first`). A
 * widget's label set there as long ("Most popular stories on our website
 * this week") shares none. */
static int tells_of_the_story(const extract_ctx *c, const block_list *blocks, size_t first,
                              const xblock *x)
{
    const char *t = x->pub.text;
    size_t n = x->pub.text_len;
    if (c->description &&
        mt_textkey_shares_word(t, n, c->description, strlen(c->description), DECK_WORD_MIN))
        return 1;
    for (size_t i = first, read = 0; i < blocks->count && read < DECK_STORY_BLOCKS; i++) {
        const xblock *b = &blocks->items[i];
        if (!(b->flags & XB_KEEP))
            continue;
        read++;
        if (mt_textkey_shares_word(t, n, b->pub.text, b->pub.text_len, DECK_WORD_MIN))
            return 1;
    }
    return 0;
}

/* Whether n lies beside the headline h in the article's header: at most
 * LEDE_DISTANCE steps apart in the tree (up from h to a shared ancestor,
 * then down to n), as a paragraph in the headline's box, or in a box beside
 * it, is. A teaser in a box further down the column is nested deeper (a
 * table, a list, a module of its own). */
static int near_headline(const mt_node *h, const mt_node *n)
{
    int up = 0;
    for (const mt_node *a = h; a && up <= LEDE_DISTANCE; a = a->parent, up++) {
        int down = 0;
        for (const mt_node *m = n; m && up + down <= LEDE_DISTANCE; m = m->parent, down++)
            if (m == a)
                return 1;
    }
    return 0;
}

/* Whether a column of teasers, left out of the blocks (named so, or shaped
 * as a row of cards), stands between blocks `from` and `to`. */
static int teasers_between(const block_list *blocks, size_t from, size_t to)
{
    for (size_t i = from + 1; i <= to; i++)
        if (blocks->items[i].flags & XB_AFTER_TEASERS)
            return 1;
    return 0;
}

/* Whether a kept block near the body's start (from `first`, LEDE_WINDOW
 * blocks at most) repeats the title: the body then has its headline, and
 * a line that repeats the title before it, across a column of teasers, is
 * that column's link to this very page. */
static int body_has_headline(const extract_ctx *c, const block_list *blocks, size_t first)
{
    size_t end = blocks->count - first > LEDE_WINDOW ? first + LEDE_WINDOW : blocks->count;
    for (size_t i = first; i < end; i++) {
        const xblock *x = &blocks->items[i];
        if ((x->flags & XB_KEEP) && is_headline_like(x) && repeats_title(c, x))
            return 1;
    }
    return 0;
}

/* Without a headline that repeats the title (a kicker joined to it, a
 * title cut for search engines), an <article> still bounds the article:
 * a paragraph in it before its body that tells what the page's
 * description tells (mt_textkey_echoes: the standfirst, which the
 * description often shortens) and reads as text (long, few links, no
 * boilerplate markup, no caption) is its standfirst. Read back from the
 * body's first kept block while the blocks stay in its <article>, up to
 * a heading (above it is another piece's), LEDE_REACH blocks at most. A
 * notice or a teaser in the header tells another story than the
 * description's, and stays out. */
static void recover_article_lede(const extract_ctx *c, block_list *blocks, size_t first)
{
    const mt_node *art = tag_above(c, blocks->items[first].node, MT_TAG_ARTICLE);
    if (!art || !c->description)
        return;
    size_t reach = first > LEDE_REACH ? first - LEDE_REACH : 0;
    for (size_t i = first; i-- > reach;) {
        xblock *x = &blocks->items[i];
        if (!x->node || !mt_dom_holds(art, x->node) || x->pub.type == MT_BLOCK_HEADING)
            return;
        if (x->flags & (XB_KEEP | XB_IN_MAIN))
            continue;
        unsigned kinds = mt_article_header_cleared(x->boiler);
        if ((kinds & (K_BOILERPLATE | K_CAPTION)) || x->pub.type != MT_BLOCK_PARAGRAPH ||
            x->chars < LEDE_MIN_CHARS || block_link_density(x) >= LEDE_MAX_LINKS || !x->punct ||
            mt_beside_teaser_headline(c, x->node) ||
            !mt_textkey_echoes(c->description, x->pub.text, x->pub.text_len))
            continue;
        x->flags |= XB_KEEP;
    }
}

/* Where mt_prune_recover_lede looks: before the region's first kept
 * block (`first`), from the headline (`head`, SIZE_MAX when none) or the
 * window's start (`lim`) to `end`. */
typedef struct lede_search {
    size_t first, head, lim, end;
    int far;            /* the headline is far from the body: only its header is read */
    int past_teasers;   /* ... for a column of teasers between, left out of the blocks */
    int linked_head;    /* the headline is a heading that links to the page */
} lede_search;

/* The headline, or a dateline above it, may have joined the region (a
 * short sibling of the body) with the headline or the standfirst after
 * it left out: they are then looked for between that line and the next
 * kept block, which becomes s->first. Sets s->head when it finds the
 * headline there. */
static void find_headline_in_region(const extract_ctx *c, const block_list *blocks,
                                    lede_search *s)
{
    size_t first = s->first;
    if (!is_headline_like(&blocks->items[first]))
        return;
    /* the lead photo's caption may have joined the region with the
     * headline, the standfirst left out after it: a kept block in a
     * <figure> does not end the search */
    size_t next = first + 1;
    while (next < blocks->count && (!(blocks->items[next].flags & XB_KEEP) ||
                                    in_tag(c, blocks->items[next].node, MT_TAG_FIGURE)))
        next++;
    if (next < blocks->count && next - first <= LEDE_WINDOW)
        for (size_t i = first; i < next && s->head == SIZE_MAX; i++) {
            const xblock *x = &blocks->items[i];
            if (is_headline_like(x) && repeats_title(c, x))
                s->head = i;
        }
    if (s->head != SIZE_MAX)
        s->first = next;
}

/* The headline before the region, by each finder in turn (the header of
 * the body's <article> is read instead when none finds one); and whether
 * it is far from the body (s->far, s->end, s->past_teasers). */
static void find_headline_before(const extract_ctx *c, block_list *blocks, lede_search *s)
{
    size_t first = s->first, head = find_headline(c, blocks, first);
    if (head == SIZE_MAX)
        head = find_lone_h1(blocks, first);
    if (head == SIZE_MAX)
        head = find_untitled_headline(c, blocks, first);
    if (head == SIZE_MAX)
        head = find_dated_headline(blocks, first);
    if (head == SIZE_MAX)
        head = find_untitled_line(c, blocks, first);
    if (head == SIZE_MAX) {
        head = find_linked_headline(blocks, first);
        s->linked_head = head != SIZE_MAX;
    }
    s->head = head;
    if (head == SIZE_MAX) {
        recover_article_lede(c, blocks, first);
        return;
    }
    /* a sidebar (most read, latest news) or a table of contents may stand
     * between the article's header and its body: the headline is then
     * further back than the window, and the header's own blocks are those
     * that closely follow it */
    if (head < s->lim) {
        s->far = 1;
        s->end = head + LEDE_WINDOW;
    }
    /* so does a column of teasers, however few blocks lie between */
    if (!s->far && teasers_between(blocks, head, first)) {
        s->far = 1;
        s->past_teasers = !body_has_headline(c, blocks, first);
    }
}

/* Keeps blocks->items[i], of the window, when it is the headline or the
 * standfirst (mt_prune_recover_lede). */
static void judge_lede_block(const extract_ctx *c, block_list *blocks, const lede_search *s,
                             size_t i)
{
    xblock *x = &blocks->items[i];
    size_t head = s->head;
    /* what the region holds was judged already; a linked headline in it
     * was left out as a link to another page, which it is not */
    if ((x->flags & XB_KEEP) || ((x->flags & XB_IN_MAIN) && (i != head || !s->linked_head)))
        return;
    if (head != SIZE_MAX && i < head) {
        if (!(x->boiler & K_BOILERPLATE) &&
            mt_textkey_opens_with_cut(&c->description_key, x->pub.text, x->pub.text_len))
            x->flags |= XB_KEEP;
        return;
    }
    /* a header inside the article or <main> is the article's own (a
     * headline there stays out, as before: it is the title, which the
     * metadata carries) */
    unsigned kinds = i == head ? x->boiler : mt_article_header_cleared(x->boiler);
    /* a standfirst may be set in a heading's type, long as a paragraph; a
     * photo's caption is never a heading element (a "caption" class on one
     * names its type style) */
    int deck = head != SIZE_MAX && i == head + 1 &&
               mt_prune_deck_under(c, &blocks->items[head], x) &&
               tells_of_the_story(c, blocks, s->first, x);
    int text_heading = i != head && x->pub.type == MT_BLOCK_HEADING &&
                       (heading_reads_as_text(x) || deck);
    if (text_heading)
        kinds &= ~(unsigned)K_CAPTION;
    /* a box named as a teaser that says what the page's description says,
     * without a link, is no teaser of another page: it is this one's
     * standfirst, as news systems name it (blocks.c builds such boxes
     * outside the region for this test alone) */
    const folded_text *desc = &c->description_key;
    if ((kinds & K_BOILERPLATE) == K_RELATED && !x->link_chars &&
        (mt_textkey_same(desc, x->pub.text, x->pub.text_len) ||
         mt_textkey_opens_with_cut(desc, x->pub.text, x->pub.text_len)))
        kinds &= ~(unsigned)K_RELATED;
    if ((kinds & K_BOILERPLATE) || ((kinds & K_CAPTION) && !in_object(c, x->node)))
        return;
    int lede = (x->pub.type == MT_BLOCK_PARAGRAPH || x->pub.type == MT_BLOCK_LIST_ITEM ||
                text_heading) &&
               head != SIZE_MAX && (x->chars >= LEDE_MIN_CHARS || deck) &&
               block_link_density(x) < LEDE_MAX_LINKS &&
               !mt_beside_teaser_headline(c, x->node);
    /* far from the body, only what sits beside the headline in its header
     * is its standfirst. The headline itself stays out beyond the window,
     * as the title the metadata carries; within it, with only a column of
     * teasers (left out of the blocks) between, it heads the body as it
     * would with nothing between */
    int head_far = s->far && !s->past_teasers;
    if (i == head ? head_far : s->far && !near_headline(blocks->items[head].node, x->node))
        return;
    /* near the body the headline opens the text, set as a heading or as a
     * line of plain text (a styled <div> or table cell, as older templates
     * set it); a line of links that repeats the title is a teaser's, not
     * the headline. A table's links are the details' under its headline (a
     * section's) */
    int headline = i == head && (x->pub.type == MT_BLOCK_HEADING ||
                                 x->pub.type == MT_BLOCK_TABLE || !x->link_chars);
    if (headline && x->pub.type == MT_BLOCK_TABLE && !settle_headline_table(c, x))
        return;
    if (headline || lede || mt_textkey_same(desc, x->pub.text, x->pub.text_len) ||
        mt_textkey_opens_with_cut(desc, x->pub.text, x->pub.text_len))
        x->flags |= XB_KEEP | (headline ? XB_HEADLINE : 0);
}

/* The headline and the standfirst often sit outside the container of the
 * article's body (in the article's header, or a "teaser" box above it). Just
 * before the region, the heading that repeats the title is kept, and so are
 * the paragraphs between it and the region that read as text (long, few
 * links, no boilerplate markup; a list item too: some templates set the
 * standfirst in one), or that repeat the page's description. A caption
 * is the lede's only in a player that does not play (an <object>'s
 * fallback): the clip's description, all a reader gets of the clip, opens
 * a post built around it; a photo's caption describes a photo they see. A
 * headline set as a line of plain text marks where the lede starts just as
 * well, and is kept as well (without links). A column of teasers between
 * the header and the body may push the headline out of the window: it is
 * then looked for further back, and only the header around it is read.
 * Where no headline repeats the title, the body's <article> bounds the
 * header instead (recover_article_lede). Last of all, a heading that links
 * to the article itself, just above the body in its box, is taken for the
 * headline (find_linked_headline). */
void mt_prune_recover_lede(const extract_ctx *c, block_list *blocks)
{
    lede_search s = { .first = 0, .head = SIZE_MAX };
    while (s.first < blocks->count && !(blocks->items[s.first].flags & XB_KEEP))
        s.first++;
    if (s.first == blocks->count)
        return;
    find_headline_in_region(c, blocks, &s);
    s.lim = s.first > LEDE_WINDOW ? s.first - LEDE_WINDOW : 0;
    s.end = s.first;
    if (s.head == SIZE_MAX)
        find_headline_before(c, blocks, &s);
    /* the block that opens with the page's description, cut short, is the
     * standfirst anywhere in the window, even above a copy of the title
     * nearer the body (a banner repeating it) */
    size_t from = s.head < s.lim ? s.head : s.lim;     /* head: SIZE_MAX when none */
    for (size_t i = from; i < s.end; i++)
        judge_lede_block(c, blocks, &s, i);
}
