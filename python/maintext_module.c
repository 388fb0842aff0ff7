/* maintext_module.c -- the Python binding: maintext.extract(),
 * maintext.extract_document() and maintext.Extractor over the public API,
 * and maintext.iter_archive() over the command's web archive reader
 * (warc/pages.h), so that an archive is read the same way from both.
 *
 * Shape: every call gathers its arguments into a `job` (input bytes kept
 * alive by a reference, options, format) while holding the GIL, then runs
 * extraction and rendering with the GIL released, then turns the rendering
 * into Python objects with the GIL held again. Nothing of the library is
 * touched with the GIL held except the extractor's creation and freeing,
 * and no Python object is touched without it. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "maintext.h"
#include "pages.h"
#include "warc.h"

/* ======================================================================
 * Older Pythons
 * ====================================================================== */

/* pyproject.toml promises Python 3.8 on: the two calls that came later
 * are written here for the versions without them, as they behave. */
#if PY_VERSION_HEX < 0x03090000
static PyObject *PyObject_CallOneArg(PyObject *callable, PyObject *arg)
{
    return PyObject_CallFunctionObjArgs(callable, arg, NULL);
}
#endif

#if PY_VERSION_HEX < 0x030A0000
/* PyModule_AddObject steals the reference only when it succeeds. */
static int PyModule_AddObjectRef(PyObject *module, const char *name, PyObject *value)
{
    Py_INCREF(value);
    if (PyModule_AddObject(module, name, value) < 0) {
        Py_DECREF(value);
        return -1;
    }
    return 0;
}
#endif

/* Set once at import; the module keeps them for the life of the process. */
static PyObject *mt_py_error;        /* maintext.Error */
static PyObject *mt_py_page_warning; /* maintext.PageWarning */
static PyObject *mt_py_json_loads;   /* json.loads */
static PyObject *mt_py_text_io;      /* io.TextIOBase */
static PyObject *mt_py_newobj;       /* copyreg.__newobj__ */

/* ======================================================================
 * Errors
 * ====================================================================== */

/* Raises the Python exception for a library status: MemoryError for
 * MT_ERR_NOMEM (the caller can do nothing but drop work, as for any other
 * allocation), maintext.Error with the message `said` (raise_status: the
 * library's) and a `status` attribute for the rest. Returns NULL for
 * `return raise_status(st);`. */
static PyObject *raise_status_said(mt_status st, const char *said)
{
    if (st == MT_ERR_NOMEM)
        return PyErr_NoMemory();
    PyObject *exc = PyObject_CallFunction(mt_py_error, "s", said);
    if (!exc)
        return NULL;
    PyObject *code = PyLong_FromLong((long)st);
    if (!code || PyObject_SetAttrString(exc, "status", code) < 0) {
        Py_XDECREF(code);
        Py_DECREF(exc);
        return NULL;
    }
    Py_DECREF(code);
    PyErr_SetObject(mt_py_error, exc);
    Py_DECREF(exc);
    return NULL;
}

static PyObject *raise_status(mt_status st)
{
    return raise_status_said(st, mt_strerror(st));
}

/* PyArg_ParseTupleAndKeywords, with `func` (the Python name) in its
 * errors, and a wrong type named by its keyword: CPython 3.11 says
 * "argument 3 must be str", counting the keyword-only ones too. */
static int parse_arguments(const char *func, PyObject *args, PyObject *kwargs,
                           const char *format, char **kwlist, ...)
{
    char with_name[64];
    snprintf(with_name, sizeof with_name, "%s:%s", format, func);
    va_list va;
    va_start(va, kwlist);
    int ok = PyArg_VaParseTupleAndKeywords(args, kwargs, with_name, kwlist, va);
    va_end(va);
    if (ok || !PyErr_ExceptionMatches(PyExc_TypeError))
        return ok;
    PyObject *type, *value, *trace;
    PyErr_Fetch(&type, &value, &trace);
    PyErr_NormalizeException(&type, &value, &trace);
    /* only CPython's own message ("extract() argument 3 must be str"): a
     * TypeError of the caller's (a flag's __bool__ raised it) stays whole */
    PyObject *said = type == PyExc_TypeError && value ? PyObject_Str(value) : NULL;
    const char *text = said ? PyUnicode_AsUTF8(said) : NULL;
    if (!text)
        PyErr_Clear();      /* the message could not be read: it stands */
    char opening[80];
    snprintf(opening, sizeof opening, "%s() argument ", func);
    size_t open_len = strlen(opening);
    const char *number = text && strncmp(text, opening, open_len) == 0 ? text + open_len : NULL;
    char *after = NULL;
    long n = number ? strtol(number, &after, 10) : 0;
    size_t count = 0;
    while (kwlist[count])
        count++;
    if (number && after != number && *after == ' ' && n >= 1 && (size_t)n <= count) {
        char named[512];
        snprintf(named, sizeof named, "%s'%s'%s", opening, kwlist[n - 1], after);
        PyErr_SetString(PyExc_TypeError, named);
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(trace);
    } else {
        PyErr_Restore(type, value, trace);
    }
    Py_XDECREF(said);
    return 0;
}

/* ======================================================================
 * Options
 * ====================================================================== */

/* What a keyword set says: the extractor's options and the output format. */
typedef struct settings {
    mt_options opts;
    mt_format format;
} settings;

/* Reads the format name; ValueError names the accepted ones. */
static int parse_format(const char *name, mt_format *fmt)
{
    if (mt_format_from_name(name, fmt) == 0)
        return 0;
    PyErr_Format(PyExc_ValueError,
                 "unknown output_format '%s' (use txt, markdown, html, json, xml, tei or csv)",
                 name);
    return -1;
}

/* A list of languages the library does not take is a ValueError here,
 * where the argument is named. */
static int check_languages(const char *languages)
{
    if (mt_languages_valid(languages))
        return 0;
    PyErr_Format(PyExc_ValueError,
                 "target_language wants ISO 639 codes separated by commas "
                 "('en', 'de,fr'), not '%s'", languages);
    return -1;
}

/* Turns the keyword values into `s`; -1 with ValueError set when they
 * contradict each other or are out of range. */
static int make_settings(settings *s, const char *format, int precision, int recall,
                         int whole_page, int tables, int links, int images, int formatting,
                         int comments, Py_ssize_t min_length, const char *languages,
                         int basic_metadata)
{
    mt_options_default(&s->opts);
    if (parse_format(format, &s->format) < 0)
        return -1;
    if (precision + recall + whole_page > 1) {
        PyErr_SetString(PyExc_ValueError, "favor_precision, favor_recall and whole_page "
                                          "cannot be true together");
        return -1;
    }
    if (min_length < 0) {
        PyErr_SetString(PyExc_ValueError, "min_length must not be negative");
        return -1;
    }
    s->opts.focus = precision    ? MT_FOCUS_PRECISION
                    : recall     ? MT_FOCUS_RECALL
                    : whole_page ? MT_FOCUS_WHOLE_PAGE
                                 : MT_FOCUS_BALANCED;
    s->opts.include = (tables ? MT_INCLUDE_TABLES : 0u) | (links ? MT_INCLUDE_LINKS : 0u) |
                      (images ? MT_INCLUDE_IMAGES : 0u) |
                      (formatting ? MT_INCLUDE_FORMATTING : 0u) |
                      (comments ? MT_INCLUDE_COMMENTS : 0u);
    s->opts.min_length = (size_t)min_length;
    s->opts.languages = languages;
    s->opts.metadata = basic_metadata ? MT_METADATA_BASIC : MT_METADATA_ALL;
    return check_languages(languages);
}

/* Plain text and Markdown show no metadata, so extract() with either
 * skips the search for authors and dates, as the command does: the same
 * string, sooner. Only for the one-shot call: an Extractor also serves
 * extract_document(), whose dict shows them. */
static void skip_unshown_metadata(settings *s)
{
    if (s->format == MT_FORMAT_TEXT || s->format == MT_FORMAT_MARKDOWN)
        s->opts.metadata = MT_METADATA_BASIC;
}

/* ======================================================================
 * One extraction
 * ====================================================================== */

/* One call's input and output. `keep` owns the bytes `html` points into,
 * so they stay put while the GIL is released. */
typedef struct job {
    PyObject *keep;
    const char *html;
    size_t len;
    const char *url;
    PyObject *keep_url;     /* owns `url` when it had to be encoded (job_take_url) */
    const char *charset;
    mt_format format;
    unsigned flags;
    int any_page;       /* render a page without content too (its metadata) */
    int no_content;     /* ... and this one had none (set with the GIL released) */
    int may_be_gzip;    /* bytes as given: a page compressed with gzip is read
                         * as the page it holds, as the command reads one */
    size_t max_page;    /* the most bytes gzip data may inflate to: the
                         * extractor's max_input_size (max_page) */
    /* filled with the GIL released */
    mt_status status;
    char *out;
    size_t out_len;
    char *inflated;     /* the page gzip held (malloc'd), or NULL */
    const char *failure;    /* why the page could not be read (static), or NULL */
    /* what the output does not show of the page, as the command tells it
     * ("" for nothing): gzip data that broke off, a limit the page hit */
    char note[600];
} job;

