/* walk.h -- the inputs of a run, a directory among them replaced by the
 * files under it: read recursively, in byte order of the names at each
 * level, hidden entries (a name that starts with '.') passed over,
 * symbolic links to directories not followed, nor a directory that is
 * one of those it is in (a bind mount of a folder inside itself), at most
 * CLI_WALK_MAX_DEPTH levels down. A directory that cannot be read
 * stays in the list as an entry that says why, so that the batch tells it
 * in its place and counts it as an input error instead of losing it. */
#ifndef MT_CLI_WALK_H
#define MT_CLI_WALK_H

#include <stddef.h>

/* How many levels of directories are read below one named as an input:
 * far more than any real tree has, few enough that a generated one
 * cannot take the stack or make paths longer than a system accepts. */
#define CLI_WALK_MAX_DEPTH 64

/* The most inputs one run holds (each costs an entry and its path). */
#define CLI_WALK_MAX_ENTRIES ((size_t)1 << 24)

/* `err` of a directory deeper than CLI_WALK_MAX_DEPTH, and of one met
 * again inside itself (not errno values). */
#define CLI_WALK_TOO_DEEP (-1)
#define CLI_WALK_LOOP (-2)
#define CLI_WALK_EMPTY (-3)     /* a directory named with no file under it */

typedef struct cli_entry {
    const char *path;     /* what is read ("-": standard input) */
    const char *rel;      /* its name below the directory it was found in
                           * (a suffix of path); a file named itself: its
                           * base name; standard input: "stdin" */
    int err;              /* 0, or why this directory was not read: an
                           * errno value, CLI_WALK_TOO_DEEP, CLI_WALK_LOOP
                           * or CLI_WALK_EMPTY; or, with an output file,
                           * why a file was missing when the run began
                           * (outdir.h) */
    int found;            /* found in a directory (path is then owned) */
    char *out_path;       /* --output-dir: the file its output goes to
                           * (malloc'd; see outdir.h), else NULL */
    const char *clash;    /* --output-dir: the earlier input whose output
                           * file this one's would be, else NULL */
    const char *blocker;  /* --output-dir: an input whose output file would
                           * be under this one's, which would then have to
                           * be a directory; else NULL */
    int out_err;          /* --output-dir: why its output file cannot be
                           * made whatever is on disk (ENAMETOOLONG), or 0 */
} cli_entry;

/* Whether an entry is told instead of read: a directory not read, or under
 * --output-dir an input whose output file cannot be its own. */
static inline int cli_entry_left_out(const cli_entry *en)
{
    return en->err || en->clash || en->blocker || en->out_err;
}

typedef struct cli_entries {
    cli_entry *v;         /* malloc'd, n used of cap */
    size_t n, cap;
    int from_dir;         /* some input was a directory */
} cli_entries;

/* Builds `e` from the inputs' names (borrowed: they must outlive `e`),
 * each directory replaced by what is under it in its place. Returns 0, or
 * ENOMEM or E2BIG (more than CLI_WALK_MAX_ENTRIES inputs); `e` is then
 * empty. */
int cli_walk_inputs(char *const *names, size_t n, cli_entries *e);

/* "dir/name.ext" (malloc'd; NULL when memory runs out): the first
 * `name_len` bytes of `name`, no second '/' when `dir` ends with one, no
 * extension when `ext` is NULL. */
char *cli_join_path(const char *dir, const char *name, size_t name_len, const char *ext);

/* The message for an entry's `err`. */
const char *cli_walk_error(int err);

/* Frees the entries, the paths found in directories and the out paths. */
void cli_entries_free(cli_entries *e);

#endif
