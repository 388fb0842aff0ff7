/* features.c -- pass 1: statistics for every element, bottom-up.
 *
 * A walk down the tree records inherited facts (invisible, inside a link,
 * inside <pre>) and measures each text node, adding its counts to its
 * parent's; on the way back up every element adds its totals to its
 * parent's. A second pass, top-down over the elements, gives every element
 * the kinds of its ancestors. Two linear passes, no recursion. */
#include <string.h>
#include "extract/internal.h"
#include "metadata/metadata.h"
#include "text/metrics.h"

/* What pass 1 asks of an element's tag, as bits of one table: a load and
 * a test per element, where a switch over the tags was a chain of
 * compares that mispredicted on most pages. */
enum {
    TAG_TEXTLESS = 1 << 0,  /* see renders_no_text */
    /* <a> and <pre>: the bits of the flags their subtrees inherit
     * (enter_element), so that a link's or a <pre>'s is its tag's bit */
    TAG_LINK = NI_IN_LINK,
    TAG_PRE = NI_IN_PRE,
    /* elements that hold a paragraph of their own when they have enough
     * text (add_to_parent) */
    TAG_PARAGRAPH = 1 << 4,
    /* a form, a table, a heading or a control: add_to_parent has more to
     * ask of it (see ask_of_tag) */
    TAG_ASKED = 1 << 5
};
_Static_assert(((TAG_TEXTLESS | TAG_PARAGRAPH | TAG_ASKED) & (TAG_LINK | TAG_PRE)) == 0,
               "the tag bits that are flags are no other role's");
_Static_assert((TAG_LINK | TAG_PRE) <= 0xFF, "the flags fit the table of tag bits");

static const uint8_t pass1_tag_bits[MT_TAG__COUNT] = {
    [MT_TAG_SELECT] = TAG_TEXTLESS | TAG_ASKED, [MT_TAG_OPTION] = TAG_TEXTLESS,
    [MT_TAG_OPTGROUP] = TAG_TEXTLESS, [MT_TAG_TEXTAREA] = TAG_TEXTLESS,
    [MT_TAG_INPUT] = TAG_TEXTLESS | TAG_ASKED, [MT_TAG_BUTTON] = TAG_TEXTLESS,
    [MT_TAG_IFRAME] = TAG_TEXTLESS, [MT_TAG_EMBED] = TAG_TEXTLESS,
    [MT_TAG_CANVAS] = TAG_TEXTLESS, [MT_TAG_VIDEO] = TAG_TEXTLESS,
    [MT_TAG_AUDIO] = TAG_TEXTLESS, [MT_TAG_MAP] = TAG_TEXTLESS,
    [MT_TAG_FRAMESET] = TAG_TEXTLESS, [MT_TAG_FRAME] = TAG_TEXTLESS,
    [MT_TAG_APPLET] = TAG_TEXTLESS, [MT_TAG_DIALOG] = TAG_TEXTLESS,
    /* ruby annotations: readings, not text */
    [MT_TAG_RT] = TAG_TEXTLESS, [MT_TAG_RP] = TAG_TEXTLESS,
    [MT_TAG_A] = TAG_LINK,
    [MT_TAG_P] = TAG_PARAGRAPH, [MT_TAG_PRE] = TAG_PARAGRAPH | TAG_PRE, [MT_TAG_TD] = TAG_PARAGRAPH,
    [MT_TAG_BLOCKQUOTE] = TAG_PARAGRAPH, [MT_TAG_LI] = TAG_PARAGRAPH,
    [MT_TAG_DD] = TAG_PARAGRAPH,
    [MT_TAG_H1] = TAG_PARAGRAPH | TAG_ASKED, [MT_TAG_H2] = TAG_PARAGRAPH | TAG_ASKED,
    [MT_TAG_H3] = TAG_PARAGRAPH | TAG_ASKED, [MT_TAG_H4] = TAG_PARAGRAPH | TAG_ASKED,
    [MT_TAG_H5] = TAG_PARAGRAPH | TAG_ASKED, [MT_TAG_H6] = TAG_PARAGRAPH | TAG_ASKED,
    [MT_TAG_FORM] = TAG_ASKED, [MT_TAG_TABLE] = TAG_ASKED, [MT_TAG_STYLE] = TAG_ASKED,
    [MT_TAG_LABEL] = TAG_ASKED,
};

/* pass1_tag_bits as one page's walk reads them: TAG_TEXTLESS also on the
 * tags the tags table calls invisible (<script>, <template>, ...) and, with
 * scripting on, on <noscript> -- its content is then one text node, of
 * markup a browser running scripts does not show (parsed as markup, with
 * scripting off, it is what a browser without scripts shows). Entry
 * MT_TAG__COUNT stands for a tag past the tables: MT_TAG_UNKNOWN's bits
 * of pass1_tag_bits, and no table calls it invisible. Made once a page,
 * so that renders_no_text asks one bit of each element, not three tables. */
typedef uint8_t page_tag_bits[MT_TAG__COUNT + 1];

static void make_page_tag_bits(const extract_ctx *c, page_tag_bits out)
{
    for (unsigned t = 0; t < MT_TAG__COUNT; t++)
        out[t] = (uint8_t)(pass1_tag_bits[t] |
                           (mt_tag_has(t, MT_TAGF_INVISIBLE) ? TAG_TEXTLESS : 0));
    out[MT_TAG__COUNT] = pass1_tag_bits[MT_TAG_UNKNOWN];
    if (c->opts->parse.scripting)
        out[MT_TAG_NOSCRIPT] |= TAG_TEXTLESS;
}

/* The roles of the page's tag bits (`tags`) an element's tag has (none
 * outside HTML), without a branch: the answer is the page's, not
 * predictable. */
