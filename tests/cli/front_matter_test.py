#!/usr/bin/python3
"""front_matter_test.py MAINTEXT WORKDIR PAGE... -- `maintext --with-metadata`
read back by a YAML parser (PyYAML, safe_load) says what `maintext -f json`
says: for every page, in txt and in markdown, the front matter is a mapping
of JSON's metadata members that have a value, in JSON's order, each equal to
JSON's (strings stay strings, lists lists), and what follows it is the
output without --with-metadata, after one blank line. A page whose
metadata holds what YAML would misread unquoted (quotes, a backslash,
": ", "null", "2024", "yes", "true", "#", brackets) reads back the same
too. (The escapes of characters YAML refuses unescaped, which the
extractor's normalisation leaves out of metadata, are tested on a result
built by hand: tests/unit/test_render_text.c.)"""
import json, os, sys

import yaml

from readback import arguments, check, fail, finish, run

MEMBERS = ["title", "authors", "author", "date", "date_modified", "sitename", "description",
           "language", "url", "image", "categories", "tags", "license", "pagetype"]


def expected(doc):
    """JSON's members that have a value, in JSON's order."""
    out = {}
    for name in MEMBERS:
        v = doc.get(name)
        if isinstance(v, list):
            v = [x for x in v if x]
        if v:
            out[name] = v
    return out


def split(page, fmt, data):
    """The front matter's text and what follows it; None when it is not there."""
    text = data.decode("utf-8")
    if not text.startswith("---\n"):
        fail(f"{page} ({fmt}): no opening '---' line")
        return None
    end = text.find("\n---\n", 3)
    if end < 0:
        fail(f"{page} ({fmt}): no closing '---' line")
        return None
    return text[4:end + 1], text[end + 5:]


def check_page(mt, page, options=()):
    jstatus, jout = run(mt, ["-f", "json"] + list(options) + [page])
    want = expected(json.loads(jout))
    for fmt in ("txt", "markdown"):
        status, out = run(mt, ["-f", fmt, "--with-metadata"] + list(options) + [page])
        _, plain = run(mt, ["-f", fmt] + list(options) + [page])
        check(status == jstatus, f"{page} ({fmt}): exit status {status}, {jstatus} in json")
        if status == 1:
            # no main content: as without --with-metadata, no document
            check(out == b"" and plain == b"", f"{page} ({fmt}): output for a page without content")
            continue
        parts = split(page, fmt, out)
        if parts is None:
            continue
        head, body = parts
        try:
            got = yaml.safe_load(head) if head else {}
        except yaml.YAMLError as e:
            fail(f"{page} ({fmt}): not YAML: {e}")
            continue
        got = got or {}
        check(list(got) == list(want), f"{page} ({fmt}): members {list(got)}, JSON has {list(want)}")
        for name, w in want.items():
            check(got.get(name) == w, f"{page} ({fmt}): {name}: {got.get(name)!r} but JSON says {w!r}")
        plain = plain.decode("utf-8")
        if plain:
            check(body == "\n" + plain, f"{page} ({fmt}): the text after the front matter differs")
        else:
            check(body == "", f"{page} ({fmt}): {body[:40]!r} after the front matter of no text")


AWKWARD = (
    "<html lang=en><head><title>Said \"no\" \\ then: null # 2024</title>"
    "<meta name=author content=\"- Anna; Ben\">"
    "<meta name=description content=\"yes\">"
    "<meta name=keywords content=\"2024, true, [x], {y}\">"
    "</head><body><article><h1>Said \"no\" \\ then: null # 2024</h1>"
    "<p>The committee said no to the plan on Tuesday, and the chair explained why in a "
    "long letter to the members, who had asked for the reasons in writing.</p>"
    "<p>The plan will come back next year in another form, the letter said, once the "
    "costs have been counted again by an independent firm.</p></article></body></html>"
)


def check_awkward(mt, work):
    page = os.path.join(work, "awkward.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(AWKWARD)
    check_page(mt, page)
    # what is read back is what the page says, strings all
    _, out = run(mt, ["--with-metadata", page])
    got = yaml.safe_load(out.decode("utf-8").split("\n---\n")[0][4:])
    check(got.get("title") == 'Said "no" \\ then: null # 2024', f"awkward: title {got.get('title')!r}")
    check(got.get("description") == "yes", f"awkward: description {got.get('description')!r}")
    check(got.get("tags") == ["2024", "true", "[x]", "{y}"], f"awkward: tags {got.get('tags')!r}")


def main():
    mt, work, pages = arguments()
    for page in pages:
        check_page(mt, page)
        check_page(mt, page, ["--comments", "--links", "--formatting", "--url",
                              "https://example.org/a/page.html"])
    check_awkward(mt, work)
    return finish("front_matter_test")


if __name__ == "__main__":
    sys.exit(main())
