/* authors.c -- from a byline or an author value to a list of names.
 *
 * Bylines carry more than names: "By", "Von", "Text:", roles ("Staff
 * Writer", "Redakteurin"), emails, profile links, dates and times, photo
 * credits, "| Site" tails. A byline is cut into pieces at separators
 * (, ; / | ( ) and " - "), each piece is cut again at conjunctions ("and",
 * "und", "&", ...), and each piece loses its labels, contact details, date
 * and role before it is judged as a name. */
#include <string.h>
#include "metadata/meta_internal.h"
#include "text/fold.h"
#include "util/fnv.h"
#include "util/url.h"
#include "util/utf8.h"

/* ================================================================ word lists
 *
 * Every list is sorted by the bytes of its words: a word is looked up by
 * binary search (lines near a headline are many, and most of their words
 * are in no list). mt_author_lists_ok checks the order. The words of a
 * piece (word_is) are looked up in the lists merged instead, once each
 * (author_words.h, generated from these lists by tools/gen_author_words.py;
 * run it again after editing them). */

static int in_list(const char *w, size_t n, const char *const *list, size_t count)
{
    return mt_meta_sorted_find(w, n, list, count, sizeof *list) >= 0;
}

#define IN(w, n, list) in_list((w), (n), (list), sizeof(list) / sizeof((list)[0]))
#define SORTED(list) mt_meta_sorted_ok((list), sizeof(list) / sizeof((list)[0]), sizeof *(list))

/* Words that introduce a name: dropped from the front of a piece. */
static const char *const label_words[] = {
    "analyse", "artikel", "auteur", "auteurs", "author", "authors", "autor", "autore", "autoren",
    "autoren:", "autores", "autori", "autorin", "autorka", "autorzy", "av", "beitrag", "by", "di",
    "door", "durch", "ein", "eine", "eingestellt", "erstellt", "escrito", "essay", "from",
    "fuente", "gastautor:", "gastbeitrag", "geplaatst", "gepostet", "geschrieben", "interview",
    "kommentar", "moderation", "napisane", "napisał", "napisała", "par", "por", "postado",
    "posted", "pressemitteilung", "przez", "pubblicato", "publicado", "published", "publié",
    "publiée", "quelle", "recherche", "recueilli", "recueillis", "redakteur", "redakteurin",
    "reportage", "reported", "rédigé", "scritto", "source", "story", "tekst", "text",
    "texte", "textes", "texto", "verfasser", "verfasserin", "verfasst", "veröffentlicht", "vom",
    "von", "words", "written", "yazar", "écrit", "автор",
    "авторы", "от", "מאת", "بقلم", "كتب", "作者", "撰文", "記者", "记者", "責任編輯", "责任编辑",
};

/* Words that introduce a name only with a colon after them: "Haber: Elif
 * Kaya" (Turkish "news"), but "Haber Merkezi" is a news desk's name. */
static const char *const colon_label_words[] = { "haber" };

/* Labels of a post, after which a user's name is written small (folded,
 * sorted): "Posted by spokewrangler". After other labels a small word is
 * what was done ("Interview by telephone", "Written by hand"). */
static const char *const posting_words[] = {
    "beitrag", "eingestellt", "geplaatst", "gepostet", "postado", "posted",
};

/* Labels of the editor in charge of a text (folded, sorted): Chinese
 * pages sign off with one under the article, while the writer stands
 * under the headline. */
static const char *const editor_labels[] = { "責任編輯", "责任编辑" };

/* Words that make a piece a credit for something else than the text. */
static const char *const credit_words[] = {
    "bild", "bilder", "bildmaterial", "bildquelle", "bildrechte", "camera", "courtesy", "credit",
    "credits", "edited", "editing", "foto", "fotograf", "fotografie", "fotografin", "fotoquelle",
    "fotos", "grafik", "grafiken", "illustration", "illustrationen", "image", "images", "kamera",
    "lektorat", "photo", "photographer", "photographs", "photography", "photos", "picture",
    "pictures", "produktion", "schnitt", "titelbild", "titelfoto", "traduction", "translated",
    "translation", "video", "videos", "übersetzung", "фото",
};

/* Picture agencies and stock libraries: a piece naming one is a credit. */
static const char *const stock_words[] = {
    "123rf", "adobestock", "depositphotos", "fotolia", "getty", "gettyimages", "imago",
    "istock", "istockphoto", "pexels", "picture-alliance", "pixabay", "shutterstock",
    "unsplash",
};

/* Jobs: a short piece that ends in one is a job title ("Product Manager",
 * "Software Engineer"), written after the name it belongs to. */
static const char *const job_words[] = {
    "analyst", "ceo", "cfo", "consultant", "coordinator", "cto", "designer", "developer",
    "director", "engineer", "evangelist", "founder", "intern", "manager", "officer", "president",
    "researcher", "scientist", "specialist", "strategist",
};

/* Roles: a piece is cut at its first role word, and a piece that starts with
 * one is not a name. */
static const char *const role_words[] = {
    "articles", "artikel", "associate", "beiträge", "chefredakteur", "chefredakteurin", "chief",
    "columnist", "contributing", "contributor", "correspondant", "correspondante", "correspondent",
    "corresponsal", "deputy", "dziennikarka", "dziennikarz", "editor", "editors", "envoyé",
    "envoyée", "executive", "freelance", "freelancer", "freie", "freier", "gastautor",
    "gastautorin", "giornalista", "inviata", "inviato", "jornalista", "journalist", "journaliste",
    "journalistin", "kolumnist", "kolumnistin", "korrespondent", "korrespondentin", "managing",
    "mitarbeiter", "mitarbeiterin", "periodista", "posts", "profil", "profile", "redacteur",
    "redactor", "redactora", "redakteur", "redakteurin", "redattore", "redattrice", "reporter",
    "reporterin", "reporters", "repórter", "rédacteur", "rédactrice", "senior", "staff",
    "verslaggever", "volontär", "volontärin", "writer", "writers", "журналист", "корреспондент",
    "редактор", "特派員", "記者", "通訊員", "通讯员", "기자", "특파원",
};

/* Words that no name contains: the piece is navigation or a sentence. */
static const char *const bad_words[] = {
    "abonnieren", "about", "actualizada", "actualizado", "admin", "administrator", "advertisement",
    "aggiornato", "ago", "aktualisiert", "aktualizacja", "aktualizováno", "all", "alle", "alles",
    "anmelden", "anonymous", "antworten", "anzeige", "are", "atualizado", "beiträge", "bijgewerkt",
    "bild", "category", "cest", "cet", "chapter", "click", "comment", "comments", "contact",
    "contactar", "contacto", "content", "cookie", "cookies", "copyright", "datenschutz", "delete",
    "drucken", "e-mail", "edt", "email", "facebook", "feed", "filed", "folgen", "follow", "foto",
    "genre", "gepubliceerd", "gmt", "güncelleme", "güncellendi", "has", "have", "home", "image",
    "impressum", "inhalt", "instagram", "is", "ist", "kapitel", "kategorie", "klicken",
    "kommentar", "kommentare", "kontakt", "kontaktieren", "laden", "language", "last", "lesen",
    "lesezeit", "likes", "linkedin", "loading", "login", "mail", "me", "mehr", "meistgelesen",
    "menu", "menü", "mesz", "mez", "min", "minute", "minuten", "minutes", "modified", "modifié",
    "modifiée", "more", "navigation", "newsletter", "no", "none", "notice", "null", "opublikowano",
    "page", "partita", "pdt", "permalink", "photo", "pinterest", "posted", "print", "privacy",
    "profil", "profile", "pst", "publikováno", "published", "rated", "read", "reading",
    "references", "registrieren", "reply", "report", "rss", "search", "see", "seite", "share",
    "sitemap", "skip", "sources", "sponsored", "springen", "startseite", "subscribe", "suche",
    "tag", "tags", "teilen", "telegram", "them", "trackback", "trackbacks", "twitter", "uhr",
    "undefined", "unknown", "update", "updated", "utc", "view", "views", "was", "webmaster",
    "weitere", "weiterlesen", "werbung", "were", "whatsapp", "xing", "yayınlanma",
    "zaktualizowano", "zum", "ändern", "עודכן", "פורסם", "تحديث", "نشر", "介紹", "介绍", "简介",
    "簡介",
};

/* Weekdays: the first word of a date, never part of a name. */
static const char *const weekdays[] = {
    "dienstag", "dimanche", "domenica", "domingo", "donnerstag", "freitag", "friday", "giovedì",
    "jeudi", "jueves", "lundi", "lunedì", "lunes", "mardi", "martedì", "martes", "mercoledì",
    "mercredi", "mittwoch", "miércoles", "monday", "montag", "sabato", "samedi", "samstag",
    "saturday", "sonntag", "sunday", "sábado", "thursday", "tuesday", "vendredi", "venerdì",
    "viernes", "wednesday",
    /* Arabic, with and without the hamza people often leave out */
    "الأحد", "الأربعاء", "الإثنين", "الاثنين", "الاحد", "الاربعاء", "الثلاثاء", "الجمعة", "الخميس", "السبت",
};

/* Short weekdays, written before a date ("Tue, 09/03/2024 - 12:00", "Sat
 * Jan 20, 2024"). Only there: "Sun" ends many a paper's name. */
static const char *const short_weekdays[] = {
    "fri", "mon", "sat", "sun", "thu", "thur", "thurs", "tue", "tues", "wed",
};

/* Words that are never a name on their own: labels left behind when the
 * name they introduced was elsewhere. */
static const char *const lone_words[] = {
    "am", "and", "at", "author", "autor", "by", "date", "datum", "de", "foto", "fotos",
    "information", "la", "le", "nach", "on", "other", "par", "por", "posted", "pubblicato",
    "publicada", "publicado", "published", "publié", "quelle", "redaktion:", "source", "stand",
    "statement", "text", "the", "tweet", "um", "und", "veröffentlicht", "von", "vor", "website",
    "written", "автор",
};

/* Words meaning "by" that may follow other words ("Artikel von X"). */
static const char *const by_words[] = {
    "av", "by", "di", "door", "par", "por", "przez", "von",
};

/* Conjunctions between names. */
static const char *const and_words[] = {
    "&", "+", "and", "avec", "com", "con", "e", "en", "et", "i", "mit", "och", "og", "oraz",
    "und", "ve", "with", "y", "и",
};

/* Words left at the end of a piece once a date is cut away. */
static const char *const tail_words[] = {
    ",", "-", ":", "actualizado", "aggiornato", "aktualisiert", "am", "at", "dem", "den", "el",
    "em", "hace", "il", "il y a", "jour", "last", "le", "mis", "on", "op", "posted",
    "pubblicato", "publicado", "published", "publié", "stand", "the", "um", "updated",
    "veröffentlicht", "vom", "vor", "zuletzt", "|", "«", "·", "»", "à", "–", "—", "•", "←", "→",
};

/* ================================================================ words of a piece */

typedef struct word {
    const char *s;
    size_t n;
    /* fold_key's result for word_is, worked out when first asked: a word is
     * looked up in several lists */
    int key_len;            /* -1 before; 0 when it does not fold into key */
    char key[64];
    uint32_t lists;         /* the LIST_* bits of key, once key_len >= 0 */
} word;

/* ================================================================ the lists' words merged
 *
 * A word of a byline is asked of several lists in turn. The generated
 * table (tools/gen_author_words.py) holds every word of the lists
 * word_is asks, with a bit for each list it is in: a word is looked up
 * once, by its hash, not searched for in each list. */

typedef struct author_word {
    const char *word;
    uint8_t len;
    uint32_t lists;
} author_word;

#include "metadata/author_words.h"

/* The hash the generator fills the slots with: 32-bit FNV-1a, its high
 * bits folded into the low ones. */
static uint32_t author_word_hash(const char *s, size_t n)
{
    uint32_t h = mt_fnv(s, n);
    return h ^ (h >> 15);
}

/* The LIST_* bits of a folded word: 0 for a word of no list. The slots are
 * at most half full: a probe ends at an empty one soon. */
static uint32_t lists_of(const char *key, size_t n)
{
    for (uint32_t i = author_word_hash(key, n);; i++) {
        unsigned e = author_word_slots[i & (AUTHOR_WORD_SLOTS - 1)];
        if (!e)
            return 0;
        const author_word *a = &author_words[e - 1];
        if (a->len == n && memcmp(a->word, key, n) == 0)
            return a->lists;
    }
}

#define MAX_WORDS 24

#define WIDE_COLON "\xef\xbc\x9a"     /* U+FF1A, the colon of CJK text */

/* Where the first full-width colon in s[0..n) ends, or 0 for none. */
static size_t wide_colon_end(const char *s, size_t n)
{
    for (const char *p = s, *end = s + n; (p = memchr(p, 0xEF, (size_t)(end - p))) != NULL; p++)
        if (end - p >= 3 && memcmp(p, WIDE_COLON, 3) == 0)
            return (size_t)(p + 3 - s);
    return 0;
}

