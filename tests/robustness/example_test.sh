#!/bin/sh
# example_test.sh EXTRACT MAINTEXT PAGE... -- examples/extract.c, built from
# the tree, against the maintext command: on every page the same exit status
# and, after the title line and a blank line, the same text; usage errors
# and unreadable files give the documented statuses (2, 3).
set -u
EX=$1
MT=$2
shift 2
W=$(mktemp -d) || exit 1
trap 'rm -rf "$W"' EXIT
failures=0
checks=0
fail() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }

for page in "$@"; do
    "$MT" "$page" > "$W/want" 2>/dev/null
    want=$?
    "$EX" "$page" > "$W/got" 2>"$W/err"
    got=$?
    checks=$((checks + 2))
    [ $got -eq $want ] || fail "$(basename "$page"): extract exited $got, maintext $want: $(cat "$W/err")"
    if [ $want -eq 0 ]; then
        tail -n +3 "$W/got" | cmp -s - "$W/want" || fail "$(basename "$page"): text differs from maintext's"
    else
        [ -s "$W/got" ] && fail "$(basename "$page"): output without main content"
    fi
done

"$EX" > /dev/null 2>&1
st=$?
checks=$((checks + 1))
[ $st -eq 2 ] || fail "no arguments: exit $st, wanted 2"
"$EX" "$W/missing.html" > /dev/null 2>"$W/err"
st=$?
checks=$((checks + 1))
[ $st -eq 3 ] || fail "missing file: exit $st, wanted 3"

if [ "$failures" -ne 0 ]; then
    echo "$failures of $checks checks failed" >&2
    exit 1
fi
echo "$checks checks passed on $# pages"
