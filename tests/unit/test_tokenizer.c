/* test_tokenizer.c -- the HTML tokenizer beyond what html5lib's vectors
 * check: offsets, run flags, which strings borrow the input, attribute
 * de-duplication and the cap, state switching between calls, CDATA, memory
 * failure, and hostile inputs that must stay linear. */
#include <stdint.h>
#include "harness.h"
#include "html/input.h"
#include "html/tokenizer.h"

/* ---------------------------------------------------------------- helpers */

static mt_tokenizer *make(const char *s)
{
    return mt_tokenizer_new(s, strlen(s), NULL, 0);
}

static mt_token next(mt_tokenizer *t)
{
    mt_token tok;
    mt_status st = mt_tokenizer_next(t, &tok);
    CHECK_INT(st, MT_OK);
    return tok;
}

/* Whether the attribute `name` of a start tag has `value`. */
static const mt_token_attr *attr(const mt_token *tok, const char *name)
{
    for (uint32_t i = 0; i < tok->nattrs; i++) {
        if (tok->attrs[i].name_len == strlen(name) &&
            !memcmp(tok->attrs[i].name, name, tok->attrs[i].name_len))
            return &tok->attrs[i];
    }
    return NULL;
}

/* ---------------------------------------------------------------- offsets and runs */

static void test_offsets(void)
{
    const char *s = "<!DOCTYPE html><p class=x>Hi &amp; bye</p><!--c-->tail";
    mt_tokenizer *t = make(s);
    mt_token tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_DOCTYPE);
    CHECK_INT(tok.offset, 0);
    CHECK_SLICE(tok.name, tok.name_len, "html");
    CHECK(!tok.force_quirks && tok.public_id == NULL && tok.system_id == NULL);
    tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_START_TAG);
    CHECK_INT(tok.offset, 15);
    CHECK_INT(tok.tag, MT_TAG_P);
    tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_CHARS);
    CHECK_INT(tok.offset, 26);
    CHECK_SLICE(tok.data, tok.data_len, "Hi & bye");
    tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_END_TAG);
    CHECK_INT(tok.offset, 38);
    tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_COMMENT);
    CHECK_INT(tok.offset, 42);
    CHECK_SLICE(tok.data, tok.data_len, "c");
    tok = next(t);
    CHECK_INT(tok.offset, 50);
    CHECK_SLICE(tok.data, tok.data_len, "tail");
    tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_EOF);
    CHECK_INT(tok.offset, strlen(s));
    tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_EOF);  /* and again */
    mt_tokenizer_free(t);
}

/* Characters that nothing interrupts come as one run, even across a "</>"
 * that makes no token; the run starts where its first character is. */
static void test_one_run_between_tokens(void)
{
    mt_tokenizer *t = make("<b></>a</>b&lt;c<");
    next(t);
    mt_token tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_CHARS);
    CHECK_INT(tok.offset, 6);
    CHECK_SLICE(tok.data, tok.data_len, "ab<c<");
    CHECK_INT(next(t).type, MT_TOKEN_EOF);
    mt_tokenizer_free(t);
}

static void test_chars_flags(void)
{
    static const struct {
        const char *in;
        size_t len;
        unsigned flags;
    } cases[] = {
        { " \n\t\f", 4, 0 },
        { "a  ", 3, 0 },
        { "a\0b", 3, MT_CHARS_HAS_NUL },
        { " \0", 2, MT_CHARS_HAS_NUL },
        { "&#0;", 4, 0 },   /* a reference to NUL is U+FFFD, not NUL */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mt_tokenizer *t = mt_tokenizer_new(cases[i].in, cases[i].len, NULL, 0);
        mt_token tok = next(t);
        CHECK_INT(tok.type, MT_TOKEN_CHARS);
        CHECK_INT(tok.chars_flags, cases[i].flags);
        mt_tokenizer_free(t);
    }
    /* In RCDATA a NUL becomes U+FFFD: no NUL flag. */
    mt_tokenizer *t = mt_tokenizer_new("a\0b", 3, NULL, 0);
    mt_tokenizer_set_state(t, MT_TOKENIZER_RCDATA);
    mt_token tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "a\xEF\xBF\xBD" "b");
    CHECK_INT(tok.chars_flags, 0);
    mt_tokenizer_free(t);
}

/* ---------------------------------------------------------------- borrowed or copied */