/* Splits a piece into space-separated words (at most MAX_WORDS). Chinese
 * and Japanese write no space after a colon ("作者：王小明"): a word is
 * split after a full-width colon, as if a space followed it. */
static size_t split_words(const char *s, size_t len, word *w)
{
    size_t n = 0, pos = 0, st, tn;
    int wide = memchr(s, 0xEF, len) != NULL;    /* most text has no such byte */
    while (n < MAX_WORDS && mt_meta_next_token(s, len, &pos, &st, &tn)) {
        size_t cut;
        while (wide && n + 1 < MAX_WORDS && (cut = wide_colon_end(s + st, tn)) != 0 && cut < tn) {
            w[n].s = s + st;
            w[n].n = cut;
            w[n].key_len = -1;
            n++;
            st += cut;
            tn -= cut;
        }
        w[n].s = s + st;
        w[n].n = tn;
        w[n].key_len = -1;
        n++;
    }
    return n;
}

/* The bytes of the colon a word ends with: ':' or the full-width colon
 * of Chinese and Japanese text ("作者："); 0 for none. */
static size_t colon_at_end(const char *s, size_t n)
{
    if (n && s[n - 1] == ':')
        return 1;
    return n >= 3 && memcmp(s + n - 3, WIDE_COLON, 3) == 0 ? 3 : 0;
}

/* Folds a word to lowercase for list lookups, without the colons (ASCII
 * or full-width), dots and commas it ends with ("Autor:", "Text.",
 * "作者："). */
static size_t fold_key(const word *w, char *buf, size_t cap)
{
    size_t n = w->n;
    for (;;) {
        if (n > 1 && (w->s[n - 1] == ':' || w->s[n - 1] == '.' || w->s[n - 1] == ','))
            n--;
        else if (n > 3 && colon_at_end(w->s, n) == 3)
            n -= 3;
        else
            break;
    }
    return mt_meta_fold(w->s, n, buf, cap);
}

/* Whether a word, folded, is in the lists of `list` (LIST_* bits). */
static int word_is(word *w, uint32_t list)
{
    if (w->key_len < 0) {
        w->key_len = (int)fold_key(w, w->key, sizeof w->key);
        w->lists = w->key_len ? lists_of(w->key, (size_t)w->key_len) : 0;
    }
    return (w->lists & list) != 0;
}

/* Whether a word is in the list named (one of gen_author_words.py's). */
#define WORD_IS(w, list) word_is((w), LIST_##list)

static int word_is_exactly(const word *w, const char *lower)
{
    return mt_meta_eq_ci(w->s, w->n, lower);
}

static int is_upper_start(const char *s, size_t n);

/* Whether a word is written `lower` exactly, in lower case: the
 * preposition "in" after a name ("Julian Linden in Sydney", "Niall in
 * Uncategorized"), not the Korean given name "In". */
static int word_is_lower(const word *w, const char *lower)
{
    size_t n = strlen(lower);
    return w->n == n && memcmp(w->s, lower, n) == 0;
}

/* Whether w[i] is the "in" after a name, before where it was written or
 * the post's categories: a capitalised word first, a word after it. */
static int is_in_after_name(const word *w, size_t n, size_t first, size_t i)
{
    return i > first && i + 1 < n && word_is_lower(&w[i], "in") &&
           is_upper_start(w[first].s, w[first].n);
}

/* Whether w[i] is the "for" after a name of two capitalised words or
 * more, before the outlet the text was written for ("Charles Walton for
 * SurgeZirc UK"); after one word it may be an organisation's ("Doctors
 * for Peace"), after a word written small a title's ("Action-packed day
 * for car makers"). */
static int is_for_after_name(const word *w, size_t n, size_t first, size_t i)
{
    if (i < first + 2 || i + 1 >= n || !mt_meta_eq_ci(w[i].s, w[i].n, "for"))
        return 0;
    for (size_t k = first; k < i; k++)
        if (!is_upper_start(w[k].s, w[k].n))
            return 0;
    return 1;
}

static int has_digit(const word *w)
{
    for (size_t i = 0; i < w->n; i++)
        if (w->s[i] >= '0' && w->s[i] <= '9')
            return 1;
    return 0;
}

static int is_contact(const word *w)
{
    if (memchr(w->s, '@', w->n) || mt_meta_find_ci(w->s, w->n, "http"))
        return 1;
    /* the other marks have a dot */
    return memchr(w->s, '.', w->n) &&
           (mt_meta_find_ci(w->s, w->n, "www.") || mt_meta_find_ci(w->s, w->n, ".com") ||
            mt_meta_find_ci(w->s, w->n, ".html"));
}

static int is_month(const word *w);

/* ================================================================ judging a name */

/* Whether s[0..n) begins with a capital letter: a code point that folds
 * to something else. With `caseless`, a script without case counts as
 * upper too. */
static int starts_upper(const char *s, size_t n, int caseless)
{
    size_t k;
    uint32_t c = mt_meta_decode(s, s + n, &k);
    return mt_text_is_capital(c) || (caseless && c >= 0x250);
}

/* Whether a word may begin a name: a capital, or a letter of a script
 * without case (no evidence against a name). */
static int is_upper_start(const char *s, size_t n)
{
    return starts_upper(s, n, 1);
}

/* ? ! " { } < > = # * ; : [ ] */
static int forbidden_in_name(uint32_t c)
{
    switch (c) {
    case '?': case '!': case '"': case '{': case '}': case '<': case '>': case '=': case '#':
    case '*': case ';': case ':': case '[': case ']':
        return 1;
    default:
        return 0;
    }
}

/* mt_author_plausible's tests of the characters of s. */
static int plausible_chars(const char *s, size_t len)
{
    if (len < 2 || len > MT_AUTHOR_MAX_LEN)
        return 0;
    int letters = 0;
    for (const char *p = s, *end = s + len; p < end;) {
        size_t k;
        uint32_t c = mt_meta_decode(p, end, &k);
        p += k;
        /* the full-width forms of ASCII (U+FF01..U+FF5E) in CJK text
         * are read as ASCII: their marks are the same marks ("发布于：北京市"
         * is a label and a place), and their letters and digits count as
         * ASCII ones do */
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0;
        if (c < 0x80 && forbidden_in_name(c))
            return 0;
        if (c == 0xA9)          /* a copyright sign makes a picture credit */
            return 0;
        if (c == 0x2026)        /* an ellipsis cuts a teaser ("Weiterlesen …") */
            return 0;
        /* below 0x80 a letter; above, whatever mt_meta_is_word_char takes */
        letters += c < 0x80 ? mt_ascii_is_letter((unsigned char)c) : mt_meta_is_word_char(c);
    }
    /* one character of a script written without spaces is a label cut
     * off by a mark ("文/王小明": "text", "图／李四": "picture"): Chinese,
     * Japanese and Korean names have two characters or more */
    size_t first_len;
    if (mt_meta_decode(s, s + len, &first_len) >= 0x2E80 && first_len == len)
        return 0;
    return letters && !mt_meta_find_ci(s, len, "...") &&
           !mt_meta_find_ci(s, len, "\xe2\x80\x9c") && !mt_meta_find_ci(s, len, "\xe2\x80\x9e");
}

/* Whether a word, as written, is one that leaves a phrase open after it
 * ("Replying to", "Tari of", "Photos and"): a name never ends with one;
 * its particles stand inside it ("Jose de la Cruz"). */
static int leaves_open(const word *w)
{
    static const char *const words[] = { "and", "at", "for", "from", "in", "of",
                                         "on", "the", "to", "with" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (word_is_lower(w, words[i]))
            return 1;
    return 0;
}

/* Whether a word, as written, offers a choice ("or", "oder", "ou"):
 * names are joined by "and", never by "or"; a menu's facets are ("By
 * Course or Type"). */
static int offers_choice(const word *w)
{
    return word_is_lower(w, "or") || word_is_lower(w, "oder") || word_is_lower(w, "ou");
}

/* Whether a word, as written, is a day or a moment written small
 * ("today", "tonight", "heute"): a teaser's words run on after a byline
 * ("Staff reports - Updates today, results tonight") name no one. Written
 * capitalised it may be a paper's name ("USA Today"). */
static int time_word_small(const word *w)
{
    static const char *const words[] = { "heute", "now", "today", "tomorrow", "tonight",
                                         "yesterday" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (word_is_lower(w, words[i]))
            return 1;
    return 0;
}

/* mt_author_plausible's tests of the words of s, w[0..n) (split_words's). */
static int plausible_words(const char *s, size_t len, word *w, size_t n)
{
    if (n == 0 || n > 6 || (n == 1 && (WORD_IS(&w[0], lone_words) || is_month(&w[0]))))
        return 0;
    /* a word that begins with a digit is a count or a time ("8h", "3
     * min" cut short), not a name: a user's name begins with a letter */
    if (n == 1 && mt_ascii_is_digit((unsigned char)w[0].s[0]))
        return 0;
    /* "Liebe_r Besucher_in" is no name; a user name has no spaces */
    if (n > 1 && memchr(s, '_', len))
        return 0;
    size_t upper = 0;
    for (size_t i = 0; i < n; i++) {
        if (WORD_IS(&w[i], bad_words) || WORD_IS(&w[i], weekdays) || is_contact(&w[i]))
            return 0;
        if (n > 1 && (has_digit(&w[i]) || offers_choice(&w[i]) || time_word_small(&w[i])))
            return 0;
        upper += is_upper_start(w[i].s, w[i].n);
    }
    /* "der Michel" and "dpa" are names; "so wird es gemacht" and
     * "stylistic issues" are not */
    if ((n >= 3 && upper * 2 < n) || (n >= 2 && upper == 0))
        return 0;
    if (n >= 2 && leaves_open(&w[n - 1]))
        return 0;
    return 1;
}

int mt_author_plausible(const char *s, size_t len)
{
    if (!plausible_chars(s, len))
        return 0;
    word w[MAX_WORDS];
    return plausible_words(s, len, w, split_words(s, len, w));
}

/* ================================================================ cleaning a piece */

/* Characters trimmed from both ends of a piece. */
static int trim_char(unsigned char c)
{
    return c == ' ' || c == ':' || c == ',' || c == '-' || c == '.' || c == '|' || c == '\'' ||
           c == '"' || c == '*' || c == '_' || c == '~' || c == '>' || c == '<';
}

/* Whether s[0..3) is a full-width parenthesis or a lenticular bracket of
 * Chinese and Japanese text: "（山本健太）", "【王小明】". */
static int is_wide_bracket(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x88 || u[2] == 0x89)) ||
           (u[0] == 0xE3 && u[1] == 0x80 && (u[2] == 0x90 || u[2] == 0x91));
}

/* Trims punctuation, the typographic dashes, quotes and bullets, and the
 * full-width brackets. */
static void trim(const char **s, size_t *len)
{
    const char *p = *s;
    size_t n = *len;
    for (;;) {
        if (n && trim_char((unsigned char)p[0])) {
            p++, n--;
        } else if (n >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80) {
            p += 3, n -= 3;     /* U+2000..U+203F: spaces, dashes, quotes, bullets */
        } else if (n >= 2 && (unsigned char)p[0] == 0xC2 &&
                   ((unsigned char)p[1] == 0xB7 || (unsigned char)p[1] == 0xBB ||
                    (unsigned char)p[1] == 0xAB)) {
            p += 2, n -= 2;     /* middle dot, guillemets */
        } else if (n >= 3 && is_wide_bracket(p)) {
            p += 3, n -= 3;
        } else {
            break;
        }
    }
    for (;;) {
        if (n && (trim_char((unsigned char)p[n - 1]) && !(p[n - 1] == '.' && n >= 2 &&
                                                          is_upper_start(p + n - 2, 1) &&
                                                          (n == 2 || p[n - 3] == ' ')))) {
            n--;        /* keeps the dot of a final initial: "John F." */
        } else if (n >= 3 && (unsigned char)p[n - 3] == 0xE2 && (unsigned char)p[n - 2] == 0x80) {
            n -= 3;
        } else if (n >= 2 && (unsigned char)p[n - 2] == 0xC2 &&
                   ((unsigned char)p[n - 1] == 0xB7 || (unsigned char)p[n - 1] == 0xBB ||
                    (unsigned char)p[n - 1] == 0xAB)) {
            n -= 2;
        } else if (n >= 3 && is_wide_bracket(p + n - 3)) {
            n -= 3;
        } else {
            break;
        }
    }
    *s = p;
    *len = n;
}

static int is_month(const word *w)
{
    char buf[48];
    size_t k = fold_key(w, buf, sizeof buf);
    return k >= 3 && mt_date_month_word(buf, k);
}

/* Cuts the piece before a date, a time or a word with digits (names carry
 * none, except single-word user names, which are left alone). */
