/* test_metadata_scope.c -- MT_METADATA_BASIC: the fixture pages extracted
 * with every field and with the basic ones. The main text, its blocks and
 * the basic fields must be the same; authors, dates and the page type are
 * not looked for. */
#include <stdio.h>
#include "harness.h"
#include "maintext.h"

#define PAGE_CAP (1u << 20)

static const char *const fixtures[] = {
    "blog-comments", "data-table", "docs-code", "feature-longread", "forum-thread",
    "index-teasers", "japanese", "link-hub", "login", "news-article", "not-found",
    "recipe", "rtl-arabic",
};

static char page[PAGE_CAP];

static size_t read_fixture(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "fixtures/pages/%s.html", name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    size_t n = fread(page, 1, sizeof page, f);
    fclose(f);
    return n;
}

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static int same_blocks(const mt_block *a, size_t na, const mt_block *b, size_t nb)
{
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (a[i].type != b[i].type || a[i].level != b[i].level ||
            a[i].text_len != b[i].text_len || memcmp(a[i].text, b[i].text, a[i].text_len) != 0)
            return 0;
    return 1;
}

static mt_extractor *extractor(mt_metadata_scope scope)
{
    mt_options opts;
    mt_options_default(&opts);
    opts.include |= MT_INCLUDE_COMMENTS;
    opts.reference_time = 1767225600;      /* 2026-01-01: the fixtures' dates are past */
    opts.metadata = scope;
    return mt_extractor_new(&opts, NULL);
}

/* Every fixture: the same status, text, comments and basic fields; no
 * authors, dates or page type with MT_METADATA_BASIC. */
static void test_basic_fields_and_text_as_with_all(void)
{
    mt_extractor *all = extractor(MT_METADATA_ALL), *basic = extractor(MT_METADATA_BASIC);
    CHECK(all && basic);
    if (!all || !basic)
        return;
    size_t with_authors = 0, with_dates = 0, with_pagetype = 0;
    for (size_t i = 0; i < sizeof fixtures / sizeof *fixtures; i++) {
        harness_current = fixtures[i];
        size_t len = read_fixture(fixtures[i]);
        CHECK(len > 0);
        const mt_result *a, *b;
        mt_status sa = mt_extract(all, page, len, "https://example.org/page", &a);
        mt_status sb = mt_extract(basic, page, len, "https://example.org/page", &b);
        CHECK_INT(sb, sa);
        CHECK(same_blocks(a->blocks, a->nblocks, b->blocks, b->nblocks));
        CHECK(same_blocks(a->comments, a->ncomments, b->comments, b->ncomments));
        const mt_metadata *ma = &a->meta, *mb = &b->meta;
        CHECK(same_str(ma->title, mb->title));
        CHECK(same_str(ma->description, mb->description));
        CHECK(same_str(ma->sitename, mb->sitename));
        CHECK(same_str(ma->language, mb->language));
        CHECK(same_str(ma->url, mb->url));
        CHECK(same_str(ma->image, mb->image));
        CHECK(same_str(ma->license, mb->license));
        CHECK_INT(mb->ncategories, ma->ncategories);
        CHECK_INT(mb->ntags, ma->ntags);
        CHECK(mb->authors == NULL && mb->nauthors == 0);
        CHECK(mb->date == NULL && mb->date_modified == NULL && mb->pagetype == NULL);
        with_authors += ma->nauthors > 0;
        with_dates += ma->date != NULL;
        with_pagetype += ma->pagetype != NULL;
    }
    harness_current = "test_basic_fields_and_text_as_with_all";
    /* the fixtures have what the basic scope leaves out */
    CHECK(with_authors >= 5 && with_dates >= 5 && with_pagetype >= 5);
    mt_extractor_free(all);
    mt_extractor_free(basic);
}

static void test_unknown_scope_refused(void)
{
    mt_options opts;
    mt_options_default(&opts);
    CHECK_INT(opts.metadata, MT_METADATA_ALL);
    opts.metadata = (mt_metadata_scope)2;
    mt_status st = MT_OK;
    CHECK(mt_extractor_new(&opts, &st) == NULL);
    CHECK_INT(st, MT_ERR_INVALID_ARG);
}

int main(void)
{
    RUN(test_basic_fields_and_text_as_with_all);
    RUN(test_unknown_scope_refused);
    return harness_finish();
}
