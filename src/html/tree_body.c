/* tree_body.c -- the "in body" insertion mode (HTML standard 13.2.6.4.7),
 * where nearly all of a page's tokens go. The common tokens (text, <div>,
 * <span>, <a>, <p> and their end tags) take short paths: a switch on the
 * tag id, scope tests that stop at once when no such element is open, and
 * end tags that find their element at the top of the stack. */
#include <string.h>
#include "html/tree_internal.h"

/* ================================================================ characters */

void mt_tree_body_chars(mt_tree *t, const mt_token *tok)
{
    bool has_nul = (tok->chars_flags & MT_CHARS_HAS_NUL) != 0;
    if (has_nul && !memchr(tok->data, '\0', tok->data_len))
        has_nul = false;
    if (has_nul) {
        /* Only NULs: nothing is inserted, so nothing is reconstructed. */
        size_t i = 0;
        while (i < tok->data_len && tok->data[i] == '\0')
            i++;
        if (i == tok->data_len)
            return;
    }
    mt_tree_reconstruct(t);
    mt_tree_insert_run(t, tok, has_nul ? MT_NUL_DROP : MT_NUL_KEEP);
    if (t->frameset_ok && mt_tree_has_text(tok))
        t->frameset_ok = false;
}

/* ================================================================ start tags */

static bool is_select_context(const mt_tree *t)
{
    return t->fragment && mt_tree_is(t->context, MT_TAG_SELECT);
}

/* <html> or <body> again: their attributes join the open element's. */
static void merge_into(mt_tree *t, uint32_t index, const mt_token *tok)
{
    if (t->nstack > index && !t->open_count[MT_TAG_TEMPLATE])
        mt_tree_merge_attributes(t, t->stack[index], tok);
}

static void start_body(mt_tree *t, const mt_token *tok)
{
    if (t->nstack < 2 || !mt_tree_is(t->stack[1], MT_TAG_BODY) || t->open_count[MT_TAG_TEMPLATE])
        return;
    t->frameset_ok = false;
    merge_into(t, 1, tok);
}

static void start_frameset(mt_tree *t, const mt_token *tok)
{
    if (t->nstack < 2 || !mt_tree_is(t->stack[1], MT_TAG_BODY) || !t->frameset_ok)
        return;
    mt_dom_remove(t->stack[1]);
    while (t->nstack > 1)
        mt_tree_pop(t);
    if (mt_tree_is_open(mt_tree_insert_html(t, tok)))
        t->mode = MT_MODE_IN_FRAMESET;
}

static void start_heading(mt_tree *t, const mt_token *tok)
{
    mt_tree_close_p_in_button_scope(t);
    const mt_node *cur = mt_tree_current(t);
    if (cur && cur->ns == MT_NS_HTML && mt_tag_has(cur->tag, MT_TAGF_HEADING))
        mt_tree_pop(t);
    mt_tree_insert_html(t, tok);
}

static void start_form(mt_tree *t, const mt_token *tok)
{
    bool in_template = t->open_count[MT_TAG_TEMPLATE] != 0;
    if (t->form && !in_template)
        return;
    mt_tree_close_p_in_button_scope(t);
    mt_node *el = mt_tree_insert_html(t, tok);
    if (el && !in_template)
        t->form = el;
}

/* <li>, <dd>, <dt>: an open item of the same list closes first. `a` and
 * `b` are the tags that close each other (li/li or dd/dt). */
static void start_list_item(mt_tree *t, const mt_token *tok, mt_tag a, mt_tag b)
{
    t->frameset_ok = false;
    for (uint32_t i = t->nstack; i-- > 0;) {
        const mt_node *n = t->stack[i];
        if (mt_tree_is(n, a) || mt_tree_is(n, b)) {
            mt_tag tag = (mt_tag)n->tag;
            mt_tree_generate_implied(t, tag);
            mt_tree_pop_until(t, tag);
            break;
        }
        if (mt_tree_is_special(n) && !mt_tree_is(n, MT_TAG_ADDRESS) &&
            !mt_tree_is(n, MT_TAG_DIV) && !mt_tree_is(n, MT_TAG_P))
            break;
    }
    mt_tree_close_p_in_button_scope(t);
    mt_tree_insert_html(t, tok);
}

static void start_button(mt_tree *t, const mt_token *tok)
{
    if (mt_tree_in_scope(t, MT_TAG_BUTTON, MT_SCOPE_DEFAULT)) {
        mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
        mt_tree_pop_until(t, MT_TAG_BUTTON);
    }
    mt_tree_reconstruct(t);
    mt_tree_insert_html(t, tok);
    t->frameset_ok = false;
}

