"""Tests of maintext.iter_archive against the command on the same archives.

Run by ctest with PYTHONPATH at the built module and MT_CLI naming the
built command. The archives are written here, record by record; with the
shared data folder (MT_SHARED, default ../shared beside the source tree)
the real archives in data/warc are compared too.
"""
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import unittest

import gil
import maintext

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PAGES = os.path.join(ROOT, "tests", "fixtures", "pages")
CLI = os.environ.get("MT_CLI", os.path.join(ROOT, "build", "maintext"))
SHARED = os.environ.get("MT_SHARED", os.path.join(ROOT, "..", "shared"))
REAL_ARCHIVES = os.path.join(SHARED, "data", "warc")
# without the sanitizer runtime a sanitized build preloads (see test_binding.py)
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
PLACE = ("offset", "uri", "id", "date")
# what the record says of the page as served
SERVED = ("status", "content_type", "payload_digest")
DIGEST = "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"


def read(path):
    with open(path, "rb") as f:
        return f.read()


# ---------------------------------------------------------------- writing archives

def warc_record(rtype, uri, block, content_type, n, declared_len=None, digest=None):
    """One WARC record; declared_len, when given, is the Content-Length it
    claims; digest its WARC-Payload-Digest."""
    head = [b"WARC/1.0", b"WARC-Type: " + rtype.encode(),
            b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>" % n,
            b"WARC-Date: 2026-11-30T12:00:%02dZ" % n]
    if uri:
        head.append(b"WARC-Target-URI: " + uri.encode())
    if digest:
        head.append(b"WARC-Payload-Digest: " + digest.encode())
    head += [b"Content-Type: " + content_type.encode(),
             b"Content-Length: %d" % (len(block) if declared_len is None else declared_len)]
    return b"\r\n".join(head) + b"\r\n\r\n" + block + b"\r\n\r\n"


def http(status, content_type, body, extra=b""):
    reason = {200: b"OK", 203: b"Non-Authoritative Information", 404: b"Not Found"}[status]
    return (b"HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n"
            % (status, reason, content_type.encode(), len(body), extra)) + body


# A page in Russian, in windows-1251, whose <meta> says ISO-8859-1: only the
# HTTP header's charset reads it right.
RUSSIAN_TEXT = "Съешь же ещё этих мягких французских булок, да выпей чаю."
RUSSIAN = ("<html><head><meta charset=\"iso-8859-1\"><title>Булки</title></head><body>"
           "<article><h1>Французские булки</h1>"
           + "".join("<p>%s Абзац номер %d, в нём довольно много слов, чтобы он был "
                     "основным текстом страницы.</p>" % (RUSSIAN_TEXT, i) for i in range(6))
           + "</article></body></html>").encode("cp1251")

GARBAGE = b"this is no record at all, just a line a crawler left behind\r\n\r\n"
BROTLI = b"\x1b\x03\x00\xf8\xa5\x82\x8c\x04"    # a coding the reader does not undo


def records():
    """The records of the test archive, in order: what each is, and its bytes.
    Kinds: info, request, page, not_ok, not_html, charset, garbage, undecodable."""
    html = read(os.path.join(PAGES, "news-article.html"))
    missing = read(os.path.join(PAGES, "not-found.html"))
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    return [
        ("info", warc_record("warcinfo", "", b"software: test\r\nformat: WARC 1.0\r\n",
                             "application/warc-fields", 1)),
        ("request", warc_record("request", "https://news.example/a.html",
                                b"GET /a.html HTTP/1.1\r\nHost: news.example\r\n\r\n",
                                "application/http; msgtype=request", 2)),
        ("page", warc_record("response", "https://news.example/a.html",
                             http(200, "text/html; charset=utf-8", html),
                             "application/http; msgtype=response", 3, digest=DIGEST)),
        ("not_ok", warc_record("response", "https://news.example/gone.html",
                               http(404, "text/html", missing),
                               "application/http; msgtype=response", 4)),
        ("not_html", warc_record("response", "https://news.example/logo.png",
                                 http(200, "image/png", png),
                                 "application/http; msgtype=response", 5)),
        ("garbage", GARBAGE),
        ("charset", warc_record("response", "https://ru.example/bulki.html",
                                http(200, "text/html; charset=windows-1251", RUSSIAN),
                                "application/http; msgtype=response", 6)),
        ("undecodable", warc_record("response", "https://news.example/z.html",
                                    http(200, "text/html", BROTLI,
                                         b"Content-Encoding: br\r\n"),
                                    "application/http; msgtype=response", 7)),
        ("no_content", warc_record("response", "https://news.example/login.html",
                                   http(200, "text/html", read(os.path.join(PAGES, "login.html"))),
                                   "application/http; msgtype=response", 8)),
    ]


