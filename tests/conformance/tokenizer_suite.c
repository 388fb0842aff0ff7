/* tokenizer_suite.c -- html5lib's tokenizer tests (tokenizer/\*.test) run
 * against html/tokenizer.h.
 *
 * Each test runs once per initial state it lists (with its lastStartTag);
 * the input first goes through mt_input_prepare, as in the real parser. Our
 * tokens and the expected ones are both written out in one canonical text
 * form (adjacent Character tokens coalesced, attributes sorted by name) and
 * compared as text, which also gives readable failure details.
 *
 * Parse errors are not compared: the tokenizer does not report them (the
 * extractor has no use for them).
 *
 * xmlViolation.test expects the "coercing an HTML DOM into an infoset"
 * tweaks, which maintext does not do; that file is skipped.
 *
 * Lone surrogates: a doubleEscaped test can spell one ("\\uD800"), but UTF-8
 * cannot hold it. It becomes U+FFFD in the input and in the expected output
 * alike (our JSON reader already does the same for singly escaped ones). */
#include <stdlib.h>
#include <string.h>
#include "conformance/conformance.h"
#include "html/input.h"
#include "html/tokenizer.h"
#include "util/arena.h"
#include "util/json.h"
#include "util/utf8.h"

/* ---------------------------------------------------------------- a growable string */

typedef struct text {
    char *s;
    size_t len, cap;
    int failed;
} text;

static void text_add(text *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *ns = realloc(b->s, cap);
        if (!ns) {
            b->failed = 1;
            return;
        }
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void text_str(text *b, const char *s)
{
    text_add(b, s, strlen(s));
}

/* A JSON-style quoted string: control bytes escaped, UTF-8 kept. */
static void text_quoted(text *b, const char *s, size_t n)
{
    if (!s) {
        text_str(b, "null");
        return;
    }
    text_str(b, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            text_add(b, esc, 2);
        } else if (c < 0x20 || c == 0x7F) {
            snprintf(esc, sizeof esc, "\\u%04X", c);
            text_str(b, esc);
        } else {
            text_add(b, (const char *)&c, 1);
        }
    }
    text_str(b, "\"");
}

/* ---------------------------------------------------------------- canonical tokens */

/* The canonical form: one token per line, e.g.
 *     StartTag "a" {"href":"x"} self-closing
 * Character tokens that follow each other are written as one. */
typedef struct writer {
    text out;
    text chars;         /* pending characters, written at the next other token */
    int has_chars;
} writer;

static void flush_chars(writer *w)
{
    if (!w->has_chars)
        return;
    text_str(&w->out, "Character ");
    text_quoted(&w->out, w->chars.s, w->chars.len);
    text_str(&w->out, "\n");
    w->chars.len = 0;
    w->has_chars = 0;
}

static void add_chars(writer *w, const char *s, size_t n)
{
    text_add(&w->chars, s, n);
    w->has_chars = 1;
}

typedef struct attr_view {
    const char *name, *value;
    size_t name_len, value_len;
} attr_view;

static int compare_attrs(const void *a, const void *b)
{
    const attr_view *x = a, *y = b;
    size_t n = x->name_len < y->name_len ? x->name_len : y->name_len;
    int c = memcmp(x->name, y->name, n);
    return c ? c : (x->name_len > y->name_len) - (x->name_len < y->name_len);
}

static void write_start_tag(writer *w, const char *name, size_t name_len, attr_view *attrs,
                            size_t nattrs, int self_closing)
{
    flush_chars(w);
    text_str(&w->out, "StartTag ");
    text_quoted(&w->out, name, name_len);
    text_str(&w->out, " {");
    if (nattrs)
        qsort(attrs, nattrs, sizeof *attrs, compare_attrs);
    for (size_t i = 0; i < nattrs; i++) {
        if (i)
            text_str(&w->out, ",");
        text_quoted(&w->out, attrs[i].name, attrs[i].name_len);
        text_str(&w->out, ":");
        text_quoted(&w->out, attrs[i].value, attrs[i].value_len);
    }
    text_str(&w->out, self_closing ? "} self-closing\n" : "}\n");
}

static void write_named(writer *w, const char *kind, const char *s, size_t n)
{
    flush_chars(w);
    text_str(&w->out, kind);
    text_str(&w->out, " ");
    text_quoted(&w->out, s, n);
    text_str(&w->out, "\n");
}