static void test_slices_borrow_the_input(void)
{
    const char *s = "<div id=main data-x='a&amp;b'>plain text</div><DIV Class=Y>x&lt;y";
    mt_tokenizer *t = make(s);
    mt_token tok = next(t);
    CHECK(mt_tokenizer_in_input(t, tok.name));          /* "div" as written */
    CHECK(tok.name == s + 1);
    const mt_token_attr *a = attr(&tok, "id");
    CHECK(a && mt_tokenizer_in_input(t, a->name) && mt_tokenizer_in_input(t, a->value));
    CHECK_SLICE(a->value, a->value_len, "main");
    a = attr(&tok, "data-x");
    CHECK(a && !mt_tokenizer_in_input(t, a->value));     /* decoded: a copy */
    CHECK_SLICE(a->value, a->value_len, "a&b");
    tok = next(t);
    CHECK(tok.data == s + 30);                          /* unchanged text */
    CHECK_SLICE(tok.data, tok.data_len, "plain text");
    next(t);
    tok = next(t);
    CHECK_SLICE(tok.name, tok.name_len, "div");         /* lowercased: a copy */
    CHECK(!mt_tokenizer_in_input(t, tok.name));
    CHECK_INT(tok.tag, MT_TAG_DIV);
    a = attr(&tok, "class");
    CHECK(a && !mt_tokenizer_in_input(t, a->name));
    CHECK(a && mt_tokenizer_in_input(t, a->value));
    CHECK_SLICE(a->value, a->value_len, "Y");
    tok = next(t);
    CHECK(!mt_tokenizer_in_input(t, tok.data));
    CHECK_SLICE(tok.data, tok.data_len, "x<y");
    mt_tokenizer_free(t);
}

/* ---------------------------------------------------------------- attributes */

static void test_duplicate_attributes_first_wins(void)
{
    mt_tokenizer *t = make("<a x=1 y=2 X=3 x=4 z>");
    mt_token tok = next(t);
    CHECK_INT(tok.nattrs, 3);
    CHECK_SLICE(attr(&tok, "x")->value, attr(&tok, "x")->value_len, "1");
    CHECK(attr(&tok, "z") && attr(&tok, "z")->value_len == 0);
    CHECK(!tok.attrs_truncated);
    mt_tokenizer_free(t);
}

/* 5,000 distinct attributes, then each of them again with another value:
 * the hash set keeps the first of each, in order. */
static void test_many_attributes(void)
{
    size_t cap = 200000, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s + n, cap - n, "<p");
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 5000; i++)
            n += (size_t)snprintf(s + n, cap - n, " a%d=%c", i, round ? 'y' : 'x');
    }
    n += (size_t)snprintf(s + n, cap - n, ">");
    mt_tokenizer *t = mt_tokenizer_new(s, n, NULL, 10000);
    mt_token tok = next(t);
    CHECK_INT(tok.nattrs, 5000);
    CHECK(!tok.attrs_truncated);
    int in_order = 1, first_values = 1;
    for (uint32_t i = 0; i < tok.nattrs; i++) {
        char want[16];
        snprintf(want, sizeof want, "a%u", i);
        in_order &= tok.attrs[i].name_len == strlen(want) &&
                    !memcmp(tok.attrs[i].name, want, strlen(want));
        first_values &= tok.attrs[i].value_len == 1 && tok.attrs[i].value[0] == 'x';
    }
    CHECK(in_order);
    CHECK(first_values);
    mt_tokenizer_free(t);
    free(s);
}

static void test_attribute_cap(void)
{
    mt_tokenizer *t = mt_tokenizer_new("<a a=1 b=2 a=3 c=4 d=5 e>x", 26, NULL, 3);
    mt_token tok = next(t);
    CHECK_INT(tok.nattrs, 3);
    CHECK(tok.attrs_truncated);
    CHECK(attr(&tok, "c") && !attr(&tok, "d"));
    CHECK_SLICE(attr(&tok, "a")->value, 1, "1");
    tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "x");
    mt_tokenizer_free(t);
    /* A duplicate beyond the cap is no truncation. */
    t = mt_tokenizer_new("<a a b c a>", 11, NULL, 3);
    tok = next(t);
    CHECK_INT(tok.nattrs, 3);
    CHECK(!tok.attrs_truncated);
    mt_tokenizer_free(t);
}

