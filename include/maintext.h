/*
 * maintext.h -- the one public header of libmaintext.
 *
 * maintext takes web pages and returns what a reader came for: the main text,
 * with its title, author, date and site, without menus, share buttons, related
 * links, cookie banners and footers.
 *
 * This header is the manual. Conventions that hold for every function:
 *
 *  - Ownership. A function that returns memory says who frees it and with
 *    what. Pointers into a document or a result ("borrowed") stay valid until
 *    that document or result is freed or reset, and no longer.
 *  - Strings. All text handed out is UTF-8, given as a pointer and a length.
 *    The text of a result (blocks, comments, the metadata's words) is in
 *    Unicode Normalization Form C, but for CODE blocks, kept as the page
 *    writes them; a span's edge that falls before a combining mark moves
 *    past it, onto the letter's end. URLs (href, src, the metadata's url
 *    and image) are not normalised, only cleaned as browsers clean them:
 *    tabs and line breaks in them dropped, spaces and other control bytes
 *    written %XX, and so are bytes that are no part of valid UTF-8 (an
 *    mt_extract `url` in Latin-1, say); UTF-8 beyond ASCII stands as it
 *    is. Only buffers a function says are NUL-terminated are;
 *    text borrowed from a document tree (names, values, text) may point into
 *    the input and is not, so always use the length.
 *  - Errors. Functions that can fail return an mt_status (0 = MT_OK) or NULL
 *    with the status stored through an `mt_status *` argument that may be NULL.
 *    No function aborts the process, prints, or exits; an allocation failure
 *    is MT_ERR_NOMEM, never a crash. One exception, in a build linked with
 *    the system's uchardet (CMake uses it when it finds it; the pkg-config
 *    file then lists -luchardet): the encoding of a page that declares none
 *    (no byte order mark, transport charset or <meta>), or declares UTF-8
 *    and is not (beyond stray bytes), is guessed, and when its first
 *    256 KiB are neither UTF-8 nor ASCII and could be a CJK multi-byte
 *    encoding, mt_parse(), mt_extract() and mt_extract_declared() ask
 *    uchardet, a C++ library that allocates with operator new: memory
 *    running out there throws std::bad_alloc, which maintext cannot catch.
 *    In a C program that aborts the process (std::terminate); a C++ caller
 *    that catches it must give up the extractor or document in use (its
 *    memory is lost). Without uchardet a check of our own stands in and
 *    the promise holds.
 *  - Threads. There is no global mutable state. Distinct objects may be used
 *    from distinct threads at once; one object must not be used from two
 *    threads at the same time.
 *  - NULL. Passing NULL where an object is expected returns
 *    MT_ERR_INVALID_ARG (or NULL/0 for accessors); passing NULL for an options
 *    pointer means "the defaults".
 */
#ifndef MAINTEXT_H
#define MAINTEXT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(MT_BUILDING_LIBRARY) && defined(__GNUC__)
#define MT_API __attribute__((visibility("default")))
#else
#define MT_API
#endif

/* ======================================================================
 * Version and status
 * ====================================================================== */

#define MT_VERSION_MAJOR 0
#define MT_VERSION_MINOR 1
#define MT_VERSION_PATCH 0

/* The library's version as "MAJOR.MINOR.PATCH". Static storage; never NULL. */
MT_API const char *mt_version(void);

/*
 * Status codes. The numbers are stable and never reused: a code that stops
 * being produced keeps its number.
 */
typedef enum mt_status {
    MT_OK = 0,
    /* An allocation failed (the allocator returned NULL). */
    MT_ERR_NOMEM = 1,
    /* An argument was invalid: a NULL object, an unknown enum value, ... */
    MT_ERR_INVALID_ARG = 2,
    /* The input is larger than mt_parse_options.max_input_size, or than
     * what a tree holds whatever that size says (1 GiB of text once
     * decoded; 2 GiB of input). */
    MT_ERR_INPUT_TOO_LARGE = 3,
    /* An encoding label given by the caller is not one the Encoding
     * Standard knows, e.g. mt_parse_options.transport_charset = "utf-9";
     * or the page's encoding (a CJK one) needs a converter the C library
     * does not have (iconv_open() fails: a C library built without its
     * charset modules). */
    MT_ERR_UNKNOWN_ENCODING = 4,
    /* Extraction found no main content (all boilerplate, or too short). */
    MT_ERR_NO_CONTENT = 5,
    /* An output format number that mt_render() does not know. */
    MT_ERR_UNKNOWN_FORMAT = 6
} mt_status;

/* A short English description of a status code. Static storage; never NULL
 * (an unknown code gives "unknown status"). */
MT_API const char *mt_strerror(mt_status status);

/* ======================================================================
 * Memory
 * ====================================================================== */

/*
 * An optional allocator. When an options struct carries one, every
 * allocation of the object made with those options goes through it, but
 * for those of two system libraries, which use their own (C++'s new, the
 * C library's malloc): uchardet's, when it guesses a page's encoding (see
 * Errors above), and iconv's, when a page in Shift_JIS, EUC-JP,
 * ISO-2022-JP, GBK, gb18030, Big5 or EUC-KR is decoded: the converters
 * iconv_open() makes, closed before the call returns (one that fails for
 * want of memory is MT_ERR_NOMEM, also the second converter a few
 * characters of EUC-JP and Big5 need), and the converter modules the C
 * library loads for them (glibc unloads them again when the converter is
 * closed). `ctx` is
 * passed back unchanged. `realloc` and `free` get the same `ctx`. A NULL
 * allocator pointer means the C library's malloc/realloc/free.
 *
 * `free`'s `size`: for the library's own frees, the size the block was
 * allocated (or last reallocated) with; for a buffer handed to the caller
 * and freed through mt_free() (mt_render()'s and mt_serialize()'s output),
 * 0, as mt_free() is not told it. An allocator that needs sizes keeps its
 * own for those.
 */
