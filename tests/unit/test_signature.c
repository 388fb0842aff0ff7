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
    /* and so is it when a declared charset sends it the other way */
    const mt_result *r = NULL;
    CHECK_INT(mt_extract_declared(ex, zip, len, NULL, "utf-8", &r), MT_ERR_NO_CONTENT);
    CHECK(r && r->not_a_page && strcmp(r->not_a_page, "application/zip") == 0);
    CHECK(r && r->meta.title == NULL && r->encoding == NULL);
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
    RUN(test_signature_with_a_gap);
    RUN(test_cut_signatures);
    RUN(test_text_that_begins_like_one);
    return harness_finish();
}
