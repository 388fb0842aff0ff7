/* test_url.c -- reference resolution, with RFC 3986's own examples. */
#include "harness.h"
#include "maintext.h"
#include "util/url.h"
#include "util/utf8.h"

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
    /* a tab or line break inside the scheme goes before the URL is read:
     * the reference is no relative path */
    check(b, "ht\ntp://example.com/x", "http://example.com/x");
    check(b, "java\tscript:alert(1)", "javascript:alert(1)");
    CHECK(mt_url_is_absolute("ht\ttp://example.com/", 20));
    CHECK(!mt_url_is_absolute("x\t/y:z", 6));
}

/* Bytes that are not part of valid UTF-8 (a page's address in Latin-1, or
 * cut in a character) are written %XX too, so every URL handed out is
 * UTF-8; valid UTF-8 beyond ASCII stands. */
static void test_invalid_utf8(void)
{
    const char *b = "http://example.org/caf\xe9/\xff\xc3";
    check(b, "x.html", "http://example.org/caf%E9/x.html");
    check(b, "#top", "http://example.org/caf%E9/%FF%C3#top");
    check(NULL, "http://example.org/\xc3\xa9\xc3 \xe2\x82", "http://example.org/\xc3\xa9%C3%20%E2%82");
    check(NULL, "/\xed\xa0\x80\xf4\x90\x80\x80\xc0\xaf",
          "/%ED%A0%80%F4%90%80%80%C0%AF");          /* a surrogate, past U+10FFFF, overlong */
    check(NULL, "/\xef\xbf\xbd\xf0\x9f\x98\x80", "/\xef\xbf\xbd\xf0\x9f\x98\x80");
}

static int is_utf8(const char *s)
{
    return !s || mt_utf8_valid_prefix(s, strlen(s)) == strlen(s);
}

/* The page's address given to mt_extract as it came, not UTF-8: what the
 * result holds of it (its URL, links and images resolved against it) is
 * UTF-8, as maintext.h says all text handed out is. */
static void test_extract_with_invalid_url(void)
{
    static const char page[] =
        "<title>Flood</title><article><h1>Flood</h1>"
        "<p>The river rose all night, and by morning the <a href='streets.html'>lower streets</a> "
        "were under water, the shops closed and the bridge was shut.</p>"
        "<img src='river.jpg' alt='The river'>"
        "<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals "
        "to higher ground; some stayed, others left for relatives inland.</p></article>";
    mt_options o;
    mt_options_default(&o);
    o.include |= MT_INCLUDE_LINKS | MT_INCLUDE_IMAGES;
    mt_extractor *ex = mt_extractor_new(&o, NULL);
    const mt_result *r = NULL;
    CHECK(ex && mt_extract(ex, page, sizeof page - 1, "http://ex\xff" "ample.org/n\xc3/a", &r) == MT_OK);
    if (!r) {
        mt_extractor_free(ex);
        return;
    }
    CHECK_STR(r->meta.url, "http://ex%FFample.org/n%C3/a");
    CHECK(is_utf8(r->meta.sitename));
    int links = 0, images = 0;
    for (size_t i = 0; i < r->nblocks; i++) {
        const mt_block *bl = &r->blocks[i];
        if (bl->type == MT_BLOCK_IMAGE) {
            CHECK_STR(bl->src, "http://ex%FFample.org/n%C3/river.jpg");
            images++;
        }
        for (size_t j = 0; j < bl->nspans; j++) {
            if (bl->spans[j].type != MT_SPAN_LINK)
                continue;
            CHECK_SLICE(bl->spans[j].href, bl->spans[j].href_len,
                        "http://ex%FFample.org/n%C3/streets.html");
            links++;
        }
    }
    CHECK(links == 1 && images == 1);
    mt_extractor_free(ex);
}

int main(void)
{
    mt_arena_init(&arena, NULL, 0, 0);
    RUN(test_rfc3986_examples);
    RUN(test_page_cases);
    RUN(test_cleaning);
    RUN(test_invalid_utf8);
    RUN(test_extract_with_invalid_url);
    mt_arena_release(&arena);
    return harness_finish();
}
