/* select.c -- pass 3: where the main content is.
 *
 * Every paragraph-like element with real text gives points to its ancestors
 * (the nearer, the more), as in Arc90's Readability: the element that
 * collects most points, discounted by its link density and weighed by what
 * its class and id say, holds the article. Semantic markup (<article>,
 * <main>, itemprop=articleBody) that contains most of that element's text
 * is taken instead, since it marks the article's own bounds. Siblings of the
 * chosen element that score well or read like paragraphs join it: articles
 * are often split over sibling containers. */
#include <math.h>
#include <string.h>
#include "extract/internal.h"

#define ANCESTOR_LEVELS 5
#define STRONG_BOILERPLATE (K_COMMENT | K_RELATED | K_AD | K_NOTICE | K_MODAL | K_SHARE | K_NAV)
/* Paragraphs under these give no points: reference lists are all
 * punctuation and would outscore the article they belong to, and a page
 * footer's legal notice would win a page whose text is short -- to be
 * pruned as a footer, leaving nothing. */
#define NO_EVIDENCE (STRONG_BOILERPLATE | K_NOTES | K_FOOTER)

/* Points a paragraph gives: one, one per punctuation mark (sentences and
 * clauses are what articles are made of), and up to three for its length. */
static float paragraph_points(uint32_t chars, uint32_t punct_count)
{
    float len_points = (float)chars / 100.0f;
    if (len_points > 3)
        len_points = 3;
    float punct = (float)(punct_count > 60 ? 60 : punct_count);
    return 1.0f + punct + len_points;
}

/* What an HTML tag says of an element before any text is counted (0 for
 * the tags not listed): a table, where a switch's jump was guessed wrong
 * for one element in three. */
static const int8_t tag_scores[MT_TAG__COUNT] = {
    [MT_TAG_DIV] = 5, [MT_TAG_ARTICLE] = 5, [MT_TAG_SECTION] = 5, [MT_TAG_MAIN] = 5,
    [MT_TAG_PRE] = 3, [MT_TAG_TD] = 3, [MT_TAG_BLOCKQUOTE] = 3,
    [MT_TAG_ADDRESS] = -3, [MT_TAG_OL] = -3, [MT_TAG_UL] = -3, [MT_TAG_DL] = -3,
    [MT_TAG_DD] = -3, [MT_TAG_DT] = -3, [MT_TAG_LI] = -3, [MT_TAG_FORM] = -3,
    [MT_TAG_H1] = -5, [MT_TAG_H2] = -5, [MT_TAG_H3] = -5, [MT_TAG_H4] = -5,
    [MT_TAG_H5] = -5, [MT_TAG_H6] = -5, [MT_TAG_TH] = -5,
};

/* What an element's tag and vocabulary say before any text is counted. */
static float initial_score(const mt_node *el, const node_info *in)
{
    float s = el->ns == MT_NS_HTML && el->tag < MT_TAG__COUNT ? tag_scores[el->tag] : 0;
    unsigned k = in->kind;
    if (k & (K_CONTENT | K_ARTICLE))
        s += 25;
    if (k & K_MAIN)
        s += 40;
    if (k & K_BOILERPLATE)
        s -= 25;
    if (k & (K_COMMENT | K_RELATED | K_AD | K_NOTICE | K_MODAL))
        s -= 25;
    return s;
}

/* The elements that collected points, in the order they first did: the
 * candidates are looked for among them, not among every element of the
 * page. Past SCORED_MAX of them, every element is read instead. */
#define SCORED_MAX 1024

typedef struct scored {
    const mt_node *el[SCORED_MAX];
    uint32_t n;
    bool overflow;
} scored;

/* Gives a paragraph's points to `from` and its ancestors, the nearer the
 * more (Readability's schedule: 1, 1/2, then 1/(3 x level)); an element
 * scored the first time joins `sd`. */
static void give_points(extract_ctx *c, scored *sd, const mt_node *from, float points)
{
    /* the schedule, by level (a table: the levels alternate at random) */
    static const float dividers[] = { 1, 2, 2 * 3, 3 * 3, 4 * 3 };
    _Static_assert(sizeof dividers / sizeof dividers[0] == ANCESTOR_LEVELS,
                   "a divider for every level");
    const mt_node *a = from;
    const unsigned margin = from->type == MT_NODE_ELEMENT ? ni(c, from)->akind & K_SIDEBAR : 0;
    for (int level = 0; a && level < ANCESTOR_LEVELS; level++, a = a->parent) {
        if (a->type != MT_NODE_ELEMENT)
            break;
        node_info *ai = ni(c, a);
        /* text in a sidebar is evidence for where the sidebar's own
         * content is, not for the wrapper that holds the sidebar and the
         * article side by side: that wrapper would collect points from
         * both and outscore a short article */
        if (margin && !(ai->akind & margin))
            break;
        if (ai->score == 0) {
            ai->score = initial_score(a, ai) + 0.001f;  /* marks "scored" */
            if (sd->n < SCORED_MAX)
                sd->el[sd->n++] = a;
            else
                sd->overflow = true;
        }
        ai->score += points / dividers[level];
        if (a == c->body)
            break;
    }
}

static float link_density(const node_info *in)
{
    return mt_link_share(in->link_chars, in->chars);
}

/* The element a leaf paragraph stands for: an inline element holding the
 * text (<font>, <b>) inside a block that holds nothing else
 * (<p><b>text</b></p>) is that block, whose parent is the container that
 * collects the points -- as it would for a plain <p>. Without this, each
 * wrapper level moves the points one level down, and a page that wraps its
 * paragraphs in <font> loses to one that does not. */
static const mt_node *paragraph_box(const extract_ctx *c, const mt_node *n)
{
    while (n->parent && n->parent != c->body && n->parent->type == MT_NODE_ELEMENT &&
           !(n->ns == MT_NS_HTML && mt_tag_has(n->tag, MT_TAGF_BLOCK)) &&
           ni(c, n->parent)->chars == ni(c, n)->chars)
        n = n->parent;
    return n;
}

/* Running text directly in a container, this long at least, is a
 * paragraph of its own (score_paragraphs). */
#define OWN_TEXT_CHARS (3 * 25)

