"""What the gen_*.py scripts share: the hash the C code looks their words
up by, and the writing of a filter of 64-bit words as a C header."""


def fnv1a(data):
    """32-bit FNV-1a of bytes, as src/util/fnv.h computes it."""
    h = 2166136261
    for c in data:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def filter_of(words, bit_of, bits):
    """The filter of `bits` bits (a list of 64-bit ints) with bit_of(w) set
    for every word w."""
    table = [0] * (bits // 64)
    for w in words:
        bit = bit_of(w)
        table[bit // 64] |= 1 << (bit % 64)
    return table


def write_table(path, comment_lines, name, table):
    """Writes `table` (ints below 2**64) to `path` as
    `static const uint64_t name[len] = {...};`, two words a line, after
    the comment lines."""
    out = list(comment_lines) + ["static const uint64_t %s[%d] = {" % (name, len(table))]
    for i in range(0, len(table), 2):
        out.append("    " + " ".join("0x%016xull," % v for v in table[i:i + 2]))
    out.append("};")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
