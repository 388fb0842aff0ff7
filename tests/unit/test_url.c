/* test_url.c -- reference resolution, with RFC 3986's own examples. */
#include "harness.h"
#include "util/url.h"

static mt_arena arena;

static void check(const char *base, const char *ref, const char *expect)
{
    char *got = mt_url_resolve(&arena, base, ref, strlen(ref));
    harness_current = ref;
    CHECK_STR(got, expect);
}

static void test_rfc3986_examples(void)
{
    const char *b = "http://a/b/c/d;p?q";
    check(b, "g:h", "g:h");
    check(b, "g", "http://a/b/c/g");
    check(b, "./g", "http://a/b/c/g");
    check(b, "g/", "http://a/b/c/g/");
    check(b, "/g", "http://a/g");
    check(b, "//g", "http://g");
    check(b, "?y", "http://a/b/c/d;p?y");
    check(b, "g?y", "http://a/b/c/g?y");
    check(b, "#s", "http://a/b/c/d;p?q#s");
    check(b, "g#s", "http://a/b/c/g#s");
    check(b, ";x", "http://a/b/c/;x");
    check(b, "", "http://a/b/c/d;p?q");
    check(b, ".", "http://a/b/c/");
    check(b, "./", "http://a/b/c/");
    check(b, "..", "http://a/b/");
    check(b, "../", "http://a/b/");
    check(b, "../g", "http://a/b/g");
    check(b, "../..", "http://a/");
    check(b, "../../g", "http://a/g");
    check(b, "../../../g", "http://a/g");
    check(b, "/./g", "http://a/g");
    check(b, "/../g", "http://a/g");
    check(b, "g.", "http://a/b/c/g.");
    check(b, "g..", "http://a/b/c/g..");
    check(b, "./../g", "http://a/b/g");
    check(b, "g/./h", "http://a/b/c/g/h");
    check(b, "g/../h", "http://a/b/c/h");
    check(b, "g?y/./x", "http://a/b/c/g?y/./x");
}

static void test_page_cases(void)
{
    check("https://example.org", "img/a.png", "https://example.org/img/a.png");
    check("https://example.org/news/", "  story.html \n", "https://example.org/news/story.html");
    check(NULL, "story.html", "story.html");
    check("not a url", "/x", "/x");
    check("https://example.org/a", "mailto:x@example.org", "mailto:x@example.org");
}

/* Spaces and control bytes inside a URL are written %XX and tabs and line
 * breaks dropped, as browsers do, resolved or not; the rest stands. */
static void test_cleaning(void)
{
    const char *b = "http://media.example/photos/";
    check(b, "Admirals_Mackenzie Render.jpg?size=s",
          "http://media.example/photos/Admirals_Mackenzie%20Render.jpg?size=s");
    check(NULL, "mailto:desk@example.org?subject=Court rules", "mailto:desk@example.org?subject=Court%20rules");
    check(b, "/a\n/b\tc.html", "http://media.example/a/bc.html");
    check(b, "x\x01y\x7f", "http://media.example/photos/x%01y%7F");
    check(NULL, "  https://example.org/caf\xc3\xa9 \n", "https://example.org/caf\xc3\xa9");
    check(b, "plain.html", "http://media.example/photos/plain.html");
}

int main(void)
{
    mt_arena_init(&arena, NULL, 0, 0);
    RUN(test_rfc3986_examples);
    RUN(test_page_cases);
    RUN(test_cleaning);
    mt_arena_release(&arena);
    return harness_finish();
}