/* Gives each leaf paragraph's points to its ancestors. */
static void score_paragraphs(extract_ctx *c, scored *sd)
{
    for (uint32_t i = 0; i < c->norder; i++) {
        node_info *in = &c->info[c->order_at[i].at];
        /* most elements are no paragraph and hold little text of their
         * own: they give no points either way, told in one test (of
         * their statistics alone: ctx.order_at) */
        if (!(in->flags & NI_PARA) && in->own_chars < OWN_TEXT_CHARS)
            continue;
        const mt_node *n = c->order[i];
        if (in->flags & NI_INVISIBLE)
            continue;
        /* running text directly in a container that also holds paragraphs
         * (text separated by <br>, with a list below it): the container is
         * a paragraph of its own for that text -- a <td> too, which counts
         * as a paragraph itself but, holding other paragraphs, gives no
         * points as one (a table-laid-out article's cell of <br>-separated
         * text with a <p> or two in it) */
        int leaf_para = (in->flags & NI_PARA) && in->paras == 1;
        if (in->own_chars >= OWN_TEXT_CHARS && !leaf_para && !(in->akind & NO_EVIDENCE) &&
            !mt_tag_has(n->tag, MT_TAGF_HEADING))
            give_points(c, sd, n, paragraph_points(in->own_chars, in->own_punct));
        if (!(in->flags & NI_PARA) || in->paras != 1)
            continue;
        /* text in comment threads, teaser lists, ads and notices is not
         * evidence for where the article is */
        if (in->akind & NO_EVIDENCE)
            continue;
        give_points(c, sd, paragraph_box(c, n)->parent, paragraph_points(in->chars, in->punct));
        /* a sidebar's paragraphs count as good text up to the sidebar's
         * outermost element, not for the wrappers above it, as with the
         * points (give_points): widening must not climb on the strength of
         * text beside the article */
        unsigned margin = in->akind & K_SIDEBAR;
        if (link_density(in) < 0.3f)
            for (const mt_node *a = n; a && a != c->body && (ni(c, a)->akind & margin) == margin;
                 a = a->parent)
                ni(c, a)->good_chars += in->chars;
    }
}

/* The score discounted by link density, and halved inside a sidebar, page
 * header or footer (where a long "about us" text can outscore a short
 * article), or on an author box. */
static float final_score(const extract_ctx *c, const mt_node *n)
{
    const node_info *in = ni(c, n);
    float s = in->score * (1.0f - link_density(in));
    /* an author box (named for the author, or "about the author"): a long
     * biography can outscore a short post. Only the element itself is
     * judged by an author name, since a post's wrapper carries
     * "entry-author-NAME" among its classes too. */
    int author_box = (in->akind & K_ABOUT) || (in->kind & K_AUTHOR);
    if ((in->akind & (K_SIDEBAR | K_FOOTER | K_HEADER)) || author_box)
        s *= 0.5f;
    return s;
}

/* A <main> around the candidate is taken when it scores this share of the
 * candidate's score. */
#define MAIN_SHARE 0.6f

/* Semantic markup around (or inside) the candidate that bounds the article:
 * the nearest article/main/articleBody element holding most of the
 * candidate's text. */
static const mt_node *semantic_bounds(const extract_ctx *c, const mt_node *cand)
{
    const node_info *ci = ni(c, cand);
    for (const mt_node *a = cand; a && a != c->body; a = a->parent) {
        const node_info *ai = ni(c, a);
        if ((ai->kind & (K_MAIN | K_ARTICLE)) && !(ai->kind & K_COMMENT)) {
            /* an ancestor: take it when it adds little besides the candidate,
             * or when it is an <article> whose text is mostly not links
             * (steps of a how-to split into boxes; what else is inside is
             * pruned by its own markup) */
            if (ai->chars <= ci->chars * 2 + 200)
                return a;
            /* <main>, role=main or articleBody that scores well itself (it
             * collected points from other parts of the text too): the page
             * names it as the content, and what else it holds is pruned by
             * its own markup */
            if ((ai->kind & K_MAIN) && final_score(c, a) >= MAIN_SHARE * final_score(c, cand))
                return a;
            if ((ai->kind & K_ARTICLE) && a->ns == MT_NS_HTML && a->tag == MT_TAG_ARTICLE &&
                link_density(ai) < 0.2f && ai->good_chars * 2 > ai->chars)
                return a;
            break;
        }
    }
    return cand;
}

#define TOP_CANDIDATES 5
#define MIN_ALTERNATIVES 2
/* A candidate is nearly as good as the best one from this share of its
 * score on. */
#define ALTERNATIVE_SHARE 0.6f

/* An element's score as a candidate; 0 or less when it is none. */
static float candidate_score(const extract_ctx *c, const mt_node *e)
{
    const node_info *in = ni(c, e);
    if (in->score == 0 || (in->flags & NI_INVISIBLE) || (in->akind & STRONG_BOILERPLATE))
        return 0;
    return final_score(c, e);
}

/* Ranks `e` among the n best candidates so far (out, scores: best first),
 * after those that score as well: of equal ones, the first read ranks
 * first. */
static void rank_candidate(const extract_ctx *c, const mt_node *e, const mt_node **out,
                           float *scores, int *n)
{
    float s = candidate_score(c, e);
    if (s <= 0)
        return;
    int at = *n < TOP_CANDIDATES ? *n : TOP_CANDIDATES;
    while (at > 0 && scores[at - 1] < s)
        at--;
    if (at >= TOP_CANDIDATES)
        return;
    int last = *n < TOP_CANDIDATES ? *n : TOP_CANDIDATES - 1;
    for (int k = last; k > at; k--) {
        out[k] = out[k - 1];
        scores[k] = scores[k - 1];
    }
    out[at] = e;
    scores[at] = s;
    if (*n < TOP_CANDIDATES)
        (*n)++;
}

/* Whether the n best candidates of `sd` depend on the order its elements
 * were read in: two of them score the same, or another scores as well as
 * the last of them. Ties go to the first in document order, which `sd`
 * (in the order of scoring) does not keep. */
static int ties_among_best(const extract_ctx *c, const scored *sd, const float *scores, int n)
{
    for (int k = 0; k + 1 < n; k++)
        if (scores[k] == scores[k + 1])
            return 1;
    int as_good = 0;
    for (uint32_t i = 0; i < sd->n; i++)
        as_good += candidate_score(c, sd->el[i]) >= scores[n - 1];
    return as_good != n;
}

/* The best candidates, best first (fewer when the page has fewer): only
 * scored elements are candidates, so they are looked for among `sd`, and
 * in every element, in document order, when it is incomplete or a tie
 * makes the order matter. */
