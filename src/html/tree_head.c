/* tree_head.c -- the insertion modes before the body (HTML standard
 * 13.2.6.4.1 - 13.2.6.4.6), the DOCTYPE and quirks mode, and the "text"
 * mode that collects the content of script, style, title and textarea. */
#include <string.h>
#include "html/tree_internal.h"

/* ================================================================ DOCTYPE and quirks */

/* Public identifier prefixes that put a document in quirks mode (the HTML
 * standard's list, compared ignoring ASCII case). */
static const char *const quirks_prefixes[] = {
    "+//silmaril//dtd html pro v0r11 19970101//",
    "-//as//dtd html 3.0 aswedit + extensions//",
    "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
    "-//ietf//dtd html 2.0 level 1//",
    "-//ietf//dtd html 2.0 level 2//",
    "-//ietf//dtd html 2.0 strict level 1//",
    "-//ietf//dtd html 2.0 strict level 2//",
    "-//ietf//dtd html 2.0 strict//",
    "-//ietf//dtd html 2.0//",
    "-//ietf//dtd html 2.1e//",
    "-//ietf//dtd html 3.0//",
    "-//ietf//dtd html 3.2 final//",
    "-//ietf//dtd html 3.2//",
    "-//ietf//dtd html 3//",
    "-//ietf//dtd html level 0//",
    "-//ietf//dtd html level 1//",
    "-//ietf//dtd html level 2//",
    "-//ietf//dtd html level 3//",
    "-//ietf//dtd html strict level 0//",
    "-//ietf//dtd html strict level 1//",
    "-//ietf//dtd html strict level 2//",
    "-//ietf//dtd html strict level 3//",
    "-//ietf//dtd html strict//",
    "-//ietf//dtd html//",
    "-//metrius//dtd metrius presentational//",
    "-//microsoft//dtd internet explorer 2.0 html strict//",
    "-//microsoft//dtd internet explorer 2.0 html//",
    "-//microsoft//dtd internet explorer 2.0 tables//",
    "-//microsoft//dtd internet explorer 3.0 html strict//",
    "-//microsoft//dtd internet explorer 3.0 html//",
    "-//microsoft//dtd internet explorer 3.0 tables//",
    "-//netscape comm. corp.//dtd html//",
    "-//netscape comm. corp.//dtd strict html//",
    "-//o'reilly and associates//dtd html 2.0//",
    "-//o'reilly and associates//dtd html extended 1.0//",
    "-//o'reilly and associates//dtd html extended relaxed 1.0//",
    "-//sq//dtd html 2.0 hotmetal + extensions//",
    "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
    "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
    "-//spyglass//dtd html 2.0 extended//",
    "-//sun microsystems corp.//dtd hotjava html//",
    "-//sun microsystems corp.//dtd hotjava strict html//",
    "-//w3c//dtd html 3 1995-03-24//",
    "-//w3c//dtd html 3.2 draft//",
    "-//w3c//dtd html 3.2 final//",
    "-//w3c//dtd html 3.2//",
    "-//w3c//dtd html 3.2s draft//",
    "-//w3c//dtd html 4.0 frameset//",
    "-//w3c//dtd html 4.0 transitional//",
    "-//w3c//dtd html experimental 19960712//",
    "-//w3c//dtd html experimental 970421//",
    "-//w3c//dtd w3 html//",
    "-//w3o//dtd w3 html 3.0//",
    "-//webtechs//dtd mozilla html 2.0//",
    "-//webtechs//dtd mozilla html//",
};

/* Whether s[0..len) starts with the lowercase ASCII `prefix`, ignoring case. */
static bool starts_with_ci(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    if (len < n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)prefix[i])
            return false;
    }
    return true;
}

static bool equals_ci(const char *s, size_t len, const char *lower)
{
    return len == strlen(lower) && starts_with_ci(s, len, lower);
}

static bool is_quirky(const mt_token *tok)
{
    const char *pub = tok->public_id, *sys = tok->system_id;
    size_t pl = tok->public_id_len, sl = tok->system_id_len;
    if (tok->force_quirks || !tok->name || tok->name_len != 4 || memcmp(tok->name, "html", 4))
        return true;
    if (sys && equals_ci(sys, sl, "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd"))
        return true;
    if (!pub)
        return false;
    if (equals_ci(pub, pl, "-//w3o//dtd w3 html strict 3.0//en//") ||
        equals_ci(pub, pl, "-/w3c/dtd html 4.0 transitional/en") || equals_ci(pub, pl, "html"))
        return true;
    for (size_t i = 0; i < sizeof quirks_prefixes / sizeof quirks_prefixes[0]; i++)
        if (starts_with_ci(pub, pl, quirks_prefixes[i]))
            return true;
    return !sys && (starts_with_ci(pub, pl, "-//w3c//dtd html 4.01 frameset//") ||
                    starts_with_ci(pub, pl, "-//w3c//dtd html 4.01 transitional//"));
}

