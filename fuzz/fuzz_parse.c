/* fuzz_parse.c -- libFuzzer target: parse + serialize, then check the tree.
 *
 * The first input byte picks parse options (scripting flag, small limits) so
 * the limit paths get fuzzed too; the rest is the page. A broken tree link,
 * or a tree far deeper than the depth limit, aborts, which the fuzzer
 * reports. Everything is freed on every run. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "maintext.h"

/* How much a node adds to the nesting that max_depth bounds: a template's
 * contents (a fragment node) are no deeper than the template. */
static size_t nesting_weight(const mt_node *n)
{
    return mt_node_get_type(n) != MT_NODE_FRAGMENT;
}

/* The deepest nesting of the tree (the document node is 0), without
 * recursion. */
static size_t tree_depth(const mt_node *root)
{
    size_t depth = 0, deepest = 0;
    const mt_node *n = root;
    while (n) {
        if (depth > deepest)
            deepest = depth;
        if (mt_node_first_child(n)) {
            n = mt_node_first_child(n);
            depth += nesting_weight(n);
            continue;
        }
        while (n != root && !mt_node_next(n)) {
            depth -= nesting_weight(n);
            n = mt_node_parent(n);
        }
        if (n == root)
            break;
        depth -= nesting_weight(n);
        n = mt_node_next(n);
        depth += nesting_weight(n);
    }
    return deepest;
}

static void check_tree(const mt_node *root)
{
    for (const mt_node *n = root; n; n = mt_node_following(n, root)) {
        const mt_node *first = mt_node_first_child(n);
        if (first && (mt_node_parent(first) != n || mt_node_prev(first) != NULL))
            abort();
        const mt_node *next = mt_node_next(n);
        if (next && (mt_node_prev(next) != n || mt_node_parent(next) != mt_node_parent(n)))
            abort();
        size_t len;
        const char *text = mt_node_text(n, &len);
        if (len && !text)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mt_parse_options opts;
    mt_parse_options_default(&opts);
    if (size > 0) {
        uint8_t mode = data[0];
        opts.scripting = mode & 1;
        if (mode & 2)
            opts.max_depth = 8;
        if (mode & 4)
            opts.max_nodes = 64;
        if (mode & 8)
            opts.max_attributes = 2;
        data++;
        size--;
    }
    mt_status st;
    mt_document *doc = mt_parse((const char *)data, size, &opts, &st);
    if (!doc)
        return 0;
    check_tree(mt_document_root(doc));
    /* The stack of open elements never holds more than max_depth; the tree
     * may go a little deeper (elements attached at the limit, text-only
     * elements, subtrees the adoption agency moves), but a tree twice as
     * deep means the limit leaks. Only the small limit is reachable here. */
    if (opts.max_depth == 8 && tree_depth(mt_document_root(doc)) > 2 * 8 + 3)
        abort();
    size_t len;
    char *html = mt_serialize(doc, mt_document_root(doc), 0, &len, &st);
    if (html) {
        if (strlen(html) > len)
            abort();
        /* Serialized output parses again without trouble. */
        mt_document *again = mt_parse(html, len, NULL, &st);
        mt_document_free(again);
    }
    mt_free(NULL, html);
    mt_document_free(doc);
    return 0;
}