typedef struct mt_allocator {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t new_size);
    void (*free)(void *ctx, void *ptr, size_t size);
    void *ctx;
} mt_allocator;

/* Frees a buffer that this library returned with "free with mt_free()"
 * (for instance mt_render()'s output, or mt_serialize()'s). NULL is a no-op.
 * The allocator must be the one the buffer was made with (NULL: default);
 * its `free` gets size 0 (see mt_allocator). */
MT_API void mt_free(const mt_allocator *alloc, void *ptr);

/* ======================================================================
 * Parsing: bytes -> document tree
 * ====================================================================== */

/* Which limits a parse or an extraction hit. A hit limit is never silent
 * and fails nothing: a parse's are recorded in the document
 * (mt_document_limits()), all of them in the result (mt_result.limits); the
 * parse still yields a tree, the extraction a result. */
enum {
    /* Elements nested deeper than max_depth were attached at that depth
     * (their content is kept, flattened). The repair of misnested
     * formatting tags (the adoption agency algorithm) can later move a
     * finished subtree under a new element, so a tree may end a little
     * deeper than max_depth (fuzzing has not seen twice the limit); no
     * maintext traversal recurses, whatever the depth. */
    MT_LIMIT_DEPTH = 1u << 0,
    /* More than max_nodes nodes: later markup was not turned into nodes
     * (its text is still kept, appended to the last text node made). Or
     * the page made more copies of formatting elements than its size
     * allows (an unclosed <b> is reopened in every paragraph after it):
     * 65,536, and one more for every 4 bytes of its text once decoded
     * to UTF-8; later text goes on without that formatting. Or the copies
     * of selected options in <selectedcontent> elements (a customizable
     * <select>) passed 64 KiB and a byte more for every byte of that text
     * (a node counting for its size and its text), or the work of
     * choosing them passed its bound: such a <selectedcontent> keeps the
     * copy it had, and no more are made. */
    MT_LIMIT_NODES = 1u << 1,
    /* An element had more than max_attributes attributes; the rest were
     * dropped. Or the page's repair of misnested formatting tags cloned
     * elements (an unclosed <b> is reopened in every paragraph after it)
     * until the clones held 32 MiB of attributes: the later clones have
     * none. */
    MT_LIMIT_ATTRIBUTES = 1u << 2,
    /* Extraction: the text of a block (a paragraph, a list item, a table's
     * cell or caption...) passed 16 MiB. It was cut there, at a whole
     * character, and the rest of that block's text left out. */
    MT_LIMIT_BLOCK_TEXT = 1u << 3,
    /* Extraction: a data table had more than 1,048,576 rows, or a row more
     * than 1,048,576 cells; those past that were left out of the table. */
    MT_LIMIT_TABLE_CELLS = 1u << 4,
    /* Extraction: the address links and images resolve against was
     * longer than 2,048 bytes, and a link or image with a relative URL
     * was met (MT_INCLUDE_LINKS, MT_INCLUDE_IMAGES): that address was not
     * used, and their URLs are as the page writes them. The address is
     * the page's <base href> made absolute against the `url` given to
     * mt_extract (else the page's canonical URL), or without a <base
     * href> that URL itself. Each URL resolved against it would hold a
     * copy of it: a page of many links under a megabyte-long canonical
     * URL would make gigabytes. */
    MT_LIMIT_BASE_URL = 1u << 5
};

/* What the MT_LIMIT_* bits `limits` (mt_result.limits) left out of a page,
 * in English for telling a user ("a block's text was cut at 16 MiB"; one
 * phrase per limit, "; " between them), into buf: NUL-terminated, cut to
 * fit `cap` bytes (600 hold every limit's), "" for no limit. Unknown bits
 * are passed over. Returns buf; nothing is written when cap is 0. */
MT_API char *mt_strlimits(unsigned limits, char *buf, size_t cap);

typedef struct mt_parse_options {
    /* Allocator for the document; NULL = malloc. mt_parse() keeps the
     * pointer: the struct must stay valid until mt_document_free() (an
     * extractor keeps a copy of it, see mt_extractor_new). */
    const mt_allocator *allocator;
    /* Inputs longer than this fail with MT_ERR_INPUT_TOO_LARGE.
     * Default 64 MiB. 0 = no limit but the tree's own: 1 GiB of text once
     * decoded (its offsets and lengths are 32-bit), 2 GiB of input. */
    size_t max_input_size;
    /* Most nodes a document gets (see MT_LIMIT_NODES). Default 2,000,000;
     * 0 = the default (not "no limit", unlike max_input_size). The few
     * nodes every document has (the document, <html>, <head>, <body>) are
     * made even past a limit that small. */
    uint32_t max_nodes;
    /* Deepest element nesting (see MT_LIMIT_DEPTH). Default 512; 0 = the
     * default; under 8 counts as 8. */
    uint32_t max_depth;
    /* Most attributes kept per element (see MT_LIMIT_ATTRIBUTES). Default
     * 1,024; 0 = the default. */
    uint32_t max_attributes;
    /* The scripting flag of the HTML standard. When 1 (the default), as in
     * a browser with scripts on, <noscript> content is text, which is what
     * a reader sees; pages that leave an element open inside <noscript>
     * would otherwise swallow the whole page into it. 0 parses <noscript>
     * content as markup, and extraction reads it as text of the page (what
     * a browser without scripts shows). */
    int scripting;
    /* The charset the transport declared (e.g. from an HTTP Content-Type
     * header), as a label: "utf-8", "Shift_JIS", "latin1", ... NULL = none.
     * Read during mt_parse() only; an extractor keeps a copy. */
    const char *transport_charset;
} mt_parse_options;

