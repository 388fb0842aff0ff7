#!/usr/bin/env python3
"""charset_detect_eval.py -- measures the encoding detector on the dev corpus.

Two sets, built in a temporary folder (never in the repository):
  natural:   dev pages that declare a legacy charset in a <meta>, decode
             cleanly in it and are not valid UTF-8, with the declaration
             removed; the truth is the declared encoding.
  synthetic: dev pages served as UTF-8 whose text is mostly in one script,
             re-encoded into the legacy encodings of that script (characters
             the target cannot hold become &#...; references, as a browser
             saving the page would write them) with the declaration removed.
For each page it counts how often maintext's detector and uchardet alone
name the true encoding, and how often the text decoded with their answer is
identical to the text decoded with the truth (windows-1252 vs ISO-8859-1 is
harmless when the bytes 0x80-0x9F are absent).

Usage: /usr/bin/python3 tools/charset_detect_eval.py BUILD_DIR [CORPUS_DIR]
"""
import collections, json, os, re, subprocess, sys, tempfile

# Encoding Standard / uchardet names -> Python codecs that decode alike.
CODEC = {
    "utf-8": "utf-8", "windows-1252": "cp1252", "iso-8859-1": "cp1252", "ascii": "cp1252",
    "windows-1250": "cp1250", "iso-8859-2": "iso8859_2", "windows-1251": "cp1251",
    "koi8-r": "koi8_r", "koi8-u": "koi8_u", "iso-8859-5": "iso8859_5", "ibm866": "cp866",
    "windows-1253": "cp1253", "iso-8859-7": "iso8859_7", "windows-1254": "cp1254",
    "iso-8859-9": "cp1254", "windows-1255": "cp1255", "iso-8859-8": "iso8859_8",
    "windows-1256": "cp1256", "iso-8859-6": "iso8859_6", "windows-1257": "cp1257",
    "windows-874": "cp874", "tis-620": "cp874", "iso-8859-15": "iso8859_15",
    "iso-8859-3": "iso8859_3", "iso-8859-4": "iso8859_4", "iso-8859-10": "iso8859_10",
    "iso-8859-13": "iso8859_13", "iso-8859-16": "iso8859_16", "windows-1258": "cp1258",
    "mac-centraleurope": "mac_latin2", "mac-cyrillic": "mac_cyrillic", "ibm855": "cp855",
    "shift_jis": "cp932", "euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp", "gbk": "gb18030",
    "gb18030": "gb18030", "big5": "big5hkscs", "euc-kr": "cp949", "uhc": "cp949",
    "x-mac-cyrillic": "mac_cyrillic", "macintosh": "mac_roman",
}
DECLARED = {"iso-8859-1": "windows-1252", "windows-1252": "windows-1252", "us-ascii": "windows-1252",
            "iso-8859-15": "iso-8859-15", "windows-1251": "windows-1251", "euc_kr": "euc-kr",
            "euc-kr": "euc-kr", "iso-8859-2": "iso-8859-2", "shift_jis": "shift_jis",
            "gb2312": "gbk", "big5": "big5", "koi8-r": "koi8-r"}
META = re.compile(rb"<meta[^>]*charset[^>]*>", re.I)
DECL = re.compile(rb'<meta[^>]*charset\s*=\s*["\']?\s*([A-Za-z0-9_\-:.]+)', re.I)
TAGS = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]*>", re.S | re.I)


def script_of(ch):
    o = ord(ch)
    for name, lo, hi in (("kana", 0x3040, 0x30FF), ("han", 0x4E00, 0x9FFF), ("hangul", 0xAC00, 0xD7AF),
                         ("cyrillic", 0x400, 0x4FF), ("greek", 0x370, 0x3FF), ("arabic", 0x600, 0x6FF),
                         ("hebrew", 0x590, 0x5FF), ("thai", 0xE00, 0xE7F), ("latin", 0xC0, 0x24F)):
        if lo <= o <= hi:
            return name
    return None