static int best_candidates(const extract_ctx *c, const scored *sd, const mt_node **out,
                           float *scores)
{
    int n = 0;
    if (!sd->overflow) {
        for (uint32_t i = 0; i < sd->n; i++)
            rank_candidate(c, sd->el[i], out, scores, &n);
        if (!n || !ties_among_best(c, sd, scores, n))
            return n;
        n = 0;
    }
    for (uint32_t i = 0; i < c->norder; i++)
        rank_candidate(c, c->order[i], out, scores, &n);
    return n;
}

/* Whether `a` is an ancestor of `n` (not `n` itself). */
static int is_ancestor(const mt_node *a, const mt_node *n)
{
    return mt_dom_holds(a, n->parent);
}

/* Whether a candidate is another place than the best one (neither inside
 * it nor around it) and not a teaser card's excerpt. */
static int is_alternative(const extract_ctx *c, const mt_node *cand, const mt_node *top)
{
    return !is_ancestor(cand, top) && !is_ancestor(top, cand) && !mt_beside_teaser_headline(c, cand);
}

/* Whether two elements have the same class attribute (not none or empty). */
static int same_class(const mt_node *a, const mt_node *b)
{
    const mt_attr *ac = mt_dom_attr(a, "class", 5), *bc = mt_dom_attr(b, "class", 5);
    return ac && bc && ac->value_len && ac->value_len == bc->value_len &&
           memcmp(ac->value, bc->value, ac->value_len) == 0;
}

/* Whether two elements are boxes of one kind: the same tag and class. A
 * nearly-as-good candidate that is the best one's twin (the second cell of
 * a two-column text, the next section of a page split into like boxes) is
 * another part of the same content, as two unrelated candidates agreeing
 * on an ancestor are. */
static int same_box(const mt_node *a, const mt_node *b)
{
    return a->tag == b->tag && same_class(a, b);
}

/* A layout table's side column is a cell its markup declares narrow: a
 * quarter of the row's width or less, or this many pixels or fewer -- the
 * column of links, notices and small ads beside an old page's text. */
#define SIDE_COLUMN_PERCENT 25
#define SIDE_COLUMN_PIXELS 200
/* A width under this percentage asks the column to shrink around what it
 * holds (width="1%": a shared border's column, menu or text), which says
 * nothing of what the column is. */
#define SHRINK_PERCENT 5
/* ... and a side column holds more text than a label. */
#define SIDE_LABEL_CHARS 100

/* A dimension attribute's value (width="160", width="20%"): its whole
 * number in *v, and whether it is a percentage. A fraction's digits are
 * passed over before the '%' is looked for, as browsers read a dimension:
 * "60.5%" is a percentage, not 60 pixels. */
static int read_dimension(const mt_attr *w, unsigned *v)
{
    const char *s = w->value;
    size_t n = w->value_len, i = mt_ascii_skip_space(s, n);
    *v = 0;
    for (; i < n && mt_ascii_is_digit((unsigned char)s[i]); i++)
        if (*v < 100000)
            *v = *v * 10 + (unsigned)(s[i] - '0');
    if (i < n && s[i] == '.')
        for (i++; i < n && mt_ascii_is_digit((unsigned char)s[i]); i++)
            ;
    return i < n && s[i] == '%';
}

/* A row is read for its widths up to this many cells: layouts have few. */
#define ROW_CELLS 16

/* The width in pixels left to the one cell of a row that declares none,
 * when its table declares its width in pixels and every other cell of the
 * row declares one in pixels too (a table 800 wide, cells of 177 and 447:
 * the third is 176 wide); 0 when that cannot be told. */
static unsigned width_left(const mt_node *cell)
{
    const mt_node *row = cell->parent, *table = row ? row->parent : NULL;
    if (!row || !mt_dom_is_html(row, MT_TAG_TR))
        return 0;
    if (table && !mt_dom_is_html(table, MT_TAG_TABLE))
        table = table->parent;      /* the row's <tbody>, <thead> or <tfoot> */
    const mt_attr *tw = table && mt_dom_is_html(table, MT_TAG_TABLE)
                      ? mt_dom_attr(table, "width", 5) : NULL;
    unsigned total, used = 0, w;
    if (!tw || read_dimension(tw, &total) || !total)
        return 0;
    int cells = 0;
    for (const mt_node *s = row->first_child; s; s = s->next) {
        if (s == cell || !(mt_dom_is_html(s, MT_TAG_TD) || mt_dom_is_html(s, MT_TAG_TH)))
            continue;
        const mt_attr *a = mt_dom_attr(s, "width", 5);
        if (++cells > ROW_CELLS || !a || read_dimension(a, &w) || !w)
            return 0;
        used += w;
    }
    return cells && used < total ? total - used : 0;
}

/* Whether a table cell's markup declares it narrow (width="20%",
 * width="160"), or leaves it the narrow rest of a row whose other widths
 * it declares (width_left). */
static int declared_narrow(const mt_node *cell)
{
    const mt_attr *a = mt_dom_attr(cell, "width", 5);
    unsigned v;
    if (!a) {
        v = width_left(cell);
        return v && v <= SIDE_COLUMN_PIXELS;
    }
    if (read_dimension(a, &v))
        return v >= SHRINK_PERCENT && v <= SIDE_COLUMN_PERCENT;
    return v && v <= SIDE_COLUMN_PIXELS;
}

/* Whether `cell`, a cell of the same row as the text's cell, is a side
 * column beside it: declared narrow where the text's cell is not, and
 * holding more than a label's text (a data table's narrow first column
 * names the row: "Date", "Venue"). */
static int side_column(const extract_ctx *c, const mt_node *cell, const mt_node *text_cell)
{
    return cell != text_cell && cell->type == MT_NODE_ELEMENT &&
           (mt_dom_is_html(cell, MT_TAG_TD) || mt_dom_is_html(cell, MT_TAG_TH)) &&
           (mt_dom_is_html(text_cell, MT_TAG_TD) || mt_dom_is_html(text_cell, MT_TAG_TH)) &&
           ni(c, cell)->chars > SIDE_LABEL_CHARS && declared_narrow(cell) &&
           !declared_narrow(text_cell);
}

/* Whether two elements, neither inside the other, sit in different cells
 * of one table row: the nearest element holding both is a <tr>. */
static int cells_of_one_row(const mt_node *a, const mt_node *b)
{
    const mt_node *both = mt_dom_common_ancestor(a, b);
    return both && mt_dom_is_html(both, MT_TAG_TR);
}