/* Fills `opts` with the documented defaults. */
MT_API void mt_parse_options_default(mt_parse_options *opts);

typedef struct mt_document mt_document;
typedef struct mt_node mt_node;

/*
 * Parses `len` bytes of HTML into a document, following the WHATWG HTML
 * parsing algorithm (tokenizer and tree construction). Never fails on
 * malformed markup: every input gives a tree.
 *
 * The input is copied where it must be transformed (charset decoding,
 * invalid UTF-8, CR LF normalisation) and otherwise BORROWED: the caller
 * must keep `html` alive and unchanged until mt_document_free().
 *
 * Returns a document to free with mt_document_free(), or NULL with *status
 * set to MT_ERR_NOMEM, MT_ERR_INPUT_TOO_LARGE, MT_ERR_UNKNOWN_ENCODING or
 * MT_ERR_INVALID_ARG (html NULL with len > 0). `opts` NULL means defaults.
 */
MT_API mt_document *mt_parse(const char *html, size_t len,
                             const mt_parse_options *opts, mt_status *status);

/* Frees a document and every node and string borrowed from it. NULL is a
 * no-op. */
MT_API void mt_document_free(mt_document *doc);

/* The document node (type MT_NODE_DOCUMENT): the root of the tree. */
MT_API const mt_node *mt_document_root(const mt_document *doc);

/* The MT_LIMIT_* bits of the limits this parse hit; 0 when none. */
MT_API unsigned mt_document_limits(const mt_document *doc);

/* Number of nodes the parse made for the document (the document node
 * included), which max_nodes bounds: the nodes of its tree, and the few it
 * took out again (the earlier copies a <selectedcontent> held, a body
 * that a <frameset> replaced), which stay in its memory. */
MT_API size_t mt_document_node_count(const mt_document *doc);

/* The name of the encoding the input was decoded from, as the Encoding
 * Standard spells it ("UTF-8", "windows-1252", "Shift_JIS", ...). Static
 * storage; NULL for a NULL document. */
MT_API const char *mt_document_encoding(const mt_document *doc);

/* How that encoding was chosen: "bom", "transport" (the caller's
 * transport_charset), "meta" (a <meta> declaration), "detected" (guessed
 * from the bytes, or a declaration overruled by them: a page declared
 * latin1 that is valid UTF-8 is read as UTF-8) or "default" (nothing to go
 * on: windows-1252). Static storage; NULL for a NULL document. */
MT_API const char *mt_document_encoding_source(const mt_document *doc);

/* ======================================================================
 * Document tree: read-only traversal
 * ====================================================================== */

typedef enum mt_node_type {
    MT_NODE_DOCUMENT = 0,
    MT_NODE_DOCTYPE = 1,
    MT_NODE_ELEMENT = 2,
    MT_NODE_TEXT = 3,
    MT_NODE_COMMENT = 4,
    /* The contents of a <template> element: its only child. */
    MT_NODE_FRAGMENT = 5
} mt_node_type;

typedef enum mt_namespace {
    MT_NS_HTML = 0,
    MT_NS_SVG = 1,
    MT_NS_MATHML = 2
} mt_namespace;

/* Tree links. Each returns NULL where there is no such node (and for a
 * NULL node). The returned nodes are borrowed from the document. */
MT_API const mt_node *mt_node_parent(const mt_node *node);
MT_API const mt_node *mt_node_first_child(const mt_node *node);
MT_API const mt_node *mt_node_last_child(const mt_node *node);
MT_API const mt_node *mt_node_next(const mt_node *node);
MT_API const mt_node *mt_node_prev(const mt_node *node);

/*
 * The next node in document order (pre-order) after `node`, staying inside
 * the subtree of `root`: a loop `for (n = root; n; n = mt_node_following(n,
 * root))` visits every node of the subtree once, without recursion.
 */
MT_API const mt_node *mt_node_following(const mt_node *node,
                                        const mt_node *root);

/* A node's type and (elements) namespace. A NULL node gives 0 for both
 * (MT_NODE_DOCUMENT, MT_NS_HTML): test for NULL first. */
MT_API mt_node_type mt_node_get_type(const mt_node *node);
MT_API mt_namespace mt_node_namespace(const mt_node *node);

/* Element: its local name (lowercase for HTML elements; SVG names in their
 * adjusted case, e.g. "foreignObject"). Doctype: its name. Other nodes: "".
 * A NULL node: NULL (and *len 0). Borrowed; `len` may be NULL. */
MT_API const char *mt_node_name(const mt_node *node, size_t *len);

/* Text and comment nodes: their data. Other nodes: "". A NULL node: NULL
 * (and *len 0). Borrowed; `len` may be NULL. */
