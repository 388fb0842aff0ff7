/* internal.h -- what the passes of the content-selection stage share. */
#ifndef MT_EXTRACT_INTERNAL_H
#define MT_EXTRACT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "maintext.h"
#include "dom/dom.h"
#include "extract/extract.h"
#include "util/arena.h"
#include "util/ascii.h"
#include "util/load.h"
#include "util/swar.h"
#include "util/names.h"

/* ------------------------------------------------------------------ vocabulary
 * What an element's class, id, role, itemprop and tag say it is. Bits of
 * node_info.kind. */
enum {
    K_NAV = 1u << 0,        /* menus, breadcrumbs, pagination, tables of contents, controls */
    K_SHARE = 1u << 1,      /* share buttons, "follow us" */
    K_RELATED = 1u << 2,    /* related / recommended / most read / teasers */
    K_COMMENT = 1u << 3,    /* user comments, reply forms */
    K_FOOTER = 1u << 4,
    K_HEADER = 1u << 5,     /* site header, masthead */
    K_SIDEBAR = 1u << 6,    /* sidebars, widgets, complementary content */
    K_AD = 1u << 7,         /* advertising, sponsored, promo */
    K_NOTICE = 1u << 8,     /* cookie/consent banners, newsletter, login, paywall */
    K_META = 1u << 9,       /* byline, dateline, tags, categories */
    K_HIDDEN = 1u << 10,    /* visually hidden (sr-only), skip links */
    K_MODAL = 1u << 11,     /* pop-ups, overlays, dialogs */
    K_CONTENT = 1u << 12,   /* article, content, post, entry, story, text, body */
    K_MAIN = 1u << 13,      /* strong content markup: <main>, role=main, articleBody */
    K_ARTICLE = 1u << 14,   /* <article>, role=article, itemtype Article */
    K_CAPTION = 1u << 15,   /* captions, credits */
    /* The boilerplate kinds came only from weak words ("widget", "extra",
     * "rail", ...), which layouts also use for the article's own wrapper. */
    K_WEAK = 1u << 16,
    K_CREDIT = 1u << 17,    /* photo credits */
    K_ABOUT = 1u << 18,     /* author bios, "about the author" boxes */
    K_NOTES = 1u << 19,     /* reference lists, footnotes: content, but no evidence of where it is */
    K_AUTHOR = 1u << 20,    /* named for the author ("entry-author", "autor"): a byline or a bio */
    K_FORM = 1u << 21,      /* a form to fill in (reply, contact, sign-in): an interface's labels */
    K_CALLOUT = 1u << 22,   /* Bootstrap's alert: a note in the text, a banner above it (prune.c) */
    K_PULLQUOTE = 1u << 23  /* a quote pulled out of the text: a copy of its words, mostly (prune.c) */
};

/* Kinds that mark a subtree as boilerplate. */
#define K_BOILERPLATE (K_NAV | K_SHARE | K_RELATED | K_COMMENT | K_FOOTER | K_HEADER | \
                       K_SIDEBAR | K_AD | K_NOTICE | K_MODAL | K_CREDIT | K_ABOUT)

/* The kinds to trust: boilerplate named only by weak words is dropped. */
static inline unsigned mt_strong_kinds(unsigned k)
{
    return (k & K_WEAK) ? (k & ~(unsigned)(K_BOILERPLATE | K_WEAK)) : k;
}

/* An article's (or <main>'s) own header is not boilerplate: its standfirst
 * is text. */
static inline unsigned mt_article_header_cleared(unsigned k)
{
    return (k & (K_ARTICLE | K_MAIN)) ? k & ~(unsigned)K_HEADER : k;
}

/* Pages repeat the same class attribute on many elements ("menu-item
 * menu-item-type-custom" a hundred times): a small per-page table keeps
 * what the values seen last say (vocab.c). Only the bits saying which
 * slots are used need clearing before the first use (mt_vocab_cache_init):
 * the slots are written before they are read. */
#define VOCAB_CACHE_SIZE 256
typedef struct vocab_entry {
    const char *value;
    uint32_t len, hash;
    uint32_t kinds;         /* the kinds the names say */
    uint8_t have;           /* which answers are known */
    uint8_t hidden;         /* whether the names hide an element */
} vocab_entry;

/* Values differ where their names do not ("menu-item menu-item-21480"),
 * and ids are unique: the kinds of single class names are kept as well,
 * by their bytes before the digits that end them (vocab.c,
 * cached_name_kinds). 256 slots, 6 KB: most of a page's names are new to
 * it, and 64 slots lost a tenth of those seen again. */
