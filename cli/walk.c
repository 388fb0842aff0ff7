/* walk.c -- directories given as inputs, read into the files they hold
 * (see walk.h). The whole list is made before anything is extracted: the
 * order of the batch, the number of inputs and every output file's name
 * are then known at the start, whatever the number of threads. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "walk.h"

/* ======================================================================
 * The list
 * ====================================================================== */

/* Appends an entry; `path` is taken over when `found` (freed here when
 * the entry cannot be added). Returns 0, ENOMEM or E2BIG. */
static int add_entry(cli_entries *e, const char *path, int found, size_t rel_at, int err)
{
    int rc = 0;
    if (e->n >= CLI_WALK_MAX_ENTRIES) {
        rc = E2BIG;
    } else if (e->n == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 64;
        cli_entry *v = realloc(e->v, cap * sizeof *v);
        if (v) {
            e->v = v;
            e->cap = cap;
        } else {
            rc = ENOMEM;
        }
    }
    if (rc != 0) {
        if (found)
            free((char *)path);
        return rc;
    }
    e->v[e->n++] = (cli_entry){ path, path + rel_at, err, found, NULL, NULL, NULL, 0 };
    return 0;
}

char *cli_join_path(const char *dir, const char *name, size_t name_len, const char *ext)
{
    size_t dlen = strlen(dir), elen = ext ? strlen(ext) + 1 : 0;
    int slash = dlen && dir[dlen - 1] != '/';
    char *p = malloc(dlen + slash + name_len + elen + 1);
    if (!p)
        return NULL;
    memcpy(p, dir, dlen);
    if (slash)
        p[dlen] = '/';
    memcpy(p + dlen + slash, name, name_len);
    if (ext) {
        p[dlen + slash + name_len] = '.';
        memcpy(p + dlen + slash + name_len + 1, ext, elen - 1);
    }
    p[dlen + slash + name_len + elen] = '\0';
    return p;
}

/* An entry for a directory that was not read, with its own copy of the
 * path (the caller keeps its own). */
static int add_unread_dir(cli_entries *e, const char *dir, int err)
{
    char *copy = strdup(dir);
    if (!copy)
        return ENOMEM;
    return add_entry(e, copy, 1, 0, err);
}

/* ======================================================================
 * One directory
 * ====================================================================== */

