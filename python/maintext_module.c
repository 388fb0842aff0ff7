/* maintext_module.c -- the Python binding: maintext.extract(),
 * maintext.extract_document() and maintext.Extractor over the public API.
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
#include <string.h>
#include "maintext.h"

/* Set once at import; the module keeps them for the life of the process. */
static PyObject *mt_py_error;        /* maintext.Error */
static PyObject *mt_py_json_loads;   /* json.loads */

/* ======================================================================
 * Errors
 * ====================================================================== */

/* Raises the Python exception for a library status: MemoryError for
 * MT_ERR_NOMEM (the caller can do nothing but drop work, as for any other
 * allocation), maintext.Error with the library's message and a `status`
 * attribute for the rest. Returns NULL for `return raise_status(st);`. */
static PyObject *raise_status(mt_status st)
{
    if (st == MT_ERR_NOMEM)
        return PyErr_NoMemory();
    PyObject *exc = PyObject_CallFunction(mt_py_error, "s", mt_strerror(st));
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
                 "unknown output_format '%s' (use txt, markdown, html, json, xml or tei)", name);
    return -1;
}

/* Turns the keyword values into `s`; -1 with ValueError set when they
 * contradict each other or are out of range. */
static int make_settings(settings *s, const char *format, int precision, int recall,
                         int tables, int links, int images, int formatting, int comments,
                         Py_ssize_t min_length)
{
    mt_options_default(&s->opts);
    if (parse_format(format, &s->format) < 0)
        return -1;
    if (precision && recall) {
        PyErr_SetString(PyExc_ValueError,
                        "favor_precision and favor_recall cannot both be true");
        return -1;
    }
    if (min_length < 0) {
        PyErr_SetString(PyExc_ValueError, "min_length must not be negative");
        return -1;
    }
    s->opts.focus = precision ? MT_FOCUS_PRECISION : recall ? MT_FOCUS_RECALL
                                                           : MT_FOCUS_BALANCED;
    s->opts.include = (tables ? MT_INCLUDE_TABLES : 0u) | (links ? MT_INCLUDE_LINKS : 0u) |
                      (images ? MT_INCLUDE_IMAGES : 0u) |
                      (formatting ? MT_INCLUDE_FORMATTING : 0u) |
                      (comments ? MT_INCLUDE_COMMENTS : 0u);
    s->opts.min_length = (size_t)min_length;
    return 0;
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
    const char *charset;
    mt_format format;
    unsigned flags;
    /* filled with the GIL released */
    mt_status status;
    char *out;
    size_t out_len;
} job;

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
    } else if (PyObject_CheckBuffer(html)) {
        j->keep = PyBytes_FromObject(html);
        j->charset = charset;
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

/* Extracts and renders; runs without the GIL. A page without content
 * leaves j->out NULL with MT_ERR_NO_CONTENT. */
static void job_run(job *j, mt_extractor *ex)
{
    const mt_result *res = NULL;
    j->out = NULL;
    j->out_len = 0;
    j->status = mt_extract_declared(ex, j->html, j->len, j->url, j->charset, &res);
    if (j->status != MT_OK)
        return;
    mt_status st = MT_OK;
    j->out = mt_render(res, j->format, j->flags, NULL, &j->out_len, &st);
    if (!j->out)
        j->status = st != MT_OK ? st : MT_ERR_NOMEM;
}

/* The rendering as a str (None for no content, NULL with an exception for
 * an error); frees the rendering. */
static PyObject *job_text(job *j)
{
    if (j->status == MT_ERR_NO_CONTENT)
        Py_RETURN_NONE;
    if (j->status != MT_OK)
        return raise_status(j->status);
    PyObject *text = PyUnicode_DecodeUTF8(j->out, (Py_ssize_t)j->out_len, "strict");
    mt_free(NULL, j->out);
    j->out = NULL;
    return text;
}

/* The JSON rendering (with blocks) parsed into a dict, or None. */
static PyObject *job_document(job *j)
{
    PyObject *text = job_text(j);
    if (!text || text == Py_None)
        return text;
    PyObject *doc = PyObject_CallOneArg(mt_py_json_loads, text);
    Py_DECREF(text);
    return doc;
}

/* What extract_document renders: one compact JSON object with the blocks. */
static void job_want_document(job *j)
{
    j->format = MT_FORMAT_JSON;
    j->flags = MT_RENDER_BLOCKS | MT_RENDER_COMPACT;
}

/* ======================================================================
 * Module-level functions
 * ====================================================================== */

/* Parses (html, url=None, *, output_format, favor_*, include_*, min_length,
 * charset) into `s` and `j`. The keyword names are the public API. */
static int parse_call(PyObject *args, PyObject *kwargs, settings *s, job *j, PyObject **html)
{
    static char *kwlist[] = { "html", "url", "output_format", "favor_precision",
                              "favor_recall", "include_tables", "include_links",
                              "include_images", "include_formatting", "include_comments",
                              "min_length", "charset", NULL };
    const char *url = NULL, *format = "txt", *charset = NULL;
    int precision = 0, recall = 0, tables = 1, links = 0, images = 0, formatting = 0,
        comments = 0;
    Py_ssize_t min_length = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|z$spppppppnz", kwlist, html, &url,
                                     &format, &precision, &recall, &tables, &links, &images,
                                     &formatting, &comments, &min_length, &charset))
        return -1;
    if (make_settings(s, format, precision, recall, tables, links, images, formatting,
                      comments, min_length) < 0)
        return -1;
    memset(j, 0, sizeof *j);
    j->url = url;
    j->format = s->format;
    return job_take_input(j, *html, charset);
}

