/* metadata.h -- what a page says about itself: title, authors, dates, site,
 * language, canonical URL, image, categories, tags, license, page type.
 *
 * Sources, strongest first: JSON-LD, OpenGraph/article:, Twitter cards,
 * Dublin Core, <meta name=...> conventions, microdata/RDFa, <time>,
 * <link rel=canonical>, <html lang>, the URL, and the visible page near the
 * title. Each field records where it came from (mt_metadata.source). */
#ifndef MT_METADATA_METADATA_H
#define MT_METADATA_METADATA_H

#include <stdint.h>
#include "maintext.h"
#include "dom/dom.h"

/* Fills `out` from the document. `url` (may be NULL) is the page's address;
 * `now` (seconds since 1970, UTC) bounds plausible dates (0: no bound).
 * Strings and arrays are allocated in `arena` (or borrowed from the
 * document, which must outlive `out`); temporary memory comes from the
 * arena's allocator and is freed before return. Returns MT_OK or
 * MT_ERR_NOMEM (then every field is NULL); a page with no metadata is MT_OK
 * with every field NULL. Relative dates ("3 days ago") are not used: a page
 * read long after it was fetched would get a wrong day. */
mt_status mt_metadata_extract(const mt_document *doc, const char *url, int64_t now,
                              mt_arena *arena, mt_metadata *out);

/* The same for the fields `scope` asks for (maintext.h, mt_metadata_scope):
 * with MT_METADATA_BASIC the page's text is not searched for bylines and
 * dates, and authors, date, date_modified and pagetype stay NULL. */
mt_status mt_metadata_extract_scoped(const mt_document *doc, const char *url, int64_t now,
                                     mt_metadata_scope scope, mt_arena *arena,
                                     mt_metadata *out);

/* mt_metadata_extract_scoped, noting in *stated_body_len (may be NULL) the
 * bytes of the body the page's JSON-LD states for it
 * (mt_metadata_stated_body; 0 for none, and when it fails): more than its
 * characters, for whether reading that body could be worth the work. */
mt_status mt_metadata_extract_noting_body(const mt_document *doc, const char *url, int64_t now,
                                          mt_metadata_scope scope, mt_arena *arena,
                                          mt_metadata *out, size_t *stated_body_len);

/* The page's text as its JSON-LD states it: the articleBody of the item
 * that describes the page (an article or blog post named by the page's
 * address `url` (may be NULL) or its canonical URL, or the one article
 * there with a body), as written: plain text whose line breaks part
 * paragraphs, or markup. A page whose script fills it in may show no text
 * without it. Copied into `arena` (NUL-terminated) in *body, its length
 * in *len; *body is NULL when the page states none. Returns MT_OK or
 * MT_ERR_NOMEM. */
mt_status mt_metadata_stated_body(const mt_document *doc, const char *url, mt_arena *arena,
                                  const char **body, size_t *len);

/* Longest line mt_metadata_is_date_line reads as a date alone. */
#define MT_DATE_LINE_MAX 40

/* 1 when s[0..len) is a date and nothing else, with or without its time
 * ("23.10.2018", "August 9th, 2012, 2:01 PM"): a dateline, which the date
 * field carries. A labelled date ("Posted January 1, 2008") is not one. */
int mt_metadata_is_date_line(const char *s, size_t len);

/* 1 when s[0..len) holds a complete date (day, month and year) anywhere:
 * "Posted at 02:30 PM ET, 08/15/2012". */
int mt_metadata_has_date(const char *s, size_t len);

/* 1 when the first complete date in s[0..len) has its time of day after
 * it ("Jan 09 2008 07:52 PM PST"): a post's time stamp. */
int mt_metadata_has_timed_date(const char *s, size_t len);

/* 1 when s[0..len) (MT_DATE_LINE_MAX bytes at most) is an amount of time
 * ago and nothing else, a few words before it perhaps ("3 months ago",
 * "Last updated 3 months ago", "vor 2 Tagen", "il y a 3 jours"): a widget's
 * time stamp. */
int mt_metadata_is_time_ago_line(const char *s, size_t len);

/* 1 when s[0..len) is a byline that names authors after its label ("By
 * Anna Muster", "Ein Beitrag von ..."): the authors field carries it. */
int mt_metadata_is_byline(const char *s, size_t len);

/* The parts of a title between its separators (bars, spaced dashes, "::",
 * ": ", the bars and dashes of CJK titles; none inside brackets), as the
 * site's name is found: their offsets in start[] and lengths in len[], at
 * most `max` of them. Returns how many: 1 when the title does not split. */
size_t mt_metadata_title_parts(const char *s, size_t len, size_t *start, size_t *part_len,
                               size_t max);

#endif
