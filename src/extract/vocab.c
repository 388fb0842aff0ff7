/* vocab.c -- what markup and short phrases say about an element.
 *
 * Pages name their parts: class="share-buttons", id="sidebar",
 * role="navigation", <footer>. Class and id values are split into class
 * names (at whitespace) and each name into words (at '-', '_', digits and
 * camelCase humps), and the words are looked up in a small table bucketed by
 * their first two letters, so the cost per word is a few comparisons. A
 * long word that is not known ("leftsidebar") is searched for a handful of
 * unmistakable substrings. */
#include <string.h>
#include "extract/internal.h"
#include "metadata/metadata.h"
#include "text/fold.h"
#include "util/fnv.h"
#include "util/inline.h"

#include "util/alloc.h"
#include "util/names.h"
#include "util/simd16.h"
#include "util/style.h"
#include "util/utf8.h"

#if defined(MT_SIMD16) && defined(MT_SWAR_LE) && !defined(MT_VOCAB_NO_SIMD)
#define VOCAB_SIMD 1
#endif

/* Kept out of line: the functions called on a cache's miss, out of the
 * way of the path of a hit, which is inlined. Kept in line: the look-up in
 * the cache of names, which the compiler called from its two callers, and
 * classify_attrs (in mt_vocab_classify_some: one call per element); and
 * the small steps inside the functions of a miss (a value's split into
 * names, a name's last digits, whether it is a hidden one, a masked word
 * of it), each of which cost about as much again in a call of its own. */

/* ================================================================ word table */

enum {
    EXACT = 0,
    PREFIX = 1 << 0,       /* also matches words it begins */
    WEAK = 1 << 1,         /* see K_WEAK */
    AUTHORISH = 1 << 2,    /* with an ABOUTISH word: an author box */
    ABOUTISH = 1 << 3,
    COMMENTARY = 1 << 4,   /* clears K_COMMENT: "commentary" is a genre */
    TAXONOMY = 1 << 5,     /* followed by '-' or '_': a taxonomy class name, which says nothing */
    MODIFIER = 1 << 6,     /* followed by '-', '_' or a capital: the words after it say nothing */
    STATE = 1 << 7,        /* followed by a capital: the words after it say nothing */
    PULLISH = 1 << 8,      /* with a QUOTEISH word: a pull quote */
    QUOTEISH = 1 << 9,
    EDITORISH = 1 << 10,   /* with a PICKISH word: the editors' picks */
    PICKISH = 1 << 11,
    PAIRS = PULLISH | QUOTEISH | EDITORISH | PICKISH
};

typedef struct vocab_word {
    const char *word;
    uint64_t head;      /* its first eight letters, in the order of a load */
    uint64_t mask;      /* the bytes of head that hold a letter */
    uint8_t len;
    uint16_t mode;
    uint32_t kinds;
} vocab_word;

/* a lowercase beginning of a line, and its length in bytes */
typedef struct vocab_prefix {
    const char *s;
    uint64_t head;      /* its first eight bytes, in the order of a load (zeros past its end) */
    uint8_t len;
} vocab_prefix;

/* A table of vocab_prefix, with its buckets by first byte, the pairs of
 * first bytes its entries begin with and its groups by those pairs
 * (gen_vocab.py's prefix_rows). */
typedef struct phrase_table {
    const vocab_prefix *items;
    const uint8_t (*buckets)[2];
    const uint32_t *pairs;
    const uint8_t *group_base;
    const uint8_t (*groups)[2];
} phrase_table;

#include "extract/vocab_words.h"

/* A word that names no known word may be a compound of one
 * ("leftsidebar", "socialshare"): the first compound of the table's list
 * found anywhere in it. The word is letters only, in any case (read where
 * it stands, OR-ing 0x20 lowercases a letter). One pass over its places;
 * the pair of letters at a place gives the compounds that may begin there
 * (one load, and none at most places). */
static unsigned lookup_compound(const char *w, size_t len)
{
    const size_t count = sizeof vocab_compounds / sizeof vocab_compounds[0];
    size_t best = count;
    for (size_t j = 0; j + VOCAB_COMPOUND_MIN <= len; j++) {
        unsigned pair = (unsigned)((w[j] | 0x20) - 'a') * 26 + (unsigned)((w[j + 1] | 0x20) - 'a');
        for (size_t at = vocab_compound_pairs[pair]; at; at = vocab_compounds[at - 1].next) {
            size_t i = at - 1, cl = vocab_compounds[i].len;
            if (i < best && j + cl <= len && mt_ascii_equal_ci(w + j, vocab_compounds[i].s, cl))
                best = i;
        }
    }
    return best < count ? vocab_compounds[best].kinds : 0;
}

/* The first eight letters of the word name[start..start + wl) (fewer when
 * it is shorter, the bytes after it zero), lowercase (OR 0x20: the word is
 * letters only), in the order of a load: read in one load where the name
 * goes on for eight bytes, else as the name's last bytes
 * (mt_swar_load_tail); only a name shorter than four bytes is read byte
 * by byte. */
static uint64_t word_head(const char *name, size_t len, size_t start, size_t wl)
{
    uint64_t w = 0;
#ifdef MT_SWAR_LE
    if (len - start >= 8)
        w = mt_load64(name + start);
    else if (!mt_swar_load_tail(name, start, len, &w))
#endif
        for (size_t i = 0; i < len - start && i < 8; i++)
            w |= (uint64_t)(unsigned char)name[start + i] << (8 * i);
    size_t n = wl < 8 ? wl : 8;     /* from 1 up */
    return (w | 0x20 * MT_SWAR_ONES) & (~0ull >> (8 * (8 - n)));
}

/* Whether a word of wl letters, whose head is `head`, is table word v or
 * (a PREFIX word) begins with it: its length, then its first eight
 * letters in one compare, then (for the few longer table words) the
 * rest, asked without a branch between them. */
static bool word_matches(const vocab_word *v, const char *w, size_t wl, uint64_t head)
{
    bool fits = (wl >= v->len) & ((wl == v->len) | ((v->mode & PREFIX) != 0)) &
                ((head & v->mask) == v->head);
    return fits && (v->len <= 8 || mt_ascii_equal_ci(w + 8, v->word + 8, v->len - 8u));
}

/* How many bits of a 26-bit set are set (the compiler's popcount is a
 * library call on CPUs without the instruction). */