static void test_legacy_reference_in_attribute(void)
{
    mt_tokenizer *t = make("<a href=\"?a=1&copy=2&copyx&copy;&not\">&copy=2&notit;");
    mt_token tok = next(t);
    CHECK_SLICE(tok.attrs[0].value, tok.attrs[0].value_len, "?a=1&copy=2&copyx\xC2\xA9\xC2\xAC");
    tok = next(t);  /* in text the legacy rule does not apply */
    CHECK_SLICE(tok.data, tok.data_len, "\xC2\xA9=2\xC2\xACit;");
    mt_tokenizer_free(t);
}

static void test_numeric_references(void)
{
    mt_tokenizer *t = make("&#128;&#x9D;&#0;&#xD800;&#x110000;&#99999999999999999999;&#65&#x;");
    mt_token tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len,
                "\xE2\x82\xAC\xC2\x9D\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "A&#x;");
    mt_tokenizer_free(t);
}

/* ---------------------------------------------------------------- state switching */

/* The tree builder's part: switch states after the start tags that want
 * it. The tokenizer remembers the last start tag itself. */
static void test_state_switching(void)
{
    const char *s = "<title>a<b>&amp;</title ><style>p>q{}</style x><script>"
                    "if (a<b) s='</scr'+'ipt>'; <!--<script></script>--></script>"
                    "<plaintext></plaintext>&amp;";
    mt_tokenizer *t = make(s);
    mt_token tok = next(t);
    CHECK_INT(tok.tag, MT_TAG_TITLE);
    mt_tokenizer_set_state(t, MT_TOKENIZER_RCDATA);
    tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "a<b>&");
    tok = next(t);
    CHECK(tok.type == MT_TOKEN_END_TAG && tok.tag == MT_TAG_TITLE);
    tok = next(t);
    CHECK_INT(tok.tag, MT_TAG_STYLE);
    mt_tokenizer_set_state(t, MT_TOKENIZER_RAWTEXT);
    tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "p>q{}");
    tok = next(t);
    CHECK(tok.type == MT_TOKEN_END_TAG && tok.tag == MT_TAG_STYLE);
    tok = next(t);
    CHECK_INT(tok.tag, MT_TAG_SCRIPT);
    mt_tokenizer_set_state(t, MT_TOKENIZER_SCRIPT_DATA);
    tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "if (a<b) s='</scr'+'ipt>'; <!--<script></script>-->");
    tok = next(t);
    CHECK(tok.type == MT_TOKEN_END_TAG && tok.tag == MT_TAG_SCRIPT);
    tok = next(t);
    CHECK_INT(tok.tag, MT_TAG_PLAINTEXT);
    mt_tokenizer_set_state(t, MT_TOKENIZER_PLAINTEXT);
    tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "</plaintext>&amp;");
    CHECK_INT(next(t).type, MT_TOKEN_EOF);
    mt_tokenizer_free(t);
}

/* Only the appropriate end tag ends RCDATA; a name the test sets counts. */
static void test_last_start_tag(void)
{
    mt_tokenizer *t = make("</a></textarea2></TextArea>");
    mt_tokenizer_set_state(t, MT_TOKENIZER_RCDATA);
    mt_tokenizer_set_last_start_tag(t, "textarea", 8);
    mt_token tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "</a></textarea2>");
    tok = next(t);
    CHECK_SLICE(tok.name, tok.name_len, "textarea");
    mt_tokenizer_free(t);
}

static void test_cdata_only_when_allowed(void)
{
    const char *s = "<![CDATA[x<y]]>z";
    mt_tokenizer *t = make(s);
    mt_tokenizer_allow_cdata(t, true);
    mt_token tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_CHARS);
    CHECK_SLICE(tok.data, tok.data_len, "x<yz");
    mt_tokenizer_free(t);
    t = make(s);
    tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_COMMENT);
    CHECK_SLICE(tok.data, tok.data_len, "[CDATA[x<y]]");
    mt_tokenizer_free(t);
}

/* ---------------------------------------------------------------- memory */

typedef struct counting {
    long live;
    long left;      /* allocations allowed before failing; -1: all */
} counting;

/* Whether the allocator may hand out one more block. */
static int c_allow(counting *c)
{
    if (c->left == 0)
        return 0;
    if (c->left > 0)
        c->left--;
    return 1;
}

