#!/bin/sh
# test_stubs.sh PYTHON STUB_DIR -- the type stubs of the Python module
# (python/maintext.pyi): mypy's stubtest holds them against the module
# itself (every name, argument and default), and mypy --strict accepts
# stub_usage.py with them and rejects a copy of it with one wrong use.
# Skipped (77) without mypy (python3-mypy); PYTHONPATH must find the module.
set -u
PY=$1
STUBS=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
if ! "$PY" -c 'import mypy.stubtest' 2>/dev/null; then
    echo "python/stubs: mypy is not installed (python3-mypy): skipped"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Extractor.__init__ is a C slot taking (*args, **kwargs): its signature is
# the class docstring's, which the stub's __init__ spells out
echo "maintext.Extractor.__init__" > "$work/allow.txt"
cd "$work" || exit 1
MYPYPATH=$STUBS "$PY" -m mypy.stubtest --allowlist allow.txt maintext || {
    echo "FAIL: the stubs differ from the module"; exit 1; }
cp "$HERE/stub_usage.py" ok.py
MYPYPATH=$STUBS "$PY" -m mypy --strict --no-error-summary --cache-dir "$work/cache" ok.py || {
    echo "FAIL: mypy rejects a right use of the module"; exit 1; }
sed 's/text: Optional\[str\] = ex.extract/text: Optional[int] = ex.extract/' ok.py > wrong.py
cmp -s ok.py wrong.py && { echo "FAIL: the wrong copy is no different"; exit 1; }
if MYPYPATH=$STUBS "$PY" -m mypy --strict --no-error-summary --cache-dir "$work/cache" wrong.py \
    > wrong.out 2>&1; then
    echo "FAIL: mypy accepts an int where extract() gives a str"; exit 1
fi
grep -q 'Incompatible types in assignment' wrong.out || { cat wrong.out; exit 1; }
echo "python/stubs: stubtest and mypy --strict agree with the module"
