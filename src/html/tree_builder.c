/* tree_builder.c -- the tree construction stage's entry points: the token
 * loop, the tree construction dispatcher (HTML rules or foreign content),
 * and the fragment parsing algorithm (HTML standard 13.4). The insertion
 * modes live in the other tree_*.c files (see tree_internal.h). */
#include <string.h>
#include "html/tree_internal.h"
#include "util/alloc.h"

static const mt_tree_mode_fn mode_fns[MT_MODE__COUNT] = {
    [MT_MODE_INITIAL] = mt_tree_mode_initial,
    [MT_MODE_BEFORE_HTML] = mt_tree_mode_before_html,
    [MT_MODE_BEFORE_HEAD] = mt_tree_mode_before_head,
    [MT_MODE_IN_HEAD] = mt_tree_mode_in_head,
    [MT_MODE_IN_HEAD_NOSCRIPT] = mt_tree_mode_in_head_noscript,
    [MT_MODE_AFTER_HEAD] = mt_tree_mode_after_head,
    [MT_MODE_IN_BODY] = mt_tree_mode_in_body,
    [MT_MODE_TEXT] = mt_tree_mode_text,
    [MT_MODE_IN_TABLE] = mt_tree_mode_in_table,
    [MT_MODE_IN_CAPTION] = mt_tree_mode_in_caption,
    [MT_MODE_IN_COLUMN_GROUP] = mt_tree_mode_in_column_group,
    [MT_MODE_IN_TABLE_BODY] = mt_tree_mode_in_table_body,
    [MT_MODE_IN_ROW] = mt_tree_mode_in_row,
    [MT_MODE_IN_CELL] = mt_tree_mode_in_cell,
    [MT_MODE_IN_TEMPLATE] = mt_tree_mode_in_template,
    [MT_MODE_AFTER_BODY] = mt_tree_mode_after_body,
    [MT_MODE_IN_FRAMESET] = mt_tree_mode_in_frameset,
    [MT_MODE_AFTER_FRAMESET] = mt_tree_mode_after_frameset,
    [MT_MODE_AFTER_AFTER_BODY] = mt_tree_mode_after_after_body,
    [MT_MODE_AFTER_AFTER_FRAMESET] = mt_tree_mode_after_after_frameset,
};

/* ================================================================ shared helpers */

size_t mt_tree_space_prefix(const mt_token *tok)
{
    size_t i = 0;
    while (i < tok->data_len && mt_tree_is_space((unsigned char)tok->data[i]))
        i++;
    return i;
}

bool mt_tree_has_text(const mt_token *tok)
{
    for (size_t i = 0; i < tok->data_len; i++) {
        unsigned char c = (unsigned char)tok->data[i];
        if (c != '\0' && !mt_tree_is_space(c))
            return true;
    }
    return false;
}

/* The leading whitespace of a run, as most modes treat it: inserted (or
 * ignored when `insert` is false). Returns whether characters remain, which
 * the mode then handles as "anything else". */
bool mt_tree_leading_spaces(mt_tree *t, mt_token *tok, bool insert)
{
    size_t n = mt_tree_space_prefix(tok);
    if (insert)
        mt_tree_insert_text(t, tok->data, n, tok->offset);
    if (n == tok->data_len)
        return false;
    mt_tree_consume(tok, n);
    return true;
}

void mt_tree_consume(mt_token *tok, size_t n)
{
    tok->data += n;
    tok->data_len -= (uint32_t)n;
    tok->offset += (uint32_t)n;
}

bool mt_tree_is_mathml_text_ip(const mt_node *n)
{
    if (n->ns != MT_NS_MATHML)
        return false;
    switch (n->tag) {
    case MT_TAG_MI: case MT_TAG_MO: case MT_TAG_MN: case MT_TAG_MS: case MT_TAG_MTEXT:
        return true;
    default:
        return false;
    }
}

bool mt_tree_is_html_ip(const mt_node *n)
{
    if (n->ns == MT_NS_MATHML)
        return n->tag == MT_TAG_ANNOTATION_XML && (n->flags & MT_NODEF_HTML_INTEGRATION);
    if (n->ns == MT_NS_SVG)
        return n->tag == MT_TAG_FOREIGNOBJECT || n->tag == MT_TAG_DESC || n->tag == MT_TAG_TITLE;
    return false;
}

/* The special category. <select> is left out: since customizable <select>
 * (2025) it holds arbitrary content, and the html5lib expectations (an end
 * tag of a formatting element around a select closes both, without the
 * adoption agency moving the select) treat it as an ordinary element. */
bool mt_tree_is_special(const mt_node *n)
{
    if (n->ns == MT_NS_HTML)
        return mt_tag_has(n->tag, MT_TAGF_SPECIAL) && n->tag != MT_TAG_SELECT;
    if (n->ns == MT_NS_MATHML)
        return mt_tree_is_mathml_text_ip(n) || n->tag == MT_TAG_ANNOTATION_XML;
    return n->tag == MT_TAG_FOREIGNOBJECT || n->tag == MT_TAG_DESC || n->tag == MT_TAG_TITLE;
}

