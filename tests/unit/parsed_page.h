/* parsed_page.h -- reading a parsed page in the DOM tests
 * (tests/unit/test_serialize.c, test_shadow.c). */
#ifndef MT_TESTS_PARSED_PAGE_H
#define MT_TESTS_PARSED_PAGE_H

#include "harness.h"
#include "dom/dom.h"

/* The first HTML element `tag` of the document in tree order, or NULL. */
static inline const mt_node *first_of_tag(const mt_document *doc, mt_tag tag)
{
    for (const mt_node *n = doc->root; n; n = mt_dom_following(n, doc->root))
        if (mt_dom_is_html(n, tag))
            return n;
    return NULL;
}

/* Checks that the children of <body>, serialized, are `expect`. */
static inline void check_body_html(const mt_document *doc, const char *expect)
{
    size_t len;
    mt_status st;
    char *out = mt_serialize(doc, first_of_tag(doc, MT_TAG_BODY), 0, &len, &st);
    CHECK_INT(st, MT_OK);
    CHECK_SLICE(out, len, expect);
    CHECK(out && out[len] == '\0');
    mt_free(NULL, out);
}

#endif