MT_API const char *mt_node_text(const mt_node *node, size_t *len);

/* Byte offset in the parsed input where the node's markup began (for text,
 * its first character). Offsets refer to the text the parser read: the
 * bytes given to mt_parse() when they are UTF-8 with no carriage return
 * and no ill-formed byte; otherwise the UTF-8 text made of them -- decoded
 * from another encoding, with each CR LF or CR made one LF (as HTML's
 * parser does) and each ill-formed byte made U+FFFD, which shifts the
 * offsets after it. Nodes the parser made up (implied <html>, <body>, ...)
 * carry the offset of the token that caused them. After a byte order
 * mark, offsets count from the first byte past it. */
MT_API size_t mt_node_source_offset(const mt_node *node);

/* Elements: number of attributes, and the i-th one (0-based). For other
 * nodes or i out of range: 0 / nothing written and 0 returned. Names are
 * lowercase, but for SVG's and MathML's, in the case the standard adjusts
 * them to ("viewBox"), and namespaced ones, with their prefix
 * ("xlink:href", "xml:lang", "xmlns:xlink"), as mt_serialize writes them. */
MT_API size_t mt_node_attribute_count(const mt_node *node);
MT_API int mt_node_attribute(const mt_node *node, size_t i,
                             const char **name, size_t *name_len,
                             const char **value, size_t *value_len);

/* The value of the attribute `name` (as mt_node_attribute names it, in any
 * ASCII case: "viewbox" finds viewBox), or NULL when the element has none
 * (or `node` is no element; *len 0 then). Borrowed; `len` may be NULL. */
MT_API const char *mt_node_get_attribute(const mt_node *node, const char *name,
                                         size_t *len);

/*
 * Serializes `node` (a node of `doc`) and its subtree back to HTML with the
 * HTML fragment serialization algorithm (for the document node: the whole
 * document). With
 * `outer` nonzero the node itself is included, else only its children.
 * Returns a NUL-terminated buffer to free with mt_free(alloc, ...) where
 * `alloc` is the document's allocator (NULL for the default), and its length
 * in *len (may be NULL); NULL with *status = MT_ERR_NOMEM on failure, or
 * MT_ERR_INVALID_ARG when `doc` or `node` is NULL. `status` may be NULL.
 */
MT_API char *mt_serialize(const mt_document *doc, const mt_node *node,
                          int outer, size_t *len, mt_status *status);


/* ======================================================================
 * Extraction: page -> main content + metadata
 * ====================================================================== */

/* Where to stand between keeping too much and too little. */
typedef enum mt_focus {
    MT_FOCUS_BALANCED = 0,
    MT_FOCUS_PRECISION = 1,   /* leave out what is doubtful */
    MT_FOCUS_RECALL = 2,      /* keep what is doubtful */
    /* No selection: every block of text a reader sees on the page, menus,
     * footers, teasers and comments too, in the page's order (what
     * Resiliparse gives with main_content=False and trafilatura's
     * html2txt). Only what is never shown is left out: scripts, styles,
     * hidden elements, comments in the markup. mt_result.comments stays
     * empty (the comments are in the blocks). A page with no visible text
     * at all is MT_ERR_NO_CONTENT; min_length and languages apply as
     * usual. The metadata is found as in the other modes but for what is
     * taken from the kept text, which here is the whole page's: the
     * language read from the text (when the page states none, or with
     * mt_options.languages), and the title of a page that declares none
     * taken from the text's first heading (here perhaps a menu's or a
     * banner's) may differ; and as no teaser cards are picked out, the
     * pagetype is never "listing" for a page of them, nor is an author
     * read near a listing's heading dropped for being a card's. */
    MT_FOCUS_WHOLE_PAGE = 3
} mt_focus;

/* Bits of mt_options.include: what the result carries besides plain text. */
enum {
    MT_INCLUDE_TABLES = 1u << 0,      /* tables as MT_BLOCK_TABLE (default on) */
    /* images as MT_BLOCK_IMAGE. One inside running text follows its
     * paragraph; those of a table's cells follow the table, but for an
     * image it shows more than once or draws as an icon (a width or
     * height of 32 pixels or less), up to 4,096 a table */
    MT_INCLUDE_IMAGES = 1u << 1,
    MT_INCLUDE_LINKS = 1u << 2,       /* MT_SPAN_LINK spans with their targets */
    MT_INCLUDE_FORMATTING = 1u << 3,  /* emphasis, strong, code, sub/sup spans */
    MT_INCLUDE_COMMENTS = 1u << 4     /* user comments, in mt_result.comments */
};

/* How much metadata mt_extract looks for (mt_options.metadata). The main
 * text is the same either way: it needs only the title and description. */
typedef enum mt_metadata_scope {
    MT_METADATA_ALL = 0,      /* every field (the default) */
    /* Every field but the two the page's text must be searched for: no
     * byline and no date search, the costliest part of the metadata
     * (about an eighth of mt_extract's time on the dev corpus). authors,
     * date, date_modified and pagetype are left empty; the other fields
     * are as with MT_METADATA_ALL. For output that shows no metadata
     * (plain text, Markdown) or needs no authors and dates. */
    MT_METADATA_BASIC = 1
} mt_metadata_scope;