/* A fresh extractor for one call, so that the functions are safe from any
 * thread without a lock (an Extractor saves this cost in a loop). */
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
    if (parse_call(args, kwargs, &s, &j, &html) < 0)
        return NULL;
    if (document)
        job_want_document(&j);
    Py_BEGIN_ALLOW_THREADS
    mt_extractor *ex = mt_extractor_new(&s.opts, &j.status);
    if (ex)
        job_run(&j, ex);
    mt_extractor_free(ex);
    Py_END_ALLOW_THREADS
    PyObject *result = document ? job_document(&j) : job_text(&j);
    Py_DECREF(j.keep);
    return result;
}

static PyObject *py_extract(PyObject *module, PyObject *args, PyObject *kwargs)
{
    return call_once(args, kwargs, 0);
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
} extractor_object;

static int extractor_init(extractor_object *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = { "output_format", "favor_precision", "favor_recall",
                              "include_tables", "include_links", "include_images",
                              "include_formatting", "include_comments", "min_length", NULL };
    const char *format = "txt";
    int precision = 0, recall = 0, tables = 1, links = 0, images = 0, formatting = 0,
        comments = 0;
    Py_ssize_t min_length = 0;
    settings s;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|$spppppppn", kwlist, &format, &precision,
                                     &recall, &tables, &links, &images, &formatting, &comments,
                                     &min_length))
        return -1;
    if (make_settings(&s, format, precision, recall, tables, links, images, formatting,
                      comments, min_length) < 0)
        return -1;
    if (!self->lock && !(self->lock = PyThread_allocate_lock())) {
        PyErr_NoMemory();
        return -1;
    }
    mt_status st = MT_OK;
    mt_extractor *ex = mt_extractor_new(&s.opts, &st);
    if (!ex) {
        raise_status(st);
        return -1;
    }
    /* __init__ called again (legal in Python) while another thread may be
     * extracting: swap under the lock, free the old one after */
    mt_extractor *old;
    Py_BEGIN_ALLOW_THREADS
    PyThread_acquire_lock(self->lock, WAIT_LOCK);
    Py_END_ALLOW_THREADS
    old = self->ex;
    self->ex = ex;
    self->format = s.format;
    PyThread_release_lock(self->lock);
    mt_extractor_free(old);
    return 0;
}