#define VOCAB_NAME_CACHE_SIZE 256
typedef struct vocab_name {
    const char *name;
    uint32_t len, hash;
    uint32_t kinds;
    uint8_t hidden;         /* a hidden class (the cache of class names) */
} vocab_name;

/* Ids are unique, but most are a word and a number ("post-4182",
 * "comment-118"): the kinds of single id names are kept as the class
 * names', by their bytes before the digits that end them, in a table of
 * their own. 64 slots, 1.5 KB: a page's numbered ids stand together. */
#define VOCAB_ID_CACHE_SIZE 64

/* Most of a page's class names are new to it, but not to the batch: a
 * site's pages, and the pages of one theme, repeat "menu-item",
 * "entry-content", "post-" (a number after it) page after page. So an
 * extractor keeps what classify_class_name said of the names its pages
 * held, in a table of its own across pages (vocab.c, the memo), keyed as
 * the per-page cache of names is: by a name's bytes before the digits
 * that end it, and whether there were any -- a key exact for that
 * function (vocab.c says why). The bytes are copied into the entry, so
 * that no entry points into a page that is gone; a name longer than
 * VOCAB_MEMO_KEY_MAX is not kept. 1024 sets of four entries of 64 bytes
 * each (a cache line's size, though malloc does not align the table to
 * lines), with the sets' fill counters 263,168 bytes: a batch of 2,426
 * pages found 43% of the names its per-page caches missed (a
 * direct-mapped table of as many slots, 38%). A full set gives up its
 * oldest entry. The table is the extractor's alone
 * (one extractor per thread), and an answer is the same whichever pages
 * came before: what the table holds changes how fast, never what. */
#define VOCAB_MEMO_SETS 1024
#define VOCAB_MEMO_WAYS 4
#define VOCAB_MEMO_KEY_MAX 52
typedef struct vocab_memo_entry {
    uint32_t hash;          /* as the per-page cache hashes the key */
    uint32_t kinds;
    uint8_t len;            /* of key */
    uint8_t digits;         /* whether digits ended the name after key */
    uint8_t hidden;         /* a hidden class */
    uint8_t filled;         /* 0: an empty entry */
    char key[VOCAB_MEMO_KEY_MAX];
} vocab_memo_entry;

struct vocab_memo {     /* typedef in extract.h */
    vocab_memo_entry sets[VOCAB_MEMO_SETS][VOCAB_MEMO_WAYS];
    uint8_t next[VOCAB_MEMO_SETS];      /* the way each set fills next */
};

typedef struct vocab_cache {
    uint64_t used[VOCAB_CACHE_SIZE / 64];   /* bit per slot */
    uint64_t names_used[VOCAB_NAME_CACHE_SIZE / 64];
    uint64_t ids_used[VOCAB_ID_CACHE_SIZE / 64];
    vocab_entry entries[VOCAB_CACHE_SIZE];
    vocab_name names[VOCAB_NAME_CACHE_SIZE];
    vocab_name ids[VOCAB_ID_CACHE_SIZE];
    int generated_anchors;      /* the page's sections are a generator's: -1 not known yet */
    vocab_memo *memo;           /* the extractor's, across pages; NULL: none */
} vocab_cache;

/* Clears a page's cache; `memo` is the extractor's table across pages, or
 * NULL. */
static inline void mt_vocab_cache_init(vocab_cache *cache, vocab_memo *memo)
{
    cache->memo = memo;
    memset(cache->used, 0, sizeof cache->used);
    memset(cache->names_used, 0, sizeof cache->names_used);
    memset(cache->ids_used, 0, sizeof cache->ids_used);
    cache->generated_anchors = -1;
}

/* The kinds named by an element's class, id, role, itemprop, aria and tag;
 * in *hiding the kinds that hide it (K_HIDDEN; K_CREDIT for an inline
 * element): the question every element must answer before its text is
 * counted. Inline elements (<span>, <a>, <b>) are only ever checked for
 * being hidden: what they are is told by the block around them. Only the
 * first VOCAB_MAX_ATTRS attributes are read (bounded work on hostile
 * pages). In *href (when href is not NULL) the element's href attribute,
 * as mt_dom_attr would find it, or NULL when there is none among those
 * read: the walk asks it of every <a> and the attributes are read here
 * anyway. */
