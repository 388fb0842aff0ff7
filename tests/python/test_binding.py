"""Tests of the Python binding against the command's own output.

Run by ctest with PYTHONPATH at the built module and MT_CLI naming the
built command; the source tree is found from this file's place.
"""
import gzip
import json
import os
import subprocess
import sys
import threading
import tracemalloc
import unittest
import warnings
import xml.etree.ElementTree as ET

import gil
import maintext

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PAGES = os.path.join(ROOT, "tests", "fixtures", "pages")
ARTICLE = os.path.join(ROOT, "examples", "article.html")
CLI = os.environ.get("MT_CLI", os.path.join(ROOT, "build", "maintext"))

CONTENT_PAGES = sorted(
    os.path.join(PAGES, name)
    for name in ("blog-comments.html", "data-table.html", "docs-code.html",
                 "feature-longread.html", "forum-thread.html", "japanese.html",
                 "news-article.html", "recipe.html", "rtl-arabic.html"))
EMPTY_PAGES = sorted(
    os.path.join(PAGES, name)
    for name in ("index-teasers.html", "link-hub.html", "login.html", "not-found.html"))
FORMATS = ("txt", "markdown", "html", "json", "xml", "tei", "csv")

# Keyword sets and the command's flags for the same choice.
OPTION_SETS = [
    ({}, []),
    ({"favor_precision": True}, ["--precision"]),
    ({"favor_recall": True}, ["--recall"]),
    ({"whole_page": True, "include_comments": True}, ["--whole-page", "--comments"]),
    ({"include_tables": False}, ["--no-tables"]),
    ({"include_links": True, "include_images": True, "include_formatting": True},
     ["--links", "--images", "--formatting"]),
    ({"include_comments": True}, ["--comments"]),
    ({"min_length": 5000}, ["--min-length", "5000"]),
    ({"target_language": "en"}, ["--language", "en"]),
    ({"target_language": "ja,ar"}, ["--language", "ja,ar"]),
    ({"basic_metadata": True}, ["--basic-metadata"]),
]


# Programs the tests run get the environment without the sanitizer runtime
# that a sanitized build preloads into the interpreter: a command built by
# clang carries its own, and two do not mix.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}


def run(args, check=True):
    return subprocess.run(args, stdout=subprocess.PIPE, check=check, env=CHILD_ENV)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def cli(path, fmt="txt", flags=(), url=None, charset=None):
    """What the command prints for one page, or None when it finds no content."""
    args = [CLI, "-q", "--format", fmt] + list(flags)
    if url:
        args += ["--url", url]
    if charset:
        args += ["--charset", charset]
    done = run(args + [path], check=False)
    if done.returncode == 1:
        return None
    if done.returncode != 0:
        raise AssertionError(f"{args} exited {done.returncode}")
    return done.stdout.decode("utf-8")


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


# A page in Russian whose <meta> says KOI8-R while its bytes are windows-1251,
# as a server that re-encodes pages can serve them.
RUSSIAN = ("<html><head><meta charset=\"koi8-r\"><title>Погода</title></head><body>"
           "<article><h1>Погода в Москве</h1>"
           "<p>Завтра в Москве ожидается тёплая солнечная погода, без осадков, "
           "днём до двадцати трёх градусов тепла.</p>"
           "<p>Ветер слабый, северо-западный; ночью небо прояснится.</p>"
           "</article></body></html>")


class SameAsCommand(unittest.TestCase):
    """The binding gives what `maintext` prints for the same page and options."""

    def test_every_format_on_every_page(self):
        for path in CONTENT_PAGES + EMPTY_PAGES + [ARTICLE]:
            html = read(path)
            for fmt in FORMATS:
                with self.subTest(page=os.path.basename(path), fmt=fmt):
                    self.assertEqual(maintext.extract(html, output_format=fmt), cli(path, fmt))

    def test_options_map_to_flags(self):
        for path in CONTENT_PAGES + [ARTICLE]:
            html = read(path)
            for kwargs, flags in OPTION_SETS:
                for fmt in ("txt", "markdown", "json"):
                    with self.subTest(page=os.path.basename(path), fmt=fmt, **kwargs):
                        got = maintext.extract(html, output_format=fmt, **kwargs)
                        self.assertEqual(got, cli(path, fmt, flags))

    def test_with_metadata_is_the_front_matter(self):
        # trafilatura's with_metadata: the command's --with-metadata, whose
        # front matter has the authors and dates (searched for though the
        # format is txt), from the function and from an Extractor
        path = os.path.join(PAGES, "news-article.html")
        html = read(path)
        for fmt in ("txt", "markdown"):
            with self.subTest(fmt=fmt):
                got = maintext.extract(html, output_format=fmt, with_metadata=True)
                self.assertEqual(got, cli(path, fmt, ["--with-metadata"]))
                self.assertTrue(got.startswith("---\ntitle: "))
                self.assertIn('\nauthor: "Maren Holt"\n', got)
                ex = maintext.Extractor(output_format=fmt)
                self.assertEqual(ex.extract(html, with_metadata=True), got)
                self.assertEqual(ex.extract(html), maintext.extract(html, output_format=fmt))
        with self.assertRaises(TypeError):
            maintext.extract_document(html, with_metadata=True)

    def test_url_resolves_links(self):
        url = "https://example.org/a/b.html"
        path = os.path.join(PAGES, "news-article.html")
        got = maintext.extract(read(path), url, output_format="markdown", include_links=True)
        self.assertEqual(got, cli(path, "markdown", ["--links"], url=url))

    def test_version(self):
        out = run([CLI, "--version"])
        first = out.stdout.decode().splitlines()[0]
        self.assertEqual(first, "maintext " + maintext.__version__)