static unsigned tag_bits(const uint8_t *tags, const mt_node *el)
{
    unsigned tag = el->tag < MT_TAG__COUNT ? el->tag : MT_TAG__COUNT;
    return tags[tag] & (0u - (el->ns == MT_NS_HTML));
}

/* Elements whose content a reader does not see as text of the page (`bits`
 * are the element's tag_bits, TAG_TEXTLESS: make_page_tag_bits): those the
 * tags table calls invisible (<script>, <template>, ...), controls,
 * embedded frames and media, dialogs, and <noscript> with scripting on. An
 * <object>'s children are not among them: they are its fallback, what a
 * browser shows when it cannot show the object -- and no browser shows the
 * Flash players that most <object>s on the web hold (their <param>s and
 * <embed>s show nothing either way). */
static int renders_no_text(const mt_node *el, unsigned bits)
{
    if (el->ns != MT_NS_HTML)
        return el->ns == MT_NS_SVG;     /* SVG text is labels of drawings */
    return (bits & TAG_TEXTLESS) != 0;
}

#define PARA_MIN_CHARS 25

static const mt_node *find_body(const mt_document *doc)
{
    for (const mt_node *h = doc->root->first_child; h; h = h->next) {
        if (!mt_dom_is_html(h, MT_TAG_HTML))
            continue;
        for (const mt_node *b = h->first_child; b; b = b->next)
            if (mt_dom_is_html(b, MT_TAG_BODY))
                return b;
        return h;
    }
    return doc->root;
}

/* Characters of text (not white space, not markup) in a <noscript>'s
 * content read as one text node (scripting on): what a browser without
 * scripts would show, roughly -- tags are skipped, entities and comments
 * counted as text. One pass over the text. */
static uint32_t noscript_text_chars(const mt_node *el)
{
    const mt_node *t = el->first_child;
    if (!t || t->type != MT_NODE_TEXT || !memchr(t->data, '<', t->data_len))
        return 0;   /* no markup: a line that a second parse would not change */
    uint32_t n = 0;
    const char *p = t->data, *end = t->data + t->data_len;
    while (p < end) {
        /* text up to the next tag, counted; the tag passed over at once
         * (its attributes, image addresses among them, are most of it) */
        const char *lt = memchr(p, '<', (size_t)(end - p));
        const char *stop = lt ? lt : end;
        for (; p < stop; p++) {
            unsigned char ch = (unsigned char)*p;
            n += ch > ' ' && ch != '>' && (ch & 0xC0) != 0x80;
        }
        if (!lt)
            break;
        const char *gt = memchr(lt + 1, '>', (size_t)(end - lt - 1));
        if (!gt)
            break;
        p = gt + 1;
    }
    return n;
}

/* Adds the bytes of a <noscript>'s text to ctx->noscript_bytes: a bound
 * on the characters noscript_text_chars counts, so that most pages, whose
 * <noscript>s hold a tracking pixel, are never read for them. */
static void add_noscript_bytes(extract_ctx *c, const mt_node *el)
{
    const mt_node *t = el->first_child;
    if (!t || t->type != MT_NODE_TEXT)
        return;
    c->noscript_bytes = t->data_len > UINT32_MAX - c->noscript_bytes ? UINT32_MAX
                                                                     : c->noscript_bytes + t->data_len;
}

uint32_t mt_noscript_chars(const extract_ctx *c)
{
    /* the elements pass 1 read: each one's parent is visible (with
     * scripting off no <noscript> was counted, so none is asked here);
     * and those of <head> */
    uint32_t sum = 0;
    for (uint32_t i = 0; i < c->norder + c->nhead_noscripts; i++) {
        const mt_node *n = i < c->norder ? c->order[i] : c->head_noscripts[i - c->norder];
        if (n->tag != MT_TAG_NOSCRIPT || n->ns != MT_NS_HTML)
            continue;
        uint32_t more = noscript_text_chars(n);
        sum = more > UINT32_MAX - sum ? UINT32_MAX : sum + more;
    }
    return sum;
}

/* How many of <head>'s nodes are looked through for <noscript>s: a head
 * holds a few dozen elements (a page whose markup all fell into it is
 * mended and read again: api/reread.c). */
#define HEAD_NODES 2000

/* The <noscript>s of the page's <head> (scripting on: their markup is one
 * text node), into ctx->head_noscripts, their bytes added to
 * ctx->noscript_bytes. A <noscript> before <body> lands there; without
 * scripts its <p>s would open the body. */
static void find_head_noscripts(extract_ctx *c)
{
    c->nhead_noscripts = 0;
    if (!c->opts->parse.scripting || !c->body->parent)
        return;
    for (const mt_node *h = c->body->parent->first_child; h && h != c->body; h = h->next) {
        if (!mt_dom_is_html(h, MT_TAG_HEAD))
            continue;
        int seen = 0;
        for (const mt_node *n = h->first_child; n && seen < HEAD_NODES &&
                                               c->nhead_noscripts < MAX_HEAD_NOSCRIPTS;
             n = mt_dom_following(n, h), seen++) {
            if (mt_dom_is_html(n, MT_TAG_NOSCRIPT)) {
                c->head_noscripts[c->nhead_noscripts++] = n;
                add_noscript_bytes(c, n);
            }
        }
    }
}