/* Drops what the job holds of the call's objects. */
static void job_release(job *j)
{
    Py_CLEAR(j->keep);
    Py_CLEAR(j->keep_url);
    free(j->inflated);
    j->inflated = NULL;
}

/* A str as UTF-8 bytes. Lone surrogates (from a decode with
 * errors="surrogateescape") cannot be UTF-8: they become '?', as
 * str.encode(errors="replace") makes them, so one odd character does not
 * cost the page (ill-formed bytes declared UTF-8 would have the library
 * doubt the declaration and guess another charset). New reference, or
 * NULL. */
static PyObject *str_to_utf8(PyObject *str)
{
    PyObject *b = PyUnicode_AsUTF8String(str);
    if (b || !PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
        return b;
    PyErr_Clear();
    return PyUnicode_AsEncodedString(str, "utf-8", "replace");
}

/* Takes the page: bytes as they are (the library sniffs their charset, or
 * takes `charset`); a str as UTF-8 declared as such, so that a <meta
 * charset> in text that is already decoded cannot decode it a second time;
 * other bytes-like objects are copied first, since a bytearray could change
 * under the parser while the GIL is released. */
static int job_take_input(job *j, PyObject *html, const char *charset)
{
    if (PyUnicode_Check(html)) {
        if (charset) {
            PyErr_SetString(PyExc_ValueError,
                            "charset applies to bytes; a str is already decoded");
            return -1;
        }
        j->keep = str_to_utf8(html);
        j->charset = "utf-8";
    } else if (PyBytes_Check(html)) {
        Py_INCREF(html);
        j->keep = html;
        j->charset = charset;
        j->may_be_gzip = 1;
    } else if (PyObject_CheckBuffer(html)) {
        j->keep = PyBytes_FromObject(html);
        j->charset = charset;
        j->may_be_gzip = 1;
    } else {
        PyErr_Format(PyExc_TypeError, "html must be str or bytes, not %.100s",
                     Py_TYPE(html)->tp_name);
        return -1;
    }
    if (!j->keep)
        return -1;
    j->html = PyBytes_AS_STRING(j->keep);
    j->len = (size_t)PyBytes_GET_SIZE(j->keep);
    return 0;
}

/* Takes the page's address: None, bytes as they are, or a str as UTF-8.
 * A str's lone surrogates are the bytes a decode with
 * errors="surrogateescape" could not read (a WARC's URI, a file name):
 * they become those bytes again, which the library writes %-encoded in
 * the URLs it gives; other lone surrogates are passed as UTF-16 would
 * have them (errors="surrogatepass"), %-encoded too. A '?' in their place
 * would begin a query. Called after job_take_input: on failure it
 * releases what that took. */
static int job_take_url(job *j, PyObject *url)
{
    Py_ssize_t n = 0;
    if (!url || url == Py_None)
        return 0;
    if (PyBytes_Check(url)) {
        j->url = PyBytes_AS_STRING(url);
        n = PyBytes_GET_SIZE(url);
    } else if (PyUnicode_Check(url)) {
        j->url = PyUnicode_AsUTF8AndSize(url, &n);
        if (!j->url && PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
            PyErr_Clear();
            j->keep_url = PyUnicode_AsEncodedString(url, "utf-8", "surrogateescape");
            if (!j->keep_url && PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
                PyErr_Clear();
                j->keep_url = PyUnicode_AsEncodedString(url, "utf-8", "surrogatepass");
            }
            if (j->keep_url) {
                j->url = PyBytes_AS_STRING(j->keep_url);
                n = PyBytes_GET_SIZE(j->keep_url);
            }
        }
    } else {
        PyErr_Format(PyExc_TypeError, "url must be str, bytes or None, not %.100s",
                     Py_TYPE(url)->tp_name);
    }
    if (j->url && strlen(j->url) != (size_t)n) {
        PyErr_SetString(PyExc_ValueError, "url holds a NUL character");
        j->url = NULL;
    }
    if (j->url)
        return 0;
    job_release(j);
    return -1;
}

/* Adds `what` to the job's note, after "; " when it says something. */
static void add_note(job *j, const char *what)
{
    size_t n = strlen(j->note);
    snprintf(j->note + n, sizeof j->note - n, "%s%s", n ? "; " : "", what);
}

/* A page compressed with gzip (found by its first bytes) is replaced by
 * the page it holds, read as the command reads a page.html.gz: every
 * member, at most the extractor's largest input, a cut or broken one
 * keeping what came (the note says so). Returns 0, or -1 with j->status
 * and j->failure set when the data gives nothing. */
static int job_gunzip(job *j)
{
    if (!j->may_be_gzip || !http_is_gzip(j->html, j->len))
        return 0;
    const char *why = NULL;
    int rc = http_gunzip_page(j->html, j->len, j->max_page, &j->inflated, &j->len, &why);
    if (rc < 0) {
        j->status = rc == -2 ? MT_ERR_NOMEM : MT_ERR_INVALID_ARG;
        j->failure = why;
        return -1;
    }
    if (rc == 1)
        add_note(j, why);
    j->html = j->inflated;
    return 0;
}

/* Notes the limits the page hit, in the command's words. */
static void note_limits(job *j, unsigned limits)
{
    if (!limits)
        return;
    char what[600], said[sizeof j->note];
    snprintf(said, sizeof said, "the page is larger than a limit: %s",
             mt_strlimits(limits, what, sizeof what));
    add_note(j, said);
}

/* Extracts and renders; runs without the GIL. A page without content
 * leaves j->out NULL with MT_ERR_NO_CONTENT, unless j->any_page. */
static void job_run(job *j, mt_extractor *ex)
{
    const mt_result *res = NULL;
    j->out = NULL;
    j->out_len = 0;
    if (job_gunzip(j) < 0)
        return;
    j->status = mt_extract_declared(ex, j->html, j->len, j->url, j->charset, &res);
    if (res)
        note_limits(j, res->limits);
    if (j->status == MT_ERR_NO_CONTENT && j->any_page) {
        j->status = MT_OK;
        j->no_content = 1;
    }
    if (j->status != MT_OK)
        return;
    mt_status st = MT_OK;
    j->out = mt_render(res, j->format, j->flags, NULL, &j->out_len, &st);
    if (!j->out)
        j->status = st != MT_OK ? st : MT_ERR_NOMEM;
}

/* Sets d[key] to a string as UTF-8 (a byte that is not becomes U+FFFD:
 * an archive's headers are not always clean). */
static int set_text(PyObject *d, const char *key, const char *s)
{
    PyObject *v = PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
    int rc = v ? PyDict_SetItemString(d, key, v) : -1;
    Py_XDECREF(v);
    return rc;
}

/* The rendering as a str (None for no content, NULL with an exception for
 * an error); frees the rendering. */
static PyObject *job_rendering(job *j)
{
    if (j->status == MT_ERR_NO_CONTENT)
        Py_RETURN_NONE;
    if (j->status == MT_ERR_INPUT_TOO_LARGE && j->max_page && j->len > j->max_page) {
        char said[128];
        snprintf(said, sizeof said, "the page (%zu bytes) is larger than max_page (%zu bytes)",
                 j->len, j->max_page);
        return raise_status_said(j->status, said);
    }
    if (j->status != MT_OK)
        return raise_status_said(j->status, j->failure ? j->failure : mt_strerror(j->status));
    PyObject *text = PyUnicode_DecodeUTF8(j->out, (Py_ssize_t)j->out_len, "strict");
    mt_free(NULL, j->out);
    j->out = NULL;
    return text;
}

/* job_rendering, the job's note given as a maintext.PageWarning (the
 * command prints it on stderr). */
static PyObject *job_text(job *j)
{
    PyObject *text = job_rendering(j);
    if (text && j->note[0] && PyErr_WarnEx(mt_py_page_warning, j->note, 1) < 0)
        Py_CLEAR(text);
    return text;
}

/* The JSON rendering (with blocks) parsed into a dict, or None; with
 * `note_in_it`, the job's note is its "warning". */
static PyObject *job_document(job *j, int note_in_it)
{
    PyObject *text = job_rendering(j);
    if (!text || text == Py_None)
        return text;
    PyObject *doc = PyObject_CallOneArg(mt_py_json_loads, text);
    Py_DECREF(text);
    if (doc && note_in_it && j->note[0] && set_text(doc, "warning", j->note) < 0)
        Py_CLEAR(doc);
    return doc;
}

/* Takes out of a document dict what the main content gives (text,
 * comments, and their blocks when rendered, and where the text came from),
 * leaving extract_metadata's fields. Returns 0, or -1 with an exception. */
static int drop_content(PyObject *doc)
{
    static const char *const keys[] = { "text", "comments", "blocks", "comment_blocks" };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (PyDict_GetItemString(doc, keys[i]) && PyDict_DelItemString(doc, keys[i]) < 0)
            return -1;
    PyObject *sources = PyDict_GetItemString(doc, "sources");
    if (sources && PyDict_Check(sources) && PyDict_GetItemString(sources, "text") &&
        PyDict_DelItemString(sources, "text") < 0)
        return -1;
    return 0;
}

/* What extract_document renders: one compact JSON object with the blocks
 * and the sources. */
static void job_want_document(job *j)
{
    j->format = MT_FORMAT_JSON;
    j->flags = MT_RENDER_BLOCKS | MT_RENDER_EXPLAIN | MT_RENDER_COMPACT;
}

/* ======================================================================
 * Module-level functions
 * ====================================================================== */

/* The largest page: max_page, or the library's largest input. */
static int take_max_page(PyObject *arg, settings *s, size_t *max_page)
{
    if (arg == Py_None) {
        *max_page = s->opts.parse.max_input_size;
        return 0;
    }
    /* True is an int to Python, but no one means a page of one byte */
    if (!PyLong_Check(arg) || PyBool_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "max_page must be int or None, not %.100s",
                     Py_TYPE(arg)->tp_name);
        return -1;
    }
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n == -1 && PyErr_Occurred())
        return -1;
    if (n <= 0) {
        PyErr_SetString(PyExc_ValueError, "max_page must be positive (or None)");
        return -1;
    }
    *max_page = (size_t)n;
    s->opts.parse.max_input_size = *max_page;   /* a page let in is extracted */
    return 0;
}