static size_t cut_at_date(const char *s, size_t len)
{
    mt_date d;
    size_t ds, de;
    if (mt_date_find(s, len, MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR | MT_DATE_ARABIC_DIGITS, &d,
                     &ds, &de) && ds > 0)
        len = ds;
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    if (n <= 1)
        return len;
    for (size_t i = 1; i < n; i++)
        if (has_digit(&w[i]))
            return (size_t)(w[i].s - s);
    /* a month name after the name: "John Smith November 2016" */
    for (size_t i = 1; i < n; i++) {
        char buf[48];
        size_t k = fold_key(&w[i], buf, sizeof buf);
        if (k >= 3 && mt_date_month_word(buf, k) && i + 1 < n && has_digit(&w[i + 1]))
            return (size_t)(w[i].s - s);
    }
    return len;
}

/* What a Japanese, Chinese or Korean credit says someone did, the parts
 * of one word joined by a middle dot ("取材・文": reporting and text,
 * "文・写真": text and pictures, "글·사진"). The first
 * CJK_WRITER_CREDITS are the writer's. */
static const char *const cjk_credit_words[] = {
    "文", "取材", "글", "취재", /* the writer's */
    "写真", "寫真", "構成", "撮影", "摄影", "攝影", "編集", "絵", "図", "图", "圖", "訳", "翻訳",
    "사진", "영상", "그림",
};
#define CJK_WRITER_CREDITS 4

/* Whether s[0..n) is only such credits (CJK_CREDIT), one of them the
 * writer's (CJK_WRITER too); 0 when it is not. */
enum { CJK_CREDIT = 1, CJK_WRITER = 2 };
static int cjk_credits_in(const char *s, size_t n)
{
    if (n < 3 || (unsigned char)s[0] < 0xE3)
        return 0;
    int kind = CJK_CREDIT;
    for (size_t at = 0; at < n;) {
        /* the part up to the next middle dot: U+30FB or U+00B7 */
        size_t end = at, dot = 0;
        while (end < n && !dot) {
            if (n - end >= 3 && memcmp(s + end, "\xe3\x83\xbb", 3) == 0)
                dot = 3;
            else if (n - end >= 2 && memcmp(s + end, "\xc2\xb7", 2) == 0)
                dot = 2;
            else
                end++;
        }
        size_t j = 0, count = sizeof cjk_credit_words / sizeof cjk_credit_words[0];
        while (j < count && !(strlen(cjk_credit_words[j]) == end - at &&
                              memcmp(s + at, cjk_credit_words[j], end - at) == 0))
            j++;
        if (j == count)
            return 0;
        if (j < CJK_WRITER_CREDITS)
            kind |= CJK_WRITER;
        at = end + dot;
    }
    return kind;
}

/* The same of a word, its colon aside. */
static int cjk_credits(const word *w)
{
    return cjk_credits_in(w->s, w->n - colon_at_end(w->s, w->n));
}

/* A Korean credit written onto the name with '=' ("글·사진=홍길동"): the
 * writer's is cut from the word, which keeps the name; 1 when the credit
 * is another's ("사진=김철수": the pictures'), whose piece names no
 * author; else 0. */
static int korean_credit_onto_name(word *w)
{
    const char *eq = memchr(w->s, '=', w->n);
    if (!eq || eq + 1 == w->s + w->n)
        return 0;
    int kind = cjk_credits_in(w->s, (size_t)(eq - w->s));
    if (kind & CJK_WRITER) {
        w->n -= (size_t)(eq + 1 - w->s);
        w->s = eq + 1;
        w->key_len = -1;
        return 0;
    }
    return kind != 0;
}

/* Whether a word of a piece is a label before a name: one of label_words
 * or the writer's CJK credit ("文・写真：山田太郎") with a word after it
 * (`more`) or a colon, one of colon_label_words with a colon. */
static int is_label(word *w, int more)
{
    int colon = colon_at_end(w->s, w->n) != 0;
    return ((WORD_IS(w, label_words) || (cjk_credits(w) & CJK_WRITER)) && (more || colon)) ||
           (colon && WORD_IS(w, colon_label_words));
}

/* Whether the word before a "by" in a piece lets it be a byline's "by":
 * a label, a role, a credit or navigation ("View all posts by", "Photos
 * by"), and anything but a word written small ("Story by", "2008 by").
 * In a sentence a word written small is what someone made or did ("jeans
 * by", "inspired by", "theme by"): no byline. */
static int by_after_label(word *before)
{
    if (before->n < 3 || !mt_ascii_is_letter((unsigned char)before->s[0]) ||
        mt_ascii_is_upper((unsigned char)before->s[0]))
        return 1;
    return WORD_IS(before, label_words) || WORD_IS(before, role_words) ||
           WORD_IS(before, bad_words) || WORD_IS(before, credit_words) ||
           WORD_IS(before, posting_words);
}

/* Whether a[0..n) and b[0..n) are the same words, letter for letter,
 * none of them an initial ("R. R." is two). */
static int same_words(const word *a, const word *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i].n != b[i].n || memcmp(a[i].s, b[i].s, a[i].n) != 0 || a[i].n < 2 ||
            a[i].s[a[i].n - 1] == '.')
            return 0;
    return 1;
}

/* Whether the words w[0..n) all begin with a small letter: before a role
 * they describe it ("deutscher Kolumnist", "our senior editor"), and name
 * no one. */
static int written_small(const word *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i].s[0];
        int small = c < 0x80 ? mt_ascii_is_lower(c) : !is_upper_start(w[i].s, w[i].n);
        if (!small)
            return 0;
    }
    return n > 0;
}

/* Words that a list's controls write before "by" (folded, sorted):
 * "Search by Name", "Sort by Date", "Browse by Subject" name a field. */
static const char *const sorting_words[] = {
    "browse", "filter", "order", "search", "shop", "sort", "sorted", "suche",
};

/* Whether a word, folded, is in one of the short lists that the merged
 * table does not hold (looked up by binary search). */
static int key_in(word *w, const char *const *list, size_t count)
{
    word_is(w, 0);      /* folds the word into its key, once */
    return w->key_len > 0 && in_list(w->key, (size_t)w->key_len, list, count);
}

#define KEY_IN(w, list) key_in((w), (list), sizeof(list) / sizeof((list)[0]))

/* Whether a word is one of sorting_words. */
static int is_sorting(word *w)
{
    return KEY_IN(w, sorting_words);
}

/* Degrees and suffixes written after a name and a comma (folded,
 * sorted): "Grant Tinsley, PhD", "Lisa Sanders, M.D.", "John Smith, Jr." */
static const char *const post_nominals[] = {
    "dds", "dvm", "esq", "ii", "iii", "iv", "jr", "m.a", "m.d", "ma", "mba", "md", "mph", "msc",
    "ph.d", "phd", "rn", "sr",
};

/* Whether a word is one of post_nominals. */
static int is_post_nominal(word *w)
{
    return KEY_IN(w, post_nominals);
}

/* The words that end a desk's credit (folded, sorted): the post or the
 * desk that wrote a text, named in its byline in place of a person
 * ("Special Correspondent", "Staff Reporter", "Web Desk", "Our Bureau"). */
static const char *const desk_heads[] = {
    "bureau", "correspondent", "correspondents", "desk", "editor", "editors", "newsdesk",
    "newsroom", "reporter", "reporters", "staff", "writer", "writers",
};

/* The words that qualify a desk's head (folded, sorted), beside the roles
 * ("Senior", "Staff", "Chief"): "Our Correspondent", "A Staff Reporter",
 * "Special Correspondent", "Web Desk". None of them is a given name, as
 * "Jane" of "Jane Writer" is. */
static const char *const desk_qualifiers[] = {
    "a", "digital", "news", "online", "our", "own", "special", "the", "web",
};

/* Whether a word ends a sentence: a full stop after three letters or
 * more, no initial ("R.J.") or short title ("Dr.", "Jr."). "by Servicing
 * Stop. This entry was posted in ..." names no "This entry". */
static int ends_sentence(const word *w)
{
    if (w->n < 4 || w->s[w->n - 1] != '.' || memchr(w->s, '.', w->n - 1))
        return 0;
    for (size_t k = w->n - 4; k < w->n - 1; k++)
        if (!mt_ascii_is_letter((unsigned char)w->s[k]))
            return 0;
    return 1;
}

/* Whether w[i], right after a one-word name, is a post's label
 * (posting_words: "Posted", "Eingestellt") with a small word after it
 * ("Hal Posted to News on ..."): the name ends there. Other words of
 * bad_words right after a given name are kept: a surname may be one
 * ("Jane Page"). */
static int posted_after_name(word *w, size_t n, size_t first, size_t i)
{
    return i == first + 1 && i + 1 < n && WORD_IS(&w[i], posting_words) &&
           mt_ascii_is_lower((unsigned char)w[i + 1].s[0]);
}

/* The ends of Korean titles of the press (UTF-8): "기자" reporter (and
 * "선임기자" senior, "객원기자" guest, "대기자" veteran reporter), "특파원"
 * correspondent, "위원" member ("논설위원" editorial writer, "편집위원"),
 * "에디터" editor. Korean writes the title as a word after the name
 * ("홍길동 논설위원"), and compounds its kinds without a space, so a word
 * is a title by its end, not found whole in role_words. */
static const char *const hangul_role_ends[] = {
    "\xea\xb8\xb0\xec\x9e\x90",             /* 기자 */
    "\xed\x8a\xb9\xed\x8c\x8c\xec\x9b\x90", /* 특파원 */
    "\xec\x9c\x84\xec\x9b\x90",             /* 위원 */
    "\xec\x97\x90\xeb\x94\x94\xed\x84\xb0", /* 에디터 */
};

/* Whether a word is a Korean title of the press (hangul_role_ends),
 * asked of a word after a name: first in a piece, the title may be
 * written onto the name ("홍길동기자"), which is kept as it is. */
static int hangul_title(const word *w)
{
    /* (most words end with an ASCII byte: no Hangul) */
    if ((unsigned char)w->s[w->n - 1] < 0x80)
        return 0;
    for (size_t i = 0; i < sizeof hangul_role_ends / sizeof hangul_role_ends[0]; i++) {
        size_t k = strlen(hangul_role_ends[i]);
        if (w->n >= k && memcmp(w->s + w->n - k, hangul_role_ends[i], k) == 0)
            return 1;
    }
    return 0;
}

/* Whether s[0..n) begins with a Hangul syllable (U+AC00..U+D7A3). */
static int hangul_syllable(const char *s, size_t n)
{
    size_t k;
    uint32_t c = n >= 3 ? mt_meta_decode(s, s + n, &k) : 0;
    return c >= 0xAC00 && c <= 0xD7A3;
}

int mt_author_titled_name(const char *s, size_t len)
{
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    if (n < 2 || n > 3 || !hangul_title(&w[n - 1]))
        return 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (!hangul_syllable(w[i].s, w[i].n) || hangul_title(&w[i]) ||
            WORD_IS(&w[i], role_words))
            return 0;
    return 1;
}

/* The most words of a title ending in a role after a name ("Senior
 * Political Editor"). */
#define ROLE_TITLE_WORDS 4

/* Whether w[k] begins a date: a weekday, a month or a number ("Fri Dec
 * 28, 6:46 AM ET"). */
static int opens_date(word *w)
{
    return WORD_IS(w, weekdays) || WORD_IS(w, short_weekdays) || is_month(w) || has_digit(w);
}

/* Whether the role word w[i] ends a piece of capitalised words
 * w[first..i], but for connectors ("on", "|") and the date they lead to
 * after it. */
static int role_ends_capitalised_words(word *w, size_t n, size_t first, size_t i)
{
    for (size_t k = first; k <= i; k++)
        if (!starts_upper(w[k].s, w[k].n, 0))
            return 0;
    for (size_t k = i + 1; k < n; k++) {
        if (opens_date(&w[k]))
            return 1;
        if (!WORD_IS(&w[k], tail_words))
            return 0;
    }
    return 1;
}

/* Whether the role word w[i] ends a piece of two capitalised words
 * w[first], w[i], but for connectors before a date ("on", "|"): first in
 * a byline, a given name and a surname that is a role word ("By Jane
 * Writer"). */
static int role_ends_two_words(word *w, size_t n, size_t first, size_t i)
{
    /* capitals only: in a script without case the role stays a role
     * ("김민수 기자", Korean for "Kim Minsu, reporter") */
    if (i != first + 1 || w[first].n < 2)
        return 0;
    return role_ends_capitalised_words(w, n, first, i);
}

/* The press labels of Chinese and Japanese bylines that are written onto
 * the name or the outlet without a space: "記者林宸誼" (reporter Lin),
 * "本报记者" (this paper's reporter), "新华社记者" (Xinhua's reporter). The
 * first two, "reporter", may stand anywhere in a word ("本報記者林宸誼":
 * outlet, label and name in one); the others only open it, for within a
 * word they are others' ("工作者" worker, "创作者" creator). */
static const char *const cjk_press_labels[] = { "記者", "记者", "作者", "撰文" };
#define CJK_LABELS_WITHIN 2

/* How many CJK words a byline's label may follow: an outlet, a desk. */
#define CJK_LABEL_REACH 2

