/* title.c -- the article's own title: without the site name that <title>
 * and og:title often carry ("Headline | Site", "Site - Headline"), and
 * compared word by word with the headings on the page. */
#include <string.h>
#include "metadata/meta_internal.h"
#include "util/utf8.h"

#define MAX_SEPARATORS 16

/* ================================================================ comparing */

/* How many words two titles share in the same order: the longest common
 * subsequence, one row at a time (at most MT_TITLE_MAX_WORDS squared
 * steps). Taking each word's first match instead can spend a word early
 * ("why" of "Why a heat pump pays off" matched at the end of "Heat pump in
 * an old house: when it pays off, and why") and miss the run before. A
 * word of s that is no word of l leaves the row as it was (a row never
 * falls from left to right): such words, which a filter of l's hashes
 * tells for most, are passed over. */
static size_t common_words(const uint32_t *s, size_t ns, const uint32_t *l, size_t nl)
{
    uint8_t row[MT_TITLE_MAX_WORDS + 1] = { 0 };
    uint64_t in_l = 0;
    for (size_t k = 0; k < nl; k++)
        in_l |= 1ull << (l[k] & 63);
    for (size_t i = 0; i < ns; i++) {
        if (!((in_l >> (s[i] & 63)) & 1))
            continue;
        uint8_t diag = 0;   /* the row before, one column back */
        for (size_t k = 0; k < nl; k++) {
            uint8_t up = row[k + 1];
            row[k + 1] = s[i] == l[k] ? (uint8_t)(diag + 1) : (up > row[k] ? up : row[k]);
            diag = up;
        }
    }
    return row[nl];
}

/* The similarity of two titles of na and nb words (at most
 * MT_TITLE_MAX_WORDS each, neither 0) that share `found`. */
static double similarity_of(size_t found, size_t na, size_t nb)
{
    size_t ns = na < nb ? na : nb, nl = na < nb ? nb : na;
    /* shared words weighed against the longer title, so "Sport" is not
     * similar to "Sport: a long headline about sport" */
    return (double)found / (double)nl * 0.5 + (double)found / (double)ns * 0.5;
}

/* The word counts compared: at most MT_TITLE_MAX_WORDS each. */
static void compared_counts(size_t *na, size_t *nb)
{
    if (*na > MT_TITLE_MAX_WORDS)
        *na = MT_TITLE_MAX_WORDS;
    if (*nb > MT_TITLE_MAX_WORDS)
        *nb = MT_TITLE_MAX_WORDS;
}

double mt_title_similarity_words(const uint32_t *wa, size_t na, const uint32_t *wb, size_t nb)
{
    if (!na || !nb)
        return 0.0;
    compared_counts(&na, &nb);
    return similarity_of(common_words(wa, na, wb, nb), na, nb);
}

double mt_title_similarity_most(size_t na, size_t nb)
{
    if (!na || !nb)
        return 0.0;
    compared_counts(&na, &nb);
    /* the words shared are at most the shorter title's; the similarity
     * grows with them, rounding included */
    return similarity_of(na < nb ? na : nb, na, nb);
}

/* Whether every word of wp[0..np) occurs in ww[0..nw) in order. */
static int words_within(const uint32_t *wp, size_t np, const uint32_t *ww, size_t nw)
{
    if (!np || np > nw)
        return 0;
    size_t j = 0;
    for (size_t i = 0; i < np; i++) {
        while (j < nw && ww[j] != wp[i])
            j++;
        if (j == nw)
            return 0;
        j++;
    }
    return 1;
}

int mt_title_words_within(const char *part, size_t plen, const char *whole, size_t wlen)
{
    uint32_t wp[MT_TITLE_MAX_WORDS], ww[MT_TITLE_MAX_WORDS];
    size_t np = mt_meta_words(part, plen, wp, MT_TITLE_MAX_WORDS);
    size_t nw = mt_meta_words(whole, wlen, ww, MT_TITLE_MAX_WORDS);
    return words_within(wp, np, ww, nw);
}

