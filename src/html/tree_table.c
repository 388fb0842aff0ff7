/* tree_table.c -- the table insertion modes (HTML standard 13.2.6.4.9 -
 * 13.2.6.4.15): in table (with in table text), in caption, in column group,
 * in table body, in row, in cell. Content that does not belong in a table
 * is processed by "in body" with foster parenting, which puts it before the
 * table. */
#include "html/tree_internal.h"

/* ================================================================ clearing the stack */

static bool is_one_of(const mt_node *n, mt_tag a, mt_tag b, mt_tag c)
{
    return n->ns == MT_NS_HTML && (n->tag == a || n->tag == b || n->tag == c ||
                                   n->tag == MT_TAG_TEMPLATE || n->tag == MT_TAG_HTML);
}

/* Pops until the current node is one of a, b, c, template or html. */
static void clear_back_to(mt_tree *t, mt_tag a, mt_tag b, mt_tag c)
{
    while (t->nstack > 1 && !is_one_of(mt_tree_current(t), a, b, c))
        mt_tree_pop(t);
}

static void clear_to_table(mt_tree *t)
{
    clear_back_to(t, MT_TAG_TABLE, MT_TAG_TABLE, MT_TAG_TABLE);
}

static void clear_to_table_body(mt_tree *t)
{
    clear_back_to(t, MT_TAG_TBODY, MT_TAG_TFOOT, MT_TAG_THEAD);
}

static void clear_to_row(mt_tree *t)
{
    clear_back_to(t, MT_TAG_TR, MT_TAG_TR, MT_TAG_TR);
}

/* Inserts an element and enters `mode` if it was pushed. */
static bool insert_and_enter(mt_tree *t, const mt_token *tok, mt_tree_mode mode)
{
    if (!mt_tree_is_open(mt_tree_insert_html(t, tok)))
        return false;
    t->mode = mode;
    return true;
}

/* Inserts an implied element and enters `mode`; true when the token is to
 * be reprocessed (false at a limit, so the token is dropped instead of
 * coming back forever). */
static bool imply_and_enter(mt_tree *t, mt_tag tag, mt_tree_mode mode)
{
    if (!mt_tree_is_open(mt_tree_insert_implied(t, tag, 0)))
        return false;
    t->mode = mode;
    return true;
}

/* ================================================================ in table */

static bool is_table_text_target(const mt_node *n)
{
    if (n->ns != MT_NS_HTML)
        return false;
    switch (n->tag) {
    case MT_TAG_TABLE: case MT_TAG_TBODY: case MT_TAG_TEMPLATE: case MT_TAG_TFOOT:
    case MT_TAG_THEAD: case MT_TAG_TR:
        return true;
    default:
        return false;
    }
}

/* "In body" with foster parenting: the "anything else" of the table modes. */
static bool foster(mt_tree *t, mt_token *tok)
{
    t->foster_parenting = true;
    bool again = mt_tree_mode_in_body(t, tok);
    t->foster_parenting = false;
    return again;
}

/* The "in table text" mode for one whole run: whitespace stays in the
 * table, anything else is foster parented (as the whole run). */
static void table_text(mt_tree *t, const mt_token *tok)
{
    if (mt_tree_has_text(tok)) {
        t->foster_parenting = true;
        mt_tree_body_chars(t, tok);
        t->foster_parenting = false;
    } else {
        mt_tree_insert_run(t, tok, MT_NUL_DROP);
    }
}

static bool close_table(mt_tree *t)
{
    if (!mt_tree_in_scope(t, MT_TAG_TABLE, MT_SCOPE_TABLE))
        return false;
    mt_tree_pop_until(t, MT_TAG_TABLE);
    mt_tree_reset_mode(t);
    return true;
}

