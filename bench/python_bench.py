"""python_bench.py BUILD_DIR PAGE_DIR... -- what the Python binding costs
over calling the C library, on the same pages.

The C side runs in the same process, through ctypes on the shared library
(a call costs about a microsecond, against hundreds for a page), taking
turns with the binding round by round, so that both see the same machine:
it is shared, and times drift from run to run. Prints ratios only:

  python: N pages; per page, against C mt_extract + mt_render(txt): ...

The binding's lines are: Extractor.extract (txt), extract() (a fresh
extractor a call), Extractor.extract_document (JSON with blocks, parsed by
json.loads); then the C call rendering that JSON, and json.loads alone on
the JSON texts (extract_document's cost over the C call with JSON).
"""
import ctypes
import glob
import json
import os
import sys
import time

ROUNDS = 7
MT_FORMAT_TEXT = 0
MT_FORMAT_JSON = 3
MT_RENDER_BLOCKS = 1
MT_RENDER_COMPACT = 4


def pages_in(dirs):
    paths = []
    for d in dirs:
        paths += sorted(glob.glob(os.path.join(d, "**", "*.html"), recursive=True))
    pages = []
    for p in paths:
        with open(p, "rb") as f:
            pages.append(f.read())
    return pages


class CLibrary:
    """mt_extract + mt_render(txt) + mt_free per page, one extractor reused:
    what Extractor.extract does, without Python around it."""

    def __init__(self, build):
        lib = ctypes.CDLL(os.path.join(build, "libmaintext.so"))
        lib.mt_extractor_new.restype = ctypes.c_void_p
        lib.mt_extractor_new.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.mt_extractor_free.argtypes = [ctypes.c_void_p]
        lib.mt_extract.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                   ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
        lib.mt_render.restype = ctypes.c_void_p
        lib.mt_render.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint,
                                  ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        lib.mt_free.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.lib = lib
        self.ex = lib.mt_extractor_new(None, None)
        self.result = ctypes.c_void_p()

    def extract(self, html, fmt=MT_FORMAT_TEXT, flags=0):
        lib = self.lib
        if lib.mt_extract(self.ex, html, len(html), None, ctypes.byref(self.result)) == 0:
            lib.mt_free(None, lib.mt_render(self.result, fmt, flags, None, None, None))

    def json_text(self, html):
        """The JSON text extract_document parses, or None."""
        lib = self.lib
        if lib.mt_extract(self.ex, html, len(html), None, ctypes.byref(self.result)) != 0:
            return None
        out = lib.mt_render(self.result, MT_FORMAT_JSON, MT_RENDER_BLOCKS | MT_RENDER_COMPACT,
                            None, None, None)
        text = ctypes.string_at(out).decode("utf-8")
        lib.mt_free(None, out)
        return text

    def extract_json(self, html):
        """What Extractor.extract_document has the library do."""
        self.extract(html, MT_FORMAT_JSON, MT_RENDER_BLOCKS | MT_RENDER_COMPACT)

    def close(self):
        self.lib.mt_extractor_free(self.ex)


def one_pass(fn, items):
    """CPU time, as the C benchmarks count: waiting for a core shared with
    other work is not ours."""
    t0 = time.process_time()
    for item in items:
        fn(item)
    return time.process_time() - t0


def main():
    build, dirs = sys.argv[1], sys.argv[2:]
    sys.path.insert(0, os.path.join(build, "python"))
    try:
        import maintext
    except ImportError:
        print("python: the binding was not built (python3-dev missing)", file=sys.stderr)
        return
    pages = pages_in(dirs)
    ex = maintext.Extractor()
    c = CLibrary(build)
    jsons = [j for j in map(c.json_text, pages) if j is not None]
    ways = [
        ("C", c.extract, pages),
        ("Extractor.extract", ex.extract, pages),
        ("extract()", maintext.extract, pages),
        ("Extractor.extract_document", ex.extract_document, pages),
        ("C with JSON and blocks", c.extract_json, pages),
        ("json.loads alone", json.loads, jsons),
    ]
    best = {}
    for _ in range(ROUNDS):     # the ways take turns, the fastest pass counts
        for name, fn, items in ways:
            t = one_pass(fn, items)
            best[name] = min(best.get(name, t), t)
    c.close()
    parts = [f"{name} {best[name] / best['C']:.2f}x" for name, _, _ in ways[1:]]
    print(f"python: {len(pages)} pages; per page, against C mt_extract + mt_render(txt): "
          + ", ".join(parts))


if __name__ == "__main__":
    main()