/* Parses (html, url=None, *, output_format, favor_*, include_*, min_length,
 * target_language, basic_metadata, charset, with_metadata, max_page) into
 * `s` and `j`. The keyword names are the public API. */
static int parse_call(const char *func, PyObject *args, PyObject *kwargs, settings *s, job *j,
                      PyObject **html)
{
    static char *kwlist[] = { "html", "url", "output_format", "favor_precision",
                              "favor_recall", "whole_page", "include_tables",
                              "include_links", "include_images", "include_formatting",
                              "include_comments", "min_length", "target_language",
                              "basic_metadata", "charset", "with_metadata", "max_page", NULL };
    PyObject *url = NULL, *max_page = Py_None;
    const char *format = "txt", *charset = NULL, *languages = NULL;
    int precision = 0, recall = 0, whole_page = 0, tables = 1, links = 0, images = 0,
        formatting = 0, comments = 0, basic_metadata = 0, with_metadata = 0;
    Py_ssize_t min_length = 0;
    if (!parse_arguments(func, args, kwargs, "O|O$sppppppppnzpzpO", kwlist, html, &url,
                         &format, &precision, &recall, &whole_page, &tables, &links,
                         &images, &formatting, &comments, &min_length, &languages,
                         &basic_metadata, &charset, &with_metadata, &max_page))
        return -1;
    memset(j, 0, sizeof *j);
    if (make_settings(s, format, precision, recall, whole_page, tables, links, images,
                      formatting, comments, min_length, languages, basic_metadata) < 0 ||
        take_max_page(max_page, s, &j->max_page) < 0)
        return -1;
    j->format = s->format;
    j->flags = with_metadata ? MT_RENDER_METADATA : 0u;
    if (job_take_input(j, *html, charset) < 0)
        return -1;
    return job_take_url(j, url);
}

/* A fresh extractor for one call, so that the functions are safe from any
 * thread without a lock (an Extractor saves this cost in a loop). */
/* Runs the job on a fresh extractor with `opts` (NULL: the defaults),
 * the GIL released. */
static void run_once(job *j, const mt_options *opts)
{
    Py_BEGIN_ALLOW_THREADS
    mt_extractor *ex = mt_extractor_new(opts, &j->status);
    if (ex)
        job_run(j, ex);
    mt_extractor_free(ex);
    Py_END_ALLOW_THREADS
}

static PyObject *call_once(PyObject *args, PyObject *kwargs, int document)
{
    settings s;
    job j;
    PyObject *html;
    if (document && kwargs && PyDict_GetItemString(kwargs, "output_format")) {
        PyErr_SetString(PyExc_TypeError,
                        "extract_document() takes no output_format: it gives a dict");
        return NULL;
    }
    if (document && kwargs && PyDict_GetItemString(kwargs, "with_metadata")) {
        PyErr_SetString(PyExc_TypeError,
                        "extract_document() takes no with_metadata: its dict has the metadata");
        return NULL;
    }
    if (parse_call(document ? "extract_document" : "extract", args, kwargs, &s, &j, &html) < 0)
        return NULL;
    if (document)
        job_want_document(&j);
    else if (!(j.flags & MT_RENDER_METADATA))
        skip_unshown_metadata(&s);
    run_once(&j, &s.opts);
    PyObject *result = document ? job_document(&j, 1) : job_text(&j);
    job_release(&j);
    return result;
}

static PyObject *py_extract(PyObject *module, PyObject *args, PyObject *kwargs)
{
    return call_once(args, kwargs, 0);
}

/* The page's metadata, content or not: extract_document's dict less what
 * the content gives (text, comments). */
static PyObject *py_extract_metadata(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = { "html", "url", "charset", "max_page", NULL };
    PyObject *html, *url = NULL, *max_page = Py_None;
    const char *charset = NULL;
    if (!parse_arguments("extract_metadata", args, kwargs, "O|O$zO", kwlist, &html, &url,
                         &charset, &max_page))
        return NULL;
    settings s;
    mt_options_default(&s.opts);
    job j;
    memset(&j, 0, sizeof j);
    if (take_max_page(max_page, &s, &j.max_page) < 0 || job_take_input(&j, html, charset) < 0 ||
        job_take_url(&j, url) < 0)
        return NULL;
    j.format = MT_FORMAT_JSON;
    j.flags = MT_RENDER_EXPLAIN | MT_RENDER_COMPACT;
    j.any_page = 1;
    run_once(&j, &s.opts);
    PyObject *doc = job_document(&j, 1);
    job_release(&j);
    if (doc && drop_content(doc) < 0)
        Py_CLEAR(doc);
    return doc;
}

static PyObject *py_extract_document(PyObject *module, PyObject *args, PyObject *kwargs)
{
    return call_once(args, kwargs, 1);
}

/* ======================================================================
 * Extractor
 * ====================================================================== */

/* One mt_extractor, reused page after page. The library allows one thread
 * at a time on it: `lock` makes a second thread wait its turn (with the GIL
 * released) rather than corrupt it. */
typedef struct extractor_object {
    PyObject_HEAD
    mt_extractor *ex;
    PyThread_type_lock lock;
    mt_format format;
    pid_t pid;          /* the process whose threads take turns on `lock` */
    mt_options opts;    /* what `ex` was made with, to make it again after a fork */
    char *languages;    /* opts.languages, the object's own copy (malloc'd) */
    int made;           /* __init__ succeeded once: format and opts hold its options */
} extractor_object;

/* Whether this process is a child forked while another thread of the
 * parent held the lock: that thread is not in the child, the lock would
 * never be given back, and the extractor may be half-way through a page.
 * Both are left as they are (nothing may touch them: their memory stays
 * taken) and a new lock is made. Returns 1 when so (the caller makes the
 * extractor again), 0 when not, -1 with an exception when the lock cannot
 * be made. Runs with the GIL held throughout: another thread of the child
 * sees the object before or after, never half done. */
static int take_over_after_fork(extractor_object *self)
{
    if (!self->lock || self->pid == getpid())
        return 0;
    if (PyThread_acquire_lock(self->lock, NOWAIT_LOCK)) {
        PyThread_release_lock(self->lock);
        self->pid = getpid();
        return 0;
    }
    PyThread_type_lock lock = PyThread_allocate_lock();
    if (!lock) {
        PyErr_NoMemory();
        return -1;
    }
    self->lock = lock;
    self->ex = NULL;
    self->pid = getpid();
    return 1;
}

static int extractor_init(extractor_object *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = { "output_format", "favor_precision", "favor_recall",
                              "whole_page", "include_tables", "include_links", "include_images",
                              "include_formatting", "include_comments", "min_length",
                              "target_language", "basic_metadata", "max_page", NULL };
    const char *format = "txt", *languages = NULL;
    int precision = 0, recall = 0, whole_page = 0, tables = 1, links = 0, images = 0,
        formatting = 0, comments = 0, basic_metadata = 0;
    Py_ssize_t min_length = 0;
    PyObject *max_page_arg = Py_None;
    size_t max_page;
    settings s;
    if (!parse_arguments("Extractor", args, kwargs, "|$sppppppppnzpO", kwlist, &format,
                         &precision, &recall, &whole_page, &tables, &links, &images,
                         &formatting, &comments, &min_length, &languages,
                         &basic_metadata, &max_page_arg))
        return -1;
    if (make_settings(&s, format, precision, recall, whole_page, tables, links, images,
                      formatting, comments, min_length, languages, basic_metadata) < 0 ||
        take_max_page(max_page_arg, &s, &max_page) < 0)
        return -1;
    char *own = NULL;
    if (languages && !(own = strdup(languages))) {
        PyErr_NoMemory();
        return -1;
    }
    s.opts.languages = own;
    if (!self->lock && !(self->lock = PyThread_allocate_lock())) {
        free(own);
        PyErr_NoMemory();
        return -1;
    }
    mt_status st = MT_OK;
    mt_extractor *ex = mt_extractor_new(&s.opts, &st);
    if (!ex || take_over_after_fork(self) < 0) {
        mt_extractor_free(ex);
        free(own);
        if (!ex)
            raise_status(st);
        return -1;
    }
    /* __init__ called again (legal in Python) while another thread may be
     * extracting: swap under the lock, free the old one after */
    mt_extractor *old;
    char *old_languages;
    Py_BEGIN_ALLOW_THREADS
    PyThread_acquire_lock(self->lock, WAIT_LOCK);
    Py_END_ALLOW_THREADS
    old = self->ex;
    old_languages = self->languages;
    self->ex = ex;
    self->format = s.format;
    self->opts = s.opts;
    self->languages = own;
    self->pid = getpid();
    self->made = 1;
    PyThread_release_lock(self->lock);
    mt_extractor_free(old);
    free(old_languages);
    return 0;
}

