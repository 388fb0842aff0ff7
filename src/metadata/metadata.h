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
 * `now` (seconds since 1970, UTC) bounds plausible dates. Strings and arrays
 * are allocated in `arena` (or borrowed from the document, which must outlive
 * `out`). Returns MT_OK or MT_ERR_NOMEM; a page with no metadata is MT_OK
 * with every field NULL. */
mt_status mt_metadata_extract(const mt_document *doc, const char *url, int64_t now,
                              mt_arena *arena, mt_metadata *out);

#endif
