/* tree_after.c -- the remaining insertion modes (HTML standard 13.2.6.4.18 -
 * 13.2.6.4.23): in template, after body, in frameset, after frameset,
 * after after body, after after frameset. */
#include "html/tree_internal.h"

/* ================================================================ in template */

/* Replaces the current template insertion mode and reprocesses there. */
static bool switch_template_mode(mt_tree *t, mt_tree_mode mode)
{
    mt_tree_pop_template_mode(t);
    if (!mt_tree_push_template_mode(t, mode))
        return false;
    t->mode = mode;
    return true;
}

static bool template_start_tag(mt_tree *t, mt_token *tok)
{
    switch (tok->tag) {
    case MT_TAG_BASE: case MT_TAG_BASEFONT: case MT_TAG_BGSOUND: case MT_TAG_LINK:
    case MT_TAG_META: case MT_TAG_NOFRAMES: case MT_TAG_SCRIPT: case MT_TAG_STYLE:
    case MT_TAG_TEMPLATE: case MT_TAG_TITLE:
        return mt_tree_mode_in_head(t, tok);
    case MT_TAG_CAPTION: case MT_TAG_COLGROUP: case MT_TAG_TBODY: case MT_TAG_TFOOT:
    case MT_TAG_THEAD:
        return switch_template_mode(t, MT_MODE_IN_TABLE);
    case MT_TAG_COL:
        return switch_template_mode(t, MT_MODE_IN_COLUMN_GROUP);
    case MT_TAG_TR:
        return switch_template_mode(t, MT_MODE_IN_TABLE_BODY);
    case MT_TAG_TD: case MT_TAG_TH:
        return switch_template_mode(t, MT_MODE_IN_ROW);
    default:
        return switch_template_mode(t, MT_MODE_IN_BODY);
    }
}

/* End of file inside a template: close it and go on in the mode around. */
static bool template_eof(mt_tree *t)
{
    if (!t->open_count[MT_TAG_TEMPLATE]) {
        t->done = true;
        return false;
    }
    mt_tree_pop_until(t, MT_TAG_TEMPLATE);
    mt_tree_afe_clear_to_marker(t);
    mt_tree_pop_template_mode(t);
    mt_tree_reset_mode(t);
    return true;
}

bool mt_tree_mode_in_template(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS: case MT_TOKEN_COMMENT: case MT_TOKEN_DOCTYPE:
        return mt_tree_mode_in_body(t, tok);
    case MT_TOKEN_START_TAG:
        return template_start_tag(t, tok);
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_TEMPLATE)
            return mt_tree_mode_in_head(t, tok);
        return false;
    case MT_TOKEN_EOF:
        return template_eof(t);
    }
    return false;
}

/* ================================================================ after body */

/* Whitespace at the start of a run is processed by "in body"; returns
 * whether anything is left. */
static bool body_spaces(mt_tree *t, mt_token *tok)
{
    size_t n = mt_tree_space_prefix(tok);
    if (n) {
        mt_token head = *tok;
        head.data_len = (uint32_t)n;
        mt_tree_body_chars(t, &head);
    }
    if (n == tok->data_len)
        return false;
    mt_tree_consume(tok, n);
    return true;
}

bool mt_tree_mode_after_body(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        if (!body_spaces(t, tok))
            return false;
        break;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, t->stack[0]);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_START_TAG:
        if (tok->tag == MT_TAG_HTML)
            return mt_tree_mode_in_body(t, tok);
        break;
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_HTML) {
            if (!t->fragment)
                t->mode = MT_MODE_AFTER_AFTER_BODY;
            return false;
        }
        break;
    case MT_TOKEN_EOF:
        t->done = true;
        return false;
    }
    t->mode = MT_MODE_IN_BODY;
    return true;
}

/* ================================================================ framesets */

bool mt_tree_mode_in_frameset(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        mt_tree_insert_spaces_only(t, tok);
        return false;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, NULL);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_START_TAG:
        switch (tok->tag) {
        case MT_TAG_HTML:
            return mt_tree_mode_in_body(t, tok);
        case MT_TAG_FRAMESET:
            mt_tree_insert_html(t, tok);
            return false;
        case MT_TAG_FRAME:
            mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
            return false;
        case MT_TAG_NOFRAMES:
            return mt_tree_mode_in_head(t, tok);
        default:
            return false;
        }
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_FRAMESET && t->nstack > 1) {
            mt_tree_pop(t);
            if (!t->fragment && !mt_tree_current_is(t, MT_TAG_FRAMESET))
                t->mode = MT_MODE_AFTER_FRAMESET;
        }
        return false;
    case MT_TOKEN_EOF:
        t->done = true;
        return false;
    }
    return false;
}

bool mt_tree_mode_after_frameset(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        mt_tree_insert_spaces_only(t, tok);
        return false;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, NULL);
        return false;
    case MT_TOKEN_START_TAG:
        if (tok->tag == MT_TAG_HTML)
            return mt_tree_mode_in_body(t, tok);
        if (tok->tag == MT_TAG_NOFRAMES)
            return mt_tree_mode_in_head(t, tok);
        return false;
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_HTML)
            t->mode = MT_MODE_AFTER_AFTER_FRAMESET;
        return false;
    case MT_TOKEN_EOF:
        t->done = true;
        return false;
    default:
        return false;
    }
}

/* ================================================================ after after */

bool mt_tree_mode_after_after_body(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, t->doc->root);
        return false;
    case MT_TOKEN_DOCTYPE:
        return mt_tree_mode_in_body(t, tok);
    case MT_TOKEN_CHARS:
        if (!body_spaces(t, tok))
            return false;
        break;
    case MT_TOKEN_START_TAG:
        if (tok->tag == MT_TAG_HTML)
            return mt_tree_mode_in_body(t, tok);
        break;
    case MT_TOKEN_EOF:
        t->done = true;
        return false;
    default:
        break;
    }
    t->mode = MT_MODE_IN_BODY;
    return true;
}

bool mt_tree_mode_after_after_frameset(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, t->doc->root);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_CHARS:
        /* Whitespace goes through "in body"; everything else is ignored. */
        for (uint32_t i = 0; i < tok->data_len; i++) {
            if (mt_tree_is_space((unsigned char)tok->data[i])) {
                mt_tree_reconstruct(t);
                mt_tree_insert_spaces_only(t, tok);
                break;
            }
        }
        return false;
    case MT_TOKEN_START_TAG:
        if (tok->tag == MT_TAG_HTML)
            return mt_tree_mode_in_body(t, tok);
        if (tok->tag == MT_TAG_NOFRAMES)
            return mt_tree_mode_in_head(t, tok);
        return false;
    case MT_TOKEN_EOF:
        t->done = true;
        return false;
    default:
        return false;
    }
}