/* Returns 1 to reprocess, 0 when consumed, -1 for "anything else". */
static int table_start_tag(mt_tree *t, mt_token *tok)
{
    switch (tok->tag) {
    case MT_TAG_CAPTION:
        clear_to_table(t);
        if (insert_and_enter(t, tok, MT_MODE_IN_CAPTION))
            mt_tree_afe_push_marker(t);
        return 0;
    case MT_TAG_COLGROUP:
        clear_to_table(t);
        insert_and_enter(t, tok, MT_MODE_IN_COLUMN_GROUP);
        return 0;
    case MT_TAG_COL:
        clear_to_table(t);
        return imply_and_enter(t, MT_TAG_COLGROUP, MT_MODE_IN_COLUMN_GROUP);
    case MT_TAG_TBODY: case MT_TAG_TFOOT: case MT_TAG_THEAD:
        clear_to_table(t);
        insert_and_enter(t, tok, MT_MODE_IN_TABLE_BODY);
        return 0;
    case MT_TAG_TD: case MT_TAG_TH: case MT_TAG_TR:
        clear_to_table(t);
        return imply_and_enter(t, MT_TAG_TBODY, MT_MODE_IN_TABLE_BODY);
    case MT_TAG_TABLE:
        return close_table(t);
    case MT_TAG_STYLE: case MT_TAG_SCRIPT: case MT_TAG_TEMPLATE:
        return mt_tree_mode_in_head(t, tok);
    case MT_TAG_INPUT:
        if (!mt_tree_token_attr_is(tok, "type", "hidden"))
            return -1;
        mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
        return 0;
    case MT_TAG_FORM:
        if (!t->open_count[MT_TAG_TEMPLATE] && !t->form)
            t->form = mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
        return 0;
    default:
        return -1;
    }
}

/* Returns 1 to reprocess, 0 when consumed, -1 for "anything else". */
static int table_end_tag(mt_tree *t, mt_token *tok)
{
    switch (tok->tag) {
    case MT_TAG_TABLE:
        close_table(t);
        return 0;
    case MT_TAG_BODY: case MT_TAG_CAPTION: case MT_TAG_COL: case MT_TAG_COLGROUP:
    case MT_TAG_HTML: case MT_TAG_TBODY: case MT_TAG_TD: case MT_TAG_TFOOT: case MT_TAG_TH:
    case MT_TAG_THEAD: case MT_TAG_TR:
        return 0;
    case MT_TAG_TEMPLATE:
        return mt_tree_mode_in_head(t, tok);
    default:
        return -1;
    }
}

bool mt_tree_mode_in_table(mt_tree *t, mt_token *tok)
{
    int r = -1;
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        if (is_table_text_target(mt_tree_current(t))) {
            table_text(t, tok);
            return false;
        }
        break;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, NULL);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_START_TAG:
        r = table_start_tag(t, tok);
        break;
    case MT_TOKEN_END_TAG:
        r = table_end_tag(t, tok);
        break;
    case MT_TOKEN_EOF:
        return mt_tree_mode_in_body(t, tok);
    }
    if (r >= 0)
        return r == 1;
    return foster(t, tok);
}

/* ================================================================ in caption */

/* Closes the caption; false when there is none in table scope. */
static bool close_caption(mt_tree *t)
{
    if (!mt_tree_in_scope(t, MT_TAG_CAPTION, MT_SCOPE_TABLE))
        return false;
    mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
    mt_tree_pop_until(t, MT_TAG_CAPTION);
    mt_tree_afe_clear_to_marker(t);
    t->mode = MT_MODE_IN_TABLE;
    return true;
}

static bool is_table_part(mt_tag tag)
{
    switch (tag) {
    case MT_TAG_CAPTION: case MT_TAG_COL: case MT_TAG_COLGROUP: case MT_TAG_TBODY:
    case MT_TAG_TD: case MT_TAG_TFOOT: case MT_TAG_TH: case MT_TAG_THEAD: case MT_TAG_TR:
        return true;
    default:
        return false;
    }
}