/* Whether a word is written in CJK characters from its first byte (the
 * blocks from U+3000 on, Hangul among them). */
static int cjk_word(const word *w)
{
    return w->n >= 3 && (unsigned char)w->s[0] >= 0xE3 && (unsigned char)w->s[0] <= 0xED;
}

/* Where the press label cjk_press_labels[j] ends in a word, 0 when it is
 * not in it: at its start, or for the first CJK_LABELS_WITHIN at any
 * character's start. */
static size_t cjk_label_end(const word *w, size_t j)
{
    const char *label = cjk_press_labels[j];
    size_t k = strlen(label);
    size_t last = j < CJK_LABELS_WITHIN ? w->n : k;
    for (size_t p = 0; p + k <= w->n && p + k <= last; p++)
        if (((unsigned char)w->s[p] & 0xC0) != 0x80 && memcmp(w->s + p, label, k) == 0)
            return p + k;
    /* "本报记者 王小明", "新华社记者 王小明": the outlet's word ends in it */
    return w->n >= k && memcmp(w->s + w->n - k, label, k) == 0 ? w->n : 0;
}

/* Moves *at (the first word of a piece's name) past a CJK press label
 * that stands in one of the first words (cjk_label_end), written onto the
 * name ("記者林宸誼", "本報記者林宸誼", whose word is cut to the name) or
 * ending the outlet's word ("本报记者 王小明"), with only the outlet before
 * it ("聯合報 記者林宸誼"). 1 when one stood there. */
static int after_cjk_label(word *w, size_t n, size_t *at)
{
    for (size_t i = *at; i < n && i < *at + CJK_LABEL_REACH; i++) {
        if (!cjk_word(&w[i]))
            return 0;
        for (size_t j = 0; j < sizeof cjk_press_labels / sizeof cjk_press_labels[0]; j++) {
            size_t past = cjk_label_end(&w[i], j);
            if (past && past < w[i].n) {
                w[i].s += past;
                w[i].n -= past;
                w[i].key_len = -1;
                *at = i;
                return 1;
            }
            if (past && i + 1 < n) {
                *at = i + 1;
                return 1;
            }
        }
    }
    return 0;
}

/* Whether a word opens with "introduction" ("简介", "介紹"): after an
 * author's label ("作者简介：王小明", "作者简介王小明") the heading of a
 * biography, no byline; written onto the name, the name's end is not
 * told from the biography's text ("作者简介王小明，1970年生于..."). */
static int opens_cjk_bio(const word *w)
{
    static const char *const bio[] = { "简介", "簡介", "介绍", "介紹" };
    for (size_t i = 0; i < sizeof bio / sizeof bio[0]; i++)
        if (w->n >= strlen(bio[i]) && memcmp(w->s, bio[i], strlen(bio[i])) == 0)
            return 1;
    return 0;
}

/* How many Hangul syllables a word is, or 0 when it is not all of them
 * (three bytes each). */
static size_t hangul_syllables(const word *w)
{
    if (w->n % 3)
        return 0;
    for (size_t i = 0; i < w->n; i += 3)
        if (!hangul_syllable(w->s + i, 3))
            return 0;
    return w->n / 3;
}

/* Whether a Korean word is a whole name: three or four Hangul syllables
 * (a surname and a given name, written as one word). */
static int hangul_full_name(const word *w)
{
    size_t k = hangul_syllables(w);
    return k == 3 || k == 4;
}

/* The Korean surnames of one syllable, the common ones, which nearly all
 * Koreans bear (those of two syllables open with one of them: 남궁,
 * 황보, 제갈, 선우, 독고, 사공, 서문). */
static const char korean_surnames[] =
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사"
    "부가복태목형계피두감음빈동온호범좌팽승간상갈단견당화창옹순빙종근라랑로룡리림독";

/* Whether a word opens with a Korean surname (three bytes, a syllable). */
static int korean_surname_first(const word *w)
{
    for (size_t i = 0; i + 3 <= sizeof korean_surnames - 1; i += 3)
        if (memcmp(w->s, korean_surnames + i, 3) == 0)
            return 1;
    return 0;
}

/* Whether a word is a Korean reporter's name as bylines write most: three
 * syllables from a surname on, no title, no desk ("정치부" politics desk
 * ends as desks do, in 부 or 팀), no outlet of three syllables ("뉴시스"
 * opens with no surname). */
static int korean_name3(const word *w)
{
    static const char *const desk_ends[] = { "\xeb\xb6\x80" /* 부 */, "\xed\x8c\x80" /* 팀 */ };
    if (hangul_syllables(w) != 3 || !korean_surname_first(w) || hangul_title(w))
        return 0;
    for (size_t j = 0; j < sizeof desk_ends / sizeof desk_ends[0]; j++)
        if (memcmp(w->s + 6, desk_ends[j], 3) == 0)
            return 0;
    return 1;
}

/* Whether the words before a Korean reporter's name are an outlet or a
 * desk, not more reporters: one of them is no name (korean_name3).
 * "홍길동 김철수 기자" credits two reporters. */
static int outlet_or_desk(const word *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!korean_name3(&w[i]))
            return 1;
    return 0;
}

/* Whether w[i], a credit's word after a name's first word, is the last
 * word of a film studio's name ("Sony Pictures", "Universal Pictures"):
 * "Pictures" capitalised, ending the piece. Elsewhere it opens a credit
 * for the pictures ("Text: Anna Muster Pictures: Max Beispiel"). */
static int ends_studio_name(const word *w, size_t n, size_t i)
{
    return i + 1 == n && word_is_exactly(&w[i], "pictures") && is_upper_start(w[i].s, w[i].n);
}

/* Where the name of a piece's words w[0..n) begins, in *first: past the
 * labels before it ("Written by", "Autor:", a desk before a Korean
 * credit) and the words before a "by" ("View all posts by X"). Returns 0
 * when the piece names nobody who wrote the text: a credit for something
 * else ("Photo by"), a label whose name is elsewhere ("Article by"), a
 * job's title, a stock picture's credit, an outlet after a name
 * (`after_name`: "Jane Roe, for The Daily Item"). */
static int name_start(word *w, size_t n, int after_name, size_t *first)
{
    size_t f = 0;
    /* "Written by", "Ein Beitrag von", "Autor:" */
    while (f < n && is_label(&w[f], f + 1 < n))
        f++;
    /* a desk or an outlet before a Korean writer's credit ("정치부
     * 글=홍길동 기자"), as before a name */
    if (f + 1 < n && memchr(w[f + 1].s, '=', w[f + 1].n) && cjk_word(&w[f]) &&
        outlet_or_desk(&w[f], 1))
        f++;
    if (f < n && korean_credit_onto_name(&w[f]))
        return 0;
    if (after_cjk_label(w, n, &f) && f < n && opens_cjk_bio(&w[f]))
        return 0;
    /* "View all posts by X", "Alle Artikel von X": a "by" after other words */
    for (size_t i = f + 1; i + 1 < n; i++) {
        if (WORD_IS(&w[i], by_words) &&
            (word_is_exactly(&w[i], "by") || WORD_IS(&w[i - 1], label_words) ||
             WORD_IS(&w[i - 1], role_words) || WORD_IS(&w[i - 1], bad_words))) {
            /* (a credit's "by": "Photo by", "Video von" name who made
             * something else than the text) */
            if (!by_after_label(&w[i - 1]) || is_sorting(&w[i - 1]) ||
                WORD_IS(&w[i - 1], credit_words))
                return 0;
            f = i + 1;
            break;
        }
    }
    /* "Article by", "Eingestellt von": a label whose name is elsewhere */
    if (n > 1 && mt_ascii_is_lower((unsigned char)w[n - 1].s[0]) && WORD_IS(&w[n - 1], by_words))
        return 0;
    /* a job's title ("Director of Consumer Marketing") after the name; a
     * CJK credit, for the pictures ("写真：鈴木花子"), or alone, cut off
     * by a solidus ("取材・文／山田太郎") */
    if (f < n && (WORD_IS(&w[f], credit_words) || WORD_IS(&w[f], job_words) ||
                  cjk_credits(&w[f])))
        return 0;
    /* "Josh Muster von Pexels": a stock picture's credit */
    for (size_t i = f; i < n; i++)
        if (WORD_IS(&w[i], stock_words))
            return 0;
    /* after a name, the outlet it wrote for ("Jane Roe, for The Daily
     * Item"), as is_for_after_name cuts it within a piece */
    if (f >= n || (after_name && f + 1 < n && mt_meta_eq_ci(w[f].s, w[f].n, "for")))
        return 0;
    *first = f;
    return 1;
}

/* Where the name that begins at w[*first] ends (the index after its last
 * word): at a role, or at a credit for something else ("Text von Anna
 * Muster Illustration von Max Beispiel"), or at the words that follow a
 * name (a button, a place, an outlet). Moves *first past an outlet or a
 * desk before a Korean name. Sets *role_piece when the piece, after a
 * name (`after_name`), is that name's title ("Sports Editor"). */
static size_t name_end(word *w, size_t n, size_t *first, int after_name, int *role_piece)
{
    size_t f = *first;
    *role_piece = 0;
    for (size_t i = f; i < n; i++) {
        if (WORD_IS(&w[i], role_words) || (i > f && hangul_title(&w[i])) ||
            (i > f && ((WORD_IS(&w[i], credit_words) && !ends_studio_name(w, n, i)) ||
                       cjk_credits(&w[i]))) ||
            (i > f + 1 && ends_sentence(&w[i - 1])) ||
            (i >= f + 2 && WORD_IS(&w[i], bad_words)) || posted_after_name(w, n, f, i) ||
            is_in_after_name(w, n, f, i) ||
            is_for_after_name(w, n, f, i)) {
            /* "Inga Muster Follow": a name, then the button beside it;
             * "Belinda Tasker in London": a name, then where she wrote;
             * "Amitai Winehouse For Mailonline": the outlet she wrote for */
            size_t last = i;
            /* a Korean title after a whole name: the words before the
             * name are its outlet or desk ("정치부 홍길동 기자", "이데일리
             * 홍길동 기자") */
            if (i > f + 1 && hangul_title(&w[i]) && hangul_full_name(&w[i - 1]) &&
                outlet_or_desk(w + f, i - 1 - f))
                *first = f = i - 1;
            /* capitalised words ending in a role: after a name, that
             * name's title ("Sports Editor", "AP Business Writer"), with
             * the desk or agency in it, nobody's name; first in the
             * byline, two of them are one name whose surname is a role
             * word ("Jane Writer"), kept whole, for a given name alone is
             * no author */
            if (WORD_IS(&w[i], role_words)) {
                if (after_name && i > f && i - f < ROLE_TITLE_WORDS &&
                    role_ends_capitalised_words(w, n, f, i)) {
                    *role_piece = 1;
                    return f;
                }
                if (!after_name && role_ends_two_words(w, n, f, i))
                    last = n;
            }
            return last;
        }
    }
    return n;
}

/* Cuts the words that end a name's span st[0..kept) but are none of it
 * ("John Smith on", "Anna Muster am", a contact, a month, a weekday) and
 * a name written twice over; *pst is trimmed, t[0..*ptn) are the words
 * of the span returned (their split_words). */
static size_t trim_name_tail(const char **pst, size_t kept, word *t, size_t *ptn)
{
    const char *st = *pst;
    size_t tn;
    for (;;) {
        const char *p = st;
        size_t k = kept;
        trim(&p, &k);
        st = p, kept = k;
        tn = split_words(st, kept, t);
        /* a month ends a name of three words or more only: "Ali Kasım"
         * is a name, "Kasım" Turkish for November */
        if (tn > 1 && (WORD_IS(&t[tn - 1], tail_words) || is_contact(&t[tn - 1]) ||
                       (tn > 2 && is_month(&t[tn - 1])) || WORD_IS(&t[tn - 1], weekdays)))
            kept = (size_t)(t[tn - 1].s - st);
        else
            break;
    }
    /* a name written twice over, as an avatar's text and a link's run
     * together ("Olivier Minot Olivier Minot"), once */
    if (tn >= 2 && tn % 2 == 0 && same_words(t, t + tn / 2, tn / 2)) {
        kept = (size_t)(t[tn / 2 - 1].s + t[tn / 2 - 1].n - st);
        tn /= 2;
    }
    *pst = st;
    *ptn = tn;
    return kept;
}

/* One piece (no separators left): returns the kept span, or len 0, and
 * its words (t[0..*ptn), split_words's of the span). `after_name`: the
 * piece follows a name of the same byline across a separator, where a
 * role stands ("Jane Roe, Sports Editor"). Returns 1 when the piece is
 * such a role, left out, else 0. */