/* Sets up an element's statistics as the walk enters it, and returns them. */
static node_info *enter_element(extract_ctx *c, const mt_node *el, unsigned inherited,
                                vocab_cache *vc, const uint8_t *tags)
{
    node_info *in = ni(c, el);
    memset(in, 0, sizeof *in);
    unsigned flags = inherited;     /* never NI_INVISIBLE (count_subtree) */
    unsigned bits = tag_bits(tags, el);
    const mt_attr *href = NULL;
    unsigned href_read = 0;     /* href is what mt_dom_attr would find */
    /* hidden, and credits inside a line of text (a caption's "Photo: X"),
     * are read by no one: their text is not counted or kept. What a
     * visible element is called is kept until its subtree is counted
     * (add_to_parent). */
    if (renders_no_text(el, bits)) {
        flags |= NI_INVISIBLE;
        /* with scripting on, a <noscript>'s markup is one text node */
        if (el->tag == MT_TAG_NOSCRIPT && el->ns == MT_NS_HTML)
            add_noscript_bytes(c, el);
    } else {
        unsigned hiding;
        /* the href is asked of every element (a choice of the question
         * by the tag mispredicted), and read of links only. Not every
         * kind is asked: what an element without children (and so
         * without text) is called cannot matter (add_to_parent). */
        unsigned kinds = mt_vocab_classify_some(el, vc, false, &hiding, &href);
        href_read = el->nattrs <= VOCAB_MAX_ATTRS;
        if (hiding & (K_HIDDEN | K_CREDIT))
            flags |= NI_INVISIBLE;
        else
            in->kind = kinds;
    }
    /* a link (with an address) or a <pre>, worked out without a branch on
     * the tag, which mispredicted: which elements are links is the page's
     * (a link's href is read here only past VOCAB_MAX_ATTRS attributes) */
    if ((bits & TAG_LINK) & (0u - !href_read))
        href = mt_dom_attr(el, "href", 4);
    flags |= (bits & TAG_PRE) | (bits & TAG_LINK & (0u - (href != NULL)));
    in->flags = (uint16_t)flags;
    return in;
}

/* Measures a visible text node into *st, and returns whether it counts
 * anything. Short text -- most of a page's text nodes: the white space
 * between tags, labels, links -- is measured in the load or two
 * mt_text_measure_short reads it in; longer white space is passed over
 * unmeasured, and the rest goes to mt_text_stats. */
static bool measure_text(const extract_ctx *c, const mt_node *t, text_stats *st)
{
#ifdef MT_TEXT_SIMD
    mt_text_length l;
    const char *input = c->doc->input;
    if (input && mt_text_measure_short(t->data, t->data_len, input, input + c->doc->input_len, &l)) {
        st->chars = l.chars;
        st->punct = l.clause_marks;
        st->cjk = 0;
        return l.chars != 0;
    }
#endif
    if (mt_text_is_blank(t->data, t->data_len))
        return false;
    mt_text_stats(t->data, t->data_len, st);
    return true;
}

/* Measures a text node and adds its counts to its parent's (`parent`) at
 * once: a text node has nothing below it to wait for. Blank text counts
 * nothing (and no hidden text is reached: count_subtree). */
static void count_text(extract_ctx *c, const mt_node *t, unsigned inherited, node_info *parent)
{
    node_info *in = ni(c, t);
    memset(in, 0, sizeof *in);
    in->flags = (uint16_t)inherited;
    text_stats st;
    if (!measure_text(c, t, &st))
        return;
    in->chars = st.chars;
    in->punct = st.punct;
    in->link_chars = in->chars & (0u - ((inherited & NI_IN_LINK) != 0));    /* no branch */
    parent->own_chars += in->chars;
    parent->own_punct += in->punct;
    parent->chars += in->chars;
    parent->link_chars += in->link_chars;
    parent->punct += in->punct;
}

mt_form_kind mt_field_form_kind(const mt_node *el)
{
    if (mt_dom_is_html(el, MT_TAG_TEXTAREA))
        return MT_MESSAGE_FORM;
    if (mt_dom_is_html(el, MT_TAG_INPUT) && mt_attr_is(mt_dom_attr(el, "type", 4), "password"))
        return MT_SIGN_IN_FORM;
    return MT_PLAIN_FORM;
}

/* Whether an element is an input that takes an e-mail address: of type
 * "email", or a text field named for one ("email", "newsletter-mail"). */
static bool is_mail_field(const mt_node *n)
{
    if (!mt_dom_is_html(n, MT_TAG_INPUT))
        return false;
    const mt_attr *type = mt_dom_attr(n, "type", 4);
    if (mt_attr_is(type, "email"))
        return true;
    if (type && !mt_attr_is(type, "text"))
        return false;
    const mt_attr *name = mt_dom_attr(n, "name", 4);
    for (size_t i = 0; name && i + 4 <= name->value_len; i++)
        if (mt_ascii_equal_ci(name->value + i, "mail", 4))
            return true;
    return false;
}

/* A form to fill in says this much at most (labels, a note or two). */
#define FORM_TEXT_MAX 1500

/* Elements of a page, not of a form: a form around them is the page's
 * (ASP.NET wraps every page in one), not one to fill in. (A heading is
 * not: a sign-in form may well open with "Please sign in".) */
static int is_page_part(const mt_node *el)
{
    return mt_dom_is_html(el, MT_TAG_ARTICLE) || mt_dom_is_html(el, MT_TAG_MAIN) ||
           mt_dom_is_html(el, MT_TAG_NAV);
}

/* What a form is to fill in, rather than text around a search box: a
 * comment, contact or reply form holds a text area ("Leave a reply", "Your
 * e-mail address will not be published"), a sign-in form a password field
 * ("Keep me signed in", "Forgot your password?"), and a form of three
 * radio buttons or more, with neither, asks for a choice: a
 * poll's answers, a search's scopes, a product's options -- a widget, not
 * text. Looked for among its first 4096 nodes. */
