/* input.c -- whole-file reads with a cap. A file whose size is known is
 * refused before it is read; a pipe is read until the cap is passed. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "input.h"

static void describe_limit(size_t max, char *why, size_t why_size)
{
    if (max >= (1u << 20) && max % (1u << 20) == 0)
        snprintf(why, why_size, "larger than the %zu MiB limit", max >> 20);
    else
        snprintf(why, why_size, "larger than the %zu byte limit", max);
}

/* Reads everything from fd, after the `head_len` bytes of `head` read from
 * it before, growing the buffer geometrically; at most max + 1 bytes are
 * kept, enough to tell that the input is too large. */
static int read_all(int fd, const unsigned char *head, size_t head_len, size_t max,
                    size_t size_hint, cli_input *in, char *why, size_t why_size)
{
    size_t cap = size_hint + 1 > 65536 ? size_hint + 1 : 65536, len = 0;
    if (max && cap > max + 1)
        cap = max + 1;
    if (cap < head_len)
        cap = head_len;
    char *buf = malloc(cap);
    if (buf && head_len) {
        memcpy(buf, head, head_len);
        len = head_len;
    }
    for (;;) {
        if (!buf) {
            snprintf(why, why_size, "%s", strerror(ENOMEM));
            return -1;
        }
        if (len == cap) {
            if (max && len > max)
                break;
            size_t next = cap * 2;
            if (max && next > max + 1)
                next = max + 1;
            char *grown = realloc(buf, next);
            if (!grown)
                free(buf);
            buf = grown;
            cap = next;
            continue;
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            snprintf(why, why_size, "%s", strerror(errno));
            free(buf);
            return -1;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
    if (max && len > max) {
        describe_limit(max, why, why_size);
        free(buf);
        return -1;
    }
    in->data = buf;
    in->len = len;
    return 0;
}

int cli_read_input(const char *path, size_t max, cli_input *in, char *why, size_t why_size)
{
    in->data = NULL;
    in->len = 0;
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        return -1;
    }
    struct stat st;
    size_t hint = 0;
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            snprintf(why, why_size, "%s", strerror(EISDIR));
            if (!is_stdin)
                close(fd);
            return -1;
        }
        if (S_ISREG(st.st_mode)) {
            if (max && (unsigned long long)st.st_size > max) {
                describe_limit(max, why, why_size);
                if (!is_stdin)
                    close(fd);
                return -1;
            }
            hint = (size_t)st.st_size;
        }
    }
    int rc = read_all(fd, NULL, 0, max, hint, in, why, why_size);
    if (!is_stdin)
        close(fd);
    return rc;
}

int cli_read_head(const char *path, cli_head *head)
{
    head->len = 0;
    head->fd = -1;
    head->err = 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    struct stat st;
    int once = fstat(fd, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
    /* a pipe gives what its writer has written so far: read on until the
     * head is whole or the input ends */
    while (head->len < sizeof head->bytes) {
        ssize_t n = read(fd, head->bytes + head->len, sizeof head->bytes - head->len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            head->err = errno;
        if (n <= 0)
            break;
        head->len += (size_t)n;
    }
    if (once)
        head->fd = fd;
    else
        close(fd);
    return 0;
}

int cli_read_kept(cli_head *head, size_t max, cli_input *in, char *why, size_t why_size)
{
    in->data = NULL;
    in->len = 0;
    int rc = -1;
    if (head->err)
        snprintf(why, why_size, "%s", strerror(head->err));
    else
        rc = read_all(head->fd, head->bytes, head->len, max, 0, in, why, why_size);
    cli_head_close(head);
    return rc;
}

void cli_head_close(cli_head *head)
{
    if (head->fd >= 0)
        close(head->fd);
    head->fd = -1;
}

/* Ends each line of text[0..len) (len < the buffer's size: text[len] is
 * written) with a NUL, a \r before it too; returns the number of lines
 * with something on them, or -1 (and the line's number in *bad_line) when
 * a line holds a NUL byte, which no file name can. */
static long long split_lines(char *text, size_t len, size_t *bad_line)
{
    long long count = 0;
    size_t line = 1, start = 0;
    text[len] = '\n';
    for (size_t i = 0; i <= len; i++) {
        if (text[i] == '\0') {
            *bad_line = line;
            return -1;
        }
        if (text[i] != '\n')
            continue;
        size_t end = i > start && text[i - 1] == '\r' ? i - 1 : i;
        text[end] = text[i] = '\0';
        count += end > start;
        start = i + 1;
        line++;
    }
    return count;
}

/* The largest list read: some ten million names, more than one batch
 * should hold (a list is held whole, with a pointer per name). */
#define INPUT_LIST_MAX ((size_t)1 << 30)

int cli_read_input_list(const char *path, cli_input_list *list, char *why, size_t why_size)
{
    memset(list, 0, sizeof *list);
    cli_input in;
    if (cli_read_input(path, INPUT_LIST_MAX, &in, why, why_size) != 0)
        return -1;
    /* one byte more, for the last line's end */
    char *text = realloc(in.data, in.len + 1);
    if (!text) {
        free(in.data);
        snprintf(why, why_size, "%s", strerror(ENOMEM));
        return -1;
    }
    size_t bad_line = 0;
    long long count = split_lines(text, in.len, &bad_line);
    if (count < 0) {
        free(text);
        snprintf(why, why_size, "line %zu holds a NUL byte, which no file name can", bad_line);
        return -1;
    }
    char **names = malloc(((size_t)count ? (size_t)count : 1) * sizeof *names);
    if (!names) {
        free(text);
        snprintf(why, why_size, "%s", strerror(ENOMEM));
        return -1;
    }
    /* a list saved by a Windows editor, CRLF and all, may begin with a
     * byte order mark, which is no part of the first name */
    size_t k = 0, bom = in.len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (size_t i = bom; i <= in.len; i += strlen(text + i) + 1)
        if (text[i])
            names[k++] = text + i;
    list->text = text;
    list->names = names;
    list->n = k;
    return 0;
}

void cli_input_list_free(cli_input_list *list)
{
    free(list->names);
    free(list->text);
    memset(list, 0, sizeof *list);
}