#define VOCAB_MAX_ATTRS 64
unsigned mt_vocab_classify(const mt_node *el, vocab_cache *cache, unsigned *hiding,
                           const mt_attr **href);
/* What an HTML element's tag alone says (<nav>, <article>, ...), by tag
 * number (vocab.c). */
extern const uint32_t mt_vocab_tag_kinds[MT_TAG__COUNT];
static inline unsigned mt_vocab_tag_kind(const mt_node *el)
{
    return el->ns == MT_NS_HTML && el->tag < MT_TAG__COUNT ? mt_vocab_tag_kinds[el->tag] : 0;
}

/* mt_vocab_classify_some of an element with attributes (vocab.c). */
unsigned mt_vocab_classify_attrs(const mt_node *el, vocab_cache *cache, bool all_kinds,
                                 unsigned *hiding, const mt_attr **href);

/* mt_vocab_classify, but without `all_kinds` the kinds returned of an
 * element without children (which holds no text: no one asks what it is
 * called) lack what is not known already (a class value not seen before,
 * an id). *hiding and *href are always sure. An element without
 * attributes is named by its tag alone: answered here, inline in the
 * walk of pass 1, without the call and the setting up that the loop over
 * attributes needs. */
static inline unsigned mt_vocab_classify_some(const mt_node *el, vocab_cache *cache,
                                              bool all_kinds, unsigned *hiding,
                                              const mt_attr **href)
{
    if (el->nattrs == 0) {
        *hiding = 0;
        if (href)
            *href = NULL;
        return mt_vocab_tag_kind(el);
    }
    return mt_vocab_classify_attrs(el, cache, all_kinds, hiding, href);
}

/* Whether a short text reads as a photo credit ("Foto: dpa", "(Photo:
 * Reuters)", "© Getty Images"). */
bool mt_vocab_credit_line(const char *text, size_t len);

/* Whether a short text is a known boilerplate phrase ("Skip to main
 * content", "Share this article", "Accept cookies", ...): matched on the
 * lowercased, whitespace-collapsed text. */
bool mt_vocab_boilerplate_phrase(const char *text, size_t len);

/* Whether a text opens with a consent, cookie or subscription notice's
 * first words ("We use cookies", "First-time subscribers ..."): these run
 * longer than a boilerplate phrase's line, and say nothing else. */
bool mt_vocab_notice_line(const char *text, size_t len);

/* Whether a line opens with a widget's first words ("Today's best deals",
 * "Member FDIC", "Write a review"): as a button or a label, it signs the
 * box around it as the publisher's. */
bool mt_vocab_box_opener(const char *text, size_t len);

/* Whether a word of a line opens an appeal for money, a lender's warning
 * or a price widget's boast ("... funded by readers like you", "Your home
 * may be repossessed", "... 250 million products every day"), which signs
 * a small box around it. Every word is tried: the caller bounds the
 * line's length. */
bool mt_vocab_box_sign(const char *text, size_t len);

/* Whether an element's class holds the name "comment" alone: one
 * comment of a thread ("comment byuser comment-author-anna"), not its
 * parts ("comment-author vcard"). */
bool mt_vocab_classed_a_comment(const mt_node *el);
/* ... or names it the box around one comment ("comment-wrapper"): a
 * blog engine names the box for who wrote it too ("authored-by-anna"),
 * which reads as a byline's. */
bool mt_vocab_classed_comment_box(const mt_node *el);
/* Whether an element's class names it a box kept hidden until a script
 * shows it ("hiddenBox"): a reply form's preview, error and captcha
 * messages. */
bool mt_vocab_classed_hidden_box(const mt_node *el);
/* Whether an element's class names the rules a thread is kept by
 * ("comment_license", "comment-policy", "community-guidelines"): the
 * site's notice, not a reader's words. */
bool mt_vocab_classed_thread_rules(const mt_node *el);

/* Whether a heading named a title stands in one comment of a thread, a
 * few levels down: the title its writer gave it ("<div class='comment'>
 * <h5 class='comment_title'>Re: the pumps</h5>"), not a label of the
 * thread ("2 thoughts on ...") nor the comment's header ("Anna says:"). */
bool mt_vocab_titles_one_comment(const mt_node *heading);

/* Whether a line, of any length, is a blog engine's filing line under a
 * post ("This entry was posted on ... and is filed under ..."). */
bool mt_vocab_filing_line(const char *text, size_t len);

