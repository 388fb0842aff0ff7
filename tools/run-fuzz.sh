#!/bin/sh
# run-fuzz.sh BUILD_DIR SECONDS [NAME...] -- runs every fuzz-* program in
# BUILD_DIR/fuzz (or only fuzz-NAME...) for SECONDS each, on a working corpus
# in fuzz/corpus-<name>/ (not committed) grown from the committed seeds in
# fuzz/seeds/<name>/ and the past findings in fuzz/regressions/<name>/. A
# finding (crash, leak, timeout, out-of-memory) fails the run and leaves the
# reproducer in fuzz/findings/; once fixed, it belongs in fuzz/regressions/,
# which the test suite replays (tests/robustness, fuzz-replay/*).
set -eu
build=$1
seconds=$2
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
found=0
for prog in "$build"/fuzz/fuzz-*; do
    [ -x "$prog" ] || continue
    name=$(basename "$prog" | sed 's/^fuzz-//')
    if [ $# -gt 0 ]; then
        case " $* " in *" $name "*) ;; *) continue ;; esac
    fi
    found=1
    corpus="$root/fuzz/corpus-$name"
    mkdir -p "$corpus" "$root/fuzz/findings"
    seeds=""
    for dir in "$root/fuzz/seeds/$name" "$root/fuzz/regressions/$name"; do
        [ -d "$dir" ] && seeds="$seeds $dir"
    done
    echo "fuzz-$name: ${seconds}s"
    if ! "$prog" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=262144 -dict="$root/fuzz/html.dict" \
        -artifact_prefix="$root/fuzz/findings/" -print_final_stats=1 \
        "$corpus" $seeds 2>"$root/fuzz/findings/$name.log"; then
        echo "fuzz-$name: FINDING -- see fuzz/findings/ and fuzz/findings/$name.log" >&2
        tail -40 "$root/fuzz/findings/$name.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|Done" "$root/fuzz/findings/$name.log" | head -2 |
            sed "s/^/fuzz-$name: /"
    fi
done
[ $found = 1 ] || { echo "run-fuzz.sh: no fuzz programs${*:+ named $*} in $build/fuzz" >&2; exit 1; }
exit $status