/* ================================================================ separators */

/* sep.strong of a dash or an underscore between CJK characters: a
 * separator of a title ("..._科技_腾讯网"), but part of a site's name
 * ("史蒂文的家_藍天") */
#define CJK_DASH 3

typedef struct sep {
    size_t start, end;      /* the separator with its spaces */
    int strong;             /* '|', '::', '·', ... rather than a dash; 2 for ": ",
                             * CJK_DASH for a dash or '_' without spaces */
} sep;

/* A separator at s[i]: " | ", "|", " - ", " – ", " — ", " :: ", " // ",
 * " · ", " • ", " » ", " › ", " ~ ". Returns its length, 0 if none. */
static size_t separator_at(const char *s, size_t len, size_t i, int *strong)
{
#define S(t, strong) { t, sizeof(t) - 1, strong }
    static const struct { const char *text; size_t len; int strong; } seps[] = {
        S(" | ", 1), S(" :: ", 1), S(" // ", 1), S(" \xc2\xb7 ", 1), S(" \xe2\x80\xa2 ", 1),
        S(" \xc2\xbb ", 1), S(" \xe2\x80\xba ", 1), S(" ~ ", 1), S(" \xe2\x80\x94 ", 0),
        S(" \xe2\x80\x93 ", 0), S(" - ", 0), S("|", 1), S(": ", 2),
    };
#undef S
    /* every separator begins with one of three bytes, and none that
     * begins with a space has a letter or digit after it, as most spaces
     * in a title have */
    if (s[i] != ' ' && s[i] != '|' && s[i] != ':')
        return 0;
    if (s[i] == ' ' && i + 1 < len && mt_ascii_is_alnum((unsigned char)s[i + 1]))
        return 0;
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
        size_t n = seps[k].len;
        if (i + n <= len && (n < 2 || s[i + 1] == seps[k].text[1]) &&
            memcmp(s + i, seps[k].text, n) == 0) {
            *strong = seps[k].strong;
            return n;
        }
    }
    return 0;
}

/* Whether the character at s[i] is written in a CJK script or in the
 * full-width forms that go with it: its lead byte is that of U+3000 to
 * U+D7FF (kana, ideographs, hangul) or of U+FF00 to U+FFEF. */
static int cjk_lead(const unsigned char *s, size_t len, size_t i)
{
    if (i + 2 >= len)
        return 0;
    return (s[i] >= 0xe3 && s[i] <= 0xed) || (s[i] == 0xef && (s[i + 1] == 0xbc || s[i + 1] == 0xbd));
}

/* Whether the character that ends before s[i] is a CJK one (cjk_lead):
 * those take three bytes. */
static int cjk_before(const unsigned char *s, size_t len, size_t i)
{
    return i >= 3 && cjk_lead(s, len, i - 3);
}

/* A separator of titles written in CJK scripts at s[i], which sets no
 * space around it: a full-width bar ("｜"), a "丨", or a dash or an
 * underscore between such characters ("...城！-新华网", "..._科技_腾讯网",
 * "... _光明网"). Returns its length, 0 if none. Only a byte that can
 * begin one is read further. */
static size_t cjk_separator_at(const char *str, size_t len, size_t i, int *strong)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[i];
    if (c != '-' && c != '_' && c != ' ' && c != 0xef && c != 0xe4)
        return 0;
    if (c == 0xef || c == 0xe4) {
        /* U+FF5C FULLWIDTH VERTICAL LINE, U+4E28 丨 */
        if (i + 2 >= len || !((c == 0xef && s[i + 1] == 0xbd && s[i + 2] == 0x9c) ||
                              (c == 0xe4 && s[i + 1] == 0xb8 && s[i + 2] == 0xa8)))
            return 0;
        *strong = 1;
        return i + 3 < len && s[i + 3] == ' ' ? 4 : 3;
    }
    size_t k = c == ' ' ? 1 : 0;    /* " _..." */
    if (i + k + 1 >= len || (s[i + k] != '-' && s[i + k] != '_') ||
        !cjk_lead(s, len, i + k + 1) || !cjk_before(s, len, i))
        return 0;
    *strong = CJK_DASH;
    return k + 1;
}