/* Whether a short line is a feedback widget's count ("12 out of 15 found
 * this helpful", "3 people found this helpful", "12 Personen fanden dies
 * hilfreich"): a count, a few words at most, and the widget's words. */
bool mt_vocab_feedback_line(const char *text, size_t len);

/* Whether a short item, its marks around it aside, is the name of a
 * site's legal page ("Impressum", "Privacy Policy", "AGB"). */
bool mt_vocab_legal_page(const char *text, size_t len);

/* Whether a short line is only a widget's tallies: counts, each with its
 * unit ("218 views", "218 views0 comments", "7 min read", "3 minuti di
 * lettura", "12 Kommentare 3 Likes"), or one count after its label ("Views:
 * 2,341", "عدد المشاهدات: 2,341"). */
bool mt_vocab_tally_line(const char *text, size_t len);
/* The longest line mt_vocab_tally_line takes, in bytes. */
#define TALLY_LINE_MAX 40

/* Whether a short line, standing alone, opens a comment thread: a heading
 * or label such as "Comments (3)", "12 Kommentare", "Leave a Reply",
 * "YOUR SAY", "4 thoughts on “...”", "Comments are closed". Words that are
 * also an article's section headings ("Discussion", "Reactions") count
 * only with a count. The caller decides that the line stands alone. */
bool mt_vocab_comment_heading(const char *text, size_t len);

/* Whether a line says that a comment thread is closed ("Comments are
 * closed", "Kommentare sind geschlossen"). */
bool mt_vocab_thread_closed(const char *text, size_t len);

/* Whether a short line (THREAD_INTERFACE_LINE_MAX bytes at most) is a
 * comment thread's own ("Add your comment", "No comments yet", "Please
 * sign in to comment.", "Newest first", "This comment has been removed by
 * the author."), no reader's words. */
#define THREAD_INTERFACE_LINE_MAX 64
bool mt_vocab_thread_interface(const char *text, size_t len);

/* Whether a short line (COMMENT_FEED_LINE_MAX bytes at most) points to a
 * thread's feed ("Comments RSS", "You can follow this conversation by
 * subscribing to the comment feed for this post"): a control of the
 * thread, not a reader's words. */
#define COMMENT_FEED_LINE_MAX 120
bool mt_vocab_comment_feed_line(const char *text, size_t len);

/* Whether a line is nothing but the buttons under a reader's comment,
 * one of which answers, removes, reports or likes it ("Reply", "[Reply]",
 * "Reply Delete", "Login to reply", "Antworten", "Liked by 5 people"). */
bool mt_vocab_comment_control_line(const char *text, size_t len);

/* One word of a class name, where it stands in the name: name[start..end),
 * and its neighbours in the same name as the split found them (empty,
 * start == end, where there is none). */
typedef struct mt_class_word {
    const char *name;
    size_t name_len;
    size_t start, end;
    size_t before_start, before_end;
    size_t after_start, after_end;
} mt_class_word;

typedef bool (*mt_class_word_test)(const mt_class_word *w);

/* Whether `test` says yes to a word of a class or id value[0..len): the
 * value's names (at white space), each split into words as the vocabulary
 * splits them (at non-letters and camelCase humps). Only the first `look`
 * bytes are read, and a name cut where they end is not tried: a megabyte
 * attribute costs no more than `look`. */
bool mt_class_words_any(const char *value, size_t len, size_t look, mt_class_word_test test);

/* Whether a line is the one a blog engine writes over a reader's
 * comment: a name and a verb of saying before a colon ("Anna Berg says:",
 * "Karl schreibt:"). */
bool mt_vocab_says_line(const char *text, size_t len);

/* Whether a line is a post's signature: a posting word, its "by" and a
 * name, a time stamp before or after the name ("Posted by: tom, Bolton on
 * 8:21pm Tue 1 Jan 08", "Comment by Anna at 10:02", "1 posted on
 * 12/20/2004 12:19:31 PM PST by Jim"), or a name and a verb of saying
 * before nothing but the stamp ("Anna wrote on 12 March 2008"); the stamp
 * holds a clock time or a full date. The name's span in *name and
 * *name_len. An article's byline has the same shape: where the lines
 * stand tells a thread's (prune_threads.c). */
bool mt_vocab_signature_line(const char *text, size_t len, const char **name, size_t *name_len);
/* The longest line mt_vocab_signature_line takes, in bytes. */
#define SIGNATURE_LINE_MAX 160

