/* test_charset_iconv.c -- the CJK decoders when the C library's
 * iconv_open() fails: for want of memory (MT_ERR_NOMEM), or for want of the
 * converter, as in a C library built without its charset modules
 * (MT_ERR_UNKNOWN_ENCODING for the page's main converter; U+FFFD for the
 * few characters only a second one has, which is asked for once a page).
 * This program has an iconv_open() of its own, which the library's calls
 * reach: it fails as a test tells it to, and otherwise passes the call on
 * to the C library's. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "maintext.h"

static const char *failing_from;    /* the source charset whose converter fails */
static int failing_errno;
static int failed_opens;

iconv_t iconv_open(const char *to, const char *from)
{
    if (failing_from && strcmp(from, failing_from) == 0) {
        failed_opens++;
        errno = failing_errno;
        return (iconv_t)-1;
    }
    iconv_t (*real)(const char *, const char *) = NULL;
    void *sym = dlsym(RTLD_NEXT, "iconv_open");
    if (!sym) {
        errno = EINVAL;
        return (iconv_t)-1;
    }
    memcpy(&real, &sym, sizeof real);   /* (ISO C has no cast between the two) */
    return real(to, from);
}

/* An EUC-JP page with three JIS X 0212 characters (0x8F triples: U+4E02),
 * which glibc's CP932 does not hold: EUC-JP-MS decodes them. */
static const char page[] = "<meta charset=euc-jp><p>\xC6\xFC\xCB\xDC\xB8\xEC "
                           "\x8F\xB0\xA1 \x8F\xB0\xA1 \x8F\xB0\xA1</p>";

/* The page as mt_serialize writes it, or NULL (status in *st). */
static char *parsed(mt_status *st)
{
    mt_document *doc = mt_parse(page, sizeof page - 1, NULL, st);
    if (!doc)
        return NULL;
    char *out = mt_serialize(doc, mt_document_root(doc), 1, NULL, NULL);
    mt_document_free(doc);
    return out;
}

static void fail_opening(const char *from, int err)
{
    failing_from = from;
    failing_errno = err;
    failed_opens = 0;
}

static void test_converters_that_work(void)
{
    fail_opening(NULL, 0);
    mt_status st;
    char *out = parsed(&st);
    CHECK_INT(st, MT_OK);
    /* 日本語 and 丂 */
    CHECK(out && strstr(out, "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xE4\xB8\x82 \xE4\xB8\x82"));
    mt_free(NULL, out);
}

static void test_converters_out_of_memory(void)
{
    mt_status st;
    fail_opening("EUC-JP-MS", ENOMEM);
    CHECK(parsed(&st) == NULL);
    CHECK_INT(st, MT_ERR_NOMEM);
    fail_opening("CP932", ENOMEM);
    CHECK(parsed(&st) == NULL);
    CHECK_INT(st, MT_ERR_NOMEM);
}

static void test_converters_missing(void)
{
    mt_status st;
    /* the second converter: its characters are U+FFFD, and it is asked
     * for once, not once a character */
    fail_opening("EUC-JP-MS", EINVAL);
    char *out = parsed(&st);
    CHECK_INT(st, MT_OK);
    CHECK(out && strstr(out, "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xEF\xBF\xBD \xEF\xBF\xBD"));
    CHECK_INT(failed_opens, 1);
    mt_free(NULL, out);
    /* the main one: the page cannot be decoded here */
    fail_opening("CP932", EINVAL);
    CHECK(parsed(&st) == NULL);
    CHECK_INT(st, MT_ERR_UNKNOWN_ENCODING);
    fail_opening(NULL, 0);
}

int main(void)
{
    RUN(test_converters_that_work);
    RUN(test_converters_out_of_memory);
    RUN(test_converters_missing);
    return harness_finish();
}