/* The child of `row` that holds `n` (n itself, or one of its ancestors). */
static const mt_node *cell_holding(const mt_node *row, const mt_node *n)
{
    while (n->parent && n->parent != row)
        n = n->parent;
    return n;
}

/* Whether `alt` sits in a side column of the row that holds it and `top`
 * (side_column): a column of small ads beside the text may score as well
 * as the text, but is no other part of it. */
static int in_side_column(const extract_ctx *c, const mt_node *alt, const mt_node *top)
{
    const mt_node *row = mt_dom_common_ancestor(alt, top);
    return row && side_column(c, cell_holding(row, alt), cell_holding(row, top));
}

/* A candidate in another cell of the best one's table row is its twin
 * from this share of the best one's score on: neither column clearly wins
 * (a menu or a blogroll beside the text scores less). */
#define COLUMN_SHARE 0.8f

/* Whether an alternative is the best candidate's twin: a box of the same
 * kind (same_box), or the other column of a text laid out in a table row
 * (the article beside a boxed section of its own, in its own nested
 * tables), scoring about as well and not made of links. */
static int is_twin(const extract_ctx *c, const mt_node *alt, float alt_score,
                   const mt_node *top, float top_score)
{
    return same_box(alt, top) ||
           (alt_score >= COLUMN_SHARE * top_score && link_density(ni(c, alt)) < 0.25f &&
            cells_of_one_row(alt, top) && !in_side_column(c, alt, top));
}

/* Whether the best candidate `top` sits in a side column (side_column)
 * and `alt`, nearly as good, in the wider cell of the same row: the
 * column of news teasers beside an old page's text (a headline, a
 * sentence and "Read more" each) collects the points of punctuated
 * paragraphs too, but the layout gives the text the room. */
static int beside_side_column(const extract_ctx *c, const mt_node *alt, const mt_node *top)
{
    return cells_of_one_row(alt, top) && in_side_column(c, top, alt);
}

/* When several nearly-as-good candidates sit in the same ancestor of the
 * best one, the content is spread over that ancestor (a list of reviews,
 * an article split over table cells): it becomes the candidate. One is
 * enough when it is the best one's twin (is_twin): the ancestor holding
 * that twin. When the best one is a side column beside such a candidate,
 * that candidate is taken instead (beside_side_column). */
static const mt_node *common_ancestor(const extract_ctx *c, const mt_node *top,
                                      const mt_node **cands, const float *scores, int n)
{
    const mt_node *alts[TOP_CANDIDATES];
    bool twin[TOP_CANDIDATES];
    int nalts = 0, twins = 0;
    for (int i = 1; i < n; i++)
        if (scores[i] >= ALTERNATIVE_SHARE * scores[0] && is_alternative(c, cands[i], top)) {
            if (beside_side_column(c, cands[i], top))
                return cands[i];
            twin[nalts] = is_twin(c, cands[i], scores[i], top, scores[0]);
            twins += twin[nalts];
            alts[nalts++] = cands[i];
        }
    if (nalts < MIN_ALTERNATIVES && !twins)
        return top;
    for (const mt_node *a = top->parent; a && a->type == MT_NODE_ELEMENT; a = a->parent) {
        int inside = 0, twins_inside = 0;
        for (int i = 0; i < nalts; i++)
            if (is_ancestor(a, alts[i])) {
                inside++;
                twins_inside += twin[i];
            }
        if (inside >= MIN_ALTERNATIVES || twins_inside)
            return a;
        if (a == c->body)
            break;
    }
    return top;
}

static int is_table_part(const mt_node *n)
{
    return n->ns == MT_NS_HTML && (n->tag == MT_TAG_TD || n->tag == MT_TAG_TR ||
                                   n->tag == MT_TAG_TBODY || n->tag == MT_TAG_TABLE ||
                                   n->tag == MT_TAG_TH);
}

/* A candidate counts beside a winning table of data from this share of
 * the table's score on. */
#define AROUND_TABLE_SHARE 0.8f

/* A <table>, <tbody> or <tr> that wins by the points of its many cells
 * (not one cell of a layout) is a table of data: a product list, a
 * timetable, part of a text rather than the whole of it. Where another
 * candidate scores nearly as well, the text is around the table: an
 * ancestor that scores so got its points from that text too and is taken;
 * for a candidate elsewhere (the paragraphs before the table, in a box of
 * their own), the nearest element holding both is. */
static const mt_node *around_data_table(const extract_ctx *c, const mt_node *top,
                                        const mt_node **cands, const float *scores, int n)
{
    if (top != cands[0] || !is_table_part(top) || mt_dom_is_html(top, MT_TAG_TD) ||
        mt_dom_is_html(top, MT_TAG_TH))
        return top;
    for (int i = 1; i < n; i++) {
        if (scores[i] < AROUND_TABLE_SHARE * scores[0])
            break;
        if (is_ancestor(cands[i], top))
            return cands[i];
        if (!is_ancestor(top, cands[i]))
            for (const mt_node *a = top->parent; a && a != c->body; a = a->parent)
                if (is_ancestor(a, cands[i]))
                    return a;
    }
    return top;
}

/* A candidate is taken over the best one for its markup from this share of
 * the best one's score on. */
#define MARKED_SHARE 0.6f

/* Where the best candidate has no content markup around or inside it, and
 * a nearly-as-good one sits in the page's <main>, role=main, articleBody
 * or <article>, the page has said which text is its own: the best one is
 * then a sidebar's feed or a header's promotion that happens to score as
 * well. Teaser cards' excerpts are passed over. */
static const mt_node *prefer_marked_content(const extract_ctx *c, const mt_node *top,
                                            const mt_node **cands, const float *scores, int n)
{
    const node_info *ti = ni(c, top);
    if ((ti->akind & (K_MAIN | K_ARTICLE)) || ti->semantic_chars)
        return top;
    for (int i = 1; i < n; i++) {
        const node_info *ci = ni(c, cands[i]);
        if (scores[i] < MARKED_SHARE * scores[0])
            break;
        if ((ci->akind & (K_MAIN | K_ARTICLE)) && is_alternative(c, cands[i], top))
            return cands[i];
    }
    return top;
}

/* Whether a sibling of the region reads as a paragraph of running text
 * of some length and few links: such a sibling continues the text. */
static int prose_paragraph(const extract_ctx *c, const mt_node *s)
{
    const node_info *si = ni(c, s);
    return s->type == MT_NODE_ELEMENT && !(si->flags & NI_INVISIBLE) &&
           (mt_dom_is_html(s, MT_TAG_P) || (si->flags & NI_PARA)) && si->chars > 80 &&
           link_density(si) < 0.25f;
}