#define MIN_CHOICE_RADIOS 3

static mt_form_kind form_kind(const mt_node *form)
{
    int seen = 0, radios = 0;
    mt_form_kind kind = MT_PLAIN_FORM;
    for (const mt_node *d = form->first_child; d && seen < 4096; d = mt_dom_following(d, form), seen++) {
        if (is_page_part(d))
            return MT_PLAIN_FORM;
        mt_form_kind field = mt_field_form_kind(d);
        if (field == MT_SIGN_IN_FORM || (field == MT_MESSAGE_FORM && kind == MT_PLAIN_FORM))
            kind = field;
        radios += mt_is_radio(d);
    }
    return kind == MT_PLAIN_FORM && radios >= MIN_CHOICE_RADIOS ? MT_CHOICE_FORM : kind;
}

/* Fewer visible characters than this in a heading made of one link are a
 * name (a forum post's author, a product), not a teaser's headline. */
#define MIN_HEADLINE_CHARS 16
/* How far into a heading its link and its text are looked for. */
#define HEADLINE_NODES 16

/* Whether text opens as an entry of a numbered list: one to three digits,
 * a full stop or a parenthesis, white space ("1. Sabrina Spellman"). */
static int opens_numbered(const char *s, size_t n)
{
    size_t i = mt_ascii_skip_space(s, n), digits = 0;
    while (i < n && mt_ascii_is_digit((unsigned char)s[i]))
        i++, digits++;
    return digits && digits <= 3 && i + 1 < n && (s[i] == '.' || s[i] == ')') &&
           mt_ascii_is_space(s[i + 1]);
}

/* Whether a link's address is a place on the page itself: a fragment
 * ("#employment"), or a fragment of a file named without a path
 * ("caretakers.htm#employment", as pages of one document link their own
 * sections). "/#!/news/storm" is another page of a script-run site. */
static int links_within_page(const mt_node *a)
{
    const mt_attr *href = mt_dom_attr(a, "href", 4);
    if (!href || !href->value)
        return 0;
    const char *v = href->value, *hash = memchr(v, '#', href->value_len);
    if (!hash)
        return 0;
    for (const char *p = v; p < hash; p++)
        if (*p == '/' || *p == ':')
            return 0;
    return 1;
}

/* Whether a heading's text is the page's title: the page's own headline,
 * linked to its permalink, not a teaser's. */
static int names_the_page(const extract_ctx *c, const mt_node *h)
{
    if (!c->title_key.present)
        return 0;
    char text[2 * FOLDED_MAX];
    size_t len = 0;
    int seen = 0;
    for (const mt_node *d = h->first_child; d && seen < HEADLINE_NODES && len < sizeof text;
         d = mt_dom_following(d, h), seen++) {
        if (d->type != MT_NODE_TEXT)
            continue;
        size_t k = d->data_len < sizeof text - len ? d->data_len : sizeof text - len;
        memcpy(text + len, d->data, k);
        len += k;
    }
    return mt_textkey_same(&c->title_key, text, len);
}

/* Whether an element is a control that sets a value for a widget to work
 * with: a choice (<select>, a radio button), a number or a slider, or a
 * text field filled in already ("285000" in a mortgage calculator, a
 * quantity of 1). The fields a reader fills in to write (a comment's name
 * and e-mail, a search box, a text area) and the ticks under a comment
 * form ("Save my name") are not. */
static int is_setting_control(const mt_node *el)
{
    if ((el->tag != MT_TAG_SELECT && el->tag != MT_TAG_INPUT) || el->ns != MT_NS_HTML)
        return 0;
    if (el->tag == MT_TAG_SELECT)
        return 1;
    const mt_attr *type = mt_dom_attr(el, "type", 4);
    if (mt_attr_is(type, "number") || mt_attr_is(type, "range") || mt_attr_is(type, "radio"))
        return 1;
    if (type && !mt_attr_is(type, "text"))
        return 0;
    const mt_attr *value = mt_dom_attr(el, "value", 5);
    return value && mt_ascii_skip_space(value->value, value->value_len) < value->value_len;
}

/* A box of settings says this much at most: labels, a result, a note. */
#define SETTINGS_TEXT_MAX 400
/* How many nodes of a box of settings are read for a headline or a
 * paragraph. */
#define SETTINGS_LOOK_NODES 256

/* A paragraph this long in a box of settings is running text, not a
 * widget's note ("This calculator is for illustration only. ..."). */
#define SETTINGS_NOTE_MAX 200

/* Whether a box says more than a widget does: it holds the page's
 * headline (an <h1>, or a heading that says the page's title: a shop's
 * product box, its name over its price and options, is the page's text),
 * or a paragraph of running text (a short post above a rating's stars). */
static int says_more_than_a_widget(const extract_ctx *c, const mt_node *box)
{
    int seen = 0;
    /* the walk of pass 1 never entered a hidden element's subtree, so the
     * statistics of the nodes below one are not to be read: they hold
     * whatever the arena held before (until `unread_end`) */
    const mt_node *unread_end = NULL;
    int unread = 0;
    for (const mt_node *d = box->first_child; d && seen < SETTINGS_LOOK_NODES;
         d = mt_dom_following(d, box), seen++) {
        if (unread && d == unread_end)
            unread = 0;
        if (d->type != MT_NODE_ELEMENT)
            continue;
        if (mt_dom_is_heading(d) && (d->tag == MT_TAG_H1 || names_the_page(c, d)))
            return 1;
        if (unread)
            continue;
        const node_info *di = ni(c, d);
        if ((di->flags & NI_PARA) && !mt_dom_is_heading(d) && di->chars >= SETTINGS_NOTE_MAX)
            return 1;
        if ((di->flags & NI_INVISIBLE) && d->first_child) {
            unread = 1;
            unread_end = mt_dom_following_skip(d, box);
        }
    }
    return 0;
}