static bool is_limited_quirky(const mt_token *tok)
{
    const char *pub = tok->public_id;
    size_t pl = tok->public_id_len;
    if (!pub)
        return false;
    if (starts_with_ci(pub, pl, "-//w3c//dtd xhtml 1.0 frameset//") ||
        starts_with_ci(pub, pl, "-//w3c//dtd xhtml 1.0 transitional//"))
        return true;
    return tok->system_id && (starts_with_ci(pub, pl, "-//w3c//dtd html 4.01 frameset//") ||
                              starts_with_ci(pub, pl, "-//w3c//dtd html 4.01 transitional//"));
}

/* Sets one identifier of a doctype node (value NULL when missing). */
static bool set_doctype_id(mt_tree *t, mt_attr *a, const char *name, const char *s, size_t n)
{
    a->name = name;
    a->name_len = (uint32_t)strlen(name);
    a->value = NULL;
    if (!s)
        return true;
    a->value = mt_tree_keep_string(t, s, n);
    a->value_len = (uint32_t)n;
    return a->value != NULL;
}

static void insert_doctype(mt_tree *t, const mt_token *tok)
{
    if (!mt_tree_node_budget(t, 1))
        return;
    mt_node *d = mt_dom_new_node(t->doc, MT_NODE_DOCTYPE, tok->offset);
    mt_attr *ids = mt_arena_calloc(&t->doc->arena, 2 * sizeof *ids);
    if (!d || !ids) {
        mt_tree_nomem(t);
        return;
    }
    d->data = tok->name ? mt_tree_keep_string(t, tok->name, tok->name_len) : "";
    d->data_len = tok->name ? tok->name_len : 0;
    if (!d->data || !set_doctype_id(t, &ids[0], "public", tok->public_id, tok->public_id_len) ||
        !set_doctype_id(t, &ids[1], "system", tok->system_id, tok->system_id_len))
        return;
    d->attrs = ids;
    d->nattrs = 2;
    if (tok->force_quirks)
        d->flags |= MT_NODEF_FORCE_QUIRKS;
    mt_dom_append(t->doc->root, d);
}

/* ================================================================ initial, before html */

bool mt_tree_mode_initial(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        if (!mt_tree_leading_spaces(t, tok, false))
            return false;
        break;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, t->doc->root);
        return false;
    case MT_TOKEN_DOCTYPE:
        insert_doctype(t, tok);
        if (is_quirky(tok))
            t->doc->root->flags |= MT_NODEF_QUIRKS;
        else if (is_limited_quirky(tok))
            t->doc->root->flags |= MT_NODEF_LIMITED_QUIRKS;
        t->mode = MT_MODE_BEFORE_HTML;
        return false;
    default:
        break;
    }
    t->doc->root->flags |= MT_NODEF_QUIRKS;
    t->mode = MT_MODE_BEFORE_HTML;
    return true;
}

/* Makes the html element (from the token, or implied) as the document's
 * element and the bottom of the stack. */
static bool insert_html_root(mt_tree *t, const mt_token *tok)
{
    mt_node *html;
    if (tok) {
        html = mt_tree_create_element(t, tok, MT_NS_HTML, MT_INSERT_FORCE);
    } else {
        html = mt_dom_new_element(t->doc, MT_TAG_HTML, MT_NS_HTML, NULL, 0, t->token_offset);
        if (!html)
            mt_tree_nomem(t);
    }
    if (!html)
        return false;
    mt_dom_append(t->doc->root, html);
    mt_tree_push(t, html, false);
    t->mode = MT_MODE_BEFORE_HEAD;
    return true;
}

/* End tags that the modes before the body treat like other tokens instead
 * of ignoring them. */
static bool is_passing_end_tag(const mt_token *tok)
{
    return tok->tag == MT_TAG_HEAD || tok->tag == MT_TAG_BODY || tok->tag == MT_TAG_HTML ||
           tok->tag == MT_TAG_BR;
}

