/* prune_hidden.c -- pass 4, what the page's style sheets hide though the
 * markup shows it: the panels of a tab set built of radio buttons that
 * are not chosen, and elements whose id a <style> element hides. */
#include <string.h>
#include "extract/prune_internal.h"
#include "util/simd16.h"
#include "util/style.h"

/* How far up from a block a tab's panel is looked for. */
#define TAB_REACH 12
/* How many nodes a tab set's radio button, its label and its panel may
 * stand apart (white space, a comment): a bound, so that no run of
 * comments is walked again for every block. */
#define TAB_STEP_MAX 4
/* How many radio buttons are read, how many siblings of one for its
 * group's checked button, and how many panels are kept. */
#define TAB_RADIOS_MAX 64
#define TAB_GROUP_LOOK 32
#define TAB_PANELS_MAX 32

/* The element sibling after n within TAB_STEP_MAX nodes, NULL when none. */
static const mt_node *element_after(const mt_node *n)
{
    return mt_prune_element_beside(n, 1, TAB_STEP_MAX);
}

/* Whether another radio button of `input`'s group (its name), among the
 * first siblings, is checked: only then does the style sheet show that
 * one's panel and hide this one's (a set with none checked shows what
 * its style sheet says, which is not read here). */
static int group_has_checked(const mt_node *input)
{
    const mt_attr *name = mt_dom_attr(input, "name", 4);
    if (!name || !input->parent)
        return 0;
    int seen = 0;
    for (const mt_node *s = input->parent->first_child; s && seen < TAB_GROUP_LOOK;
         s = s->next, seen++) {
        if (s == input || !mt_is_radio(s) || !mt_dom_attr(s, "checked", 7))
            continue;
        const mt_attr *other = mt_dom_attr(s, "name", 4);
        if (other && other->value_len == name->value_len &&
            memcmp(other->value, name->value, name->value_len) == 0)
            return 1;
    }
    return 0;
}

typedef struct tab_panels {
    const mt_node *panel[TAB_PANELS_MAX];
    int n;
} tab_panels;

/* The panels of tabs not chosen in tab sets made without scripts: a
 * radio button, its <label> (the tab), then the panel, which the style
 * sheet shows only while that button is checked. The panel of the
 * checked one is what a reader sees first; the others wait for a click,
 * as a hidden element does (a site's "About" tab under the text). Found
 * from the radio buttons pass 1 met, once a page, not from every block. */
static void find_unchosen_panels(const extract_ctx *c, tab_panels *t)
{
    t->n = 0;
    int radios = 0;
    for (uint32_t i = 0; i < c->norder && radios < TAB_RADIOS_MAX && t->n < TAB_PANELS_MAX; i++) {
        const mt_node *input = c->order[i];
        if (!mt_is_radio(input))
            continue;
        radios++;
        if (mt_dom_attr(input, "checked", 7))
            continue;
        const mt_node *label = element_after(input);
        if (!label || !mt_dom_is_html(label, MT_TAG_LABEL))
            continue;
        const mt_node *panel = element_after(label);
        if (panel && group_has_checked(input))
            t->panel[t->n++] = panel;
    }
}


/* How many children of a block's element are read for a label. */
#define LABEL_LOOK 64

/* Whether a block's whole text is one <label>'s: the name of a form's
 * control (a tab, a switch, a field: "Code & Data", "Your rating"),
 * which the page shows to be clicked, not read. Its element's own
 * <label> children are read, one as long as the block; a label in the
 * middle of a sentence leaves the block more text than it. */
static int is_label_line(const extract_ctx *c, const xblock *x)
{
    if (!x->node || !x->chars || x->node->type != MT_NODE_ELEMENT)
        return 0;
    int seen = 0;
    for (const mt_node *ch = x->node->first_child; ch && seen < LABEL_LOOK; ch = ch->next, seen++)
        if (mt_dom_is_html(ch, MT_TAG_LABEL) && ni(c, ch)->chars == x->chars)
            return 1;
    return 0;
}

/* Drops the text of tabs not chosen in a tab set made of radio buttons
 * (is_unchosen_tab_panel), and the lines that are a control's name
 * (is_label_line). */
void mt_prune_drop_unchosen_tabs(const extract_ctx *c, block_list *blocks)
{
    if (!c->has_labels)
        return;     /* most pages: no tab and no control is named */
    tab_panels t;
    t.n = 0;
    if (c->has_radios)
        find_unchosen_panels(c, &t);
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if ((x->flags & XB_KEEP) && x->node &&
            ((t.n && mt_prune_under_one_of(c, x->node, t.panel, t.n, TAB_REACH)) ||
             is_label_line(c, x)))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}

