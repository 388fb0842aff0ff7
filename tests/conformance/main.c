/* main.c -- html5lib-conformance: runs the html5lib test suites against our
 * tokenizer and tree builder and prints one summary line per suite:
 *
 *     tokenizer: N passed, M failed
 *     tree-construction: N passed, M failed
 *
 * Usage: html5lib-conformance [-v] [-s SUITE] HTML5LIB_TESTS_DIR
 * Each failure is listed (file, index and reason) on stderr before the
 * summary. Exit status: 0 when every suite meets its bar, 1 when one does
 * not, 77 (ctest's "skipped") when the directory does not exist. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "conformance/conformance.h"

typedef struct suite {
    const char *name;
    conformance_suite_fn run;
    double required_pass_rate;   /* the bar the issue sets */
} suite;

static const suite suites[] = {
    { "tokenizer", conformance_tokenizer, 1.0 },
    { "tree-construction", conformance_tree_construction, 0.95 },
    { "encoding", conformance_encoding, 1.0 },
};

int main(int argc, char **argv)
{
    int verbose = 0;
    const char *only = NULL, *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else if (!strcmp(argv[i], "-s") && i + 1 < argc)
            only = argv[++i];
        else
            dir = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: html5lib-conformance [-v] [-s SUITE] HTML5LIB_TESTS_DIR\n");
        return 2;
    }
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        printf("html5lib-conformance: %s not found (no ../shared beside the checkout); skipped\n", dir);
        return 77;
    }
    int status = 0;
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++) {
        const suite *s = &suites[i];
        if (only && strcmp(only, s->name))
            continue;
        conformance_result r = { 0, 0 };
        if (s->run(dir, stderr, verbose, &r) != 0) {
            printf("%s: could not read the suite under %s\n", s->name, dir);
            status = 1;
            continue;
        }
        printf("%s: %d passed, %d failed\n", s->name, r.passed, r.failed);
        int total = r.passed + r.failed;
        if (total == 0 || (double)r.passed < s->required_pass_rate * total) {
            printf("%s: below the required pass rate of %.0f%%\n", s->name,
                   s->required_pass_rate * 100);
            status = 1;
        }
    }
    return status;
}
