/* mojibake_check.c -- every dev-corpus page that maintext reads in an
 * encoding other than UTF-8 (declared or detected) is parsed, and the text
 * of its document (text nodes outside script, style and template) is
 * searched for U+FFFD and the marks of a wrong decoding: UTF-8 read as
 * windows-1252 ("Ã©", "Ã¤", "â€™", "Â "), Cyrillic UTF-8 read as Latin-1
 * ("Ð¾", "Ñ\x81"). A page where they make up more than 0.5% of the
 * characters is reported with its counts and a sample, and fails the check
 * unless the allowlist names it with a reason (e.g. the page holds mojibake
 * as it was served).
 *
 * Usage: mojibake_check SHARED_DIR ALLOWLIST [CORPUS_DIR]
 * Exit status: 0 clean, 1 unexplained pages, 77 (skipped) without the
 * shared folder or the corpus. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "maintext.h"
#include "util/utf8.h"

#define THRESHOLD_PER_MILLE 5

typedef struct text {
    char *p;
    size_t len, cap;
} text;

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(buf, (cap *= 2) + 1);
        if (!nb)
            free(buf);
        buf = nb;
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Text nodes outside script, style and template, concatenated. */
static void collect_text(const mt_document *doc, text *t)
{
    const mt_node *root = mt_document_root(doc);
    t->len = 0;
    for (const mt_node *n = root; n; n = mt_node_following(n, root)) {
        if (mt_node_get_type(n) != MT_NODE_TEXT)
            continue;
        const char *parent = mt_node_name(mt_node_parent(n), NULL);
        if (!strcmp(parent, "script") || !strcmp(parent, "style") || !strcmp(parent, "template"))
            continue;
        size_t len;
        const char *s = mt_node_text(n, &len);
        if (t->len + len + 1 > t->cap) {
            while (t->len + len + 1 > t->cap)
                t->cap = t->cap ? t->cap * 2 : 1 << 16;
            t->p = realloc(t->p, t->cap);
        }
        memcpy(t->p + t->len, s, len);
        t->len += len;
    }
    if (t->p)
        t->p[t->len] = '\0';
}

typedef struct census {
    size_t chars, replacement, mojibake;
    size_t first_bad;     /* byte offset of the first mark, for the sample */
} census;

/* A Latin-1 reading of a UTF-8 lead byte followed by one of a
 * continuation byte: "Ã" "Â" "Ð" "Ñ" then U+0080..U+00BF, or "â" then "€". */
static int is_mojibake_pair(uint32_t a, uint32_t b)
{
    if ((a == 0xC3 || a == 0xC2 || a == 0xD0 || a == 0xD1) && b >= 0x80 && b <= 0xBF)
        return 1;
    return a == 0xE2 && b == 0x20AC;
}

static census take_census(const text *t)
{
    census c = { 0, 0, 0, (size_t)-1 };
    const char *p = t->p, *end = t->p + t->len;
    uint32_t prev = 0;
    while (p < end) {
        size_t n;
        uint32_t cp = mt_utf8_decode(p, end, &n);
        c.chars++;
        int bad = cp == 0xFFFD;
        c.replacement += bad;
        if (is_mojibake_pair(prev, cp)) {
            c.mojibake++;
            bad = 1;
        }
        if (bad && c.first_bad == (size_t)-1)
            c.first_bad = (size_t)(p - t->p);
        prev = cp;
        p += n;
    }
    return c;
}

static int allowlisted(const char *allow, const char *id)
{
    size_t n = strlen(id);
    for (const char *p = allow; p && (p = strstr(p, id)); p += n)
        if ((p == allow || p[-1] == '\n') && (p[n] == ' ' || p[n] == '\t'))
            return 1;
    return 0;
}

/* The value of "key": "..." in a JSON line (the index has no escapes in
 * ids and paths). */