bool mt_tree_mode_before_html(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, t->doc->root);
        return false;
    case MT_TOKEN_CHARS:
        if (!mt_tree_leading_spaces(t, tok, false))
            return false;
        break;
    case MT_TOKEN_START_TAG:
        if (tok->tag == MT_TAG_HTML) {
            insert_html_root(t, tok);
            return false;
        }
        break;
    case MT_TOKEN_END_TAG:
        if (!is_passing_end_tag(tok))
            return false;
        break;
    case MT_TOKEN_EOF:
        break;
    }
    return insert_html_root(t, NULL);
}

/* ================================================================ before head, in head */

bool mt_tree_mode_before_head(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        if (!mt_tree_leading_spaces(t, tok, false))
            return false;
        break;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, NULL);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_START_TAG:
        if (tok->tag == MT_TAG_HTML)
            return mt_tree_mode_in_body(t, tok);
        if (tok->tag == MT_TAG_HEAD) {
            t->head = mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_FORCE);
            t->mode = MT_MODE_IN_HEAD;
            return false;
        }
        break;
    case MT_TOKEN_END_TAG:
        if (!is_passing_end_tag(tok))
            return false;
        break;
    case MT_TOKEN_EOF:
        break;
    }
    t->head = mt_tree_insert_implied(t, MT_TAG_HEAD, MT_INSERT_FORCE);
    if (!t->head)
        return false;
    t->mode = MT_MODE_IN_HEAD;
    return true;
}

void mt_tree_parse_text_element(mt_tree *t, const mt_token *tok, mt_tokenizer_state state)
{
    mt_node *el = mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_TEXT_ONLY);
    if (t->status)
        return;
    /* Beyond the node limit the element is not made, but its text must
     * still be read as text, so the tokenizer switches all the same and
     * the text mode throws the content away. */
    t->text_sink = !mt_tree_is_open(el);
    mt_tokenizer_set_state(t->tokenizer, state);
    t->original_mode = t->mode;
    t->mode = MT_MODE_TEXT;
}

static void start_template(mt_tree *t, const mt_token *tok)
{
    mt_node *el = mt_tree_insert_html(t, tok);
    if (!mt_tree_is_open(el))
        return;
    mt_tree_afe_push_marker(t);
    t->frameset_ok = false;
    t->mode = MT_MODE_IN_TEMPLATE;
    mt_tree_push_template_mode(t, MT_MODE_IN_TEMPLATE);
}

static void end_template(mt_tree *t)
{
    if (!t->open_count[MT_TAG_TEMPLATE])
        return;
    mt_tree_generate_implied_thorough(t);
    mt_tree_pop_until(t, MT_TAG_TEMPLATE);
    mt_tree_afe_clear_to_marker(t);
    mt_tree_pop_template_mode(t);
    mt_tree_reset_mode(t);
}

/* The document's base URL is the href of its first <base> that has one
 * (HTML, "the document base URL"); a <base> inside a <template> is not in
 * the document, and sets nothing. Every <base> comes here: the other modes
 * hand it to the rules of "in head". */
static void note_base(mt_tree *t, const mt_node *el)
{
    if (el && !t->doc->base && t->ntemplate == 0 && mt_dom_attr(el, "href", 4))
        t->doc->base = el;
}

static bool in_head_start(mt_tree *t, mt_token *tok)
{
    switch (tok->tag) {
    case MT_TAG_HTML:
        return mt_tree_mode_in_body(t, tok);
    case MT_TAG_BASE:
        note_base(t, mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF));
        return false;
    case MT_TAG_BASEFONT: case MT_TAG_BGSOUND: case MT_TAG_LINK: case MT_TAG_META:
        mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
        return false;
    case MT_TAG_TITLE:
        mt_tree_parse_text_element(t, tok, MT_TOKENIZER_RCDATA);
        return false;
    case MT_TAG_NOSCRIPT:
        if (t->scripting) {
            mt_tree_parse_text_element(t, tok, MT_TOKENIZER_RAWTEXT);
        } else if (mt_tree_is_open(mt_tree_insert_html(t, tok))) {
            t->mode = MT_MODE_IN_HEAD_NOSCRIPT;
        }
        return false;
    case MT_TAG_NOFRAMES: case MT_TAG_STYLE:
        mt_tree_parse_text_element(t, tok, MT_TOKENIZER_RAWTEXT);
        return false;
    case MT_TAG_SCRIPT:
        mt_tree_parse_text_element(t, tok, MT_TOKENIZER_SCRIPT_DATA);
        return false;
    case MT_TAG_TEMPLATE:
        start_template(t, tok);
        return false;
    case MT_TAG_HEAD:
        return false;
    default:
        break;
    }
    if (mt_tree_current_is(t, MT_TAG_HEAD))
        mt_tree_pop(t);
    t->mode = MT_MODE_AFTER_HEAD;
    return true;
}