static void extractor_dealloc(extractor_object *self)
{
    mt_extractor_free(self->ex);
    if (self->lock)
        PyThread_free_lock(self->lock);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Parses (html, url=None, *, charset=None[, output_format]) for a method. */
static int parse_method(extractor_object *self, PyObject *args, PyObject *kwargs, job *j,
                        int with_format)
{
    static char *with_kwlist[] = { "html", "url", "charset", "output_format", NULL };
    static char *without_kwlist[] = { "html", "url", "charset", NULL };
    const char *url = NULL, *charset = NULL, *format = NULL;
    PyObject *html;
    if (!self->ex) {
        PyErr_SetString(PyExc_ValueError, "Extractor.__init__ was not called");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, with_format ? "O|z$zz" : "O|z$z",
                                     with_format ? with_kwlist : without_kwlist, &html, &url,
                                     &charset, &format))
        return -1;
    memset(j, 0, sizeof *j);
    j->url = url;
    j->format = self->format;
    if (format && parse_format(format, &j->format) < 0)
        return -1;
    return job_take_input(j, html, charset);
}

/* Runs `j` on the extractor, waiting for another thread using it to end. */
static void extractor_run(extractor_object *self, job *j)
{
    Py_BEGIN_ALLOW_THREADS
    PyThread_acquire_lock(self->lock, WAIT_LOCK);
    job_run(j, self->ex);
    PyThread_release_lock(self->lock);
    Py_END_ALLOW_THREADS
}

static PyObject *extractor_extract(extractor_object *self, PyObject *args, PyObject *kwargs)
{
    job j;
    if (parse_method(self, args, kwargs, &j, 1) < 0)
        return NULL;
    extractor_run(self, &j);
    PyObject *result = job_text(&j);
    Py_DECREF(j.keep);
    return result;
}

static PyObject *extractor_extract_document(extractor_object *self, PyObject *args,
                                            PyObject *kwargs)
{
    job j;
    if (parse_method(self, args, kwargs, &j, 0) < 0)
        return NULL;
    job_want_document(&j);
    extractor_run(self, &j);
    PyObject *result = job_document(&j);
    Py_DECREF(j.keep);
    return result;
}

/* ======================================================================
 * Docstrings
 * ====================================================================== */

#define OPTIONS_DOC \
    "Options (keyword only; the command's flag in brackets):\n" \
    "  output_format='txt'   txt, markdown, html, json, xml or tei [--format]\n" \
    "  favor_precision=False leave out what is doubtful [--precision]\n" \
    "  favor_recall=False    keep what is doubtful [--recall]\n" \
    "  include_tables=True   keep tables [--tables / --no-tables]\n" \
    "  include_links=False   keep links [--links]\n" \
    "  include_images=False  keep images [--images]\n" \
    "  include_formatting=False  keep emphasis, bold, code [--formatting]\n" \
    "  include_comments=False    also extract user comments [--comments]\n" \
    "  min_length=0          less main text than this many characters\n" \
    "                        counts as none [--min-length]\n"

#define INPUT_DOC \
    "html is the page: bytes as served (the charset is sniffed from a BOM,\n" \
    "<meta> or the bytes, as the command does) or a str already decoded\n" \
    "(read as such: a <meta charset> in it is ignored; lone surrogates\n" \
    "become '?'). url is the page's\n" \
    "address, for resolving links and as a metadata source. charset is the\n" \
    "label the server declared for bytes (e.g. from the HTTP Content-Type\n" \
    "header, 'windows-1251'); it beats a <meta> in the page; a label no\n" \
    "standard knows is passed over, as browsers do [--charset].\n"

PyDoc_STRVAR(extract_doc,
"extract(html, url=None, *, output_format='txt', favor_precision=False,\n"
"        favor_recall=False, include_tables=True, include_links=False,\n"
"        include_images=False, include_formatting=False,\n"
"        include_comments=False, min_length=0, charset=None)\n"
"--\n\n"
"Return the main content of a web page as a str in output_format, the same\n"
"text `maintext --format FORMAT` prints, or None when the page has no main\n"
"content.\n\n"
INPUT_DOC "\n" OPTIONS_DOC "\n"
"Raises TypeError or ValueError for bad arguments, MemoryError, and\n"
"maintext.Error for other library errors (e.g. a page over 64 MiB).\n"
"Safe from any thread; the GIL is released while the page is read. For many\n"
"pages, an Extractor saves setting up the library's memory each time.");