static bool ascii_ieq(const char *a, size_t alen, const char *b)
{
    size_t blen = strlen(b);
    if (alen != blen)
        return false;
    for (size_t i = 0; i < alen; i++) {
        unsigned char c = (unsigned char)a[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)b[i])
            return false;
    }
    return true;
}

bool mt_tree_token_attr_is(const mt_token *tok, const char *name, const char *value)
{
    size_t nlen = strlen(name);
    for (uint32_t i = 0; i < tok->nattrs; i++) {
        const mt_token_attr *a = &tok->attrs[i];
        if (a->name_len == nlen && memcmp(a->name, name, nlen) == 0)
            return ascii_ieq(a->value, a->value_len, value);
    }
    return false;
}

/* ================================================================ dispatch */

/* The tree construction dispatcher: whether a token follows the HTML rules
 * of the insertion mode (true) or the rules for foreign content. */
static bool follows_html_rules(const mt_tree *t, const mt_token *tok)
{
    const mt_node *n = mt_tree_adjusted_current(t);
    if (!n || n->ns == MT_NS_HTML || tok->type == MT_TOKEN_EOF)
        return true;
    bool start = tok->type == MT_TOKEN_START_TAG;
    if (mt_tree_is_mathml_text_ip(n)) {
        if (tok->type == MT_TOKEN_CHARS)
            return true;
        if (start && tok->tag != MT_TAG_MGLYPH && tok->tag != MT_TAG_MALIGNMARK)
            return true;
    }
    if (start && tok->tag == MT_TAG_SVG && n->ns == MT_NS_MATHML &&
        n->tag == MT_TAG_ANNOTATION_XML)
        return true;
    if (mt_tree_is_html_ip(n) && (start || tok->type == MT_TOKEN_CHARS))
        return true;
    return false;
}

/* Processes one token, reprocessing it as long as the rules say so. */
static void process(mt_tree *t, mt_token *tok)
{
    t->token_offset = tok->offset;
    for (int round = 0; round < MT_TREE_MAX_REPROCESS && !t->status; round++) {
        if (!follows_html_rules(t, tok) && !mt_tree_foreign(t, tok))
            return;
        if (!mode_fns[t->mode](t, tok))
            return;
    }
}

/* The tokenizer switches to RCDATA, RAWTEXT, ... only when the tree builder
 * tells it; after <pre>, <listing> and <textarea> a leading LF is dropped. */
static void drop_leading_newline(mt_tree *t, mt_token *tok)
{
    t->skip_newline = false;
    if (tok->type == MT_TOKEN_CHARS && tok->data_len && tok->data[0] == '\n')
        mt_tree_consume(tok, 1);
}

static void run(mt_tree *t)
{
    mt_token tok;
    bool cdata = false;     /* the tokenizer starts with CDATA sections off */
    while (!t->done) {
        const mt_node *acn = mt_tree_adjusted_current(t);
        if (cdata != (acn && acn->ns != MT_NS_HTML)) {
            cdata = !cdata;
            mt_tokenizer_allow_cdata(t->tokenizer, cdata);
        }
        mt_status st = mt_tokenizer_next(t->tokenizer, &tok);
        if (st != MT_OK) {
            t->status = st;
            return;
        }
        if (t->skip_newline) {
            drop_leading_newline(t, &tok);
            if (tok.type == MT_TOKEN_CHARS && !tok.data_len)
                continue;
        }
        process(t, &tok);
        if (tok.type == MT_TOKEN_EOF)
            return;
    }
}

/* ================================================================ setup and teardown */

/* How many formatting elements a page may reopen (mt_tree_reopen_formatting):
 * REOPEN_MIN, and one more for every REOPEN_BYTES bytes of input. An
 * unclosed element is reopened in every paragraph after it, so without a
 * bound a 64 KB page of 400 unclosed <b>s and 8,000 paragraphs made 2
 * million nodes and took 277 MB. The dev corpus reopens at most 161 on a
 * page, 0.004 a byte: the bound is 60 times that. */
#define REOPEN_MIN 65536u
#define REOPEN_BYTES 4u

/* How many bytes the copies of options in <selectedcontent>s may take on a
 * page (tree_select.c): COPY_MIN, and one more for every byte of input. A
 * real page copies each selected option once or so, a few words, at most
 * its size; 64 KiB alone is some 800 nodes of copies. But an option is
 * copied again for every <selectedcontent> after it, so without a bound
 * 3,000 of them after an option of 1 MiB took 2.9 GB. */
#define COPY_MIN (64u << 10)

