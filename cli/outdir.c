/* outdir.c -- output file names under --output-dir, and the checks made
 * before anything is written (see outdir.h). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "outdir.h"

/* ======================================================================
 * Names
 * ====================================================================== */

const char *cli_format_extension(mt_format format)
{
    switch (format) {
    case MT_FORMAT_TEXT: return "txt";
    case MT_FORMAT_MARKDOWN: return "md";
    case MT_FORMAT_HTML: return "html";
    case MT_FORMAT_JSON: return "json";
    case MT_FORMAT_XML: return "xml";
    case MT_FORMAT_TEI: return "tei.xml";    /* XML tools know it, and apart from xml's */
    case MT_FORMAT_CSV: return "csv";
    }
    return "out";
}

/* How many bytes of `rel` stay when its extension goes: a last ".gz"
 * (crawl.warc.gz is a WARC) and then one ".ext" of the last component; a
 * name that starts with its only dot keeps it. */
static size_t stem_length(const char *rel)
{
    size_t len = strlen(rel);
    const char *base = strrchr(rel, '/');
    size_t start = base ? (size_t)(base + 1 - rel) : 0;
    if (len - start > 3 && memcmp(rel + len - 3, ".gz", 3) == 0)
        len -= 3;
    for (size_t i = len; i > start + 1; i--)
        if (rel[i - 1] == '.')
            return i - 1;
    return len;
}

/* Entries by output name, and then by their place in the batch, so the
 * first of those sharing a name comes first. */
static int by_output(const void *a, const void *b)
{
    const cli_entry *x = *(const cli_entry *const *)a, *y = *(const cli_entry *const *)b;
    int c = strcmp(x->out_path, y->out_path);
    return c ? c : (x < y ? -1 : x > y);
}

/* strcmp(s, dir + "/"), without making that string: where s stands
 * among the sorted names beside the names under the directory `dir`. */
static int compare_with_dir(const char *s, const char *dir, size_t dir_len)
{
    int c = strncmp(s, dir, dir_len);
    return c ? c : (unsigned char)s[dir_len] - (unsigned char)'/';
}

/* Some output file under `path` (sorted[0..k) by name), else NULL: the
 * names under a directory stand together, from the first not below
 * path + "/". */
static const cli_entry *first_under(cli_entry *const *sorted, size_t k, const char *path)
{
    size_t len = strlen(path), lo = 0, hi = k;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (compare_with_dir(sorted[mid]->out_path, path, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < k && strncmp(sorted[lo]->out_path, path, len) == 0 && sorted[lo]->out_path[len] == '/')
        return sorted[lo];
    return NULL;
}

/* Marks each entry whose out_path an earlier one has, and each whose
 * out_path other entries' files lie under (sorted: O(n log n) however many
 * inputs). Of a file and a directory wanting one name the file gives way,
 * whichever input comes first: the directory may hold many files, and
 * some file under it is always written, so the name is never free. */
static int mark_clashes(cli_entries *e)
{
    cli_entry **sorted = malloc((e->n ? e->n : 1) * sizeof *sorted);
    if (!sorted)
        return ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].out_path && !e->v[i].out_err)     /* (never written) */
            sorted[k++] = &e->v[i];
    if (k)
        qsort(sorted, k, sizeof *sorted, by_output);
    for (size_t i = 1, first = 0; i < k; i++) {
        if (strcmp(sorted[i]->out_path, sorted[first]->out_path) != 0) {
            first = i;
            continue;
        }
        sorted[i]->clash = sorted[first]->path;
    }
    for (size_t i = 0; i < k; i++) {
        const cli_entry *under = sorted[i]->clash ? NULL : first_under(sorted, k, sorted[i]->out_path);
        if (under)
            sorted[i]->blocker = under->path;
    }
    free(sorted);
    return 0;
}

/* ENAMETOOLONG when no system we run on makes a file of this name: its
 * last component (the input's own, which may be the longest a name can
 * be, with a longer extension) or the whole path too long; else 0. Found
 * before anything is written, so that one such input is told in its
 * place instead of stopping the run as an output error. */
static int name_too_long(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *last = slash ? slash + 1 : path;
    return strlen(last) > NAME_MAX || strlen(path) >= PATH_MAX ? ENAMETOOLONG : 0;
}

