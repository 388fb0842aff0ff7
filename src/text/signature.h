/* signature.h -- whether a page's bytes are a file of another format.
 *
 * Crawls hold pictures, archives, PDFs and programs served as pages (or
 * with no media type at all). Most of them decode to text full of control
 * characters, which the extractor refuses block by block (text/binary.h);
 * compressed data holds few, and strings kept in a program or a message
 * catalog hold none, so that such a file gave a line of junk, or a
 * program's strings, as its main text. A file of those formats begins
 * with a fixed signature, which no HTML page begins with; a web service's
 * answer in JSON has a shape no page has. Such bytes are not read as a
 * page at all (mt_extract). */
#ifndef MT_TEXT_SIGNATURE_H
#define MT_TEXT_SIGNATURE_H

#include <stddef.h>

/* The media type of the file format whose signature `bytes` (len bytes)
 * begin with ("application/zip", "image/png", ...), or of JSON when they
 * are JSON ("application/json", "application/x-ndjson"), a static string;
 * NULL otherwise (a page, or any text). */
const char *mt_signature_media_type(const char *bytes, size_t len);

#endif
