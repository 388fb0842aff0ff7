/* normalize.c -- the text of a result put in Unicode NFC (see
 * normalize.h). It runs after the extraction, so that the extraction's
 * own comparisons (a headline with the title, a lede with the
 * description) see the page's bytes on both sides. */
#include <stdlib.h>
#include <string.h>
#include "api/normalize.h"
#include "text/c1.h"
#include "text/nfc.h"

static int by_value(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return (a > b) - (a < b);
}

/* The place edges[k] of the sorted, distinct edges[0..n) where `at`
 * stands. */
static size_t edge_index(const uint32_t *edges, size_t n, uint32_t at)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (edges[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The edges of the spans over `text` of `len` bytes: raw[0..*nraw), the
 * spans' own (clamped to len), with 0 and len, sorted and distinct; at[k],
 * where raw[k] stands once moved on to a place NFC may cut the text
 * (mt_nfc_boundary); and edges[0..*n), those places, distinct. An edge
 * before a combining mark would keep the mark from its letter, and the
 * text would come out other than it does without spans (and not in NFC):
 * so a link "u" followed by a combining diaeresis outside it ends after
 * the mark, and holds the whole "\u00fc". Each search for a place starts
 * past the last one found, so that a run of marks cut by many spans is
 * read once. */
static uint32_t *span_edges(mt_arena *arena, const char *text, const mt_span *spans,
                            size_t nspans, size_t len, uint32_t **raw_out, uint32_t **at_out,
                            size_t *nraw, size_t *n)
{
    size_t cap = 2 * nspans + 2;
    uint32_t *raw = mt_arena_alloc(arena, cap * sizeof *raw);
    uint32_t *at = raw ? mt_arena_alloc(arena, cap * sizeof *at) : NULL;
    uint32_t *edges = at ? mt_arena_alloc(arena, cap * sizeof *edges) : NULL;
    if (!edges)
        return NULL;
    size_t k = 0;
    raw[k++] = 0;
    raw[k++] = (uint32_t)len;
    for (size_t i = 0; i < nspans; i++) {
        raw[k++] = spans[i].start < len ? spans[i].start : (uint32_t)len;
        raw[k++] = spans[i].end < len ? spans[i].end : (uint32_t)len;
    }
    qsort(raw, k, sizeof *raw, by_value);
    size_t distinct = 1;
    for (size_t i = 1; i < k; i++)
        if (raw[i] != raw[distinct - 1])
            raw[distinct++] = raw[i];
    size_t ne = 0;
    for (size_t i = 0; i < distinct; i++) {
        at[i] = i && raw[i] <= at[i - 1] ? at[i - 1]
                                         : (uint32_t)mt_nfc_boundary(text, len, raw[i]);
        if (!ne || at[i] != edges[ne - 1])
            edges[ne++] = at[i];
    }
    *raw_out = raw;
    *at_out = at;
    *nraw = distinct;
    *n = ne;
    return edges;
}

/* Where a span's edge `x` went: the start of the piece its place begins. */
static uint32_t moved_edge(const uint32_t *raw, const uint32_t *at, size_t nraw,
                           const uint32_t *edges, size_t nedges, const uint32_t *moved,
                           size_t len, uint32_t x)
{
    uint32_t place = at[edge_index(raw, nraw, x < len ? x : (uint32_t)len)];
    return moved[edge_index(edges, nedges, place)];
}

/* Normalises a text whose spans cut it: piece by piece between the
 * edges, the spans moved to where their edges went. */
static mt_status normalize_spanned(mt_arena *arena, const char **text, size_t *len,
                                   const mt_span **spans, size_t nspans)
{
    size_t nedges, nraw;
    uint32_t *raw, *at;
    uint32_t *edges = span_edges(arena, *text, *spans, nspans, *len, &raw, &at, &nraw, &nedges);
    uint32_t *moved = edges ? mt_arena_alloc(arena, nedges * sizeof *moved) : NULL;
    const char **piece = moved ? mt_arena_alloc(arena, nedges * sizeof *piece) : NULL;
    size_t *piece_len = piece ? mt_arena_alloc(arena, nedges * sizeof *piece_len) : NULL;
    mt_span *copy = piece_len ? mt_arena_alloc(arena, nspans * sizeof *copy) : NULL;
    if (!copy)
        return MT_ERR_NOMEM;
    size_t total = 0;
    moved[0] = 0;
    for (size_t k = 0; k + 1 < nedges; k++) {
        piece[k] = mt_nfc(arena, *text + edges[k], edges[k + 1] - edges[k], &piece_len[k]);
        if (!piece[k])
            return MT_ERR_NOMEM;
        total += piece_len[k];
        moved[k + 1] = (uint32_t)total;
    }
    char *out = mt_arena_alloc_bytes(arena, total + 1);
    if (!out)
        return MT_ERR_NOMEM;
    for (size_t k = 0, o = 0; k + 1 < nedges; o += piece_len[k], k++)
        memcpy(out + o, piece[k], piece_len[k]);
    out[total] = '\0';
    for (size_t i = 0; i < nspans; i++) {
        copy[i] = (*spans)[i];
        copy[i].start = moved_edge(raw, at, nraw, edges, nedges, moved, *len, copy[i].start);
        copy[i].end = moved_edge(raw, at, nraw, edges, nedges, moved, *len, copy[i].end);
    }
    *text = out;
    *len = total;
    *spans = copy;
    return MT_OK;
}

/* Puts one text (and its spans, may be none) in NFC. */
static mt_status normalize_text(mt_arena *arena, const char **text, size_t *len,
                                const mt_span **spans, size_t nspans)
{
    if (!*text || mt_nfc_quick(*text, *len))
        return MT_OK;
    if (spans && nspans)
        return normalize_spanned(arena, text, len, spans, nspans);
    const char *out = mt_nfc(arena, *text, *len, len);
    if (!out)
        return MT_ERR_NOMEM;
    *text = out;
    return MT_OK;
}

/* A NUL-terminated string of the metadata. Its controls that stand for
 * punctuation are written as it, as the text's are (blocks.c): a title
 * read from the same page says "won\u2019t" as its text does. */
static mt_status normalize_string(mt_arena *arena, const char **s)
{
    if (!*s)
        return MT_OK;
    size_t len;
    const char *mended = mt_c1_mend(arena, *s, strlen(*s), &len);
    if (!mended)
        return MT_ERR_NOMEM;
    *s = mended;
    return normalize_text(arena, s, &len, NULL, 0);
}

/* A list of n strings of the metadata. */
static mt_status normalize_list(mt_arena *arena, const char *const *list, size_t n)
{
    mt_status st = MT_OK;
    /* the lists are the result's own, built in its arena */
    const char **s = (const char **)list;
    for (size_t i = 0; i < n && st == MT_OK; i++)
        st = normalize_string(arena, &s[i]);
    return st;
}

static mt_status normalize_blocks(mt_arena *arena, const mt_block *blocks, size_t n)
{
    /* the blocks are the result's own, built in its arena */
    mt_block *b = (mt_block *)blocks;
    mt_status st = MT_OK;
    for (size_t i = 0; i < n && st == MT_OK; i++) {
        /* code is kept byte for byte: NFC would change what a string
         * literal holds ("e" and U+0301 in a test of normalisation) */
        if (b[i].type == MT_BLOCK_CODE)
            continue;
        st = normalize_text(arena, &b[i].text, &b[i].text_len, &b[i].spans, b[i].nspans);
        for (size_t r = 0; r < b[i].nrows && st == MT_OK; r++) {
            mt_cell *cells = (mt_cell *)b[i].rows[r].cells;
            for (size_t k = 0; k < b[i].rows[r].ncells && st == MT_OK; k++)
                st = normalize_text(arena, &cells[k].text, &cells[k].text_len, &cells[k].spans,
                                    cells[k].nspans);
        }
    }
    return st;
}

mt_status mt_result_normalize(mt_result *r, mt_arena *arena)
{
    mt_metadata *m = &r->meta;
    mt_status st = normalize_blocks(arena, r->blocks, r->nblocks);
    if (st == MT_OK)
        st = normalize_blocks(arena, r->comments, r->ncomments);
    const char **strings[] = { &m->title, &m->sitename, &m->description };
    for (size_t i = 0; i < sizeof strings / sizeof strings[0] && st == MT_OK; i++)
        st = normalize_string(arena, strings[i]);
    if (st == MT_OK)
        st = normalize_list(arena, m->authors, m->nauthors);
    if (st == MT_OK)
        st = normalize_list(arena, m->categories, m->ncategories);
    if (st == MT_OK)
        st = normalize_list(arena, m->tags, m->ntags);
    return st;
}