class Documents(unittest.TestCase):
    def test_metadata_fields(self):
        doc = maintext.extract_document(read(ARTICLE))
        self.assertEqual(doc["title"],
                         "Wrens on neighbouring headlands sing in different dialects, study finds")
        self.assertEqual(doc["authors"], ["Tomasz Brennan"])
        self.assertEqual(doc["date"], "2024-06-03T06:00:00+01:00")
        self.assertEqual(doc["sitename"], "The Meridian Post")
        self.assertEqual(doc["language"], "en")
        self.assertEqual(doc["pagetype"], "article")
        self.assertEqual(doc["encoding"], "UTF-8")
        self.assertIsNone(doc["license"])

    def test_is_the_json_with_blocks(self):
        for path in CONTENT_PAGES:
            with self.subTest(page=os.path.basename(path)):
                doc = maintext.extract_document(read(path), include_comments=True)
                self.assertEqual(doc, json.loads(cli(path, "json", ["--blocks", "--explain", "--comments"])))
                self.assertEqual(doc["comments"] is not None, "comments" in os.path.basename(path))
                # the text is the txt rendering's main text; comments go apart
                self.assertEqual(maintext.extract_document(read(path))["text"],
                                 maintext.extract(read(path)))

    def test_metadata_of_any_page(self):
        # extract_document's fields but the content's, for pages with
        # content; for pages without, the metadata record the command
        # writes of them in a batch (JSON Lines)
        url = "https://pages.example/a/b.html"
        for path in CONTENT_PAGES:
            with self.subTest(page=os.path.basename(path)):
                doc = maintext.extract_document(read(path), url)
                for key in ("text", "comments", "blocks", "comment_blocks"):
                    del doc[key]
                self.assertEqual(doc["sources"].pop("text"), "page")
                self.assertEqual(maintext.extract_metadata(read(path), url), doc)
        lines = run([CLI, "-q", "-f", "json", "--explain"] + EMPTY_PAGES,
                    check=False).stdout.splitlines()
        self.assertEqual(len(lines), len(EMPTY_PAGES))
        for path, line in zip(EMPTY_PAGES, lines):
            with self.subTest(page=os.path.basename(path)):
                record = json.loads(line)
                self.assertEqual(record.pop("source"), path)
                self.assertEqual(record.pop("text"), "")
                self.assertIsNone(record["sources"].pop("text"))
                del record["comments"]
                meta = maintext.extract_metadata(read(path))
                self.assertEqual(meta, record)
                self.assertIsNotNone(meta["title"])
        self.assertEqual(maintext.extract_metadata(b"")["title"], None)
        self.assertNotIn("not_a_page", maintext.extract_metadata(read(ARTICLE)))
        # bytes that are not a page: no content, and their media type
        archive = b"PK\x03\x04\x0a\x00\x00\x00\x00\x00" + read(ARTICLE)
        self.assertIsNone(maintext.extract_document(archive))
        meta = maintext.extract_metadata(archive, "https://pages.example/a.zip")
        self.assertEqual(meta["not_a_page"], "application/zip")
        self.assertEqual((meta["title"], meta["url"]), (None, "https://pages.example/a.zip"))
        self.assertEqual(maintext.extract_metadata(
            "<title>\u00e9t\u00e9</title>")["title"], "\u00e9t\u00e9")
        with self.assertRaises(TypeError):
            maintext.extract_metadata(read(ARTICLE), output_format="json")

    def test_blocks_are_typed(self):
        doc = maintext.extract_document(read(os.path.join(PAGES, "data-table.html")))
        types = {b["type"] for b in doc["blocks"]}
        self.assertIn("table", types)
        self.assertIn("heading", types)
        doc = maintext.extract_document(read(os.path.join(PAGES, "data-table.html")),
                                        include_tables=False)
        self.assertNotIn("table", {b["type"] for b in doc["blocks"]})