/* Whether a sibling of the chosen element belongs to the article. */
static int sibling_joins(const extract_ctx *c, const mt_node *s, const mt_node *top,
                         float threshold)
{
    const node_info *si = ni(c, s);
    if (si->flags & NI_INVISIBLE || !si->chars)
        return 0;
    if (si->kind & (K_COMMENT | K_RELATED | K_SHARE | K_AD | K_NOTICE | K_MODAL | K_NAV | K_FOOTER))
        return 0;
    if (side_column(c, s, top))
        return 0;
    float bonus = same_class(top, s) ? ni(c, top)->score * 0.2f : 0;
    if (si->score != 0 && final_score(c, s) + bonus >= threshold)
        return 1;
    if (prose_paragraph(c, s))
        return 1;
    if ((mt_dom_is_html(s, MT_TAG_P) || (si->flags & NI_PARA)) && si->chars > 0 &&
        si->chars <= 80 && si->link_chars == 0 && si->punct > 0)
        return 1;
    /* a heading among the text's siblings too short to count as a
     * paragraph, with punctuation and no link: a blog's date header
     * ("Monday, October 15, 2012") or the post's own title; a section
     * label ("Archives", "Recent posts") has no punctuation */
    if (s->ns == MT_NS_HTML && mt_tag_has(s->tag, MT_TAGF_HEADING) && si->chars > 0 &&
        !(si->flags & NI_PARA) && si->link_chars == 0 && si->punct > 0)
        return 1;
    return 0;
}

/* The first element child of `el`, or NULL. */
static const mt_node *first_element(const mt_node *el)
{
    const mt_node *k = el->first_child;
    while (k && k->type != MT_NODE_ELEMENT)
        k = k->next;
    return k;
}

/* Bytes of a heading's text read to tell a thread's heading. */
#define LABEL_BYTES 160

/* A heading's label: the first LABEL_BYTES bytes of its text outside
 * links (a "»" linked to the reply form beside "Comments"), joined into
 * buf; returns their length. */
static size_t heading_label(const mt_node *h, char buf[LABEL_BYTES])
{
    size_t n = 0;
    for (const mt_node *t = h->first_child; t && n < LABEL_BYTES; t = mt_dom_following(t, h)) {
        if (t->type != MT_NODE_TEXT || mt_dom_is_html(t->parent, MT_TAG_A))
            continue;
        size_t k = t->data_len < LABEL_BYTES - n ? t->data_len : LABEL_BYTES - n;
        memcpy(buf + n, t->data, k);
        n += k;
    }
    return n;
}

/* Whether a heading names a comment thread ("Comments", "3 Responses",
 * "Leave a Reply"). */
static int heads_a_thread(const mt_node *h)
{
    char buf[LABEL_BYTES];
    return mt_vocab_comment_heading(buf, heading_label(h, buf));
}

/* Whether a box's heading is the site's: it names a comment thread or
 * opens a notice (an appeal for money, "Already a subscriber?"). */
static int heads_sites_box(const mt_node *h)
{
    char buf[LABEL_BYTES];
    size_t n = heading_label(h, buf);
    return mt_vocab_comment_heading(buf, n) || mt_vocab_notice_line(buf, n);
}

/* A labelled box after the text holds less of its text in links than
 * this: a "Get directions" under a service's address, not a list. */
#define BOX_LINK_SHARE 0.25f

/* Nodes of a box read to find a form control in it (a sign-up box). */
#define BOX_NODES 200

/* Whether a box right after the article's text is a labelled part of it:
 * it opens with a heading ("Contacts", "Services", "Details") over a few
 * lines of its own -- a press release's media contact, an obituary's
 * service times -- with few links and less text than the article. What
 * follows an article in links (tags, related stories, "more from") or
 * without a heading of its own (a copyright notice) does not join, nor
 * does a box that markup names as boilerplate, nor one headed as the
 * site's (a comment thread, an appeal), nor one that holds a form (a
 * newsletter's sign-up: a heading, a sentence, an email field). */
static int labelled_box_follows(const extract_ctx *c, const mt_node *s, const mt_node *top)
{
    /* after an <article> or <main> (or an element marked up as the
     * article), the page has said where its text ends: what follows is
     * the site's (an appeal for support, a newsletter box) */
    if ((ni(c, top)->kind & K_ARTICLE) || mt_dom_is_html(top, MT_TAG_ARTICLE) ||
        mt_dom_is_html(top, MT_TAG_MAIN))
        return 0;
    const node_info *si = ni(c, s);
    if ((si->flags & NI_INVISIBLE) || !si->chars || link_density(si) >= BOX_LINK_SHARE || !si->punct ||
        (si->kind & (K_BOILERPLATE | K_META | K_FORM)) || si->chars >= ni(c, top)->chars)
        return 0;
    const mt_node *h = first_element(s);
    if (!h || h->ns != MT_NS_HTML || !mt_tag_has(h->tag, MT_TAGF_HEADING))
        return 0;
    const node_info *hi = ni(c, h);
    return hi->chars && hi->chars < si->chars && !(hi->kind & K_BOILERPLATE) &&
           !heads_sites_box(h) && !mt_holds_form_control(s, BOX_NODES);
}

/* A level of wrappers that adds less text than this, or less than a tenth
 * of the region's, adds a line or two: a dateline, a headline, a section's
 * label. */
#define SMALL_STEP_CHARS 100
#define SMALL_STEP_SHARE 10

/* Characters of the paragraphs of running text beside `box` (its siblings). */
static uint32_t prose_beside(const extract_ctx *c, const mt_node *box)
{
    uint32_t n = 0;
    for (const mt_node *s = box->parent->first_child; s; s = s->next)
        if (s != box && prose_paragraph(c, s))
            n += ni(c, s)->chars;
    return n;
}

/* A layout table whose cell holds the text can hold the start of it only:
 * the rest follows the table as plain paragraphs (the table closed early,
 * or kept for a picture and a menu beside the lead). Those paragraphs are
 * siblings of the table, not of the cell, and would be lost. Where what the
 * table adds to the cell is little (a narrow menu column, a caption: a
 * tenth of the cell's text at most) and the paragraphs beside the table
 * come to a fifth of the cell's text-like text, the whole table is taken,
 * so that they join it. */
