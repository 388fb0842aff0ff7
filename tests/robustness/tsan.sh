#!/bin/sh
# tsan.sh BUILD_DIR -- the programs that run threads, built with
# ThreadSanitizer in BUILD_DIR (make tsan), on work that keeps their threads
# busy at once: test_threads (the library on four threads, one extractor
# each), then the command's workers (-j 4) over the fixture pages and over
# a web archive of them, with the options that keep state across pages
# (--dedup-near) and write files (--output-dir), and an output error that
# ends the run while they work. A data race is reported
# with exit status 86 and fails the run; so does an archive record not
# accounted for.
set -eu
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
pages=$root/tests/fixtures/pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TSAN_OPTIONS="halt_on_error=1:exitcode=86:second_deadlock_stack=1"

echo "tsan: test_threads"
"$build/tests/test_threads" "$pages" > "$work/threads.log" || { cat "$work/threads.log"; exit 1; }
tail -1 "$work/threads.log"

# The command's status for a batch: 0, or 1 when some input had no main
# content; anything else (86: a race) fails.
run_cli() {
    status=0
    "$build/maintext" "$@" 2> "$work/cli.err" || status=$?
    if [ "$status" -gt 1 ]; then
        cat "$work/cli.err"
        echo "tsan: maintext $* exited with $status" >&2
        exit 1
    fi
}

echo "tsan: maintext -j 4 over the fixture pages"
run_cli -j 4 -q -f json --comments --links --dedup-near "$pages" > "$work/pages.jsonl"
run_cli -j 4 -q -f markdown --output-dir "$work/out" "$pages"

# A web archive of every fixture page, four times over (a record each, so
# that the workers take pages from one source at once).
records=0
for round in 1 2 3 4; do
    for page in "$pages"/*.html; do
        { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat "$page"; } > "$work/body"
        printf 'WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/%s/%s\r\n' \
            "$round" "$(basename "$page")"
        printf 'WARC-Date: 2026-03-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s-%s>\r\n' \
            "$round" "$(basename "$page")"
        printf 'Content-Type: application/http; msgtype=response\r\nContent-Length: %s\r\n\r\n' \
            "$(wc -c < "$work/body" | tr -d ' ')"
        cat "$work/body"
        printf '\r\n\r\n'
        records=$((records + 1))
    done
done > "$work/pages.warc"

echo "tsan: maintext -j 4 --warc over $records records"
run_cli -j 4 -f json --dedup "$work/pages.warc" > "$work/warc.jsonl"
if ! grep -q "$records records: $records pages" "$work/cli.err"; then
    cat "$work/cli.err"
    echo "tsan: the archive's $records records are not all accounted for" >&2
    exit 1
fi
# An output error ends the run without waiting for the workers (they are
# left running, detached): the status says the output failed, not a race
# or a thread left behind.
if [ -w /dev/full ]; then
    echo "tsan: maintext -j 4 --warc to a full device"
    status=0
    "$build/maintext" -j 4 -f json -o /dev/full "$work/pages.warc" 2> "$work/cli.err" || status=$?
    if [ "$status" -ne 4 ]; then
        cat "$work/cli.err"
        echo "tsan: an output error with -j 4 exited with $status, wanted 4" >&2
        exit 1
    fi
fi
echo "tsan: no data race"