static inline unsigned bits_set(uint32_t v)
{
    v = v - ((v >> 1) & 0x55555555u);
    v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
    return (((v + (v >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24;
}

/* What one word, name[start..start + wl), says: the kinds of every table
 * word it equals or begins with (a PREFIX word), with their modes in
 * *modes. The word is letters only, in any case: it is read where it
 * stands, never copied. Only the words of its bucket (its first two
 * letters) can match, and of those (when it has three letters or more)
 * only the group that shares its third letter: most often one word. */
static unsigned lookup_word(const char *name, size_t len, size_t start, size_t wl, unsigned *modes)
{
    const char *w = name + start;
    unsigned kinds = 0;
    *modes = 0;
    if (wl < 2)
        return 0;     /* every table word has two letters or more */
    unsigned bucket = (unsigned)((w[0] | 0x20) - 'a') * 26 + (unsigned)((w[1] | 0x20) - 'a');
    const uint8_t *b = vocab_buckets[bucket];
    if (wl > 2) {
        uint32_t thirds = vocab_thirds[bucket];
        unsigned third = (unsigned)((w[2] | 0x20) - 'a');
        if (!((thirds >> third) & 1))
            return 0;     /* no word of its bucket has its third letter */
        /* the group is the rank of the letter among the bucket's thirds */
        b = vocab_third_groups[vocab_third_base[bucket] + bits_set(thirds & ((1u << third) - 1))];
    }
    uint64_t head = word_head(name, len, start, wl);
    for (const vocab_word *v = &vocab_words[b[0]], *end = v + b[1]; v < end; v++) {
        if (!word_matches(v, w, wl, head))
            continue;
        kinds |= v->kinds;
        *modes |= v->mode;
        if (v->mode & WEAK)
            kinds |= K_WEAK;    /* this word's kinds are weak */
    }
    if (*modes & COMMENTARY)
        kinds &= ~(unsigned)K_COMMENT;
    return kinds;
}

/* Whether a whole class name, whose lowercase FNV-1a hash is `h`, is one
 * of the table's names that hide an element ("sr-only", "visuallyHidden"). */
static int is_hidden_name(uint32_t h, const char *name, size_t len)
{
    for (uint32_t i = h & (VOCAB_HIDDEN_SLOTS - 1);; i = (i + 1) & (VOCAB_HIDDEN_SLOTS - 1)) {
        if (!vocab_hidden[i].name)
            return 0;
        if (vocab_hidden[i].len != len)
            continue;
        size_t k = 0;
        const char *hidden = vocab_hidden[i].name;
        while (k < len && mt_ascii_lower((unsigned char)name[k]) == (unsigned char)hidden[k])
            k++;
        if (k == len)
            return 1;
    }
}

static MT_ALWAYS_INLINE int is_hidden_class(const char *name, size_t len)
{
    /* the generated table says which lengths the hidden names beginning
     * with each letter have: most class names are ruled out before hashing */
    if (len < VOCAB_HIDDEN_MIN || len > VOCAB_HIDDEN_MAX)
        return 0;   /* before reading a byte: the name may be empty */
    unsigned first = (unsigned char)name[0] | 0x20;
    if (first < 'a' || first > 'z' || !((vocab_hidden_lengths[first - 'a'] >> len) & 1))
        return 0;
    uint32_t h = MT_FNV_START;
    for (size_t i = 0; i < len; i++)
        h = mt_fnv_step(h, (unsigned char)mt_ascii_lower((unsigned char)name[i]));
    return is_hidden_name(h, name, len);
}

/* Whether kinds name a boilerplate kind that no weak word gave. */
static inline unsigned is_strong(unsigned k)
{
    return ((k & K_BOILERPLATE) != 0) & ((k & K_WEAK) == 0);
}

/* Adds one word's (or name's) kinds to an element's, keeping K_WEAK only
 * while every boilerplate kind so far came from weak words. */
static inline unsigned combine(unsigned acc, unsigned k)
{
    /* without a branch: which words are weak is the page's to say */
    unsigned out = (acc | k) & ~(unsigned)K_WEAK;
    unsigned weak = (unsigned)((out & K_BOILERPLATE) != 0) & !is_strong(acc) & !is_strong(k);
    return out | weak * K_WEAK;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Whether w[0..n) is one of `list`'s words (lowercase), in any case. */
static int word_in(const char *w, size_t n, const char *const *list, size_t count)
{
    if (!n)
        return 0;
    /* the first letters differ in most: no length is taken for those */
    unsigned char first = (unsigned char)mt_ascii_lower((unsigned char)w[0]);
    for (size_t i = 0; i < count; i++)
        if ((unsigned char)list[i][0] == first && strlen(list[i]) == n &&
            mt_ascii_equal_ci(w, list[i], n))
            return 1;
    return 0;
}

/* Whether a class name is a callout component: Bootstrap's or
 * Docusaurus's "alert", a Jekyll theme's "notice" (Minimal Mistakes),
 * alone or with a severity ("alert-info", "notice--warning"). Inside the
 * text that is a note of it, above the headline a site's banner (prune.c
 * decides). A site's own alert or notice carries other words
 * ("alert-banner", "site-alert", "privacy-notice") and is a notice
 * wherever it stands. */
static inline int is_callout_name(const char *name, size_t len)
{
    static const char *const severities[] = {
        "info", "warning", "danger", "success", "primary", "secondary", "light", "dark",
        "error", "note", "tip", "caution", "important",
    };
    /* the first letter alone rules out nearly every name */
    if (len < 5)
        return 0;
    char first = (char)(name[0] | 0x20);
    if (!(first == 'a' && mt_ascii_equal_ci(name, "alert", 5)) &&
        !(first == 'n' && len >= 6 && mt_ascii_equal_ci(name, "notice", 6)))
        return 0;
    size_t word = first == 'a' ? 5 : 6, i = word;
    while (i < len && (name[i] == '-' || name[i] == '_'))
        i++;
    if (i == len)
        return i == word;
    if (i == word)
        return 0;   /* "alertbox", "alertGen", "noticeboard" */
    return word_in(name + i, len - i, severities, COUNT(severities));
}

#ifdef VOCAB_SIMD
/* The longest value split by its mask of white space, in one word. */
#define MASKED_VALUE_MAX 63

/* The sixteen bytes of s[0..len) from off on (off < len), read without a
 * byte outside it: the last ones of a longer s overlap the bytes before
 * off, and *drop says how many (the low bits of a mask to shift out); a
 * short s comes with zeros after it. */
static inline __m128i chunk_at(const char *s, size_t len, size_t off, unsigned *drop)
{
    *drop = 0;
    if (off + 16 <= len)
        return mt_simd16_load(s + off);
    if (len >= 16) {
        *drop = (unsigned)(off + 16 - len);
        return mt_simd16_load(s + len - 16);
    }
    return mt_simd16_load_short(s, len);
}

/* The white space of s[0..len), 0 < len <= MASKED_VALUE_MAX, bit j for
 * s[j], with every bit from len up set: the end of the last name. */
static uint64_t spaces_of(const char *s, size_t len)
{
    uint64_t m = 0;
    for (size_t off = 0; off < len; off += 16) {
        unsigned drop;
        /* a statement of its own: drop is read once chunk_at has set it */
        __m128i v = chunk_at(s, len, off, &drop);
        m |= (uint64_t)mt_simd16_spaces(v) >> drop << off;
    }
    return m | ~0ull << len;
}

/* The capital letters, small letters and underscores of s[0..len),
 * 0 < len <= MASKED_VALUE_MAX, a mask each (bit j for s[j]). */
static void letter_masks(const char *s, size_t len, uint64_t *upper, uint64_t *lower,
                         uint64_t *under)
{
    *upper = *lower = *under = 0;
    for (size_t off = 0; off < len; off += 16) {
        unsigned drop;
        __m128i v = chunk_at(s, len, off, &drop);
        *upper |= (uint64_t)mt_simd16_bytes_in(v, 'A', 'Z') >> drop << off;
        *lower |= (uint64_t)mt_simd16_bytes_in(v, 'a', 'z') >> drop << off;
        *under |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('_'))) >> drop << off;
    }
}
#endif

/* The words of a class name, one after another: runs of letters, parted
 * at other bytes and at camelCase humps (an uppercase letter after a
 * lowercase one), each its uppercase letters, then its lowercase ones. A
 * name of up to MASKED_VALUE_MAX bytes (most) is read by its masks of
 * letters, sixteen bytes at once, and each word is where its bits say --
 * a loop over words, where reading bytes mispredicted at the end of most
 * runs; a longer one byte by byte. Its underscores are counted at the
 * start: four or more spell a control path (classify_class_name). */
typedef struct word_cursor {
    const char *name;
    size_t len, i;          /* byte by byte: where to read on */
    uint64_t starts, ends;  /* by masks: the words not read yet, and where words end */
    bool masked;
    bool control_path;      /* four underscores or more */
    size_t last_underscore;
} word_cursor;

static void words_begin(word_cursor *c, const char *name, size_t len)
{
    c->name = name;
    c->len = len;
    c->i = 0;
    c->starts = c->ends = 0;
    c->masked = false;
#ifdef VOCAB_SIMD
    if (len - 1 < MASKED_VALUE_MAX) {
        uint64_t upper, lower, under;
        letter_masks(name, len, &upper, &lower, &under);
        uint64_t letters = upper | lower;
        /* a word begins after a byte that is no letter, or at a hump */
        c->starts = (letters & ~(letters << 1)) | (upper & (lower << 1));
        c->ends = ~letters | c->starts;     /* every bit from len up */
        c->masked = true;
        /* the fourth underscore is left when three are cleared */
        uint64_t u3 = under & (under - 1);
        u3 &= u3 - 1;
        c->control_path = (u3 & (u3 - 1)) != 0;
        c->last_underscore = under ? 63 - (size_t)__builtin_clzll(under) : 0;
        return;
    }
#endif
    unsigned underscores = 0;
    c->last_underscore = 0;
    for (size_t k = 0; k < len; k++)
        if (name[k] == '_') {
            underscores++;
            c->last_underscore = k;
        }
    c->control_path = underscores >= 4;
}

/* next_word read byte by byte: for a name the masks do not hold (empty,
 * or longer than MASKED_VALUE_MAX), and for every name in a build without
 * them (no VOCAB_SIMD). */
MT_NOINLINE static bool next_word_bytes(word_cursor *c, size_t *start, size_t *end)
{
    const unsigned char *u = (const unsigned char *)c->name;
    size_t i = c->i, len = c->len;
    while (i < len && !mt_ascii_is_letter(u[i]))
        i++;
    if (i == len)
        return false;
    *start = i;
    while (i < len && mt_ascii_is_upper(u[i]))
        i++;
    i = mt_swar_small_letters_end(c->name, i, len);
    *end = c->i = i;
    return true;
}

/* The next word, name[*start..*end); false when there is none. A word of
 * the masks is a few operations on bits, inline in the loops over words:
 * a call per word cost more than the word. */
static MT_ALWAYS_INLINE bool next_word(word_cursor *c, size_t *start, size_t *end)
{
    if (!c->masked)
        return next_word_bytes(c, start, end);
    if (!c->starts)
        return false;
    unsigned p = (unsigned)__builtin_ctzll(c->starts);
    c->starts &= c->starts - 1;
    *start = p;
    *end = (size_t)__builtin_ctzll(c->ends & ~1ull << p);   /* p < 63 */
    return true;
}

bool mt_class_words_any(const char *value, size_t len, size_t look, mt_class_word_test test)
{
    size_t n = len < look ? len : look, i = 0, name, name_len;
    while ((name_len = mt_next_name(value, n, &i, &name)) != 0) {
        if (i == n && n < len && !mt_ascii_is_space(value[n]))
            return false;   /* a name cut short */
        word_cursor cur;
        words_begin(&cur, value + name, name_len);
        /* each word is tried once the one after it is read */
        mt_class_word w = { .name = value + name, .name_len = name_len };
        bool more = next_word(&cur, &w.start, &w.end);
        while (more) {
            more = next_word(&cur, &w.after_start, &w.after_end);
            if (!more)
                w.after_start = w.after_end = w.end;
            if (test(&w))
                return true;
            w.before_start = w.start;
            w.before_end = w.end;
            w.start = w.after_start;
            w.end = w.after_end;
        }
    }
    return false;
}

/* Splits one class name into lowercase words (at '-', '_', digits and
 * camelCase humps, word_cursor) and looks each up. Says nothing for
 * script hooks ("js-share") and taxonomy names ("tag-social-media",
 * "entry-category-sharing"). `hidden` is
 * is_hidden_class of the name when the caller knows it already (0 or 1),
 * else -1. */
MT_NOINLINE static unsigned classify_class_name(const char *name, size_t len, int hidden)
{
    if (len > 3 && name[0] == 'j' && name[1] == 's' && (name[2] == '-' || name[2] == '_'))
        return 0;
    const unsigned char *u = (const unsigned char *)name;
    word_cursor cur;
    words_begin(&cur, name, len);
    unsigned kinds = 0;
    /* "author-bio", "autor_box", "about-the-author", a forum's
     * "message-user" / "user-info" panel: a box about the author, told by
     * the two words together ("bio" alone can be a company profile,
     * "author" alone a byline) */
    int author_word = 0, about_word = 0, named_author = 0;
    unsigned paired = 0;        /* the words seen that count in pairs (PAIRS) */
    size_t start, i;
    while (next_word(&cur, &start, &i)) {
        const char *word = name + start;
        size_t wl = i - start;
        if (wl >= 32)
            continue;   /* no word of the table is as long */
        unsigned modes;
        unsigned k = lookup_word(name, len, start, wl, &modes);
        if (!modes) {
            /* most words: no rule looks at the letters around them. One
             * the table does not know may be a compound of a word it
             * does. kinds, made by combine alone, is weak only beside a
             * boilerplate kind: combining it with nothing would not
             * change it. */
            if (!k && wl >= 7)
                k = lookup_compound(word, wl);
            if (k)
                kinds = combine(kinds, k);
            continue;
        }
        /* "status-publish" is taxonomy; BEM's "status__replies" names a
         * part of a "status" box */
        if ((modes & TAXONOMY) && i < len && (u[i] == '-' || u[i] == '_') &&
            !(u[i] == '_' && i + 1 < len && u[i + 1] == '_'))
            return 0;
        int hump = i < len && mt_ascii_is_upper(u[i]);
        if (((modes & MODIFIER) && i < len && (u[i] == '-' || u[i] == '_' || hump)) ||
            ((modes & STATE) && hump))
            break;      /* the words after a modifier say nothing */
        if (k)
            kinds = combine(kinds, k);
        if (modes & AUTHORISH) {
            author_word = 1;
            /* "author", "autor" (not "user", "poster") */
            named_author |= wl >= 5 && (word[0] | 0x20) == 'a' && (word[1] | 0x20) == 'u' &&
                            (word[2] | 0x20) == 't';
        }
        else if (modes & ABOUTISH)
            about_word = 1;
        paired |= modes & PAIRS;
    }
    if (hidden < 0 ? is_hidden_class(name, len) : hidden)
        return K_HIDDEN;
    /* Generated names that spell a control path
     * ("ctl00_ContentPlaceHolder_article_NavWebPart_Article") are named by
     * their last step (which has no underscore: no deeper call). */
    if (cur.control_path)
        return classify_class_name(name + cur.last_underscore + 1, len - cur.last_underscore - 1, -1);
    if ((paired & (PULLISH | QUOTEISH)) == (PULLISH | QUOTEISH))
        kinds |= K_PULLQUOTE;
    if ((paired & (EDITORISH | PICKISH)) == (EDITORISH | PICKISH))
        kinds = combine(kinds, K_RELATED);
    if (author_word && about_word)
        kinds = combine(kinds, K_ABOUT);
    else if (named_author)
        kinds |= K_AUTHOR;
    return kinds;
}

/* Only the first 16 names of a class or id value count: enough for real
 * pages, bounded for hostile ones. */
#define MAX_NAMES 16

/* The names of a class or id value, the first MAX_NAMES: name k is
 * value[start[k]..start[k] + len[k]). */
typedef struct name_list {
    uint32_t count;
    uint32_t start[MAX_NAMES], len[MAX_NAMES];
} name_list;

/* The names of s[0..len) in order, as mt_next_name reads them one by one. */
static void split_by_name(const char *s, size_t len, name_list *out)
{
    size_t i = 0, start, n;
    out->count = 0;
    while (out->count < MAX_NAMES && (n = mt_next_name(s, len, &i, &start)) > 0) {
        out->start[out->count] = (uint32_t)start;
        out->len[out->count++] = (uint32_t)n;
    }
}


/* The names of a class or id value. A short one (most) is split without
 * a loop over its bytes: its white space is found sixteen bytes at once,
 * and each name is where the bits change -- a loop over names, where
 * reading names byte by byte mispredicted at the end of most. */
static MT_ALWAYS_INLINE void split_names(const char *s, size_t len, name_list *out)
{
#ifdef VOCAB_SIMD
    if (len - 1 < MASKED_VALUE_MAX) {
        uint64_t spaces = spaces_of(s, len), rest = ~spaces;
        uint32_t n = 0;
        for (; rest && n < MAX_NAMES; n++) {
            unsigned start = (unsigned)__builtin_ctzll(rest);
            unsigned end = start + (unsigned)__builtin_ctzll(spaces >> start);    /* <= len */
            out->start[n] = start;
            out->len[n] = end - start;
            rest &= ~0ull << end;
        }
        out->count = n;
        return;
    }
#endif
    split_by_name(s, len, out);
}

/* Whether s[0..len) holds `needle` (in lower case) in any ASCII case,
 * starting within its first 4096 bytes. */
static int contains_ci(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len && i < 4096; i++) {
        size_t j = 0;
        while (j < n && mt_ascii_lower((unsigned char)s[i + j]) == (unsigned char)needle[j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

static int attr_contains(const mt_attr *a, const char *needle)
{
    return contains_ci(a->value, a->value_len, needle);
}

static unsigned classify_role(const mt_attr *a)
{
    static const struct { const char *role; uint32_t kinds; } roles[] = {
        { "navigation", K_NAV }, { "menu", K_NAV }, { "menubar", K_NAV }, { "search", K_NAV },
        { "tablist", K_NAV }, { "banner", K_HEADER }, { "contentinfo", K_FOOTER },
        { "complementary", K_SIDEBAR }, { "main", K_MAIN }, { "article", K_ARTICLE },
        { "dialog", K_MODAL }, { "alertdialog", K_MODAL }, { "alert", K_CALLOUT },
        { "button", K_NAV },    /* a control: its words label it ("Show image") */
    };
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (mt_attr_is(a, roles[i].role))
            return roles[i].kinds;
    return 0;
}

/* What an HTML element's tag says, by tag number: one load (internal.h,
 * mt_vocab_tag_kinds). */
const uint32_t mt_vocab_tag_kinds[MT_TAG__COUNT] = {
    [MT_TAG_NAV] = K_NAV, [MT_TAG_MENU] = K_NAV, [MT_TAG_FOOTER] = K_FOOTER,
    [MT_TAG_HEADER] = K_HEADER, [MT_TAG_ASIDE] = K_SIDEBAR, [MT_TAG_ARTICLE] = K_ARTICLE,
    [MT_TAG_MAIN] = K_MAIN, [MT_TAG_FIGCAPTION] = K_CAPTION, [MT_TAG_DIALOG] = K_MODAL,
};

static unsigned classify_tag(const mt_node *el)
{
    return mt_vocab_tag_kind(el);
}

/* A photo credit inside a caption ("<span class="credit">Photo: ...</span>",
 * "image-credit", "photoCredit"): the one thing an inline element's class
 * says that the block around it cannot. */
static int is_credit_name(const char *s, size_t len)
{
    for (size_t i = 0; i + 6 <= len; i++)
        if ((s[i] | 0x20) == 'c' && (s[i + 1] | 0x20) == 'r' && memcmp(s + i + 2, "edit", 4) == 0)
            return 1;
    return 0;
}

/* Whether any whitespace-separated name of a class value is a hidden
 * class (K_HIDDEN) or (with `credits`: an inline element's value) a
 * credit (K_CREDIT), the first found. (A block element's value is asked
 * without credits until its names are classified: fill_block, which
 * finds the same hidden names -- no hidden name ends in a digit, so the
 * names it keys by their bytes before the digits are none.) */
MT_NOINLINE static unsigned names_hidden(const char *s, size_t len, bool credits)
{
    name_list names;
    split_names(s, len, &names);
    for (uint32_t k = 0; k < names.count; k++) {
        const char *name = s + names.start[k];
        size_t n = names.len[k];
        if (is_hidden_class(name, n))
            return K_HIDDEN;
        if (credits && n >= 6 && is_credit_name(name, n))
            return K_CREDIT;
    }
    return 0;
}

static int is_inline(const mt_node *el)
{
    return el->ns == MT_NS_HTML && el->tag != MT_TAG_UNKNOWN &&
           !mt_tag_has(el->tag, MT_TAGF_BLOCK) && el->tag != MT_TAG_UL && el->tag != MT_TAG_OL;
}

/* ================================================================ per-page cache
 *
 * Every element's class is looked at (is it hidden?), and an element with
 * text has its class and id classified in full; pages repeat the same
 * values on many elements. Answers are kept per distinct value, in a table
 * indexed by a hash of its length and three of its eight-byte words. A slot
 * holds the value seen last; the value itself is compared, so a collision
 * costs time, never a wrong answer. */

enum {
    HAVE_BLOCK = 1 << 0,    /* entry.kinds and hidden bits 0-1: fill_block */
    HAVE_INLINE = 1 << 1,   /* hidden bits 2-3: names_hidden of an inline element */
    HAVE_BLOCK_HIDING = 1 << 2  /* hidden bits 0-1 alone: entry_block_hiding */
};

/* whether the names hide an element, in two bits */
enum { HIDES_NOT = 0, HIDES_HIDDEN = 1, HIDES_CREDIT = 2 };

/* A hash of a value's length and up to three of its eight-byte words:
 * the first, middle and last (all of a shorter one, in two loads that may
 * overlap, or three bytes). Each is multiplied by a constant of its own
 * and the products summed -- independent multiplies, where a chain of
 * them waited for each other -- and the high half, the best mixed, is
 * folded into the low. Values that differ only elsewhere share a slot,
 * which costs a recomputation, not an error. */
static inline uint32_t value_hash(const char *s, size_t len)
{
    uint64_t first, middle = 0, last;
    if (len >= 8) {
        first = mt_load64(s);
        middle = mt_load64(s + (len - 8) / 2);
        last = mt_load64(s + len - 8);
    } else if (len >= 4) {
        first = mt_load32(s);
        last = mt_load32(s + len - 4);
    } else {
        first = len ? (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[len / 2] << 8 |
                          (unsigned char)s[len - 1]
                    : 0;
        last = 0;
    }
    uint64_t h = first * 0x9E3779B97F4A7C15ull + middle * 0xC2B2AE3D27D4EB4Full +
                 last * 0x165667B19E3779F9ull + len * 0xFF51AFD7ED558CCDull;
    return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

/* Whether a[0..len) and b[0..len) are the same bytes: a cached value is
 * most often a short one, told in a load or two, where memcmp was a call
 * and a branch on the length in it. The loads may overlap. */
static inline bool same_bytes(const char *a, const char *b, size_t len)
{
    if (len > 16)
        return memcmp(a, b, len) == 0;  /* a loop of our own mispredicted its end */
    if (len >= 8)
        return ((mt_load64(a) ^ mt_load64(b)) | (mt_load64(a + len - 8) ^ mt_load64(b + len - 8))) == 0;
    if (len >= 4)
        return (int)(mt_load32(a) == mt_load32(b)) & (mt_load32(a + len - 4) == mt_load32(b + len - 4));
    /* up to three bytes: the first, the middle and the last */
    return len == 0 || ((a[0] == b[0]) & (a[len / 2] == b[len / 2]) & (a[len - 1] == b[len - 1]));
}

/* The slot of a hash in a direct-mapped table of `size` entries (a power
 * of two) whose bits `used` say which slots hold one. Marks the slot used
 * and says in *held whether it was already: then its entry is compared
 * with the value, and otherwise filled in. (Both caches below.) */
static inline uint32_t claim_slot(uint64_t *used, uint32_t size, uint32_t h, int *held)
{
    uint32_t slot = (h ^ (h >> 16)) & (size - 1);
    uint64_t bit = 1ull << (slot & 63);
    *held = (used[slot >> 6] & bit) != 0;
    used[slot >> 6] |= bit;
    return slot;
}

/* Whether a slot's entry has the hash h and the length len, as one test
 * (a hit or a miss is the page's to say). An unused slot's fields were
 * never written: they are masked out unless the slot is `held` (an AND
 * with zero bits is defined for memcheck too), so that no jump depends
 * on them, and an empty slot compares as another hash. */
static inline bool slot_matches(int held, uint32_t entry_hash, uint32_t entry_len, uint32_t h,
                                size_t len)
{
    uint32_t keep = 0u - (uint32_t)(held != 0);
    uint32_t eh = (entry_hash & keep) | (~h & ~keep), el = entry_len & keep;
    return (eh == h) & (el == len) & (held != 0);
}

/* The slot for a value: its entry when the value is known, else the slot
 * emptied for it. */
static vocab_entry *cache_entry(vocab_cache *cache, const char *s, size_t len)
{
    uint32_t h = value_hash(s, len);
    int held;
    vocab_entry *e = &cache->entries[claim_slot(cache->used, VOCAB_CACHE_SIZE, h, &held)];
    /* the slot's hash and length, the bytes after */
    if (slot_matches(held, e->hash, e->len, h, len) &&
        (e->value == s || same_bytes(e->value, s, len)))
        return e;
    e->value = s;
    e->len = (uint32_t)len;
    e->hash = h;
    e->have = 0;
    e->hidden = 0;
    return e;
}

/* What classify_class_name says of a name that ends in digits does not
 * depend on which digits they are, or how many: digits only part words,
 * and no hidden name ends in one (tools/gen_vocab.py checks) -- neither
 * the name nor its last step, which ends in the same digits, can be
 * hidden. So a name is cached by its bytes before the digits that end
 * it, and whether there are any ("alert" is a callout, "alert1" is not):
 * ids are unique but their letters are not ("post-4182", "post-4183"),
 * and so are class names ("menu-item-21480"). */

/* Where the digits that end a name begin (len for none): found in its
 * last eight bytes without a branch on them (a test of its last byte
 * mispredicted: many names end in a number); only a name ending in eight
 * digits or more is read on. */
static MT_ALWAYS_INLINE size_t before_last_digits(const char *s, size_t len)
{
#ifdef MT_SWAR_LE
    uint64_t w = 0;
    bool read = true;
    if (len >= 8)
        w = mt_load64(s + len - 8);
    else if (mt_swar_load_tail(s, 0, len, &w))
        w <<= 8 * (8 - len);    /* its last byte on top, zeros (no digits) below */
    else
        read = false;           /* shorter than four bytes */
    uint64_t others = read ? ~mt_swar_bytes_in(w, '0', '9') & MT_SWAR_HIGHS : 0;
    if (others)
        return len - (size_t)(__builtin_clzll(others) >> 3);
#endif
    size_t k = len;
    while (k && mt_ascii_is_digit((unsigned char)s[k - 1]))
        k--;
    return k;
}

/* ================================================================ memo across pages
 *
 * The extractor's table of names (internal.h, vocab_memo), asked when a
 * page's cache of names misses, by the same key: the bytes of a name
 * before the digits that end it and whether there were any. That key is
 * exact, not a likeness: classify_class_name reads digits only as the
 * bytes between words (a word is letters), and no rule looks at which
 * digits they are -- the byte after a word is a digit in every name of
 * the key, the control path's last step is cut at an underscore before
 * them, and its "js-" test reads the first three bytes, which are the
 * key's or digits in all of them; no hidden name ends in a digit
 * (tools/gen_vocab.py checks), and a callout ends in a letter. The
 * entry's bytes, length and digits are compared in full, so a hash that
 * two keys share costs a miss, never an answer. */

vocab_memo *mt_vocab_memo_new(const mt_allocator *alloc)
{
    vocab_memo *memo = mt_mem_alloc(alloc, sizeof *memo);
    if (memo)
        memset(memo, 0, sizeof *memo);      /* every entry empty */
    return memo;
}

void mt_vocab_memo_free(const mt_allocator *alloc, vocab_memo *memo)
{
    if (memo)
        mt_mem_free(alloc, memo, sizeof *memo);
}

/* The set of a key's hash: other bits than the per-page tables' slot. */
static inline vocab_memo_entry *memo_set(vocab_memo *memo, uint32_t h)
{
    return memo->sets[(h >> 12) & (VOCAB_MEMO_SETS - 1)];
}

/* The memo's entry for a key, key[0..n) and `digits` (n <= VOCAB_MEMO_KEY_MAX),
 * whose hash is h; NULL when it has none. */
static vocab_memo_entry *memo_find(vocab_memo *memo, const char *key, size_t n, bool digits,
                                   uint32_t h)
{
    vocab_memo_entry *set = memo_set(memo, h);
    for (unsigned w = 0; w < VOCAB_MEMO_WAYS; w++) {
        vocab_memo_entry *e = &set[w];
        if (e->filled && e->hash == h && e->len == n && e->digits == digits &&
            same_bytes(e->key, key, n))
            return e;
    }
    return NULL;
}

/* Keeps what a key says in its set, in place of the set's oldest entry. */
static void memo_keep(vocab_memo *memo, const char *key, size_t n, bool digits, uint32_t h,
                      unsigned kinds, int hidden)
{
    uint8_t *next = &memo->next[(h >> 12) & (VOCAB_MEMO_SETS - 1)];
    vocab_memo_entry *e = &memo_set(memo, h)[*next];
    *next = (uint8_t)((*next + 1) % VOCAB_MEMO_WAYS);
    e->hash = h;
    e->kinds = kinds;
    e->len = (uint8_t)n;
    e->digits = digits;
    e->hidden = (uint8_t)hidden;
    e->filled = 1;
    memcpy(e->key, key, n);
}

/* classify_class_name of a name (through is_callout_name), and in
 * *hidden whether it is a hidden class, for a name whose key (its bytes
 * before the digits that end it) is `key` bytes long. */
static MT_ALWAYS_INLINE unsigned name_kinds(const char *name, size_t len, size_t key, int *hidden)
{
    *hidden = key == len && is_hidden_class(name, len);
    /* a callout is a whole name: the last step of a control path
     * ("akismet_comment_form_privacy_notice") is none */
    return is_callout_name(name, len) ? K_CALLOUT : classify_class_name(name, len, *hidden);
}

/* name_kinds through the extractor's memo, when there is one and the key
 * fits in it. */
MT_NOINLINE static unsigned memo_name_kinds(vocab_memo *memo, const char *name, size_t len,
                                            size_t key, uint32_t h, int *hidden)
{
    if (!memo || key > VOCAB_MEMO_KEY_MAX)
        return name_kinds(name, len, key, hidden);
    bool digits = key < len;
    const vocab_memo_entry *m = memo_find(memo, name, key, digits, h);
    if (m) {
        *hidden = m->hidden;
        return m->kinds;
    }
    unsigned kinds = name_kinds(name, len, key, hidden);
    memo_keep(memo, name, key, digits, h, kinds, *hidden);
    return kinds;
}

/* classify_class_name of one name through a direct-mapped table of
 * `size` names (`used`: its bits of slots in use), and on a miss the
 * extractor's memo; in *hidden whether it is a hidden class, kept with
 * it. */
static MT_ALWAYS_INLINE unsigned cached_name_kinds(vocab_cache *cache, vocab_name *table,
                                                   uint64_t *used, uint32_t size,
                                                   const char *name, size_t len, int *hidden)
{
    size_t key = before_last_digits(name, len);
    uint32_t h = value_hash(name, key) ^ (key < len);   /* with digits or without */
    int held;
    vocab_name *e = &table[claim_slot(used, size, h, &held)];
    if (!(slot_matches(held, e->hash, e->len, h, key) && same_bytes(e->name, name, key))) {
        int name_hidden;
        e->name = name;
        e->len = (uint32_t)key;
        e->hash = h;
        e->kinds = memo_name_kinds(cache->memo, name, len, key, h, &name_hidden);
        e->hidden = (uint8_t)name_hidden;
    }
    *hidden = e->hidden;
    return e->kinds;
}

/* Classifies every name of an id value. Not through the cache of names:
 * ids would push out the class names that are seen again. */
MT_NOINLINE static unsigned classify_names(vocab_cache *cache, const char *s, size_t len)
{
    unsigned kinds = 0;
    name_list names;
    split_names(s, len, &names);
    for (uint32_t k = 0; k < names.count; k++) {
        if (names.len[k] >= 128)
            continue;
        int hidden;     /* in the kinds already (K_HIDDEN) */
        kinds = combine(kinds, cached_name_kinds(cache, cache->ids, cache->ids_used,
                                                 VOCAB_ID_CACHE_SIZE,
                                                 s + names.start[k], names.len[k], &hidden));
    }
    return kinds;
}

/* What a block element's class value, whose cache entry is e, says: its
 * names' kinds, and whether one of them is a hidden class (kept with each
 * name in the cache of names: a name seen before is not asked again). */
MT_NOINLINE static void fill_block(vocab_cache *cache, vocab_entry *e, const char *s, size_t len)
{
    unsigned kinds = 0;
    int found = 0;
    name_list names;
    split_names(s, len, &names);
    for (uint32_t k = 0; k < names.count; k++) {
        if (names.len[k] >= 128)
            continue;   /* longer than any hidden name too */
        int hidden;
        kinds = combine(kinds, cached_name_kinds(cache, cache->names, cache->names_used,
                                                 VOCAB_NAME_CACHE_SIZE, s + names.start[k],
                                                 names.len[k], &hidden));
        found |= hidden;
    }
    e->kinds = kinds;
    e->hidden = (uint8_t)(e->hidden | (found ? HIDES_HIDDEN : HIDES_NOT));
    e->have |= HAVE_BLOCK;
}

/* The kinds of a block element's class value, and in *hidden whether it
 * hides the element, answered by its cache entry. */
static unsigned entry_block(vocab_cache *cache, vocab_entry *e, const mt_attr *a, unsigned *hidden)
{
    if (!(e->have & HAVE_BLOCK))
        fill_block(cache, e, a->value, a->value_len);
    *hidden = (e->hidden & 3) == HIDES_HIDDEN ? K_HIDDEN : 0;
    return e->kinds;
}

/* Whether a block element's class value, whose cache entry is e, hides
 * the element, without classifying its names when they are not known:
 * the question asked on entering an element, whose kinds may never be. */
static unsigned entry_block_hiding(vocab_entry *e, const mt_attr *a)
{
    if (!(e->have & (HAVE_BLOCK | HAVE_BLOCK_HIDING))) {
        if (names_hidden(a->value, a->value_len, false))
            e->hidden = (uint8_t)(e->hidden | HIDES_HIDDEN);
        e->have |= HAVE_BLOCK_HIDING;
    }
    return (e->hidden & 3) == HIDES_HIDDEN ? K_HIDDEN : 0;
}

/* names_hidden of an inline element's class value, answered by its cache
 * entry. */
static unsigned entry_inline(vocab_entry *e, const mt_attr *a)
{
    static const unsigned kinds_of[] = { 0, K_HIDDEN, K_CREDIT, 0 };
    if (!(e->have & HAVE_INLINE)) {
        unsigned k = names_hidden(a->value, a->value_len, true);
        unsigned code = k == K_HIDDEN ? HIDES_HIDDEN : k == K_CREDIT ? HIDES_CREDIT : HIDES_NOT;
        e->hidden = (uint8_t)(e->hidden | code << 2);
        e->have |= HAVE_INLINE;
    }
    return kinds_of[(e->hidden >> 2) & 3];
}

/* What the itemprop and itemtype attributes say. */
static unsigned classify_microdata(const mt_attr *a)
{
    if (memcmp(a->name, "itemprop", 8) == 0) {
        if (attr_contains(a, "articlebody") || mt_attr_is(a, "text") ||
            mt_attr_is(a, "reviewbody"))
            return K_MAIN;
        if (mt_attr_is(a, "comment"))
            return K_COMMENT;
        if (mt_attr_is(a, "author") || mt_attr_is(a, "datepublished"))
            return K_META;
    } else if (memcmp(a->name, "itemtype", 8) == 0) {
        if (attr_contains(a, "comment"))
            return K_COMMENT;
        if (attr_contains(a, "article") || attr_contains(a, "blogposting"))
            return K_ARTICLE;
    }
    return 0;
}

/* Whether one of an element's class names is one that `is_it` says yes to. */
static bool some_class_name(const mt_node *el, bool (*is_it)(const char *name, size_t n))
{
    const mt_attr *a = mt_dom_attr(el, "class", 5);
    if (!a)
        return false;
    size_t i = 0, start, n;
    while ((n = mt_next_name(a->value, a->value_len, &i, &start)) > 0)
        if (is_it(a->value + start, n))
            return true;
    return false;
}

/* Whether a class name is "comment" alone: a blog
 * engine marks each comment so, beside names for who wrote it ("comment
 * byuser comment-author-anna bypostauthor" on a reply by the post's
 * author) that read as a byline's. A commenter's name line is named by
 * compounds ("comment-author vcard", "comment-meta"), not by the bare
 * word. */
static bool is_bare_comment(const char *name, size_t n)
{
    return n == 7 && mt_ascii_equal_ci(name, "comment", 7);
}

bool mt_vocab_classed_a_comment(const mt_node *el)
{
    return some_class_name(el, is_bare_comment);
}

/* Whether a class name is "comment" alone (is_bare_comment), or the box
 * around one comment: a box word after a separator ("comment-wrapper
 * authored-by-anna", "comment_item"). */
static bool is_comment_box(const char *name, size_t n)
{
    static const char *const boxes[] = {"box", "container", "item", "wrap", "wrapper"};
    if (is_bare_comment(name, n))
        return true;
    return n > 8 && mt_ascii_equal_ci(name, "comment", 7) && (name[7] == '-' || name[7] == '_') &&
           word_in(name + 8, n - 8, boxes, COUNT(boxes));
}

bool mt_vocab_classed_comment_box(const mt_node *el)
{
    return some_class_name(el, is_comment_box);
}

/* Whether a class name is "hidden" joined to a noun by a camel hump
 * ("hiddenBox", "hiddenField"): a box a script shows on demand. A
 * framework's responsive name ("hidden-xs", "hidden-phone") joins its
 * word by a hyphen and is shown on other screens: never this shape. */
static bool is_hidden_compound(const char *name, size_t n)
{
    return n > 6 && mt_ascii_equal_ci(name, "hidden", 6) &&
           mt_ascii_is_upper((unsigned char)name[6]);
}

bool mt_vocab_classed_hidden_box(const mt_node *el)
{
    return some_class_name(el, is_hidden_compound);
}

bool mt_vocab_classed_thread_rules(const mt_node *el)
{
    static const char *const rules[] = {"licen", "policy", "guideline", "rules"};
    const mt_attr *a = mt_dom_attr(el, "class", 5);
    if (!a)
        return false;
    for (size_t i = 0; i < COUNT(rules); i++)
        if (attr_contains(a, rules[i]))
            return true;
    return false;
}

/* Levels from a comment's title up to the comment: the comment's box,
 * or its header in it. */
#define COMMENT_TITLE_REACH 3

bool mt_vocab_titles_one_comment(const mt_node *heading)
{
    /* the heading is named a title ("comment_title", "comtitle"): a
     * comment's header is often a heading too, holding who wrote it
     * ("Anna says:"), and labels stand in boxes named "comment" too. A
     * title named for its writer too ("entry-title vcard") is the header. */
    const mt_attr *a = heading ? mt_dom_attr(heading, "class", 5) : NULL;
    if (!a || !(attr_contains(a, "title") || attr_contains(a, "subject")) ||
        attr_contains(a, "vcard") || attr_contains(a, "author"))
        return false;
    const mt_node *n = heading->parent;
    for (int up = 0; n && n->type == MT_NODE_ELEMENT && up < COMMENT_TITLE_REACH; up++, n = n->parent)
        if (mt_vocab_classed_a_comment(n))
            return true;
    return false;
}

/* Whether a node is white space between tags, or a comment. */
static int is_blank_text(const mt_node *n)
{
    if (n->type != MT_NODE_TEXT)
        return n->type == MT_NODE_COMMENT;
    return mt_ascii_skip_space(n->data, n->data_len) == n->data_len;
}

/* The heading an id may be the anchor of: the element itself, or its first
 * child element (a <section> under its heading). */
static const mt_node *anchored_heading(const mt_node *el)
{
    if (mt_dom_is_heading(el))
        return el;
    const mt_node *c = el->first_child;
    while (c && c->type != MT_NODE_ELEMENT && is_blank_text(c))
        c = c->next;
    return mt_dom_is_heading(c) ? c : NULL;
}

#define SLUG_MAX 96

/* The ASCII letters and digits of a heading's text, small, up to SLUG_MAX. */
static size_t heading_letters(const mt_node *h, char *out)
{
    size_t n = 0;
    for (const mt_node *d = h->first_child; d && n < SLUG_MAX; d = mt_dom_following(d, h))
        if (d->type == MT_NODE_TEXT)
            for (size_t i = 0; i < d->data_len && n < SLUG_MAX; i++)
                if (mt_ascii_is_alnum(d->data[i]))
                    out[n++] = (char)mt_ascii_lower(d->data[i]);
    return n;
}

/* Whether a heading holds a link to the id ("#comments"): the permalink
 * that documentation generators put beside a section's title. */
static int links_to_id(const mt_node *h, const mt_attr *id)
{
    for (const mt_node *d = h->first_child; d; d = mt_dom_following(d, h)) {
        if (!mt_dom_is_html(d, MT_TAG_A))
            continue;
        const mt_attr *href = mt_dom_attr(d, "href", 4);
        if (href && href->value_len == id->value_len + 1 && href->value[0] == '#' &&
            memcmp(href->value + 1, id->value, id->value_len) == 0)
            return 1;
    }
    return 0;
}

/* Whether an id has two words or more ("sharing-the-cost"). */
static int has_words(const mt_attr *id)
{
    int words = 0, in_word = 0;
    for (size_t i = 0; i < id->value_len; i++) {
        int alnum = mt_ascii_is_alnum(id->value[i]);
        words += alnum && !in_word;
        in_word = alnum;
    }
    return words >= 2;
}

/* Whether an id spells its heading h's text, with at most a number after. */
static int id_spells_heading(const mt_node *h, const mt_attr *id)
{
    char text[SLUG_MAX];
    size_t tn = heading_letters(h, text), k = 0, i = 0;
    for (; i < id->value_len && k <= tn; i++) {
        unsigned char c = (unsigned char)id->value[i];
        if (!mt_ascii_is_alnum(c))
            continue;
        if (k == tn)
            break;      /* the heading's letters are used up */
        if (mt_ascii_lower(c) != (unsigned char)text[k++])
            return 0;
    }
    if (tn < 3 || k < tn)
        return 0;
    /* what is left may only be a number told apart by a mark ("-1") */
    for (; i < id->value_len; i++)
        if (mt_ascii_is_letter(id->value[i]))
            return 0;
    return 1;
}

/* Sections whose ids spell their headings, on a page that has this many
 * of them, were made by a generator (Pandoc, Quarto, a wiki). */
#define GENERATED_ANCHORS 3
#define ANCHOR_SCAN_NODES 200000

/* Whether the page of `el` has GENERATED_ANCHORS elements with an id made
 * of their heading's text; worked out once per page, when first asked. */
static int page_has_generated_anchors(vocab_cache *cache, const mt_node *el)
{
    if (cache->generated_anchors >= 0)
        return cache->generated_anchors;
    const mt_node *root = el;
    while (root->parent)
        root = root->parent;
    int found = 0;
    size_t seen = 0;
    for (const mt_node *n = root->first_child; n && found < GENERATED_ANCHORS && seen < ANCHOR_SCAN_NODES;
         n = mt_dom_following(n, root), seen++) {
        if (n->type != MT_NODE_ELEMENT || !n->nattrs)
            continue;
        const mt_attr *id = mt_dom_attr(n, "id", 2);
        const mt_node *h = id ? anchored_heading(n) : NULL;
        found += h && id_spells_heading(h, id);
    }
    cache->generated_anchors = found >= GENERATED_ANCHORS;
    return cache->generated_anchors;
}

/* Whether an id is the anchor a site generator made of the heading's text
 * ("sharing-the-cost" for "Sharing the cost", "comments-1" for a second
 * "Comments"): it names the section for a table of contents, not a part
 * of the page's layout, and its words say nothing. A one-word id is also
 * what a hand-written page calls its comment section (<section
 * id="comments"><h2>Comments</h2>): it counts as an anchor only with a
 * generator's mark, the permalink in the heading or a page of such
 * sections. */
static int id_is_heading_slug(vocab_cache *cache, const mt_node *el, const mt_attr *id)
{
    const mt_node *h = anchored_heading(el);
    return h && id_spells_heading(h, id) &&
           (has_words(id) || links_to_id(h, id) || page_has_generated_anchors(cache, el));
}

/* What an attribute of five bytes or more other than the class says:
 * the kinds that hide the element (style, hidden, aria-hidden), or in
 * *kinds those of microdata. */
static inline unsigned rare_attr(const mt_attr *a, unsigned *kinds)
{
    switch (a->name_len) {
    case 5:
        return memcmp(a->name, "style", 5) == 0 &&
                       mt_style_hides(mt_style_read(a->value, a->value_len)) ? K_HIDDEN : 0;
    case 6:
        return memcmp(a->name, "hidden", 6) == 0 ? K_HIDDEN : 0;
    case 8:
        *kinds |= classify_microdata(a);
        return 0;
    case 11:
        return memcmp(a->name, "aria-hidden", 11) == 0 && mt_attr_is(a, "true") ? K_HIDDEN : 0;
    default:
        return 0;
    }
}

/* What classify_attrs reads an attribute for. */
enum { ATTR_OTHER, ATTR_CLASS, ATTR_HREF, ATTR_ROLE, ATTR_ID, ATTR_RARE };

/* The attribute an attribute's name may be, by its length and its first
 * letter (& 31): one load, where a chain of tests on the length
 * mispredicted from one attribute to the next. Each reader checks the
 * whole name (the rare ones, style, hidden, itemprop, itemtype and
 * aria-hidden, in rare_attr). Longer names, and empty ones, are row 0. */
#define ATTR_ROWS 12
static const uint8_t attr_candidates[ATTR_ROWS][32] = {
    [2]['i' & 31] = ATTR_ID,
    [4]['h' & 31] = ATTR_HREF, [4]['r' & 31] = ATTR_ROLE,
    [5]['c' & 31] = ATTR_CLASS, [5]['s' & 31] = ATTR_RARE,
    [6]['h' & 31] = ATTR_RARE, [8]['i' & 31] = ATTR_RARE, [11]['a' & 31] = ATTR_RARE,
};

/* The candidate of attribute `a` (attr_candidates), without a branch. An
 * empty name's first byte is read too: the parser gives it as "". */
static inline unsigned attr_candidate(const mt_attr *a)
{
    uint32_t n = a->name_len;
    return attr_candidates[n < ATTR_ROWS ? n : 0][(unsigned char)a->name[0] & 31];
}

/* One pass over the attributes answers both questions. A class value is
 * looked up once for both. An id is classified through the cache of ids,
 * by its letters (ids are unique, their words are not). The
 * hiding attributes are ORed in where they stand, as before the two
 * questions were asked together: the weak mark can depend on the order.
 * Without `all_kinds`, what costs more than a look-up in the cache to name
 * (a class value not seen before, an id) is not worked out for an element
 * without children: it holds no text, and what it is called is never
 * asked. Its hiding always is. */
static MT_ALWAYS_INLINE unsigned classify_attrs(const mt_node *el, vocab_cache *cache,
                                                unsigned *hiding, const mt_attr **href,
                                                bool all_kinds)
{
    unsigned kinds = classify_tag(el), hides = 0;
    int inline_el = -1;     /* is_inline(el), once asked */
    const mt_attr *link = NULL;
    for (uint32_t i = 0; i < el->nattrs && i < VOCAB_MAX_ATTRS; i++) {
        const mt_attr *a = &el->attrs[i];
        /* the class first: the attribute most elements have */
        unsigned code = attr_candidate(a);
        if (code == ATTR_CLASS && memcmp(a->name, "class", 5) == 0) {
            if (inline_el < 0)
                inline_el = is_inline(el);
            vocab_entry *e = cache_entry(cache, a->value, a->value_len);
            unsigned hidden;
            if (!inline_el) {
                if (!(e->have & HAVE_BLOCK) && !all_kinds && !el->first_child) {
                    hides |= entry_block_hiding(e, a);
                    continue;
                }
                unsigned k = entry_block(cache, e, a, &hidden);
                hides |= hidden;
                kinds = combine(kinds, k);
            } else {
                hidden = entry_inline(e, a);
                hides |= hidden;
                kinds |= hidden;
            }
            continue;
        }
        /* most others are none of those read (src, title, alt, data-*):
         * passed over at one test. The rest by a chain of tests, href
         * first, where a switch's jump mispredicted from one element to
         * the next. */
        if (code <= ATTR_CLASS)
            continue;   /* (or a name of five bytes beginning with a 'c') */
        unsigned h = 0;
        if (code == ATTR_HREF) {
            if (memcmp(a->name, "href", 4) == 0 && href && !link && a->ns == MT_ATTR_NS_NONE)
                link = a;
        } else if (code == ATTR_ROLE) {
            if (memcmp(a->name, "role", 4) == 0)
                kinds = combine(kinds, classify_role(a));
        } else if (code == ATTR_ID) {
            if (memcmp(a->name, "id", 2) == 0) {
                if (inline_el < 0)
                    inline_el = is_inline(el);
                unsigned k = inline_el || (!all_kinds && !el->first_child)
                                 ? 0 : classify_names(cache, a->value, a->value_len);
                /* most ids say nothing: the anchor test only when one speaks */
                if (k && !id_is_heading_slug(cache, el, a))
                    kinds = combine(kinds, k);
            }
        } else {
            h = rare_attr(a, &kinds);
        }
        hides |= h;
        kinds |= h;
    }
    *hiding = hides;
    if (href)
        *href = link;
    return kinds;
}

unsigned mt_vocab_classify_attrs(const mt_node *el, vocab_cache *cache, bool all_kinds,
                                 unsigned *hiding, const mt_attr **href)
{
    return classify_attrs(el, cache, hiding, href, all_kinds);
}

unsigned mt_vocab_classify(const mt_node *el, vocab_cache *cache, unsigned *hiding,
                           const mt_attr **href)
{
    return mt_vocab_classify_some(el, cache, true, hiding, href);
}

/* ================================================================ phrases */

/* The boilerplate phrases ("skip to ", "share this", ...), whole-line
 * labels ("Tags:") and the beginnings of photo credits and filing lines
 * are listed, by theme, in tools/gen_vocab.py, which writes them to
 * vocab_words.h grouped by their first byte. */

/* Whether a folded line low[0..n) begins with one of a generated table's
 * beginnings, or with `whole` is one of them. Only those of the line's
 * first byte are compared (the table groups them so): a few, not the whole
 * list. low[0] is read even when n is 0 (the callers have folded a byte). */
static bool in_table(const vocab_prefix *table, const uint8_t (*buckets)[2], const char *low,
                     size_t n, bool whole)
{
    const uint8_t *b = buckets[(unsigned char)low[0]];
    for (size_t i = b[0], end = (size_t)b[0] + b[1]; i < end; i++)
        if ((whole ? table[i].len == n : table[i].len <= n) &&
            memcmp(low, table[i].s, table[i].len) == 0)
            return true;
    return false;
}

/* Whether a line text[0..len), its bytes lowercased (ASCII) and nothing
 * else, begins with an entry of a table; low[0..cap) holds as many of its
 * bytes as the longest entry has. Most lines are passed by their first two
 * bytes (the table's pairs; its entries have two at least) before any is
 * folded. */
static bool starts_with_entry(const phrase_table *t, const char *text, size_t len, char *low,
                              size_t cap)
{
    if (len < 2 ||
        !((t->pairs[mt_ascii_lower((unsigned char)text[0])] >> ((unsigned char)text[1] & 31)) & 1))
        return false;
    size_t n = 0;
    for (size_t i = 0; i < len && n < cap; i++)
        low[n++] = (char)mt_ascii_lower((unsigned char)text[i]);
    return in_table(t->items, t->buckets, low, n, false);
}

/* The credits' beginnings are in tools/gen_vocab.py. Only as many bytes
 * are folded as the longest has: a line is compared with none beyond. */
bool mt_vocab_credit_line(const char *text, size_t len)
{
    char low[VOCAB_CREDITS_MAX];
    return starts_with_entry(&vocab_credits_table, text, len, low, sizeof low);
}

/* The length of a pictograph or symbol at s[0..len) that may stand before
 * a line's words ("📷 Tried this recipe?", "► Read more"): an emoji
 * (U+1F000-U+1FFFF), an arrow, a technical or geometric symbol or a
 * dingbat (U+2180-U+2BFF), or the emoji presentation selector U+FE0F; 0
 * for anything else -- not the quotation marks and dashes of
 * U+2000-U+206F, which open quoted speech ("“Never miss a chance,” she
 * said"). */
static size_t leading_symbol(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len >= 4 && u[0] == 0xF0 && u[1] == 0x9F)
        return 4;
    if (len >= 3 && u[0] == 0xE2 && u[1] >= 0x86 && u[1] <= 0xAF)
        return 3;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xB8 && u[2] == 0x8F)
        return 3;
    return 0;
}

/* Where a line's words begin: past ASCII marks, white space and symbols. */
static size_t words_start(const char *text, size_t len)
{
    if (len && mt_ascii_is_alnum(text[0]))
        return 0;       /* most lines: no mark before their words */
    size_t i = 0, k;
    for (;;) {
        if (i < len && (unsigned char)text[i] < 0x80 && !mt_ascii_is_alnum(text[i]))
            i++;
        else if ((k = leading_symbol(text + i, len - i)) != 0)
            i += k;
        else
            return i;
    }
}

/* Folds a line from text[from] on (its words' start, words_start) for the
 * phrase tables into low[0..cap): lowercased (ASCII), white space collapsed
 * to one space, none after the last word; returns how many bytes it
 * wrote. */
static size_t fold_from(const char *text, size_t len, size_t from, char *low, size_t cap)
{
    size_t n = 0;
    /* text[from] is no space: a space comes after a folded byte */
    int space = 0;
    for (size_t i = from; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (mt_ascii_is_space(c)) {
            space = 1;
            continue;
        }
        if (space) {
            if (n == cap)
                break;
            low[n++] = ' ';
            space = 0;
        }
        if (n == cap)
            break;
        low[n++] = (char)mt_ascii_lower(c);
    }
    return n;
}

/* Folds the start of a line for the phrase tables into low[0..cap) as
 * fold_from does, the marks and symbols before the words dropped
 * ("*Werbung", "(Alle Angaben ...)", "📷 Tried this recipe?"). */
static size_t fold_phrase(const char *text, size_t len, char *low, size_t cap)
{
    return fold_from(text, len, words_start(text, len), low, cap);
}

/* How far a line is folded at first for the tables below: most lines
 * differ from every entry of their first byte within this many bytes, and
 * are then passed without folding the rest. */
#define PEEK 8

/* Folds the first PEEK bytes of a line from text[from] on (from < len, its
 * words' start) as fold_from does into low[0..PEEK), zeros past them;
 * returns how many it folded. Most lines open with plain words -- no
 * control byte, single spaces, none as the last of the eight -- whose
 * bytes are then only lowercased, all at once; the others go byte by
 * byte. */
static size_t fold_peek(const char *text, size_t len, size_t from, char *low)
{
#ifdef MT_SWAR_LE
    _Static_assert(PEEK == 8, "a peek of one load");
    size_t m = len - from;
    uint64_t w;
    if (m >= PEEK) {
        w = mt_load64(text + from);
        m = PEEK;
    } else if (!mt_swar_load_tail(text, from, len, &w)) {
        return fold_from(text, len, from, low, PEEK);
    }
    /* the bytes past m are zeros: no spaces, but below ' ' */
    uint64_t used = MT_SWAR_HIGHS >> (8 * (PEEK - m));
    uint64_t spaces = mt_swar_zero_bytes(w ^ (' ' * MT_SWAR_ONES));
    /* a space as the last byte is folded when a word follows it */
    bool last_kept = (spaces >> (8 * (m - 1))) == 0 ||
                     (from + PEEK < len && !mt_ascii_is_space(text[from + PEEK]));
    if ((mt_swar_bytes_in(w, 0, ' ' - 1) & used) || (spaces & (spaces >> 8)) || !last_kept)
        return fold_from(text, len, from, low, PEEK);
    w |= mt_swar_bytes_in(w, 'A', 'Z') >> 2;
    memcpy(low, &w, sizeof w);
    return m;
#else
    return fold_from(text, len, from, low, PEEK);
#endif
}

/* Whether one of the entries table[b[0] .. b[0] + b[1]) agrees with the
 * beginning low[0..n) of a folded line (n from 1 to PEEK; low has room for
 * PEEK bytes) as far as both go. */
static bool one_agrees(const vocab_prefix *table, const uint8_t *b, const char *low, size_t n)
{
#ifdef MT_SWAR_LE
    /* the line's first PEEK bytes in one load (low has room for them; the
     * bytes past n are masked off), compared with each entry's head */
    _Static_assert(PEEK == 8, "a peek of one load");
    uint64_t line = mt_load64(low);
    for (size_t i = b[0], end = (size_t)b[0] + b[1]; i < end; i++) {
        size_t k = table[i].len < n ? table[i].len : n;     /* from 1 to 8 */
        if (((line ^ table[i].head) & (~0ull >> (8 * (8 - k)))) == 0)
            return true;
    }
#else
    for (size_t i = b[0], end = (size_t)b[0] + b[1]; i < end; i++) {
        /* byte by byte: most differ at once (the first is the bucket's) */
        const char *s = table[i].s;
        size_t k = table[i].len < n ? table[i].len : n, j = 1;
        while (j < k && low[j] == s[j])
            j++;
        if (j >= k)
            return true;
    }
#endif
    return false;
}

/* Whether an entry of a generated table agrees with the beginning low[0..n)
 * of a folded line as far as both go: only then can the whole line begin
 * with it, or be it. */
static bool may_begin(const phrase_table *t, const char *low, size_t n)
{
    unsigned char first = (unsigned char)low[0];
    if (n == 1)
        return t->buckets[first][1] != 0;
    /* only the group of the line's first two bytes */
    uint32_t seconds = t->pairs[first], bit = (unsigned char)low[1] & 31;
    if (!((seconds >> bit) & 1))
        return false;
    return one_agrees(t->items, t->groups[t->group_base[first] + bits_set(seconds & ((1u << bit) - 1))],
                      low, n);
}

/* Whether an entry of a table may begin the line text[from..len) (from <
 * len, its words' start) by the first two bytes it folds to: most lines
 * are passed here, before they are folded. (A space's low five bits are
 * 0; the tables' entries have two bytes at least.) */
static bool pair_may_begin(const phrase_table *t, const char *text, size_t len, size_t from)
{
    uint32_t seconds = t->pairs[mt_ascii_lower((unsigned char)text[from])];
    if (from + 1 == len)
        return seconds != 0;
    unsigned char c = (unsigned char)text[from + 1];
    return (seconds >> (mt_ascii_is_space(c) ? 0 : c & 31)) & 1;
}

/* Folds a line from text[from] on (from < len, its words' start) as
 * fold_from does into low[0..cap) (cap >= PEEK) when an entry of a table
 * agrees with its first PEEK bytes; returns how many bytes it folded, 0
 * when none does. */
static size_t fold_agreeing(const phrase_table *t, const char *text, size_t len, size_t from,
                            char *low, size_t cap)
{
    size_t n = fold_peek(text, len, from, low);
    if (!may_begin(t, low, n))
        return 0;
    return n == PEEK ? fold_from(text, len, from, low, cap) : n;
}

/* Folds a line as fold_phrase does into low[0..cap) (cap >= PEEK) when an
 * entry of a table may begin it; returns how many bytes it folded, 0 when
 * none may: none agrees with its first two bytes, or with its first PEEK
 * bytes. */
static size_t fold_for(const phrase_table *t, const char *text, size_t len, char *low,
                       size_t cap)
{
    size_t from = words_start(text, len);
    if (from == len || !pair_may_begin(t, text, len, from))
        return 0;
    return fold_agreeing(t, text, len, from, low, cap);
}

bool mt_vocab_boilerplate_phrase(const char *text, size_t len)
{
    /* the longest phrase is shorter than this: no need to fold more; only
     * as far as the longest phrase at first */
    char low[72];
    _Static_assert(VOCAB_PHRASES_MAX < sizeof low, "a phrase longer than the folded line");
    size_t from = words_start(text, len);
    if (from == len)
        return false;
    if (!pair_may_begin(&vocab_phrases_table, text, len, from) &&
        !pair_may_begin(&vocab_labels_table, text, len, from))
        return false;   /* neither a phrase nor a label begins with its first two bytes */
    _Static_assert(VOCAB_LABELS_MAX <= VOCAB_PHRASES_MAX, "a label longer than a phrase");
    _Static_assert(PEEK <= VOCAB_PHRASES_MAX, "a peek past the folded line");
    size_t n = fold_peek(text, len, from, low);
    if (!(may_begin(&vocab_phrases_table, low, n) || may_begin(&vocab_labels_table, low, n)))
        return false;
    if (n == PEEK)
        n = fold_from(text, len, from, low, VOCAB_PHRASES_MAX + 1);
    if (in_table(vocab_phrases, vocab_phrases_buckets, low, n, false))
        return true;
    if (n > VOCAB_PHRASES_MAX) {
        /* a line this long is a label only with colons and spaces after
         * it: then (rarely) it is folded as far as the buffer goes */
        for (size_t k = VOCAB_LABELS_MAX; k < n; k++)
            if (low[k] != ':' && low[k] != ' ')
                return false;
        n = fold_from(text, len, from, low, sizeof low);
    }
    if (n == sizeof low)
        return false;       /* longer than any label */
    size_t ln = n;
    while (ln && (low[ln - 1] == ':' || low[ln - 1] == ' '))
        ln--;
    return in_table(vocab_labels, vocab_labels_buckets, low, ln, true);
}

/* The notices' beginnings are in tools/gen_vocab.py; the line is folded
 * as for the phrases, only as far as the longest reaches, and only when a
 * notice may begin it (fold_for: few letters begin one, so most lines are
 * passed at once). */
/* Whether text[0..len) opens with one of a table's beginnings, folded as
 * fold_for folds a line. */
static bool opens_with(const phrase_table *t, const char *text, size_t len, char *low,
                       size_t cap)
{
    size_t n = fold_for(t, text, len, low, cap);
    return n > 0 && in_table(t->items, t->buckets, low, n, false);
}

bool mt_vocab_notice_line(const char *text, size_t len)
{
    char low[VOCAB_NOTICES_MAX];
    _Static_assert(PEEK <= sizeof low, "a peek past the folded line");
    return opens_with(&vocab_notices_table, text, len, low, sizeof low);
}

/* Whether a sign (BOX_SIGNS) opens the word at text[i], its first bytes
 * folded (a word's start is its words' start). Out of line: most words
 * are passed before (sign_at). */
static MT_NOINLINE bool sign_opens(const char *text, size_t len, size_t i)
{
    char low[VOCAB_BOX_SIGNS_MAX];
    _Static_assert(PEEK <= sizeof low, "a peek past the folded line");
    size_t n = fold_agreeing(&vocab_box_signs_table, text, len, i, low, sizeof low);
    return n > 0 && in_table(vocab_box_signs, vocab_box_signs_buckets, low, n, false);
}

/* Whether a sign (BOX_SIGNS) opens the word at text[i]: its first two
 * letters, as the table of pairs has them, and then sign_opens. */
static inline bool sign_at(const char *text, size_t len, size_t i)
{
    if (i + 1 >= len || !mt_ascii_is_letter(text[i]) || !mt_ascii_is_letter(text[i + 1]) ||
        !((vocab_box_signs_pairs[text[i] | 0x20] >> (text[i + 1] & 31)) & 1))
        return false;
    return sign_opens(text, len, i);
}

/* A widget's first words (BOX_OPENERS) open the line. */
bool mt_vocab_box_opener(const char *text, size_t len)
{
    char low[VOCAB_BOX_OPENERS_MAX];
    _Static_assert(PEEK <= sizeof low, "a peek past the folded line");
    return opens_with(&vocab_box_openers_table, text, len, low, sizeof low);
}

/* A word of the line opens a box's sign (BOX_SIGNS): each word is tried,
 * and most are passed at their first two letters. */
bool mt_vocab_box_sign(const char *text, size_t len)
{
    size_t i = 0;
#ifdef MT_SWAR_LE
    /* eight bytes a step: the letters after a space (or the line's start)
     * are the words' starts a sign may open, found without a loop over
     * each word's bytes */
    uint64_t after = 0x80;      /* the mark of the step's first byte when a space is before it */
    for (; i + 8 <= len; i += 8) {
        uint64_t w = mt_load64(text + i), spaces = mt_swar_spaces(w);
        uint64_t starts = mt_swar_bytes_in(w | (0x20 * MT_SWAR_ONES), 'a', 'z') &
                          ((spaces << 8) | after);
        after = spaces >> 56;
        for (; starts; starts &= starts - 1)
            if (sign_at(text, len, i + mt_swar_first(starts)))
                return true;
    }
#endif
    for (; i < len; i++)
        if ((i == 0 || mt_ascii_is_space(text[i - 1])) && sign_at(text, len, i))
            return true;
    return false;
}

/* A post's toolbar line is this long at most. */
#define TOOLBAR_LINE_MAX 200

/* The words of a post's toolbar that no sentence ends a byline with: the
 * links to the post's own address and to the blogs that cite it. */
static const char *const toolbar_words[] = { "permalink", "trackback", "trackbacks" };

/* The words of a comment count ("Comments (5)", "Comments: 0", "5 comments"). */
static const char *const count_words[] = { "comment", "comments", "kommentar", "kommentare",
                                           "feedback" };

/* A toolbar's last item is this long at most ("Comments (123)"). */
#define TOOLBAR_TAIL_MAX 24

/* Whether text[i..end) is nothing but white space (when !need) or a count
 * in brackets or after a colon ("(5)", ": 5"). */
static bool count_ends(const char *text, size_t i, size_t end, bool need)
{
    i += mt_ascii_skip_space(text + i, end - i);
    if (i == end)
        return !need;
    bool bracket = text[i] == '(';
    if (!bracket && text[i] != ':')
        return false;
    i++;
    i += mt_ascii_skip_space(text + i, end - i);
    size_t digits = i;
    while (i < end && mt_ascii_is_digit(text[i]))
        i++;
    if (i == digits)
        return false;
    if (bracket && (i == end || text[i++] != ')'))
        return false;
    return i + mt_ascii_skip_space(text + i, end - i) == end;
}

/* Whether s[from..len) holds a '|': in a few loads of eight bytes, whose
 * count the window's length fixes, where a loop over its bytes would
 * mispredict its exit at every paragraph. */
static bool bar_within(const char *s, size_t from, size_t len)
{
#ifdef MT_SWAR_LE
    if (len - from >= 8) {
        const uint64_t bars = '|' * MT_SWAR_ONES;
        uint64_t found = mt_swar_zero_bytes(mt_load64(s + len - 8) ^ bars);
        for (size_t i = from; i + 8 <= len; i += 8)
            found |= mt_swar_zero_bytes(mt_load64(s + i) ^ bars);
        return found != 0;
    }
#endif
    return memchr(s + from, '|', len - from) != NULL;
}

/* Whether a line is a post's byline or dateline that ends in its
 * toolbar's last item after a bar ("Posted by hugh at 1:40 PM | Comments
 * (5) | TrackBack", "Tuesday December 26, 2006 | permalink | comments
 * (0)", "John Hawkins | 11:59 PM | Comments (0)"): the blog engine's line,
 * which names no one's words, as the filing lines are. A count without a
 * bar ("by Anna · 0 comments") heads a single post, and is left. Only the
 * line's last TOOLBAR_TAIL_MAX bytes are read, for a bar first: most
 * lines have none there. */
static bool toolbar_tail(const char *text, size_t len)
{
    if (len > TOOLBAR_LINE_MAX)
        return false;
    size_t from = len > TOOLBAR_TAIL_MAX ? len - TOOLBAR_TAIL_MAX : 0;
    if (!bar_within(text, from, len))
        return false;
    size_t i = len;
    while (text[i - 1] != '|')
        i--;        /* the last bar: there is one in text[from..len) */
    size_t end = len;
    while (end && mt_ascii_is_space(text[end - 1]))
        end--;
    if (i >= end)
        return false;
    i += mt_ascii_skip_space(text + i, end - i);
    size_t num = i;
    while (i < end && mt_ascii_is_digit(text[i]))
        i++;
    bool counted = i > num;
    i += mt_ascii_skip_space(text + i, end - i);
    size_t st = i;
    while (i < end && mt_ascii_is_letter(text[i]))
        i++;
    if (!counted && word_in(text + st, i - st, toolbar_words, COUNT(toolbar_words)))
        return count_ends(text, i, end, false);
    return word_in(text + st, i - st, count_words, COUNT(count_words)) &&
           count_ends(text, i, end, !counted);
}

/* The filing lines' beginnings are in tools/gen_vocab.py; the line is
 * folded only as far as the longest reaches. A post's line that ends in
 * its toolbar is one too. */
bool mt_vocab_filing_line(const char *text, size_t len)
{
    char low[VOCAB_FILINGS_MAX];
    return starts_with_entry(&vocab_filings_table, text, len, low, sizeof low) ||
           toolbar_tail(text, len);
}

/* How many words after a feedback widget's first count its words are
 * looked for ("12 out of 15 found", "3 people found"). */
#define FEEDBACK_WORDS 4
#define FEEDBACK_LINE_MAX 100

/* The feedback words are in tools/gen_vocab.py (FEEDBACK_STARTS); they are
 * looked for at the few words after the count that opens the line. */
bool mt_vocab_feedback_line(const char *text, size_t len)
{
    if (!len || len > FEEDBACK_LINE_MAX || !mt_ascii_is_digit(text[0]))
        return false;
    char low[VOCAB_FEEDBACK_MAX];
    _Static_assert(PEEK <= sizeof low, "a peek past the folded line");
    size_t words = 0;
    for (size_t p = 1; p < len && words < FEEDBACK_WORDS; p++) {
        if (!mt_ascii_is_space(text[p - 1]) || mt_ascii_is_space(text[p]))
            continue;
        words++;
        if (opens_with(&vocab_feedback_table, text + p, len - p, low, sizeof low))
            return true;
    }
    return false;
}

/* Lowercases the letters beyond ASCII of s[0..n), which fold_from left
 * as they were, in place; returns the new length, or 0 when a letter's
 * small form would take more bytes than the capital (none of the alphabets
 * mt_text_fold knows has one). A footer sets its legal links in capitals
 * ("DATENSCHUTZERKLÄRUNG", "MENTIONS LÉGALES"). */
static size_t fold_beyond_ascii(char *s, size_t n)
{
    size_t r = 0, w = 0;
    while (r < n) {
        if ((unsigned char)s[r] < 0x80) {
            s[w++] = s[r++];
            continue;
        }
        size_t k;
        uint32_t c = mt_utf8_decode(s + r, s + n, &k);
        char small[4];
        size_t m = mt_utf8_encode(mt_text_fold(c), small);
        if (m > k)
            return 0;
        memcpy(s + w, small, m);
        r += k;
        w += m;
    }
    return w;
}

/* The names of legal pages are in tools/gen_vocab.py (LEGAL_PAGES); an
 * item is one when its words, folded, are one whole. */
bool mt_vocab_legal_page(const char *text, size_t len)
{
    char low[VOCAB_LEGAL_PAGES_MAX + 1];
    size_t n = fold_phrase(text, len, low, sizeof low);
    if (n == 0 || n == sizeof low)
        return false;
    n = fold_beyond_ascii(low, n);
    return n > 0 && in_table(vocab_legal_pages, vocab_legal_pages_buckets, low, n, true);
}

/* Whether a folded line low[0..n) begins with a thread's opening line
 * (tools/gen_vocab.py, COMMENT_STARTS); one ending in a space only when a
 * quoted title follows it ("4 thoughts on “Title”"): "5 thoughts on the
 * budget" is a listicle's heading. */
static bool opens_thread(const char *low, size_t n)
{
    const uint8_t *b = vocab_comment_starts_buckets[(unsigned char)low[0]];
    for (size_t i = b[0], end = (size_t)b[0] + b[1]; i < end; i++) {
        const vocab_prefix *p = &vocab_comment_starts[i];
        if (p->len > n || memcmp(low, p->s, p->len) != 0)
            continue;
        if (p->s[p->len - 1] != ' ')
            return true;
        /* '"', '\'', or the lead byte of “ „ « ‘ */
        unsigned char q = p->len < n ? (unsigned char)low[p->len] : 0;
        if (q == '"' || q == '\'' || q == 0xE2 || q == 0xC2)
            return true;
    }
    return false;
}

/* The length of a folded line s[0..n) without a count after it ("(12)",
 * " 12") and a trailing ':'; *counted is set when there was a count. */
static size_t without_count_after(const char *s, size_t n, bool *counted)
{
    while (n && (s[n - 1] == ':' || s[n - 1] == ' '))
        n--;
    int paren = n && s[n - 1] == ')';
    size_t k = n - (size_t)paren, digits = k;
    while (k && mt_ascii_is_digit((unsigned char)s[k - 1]))
        k--;
    if (k == digits || (paren && !(k && s[k - 1] == '(')))
        return n;       /* no count, or "(a)" */
    k -= (size_t)paren;
    while (k && s[k - 1] == ' ')
        k--;
    if (!k)
        return n;       /* a number alone */
    *counted = true;
    return k;
}

/* Whether an entry of a table, by its buckets of first bytes, agrees with
 * a folded line's beginning low[0..n) (n from 1 to PEEK) as far as both
 * go. */
static bool bucket_may_begin(const vocab_prefix *table, const uint8_t (*buckets)[2],
                             const char *low, size_t n)
{
    return one_agrees(table, buckets[(unsigned char)low[0]], low, n);
}

/* Whether a line may be a comment heading: an entry of one of the tables
 * mt_vocab_comment_heading reads agrees with the first PEEK bytes of its
 * words after a count, folded where they stand. Most headings asked are
 * passed here, before the whole line is folded. A mark after the count
 * ("12 (closed)") is passed on: the closing words are looked for past
 * it. */
static bool may_name_thread(const char *text, size_t len)
{
    size_t from = words_start(text, len), k = from;
    while (k < len && mt_ascii_is_digit((unsigned char)text[k]))
        k++;
    if (k > from)
        while (k < len && mt_ascii_is_space((unsigned char)text[k]))
            k++;
    if (k == len)
        return false;
    unsigned char c = (unsigned char)text[k];
    if (!mt_ascii_is_alnum(c) && (c < 0x80 || leading_symbol(text + k, len - k)))
        return true;
    char low[PEEK];
    size_t n = fold_peek(text, len, k, low);
    return bucket_may_begin(vocab_comment_starts, vocab_comment_starts_buckets, low, n) ||
           bucket_may_begin(vocab_comment_closed, vocab_comment_closed_buckets, low, n) ||
           bucket_may_begin(vocab_comment_labels, vocab_comment_labels_buckets, low, n) ||
           bucket_may_begin(vocab_comment_counted, vocab_comment_counted_buckets, low, n);
}

/* The label words and counts are in tools/gen_vocab.py. A count before the
 * label ("12 Kommentare") or after it ("Comments (3)", "Discussion 12") is
 * set aside, and so is a trailing ':'; a line longer than the folded
 * buffer can only open with a thread's words. */
bool mt_vocab_comment_heading(const char *text, size_t len)
{
    if (!may_name_thread(text, len))
        return false;
    char low[96];
    _Static_assert(VOCAB_COMMENT_STARTS_MAX < sizeof low, "a start longer than the folded line");
    size_t n = fold_phrase(text, len, low, sizeof low);
    bool full = n == sizeof low, counted = false;
    const char *s = low;
    while (n && mt_ascii_is_digit((unsigned char)*s)) {
        s++, n--;
        counted = true;
    }
    if (counted) {
        if (!n || *s != ' ')
            return false;   /* "2010s", "3D": a word, not a count */
        s++, n--;
    }
    if (n == 0)
        return false;
    if (opens_thread(s, n) || mt_vocab_thread_closed(s, n))
        return true;
    if (full)
        return false;       /* longer than any label */
    n = without_count_after(s, n, &counted);
    return in_table(vocab_comment_labels, vocab_comment_labels_buckets, s, n, true) ||
           (counted && in_table(vocab_comment_counted, vocab_comment_counted_buckets, s, n, true));
}

/* The beginnings are in tools/gen_vocab.py (COMMENT_CLOSED); the line is
 * folded only when one may begin it (fold_for). */
bool mt_vocab_thread_closed(const char *text, size_t len)
{
    char low[VOCAB_COMMENT_CLOSED_MAX];
    _Static_assert(PEEK <= sizeof low, "a peek past the folded line");
    size_t n = fold_for(&vocab_comment_closed_table, text, len, low, sizeof low);
    return n > 0 && in_table(vocab_comment_closed, vocab_comment_closed_buckets, low, n, false);
}

/* The beginnings are in tools/gen_vocab.py (COMMENT_INTERFACE); a count
 * before the words is passed over ("{ 2 comments… read them below"). */
bool mt_vocab_thread_interface(const char *text, size_t len)
{
    char low[VOCAB_COMMENT_INTERFACE_MAX];
    _Static_assert(PEEK <= sizeof low, "a peek past the folded line");
    if (len > THREAD_INTERFACE_LINE_MAX)
        return false;
    size_t count = words_start(text, len), from = count;
    while (from < len && mt_ascii_is_digit(text[from]))
        from++;
    from = from > count ? from + mt_ascii_skip_space(text + from, len - from) : 0;
    size_t n = fold_for(&vocab_comment_interface_table, text + from, len - from, low, sizeof low);
    return n > 0 && in_table(vocab_comment_interface, vocab_comment_interface_buckets, low, n, false);
}

/* The names of a thread's own feed, anywhere in a short line. */
static const char *const comment_feed_names[] = {
    "comment feed", "comments feed", "comment rss", "comments rss", "feed for comments",
    "feed for the comments",
};

bool mt_vocab_comment_feed_line(const char *text, size_t len)
{
    if (len > COMMENT_FEED_LINE_MAX)
        return false;
    for (size_t i = 0; i < COUNT(comment_feed_names); i++)
        if (contains_ci(text, len, comment_feed_names[i]))
            return true;
    return false;
}

/* ================================================================ comment controls
 * The buttons under a reader's comment, which its block holds as a line
 * of its own when the thread stands inside the region: "Reply", "[Reply]",
 * "Antworten ↓", "Reply Delete", "Login to reply", "Like Liked by 5
 * people", "Login or register to post comments". */

/* What a control does to a comment: answer it, remove or report it, like,
 * rate or recommend it (one of these makes a line a control). */
static const char *const control_verbs[] = {
    "antworten", "beantworten", "beantwoorden", "delete", "gef\xc3\xa4llt", "liked", "liken",
    "l\xc3\xb6schen", "melden", "odpowiedz", "rate", "reageren", "recommend", "register",
    "replies", "reply", "repondre", "report",
    "responder", "rispondi", "r\xc3\xa9pondre", "signaler", "svara", "vastaa",
    "\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd0\xb8\xd1\x82\xd1\x8c",    /* ответить */
    "\xd0\x9e\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd0\xb8\xd1\x82\xd1\x8c",    /* Ответить */
    "\xe8\xbf\x94\xe4\xbf\xa1",        /* 返信 */
    "\xe5\x9b\x9e\xe5\xa4\x8d", "\xe5\x9b\x9e\xe8\xa6\x86",   /* 回复, 回覆 */
    "\xeb\x8b\xb5\xea\xb8\x80",        /* 답글 */
};

/* The words a control is written with around its verb ("Log in to
 * reply", "Reply to this comment", "Répondre à ce message", "Liked by 5
 * people"): none of them alone makes a line a control. */
static const char *const control_words[] = {
    "a", "as", "auf", "by", "ce", "comment", "comments", "diesen", "flag", "in", "inappropriate",
    "kommentar", "like", "log", "login", "message", "or", "people", "person", "personen", "post",
    "share", "sign", "this", "to", "\xc3\xa0",
};

/* A control line is this long at most. */
#define CONTROL_LINE_MAX 48

/* The length of the symbol at s[0..n) that buttons are drawn with -- a
 * pictograph, an arrow or a shape (leading_symbol), a bullet, a
 * guillemet -- or 0. */
static size_t control_symbol(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB || u[1] == 0xB7))
        return 2;       /* « » · */
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA2 || u[2] == 0xBA || u[2] == 0xB9))
        return 3;       /* • › ‹ */
    return leading_symbol(s, n);
}

bool mt_vocab_comment_control_line(const char *text, size_t len)
{
    if (len > CONTROL_LINE_MAX)
        return false;
    bool verb = false;
    size_t i = 0;
    while (i < len) {
        unsigned char ch = (unsigned char)text[i];
        size_t symbol = ch >= 0x80 ? control_symbol(text + i, len - i) : 0;
        if (symbol || (ch < 0x80 && !mt_ascii_is_letter(ch))) {
            i += symbol ? symbol : 1;   /* spaces, digits, brackets, arrows */
            continue;
        }
        size_t start = i;
        while (i < len && ((unsigned char)text[i] >= 0x80 ? !control_symbol(text + i, len - i)
                                                          : mt_ascii_is_letter(text[i])))
            i++;
        const char *w = text + start;
        size_t n = i - start;
        if (word_in(w, n, control_verbs, COUNT(control_verbs)))
            verb = true;
        else if (!word_in(w, n, control_words, COUNT(control_words)))
            return false;
    }
    return verb;
}

/* The verbs of saying that end the line over a reader's comment in a blog
 * engine's thread, before a colon ("Anna says:", "Karl schreibt:"). */
static const char *const saying_verbs[] = {
    "dice", "disse", "dit", "diz", "escreveu", "escribi\xc3\xb3", "kirjoitti", "pisze", "sagt",
    "said", "says", "schreef", "schreibt", "schrieb", "skriver", "wrote", "writes", "zegt",
    "\xc3\xa9\x63rit",     /* écrit */
};

/* The line over a comment is this long at most. */
#define SAYS_LINE_MAX 64

bool mt_vocab_says_line(const char *text, size_t len)
{
    while (len && mt_ascii_is_space(text[len - 1]))
        len--;
    if (len < 3 || len > SAYS_LINE_MAX || text[len - 1] != ':')
        return false;
    size_t end = len - 1;
    while (end && mt_ascii_is_space(text[end - 1]))
        end--;
    size_t start = end;
    while (start && !mt_ascii_is_space(text[start - 1]))
        start--;
    /* a name before the verb */
    return start > 0 && word_in(text + start, end - start, saying_verbs, COUNT(saying_verbs));
}

/* ================================================================ signatures
 * A reader's post in a comment thread is signed by a line above or under
 * it: a posting word, its "by" and a name ("Posted by: tom, Bolton on
 * 8:21pm Tue 1 Jan 08", "Comment by Anna at 10:02", "1 posted on
 * 12/20/2004 12:19:31 PM PST by Jim"), or a name and a verb of saying
 * before the time stamp ("Anna wrote on 12 March 2008"). */

/* The words that open a signature, before its "by" word. */
static const char *const signature_openers[] = {
    "added", "comment", "commented", "enviado", "geplaatst", "gepostet", "geschrieben",
    "inviato", "kommentar", "postado", "posted", "publicado", "replied", "reply", "scritto",
    "submitted", "written", "posté", "publié",
};

/* The "by" words after them ("by:" too). */
static const char *const signature_by[] = { "by", "da", "door", "par", "por", "von" };

/* The verbs of a name's signature ("Anna wrote on ..."). */
static const char *const signature_verbs[] = {
    "commented", "replied", "said", "says", "schrieb", "wrote", "writes",
};

/* Words that open a sentence, not a name: "He said on 3 May 2008". */
static const char *const sentence_openers[] = {
    "a", "an", "he", "i", "it", "one", "she", "that", "the", "they", "this", "we", "who", "you",
};

/* The words of a time stamp that hold no digit: its links, months, days,
 * halves of the day and time zones ("on Tue, Oct 30, 2012 at 9:46 AM PST"). */
static const char *const stamp_words[] = {
    "@", "-", "|", "a.m.", "am", "apr", "april", "at", "aug", "august", "bst", "cet", "cest",
    "dec", "december", "edt", "est", "et", "feb", "february", "fri", "friday", "gmt", "jan",
    "january", "jul", "july", "jun", "june", "mar", "march", "may", "mon", "monday", "nov",
    "november", "oct", "october", "of", "on", "p.m.", "pdt", "pm", "pst", "sat", "saturday",
    "sep", "sept", "september", "sun", "sunday", "the", "thu", "thursday", "tue", "tuesday",
    "uhr", "um", "utc", "wed", "wednesday",
};

/* The words that end a signer's name: the links to the time stamp. */
static const char *const name_ends[] = {
    "-", "@", "am", "at", "el", "em", "il", "le", "on", "op", "um", "|", "·", "–", "—", "•",
};

/* Words read of a signature at most; the words of a signer's name after
 * its "by", and of a name before its verb of saying; the stamp's words
 * before the "by" ("posted on Tuesday, October 30, 2012 at 9:46 AM by"). */
#define SIGNATURE_WORDS 24
#define SIGNER_WORDS_MAX 6
#define SAYER_WORDS_MAX 4
#define STAMP_BEFORE_BY 10

typedef struct sig_word {
    const char *s;
    size_t n;       /* without a ',' ':' or ';' after it */
} sig_word;

/* Splits a line at white space into at most `max` words (SIGNATURE_WORDS
 * at most), their marks after them aside; the line's opening marks and
 * numbers ("# Posted", "1 posted on") are passed over. Returns how many;
 * *more is set when the line has more. */
static size_t signature_words(const char *text, size_t len, sig_word *w, size_t max, bool *more)
{
    size_t i = 0, n = 0;
    while (i < len && i < 8 && !mt_ascii_is_letter(text[i]) && (unsigned char)text[i] < 0x80)
        i++;
    *more = false;
    while (i < len) {
        i += mt_ascii_skip_space(text + i, len - i);
        if (i == len)
            break;
        if (n == max) {
            *more = true;
            break;
        }
        size_t st = i;
        while (i < len && !mt_ascii_is_space(text[i]))
            i++;
        size_t k = i - st;
        while (k > 1 && (text[st + k - 1] == ',' || text[st + k - 1] == ':' ||
                         text[st + k - 1] == ';'))
            k--;
        w[n++] = (sig_word){ text + st, k };
    }
    return n;
}

/* Whether one of the first words may open a signature: a posting word
 * first, or a verb of saying after a name of SAYER_WORDS_MAX words at
 * most. Most short lines are passed here, having been split no further. */
static bool may_sign(const sig_word *w, size_t n)
{
    if (word_in(w[0].s, w[0].n, signature_openers, COUNT(signature_openers)))
        return true;
    for (size_t k = 1; k < n; k++)
        if (word_in(w[k].s, w[k].n, signature_verbs, COUNT(signature_verbs)))
            return true;
    return false;
}

/* Whether a word may stand in a time stamp: it holds a digit, or is one of
 * stamp_words. */
static int stamp_word(const sig_word *w)
{
    return mt_swar_has_digit(w->s, w->n) || word_in(w->s, w->n, stamp_words, COUNT(stamp_words));
}

/* Whether text holds a clock time ("8:21pm", "10:19:16", "@ 22:17"). */
static int has_clock(const char *s, size_t n)
{
    for (size_t i = 1; i + 2 < n; i++)
        if (s[i] == ':' && mt_ascii_is_digit(s[i - 1]) && mt_ascii_is_digit(s[i + 1]) &&
            mt_ascii_is_digit(s[i + 2]) && (i + 3 == n || !mt_ascii_is_digit(s[i + 3])))
            return 1;
    return 0;
}

/* Whether text holds a time stamp: a clock time or a full date. */
static int has_stamp(const char *s, size_t n)
{
    return has_clock(s, n) || mt_metadata_has_date(s, n);
}

/* The signer's words after the "by" word w[by]: up to a link to the stamp
 * ("on", "at", "|"), a number or the line's end. Returns how many, 0 when
 * there is none or too many. */
static size_t signer_words(const sig_word *w, size_t n, size_t by)
{
    size_t k = by + 1;
    while (k < n && k - by - 1 < SIGNER_WORDS_MAX &&
           !mt_ascii_is_digit(w[k].s[0]) && !word_in(w[k].s, w[k].n, name_ends, COUNT(name_ends)))
        k++;
    if (k < n && k - by - 1 == SIGNER_WORDS_MAX)
        return 0;
    return k - by - 1;
}

/* "Posted by NAME ...", "Posted on STAMP by NAME": a posting word opens the
 * line and its "by" follows it, only a stamp's words between. */
static bool signed_by(const sig_word *w, size_t n, const char **name, size_t *name_len)
{
    if (!word_in(w[0].s, w[0].n, signature_openers, COUNT(signature_openers)))
        return false;
    size_t by = 1;
    while (by < n && by <= STAMP_BEFORE_BY && !word_in(w[by].s, w[by].n, signature_by,
                                                        COUNT(signature_by))) {
        if (!stamp_word(&w[by]))
            return false;   /* "Posted in News by ...": a filing line */
        by++;
    }
    if (by >= n || by > STAMP_BEFORE_BY)
        return false;
    size_t k = signer_words(w, n, by);
    if (!k)
        return false;
    *name = w[by + 1].s;
    *name_len = (size_t)(w[by + k].s + w[by + k].n - *name);
    return true;
}

/* "NAME wrote on STAMP": a few words, a verb of saying, and nothing after
 * it but a stamp's words. */
static bool signed_saying(const sig_word *w, size_t n, const char **name, size_t *name_len)
{
    if (!mt_ascii_is_alnum(w[0].s[0]) ||
        word_in(w[0].s, w[0].n, sentence_openers, COUNT(sentence_openers)))
        return false;
    size_t v = 1;
    while (v < n && v <= SAYER_WORDS_MAX &&
           !word_in(w[v].s, w[v].n, signature_verbs, COUNT(signature_verbs)))
        v++;
    if (v >= n - 1 || v > SAYER_WORDS_MAX)
        return false;   /* no verb, or nothing after it */
    for (size_t k = v + 1; k < n; k++)
        if (!stamp_word(&w[k]))
            return false;
    *name = w[0].s;
    *name_len = (size_t)(w[v - 1].s + w[v - 1].n - w[0].s);
    return true;
}

bool mt_vocab_signature_line(const char *text, size_t len, const char **name, size_t *name_len)
{
    if (len > SIGNATURE_LINE_MAX || !mt_swar_has_digit(text, len))
        return false;   /* a stamp has digits */
    sig_word w[SIGNATURE_WORDS];
    bool more;
    size_t n = signature_words(text, len, w, SAYER_WORDS_MAX + 1, &more);
    if (n < 3 || !may_sign(w, n))
        return false;
    if (more && (n = signature_words(text, len, w, SIGNATURE_WORDS, &more), more))
        return false;
    if (!signed_by(w, n, name, name_len) && !signed_saying(w, n, name, name_len))
        return false;
    return has_stamp(text, len);
}

/* Units of a widget's tallies, lowercase, the words after a count; and a
 * language menu's button ("3 languages"). */
static const char *const tally_units[] = {
    "aufrufe", "comentarios", "comment", "commentaires", "comments", "hits", "kommentar",
    "kommentare", "like", "likes", "read", "reads", "recs", "share", "shares", "view",
    "views", "visite", "visitas", "visualizzazioni", "vues", "weergaven", "zugriffe",
    "languages", "sprachen", "langues", "idiomas", "lingue", "talen",
};

/* Minutes: a tally only as a reading time ("7 min read", "3 minuti di
 * lettura"), not a cooking time ("25 Min."). */
static const char *const time_units[] = {
    "min", "min.", "mins", "minute", "minutes", "minuti", "minuto", "minutos", "minuten",
    "minuut", "minut", "minuty", "minuter",
};
/* The words that make minutes a reading time, and the small words between
 * ("3 min de lecture", "5 minutes to read"). */
static const char *const reading_words[] = {
    "read", "lettura", "lecture", "lectura", "leitura", "lesezeit", "leestijd", "lesetid",
    "czytania",
};
static const char *const reading_links[] = { "di", "de", "of", "to", "da" };

/* Labels of a tally set before its count ("Views: 2,341", "Lesezeit: 3
 * Min.", "عدد المشاهدات: 2,341"), lowercase. */
static const char *const tally_labels[] = {
    "views", "aufrufe", "zugriffe", "hits", "visite", "visitas", "vues", "reads",
    "reading time", "read time", "lesezeit", "tempo di lettura", "temps de lecture",
    "tiempo de lectura", "عدد المشاهدات", "المشاهدات", "مشاهدات", "عدد القراءات",
    "просмотры", "просмотров",
};

/* Counts with their units, one after another ("218 views0 comments", "12
 * Kommentare · 3 Likes", "3 minuti di lettura"). */
static bool counted_tallies(const char *text, size_t len)
{
    size_t i = 0, counts = 0;
    int has_unit = 0;       /* the last count has its unit */
    int minutes = 0;        /* the last word was minutes, waiting for "read" */
    while (i < len) {
        unsigned char c = (unsigned char)text[i];
        if (mt_ascii_is_space(c) || c == '|' || c == ',' || c == 0xC2 || c == 0xB7) {
            i++;            /* separators, "·" among them */
            continue;
        }
        size_t st = i;
        if (mt_ascii_is_digit(c)) {
            if ((counts && !has_unit) || minutes)
                return false;   /* two numbers: a score, a date */
            while (i < len && (mt_ascii_is_digit(text[i]) || text[i] == '.' || text[i] == ','))
                i++;
            if (i < len && (text[i] | 0x20) == 'k')
                i++;            /* "1.2k" */
            else if (i + 1 < len && text[i] == '-' && mt_ascii_is_letter(text[i + 1]))
                i++;            /* "5-minute read" */
            counts++;
            has_unit = 0;
            continue;
        }
        if (!counts || !mt_ascii_is_letter(c))
            return false;
        while (i < len && (mt_ascii_is_letter(text[i]) || text[i] == '.'))
            i++;
        size_t n = i - st;
        if (!has_unit && !minutes && word_in(text + st, n, time_units, COUNT(time_units))) {
            minutes = 1;
            continue;
        }
        if (minutes && word_in(text + st, n, reading_links, COUNT(reading_links)))
            continue;
        if (!word_in(text + st, n, minutes ? reading_words : tally_units,
                     minutes ? COUNT(reading_words) : COUNT(tally_units)))
            return false;
        has_unit = 1;
        minutes = 0;
    }
    return counts > 0 && has_unit && !minutes;
}

/* A label, its colon and a count, with minutes after it perhaps ("Views:
 * 2,341", "Lesezeit: 3 Min."). */
static bool labelled_tally(const char *text, size_t len)
{
    const char *colon = memchr(text, ':', len);
    if (!colon || colon == text)
        return false;
    size_t label = (size_t)(colon - text), i = label + 1;
    while (label && mt_ascii_is_space(text[label - 1]))
        label--;        /* "Temps de lecture : 3 min" */
    if (!word_in(text, label, tally_labels, COUNT(tally_labels)))
        return false;
    i += mt_ascii_skip_space(text + i, len - i);
    size_t digits = i;
    while (i < len && (mt_ascii_is_digit(text[i]) || text[i] == '.' || text[i] == ','))
        i++;
    if (i == digits)
        return false;
    i += mt_ascii_skip_space(text + i, len - i);
    size_t st = i;
    while (i < len && (mt_ascii_is_letter(text[i]) || text[i] == '.'))
        i++;
    return i == len && (i == st || word_in(text + st, i - st, time_units, COUNT(time_units)));
}

bool mt_vocab_tally_line(const char *text, size_t len)
{
    if (len > TALLY_LINE_MAX)
        return false;
    return counted_tallies(text, len) || labelled_tally(text, len);
}
