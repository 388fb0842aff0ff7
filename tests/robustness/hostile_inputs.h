/* hostile_inputs.h -- pages made to hurt a parser and an extractor: extreme
 * nesting, huge attributes and text nodes, unterminated raw-text elements,
 * NULs, random bytes, truncated encodings, floods of one element.
 *
 * Each is generated (nothing hostile is committed), deterministically: the
 * random ones come from a fixed seed. test_hostile.c runs them through the
 * public API, write_hostile.c writes them to files for the command's test. */
#ifndef MT_TESTS_HOSTILE_INPUTS_H
#define MT_TESTS_HOSTILE_INPUTS_H

#include <stddef.h>

/* The sizes the inputs are built with; the tests check against them. */
enum {
    HOSTILE_DEPTH = 100000,               /* nesting levels */
    HOSTILE_ATTRIBUTE_BYTES = 10 << 20,   /* one attribute value */
    HOSTILE_TEXT_BYTES = 1 << 20,         /* one text node, one raw-text body */
    HOSTILE_ATTRIBUTES = 100000,          /* attributes on one element */
    HOSTILE_BREAKS = 1000000,             /* <br> elements */
    HOSTILE_PARAGRAPHS = 50000,           /* sibling paragraphs */
    HOSTILE_COMMENTS = 200000,            /* empty comments in a row */
    HOSTILE_REOPENED = 1000,              /* paragraphs reopening formatting */
    HOSTILE_HEADINGS = 500000,            /* empty headings after a story */
    HOSTILE_TEASER_BOXES = 20000,         /* boxes of teaser cards after a story */
    HOSTILE_CODE_SIBLINGS = 100000,       /* code boxes and cells after many comments */
    HOSTILE_CANONICAL_BYTES = 64 << 10,   /* a page's canonical URL */
    HOSTILE_URL_REFS = 4096,              /* relative links, and images, under it */
    HOSTILE_TABLE_COLUMNS = 1000,         /* header cells of a table ... */
    HOSTILE_TABLE_ROWS = 60000,           /* ... above rows of one cell */
    HOSTILE_RANDOM_BYTES = 1 << 20,
    HOSTILE_BINARY_BYTES = 20000,         /* binary-page: a file of binary data */
    HOSTILE_SELECT_LEVELS = 12,           /* templates in options, nested */
    HOSTILE_OPTION_BYTES = 64 << 10,      /* text of one selected option ... */
    HOSTILE_SELECTEDCONTENTS = 1000,      /* ... and <selectedcontent>s after it */
    HOSTILE_SELECT_ATTRIBUTES = 1000,     /* attributes of a select ... */
    HOSTILE_OPTIONS = 20000               /* ... and its options */
};

/* The default mt_parse_options.max_input_size: 64 MiB. */
#define HOSTILE_MAX_INPUT ((size_t)64 << 20)

typedef struct hostile_input {
    const char *name;
    /* Returns a malloc'd page (NUL-terminated, though it may hold NULs) and
     * its length, or NULL when memory ran out. */
    char *(*make)(size_t *len);
} hostile_input;

extern const hostile_input hostile_inputs[];
extern const size_t hostile_input_count;

/* Looks an input up by name; NULL when there is none. */
const hostile_input *hostile_find(const char *name);

/* The sentence every generated page carries as its one real paragraph (in
 * the pages that have one), so a test can check it survives. */
#define HOSTILE_SENTENCE "The harbour master counted forty boats leaving before dawn, " \
    "most of them bound for the fishing grounds beyond the northern reef."

#endif
