/* tree_suite.c -- the html5lib tree-construction tests.
 *
 * Reads every *.dat file in <dir>/tree-construction/ (the scripted/ folder
 * is skipped: its tests need a script engine that runs document.write),
 * parses each test's input with our tree builder -- as a document, or with
 * the fragment parsing algorithm when the test names a context element --
 * dumps the tree in the html5lib format and compares it with the expected
 * "#document" section. Parse errors are not compared. A test marked
 * #script-on or #script-off runs in that mode; one marked with neither runs
 * in both and passes only if both pass. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "conformance/conformance.h"
#include "api/document.h"
#include "html/input.h"
#include "html/tree_builder.h"

/* ================================================================ growable strings */

typedef struct strbuf {
    char *p;
    size_t len, cap;
} strbuf;

static void sb_put(strbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            fprintf(stderr, "tree suite: out of memory\n");
            exit(1);
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void sb_puts(strbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

/* ================================================================ reading tests */

typedef struct tree_test {
    const char *data;
    size_t data_len;
    const char *context;        /* NULL: parse as a document */
    size_t context_len;
    int scripting;              /* 0 off, 1 on, -1 both */
    const char *expected;
    size_t expected_len;
} tree_test;

/* The line that is exactly `marker` in [from, end), or NULL. */
static const char *find_line(const char *from, const char *end, const char *marker)
{
    size_t m = strlen(marker);
    for (const char *p = from; p + m <= end; p++) {
        if ((p == from || p[-1] == '\n') && memcmp(p, marker, m) == 0 &&
            (p + m == end || p[m] == '\n'))
            return p;
    }
    return NULL;
}

/* Parses one test block (from "#data\n" to the blank line after it).
 * Returns 0, or -1 when the block is malformed. */
static int read_test(const char *block, const char *end, tree_test *tc)
{
    memset(tc, 0, sizeof *tc);
    tc->scripting = -1;
    const char *data = block + 6;    /* after "#data\n" */
    const char *errors = find_line(data, end, "#errors");
    const char *document = errors ? find_line(errors, end, "#document") : NULL;
    if (!errors || !document)
        return -1;
    tc->data = data;
    tc->data_len = errors > data ? (size_t)(errors - data - 1) : 0;
    const char *frag = find_line(errors, document, "#document-fragment");
    if (frag) {
        tc->context = frag + 19;
        const char *nl = memchr(tc->context, '\n', (size_t)(document - tc->context));
        tc->context_len = nl ? (size_t)(nl - tc->context) : 0;
    }
    if (find_line(errors, document, "#script-on"))
        tc->scripting = 1;
    else if (find_line(errors, document, "#script-off"))
        tc->scripting = 0;
    tc->expected = document + 10;
    const char *e = end;
    while (e > tc->expected && e[-1] == '\n')
        e--;
    tc->expected_len = e > tc->expected ? (size_t)(e - tc->expected) : 0;
    return 0;
}

/* ================================================================ dumping trees */

typedef struct dump_attr {
    char *name;             /* namespace prefix and local name */
    const mt_attr *attr;
} dump_attr;

static int compare_attrs(const void *a, const void *b)
{
    return strcmp(((const dump_attr *)a)->name, ((const dump_attr *)b)->name);
}

static void indent(strbuf *b, int depth)
{
    sb_puts(b, "| ");
    for (int i = 0; i < depth; i++)
        sb_puts(b, "  ");
}

static void dump_attributes(strbuf *b, const mt_node *el, int depth)
{
    static const char *const prefixes[] = { "", "xlink ", "xml ", "xmlns " };
    dump_attr *list = calloc(el->nattrs, sizeof *list);
    if (!list)
        return;
    for (uint32_t i = 0; i < el->nattrs; i++) {
        const mt_attr *a = &el->attrs[i];
        size_t size = strlen(prefixes[a->ns & 3]) + a->name_len + 1;
        list[i].name = malloc(size);
        if (!list[i].name) {
            fprintf(stderr, "tree suite: out of memory\n");
            exit(1);
        }
        snprintf(list[i].name, size, "%s%.*s", prefixes[a->ns & 3], (int)a->name_len, a->name);
        list[i].attr = a;
    }
    qsort(list, el->nattrs, sizeof *list, compare_attrs);
    for (uint32_t i = 0; i < el->nattrs; i++) {
        indent(b, depth);
        sb_puts(b, list[i].name);
        sb_puts(b, "=\"");
        sb_put(b, list[i].attr->value, list[i].attr->value_len);
        sb_puts(b, "\"\n");
        free(list[i].name);
    }
    free(list);
}

static void dump_doctype(strbuf *b, const mt_node *n)
{
    sb_puts(b, "<!DOCTYPE ");
    sb_put(b, n->data, n->data_len);
    const mt_attr *pub = n->nattrs > 0 ? &n->attrs[0] : NULL;
    const mt_attr *sys = n->nattrs > 1 ? &n->attrs[1] : NULL;
    bool has_pub = pub && pub->value && pub->value_len;
    bool has_sys = sys && sys->value && sys->value_len;
    if (has_pub || has_sys) {
        sb_puts(b, " \"");
        if (pub && pub->value)
            sb_put(b, pub->value, pub->value_len);
        sb_puts(b, "\" \"");
        if (sys && sys->value)
            sb_put(b, sys->value, sys->value_len);
        sb_puts(b, "\"");
    }
    sb_puts(b, ">\n");
}

static void dump_node(strbuf *b, const mt_node *n, int depth)
{
    indent(b, depth);
    switch ((mt_node_type)n->type) {
    case MT_NODE_ELEMENT:
        sb_puts(b, "<");
        if (n->ns == MT_NS_SVG)
            sb_puts(b, "svg ");
        else if (n->ns == MT_NS_MATHML)
            sb_puts(b, "math ");
        sb_put(b, n->data, n->data_len);
        sb_puts(b, ">\n");
        dump_attributes(b, n, depth + 1);
        break;
    case MT_NODE_TEXT:
        sb_puts(b, "\"");
        sb_put(b, n->data, n->data_len);
        sb_puts(b, "\"\n");
        break;
    case MT_NODE_COMMENT:
        sb_puts(b, "<!-- ");
        sb_put(b, n->data, n->data_len);
        sb_puts(b, " -->\n");
        break;
    case MT_NODE_DOCTYPE:
        dump_doctype(b, n);
        break;
    case MT_NODE_FRAGMENT:
        sb_puts(b, "content\n");
        break;
    case MT_NODE_DOCUMENT:
        sb_puts(b, "#document\n");
        break;
    }
}

/* Dumps the children of `root` (without recursion). */
static void dump_tree(strbuf *b, const mt_node *root)
{
    const mt_node *n = root->first_child;
    int depth = 0;
    while (n) {
        dump_node(b, n, depth);
        if (n->first_child) {
            n = n->first_child;
            depth++;
            continue;
        }
        while (n != root && !n->next) {
            n = n->parent;
            depth--;
        }
        if (n == root)
            break;
        n = n->next;
    }
    while (b->len && b->p[b->len - 1] == '\n')
        b->p[--b->len] = '\0';
}

/* ================================================================ running a test */

static mt_status parse_test(const tree_test *tc, int scripting, strbuf *out)
{
    mt_parse_options o;
    mt_parse_options_default(&o);
    o.scripting = scripting;
    mt_document *doc = mt_document_new(&o, tc->data_len);
    if (!doc)
        return MT_ERR_NOMEM;
    const char *text;
    size_t text_len;
    mt_status st = mt_input_prepare(&doc->arena, tc->data, tc->data_len, &text, &text_len);
    if (st == MT_OK) {
        doc->input = text;
        doc->input_len = text_len;
        if (tc->context) {
            const char *name = tc->context;
            size_t len = tc->context_len;
            mt_namespace ns = MT_NS_HTML;
            if (len > 4 && memcmp(name, "svg ", 4) == 0) {
                ns = MT_NS_SVG;
                name += 4;
                len -= 4;
            } else if (len > 5 && memcmp(name, "math ", 5) == 0) {
                ns = MT_NS_MATHML;
                name += 5;
                len -= 5;
            }
            st = mt_tree_build_fragment(doc, &o, MT_TAG_UNKNOWN, ns, name, len);
        } else {
            st = mt_tree_build(doc, &o);
        }
    }
    if (st == MT_OK)
        dump_tree(out, doc->root);
    mt_document_free(doc);
    return st;
}

/* Describes the first line where `got` differs from `want`. */
static void describe_difference(const char *want, size_t wlen, const char *got, size_t glen,
                                strbuf *reason)
{
    size_t line = 1, i = 0;
    while (i < wlen && i < glen && want[i] == got[i]) {
        if (want[i] == '\n')
            line++;
        i++;
    }
    size_t ws = i, gs = i;
    while (ws > 0 && want[ws - 1] != '\n')
        ws--;
    while (gs > 0 && got[gs - 1] != '\n')
        gs--;
    const char *we = memchr(want + ws, '\n', wlen - ws);
    const char *ge = memchr(got + gs, '\n', glen - gs);
    int wl = (int)((we ? (size_t)(we - want) : wlen) - ws);
    int gl = (int)((ge ? (size_t)(ge - got) : glen) - gs);
    char buf[512];
    snprintf(buf, sizeof buf, "line %zu: expected `%.*s`, got `%.*s`", line,
             ws < wlen ? wl : 0, want + ws, gs < glen ? gl : 0, got + gs);
    sb_puts(reason, buf);
}

/* Runs one test in one scripting mode; on failure writes the reason. */
static bool run_mode(const tree_test *tc, int scripting, strbuf *reason, strbuf *actual)
{
    actual->len = 0;
    if (actual->p)
        actual->p[0] = '\0';
    mt_status st = parse_test(tc, scripting, actual);
    if (st != MT_OK) {
        sb_puts(reason, "parse failed: ");
        sb_puts(reason, mt_strerror(st));
        return false;
    }
    if (actual->len == tc->expected_len && memcmp(actual->p, tc->expected, actual->len) == 0)
        return true;
    describe_difference(tc->expected, tc->expected_len, actual->p ? actual->p : "", actual->len,
                        reason);
    if (tc->scripting < 0)
        sb_puts(reason, scripting ? " (scripting on)" : " (scripting off)");
    return false;
}

static void log_failure(FILE *log, int verbose, const char *file, int index, const tree_test *tc,
                        const char *reason, const strbuf *actual)
{
    fprintf(log, "tree-construction/%s #%d: %s\n", file, index, reason);
    if (!verbose)
        return;
    if (tc->context)
        fprintf(log, "  context: %.*s\n", (int)tc->context_len, tc->context);
    fprintf(log, "  input:\n%.*s\n  expected:\n%.*s\n  got:\n%s\n", (int)tc->data_len, tc->data,
            (int)tc->expected_len, tc->expected, actual->p ? actual->p : "");
}

static bool run_test(const tree_test *tc, strbuf *reason, strbuf *actual)
{
    if (tc->scripting >= 0)
        return run_mode(tc, tc->scripting, reason, actual);
    return run_mode(tc, 0, reason, actual) && run_mode(tc, 1, reason, actual);
}

/* The start of the next test block at or after `p` ("#data" at the start of
 * the file or after a blank line). */
static const char *next_block(const char *start, const char *p, const char *end)
{
    for (; p + 6 <= end; p++) {
        if (memcmp(p, "#data\n", 6) == 0 && (p == start || (p - start >= 2 && p[-1] == '\n' &&
                                                            p[-2] == '\n')))
            return p;
    }
    return NULL;
}

static void run_file(const char *dir, const char *file, FILE *log, int verbose,
                     conformance_result *out)
{
    size_t plen = strlen(dir) + strlen(file) + 2;
    char *path = malloc(plen);
    if (!path)
        return;
    snprintf(path, plen, "%s/%s", dir, file);
    size_t len;
    char *text = conformance_read_file(path, &len);
    free(path);
    if (!text) {
        fprintf(log, "tree-construction/%s: cannot read\n", file);
        out->failed++;
        return;
    }
    const char *end = text + len;
    strbuf reason = { 0 }, actual = { 0 };
    int index = 0;
    for (const char *b = next_block(text, text, end); b; index++) {
        const char *nb = next_block(text, b + 6, end);
        tree_test tc;
        reason.len = 0;
        if (read_test(b, nb ? nb : end, &tc) != 0) {
            fprintf(log, "tree-construction/%s #%d: malformed test\n", file, index);
            out->failed++;
        } else if (run_test(&tc, &reason, &actual)) {
            out->passed++;
        } else {
            log_failure(log, verbose, file, index, &tc, reason.p ? reason.p : "", &actual);
            out->failed++;
        }
        b = nb;
    }
    free(reason.p);
    free(actual.p);
    free(text);
}

int conformance_tree_construction(const char *dir, FILE *log, int verbose, conformance_result *out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tree-construction", dir);
    char **files = conformance_list_files(path, ".dat");
    if (!files)
        return -1;
    fprintf(log, "tree-construction/scripted: skipped (those tests need a script engine)\n");
    for (char **f = files; *f; f++)
        run_file(path, *f, log, verbose, out);
    conformance_free_list(files);
    return 0;
}