/* ------------------------------------------------------------------ text statistics */
typedef struct text_stats {
    uint32_t chars;     /* non-space characters */
    uint32_t punct;     /* sentence punctuation: . , ; : ! ? and their CJK/Arabic forms */
    uint32_t cjk;       /* characters of scripts written without spaces */
} text_stats;

void mt_text_stats(const char *s, size_t len, text_stats *out);

/* Whether attribute `a` (NULL: none) has the value `value`, in any ASCII
 * case ("Radio", "TRUE"): pass 1 and the classification both ask. */
static inline bool mt_attr_is(const mt_attr *a, const char *value)
{
    size_t n = strlen(value);
    return a && a->value_len == n && mt_ascii_equal_ci(a->value, value, n);
}

/* Whether a text has no byte above ' ': the white space between tags
 * ("\n    "), about two thirds of a page's text nodes. Such text counts
 * nothing (mt_text_stats gives zeros: text/metrics takes every ASCII byte
 * up to ' ' for a space or a control character), so the walk of pass 1
 * asks this inline before calling out. Eight bytes are read at a time,
 * the last ones too (mt_swar_load_tail), and a text under four bytes in
 * three loads: no loop over single bytes, whose exit mispredicted. */
static inline bool mt_text_is_blank(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len < 4)    /* "\n", "\r\n": every byte, in three loads that may repeat one */
        return len == 0 ||
               !mt_swar_any_above(u[0] | (uint64_t)u[len / 2] << 8 | (uint64_t)u[len - 1] << 16, ' ');
    size_t i = 0;
    for (; len - i >= 8; i += 8)
        if (mt_swar_any_above(mt_load64(s + i), ' '))
            return false;
#ifdef MT_SWAR_LE
    uint64_t tail;
    if (i < len && mt_swar_load_tail(s, i, len, &tail))     /* its zeros are blank */
        return !mt_swar_any_above(tail, ' ');
#endif
    for (; i < len; i++)
        if (u[i] > ' ')
            return false;
    return true;
}

/* ------------------------------------------------------------------ per-element features */
enum {
    NI_INVISIBLE = 1u << 0,   /* never rendered: script, style, template, hidden, ... */
    NI_IN_LINK = 1u << 1,     /* inside an <a href> */
    NI_CARD_LIST = 1u << 2,   /* its children include a row of teaser cards (features.c) */
    NI_IN_PRE = 1u << 3,
    NI_PARA = 1u << 4,        /* a paragraph-like element with enough text */
    NI_TEASER_HEADLINE = 1u << 5, /* a heading made of one link to another page
                                   * (features.c: heads_elsewhere) */
    NI_HAS_TABLE = 1u << 6,   /* a <table> below it */
    NI_REGION = 1u << 7,      /* a root of the main region (select.c) */
    NI_ABOVE_REGION = 1u << 8, /* an ancestor of a region root */
    NI_IN_REGION = 1u << 9,   /* a region root or inside one (blocks.c) */
    NI_CARD = 1u << 10        /* a teaser card in a row of cards (features.c) */
};

typedef struct node_info {
    uint32_t chars;         /* visible non-space characters in the subtree */
    uint32_t link_chars;    /* ... of them inside links */
    uint32_t punct;
    uint32_t paras;         /* paragraph-like descendants with real text */
    uint32_t own_chars;     /* characters of direct text children */
    /* (the flags beside own_chars and the counts, the kinds after them:
     * select.c's pass over every element asks the first two, a text's
     * block its flags and counts, an element's its flags and kinds, in
     * one cache line) */
    uint16_t flags;         /* NI_* */
    uint8_t linked_headings;    /* headings made of one link in the subtree (teaser
                                 * cards), counted up to 255 */
    uint8_t settings;       /* settings controls in the subtree (features.c:
                             * is_setting_control), counted up to 255 */
    uint32_t kind;          /* K_* of this element */
    uint32_t akind;         /* strong K_* of this element and all its ancestors */
    uint32_t rkind;         /* strong K_* from the region root (exclusive) down to here */
    uint32_t own_punct;     /* ... and their punctuation */
    uint32_t semantic_chars;    /* chars of the largest <article>/<main>/articleBody inside */
    float score;            /* content score (select.c) */
    uint32_t good_chars;    /* chars of text-like paragraphs in the subtree (select.c) */
} node_info;

/* A metadata text as blocks and headings are compared with it: its first
 * letters and digits, folded once per page (textkey.c). */
#define FOLDED_MAX 256
typedef struct folded_text {
    char s[FOLDED_MAX];
    uint32_t n;
    bool present;           /* the page has the text */
    bool cut;               /* it ends in an ellipsis: the start of a longer text */
} folded_text;

