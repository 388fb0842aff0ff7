/* extract.c -- the content-selection stage from end to end (see extract.h). */
#include <string.h>
#include "extract/extract.h"
#include "extract/internal.h"

/* Below this much kept text (non-space characters) a page has no main
 * content: what is left is a stray line of a menu or an error message. */
#define MIN_CONTENT_CHARS 40

static mt_status collect(mt_arena *arena, const block_list *blocks, unsigned flag,
                         unsigned want, const mt_block **out, size_t *n)
{
    size_t count = 0;
    for (size_t i = 0; i < blocks->count; i++)
        if ((blocks->items[i].flags & flag) == want)
            count++;
    *out = NULL;
    *n = 0;
    if (!count)
        return MT_OK;
    mt_block *arr = mt_arena_alloc(arena, count * sizeof *arr);
    if (!arr)
        return MT_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < blocks->count; i++)
        if ((blocks->items[i].flags & flag) == want)
            arr[k++] = blocks->items[i].pub;
    *out = arr;
    *n = count;
    return MT_OK;
}

static uint32_t kept_chars(const block_list *blocks)
{
    uint32_t total = 0;
    for (size_t i = 0; i < blocks->count; i++)
        if (blocks->items[i].flags & XB_KEEP)
            total += blocks->items[i].chars;
    return total;
}

mt_status mt_content_extract(const mt_document *doc, const mt_options *opts,
                             const char *base_url, mt_arena *arena, mt_result *out)
{
    extract_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.doc = doc;
    ctx.opts = opts;
    ctx.arena = arena;
    ctx.base_url = base_url;
    ctx.title = out->meta.title;
    ctx.description = out->meta.description;
    out->blocks = NULL;
    out->nblocks = 0;
    out->comments = NULL;
    out->ncomments = 0;

    mt_status st = mt_features_compute(&ctx);
    if (st != MT_OK)
        return st;
    block_list blocks = { NULL, 0, 0 };
    st = mt_blocks_build(&ctx, ctx.body, &blocks);
    if (st != MT_OK)
        return st;
    mt_select_main(&ctx, &blocks);
    mt_prune_blocks(&ctx, &blocks);

    if (kept_chars(&blocks) >= MIN_CONTENT_CHARS) {
        st = collect(arena, &blocks, XB_KEEP, XB_KEEP, &out->blocks, &out->nblocks);
        if (st != MT_OK)
            return st;
    }
    if (opts->include & MT_INCLUDE_COMMENTS)
        st = collect(arena, &blocks, XB_COMMENT | XB_KEEP, XB_COMMENT, &out->comments,
                     &out->ncomments);
    return st;
}