/* Makes the extractor again in a child forked while another thread used
 * it (take_over_after_fork), from the options it was made with. Returns
 * 0, or -1 with an exception. */
static int extractor_after_fork(extractor_object *self)
{
    int forked = take_over_after_fork(self);
    if (forked <= 0)
        return forked;
    mt_status st = MT_OK;
    self->ex = mt_extractor_new(&self->opts, &st);
    if (self->ex)
        return 0;
    raise_status(st);
    return -1;
}

static void extractor_dealloc(extractor_object *self)
{
    /* in a child forked while another thread used it, lock and extractor
     * are that thread's, and left (as take_over_after_fork leaves them) */
    int forked = self->lock && self->pid != getpid();
    int held = forked && !PyThread_acquire_lock(self->lock, NOWAIT_LOCK);
    if (forked && !held)
        PyThread_release_lock(self->lock);
    if (!held) {
        mt_extractor_free(self->ex);
        if (self->lock)
            PyThread_free_lock(self->lock);
    }
    free(self->languages);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Parses (html, url=None, *, charset=None[, output_format, with_metadata])
 * for a method. */
static int parse_method(extractor_object *self, PyObject *args, PyObject *kwargs, job *j,
                        int with_format)
{
    static char *with_kwlist[] = { "html", "url", "charset", "output_format", "with_metadata",
                                   NULL };
    static char *without_kwlist[] = { "html", "url", "charset", NULL };
    const char *charset = NULL, *format = NULL;
    int with_metadata = 0;
    PyObject *html, *url = NULL;
    if (!parse_arguments(with_format ? "extract" : "extract_document", args, kwargs,
                         with_format ? "O|O$zzp" : "O|O$z",
                         with_format ? with_kwlist : without_kwlist, &html, &url,
                         &charset, &format, &with_metadata))
        return -1;
    memset(j, 0, sizeof *j);
    j->format = self->format;
    j->max_page = self->opts.parse.max_input_size;
    j->flags = with_metadata ? MT_RENDER_METADATA : 0u;
    if (format && parse_format(format, &j->format) < 0)
        return -1;
    if (job_take_input(j, html, charset) < 0)
        return -1;
    return job_take_url(j, url);
}

/* Runs `j` on the extractor, waiting for another thread using it to end.
 * Returns 0, or -1 with an exception when there is no extractor to run it
 * on. The fork is looked for here, the moment before the lock is taken:
 * reading the arguments may have run Python code (a flag's __bool__, a
 * file's read) that forked. */
static int extractor_run(extractor_object *self, job *j)
{
    if (extractor_after_fork(self) < 0)
        return -1;
    if (!self->ex) {
        PyErr_SetString(PyExc_ValueError, "Extractor.__init__ was not called");
        return -1;
    }
    Py_BEGIN_ALLOW_THREADS
    PyThread_acquire_lock(self->lock, WAIT_LOCK);
    job_run(j, self->ex);
    PyThread_release_lock(self->lock);
    Py_END_ALLOW_THREADS
    return 0;
}

static PyObject *extractor_extract(extractor_object *self, PyObject *args, PyObject *kwargs)
{
    job j;
    if (parse_method(self, args, kwargs, &j, 1) < 0)
        return NULL;
    PyObject *result = extractor_run(self, &j) < 0 ? NULL : job_text(&j);
    job_release(&j);
    return result;
}

static PyObject *extractor_extract_document(extractor_object *self, PyObject *args,
                                            PyObject *kwargs)
{
    job j;
    if (parse_method(self, args, kwargs, &j, 0) < 0)
        return NULL;
    job_want_document(&j);
    PyObject *result = extractor_run(self, &j) < 0 ? NULL : job_document(&j, 1);
    job_release(&j);
    return result;
}

/* ---------------------------------------------------------------- pickling */

/* The output_format name of `fmt`, the one its docs give: mt_format's
 * numbers are stable (maintext.h), so they index the names. */
static const char *format_name(mt_format fmt)
{
    static const char *const names[] = { "txt", "markdown", "html", "json", "xml", "tei", "csv" };
    return (size_t)fmt < sizeof names / sizeof *names ? names[fmt] : "txt";
}

#define PY_BOOL(x) ((x) ? Py_True : Py_False)

/* The keywords that make an Extractor with this one's options, read from
 * what __init__ kept (format, opts, the languages' copy), not from the
 * objects it was given: they need not be picklable, or may have changed. */
static PyObject *extractor_keywords(const extractor_object *self)
{
    const mt_options *o = &self->opts;
    return Py_BuildValue(
        "{s:s,s:O,s:O,s:O,s:O,s:O,s:O,s:O,s:O,s:n,s:z,s:O,s:n}",
        "output_format", format_name(self->format),
        "favor_precision", PY_BOOL(o->focus == MT_FOCUS_PRECISION),
        "favor_recall", PY_BOOL(o->focus == MT_FOCUS_RECALL),
        "whole_page", PY_BOOL(o->focus == MT_FOCUS_WHOLE_PAGE),
        "include_tables", PY_BOOL(o->include & MT_INCLUDE_TABLES),
        "include_links", PY_BOOL(o->include & MT_INCLUDE_LINKS),
        "include_images", PY_BOOL(o->include & MT_INCLUDE_IMAGES),
        "include_formatting", PY_BOOL(o->include & MT_INCLUDE_FORMATTING),
        "include_comments", PY_BOOL(o->include & MT_INCLUDE_COMMENTS),
        "min_length", (Py_ssize_t)o->min_length,
        "target_language", self->languages,
        "basic_metadata", PY_BOOL(o->metadata == MT_METADATA_BASIC),
        "max_page", (Py_ssize_t)o->parse.max_input_size);
}

/* Pickling (and copy.copy, copy.deepcopy): an Extractor is its options.
 * It is rebuilt by copyreg.__newobj__ (the class's __new__, without
 * __init__, so no extractor is made only to be replaced) and then
 * __setstate__ with the keywords; the extractor's memory is not carried
 * over, the new object makes its own. */
static PyObject *extractor_reduce(extractor_object *self, PyObject *unused)
{
    if (!self->made) {
        PyErr_SetString(PyExc_ValueError, "Extractor.__init__ was not called");
        return NULL;
    }
    PyObject *keywords = extractor_keywords(self);
    if (!keywords)
        return NULL;
    return Py_BuildValue("O(O)N", mt_py_newobj, (PyObject *)Py_TYPE(self), keywords);
}

/* Unpickling: __init__ with the keywords __reduce__ gave. */
static PyObject *extractor_setstate(extractor_object *self, PyObject *state)
{
    if (!PyDict_Check(state)) {
        PyErr_Format(PyExc_TypeError, "Extractor.__setstate__ takes a dict, not %.100s",
                     Py_TYPE(state)->tp_name);
        return NULL;
    }
    PyObject *no_args = PyTuple_New(0);
    if (!no_args)
        return NULL;
    int rc = extractor_init(self, no_args, state);
    Py_DECREF(no_args);
    if (rc < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* ======================================================================
 * Web archives: iter_archive
 * ====================================================================== */

/* An exception raised by the file object's read, kept from inside the
 * read (where the reader can only be told "an error") until __next__
 * raises it. */
typedef struct saved_error {
#if PY_VERSION_HEX >= 0x030C0000
    PyObject *exc;
#else
    PyObject *type, *value, *tb;
#endif
} saved_error;

static void save_error(saved_error *e)
{
#if PY_VERSION_HEX >= 0x030C0000
    Py_XSETREF(e->exc, PyErr_GetRaisedException());
#else
    Py_CLEAR(e->type);
    Py_CLEAR(e->value);
    Py_CLEAR(e->tb);
    PyErr_Fetch(&e->type, &e->value, &e->tb);
#endif
}

static int has_error(const saved_error *e)
{
#if PY_VERSION_HEX >= 0x030C0000
    return e->exc != NULL;
#else
    return e->type != NULL;
#endif
}

/* Raises the saved exception (which is given up). */
static void restore_error(saved_error *e)
{
#if PY_VERSION_HEX >= 0x030C0000
    PyErr_SetRaisedException(e->exc);
    e->exc = NULL;
#else
    PyErr_Restore(e->type, e->value, e->tb);
    e->type = e->value = e->tb = NULL;
#endif
}

static void drop_error(saved_error *e)
{
#if PY_VERSION_HEX >= 0x030C0000
    Py_CLEAR(e->exc);
#else
    Py_CLEAR(e->type);
    Py_CLEAR(e->value);
    Py_CLEAR(e->tb);
#endif
}

/* An archive being walked: the file, the page reader over it (warc/pages.c,
 * the command's), one extractor, and the counts. When the archive ends or
 * fails, everything but the counts is freed at once. `busy` is set while
 * a record is read and extracted with the GIL released: a second thread,
 * or the file object's read calling back, gets ValueError (as a running
 * generator does) rather than share the reader. */
typedef struct archive_object {
    PyObject_HEAD
    FILE *f;
    PyObject *file;             /* the file object read through; NULL for a path */
    int readinto;               /* it has readinto (else read) */
    char *stream_buf;           /* the FILE's buffer over it (malloc'd), or NULL */
    PyObject *chunk;            /* the bytearray its readinto fills, or NULL */
    saved_error read_error;
    warc_pages *pages;          /* NULL once the archive has ended */
    mt_extractor *ex;
    warc_page_counts counts;    /* as of the last record, kept after the end */
    int busy;
} archive_object;

/* Frees the reader, the extractor and the file (a path's is closed; a file
 * object is only let go: it is the caller's). */
static void archive_finish(archive_object *self)
{
    warc_pages_free(self->pages);
    self->pages = NULL;
    mt_extractor_free(self->ex);
    self->ex = NULL;
    if (self->f)
        fclose(self->f);
    self->f = NULL;
    free(self->stream_buf);     /* after fclose, which no longer uses it */
    self->stream_buf = NULL;
    Py_CLEAR(self->file);
    Py_CLEAR(self->chunk);
}

/* ---------------------------------------------------------------- reading a file object */

/* Reads up to `size` bytes into `buf` with file.readinto, through a
 * bytearray of ours, copied from: the file never sees the reader's buffer,
 * so no memoryview it keeps can outlive that buffer. -1 with an exception
 * set on failure. */
static Py_ssize_t file_readinto(archive_object *self, char *buf, Py_ssize_t size)
{
    if (!self->chunk && !(self->chunk = PyByteArray_FromStringAndSize(NULL, size)))
        return -1;
    if (PyByteArray_GET_SIZE(self->chunk) != size &&
        PyByteArray_Resize(self->chunk, size) < 0)
        return -1;
    PyObject *got = PyObject_CallMethod(self->file, "readinto", "O", self->chunk);
    if (!got)
        return -1;
    Py_ssize_t n = got == Py_None ? -2 : PyLong_AsSsize_t(got);
    Py_DECREF(got);
    if (n == -1 && PyErr_Occurred())
        return -1;
    if (n < 0 || n > size || n > PyByteArray_GET_SIZE(self->chunk)) {
        if (n == -2)
            PyErr_SetString(PyExc_ValueError, "readinto() gave no data (a non-blocking file?)");
        else
            PyErr_Format(PyExc_ValueError, "readinto() returned %zd for %zd bytes", n, size);
        return -1;
    }
    memcpy(buf, PyByteArray_AS_STRING(self->chunk), (size_t)n);
    return n;
}

#define TEXT_FILE_MESSAGE "iter_archive needs a binary file (open(path, 'rb')), not a text one"

/* Reads up to `size` bytes into `buf` with file.read, for a file without
 * readinto. -1 with an exception set on failure. */
static Py_ssize_t file_read_bytes(PyObject *file, char *buf, Py_ssize_t size)
{
    PyObject *got = PyObject_CallMethod(file, "read", "n", size);
    if (!got)
        return -1;
    if (PyUnicode_Check(got)) {
        Py_DECREF(got);
        PyErr_SetString(PyExc_TypeError, TEXT_FILE_MESSAGE);
        return -1;
    }
    Py_buffer b;
    if (PyObject_GetBuffer(got, &b, PyBUF_SIMPLE) < 0) {
        Py_DECREF(got);
        return -1;
    }
    Py_ssize_t n = b.len;
    if (n > size)
        PyErr_Format(PyExc_ValueError, "read(%zd) returned %zd bytes", size, n);
    else
        memcpy(buf, b.buf, (size_t)n);
    PyBuffer_Release(&b);
    Py_DECREF(got);
    return n > size ? -1 : n;
}

#if defined(__GLIBC__)
#define STREAM_BUF ((size_t)256 << 10)

/* The FILE's read (fopencookie): the reader runs with the GIL released,
 * so the GIL is taken only around the file object's read. An exception is
 * kept for __next__ to raise; the reader sees a read error. */
static ssize_t cookie_read(void *cookie, char *buf, size_t size)
{
    archive_object *self = cookie;
    PyGILState_STATE g = PyGILState_Ensure();
    Py_ssize_t want = size > (size_t)PY_SSIZE_T_MAX ? PY_SSIZE_T_MAX : (Py_ssize_t)size;
    Py_ssize_t n = -1;
    if (self->file && !has_error(&self->read_error))
        n = self->readinto ? file_readinto(self, buf, want)
                           : file_read_bytes(self->file, buf, want);
    if (n < 0 && PyErr_Occurred())
        save_error(&self->read_error);
    PyGILState_Release(g);
    return n;
}

/* A FILE over the file object; NULL with an exception set. */
static FILE *file_stream(archive_object *self)
{
    cookie_io_functions_t io = { .read = cookie_read };
    FILE *f = fopencookie(self, "rb", io);
    if (!f) {
        PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    }
    /* stdio's default buffer (8 KiB) would cost a GIL round trip and a
     * Python call per 8 KiB; ours makes them rare. glibc takes the size
     * only with a buffer given; without one the default is kept. */
    self->stream_buf = malloc(STREAM_BUF);
    if (self->stream_buf)
        setvbuf(f, self->stream_buf, _IOFBF, STREAM_BUF);
    return f;
}
#else
static FILE *file_stream(archive_object *self)
{
    PyErr_SetString(PyExc_NotImplementedError,
                    "iter_archive reads file objects with glibc only: give it a path");
    return NULL;
}
#endif

/* ---------------------------------------------------------------- opening */

/* Opens a path (str, bytes, os.PathLike) with the GIL released. A folder,
 * which fopen opens and only the first read refuses, is refused here, as
 * open() refuses it (IsADirectoryError), not told as a bad record. */
static int open_path(archive_object *self, PyObject *source)
{
    PyObject *bytes = NULL;
    if (!PyUnicode_FSConverter(source, &bytes))
        return -1;
    const char *path = PyBytes_AS_STRING(bytes);
    FILE *f;
    int err;
    struct stat st;
    Py_BEGIN_ALLOW_THREADS
    f = fopen(path, "rb");
    err = errno;
    if (f && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        f = NULL;
        err = EISDIR;
    }
    Py_END_ALLOW_THREADS
    Py_DECREF(bytes);
    if (!f) {
        errno = err;
        PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, source);
        return -1;
    }
    self->f = f;
    return 0;
}

/* Opens `source`: a path, or a binary file object read through its
 * readinto (or read) method. A text file is refused here: its read would
 * fail to decode the archive's bytes (UnicodeDecodeError) or give a str. */
static int open_source(archive_object *self, PyObject *source)
{
    if (PyUnicode_Check(source) || PyBytes_Check(source) ||
        PyObject_HasAttrString(source, "__fspath__"))
        return open_path(self, source);
    int text = PyObject_IsInstance(source, mt_py_text_io);
    if (text != 0) {
        if (text > 0)
            PyErr_SetString(PyExc_TypeError, TEXT_FILE_MESSAGE);
        return -1;
    }
    self->readinto = PyObject_HasAttrString(source, "readinto");
    if (!self->readinto && !PyObject_HasAttrString(source, "read")) {
        PyErr_Format(PyExc_TypeError,
                     "iter_archive takes a path or a binary file object, not %.100s",
                     Py_TYPE(source)->tp_name);
        return -1;
    }
    Py_INCREF(source);
    self->file = source;
    self->f = file_stream(self);
    return self->f ? 0 : -1;
}

static PyTypeObject archive_type;

static PyObject *py_iter_archive(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = { "source", "favor_precision", "favor_recall", "whole_page",
                              "include_tables",
                              "include_links", "include_images", "include_formatting",
                              "include_comments", "min_length", "target_language",
                              "basic_metadata", "max_page", NULL };
    PyObject *source, *max_page_arg = Py_None;
    const char *languages = NULL;
    int precision = 0, recall = 0, whole_page = 0, tables = 1, links = 0, images = 0,
        formatting = 0, comments = 0, basic_metadata = 0;
    Py_ssize_t min_length = 0;
    settings s;
    size_t max_page;
    if (!parse_arguments("iter_archive", args, kwargs, "O|$ppppppppnzpO", kwlist, &source,
                         &precision, &recall, &whole_page, &tables, &links, &images,
                         &formatting, &comments, &min_length, &languages,
                         &basic_metadata, &max_page_arg))
        return NULL;
    if (make_settings(&s, "json", precision, recall, whole_page, tables, links, images,
                      formatting, comments, min_length, languages, basic_metadata) < 0 ||
        take_max_page(max_page_arg, &s, &max_page) < 0)
        return NULL;
    archive_object *self = PyObject_GC_New(archive_object, &archive_type);
    if (!self)
        return NULL;
    memset((char *)self + sizeof(PyObject), 0, sizeof *self - sizeof(PyObject));
    PyObject_GC_Track(self);
    if (open_source(self, source) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    mt_status st = MT_ERR_NOMEM;
    self->ex = mt_extractor_new(&s.opts, &st);
    self->pages = self->ex ? warc_pages_new(self->f, max_page) : NULL;
    if (!self->pages) {
        int no_extractor = !self->ex;
        Py_DECREF(self);
        return no_extractor ? raise_status(st) : PyErr_NoMemory();
    }
    return (PyObject *)self;
}

/* ---------------------------------------------------------------- one record */

/* A record read and, when a page, extracted (with the GIL released). */
typedef struct archive_step {
    warc_pages_result res;
    warc_page page;
    job j;                      /* the page's extraction */
} archive_step;

static void step_run(archive_object *self, archive_step *s)
{
    memset(&s->j, 0, sizeof s->j);
    s->res = warc_pages_next(self->pages, &s->page);
    if (s->res != WARC_PAGES_PAGE)
        return;
    s->j.html = s->page.body;
    s->j.len = s->page.body_len;
    s->j.url = *s->page.uri ? s->page.uri : NULL;
    s->j.charset = *s->page.charset ? s->page.charset : NULL;
    s->j.any_page = 1;          /* its metadata, content or not */
    job_want_document(&s->j);
    job_run(&s->j, self->ex);
    free(s->page.body);
    s->page.body = NULL;
}

/* Sets d[key] ("error", "warning") to how the command tells the record. */
static int set_told(PyObject *d, const char *key, const warc_page *p, const char *why)
{
    char msg[WARC_PAGE_TELL_MAX];
    warc_page_tell(msg, sizeof msg, p->offset, p->uri, why);
    return set_text(d, key, msg);
}

/* Sets d["status"] to the HTTP status, or None for a record without one
 * (a resource; a bad record that could not be read). */
static int set_status(PyObject *d, int status)
{
    if (!status)
        return PyDict_SetItemString(d, "status", Py_None);
    PyObject *v = PyLong_FromLong(status);
    int rc = v ? PyDict_SetItemString(d, "status", v) : -1;
    Py_XDECREF(v);
    return rc;
}

/* The record's place, and what it says of the page as served: {"offset",
 * "uri", "id", "date", "status", "content_type", "payload_digest"} (the
 * command's "record" member, which leaves out what the record has not). */
static PyObject *place_dict(const warc_page *p)
{
    PyObject *d = PyDict_New();
    if (!d)
        return NULL;
    PyObject *off = PyLong_FromUnsignedLongLong(p->offset);
    if (!off || PyDict_SetItemString(d, "offset", off) < 0 || set_text(d, "uri", p->uri) < 0 ||
        set_text(d, "id", p->id) < 0 || set_text(d, "date", p->date) < 0 ||
        set_status(d, p->status) < 0 || set_text(d, "content_type", p->content_type) < 0 ||
        set_text(d, "payload_digest", p->payload_digest) < 0) {
        Py_XDECREF(off);
        Py_DECREF(d);
        return NULL;
    }
    Py_DECREF(off);
    return d;
}

/* Sets the page's "document": the dict, or without main content None (as
 * extract_document gives) and "metadata", what extract_metadata would
 * give: the page was extracted all the same, and a corpus builder may
 * want the title or date of the pages it drops. Returns 0, or -1 with an
 * exception. */
static int set_document(PyObject *d, job *j)
{
    PyObject *doc = job_document(j, 0);
    if (!doc)
        return -1;
    int rc = PyDict_SetItemString(d, "document", j->no_content ? Py_None : doc);
    if (rc == 0 && j->no_content)
        rc = drop_content(doc) < 0 ? -1 : PyDict_SetItemString(d, "metadata", doc);
    Py_DECREF(doc);
    return rc;
}

/* Adds a page's "document" (and "metadata" without main content: see
 * set_document) and, for a page cut short, "warning"; a library error
 * other than running out of memory makes it an "error" instead, as the
 * command fails that page. */
static int add_document(PyObject *d, archive_step *s)
{
    mt_status st = s->j.status;
    if (st != MT_OK && st != MT_ERR_NO_CONTENT && st != MT_ERR_NOMEM)
        return set_told(d, "error", &s->page, mt_strerror(st));
    int rc = set_document(d, &s->j);
    if (rc < 0 || (!s->page.why && !s->j.note[0]))
        return rc;
    char why[sizeof s->j.note + 128];
    snprintf(why, sizeof why, "%s%s%s", s->page.why ? s->page.why : "",
             s->page.why && s->j.note[0] ? "; " : "", s->j.note);
    return set_told(d, "warning", &s->page, why);
}

/* The step as the iterator's item; frees the rendering. */
static PyObject *step_item(archive_step *s)
{
    PyObject *d = place_dict(&s->page);
    int rc = !d ? -1 : s->res == WARC_PAGES_BAD ? set_told(d, "error", &s->page, s->page.why)
                                                : add_document(d, s);
    mt_free(NULL, s->j.out);    /* job_document freed it unless it did not run */
    s->j.out = NULL;
    if (rc < 0) {
        Py_XDECREF(d);
        return NULL;
    }
    return d;
}

static PyObject *archive_next(archive_object *self)
{
    if (!self->pages)
        return NULL;            /* ended: StopIteration */
    if (self->busy) {
        PyErr_SetString(PyExc_ValueError,
                        "this archive is already being read (by another thread, or by its "
                        "file's read)");
        return NULL;
    }
    archive_step s;
    self->busy = 1;
    Py_BEGIN_ALLOW_THREADS
    step_run(self, &s);
    Py_END_ALLOW_THREADS
    self->busy = 0;
    self->counts = *warc_pages_counts(self->pages);
    if (has_error(&self->read_error) || s.res == WARC_PAGES_END) {
        mt_free(NULL, s.j.out);
        archive_finish(self);
        if (has_error(&self->read_error))
            restore_error(&self->read_error);
        return NULL;
    }
    return step_item(&s);
}

/* ---------------------------------------------------------------- the object */

static PyObject *archive_close(archive_object *self, PyObject *unused)
{
    if (self->busy) {
        PyErr_SetString(PyExc_ValueError, "this archive is being read: it cannot be closed now");
        return NULL;
    }
    archive_finish(self);
    Py_RETURN_NONE;
}

static PyObject *archive_enter(archive_object *self, PyObject *unused)
{
    Py_INCREF(self);
    return (PyObject *)self;
}

static PyObject *archive_exit(archive_object *self, PyObject *args)
{
    return archive_close(self, NULL);
}

static PyObject *archive_counts(archive_object *self, void *closure)
{
    const warc_page_counts *c = &self->counts;
    return Py_BuildValue("{s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n}",
                         "records", (Py_ssize_t)c->records, "pages", (Py_ssize_t)c->pages,
                         "cut_short", (Py_ssize_t)c->cut_short,
                         "passed_over", (Py_ssize_t)c->not_pages,
                         "other_types", (Py_ssize_t)c->other_types,
                         "revisits", (Py_ssize_t)c->revisits,
                         "not_html", (Py_ssize_t)c->not_html, "not_ok", (Py_ssize_t)c->not_ok,
                         "bad", (Py_ssize_t)c->bad);
}

/* The file object, and an exception its read raised (whose traceback can
 * hold the iterator), can make cycles with the iterator. */
static int archive_traverse(archive_object *self, visitproc visit, void *arg)
{
    Py_VISIT(self->file);
#if PY_VERSION_HEX >= 0x030C0000
    Py_VISIT(self->read_error.exc);
#else
    Py_VISIT(self->read_error.type);
    Py_VISIT(self->read_error.value);
    Py_VISIT(self->read_error.tb);
#endif
    return 0;
}

static int archive_clear(archive_object *self)
{
    Py_CLEAR(self->file);
    drop_error(&self->read_error);
    return 0;
}

static void archive_dealloc(archive_object *self)
{
    PyObject_GC_UnTrack(self);
    archive_finish(self);
    drop_error(&self->read_error);
    PyObject_GC_Del(self);
}

/* ======================================================================
 * Docstrings
 * ====================================================================== */

#define OPTIONS_DOC \
    "Options (keyword only; the command's flag in brackets):\n" \
    "  output_format='txt'   txt, markdown, html, json, xml, tei, csv [--format]\n" \
    "  favor_precision=False leave out what is doubtful [--precision]\n" \
    "  favor_recall=False    keep what is doubtful [--recall]\n" \
    "  whole_page=False      no selection: all the text the page shows,\n" \
    "                        menus and footers too [--whole-page]\n" \
    "  include_tables=True   keep tables [--tables / --no-tables]\n" \
    "  include_links=False   keep links [--links]\n" \
    "  include_images=False  keep images [--images]\n" \
    "  include_formatting=False  keep emphasis, bold, code [--formatting]\n" \
    "  include_comments=False    also extract user comments [--comments]\n" \
    "  min_length=0          less main text than this many characters\n" \
    "                        counts as none [--min-length]\n" \
    "  target_language=None  main text in none of these languages ('en',\n" \
    "                        'de,fr': ISO 639 codes, read from the text)\n" \
    "                        counts as none [--language]\n" \
    "  basic_metadata=False  faster: no search for authors and dates; author,\n" \
    "                        date, date_modified and pagetype are None,\n" \
    "                        authors [], the rest as without it\n" \
    "                        [--basic-metadata]\n" \
    "  max_page=None         the largest page read, in bytes (None: the\n" \
    "                        library's limit, 64 MiB); a larger one raises\n" \
    "                        maintext.Error (status 3), gzip data inflates\n" \
    "                        to it and no further [--max-page]\n"

#define INPUT_DOC \
    "html is the page: bytes as served (the charset is sniffed from a BOM,\n" \
    "<meta> or the bytes, as the command does) or a str already decoded\n" \
    "(read as such: a <meta charset> in it is ignored; lone surrogates\n" \
    "become '?'). url is the page's address (str or bytes), for resolving\n" \
    "links and as a metadata source; bytes a str holds as lone surrogates\n" \
    "(errors='surrogateescape') are written %-encoded. charset is the\n" \
    "label the server declared for bytes (e.g. from the HTTP Content-Type\n" \
    "header, 'windows-1251'); it beats a <meta> in the page; a label no\n" \
    "standard knows is passed over, as browsers do, and the bytes are\n" \
    "sniffed as without one [--charset].\n"

PyDoc_STRVAR(extract_doc,
"extract(html, url=None, *, output_format='txt', favor_precision=False,\n"
"        favor_recall=False, whole_page=False, include_tables=True,\n"
"        include_links=False, include_images=False, include_formatting=False,\n"
"        include_comments=False, min_length=0, target_language=None,\n"
"        basic_metadata=False, charset=None, with_metadata=False,\n"
"        max_page=None)\n"
"--\n\n"
"Return the main content of a web page as a str in output_format, the same\n"
"text `maintext --format FORMAT` prints, or None when the page has no main\n"
"content.\n\n"
INPUT_DOC "\n" OPTIONS_DOC "\n"
"With output_format 'txt' or 'markdown', which show no metadata, extract()\n"
"skips the search for authors and dates by itself, as the command does:\n"
"the same text, sooner. with_metadata=True puts the metadata before\n"
"their text, as YAML front matter between '---' lines (the JSON's\n"
"members that have a value) [--with-metadata]; the other formats carry\n"
"it already.\n\n"
"Bytes compressed with gzip (a crawl's page.html.gz) are read as the page\n"
"they hold, as the command reads them. What the command tells on stderr\n"
"of a page it extracts -- gzip data that ends early or breaks off (what\n"
"came is read), a limit the page hit (a block's text cut at 16 MiB) -- is\n"
"a maintext.PageWarning (a UserWarning).\n\n"
"Raises TypeError or ValueError for bad arguments, MemoryError, and\n"
"maintext.Error for other library errors (e.g. a page over 64 MiB, or\n"
"gzip data that gives nothing).\n"
"Safe from any thread; the GIL is released while the page is read. For many\n"
"pages, an Extractor saves setting up the library's memory each time.");

PyDoc_STRVAR(extract_document_doc,
"extract_document(html, url=None, *, favor_precision=False,\n"
"                 favor_recall=False, whole_page=False, include_tables=True,\n"
"                 include_links=False, include_images=False,\n"
"                 include_formatting=False, include_comments=False,\n"
"                 min_length=0, target_language=None, basic_metadata=False,\n"
"                 charset=None, max_page=None)\n"
"--\n\n"
"Return the page as a dict, or None when it has no main content: the\n"
"metadata (title, authors, author (the authors joined by '; '), date,\n"
"date_modified, sitename, description, language, url, image, categories,\n"
"tags, license, pagetype; None where the page gives nothing), 'text' (as\n"
"output_format='txt' gives it), 'comments' and 'comment_blocks' (None and\n"
"[] without include_comments), 'encoding' (the charset the page was read in),\n"
"'fingerprint' (a SimHash of the main text as 16 hexadecimal digits, for\n"
"finding near-duplicates: 3 bits or fewer apart; None without words) and\n"
"'blocks': the typed blocks of the main content, each a dict with\n"
"'type' (paragraph, heading, list_item, quote, code, table, caption, image,\n"
"break), 'text' (but for an image, which has 'src' and 'alt', and a break)\n"
"and the fields of its type (level, rows of cells, language, links and\n"
"formatting spans...), and 'sources': where each metadata field came from\n"
"('json-ld', 'meta:og:title', 'byline', ...; None for a field left empty),\n"
"which reading of the page its 'text' comes from ('page', 'noscript',\n"
"'mended' or 'json-ld': the article body its JSON-LD states) and how its\n"
"'encoding' was found. It is `maintext --format json --blocks --explain`\n"
"parsed, with 'warning' when there is one: what extract() gives as a\n"
"PageWarning.\n\n"
"The arguments are extract()'s but output_format; see help(maintext.extract).");

PyDoc_STRVAR(extract_metadata_doc,
"extract_metadata(html, url=None, *, charset=None, max_page=None)\n"
"--\n\n"
"Return the page's metadata as a dict, whether or not it has main content\n"
"(a login page, an index of teasers): extract_document()'s fields but\n"
"'text', 'comments', 'blocks' and 'comment_blocks' (title, authors,\n"
"author, date, date_modified, sitename, description, language, url, image,\n"
"categories, tags, license, pagetype, encoding, fingerprint; None, or []\n"
"for a list, where the page gives nothing), and 'sources' but its 'text';\n"
"for bytes that are not a page (a ZIP archive, a picture, JSON) also\n"
"'not_a_page', their media type ('application/zip').\n"
"html, url, charset and max_page are as for extract(); see\n"
"help(maintext.extract).\n"
"It takes no extraction options: all the metadata is searched for.");

PyDoc_STRVAR(extractor_doc,
"Extractor(*, output_format='txt', favor_precision=False, favor_recall=False,\n"
"          whole_page=False, include_tables=True, include_links=False, include_images=False,\n"
"          include_formatting=False, include_comments=False, min_length=0,\n"
"          target_language=None, basic_metadata=False, max_page=None)\n"
"--\n\n"
"An extractor holding its options and its memory from page to page: the\n"
"fastest way to extract many pages, e.g. in a loop over a web archive.\n\n"
"    ex = maintext.Extractor(favor_precision=True)\n"
"    for url, html in pages:\n"
"        text = ex.extract(html, url)\n\n"
"One Extractor may be shared by threads, but they take turns on it; give\n"
"each thread its own to extract in parallel.\n\n"
"An Extractor pickles, and copies (copy.copy, copy.deepcopy), as its\n"
"options: what is rebuilt is an Extractor made with the same keywords,\n"
"with memory of its own (as a pipeline's worker process needs).\n\n"
"Unlike extract(), an Extractor searches for authors and dates whatever\n"
"its output_format, since its extract_document() shows them: for txt or\n"
"markdown output alone, basic_metadata=True makes it faster.\n\n" OPTIONS_DOC);

PyDoc_STRVAR(extractor_extract_doc,
"extract($self, html, url=None, *, charset=None, output_format=None,\n"
"        with_metadata=False)\n"
"--\n\n"
"As maintext.extract() with this extractor's options; output_format, when\n"
"given, overrides the extractor's for this page.");

PyDoc_STRVAR(extractor_extract_document_doc,
"extract_document($self, html, url=None, *, charset=None)\n"
"--\n\n"
"As maintext.extract_document() with this extractor's options.");

PyDoc_STRVAR(extractor_reduce_doc,
"__reduce__($self)\n--\n\n"
"For pickle and copy: an Extractor is rebuilt from its options (the\n"
"keywords it was made with), with memory of its own.");

PyDoc_STRVAR(extractor_setstate_doc,
"__setstate__($self, state, /)\n--\n\n"
"For pickle and copy: takes the keywords __reduce__ gave, as __init__ does.");

PyDoc_STRVAR(iter_archive_doc,
"iter_archive(source, *, favor_precision=False, favor_recall=False,\n"
"             whole_page=False, include_tables=True, include_links=False, include_images=False,\n"
"             include_formatting=False, include_comments=False, min_length=0,\n"
"             target_language=None, basic_metadata=False, max_page=None)\n"
"--\n\n"
"Walk a web archive (WARC 1.0/1.1 or ARC, plain, gzip or zstd) and extract\n"
"each page, as `maintext --format json ARCHIVE` does. Returns an iterator of\n"
"dicts in archive order, one per page and one per bad record, so that no\n"
"record is lost silently:\n\n"
"  a page:       {'offset', 'uri', 'id', 'date', 'status', 'content_type',\n"
"                 'payload_digest', 'document'[, 'metadata']}\n"
"  a bad record: {'offset', 'uri', 'id', 'date', 'status', 'content_type',\n"
"                 'payload_digest', 'error'}\n\n"
"offset is where the record begins (in a gzip file, its gzip member; in a\n"
"zstd file, its zstd frame); uri, id and date are the record's\n"
"WARC-Target-URI, WARC-Record-ID and WARC-Date\n"
"(an ARC record's date in the same form; '' when none; a record too broken\n"
"to read has only its offset). status is the HTTP status (an int; None\n"
"for a resource record, which has no HTTP header), content_type the\n"
"Content-Type as served, as it stands ('text/html; charset=UTF-8'; a\n"
"resource record's own), payload_digest the WARC-Payload-Digest as the\n"
"record gives it ('sha1:...', not checked; '' when none, as in ARC\n"
"files): what the command's JSON has in its 'record' member.\n"
"document is what extract_document() gives for the page (None when it has\n"
"no main content), with the record's URI as url and its HTTP charset as\n"
"charset. A page without main content has 'metadata' too: what\n"
"extract_metadata() gives for it (title, url, date...; searched for with\n"
"the iterator's options, so basic_metadata=True leaves out authors and\n"
"dates), as the command's JSON still describes such a page. A page the\n"
"file ends inside, or whose compressed body ends early or breaks off, is\n"
"extracted as far as it goes and has a 'warning' too.\n"
"error is the message the command prints for the record ('record at\n"
"byte N URI: why'); a page the library cannot extract (e.g. too large) is\n"
"an error too.\n\n"
"A page is an HTTP response with a 2xx status and an HTML media type (or\n"
"none), or an HTML resource; the other records (requests, warcinfo,\n"
"metadata, redirects, 404s, images...) are passed over and counted. The\n"
"iterator's `counts` attribute is a dict of what the records read so far\n"
"were: records, pages, cut_short, passed_over (= other_types + not_html +\n"
"not_ok), revisits (among other_types), bad -- the command's summary line.\n\n"
"source is a path (str, bytes, os.PathLike) or a binary file object with\n"
"readinto() or read(), e.g. a socket's makefile('rb') (read from its\n"
"current position; it need not seek; it is not closed). An exception its\n"
"read raises ends the iteration and is raised by next(). A page is cut at\n"
"max_page bytes (None: the library's limit, 64 MiB) once decoded; a record\n"
"whose block is longer than that and 64 KiB is a bad record, read through\n"
"without being held. The options are extract_document()'s. The iterator\n"
"is also a context manager that closes it.\n\n"
"The GIL is released while a record is read and extracted (a file\n"
"object's read takes it back); one thread at a time reads an iterator:\n"
"another gets ValueError. close() frees the reader and closes a path's\n"
"file before the end; an iterator dropped halfway does the same.\n\n"
"    for rec in maintext.iter_archive('crawl.warc.gz'):\n"
"        if rec.get('document'):\n"
"            print(rec['uri'], rec['document']['title'])\n");

PyDoc_STRVAR(archive_type_doc,
"The iterator iter_archive() returns; see help(maintext.iter_archive).");

PyDoc_STRVAR(archive_close_doc,
"close($self)\n--\n\n"
"Stop reading: free the reader and close the file of a path (a file object\n"
"is let go, not closed). Further next() calls raise StopIteration; counts\n"
"stay.");

PyDoc_STRVAR(archive_counts_doc,
"What the records read so far were: a dict of records, pages, cut_short,\n"
"passed_over, other_types, revisits (of the other types), not_html, not_ok\n"
"and bad.");

PyDoc_STRVAR(module_doc,
"maintext: the main text and metadata of web pages.\n\n"
"    import maintext\n"
"    text = maintext.extract(html_bytes, url='https://example.org/a')\n"
"    doc = maintext.extract_document(html_bytes)   # dict: title, authors,\n"
"                                                  # date, text, blocks, ...\n"
"    ex = maintext.Extractor(output_format='markdown')  # reuse in a loop\n"
"    md = ex.extract(html_bytes)\n"
"    for rec in maintext.iter_archive('crawl.warc.gz'):  # a web archive\n"
"        doc = rec.get('document')  # None: no content; 'error': bad record\n\n"
"A page without main content gives None. maintext.Error is raised for\n"
"library errors; its `status` attribute holds the library's status code.\n"
"The work runs in C with the GIL released: threads extract in parallel.");

/* ======================================================================
 * Module
 * ====================================================================== */

static PyMethodDef extractor_methods[] = {
    { "extract", (PyCFunction)(void (*)(void))extractor_extract, METH_VARARGS | METH_KEYWORDS,
      extractor_extract_doc },
    { "extract_document", (PyCFunction)(void (*)(void))extractor_extract_document,
      METH_VARARGS | METH_KEYWORDS, extractor_extract_document_doc },
    { "__reduce__", (PyCFunction)extractor_reduce, METH_NOARGS, extractor_reduce_doc },
    { "__setstate__", (PyCFunction)extractor_setstate, METH_O, extractor_setstate_doc },
    { NULL, NULL, 0, NULL }
};

static PyTypeObject extractor_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "maintext.Extractor",
    .tp_basicsize = sizeof(extractor_object),
    .tp_dealloc = (destructor)extractor_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = extractor_doc,
    .tp_methods = extractor_methods,
    .tp_init = (initproc)extractor_init,
    .tp_new = PyType_GenericNew,
};

static PyMethodDef archive_methods[] = {
    { "close", (PyCFunction)archive_close, METH_NOARGS, archive_close_doc },
    { "__enter__", (PyCFunction)archive_enter, METH_NOARGS, NULL },
    { "__exit__", (PyCFunction)archive_exit, METH_VARARGS, NULL },
    { NULL, NULL, 0, NULL }
};

static PyGetSetDef archive_getset[] = {
    { "counts", (getter)archive_counts, NULL, archive_counts_doc, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

static PyTypeObject archive_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "maintext.ArchiveIterator",
    .tp_basicsize = sizeof(archive_object),
    .tp_dealloc = (destructor)archive_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = archive_type_doc,
    .tp_traverse = (traverseproc)archive_traverse,
    .tp_clear = (inquiry)archive_clear,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)archive_next,
    .tp_methods = archive_methods,
    .tp_getset = archive_getset,
};

static PyMethodDef module_methods[] = {
    { "extract", (PyCFunction)(void (*)(void))py_extract, METH_VARARGS | METH_KEYWORDS,
      extract_doc },
    { "extract_document", (PyCFunction)(void (*)(void))py_extract_document,
      METH_VARARGS | METH_KEYWORDS, extract_document_doc },
    { "extract_metadata", (PyCFunction)(void (*)(void))py_extract_metadata,
      METH_VARARGS | METH_KEYWORDS, extract_metadata_doc },
    { "iter_archive", (PyCFunction)(void (*)(void))py_iter_archive,
      METH_VARARGS | METH_KEYWORDS, iter_archive_doc },
    { NULL, NULL, 0, NULL }
};

static struct PyModuleDef maintext_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "maintext",
    .m_doc = module_doc,
    .m_size = -1,
    .m_methods = module_methods,
};

/* `module`.`name` (a new reference), or NULL with an exception. */
static PyObject *imported(const char *module, const char *name)
{
    PyObject *m = PyImport_ImportModule(module);
    if (!m)
        return NULL;
    PyObject *attr = PyObject_GetAttrString(m, name);
    Py_DECREF(m);
    return attr;
}

/* Adds the module's names; -1 with an exception set on failure. */
static int add_names(PyObject *m)
{
    if (!(mt_py_json_loads = imported("json", "loads")) ||
        !(mt_py_text_io = imported("io", "TextIOBase")) ||
        !(mt_py_newobj = imported("copyreg", "__newobj__")))
        return -1;
    /* `status` is a class attribute too (0), so that an Error made by the
     * caller (a wrapper's, a test's) has the attribute the stubs promise */
    PyObject *error_dict = Py_BuildValue("{s:i}", "status", 0);
    if (!error_dict)
        return -1;
    mt_py_error = PyErr_NewExceptionWithDoc(
        "maintext.Error",
        "A library error other than running out of memory; `status` holds its code "
        "(0 on an Error not raised by the library).",
        NULL, error_dict);
    Py_DECREF(error_dict);
    if (!mt_py_error || PyModule_AddObjectRef(m, "Error", mt_py_error) < 0)
        return -1;
    mt_py_page_warning = PyErr_NewExceptionWithDoc(
        "maintext.PageWarning",
        "What the command tells on stderr of a page it extracts: gzip data that ended early "
        "(what came was read), a limit the page hit.",
        PyExc_UserWarning, NULL);
    if (!mt_py_page_warning ||
        PyModule_AddObjectRef(m, "PageWarning", mt_py_page_warning) < 0)
        return -1;
    if (PyType_Ready(&extractor_type) < 0 ||
        PyModule_AddObjectRef(m, "Extractor", (PyObject *)&extractor_type) < 0)
        return -1;
    if (PyType_Ready(&archive_type) < 0 ||
        PyModule_AddObjectRef(m, "ArchiveIterator", (PyObject *)&archive_type) < 0)
        return -1;
    return PyModule_AddStringConstant(m, "__version__", mt_version());
}

/* Before 3.9, PyMODINIT_FUNC does not say the function is exported: under
 * -fvisibility=hidden (setup.py's, CMake's) the module would be hidden. */
#if PY_VERSION_HEX < 0x03090000 && defined(__GNUC__)
__attribute__((visibility("default")))
#endif
PyMODINIT_FUNC PyInit_maintext(void)
{
    PyObject *m = PyModule_Create(&maintext_module);
    if (!m)
        return NULL;
    if (add_names(m) < 0) {
        Py_CLEAR(mt_py_json_loads);
        Py_CLEAR(mt_py_text_io);
        Py_CLEAR(mt_py_newobj);
        Py_CLEAR(mt_py_error);
        Py_CLEAR(mt_py_page_warning);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
