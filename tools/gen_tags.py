#!/usr/bin/env python3
"""Generates src/html/tags.h and src/html/tags.c: the element names the parser
and the extractor know by number, their categories, and a hash lookup.

The lookup runs once per tag of every page, so it reads no name byte by byte:
a name of up to 16 bytes is two (overlapping) little-endian words, which with
its length identify it; one multiplication of them picks a slot, and a known
name is confirmed by comparing the words. The multiplier is searched for here
so that every known name sits in its first or second slot.

Run from the repository root: tools/gen_tags.py. The output is committed; run
again after editing the lists below.

Sources of the categories: the WHATWG HTML standard, section 13.2.4.2 (the
"special" and formatting categories), 13.1.2 (void elements), and the
elements the tree builder and serializer treat by name."""
import os

HTML = """a abbr acronym address applet area article aside audio b base basefont bdi
bdo bgsound big blink blockquote body br button canvas caption center cite code
col colgroup data datalist dd del details dfn dialog dir div dl dt em embed
fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6
head header hgroup hr html i iframe image img input ins isindex kbd keygen label
legend li link listing main map mark marquee menu menuitem meta meter multicol
nav nextid nobr noembed noframes noscript object ol optgroup option output p
param picture plaintext pre progress q rb rp rt rtc ruby s samp script search
section select slot small source spacer span strike strong style sub summary
sup table tbody td template textarea tfoot th thead time title tr track tt u ul
var video wbr xmp""".split()

# Names the tree builder needs from the SVG and MathML namespaces. SVG names
# are stored lowercased here (the tokenizer's form); the tree builder adjusts
# their case (foreignobject -> foreignObject) when it makes the element.
FOREIGN = """svg math foreignobject desc mi mo mn ms mtext annotation-xml mglyph
malignmark""".split()

SPECIAL = set("""address applet area article aside base basefont bgsound blockquote
body br button caption center col colgroup dd details dir div dl dt embed
fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head
header hgroup hr html iframe img input keygen li link listing main marquee menu
meta nav noembed noframes noscript object ol p param plaintext pre script search
section select source style summary table tbody td template textarea tfoot th
thead title tr track ul wbr xmp""".split())
FORMATTING = set("a b big code em font i nobr s small strike strong tt u".split())
VOID = set("""area base basefont bgsound br col embed frame hr img input keygen link
meta param source track wbr""".split())
HEADING = set("h1 h2 h3 h4 h5 h6".split())
# Elements a reader sees as starting a new line/block (for text rendering and
# the extractor). Everything else is inline.
BLOCK = set("""address article aside blockquote body br caption center dd details
dialog dir div dl dt fieldset figcaption figure footer form frameset h1 h2 h3 h4
h5 h6 header hgroup hr html li listing main menu nav ol p plaintext pre search
section summary table tbody td tfoot th thead tr ul xmp legend option optgroup
select textarea iframe video audio canvas noscript img picture""".split())
# Elements whose content is never visible text.
INVISIBLE = set("""script style template head title meta link base noframes
noembed param source track datalist""".split())

def cname(n):
    return "MT_TAG_" + n.upper().replace("-", "_")


MASK64 = (1 << 64) - 1
TABLE_BITS = 9


def name_words(name):
    """The two words the C lookup reads from a name (see tag_words in the
    generated tags.c): the first and last 8 bytes from 8 bytes up, the first
    and last 4 or 2 (packed in one word) below."""
    b = name.encode()
    n = len(b)
    le = lambda x: int.from_bytes(x, "little")
    if n >= 8:
        return le(b[:8]), le(b[n - 8:])
    if n >= 4:
        return le(b[:4]) | le(b[n - 4:]) << 32, 0
    if n >= 2:
        return le(b[:2]) | le(b[n - 2:]) << 16, 0
    return b[0], 0


def slot_of(name, multiplier):
    lo, hi = name_words(name)
    x = (lo ^ ((hi * 0x9E3779B97F4A7C15) & MASK64) ^ len(name)) & MASK64
    return ((x * multiplier) & MASK64) >> (64 - TABLE_BITS)


