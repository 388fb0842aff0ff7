/* test_extract_memo.c -- an extractor's memo of class names across pages
 * (src/extract/vocab.c) changes how fast a page is read, never what it
 * gives: each page read after others gives what it gives to a fresh
 * extractor. The pages come in pairs whose class names a wrong key would
 * take for each other. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "maintext.h"

static char alone[8192], after[8192];

/* A story with a box of one class name inside it; the box's paragraph is
 * kept unless the name makes it boilerplate or hides it. */
static void page_with_box(const char *name, char *out, size_t cap)
{
    snprintf(out, cap,
             "<html><body><article>"
             "<p>The river rose all night, and by morning the lower streets were under water, "
             "the shops closed, the buses stopped, and the bridge was shut.</p>"
             "<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals "
             "to higher ground; some stayed, others left for relatives inland.</p>"
             "<div class='%s'><p>Engineers, called in from three counties, checked the dykes, "
             "the sluices, the culverts and the old mill race, one by one, through the "
             "night.</p></div>"
             "<p>The council said, late on Wednesday, that pumps would run until the level "
             "fell, and that schools, libraries and the market would stay shut.</p>"
             "</article></body></html>",
             name);
}

/* The kept text of the last of `count` pages read by one extractor,
 * blocks joined by newlines, in `out` ("" when none). */
static void text_after(const char *const *pages, size_t count, char *out, size_t cap)
{
    out[0] = '\0';
    mt_status st;
    mt_extractor *ex = mt_extractor_new(NULL, &st);
    if (!ex)
        return;
    const mt_result *r = NULL;
    for (size_t p = 0; p < count; p++)
        if (mt_extract(ex, pages[p], strlen(pages[p]), NULL, &r) != MT_OK)
            r = NULL;
    size_t n = 0;
    for (size_t i = 0; r && i < r->nblocks && n + r->blocks[i].text_len + 2 < cap; i++) {
        memcpy(out + n, r->blocks[i].text, r->blocks[i].text_len);
        n += r->blocks[i].text_len;
        out[n++] = '\n';
    }
    out[n] = '\0';
    mt_extractor_free(ex);
}

/* Page `second` read after `first` (twice: the memo is made for an
 * extractor's second reading) gives what it gives alone; `kept_alone`
 * says whether its box is kept. */
static void check_after(const char *first, const char *second, int kept_alone)
{
    static char a[4096], b[4096];
    page_with_box(first, a, sizeof a);
    page_with_box(second, b, sizeof b);
    const char *only[] = { b };
    const char *batch[] = { a, a, b };
    text_after(only, 1, alone, sizeof alone);
    text_after(batch, 3, after, sizeof after);
    CHECK_STR(after, alone);
    CHECK_INT(strstr(alone, "Engineers, called in") != NULL, kept_alone);
    CHECK(strstr(alone, "The river rose all night") != NULL);
}

/* Two names of 40 bytes that differ only in bytes 8 to 15, which the
 * caches' hash does not read (it reads the first, middle and last eight):
 * one says "sidebar", the other nothing. */
static void test_names_alike_in_hash(void)
{
    const char *sidebar = "qwqwqwq-sidebar-qwqwqwq-qwqwqwq-qwqwqwqw";
    const char *plain = "qwqwqwq-zxzxzxz-qwqwqwq-qwqwqwq-qwqwqwqw";
    check_after(sidebar, plain, 1);
    check_after(plain, sidebar, 0);
}

/* The memo keys a name by its bytes before the digits that end it, and
 * whether there were any: "sr-only" hides its box, "sr-only2" does not. */
static void test_names_alike_but_digits(void)
{
    check_after("sr-only", "sr-only2", 1);
    check_after("sr-only2", "sr-only", 0);
    check_after("sr-only2", "sr-only35", 1);
}

/* An allocator that notes the largest block asked of it. */
static size_t largest;

static void *noting_malloc(void *ctx, size_t n)
{
    (void)ctx;
    largest = n > largest ? n : largest;
    return malloc(n);
}

static void *noting_realloc(void *ctx, void *p, size_t old, size_t n)
{
    (void)ctx;
    (void)old;
    largest = n > largest ? n : largest;
    return realloc(p, n);
}

static void noting_free(void *ctx, void *p, size_t n)
{
    (void)ctx;
    (void)n;
    free(p);
}

/* The memo is made for an extractor's second page: a lone page takes none,
 * also when it is read a second time (its <noscript> holds the story, as
 * mt_extract says), as a module function of the Python binding reads each
 * page with an extractor of its own. */
static void test_lone_page_makes_no_memo(void)
{
    static const char page[] =
        "<html><body><div id='app'></div><noscript><article>"
        "<p>The river rose all night, and by morning the lower streets were under water, "
        "the shops closed, the buses stopped, and the bridge was shut.</p>"
        "<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals "
        "to higher ground; some stayed, others left for relatives inland.</p>"
        "</article></noscript></body></html>";
    mt_allocator noting = { noting_malloc, noting_realloc, noting_free, NULL };
    mt_options opts;
    mt_options_default(&opts);
    opts.parse.allocator = &noting;
    mt_status st;
    mt_extractor *ex = mt_extractor_new(&opts, &st);
    CHECK(ex != NULL);
    if (!ex)
        return;
    largest = 0;
    const mt_result *r = NULL;
    CHECK_INT(mt_extract(ex, page, sizeof page - 1, NULL, &r), MT_OK);
    CHECK(r && r->nblocks == 2);
    CHECK(largest < 256 * 1024);
    /* the second page makes it */
    CHECK_INT(mt_extract(ex, page, sizeof page - 1, NULL, &r), MT_OK);
    CHECK(largest >= 256 * 1024);
    mt_extractor_free(ex);
}

int main(void)
{
    RUN(test_names_alike_in_hash);
    RUN(test_names_alike_but_digits);
    RUN(test_lone_page_makes_no_memo);
    return harness_finish();
}