class BasicMetadata(unittest.TestCase):
    """basic_metadata=True leaves out authors, dates and the page type, and
    nothing else; extract() leaves them out by itself where it shows none."""

    NEWS = os.path.join(PAGES, "news-article.html")
    SEARCHED = {"authors": [], "author": None, "date": None, "date_modified": None,
                "pagetype": None}

    def test_document_lacks_authors_and_dates(self):
        html = read(self.NEWS)
        full = maintext.extract_document(html)
        self.assertEqual((full["author"], full["pagetype"]), ("Maren Holt", "article"))
        self.assertIsNotNone(full["date"])
        self.assertIsNotNone(full["date_modified"])
        basic = maintext.extract_document(html, basic_metadata=True)
        unsearched = {key: None for key in self.SEARCHED if key in full["sources"]}
        self.assertEqual(basic, {**full, **self.SEARCHED,
                                 "sources": {**full["sources"], **unsearched}})
        self.assertEqual(basic, json.loads(cli(self.NEWS, "json", ["--blocks", "--explain",
                                                                   "--basic-metadata"])))
        self.assertEqual(maintext.Extractor(basic_metadata=True).extract_document(html), basic)
        self.assertEqual(maintext.Extractor().extract_document(html), full)

    def test_text_output_skips_the_search_by_itself(self):
        # the string is the same either way; an Extractor must not skip on
        # its own, since its extract_document() shows what the search finds
        html = read(self.NEWS)
        for fmt in ("txt", "markdown"):
            with self.subTest(fmt=fmt):
                got = maintext.extract(html, output_format=fmt)
                self.assertEqual(got, maintext.extract(html, output_format=fmt,
                                                       basic_metadata=True))
                ex = maintext.Extractor(output_format=fmt)
                self.assertEqual(ex.extract(html), got)
                self.assertEqual(ex.extract_document(html)["author"], "Maren Holt")
        self.assertIn("Maren Holt", maintext.extract(html, output_format="json"))
        self.assertNotIn("Maren Holt", maintext.extract(html, output_format="json",
                                                        basic_metadata=True))

    def test_any_object_is_read_as_the_other_flags_are(self):
        html = read(self.NEWS)
        self.assertEqual(maintext.extract_document(html, basic_metadata=1)["authors"], [])
        self.assertEqual(maintext.extract_document(html, basic_metadata="")["authors"],
                         ["Maren Holt"])

        class Undecided:
            def __bool__(self):
                raise ZeroDivisionError("neither")
        for flag in ("whole_page", "basic_metadata"):
            with self.subTest(flag=flag):
                with self.assertRaises(ZeroDivisionError):
                    maintext.extract(html, **{flag: Undecided()})
                with self.assertRaises(ZeroDivisionError):
                    maintext.Extractor(**{flag: Undecided()})

    def test_not_for_extract_metadata(self):
        with self.assertRaises(TypeError):
            maintext.extract_metadata(read(self.NEWS), basic_metadata=True)