static void write_doctype(writer *w, const char *name, size_t name_len, const char *pub,
                          size_t pub_len, const char *sys, size_t sys_len, int correct)
{
    flush_chars(w);
    text_str(&w->out, "DOCTYPE ");
    text_quoted(&w->out, name, name_len);
    text_str(&w->out, " ");
    text_quoted(&w->out, pub, pub_len);
    text_str(&w->out, " ");
    text_quoted(&w->out, sys, sys_len);
    text_str(&w->out, correct ? " correct\n" : " force-quirks\n");
}

static void writer_free(writer *w)
{
    free(w->out.s);
    free(w->chars.s);
}

/* ---------------------------------------------------------------- doubleEscaped */

static int hex4(const char *p, unsigned *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d;
        if (c >= '0' && c <= '9') d = (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') d = (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') d = (unsigned)(c - 'A' + 10);
        else return 0;
        *v = *v * 16 + d;
    }
    return 1;
}

/* The second unescaping of a doubleEscaped test: every \uHHHH becomes its
 * code point; a surrogate pair combines, a lone surrogate becomes U+FFFD.
 * The result is never longer than the source. */
static char *unescape(mt_arena *a, const char *s, size_t n, size_t *out_len)
{
    char *out = mt_arena_alloc_bytes(a, n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned cp, lo;
        if (s[i] == '\\' && i + 6 <= n && s[i + 1] == 'u' && hex4(s + i + 2, &cp)) {
            i += 6;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u' &&
                hex4(s + i + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
            o += mt_utf8_encode(cp, out + o);   /* lone surrogates: U+FFFD */
        } else {
            out[o++] = s[i++];
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

/* A string of the test, unescaped again when the test says so. */
static const char *test_string(mt_arena *a, const mt_json *v, int double_escaped, size_t *len)
{
    if (!v || v->type != MT_JSON_STRING) {
        *len = 0;
        return NULL;
    }
    if (!double_escaped) {
        *len = v->len;
        return v->str;
    }
    return unescape(a, v->str, v->len, len);
}

/* ---------------------------------------------------------------- expected tokens */

static const mt_json *item(const mt_json *array, unsigned i)
{
    const mt_json *c = array && array->type == MT_JSON_ARRAY ? array->child : NULL;
    while (c && i--)
        c = c->next;
    return c;
}

/* Writes the expected output in canonical form; returns 0 when the test's
 * output is malformed. */
static int write_expected(writer *w, mt_arena *a, const mt_json *output, int dbl)
{
    if (!output || output->type != MT_JSON_ARRAY)
        return 0;
    for (const mt_json *tok = output->child; tok; tok = tok->next) {
        const char *kind = mt_json_string(item(tok, 0));
        size_t l1, l2, l3;
        const char *s1 = test_string(a, item(tok, 1), dbl, &l1);
        if (!kind)
            return 0;
        if (!strcmp(kind, "Character")) {
            add_chars(w, s1, l1);
        } else if (!strcmp(kind, "Comment") || !strcmp(kind, "EndTag")) {
            write_named(w, kind, s1, l1);
        } else if (!strcmp(kind, "StartTag")) {
            const mt_json *obj = item(tok, 2);
            size_t n = obj && obj->type == MT_JSON_OBJECT ? obj->len : 0;
            attr_view *attrs = mt_arena_alloc(a, (n ? n : 1) * sizeof *attrs);
            if (!attrs)
                return 0;
            size_t i = 0;
            for (const mt_json *m = n ? obj->child : NULL; m; m = m->next, i++) {
                mt_json key = { .type = MT_JSON_STRING, .str = m->key, .len = m->key_len };
                attrs[i].name = test_string(a, &key, dbl, &attrs[i].name_len);
                attrs[i].value = test_string(a, m, dbl, &attrs[i].value_len);
            }
            const mt_json *sc = item(tok, 3);
            write_start_tag(w, s1, l1, attrs, n, sc && sc->type == MT_JSON_TRUE);
        } else if (!strcmp(kind, "DOCTYPE")) {
            const char *s2 = test_string(a, item(tok, 2), dbl, &l2);
            const char *s3 = test_string(a, item(tok, 3), dbl, &l3);
            const mt_json *ok = item(tok, 4);
            write_doctype(w, s1, l1, s2, l2, s3, l3, ok && ok->type == MT_JSON_TRUE);
        } else {
            return 0;
        }
    }
    flush_chars(w);
    return 1;
}

/* ---------------------------------------------------------------- our tokens */

static const struct {
    const char *name;
    mt_tokenizer_state state;
} state_names[] = {
    { "Data state", MT_TOKENIZER_DATA },
    { "PLAINTEXT state", MT_TOKENIZER_PLAINTEXT },
    { "RCDATA state", MT_TOKENIZER_RCDATA },
    { "RAWTEXT state", MT_TOKENIZER_RAWTEXT },
    { "Script data state", MT_TOKENIZER_SCRIPT_DATA },
    { "CDATA section state", MT_TOKENIZER_CDATA_SECTION },
};

static int state_by_name(const char *name, mt_tokenizer_state *out)
{
    for (size_t i = 0; i < sizeof state_names / sizeof state_names[0]; i++) {
        if (!strcmp(name, state_names[i].name)) {
            *out = state_names[i].state;
            return 1;
        }
    }
    return 0;
}

/* Tokenizes `input` from `state` and writes the tokens; returns a reason
 * when the run itself failed, else NULL. */
static const char *write_actual(writer *w, mt_arena *a, const char *input, size_t len,
                                mt_tokenizer_state state, const char *last_start)
{
    const char *prepared;
    size_t plen;
    if (mt_input_prepare(a, input, len, &prepared, &plen) != MT_OK)
        return "out of memory preparing the input";
    mt_tokenizer *t = mt_tokenizer_new(prepared, plen, NULL, 0);
    if (!t)
        return "out of memory creating the tokenizer";
    mt_tokenizer_set_state(t, state);
    if (last_start)
        mt_tokenizer_set_last_start_tag(t, last_start, strlen(last_start));
    const char *failure = NULL;
    /* A correct tokenizer makes at most one token per input byte plus EOF;
     * the bound turns a loop that never reaches EOF into a failure. */
    for (size_t guard = 0;; guard++) {
        mt_token tok;
        if (guard > 2 * plen + 2) {
            failure = "no EOF token after more tokens than input bytes";
            break;
        }
        if (mt_tokenizer_next(t, &tok) != MT_OK) {
            failure = "mt_tokenizer_next failed";
            break;
        }
        if (tok.type == MT_TOKEN_EOF)
            break;
        switch (tok.type) {
        case MT_TOKEN_CHARS:
            add_chars(w, tok.data, tok.data_len);
            break;
        case MT_TOKEN_COMMENT:
            write_named(w, "Comment", tok.data, tok.data_len);
            break;
        case MT_TOKEN_END_TAG:
            write_named(w, "EndTag", tok.name, tok.name_len);
            break;
        case MT_TOKEN_START_TAG: {
            attr_view *attrs = mt_arena_alloc(a, (tok.nattrs + 1) * sizeof *attrs);
            if (!attrs) {
                failure = "out of memory";
                break;
            }
            for (uint32_t i = 0; i < tok.nattrs; i++) {
                attrs[i].name = tok.attrs[i].name;
                attrs[i].name_len = tok.attrs[i].name_len;
                attrs[i].value = tok.attrs[i].value;
                attrs[i].value_len = tok.attrs[i].value_len;
            }
            write_start_tag(w, tok.name, tok.name_len, attrs, tok.nattrs, tok.self_closing);
            break;
        }
        case MT_TOKEN_DOCTYPE:
            write_doctype(w, tok.name, tok.name_len, tok.public_id, tok.public_id_len,
                          tok.system_id, tok.system_id_len, !tok.force_quirks);
            break;
        case MT_TOKEN_EOF:
            break;
        }
        if (failure)
            break;
    }
    flush_chars(w);
    mt_tokenizer_free(t);
    return failure;
}

/* ---------------------------------------------------------------- running */

static void report(FILE *log, const char *file, unsigned index, const char *description,
                   const char *state, const char *reason)
{
    fprintf(log, "tokenizer/%s #%u (%s): %s%s%s\n", file, index,
            description ? description : "?", reason, state ? " in " : "", state ? state : "");
}

static void show_details(FILE *log, const char *input, size_t len, const writer *expected,
                         const writer *actual)
{
    text in = { 0 };
    text_quoted(&in, input, len);
    fprintf(log, "  input:    %s\n  expected:\n%s  actual:\n%s", in.s ? in.s : "",
            expected->out.s ? expected->out.s : "", actual->out.s ? actual->out.s : "");
    free(in.s);
}

/* Runs one test in each of its initial states; returns 1 when all pass. */
static int run_test(const mt_json *test, const char *file, unsigned index, FILE *log,
                    int verbose)
{
    const char *description = mt_json_string(mt_json_get(test, "description"));
    const mt_json *dbl_flag = mt_json_get(test, "doubleEscaped");
    int dbl = dbl_flag && dbl_flag->type == MT_JSON_TRUE;
    mt_arena a;
    mt_arena_init(&a, NULL, 0, 0);
    size_t len;
    const char *input = test_string(&a, mt_json_get(test, "input"), dbl, &len);
    const char *last_start = mt_json_string(mt_json_get(test, "lastStartTag"));
    const mt_json *states = mt_json_get(test, "initialStates");
    writer expected = { 0 };
    int ok = 1;
    if (!input || !write_expected(&expected, &a, mt_json_get(test, "output"), dbl)) {
        report(log, file, index, description, NULL, "malformed test");
        ok = 0;
    }
    const mt_json *st = states && states->type == MT_JSON_ARRAY ? states->child : NULL;
    for (int first = 1; ok && (first || st); first = 0, st = st ? st->next : NULL) {
        const char *state_name = st ? mt_json_string(st) : "Data state";
        mt_tokenizer_state state;
        if (!state_name || !state_by_name(state_name, &state)) {
            report(log, file, index, description, state_name, "unknown initial state");
            ok = 0;
            break;
        }
        writer actual = { 0 };
        const char *failure = write_actual(&actual, &a, input, len, state, last_start);
        if (!failure && (expected.out.failed || actual.out.failed))
            failure = "out of memory";
        if (!failure && (expected.out.len != actual.out.len ||
                         (expected.out.len && memcmp(expected.out.s, actual.out.s, expected.out.len))))
            failure = "tokens differ";
        if (failure) {
            report(log, file, index, description, state_name, failure);
            if (verbose)
                show_details(log, input, len, &expected, &actual);
            ok = 0;
        }
        writer_free(&actual);
    }
    writer_free(&expected);
    mt_arena_release(&a);
    return ok;
}

/* Runs every test of one file; returns -1 when it cannot be read. */
static int run_file(const char *dir, const char *file, FILE *log, int verbose,
                    conformance_result *out)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, file) >= (int)sizeof path)
        return -1;
    size_t len;
    char *data = conformance_read_file(path, &len);
    if (!data)
        return -1;
    mt_arena a;
    mt_arena_init(&a, NULL, 0, 0);
    mt_json_error err;
    mt_json *root = mt_json_parse(&a, data, len, 0, 0, &err);
    const mt_json *tests = mt_json_get(root, "tests");
    int status = 0;
    if (!tests || tests->type != MT_JSON_ARRAY) {
        fprintf(log, "tokenizer/%s: cannot read (%s at byte %zu)\n", file,
                root ? "no \"tests\" array" : err.msg, root ? (size_t)0 : err.pos);
        status = -1;
    } else {
        unsigned index = 0;
        for (const mt_json *test = tests->child; test; test = test->next, index++) {
            if (run_test(test, file, index, log, verbose))
                out->passed++;
            else
                out->failed++;
        }
    }
    mt_arena_release(&a);
    free(data);
    return status;
}

int conformance_tokenizer(const char *dir, FILE *log, int verbose, conformance_result *out)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/tokenizer", dir) >= (int)sizeof path)
        return -1;
    char **files = conformance_list_files(path, ".test");
    if (!files)
        return -1;
    int status = files[0] ? 0 : -1;
    for (char **f = files; *f; f++) {
        if (!strcmp(*f, "xmlViolation.test")) {
            fprintf(log, "tokenizer/xmlViolation.test: skipped (it tests the XML infoset "
                    "coercion, which maintext does not do)\n");
            continue;
        }
        if (run_file(path, *f, log, verbose, out) != 0)
            status = -1;
    }
    conformance_free_list(files);
    fprintf(log, "tokenizer: parse errors are not compared (the tokenizer does not report them)\n");
    return status;
}