static mt_status init(mt_tree *t, mt_document *doc, const mt_parse_options *opts)
{
    memset(t, 0, sizeof *t);
    t->doc = doc;
    t->alloc = opts->allocator;
    t->max_depth = opts->max_depth ? opts->max_depth : 512;
    if (t->max_depth < MT_TREE_MIN_DEPTH)
        t->max_depth = MT_TREE_MIN_DEPTH;
    t->max_nodes = opts->max_nodes ? opts->max_nodes : doc->max_nodes;
    if (!t->max_nodes)
        t->max_nodes = UINT32_MAX;
    t->reopen_left = REOPEN_MIN + doc->input_len / REOPEN_BYTES;
    t->copy_left = COPY_MIN + doc->input_len;
    t->scripting = opts->scripting != 0;
    t->frameset_ok = true;
    t->mode = MT_MODE_INITIAL;
    t->input = doc->input ? doc->input : "";
    t->input_end = t->input + doc->input_len;
    t->tokenizer = mt_tokenizer_new(t->input, doc->input_len, opts->allocator,
                                    opts->max_attributes);
    return t->tokenizer ? MT_OK : MT_ERR_NOMEM;
}

/* Closes what is still open (clearing the open bits) and frees the
 * builder's own memory; the tree stays in the document. */
static mt_status finish(mt_tree *t)
{
    while (t->nstack)
        mt_tree_pop(t);
    mt_mem_free(t->alloc, t->stack, (size_t)t->stack_cap * sizeof *t->stack);
    mt_mem_free(t->alloc, t->afe, (size_t)t->afe_cap * sizeof *t->afe);
    mt_mem_free(t->alloc, t->template_modes, t->template_cap);
    mt_tokenizer_free(t->tokenizer);
    return t->status;
}

mt_status mt_tree_build(mt_document *doc, const mt_parse_options *opts)
{
    mt_tree t;
    if (init(&t, doc, opts) != MT_OK) {
        mt_tokenizer_free(t.tokenizer);
        return MT_ERR_NOMEM;
    }
    run(&t);
    return finish(&t);
}

/* ================================================================ fragments */

/* The tokenizer state the context element starts the fragment in. */
static mt_tokenizer_state fragment_state(const mt_tree *t, const mt_node *ctx)
{
    if (ctx->ns != MT_NS_HTML)
        return MT_TOKENIZER_DATA;
    switch (ctx->tag) {
    case MT_TAG_TITLE: case MT_TAG_TEXTAREA:
        return MT_TOKENIZER_RCDATA;
    case MT_TAG_STYLE: case MT_TAG_XMP: case MT_TAG_IFRAME: case MT_TAG_NOEMBED:
    case MT_TAG_NOFRAMES:
        return MT_TOKENIZER_RAWTEXT;
    case MT_TAG_SCRIPT:
        return MT_TOKENIZER_SCRIPT_DATA;
    case MT_TAG_NOSCRIPT:
        return t->scripting ? MT_TOKENIZER_RAWTEXT : MT_TOKENIZER_DATA;
    case MT_TAG_PLAINTEXT:
        return MT_TOKENIZER_PLAINTEXT;
    default:
        return MT_TOKENIZER_DATA;
    }
}

/* Fills in the context element (kept outside the tree). */
static void set_context(mt_tree *t, mt_tag tag, mt_namespace ns, const char *name, size_t len)
{
    mt_node *c = &t->context_node;
    if (tag == MT_TAG_UNKNOWN && name && len <= 32) {
        char lower[32];
        for (size_t i = 0; i < len; i++)
            lower[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
        tag = mt_tag_lookup(lower, len);
    }
    c->type = MT_NODE_ELEMENT;
    c->tag = (uint16_t)tag;
    c->ns = (uint8_t)ns;
    if (name) {
        c->data = name;
        c->data_len = (uint32_t)len;
    } else {
        c->data = mt_tag_names[tag];
        c->data_len = mt_tag_name_lengths[tag];
    }
    t->context = c;
    t->fragment = true;
}

/* Moves the parsed nodes from the temporary root element to the document. */
static void adopt_fragment(mt_document *doc, mt_node *root)
{
    mt_dom_remove(root);
    mt_dom_move_children(root, doc->root);
}

mt_status mt_tree_build_fragment(mt_document *doc, const mt_parse_options *opts,
                                 mt_tag context_tag, mt_namespace context_ns,
                                 const char *context_name, size_t context_name_len)
{
    mt_tree t;
    if (init(&t, doc, opts) != MT_OK) {
        mt_tokenizer_free(t.tokenizer);
        return MT_ERR_NOMEM;
    }
    set_context(&t, context_tag, context_ns, context_name, context_name_len);
    mt_tokenizer_set_state(t.tokenizer, fragment_state(&t, t.context));
    mt_node *root = mt_dom_new_element(doc, MT_TAG_HTML, MT_NS_HTML, NULL, 0, 0);
    if (!root) {
        mt_tree_nomem(&t);
        return finish(&t);
    }
    mt_dom_append(doc->root, root);
    mt_tree_push(&t, root, false);
    if (mt_tree_is(t.context, MT_TAG_TEMPLATE))
        mt_tree_push_template_mode(&t, MT_MODE_IN_TEMPLATE);
    mt_tree_reset_mode(&t);
    run(&t);
    mt_status st = finish(&t);
    adopt_fragment(doc, root);
    return st;
}
