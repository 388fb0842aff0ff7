/* pages.h -- the pages of a web archive, record by record: which records
 * are pages, each page's bytes with its HTTP codings undone, the charset
 * its HTTP header declares, and the count of every record by kind.
 *
 * Shared by the command (cli/archive.c, which makes the pages jobs for its
 * threads) and the Python binding (maintext.iter_archive), so that both
 * read an archive the same way. Every record is accounted for: a page, a
 * record passed over (counted by why), or a bad record (told, with where
 * and why). */
#ifndef MT_WARC_PAGES_H
#define MT_WARC_PAGES_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct warc_pages warc_pages;

typedef struct warc_page_counts {
    size_t records;           /* all records read, bad ones too */
    size_t pages;             /* HTML responses and resources, to extract */
    size_t cut_short;         /* ... of them cut short: by the end of the file, or
                                 compressed data that ends early or breaks off */
    size_t not_pages;         /* the other records, passed over: */
    size_t other_types;       /* ... requests, metadata, revisits, warcinfo */
    size_t revisits;          /* ... ... of them revisits: a page whose content an
                                 earlier record has (a crawler's duplicate) */
    size_t not_html;          /* ... responses and resources of other media types */
    size_t not_ok;            /* ... responses whose status is not 2xx */
    size_t bad;               /* records that could not be read or decoded */
} warc_page_counts;

/* What warc_pages_next found. */
typedef enum warc_pages_result {
    WARC_PAGES_END = 0,       /* no more records */
    WARC_PAGES_PAGE = 1,      /* a page */
    WARC_PAGES_BAD = 2        /* a record that could not be read or decoded */
} warc_pages_result;

/* A page, or a bad record. The strings are the reader's: they stay valid
 * until the next warc_pages_next or warc_pages_free. */
typedef struct warc_page {
    uint64_t offset;          /* where the record begins (see warc_record.offset) */
    const char *uri;          /* the target URI; "" when none (or unknown: a bad record
                               * whose header could not be read) */
    const char *id;           /* WARC-Record-ID; "" when none */
    const char *date;         /* WARC-Date, or the ARC date in that form; "" when none */
    /* A page: its bytes, malloc'd, the caller's to free; NULL for a bad record. */
    char *body;
    size_t body_len;
    char charset[48];         /* the HTTP header's charset parameter; "" when none */
    /* What the record says of the page as it was served, for a caller to
     * filter on, when the record has it (a bad record that could not be
     * read has none of them):
     * the HTTP status (2xx for a page); 0 when the record holds no HTTP
     * response (a resource, a response stored without its header) */
    int status;
    /* the Content-Type as served: the HTTP header's value as it stands
     * ("text/html; charset=UTF-8"; trimmed, cut at 127 bytes), or without
     * an HTTP header the record's own; "" when none */
    char content_type[128];
    /* WARC-Payload-Digest as the record gives it ("sha1:..."), unchecked;
     * "" when none (always in ARC files). Valid as the strings are. */
    const char *payload_digest;
    /* A page: NULL, or why it is not whole (the file ended inside it, or
     * its compressed body ended early or broke off).
     * A bad record: why it is bad. Valid as the strings are. */
    const char *why;
    /* A page: its record was cut short, by the file's end or a damaged
     * gzip member, which may have taken records after it: the archive is
     * damaged (a body whose own coding breaks off is not). */
    int damaged;
} warc_page;

/* Starts reading the archive `f` (kept open by the caller, read from its
 * current position). A page is cut at `max_page` bytes (0: 64 MiB) once
 * decoded; a record whose block is longer than that and 64 KiB of header
 * is read through and told as bad, never held. Returns NULL when out of
 * memory. */
warc_pages *warc_pages_new(FILE *f, size_t max_page);

/* The bytes already read from the file, given first: see
 * warc_reader_unread. Returns 0, or -1 when out of memory. */
int warc_pages_unread(warc_pages *p, const unsigned char *head, size_t len);

/* Frees the reader (not the file). NULL is a no-op. */
void warc_pages_free(warc_pages *p);

/* Reads records until the next page or bad record, into *page; the
 * records passed over on the way are counted. Out of memory for a page
 * makes it a bad record. */
warc_pages_result warc_pages_next(warc_pages *p, warc_page *page);

/* What the records read so far were. */
const warc_page_counts *warc_pages_counts(const warc_pages *p);

/* Writes how a record is told in messages, "record at byte N URI: why"
 * (the URI when there is one; both cut to fit a line), into dst. */
void warc_page_tell(char *dst, size_t cap, uint64_t offset, const char *uri, const char *why);
/* The room the longest such message needs: the reader's whole reason, for
 * what it says last (bytes passed over unsearched) is what a user needs. */
#define WARC_PAGE_TELL_MAX 512

#endif