static int clean_piece(const char **ps, size_t *plen, word *t, size_t *ptn, int after_name)
{
    const char *s = *ps;
    size_t len = *plen;
    *ptn = 0;
    trim(&s, &len);
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    size_t first;
    if (!name_start(w, n, after_name, &first)) {
        *plen = 0;
        return 0;
    }
    int role_piece;
    size_t last = name_end(w, n, &first, after_name, &role_piece);
    if (role_piece) {
        *plen = 0;
        return 1;
    }
    if (last == first || (last - first <= 4 && WORD_IS(&w[last - 1], job_words)) ||
        (last < n && written_small(w + first, last - first))) {
        *plen = 0;
        /* a role first ("Chief Political Correspondent") is the name's */
        return after_name && last == first && first < n && WORD_IS(&w[first], role_words);
    }
    const char *st = w[first].s;
    const char *en = w[last - 1].s + w[last - 1].n;
    size_t whole = (size_t)(en - st);
    size_t kept = cut_at_date(st, whole);
    int dated = kept < whole;
    size_t tn;
    kept = trim_name_tail(&st, kept, t, &tn);
    /* a lone contact detail is nothing (the words of the span the loop
     * split last, which it kept), nor a word that led into the date cut
     * off after it ("hace" of "hace 3 horas", "vor" of "vor 2 Tagen") */
    if (tn == 1 && (is_contact(&t[0]) || (dated && WORD_IS(&t[0], tail_words))))
        kept = 0;
    *ps = st;
    *plen = kept;
    *ptn = tn;
    return 0;
}

/* Words of organisations' names, news agencies among them: a byline of
 * one of these names no person. */
static const char *const org_words[] = {
    "afp", "ag", "agency", "agentur", "amt", "ani", "ansa", "ap", "apa", "association", "blog",
    "bund", "co.", "company", "corporation", "council", "dapd", "ddp", "diario", "dpa", "dpa-afx",
    "e.v", "e.v.", "efe", "epd", "foundation", "giornale", "gmbh", "group", "gruppe", "ians", "inc",
    "inc.", "institut", "institute", "jiji", "journaal", "journal", "kathpress", "kg", "kna",
    "kyodo", "llc", "ltd", "ltd.", "magazin", "magazine", "media", "medien", "ministerium",
    "ministry", "news", "online", "periódico", "press", "presse", "pti", "radio", "reuters", "s.a.",
    "sa", "sda", "se", "sid", "stiftung", "team", "tv", "union", "university", "universität", "upi",
    "verband", "verein", "verlag", "xinhua", "zeitung",
};

/* News agencies by their short names (folded, sorted), and by the names
 * written out: a wire story's holder is its author. */
static const char *const agency_words[] = {
    "afp", "ani", "ansa", "ap", "apa", "dapd", "ddp", "dpa", "dpa-afx", "efe", "epd", "ians",
    "jiji", "kna", "kyodo", "pti", "reuters", "sda", "upi", "xinhua",
};
static const char *const agency_names[] = {
    "associated press", "canadian press", "press association", "united press",
};

int mt_author_is_agency(const char *s, size_t len)
{
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    for (size_t i = 0; i < n; i++)
        if (WORD_IS(&w[i], agency_words))
            return 1;
    for (size_t i = 0; i < sizeof agency_names / sizeof agency_names[0]; i++)
        if (mt_meta_find_ci(s, len, agency_names[i]))
            return 1;
    return 0;
}

/* Companies' legal forms (folded, without their final dot). */
static const char *const legal_forms[] = {
    "ag", "co", "corp", "gmbh", "inc", "kg", "limited", "llc", "ltd", "plc", "pty", "s.a", "sa",
    "srl",
};

int mt_author_is_org(const char *s, size_t len)
{
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    for (size_t i = 0; i < n; i++) {
        if (WORD_IS(&w[i], org_words))
            return 1;
        /* "example.com", "stol.it" */
        const char *dot = memchr(w[i].s, '.', w[i].n);
        if (dot && dot > w[i].s && (size_t)(w[i].s + w[i].n - dot) >= 3 &&
            (size_t)(w[i].s + w[i].n - dot) <= 5 && ((dot[1] | 32) >= 'a' && (dot[1] | 32) <= 'z'))
            return 1;
    }
    return 0;
}

int mt_author_name_shape(const char *s, size_t len)
{
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    if (n < 2 || n > 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_upper_start(w[i].s, w[i].n) || WORD_IS(&w[i], bad_words) ||
            WORD_IS(&w[i], role_words) || (i > 0 && hangul_title(&w[i])) ||
            WORD_IS(&w[i], label_words))
            return 0;
    return 1;
}

/* ================================================================ bylines */

/* Labels that stand alone on the line before a name ("Autor" / "Anna
 * Muster"). */
static const char *const label_lines[] = {
    "auteur", "author", "authors", "autor", "autore", "autoren", "autores", "autorin", "autorka",
    "autorzy", "by", "door", "geschrieben von", "par", "por", "posted by", "redaktion", "text",
    "texte", "verfasser", "verfasserin", "von", "written by", "автор",
    "作者", "撰文", "記者", "记者", "責任編輯", "责任编辑",
};

/* Words meaning "by" in scripts without case, written before a name
 * without a colon ("بقلم أحمد علي", "מאת יוסי כהן"); sorted. */
static const char *const script_by_words[] = { "מאת", "بقلم" };

/* The lists of "by" words. */
#define BY_LISTS (LIST_by_words | LIST_script_by_words)

/* 1 when a word (n >= 1), a ':' after it or not, is one of script_by_words. */
static int script_by_word(const char *s, size_t n)
{
    if ((unsigned char)s[0] < 0x80)
        return 0;   /* most words: asked before the colons are trimmed */
    while (n > 1 && s[n - 1] == ':')
        n--;
    return IN(s, n, script_by_words);
}

/* The first three bytes of the "by" words, a bit for each of by_words:
 * its first two letters in either case, then its third, or for the words
 * of two letters the end of the word (the ':', '.' or ',' ascii_by_word
 * trims, or nothing, read as a space). A word ascii_by_word takes has all
 * three of one word's bit; mt_author_lists_ok checks every one of
 * by_words. */
enum { BY_AV = 1, BY_BY = 2, BY_DI = 4, BY_DOOR = 8, BY_PAR = 16, BY_POR = 32, BY_PRZEZ = 64,
       BY_VON = 128 };
#define BY_SHORT (BY_AV | BY_BY | BY_DI)
static const uint8_t by_first[256] = {
    ['a'] = BY_AV, ['A'] = BY_AV, ['b'] = BY_BY, ['B'] = BY_BY,
    ['d'] = BY_DI | BY_DOOR, ['D'] = BY_DI | BY_DOOR,
    ['p'] = BY_PAR | BY_POR | BY_PRZEZ, ['P'] = BY_PAR | BY_POR | BY_PRZEZ,
    ['v'] = BY_VON, ['V'] = BY_VON,
};
static const uint8_t by_second[256] = {
    ['v'] = BY_AV, ['V'] = BY_AV, ['y'] = BY_BY, ['Y'] = BY_BY, ['i'] = BY_DI, ['I'] = BY_DI,
    ['o'] = BY_DOOR | BY_POR | BY_VON, ['O'] = BY_DOOR | BY_POR | BY_VON,
    ['a'] = BY_PAR, ['A'] = BY_PAR, ['r'] = BY_PRZEZ, ['R'] = BY_PRZEZ,
};
static const uint8_t by_third[256] = {
    [' '] = BY_SHORT, [':'] = BY_SHORT, ['.'] = BY_SHORT, [','] = BY_SHORT,
    ['o'] = BY_DOOR, ['O'] = BY_DOOR, ['r'] = BY_PAR | BY_POR, ['R'] = BY_PAR | BY_POR,
    ['z'] = BY_PRZEZ, ['Z'] = BY_PRZEZ, ['n'] = BY_VON, ['N'] = BY_VON,
};

/* Whether a word (tn >= 1) may be a "by" word of ASCII, by its first three
 * bytes: 0 for most words. */
static unsigned by_bytes(const char *w, size_t tn)
{
    unsigned char b = tn > 1 ? (unsigned char)w[1] : 0;
    unsigned char c = tn > 2 ? (unsigned char)w[2] : ' ';
    return by_first[(unsigned char)w[0]] & by_second[b] & by_third[c];
}

/* 1 when by_bytes lets every one of by_words through. */
static int by_bytes_ok(void)
{
    for (size_t i = 0; i < sizeof by_words / sizeof by_words[0]; i++)
        if (!by_bytes(by_words[i], strlen(by_words[i])))
            return 0;
    return 1;
}

/* 1 when a word, without a ':', '.' or ',' after it, is one of by_words in
 * any case; for words of ASCII only, whose folding is byte by byte
 * (by_words are ASCII, and no other letter folds to one). */
static int ascii_by_word(const char *s, size_t n)
{
    while (n > 1 && (s[n - 1] == ':' || s[n - 1] == '.' || s[n - 1] == ','))
        n--;
    /* most words begin as no "by" word does, or are too long: passed
     * before they are folded, the length and the first bytes asked
     * together (one branch for the many words of a line that are asked) */
    if (!((n - 2 <= 3) & (by_bytes(s, n) != 0)))
        return 0;
    char low[5];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80)
            return 0;
        low[i] = (char)mt_ascii_lower(c);
    }
    return (lists_of(low, n) & LIST_by_words) != 0;
}

/* 0 when a line that begins with byte c (folded as mt_meta_fold folds an
 * ASCII byte) is none of label_lines; mt_author_lists_ok checks that every
 * one begins with a byte this lets through. */
static int label_line_start(unsigned char c)
{
    if (c >= 0x80)
        return 1;
    switch (c | 32) {
    case 'a': case 'b': case 'd': case 'g': case 'p': case 'r': case 't': case 'v': case 'w':
        return 1;
    default:
        return 0;
    }
}

/* 1 when label_line_start lets every label line through. */
static int label_line_starts_ok(void)
{
    for (size_t i = 0; i < sizeof label_lines / sizeof label_lines[0]; i++)
        if (!label_line_start((unsigned char)label_lines[i][0]))
            return 0;
    return 1;
}

/* 0 when a word (tn >= 1) is plainly none of what byline_possible looks
 * for: it ends with no ':', the line has no full-width colon, and its
 * first bytes begin no "by" word of ASCII or of another script. Asked
 * first, as one branch a word, not one a question: most words of most
 * lines are none. */
static int word_may_open_byline(const char *w, size_t tn, int wide)
{
    unsigned char f = (unsigned char)w[0];
    return (w[tn - 1] == ':') | wide | (f >= 0x80) | (by_bytes(w, tn) != 0);
}

/* What most lines get from mt_author_byline_kind, found without folding
 * them: 0 when the line has more than one word and none of its first five
 * ends with ':', holds a full-width colon (split_words splits there) or is
 * a "by" word, or is one word that no label line
 * begins as (the full reading of a line of one word only looks for a
 * label line); 1 when it needs the full reading. *may_post is set to 0
 * when no "by" word stands among the line's words 2 to 6, where
 * mt_author_posting_user looks for one (the sixth is read for that only),
 * else to 1. */
static int byline_possible(const char *s, size_t len, int *may_post)
{
    size_t pos = 0, st, tn, n = 0, first = 0;
    int wide = memchr(s, 0xEF, len) != NULL;    /* most lines have no such byte */
    *may_post = 1;
    while (n < 5 && mt_meta_next_token(s, len, &pos, &st, &tn)) {
        if (word_may_open_byline(s + st, tn, wide) &&
            (colon_at_end(s + st, tn) || (wide && wide_colon_end(s + st, tn)) ||
             ascii_by_word(s + st, tn) || script_by_word(s + st, tn)))
            return 1;
        if (n == 0)
            first = st;
        n++;
    }
    /* none of the first five words is a "by" word: the sixth decides */
    *may_post = n == 5 && mt_meta_next_token(s, len, &pos, &st, &tn) && ascii_by_word(s + st, tn);
    /* a word at the line's start is where its folding starts too */
    if (n == 1 && first == 0)
        return label_line_start((unsigned char)s[0]);
    /* one word after white space, or none: the full reading decides */
    return n <= 1;
}

/* The lists merged in author_words, with their bits. */
#define MERGED(list) { (list), sizeof(list) / sizeof((list)[0]), LIST_##list }
static const struct merged_list {
    const char *const *words;
    size_t count;
    uint32_t bit;
} merged_lists[] = {
    MERGED(label_words), MERGED(colon_label_words), MERGED(posting_words),
    MERGED(editor_labels), MERGED(credit_words), MERGED(stock_words), MERGED(job_words),
    MERGED(role_words), MERGED(bad_words), MERGED(weekdays), MERGED(short_weekdays),
    MERGED(lone_words), MERGED(by_words), MERGED(and_words), MERGED(tail_words),
    MERGED(org_words), MERGED(agency_words), MERGED(legal_forms), MERGED(script_by_words),
};

/* 1 when the merged table says of every word what the lists say: each
 * word of a list is found with the list's bit, and each bit of an entry
 * is a list that holds the word. */