/* The bytes find_separators reads further: brackets, and those that
 * begin a separator (separator_at, cjk_separator_at). The others, most of
 * a title, are passed over by a look in this table. */
static const uint8_t separator_bytes[256] = {
    ['('] = 1, ['['] = 1, [')'] = 1, [']'] = 1, [' '] = 1, ['|'] = 1, [':'] = 1,
    ['-'] = 1, ['_'] = 1, [0xef] = 1, [0xe4] = 1,
};

/* The separators of a title; none inside brackets, which a title's own
 * parts may hold ("Song title - Singer (原題 - 歌手)"). A bracket that
 * is never closed (a title cut short) opens nothing. */
static size_t find_separators(const char *s, size_t len, sep *out)
{
    size_t n = 0;
    int open = 0;       /* brackets open at s[i] */
    for (size_t i = 0; i < len && n < MAX_SEPARATORS; i++) {
        while (i < len && !separator_bytes[(unsigned char)s[i]])
            i++;
        if (i == len)
            break;
        if (s[i] == '(' || s[i] == '[') {
            open += memchr(s + i, s[i] == '(' ? ')' : ']', len - i) != NULL;
            continue;
        }
        if ((s[i] == ')' || s[i] == ']') && open > 0) {
            open--;
            continue;
        }
        int strong;
        size_t k = separator_at(s, len, i, &strong);
        if (!k)
            k = cjk_separator_at(s, len, i, &strong);
        if (k && open)
            i += k - 1;
        else if (k && i > 0 && i + k < len) {
            out[n].start = i;
            out[n].end = i + k;
            out[n].strong = strong;
            n++;
            i += k - 1;
        }
    }
    return n;
}

size_t mt_metadata_title_parts(const char *s, size_t len, size_t *start, size_t *part_len,
                               size_t max)
{
    sep seps[MAX_SEPARATORS];
    size_t ns = find_separators(s, len, seps), n = 0, from = 0;
    for (size_t k = 0; k <= ns && n < max; k++) {
        size_t to = k < ns ? seps[k].start : len;
        start[n] = from;
        part_len[n++] = to - from;
        if (k < ns)
            from = seps[k].end;
    }
    return n;
}

/* ================================================================ naming the site */