def archive_bytes(compressed, cut_short=False):
    """The test archive: plain, or a gzip member per record; cut_short ends it
    inside a last page (plain only: a cut gzip member is another matter)."""
    out = b"".join(gzip.compress(data) if compressed else data for _, data in records())
    if cut_short:
        page = http(200, "text/html", read(os.path.join(PAGES, "recipe.html")))
        out += warc_record("response", "https://food.example/soup.html", page,
                           "application/http; msgtype=response", 9,
                           declared_len=len(page) + 5000)[:-4]
    return out


# ---------------------------------------------------------------- the command

def command(path, flags=()):
    """What `maintext --warc --format json --explain [flags]` says of an
    archive: its JSON lines, its messages on records, and its summary line."""
    done = subprocess.run([CLI, "--warc", "--format", "json", "--explain", *flags, path],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=CHILD_ENV)
    lines = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines() if line]
    prefix = "maintext: %s: " % path
    told = [line[len(prefix):] for line in done.stderr.decode("utf-8", "replace").splitlines()
            if line.startswith(prefix)]
    return lines, told[:-1], told[-1]


def summary_of(c):
    """The command's summary line made from iter_archive's counts."""
    def s(n):
        return "" if n == 1 else "s"
    revisits = (", %d of them %s" % (c["revisits"], "a revisit" if c["revisits"] == 1 else "revisits")
                if c["revisits"] else "")
    return ("%d record%s: %d page%s (%d cut short), %d passed over (%d of other types%s, "
            "%d not HTML, %d not 2xx), %d bad"
            % (c["records"], s(c["records"]), c["pages"], s(c["pages"]), c["cut_short"],
               c["passed_over"], c["other_types"], revisits, c["not_html"], c["not_ok"],
               c["bad"]))


class ArchiveCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def assertSameAsCommand(self, path, items, counts, flags=()):
        """Pages, places, texts, messages and counts are the command's."""
        lines, told, summary = command(path, flags)
        pages = [item for item in items if "document" in item]
        self.assertEqual(len(pages), len(lines))
        for item, line in zip(pages, lines):
            # the command leaves out the members a record has not
            self.assertEqual({k: item[k] for k in PLACE + SERVED if item[k] not in ("", None)},
                             line["record"])
            doc = item["document"]
            if doc is None:
                # the command gives the metadata with an empty text; so
                # does the item, as extract_metadata() would
                self.assertFalse(line.get("text"))
                meta = item["metadata"]
                # extract_metadata()'s sources leave out the text's
                self.assertIsNone(line["sources"].pop("text"))
                self.assertEqual(meta, {k: v for k, v in line.items()
                                        if k not in ("source", "record", "text", "comments",
                                                     "blocks", "comment_blocks")})
            else:
                self.assertNotIn("metadata", item)
                for key in ("text", "title", "date", "authors", "url", "language"):
                    self.assertEqual(doc[key], line[key], key)
        said = [item.get("error") or item.get("warning") for item in items
                if "error" in item or "warning" in item]
        self.assertEqual(said, told)
        self.assertEqual(summary_of(counts), summary)


# ---------------------------------------------------------------- the tests

