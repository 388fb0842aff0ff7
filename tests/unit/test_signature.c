/* test_signature.c -- bytes that are a file of another format
 * (src/text/signature.c, mt_result.not_a_page): a ZIP archive holding a
 * page uncompressed, a PDF whose text stands in the clear and a program
 * with its messages gave that text as main content; they give none now,
 * and say what they are. Pages and text that begin like a signature, but
 * are not one, are read as before. */
#include <stdlib.h>
#include "harness.h"
#include "extract_page.h"
#include "text/signature.h"

/* What mt_extract gives for len bytes: its status, *not_a_page (the
 * result's) and the number of blocks. */
static mt_status extract_bytes(mt_extractor *ex, const char *bytes, size_t len,
                               const char **not_a_page, size_t *nblocks)
{
    const mt_result *r = NULL;
    mt_status st = mt_extract(ex, bytes, len, NULL, &r);
    *not_a_page = r ? r->not_a_page : "(no result)";
    *nblocks = r ? r->nblocks : 0;
    return st;
}

/* That a fresh extractor takes len bytes for a file of `type`: no
 * content, and the result says which format. */
static void check_not_a_page(const char *bytes, size_t len, const char *type)
{
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    CHECK(ex != NULL);
    const char *said;
    size_t nblocks;
    CHECK_INT(extract_bytes(ex, bytes, len, &said, &nblocks), MT_ERR_NO_CONTENT);
    CHECK_STR(said, type);
    CHECK_INT(nblocks, 0);
    mt_extractor_free(ex);
}

static const char article[] =
    "<html><head><title>Flood</title></head><body><article><h1>The river rose</h1>"
    STORY_OPENING "</article></body></html>";

/* A ZIP archive of one page stored as it is (no compression): a local
 * file header, the name, the page. */
static size_t zip_of_page(char *out, size_t cap)
{
    static const char header[] = "PK\3\4\x0A\0\0\0\0\0\x3B\x6A\x87\x59\0\0\0\0";
    static const char name[] = "flood.html";
    size_t n = sizeof header - 1;
    memcpy(out, header, n);
    uint32_t size = sizeof article - 1;
    for (int i = 0; i < 2; i++)     /* the compressed and the real size */
        for (int k = 0; k < 4; k++)
            out[n++] = (char)(size >> (8 * k));
    out[n++] = (char)(sizeof name - 1);
    out[n++] = 0;
    out[n++] = 0;                   /* no extra field */
    out[n++] = 0;
    memcpy(out + n, name, sizeof name - 1);
    n += sizeof name - 1;
    if (n + size > cap)
        return 0;
    memcpy(out + n, article, size);
    return n + size;
}

static void test_zip_holding_a_page(void)
{
    char zip[2048];
    size_t len = zip_of_page(zip, sizeof zip);
    CHECK(len > sizeof article);
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    CHECK(ex != NULL);
    const char *type;
    size_t nblocks;
    CHECK_INT(extract_bytes(ex, zip, len, &type, &nblocks), MT_ERR_NO_CONTENT);
    CHECK_STR(type, "application/zip");
    CHECK_INT(nblocks, 0);
    /* the page itself, next, is read (nothing of the archive stays) */
    CHECK_INT(extract_bytes(ex, article, sizeof article - 1, &type, &nblocks), MT_OK);
    CHECK(type == NULL);
    CHECK(nblocks >= 3);
    /* a charset declared for the archive changes nothing */
    const mt_result *r = NULL;
    CHECK_INT(mt_extract_declared(ex, zip, len, NULL, "utf-8", &r), MT_ERR_NO_CONTENT);
    CHECK(r && r->not_a_page && strcmp(r->not_a_page, "application/zip") == 0);
    CHECK(r && r->meta.title == NULL && r->encoding == NULL);
    /* the address given is kept, for the file's record in a batch */
    CHECK_INT(mt_extract(ex, zip, len, "https://example.org/flood.zip", &r), MT_ERR_NO_CONTENT);
    CHECK(r && r->meta.url && strcmp(r->meta.url, "https://example.org/flood.zip") == 0);
    mt_extractor_free(ex);
    /* cleaned as a page's is, also by an extractor that has read nothing */
    ex = mt_extractor_new(NULL, NULL);
    CHECK_INT(mt_extract(ex, zip, len, " https://example.org/flood map.zip", &r),
              MT_ERR_NO_CONTENT);
    CHECK(r && r->meta.url && strcmp(r->meta.url, "https://example.org/flood%20map.zip") == 0);
    mt_extractor_free(ex);
}

/* A PDF whose page content is not compressed: its text operators hold the
 * story's sentences in the clear. */