static int by_bytes(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_names(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* The names in `dir` that are not hidden, sorted by their bytes (so the
 * order is the same on every system and in every locale), into *names
 * (malloc'd, each name too). Returns 0 or an errno value. */
static int list_dir(const char *dir, char ***names, size_t *count)
{
    *names = NULL;
    *count = 0;
    DIR *d = opendir(dir);
    if (!d)
        return errno;
    size_t cap = 0;
    int err = 0;
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (!de) {
            err = errno;
            break;
        }
        if (de->d_name[0] == '.')     /* ".", "..", hidden files, .git */
            continue;
        if (*count == cap) {
            size_t grown = cap ? cap * 2 : 16;
            char **v = *count >= CLI_WALK_MAX_ENTRIES ? NULL : realloc(*names, grown * sizeof *v);
            if (!v) {
                err = *count >= CLI_WALK_MAX_ENTRIES ? E2BIG : ENOMEM;
                break;
            }
            *names = v;
            cap = grown;
        }
        if (!((*names)[*count] = strdup(de->d_name))) {
            err = ENOMEM;
            break;
        }
        (*count)++;
    }
    closedir(d);
    if (err) {
        free_names(*names, *count);
        *names = NULL;
        *count = 0;
        return err;
    }
    if (*count)
        qsort(*names, *count, sizeof **names, by_bytes);
    return 0;
}

/* The directories a walk is in, from the one it reads up to the one
 * named as an input: what a directory met again is (by device and inode:
 * a bind mount shows a folder under another path). */
typedef struct dir_chain {
    dev_t dev;
    ino_t ino;
    const struct dir_chain *up;
} dir_chain;

static int walk_dir(cli_entries *e, const char *dir, const struct stat *st, size_t rel_at,
                    unsigned depth, const dir_chain *up);

/* What to do with `path`, found in a directory: a directory is read (not
 * through a symbolic link, which could make a loop), a regular file (or a
 * link to one) is an input, and a link whose target is gone is an input
 * too, so that reading it tells; devices, pipes and sockets hold no page
 * (and reading a pipe could wait for ever). Takes `path` over. */
static int take_found(cli_entries *e, char *path, size_t rel_at, unsigned depth,
                      const dir_chain *up)
{
    struct stat st;
    if (lstat(path, &st) != 0)      /* gone since it was listed: reading tells */
        return add_entry(e, path, 1, rel_at, 0);
    if (S_ISDIR(st.st_mode)) {
        int rc = walk_dir(e, path, &st, rel_at, depth + 1, up);
        free(path);
        return rc;
    }
    int taken = S_ISREG(st.st_mode);
    if (S_ISLNK(st.st_mode)) {
        struct stat target;
        taken = stat(path, &target) != 0 || S_ISREG(target.st_mode);
    }
    if (!taken) {
        free(path);
        return 0;
    }
    return add_entry(e, path, 1, rel_at, 0);
}

static int inside_itself(const struct stat *st, const dir_chain *up)
{
    for (; up; up = up->up)
        if (up->dev == st->st_dev && up->ino == st->st_ino)
            return 1;
    return 0;
}

/* Adds the files under `dir` (its stat in *st; depth levels below the
 * directory named as an input, `up` the ones it is in), their names in
 * the output directory starting at byte rel_at of their paths. Returns 0,
 * ENOMEM or E2BIG; a directory that cannot be read, is too deep or is met
 * again inside itself becomes an entry that says so. */
static int walk_dir(cli_entries *e, const char *dir, const struct stat *st, size_t rel_at,
                    unsigned depth, const dir_chain *up)
{
    if (depth > CLI_WALK_MAX_DEPTH)
        return add_unread_dir(e, dir, CLI_WALK_TOO_DEEP);
    if (inside_itself(st, up))
        return add_unread_dir(e, dir, CLI_WALK_LOOP);
    const dir_chain here = { st->st_dev, st->st_ino, up };
    char **names;
    size_t count;
    int err = list_dir(dir, &names, &count);
    if (err == ENOMEM || err == E2BIG)
        return err;
    if (err)
        return add_unread_dir(e, dir, err);
    int rc = 0;
    for (size_t i = 0; i < count && rc == 0; i++) {
        char *path = cli_join_path(dir, names[i], strlen(names[i]), NULL);
        rc = path ? take_found(e, path, rel_at, depth, &here) : ENOMEM;
    }
    free_names(names, count);
    return rc;
}

/* ======================================================================
 * The inputs
 * ====================================================================== */

static size_t base_name_at(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? (size_t)(slash + 1 - path) : 0;
}

/* One named input: standard input, a directory (what is under it; a link
 * to a directory named by the user is followed, as a shell would), or a
 * file (or what cannot be read: reading it tells). */
static int add_named(cli_entries *e, const char *name)
{
    struct stat st;
    if (strcmp(name, "-") == 0) {
        int rc = add_entry(e, name, 0, 0, 0);
        if (rc == 0)
            e->v[e->n - 1].rel = "stdin";
        return rc;
    }
    if (stat(name, &st) != 0 || !S_ISDIR(st.st_mode))
        return add_entry(e, name, 0, base_name_at(name), 0);
    e->from_dir = 1;
    size_t len = strlen(name), before = e->n;
    int rc = walk_dir(e, name, &st, len + (len && name[len - 1] != '/'), 0, NULL);
    /* a directory named with nothing under it is told, not passed over
     * without a word */
    if (rc == 0 && e->n == before)
        rc = add_unread_dir(e, name, CLI_WALK_EMPTY);
    return rc;
}

int cli_walk_inputs(char *const *names, size_t n, cli_entries *e)
{
    memset(e, 0, sizeof *e);
    for (size_t i = 0; i < n; i++) {
        int rc = add_named(e, names[i]);
        if (rc != 0) {
            cli_entries_free(e);
            return rc;
        }
    }
    return 0;
}

#define WALK_STR_(x) #x
#define WALK_STR(x) WALK_STR_(x)

const char *cli_walk_error(int err)
{
    if (err == CLI_WALK_TOO_DEEP)
        return "more than " WALK_STR(CLI_WALK_MAX_DEPTH) " levels of directories down: not read";
    if (err == CLI_WALK_LOOP)
        return "the directory is one of those it is in (a bind mount?): not read again";
    if (err == CLI_WALK_EMPTY)
        return "no file under it (hidden ones are left out)";
    return strerror(err);
}

void cli_entries_free(cli_entries *e)
{
    for (size_t i = 0; i < e->n; i++) {
        if (e->v[i].found)
            free((char *)e->v[i].path);
        free(e->v[i].out_path);
    }
    free(e->v);
    memset(e, 0, sizeof *e);
}