class WrittenArchives(ArchiveCase):
    def walk(self, source, **kwargs):
        it = maintext.iter_archive(source, **kwargs)
        items = list(it)
        return items, it.counts

    def test_plain_and_gzip_as_the_command(self):
        for compressed in (False, True):
            with self.subTest(gzip=compressed):
                path = self.write("t.warc.gz" if compressed else "t.warc",
                                  archive_bytes(compressed))
                items, counts = self.walk(path)
                self.assertSameAsCommand(path, items, counts)
                self.assertEqual(counts, {"records": 9, "pages": 3, "cut_short": 0,
                                          "passed_over": 4, "other_types": 2, "revisits": 0,
                                          "not_html": 1, "not_ok": 1, "bad": 2})

    def test_page_over_a_limit_warned_with_its_place(self):
        big = http(200, "text/html", b"<p>" + b"word " * (4 * 2**20) + b"</p>")
        path = self.write("big.warc", warc_record("response", "https://big.example/page", big,
                                                  "application/http; msgtype=response", 1))
        items, counts = self.walk(path)
        self.assertEqual(items[0]["warning"],
                         "record at byte 0 https://big.example/page: the page is larger than "
                         "a limit: a block's text was cut at 16 MiB")
        self.assertNotIn("warning", items[0]["document"])
        self.assertSameAsCommand(path, items, counts)

    def test_record_over_the_limit_keeps_its_place(self):
        # its header was read: the record is told by its URI, id and date
        page = http(200, "text/html", b"<p>" + b"word " * 40000 + b"</p>")
        path = self.write("big.warc", warc_record("response", "https://big.example/page", page,
                                                  "application/http; msgtype=response", 7))
        items, counts = self.walk(path, max_page=1000)
        self.assertEqual(counts["bad"], 1)
        self.assertEqual(items[0]["uri"], "https://big.example/page")
        self.assertEqual(items[0]["id"], "<urn:uuid:00000000-0000-0000-0000-000000000007>")
        self.assertTrue(items[0]["date"])
        self.assertRegex(items[0]["error"], r"^record at byte 0 https://big\.example/page: a block "
                                            r"of \d+ bytes, over the limit of \d+: passed over$")
        # the command's --max-page is the same limit
        self.assertSameAsCommand(path, items, counts, ["--max-page", "1000"])

    def test_items_in_archive_order(self):
        data = archive_bytes(False)
        items, _ = self.walk(self.write("t.warc", data))
        kinds = [kind for kind, _ in records()]
        starts = {}
        at = 0
        for kind, rec in records():
            starts[kind] = at
            at += len(rec)
        want = ["page", "garbage", "charset", "undecodable", "no_content"]
        self.assertEqual([item["offset"] for item in items], [starts[k] for k in want])
        self.assertTrue(set(want) <= set(kinds))
        page, garbage, russian, undecodable, empty = items
        self.assertEqual(page["uri"], "https://news.example/a.html")
        self.assertEqual(page["id"], "<urn:uuid:00000000-0000-0000-0000-000000000003>")
        self.assertEqual(page["date"], "2026-11-30T12:00:03Z")
        self.assertTrue(page["document"]["blocks"])
        self.assertNotIn("error", page)
        # the damaged record is told with where and why, never dropped
        self.assertEqual(garbage["uri"], "")
        self.assertTrue(garbage["error"].startswith("record at byte %d: " % starts["garbage"]))
        self.assertNotIn("document", garbage)
        self.assertIn("record at byte %d https://news.example/z.html: " % starts["undecodable"],
                      undecodable["error"])
        self.assertIsNone(empty["document"])
        # a page without main content keeps the metadata found: what
        # extract_metadata() gives for it, read as the record reads it
        self.assertEqual(empty["metadata"]["title"], "Sign in – Fernlight Community Bank")
        self.assertEqual(empty["metadata"],
                         maintext.extract_metadata(read(os.path.join(PAGES, "login.html")),
                                                   "https://news.example/login.html"))
        self.assertNotIn("metadata", page)

    def test_status_content_type_and_digest_as_served(self):
        # what a corpus builder filters on, as the record gives it
        resource = warc_record("resource", "file:///srv/a.html", read(os.path.join(PAGES, "recipe.html")),
                               "text/html", 10)
        odd = warc_record("response", "https://news.example/b.html",
                          http(203, "Text/HTML ; Charset=UTF-8", read(os.path.join(PAGES, "recipe.html"))),
                          "application/http; msgtype=response", 11,
                          digest="sha256:" + "ab" * 32)
        path = self.write("t.warc", archive_bytes(False) + resource + odd)
        items, counts = self.walk(path)
        served = [tuple(item[k] for k in SERVED) for item in items]
        self.assertEqual(served, [
            (200, "text/html; charset=utf-8", DIGEST),      # a page
            (None, "", ""),                                 # garbage: nothing read
            (200, "text/html; charset=windows-1251", ""),   # the Russian page
            (200, "text/html", ""),                         # undecodable: a bad record
            (200, "text/html", ""),                         # no main content
            (None, "text/html", ""),                        # a resource: no HTTP
            (203, "Text/HTML ; Charset=UTF-8", "sha256:" + "ab" * 32),  # as sent
        ])
        self.assertSameAsCommand(path, items, counts)

    def test_gzip_offsets_are_members(self):
        members = [gzip.compress(data) for _, data in records()]
        items, _ = self.walk(self.write("t.warc.gz", b"".join(members)))
        starts = [sum(len(m) for m in members[:i]) for i in range(len(members))]
        self.assertEqual([item["offset"] for item in items], [starts[i] for i in (2, 5, 6, 7, 8)])

    def test_http_charset_beats_meta(self):
        items, _ = self.walk(self.write("t.warc", archive_bytes(False)))
        russian = items[2]
        self.assertEqual(russian["uri"], "https://ru.example/bulki.html")
        self.assertIn(RUSSIAN_TEXT, russian["document"]["text"])
        self.assertIn("булки", russian["document"]["title"])
        # without the header's charset, the <meta> would have its way
        alone = maintext.extract_document(RUSSIAN)
        self.assertNotIn(RUSSIAN_TEXT, alone["text"] if alone else "")
        self.assertEqual(russian["document"],
                         maintext.extract_document(RUSSIAN, "https://ru.example/bulki.html",
                                                   charset="windows-1251"))

    def test_cut_short_page(self):
        path = self.write("cut.warc", archive_bytes(False, cut_short=True))
        items, counts = self.walk(path)
        self.assertEqual((counts["pages"], counts["cut_short"]), (4, 1))
        last = items[-1]
        self.assertEqual(last["uri"], "https://food.example/soup.html")
        self.assertIsNotNone(last["document"])
        self.assertIn("cut short", last["warning"])
        self.assertSameAsCommand(path, items, counts)

    def test_revisits_counted_apart(self):
        revisit = warc_record("revisit", "https://news.example/a-again.html",
                              b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                              "application/http; msgtype=response", 10)
        path = self.write("revisit.warc", archive_bytes(False) + revisit + revisit)
        items, counts = self.walk(path)
        self.assertEqual((counts["other_types"], counts["revisits"]), (4, 2))
        self.assertNotIn("https://news.example/a-again.html", [item["uri"] for item in items])
        self.assertSameAsCommand(path, items, counts)

    def test_options_reach_the_extraction(self):
        path = self.write("t.warc", archive_bytes(False))
        for kwargs in ({"favor_precision": True}, {"include_links": True},
                       {"min_length": 100000}, {"basic_metadata": True}):
            with self.subTest(**kwargs):
                items, _ = self.walk(path, **kwargs)
                html = read(os.path.join(PAGES, "news-article.html"))
                self.assertEqual(items[0]["document"],
                                 maintext.extract_document(html, "https://news.example/a.html",
                                                           charset="utf-8", **kwargs))

    def test_basic_metadata(self):
        # no search for authors and dates, as with the command's --basic-metadata
        path = self.write("t.warc", archive_bytes(False))
        items, _ = self.walk(path)
        self.assertEqual(items[0]["document"]["authors"], ["Maren Holt"])
        items, counts = self.walk(path, basic_metadata=True)
        documents = [item["document"] for item in items if item.get("document")]
        self.assertEqual(len(documents), 2)
        for doc in documents:
            self.assertEqual([doc[k] for k in ("authors", "date", "date_modified", "pagetype")],
                             [[], None, None, None])
        self.assertSameAsCommand(path, items, counts, ["--basic-metadata"])

    def test_file_object_same_as_path(self):
        class ReadOnly:
            """read() only, a few bytes at a time: the reader must not mind."""
            def __init__(self, data):
                self.f = io.BytesIO(data)

            def read(self, n):
                return self.f.read(min(n, 777))

        for compressed in (False, True):
            data = archive_bytes(compressed)
            path = self.write("t.warc", data)
            want = self.walk(path)
            for name, source in (("open", lambda: open(path, "rb")),
                                 ("unbuffered", lambda: open(path, "rb", buffering=0)),
                                 ("BytesIO", lambda: io.BytesIO(data)),
                                 ("read only", lambda: ReadOnly(data))):
                with self.subTest(gzip=compressed, source=name):
                    f = source()
                    self.assertEqual(self.walk(f), want)
                    if hasattr(f, "close"):
                        self.assertFalse(f.closed)   # the caller's to close
                        f.close()

    def test_path_kinds(self):
        import pathlib
        path = self.write("t.warc", archive_bytes(False))
        want = self.walk(path)
        self.assertEqual(self.walk(pathlib.Path(path)), want)
        self.assertEqual(self.walk(os.fsencode(path)), want)

    def test_counts_during_iteration(self):
        it = maintext.iter_archive(self.write("t.warc", archive_bytes(False)))
        self.assertEqual(it.counts["records"], 0)
        next(it)
        self.assertEqual((it.counts["records"], it.counts["pages"]), (3, 1))
        list(it)
        self.assertEqual(it.counts["records"], 9)
        self.assertRaises(StopIteration, next, it)
        self.assertEqual(it.counts["records"], 9)

    def test_close(self):
        it = maintext.iter_archive(self.write("t.warc", archive_bytes(False)))
        next(it)
        it.close()
        self.assertEqual(list(it), [])
        self.assertEqual(it.counts["records"], 3)
        it.close()
        with maintext.iter_archive(self.write("t.warc", archive_bytes(False))) as it:
            next(it)
        self.assertEqual(list(it), [])

    def test_errors(self):
        self.assertRaises(TypeError, maintext.iter_archive, 42)
        self.assertRaises(FileNotFoundError, maintext.iter_archive,
                          os.path.join(self.dir.name, "none.warc"))
        # as open() does, not a bad record: a folder is no archive
        self.assertRaises(IsADirectoryError, maintext.iter_archive, self.dir.name)
        self.assertRaises(ValueError, maintext.iter_archive, self.write("t.warc", b""),
                          max_page=0)
        self.assertRaises(ValueError, maintext.iter_archive, self.write("t.warc", b""),
                          favor_precision=True, favor_recall=True)
        self.assertRaises(TypeError, maintext.iter_archive, self.write("t.warc", b""),
                          output_format="txt")
        self.assertEqual(list(maintext.iter_archive(self.write("e.warc", b""))), [])
        # a text file is refused before its read can fail to decode the bytes
        for name, data, encoding in (("t.warc", archive_bytes(False), "latin-1"),
                                     ("t.warc.gz", archive_bytes(True), "utf-8")):
            text = open(self.write(name, data), "r", encoding=encoding)
            self.addCleanup(text.close)
            with self.assertRaisesRegex(TypeError, "binary file"):
                maintext.iter_archive(text)

        class StrReader:    # no TextIOBase, but its read gives str
            def read(self, size):
                return "WARC/1.0\r\n"
        with self.assertRaisesRegex(TypeError, "binary file"):
            list(maintext.iter_archive(StrReader()))

    def test_read_error_is_raised(self):
        class Failing(io.RawIOBase):
            def __init__(self, data):
                self.f, self.calls = io.BytesIO(data), 0

            def readable(self):
                return True

            def readinto(self, b):
                self.calls += 1
                if self.calls > 1:
                    raise OSError("the network went away")
                return self.f.readinto(b[:1000])

        it = maintext.iter_archive(Failing(archive_bytes(False)))
        with self.assertRaisesRegex(OSError, "the network went away"):
            list(it)
        self.assertEqual(list(it), [])

    def test_reentry_refused(self):
        data = archive_bytes(False)

        class Reentering:
            def __init__(self):
                self.f = io.BytesIO(data)

            def read(self, n):
                next(self.it)
                return self.f.read(n)

        src = Reentering()
        src.it = maintext.iter_archive(src)
        with self.assertRaisesRegex(ValueError, "already being read"):
            next(src.it)
        del src.it      # the cycle source -> iterator -> source, undone by hand