static void test_pdf_with_text_in_the_clear(void)
{
    static const char pdf[] =
        "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "4 0 obj\n<< /Length 412 >>\nstream\nBT /F1 12 Tf 72 712 Td\n"
        "(The river rose all night, and by morning the lower streets were under water, the "
        "shops closed, the buses stopped, and the bridge was shut.) Tj\n0 -14 Td\n"
        "(Residents, who had been warned on Tuesday, moved cars, furniture and animals to "
        "higher ground; some stayed, others left for relatives inland.) Tj\nET\nendstream\n"
        "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    check_not_a_page(pdf, sizeof pdf - 1, "application/pdf");
}

/* A program: an ELF header, then its strings, with no control characters
 * between them but NULs. */
static void test_program_with_messages(void)
{
    static const char elf[] =
        "\x7F" "ELF\2\1\1\0\0\0\0\0\0\0\0\0\3\0\x3E\0\1\0\0\0"
        "Usage: floodgauge [OPTIONS] STATION... reads the river level at each station and "
        "prints it with the time of the reading.\0"
        "The gauge could not be reached: the station may be closed for maintenance, or the "
        "line may be down; the reading is retried every ten minutes until it answers.\0"
        "Warning: the level rose faster than the alarm threshold allows, and the council "
        "has been told by the automatic message that the pumps should run all night.\0";
    check_not_a_page(elf, sizeof elf - 1, "application/x-executable");
}

/* The first 16 bytes of files of each kind (those marked "here" are of
 * files on a Debian system or made by its tools; the others as their
 * formats' specifications write them), and what they are taken for. */
