#!/bin/sh
# test_pip.sh PYTHON SOURCE_DIR -- the module as pip builds it (setup.py,
# pyproject.toml) from the sdist of a copy of the sources: a wheel, installed into a
# folder of its own, that gives what the command gives, carries the type
# stubs as maintext-stubs, exports PyInit_maintext alone and states the
# project's version. Skipped (77) without pip, setuptools and wheel
# (python3-pip, python3-setuptools, python3-wheel); MT_CLI is the command.
set -u
PY=$1
SRC=$(cd "$2" && pwd)
if ! "$PY" -c 'import setuptools, wheel' 2>/dev/null || ! "$PY" -m pip --version >/dev/null 2>&1; then
    echo "python/pip: pip, setuptools or wheel is missing (python3-pip, python3-setuptools, python3-wheel): skipped"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# a copy without build folders: what a user's unpacked source is
mkdir "$work/src"
tar -C "$SRC" --exclude='./build*' --exclude='./.git' --exclude='./fuzz/corpus-*' -cf - . |
    tar -C "$work/src" -xf - || fail "copying the sources"
# the wheel is built from the source distribution, as `python -m build`
# and pip given an sdist build it: the sdist must carry what the build
# needs (headers, the stubs, CMakeLists.txt with the version)
(cd "$work/src" && "$PY" -c 'import sys; from setuptools import build_meta as b
print(b.build_sdist(sys.argv[1]))' "$work/sdist") > "$work/sdist.log" 2>&1 ||
    { cat "$work/sdist.log"; fail "setuptools could not build the sdist"; }
mkdir "$work/unpacked" && tar -C "$work/unpacked" -xzf "$work"/sdist/maintext-*.tar.gz ||
    fail "the sdist does not unpack"
# no index, no isolation: offline, with the interpreter's own setuptools
"$PY" -m pip wheel --quiet --no-build-isolation --no-deps --no-index --no-cache-dir \
    -w "$work/wheels" "$work"/unpacked/maintext-* > "$work/wheel.log" 2>&1 ||
    { cat "$work/wheel.log"; fail "pip could not build the wheel"; }
"$PY" -m pip install --quiet --no-index --no-deps --no-cache-dir --target "$work/site" \
    "$work"/wheels/maintext-*.whl > "$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "pip could not install the wheel"; }

cmp -s "$work/site/maintext-stubs/__init__.pyi" "$SRC/python/maintext.pyi" ||
    fail "the wheel lacks the stubs as maintext-stubs/__init__.pyi"
so=$(ls "$work"/site/maintext*.so) || fail "the wheel holds no module"
exports=$(nm -D --defined-only "$so" | awk '$2 == "T" { print $3 }')
[ "$exports" = "PyInit_maintext" ] || fail "the module exports more than PyInit_maintext: $exports"

version=$(sed -n 's/^project(maintext VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
for page in news-article blog-comments japanese rtl-arabic; do
    html="$SRC/tests/fixtures/pages/$page.html"
    "$MT_CLI" -f markdown "$html" > "$work/want.md" || fail "the command failed on $page"
    "$MT_CLI" -f json "$html" > "$work/want.json" || fail "the command failed on $page"
    PYTHONPATH="$work/site" "$PY" - "$html" "$work" "$version" <<'EOF' || fail "the pip module on $page"
import json, os, sys
import maintext
html_path, work, version = sys.argv[1:4]
assert maintext.__file__.startswith(os.path.join(work, "site")), maintext.__file__
assert maintext.__version__ == version, (maintext.__version__, version)
html = open(html_path, "rb").read()
got = maintext.extract(html, output_format="markdown")
want = open(os.path.join(work, "want.md"), encoding="utf-8").read()
assert got == want, "markdown differs from the command's"
doc = maintext.extract(html, output_format="json")
assert json.loads(doc) == json.load(open(os.path.join(work, "want.json"), encoding="utf-8")), \
    "json differs from the command's"
EOF
done
echo "python/pip: a wheel built, installed and checked on 4 pages"