bool mt_tree_mode_in_caption(mt_tree *t, mt_token *tok)
{
    if (tok->type == MT_TOKEN_START_TAG && is_table_part((mt_tag)tok->tag))
        return close_caption(t);
    if (tok->type == MT_TOKEN_END_TAG) {
        switch (tok->tag) {
        case MT_TAG_CAPTION:
            close_caption(t);
            return false;
        case MT_TAG_TABLE:
            return close_caption(t);
        case MT_TAG_BODY: case MT_TAG_COL: case MT_TAG_COLGROUP: case MT_TAG_HTML:
        case MT_TAG_TBODY: case MT_TAG_TD: case MT_TAG_TFOOT: case MT_TAG_TH: case MT_TAG_THEAD:
        case MT_TAG_TR:
            return false;
        default:
            break;
        }
    }
    return mt_tree_mode_in_body(t, tok);
}

/* ================================================================ in column group */

/* Leaves the column group ("anything else"); false when the current node
 * is not a colgroup (the token is then ignored). */
static bool leave_colgroup(mt_tree *t)
{
    if (!mt_tree_current_is(t, MT_TAG_COLGROUP))
        return false;
    mt_tree_pop(t);
    t->mode = MT_MODE_IN_TABLE;
    return true;
}

bool mt_tree_mode_in_column_group(mt_tree *t, mt_token *tok)
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
        if (tok->tag == MT_TAG_HTML)
            return mt_tree_mode_in_body(t, tok);
        if (tok->tag == MT_TAG_COL) {
            mt_tree_insert_element(t, tok, MT_NS_HTML, MT_INSERT_LEAF);
            return false;
        }
        if (tok->tag == MT_TAG_TEMPLATE)
            return mt_tree_mode_in_head(t, tok);
        break;
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_COLGROUP) {
            leave_colgroup(t);
            return false;
        }
        if (tok->tag == MT_TAG_COL)
            return false;
        if (tok->tag == MT_TAG_TEMPLATE)
            return mt_tree_mode_in_head(t, tok);
        break;
    case MT_TOKEN_EOF:
        return mt_tree_mode_in_body(t, tok);
    }
    return leave_colgroup(t);
}

/* ================================================================ in table body */

static bool section_in_table_scope(const mt_tree *t)
{
    return mt_tree_in_scope(t, MT_TAG_TBODY, MT_SCOPE_TABLE) ||
           mt_tree_in_scope(t, MT_TAG_THEAD, MT_SCOPE_TABLE) ||
           mt_tree_in_scope(t, MT_TAG_TFOOT, MT_SCOPE_TABLE);
}

/* Closes the open table section and goes back to "in table". */
static void leave_section(mt_tree *t)
{
    clear_to_table_body(t);
    mt_tree_pop(t);
    t->mode = MT_MODE_IN_TABLE;
}

bool mt_tree_mode_in_table_body(mt_tree *t, mt_token *tok)
{
    if (tok->type == MT_TOKEN_START_TAG) {
        switch (tok->tag) {
        case MT_TAG_TR:
            clear_to_table_body(t);
            insert_and_enter(t, tok, MT_MODE_IN_ROW);
            return false;
        case MT_TAG_TH: case MT_TAG_TD:
            clear_to_table_body(t);
            return imply_and_enter(t, MT_TAG_TR, MT_MODE_IN_ROW);
        case MT_TAG_CAPTION: case MT_TAG_COL: case MT_TAG_COLGROUP: case MT_TAG_TBODY:
        case MT_TAG_TFOOT: case MT_TAG_THEAD:
            if (!section_in_table_scope(t))
                return false;
            leave_section(t);
            return true;
        default:
            break;
        }
    } else if (tok->type == MT_TOKEN_END_TAG) {
        switch (tok->tag) {
        case MT_TAG_TBODY: case MT_TAG_TFOOT: case MT_TAG_THEAD:
            if (mt_tree_in_scope(t, (mt_tag)tok->tag, MT_SCOPE_TABLE))
                leave_section(t);
            return false;
        case MT_TAG_TABLE:
            if (!section_in_table_scope(t))
                return false;
            leave_section(t);
            return true;
        case MT_TAG_BODY: case MT_TAG_CAPTION: case MT_TAG_COL: case MT_TAG_COLGROUP:
        case MT_TAG_HTML: case MT_TAG_TD: case MT_TAG_TH: case MT_TAG_TR:
            return false;
        default:
            break;
        }
    }
    return mt_tree_mode_in_table(t, tok);
}