static const struct {
    const char head[17];    /* (16 bytes and the literal's NUL) */
    const char *type;
} real_heads[] = {
    { "\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", "image/png" },                  /* here */
    { "\xFF\xD8\xFF\xDB\0\x43\0\1\1\1\1\1\1\1\1\1", "image/jpeg" },      /* here */
    { "GIF89a\x80\x02\xA5\x01\xF7\x02\x31\0\0\0", "image/gif" },           /* here */
    { "RIFF\xA8\1\0\0WEBPVP8X", "image/webp" },                              /* here */
    { "\0\0\1\0\4\0\x10\x10\0\0\1\0 \0\x68\4", "image/x-icon" },            /* here */
    { "II*\0\x08\4\0\0\0\0\0\0\0\0\0\0", "image/tiff" },                    /* here */
    { "\0\0\0\x1C" "ftypavif\0\0\0\0", "image/avif" },
    { "ID3\4\0\0\0\0\0\x16TSSE\0\0", "audio/mpeg" },                         /* here */
    { "OggS\0\2\0\0\0\0\0\0\0\0\x4F\x3E", "application/ogg" },
    { "MThd\0\0\0\6\0\1\0\2\1\xE0MT", "audio/midi" },
    { "fLaC\0\0\0\x22\x10\0\x10\0\0\0\x0E\0", "audio/flac" },
    { "FORM\0\0\0\x64" "AIFFCOMT", "audio/aiff" },                          /* here */
    { "RIFF.\0\0\0WAVEfmt ", "audio/wave" },                                 /* here */
    { "RIFF\xF8\x7F\0\0" "AVI LIST", "video/avi" },
    { "\0\0\0\x20" "ftypisom\0\0\2\0", "video/mp4" },
    { "\0\0\0\x18" "ftypheic\0\0\0\0", "image/heic" },
    { "\0\0\0\x18" "ftypmif1\0\0\0\0", "image/heif" },
    { "\0\0\0\x20" "ftypM4A \0\0\0\0", "audio/mp4" },
    { "\0\0\0\x14" "ftypqt  \0\0\2\0", "video/quicktime" },
    { "\0\0\0\x1C" "ftypM4V \0\0\0\1", "video/mp4" },     /* a brand not named */
    { "\x1A\x45\xDF\xA3\x9F\x42\x86\x81\1\x42\xF7\x81\1\x42\xF2\x81", "video/webm" },
    { "\0\1\0\0\0\x10\1\0\0\4\0\0FFTM", "font/ttf" },                      /* here */
    { "OTTO\0\x0C\0\x80\0\3\0\x40" "CFF ", "font/otf" },
    { "wOFF\0\1\0\0\0\0\x9E\xD0\0\x11\0\0", "font/woff" },
    { "ttcf\0\1\0\0\0\0\0\2\0\0\0\x14", "font/collection" },
    { "wOF2\0\1\0\0\0\0\x9E\xD0\0\x11\0\0", "font/woff2" },                /* here */
    { "PK\3\4\x14\0\0\0\0\0\x83\x80\x87\x5D\x3A\xA6", "application/zip" },   /* here */
    { "PK\3\4\x14\0\0\x08\0\0\x1D\x94\x0A\x4B\0\0", "application/zip" },    /* here, a .jar */
    { "\x1F\x8B\x08\0\xF7\xD8\x16\x6B\2\xFF\xB3\x29\xB0\xAB\xB0\xD1",
      "application/gzip" },                                                   /* here */
    { "\x28\xB5\x2F\xFD\4\x58\x09\0\0\x78\x23\x11\4\x83\0\0", "application/zstd" },  /* here */
    { "\xFD" "7zXZ\0\0\4\xE6\xD6\xB4\x46\2\0\x21\1", "application/x-xz" },   /* here */
    { "BZh91AY&SY\xCB\x51\xF2\xD1\0\0", "application/x-bzip2" },              /* here */
    { "7z\xBC\xAF\x27\x1C\0\4\x8D\x9B\xD5\x0F\0\0\0\0", "application/x-7z-compressed" },
    { "Rar!\x1A\x07\1\0\x33\x92\xB5\xE5\x0A\1\5\6", "application/vnd.rar" },
    { "\x04\x22\x4D\x18\x64\x40\xA7\1\0\0\x80x\0\0\0\0", "application/x-lz4" }, /* here */
    { "%PDF-1.5\n%\xD0\xD4\xC5\xD8\n1", "application/pdf" },                 /* here */
    { "%!PS-Adobe-3.0 E", "application/postscript" },                        /* here */
    { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0", "application/x-ole-storage" },
    { "SQLite format 3\0", "application/vnd.sqlite3" },                       /* here */
    { "\xDE\x12\x04\x95\0\0\0\0\x43\7\0\0\x1C\0\0\0",
      "application/x-gettext-translation" },                                  /* here */
    { "\x7F" "ELF\2\1\1\0\0\0\0\0\0\0\0\0", "application/x-executable" },    /* here */
    { "\xCF\xFA\xED\xFE\x07\0\0\x01\3\0\0\0\2\0\0\0", "application/x-mach-binary" },
    { "\xCA\xFE\xBA\xBE\0\0\0\x33\0\x1A\x0A\0\5\0\x14\x07", "application/java-vm" }, /* here */
    { "\0asm\1\0\0\0\1\x07\1\x60\2\x7F\x7F\1", "application/wasm" },
};

static void test_real_first_bytes(void)
{
    for (size_t i = 0; i < sizeof real_heads / sizeof *real_heads; i++) {
        harness_current = real_heads[i].type;
        CHECK_STR(mt_signature_media_type(real_heads[i].head, 16), real_heads[i].type);
    }
}

/* A web service's answer in JSON, served as a page: before, its source
 * was the page's main text. Its strings may hold anything, markup and
 * escaped quotes included. */
static void test_json_answers(void)
{
    static const char answer[] =
        "\xEF\xBB\xBF{\"status\": \"ok\", \"count\": 2, \"next\": null,\n"
        " \"items\": [{\"title\": \"The river rose all night\", \"flooded\": true,\n"
        "   \"body\": \"<p>The lower streets were under water, the shops closed, the buses "
        "stopped, and the bridge was shut; residents said \\\"we moved the cars\\\".</p>\",\n"
        "   \"level\": -1.5e+0, \"tags\": [\"flood\", \"council\"]},\n"
        "  {\"title\": \"Pumps will run until the level falls\", \"flooded\": false,\n"
        "   \"body\": \"The council said, late on Wednesday, that pumps would run until the "
        "level fell, and that schools, libraries and the market would stay shut.\"}]}\n";
    check_not_a_page(answer, sizeof answer - 1, "application/json");
    static const char lines[] = "{\"id\": 1, \"text\": \"The river rose all night.\"}\n"
                                "{\"id\": 2, \"text\": \"The bridge was shut.\"}\n";
    CHECK_STR(mt_signature_media_type(lines, sizeof lines - 1), "application/x-ndjson");
    CHECK_STR(mt_signature_media_type("[]", 2), "application/json");
    CHECK_STR(mt_signature_media_type("{}{}", 4), "application/x-ndjson");
    /* a string that ends in an escaped backslash ends there */
    CHECK_STR(mt_signature_media_type("{\"a\":\"a\\\\\"}", 11), "application/json");
}

/* Texts and pages that begin with a bracket are no JSON: words or markup
 * stand outside strings, or the brackets do not close in order. */
static void test_bracketed_texts(void)
{
    static const char *const texts[] = {
        "[Update] The council said on Wednesday that the pumps would run all night.",
        "{{ page.title }} is where the flood report's template puts its title.",
        "[{\"a\": 1}] <p>The river rose all night, and the bridge was shut.</p>",
        "{\"title\": \"The river rose\"} and the council said the pumps would run.",
        "[[1, 2], [3, 4]",
        "[1, 2]]",
        "{\"a\": [1, 2}]",
        "{\"unterminated\": \"the river rose all night",
        "\"just a string\"",
        "[ref: usa]",
        "[sale]",
        "[Update the council closed the bridge]",
        "{\"flooded\": tru}",
        "{\"flooded\": nullx}",
        "[1] 2",
        "{} true",
        "[] \"x\"",
        "{\"a\": \"ends in a backslash\\",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        CHECK(mt_signature_media_type(texts[i], strlen(texts[i])) == NULL);
    /* nesting deeper than followed is left to the parser */
    char deep[2 * 1100 + 1];
    memset(deep, '[', 1100);
    memset(deep + 1100, ']', 1100);
    CHECK(mt_signature_media_type(deep, 2200) == NULL);
    CHECK_STR(mt_signature_media_type(deep + 100, 2000), "application/json");
    CHECK_STR(mt_signature_media_type(deep + 1100 - 1024, 2048), "application/json");
    CHECK(mt_signature_media_type(deep + 1100 - 1025, 2050) == NULL);
}

/* Signatures with a gap: a WebP picture is RIFF, four bytes, "WEBPVP";
 * RIFF with another form is some other format, or none of ours. */
static void test_signature_with_a_gap(void)
{
    CHECK_STR(mt_signature_media_type("RIFF\x24\0\0\0WEBPVP8 ", 16), "image/webp");
    CHECK_STR(mt_signature_media_type("RIFF\x24\0\0\0WAVEfmt ", 16), "audio/wave");
    CHECK(mt_signature_media_type("RIFF\x24\0\0\0XYZWfmt ", 16) == NULL);
    CHECK_STR(mt_signature_media_type("BZh91AY&SY\x01", 11), "application/x-bzip2");
    CHECK(mt_signature_media_type("BZh9 is not a bzip2 stream", 26) == NULL);
    CHECK_STR(mt_signature_media_type("\0\0\0\x18" "ftypmp42", 12), "video/mp4");
}

/* Input shorter than a signature it begins: not that format (and not
 * read past its end, which the sanitizers would tell). */
static void test_cut_signatures(void)
{
    CHECK(mt_signature_media_type("GIF8", 4) == NULL);
    CHECK(mt_signature_media_type("RIFF\0\0\0\0WEBP", 12) == NULL);
    CHECK(mt_signature_media_type("%PDF", 4) == NULL);
    CHECK(mt_signature_media_type("", 0) == NULL);
    CHECK(mt_signature_media_type(NULL, 0) == NULL);
    char *gif = malloc(6);
    CHECK(gif != NULL);
    memcpy(gif, "GIF89a", 6);
    CHECK_STR(mt_signature_media_type(gif, 6), "image/gif");
    CHECK(mt_signature_media_type(gif, 5) == NULL);
    free(gif);
}

/* Text that begins like a signature is read: the signatures of two
 * letters were left out, and the others need their bytes that are not
 * letters; a signature after white space or inside a page is no file's
 * beginning. */
static void test_text_that_begins_like_one(void)
{
    static const char *const texts[] = {
        "BMW drivers who parked by the river moved their cars to higher ground.",
        "MZ motorcycles were stored in the depot, which stayed dry all night.",
        "ID3 tags name the songs the radio played while the river rose.",
        "PKI certificates of the council's site expired during the flood.",
        "%PDF files of the flood map were sent to every resident by Wednesday.",
        "OTTO, the river gauge, rose past its alarm level before midnight.",
        " %PDF-1.4 is the version the council's flood map was saved in.",
    };
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        CHECK(mt_signature_media_type(texts[i], strlen(texts[i])) == NULL);
        const char *type;
        size_t nblocks;
        CHECK_INT(extract_bytes(ex, texts[i], strlen(texts[i]), &type, &nblocks), MT_OK);
        CHECK(type == NULL);
        CHECK_INT(nblocks, 1);
    }
    /* a page that links a ZIP file and quotes its first bytes */
    static const char page[] =
        "<!doctype html><title>Downloads</title><article><p>The flood map comes as a ZIP "
        "file, which begins with the bytes PK\3\4 as every such archive does, and holds the "
        "map in three sizes for the council's residents and schools.</p></article>";
    const char *type;
    size_t nblocks;
    CHECK_INT(extract_bytes(ex, page, sizeof page - 1, &type, &nblocks), MT_OK);
    CHECK(type == NULL);
    mt_extractor_free(ex);
}

int main(void)
{
    RUN(test_zip_holding_a_page);
    RUN(test_pdf_with_text_in_the_clear);
    RUN(test_program_with_messages);
    RUN(test_real_first_bytes);
    RUN(test_json_answers);
    RUN(test_bracketed_texts);
    RUN(test_signature_with_a_gap);
    RUN(test_cut_signatures);
    RUN(test_text_that_begins_like_one);
    return harness_finish();
}
