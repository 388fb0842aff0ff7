#!/bin/sh
# run.sh MAINTEXT SHARED FLOORS REPORT -- the quality gate (see tests.cmake).
set -eu
maintext=$1
shared=$2
floors=$3
report=$4
if [ ! -x "$shared/bin/score" ] || [ ! -x "$shared/bin/unpack-dev" ]; then
    echo "quality gate: $shared/bin/score not found (no ../shared beside the checkout); skipped"
    exit 77
fi
corpus=$("$shared/bin/unpack-dev")
"$shared/bin/score" --corpus "$corpus" --json --report "$report" -- \
    "$maintext" --format json --url '{url}' '{html}'
exec python3 "$(dirname "$0")/check_floors.py" "$report" "$floors"