static int author_words_ok(void)
{
    size_t nlists = sizeof merged_lists / sizeof merged_lists[0];
    for (size_t l = 0; l < nlists; l++)
        for (size_t i = 0; i < merged_lists[l].count; i++) {
            const char *w = merged_lists[l].words[i];
            if (!(lists_of(w, strlen(w)) & merged_lists[l].bit))
                return 0;
        }
    for (size_t e = 0; e < sizeof author_words / sizeof author_words[0]; e++) {
        const author_word *a = &author_words[e];
        if (lists_of(a->word, a->len) != a->lists)
            return 0;
        for (size_t l = 0; l < nlists; l++)
            if ((a->lists & merged_lists[l].bit) &&
                !in_list(a->word, a->len, merged_lists[l].words, merged_lists[l].count))
                return 0;
    }
    return 1;
}

int mt_author_lists_ok(void)
{
    return author_words_ok() && SORTED(label_words) && SORTED(credit_words) && SORTED(stock_words) &&
           SORTED(role_words) && SORTED(bad_words) && SORTED(weekdays) && SORTED(lone_words) &&
           SORTED(by_words) && SORTED(and_words) && SORTED(tail_words) &&
           SORTED(short_weekdays) && SORTED(org_words) && SORTED(label_lines) &&
           SORTED(legal_forms) && SORTED(agency_words) && SORTED(job_words) &&
           SORTED(posting_words) && SORTED(script_by_words) && SORTED(editor_labels) &&
           SORTED(colon_label_words) && SORTED(sorting_words) && SORTED(post_nominals) &&
           SORTED(desk_heads) && SORTED(desk_qualifiers) &&
           label_line_starts_ok() &&
           by_bytes_ok();
}

/* The length of the mark of a user's page before a user's name ("u/"), or
 * 0. */
static size_t user_prefix(const word *w)
{
    return w->n > 2 && w->s[0] == 'u' && w->s[1] == '/' ? 2 : 0;
}

/* Whether w[i] is a user's name, as forums and comment systems print
 * them: one word of ASCII letters, digits, '_', '-' or '.', of three
 * characters or more (after the "u/" of a user's page), alone before the
 * line's end, a separator word or the time since the post ("Posted by
 * spokewrangler · 7 months ago", "by kestrel_ops 6 hours ago"). Asked only
 * after a posting label and a "by": "By default" alone is a heading. */
static int is_user_name(word *w, size_t n, size_t i)
{
    size_t from = user_prefix(&w[i]);
    if (w[i].n - from < 3 || w[i].n > 32)
        return 0;
    for (size_t k = from; k < w[i].n; k++) {
        unsigned char c = (unsigned char)w[i].s[k];
        if (!mt_ascii_is_alnum(c) && c != '_' && c != '-' && c != '.')
            return 0;
    }
    word name = { w[i].s + from, w[i].n - from, -1, { 0 }, 0 };
    if (!mt_ascii_is_letter((unsigned char)name.s[0]) || WORD_IS(&name, bad_words))
        return 0;
    if (i + 1 == n)
        return 1;
    /* a separator, the time since ("6 hours ago"), or a date's word
     * written small ("on August 3, 2019") */
    word *next = &w[i + 1];
    return (next->n <= 3 && !mt_ascii_is_alnum((unsigned char)next->s[0])) ||
           mt_ascii_is_digit((unsigned char)next->s[0]) ||
           (mt_ascii_is_lower((unsigned char)next->s[0]) && WORD_IS(next, tail_words));
}

/* Whether a word is all digits: a count ("287 points by ..."). */
static int is_count(const word *w)
{
    for (size_t k = 0; k < w->n; k++)
        if (!mt_ascii_is_digit((unsigned char)w->s[k]))
            return 0;
    return w->n > 0;
}

/* Whether a word after a user's name ends the name's part of a post's
 * line: a mark between parts or the time since the post. "hipstomp / Rain
 * Noe" goes on with another name. */
static int ends_post_name(const word *w)
{
    return mt_ascii_is_digit((unsigned char)w->s[0]) ||
           mt_meta_part_mark_at(w->s, w->s + w->n) == w->n;
}

/* How far into a line the "by" of a posting is looked for. */
#define POSTING_BY_WORDS 6
/* byline_possible's *may_post reads the first five words and a sixth */
_Static_assert(POSTING_BY_WORDS == 6, "byline_possible reads as far as the posting's \"by\"");

size_t mt_author_posting_user(const char *s, size_t len, const char **name)
{
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    for (size_t i = 1; i + 1 < n && i < POSTING_BY_WORDS; i++) {
        if (!ascii_by_word(w[i].s, w[i].n))
            continue;
        /* "Posted by", "Gepostet von"; a count and what it counts */
        int posting = WORD_IS(&w[i - 1], posting_words) || (i == 2 && is_count(&w[0]));
        if (!posting || !is_user_name(w, n, i + 1) || (i + 2 < n && !ends_post_name(&w[i + 2])))
            return 0;
        size_t from = user_prefix(&w[i + 1]);
        *name = w[i + 1].s + from;
        return w[i + 1].n - from;
    }
    return 0;
}

/* Whether a word has no letter or digit in it: a dash, a bullet, a
 * mark. */
static int no_letters(const word *w)
{
    for (size_t k = 0; k < w->n;) {
        size_t m;
        uint32_t c = mt_meta_decode(w->s + k, w->s + w->n, &m);
        if (mt_meta_is_word_char(c))
            return 0;
        k += m ? m : 1;
    }
    return 1;
}

int mt_author_byline_kind(const char *s, size_t len)
{
    int may_post;
    return mt_author_line_kind(s, len, &may_post);
}

int mt_metadata_is_byline(const char *s, size_t len)
{
    return mt_author_byline_kind(s, len) == MT_BYLINE_NAMES;
}

/* Whether the words w[from..n) close a range with "bis": "Von
 * Atemschutzmaske über Exit-Strategie bis Zoonose" runs from one thing to
 * another, "von" there is no by-word. */
static int closes_range(const word *w, size_t n, size_t from)
{
    for (size_t i = from; i < n; i++)
        if (word_is_lower(&w[i], "bis"))
            return 1;
    return 0;
}

int mt_author_line_kind(const char *s, size_t len, int *may_post)
{
    /* bylines are short; a paragraph is read no further */
    *may_post = 1;
    if (len > 120)
        return MT_BYLINE_NONE;
    int possible = byline_possible(s, len, may_post);
    if (!possible && !*may_post)
        return MT_BYLINE_NONE;
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    if (n == 0)
        return MT_BYLINE_NONE;
    /* a post's label may have where or when it was posted before its
     * "by" ("Posted in News by", "Posted on March 3, 2024 by"): after one
     * the "by" is looked for as far as a posting's (the sixth word, which
     * byline_possible reads for that only) */
    int posting = n > 2 && WORD_IS(&w[0], posting_words);
    if (!possible && !posting)
        return MT_BYLINE_NONE;
    size_t reach = posting ? POSTING_BY_WORDS : 5;
    /* (each word is folded and looked up once, for the questions below) */
    int promising = 0;
    for (size_t i = 0; i < n && i < reach && n > 1; i++)
        promising |= colon_at_end(w[i].s, w[i].n) || word_is(&w[i], BY_LISTS);
    /* most short lines are menu entries: without a "by" word or a colon
     * among the first words, or a label alone, they are done with */
    if (!promising && n > 1)
        return MT_BYLINE_NONE;
    char folded[64];
    size_t fn = len < 40 ? mt_meta_fold(s, len, folded, sizeof folded) : 0;
    size_t trail;
    while (fn && (trail = folded[fn - 1] == ' ' ? 1 : colon_at_end(folded, fn)) != 0) {
        fn -= trail;
        folded[fn] = '\0';
    }
    if (fn && IN(folded, fn, label_lines))
        return MT_BYLINE_LABEL;
    /* one word that is no label line names no one */
    if (n == 1)
        return MT_BYLINE_NONE;
    /* up to four label words ("Ein Beitrag von", "Text:", "Blog Beitrag
     * von") before the name, after the dashes or marks a line may open
     * with ("---- by Kenneth Surin") */
    size_t marks = 0;
    while (marks + 1 < n && marks < 2 && no_letters(&w[marks])) {
        /* "© By Jane Doe (Own work)": a picture's credit, as a copyright
         * sign makes one in a name (plausible_chars) */
        if (mt_meta_find_ci(w[marks].s, w[marks].n, "\xc2\xa9"))
            return MT_BYLINE_NONE;
        marks++;
    }
    for (size_t i = marks; i < n && i < marks + (posting ? POSTING_BY_WORDS : 4); i++) {
        int colon = colon_at_end(w[i].s, w[i].n) != 0;
        int label = WORD_IS(&w[i], label_words) || (colon && WORD_IS(&w[i], colon_label_words));
        int by = word_is(&w[i], BY_LISTS);
        colon = colon && label;
        /* the name after the label is capitalised, and a byline is short:
         * "von den insgesamt 27 Schüssen" is a sentence */
        if ((by || colon) && i + 1 < n)
            return (colon || (is_upper_start(w[i + 1].s, w[i + 1].n) &&
                              !(by && closes_range(w, n, i + 2))) ||
                    (by && i > 0 && (posting || WORD_IS(&w[i - 1], posting_words)) &&
                     is_user_name(w, n, i + 1)))
                       ? MT_BYLINE_NAMES
                       : MT_BYLINE_NONE;
        /* "Ein Beitrag von", "Blog Beitrag von", "Alle Artikel von" */
        if (!label && !posting && !WORD_IS(&w[i], bad_words) &&
            !(i == 0 && mt_meta_eq_ci(w[i].s, w[i].n, "blog")))
            break;
    }
    return MT_BYLINE_NONE;
}

int mt_author_editor_line(const char *s, size_t len)
{
    /* most lines begin with an ASCII byte, and no editor label does */
    if (!len || (unsigned char)s[0] < 0x80)
        return 0;
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    return n && WORD_IS(&w[0], editor_labels);
}

/* ================================================================ splitting */

/* What the parts of a byline read so far say of the next: PLACES_NONE,
 * PLACES_SEEN once a name was followed by "in" and a place or the post's
 * categories ("Daniel Dombey in Washington", "Paul Horowitz in iPad"),
 * PLACES_DESK after a desk's credit, which only the agency it wrote for
 * may follow ("Staff Writer, Reuters"; "Special Correspondent, New Delhi"
 * is where it wrote from), PLACES_DONE once no more names follow. */
enum { PLACES_NONE, PLACES_SEEN, PLACES_DESK, PLACES_DONE };

/* Adds s[0..len) to the names unless one of them is the same, folded;
 * 1 when added, -1 on out of memory. */
static int keep_name(mt_arena *a, const char *s, size_t len, mt_names *names)
{
    for (size_t i = 0; i < names->n; i++) {
        const char *o = names->name[i];
        size_t on = strlen(o);
        if (on == len) {
            char x[MT_AUTHOR_MAX_LEN * 2 + 8], y[MT_AUTHOR_MAX_LEN * 2 + 8];
            size_t xn = mt_meta_fold(o, on, x, sizeof x), yn = mt_meta_fold(s, len, y, sizeof y);
            if (xn && xn == yn && memcmp(x, y, xn) == 0)
                return 0;
        }
    }
    if (names->n >= MT_AUTHORS_MAX)
        return 0;
    char *d = mt_arena_strndup(a, s, len);
    if (!d)
        return -1;
    names->name[names->n++] = d;
    return 1;
}

/* The length of a piece of Chinese text without the "reported" that ends
 * it (報導, 報道, 报道), len when none does; 0 when the piece is where or
 * how a story was reported ("台北報導", "即時報導", "综合报道", after the
 * reporter's name and a solidus): a dateline's, no name. After a name the
 * word is the name's end: written apart ("王小明 报道") or onto a name
 * whose label was cut (`labelled`: "记者王小明报道"). */
static size_t without_reported(const char *s, size_t len, int labelled)
{
    static const char *const ends[] = { "報導", "報道", "报道" };
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t k = strlen(ends[i]);
        if (len < k || memcmp(s + len - k, ends[i], k) != 0)
            continue;
        size_t rest = len - k;
        while (rest && s[rest - 1] == ' ')
            rest--;
        return rest < len - k || labelled ? rest : 0;
    }
    return len;
}

/* Whether the words w[0..n) all begin with a capital. */
static int capitalised_before(const word *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_upper_start(w[i].s, w[i].n))
            return 0;
    return 1;
}