PyDoc_STRVAR(extract_document_doc,
"extract_document(html, url=None, *, favor_precision=False,\n"
"                 favor_recall=False, include_tables=True,\n"
"                 include_links=False, include_images=False,\n"
"                 include_formatting=False, include_comments=False,\n"
"                 min_length=0, charset=None)\n"
"--\n\n"
"Return the page as a dict, or None when it has no main content: the\n"
"metadata (title, authors, author (the authors joined by '; '), date,\n"
"date_modified, sitename, description, language, url, image, categories,\n"
"tags, license, pagetype; None where the page gives nothing), 'text' (as\n"
"output_format='txt' gives it), 'comments' and 'comment_blocks' (with\n"
"include_comments), 'encoding' (the charset the page was read in) and\n"
"'blocks': the typed blocks of the main content, each a dict with\n"
"'type' (paragraph, heading, list_item, quote, code, table, caption, image,\n"
"break), 'text' and the fields of its type (level, rows of cells, language,\n"
"src, links and formatting spans...). It is `maintext --format json\n"
"--blocks` parsed.\n\n"
"The arguments are extract()'s but output_format; see help(maintext.extract).");

PyDoc_STRVAR(extractor_doc,
"Extractor(*, output_format='txt', favor_precision=False, favor_recall=False,\n"
"          include_tables=True, include_links=False, include_images=False,\n"
"          include_formatting=False, include_comments=False, min_length=0)\n"
"--\n\n"
"An extractor holding its options and its memory from page to page: the\n"
"fastest way to extract many pages, e.g. in a loop over a web archive.\n\n"
"    ex = maintext.Extractor(favor_precision=True)\n"
"    for url, html in pages:\n"
"        text = ex.extract(html, url)\n\n"
"One Extractor may be shared by threads, but they take turns on it; give\n"
"each thread its own to extract in parallel.\n\n" OPTIONS_DOC);

PyDoc_STRVAR(extractor_extract_doc,
"extract(html, url=None, *, charset=None, output_format=None)\n"
"--\n\n"
"As maintext.extract() with this extractor's options; output_format, when\n"
"given, overrides the extractor's for this page.");

PyDoc_STRVAR(extractor_extract_document_doc,
"extract_document(html, url=None, *, charset=None)\n"
"--\n\n"
"As maintext.extract_document() with this extractor's options.");

PyDoc_STRVAR(module_doc,
"maintext: the main text and metadata of web pages.\n\n"
"    import maintext\n"
"    text = maintext.extract(html_bytes, url='https://example.org/a')\n"
"    doc = maintext.extract_document(html_bytes)   # dict: title, authors,\n"
"                                                  # date, text, blocks, ...\n"
"    ex = maintext.Extractor(output_format='markdown')  # reuse in a loop\n"
"    md = ex.extract(html_bytes)\n\n"
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

static PyMethodDef module_methods[] = {
    { "extract", (PyCFunction)(void (*)(void))py_extract, METH_VARARGS | METH_KEYWORDS,
      extract_doc },
    { "extract_document", (PyCFunction)(void (*)(void))py_extract_document,
      METH_VARARGS | METH_KEYWORDS, extract_document_doc },
    { NULL, NULL, 0, NULL }
};

static struct PyModuleDef maintext_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "maintext",
    .m_doc = module_doc,
    .m_size = -1,
    .m_methods = module_methods,
};

/* Adds the module's names; -1 with an exception set on failure. */
static int add_names(PyObject *m)
{
    PyObject *json = PyImport_ImportModule("json");
    if (!json)
        return -1;
    mt_py_json_loads = PyObject_GetAttrString(json, "loads");
    Py_DECREF(json);
    if (!mt_py_json_loads)
        return -1;
    mt_py_error = PyErr_NewExceptionWithDoc(
        "maintext.Error",
        "A library error other than running out of memory; `status` holds its code.",
        NULL, NULL);
    if (!mt_py_error || PyModule_AddObjectRef(m, "Error", mt_py_error) < 0)
        return -1;
    if (PyType_Ready(&extractor_type) < 0 ||
        PyModule_AddObjectRef(m, "Extractor", (PyObject *)&extractor_type) < 0)
        return -1;
    return PyModule_AddStringConstant(m, "__version__", mt_version());
}

PyMODINIT_FUNC PyInit_maintext(void)
{
    PyObject *m = PyModule_Create(&maintext_module);
    if (!m)
        return NULL;
    if (add_names(m) < 0) {
        Py_CLEAR(mt_py_json_loads);
        Py_CLEAR(mt_py_error);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