int cli_plan_outputs(const char *dir, mt_format format, cli_entries *e)
{
    const char *ext = cli_format_extension(format);
    for (size_t i = 0; i < e->n; i++) {
        if (e->v[i].err)
            continue;
        const char *rel = e->v[i].rel;
        e->v[i].out_path = cli_join_path(dir, rel, stem_length(rel), ext);
        if (!e->v[i].out_path)
            return ENOMEM;
        e->v[i].out_err = name_too_long(e->v[i].out_path);
    }
    return mark_clashes(e);
}

/* ======================================================================
 * Outputs that are inputs
 * ====================================================================== */

typedef struct file_id {
    dev_t dev;
    ino_t ino;
} file_id;

static int by_id(const void *a, const void *b)
{
    const file_id *x = a, *y = b;
    if (x->dev != y->dev)
        return x->dev < y->dev ? -1 : 1;
    return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* Whether the existing file `path` is one of the sorted ids. */
static int among(const file_id *ids, size_t n, const char *path)
{
    struct stat st;
    if (!n || stat(path, &st) != 0)
        return 0;
    file_id key = { st.st_dev, st.st_ino };
    return bsearch(&key, ids, n, sizeof *ids, by_id) != NULL;
}

/* The directory a path names its file in (by device and inode) and the
 * file's name there: paths equal in both name one file, whether it exists
 * yet or not ("new.txt" and "./sub/../new.txt"). Returns 0, or -1 when
 * that directory cannot be found. */
static int file_place(const char *path, file_id *dir, const char **name)
{
    const char *slash = strrchr(path, '/');
    *name = slash ? slash + 1 : path;
    char *parent = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : NULL;
    struct stat st;
    int ok = (slash ? parent && stat(parent, &st) == 0 : stat(".", &st) == 0);
    free(parent);
    if (!ok)
        return -1;
    *dir = (file_id){ st.st_dev, st.st_ino };
    return 0;
}

/* Whether two paths of files that do not exist name the same one. */
static int same_missing_file(const char *a, const char *b)
{
    file_id da, db;
    const char *na, *nb;
    return file_place(a, &da, &na) == 0 && file_place(b, &db, &nb) == 0 && by_id(&da, &db) == 0 &&
           strcmp(na, nb) == 0;
}

int cli_output_is_an_input(cli_entries *e, const char *list, const char *output,
                           const char **which)
{
    file_id *ids = malloc((e->n + 1) * sizeof *ids);
    if (!ids)
        return ENOMEM;
    size_t n = 0;
    struct stat st;
    int found = 0;
    int output_missing = output && stat(output, &st) != 0;
    for (size_t i = 0; i < e->n; i++) {
        cli_entry *en = &e->v[i];
        if (en->err || strcmp(en->path, "-") == 0)
            continue;
        if (stat(en->path, &st) == 0) {
            ids[n++] = (file_id){ st.st_dev, st.st_ino };
            continue;
        }
        /* missing now, it could be one of the run's own outputs when its
         * turn comes: told as missing then, never read */
        en->err = errno ? errno : ENOENT;
        if (output_missing && same_missing_file(en->path, output))
            found = 1;
    }
    if (list && strcmp(list, "-") != 0 && stat(list, &st) == 0)
        ids[n++] = (file_id){ st.st_dev, st.st_ino };
    if (n)
        qsort(ids, n, sizeof *ids, by_id);
    if (output) {
        found = found || among(ids, n, output);
        *which = output;
    }
    for (size_t i = 0; !output && !found && i < e->n; i++) {
        found = e->v[i].out_path && among(ids, n, e->v[i].out_path);
        *which = e->v[i].out_path;
    }
    free(ids);
    return found;
}

/* ======================================================================
 * Directories
 * ====================================================================== */

/* mkdir, where one that is there already is no error. */
static int make_dir(const char *path)
{
    if (mkdir(path, 0777) == 0)
        return 0;
    int err = errno;
    struct stat st;
    if (err != EEXIST)
        return err;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
}

int cli_make_dirs(char *path, int whole)
{
    size_t len = strlen(path);
    for (size_t i = 1; i < len; i++) {
        if (path[i] != '/' || path[i - 1] == '/')
            continue;
        path[i] = '\0';
        int err = make_dir(path);
        path[i] = '/';
        if (err)
            return err;
    }
    return whole ? make_dir(path) : 0;     /* "" is no directory: ENOENT, as -o "" */
}