static void insert_formatting(mt_tree *t, const mt_token *tok)
{
    mt_node *el = mt_tree_insert_html(t, tok);
    if (mt_tree_is_open(el))
        mt_tree_afe_push(t, el);
}

static void start_a(mt_tree *t, const mt_token *tok)
{
    int i = mt_tree_afe_last_with_tag(t, MT_TAG_A);
    if (i >= 0) {
        mt_node *old = t->afe[i];
        mt_tree_adoption(t, MT_TAG_A);
        int j = mt_tree_afe_index(t, old);
        if (j >= 0)
            mt_tree_afe_remove_at(t, (uint32_t)j);
        mt_tree_stack_remove(t, old);
    }
    mt_tree_reconstruct(t);
    insert_formatting(t, tok);
}

static void end_other(mt_tree *t, const mt_token *tok);

static void start_nobr(mt_tree *t, const mt_token *tok)
{
    mt_tree_reconstruct(t);
    if (mt_tree_in_scope(t, MT_TAG_NOBR, MT_SCOPE_DEFAULT)) {
        /* An open <nobr> behind a marker is closed like any other element. */
        if (mt_tree_adoption(t, MT_TAG_NOBR))
            end_other(t, tok);
        mt_tree_reconstruct(t);
    }
    insert_formatting(t, tok);
}

static void start_applet_like(mt_tree *t, const mt_token *tok)
{
    mt_tree_reconstruct(t);
    if (mt_tree_is_open(mt_tree_insert_html(t, tok)))
        mt_tree_afe_push_marker(t);
    t->frameset_ok = false;
}

static void start_table(mt_tree *t, const mt_token *tok)
{
    if (!(t->doc->root->flags & MT_NODEF_QUIRKS))
        mt_tree_close_p_in_button_scope(t);
    t->frameset_ok = false;
    if (mt_tree_is_open(mt_tree_insert_html(t, tok)))
        t->mode = MT_MODE_IN_TABLE;
}

static void start_void(mt_tree *t, const mt_token *tok)
{
    mt_tree_reconstruct(t);
    mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
    t->frameset_ok = false;
}

static void start_input(mt_tree *t, const mt_token *tok)
{
    if (is_select_context(t))
        return;
    if (mt_tree_in_scope(t, MT_TAG_SELECT, MT_SCOPE_DEFAULT))
        mt_tree_pop_until(t, MT_TAG_SELECT);
    mt_tree_reconstruct(t);
    mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
    if (!mt_tree_token_attr_is(tok, "type", "hidden"))
        t->frameset_ok = false;
}

static void start_hr(mt_tree *t, const mt_token *tok)
{
    mt_tree_close_p_in_button_scope(t);
    if (mt_tree_in_scope(t, MT_TAG_SELECT, MT_SCOPE_DEFAULT))
        mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
    mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
    t->frameset_ok = false;
}

static void start_textarea(mt_tree *t, const mt_token *tok)
{
    mt_tree_parse_text_element(t, tok, MT_TOKENIZER_RCDATA);
    t->skip_newline = true;
    t->frameset_ok = false;
}

/* <select> inside an open select closes it instead of nesting. */
static void start_select(mt_tree *t, const mt_token *tok)
{
    if (is_select_context(t))
        return;
    if (mt_tree_in_scope(t, MT_TAG_SELECT, MT_SCOPE_DEFAULT)) {
        mt_tree_pop_until(t, MT_TAG_SELECT);
        return;
    }
    mt_tree_reconstruct(t);
    mt_tree_insert_html(t, tok);
    t->frameset_ok = false;
}

/* <option> and <optgroup>. An option made once the page has a
 * <selectedcontent> is watched for its pop (tree_select.c). */
static void start_option(mt_tree *t, const mt_token *tok, bool optgroup)
{
    if (mt_tree_in_scope(t, MT_TAG_SELECT, MT_SCOPE_DEFAULT))
        mt_tree_generate_implied(t, optgroup ? MT_TAG_UNKNOWN : MT_TAG_OPTGROUP);
    else if (mt_tree_current_is(t, MT_TAG_OPTION))
        mt_tree_pop(t);
    mt_tree_reconstruct(t);
    mt_node *el = mt_tree_insert_html(t, tok);
    if (t->selectedcontent && !optgroup && mt_tree_is_open(el)) {
        el->flags |= MT_TREE_NODEF_WATCH;
        t->watched_open++;
    }
}