static int json_field(const char *line, const char *key, char *out, size_t cap)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\": \"", key);
    const char *p = strstr(line, pat);
    if (!p)
        return 0;
    p += strlen(pat);
    const char *q = strchr(p, '"');
    if (!q || (size_t)(q - p) >= cap)
        return 0;
    memcpy(out, p, (size_t)(q - p));
    out[q - p] = '\0';
    return 1;
}

typedef struct totals {
    int pages, legacy, legacy_8bit, over, unexplained;
} totals;

static int has_high_byte(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 1;
    return 0;
}

static void check_page(const char *corpus, const char *id, const char *rel, const char *allow,
                       text *t, totals *tot)
{
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", corpus, rel);
    size_t len;
    char *html = read_file(path, &len);
    if (!html)
        return;
    tot->pages++;
    mt_document *doc = mt_parse(html, len, NULL, NULL);
    if (doc && strcmp(mt_document_encoding(doc), "UTF-8") != 0) {
        tot->legacy++;
        tot->legacy_8bit += has_high_byte(html, len);
        collect_text(doc, t);
        census c = take_census(t);
        size_t marks = c.replacement + c.mojibake;
        if (c.chars && marks * 1000 > c.chars * THRESHOLD_PER_MILLE) {
            int ok = allowlisted(allow, id);
            tot->over++;
            tot->unexplained += !ok;
            size_t at = c.first_bad > 20 ? c.first_bad - 20 : 0;
            printf("%s %s (%s): %zu U+FFFD, %zu mojibake pairs in %zu characters%s; near \"%.48s\"\n",
                   ok ? "allowlisted" : "OVER", id, mt_document_encoding(doc), c.replacement,
                   c.mojibake, c.chars, ok ? "" : " -- not in the allowlist", t->p + at);
        }
    }
    mt_document_free(doc);
    free(html);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: mojibake_check SHARED_DIR ALLOWLIST [CORPUS_DIR]\n");
        return 2;
    }
    char corpus[4096], cmd[8400];
    const char *home = getenv("HOME");
    snprintf(corpus, sizeof corpus, "%s", argc > 3 ? argv[3] : "");
    if (!corpus[0])
        snprintf(corpus, sizeof corpus, "%s/.cache/maintext-dev/dev", home ? home : ".");
    if (!is_dir(argv[1])) {
        printf("mojibake_check: %s not found (no ../shared beside the checkout); skipped\n", argv[1]);
        return 77;
    }
    if (!is_dir(corpus)) {
        snprintf(cmd, sizeof cmd, "'%s/bin/unpack-dev' >/dev/null", argv[1]);
        if (system(cmd) != 0 || !is_dir(corpus)) {
            printf("mojibake_check: the dev corpus could not be unpacked to %s; skipped\n", corpus);
            return 77;
        }
    }
    size_t alen;
    char *allow = read_file(argv[2], &alen);
    snprintf(cmd, sizeof cmd, "%s/index.jsonl", corpus);
    size_t ilen;
    char *index = read_file(cmd, &ilen);
    if (!index) {
        printf("mojibake_check: no index.jsonl in %s; skipped\n", corpus);
        free(allow);
        return 77;
    }
    totals tot = { 0, 0, 0, 0, 0 };
    text t = { NULL, 0, 0 };
    for (char *line = strtok(index, "\n"); line; line = strtok(NULL, "\n")) {
        char id[512], rel[1024];
        if (json_field(line, "id", id, sizeof id) && json_field(line, "html", rel, sizeof rel))
            check_page(corpus, id, rel, allow, &t, &tot);
    }
    printf("mojibake: %d pages, %d read in an encoding other than UTF-8 (%d of them with bytes "
           ">= 0x80), %d over %d.%d%% (%d unexplained)\n", tot.pages, tot.legacy, tot.legacy_8bit,
           tot.over, THRESHOLD_PER_MILLE / 10, THRESHOLD_PER_MILLE % 10, tot.unexplained);
    free(t.p);
    free(index);
    free(allow);
    return tot.unexplained ? 1 : 0;
}