def build_table(names, ids):
    """Linear probing; the first multiplier (from a fixed sequence, so the
    output is reproducible) that leaves no name more than one step from its
    slot."""
    seed = 0x2545F4914F6CDD1D
    for attempt in range(100000):
        seed = (seed * 6364136223846793005 + 1442695040888963407) & MASK64
        multiplier = seed | 1
        size = 1 << TABLE_BITS
        table = [0] * size
        worst = 0
        for n in names:
            i = slot_of(n, multiplier)
            probes = 1
            while table[i]:
                i = (i + 1) & (size - 1)
                probes += 1
            table[i] = ids[n]
            worst = max(worst, probes)
        if worst <= 2:
            return table, multiplier, worst
    raise SystemExit("no multiplier found")

def main():
    names = sorted(set(HTML + FOREIGN))
    assert not (set(names) - set(HTML) - set(FOREIGN))
    for cat in (SPECIAL, FORMATTING, VOID, HEADING, BLOCK, INVISIBLE):
        missing = cat - set(names)
        assert not missing, missing
    ids = {n: i + 1 for i, n in enumerate(names)}
    table, multiplier, max_probe = build_table(names, ids)
    size = len(table)

    out_h = ["/* Generated by tools/gen_tags.py -- do not edit. */",
             "#ifndef MT_HTML_TAGS_H", "#define MT_HTML_TAGS_H", "",
             "#include <stddef.h>", "#include <stdint.h>", "",
             "/* Element names known by number. MT_TAG_UNKNOWN (0) is every other",
             " * name; such elements keep their name as a string. */",
             "typedef enum mt_tag {", "    MT_TAG_UNKNOWN = 0,"]
    for n in names:
        out_h.append("    %s = %d," % (cname(n), ids[n]))
    out_h += ["    MT_TAG__COUNT = %d" % (len(names) + 1), "} mt_tag;", "",
              "/* Category bits of mt_tag_flags[]. SPECIAL and FORMATTING are the",
              " * HTML standard's categories (for HTML-namespace elements); BLOCK marks",
              " * elements that start a new line for a reader; INVISIBLE those whose",
              " * content is never shown. */",
              "enum {",
              "    MT_TAGF_SPECIAL = 1u << 0,",
              "    MT_TAGF_FORMATTING = 1u << 1,",
              "    MT_TAGF_VOID = 1u << 2,",
              "    MT_TAGF_HEADING = 1u << 3,",
              "    MT_TAGF_BLOCK = 1u << 4,",
              "    MT_TAGF_INVISIBLE = 1u << 5",
              "};", "",
              "extern const char *const mt_tag_names[MT_TAG__COUNT];",
              "extern const uint8_t mt_tag_name_lengths[MT_TAG__COUNT];",
              "extern const uint8_t mt_tag_flags[MT_TAG__COUNT];", "",
              "/* The tag id of a lowercase ASCII name, or MT_TAG_UNKNOWN. Reads",
              " * only name[0..len). */",
              "mt_tag mt_tag_lookup(const char *name, size_t len);", "",
              "static inline int mt_tag_has(unsigned tag, unsigned flag)",
              "{", "    return tag < MT_TAG__COUNT && (mt_tag_flags[tag] & flag) != 0;", "}", "",
              "#endif", ""]

    out_c = ["/* Generated by tools/gen_tags.py -- do not edit. */",
             '#include <string.h>', '#include "html/tags.h"', "",
             "const char *const mt_tag_names[MT_TAG__COUNT] = {", '    "",']
    for n in names:
        out_c.append('    "%s",' % n)
    out_c += ["};", "", "const uint8_t mt_tag_name_lengths[MT_TAG__COUNT] = {", "    0,"]
    for n in names:
        out_c.append("    %d," % len(n))
    out_c += ["};", "", "const uint8_t mt_tag_flags[MT_TAG__COUNT] = {", "    0,"]
    for n in names:
        f = []
        if n in SPECIAL: f.append("MT_TAGF_SPECIAL")
        if n in FORMATTING: f.append("MT_TAGF_FORMATTING")
        if n in VOID: f.append("MT_TAGF_VOID")
        if n in HEADING: f.append("MT_TAGF_HEADING")
        if n in BLOCK: f.append("MT_TAGF_BLOCK")
        if n in INVISIBLE: f.append("MT_TAGF_INVISIBLE")
        out_c.append("    %s, /* %s */" % (" | ".join(f) or "0", n))
    out_c += ["};", "",
              "/* The two words of each name (see tag_words), to confirm a match. */",
              "static const uint64_t tag_word_lo[MT_TAG__COUNT] = {", "    0,"]
    for n in names:
        out_c.append("    0x%016xu, /* %s */" % (name_words(n)[0], n))
    out_c += ["};", "", "static const uint64_t tag_word_hi[MT_TAG__COUNT] = {", "    0,"]
    for n in names:
        out_c.append("    0x%016xu, /* %s */" % (name_words(n)[1], n))
    out_c += ["};", "",
              "/* Open-addressing table of tag ids (0: empty) by slot_of(); a known",
              " * name is at most %d probes from its slot. */" % max_probe,
              "static const uint8_t lookup_table[%d] = {" % size]
    for i in range(0, size, 16):
        out_c.append("    " + ", ".join(str(x) for x in table[i:i + 16]) + ",")
    out_c += ["};", "",
              "/* Little-endian reads, written out so that compilers make each one",
              " * load on any machine. */",
              "static inline uint64_t load_le16(const unsigned char *p)",
              "{",
              "    return (uint64_t)p[0] | (uint64_t)p[1] << 8;",
              "}", "",
              "static inline uint64_t load_le32(const unsigned char *p)",
              "{",
              "    return load_le16(p) | load_le16(p + 2) << 16;",
              "}", "",
              "static inline uint64_t load_le64(const unsigned char *p)",
              "{",
              "    return load_le32(p) | load_le32(p + 4) << 32;",
              "}", "",
              "/* A name of 1 to 16 bytes as two words that, with its length, tell it",
              " * from every other: overlapping reads of its first and last bytes, so",
              " * nothing past the name is read. */",
              "static inline uint64_t tag_words(const unsigned char *s, size_t len, uint64_t *hi)",
              "{",
              "    *hi = 0;",
              "    if (len >= 8) {",
              "        *hi = load_le64(s + len - 8);",
              "        return load_le64(s);",
              "    }",
              "    if (len >= 4)",
              "        return load_le32(s) | load_le32(s + len - 4) << 32;",
              "    if (len >= 2)",
              "        return load_le16(s) | load_le16(s + len - 2) << 16;",
              "    return s[0];",
              "}", "",
              "mt_tag mt_tag_lookup(const char *name, size_t len)",
              "{",
              "    if (len == 0 || len > 14)",
              "        return MT_TAG_UNKNOWN;",
              "    uint64_t hi, lo = tag_words((const unsigned char *)name, len, &hi);",
              "    uint64_t x = lo ^ hi * 0x9E3779B97F4A7C15u ^ len;",
              "    for (uint32_t i = (uint32_t)(x * 0x%016xu >> %d);; i = (i + 1) & %du) {" % (
                  multiplier, 64 - TABLE_BITS, size - 1),
              "        unsigned id = lookup_table[i];",
              "        if (id == 0)",
              "            return MT_TAG_UNKNOWN;",
              "        if (tag_word_lo[id] == lo && tag_word_hi[id] == hi && mt_tag_name_lengths[id] == len)",
              "            return (mt_tag)id;",
              "    }",
              "}", ""]
    assert max(len(n) for n in names) <= 14
    # the words and length identify a name: no two known names share them
    assert len({(name_words(n), len(n)) for n in names}) == len(names)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    with open(os.path.join(root, "src/html/tags.h"), "w") as f:
        f.write("\n".join(out_h))
    with open(os.path.join(root, "src/html/tags.c"), "w") as f:
        f.write("\n".join(out_c))
    print("%d tags, table %d, max probes %d" % (len(names), size, max_probe))

if __name__ == "__main__":
    main()
