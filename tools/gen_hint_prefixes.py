#!/usr/bin/env python3
"""Generates src/metadata/hint_prefixes.h: the prefix filter of the class
hint words (src/metadata/collect.c, the hints_a ... hints_w lists) that
the metadata pass acts on.

Before a word start of a class list is compared with the hint words of its
letter, its first four bytes, with bit 5 of each set, are hashed to one of
1024 bits; the bit is set here for every hint word's first four, so most
starts are ruled out at once. The filter used to be filled on every page;
it depends on the word lists only, so it is a table. mt_meta_hint_prefixes_ok
(run by the unit tests) fills it again from the lists and compares.

A start the filter lets through is compared with the hint words (of any
hint) whose first four bytes have its bit, not with all the words of its
letter: hint_bucket_head gives, by bit, 1 + the number of the first such
word, hint_bucket_next the next of each word (0 ends a chain), and
hint_bucket_word where a word is, as its letter (0 for a) times 16 plus
its place in the letter's list. Words are numbered in the order of the
lists, each chain is in reverse order; mt_meta_hint_prefixes_ok builds the
chains again the same way and compares.

The four bytes are read as a little-endian word, as collect.c reads them on
the machines it uses the table on. Every hint word must have four bytes or
more (the filter cannot rule out a start on fewer): this script refuses
otherwise.

The same header holds the chains of the <meta> keys (meta_keys in
collect.c) by a hash of their bytes, FNV-1a of 32 bits, whose top eight
bits pick one of 256 chains: meta_key_head gives, by those bits, 1 + the
number of the first key in the chain, meta_key_next the next of each key
(0 ends a chain). A key's bytes are hashed as meta_key_of lowercases them,
so one pass over a name finds its chain; mt_meta_keys_ok builds the chains
again and compares.

Run from the repository root: tools/gen_hint_prefixes.py. The output is
committed; run again after editing the hint words or the meta keys."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bit_table import filter_of, fnv1a, write_table  # noqa: E402

BITS = 1024
MULTIPLIER = 0x9E3779B1


# The hint bits the metadata pass acts on (WALK_HINTS in collect.c): only
# the words with one of them are put in the filter, the pass's one user.
WALK_HINTS = {"MT_HINT_BYLINE", "MT_HINT_DATE", "MT_HINT_MODIFIED", "MT_HINT_BOILER",
              "MT_HINT_COMMENTS"}


def hint_words(source):
    """The W("...", hints) entries of the hints_<letter> lists, in the
    order of the letters, as tuples of the word, whether the pass acts on
    one of its hints, and its place (letter * 16 + place in the list)."""
    lists = {}
    for m in re.finditer(r"static const hint_word hints_([a-z])\[\] = \{(.*?)\n\};", source, re.S):
        lists[m.group(1)] = re.findall(r'W\("([^"]*)",\s*([^)]*)\)', m.group(2))
    words = []
    for letter in sorted(lists):
        entries = lists[letter]
        if len(entries) > 16:
            sys.exit("gen_hint_prefixes: more than 16 hint words of the letter " + letter)
        for place, (word, hints) in enumerate(entries):
            acts = bool(WALK_HINTS & {h.strip() for h in hints.split("|")})
            words.append((word, acts, (ord(letter) - ord("a")) * 16 + place))
    return words


def buckets(words):
    """hint_bucket_head, hint_bucket_next and hint_bucket_word of the words."""
    head = [0] * BITS
    nxt, where = [], []
    for n, (word, _, place) in enumerate(words):
        bit = prefix_bit(word)
        nxt.append(head[bit])
        where.append(place)
        head[bit] = n + 1
    if len(words) > 255:
        sys.exit("gen_hint_prefixes: more than 255 hint words")
    return head, nxt, where


META_CHAINS = 256


def meta_keys(source):
    """The keys of the K("...", ...) entries of meta_keys, in order."""
    m = re.search(r"static const meta_key meta_keys\[\] = \{(.*?)\n\};", source, re.S)
    return re.findall(r'K\("([^"]*)",', m.group(1)) if m else []


def meta_chain(key):
    """The chain of a key: the top eight bits of its FNV-1a hash."""
    return fnv1a(key.encode("ascii")) >> 24


def meta_chains(keys):
    """meta_key_head and meta_key_next of the keys."""
    if len(keys) > 255:
        sys.exit("gen_hint_prefixes: more than 255 meta keys")
    head = [0] * META_CHAINS
    nxt = []
    for n, key in enumerate(keys):
        chain = meta_chain(key)
        nxt.append(head[chain])
        head[chain] = n + 1
    return head, nxt


def small_table(ctype, name, values):
    """`static const ctype name[len] = {...};`, sixteen a line."""
    out = ["static const %s %s[%d] = {" % (ctype, name, len(values))]
    for i in range(0, len(values), 16):
        out.append("    " + " ".join("%d," % v for v in values[i:i + 16]))
    out.append("};")
    return out


def prefix_bit(word):
    key = int.from_bytes(word[:4].encode("ascii"), "little") | 0x20202020
    return ((key * MULTIPLIER) & 0xFFFFFFFF) >> 22


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    with open(os.path.join(root, "src/metadata/collect.c")) as f:
        source = f.read()
    words = hint_words(source)
    keys = meta_keys(source)
    if not keys:
        sys.exit("gen_hint_prefixes: no meta keys found in src/metadata/collect.c")
    if not words:
        sys.exit("gen_hint_prefixes: no hint words found in src/metadata/collect.c")
    short = [w for w, _, _ in words if len(w) < 4]
    if short:
        sys.exit("gen_hint_prefixes: hint words shorter than four bytes: " + " ".join(short))
    walk = [w for w, acts, _ in words if acts]
    table = filter_of(walk, prefix_bit, BITS)
    path = os.path.join(root, "src/metadata/hint_prefixes.h")
    write_table(path,
                ["/* Generated by tools/gen_hint_prefixes.py -- do not edit. */",
                 "/* The prefix filter of the %d class hint words the pass of collect.c acts on. */" % len(walk)],
                "hint_prefixes", table)
    head, nxt, where = buckets(words)
    out = ["", "/* The %d hint words chained by the filter bit of their first four bytes. */" % len(words)]
    out += small_table("uint8_t", "hint_bucket_head", head)
    out += small_table("uint8_t", "hint_bucket_next", nxt)
    out += small_table("uint16_t", "hint_bucket_word", where)
    head, nxt = meta_chains(keys)
    out += ["", "/* The %d meta keys chained by the top byte of their FNV-1a hash. */" % len(keys)]
    out += small_table("uint8_t", "meta_key_head", head)
    out += small_table("uint8_t", "meta_key_next", nxt)
    with open(path, "a") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