static void *c_malloc(void *ctx, size_t n)
{
    counting *c = ctx;
    if (!c_allow(c))
        return NULL;
    c->live++;
    return malloc(n);
}

static void *c_realloc(void *ctx, void *p, size_t old, size_t n)
{
    counting *c = ctx;
    (void)old;
    if (!c_allow(c))
        return NULL;
    if (!p)
        c->live++;
    return realloc(p, n);
}

static void c_free(void *ctx, void *p, size_t n)
{
    counting *c = ctx;
    (void)n;
    if (p)
        c->live--;
    free(p);
}

/* Every allocation failing in turn: the tokenizer reports MT_ERR_NOMEM once,
 * then only EOF, and gives everything back. */
static void test_allocation_failures(void)
{
    static const char s[] = "<DIV A=1 B='&amp;' C=3>Text &lt; more</DIV><!--x\0y-->";
    size_t len = sizeof s - 1;
    int saw_nomem = 0, saw_success = 0;
    for (long fail_at = 0; fail_at < 40; fail_at++) {
        counting c = { 0, fail_at };
        mt_allocator al = { c_malloc, c_realloc, c_free, &c };
        mt_tokenizer *t = mt_tokenizer_new(s, len, &al, 0);
        if (!t) {
            CHECK_INT(c.live, 0);
            continue;
        }
        mt_status st = MT_OK;
        mt_token tok;
        int tokens = 0;
        do {
            st = mt_tokenizer_next(t, &tok);
            tokens++;
        } while (st == MT_OK && tok.type != MT_TOKEN_EOF && tokens < 100);
        if (st == MT_ERR_NOMEM) {
            saw_nomem = 1;
            CHECK_INT(tok.type, MT_TOKEN_EOF);
            CHECK_INT(mt_tokenizer_next(t, &tok), MT_OK);
            CHECK_INT(tok.type, MT_TOKEN_EOF);
        } else {
            CHECK_INT(st, MT_OK);
            CHECK_INT(tokens, 5);   /* tag, text, tag, comment, EOF */
            saw_success = 1;
        }
        mt_tokenizer_free(t);
        CHECK_INT(c.live, 0);
    }
    CHECK(saw_nomem && saw_success);
}

/* ---------------------------------------------------------------- hostile inputs */

#define BIG ((size_t)10 * 1000 * 1000)

static void test_huge_attribute_value(void)
{
    size_t len;
    char *s = harness_repeat("<a href=\"", "x", BIG, "\">ok", &len);
    mt_tokenizer *t = mt_tokenizer_new(s, len, NULL, 0);
    mt_token tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_START_TAG);
    CHECK_INT(tok.attrs[0].value_len, BIG);
    CHECK(tok.attrs[0].value == s + 9);
    tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "ok");
    mt_tokenizer_free(t);
    /* The same value full of references lives in scratch memory. */
    free(s);
    s = harness_repeat("<a href=\"", "&amp;", BIG / 5, "\">", &len);
    t = mt_tokenizer_new(s, len, NULL, 0);
    tok = next(t);
    CHECK_INT(tok.attrs[0].value_len, BIG / 5);
    CHECK(!mt_tokenizer_in_input(t, tok.attrs[0].value));
    mt_tokenizer_free(t);
    free(s);
}

/* Unterminated constructs at EOF: a comment is emitted, a tag is dropped
 * (the text before it survives), script data runs to the end. */
static void test_unterminated_at_eof(void)
{
    size_t len;
    char *s = harness_repeat("<!--", "a-", BIG / 2, "", &len);
    mt_tokenizer *t = mt_tokenizer_new(s, len, NULL, 0);
    mt_token tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_COMMENT);
    CHECK_INT(tok.data_len, BIG - 1);   /* the final dash might have closed it */
    CHECK_INT(next(t).type, MT_TOKEN_EOF);
    mt_tokenizer_free(t);
    free(s);

    s = harness_repeat("text<p title=\"", "y", BIG, "", &len);
    t = mt_tokenizer_new(s, len, NULL, 0);
    tok = next(t);
    CHECK_SLICE(tok.data, tok.data_len, "text");
    CHECK_INT(next(t).type, MT_TOKEN_EOF);
    mt_tokenizer_free(t);
    free(s);

    s = harness_repeat("<script>", "a<!--<script>-", BIG / 14, "", &len);
    t = mt_tokenizer_new(s, len, NULL, 0);
    next(t);
    mt_tokenizer_set_state(t, MT_TOKENIZER_SCRIPT_DATA);
    tok = next(t);
    CHECK_INT(tok.type, MT_TOKEN_CHARS);
    CHECK_INT(tok.data_len, len - 8);
    CHECK(tok.data == s + 8);
    CHECK_INT(next(t).type, MT_TOKEN_EOF);
    mt_tokenizer_free(t);
    free(s);

    s = harness_repeat("<a ", "b", BIG, "", &len);     /* attribute name to EOF */
    t = mt_tokenizer_new(s, len, NULL, 0);
    CHECK_INT(next(t).type, MT_TOKEN_EOF);
    mt_tokenizer_free(t);
    free(s);
}