/* Letters and digits of `s`, folded, into buf; returns the length. */
static size_t squeeze(const char *s, size_t len, char *buf, size_t cap)
{
    char folded[512];
    size_t n = mt_meta_fold(s, len < 200 ? len : 200, folded, sizeof folded);
    size_t w = 0;
    for (size_t i = 0; i < n && w + 1 < cap; i++) {
        unsigned char c = (unsigned char)folded[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            buf[w++] = (char)c;
    }
    buf[w] = '\0';
    return w;
}

static int contains(const char *hay, size_t hn, const char *needle, size_t nn)
{
    for (size_t i = 0; i + nn <= hn; i++)
        if (memcmp(hay + i, needle, nn) == 0)
            return 1;
    return 0;
}

/* How many words s[0..n) has, as titles are compared (mt_meta_words),
 * counted up to `most` (at most MT_TITLE_MAX_WORDS): the callers compare
 * counts with a few words, and a headline's words need not all be read
 * to tell it is longer than that. */
static size_t word_count(const char *s, size_t n, size_t most)
{
    uint32_t w[MT_TITLE_MAX_WORDS];
    return mt_meta_words(s, n, w, most < MT_TITLE_MAX_WORDS ? most : MT_TITLE_MAX_WORDS);
}

/* A title's first segment holding the site's name with more words than
 * this besides is a headline that says the name ("Tote Hummeln unter
 * Linden: ... | Hummeln" on "Hummeln"), not the name with a word or two
 * around it ("Cayman Compass Online | ...") or a tagline after it. */
#define SITE_EXTRA_WORDS 2

/* Whether a title's first segment, which holds the site's name, is a
 * headline rather than the name (SITE_EXTRA_WORDS) -- unless it opens with
 * the name ("Example Times Breaking News and Weather", a name and its
 * tagline). Last segments are names with whatever words around them
 * ("... | The Example Times Online Daily Edition"). */
static int headline_with_site(const char *seg, size_t n, const char *site, size_t site_len)
{
    if (!site || !site_len)
        return 0;
    uint32_t wseg[MT_TITLE_MAX_WORDS], wsite[MT_TITLE_MAX_WORDS];
    size_t nseg = mt_meta_words(seg, n, wseg, MT_TITLE_MAX_WORDS);
    size_t nsite = mt_meta_words(site, site_len, wsite, MT_TITLE_MAX_WORDS);
    /* words_within: the site's words are there, so no more than the
     * segment's are compared */
    return words_within(wsite, nsite, wseg, nseg) && nseg > nsite + SITE_EXTRA_WORDS &&
           memcmp(wseg, wsite, nsite * sizeof wseg[0]) != 0;
}

/* A segment with more words than this names the site for holding a label
 * of the host only when the label is a third of its letters or more
 * ("The Complete Guide to Quiet Gardening" on quietgardening.example); a
 * ministry's or a council's name may have six words. */
#define HOST_SEGMENT_WORDS 6

/* 1 when the segment names the site: it matches the site name, or its
 * letters are a label of the host ("Cayman Compass" on caymancompass.com,
 * "ZEIT ONLINE" on zeit.de). */
int mt_title_names_site(const char *seg, size_t n, const char *site, size_t site_len,
                        const char *host, size_t host_len)
{
    if (site && site_len) {
        if (mt_title_words_within(site, site_len, seg, n) ||
            (mt_title_words_within(seg, n, site, site_len) &&
             mt_meta_char_count(seg, n) * 3 >= mt_meta_char_count(site, site_len)))
            return 1;
    }
    if (!host || !host_len)
        return 0;
    /* a segment of many words that holds a short label of the host is a
     * headline that says it, or holds it inside a word ("Eight plants
     * that want more light than you think" on blog.ant.example) */
    int many_words = word_count(seg, n, HOST_SEGMENT_WORDS + 1) > HOST_SEGMENT_WORDS;
    char sq[256];
    size_t sn = squeeze(seg, n, sq, sizeof sq);
    if (sn < 3)
        return 0;
    size_t i = 0;
    while (i < host_len) {
        size_t j = i;
        while (j < host_len && host[j] != '.')
            j++;
        char label[128];
        size_t ln = squeeze(host + i, j - i, label, sizeof label);
        /* the label in the segment ("zeit" in "zeitonline") or the segment
         * in the label ("compass" is not enough: it must be most of it) */
        if (ln >= 3 && j < host_len) {
            if ((sn >= ln && (!many_words || ln * 3 >= sn) && contains(sq, sn, label, ln)) ||
                (ln >= sn && contains(label, ln, sq, sn) && sn * 2 > ln))
                return 1;
        }
        i = j + 1;
    }
    return 0;
}

/* ================================================================ a site's name */

/* Whether a side of a site name is a page's or section's word, not the
 * site's name ("Home | Acme Widgets", "Startseite - Bundesministerium
 * ...", "Welcome to Example - ..."). */
static int generic_part(const char *s, size_t n)
{
    static const char *const words[] = { "accueil", "blog", "home", "homepage", "index",
                                         "inicio", "news", "start", "startseite" };
    while (n && s[n - 1] == ' ')
        n--;
    while (n && *s == ' ')
        s++, n--;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (mt_meta_eq_ci(s, n, words[i]))
            return 1;
    return n >= 8 && mt_meta_eq_ci(s, 8, "welcome ");
}

/* The site's name is the short side of the first or the last separator
 * (four words at most, the other side three more): a tagline follows a
 * name, a page's headline precedes it. */
void mt_title_site_name(const char *s, size_t len, size_t *keep_start, size_t *keep_len)
{
    sep seps[MAX_SEPARATORS];
    size_t ns = find_separators(s, len, seps), k = 0;
    /* a colon ends no site name's first part ("Crocs: ..."), and CJK_DASH
     * none either */
    for (size_t i = 0; i < ns; i++)
        if (seps[i].strong != 2 && seps[i].strong != CJK_DASH)
            seps[k++] = seps[i];
    *keep_start = 0;
    *keep_len = len;
    if (!k)
        return;
    size_t head = word_count(s, seps[0].start, 5);
    size_t rest = word_count(s + seps[0].end, len - seps[0].end, 7);
    if (head && head <= 4 && rest >= head + 3 && !generic_part(s, seps[0].start)) {
        *keep_len = seps[0].start;
        return;
    }
    size_t tail = word_count(s + seps[k - 1].end, len - seps[k - 1].end, 5);
    size_t before = word_count(s, seps[k - 1].start, 7);
    if (tail && tail <= 4 && before >= tail + 3 &&
        !generic_part(s + seps[k - 1].end, len - seps[k - 1].end)) {
        *keep_start = seps[k - 1].end;
        *keep_len = len - seps[k - 1].end;
    }
}

/* ================================================================ stripping */

/* Whether a title's segment opens with the number of a part of a series
 * ("Part 4: The Chassis", "Teil 2", "Chapter 12 - ..."): a page's own
 * title, however short, never a site's name. */
static int part_of_series(const char *s, size_t n)
{
    static const char *const words[] = { "capitolo", "capítulo", "chapitre", "chapter",
                                         "episode", "episodio", "folge", "kapitel", "part",
                                         "parte", "partie", "teil" };
    while (n && *s == ' ')
        s++, n--;
    size_t w = 0;
    while (w < n && s[w] != ' ')
        w++;
    if (w > 10 || w + 1 >= n || !mt_ascii_is_digit((unsigned char)s[w + 1]))
        return 0;
    char low[16];
    size_t k = mt_meta_fold(s, w, low, sizeof low);
    return mt_meta_sorted_find(low, k, words, sizeof words / sizeof words[0], sizeof words[0]) >= 0;
}

/* Whether a title's first segment is the site's name: a site's name is
 * said once, so a last segment that holds it with words around it
 * ("example.org - News - Snow maps in high resolution on Example.org")
 * is a headline that says it. */
static int opens_with_site(const char *first, size_t fn, const char *site, size_t site_len,
                           const char *host, size_t host_len)
{
    return mt_title_names_site(first, fn, site, site_len, host, host_len) &&
           !headline_with_site(first, fn, site, site_len);
}

/* Words of a site's name this short may be written small ("News of the
 * World", "Home & Garden"); longer ones open with a capital. */
#define NAME_SMALL_WORD 3

/* Whether s[0..n) is written as a name: no digits, and every word but
 * short joining ones after the first opens with a capital (or a letter
 * that has none). A score or a topic of the headline ("Liverpool 2-0
 * Chelsea", "Apple Watch review") is the headline's own beginning. */
static int written_as_name(const char *s, size_t n)
{
    size_t i = 0;
    for (int word = 0; i < n; word++) {
        while (i < n && s[i] == ' ')
            i++;
        size_t st = i;
        while (i < n && s[i] != ' ') {
            if (mt_ascii_is_digit((unsigned char)s[i]))
                return 0;
            i++;
        }
        if (i > st && mt_ascii_is_lower((unsigned char)s[st]) &&
            (word == 0 || i - st > NAME_SMALL_WORD))
            return 0;
    }
    return 1;
}

/* Whether the site's name stands on both sides of the headline: the
 * first and the last segment open with the same word ("CTV Toronto -
 * Headline - CTV News, Shows and Sports", "Example | Headline | Example
 * Politics"), neither long, the first written as a name, and more words
 * between them than before. A colon after the first only separates a name
 * said again whole ("Example: Headline - Example"): "Brexit: Headline -
 * Brexit news" is a topic. */
static int site_on_both_sides(const char *s, size_t len, const sep *f, const sep *l)
{
    uint32_t wh[MT_TITLE_MAX_WORDS], wt[MT_TITLE_MAX_WORDS];
    size_t head = mt_meta_words(s, f->start, wh, 5);
    size_t tail = mt_meta_words(s + l->end, len - l->end, wt, 9);
    size_t mid = word_count(s + f->end, l->start - f->end, 5);
    if (!head || head > 4 || !tail || tail > 8 || mid < 3 || mid <= head || l->strong == 2 ||
        wh[0] != wt[0] || !written_as_name(s, f->start))
        return 0;
    return f->strong != 2 || (head == tail && memcmp(wh, wt, head * sizeof wh[0]) == 0);
}

void mt_title_strip_site(const char *s, size_t len, const char *site, size_t site_len,
                         const char *host, size_t host_len, size_t *keep_start, size_t *keep_len)
{
    sep seps[MAX_SEPARATORS];
    size_t ns = find_separators(s, len, seps);
    size_t a = 0, b = len;          /* the kept span [a, b) */
    size_t first = 0, last = ns;    /* separators still inside it */
    /* a blog template's "Blog Name » Blog Archive » Post title": the post's
     * title follows its archive's (however short it is) */
    for (size_t i = 0; i + 1 < ns; i++) {
        if (mt_meta_eq_ci(s + seps[i].end, seps[i + 1].start - seps[i].end, "blog archive")) {
            a = seps[i + 1].end;
            first = i + 2;
            break;
        }
    }
    if (first == 0 && ns >= 2 && site_on_both_sides(s, len, &seps[0], &seps[ns - 1])) {
        a = seps[0].end;
        b = seps[ns - 1].start;
        first = 1;
        last = ns - 1;
    }
    /* peel site names off both ends while they are there */
    while (first < last) {
        const sep *l = &seps[last - 1];
        const sep *f = &seps[first];
        if (mt_title_names_site(s + l->end, b - l->end, site, site_len, host, host_len) &&
            !(headline_with_site(s + l->end, b - l->end, site, site_len) &&
              (a > 0 || opens_with_site(s, f->start, site, site_len, host, host_len)))) {
            b = l->start;
            last--;
            continue;
        }
        if (mt_title_names_site(s + a, f->start - a, site, site_len, host, host_len) &&
            !headline_with_site(s + a, f->start - a, site, site_len)) {
            a = f->end;
            first++;
            continue;
        }
        break;
    }
    /* A colon only ever separates a site name that was recognised as one:
     * "Topic: Headline" is a headline. */
    size_t inside = 0;
    for (size_t i = first; i < last; i++)
        if (seps[i].strong != 2)
            seps[inside++] = seps[i];
    /* What is left of a site's name or a section: a short tail after the
     * last separator ("Headline - Cayman Compass", "Headline - Section -
     * News"), twice at most; else a short head before a strong separator
     * ("SITE | Headline"). */
    size_t dropped = 0;
    while (inside > 0 && dropped < 2) {
        const sep *l = &seps[inside - 1];
        size_t tail = word_count(s + l->end, b - l->end, 5);
        size_t head = word_count(s + a, l->start - a, 5);
        if (!(tail <= 4 && head >= 3 && head > tail) || part_of_series(s + l->end, b - l->end))
            break;
        b = l->start;
        inside--;
        dropped++;
    }
    /* the head twice at most too: "SITE | Section | Headline" */
    for (size_t i = 0; !dropped && i < inside && i < 2 && seps[i].strong == 1; i++) {
        size_t head = word_count(s + a, seps[i].start - a, 4);
        size_t rest = word_count(s + seps[i].end, b - seps[i].end, 6);
        if (head > 3 || rest <= head + 2)
            break;
        a = seps[i].end;
    }
    /* the site's name was all there was, between marks (":: SITE ::"):
     * the title is the site's name then */
    if (word_count(s + a, b - a, 1) == 0) {
        a = 0;
        b = len;
    }
    *keep_start = a;
    *keep_len = b - a;
}