static const mt_node *table_with_text_beside(const extract_ctx *c, const mt_node *top)
{
    const mt_node *t = top;
    const node_info *ti = ni(c, top);
    while (t->parent && t->parent != c->body && is_table_part(t) && is_table_part(t->parent)) {
        const node_info *p = ni(c, t->parent);
        if ((p->akind & STRONG_BOILERPLATE) ||
            (p->chars - ti->chars) * SMALL_STEP_SHARE > ti->chars)
            return top;
        t = t->parent;
    }
    if (t == top || !t->parent || !mt_dom_is_html(t, MT_TAG_TABLE))
        return top;
    uint32_t beside = prose_beside(c, t);
    if (beside < SMALL_STEP_CHARS || beside * 5 < ti->good_chars)
        return top;
    return t;
}

/* A cell beside the text's cell with this share of its text in links at
 * least is a column of links (a menu, a list of services, with a line or
 * two about the site), however its width is declared. */
#define LINK_COLUMN_SHARE 0.25f

/* What the side columns (side_column) and columns of links of the cell
 * `top`'s row hold: their characters, in `all`, and those of their
 * text-like paragraphs that count as good text in the row, in `good`. A
 * column marked as a sidebar keeps its good text to itself
 * (score_paragraphs). Both 0 when `top` is no cell. */
static void side_columns(const extract_ctx *c, const mt_node *top, uint32_t *good, uint32_t *all)
{
    *good = *all = 0;
    const mt_node *row = top->parent;
    if (!row || !mt_dom_is_html(row, MT_TAG_TR) ||
        !(mt_dom_is_html(top, MT_TAG_TD) || mt_dom_is_html(top, MT_TAG_TH)))
        return;
    int row_in_sidebar = (ni(c, row)->akind & K_SIDEBAR) != 0;
    for (const mt_node *s = row->first_child; s; s = s->next) {
        if (s == top || s->type != MT_NODE_ELEMENT)
            continue;
        const node_info *si = ni(c, s);
        if (!side_column(c, s, top) && link_density(si) < LINK_COLUMN_SHARE)
            continue;
        *all += si->chars;
        if (row_in_sidebar || !(si->akind & K_SIDEBAR))
            *good += si->good_chars;
    }
}

/* Pages laid out with tables split one text over several cells and rows:
 * the best cell holds only part of it. Climbs through the layout table while
 * what the next level adds is mostly text-like paragraphs (at least half of
 * its characters, and a real share of what the cell had), never into
 * boilerplate. */
static const mt_node *widen_through_table(const extract_ctx *c, const mt_node *top)
{
    float min_share = c->opts->focus == MT_FOCUS_RECALL ? 0.35f
                    : c->opts->focus == MT_FOCUS_PRECISION ? 0.7f : 0.5f;
    while (top != c->body && top->parent && top->parent != c->body && is_table_part(top) &&
           is_table_part(top->parent)) {
        const node_info *t = ni(c, top), *p = ni(c, top->parent);
        if (p->akind & STRONG_BOILERPLATE)
            break;
        /* a sidebar's text is not good text above it (score_paragraphs):
         * a parent may hold less of it than its child */
        uint32_t extra_good = p->good_chars > t->good_chars ? p->good_chars - t->good_chars : 0;
        uint32_t extra_all = p->chars - t->chars;
        /* the side columns' text is not the text's, however it reads, nor
         * is it against it: what the rest of the level adds is judged, and
         * a level that adds side columns only is not climbed */
        uint32_t side_good, side_all;
        side_columns(c, top, &side_good, &side_all);
        if (side_all && side_all >= extra_all)
            break;
        extra_all -= side_all;
        extra_good = extra_good > side_good ? extra_good - side_good : 0;
        if (extra_all && ((float)extra_good < min_share * (float)extra_all ||
                          (float)extra_good < 0.2f * (float)t->good_chars))
            break;
        top = top->parent;
    }
    return top;
}

/* The text a teaser card's excerpt is taken to hold, per linked heading. */
#define TEASER_EXCERPT_CHARS 300

/* Prose a parent must add, at least, to be taken for the earlier part of
 * the text (widen_through_text) rather than for its header: a byline, a
 * caption and a standfirst come to less. */
#define EARLIER_TEXT_CHARS 500

/* What may follow the tail inside the parent, as a share of the tail's
 * characters: a line of links or a counter at the page's foot (1/20). */
#define TRAILER_SHARE 20

/* Characters of what follows `n` up to the end of its ancestor `up`,
 * counted until they pass `cap` (then cap + 1 or more). */
static uint32_t chars_after(const extract_ctx *c, const mt_node *n, const mt_node *up,
                            uint32_t cap)
{
    uint32_t after = 0;
    for (; n != up && after <= cap; n = n->parent)
        for (const mt_node *s = n->next; s && after <= cap; s = s->next) {
            if (s->type == MT_NODE_ELEMENT) {
                after += ni(c, s)->chars;
            } else if (s->type == MT_NODE_TEXT && !mt_text_is_blank(s->data, s->data_len)) {
                text_stats st;
                mt_text_stats(s->data, s->data_len, &st);
                after += st.chars;
            }
        }
    return after;
}

/* Whether the region from `n` up to its ancestor `up` (not included) is
 * marked as a whole text of its own (<article>, role=article, an Article's
 * itemtype): not the tail of a text in unclosed boxes. */
static int marked_whole_text(const extract_ctx *c, const mt_node *n, const mt_node *up)
{
    for (; n && n != up; n = n->parent)
        if ((ni(c, n)->kind & K_ARTICLE) || mt_dom_is_html(n, MT_TAG_ARTICLE))
            return 1;
    return 0;
}

/* Whether a parent adds the earlier part of the region's text: old pages
 * leave their <div>s and <li>s unclosed, so that each one holds the rest of
 * the page and the best candidate is the text's tail, inside a parent that
 * holds its start -- paragraphs of prose with little else (a tenth of the
 * region), before the region. That start may be shorter than the tail,
 * which a sibling module must not be. Nothing may follow the tail but a
 * trailer of the page's foot; with one, the parent may as well be a box of
 * page parts (a blog's welcome text, the post, links), so the start must
 * come to half the tail's prose at least. */
static int adds_earlier_text(const extract_ctx *c, const mt_node *best, const mt_node *parent,
                             uint32_t extra_good, uint32_t extra_all)
{
    const node_info *b = ni(c, best);
    uint32_t extra_other = extra_all > extra_good ? extra_all - extra_good : 0;
    if (extra_good < EARLIER_TEXT_CHARS || extra_other * SMALL_STEP_SHARE > b->chars)
        return 0;
    /* a text that markup calls whole is no tail: the prose before it (a
     * site's about box, a blog's welcome) is not its start */
    if (marked_whole_text(c, best, parent))
        return 0;
    uint32_t after = chars_after(c, best, parent, b->chars / TRAILER_SHARE);
    if (after > b->chars / TRAILER_SHARE)
        return 0;
    return !after || extra_good * 2 >= b->good_chars;
}