static int add_name(mt_arena *a, const char *s, size_t len, mt_names *names, int after_name,
                    int *places)
{
    word w[MAX_WORDS];
    size_t n;
    const char *raw = s;
    size_t raw_len = len;
    trim(&raw, &raw_len);
    /* a name's role ("AP Business Writer") leaves what follows it to an
     * agency, as a desk's credit does ("..., NEW YORK" is a place) */
    if (clean_piece(&s, &len, w, &n, after_name) && *places == PLACES_NONE)
        *places = PLACES_DESK;
    size_t named_len = without_reported(s, len, s > raw);
    if (named_len != len) {
        len = named_len;
        n = split_words(s, len, w);
    }
    /* a person "of" what was cut off after it ("Tari of ClayButtons.com",
     * its address dropped) is the person; "A part of" is no name */
    if (n >= 2 && word_is_lower(&w[n - 1], "of") &&
        capitalised_before(w, n - 1)) {
        len = (size_t)(w[n - 2].s + w[n - 2].n - s);
        n--;
    }
    /* the piece's words, split once, serve the tests of a name; a piece
     * that is only a company's legal form (the last piece of "Example
     * Media, Inc." once the comma has split it off) or a person's degree
     * ("..., PhD") names no one */
    if (!len || !plausible_chars(s, len) || !plausible_words(s, len, w, n) ||
        (n == 1 && (WORD_IS(&w[0], legal_forms) || is_post_nominal(&w[0]))))
        return 0;
    return keep_name(a, s, len, names);
}

/* How many words a list of what was made may take before its "by". */
#define MADE_LIST_MAX 5

/* Where the names after a list of what was made begin ("Photographs and
 * words by Hélène Duval", "Text und Fotos von Anna Muster", "Text and
 * photos: Jane Roe"): within the first words, things a byline credits (a
 * label's word such as "text" or "words", a credit's such as
 * "photographs") with conjunctions between them, then a by-word, or a
 * colon on the list's last thing; 0 for none. */
static size_t made_list_end(word *w, size_t n)
{
    int listed = 0;
    for (size_t i = 0; i + 1 < n && i <= MADE_LIST_MAX; i++) {
        if (i > 0 && WORD_IS(&w[i], by_words))
            return listed ? i + 1 : 0;
        if (WORD_IS(&w[i], and_words))
            listed = 1;
        else if (!WORD_IS(&w[i], label_words) && !WORD_IS(&w[i], credit_words))
            return 0;
        else if (listed && colon_at_end(w[i].s, w[i].n))
            return i + 1;
    }
    return 0;
}

/* Whether every thing listed in w[0..end) is a picture or a film ("Fotos
 * und Video von ..."): a credit, not a byline. */
static int only_credits(word *w, size_t end)
{
    for (size_t i = 0; i < end; i++)
        if (!WORD_IS(&w[i], and_words) && !WORD_IS(&w[i], credit_words) &&
            !(i + 1 == end && WORD_IS(&w[i], by_words)))
            return 0;
    return 1;
}

/* Reads a part of a byline (a piece, or one of its conjoined names) for
 * *places: a part that begins with "in" or "at" ("in Gaming", "at CES in
 * Las Vegas") is the place or categories of the name before it; after a
 * name with its place only another name with a place is a name ("Sarah
 * Laitner in Brussels, Maija Palmer in London"), not the rest of the
 * categories ("Paul Horowitz in iPad, iPhone, Tips & Tricks"). Returns 1
 * when the part ends the names. */
static int ends_names(const char *s, size_t len, int *places)
{
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    int place = 0;
    for (size_t i = 1; i < n && !place; i++)
        place = is_in_after_name(w, n, 0, i);
    if (*places == PLACES_DONE || (n && (word_is_lower(&w[0], "in") || word_is_lower(&w[0], "at"))) ||
        (*places == PLACES_SEEN && !place) ||
        (*places == PLACES_DESK && !mt_author_is_agency(s, len))) {
        *places = PLACES_DONE;
        return 1;
    }
    if (place)
        *places = PLACES_SEEN;
    return 0;
}

/* Whether a word between names joins two of them: one of and_words, but
 * not an initial that is written as one ("Michael E. Bakich", "Ana Y
 * Ruiz"): a conjunction of one letter is written small, and none has a
 * dot. */
static int is_conjunction(word *w)
{
    if (w->s[w->n - 1] == '.' || (w->n == 1 && mt_ascii_is_upper((unsigned char)w->s[0])))
        return 0;
    return WORD_IS(w, and_words);
}

/* The most words written small after a desk's credit's conjunction
 * ("news service reports"): more are a sentence, not a credit. */
#define DESK_CREDIT_WORDS 4

/* The most words of a publication's name before a desk's role
 * ("Guardian staff", "Evening Chronicle staff"). */
#define DESK_NAME_WORDS 3

/* Whether w[from..n) is a desk's credit: a role word ("Staff"), a
 * conjunction, then a few words written small ("Staff and agencies",
 * "Staff and news service reports"). The role is capitalised, or written
 * small after the publication's name, a few capitalised words ("Guardian
 * staff and agencies"). Neither side names a person, and split at the
 * conjunction the credit would name no one. */
static int desk_credit(word *w, size_t n, size_t from)
{
    size_t role = from;
    while (role < n && role - from < DESK_NAME_WORDS && !WORD_IS(&w[role], role_words) &&
           mt_ascii_is_upper((unsigned char)w[role].s[0]))
        role++;
    if (n < role + 3 || n > role + 2 + DESK_CREDIT_WORDS || !WORD_IS(&w[role], role_words) ||
        (role == from && !mt_ascii_is_upper((unsigned char)w[role].s[0])) ||
        !is_conjunction(&w[role + 1]))
        return 0;
    for (size_t i = role + 2; i < n; i++)
        if (!mt_ascii_is_lower((unsigned char)w[i].s[0]))
            return 0;
    return 1;
}

/* The most words of a desk's credit. */
#define DESK_WORDS 4

/* Whether w[from..n) is a desk's credit, the connectors of a date after
 * it left out: one of desk_heads last, each word before it a role or one
 * of desk_qualifiers ("By Our Special Correspondent"). *end gets where its
 * last word ends. */
static int desk_byline(word *w, size_t n, size_t from, const char **end)
{
    while (n > from + 1 && WORD_IS(&w[n - 1], tail_words))
        n--;
    if (n <= from || n - from > DESK_WORDS || !KEY_IN(&w[n - 1], desk_heads))
        return 0;
    for (size_t i = from; i + 1 < n; i++)
        if (!KEY_IN(&w[i], desk_qualifiers) && !WORD_IS(&w[i], role_words))
            return 0;
    *end = w[n - 1].s + w[n - 1].n;
    return 1;
}

int mt_author_desk_only(const char *s, size_t len)
{
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    const char *end;
    return n <= DESK_WORDS && desk_byline(w, n, 0, &end) && end == s + len;
}

/* Keeps a desk's credit, st..end, whole as one name. */
static int keep_credit(mt_arena *a, const char *st, const char *end, mt_names *names)
{
    size_t len = (size_t)(end - st);
    trim(&st, &len);
    return plausible_chars(st, len) ? keep_name(a, st, len, names) : 0;
}

/* Where in w[0..n) Korean reporters' names begin, two or more before
 * their shared title at the end, written with spaces between them
 * ("홍길동 김철수 기자", "정치부 홍길동 김철수 기자"): the names of three
 * syllables (korean_name3) right before the title, an outlet or a desk
 * before them. n when there are not two such names. */
static size_t korean_reporters(const word *w, size_t n)
{
    if (n < 3 || !hangul_title(&w[n - 1]))
        return n;
    size_t first = n - 1;
    while (first > 0 && korean_name3(&w[first - 1]))
        first--;
    return n - 1 - first >= 2 ? first : n;
}

/* Splits a piece at conjunctions between names and adds each part. A
 * piece that ends in a company's legal form, before a year perhaps, is one
 * company ("Guardian News and Media Limited 2008"), whatever conjunctions
 * it holds. `after_name`: the byline gave a name before this piece, so
 * that a role may follow it ("Jane Roe, Sports Editor"). *credit_list:
 * in, the piece goes on with a credit's list for something else than the
 * text ("Photos: Jane Roe, John Smith", "Photo: Jane Roe/AP"), whose names
 * are no authors; out, the piece ended in such a list. */
static int add_conjoined(mt_arena *a, const char *s, size_t len, mt_names *names, int after_name,
                         int *places, int *credit_list)
{
    int listing = *credit_list;
    *credit_list = 0;
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    size_t reporters = korean_reporters(w, n);
    if (reporters < n) {
        int added = 0;
        for (size_t i = reporters; i + 1 < n; i++) {
            int r = add_name(a, w[i].s, w[i].n, names, after_name, places);
            if (r < 0)
                return -1;
            added += r;
        }
        return added;
    }
    size_t last = n;
    while (last > 1 && has_digit(&w[last - 1]))
        last--;
    if (last > 1 && WORD_IS(&w[last - 1], legal_forms))
        return ends_names(s, len, places) ? 0 : add_name(a, s, len, names, after_name, places);
    int added = 0;
    size_t from = 0;
    size_t made = made_list_end(w, n);
    if (made && only_credits(w, made)) {
        *credit_list = 1;
        return 0;
    }
    from = made;
    /* "and Adrian Malloch": the rest of a list cut by a note before it
     * (written small: "I Made Suarjana" is a Balinese name) */
    if (n > 1 && !mt_ascii_is_upper((unsigned char)w[0].s[0]) && WORD_IS(&w[0], and_words) &&
        is_upper_start(w[1].s, w[1].n))
        from = 1;
    /* a credit for something else than the text credits every name it
     * lists ("Photos: Jane Roe and John Smith"), the rest of a list it
     * began before a comma too, up to a label of the text's ("Fotos und
     * Text: Max Muster" lists what was done) */
    int credited = (listing && !made) ||
                   (from + 1 < n && WORD_IS(&w[from], credit_words) && !is_conjunction(&w[from + 1]));
    /* "by" or another label before a desk's credit */
    size_t lead = from;
    while (lead + 1 < n && is_label(&w[lead], 1))
        lead++;
    if (desk_credit(w, n, lead) && !ends_names(s, len, places))
        return keep_credit(a, w[lead].s, w[n - 1].s + w[n - 1].n, names);
    /* a desk's credit first in the byline is kept whole, as the page
     * credits it; after a name it is that name's role ("Jane Roe, Staff
     * Writer") */
    const char *desk_end;
    if (!after_name && desk_byline(w, n, lead, &desk_end) && !ends_names(s, len, places)) {
        *places = PLACES_DESK;
        return keep_credit(a, w[lead].s, desk_end, names);
    }
    /* the first part follows the byline's names before it across a
     * separator; a part after a conjunction is one more name */
    for (size_t i = from; i <= n; i++) {
        if (i < n && !(i > from && i + 1 < n && is_conjunction(&w[i])))
            continue;
        if (i > from) {
            const char *st = w[from].s;
            const char *en = w[i - 1].s + w[i - 1].n;
            if (ends_names(st, (size_t)(en - st), places))
                break;
            credited &= !is_label(&w[from], 1);
            int r = credited ? 0 : add_name(a, st, (size_t)(en - st), names, after_name, places);
            if (r < 0)
                return -1;
            added += r;
        }
        after_name = 0;
        from = i + 1;
    }
    *credit_list = credited;
    return added;
}