class Input(unittest.TestCase):
    def test_gzip_page_read_as_the_page_it_holds(self):
        # as the command reads a page.html.gz (found by its first bytes)
        html = read(ARTICLE)
        packed = gzip.compress(html)
        self.assertEqual(maintext.extract(packed), cli(ARTICLE))
        self.assertEqual(maintext.extract_document(packed), maintext.extract_document(html))
        self.assertEqual(maintext.Extractor().extract(packed), maintext.extract(html))
        self.assertEqual(maintext.extract_metadata(packed)["title"],
                         maintext.extract_metadata(html)["title"])
        # cut: what came is read, and said so
        cut = packed[:len(packed) * 3 // 4]
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            text = maintext.extract(cut)
        self.assertTrue(text and html.decode("utf-8").find(text.split("\n")[0][:40]) > 0)
        self.assertEqual([str(w.message) for w in said],
                         ["the compressed page ends early: kept what came"])
        self.assertEqual(said[0].category, maintext.PageWarning)
        self.assertTrue(issubclass(maintext.PageWarning, UserWarning))
        self.assertEqual(maintext.extract_document(cut)["warning"],
                         "the compressed page ends early: kept what came")
        with self.assertRaisesRegex(maintext.Error, "broken gzip content"):
            maintext.extract(b"\x1f\x8b" + b"not deflate data" * 4)
        # a str is text already: its first characters are no gzip header
        self.assertIsNone(maintext.extract("\x1f\x8b"))

    def test_page_over_a_limit_is_told(self):
        # the command says so on stderr; from Python a warning, or the
        # document's "warning"
        html = b"<p>" + b"word " * (4 * 2**20) + b"</p>"
        said = "the page is larger than a limit: a block's text was cut at 16 MiB"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            text = maintext.extract(html)
            again = maintext.Extractor().extract(html)
        self.assertEqual(len(text), 16 * 2**20 + 1)
        self.assertEqual(again, text)
        self.assertEqual([str(w.message) for w in caught], [said, said])
        self.assertEqual(maintext.extract_document(html)["warning"], said)
        small = maintext.extract_document(read(ARTICLE))
        self.assertNotIn("warning", small)

    def test_max_page_lowers_and_raises_the_input_limit(self):
        html = read(ARTICLE)
        calls = {
            "extract": lambda h, **kw: maintext.extract(h, **kw),
            "extract_document": lambda h, **kw: maintext.extract_document(h, **kw),
            "extract_metadata": lambda h, **kw: maintext.extract_metadata(h, **kw),
            "Extractor.extract": lambda h, **kw: maintext.Extractor(**kw).extract(h),
            "Extractor.extract_document":
                lambda h, **kw: maintext.Extractor(**kw).extract_document(h),
        }
        over = b" " * (64 * 2**20 + 1)     # one byte over the default limit
        for name, call in calls.items():
            with self.subTest(call=name):
                # lowered: a page one byte over it is the library's error 3
                with self.assertRaises(maintext.Error) as caught:
                    call(html, max_page=len(html) - 1)
                self.assertEqual(caught.exception.status, 3)
                self.assertEqual(str(caught.exception),
                                 "the page (%d bytes) is larger than max_page (%d bytes)"
                                 % (len(html), len(html) - 1))
                self.assertEqual(call(html, max_page=len(html)), call(html))
                self.assertEqual(call(html, max_page=None), call(html))
                # raised: a page over 64 MiB is read (blank: no content)
                with self.assertRaises(maintext.Error):
                    call(over)
                got = call(over, max_page=65 * 2**20)
                if name == "extract_metadata":
                    self.assertIsNone(got["title"])
                else:
                    self.assertIsNone(got)
                for bad in (0, -1):
                    with self.assertRaises(ValueError):
                        call(html, max_page=bad)
                # True is an int to Python, but no size of a page
                for bad in (True, "100", 100.0):
                    with self.assertRaisesRegex(TypeError, "max_page must be int or None"):
                        call(html, max_page=bad)
        # a page compressed with gzip inflates to the limit, not past it
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            self.assertIsNone(maintext.extract(gzip.compress(html), max_page=100))
        self.assertEqual([str(w.message) for w in caught],
                         ["the page is over the size limit once decompressed: "
                          "kept its beginning"])
        # the limit is one of an Extractor's options: a pickled one keeps it
        import pickle
        ex = pickle.loads(pickle.dumps(maintext.Extractor(max_page=len(html) - 1)))
        with self.assertRaises(maintext.Error):
            ex.extract(html)

    def test_str_equals_bytes_for_utf8_pages(self):
        for path in CONTENT_PAGES:
            with self.subTest(page=os.path.basename(path)):
                html = read(path)
                self.assertEqual(maintext.extract(html.decode("utf-8")), maintext.extract(html))

    def test_declared_charset_beats_meta(self):
        raw = RUSSIAN.encode("windows-1251")
        right = maintext.extract(raw, charset="windows-1251")
        self.assertIn("Завтра в Москве ожидается тёплая", right)
        # without the declaration the <meta> decides, and gets it wrong
        self.assertNotIn("Москве", maintext.extract(raw))
        doc = maintext.extract_document(raw, charset="windows-1251")
        self.assertEqual(doc["encoding"], "windows-1251")
        self.assertEqual(doc["title"], "Погода в Москве")
        ex = maintext.Extractor()
        self.assertEqual(ex.extract(raw, charset="windows-1251"), right)
        self.assertEqual(ex.extract_document(raw, charset="windows-1251"), doc)
        self.assertEqual(ex.extract_document(raw, "https://example.org/ru", charset="cp1251"),
                         maintext.extract_document(raw, "https://example.org/ru",
                                                   charset="cp1251"))
        # the command agrees
        path = os.path.join(self.tmp, "ru.html")
        with open(path, "wb") as f:
            f.write(raw)
        self.assertEqual(right, cli(path, charset="windows-1251"))

    def test_str_is_not_decoded_again(self):
        # a str is text already: its <meta charset="koi8-r"> must not count
        got = maintext.extract(RUSSIAN)
        self.assertIn("Завтра в Москве ожидается тёплая", got)
        self.assertEqual(maintext.extract_document(RUSSIAN)["encoding"], "UTF-8")

    def test_unknown_charset_label_is_passed_over(self):
        raw = RUSSIAN.encode("utf-8").replace(b"koi8-r", b"utf-8")
        self.assertIn("Москве", maintext.extract(raw, charset="no-such-charset"))

    def test_bytes_like(self):
        html = read(ARTICLE)
        want = maintext.extract(html)
        self.assertEqual(maintext.extract(bytearray(html)), want)
        self.assertEqual(maintext.extract(memoryview(html)), want)

    def test_lone_surrogate_becomes_question_mark(self):
        html = "<html><body><article><p>" + "Some words of text. " * 5 + "\udcff end</p>" \
               "</article></body></html>"
        got = maintext.extract(html)
        self.assertIn("text. ? end", got)

    def test_url_with_escaped_bytes(self):
        # a URI read with errors="surrogateescape" (a WARC header, a file
        # name) holds its odd bytes as lone surrogates: they are the bytes
        # again, %-encoded in the URL the page is given, as with bytes
        html = "<html><head><title>Wrens</title></head><body><article><p>" + \
               "Wrens sing in dialects that differ from valley to valley. " * 4 + \
               "</p></article></body></html>"
        raw = b"https://example.org/caf\xe9/"
        as_str = raw.decode("utf-8", "surrogateescape")
        for url in (as_str, raw):
            doc = maintext.extract_document(html, url)
            self.assertEqual(doc["url"], "https://example.org/caf%E9/")
            self.assertEqual(maintext.extract_metadata(html, url)["url"], doc["url"])
            self.assertEqual(maintext.Extractor().extract_document(html, url)["url"], doc["url"])
        # a surrogate no decode made is passed as UTF-16 has it, %-encoded too
        doc = maintext.extract_document(html, "https://example.org/\ud800/")
        self.assertEqual(doc["url"], "https://example.org/%ED%A0%80/")
        with self.assertRaises(ValueError):
            maintext.extract(html, "https://example.org/\0")
        with self.assertRaises(ValueError):
            maintext.extract(html, b"https://example.org/\0")

    def test_empty_and_no_content(self):
        for html in (b"", "", b"<html><body></body></html>"):
            for fmt in FORMATS:
                self.assertIsNone(maintext.extract(html, output_format=fmt))
            self.assertIsNone(maintext.extract_document(html))
        for path in EMPTY_PAGES:
            self.assertIsNone(maintext.extract_document(read(path)))

    @classmethod
    def setUpClass(cls):
        import tempfile
        cls._dir = tempfile.TemporaryDirectory()
        cls.tmp = cls._dir.name

    @classmethod
    def tearDownClass(cls):
        cls._dir.cleanup()


class Errors(unittest.TestCase):
    def test_wrong_types_named_by_keyword(self):
        cases = (
            (lambda: maintext.extract(b"<p>x", output_format=None),
             "extract() argument 'output_format' must be str, not None"),
            (lambda: maintext.extract_document(b"<p>x", target_language=5),
             "extract_document() argument 'target_language' must be str or None, not int"),
            (lambda: maintext.extract_metadata(b"<p>x", charset=1),
             "extract_metadata() argument 'charset' must be str or None, not int"),
            (lambda: maintext.Extractor(output_format=None),
             "Extractor() argument 'output_format' must be str, not None"),
            (lambda: maintext.Extractor().extract(b"<p>x", charset=3),
             "extract() argument 'charset' must be str or None, not int"),
            (lambda: maintext.iter_archive(ARTICLE, target_language=3),
             "iter_archive() argument 'target_language' must be str or None, not int"),
        )
        for call, said in cases:
            with self.subTest(said=said):
                with self.assertRaises(TypeError) as caught:
                    call()
                self.assertEqual(str(caught.exception), said)

        # the caller's own TypeError, raised while an argument is read,
        # is passed on as it was raised
        class Refused(TypeError):
            pass

        class Flag:
            def __bool__(self):
                raise Refused("extract() argument 1 is refused here")
        with self.assertRaises(Refused) as caught:
            maintext.extract(b"<p>x", favor_precision=Flag())
        self.assertEqual(str(caught.exception), "extract() argument 1 is refused here")

    def test_bad_arguments(self):
        html = read(ARTICLE)
        with self.assertRaises(ValueError):
            maintext.extract(html, output_format="pdf")
        with self.assertRaises(ValueError):
            maintext.extract(html, favor_precision=True, favor_recall=True)
        with self.assertRaises(ValueError):
            maintext.extract(html, whole_page=True, favor_precision=True)
        with self.assertRaises(ValueError):
            maintext.extract(html, min_length=-1)
        with self.assertRaises(ValueError):
            maintext.extract("<p>x</p>", charset="utf-8")
        with self.assertRaises(TypeError):
            maintext.extract(123)
        with self.assertRaises(TypeError):
            maintext.extract(None)
        with self.assertRaises(TypeError):
            maintext.extract(html, url=5)
        with self.assertRaises(TypeError):
            maintext.extract(html, "https://example.org/", "json")   # keyword only
        with self.assertRaises(TypeError):
            maintext.extract(html, no_such_option=True)
        with self.assertRaises(TypeError):
            maintext.extract_document(html, output_format="txt")
        with self.assertRaises(ValueError):
            maintext.Extractor(output_format="pdf")
        with self.assertRaises(ValueError):
            maintext.Extractor(favor_precision=True, favor_recall=True)
        with self.assertRaises(ValueError):
            maintext.Extractor().extract(html, output_format="yaml")
        with self.assertRaises(TypeError):
            maintext.Extractor().extract_document(html, output_format="txt")
        with self.assertRaises(TypeError):
            maintext.Extractor().extract(html, favor_precision=True)   # the extractor's
        with self.assertRaises(TypeError):
            maintext.Extractor(charset="utf-8")      # a page's, not an extractor's

    def test_library_error(self):
        too_big = b" " * (64 * 1024 * 1024 + 1)
        with self.assertRaises(maintext.Error) as caught:
            maintext.extract(too_big)
        self.assertEqual(caught.exception.status, 3)
        self.assertIn("larger", str(caught.exception).lower())
        self.assertTrue(issubclass(maintext.Error, Exception))
        # one made by the caller (a wrapper's, a test's) has the attribute
        # the stubs promise too
        self.assertEqual(maintext.Error("made here").status, 0)

    def test_uninitialised_extractor(self):
        ex = maintext.Extractor.__new__(maintext.Extractor)
        with self.assertRaises(ValueError):
            ex.extract(b"<p>x</p>")


LOW_MEMORY_CHILD = """
import resource, sys
import maintext
para = "<p>" + "Words of a long article that goes on and on about it. " * 20 + "</p>"
big = ("<html><body><article>" + para * 12000 + "</article></body></html>").encode()
with open("/proc/self/statm") as f:
    size = int(f.read().split()[0]) * resource.getpagesize()
resource.setrlimit(resource.RLIMIT_AS, (size + 10 * 1024 * 1024, resource.RLIM_INFINITY))
for call in (lambda: maintext.extract(big), lambda: maintext.Extractor().extract(big)):
    try:
        call()
        print("no error")
    except MemoryError:
        print("MemoryError")
resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
print(len(maintext.extract(big)) > 10000000)
"""


class LowMemory(unittest.TestCase):
    @unittest.skipIf(os.environ.get("MT_SANITIZED"), "a sanitizer reserves more address space")
    def test_allocation_failure_is_memory_error(self):
        # a 15 MB page with 10 MB of address space left: the library's
        # allocations fail, the call raises MemoryError, the process goes on
        done = subprocess.run([sys.executable, "-c", LOW_MEMORY_CHILD], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=CHILD_ENV, check=False)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assertEqual(done.stdout.decode().split(), ["MemoryError", "MemoryError", "True"])


class Reuse(unittest.TestCase):
    def test_extractor_over_many_pages(self):
        pages = [read(p) for p in CONTENT_PAGES + EMPTY_PAGES + [ARTICLE]]
        for kwargs, _ in OPTION_SETS:
            ex = maintext.Extractor(**kwargs)
            want = [maintext.extract(p, **kwargs) for p in pages]
            for _ in range(3):
                self.assertEqual([ex.extract(p) for p in pages], want)
            docs = [maintext.extract_document(p, **kwargs) for p in pages]
            self.assertEqual([ex.extract_document(p) for p in pages], docs)

    def test_extractor_format(self):
        html = read(ARTICLE)
        ex = maintext.Extractor(output_format="markdown")
        self.assertEqual(ex.extract(html), maintext.extract(html, output_format="markdown"))
        self.assertEqual(ex.extract(html, output_format="xml"),
                         maintext.extract(html, output_format="xml"))
        ex.__init__(output_format="json")
        self.assertEqual(ex.extract(html), maintext.extract(html, output_format="json"))

    def test_pickled_and_copied_extractor_keeps_its_options(self):
        # a pipeline (datatrove) pickles its steps for its worker processes
        import copy
        import pickle
        pages = [read(p) for p in CONTENT_PAGES[:4] + EMPTY_PAGES[:1] + [ARTICLE]]
        for kwargs, _ in OPTION_SETS + [({"output_format": "markdown",
                                          "include_links": True}, [])]:
            ex = maintext.Extractor(**kwargs)
            want = [ex.extract(p) for p in pages]
            docs = [ex.extract_document(p) for p in pages]
            rebuilt = [pickle.loads(pickle.dumps(ex, protocol))
                       for protocol in range(pickle.HIGHEST_PROTOCOL + 1)]
            rebuilt += [copy.copy(ex), copy.deepcopy(ex)]
            for other in rebuilt:
                with self.subTest(kwargs=kwargs):
                    self.assertIsInstance(other, maintext.Extractor)
                    self.assertIsNot(other, ex)
                    self.assertEqual([other.extract(p) for p in pages], want)
                    self.assertEqual([other.extract_document(p) for p in pages], docs)
                    # the state is the keywords, as given
                    state = other.__reduce__()[2]
                    for key, value in kwargs.items():
                        self.assertEqual(state[key], value, key)
        # one whose __init__ never ran has no options to give
        with self.assertRaises(ValueError):
            pickle.dumps(maintext.Extractor.__new__(maintext.Extractor))


class Threads(unittest.TestCase):
    @unittest.skipUnless(hasattr(os, "fork"), "no fork")
    @unittest.skipIf(os.environ.get("MT_UNDER_VALGRIND"),
                     "under valgrind a child's page can outlast its alarm")
    def test_fork_while_a_thread_extracts(self):
        # the child has the Extractor but not the thread that held it at
        # the fork: it must not wait for that thread forever
        page = read(ARTICLE)
        ex = maintext.Extractor()
        want = ex.extract(page)
        stop = threading.Event()

        def busy():
            while not stop.is_set():
                ex.extract(page)
        worker = threading.Thread(target=busy)
        worker.start()
        def in_child(how):
            # 0 when the child got the text, the Extractor made again by
            # __init__ too, or from several threads at once
            if how == "init":
                ex.__init__()
            if how != "threads":
                return 0 if ex.extract(page) == want else 1
            got = []
            threads = [threading.Thread(target=lambda: got.append(ex.extract(page) == want))
                       for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return 0 if got == [True] * 4 else 1
        try:
            statuses = []
            for how in ("extract", "init", "threads") * 3:
                pid = os.fork()
                if pid == 0:
                    import signal
                    signal.alarm(10)
                    try:
                        status = in_child(how)
                    except BaseException:
                        status = 2
                    os._exit(status)
                statuses.append(os.waitpid(pid, 0)[1])
            # a fork while the call reads its own arguments (a flag's
            # __bool__): the child goes on into the extraction
            class Forks:
                pid = None

                def __bool__(self):
                    self.pid = os.fork()
                    if self.pid == 0:
                        import signal
                        signal.alarm(10)
                    return False
            for _ in range(3):
                flag = Forks()
                got = ex.extract(page, with_metadata=flag)
                if flag.pid == 0:
                    os._exit(0 if got == want else 1)
                statuses.append(os.waitpid(flag.pid, 0)[1])
        finally:
            stop.set()
            worker.join()
        self.assertEqual(statuses, [0] * 12)
        self.assertEqual(ex.extract(page), want)

    def run_threads(self, work, n):
        errors = []

        def guarded(i):
            try:
                work(i)
            except BaseException as e:  # reported in the main thread
                errors.append(e)
        threads = [threading.Thread(target=guarded, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]

    def test_threads_agree_with_one_thread(self):
        pages = [read(p) for p in CONTENT_PAGES + [ARTICLE]]
        want = [maintext.extract(p, output_format="json") for p in pages]
        got = {}

        def work(i):
            ex = maintext.Extractor(output_format="json")
            for _ in range(5):
                # each thread starts at a different page
                order = pages[i:] + pages[:i]
                got[i] = [ex.extract(p) for p in order]
                funcs = [maintext.extract(p, output_format="json") for p in order]
                self.assertEqual(funcs, got[i])
        self.run_threads(work, 4)
        for i in range(4):
            self.assertEqual(got[i], want[i:] + want[:i])

    @unittest.skipIf(os.environ.get("MT_UNDER_VALGRIND"),
                     "valgrind runs one thread at a time: which ends first says nothing there")
    def test_gil_is_released(self):
        # While one thread reads a long page (some 40 ms), another wakes
        # and extracts a small page: had the first held the GIL, the second
        # could not run before the long call returned.
        para = "<p>" + "Words of a long article that goes on and on about it. " * 20 + "</p>"
        big = ("<html><body><article>" + para * 12000 + "</article></body></html>").encode()
        small = read(ARTICLE)

        def long_call(started):
            started.set()
            maintext.extract(big)
        self.assertTrue(gil.short_call_ends_first(long_call, lambda: maintext.extract(small)),
                        "the short call never ended during the long one")

    def test_reinit_while_extracting(self):
        # __init__ swaps the extractor under the lock: a thread extracting
        # meanwhile finishes with the old one or starts with the new one
        pages = [read(p) for p in CONTENT_PAGES]
        ex = maintext.Extractor()
        texts = {maintext.extract(p) for p in pages}
        markdowns = {maintext.extract(p, output_format="markdown") for p in pages}

        def work(i):
            for n in range(30):
                if i == 0:
                    ex.__init__(output_format=("txt", "markdown")[n % 2])
                else:
                    self.assertIn(ex.extract(pages[n % len(pages)]), texts | markdowns)
        self.run_threads(work, 3)

    def test_one_extractor_shared(self):
        pages = [read(p) for p in CONTENT_PAGES]
        ex = maintext.Extractor()
        want = [maintext.extract(p) for p in pages]

        def work(i):
            for _ in range(5):
                self.assertEqual([ex.extract(p) for p in pages], want)
                self.assertEqual(ex.extract_document(pages[i])["text"], want[i])
        self.run_threads(work, 4)


class Leaks(unittest.TestCase):
    """References and memory stay flat over many calls."""

    def test_refcounts(self):
        html = read(ARTICLE)
        url = "https://example.org/wrens"
        ex = maintext.Extractor()
        before = (sys.getrefcount(html), sys.getrefcount(url), sys.getrefcount(ex))
        for _ in range(100):
            maintext.extract(html, url)
            maintext.extract_document(html, url)
            ex.extract(html, url)
            ex.extract_document(html)
            try:
                maintext.extract(html, output_format="bad")
            except ValueError:
                pass
        self.assertEqual((sys.getrefcount(html), sys.getrefcount(url), sys.getrefcount(ex)),
                         before)
        text = maintext.extract(html)
        self.assertEqual(sys.getrefcount(text), 2)   # ours and getrefcount's argument

    def test_memory_stays_flat(self):
        html = read(os.path.join(PAGES, "news-article.html"))
        text = html.decode("utf-8")
        ex = maintext.Extractor()

        def round_():
            maintext.extract(html)
            maintext.extract(text, output_format="markdown")
            maintext.extract_document(html)
            ex.extract(html)
            ex.extract_document(text)
            maintext.extract(b"<p></p>")
        for _ in range(200):      # warm up allocators and caches
            round_()
        tracemalloc.start()
        rss0 = rss_kib()
        snap0 = tracemalloc.take_snapshot()
        for _ in range(2000):     # 12,000 calls
            round_()
        snap1 = tracemalloc.take_snapshot()
        rss1 = rss_kib()
        tracemalloc.stop()
        grown = sum(s.size_diff for s in snap1.compare_to(snap0, "filename") if s.size_diff > 0)
        self.assertLess(grown, 64 * 1024, "Python objects kept alive by the calls")
        # ASan holds freed memory back from reuse for a while: RSS grows there
        if not os.environ.get("MT_SANITIZED"):
            self.assertLess(rss1 - rss0, 4096, "resident memory grew (C allocations kept)")


class Languages(unittest.TestCase):
    """target_language keeps pages whose main text is in one of its languages."""

    def test_pages_in_other_languages_give_none(self):
        english = read(os.path.join(PAGES, "news-article.html"))
        japanese = read(os.path.join(PAGES, "japanese.html"))
        self.assertIsNotNone(maintext.extract(english, target_language="en"))
        self.assertIsNone(maintext.extract(english, target_language="de"))
        self.assertIsNone(maintext.extract(japanese, target_language="en"))
        self.assertIsNotNone(maintext.extract(japanese, target_language="EN, ja-JP"))
        doc = maintext.extract_document(japanese, target_language="ja")
        self.assertEqual(doc["language"], "ja")
        ex = maintext.Extractor(target_language="de,fr")
        self.assertIsNone(ex.extract(english))

    def test_a_list_that_is_no_list_is_a_value_error(self):
        html = read(os.path.join(PAGES, "news-article.html"))
        for bad in ("e", "english", "en;de", "1a", ",", "en-"):
            with self.subTest(bad=bad):
                with self.assertRaises(ValueError):
                    maintext.extract(html, target_language=bad)
        with self.assertRaises(ValueError):
            maintext.Extractor(target_language="x")
        self.assertIsNotNone(maintext.extract(html, target_language=""))   # any


class Module(unittest.TestCase):
    def test_exports_only_its_init(self):
        # the library inside is linked in whole and hidden: no mt_* symbol
        # can clash with another copy of libmaintext in the process
        try:
            out = run(["nm", "-D", "--defined-only", maintext.__file__]).stdout.decode()
        except FileNotFoundError:
            self.skipTest("nm not installed")
        self.assertEqual([line.split()[-1] for line in out.splitlines()], ["PyInit_maintext"])

    def test_needs_no_libmaintext(self):
        try:
            out = run(["ldd", maintext.__file__]).stdout.decode()
        except FileNotFoundError:
            self.skipTest("ldd not installed")
        self.assertNotIn("libmaintext", out)


class Docs(unittest.TestCase):
    def test_docstrings(self):
        self.assertIn("maintext.extract", maintext.__doc__)
        for obj in (maintext.extract, maintext.extract_document, maintext.Extractor,
                    maintext.Extractor.extract, maintext.Extractor.extract_document,
                    maintext.Error):
            self.assertTrue(obj.__doc__ and len(obj.__doc__) > 40, obj)
        self.assertIn("favor_precision", maintext.extract.__doc__)
        import inspect
        self.assertIn("output_format", str(inspect.signature(maintext.extract)))
        for obj in (maintext.extract, maintext.extract_document, maintext.Extractor,
                    maintext.iter_archive):
            self.assertIn("target_language", str(inspect.signature(obj)))
            self.assertIn("basic_metadata=False", str(inspect.signature(obj)))
        for obj in (maintext.extract_document, maintext.Extractor,
                    maintext.Extractor.extract, maintext.Extractor.extract_document):
            self.assertIn("charset" if obj is not maintext.Extractor else "min_length",
                          str(inspect.signature(obj)))

    def test_docstrings_name_every_field(self):
        # the dicts' keys are the API: each docstring names all it gives
        import re
        html = read(ARTICLE)
        for func, doc in ((maintext.extract_document, maintext.extract_document(html)),
                          (maintext.extract_metadata, maintext.extract_metadata(html))):
            words = set(re.findall(r"[a-z_]+", func.__doc__))
            for key in doc:
                with self.subTest(func=func.__name__, key=key):
                    self.assertIn(key, words)
        # extract_metadata takes html, url and charset alone
        self.assertNotIn("arguments are extract()'s", maintext.extract_metadata.__doc__)


if __name__ == "__main__":
    if not os.access(CLI, os.X_OK):
        sys.exit(f"test_binding.py: no command at {CLI} (set MT_CLI)")
    unittest.main()