/* Articles split into sibling modules (a page builder's text boxes, one per
 * section) leave the best candidate holding one section. Climbs from it
 * while the parent adds at least as much text-like paragraph text as the
 * region holds so far, and such text is most of what the parent adds; a
 * step that adds nothing, or only a line, is passed over but does not move
 * the region on its own. A parent that holds the text's start, the region
 * being its tail, is climbed into with less (adds_earlier_text). Never into
 * strong boilerplate; a candidate without any text-like paragraph (its
 * points came from elsewhere) stays. */
static const mt_node *widen_through_text(const extract_ctx *c, const mt_node *top)
{
    if (!ni(c, top)->good_chars)
        return top;
    const mt_node *best = top, *a = top;
    while (a->parent && a->parent != c->body) {
        const node_info *p = ni(c, a->parent), *b = ni(c, best);
        if (p->akind & STRONG_BOILERPLATE)
            break;
        a = a->parent;
        uint32_t extra_all = p->chars - b->chars;
        /* a parent may hold less good text than its child (a sidebar's
         * stops counting at the sidebar: score_paragraphs) */
        uint32_t extra_good = p->good_chars > b->good_chars ? p->good_chars - b->good_chars : 0;
        /* a level that adds a dateline or a headline only (the text's own
         * header, the label of the next section) is passed over like an
         * empty one: what it adds is judged with the next level's */
        if (extra_all < SMALL_STEP_CHARS || extra_all * SMALL_STEP_SHARE < b->chars)
            continue;
        uint32_t extra_teasers = (uint32_t)(p->linked_headings - b->linked_headings);
        if (extra_good * 2 < extra_all ||
            (extra_good < b->good_chars && !adds_earlier_text(c, best, a, extra_good, extra_all)) ||
            extra_good < extra_teasers * TEASER_EXCERPT_CHARS)
            break;
        best = a;
    }
    return best;
}

/* Wrappers around the chosen element that hold nothing else (the same
 * text: a <div> around a <div> around the text) are the same box. The
 * outermost is taken, since its siblings, not the inner element's, are the
 * neighbours that may continue the article (page builders nest every
 * section of one text in its own stack of wrappers). */
static const mt_node *outermost_wrapper(const extract_ctx *c, const mt_node *top)
{
    while (top->parent && top->parent != c->body && ni(c, top->parent)->chars == ni(c, top)->chars &&
           !(ni(c, top->parent)->akind & STRONG_BOILERPLATE))
        top = top->parent;
    return top;
}

/* ------------------------------------------------------------------ threads
 * A forum thread or a mailing list's archive: the best candidate is the
 * first post's text, and the replies below it -- boxes of the same shape,
 * which markup names as comments -- were never candidates. There the
 * replies are the page's content. */

/* Levels from the region's top up to the first post's box, and down from a
 * reply's box to its text; siblings looked at after the first post, and
 * nodes of each. */
#define POST_BOX_LEVELS 3
#define POST_TEXT_LEVELS 3
#define THREAD_SIBLINGS 64
#define POST_NODES 200

/* The first word of an element's class attribute ("email" of "email
 * email-first"), its length in *len; NULL when it has none. */
static const char *first_class(const mt_node *el, size_t *len)
{
    const mt_attr *a = mt_dom_attr(el, "class", 5);
    if (!a)
        return NULL;
    size_t i = 0, start;
    *len = mt_next_name(a->value, a->value_len, &i, &start);
    return *len ? a->value + start : NULL;
}

bool mt_same_box_kind(const mt_node *a, const mt_node *b, bool classless)
{
    /* the tags first: most neighbours differ in them, and their class
     * attributes need not be looked for */
    if (a->tag != b->tag || a->ns != b->ns)
        return false;
    /* two without attributes (paragraphs side by side): no class to look for */
    if (!a->nattrs && !b->nattrs)
        return classless;
    size_t la = 0, lb = 0;
    const char *ca = first_class(a, &la), *cb = first_class(b, &lb);
    if (!ca || !cb)
        return classless && !ca && !cb;
    return la == lb && memcmp(ca, cb, la) == 0;
}

/* Whether `box` holds, a few levels down, a text box like `text` (same tag
 * and class): a reply's body like the first post's. */
static int holds_post_text(const mt_node *box, const mt_node *text)
{
    int seen = 0;
    for (const mt_node *n = box->first_child; n && seen < POST_NODES;
         n = mt_dom_following(n, box), seen++)
        if (n->type == MT_NODE_ELEMENT && same_box(n, text))
            return 1;
    return 0;
}

/* Whether `s` is a reply to the post `box` whose text box is `text`: a
 * box of the same kind (mt_same_box_kind), named a comment (or in a box so
 * named: "replies"), holding a text box like the post's. Boxes of one
 * shape not named comments are a layout's modules, not a thread. */
static int is_reply(const extract_ctx *c, const mt_node *s, const mt_node *box,
                    const mt_node *text)
{
    return s->type == MT_NODE_ELEMENT && (ni(c, s)->akind & K_COMMENT) &&
           mt_same_box_kind(s, box, false) && holds_post_text(s, text);
}

/* Whether a post's box holds a headline (<h1>, <h2>): an article's box
 * does; a thread's title stands above all its posts. A box too large to
 * read through counts as holding one. */
static int holds_headline(const mt_node *box)
{
    int seen = 0;
    for (const mt_node *n = box->first_child; n; n = mt_dom_following(n, box))
        if (mt_dom_is_html(n, MT_TAG_H1) || mt_dom_is_html(n, MT_TAG_H2) ||
            ++seen == POST_NODES * 10)
            return 1;
    return 0;
}

/* The last reply like the post `box` (whose text box is `text`) among the
 * elements after it: its later siblings and their children, then the
 * later siblings of its parent and theirs. NULL when there is none. */
