/* tokenizer.h -- the WHATWG HTML tokenizer (HTML standard, section 13.2.5).
 *
 * A pull tokenizer: the tree builder asks for one token at a time and, in
 * between, switches the tokenizer's state (RCDATA for <title>, RAWTEXT for
 * <style>, ...) and tells it whether CDATA sections are allowed, exactly as
 * the standard has the tree construction stage do.
 *
 * Input: UTF-8 that has been preprocessed (see mt_input_prepare in
 * html/input.h): valid UTF-8, no CR (CR LF and lone CR became LF). NUL bytes
 * may remain; the tokenizer treats them as the standard says.
 *
 * Strings in a token are slices that are valid until the next call to
 * mt_tokenizer_next(). A slice points into the input whenever the bytes are
 * used as they stand (no character reference, no NUL, no case change), so the
 * tree builder can keep such slices without copying (mt_tokenizer_in_input()).
 * Otherwise it points into the tokenizer's scratch storage. */
#ifndef MT_HTML_TOKENIZER_H
#define MT_HTML_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "maintext.h"
#include "html/tags.h"

typedef enum mt_token_type {
    MT_TOKEN_DOCTYPE,
    MT_TOKEN_START_TAG,
    MT_TOKEN_END_TAG,
    MT_TOKEN_COMMENT,
    /* A run of characters. All characters between two other tokens come as
     * ONE run (character references decoded), never split. */
    MT_TOKEN_CHARS,
    MT_TOKEN_EOF
} mt_token_type;

/* Bits of mt_token.chars_flags, describing a MT_TOKEN_CHARS run. (Whether
 * a run is whitespace is not among them: the tree builder reads that from
 * the text where a mode needs it, and most runs never ask.) */
enum {
    /* The run contains at least one U+0000 (which the tree builder drops or
     * replaces depending on its insertion mode). */
    MT_CHARS_HAS_NUL = 1u << 0
};

typedef struct mt_token_attr {
    const char *name;       /* lowercase */
    const char *value;
    uint32_t name_len;
    uint32_t value_len;
} mt_token_attr;

typedef struct mt_token {
    mt_token_type type;
    uint32_t offset;        /* input offset of the token's first byte ('<' of a tag) */

    /* START_TAG, END_TAG: name (lowercase), its tag id, flags, attributes.
     * Duplicate attributes are already dropped (the first one wins). */
    const char *name;
    uint32_t name_len;
    mt_tag tag;
    bool self_closing;
    mt_token_attr *attrs;
    uint32_t nattrs;
    /* Set when attributes beyond the tokenizer's max_attributes were dropped. */
    bool attrs_truncated;

    /* CHARS: the characters; COMMENT: the comment's data. */
    const char *data;
    uint32_t data_len;
    unsigned chars_flags;   /* MT_CHARS_* for CHARS */

    /* DOCTYPE: name in `name` (NULL when missing), identifiers (NULL when
     * missing), force-quirks flag. */
    const char *public_id, *system_id;
    uint32_t public_id_len, system_id_len;
    bool force_quirks;
} mt_token;

/* The states the tree builder (or a test) may switch the tokenizer to. */
typedef enum mt_tokenizer_state {
    MT_TOKENIZER_DATA,
    MT_TOKENIZER_RCDATA,
    MT_TOKENIZER_RAWTEXT,
    MT_TOKENIZER_SCRIPT_DATA,
    MT_TOKENIZER_PLAINTEXT,
    MT_TOKENIZER_CDATA_SECTION   /* for the html5lib tests only */
} mt_tokenizer_state;

typedef struct mt_tokenizer mt_tokenizer;

/* The longest input a tokenizer takes (mt_tokenizer_new): lengths and
 * offsets in a token are 32-bit, and a string may take three bytes per
 * input byte. */
#define MT_TOKENIZER_MAX_INPUT (((size_t)1 << 30) - 1)

/* Makes a tokenizer over `input` (not copied: it must outlive the
 * tokenizer). Scratch buffers come from `alloc` and are reused across tokens;
 * each grows geometrically and is capped at three times the input's size plus
 * a constant (text is the input's, except that a NUL can become the three
 * bytes of U+FFFD), so memory stays bounded. `max_attributes`: attributes
 * kept per tag (0: 1,024). Returns NULL when memory runs out, or for an input
 * longer than MT_TOKENIZER_MAX_INPUT. */
mt_tokenizer *mt_tokenizer_new(const char *input, size_t len, const mt_allocator *alloc,
                               uint32_t max_attributes);
void mt_tokenizer_free(mt_tokenizer *t);

/* Produces the next token into *tok. Returns MT_OK, or MT_ERR_NOMEM (after
 * which the tokenizer only returns MT_TOKEN_EOF). After MT_TOKEN_EOF every
 * further call returns MT_TOKEN_EOF again. */
mt_status mt_tokenizer_next(mt_tokenizer *t, mt_token *tok);

/* Switches state before the next token (tree construction does this after
 * <title>, <textarea>, <style>, <script>, <plaintext>, ...). */
void mt_tokenizer_set_state(mt_tokenizer *t, mt_tokenizer_state state);

/* Sets "the last start tag name" used for appropriate end tags in RCDATA,
 * RAWTEXT and script data (tests set it directly; in normal operation the
 * tokenizer records it from the start tags it emits). */
void mt_tokenizer_set_last_start_tag(mt_tokenizer *t, const char *name, size_t len);

/* Whether "<![CDATA[" opens a CDATA section (the adjusted current node is
 * not in the HTML namespace) or a bogus comment. Tree construction sets this
 * before each call. */
void mt_tokenizer_allow_cdata(mt_tokenizer *t, bool allow);

/* Whether `p` points into the input (so a slice at `p` may be kept as long
 * as the input lives). */
bool mt_tokenizer_in_input(const mt_tokenizer *t, const char *p);

#endif
