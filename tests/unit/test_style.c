/* test_style.c -- util/style.h: what inline styles and style sheet rules,
 * as pages write them, say about showing an element. */
#include <stdlib.h>
#include "harness.h"
#include "util/style.h"

static unsigned read_z(const char *s)
{
    return mt_style_read(s, strlen(s));
}

static void test_hiding_declarations(void)
{
    CHECK(mt_style_hides(read_z("display:none")));
    CHECK(mt_style_hides(read_z("color: #333; DISPLAY : None !important;")));
    CHECK(mt_style_hides(read_z("display:\n\tnone")));
    CHECK(mt_style_hides(read_z("visibility: hidden")));
    CHECK(mt_style_hides(read_z("position:absolute;visibility:collapse")));
    CHECK_INT(read_z("display:none"), MT_STYLE_DISPLAY_SET | MT_STYLE_DISPLAY_NONE);
}

static void test_showing_declarations(void)
{
    CHECK_INT(read_z(""), 0);
    CHECK_INT(read_z("text-decoration:none; overflow:hidden"), 0);
    CHECK_INT(read_z("display:block"), MT_STYLE_DISPLAY_SET);
    CHECK_INT(read_z("display: nonesuch"), MT_STYLE_DISPLAY_SET);
    CHECK_INT(read_z("visibility:visible"), MT_STYLE_VISIBILITY_SET);
    /* another property that ends in the same letters is not display */
    CHECK_INT(read_z("-webkit-display:none; table-display:none"), 0);
    CHECK_INT(read_z("background:url(http://example.org/display:none.png)"), 0);
}

/* The last declaration of a property counts, as in the cascade; each
 * property for itself. */
static void test_last_declaration_counts(void)
{
    CHECK(!mt_style_hides(read_z("display:none; display:block")));
    CHECK(mt_style_hides(read_z("display:block;display:none")));
    CHECK(mt_style_hides(read_z("display:none; visibility:visible")));
    CHECK_INT(read_z("visibility:hidden;display:flex;visibility:visible"),
              MT_STYLE_DISPLAY_SET | MT_STYLE_VISIBILITY_SET);
}

/* Not NUL-terminated: the length bounds every read. */
static void test_length_bounds_the_reading(void)
{
    const char *s = "display:nonexistent";
    CHECK(mt_style_hides(mt_style_read(s, 12)));
    CHECK_INT(mt_style_read(s, 8), MT_STYLE_DISPLAY_SET);
    CHECK_INT(mt_style_read(s, 7), 0);
    CHECK_INT(mt_style_read(NULL, 0), 0);
}

/* A megabyte of colons after names ending in 'y' is read in one pass (the
 * test would time out were it quadratic) and its last word counts. */
static void test_megabyte_style(void)
{
    size_t n = 1u << 20;
    char *s = malloc(n);
    if (!s) {
        CHECK(0);
        return;
    }
    static const char unit[] = "display:y:yyyyyyyyyyyyyyyyyyyyyyyy: ";
    for (size_t i = 0; i < n; i++)
        s[i] = unit[i % (sizeof unit - 1)];
    static const char tail[] = ";display:none";
    memcpy(s + n - (sizeof tail - 1), tail, sizeof tail - 1);
    CHECK(mt_style_hides(mt_style_read(s, n)));
    free(s);
}

int main(void)
{
    RUN(test_hiding_declarations);
    RUN(test_showing_declarations);
    RUN(test_last_declaration_counts);
    RUN(test_length_bounds_the_reading);
    RUN(test_megabyte_style);
    return harness_finish();
}