static const mt_node *last_reply(const extract_ctx *c, const mt_node *box, const mt_node *text)
{
    const mt_node *last = NULL;
    for (const mt_node *a = box; a && a != c->body && !last; a = a->parent) {
        int seen = 0;
        for (const mt_node *s = a->next; s && seen < THREAD_SIBLINGS; s = s->next) {
            if (s->type != MT_NODE_ELEMENT || !ni(c, s)->chars)
                continue;
            seen++;
            if (is_reply(c, s, box, text)) {
                last = s;
                continue;
            }
            int kids = 0;
            for (const mt_node *k = s->first_child; k && kids < THREAD_SIBLINGS; k = k->next, kids++)
                if (is_reply(c, k, box, text))
                    last = k;
        }
        if (a != box)
            break;      /* the box's siblings, then its parent's: no further */
    }
    return last;
}

/* Whether a heading that names a comment thread ("2 comments", "Leave a
 * Reply") stands after the post `box` and before the first box of its
 * shape, inside `within`: a blog's comments under their heading, in the
 * post's own markup. A thread's replies follow the first post unheaded.
 * Reads POST_NODES nodes at most. */
static int thread_heading_after(const mt_node *box, const mt_node *within)
{
    int seen = 0;
    for (const mt_node *n = mt_dom_following_skip(box, within); n && seen < POST_NODES;
         n = mt_dom_following(n, within), seen++) {
        if (n->type != MT_NODE_ELEMENT)
            continue;
        if (mt_same_box_kind(n, box, false))
            return 0;
        if (mt_dom_is_heading(n) && heads_a_thread(n))
            return 1;
    }
    return 0;
}

/* When the region's top is a post's text and posts of the same shape
 * follow it (a reply holds a text box of the same tag and class, in a box
 * of the same tag and first class as the first post's), the page is a
 * thread: the region becomes the element holding the first post and the
 * last reply, and *thread is set. A post's box that holds a headline is an
 * article's, whose comments below stay comments; so are replies under a
 * heading that names them comments. */
static const mt_node *widen_to_thread(const extract_ctx *c, const mt_node *top, bool *thread)
{
    size_t len;
    if (!first_class(top, &len))
        return top;
    const mt_node *box = top->parent;
    for (int level = 0; box && box != c->body && level < POST_BOX_LEVELS;
         level++, box = box->parent) {
        if (!first_class(box, &len))
            continue;
        const mt_node *reply = last_reply(c, box, top);
        if (!reply)
            continue;
        if (holds_headline(box))
            return top;
        const mt_node *a = box->parent;
        while (a && a != c->body && !mt_dom_holds(a, reply))
            a = a->parent;
        if (!a || a == c->body || thread_heading_after(box, a))
            return top;
        *thread = true;
        return a;
    }
    return top;
}

/* A line after the text this short at most may be a comment thread's
 * label ("Comments", "Have your say", "12 Responses"). */
#define THREAD_LABEL_CHARS 40

/* Whether a sibling after the chosen element is a comment thread's label
 * standing alone: the paragraphs after it are what readers wrote, even
 * when they are set in the article's own markup (a page laid out before
 * comment systems had their own boxes). Only short siblings are read. */
static int labels_thread(const extract_ctx *c, const mt_node *s)
{
    const node_info *si = ni(c, s);
    return si->chars && si->chars <= THREAD_LABEL_CHARS && !(si->flags & NI_INVISIBLE) &&
           heads_a_thread(s);
}

#define MAX_REGION 256

typedef struct region {
    const mt_node *roots[MAX_REGION];
    int n;
} region;

static void choose_region(extract_ctx *c, const scored *sd, region *r)
{
    r->n = 0;
    const mt_node *cands[TOP_CANDIDATES];
    float scores[TOP_CANDIDATES];
    int ncands = best_candidates(c, sd, cands, scores);
    if (!ncands) {
        r->roots[r->n++] = c->body;
        return;
    }
    const mt_node *top = common_ancestor(c, cands[0], cands, scores, ncands);
    top = around_data_table(c, top, cands, scores, ncands);
    top = prefer_marked_content(c, top, cands, scores, ncands);
    /* inline elements (<b>, <font>) collect points too, but blocks are cut
     * at block-level elements: the region starts at one */
    while (top != c->body && top->parent &&
           !(top->ns == MT_NS_HTML && mt_tag_has(top->tag, MT_TAGF_BLOCK)))
        top = top->parent;
    top = semantic_bounds(c, top);
    top = widen_through_table(c, top);
    top = table_with_text_beside(c, top);
    top = widen_through_text(c, top);
    top = widen_to_thread(c, top, &c->thread);
    top = outermost_wrapper(c, top);
    const mt_node *parent = top->parent;
    if (!parent || top == c->body) {
        r->roots[r->n++] = top;
        return;
    }
    float top_score = final_score(c, top);
    /* a sibling of an <article> joins it only when it scores well too (an
     * article split in two, as recipes put ingredients and steps) */
    int semantic = (ni(c, top)->kind & (K_MAIN | K_ARTICLE)) != 0;
    float threshold = top_score * 0.2f;
    if (threshold < 10)
        threshold = 10;
    if (c->opts->focus == MT_FOCUS_RECALL)
        threshold *= 0.5f;
    else if (c->opts->focus == MT_FOCUS_PRECISION)
        threshold *= 1.5f;
    int after_region = 0;   /* the element before this one is in the region */
    bool past_top = false;
    for (const mt_node *s = parent->first_child; s && r->n < MAX_REGION; s = s->next) {
        if (s->type != MT_NODE_ELEMENT)
            continue;
        if (past_top && !c->thread && labels_thread(c, s))
            break;
        past_top = past_top || s == top;
        int joins = s == top || sibling_joins(c, s, top, semantic ? threshold * 2 : threshold);
        /* one labelled box right after the text, not a run of them */
        int box = !joins && after_region == 1 && labelled_box_follows(c, s, top);
        if (joins || box)
            r->roots[r->n++] = s;
        after_region = joins ? 1 : box ? 2 : 0;
    }
}

void mt_select_region(extract_ctx *c)
{
    scored sd;
    sd.n = 0;
    sd.overflow = false;
    score_paragraphs(c, &sd);
    region r;
    choose_region(c, &sd, &r);
    c->region_end = r.roots[r.n - 1];   /* the roots are siblings, in order */
    for (int k = 0; k < r.n; k++) {
        ni(c, r.roots[k])->flags |= NI_REGION;
        for (const mt_node *a = r.roots[k]->parent; a; a = a->parent) {
            if (ni(c, a)->flags & NI_ABOVE_REGION)
                break;
            ni(c, a)->flags |= NI_ABOVE_REGION;
            if (a == c->body)
                break;
        }
    }
}
