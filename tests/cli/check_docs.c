/* check_docs.c -- the option table (cli/options.c), --help and the man page
 * (docs/maintext.1) must agree: every option of the table is in both, and
 * neither names an option the table does not have. Also: --help fits in 80
 * columns.
 *
 * Usage: check-docs docs/maintext.1 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "options.h"

static const char *man_path;
static char *man;

static char *help_text(void)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    cli_print_help(f);
    fclose(f);
    return buf;
}

static int is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* ---------------------------------------------------------------- --help */

static void test_help_lists_every_option(void)
{
    char *help = help_text();
    CHECK(help != NULL);
    if (!help)
        return;
    for (size_t i = 0; i < cli_option_count; i++) {
        const cli_option *o = &cli_options[i];
        char want[64];
        snprintf(want, sizeof want, "--%s%s", o->long_name, o->arg ? " " : "");
        if (!strstr(help, want)) {
            CHECK(!"option missing from --help");
            fprintf(stderr, "  --help lacks %s\n", want);
        }
        if (o->short_name) {
            snprintf(want, sizeof want, "-%c, --%s", o->short_name, o->long_name);
            if (!strstr(help, want)) {
                CHECK(!"short option missing from --help");
                fprintf(stderr, "  --help lacks %s\n", want);
            }
        }
    }
    free(help);
}

static void test_help_names_no_other_option(void)
{
    char *help = help_text();
    if (!help)
        return;
    for (const char *p = strstr(help, "--"); p; p = strstr(p + 2, "--")) {
        size_t n = 0;
        while (is_name_char(p[2 + n]) || (n && p[2 + n] == '-'))
            n++;
        CHECK(n > 0 && cli_find_long(p + 2, n) != NULL);
        if (!n || !cli_find_long(p + 2, n))
            fprintf(stderr, "  --help names '--%.*s', which is not in the table\n", (int)n, p + 2);
    }
    /* Short options appear as "  -X, --". */
    for (const char *p = strstr(help, "\n  -"); p; p = strstr(p + 1, "\n  -")) {
        if (p[4] != ',')
            continue;
        CHECK(cli_find_short(p[3]) != NULL);
    }
    free(help);
}

static void test_help_fits_80_columns(void)
{
    char *help = help_text();
    if (!help)
        return;
    size_t col = 0;
    for (const char *p = help; *p; p++) {
        col = *p == '\n' ? 0 : col + 1;
        CHECK(col <= 80);
        if (col == 81)
            fprintf(stderr, "  --help line too long: %.40s...\n", p - 80);
    }
    free(help);
}

/* ---------------------------------------------------------------- man page */

/* "\-\-min\-length" in roff is --min-length: reads a long name at p (just
 * past "\-\-") into out; returns its length. */
static size_t roff_name(const char *p, char *out, size_t cap)
{
    size_t n = 0;
    while (n + 1 < cap) {
        if (is_name_char(*p)) {
            out[n++] = *p++;
        } else if (n && p[0] == '\\' && p[1] == '-' && is_name_char(p[2])) {
            out[n++] = '-';
            p += 2;
        } else {
            break;
        }
    }
    out[n] = '\0';
    return n;
}

static void test_man_page_describes_every_option(void)
{
    for (size_t i = 0; i < cli_option_count; i++) {
        const cli_option *o = &cli_options[i];
        char want[96], name[64];
        size_t k = 0;
        for (const char *s = o->long_name; *s && k + 3 < sizeof name; s++) {
            if (*s == '-')
                name[k++] = '\\';
            name[k++] = *s;
        }
        name[k] = '\0';
        /* Each option heads a .TP entry: "\fB\-\-name\fR" at a line start. */
        snprintf(want, sizeof want, "\\fB\\-\\-%s\\fR", name);
        if (!strstr(man, want)) {
            CHECK(!"option missing from the man page");
            fprintf(stderr, "  %s lacks %s\n", man_path, want);
        }
        if (o->short_name) {
            snprintf(want, sizeof want, "\n\\fB\\-%c\\fR, \\fB\\-\\-%s\\fR", o->short_name, name);
            if (!strstr(man, want)) {
                CHECK(!"short option missing from the man page");
                fprintf(stderr, "  %s lacks %s\n", man_path, want + 1);
            }
        }
    }
}

static void test_man_page_names_no_other_option(void)
{
    for (const char *p = strstr(man, "\\-\\-"); p; p = strstr(p + 4, "\\-\\-")) {
        char name[64];
        size_t n = roff_name(p + 4, name, sizeof name);
        if (!n)
            continue;                 /* "\-\-" alone, or "\-\-\-" */
        CHECK(cli_find_long(name, n) != NULL);
        if (!cli_find_long(name, n))
            fprintf(stderr, "  %s names '--%s', which is not in the table\n", man_path, name);
    }
    for (const char *p = strstr(man, "\\fB\\-"); p; p = strstr(p + 5, "\\fB\\-")) {
        char c = p[5];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) || strncmp(p + 6, "\\fR", 3) != 0)
            continue;
        CHECK(cli_find_short(c) != NULL);
        if (!cli_find_short(c))
            fprintf(stderr, "  %s names '-%c', which is not in the table\n", man_path, c);
    }
}

static void test_man_page_documents_exit_codes(void)
{
    static const char *const codes[] = { "\n.B 0\n", "\n.B 1\n", "\n.B 2\n", "\n.B 3\n",
                                         "\n.B 4\n" };
    const char *section = strstr(man, ".SH EXIT STATUS");
    CHECK(section != NULL);
    for (size_t i = 0; section && i < sizeof codes / sizeof *codes; i++)
        CHECK(strstr(section, codes[i]) != NULL);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: check-docs MAN_PAGE\n");
        return 2;
    }
    man_path = argv[1];
    man = harness_read_file(man_path, NULL);
    if (!man) {
        fprintf(stderr, "check-docs: cannot read %s\n", man_path);
        return 1;
    }
    RUN(test_help_lists_every_option);
    RUN(test_help_names_no_other_option);
    RUN(test_help_fits_80_columns);
    RUN(test_man_page_describes_every_option);
    RUN(test_man_page_names_no_other_option);
    RUN(test_man_page_documents_exit_codes);
    free(man);
    return harness_finish();
}
