/* test_metadata_pathological.c -- inputs that once made the metadata
 * stage's text tools quadratic, each a megabyte, each given a second of
 * processor time where it needs a few milliseconds (it took seconds to
 * minutes before): a class list of one letter in the case a search's word
 * does not begin with, a value of many '<' and no '>'. The answers are
 * checked too. */
#include <time.h>
#include "harness.h"
#include "maintext.h"
#include "metadata/meta_internal.h"

#define MEGABYTE (1u << 20)
#define BUDGET_SECONDS 1.0
/* a whole page's extraction, a megabyte parsed, in a sanitizer's build too */
#define PAGE_BUDGET_SECONDS 3.0

static double seconds_since(clock_t start)
{
    return (double)(clock() - start) / CLOCKS_PER_SEC;
}

/* A megabyte of one byte, NUL-terminated; NULL when memory runs out. */
static char *filled(char c)
{
    char *s = malloc(MEGABYTE + 1);
    if (s) {
        memset(s, c, MEGABYTE);
        s[MEGABYTE] = '\0';
    }
    return s;
}

/* "review" in "RRRR...": every place begins with the word's first letter
 * in the other case, and none in its own. */
static void test_case_blind_search_of_one_case(void)
{
    char *s = filled('R');
    CHECK(s != NULL);
    if (!s)
        return;
    clock_t start = clock();
    CHECK(mt_meta_find_ci(s, MEGABYTE, "review") == NULL);
    memcpy(s + MEGABYTE - 6, "reVIEW", 6);
    CHECK(mt_meta_find_ci(s, MEGABYTE, "review") == s + MEGABYTE - 6);
    memset(s, 'r', MEGABYTE);
    CHECK(mt_meta_find_ci(s, MEGABYTE, "review") == NULL);
    CHECK(seconds_since(start) < BUDGET_SECONDS);
    free(s);
}

/* A search after each match, as a caller looking for a word's start does
 * ("xcopyrightxcopyright..."): each costs the way to its match. */
static void test_case_blind_search_again_after_each_match(void)
{
    char *s = filled('x');
    CHECK(s != NULL);
    if (!s)
        return;
    for (size_t i = 0; i + 10 <= MEGABYTE; i += 10)
        memcpy(s + i, "xcopyright", 10);
    size_t found = 0;
    clock_t start = clock();
    for (const char *p = s, *end = s + MEGABYTE, *m;
         (m = mt_meta_find_ci(p, (size_t)(end - p), "copyright")) != NULL; p = m + 1)
        found++;
    CHECK(seconds_since(start) < BUDGET_SECONDS);
    CHECK_INT(found, MEGABYTE / 10);
    free(s);
}

/* A value of half a million "<a" and no '>': no tag in it. */
static void test_tags_stripped_without_a_closing_mark(void)
{
    char *s = filled('a');
    CHECK(s != NULL);
    if (!s)
        return;
    for (size_t i = 0; i < MEGABYTE; i += 2)
        s[i] = '<';
    mt_arena arena;
    mt_arena_init(&arena, NULL, 0, 0);
    size_t n = 0;
    clock_t start = clock();
    char *d = mt_meta_strip_dup(&arena, s, MEGABYTE, &n);
    CHECK(seconds_since(start) < BUDGET_SECONDS);
    CHECK(d != NULL);
    CHECK_INT(n, MEGABYTE);
    /* with a '>' at the end, every '<' asks for it once more, and only the
     * last, "<b>", reads as a tag: the others' "a" is followed by no space,
     * '/' or '>' */
    memcpy(s + MEGABYTE - 4, "<b>x", 4);
    start = clock();
    d = mt_meta_strip_dup(&arena, s, MEGABYTE, &n);
    CHECK(seconds_since(start) < BUDGET_SECONDS);
    CHECK(d != NULL && n == MEGABYTE - 3 && d[n - 1] == 'x' && d[n - 2] == 'a');
    mt_arena_release(&arena);
    free(s);
}

/* The same through the public API: a byline element inside a box whose
 * class list is a megabyte of 'R' (asked whether it names a review). */
static void test_page_with_a_megabyte_class_list(void)
{
    static const char head[] = "<html><head><title>Tide tables are wrong</title></head><body>"
                               "<article><h1>Tide tables are wrong</h1><div class=\"";
    static const char tail[] = "\"><div class=\"byline\">By Jane Doe</div></div><p>The harbour "
                               "master said the tide tables were wrong again this year.</p>"
                               "</article></body></html>";
    char *page = malloc(sizeof head + MEGABYTE + sizeof tail);
    CHECK(page != NULL);
    if (!page)
        return;
    size_t len = 0;
    memcpy(page, head, sizeof head - 1);
    len += sizeof head - 1;
    memset(page + len, 'R', MEGABYTE);
    len += MEGABYTE;
    memcpy(page + len, tail, sizeof tail - 1);
    len += sizeof tail - 1;
    mt_status st;
    mt_extractor *ex = mt_extractor_new(NULL, &st);
    const mt_result *r = NULL;
    clock_t start = clock();
    CHECK(ex && mt_extract(ex, page, len, NULL, &r) == MT_OK);
    CHECK(seconds_since(start) < PAGE_BUDGET_SECONDS);
    CHECK(r && r->meta.nauthors == 1 && strcmp(r->meta.authors[0], "Jane Doe") == 0);
    mt_extractor_free(ex);
    free(page);
}

int main(void)
{
    RUN(test_case_blind_search_of_one_case);
    RUN(test_case_blind_search_again_after_each_match);
    RUN(test_tags_stripped_without_a_closing_mark);
    RUN(test_page_with_a_megabyte_class_list);
    return harness_finish();
}