static void test_many_start_tags(void)
{
    size_t len;
    char *s = harness_repeat("", "<div>", 100000, "", &len);
    mt_tokenizer *t = mt_tokenizer_new(s, len, NULL, 0);
    long divs = 0, others = 0;
    for (;;) {
        mt_token tok = next(t);
        if (tok.type == MT_TOKEN_EOF)
            break;
        if (tok.type == MT_TOKEN_START_TAG && tok.tag == MT_TAG_DIV && tok.offset == divs * 5)
            divs++;
        else
            others++;
    }
    CHECK_INT(divs, 100000);
    CHECK_INT(others, 0);
    mt_tokenizer_free(t);
    free(s);
}

/* Random bytes (prepared as the parser would) in every state: each run ends
 * with EOF, every token lies inside the input or scratch, the character runs
 * are never two in a row, and there are no more tokens than bytes. */
static void test_random_bytes(void)
{
    uint32_t seed = 12345;
    mt_arena arena;
    mt_arena_init(&arena, NULL, 0, 0);
    static const char alphabet[] = "<>/!-=\"'&#;xX[]CDATAscriptSCRIPT \n\0abc";
    int all_ok = 1;
    for (int round = 0; round < 60; round++) {
        size_t n = 1 + (size_t)(round * 997) % 20000;
        char *raw = malloc(n);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 16;
            raw[i] = round % 2 ? (char)(r & 0xFF) : alphabet[r % (sizeof alphabet - 1)];
        }
        const char *in;
        size_t len;
        CHECK_INT(mt_input_prepare(&arena, raw, n, &in, &len), MT_OK);
        mt_tokenizer *t = mt_tokenizer_new(in, len, NULL, 1 + round % 5);
        mt_tokenizer_set_state(t, (mt_tokenizer_state)(round % 6));
        mt_tokenizer_allow_cdata(t, round % 3 == 0);
        size_t tokens = 0;
        int last_chars = 0;
        for (;;) {
            mt_token tok;
            if (mt_tokenizer_next(t, &tok) != MT_OK || tokens > len + 1) {
                all_ok = 0;
                break;
            }
            tokens++;
            if (tok.type == MT_TOKEN_EOF)
                break;
            if (tok.offset > len || (tok.type == MT_TOKEN_CHARS && (last_chars || tok.data_len == 0)))
                all_ok = 0;
            last_chars = tok.type == MT_TOKEN_CHARS;
            if (round % 4 == 1 && tok.type == MT_TOKEN_START_TAG)
                mt_tokenizer_set_state(t, (mt_tokenizer_state)(tokens % 5));
        }
        mt_tokenizer_free(t);
        mt_arena_reset(&arena);
        free(raw);
    }
    CHECK(all_ok);
    mt_arena_release(&arena);
}

int main(void)
{
    RUN(test_offsets);
    RUN(test_one_run_between_tokens);
    RUN(test_chars_flags);
    RUN(test_slices_borrow_the_input);
    RUN(test_duplicate_attributes_first_wins);
    RUN(test_many_attributes);
    RUN(test_attribute_cap);
    RUN(test_legacy_reference_in_attribute);
    RUN(test_numeric_references);
    RUN(test_state_switching);
    RUN(test_last_start_tag);
    RUN(test_cdata_only_when_allowed);
    RUN(test_allocation_failures);
    RUN(test_huge_attribute_value);
    RUN(test_unterminated_at_eof);
    RUN(test_many_start_tags);
    RUN(test_random_bytes);
    return harness_finish();
}