static void start_ruby_part(mt_tree *t, const mt_token *tok, mt_tag except)
{
    if (mt_tree_in_scope(t, MT_TAG_RUBY, MT_SCOPE_DEFAULT))
        mt_tree_generate_implied(t, except);
    mt_tree_insert_html(t, tok);
}

static void start_foreign_root(mt_tree *t, const mt_token *tok, mt_namespace ns)
{
    mt_tree_reconstruct(t);
    mt_tree_insert_element(t, tok, ns, tok->self_closing ? MT_INSERT_LEAF : 0);
}

static bool body_start_tag(mt_tree *t, mt_token *tok)
{
    switch (tok->tag) {
    case MT_TAG_HTML:
        merge_into(t, 0, tok);
        return false;
    case MT_TAG_BASE: case MT_TAG_BASEFONT: case MT_TAG_BGSOUND: case MT_TAG_LINK:
    case MT_TAG_META: case MT_TAG_NOFRAMES: case MT_TAG_SCRIPT: case MT_TAG_STYLE:
    case MT_TAG_TEMPLATE: case MT_TAG_TITLE:
        return mt_tree_mode_in_head(t, tok);
    case MT_TAG_BODY:
        start_body(t, tok);
        return false;
    case MT_TAG_FRAMESET:
        start_frameset(t, tok);
        return false;
    case MT_TAG_ADDRESS: case MT_TAG_ARTICLE: case MT_TAG_ASIDE: case MT_TAG_BLOCKQUOTE:
    case MT_TAG_CENTER: case MT_TAG_DETAILS: case MT_TAG_DIALOG: case MT_TAG_DIR:
    case MT_TAG_DIV: case MT_TAG_DL: case MT_TAG_FIELDSET: case MT_TAG_FIGCAPTION:
    case MT_TAG_FIGURE: case MT_TAG_FOOTER: case MT_TAG_HEADER: case MT_TAG_HGROUP:
    case MT_TAG_MAIN: case MT_TAG_MENU: case MT_TAG_NAV: case MT_TAG_OL: case MT_TAG_P:
    case MT_TAG_SEARCH: case MT_TAG_SECTION: case MT_TAG_SUMMARY: case MT_TAG_UL:
        mt_tree_close_p_in_button_scope(t);
        mt_tree_insert_html(t, tok);
        return false;
    case MT_TAG_H1: case MT_TAG_H2: case MT_TAG_H3: case MT_TAG_H4: case MT_TAG_H5:
    case MT_TAG_H6:
        start_heading(t, tok);
        return false;
    case MT_TAG_PRE: case MT_TAG_LISTING:
        mt_tree_close_p_in_button_scope(t);
        mt_tree_insert_html(t, tok);
        t->skip_newline = true;
        t->frameset_ok = false;
        return false;
    case MT_TAG_FORM:
        start_form(t, tok);
        return false;
    case MT_TAG_LI:
        start_list_item(t, tok, MT_TAG_LI, MT_TAG_LI);
        return false;
    case MT_TAG_DD: case MT_TAG_DT:
        start_list_item(t, tok, MT_TAG_DD, MT_TAG_DT);
        return false;
    case MT_TAG_PLAINTEXT:
        /* The rest of the input is text, even when the element could not be
         * made (node limit). */
        mt_tree_close_p_in_button_scope(t);
        mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_TEXT_ONLY);
        mt_tokenizer_set_state(t->tokenizer, MT_TOKENIZER_PLAINTEXT);
        return false;
    case MT_TAG_BUTTON:
        start_button(t, tok);
        return false;
    case MT_TAG_A:
        start_a(t, tok);
        return false;
    case MT_TAG_B: case MT_TAG_BIG: case MT_TAG_CODE: case MT_TAG_EM: case MT_TAG_FONT:
    case MT_TAG_I: case MT_TAG_S: case MT_TAG_SMALL: case MT_TAG_STRIKE: case MT_TAG_STRONG:
    case MT_TAG_TT: case MT_TAG_U:
        mt_tree_reconstruct(t);
        insert_formatting(t, tok);
        return false;
    case MT_TAG_NOBR:
        start_nobr(t, tok);
        return false;
    case MT_TAG_APPLET: case MT_TAG_MARQUEE: case MT_TAG_OBJECT:
        start_applet_like(t, tok);
        return false;
    case MT_TAG_TABLE:
        start_table(t, tok);
        return false;
    case MT_TAG_AREA: case MT_TAG_BR: case MT_TAG_EMBED: case MT_TAG_IMG: case MT_TAG_KEYGEN:
    case MT_TAG_WBR:
        start_void(t, tok);
        return false;
    case MT_TAG_INPUT:
        start_input(t, tok);
        return false;
    case MT_TAG_PARAM: case MT_TAG_SOURCE: case MT_TAG_TRACK:
        mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
        return false;
    case MT_TAG_HR:
        start_hr(t, tok);
        return false;
    case MT_TAG_IMAGE:
        tok->tag = MT_TAG_IMG;
        tok->name = mt_tag_names[MT_TAG_IMG];
        tok->name_len = mt_tag_name_lengths[MT_TAG_IMG];
        return true;
    case MT_TAG_TEXTAREA:
        start_textarea(t, tok);
        return false;
    case MT_TAG_XMP:
        mt_tree_close_p_in_button_scope(t);
        mt_tree_reconstruct(t);
        t->frameset_ok = false;
        mt_tree_parse_text_element(t, tok, MT_TOKENIZER_RAWTEXT);
        return false;
    case MT_TAG_IFRAME:
        t->frameset_ok = false;
        mt_tree_parse_text_element(t, tok, MT_TOKENIZER_RAWTEXT);
        return false;
    case MT_TAG_NOEMBED:
        mt_tree_parse_text_element(t, tok, MT_TOKENIZER_RAWTEXT);
        return false;
    case MT_TAG_NOSCRIPT:
        if (t->scripting) {
            mt_tree_parse_text_element(t, tok, MT_TOKENIZER_RAWTEXT);
            return false;
        }
        break;
    case MT_TAG_SELECT:
        start_select(t, tok);
        return false;
    case MT_TAG_OPTION:
        start_option(t, tok, false);
        return false;
    case MT_TAG_OPTGROUP:
        start_option(t, tok, true);
        return false;
    case MT_TAG_RB: case MT_TAG_RTC:
        start_ruby_part(t, tok, MT_TAG_UNKNOWN);
        return false;
    case MT_TAG_RP: case MT_TAG_RT:
        start_ruby_part(t, tok, MT_TAG_RTC);
        return false;
    case MT_TAG_MATH:
        start_foreign_root(t, tok, MT_NS_MATHML);
        return false;
    case MT_TAG_SVG:
        start_foreign_root(t, tok, MT_NS_SVG);
        return false;
    case MT_TAG_CAPTION: case MT_TAG_COL: case MT_TAG_COLGROUP: case MT_TAG_FRAME:
    case MT_TAG_HEAD: case MT_TAG_TBODY: case MT_TAG_TD: case MT_TAG_TFOOT: case MT_TAG_TH:
    case MT_TAG_THEAD: case MT_TAG_TR:
        return false;
    default:
        break;
    }
    mt_tree_reconstruct(t);
    mt_node *el = mt_tree_insert_html(t, tok);
    /* a <selectedcontent>'s post-connection steps (tree_select.c) */
    if (tok->tag == MT_TAG_UNKNOWN && el && t->selectedcontent &&
        mt_tree_is_selectedcontent_name(el->data, el->data_len))
        mt_tree_selectedcontent_inserted(t, el);
    return false;
}

