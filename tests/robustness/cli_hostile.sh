#!/bin/sh
# cli_hostile.sh MAINTEXT WRITE_HOSTILE WORKDIR -- the maintext command on
# the hostile pages (written by WRITE_HOSTILE, see hostile_inputs.c): every
# page ends with exit status 0 or 1 (never a crash, never an input error),
# output bounded by the input's size, nothing written when nothing is found;
# a page one byte over 64 MiB is refused with status 3 from a file, from a
# redirected stdin and from a pipe; in a batch the other pages are still
# extracted; --jobs gives the bytes one job gives.
set -u
MT=$1
WRITE=$2
W=$3
rm -rf "$W" && mkdir -p "$W" || exit 1
cd "$W" || exit 1
trap 'rm -f "$W"/*.html' EXIT
"$WRITE" . || { echo "cannot write the hostile pages" >&2; exit 1; }

failures=0
checks=0
fail() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }
check() { checks=$((checks + 1)); }
size() { wc -c < "$1" | tr -d ' '; }

# run FILE ARGS... -- maintext ARGS... FILE, stdout to out, stderr to err. In
# a sanitizer build a report may exit 1 like "no content": look for one.
run() {
    f=$1; shift
    "$MT" "$@" "$f" >out 2>err
    status=$?
    check
    grep -q "Sanitizer\|runtime error:" err && fail "$f $*: $(head -c 2000 err)"
}

# ---------------------------------------------------------------- every page
for f in *.html; do
    [ "$f" = too-large.html ] && continue
    limit=$(( $(size "$f") * 16 + 1048576 ))
    for fmt in txt markdown html json xml; do
        run "$f" --format "$fmt" --links --images --formatting --comments
        check
        case $status in
            0) ;;
            1) case $fmt in
                   # a metadata record with empty text, nothing else
                   json) [ -s out ] && ! grep -q '"text": ""' out &&
                         fail "$f ($fmt): exit 1 with text written" ;;
                   xml) ;;
                   *) [ -s out ] && fail "$f ($fmt): exit 1 but output written" ;;
               esac ;;
            *) fail "$f ($fmt): exit $status: $(head -c 300 err)" ;;
        esac
        check
        [ "$(size out)" -le "$limit" ] || fail "$f ($fmt): $(size out) bytes out of $(size "$f")"
    done
done

# What particular pages must give.
expect() {   # expect FILE STATUS
    run "$1"
    check
    [ "$status" -eq "$2" ] || fail "$1: exit $status, wanted $2: $(head -c 300 err)"
}
expect all-breaks.html 1
expect open-title.html 1
expect deep-divs.html 0
check
grep -q "The harbour master counted forty boats" out || fail "deep-divs: the bottom paragraph is missing"
expect deep-tables.html 0
expect sibling-paragraphs.html 0
check
[ "$(grep -c '^Paragraph [0-9]*:' out)" -eq 50000 ] ||
    fail "sibling-paragraphs: $(grep -c '^Paragraph [0-9]*:' out) of 50000 paragraphs"
# the article ends at its thread's label: the labels said again far below
# are not looked for across the whole page (it took minutes)
expect comment-labels.html 0
check
grep -q "harbour water" out || fail "comment-labels: the article is missing"
expect huge-attribute.html 0
check
[ "$(size out)" -lt 65536 ] || fail "huge-attribute: the attribute leaked into the text"
expect open-script.html 0
check
grep -q "Nets were mended" out && fail "open-script: script text in the output"

# ---------------------------------------------------------------- too large
run too-large.html
check
[ "$status" -eq 3 ] || fail "too-large.html: exit $status, wanted 3"
check
grep -q "^maintext: too-large.html: larger than the 64 MiB limit" err ||
    fail "too-large.html: message: $(cat err)"
check
[ -s out ] && fail "too-large.html: output written"

"$MT" - < too-large.html >out 2>err
status=$?
check
[ "$status" -eq 3 ] || fail "too-large on stdin: exit $status, wanted 3"
check
grep -q "larger than the 64 MiB limit" err || fail "too-large on stdin: message: $(cat err)"

cat too-large.html | "$MT" >out 2>err
status=$?
check
[ "$status" -eq 3 ] || fail "too-large through a pipe: exit $status, wanted 3"
check
grep -q "larger than the 64 MiB limit" err || fail "too-large through a pipe: message: $(cat err)"

# Exactly 64 MiB is accepted: the limit is exact. (White space, so the page
# is cheap to parse and has no content.)
head -c 67108864 /dev/zero | tr '\0' ' ' > at-limit.html
run at-limit.html
check
[ "$status" -eq 1 ] || fail "a page of exactly 64 MiB: exit $status, wanted 1: $(cat err)"
rm -f at-limit.html

# In a batch the other inputs are still extracted.
"$MT" --format json deep-divs.html too-large.html truncated-utf8.html >out 2>err
status=$?
check
[ "$status" -eq 3 ] || fail "batch with a too-large page: exit $status, wanted 3"
check
[ "$(wc -l < out)" -eq 2 ] || fail "batch with a too-large page: $(wc -l < out) JSON lines, wanted 2"

# ---------------------------------------------------------------- --jobs
set -- $(ls *.html | grep -v too-large)
"$MT" --format json -q "$@" > one.jsonl 2>/dev/null
"$MT" --format json -q --jobs 3 "$@" > three.jsonl 2>/dev/null
check
cmp -s one.jsonl three.jsonl || fail "--jobs 3 output differs from --jobs 1 on the hostile pages"
check
[ -s one.jsonl ] || fail "no JSON Lines from the hostile pages"

if [ "$failures" -ne 0 ]; then
    echo "$failures of $checks checks failed" >&2
    exit 1
fi
echo "$checks checks passed"