/* Folds a metadata text (NULL: none) into `out`. */
void mt_textkey_fold(const char *text, folded_text *out);

/* The parts of a title that names its site or section beside the headline
 * ("Site | Headline", "Section: Headline"): split at its separators, the
 * parts of TITLE_PART_WORDS words or more (shorter ones are names), folded
 * into parts[0..max); returns how many (none when the title does not
 * split). */
#define TITLE_PARTS_MAX 4
#define TITLE_PART_WORDS 3
size_t mt_textkey_fold_parts(const char *title, folded_text *parts, size_t max);

/* Whether a title names no story: each of its parts (the whole, when it
 * does not split) is shorter than TITLE_PART_WORDS words, a name
 * ("News | Africa - Site.com"). 0 for NULL. */
int mt_textkey_names_only(const char *title);

/* The words of s[0..len): runs between white space that hold a letter or
 * a digit. */
size_t mt_textkey_count_words(const char *s, size_t len);

/* Whether a title opens with text (its letters and digits, case-folded)
 * and a separator follows it there, spaced or not ("Headline- Section-
 * Site", "Headline | Site"): the headline of a title that names where it
 * stands, split at marks title.c does not split at. */
int mt_textkey_opens_title(const char *title, const char *text, size_t len);

/* Whether text is the folded text exactly: the same letters and digits,
 * nothing before or after. */
int mt_textkey_equal(const folded_text *key, const char *text, size_t len);

/* Whether t[0..n) ends in an ellipsis ("...", "…", "(...)", "[…]"), white
 * space and closing brackets after it aside: it was cut short (textkey.c). */
int mt_textkey_ends_in_ellipsis(const char *t, size_t n);

/* Whether text says the same as the metadata text (the title, the
 * description): the headline, even when it is a link to the article itself,
 * or the standfirst. Compares the first 256 letters and digits only,
 * case-folded for ASCII; the shorter must make up at least half of the
 * longer and appear in it. */
int mt_textkey_same(const folded_text *meta, const char *text, size_t len);

/* Whether text opens with the metadata text, which was cut short (a
 * description ending in "(...)" is the standfirst's opening, however long
 * the standfirst runs on). */
int mt_textkey_opens_with_cut(const folded_text *meta, const char *text, size_t len);

/* Whether text tells what the metadata text (the description) tells in
 * other words: most of the description's words (ECHO_SHARE_*) are words of
 * the text, whatever their order and whatever the text adds ("Wie viele
 * Tage dürfen ..." in the description, "Wie viele Tage im Jahr dürfen ..."
 * in the standfirst). ASCII letters compared in any case. Words part at
 * white space and marks (ASCII, general punctuation, CJK punctuation): a
 * description in a script written without spaces has too few words to
 * tell, and echoes nothing. */
int mt_textkey_echoes(const char *meta, const char *text, size_t len);

/* Whether a word of words[0..wlen) of min_len bytes or more is a word of
 * text[0..len) (its first ECHO_TEXT_MAX bytes), compared as
 * mt_textkey_echoes compares them. */
int mt_textkey_shares_word(const char *words, size_t wlen, const char *text, size_t len,
                           size_t min_len);

#define MAX_BODY_STYLES 8
#define MAX_HEAD_NOSCRIPTS 8
#define MAX_MAIL_FIELDS 8