class Threads(ArchiveCase):
    def test_gil_is_released(self):
        # While one thread reads and extracts a long page (some 40 ms),
        # another wakes and extracts a small page: had the first held the
        # GIL, the second could not run before the long call returned.
        para = "<p>" + "Words of a long article that goes on and on about it. " * 20 + "</p>"
        big = ("<html><body><article>" + para * 12000 + "</article></body></html>").encode()
        path = self.write("big.warc", warc_record("response", "https://big.example/",
                                                  http(200, "text/html", big),
                                                  "application/http", 1))
        small = read(os.path.join(PAGES, "news-article.html"))

        def long_call(started):
            it = maintext.iter_archive(path)
            started.set()
            next(it)
        self.assertTrue(gil.short_call_ends_first(long_call, lambda: maintext.extract(small)),
                        "the short call never ended during the long one")

    def test_archives_walked_in_parallel(self):
        paths = [self.write("t%d.warc%s" % (i, ".gz" if i % 2 else ""),
                            archive_bytes(bool(i % 2))) for i in range(4)]
        want = [list(maintext.iter_archive(p)) for p in paths]
        got = [None] * len(paths)

        def walk(i):
            with open(paths[i], "rb") if i < 2 else open(os.devnull) as f:
                got[i] = list(maintext.iter_archive(f if i < 2 else paths[i]))
        threads = [threading.Thread(target=walk, args=(i,)) for i in range(len(paths))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(got, want)

    def test_one_iterator_shared(self):
        # threads taking turns on one iterator: each record comes out once
        # (a thread that finds it busy gets ValueError and tries again)
        path = self.write("t.warc", archive_bytes(False) * 5)
        want = list(maintext.iter_archive(path))
        it = maintext.iter_archive(path)
        got = []

        def take():
            while True:
                try:
                    item = next(it)
                except StopIteration:
                    return
                except ValueError:
                    time.sleep(0.001)
                    continue
                got.append(item)
        threads = [threading.Thread(target=take) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(sorted(got, key=lambda d: d["offset"]), want)


class Abandoned(ArchiveCase):
    """An iterator dropped halfway frees its reader, its file and its references."""

    def many_pages(self, compressed):
        html = read(os.path.join(PAGES, "news-article.html"))
        one = warc_record("response", "https://news.example/a.html",
                          http(200, "text/html", html), "application/http", 3)
        return b"".join(gzip.compress(one) if compressed else one for _ in range(20))

    def test_refcounts(self):
        data = self.many_pages(True)
        for _ in range(20):
            f = io.BytesIO(data)
            before = sys.getrefcount(f)
            it = maintext.iter_archive(f)
            next(it)
            self.assertGreater(sys.getrefcount(f), before)
            del it
            self.assertEqual(sys.getrefcount(f), before)

    def test_cycle_collected(self):
        # a file object that holds its iterator: the garbage collector
        # frees both (the iterator shows it the file)
        import gc
        freed = []

        class Holding(io.BytesIO):
            def __del__(self):
                freed.append(True)

        f = Holding(self.many_pages(False))
        f.it = maintext.iter_archive(f)
        next(f.it)
        del f
        gc.collect()
        self.assertEqual(freed, [True])

    def test_no_file_left_open(self):
        path = self.write("many.warc.gz", self.many_pages(True))
        fds = len(os.listdir("/proc/self/fd"))
        for _ in range(50):
            it = maintext.iter_archive(path)
            next(it)
            del it
        self.assertEqual(len(os.listdir("/proc/self/fd")), fds)

    def test_no_leak(self):
        import tracemalloc
        for compressed in (False, True):
            path = self.write("many.warc", self.many_pages(compressed))

            def abandon(n):
                for _ in range(n):
                    it = maintext.iter_archive(open(path, "rb") if n % 2 else path)
                    next(it)
                    next(it)
                    del it

            abandon(20)
            tracemalloc.start()
            start = tracemalloc.get_traced_memory()[0]
            rss = rss_kib()
            abandon(300)
            grown = tracemalloc.get_traced_memory()[0] - start
            tracemalloc.stop()
            with self.subTest(gzip=compressed):
                self.assertLess(grown, 64 * 1024)
                # C memory: a reader lost each time would be 64 KiB and more
                if not os.environ.get("MT_SANITIZED"):
                    self.assertLess(rss_kib() - rss, 8 * 1024)


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


class RealArchives(ArchiveCase):
    """The shared folder's archives (warcio's test files: damaged ones too)."""

    def test_same_as_command(self):
        if not os.path.isdir(REAL_ARCHIVES):
            self.skipTest("no shared archives at %s (set MT_SHARED)" % REAL_ARCHIVES)
        names = sorted(os.listdir(REAL_ARCHIVES))
        self.assertTrue(names)
        for name in names:
            path = os.path.join(REAL_ARCHIVES, name)
            with self.subTest(archive=name):
                it = maintext.iter_archive(path)
                items = list(it)
                self.assertSameAsCommand(path, items, it.counts)
                with open(path, "rb") as f:
                    self.assertEqual(list(maintext.iter_archive(f)), items)


if __name__ == "__main__":
    if not os.path.isdir(REAL_ARCHIVES):
        print("test_archive: no shared archives at %s: that part is skipped" % REAL_ARCHIVES)
    unittest.main(verbosity=1)