typedef struct mt_options {
    mt_parse_options parse;
    mt_focus focus;
    unsigned include;       /* MT_INCLUDE_* bits; default MT_INCLUDE_TABLES;
                             * other bits are ignored */
    /* Main text shorter than this many characters (code points of the
     * blocks' text, nothing counted between blocks) counts as none
     * (MT_ERR_NO_CONTENT); the result's meta.language is still the text's
     * when it tells (as languages reads it). Default 0: any text at all. */
    size_t min_length;
    /* "Now" for judging dates, as seconds since 1970 UTC (dates after it
     * are implausible). 0 = the current time. */
    int64_t reference_time;
    /* The languages the main text must be in: ISO 639 codes separated by
     * commas or spaces ("en", "de,fr"; a region after a hyphen, "pt-BR",
     * is ignored; "eng" and "deu" count as "en" and "de", and so on for
     * the three-letter codes of languages with two-letter ones; see
     * mt_languages_include). NULL (the default) or "": any language. With a list,
     * the main text's language is read from the text itself (its function
     * words, or the letters of a script only one language uses), and the
     * language the page states counts only when the text does not tell:
     * meta.language is that language, its source "text" when read. Main
     * text in none of the languages, or in one neither tells, counts as
     * none (MT_ERR_NO_CONTENT). mt_extractor_new copies the list, and
     * fails with MT_ERR_INVALID_ARG when it is no such list (or longer
     * than 255 bytes; mt_languages_valid tells beforehand). */
    const char *languages;
    /* MT_METADATA_ALL (the default) or MT_METADATA_BASIC; another value
     * makes mt_extractor_new fail with MT_ERR_INVALID_ARG. */
    mt_metadata_scope metadata;
} mt_options;

/* Fills `opts` with the documented defaults. */
MT_API void mt_options_default(mt_options *opts);

/* Whether the language tag `tag` ("de-AT"; NULL: none) names one of the
 * languages of `list` as mt_options.languages compares them: by primary
 * code, in any case, a three-letter code of a language that has a
 * two-letter one ("deu", "ger") as that one ("de"), Norwegian's "nb" and
 * "nn" as "no". 0 for a NULL or empty list. Nothing is allocated. */
MT_API int mt_languages_include(const char *list, const char *tag);

/* Whether mt_extractor_new takes `list` as mt_options.languages: 1 for
 * NULL, "" and a list of ISO 639 codes (two letters that ISO 639-1
 * assigns, withdrawn ones such as "iw" included, or three letters; each
 * with optional subtags of 1-8 letters or digits after hyphens) separated
 * by commas or spaces, of at most 255 bytes; 0 otherwise ("zz"). For checking a
 * user's list where it is given, before any page is read. Nothing is
 * allocated. */
MT_API int mt_languages_valid(const char *list);

typedef enum mt_block_type {
    MT_BLOCK_PARAGRAPH = 0,
    MT_BLOCK_HEADING = 1,     /* level: 1..6 */
    MT_BLOCK_LIST_ITEM = 2,   /* level: nesting depth from 1; ordered, number */
    MT_BLOCK_QUOTE = 3,       /* level: quote nesting depth from 1 */
    MT_BLOCK_CODE = 4,        /* preformatted text; language when the page names it */
    MT_BLOCK_TABLE = 5,       /* rows and cells */
    MT_BLOCK_CAPTION = 6,     /* caption of a figure or table */
    MT_BLOCK_IMAGE = 7,       /* src, alt */
    MT_BLOCK_BREAK = 8        /* a thematic break (<hr>) between blocks */
} mt_block_type;

typedef enum mt_span_type {
    MT_SPAN_LINK = 0,         /* href */
    MT_SPAN_EMPHASIS = 1,
    MT_SPAN_STRONG = 2,
    MT_SPAN_CODE = 3,
    MT_SPAN_SUBSCRIPT = 4,
    MT_SPAN_SUPERSCRIPT = 5,
    MT_SPAN_STRIKE = 6
} mt_span_type;

/* Inline markup over a block's text: bytes [start, end) of the text. Spans
 * come sorted by start (an enclosing span before the spans inside it) and
 * nest properly; they never partly overlap. */
typedef struct mt_span {
    mt_span_type type;
    uint32_t start, end;
    const char *href;         /* LINK: absolute when a base URL was known */
    size_t href_len;
} mt_span;

/* A list item inside a table cell. A cell's text is lines, one for each
 * item (a line break inside an item makes more); this says which lines
 * begin items, and how the page marks them. */
typedef struct mt_cell_item {
    uint32_t start;           /* byte of the cell's text where its line begins */
    int level;                /* 1 in a list of the cell, 2 in a list in its item, ... */
    int ordered;
    int number;               /* ordered: its number */
    char numbering;           /* ordered: as mt_block.numbering */
    /* Byte where the item ends: its text, with its nested lists', is
     * [start, end); text after it up to the next item's start is more of
     * an item around it, or the cell's own after its list. 0 when not
     * known (a cell built by hand): the item then runs to the next item's
     * start. */
    uint32_t end;
} mt_cell_item;