def encodable(text, codec):
    return sum(1 for ch in text if ord(ch) > 127 and not _enc_ok(ch, codec))


def _enc_ok(ch, codec):
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def synthetic_targets(text):
    counts = collections.Counter(script_of(ch) for ch in text if ord(ch) > 127)
    counts.pop(None, None)
    if not counts:
        return []
    top, n = counts.most_common(1)[0]
    if n < 20:
        return []
    if top in ("han", "kana") and counts["kana"] > 20:
        return ["shift_jis", "euc-jp"]
    if top == "han":
        return ["gbk"] if encodable(text, "gb2312") < n * 0.05 else ["big5"]
    table = {"hangul": ["euc-kr"], "cyrillic": ["windows-1251", "koi8-r"], "arabic": ["windows-1256"],
             "greek": ["windows-1253", "iso-8859-7"], "thai": ["windows-874"], "hebrew": ["windows-1255"]}
    if top in table:
        return table[top]
    for enc in ("windows-1252", "windows-1250", "windows-1254", "windows-1257"):
        if encodable(text, CODEC[enc]) <= max(2, n * 0.01):
            return [enc]
    return []


def build_sets(corpus, tmp):
    items = []  # (path, truth, set)
    for line in open(os.path.join(corpus, "index.jsonl")):
        d = json.loads(line)
        raw = open(os.path.join(corpus, d["html"]), "rb").read()
        base = os.path.join(tmp, d["id"].replace("/", "_"))
        try:
            page = raw.decode("utf-8")
            valid_utf8 = True
        except UnicodeDecodeError:
            valid_utf8 = False
        m = DECL.search(raw[:4096])
        label = m.group(1).decode().lower() if m else None
        if not valid_utf8 and label in DECLARED:
            truth = DECLARED[label]
            try:
                raw.decode(CODEC[truth])
            except UnicodeDecodeError:
                continue
            path = base + ".natural.html"
            open(path, "wb").write(META.sub(b"", raw))
            items.append((path, truth, "natural"))
        elif valid_utf8 and any(ord(c) > 127 for c in page):
            text = TAGS.sub(" ", page)
            stripped = META.sub(b"", raw).decode("utf-8")
            for enc in synthetic_targets(text):
                path = "%s.%s.html" % (base, enc)
                open(path, "wb").write(stripped.encode(CODEC[enc], "xmlcharrefreplace"))
                items.append((path, enc, "synthetic"))
    return items


def decode(raw, name):
    codec = CODEC.get(name.lower())
    return raw.decode(codec, "replace") if codec else None


def main():
    build = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.expanduser("~/.cache/maintext-dev/dev")
    tool = os.path.join(build, "tests", "charset-detect-tool")
    with tempfile.TemporaryDirectory() as tmp:
        items = build_sets(corpus, tmp)
        out = subprocess.run([tool] + [p for p, _, _ in items], capture_output=True, text=True).stdout
        answers = {line.split("\t")[0]: line.split("\t")[1:] for line in out.splitlines()}
        stats = collections.defaultdict(collections.Counter)
        misses = []
        for path, truth, kind in items:
            raw = open(path, "rb").read()
            want = decode(raw, truth)
            ours, theirs = answers[path]
            for who, name in (("maintext", ours), ("uchardet", theirs.strip())):
                st = stats[(kind, who)]
                st["pages"] += 1
                st["same encoding"] += CODEC.get(name.lower()) == CODEC[truth]
                same_text = decode(raw, name) == want
                st["same text"] += same_text
                if who == "maintext" and not same_text:
                    misses.append((kind, os.path.basename(path), truth, name))
        for (kind, who), st in sorted(stats.items()):
            print("%-9s %-8s pages %4d  same encoding %4d  same text %4d (%.1f%%)" % (
                kind, who, st["pages"], st["same encoding"], st["same text"],
                100.0 * st["same text"] / st["pages"]))
        for m in misses:
            print("  miss:", *m)


if __name__ == "__main__":
    main()