bool mt_tree_mode_in_head(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        if (!mt_tree_leading_spaces(t, tok, true))
            return false;
        break;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, NULL);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_START_TAG:
        return in_head_start(t, tok);
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_HEAD) {
            if (mt_tree_current_is(t, MT_TAG_HEAD))
                mt_tree_pop(t);
            t->mode = MT_MODE_AFTER_HEAD;
            return false;
        }
        if (tok->tag == MT_TAG_TEMPLATE) {
            end_template(t);
            return false;
        }
        if (!is_passing_end_tag(tok))
            return false;
        break;
    case MT_TOKEN_EOF:
        break;
    }
    if (mt_tree_current_is(t, MT_TAG_HEAD))
        mt_tree_pop(t);
    t->mode = MT_MODE_AFTER_HEAD;
    return true;
}

/* ================================================================ in head noscript, after head */

bool mt_tree_mode_in_head_noscript(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_COMMENT:
        return mt_tree_mode_in_head(t, tok);
    case MT_TOKEN_CHARS:
        if (!mt_tree_leading_spaces(t, tok, true))
            return false;
        break;
    case MT_TOKEN_START_TAG:
        switch (tok->tag) {
        case MT_TAG_HTML:
            return mt_tree_mode_in_body(t, tok);
        case MT_TAG_BASEFONT: case MT_TAG_BGSOUND: case MT_TAG_LINK: case MT_TAG_META:
        case MT_TAG_NOFRAMES: case MT_TAG_STYLE:
            return mt_tree_mode_in_head(t, tok);
        case MT_TAG_HEAD: case MT_TAG_NOSCRIPT:
            return false;
        default:
            break;
        }
        break;
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_NOSCRIPT) {
            mt_tree_pop(t);
            t->mode = MT_MODE_IN_HEAD;
            return false;
        }
        if (tok->tag != MT_TAG_BR)
            return false;
        break;
    case MT_TOKEN_EOF:
        break;
    }
    mt_tree_pop(t);
    t->mode = MT_MODE_IN_HEAD;
    return true;
}

/* A head element's start tag seen after the head: processed in the head
 * all the same. */
static bool reopen_head_for(mt_tree *t, mt_token *tok)
{
    if (!t->head)
        return false;
    if (!mt_tree_push(t, t->head, true))
        return false;
    bool again = mt_tree_mode_in_head(t, tok);
    mt_tree_stack_remove(t, t->head);
    return again;
}

static bool after_head_start(mt_tree *t, mt_token *tok)
{
    switch (tok->tag) {
    case MT_TAG_HTML:
        return mt_tree_mode_in_body(t, tok);
    case MT_TAG_BODY:
        if (mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_FORCE)) {
            t->frameset_ok = false;
            t->mode = MT_MODE_IN_BODY;
        }
        return false;
    case MT_TAG_FRAMESET:
        if (mt_tree_is_open(mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_FORCE)))
            t->mode = MT_MODE_IN_FRAMESET;
        return false;
    case MT_TAG_BASE: case MT_TAG_BASEFONT: case MT_TAG_BGSOUND: case MT_TAG_LINK:
    case MT_TAG_META: case MT_TAG_NOFRAMES: case MT_TAG_SCRIPT: case MT_TAG_STYLE:
    case MT_TAG_TEMPLATE: case MT_TAG_TITLE:
        return reopen_head_for(t, tok);
    case MT_TAG_HEAD:
        return false;
    default:
        return true;
    }
}

bool mt_tree_mode_after_head(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        if (!mt_tree_leading_spaces(t, tok, true))
            return false;
        break;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, NULL);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_START_TAG:
        if (!after_head_start(t, tok))
            return false;
        break;
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_TEMPLATE)
            return mt_tree_mode_in_head(t, tok);
        if (!is_passing_end_tag(tok))
            return false;
        break;
    case MT_TOKEN_EOF:
        break;
    }
    if (!mt_tree_insert_implied(t, MT_TAG_BODY, MT_INSERT_FORCE))
        return false;
    t->mode = MT_MODE_IN_BODY;
    return true;
}

/* ================================================================ text */

bool mt_tree_mode_text(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        if (!t->text_sink)
            mt_tree_insert_run(t, tok, MT_NUL_KEEP);
        return false;
    case MT_TOKEN_EOF:
    case MT_TOKEN_END_TAG:
        if (!t->text_sink)
            mt_tree_pop(t);
        t->text_sink = false;
        t->mode = t->original_mode;
        return tok->type == MT_TOKEN_EOF;
    default:
        return false;
    }
}