typedef struct mt_cell {
    const char *text;         /* line breaks inside a cell are "\n" */
    size_t text_len;
    const mt_span *spans;
    size_t nspans;
    uint32_t colspan, rowspan;   /* 1 when not spanning */
    int header;               /* a <th> or a cell of a header row */
    /* The list items in the cell, in the order of their `start`s, each
     * its own. Markdown and plain text, whose cells hold no lists, write
     * each item's marker before its line: "• " ("◦ " in a nested
     * list), "3. " or "c. " as the list numbers it; plain text joins the
     * lines with spaces, so the markers part the items. JSON gives them as
     * the cell's "items"; HTML, XML and TEI write lists in the cell. An
     * item that begins with a nested list has its line taken by that
     * list's first item; its first text of its own after the list, where
     * it has some, is a line of its own with the item's marker, its `end`
     * the item's. */
    const mt_cell_item *items;
    size_t nitems;
} mt_cell;

typedef struct mt_row {
    const mt_cell *cells;
    size_t ncells;
} mt_row;

typedef struct mt_block {
    mt_block_type type;
    int level;
    int ordered;              /* LIST_ITEM of an ordered list */
    int number;               /* LIST_ITEM of an ordered list: its number */
    /* The text. "\n" where the page has a line break (<br>) inside it. A
     * TABLE's text is its cells, tab-separated, one row per line. IMAGE:
     * the alt text. Always NUL-terminated. */
    const char *text;
    size_t text_len;
    const mt_span *spans;     /* only with MT_INCLUDE_LINKS / _FORMATTING */
    size_t nspans;
    const mt_row *rows;       /* TABLE */
    size_t nrows;
    const char *src;          /* IMAGE: absolute when a base URL was known */
    const char *language;     /* CODE: e.g. "python", or NULL */
    /* A block that belongs to a list item without being its first text (a
     * code block, table or quote in the item, a paragraph after them or
     * after a nested list): the level of that item. 0 for LIST_ITEM blocks
     * and blocks outside lists. */
    int item_level;
    /* The quotations around a block that its own type does not tell: for
     * a block inside a <blockquote> that is not a QUOTE block (a list item,
     * code, a table, a heading, an image), how many quotes enclose it; for
     * any block in a list, how many enclose the outermost list (a QUOTE
     * block's level counts all of its quotes, these included). 0 outside
     * quotes. A QUOTE block that is not in a list has 0: its level says. */
    int quote_level;
    /* LIST_ITEM: which list of the page the item is in. The page's lists
     * are numbered from 1 in the order they begin, so the items of one
     * <ul> or <ol> share the number, and two lists side by side have
     * two even when the second's numbers follow on the first's. A list
     * counting down, or an item whose value skips, is still one list.
     * 0 for other blocks, and "not known" in a result built by hand: the
     * renderers then take an ordered item whose number does not follow
     * the one before for the first of another list. */
    uint32_t list;
    /* LIST_ITEM of an ordered list: how the page writes its numbers, in
     * the letters of HTML's type attribute (of the <li>, else its <ol>):
     * 'a' and 'A' (letters: a, b, ... z, aa, ...), 'i' and 'I' (Roman
     * numerals), or 0 for digits. `number` counts either way (3 for
     * "c"). HTML keeps it as type on the <ol>, JSON as "numbering", XML
     * and TEI write each item's n in it ("c", "iii"); Markdown, which
     * has only digits, and plain text, which has no markers, do not show
     * it. */
    char numbering;
} mt_block;

/* Metadata fields, for mt_metadata.source[]. */
typedef enum mt_meta_field {
    MT_META_TITLE, MT_META_AUTHORS, MT_META_DATE, MT_META_DATE_MODIFIED,
    MT_META_SITENAME, MT_META_DESCRIPTION, MT_META_LANGUAGE, MT_META_URL,
    MT_META_IMAGE, MT_META_CATEGORIES, MT_META_TAGS, MT_META_LICENSE,
    MT_META_PAGETYPE,
    MT_META_FIELD_COUNT
} mt_meta_field;

/* What the page says about itself. Every string is NUL-terminated UTF-8 or
 * NULL when the page gives nothing usable. */
typedef struct mt_metadata {
    const char *title;        /* the article's own title, without " | Site" */
    const char *const *authors;   /* names only: no "By", emails, roles */
    size_t nauthors;
    const char *date;         /* publication, ISO 8601 ("2016-11-20" or with time) */
    const char *date_modified;
    const char *sitename;
    const char *description;
    const char *language;     /* BCP 47 tag, e.g. "en", "pt-BR" */
    const char *url;          /* canonical URL */
    const char *image;        /* main image URL */
    const char *const *categories;
    size_t ncategories;
    const char *const *tags;
    size_t ntags;
    const char *license;
    /* "article", "blogpost", "product", "video", "forum", "listing",
     * "other" */
    const char *pagetype;
    /* Where each field came from, e.g. "json-ld", "meta:og:title", "h1",
     * "url", "byline"; NULL for fields left empty. Indexed by mt_meta_field. */
    const char *source[MT_META_FIELD_COUNT];
} mt_metadata;