/* ================================================================ in row */

/* Closes the open row; false when there is none in table scope. */
static bool close_row(mt_tree *t)
{
    if (!mt_tree_in_scope(t, MT_TAG_TR, MT_SCOPE_TABLE))
        return false;
    clear_to_row(t);
    mt_tree_pop(t);
    t->mode = MT_MODE_IN_TABLE_BODY;
    return true;
}

bool mt_tree_mode_in_row(mt_tree *t, mt_token *tok)
{
    if (tok->type == MT_TOKEN_START_TAG) {
        switch (tok->tag) {
        case MT_TAG_TH: case MT_TAG_TD:
            clear_to_row(t);
            if (insert_and_enter(t, tok, MT_MODE_IN_CELL))
                mt_tree_afe_push_marker(t);
            return false;
        case MT_TAG_CAPTION: case MT_TAG_COL: case MT_TAG_COLGROUP: case MT_TAG_TBODY:
        case MT_TAG_TFOOT: case MT_TAG_THEAD: case MT_TAG_TR:
            return close_row(t);
        default:
            break;
        }
    } else if (tok->type == MT_TOKEN_END_TAG) {
        switch (tok->tag) {
        case MT_TAG_TR:
            close_row(t);
            return false;
        case MT_TAG_TABLE:
            return close_row(t);
        case MT_TAG_TBODY: case MT_TAG_TFOOT: case MT_TAG_THEAD:
            if (!mt_tree_in_scope(t, (mt_tag)tok->tag, MT_SCOPE_TABLE))
                return false;
            return close_row(t);
        case MT_TAG_BODY: case MT_TAG_CAPTION: case MT_TAG_COL: case MT_TAG_COLGROUP:
        case MT_TAG_HTML: case MT_TAG_TD: case MT_TAG_TH:
            return false;
        default:
            break;
        }
    }
    return mt_tree_mode_in_table(t, tok);
}

/* ================================================================ in cell */

static void close_cell(mt_tree *t)
{
    mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
    mt_tree_pop_until_cell(t);
    mt_tree_afe_clear_to_marker(t);
    t->mode = MT_MODE_IN_ROW;
}

bool mt_tree_mode_in_cell(mt_tree *t, mt_token *tok)
{
    if (tok->type == MT_TOKEN_START_TAG && is_table_part((mt_tag)tok->tag)) {
        if (!mt_tree_cell_in_table_scope(t))
            return false;
        close_cell(t);
        return true;
    }
    if (tok->type == MT_TOKEN_END_TAG) {
        switch (tok->tag) {
        case MT_TAG_TD: case MT_TAG_TH:
            if (!mt_tree_in_scope(t, (mt_tag)tok->tag, MT_SCOPE_TABLE))
                return false;
            mt_tree_generate_implied(t, MT_TAG_UNKNOWN);
            mt_tree_pop_until(t, (mt_tag)tok->tag);
            mt_tree_afe_clear_to_marker(t);
            t->mode = MT_MODE_IN_ROW;
            return false;
        case MT_TAG_BODY: case MT_TAG_CAPTION: case MT_TAG_COL: case MT_TAG_COLGROUP:
        case MT_TAG_HTML:
            return false;
        case MT_TAG_TABLE: case MT_TAG_TBODY: case MT_TAG_TFOOT: case MT_TAG_THEAD:
        case MT_TAG_TR:
            if (!mt_tree_in_scope(t, (mt_tag)tok->tag, MT_SCOPE_TABLE))
                return false;
            close_cell(t);
            return true;
        default:
            break;
        }
    }
    return mt_tree_mode_in_body(t, tok);
}
