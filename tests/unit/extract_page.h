/* extract_page.h -- what the extractor keeps of a small hand-made page, for
 * the tests of its rules (tests/unit/test_extract_*.c). */
#ifndef MT_TESTS_EXTRACT_PAGE_H
#define MT_TESTS_EXTRACT_PAGE_H

#include <string.h>
#include "maintext.h"

/* A site menu: four links, boilerplate on every page. */
#define PAGE_NAV "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>" \
                 "<li><a href='/sport'>Sport</a></li><li><a href='/about'>About us</a></li></ul></nav>"

/* The opening of the story the test pages tell: three paragraphs of running
 * text. */
#define STORY_OPENING \
    "<p>The river rose all night, and by morning the lower streets were under water, " \
    "the shops closed, the buses stopped, and the bridge was shut.</p>" \
    "<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals " \
    "to higher ground; some stayed, others left for relatives inland.</p>" \
    "<p>The council said, late on Wednesday, that pumps would run until the level " \
    "fell, and that schools, libraries and the market would stay shut.</p>"

/* The text of `html` (blocks joined by newlines) in `out`, extracted with
 * `opts` (NULL: the defaults): the kept text, or with `comments` the user
 * comments; "" when there is none or extraction fails. Returns what
 * mt_extract (or mt_extractor_new) returned. */
static inline mt_status extract_status(const char *html, const mt_options *opts, int comments,
                                       char *out, size_t cap)
{
    out[0] = '\0';
    mt_status st;
    mt_extractor *ex = mt_extractor_new(opts, &st);
    if (!ex)
        return st;
    const mt_result *r = NULL;
    if ((st = mt_extract(ex, html, strlen(html), NULL, &r)) == MT_OK && r) {
        const mt_block *b = comments ? r->comments : r->blocks;
        size_t nb = comments ? r->ncomments : r->nblocks, n = 0;
        for (size_t i = 0; i < nb && n + b[i].text_len + 2 < cap; i++) {
            memcpy(out + n, b[i].text, b[i].text_len);
            n += b[i].text_len;
            out[n++] = '\n';
        }
        out[n] = '\0';
    }
    mt_extractor_free(ex);
    return st;
}

/* extract_status's text alone. */
static inline const char *extract_with(const char *html, const mt_options *opts, int comments,
                                       char *out, size_t cap)
{
    extract_status(html, opts, comments, out, cap);
    return out;
}

/* The kept text of `html` (blocks joined by newlines) in `out`; "" when
 * nothing is kept or extraction fails. */
static inline const char *extract_page(const char *html, char *out, size_t cap)
{
    return extract_with(html, NULL, 0, out, cap);
}

/* The user comments of `html` (MT_INCLUDE_COMMENTS) in `out`, as above. */
static inline const char *extract_comments(const char *html, char *out, size_t cap)
{
    mt_options opts;
    mt_options_default(&opts);
    opts.include |= MT_INCLUDE_COMMENTS;
    return extract_with(html, &opts, 1, out, cap);
}

/* Whether the kept text holds `needle`. */
static inline int kept(const char *text, const char *needle)
{
    return strstr(text, needle) != NULL;
}

#endif