typedef struct mt_result {
    mt_metadata meta;
    const mt_block *blocks;   /* the main content, in reading order */
    size_t nblocks;
    const mt_block *comments; /* user comments (MT_INCLUDE_COMMENTS) */
    size_t ncomments;
    const char *encoding;     /* the encoding the page was decoded from */
    const char *encoding_source;  /* "bom", "transport", "meta", "detected", "default" */
    unsigned limits;          /* MT_LIMIT_* bits the parse or extraction hit */
    /* Which reading of the page the blocks come from (see mt_extract):
     * "page" (its markup as a browser with scripts shows it), "noscript"
     * (as one without scripts shows it), "mended" (its markup with an
     * element that swallowed the rest closed), "json-ld" (the article body
     * its JSON-LD states); NULL when there are no blocks. */
    const char *text_source;
    /* When the bytes are no page but a file of another format -- they begin
     * with its signature: a picture, sound or video, a font, an archive or
     * compressed data, a PDF or PostScript document, a program, a database
     * or an Office file of the old kind, for example; or JSON, a web
     * service's answer, known by its shape -- its media type ("image/png",
     * "application/zip", "application/json", ...; a static string). Such
     * bytes are not read: the result is MT_ERR_NO_CONTENT with no metadata
     * but meta.url, the `url` given to mt_extract cleaned as a page's is
     * (NULL when none or blank), and no comments, encoding or limits. NULL
     * for a page. The JSON and XML renderings name it (not_a_page). */
    const char *not_a_page;
} mt_result;

typedef struct mt_extractor mt_extractor;

/*
 * Makes an extractor: the reusable state for extracting page after page
 * (between pages it keeps the largest block of memory a page has taken,
 * about half the largest page's size: twice over once a page has been read
 * a second time -- see mt_extract; from its second page on, 257 KB more
 * for what class names said on the pages before, which makes a batch
 * faster and never changes a page's result). `opts` NULL = defaults; the
 * options are copied, the languages list, the transport_charset label and
 * the mt_allocator struct with them: they may be freed when this returns
 * (the allocator's `ctx` must stay valid while the extractor lives).
 * Returns NULL with *status = MT_ERR_NOMEM, or MT_ERR_INVALID_ARG for a
 * focus or metadata scope that is none of the enum's, or a languages list
 * mt_languages_valid() refuses. An unknown transport_charset is reported
 * by each extraction (MT_ERR_UNKNOWN_ENCODING).
 * One extractor serves one thread at a time; use one per thread.
 */
MT_API mt_extractor *mt_extractor_new(const mt_options *opts, mt_status *status);

/* Frees the extractor and its last result. NULL is a no-op. */
MT_API void mt_extractor_free(mt_extractor *ex);

/*
 * Extracts the main content and metadata of one page. `html` is the page's
 * bytes as served (any charset); `url` is its address or NULL (used to
 * resolve links and images -- without it, the page's canonical URL; an
 * address over 2,048 bytes is not used, MT_LIMIT_BASE_URL -- and as a
 * metadata source). On MT_OK or MT_ERR_NO_CONTENT,
 * *result points to a result owned by the extractor, valid until the next
 * mt_extract() or mt_extractor_free() on it (with MT_ERR_NO_CONTENT it has
 * metadata, and the comments when they were asked for, but no blocks;
 * bytes that are a file of another format are not read at all, see
 * mt_result.not_a_page). A page whose <noscript>s hold markup with text
 * (a page built by scripts, with its article there for readers without
 * them) is read a second time with scripting off when nothing else is
 * found or they hold more text than the page shows; that reading is the
 * result when it keeps more text. So is a second reading of a page in which
 * nothing was found because an element read as raw text swallowed its
 * markup (a <title> or <iframe> that lost its end tag): the element is
 * closed where the markup begins. A page that kept no text, or less than a
 * quarter of the body its JSON-LD states for it (the articleBody of the
 * article that is the page: a page a script fills in shows little else),
 * is read from that body, with the page's own metadata, unless the focus
 * is MT_FOCUS_WHOLE_PAGE. Declarative shadow roots (<template
 * shadowrootmode>) are read as browsers show them: the contents in the
 * host, its children in their slots. Other errors: MT_ERR_NOMEM,
 * MT_ERR_INPUT_TOO_LARGE, MT_ERR_INVALID_ARG, MT_ERR_UNKNOWN_ENCODING (the
 * options' transport_charset is not a label the Encoding Standard knows);
 * *result is then NULL.
 * The input is not kept: it may be freed as soon as this returns.
 */
MT_API mt_status mt_extract(mt_extractor *ex, const char *html, size_t len,
                            const char *url, const mt_result **result);

/*
 * mt_extract for a page whose transport declared its charset: `charset` is
 * the label (the charset parameter of the HTTP Content-Type header a WARC
 * record holds, e.g. "windows-1251"), used for this page in place of the
 * options' transport_charset; NULL = the options'. Pages come with labels
 * the Encoding Standard does not know: such a label is passed over, as
 * browsers pass it over, and the page is read as if this call declared
 * none, that is as mt_extract() reads it: with the options'
 * transport_charset when it is set, else sniffed (byte order mark, <meta>,
 * the bytes). `charset` never gives MT_ERR_UNKNOWN_ENCODING; an unknown
 * label in the options' transport_charset does, as with mt_extract().
 * Otherwise as mt_extract: the result belongs to the extractor, valid
 * until its next extraction.
 */
MT_API mt_status mt_extract_declared(mt_extractor *ex, const char *html, size_t len,
                                     const char *url, const char *charset,
                                     const mt_result **result);

/* ======================================================================
 * Rendering a result
 * ====================================================================== */