/* ================================================================ end tags */

static bool matches_token(const mt_node *n, const mt_token *tok)
{
    if (n->ns != MT_NS_HTML || n->tag != tok->tag)
        return false;
    return tok->tag != MT_TAG_UNKNOWN ||
           (n->data_len == tok->name_len && memcmp(n->data, tok->name, tok->name_len) == 0);
}

/* "Any other end tag": closes the nearest open element of that name unless
 * a special element stands in between. */
static void end_other(mt_tree *t, const mt_token *tok)
{
    for (uint32_t i = t->nstack; i-- > 0;) {
        mt_node *n = t->stack[i];
        if (matches_token(n, tok)) {
            mt_tree_generate_implied(t, tok->tag);
            mt_tree_pop_until_node(t, n);
            return;
        }
        if (mt_tree_is_special(n))
            return;
    }
}

/* End tags of block elements: close the element if it is in scope. */
static void end_block(mt_tree *t, mt_tag tag)
{
    if (!mt_tree_in_scope(t, tag, MT_SCOPE_DEFAULT))
        return;
    mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
    mt_tree_pop_until(t, tag);
}

static void end_form(mt_tree *t)
{
    if (t->open_count[MT_TAG_TEMPLATE]) {
        end_block(t, MT_TAG_FORM);
        return;
    }
    mt_node *form = t->form;
    t->form = NULL;
    if (!form || !mt_tree_in_scope_node(t, form, MT_SCOPE_DEFAULT))
        return;
    mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
    mt_tree_stack_remove(t, form);
}