/* Whether a box is text around a widget rather than the widget: one of
 * its children holds all of its settings controls and is a box of
 * settings itself, and the box has a paragraph more than that child (a
 * recipe's ingredients under a servings field and a choice of units). A
 * label over the widget ("VOTE") is still the widget's. Looked for among
 * its first SETTINGS_LOOK_NODES children. */
static int is_text_around_a_widget(const extract_ctx *c, const mt_node *box, const node_info *in)
{
    int seen = 0;
    for (const mt_node *ch = box->first_child; ch && seen < SETTINGS_LOOK_NODES;
         ch = ch->next, seen++) {
        if (ch->type == MT_NODE_ELEMENT && ni(c, ch)->settings == in->settings &&
            (ni(c, ch)->kind & K_FORM))
            return ni(c, ch)->paras < in->paras;
    }
    return 0;
}

/* Whether an element around two settings controls or more is a widget's
 * box of settings (a calculator, a product's options and quantity): it
 * has little text, and at most two paragraphs of it. What it says are its
 * labels ("Property price", "Deposit", "Quantity", "Forest", "Charcoal"),
 * not the page's text. A short article around a widget says more, and
 * anything the page calls its content is none, and so is text around a
 * smaller box of settings. */
static int is_settings_box(const extract_ctx *c, const mt_node *n, const node_info *in)
{
    return in->chars < SETTINGS_TEXT_MAX && in->paras <= 2 &&
           !(in->kind & (K_CONTENT | K_MAIN | K_ARTICLE)) && !is_page_part(n) &&
           !mt_dom_is_html(n, MT_TAG_BODY) && !is_text_around_a_widget(c, n, in) &&
           !says_more_than_a_widget(c, n);
}

/* The first link (*a) and the first text with words (*t) among an
 * element's (a heading's) first HEADLINE_NODES nodes; NULL for none. */
static void first_link_and_words(const mt_node *h, const mt_node **a, const mt_node **t)
{
    *a = *t = NULL;
    int seen = 0;
    for (const mt_node *d = h->first_child; d && seen < HEADLINE_NODES && (!*a || !*t);
         d = mt_dom_following(d, h), seen++) {
        if (!*a && mt_dom_is_html(d, MT_TAG_A))
            *a = d;
        else if (!*t && d->type == MT_NODE_TEXT &&
                 mt_ascii_skip_space(d->data, d->data_len) < d->data_len)
            *t = d;
    }
}

/* Whether a heading made of one link leads to another page, as a teaser's
 * headline does. An <h1> is the page's own headline, and so is one saying
 * the page's title; a link to a place on this page (a section's anchor) or
 * an entry of a numbered list (a listicle's item, linked to its photo)
 * heads a part of this page. */
static int heads_elsewhere(const extract_ctx *c, const mt_node *h)
{
    if (h->tag == MT_TAG_H1)
        return 0;
    const mt_node *a, *t;
    first_link_and_words(h, &a, &t);
    if ((a && links_within_page(a)) || (t && opens_numbered(t->data, t->data_len)))
        return 0;
    return !names_the_page(c, h);
}

bool mt_first_link_within_page(const mt_node *el)
{
    const mt_node *a, *t;
    first_link_and_words(el, &a, &t);
    return a && links_within_page(a);
}

/* Whether an element is a heading made of one link (nine tenths of its
 * text linked), once its subtree is counted. */
static bool is_linked_heading(const mt_node *n, const node_info *in)
{
    return mt_dom_is_heading(n) && in->chars && in->link_chars * 10 >= in->chars * 9;
}

/* Whether a heading is a teaser's headline: made of one link, long enough
 * for a headline, to another page. */
static int is_teaser_headline(const extract_ctx *c, const mt_node *n, const node_info *in)
{
    return is_linked_heading(n, in) && in->chars >= MIN_HEADLINE_CHARS && heads_elsewhere(c, n);
}

/* What add_to_parent asks of a form, a table, a heading, a control, a
 * style sheet or a label (the tags of TAG_ASKED), and of no other element:
 * few of a page's are any. */
static void ask_of_tag(extract_ctx *c, const mt_node *n, node_info *in, node_info *pi)
{
    if (mt_dom_is_html(n, MT_TAG_STYLE)) {
        if (c->nbody_styles < MAX_BODY_STYLES)
            c->body_styles[c->nbody_styles++] = n;
        return;
    }
    if (mt_dom_is_html(n, MT_TAG_LABEL)) {
        c->has_labels = true;
        return;
    }
    if (!c->has_radios)
        c->has_radios = mt_is_radio(n);
    if (c->nmail_fields < MAX_MAIL_FIELDS && is_mail_field(n))
        c->mail_fields[c->nmail_fields++] = n;
    if (mt_dom_is_html(n, MT_TAG_FORM) && in->chars && !(in->flags & NI_INVISIBLE) &&
        in->chars < FORM_TEXT_MAX) {
        mt_form_kind kind = form_kind(n);
        if (kind != MT_PLAIN_FORM)
            in->kind |= K_NOTICE | K_FORM;
        if (kind == MT_SIGN_IN_FORM && !c->sign_in_form)
            c->sign_in_form = n;
    }
    /* a control is an <input> or a <select>, which shows no text of its
     * own (renders_no_text): only hidden elements are asked */
    if ((in->flags & NI_INVISIBLE) && is_setting_control(n) && pi->settings < 255)
        pi->settings++;
    if (mt_dom_is_html(n, MT_TAG_TABLE))
        pi->flags |= NI_HAS_TABLE;
    if (is_teaser_headline(c, n, in)) {
        in->flags |= NI_TEASER_HEADLINE;
        if (in->linked_headings < 255)
            in->linked_headings++;
    }
}