typedef struct extract_ctx {
    const mt_document *doc;
    const mt_options *opts;
    mt_arena *arena;
    vocab_memo *memo;       /* the extractor's names across pages, or NULL */
    const char *base_url;   /* the page's address */
    /* what the URLs of links and images resolve against: the page's
     * <base href> made absolute against base_url, else base_url; NULL
     * when there is neither, or when it is longer than LINK_BASE_MAX
     * (link_base_dropped: extract.c) */
    const char *link_base;
    bool link_base_dropped;
    const char *title;
    const char *description;
    node_info *info;        /* indexed by mt_node.index; only the nodes pass 1
                             * reaches (and the body's ancestors) are set */
    const mt_node **order;  /* the elements pass 1 reads, in document order */
    /* beside order[i]: where its statistics and its parent's are in info
     * (the parent's of order[0], the walk's root, is its own), so that a
     * pass over every element's statistics reads no node it does not ask
     * more of -- a node read again after the walk missed the cache */
    struct order_at { uint32_t at, up; } *order_at;
    uint32_t norder;
    uint32_t cards;         /* teaser cards in rows of cards (features.c) */
    /* the first <style> elements of the body, met by pass 1 (prune_hidden.c
     * reads the ids they hide; the head's are found there) */
    const mt_node *body_styles[MAX_BODY_STYLES];
    uint32_t nbody_styles;
    /* whether pass 1 met a <label>, and a radio button (prune_hidden.c: tab
     * sets and control names are looked for only then) */
    bool has_labels, has_radios;
    /* the first e-mail fields pass 1 met (prune.c looks for a sign-up
     * box's pitch only around them) */
    const mt_node *mail_fields[MAX_MAIL_FIELDS];
    uint32_t nmail_fields;
    const mt_node *sign_in_form;    /* the first visible form with a password field */
    const mt_node *body;
    const mt_node *region_end;  /* the last root of the main region (select.c) */
    uint32_t noscript_bytes;    /* bytes of the <noscript>s read as text
                                 * (scripting on; features.c): at least
                                 * mt_noscript_chars counts */
    /* <noscript>s the parser put in <head> (one before <body>): their
     * markup is what a browser without scripts shows in the body */
    const mt_node *head_noscripts[MAX_HEAD_NOSCRIPTS];
    uint32_t nhead_noscripts;
    bool thread;            /* the region is a thread of posts, its replies
                             * content though named comments (select.c) */
    bool all_blocks;        /* cut the whole page, past the region too
                             * (tools/mt-blocks shows every block) */
    bool whole_page;        /* MT_FOCUS_WHOLE_PAGE: no block is left out
                             * but what is never shown */
    folded_text title_key, description_key;    /* folded before pass 1 */
    folded_text title_parts[TITLE_PARTS_MAX];   /* mt_textkey_fold_parts */
    size_t ntitle_parts;
    unsigned limits;        /* MT_LIMIT_* bits the blocks hit (blocks.c), for
                             * mt_result.limits */
} extract_ctx;

static inline node_info *ni(const extract_ctx *c, const mt_node *n) { return &c->info[n->index]; }

/* The share of some text that is link text (0 for no text): a subtree's,
 * a block's, a list's. */
static inline float mt_link_share(uint32_t link_chars, uint32_t chars)
{
    return chars ? (float)link_chars / (float)chars : 0;
}

/* Whether `root`'s subtree holds a form or a form control (a field, a
 * button): its text is then an interface's labels, a sign-up or search
 * box's. Reads max_nodes nodes at most. */
static inline bool mt_holds_form_control(const mt_node *root, uint32_t max_nodes)
{
    uint32_t seen = 0;
    for (const mt_node *n = root->first_child; n && seen < max_nodes;
         n = mt_dom_following(n, root), seen++) {
        if (n->type != MT_NODE_ELEMENT || n->ns != MT_NS_HTML)
            continue;
        switch (n->tag) {
        case MT_TAG_FORM: case MT_TAG_INPUT: case MT_TAG_TEXTAREA: case MT_TAG_SELECT:
        case MT_TAG_BUTTON:
            return true;
        default:
            break;
        }
    }
    return false;
}

/* Whether an element is a radio button. */
static inline bool mt_is_radio(const mt_node *n)
{
    return mt_dom_is_html(n, MT_TAG_INPUT) && mt_attr_is(mt_dom_attr(n, "type", 4), "radio");
}

/* What a form is for, by the fields it holds: a text area asks for a
 * message (a comment, a contact form), a password field signs a reader in,
 * radio buttons ask for a choice (a poll); other forms (a search box, a
 * newsletter's address) are plain. */
typedef enum mt_form_kind {
    MT_PLAIN_FORM, MT_MESSAGE_FORM, MT_SIGN_IN_FORM, MT_CHOICE_FORM
} mt_form_kind;

/* The kind of form an element makes the form around it, as one of its
 * fields: MT_PLAIN_FORM for anything but a text area or a password field
 * (one radio button alone makes no choice form). */
mt_form_kind mt_field_form_kind(const mt_node *el);

/* Pass 1: fills ctx->info and ctx->order. */
mt_status mt_features_compute(extract_ctx *ctx);

/* Whether the first link among an element's first nodes leads to a place
 * on the page itself ("#installation", a section's own anchor; "#r1", a
 * footnote's way back): a heading so linked heads a part of this page,
 * however little text follows it, and a line so linked is a note of the
 * text. */
bool mt_first_link_within_page(const mt_node *el);