static void end_p(mt_tree *t)
{
    if (!mt_tree_in_scope(t, MT_TAG_P, MT_SCOPE_BUTTON))
        mt_tree_insert_implied(t, MT_TAG_P, 0);
    mt_tree_close_p(t);
}

static void end_item(mt_tree *t, mt_tag tag, mt_tree_scope scope)
{
    if (!mt_tree_in_scope(t, tag, scope))
        return;
    mt_tree_generate_implied(t, tag);
    mt_tree_pop_until(t, tag);
}

static void end_heading(mt_tree *t)
{
    if (!mt_tree_heading_in_scope(t))
        return;
    mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
    mt_tree_pop_until_heading(t);
}

static void end_applet_like(mt_tree *t, mt_tag tag)
{
    if (!mt_tree_in_scope(t, tag, MT_SCOPE_DEFAULT))
        return;
    mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
    mt_tree_pop_until(t, tag);
    mt_tree_afe_clear_to_marker(t);
}

/* </br> is read as <br>. */
static void end_br(mt_tree *t)
{
    mt_tree_reconstruct(t);
    mt_tree_insert_implied(t, MT_TAG_BR, MT_INSERT_LEAF);
    t->frameset_ok = false;
}

static bool body_end_tag(mt_tree *t, mt_token *tok)
{
    switch (tok->tag) {
    case MT_TAG_BODY: case MT_TAG_HTML:
        if (!mt_tree_in_scope(t, MT_TAG_BODY, MT_SCOPE_DEFAULT))
            return false;
        t->mode = MT_MODE_AFTER_BODY;
        return tok->tag == MT_TAG_HTML;
    case MT_TAG_ADDRESS: case MT_TAG_ARTICLE: case MT_TAG_ASIDE: case MT_TAG_BLOCKQUOTE:
    case MT_TAG_BUTTON: case MT_TAG_CENTER: case MT_TAG_DETAILS: case MT_TAG_DIALOG:
    case MT_TAG_DIR: case MT_TAG_DIV: case MT_TAG_DL: case MT_TAG_FIELDSET:
    case MT_TAG_FIGCAPTION: case MT_TAG_FIGURE: case MT_TAG_FOOTER: case MT_TAG_HEADER:
    case MT_TAG_HGROUP: case MT_TAG_LISTING: case MT_TAG_MAIN: case MT_TAG_MENU:
    case MT_TAG_NAV: case MT_TAG_OL: case MT_TAG_PRE: case MT_TAG_SEARCH: case MT_TAG_SECTION:
    case MT_TAG_SUMMARY: case MT_TAG_UL:
        end_block(t, (mt_tag)tok->tag);
        return false;
    case MT_TAG_FORM:
        end_form(t);
        return false;
    case MT_TAG_P:
        end_p(t);
        return false;
    case MT_TAG_LI:
        end_item(t, MT_TAG_LI, MT_SCOPE_LIST_ITEM);
        return false;
    case MT_TAG_DD: case MT_TAG_DT:
        end_item(t, (mt_tag)tok->tag, MT_SCOPE_DEFAULT);
        return false;
    case MT_TAG_H1: case MT_TAG_H2: case MT_TAG_H3: case MT_TAG_H4: case MT_TAG_H5:
    case MT_TAG_H6:
        end_heading(t);
        return false;
    case MT_TAG_A: case MT_TAG_B: case MT_TAG_BIG: case MT_TAG_CODE: case MT_TAG_EM:
    case MT_TAG_FONT: case MT_TAG_I: case MT_TAG_NOBR: case MT_TAG_S: case MT_TAG_SMALL:
    case MT_TAG_STRIKE: case MT_TAG_STRONG: case MT_TAG_TT: case MT_TAG_U:
        if (mt_tree_adoption(t, (mt_tag)tok->tag))
            end_other(t, tok);
        return false;
    case MT_TAG_APPLET: case MT_TAG_MARQUEE: case MT_TAG_OBJECT:
        end_applet_like(t, (mt_tag)tok->tag);
        return false;
    case MT_TAG_BR:
        end_br(t);
        return false;
    case MT_TAG_TEMPLATE:
        return mt_tree_mode_in_head(t, tok);
    default:
        end_other(t, tok);
        return false;
    }
}

/* ================================================================ the mode */

bool mt_tree_mode_in_body(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        mt_tree_body_chars(t, tok);
        return false;
    case MT_TOKEN_START_TAG:
        return body_start_tag(t, tok);
    case MT_TOKEN_END_TAG:
        return body_end_tag(t, tok);
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, NULL);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_EOF:
        if (t->ntemplate)
            return mt_tree_mode_in_template(t, tok);
        t->done = true;
        return false;
    }
    return false;
}