/* Adds the settings controls counted in a finished element (`in`) to
 * its parent's (`pi`), up to 255. */
static void add_settings(node_info *in, node_info *pi)
{
    pi->settings = (uint8_t)(pi->settings + in->settings > 255 ? 255 : pi->settings + in->settings);
}

/* add_to_parent of an element without visible text: no paragraph, no
 * link text, no headline and no punctuation below it (a text node's
 * clause marks are among its characters), so nothing but its tables and
 * its controls goes up -- a third of a page's elements (icons, images,
 * empty wrappers), passed over the sums that would add zeros. */
static void add_empty_to_parent(extract_ctx *c, const mt_node *n, node_info *in, node_info *pi,
                                unsigned bits)
{
    in->kind = 0;
    if (bits & TAG_ASKED)
        ask_of_tag(c, n, in, pi);
    pi->flags |= in->flags & NI_HAS_TABLE;
    if (!(in->flags & NI_INVISIBLE) && in->settings)
        add_settings(in, pi);
}

/* Adds a finished element's totals (`in`) to its parent's (`pi`). An
 * element keeps what it is called only when it holds visible text: what
 * an empty wrapper or a hidden box is called cannot matter. */
static void add_to_parent(extract_ctx *c, const mt_node *n, node_info *in, node_info *pi,
                          const uint8_t *tags)
{
    unsigned bits = tag_bits(tags, n);
    if (!in->chars) {
        add_empty_to_parent(c, n, in, pi, bits);
        return;
    }
    if (bits & TAG_ASKED)
        ask_of_tag(c, n, in, pi);
    /* a paragraph of its own: a paragraph-like element with enough text,
     * or a <div> or <font> holding running text directly (worked out
     * without a branch: which it is depends on the page) */
    unsigned para = (((bits & TAG_PARAGRAPH) != 0) & (in->chars >= PARA_MIN_CHARS)) |
                    ((in->own_chars >= 3 * PARA_MIN_CHARS) & (in->paras == 0));
    in->flags |= (uint16_t)(para ? NI_PARA : 0);
    in->paras += para;
    pi->flags |= in->flags & NI_HAS_TABLE;
    if (in->flags & NI_INVISIBLE)
        return;
    uint32_t sem = (in->kind & (K_MAIN | K_ARTICLE)) ? in->chars : in->semantic_chars;
    if (sem > pi->semantic_chars)
        pi->semantic_chars = sem;
    pi->chars += in->chars;
    pi->link_chars += in->link_chars;
    if (in->linked_headings)
        pi->linked_headings = (uint8_t)(pi->linked_headings + in->linked_headings > 255
                                            ? 255 : pi->linked_headings + in->linked_headings);
    pi->punct += in->punct;
    pi->paras += in->paras;
    /* (past the return above: a hidden element has no controls counted,
     * its subtree was never read) */
    if (in->settings) {
        if (in->settings >= 2 && is_settings_box(c, n, in))
            in->kind |= K_NOTICE | K_FORM;
        add_settings(in, pi);
    }
}

/* The walk of pass 1: down the tree, each node gets what it inherits and
 * its text is measured; once an element's subtree is done, the element
 * adds its totals to its parent, while both are still in the cache (a text
 * node adds its own at once). Comments, and template contents, are never
 * rendered; nothing below a hidden element is read: every later pass stops
 * there too -- and so no element the walk enters inherits being hidden.
 * Fills ctx->order with the elements read, in document order. */
static void count_subtree(extract_ctx *c, const mt_node *root, vocab_cache *vc)
{
    const unsigned inherit_mask = NI_IN_LINK | NI_IN_PRE;
    /* the root's parent, as far as the walk goes: nothing is added to it */
    node_info outside = { 0 };
    node_info *parent = &outside;   /* the statistics of `up` */
    /* up: nd's parent -- the root itself for the root, whose parent the
     * walk never climbs to (its statistics' parent is its own:
     * ctx.order_at) */
    const mt_node *up = root, *nd = root;
    /* ctx.order and ctx.order_at filled through locals: the stores of
     * the walk could be to c, which kept them in memory */
    const mt_node **order = c->order;
    struct order_at *order_at = c->order_at;
    uint32_t norder = c->norder;
    page_tag_bits tags;
    make_page_tag_bits(c, tags);
    for (;;) {
        unsigned inherited = parent->flags & inherit_mask;
        node_info *done = NULL;     /* an element with nothing below to wait for */
        if (nd->type == MT_NODE_ELEMENT) {
            node_info *in = enter_element(c, nd, inherited, vc, tags);
            order_at[norder] = (struct order_at){ nd->index, up->index };
            order[norder++] = nd;
            if (!(in->flags & NI_INVISIBLE) && nd->first_child) {
                up = nd;
                parent = in;
                nd = nd->first_child;
                continue;
            }
            done = in;
        } else if (nd->type == MT_NODE_TEXT) {
            count_text(c, nd, inherited, parent);
            /* (asked apart from the others: a text node is more often a
             * last child than an element is) */
            if (nd != root && nd->next) {   /* (a text root's siblings are not its) */
                nd = nd->next;
                continue;
            }
        }
        /* nd is done, and so is each ancestor it is the last child of */
        for (;;) {
            if (nd == root) {
                c->norder = norder;
                return;
            }
            if (done)
                add_to_parent(c, nd, done, parent, tags);
            if (nd->next)
                break;
            nd = up;
            done = parent;
            up = nd->parent;
            parent = nd == root ? &outside : ni(c, up);
        }
        nd = nd->next;
    }
}

