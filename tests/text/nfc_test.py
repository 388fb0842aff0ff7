#!/usr/bin/env python3
"""mt_nfc against Python's unicodedata.normalize("NFC", ...): every code
point alone, every primary composite's pair with marks of each class
between, and random strings of the code points normalisation cares about.
Also checks that mt_nfc_quick never calls a text NFC that is not.
Usage: nfc_test.py NFC_TOOL. Exits 77 (skipped) when Python's Unicode
version is not the one tools/gen_nfc.py made the tables from."""
import random
import subprocess
import sys
import unicodedata as ud


def cases():
    singles = [chr(cp) for cp in range(0x20, 0x110000)
               if not 0xD800 <= cp <= 0xDFFF and cp != 0x0A and cp != 0x0D and cp != 0x85
               and cp not in (0x2028, 0x2029)]
    yield from singles
    marks = sorted({c for c in singles if ud.combining(c)}, key=ud.combining)
    by_class = {}
    for m in marks:
        by_class.setdefault(ud.combining(m), m)
    interesting = [c for c in singles if ud.combining(c) or ud.decomposition(c)
                   or ud.normalize("NFD", c) != c] + [chr(cp) for cp in range(0x1100, 0x1200)]
    for c in singles:
        d = ud.normalize("NFD", c)
        if d != c:
            yield d
            for m in by_class.values():
                yield d[0] + m + d[1:]
                yield c + m
    rng = random.Random(29)
    for _ in range(300000):
        yield "".join(rng.choice(interesting) for _ in range(rng.randint(1, 8)))
    for _ in range(2000):
        yield "a" + "".join(rng.choice(marks) for _ in range(rng.randint(30, 90))) + "b"
    yield "e" + "".join(rng.choice(marks) for _ in range(5000))


def main():
    tool = sys.argv[1]
    inputs = list(cases())
    data = "\n".join(inputs).encode("utf-8", "surrogatepass") + b"\n"
    run = subprocess.run([tool], input=data, capture_output=True, check=True)
    lines = run.stdout.decode("utf-8").split("\n")
    if lines[0] != ud.unidata_version:
        print(f"text/nfc: tables of Unicode {lines[0]}, Python has {ud.unidata_version}: skipped")
        return 77
    bad = 0
    for text, line in zip(inputs, lines[1:]):
        got, quick = line.rsplit("\t", 1)
        want = ud.normalize("NFC", text)
        if got != want or (quick == "1" and text != want):
            bad += 1
            if bad <= 10:
                print("MISMATCH", [hex(ord(c)) for c in text][:12], "got",
                      [hex(ord(c)) for c in got][:12], "want", [hex(ord(c)) for c in want][:12],
                      "quick", quick)
    if len(lines) - 2 != len(inputs):
        print(f"text/nfc: {len(inputs)} lines in, {len(lines) - 2} out")
        return 1
    print(f"text/nfc: {len(inputs)} texts, {bad} differ from unicodedata {ud.unidata_version}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