/* How many ids a page's style sheets may hide that are looked for, and
 * how long each may be. */
#define HIDDEN_IDS 16
#define HIDDEN_ID_MAX 64
/* How far up from a block an element with a hidden id is looked for. */
#define HIDDEN_ID_REACH 32

typedef struct hidden_ids {
    const char *id[HIDDEN_IDS];
    size_t len[HIDDEN_IDS];
    int n;
} hidden_ids;

static int is_ident_byte(unsigned char ch)
{
    return mt_ascii_is_alnum(ch) || ch == '-' || ch == '_';
}

/* Where id[0..len) is in `h`, -1 when it is not. */
static int hidden_id_at(const hidden_ids *h, const char *id, size_t len)
{
    for (int k = 0; k < h->n; k++)
        if (h->len[k] == len && memcmp(h->id[k], id, len) == 0)
            return k;
    return -1;
}

/* The nesting of a style sheet's braces at a place, counted from the
 * last place asked (places are asked in order). Stray closing braces
 * count as they come: after one, no rule is at depth 0 and none is read,
 * which loses nothing but a hidden id. */
typedef struct brace_depth {
    size_t at;
    long depth;
} brace_depth;

static long depth_at(const char *css, brace_depth *d, size_t at)
{
    size_t i = d->at;
    long depth = d->depth;
#ifdef MT_SIMD16
    /* each lane sums its bytes that are braces (a one each) */
    __m128i one = _mm_set1_epi8(1), zero = _mm_setzero_si128(), opens = zero, closes = zero;
    for (; i + 16 <= at; i += 16) {
        __m128i v = mt_simd16_load(css + i);
        opens = _mm_add_epi64(opens, _mm_sad_epu8(_mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('{')), one), zero));
        closes = _mm_add_epi64(closes, _mm_sad_epu8(_mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('}')), one), zero));
    }
    /* stored, not moved to a register: _mm_cvtsi128_si64 is only on x86-64,
     * and MT_SIMD16 is on 32-bit x86 with SSE2 too */
    int64_t lanes[2];
    _mm_storeu_si128((__m128i *)(void *)lanes, _mm_sub_epi64(opens, closes));
    depth += (long)(lanes[0] + lanes[1]);
#endif
    for (; i < at; i++)
        depth += (css[i] == '{') - (css[i] == '}');
    d->at = at;
    d->depth = depth;
    return depth;
}

/* Whether the '#' at css[at] begins a selector: nothing but white space
 * between it and the sheet's start, a brace, or a comment's end. */
static int opens_selector(const char *css, size_t at)
{
    while (at > 0 && mt_ascii_is_space((unsigned char)css[at - 1]))
        at--;
    return at == 0 || css[at - 1] == '}' || css[at - 1] == '{' ||
           (at >= 2 && css[at - 1] == '/' && css[at - 2] == '*');
}

/* Reads a style sheet's rules whose whole selector is one id
 * ("#printDesc { display: none }") and adds the ids they hide to `h`.
 * A rule with any other selector (a class, a descendant, a list), or
 * inside a block (a media query: only on some screens, or in print), is
 * passed over. Such a rule begins with its '#': a page may inline a
 * hundred kilobytes of style, and its '#'s are found with memchr, not its
 * every brace followed. A later such rule that shows the id again takes
 * it out. */
static void read_hidden_ids(const char *css, size_t n, hidden_ids *h)
{
    brace_depth d = { 0, 0 };
    const char *p = css, *end = css + n;
    while (p < end && (p = memchr(p, '#', (size_t)(end - p))) != NULL) {
        size_t at = (size_t)(p - css), name = at + 1, e = name;
        p++;
        /* most '#'s are colours in declarations ("color: #333"): told by
         * what stands before them, before any byte after is read */
        if (!opens_selector(css, at))
            continue;
        while (e < n && e - name < HIDDEN_ID_MAX && is_ident_byte((unsigned char)css[e]))
            e++;
        size_t open = e;
        while (open < n && mt_ascii_is_space((unsigned char)css[open]))
            open++;
        if (e == name || open >= n || css[open] != '{')
            continue;
        size_t close = open + 1;
        while (close < n && css[close] != '}' && css[close] != '{')
            close++;
        if (close >= n || css[close] != '}')
            continue;
        unsigned style = mt_style_read(css + open + 1, close - open - 1);
        if (!(style & MT_STYLE_DISPLAY_SET) || depth_at(css, &d, at) != 0)
            continue;
        int none = (style & MT_STYLE_DISPLAY_NONE) != 0;
        /* a later rule for the id says the last word ("#x{display:none}
         * ... #x{display:block}") */
        int k = hidden_id_at(h, css + name, e - name);
        if (none && k < 0 && h->n < HIDDEN_IDS) {
            h->id[h->n] = css + name;
            h->len[h->n++] = e - name;
        } else if (!none && k >= 0) {
            h->id[k] = h->id[h->n - 1];
            h->len[k] = h->len[--h->n];
        }
        p = css + close;
    }
}

