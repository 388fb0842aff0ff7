/* conformance.h -- the html5lib suites the conformance runner knows. */
#ifndef MT_TESTS_CONFORMANCE_H
#define MT_TESTS_CONFORMANCE_H

#include <stdio.h>

typedef struct conformance_result {
    int passed;
    int failed;
} conformance_result;

/* Each suite reads its folder under the html5lib-tests root `dir`, runs
 * every test, writes one line per failure to `log` ("file #index: reason",
 * with the input and the difference when `verbose`), and fills `out`.
 * Returns 0, or -1 when the suite's files could not be read at all. */
typedef int (*conformance_suite_fn)(const char *dir, FILE *log, int verbose,
                                    conformance_result *out);

int conformance_tokenizer(const char *dir, FILE *log, int verbose, conformance_result *out);
int conformance_tree_construction(const char *dir, FILE *log, int verbose, conformance_result *out);
int conformance_encoding(const char *dir, FILE *log, int verbose, conformance_result *out);

/* Shared helpers (util.c). */
char *conformance_read_file(const char *path, size_t *len);
/* The names of the files in `dir` ending in `suffix`, sorted; NULL-ended,
 * free with conformance_free_list. */
char **conformance_list_files(const char *dir, const char *suffix);
void conformance_free_list(char **list);

#endif
