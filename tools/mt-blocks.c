/* mt-blocks.c -- development tool: shows how content selection saw a page.
 * Prints every block with its type, whether it is in the main region, kept,
 * its characters and link characters, the boilerplate kinds above it, and
 * the start of its text; then the main region's root elements. The page's
 * title and description are read first, as mt_extract reads them, since
 * rules on headlines and ledes compare blocks with them; --url gives the
 * page's address for that reading.
 *
 * usage: mt-blocks [-v] [--full] [--recall|--precision] [--comments] [--url URL] FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "api/document.h"
#include "extract/internal.h"
#include "metadata/metadata.h"

static const char *kind_names[] = { "nav", "share", "related", "comment", "footer", "header",
                                    "sidebar", "ad", "notice", "meta", "hidden", "modal",
                                    "content", "main", "article", "caption", "WEAK", "credit", "about",
                                    "notes", "author" };

static void print_kinds(unsigned k)
{
    for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++)
        if (k & (1u << i))
            printf("%s,", kind_names[i]);
}

static int verbose, full;

static void print_path(const extract_ctx *c, const mt_node *n)
{
    const mt_node *chain[64];
    int depth = 0, max_depth = verbose ? 64 : 8;
    for (; n && n != c->body && depth < max_depth; n = n->parent)
        chain[depth++] = n;
    for (int i = depth; i-- > 0;) {
        const mt_attr *cls = mt_dom_attr(chain[i], "class", 5), *id = mt_dom_attr(chain[i], "id", 2);
        printf("/%.*s", (int)chain[i]->data_len, chain[i]->data);
        if (id)
            printf("#%.*s", (int)(id->value_len > 20 ? 20 : id->value_len), id->value);
        if (cls)
            printf(".%.*s", (int)(cls->value_len > 20 && !verbose ? 20 : cls->value_len), cls->value);
        if (verbose && c->info[chain[i]->index].kind) {
            printf("{");
            print_kinds(c->info[chain[i]->index].kind);
            printf("}");
        }
    }
}

int main(int argc, char **argv)
{
    mt_options opts;
    mt_options_default(&opts);
    const char *path = NULL, *url = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else if (!strcmp(argv[i], "--full"))
            full = 1;
        else if (!strcmp(argv[i], "--recall"))
            opts.focus = MT_FOCUS_RECALL;
        else if (!strcmp(argv[i], "--precision"))
            opts.focus = MT_FOCUS_PRECISION;
        else if (!strcmp(argv[i], "--comments"))
            opts.include |= MT_INCLUDE_COMMENTS;
        else if (!strcmp(argv[i], "--url") && i + 1 < argc)
            url = argv[++i];
        else
            path = argv[i];
    }
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!f) {
        fprintf(stderr, "usage: mt-blocks [-v] [--full] [--recall|--precision] [--comments] "
                        "[--url URL] FILE\n");
        return 2;
    }
    static char buf[64 << 20];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    mt_status st;
    mt_document *doc = mt_parse(buf, len, NULL, &st);
    if (!doc)
        return 3;
    mt_arena arena;
    mt_arena_init(&arena, NULL, 0, 0);
    extract_ctx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.opts = &opts;
    c.arena = &arena;
    c.all_blocks = true;    /* every block, not only those up to the region's end */
    mt_metadata meta;
    if (mt_metadata_extract_scoped(doc, url, (int64_t)time(NULL), MT_METADATA_ALL, &arena,
                                   &meta) != MT_OK)
        return 3;
    c.title = meta.title;
    c.description = meta.description;
    mt_textkey_fold(c.title, &c.title_key);
    mt_textkey_fold(c.description, &c.description_key);
    c.ntitle_parts = mt_textkey_fold_parts(c.title, c.title_parts, TITLE_PARTS_MAX);
    if (c.title)
        printf("title: %s\n", c.title);
    block_list blocks = { NULL, 0, 0 };
    if (mt_features_compute(&c) != MT_OK)
        return 3;
    mt_select_region(&c);
    if (mt_blocks_build(&c, c.body, &blocks) != MT_OK) {
        mt_blocks_free(&c, &blocks);
        return 3;
    }
    mt_prune_blocks(&c, &blocks);
    for (size_t i = 0; i < blocks.count; i++) {
        const xblock *x = &blocks.items[i];
        printf("%c%c t%d ch=%u lk=%u p=%u [", x->flags & XB_IN_MAIN ? 'M' : '.',
               x->flags & XB_KEEP ? 'K' : '.', x->pub.type, x->chars, x->link_chars, x->punct);
        print_kinds(x->boiler);
        if (full) {
            printf("] ");
            for (const char *t = x->pub.text; *t; t++)
                putchar(*t == '\n' ? ' ' : *t);
            printf(" | ");
        } else {
            printf("] %.70s | ", x->pub.text);
        }
        print_path(&c, x->node);
        printf("\n");
    }
    printf("region:");
    for (uint32_t i = 0; i < c.norder; i++)
        if (c.info[c.order[i]->index].flags & NI_REGION) {
            printf(" ");
            print_path(&c, c.order[i]);
            printf(" (score %.1f, chars %u)", c.info[c.order[i]->index].score,
                   c.info[c.order[i]->index].chars);
        }
    printf("\n");
    /* the five best candidates by final score */
    for (int rank = 0; rank < 5; rank++) {
        const mt_node *best = NULL;
        float best_s = 0;
        for (uint32_t i = 0; i < c.norder; i++) {
            const mt_node *n = c.order[i];
            const node_info *in = &c.info[n->index];
            if (n->type != MT_NODE_ELEMENT || in->score == 0 || in->score < -1e8f)
                continue;
            float s = in->score * (1.0f - (in->chars ? (float)in->link_chars / in->chars : 0));
            if (s > best_s) {
                best_s = s;
                best = n;
            }
        }
        if (!best)
            break;
        printf("candidate %d: %.1f ", rank + 1, best_s);
        print_path(&c, best);
        printf(" [");
        print_kinds(c.info[best->index].akind);
        printf("]\n");
        c.info[best->index].score = -1e9f;
    }
    mt_blocks_free(&c, &blocks);
    mt_arena_release(&arena);
    mt_document_free(doc);
    return 0;
}
