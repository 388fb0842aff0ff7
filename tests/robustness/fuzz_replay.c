/* fuzz_replay.c -- runs a libFuzzer harness (fuzz/fuzz_*.c) on files, so
 * the seeds and the inputs that once were findings (fuzz/regressions/) are
 * replayed by every `make test` and, under the sanitizers, `make asan`,
 * with any compiler and without libFuzzer.
 *
 *     replay-NAME FILE_OR_DIR...
 *
 * A harness reports a broken promise by aborting, so reaching the end is
 * the pass. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t replayed;

static int replay_file(const char *path)
{
    size_t len = 0;
    harness_current = path;
    char *data = harness_read_file(path, &len);
    if (!data) {
        perror(path);
        return -1;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, len);
    free(data);
    replayed++;
    return 0;
}

static int replay(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return replay_file(path);
    DIR *d = opendir(path);
    if (!d) {
        perror(path);
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char sub[4096];
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        rc |= replay(sub);
    }
    closedir(d);
    return rc;
}

int main(int argc, char **argv)
{
    int rc = 0;
    for (int i = 1; i < argc; i++)
        rc |= replay(argv[i]);
    printf("%zu inputs replayed\n", replayed);
    return rc || replayed == 0;
}
