#!/usr/bin/python3
"""csv_test.py MAINTEXT WORKDIR PAGE... -- `maintext -f csv` read back by
Python's csv module (strict) says what `maintext -f json` says: for every
page, each column equals the JSON member of its name (lists joined with
"; ", null as an empty field), with the same exit status. A batch is one
header row and a row per input, its "source" column naming the input; with
--jobs 2 the same bytes; rows end with CR LF. Awkward values (commas,
quotes, line breaks, in the page and in a file's name) and a web archive's
page (source FILE@OFFSET, and the record's URI, ID and date in columns of
their own, empty for a file's page in the same batch) read back too."""
import csv, io, json, os, sys

from readback import arguments, check, fail, finish, run

COLUMNS = ["title", "author", "date", "date_modified", "sitename", "description", "language",
           "url", "image", "categories", "tags", "license", "pagetype", "text", "comments",
           "encoding", "fingerprint"]
OPTIONS = ["--comments", "--links", "--images", "--formatting"]


def parse(data):
    """The rows of a CSV output, read strictly; None (and a failure) when it is no CSV."""
    try:
        return list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), strict=True))
    except (csv.Error, UnicodeDecodeError) as e:
        fail(f"not CSV: {e}")
        return None


def json_as_row(doc):
    """What each CSV column should hold, from the JSON object."""
    def scalar(v):
        if v is None:
            return ""
        return "; ".join(v) if isinstance(v, list) else v
    return [scalar(doc[c]) for c in COLUMNS]


def rows_end_with_crlf(data, nrows):
    # every record ends with CR LF, and CR LF is nowhere else but in a quoted
    # field that held it (our pages have none): as many as there are rows
    return data.endswith(b"\r\n") and data.count(b"\r\n") == nrows


def check_page(mt, page):
    status, out = run(mt, ["-f", "csv"] + OPTIONS + [page])
    jstatus, jout = run(mt, ["-f", "json"] + OPTIONS + [page])
    check(status == jstatus, f"{page}: exit status {status} in csv, {jstatus} in json")
    rows = parse(out)
    if rows is None:
        return
    check(len(rows) == 2, f"{page}: {len(rows)} rows, wanted a header and one row")
    check(rows_end_with_crlf(out, 2), f"{page}: rows do not end with CR LF")
    if len(rows) != 2:
        return
    check(rows[0] == COLUMNS, f"{page}: header {rows[0]}")
    want = json_as_row(json.loads(jout))
    for name, got, w in zip(COLUMNS, rows[1], want):
        check(got == w, f"{page}: column {name}: {got[:80]!r} but JSON says {w[:80]!r}")
    check(len(rows[1]) == len(COLUMNS), f"{page}: {len(rows[1])} fields")


def check_batch(mt, pages):
    status, out = run(mt, ["-f", "csv"] + OPTIONS + pages)
    _, out2 = run(mt, ["-f", "csv", "--jobs", "2"] + OPTIONS + pages)
    check(out == out2, "batch: --jobs 2 gives other bytes than one job")
    rows = parse(out)
    if rows is None:
        return
    check(len(rows) == len(pages) + 1, f"batch: {len(rows)} rows for {len(pages)} inputs")
    check(rows and rows[0] == ["source"] + COLUMNS, f"batch: header {rows[:1]}")
    check(sum(r[:2] == ["source", "title"] for r in rows) == 1, "batch: the header is repeated")
    check(rows_end_with_crlf(out, len(rows)), "batch: rows do not end with CR LF")
    for page, row in zip(pages, rows[1:]):
        _, single = run(mt, ["-f", "csv"] + OPTIONS + [page])
        one = parse(single)
        check(one and row == [page] + one[1], f"batch: {page}'s row differs from its own")


AWKWARD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Commas, "quotes" and more</title>
<meta name="author" content="Smith, Jane">
<meta name="description" content='She said "no", then left'>
<meta name="keywords" content="one, two">
</head><body><article><h1>Commas, "quotes" and more</h1>
<p>A paragraph with a comma, a "quoted" word, an apostrophe's place and a semicolon; all
of them must come back as they went in, whatever the reader does with them.</p>
<p>A second paragraph, so that the text field holds line breaks between its blocks, and
a line break<br>inside a paragraph too, with "quotes" at its end"</p>
<pre>code,with,commas
"and quotes"</pre>
</article></body></html>
"""


def check_awkward(mt, work):
    # a file name that needs quoting in the source column
    name = os.path.join(work, 'a, "b".html')
    with open(name, "w", encoding="utf-8") as f:
        f.write(AWKWARD)
    check_page(mt, name)
    status, out = run(mt, ["-f", "csv", name, name])
    rows = parse(out)
    check(status == 0 and rows and len(rows) == 3, f"awkward batch: {status}, {rows}")
    if rows and len(rows) == 3:
        check(rows[1][0] == name, f"awkward batch: source {rows[1][0]!r}")
        check('"quoted"' in rows[1][COLUMNS.index("text") + 1], "awkward: quotes lost")


def warc_record(kind, uri, ctype, body):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2026-03-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    return head + body + b"\r\n\r\n"


def check_archive(mt, work, page):
    with open(page, "rb") as f:
        html = f.read()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    first = warc_record("warcinfo", "", "application/warc-fields", b"software: csv_test\r\n")
    path = os.path.join(work, "pages.warc")
    with open(path, "wb") as f:
        f.write(first + warc_record("response", "https://x.example/a,b", "application/http", http))
    status, out = run(mt, ["-f", "csv", path])
    rows = parse(out)
    check(status == 0 and rows and len(rows) == 2, f"archive: {status}, {rows and len(rows)} rows")
    record_columns = ["record_uri", "record_id", "record_date"]
    if rows and len(rows) == 2:
        check(rows[0] == ["source"] + record_columns + COLUMNS, f"archive: header {rows[0]}")
        check(rows[1][0] == f"{path}@{len(first)}", f"archive: source {rows[1][0]!r}")
        check(rows[1][1:4] == ["https://x.example/a,b", "<urn:uuid:1>", "2026-03-01T10:00:00Z"],
              f"archive: record columns {rows[1][1:4]}")
    # a page read from a file, in a batch with an archive: empty record columns
    status, out = run(mt, ["-f", "csv", page, path])
    rows = parse(out)
    check(status == 0 and rows and len(rows) == 3, f"mixed: {status}, {rows and len(rows)} rows")
    if rows and len(rows) == 3:
        check(rows[0][:4] == ["source"] + record_columns, f"mixed: header {rows[0][:4]}")
        check(rows[1][:4] == [page, "", "", ""], f"mixed: the file's row {rows[1][:4]}")
        check(rows[2][1] == "https://x.example/a,b", f"mixed: the page's uri {rows[2][1]!r}")
        check(rows[1][4:] == parse(run(mt, ["-f", "csv", page])[1])[1],
              "mixed: the file's columns differ from its own CSV")


def main():
    mt, work, pages = arguments()
    for page in pages:
        check_page(mt, page)
    check_batch(mt, pages)
    check_awkward(mt, work)
    check_archive(mt, work, pages[0])
    return finish("csv_test")


if __name__ == "__main__":
    sys.exit(main())