/* Code shown with its lines numbered in a column of their own
 * (code_listing.c). mt_is_line_number_gutter: whether a <pre> is only that
 * column's numbers, the code beside it in the next table cell.
 * mt_is_code_listing: whether a table is a listing of one row per line,
 * each a cell for the line's number (empty, drawn from a data-line-number
 * attribute) and a cell for the line of code. */
bool mt_is_line_number_gutter(const mt_node *pre);
bool mt_is_code_listing(const mt_node *table);
/* Whether a box holds code drawn one line to a box (code_listing.c): its
 * children are two or more boxes each named a line by its class, and it or
 * a box around it is named for code; read as a <pre> of those lines. */
bool mt_is_line_box_listing(const mt_node *el);
/* Whether a table cell is only the line numbers of such a listing in the
 * next cell, one for each of its lines, counting up. */
bool mt_is_line_box_gutter(const mt_node *td);
/* Whether a table cell is the first of its row (no element before it
 * among a few siblings: a look that costs the same in any row). */
bool mt_is_first_cell(const mt_node *cell);

/* Characters of text in the markup of the <noscript>s that pass 1 read
 * as text (scripting on): what a browser without scripts would show of
 * them, roughly. Counted on demand, when ctx->noscript_bytes says they may
 * matter: it reads every <noscript>'s text. */
uint32_t mt_noscript_chars(const extract_ctx *ctx);

/* Whether an element stands beside a teaser's headline (a heading made of
 * one link to another page, NI_TEASER_HEADLINE): it is the excerpt of a
 * teaser card. Such excerpts score like paragraphs (select.c) and read like
 * a standfirst (prune_headline.c), but are no part of the page's own text. */
static inline bool mt_beside_teaser_headline(const extract_ctx *c, const mt_node *n)
{
    if (n == c->body || !n->parent)
        return false;   /* the body's siblings were never read */
    for (const mt_node *s = n->parent->first_child; s; s = s->next) {
        if (s == n || s->type != MT_NODE_ELEMENT)
            continue;
        if (ni(c, s)->flags & NI_TEASER_HEADLINE)
            return true;
    }
    return false;
}

/* ------------------------------------------------------------------ blocks */
enum {
    XB_IN_MAIN = 1u << 0,     /* inside the selected main region */
    XB_KEEP = 1u << 1,
    XB_HEADLINE = 1u << 2,    /* the page's headline */
    XB_COMMENT = 1u << 3,     /* inside a comment section */
    XB_AFTER_TEASERS = 1u << 4, /* a list of teasers outside the region was passed
                                 * over just before it (blocks.c) */
    XB_ITEM_MORE = 1u << 5,   /* a list item's text after a block inside it */
    XB_DROPPING = 1u << 6     /* to be dropped when a pass has seen every block */
};

typedef struct xblock {
    mt_block pub;
    const mt_node *node;      /* the element that made the block */
    uint32_t chars, link_chars, punct;
    uint32_t boiler;          /* K_* kinds of the block's element and ancestors */
    uint8_t flags;            /* XB_* */
} xblock;

typedef struct block_list {
    xblock *items;
    size_t count, cap;
} block_list;

/* Pass 3: cuts the subtree of `root` into blocks. Outside the main region
 * (mt_select_region first) subtrees that markup names as boilerplate are
 * skipped -- nothing there can be kept -- unless comments are wanted and
 * it is a comment section. Unless comments are wanted (or ctx->all_blocks
 * is set), the cutting stops at the first block after the region: nothing
 * later can be kept. */
mt_status mt_blocks_build(extract_ctx *ctx, const mt_node *root, block_list *out);
/* Frees a list mt_blocks_build filled (also when it failed); empty after. */
void mt_blocks_free(const extract_ctx *ctx, block_list *list);

/* ------------------------------------------------------------------ selection */
/* Pass 2: the main region: marks its root elements NI_REGION. */
void mt_select_region(extract_ctx *ctx);

/* Whether two elements are boxes of one kind: the same tag and the same
 * first class word, which boxes of one kind share when a second word
 * tells them apart ("comment odd", "comment even"); with `classless`, two
 * without a class are too. */
bool mt_same_box_kind(const mt_node *a, const mt_node *b, bool classless);

/* Pass 4: sets XB_IN_MAIN on the blocks inside the region, and XB_KEEP on
 * the blocks that are main content. */
void mt_prune_blocks(extract_ctx *ctx, block_list *blocks);

#endif