/* Separator at s: its length, or 0. */
static size_t separator_at(const char *s, const char *end)
{
    unsigned char c = (unsigned char)*s;
    if (c == ',' || c == ';' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']' ||
        c == '\n')
        return 1;
    /* the full-width solidus of CJK text ("記者林宸誼／台北報導"), and its
     * enumeration comma ("王小明、李四") */
    if (c == 0xEF && end - s >= 3 && (unsigned char)s[1] == 0xBC && (unsigned char)s[2] == 0x8F)
        return 3;
    if (c == 0xE3 && end - s >= 3 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x81)
        return 3;
    if (c == ' ' && end - s >= 3 && s[1] == '-' && s[2] == ' ')
        return 3;
    if (c == 0xE2 && end - s >= 3 && (unsigned char)s[1] == 0x80 &&
        ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
        return 3;                       /* en dash, em dash */
    return mt_meta_part_mark_at(s, end);    /* '|', middle dot, bullet */
}

/* Where a date that starts at buf[start] really starts: at the weekday
 * before it, if one is written there (with a comma perhaps). */
static size_t date_start(const char *buf, size_t start)
{
    size_t i = start;
    while (i && buf[i - 1] == ' ')
        i--;
    if (i && buf[i - 1] == ',')
        i--;
    size_t end = i;
    while (i && ((unsigned char)buf[i - 1] >= 0x80 || mt_ascii_is_letter(buf[i - 1])))
        i--;
    if (i == end || (i && buf[i - 1] != ' ' && buf[i - 1] != '|'))
        return start;
    word w = { buf + i, end - i, -1, { 0 }, 0 };
    if (WORD_IS(&w, weekdays))
        return i;
    if (!WORD_IS(&w, short_weekdays))
        return start;
    /* "Sun" right after a capitalised word ends a paper's name ("Winnipeg
     * Sun, March 3"); after a mark, a connective ("on Sun") or nothing it
     * is the weekday */
    if (word_is_exactly(&w, "sun")) {
        size_t k = i;
        while (k && buf[k - 1] == ' ')
            k--;
        size_t e = k;
        while (k && ((unsigned char)buf[k - 1] >= 0x80 || mt_ascii_is_letter(buf[k - 1])))
            k--;
        word prev = { buf + k, e - k, -1, { 0 }, 0 };
        if (e > k && is_upper_start(prev.s, prev.n) && !WORD_IS(&prev, tail_words))
            return start;
    }
    return i;
}

/* What a date in a byline is blanked out with: a separator (the text is
 * collapsed, no other line break is left in it) that says a date stood
 * there. */
#define DATE_MARK '\n'

/* Whether s[0..n) holds an email address written so that robots do not
 * read it ("jane[at]example.com", "jane(at)example.com"): brackets would
 * otherwise cut it into "names". */
static int email_in_words(const char *s, size_t n)
{
    return mt_meta_find_ci(s, n, "[at]") || mt_meta_find_ci(s, n, "(at)");
}

/* Whether a word is one of the marks such an address is written with
 * when they stand apart ("jane [at] example [dot] com"): `what` is "at"
 * or "dot". */
static int address_mark(const char *w, size_t n, const char *what)
{
    size_t k = strlen(what);
    return n == k + 2 && ((w[0] == '[' && w[n - 1] == ']') || (w[0] == '(' && w[n - 1] == ')')) &&
           mt_meta_eq_ci(w + 1, k, what);
}

/* Blanks out what cannot be part of a name before the byline is cut into
 * pieces: dates (with their times, as DATE_MARKs), and words that are
 * emails or links (whose '/' would otherwise split them into "names"). An
 * address written with its marks apart ("jane [at] example [dot] com")
 * goes whole: the word before "[at]" when written small (a capital one is
 * the name's: "Jane Doe (at) example.com"), the mark, the words after it
 * and their "[dot]"s. */
static void blank_noise(char *buf, size_t len)
{
    mt_date_span found[4];
    size_t n = mt_date_find_all(buf, len, MT_DATE_ORDER_UNKNOWN,
                                MT_DATE_SHORT_YEAR | MT_DATE_ARABIC_DIGITS, found, 4);
    for (size_t k = 0; k < n; k++) {
        size_t st = date_start(buf, found[k].start);
        memset(buf + st, DATE_MARK, found[k].end - st);
    }
    /* most bylines hold no email or link: their words are not asked one
     * by one */
    if (!mt_url_may_be_written(buf, len) && !email_in_words(buf, len))
        return;
    size_t pos = 0, st, tn, prev = 0, prev_n = 0;
    int host = 0, in_address = 0; /* host: the next word is the address's */
    while (mt_meta_next_token(buf, len, &pos, &st, &tn)) {
        char *w = buf + st;
        int mark = address_mark(w, tn, "at");
        if (mark && prev_n && !mt_ascii_is_upper((unsigned char)buf[prev]))
            memset(buf + prev, ' ', prev_n);
        if (host || mark || (in_address && address_mark(w, tn, "dot")) ||
            mt_url_may_be_written(w, tn) || email_in_words(w, tn)) {
            host = mark || address_mark(w, tn, "dot");
            in_address = 1;
            memset(w, ' ', tn);
            prev_n = 0;
            continue;
        }
        in_address = 0;
        prev = st;
        prev_n = tn;
    }
}

/* Whether a piece holds a "by" word or begins with a label: what may
 * bring names after a byline's date. */
static int names_after_label(const char *s, size_t len)
{
    word w[MAX_WORDS];
    size_t n = split_words(s, len, w);
    for (size_t i = 0; i < n; i++)
        if (WORD_IS(&w[i], by_words) || (i == 0 && is_label(&w[0], n > 1)))
            return 1;
    return 0;
}

/* A note in parentheses after a name is this long at most. */
#define ASIDE_MAX 40

/* Whether a note in parentheses, of words w[0..n), says what the names
 * before it share ("both AP", "beide dpa"): what they are, not one more
 * name, even where the names were a photographer's. */
static int shared_note(const word *w, size_t n)
{
    return n >= 2 && (mt_meta_eq_ci(w[0].s, w[0].n, "both") ||
                      mt_meta_eq_ci(w[0].s, w[0].n, "beide"));
}

/* Whether a note's second word says for whom the name before it wrote
 * ("Special to the Post", "Correspondent for Reuters"): a paper the
 * writer works for, no author; a name before "to" ("Jane Roe contributed
 * to this report") is another's. */
static int writes_for_note(const word *w, size_t n)
{
    return n >= 3 && (mt_meta_eq_ci(w[1].s, w[1].n, "to") || mt_meta_eq_ci(w[1].s, w[1].n, "for"));
}

/* The note in parentheses that opens at s (past the '('), NULL when none
 * within ASIDE_MAX; its words in w[0..*pn). */
static const char *aside_close(const char *s, const char *end, char closing, word *w, size_t *pn)
{
    size_t room = (size_t)(end - s) < ASIDE_MAX ? (size_t)(end - s) : ASIDE_MAX;
    const char *close = memchr(s, closing, room);
    *pn = close ? split_words(s, (size_t)(close - s), w) : 0;
    return close;
}

/* Where a note in parentheses after a name ends (s is past the '(', or
 * the '[' of one in square brackets, `closing` its end): past its end; s
 * itself when it is no short note. A note of a word or two says
 * what the person did ("Eleanor Roy (reporting) and Adrian Malloch
 * (photography)"): it names nobody -- unless it names the agency the text
 * came from ("Jane Doe (Reuters)"), which is credited as an author too. A
 * longer note may name others ("(Reporting by Tim Large; Editing by Eric
 * Walsh)"), unless it says whom the writer wrote for or what the names
 * share (writes_for_note, shared_note). */
static const char *after_aside(const char *s, const char *end, char closing)
{
    word w[MAX_WORDS];
    size_t n;
    const char *close = aside_close(s, end, closing, w, &n);
    if (!close)
        return s;
    size_t len = (size_t)(close - s);
    if (closing == ')' && (shared_note(w, n) || writes_for_note(w, n)))
        return close + 1;
    /* in square brackets, which follow no name as well, only a wire is
     * credited: an organisation's word there is a section's or a label's
     * ("[Breaking News]") */
    int credited = closing == ']' ? mt_author_is_agency(s, len) : mt_author_is_org(s, len);
    return n >= 1 && n <= 2 && !credited ? close + 1 : s;
}

/* Whether the '(' at p opens a note of what the names before it share
 * (shared_note): left out even when those names were no authors
 * ("Photos: Jane Roe, John Smith (both AP)"). */
static int opens_shared_note(const char *p, const char *end)
{
    word w[MAX_WORDS];
    size_t n;
    return aside_close(p + 1, end, ')', w, &n) && shared_note(w, n);
}

/* How far a Korean writer's credit before '=' may reach ("취재·글·사진"). */
#define KOREAN_CREDIT_MAX 24

/* Moves *ps past the Korean writer's credit that opens a byline, before
 * '=' ("글·사진=홍길동 기자"): its middle dots would otherwise separate
 * "글" (text) from "사진=홍길동" (pictures, by a name), no author's. */
static void after_korean_credit(const char **ps, const char *end)
{
    const char *s = *ps;
    while (s < end && *s == ' ')
        s++;
    size_t room = (size_t)(end - s) < KOREAN_CREDIT_MAX ? (size_t)(end - s) : KOREAN_CREDIT_MAX;
    const char *eq = memchr(s, '=', room);
    if (eq && (cjk_credits_in(s, (size_t)(eq - s)) & CJK_WRITER))
        *ps = eq + 1;
}

/* Moves [*ps, *pend) inside the square brackets around it when they hold
 * a Korean name and its title ("[홍길동 기자]"), as Korean papers sign:
 * the two words are no short note. */
static void unbracket_titled_name(const char **ps, const char **pend)
{
    const char *s = *ps, *end = *pend;
    while (s < end && *s == ' ')
        s++;
    while (end > s && end[-1] == ' ')
        end--;
    if (end - s > 2 && s[0] == '[' && end[-1] == ']' &&
        mt_author_titled_name(s + 1, (size_t)(end - s - 2))) {
        *ps = s + 1;
        *pend = end - 1;
    }
}

/* Whether s[0..n) is a given name alone, perhaps after its label ("By
 * Richard"): what a nickname in parentheses may follow. */
static int given_name_only(const char *s, size_t n)
{
    word w[MAX_WORDS];
    size_t k = split_words(s, n, w);
    if (k == 2 && (WORD_IS(&w[0], by_words) || is_label(&w[0], 1)))
        w[0] = w[1], k = 1;
    return k == 1 && w[0].n >= 2 && is_upper_start(w[0].s, w[0].n);
}

/* The end of a nickname in parentheses within a name (s[0] is the '('),
 * past the spaces after it; NULL for none. "Richard (R.J.) Eskow", "By
 * Robert (Bob) Lang and Jane Roe": a short note after a given name and
 * before one more capitalised word, the surname, which the byline's end,
 * a separator or a conjunction follows. A note after a whole name ("Jane
 * Doe (Reuters)") is after_aside's. `piece` is where the piece before it
 * begins. */
static const char *nickname_end(const char *piece, const char *s, const char *end)
{
    if (!given_name_only(piece, (size_t)(s - piece)))
        return NULL;
    size_t room = (size_t)(end - s) < ASIDE_MAX ? (size_t)(end - s) : ASIDE_MAX;
    const char *close = memchr(s, ')', room);
    if (!close)
        return NULL;
    const char *after = close + 1, *q;
    while (after < end && *after == ' ')
        after++;
    for (q = after; q < end && *q != ' ' && !separator_at(q, end);)
        q++;
    if (q - after < 2 || !is_upper_start(after, (size_t)(q - after)))
        return NULL;
    while (q < end && *q == ' ')
        q++;
    const char *next = q;
    while (q < end && *q != ' ')
        q++;
    word conj = { next, (size_t)(q - next), -1, { 0 }, 0 };
    return next == end || separator_at(next, end) || (q > next && is_conjunction(&conj))
               ? after : NULL;
}

/* Whether a credit's list for something else than the text goes on
 * across the separator c: a comma lists one more name ("Photos: Jane Roe,
 * John Smith"), a solidus or a note in parentheses the agency the
 * pictures came from ("Photo: Jane Roe/AP", "Photo: Jane Roe (AP)"). */
static int goes_on_list(char c)
{
    return c == ',' || c == '/' || c == '(' || c == ')';
}

int mt_author_split(mt_arena *a, const char *s, size_t len, mt_names *names)
{
    if (len > 1000)
        len = mt_utf8_whole_prefix(s, 1000);
    char buf[1001];
    /* JSON-LD and meta values may carry markup and character references */
    if (memchr(s, '&', len) || memchr(s, '<', len)) {
        size_t n;
        const char *clean = mt_meta_strip_dup(a, s, len, &n);
        if (!clean)
            return -1;
        s = clean;
        len = n;
    }
    memcpy(buf, s, len);
    len = mt_meta_collapse(buf, len);
    blank_noise(buf, len);
    const char *p = buf, *end = buf + len;
    unbracket_titled_name(&p, &end);
    after_korean_credit(&p, end);
    int added = 0, named = 0;     /* named: the last piece gave a name */
    int dated = 0;                /* a date followed a name */
    int places = PLACES_NONE;
    int credit_list = 0;          /* a credit's list goes on (goes_on_list) */
    const char *piece = p;
    while (p <= end) {
        size_t k = p < end ? separator_at(p, end) : 1;
        if (!k) {
            p++;
            continue;
        }
        const char *nick = p < end && *p == '(' ? nickname_end(piece, p, end) : NULL;
        if (nick) {
            /* the nickname is left out, one space kept, the name read
             * whole ("(R.J.)" is two bytes or more: there is room) */
            char *at = buf + (p - buf);
            if (p == buf || p[-1] != ' ')
                *at++ = ' ';
            memmove(at, nick, (size_t)(end - nick));
            end = at + (end - nick);
            p = at;
            continue;
        }
        dated |= added && p < end && *p == DATE_MARK;
        /* after the names and their date a byline goes on with where and
         * for what it was written ("By Gillian Mohney March 11, 2015 3:46
         * PM Good Morning America"), unless a label brings more names
         * ("..., updated by Jane Roe") or a wire is credited ("July 24,
         * 2012 (AP)") */
        if (p > piece && (!dated || names_after_label(piece, (size_t)(p - piece)) ||
                          mt_author_is_agency(piece, (size_t)(p - piece)))) {
            /* only this byline's names before it: `names` may hold
             * another's (JSON-LD's authors are split one by one) */
            int r = add_conjoined(a, piece, (size_t)(p - piece), names, added > 0, &places,
                                  &credit_list);
            if (r < 0)
                return -1;
            added += r;
            named = r > 0;
            credit_list &= p < end && goes_on_list(*p);
        } else if (p > piece) {
            credit_list = 0;
        }
        /* a note in square brackets the same ("by Jane Roe [link]"), and
         * after no name too: a link's ("Posted by admin [Edit]") */
        char aside = 0;
        if (p < end && *p == '[')
            aside = ']';
        else if (p < end && *p == '(' && (named || opens_shared_note(p, end)))
            aside = ')';
        p += k;
        if (aside)
            p = after_aside(p, end, aside);
        piece = p;
    }
    return added;
}