/* Whether an element sits beside a box the page names as its content
 * (a sibling called content, main or article, itself named for nothing
 * else, that holds a paragraph). Looked for among the parent's first 128
 * children. */
static int beside_content(const extract_ctx *c, const mt_node *n)
{
    if (n == c->body)
        return 0;   /* the body's siblings were never read */
    int seen = 0;
    for (const mt_node *s = n->parent ? n->parent->first_child : NULL; s && seen < 128;
         s = s->next, seen++) {
        if (s == n || s->type != MT_NODE_ELEMENT)
            continue;
        const node_info *si = ni(c, s);
        if ((si->kind & (K_CONTENT | K_MAIN | K_ARTICLE)) && !(si->kind & K_BOILERPLATE) &&
            si->paras > 0 && !(si->flags & NI_INVISIBLE))
            return 1;
    }
    return 0;
}

/* How many nodes of a box are read for the page's headline. */
#define HEADLINE_LOOK_NODES 64

/* Whether a node stands in a list item below `box`: an entry of a menu,
 * or the last crumb of a breadcrumb trail ("You are here: ... / Headline"). */
static int in_list_item(const mt_node *n, const mt_node *box)
{
    return mt_dom_html_ancestor(n->parent, MT_TAG_LI, box) != NULL;
}

/* Whether a box holds the page's headline: an <h1> that says the page's
 * title (an <h1> of the site's name, a logo in a menu bar, does not) and
 * is no entry of a list, among its first HEADLINE_LOOK_NODES nodes. */
static int holds_page_headline(const extract_ctx *c, const mt_node *box)
{
    int seen = 0;
    for (const mt_node *d = box->first_child; d && seen < HEADLINE_LOOK_NODES;
         d = mt_dom_following(d, box), seen++)
        if (mt_dom_is_html(d, MT_TAG_H1) && names_the_page(c, d))
            return !in_list_item(d, box);
    return 0;
}

/* Whether a boilerplate word on an element is belied by what the element
 * holds. Words on wrappers describe the layout ("page-with-sidebar", a blog
 * engine's "widget Blog" around the post): an element holding most of the
 * page's text or the article's semantic markup is not boilerplate; nor is
 * one named by weak words only that holds several paragraphs of running
 * text with few links. */
static int kind_belied(const extract_ctx *c, const mt_node *n, const node_info *in,
                       uint32_t page_chars)
{
    /* a teaser leads to another page: an element named only as a teaser or
     * related item whose text is nearly free of links (under a tenth) is
     * not one -- news systems call an article's own standfirst
     * "teaser-text" */
    if ((in->kind & K_BOILERPLATE) == K_RELATED && in->link_chars * 10 < in->chars &&
        in->chars >= 80 && in->punct > 0)
        return 1;
    /* a quote is what someone wrote: an embedded post named for its
     * network (<blockquote class="twitter-tweet">) is no share button */
    if ((in->kind & K_BOILERPLATE) == K_SHARE && mt_dom_is_html(n, MT_TAG_BLOCKQUOTE))
        return 1;
    /* most of the page's text: a wrapper named for the layout -- but not
     * an <aside>, which the page itself calls complementary to the rest,
     * however long its teasers run, nor a sidebar beside the page's named
     * content box: a wrapper holds the content, it does not stand next to
     * it (a short post beside a long "about me" column). On a short page
     * only a sidebar word is a layout's name (a post of two sentences in
     * a "right-sidebar" layout): a short page's footer or login box is
     * what it is called. */
    if (in->chars * 2 > page_chars && !mt_dom_is_html(n, MT_TAG_ASIDE) &&
        !((in->kind & K_SIDEBAR) && beside_content(c, n)) &&
        (page_chars > 200 ||
         (page_chars > 40 && !(in->kind & K_BOILERPLATE & ~(unsigned)K_SIDEBAR))))
        return 1;
    /* <article> and <main> are the page saying "this is content": boilerplate
     * words among their classes are taxonomy ("company-facebook") or
     * modifiers -- unless the article is a comment or a teaser card */
    if ((in->kind & (K_ARTICLE | K_MAIN)) && n->ns == MT_NS_HTML &&
        (n->tag == MT_TAG_ARTICLE || n->tag == MT_TAG_MAIN || (in->kind & K_MAIN)) &&
        !(in->kind & (K_COMMENT | K_RELATED)))
        return 1;
    /* it wraps the article's own semantic markup ("share-wrapper" around
     * <article>): the words name something next to the article */
    if (in->semantic_chars * 2 > in->chars && in->semantic_chars >= 200 && !(in->kind & K_COMMENT))
        return 1;
    /* running text under words that name small things (share bars, ads,
     * notices, menus): a modifier such as "isPaywall" on the article.
     * Comments, related-article lists and sidebars do hold running text. */
    if ((in->kind & K_BOILERPLATE & ~(unsigned)(K_SHARE | K_AD | K_NOTICE | K_MODAL | K_NAV | K_CREDIT)) == 0 &&
        in->paras >= 3 && in->chars >= 500 && in->link_chars * 10 < in->chars * 3)
        return 1;
    /* a menu is made of links: a box named for one only ("menuhead")
     * whose text is mostly free of them (under a quarter) and that holds the
     * page's headline is the article's header, over its date, headline
     * and standfirst */
    if ((in->kind & K_BOILERPLATE) == K_NAV && in->link_chars * 4 < in->chars &&
        in->chars >= MIN_HEADLINE_CHARS && holds_page_headline(c, n))
        return 1;
    return 0;
}