typedef enum mt_format {
    MT_FORMAT_TEXT = 0,       /* one block per line, blank line between paragraphs */
    MT_FORMAT_MARKDOWN = 1,
    /* A whole document: <html lang> (with dir="rtl" for a language written
     * right to left); in the head <meta charset="utf-8">, <title>,
     * <meta name content> for author, date and description, and
     * <link rel="canonical" href>; in the body structural tags only, with
     * no attributes but href (links), src and alt (images), start on an
     * ordered list that does not begin at 1, type on one numbered with
     * letters or Roman numerals (mt_block.numbering) and on an item
     * numbered otherwise than its list, value on an item whose number
     * does not follow, class="language-X" on the code of a block whose
     * language the page named, and colspan and rowspan on table cells. */
    MT_FORMAT_HTML = 2,
    MT_FORMAT_JSON = 3,       /* one object: metadata fields and "text" */
    MT_FORMAT_XML = 4,
    MT_FORMAT_TEI = 5,        /* a TEI P5 document: metadata in the teiHeader */
    /* CSV (RFC 4180, UTF-8 without a byte order mark): a header row, then
     * the document's row, each ended by CR LF. The columns are JSON's
     * members in JSON's order, those with one value but not_a_page (a row
     * of bytes that are not a page is all but empty): title, author (the
     * authors joined with "; "), date, date_modified, sitename,
     * description, language, url, image, categories, tags (each joined
     * with "; "), license, pagetype, text (exactly JSON's "text": the
     * plain text with its line breaks, LF), comments, encoding, fingerprint
     * (mt_result_fingerprint() as 16 hexadecimal digits). A missing
     * value is an empty field. A field is quoted ("...") when it holds a
     * comma, a quote, CR or LF, a quote inside doubled; other fields are
     * bare. MT_RENDER_BLOCKS and MT_RENDER_EXPLAIN do not apply. */
    MT_FORMAT_CSV = 6
} mt_format;

/* Bits of mt_render()'s `flags`. */
enum {
    MT_RENDER_BLOCKS = 1u << 0,   /* JSON: also the typed blocks (XML, TEI always have them) */
    MT_RENDER_EXPLAIN = 1u << 1,  /* JSON/XML: where each metadata field came from */
    MT_RENDER_COMPACT = 1u << 2,  /* JSON: on one line (for JSON Lines) */
    /* CSV: the document's row alone, without the header row: for many
     * documents under one header (mt_render_csv_header()). */
    MT_RENDER_NO_HEADER = 1u << 3,
    /* TEXT, MARKDOWN: the metadata first, as YAML front matter: a line
     * "---"; a line "name: value" for each of JSON's metadata members that
     * has a value, with JSON's names in JSON's order (title, authors,
     * author, date, date_modified, sitename, description, language, url,
     * image, categories, tags, license, pagetype); a line "---"; then a
     * blank line and the text, when there is text. Every string is a
     * YAML double-quoted scalar (control characters, the C1 controls,
     * U+2028, U+2029, U+FFFE and U+FFFF escaped), lists are in brackets
     * ("tags: [\"a\", \"b\"]"). The other formats ignore it: they carry
     * the metadata already. */
    MT_RENDER_METADATA = 1u << 4
};

/* Looks up a format by name ("txt"/"text", "markdown"/"md", "html", "json",
 * "xml", "tei"/"xmltei" (trafilatura's name), "csv", in any case); returns
 * 0 and sets *fmt, or -1 for an unknown name. */
MT_API int mt_format_from_name(const char *name, mt_format *fmt);

/*
 * Renders `result` in `fmt`. Returns a NUL-terminated buffer to free with
 * mt_free(alloc, ...), its length in *len (may be NULL), or NULL with
 * *status = MT_ERR_NOMEM (also when the output would pass 1 GiB),
 * MT_ERR_UNKNOWN_FORMAT or MT_ERR_INVALID_ARG (`result` NULL). `alloc`
 * NULL = malloc. The same content appears in every format; only the dress
 * differs. The output is always valid UTF-8 (ill-formed bytes become
 * U+FFFD), JSON always valid, XML and TEI always well-formed and CSV
 * always a table of the same columns in every row. `flags`: MT_RENDER_*
 * bits; other bits are ignored. It only reads `result`, so several threads
 * may render one result at once.
 */
MT_API char *mt_render(const mt_result *result, mt_format fmt, unsigned flags,
                       const mt_allocator *alloc, size_t *len, mt_status *status);

/*
 * A 64-bit fingerprint of the main text (`result`'s blocks; not the
 * comments or the metadata) for finding near-duplicate pages: a SimHash of
 * its three-word shingles, words compared without punctuation and white
 * space, and without case in the Latin (with Latin-1 and the extended
 * letters of European languages, pinyin and Vietnamese), Greek, Cyrillic and
 * Armenian alphabets ("Plan" is "plan", "Über" is "über", "ΟΔΟΣ" is
 * "οδος"). Two pages whose texts differ in a few words (a date line, a
 * corrected typo) get fingerprints that differ in a few of the 64 bits;
 * unrelated texts in about 32. Count the bits of a ^ b: a distance of 3
 * or less is the usual test for "near-duplicate". Returns 0 for a result
 * without words (or NULL). Allocates nothing; only reads `result`. The
 * JSON, XML and CSV renderings give it as 16 hexadecimal digits.
 */
MT_API uint64_t mt_result_fingerprint(const mt_result *result);

/* The header row of MT_FORMAT_CSV, with its CR LF: the column names, in
 * the order of the fields of every row mt_render() gives. A table of many
 * documents is this header followed by each document's row rendered with
 * MT_RENDER_NO_HEADER. Static storage, NUL-terminated; never NULL. */
MT_API const char *mt_render_csv_header(void);

#ifdef __cplusplus
}
#endif

#endif /* MAINTEXT_H */
