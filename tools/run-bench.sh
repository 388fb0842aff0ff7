#!/bin/sh
# run-bench.sh BUILD_DIR SHARED_DIR CORPUS_DIR -- the benchmarks `make bench`
# runs: on the dev corpus when ../shared is there (unpacked on first use),
# else on the pages bundled in the repository.
set -eu
build=$1
shared=$2
corpus=$3
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -d "$corpus/pages" ] && [ -x "$shared/bin/unpack-dev" ]; then
    corpus="$("$shared/bin/unpack-dev")"
fi
if [ -d "$corpus/pages" ]; then
    pages="$corpus/pages"
else
    echo "run-bench.sh: no dev corpus (../shared absent): benchmarking the bundled pages only" >&2
    pages="$root/examples $root/tests/fixtures"
fi
for bench in parse-bench extract-bench inflate-bench; do
    if [ -x "$build/bench/$bench" ]; then
        echo "== $bench"
        # shellcheck disable=SC2086
        "$build/bench/$bench" $pages
    else
        echo "== $bench: not built (see cmake's messages)" >&2
    fi
done
# The Python binding's cost over the C call, when it was built.
python=${PYTHON:-/usr/bin/python3}
if ls "$build"/python/maintext*.so >/dev/null 2>&1 && [ -x "$python" ]; then
    echo "== python-bench"
    # shellcheck disable=SC2086
    "$python" "$root/bench/python_bench.py" "$build" $pages
else
    echo "== python-bench: the Python module is not built (see cmake's messages)" >&2
fi