/* A card's line of facts is short and dated ("Guide · Updated 4 March
 * 2024"); it is looked for among the card's first nodes. */
#define FACTS_MAX_CHARS 80
#define CARD_LOOK_NODES 64

/* Whether a card holds a line of its facts: a text of an element of at
 * most FACTS_MAX_CHARS, not its headline, holding a complete date. */
static int holds_facts_line(const extract_ctx *c, const mt_node *card)
{
    size_t seen = 0;
    for (const mt_node *n = card->first_child; n && seen++ < CARD_LOOK_NODES;
         n = mt_dom_following(n, card)) {
        if (n->type != MT_NODE_TEXT || !n->parent || n->data_len > 2 * FACTS_MAX_CHARS)
            continue;
        const node_info *pi = ni(c, n->parent);
        if (pi->chars <= FACTS_MAX_CHARS && !(pi->flags & NI_TEASER_HEADLINE) &&
            mt_metadata_has_date(n->data, n->data_len))
            return 1;
    }
    return 0;
}

/* A teaser card: one headline made of a link, to another page, a line of
 * its facts perhaps (a date, a section), and one short excerpt at most (a
 * post on a blog's front page, with a linked title too, runs to several
 * paragraphs). */
#define CARD_MAX_CHARS 600
/* Cards side by side that make a teaser list. */
#define MIN_CARDS 3

static int is_card(const extract_ctx *c, const mt_node *n)
{
    if (n->type != MT_NODE_ELEMENT)
        return 0;   /* comments have no statistics */
    const node_info *in = ni(c, n);
    /* the paragraphs counted: the headline, the excerpt, and the card
     * itself when it is one (an <li>), and a line of facts */
    unsigned most = 2 + ((in->flags & NI_PARA) ? 1u : 0u);
    if ((in->flags & NI_INVISIBLE) || in->linked_headings != 1 || in->chars > CARD_MAX_CHARS)
        return 0;
    return in->paras <= most || (in->paras == most + 1 && holds_facts_line(c, n));
}

/* Whether MIN_CARDS of an element's children are cards: a list of teasers
 * however its classes are named ("box", "item", "entry"), as on an index
 * page. */
static int holds_card_list(const extract_ctx *c, const mt_node *n)
{
    int cards = 0;
    for (const mt_node *s = n->first_child; s; s = s->next)
        if (is_card(c, s) && ++cards >= MIN_CARDS)
            return 1;
    return 0;
}

/* A second pass, top-down over the elements: the kinds of every ancestor
 * (no later pass asks text nodes about them). The first element is the
 * walk's root, whose parent stands for nothing (`none`); every other one's
 * parent was read before it. The statistics are read through locals: what
 * the loop writes cannot move them. */
static void inherit_kinds(extract_ctx *c)
{
    static const node_info none;
    const mt_node **order = c->order;
    const struct order_at *at = c->order_at;
    node_info *info = c->info;
    uint32_t page_chars = ni(c, c->body)->chars, count = c->norder;
    /* (the node itself is read only when its kinds or its parent's flags
     * ask more of it: ctx.order_at) */
    for (uint32_t i = 0; i < count; i++) {
        node_info *in = &info[at[i].at];
        if ((in->kind & K_BOILERPLATE) && kind_belied(c, order[i], in, page_chars))
            in->kind &= (uint32_t)~K_BOILERPLATE;
        const node_info *pi = i ? &info[at[i].up] : &none;
        /* a card in a row of cards is a teaser, as if it said so -- but
         * not in an article: a roundup's picks, each a linked title and a
         * paragraph, are its text */
        if ((pi->flags & NI_CARD_LIST) && !(pi->akind & K_ARTICLE) && is_card(c, order[i])) {
            in->kind |= K_RELATED;
            in->flags |= NI_CARD;
            c->cards++;
        }
        if (in->linked_headings >= MIN_CARDS && holds_card_list(c, order[i]))
            in->flags |= NI_CARD_LIST;
        in->akind = (uint32_t)(pi->akind | mt_strong_kinds(in->kind));
    }
}

mt_status mt_features_compute(extract_ctx *c)
{
    const mt_document *doc = c->doc;
    size_t n = doc->node_count;
    /* (the walk orders elements alone: a page has about as many text
     * nodes, most of them the white space between tags) */
    size_t elements = doc->element_count ? doc->element_count : 1;
    /* Not cleared as a whole: the walk clears the entry of each node it
     * reaches, and no pass reads the others (nodes in <head>, in hidden
     * subtrees, comments) -- but select.c marks the ancestors of a region
     * root up from the body, so the body and those are cleared here. */
    c->info = mt_arena_alloc(c->arena, n * sizeof *c->info);
    c->order = mt_arena_alloc(c->arena, elements * sizeof *c->order);
    c->order_at = mt_arena_alloc(c->arena, elements * sizeof *c->order_at);
    if (!c->info || !c->order || !c->order_at)
        return MT_ERR_NOMEM;
    c->body = find_body(doc);
    for (const mt_node *a = c->body; a; a = a->parent)
        memset(ni(c, a), 0, sizeof(node_info));
    c->norder = 0;
    c->nbody_styles = 0;
    c->has_labels = c->has_radios = false;
    c->nmail_fields = 0;
    vocab_cache *vc = mt_arena_alloc(c->arena, sizeof *vc);
    if (!vc)
        return MT_ERR_NOMEM;
    mt_vocab_cache_init(vc, c->memo);
    const mt_node *root = c->body;
    count_subtree(c, root, vc);
    if (!ni(c, root)->chars)
        ni(c, root)->kind = 0;
    inherit_kinds(c);
    find_head_noscripts(c);
    return MT_OK;
}