/* How many of the head's children are looked at for style sheets. */
#define HEAD_CHILDREN_MAX 512

/* Whether a <style> element's sheet applies on every screen: no media
 * attribute, or "all" or "screen". A sheet for print (or for some screens
 * only) is passed over as a media query inside a sheet is: it hides the
 * on-screen copy of a story in print, not on the screen. */
static int style_for_screens(const mt_node *style)
{
    const mt_attr *media = mt_dom_attr(style, "media", 5);
    if (!media)
        return 1;
    size_t a = mt_ascii_skip_space(media->value, media->value_len), e = media->value_len;
    while (e > a && mt_ascii_is_space((unsigned char)media->value[e - 1]))
        e--;
    return e == a || (e - a == 3 && mt_ascii_equal_ci(media->value + a, "all", 3)) ||
           (e - a == 6 && mt_ascii_equal_ci(media->value + a, "screen", 6));
}

/* Adds the ids a <style> element's sheet hides to `h`. */
static void read_style_element(const mt_node *style, hidden_ids *h)
{
    if (!style_for_screens(style))
        return;
    for (const mt_node *t = style->first_child; t; t = t->next)
        if (t->type == MT_NODE_TEXT)
            read_hidden_ids(t->data, t->data_len, h);
}

/* The ids the page's own style sheets hide (read_hidden_ids): those of
 * the <style> elements in the head and of the body's first few, which
 * pass 1 noted as it met them. */
static void find_hidden_ids(const extract_ctx *c, hidden_ids *h)
{
    const mt_node *html = c->body->parent;
    int seen = 0;
    for (const mt_node *head = html ? html->first_child : NULL; head && head != c->body;
         head = head->next) {
        if (!mt_dom_is_html(head, MT_TAG_HEAD))
            continue;
        for (const mt_node *s = head->first_child; s && seen < HEAD_CHILDREN_MAX;
             s = s->next, seen++)
            if (mt_dom_is_html(s, MT_TAG_STYLE))
                read_style_element(s, h);
    }
    for (uint32_t i = 0; i < c->nbody_styles; i++)
        read_style_element(c->body_styles[i], h);
}

/* How many elements with a hidden id are kept. */
#define HIDDEN_NODES_MAX 64

typedef struct hidden_nodes {
    const mt_node *node[HIDDEN_NODES_MAX];
    int n;
} hidden_nodes;

/* The elements pass 1 read that have one of the hidden ids: each
 * element's id is looked up once a page, not once for every block under
 * it (an element may have a thousand attributes). */
static void find_hidden_nodes(const extract_ctx *c, const hidden_ids *h, hidden_nodes *out)
{
    out->n = 0;
    for (uint32_t i = 0; i < c->norder && out->n < HIDDEN_NODES_MAX; i++) {
        const mt_attr *id = mt_dom_attr(c->order[i], "id", 2);
        if (!id)
            continue;
        for (int k = 0; k < h->n; k++)
            if (id->value_len == h->len[k] && memcmp(id->value, h->id[k], h->len[k]) == 0) {
                out->node[out->n++] = c->order[i];
                break;
            }
    }
}

/* An element the page's style sheet hides by its id (a print copy of the
 * story beside the one shown) is not shown, as one hidden by its own
 * style attribute is not. */
void mt_prune_drop_hidden_by_id(const extract_ctx *c, block_list *blocks)
{
    hidden_ids h;
    h.n = 0;
    find_hidden_ids(c, &h);
    if (!h.n)
        return;
    hidden_nodes hn;
    find_hidden_nodes(c, &h, &hn);
    if (!hn.n)
        return;
    for (size_t i = 0; i < blocks->count; i++) {
        xblock *x = &blocks->items[i];
        if ((x->flags & XB_KEEP) && x->node &&
            mt_prune_under_one_of(c, x->node, hn.node, hn.n, HIDDEN_ID_REACH))
            x->flags &= (uint8_t)~XB_KEEP;
    }
}
