#!/bin/sh
# run_golden.sh MAINTEXT PAGES_DIR EXPECTED_DIR WORK_DIR -- golden tests: runs
# maintext on every fixture page in every output format and compares each
# output with EXPECTED_DIR/<page>.<ext>; a page whose exit status is not 0
# also has EXPECTED_DIR/<page>.exit holding that status.
#
# With UPDATE=1 in the environment it writes the expected files instead (and
# removes those of pages that are gone); read every changed file by eye
# before committing it (git diff tests/golden/expected).
#
# Until the first files are pinned, the test is skipped with a message;
# after that, a page without expected files fails.
set -u
MT=$1
PAGES=$2
EXPECTED=$3
WORK=$4
UPDATE=${UPDATE:-0}

# The formats and the options each is run with: txt with the defaults, the
# others with everything they can show.
VARIANTS="txt md html json xml tei csv"
args_for() {
    case "$1" in
        txt)  echo "--format txt" ;;
        md)   echo "--format markdown --links --images --formatting --comments" ;;
        html) echo "--format html --links --images --formatting --comments" ;;
        json) echo "--format json --blocks --explain --links --images --formatting --comments" ;;
        xml)  echo "--format xml --explain --links --images --formatting --comments" ;;
        tei)  echo "--format tei --links --images --formatting --comments" ;;
        csv)  echo "--format csv --links --images --formatting --comments" ;;
    esac
}

rm -rf "$WORK" && mkdir -p "$WORK" || exit 1
pinned=$(ls "$EXPECTED" 2>/dev/null | grep -c -v '^\.' )
if [ "$UPDATE" != 1 ] && [ "$pinned" -eq 0 ]; then
    echo "golden: no expected files pinned yet; generate them with UPDATE=1 (see tests/golden/README.md)"
    exit 77
fi

failures=0
compared=0
for page in "$PAGES"/*.html; do
    name=$(basename "$page" .html)
    status=""
    for ext in $VARIANTS; do
        # shellcheck disable=SC2046 # the options are words on purpose
        "$MT" $(args_for "$ext") "$page" > "$WORK/$name.$ext" 2> "$WORK/$name.$ext.err"
        rc=$?
        if [ -z "$status" ]; then
            status=$rc
        elif [ "$rc" -ne "$status" ]; then
            echo "golden: $name: exit status $rc in $ext but $status in txt" >&2
            failures=$((failures + 1))
        fi
    done
    if [ "$status" -ne 0 ]; then echo "$status" > "$WORK/$name.exit"; fi

    if [ "$UPDATE" = 1 ]; then
        mkdir -p "$EXPECTED"
        for ext in $VARIANTS; do
            if ! cmp -s "$WORK/$name.$ext" "$EXPECTED/$name.$ext" 2>/dev/null; then
                cp "$WORK/$name.$ext" "$EXPECTED/$name.$ext" && echo "golden: wrote $name.$ext"
            fi
        done
        if [ "$status" -ne 0 ]; then
            cp "$WORK/$name.exit" "$EXPECTED/$name.exit"
        else
            rm -f "$EXPECTED/$name.exit"
        fi
        continue
    fi

    for ext in $VARIANTS exit; do
        got="$WORK/$name.$ext"
        want="$EXPECTED/$name.$ext"
        if [ "$ext" = exit ] && [ ! -e "$got" ] && [ ! -e "$want" ]; then continue; fi
        compared=$((compared + 1))
        if [ ! -e "$want" ]; then
            echo "golden: $name.$ext: no expected file (run with UPDATE=1, check it, commit it)" >&2
            failures=$((failures + 1))
        elif [ ! -e "$got" ]; then
            echo "golden: $name: exit status 0, expected $(cat "$want")" >&2
            failures=$((failures + 1))
        elif ! cmp -s "$got" "$want"; then
            echo "golden: $name.$ext differs from the expected output:" >&2
            diff -u "$want" "$got" | head -n 40 >&2
            failures=$((failures + 1))
        fi
    done
done

# Expected files of pages that no longer exist.
for want in "$EXPECTED"/*; do
    [ -e "$want" ] || continue
    base=$(basename "$want")
    name=${base%.*}
    if [ ! -e "$PAGES/$name.html" ]; then
        if [ "$UPDATE" = 1 ]; then
            rm -f "$want" && echo "golden: removed $base (no such page)"
        else
            echo "golden: $base: no page $name.html" >&2
            failures=$((failures + 1))
        fi
    fi
done

[ "$UPDATE" = 1 ] && exit 0
if [ "$failures" -ne 0 ]; then
    echo "golden: $failures of $compared comparisons failed" >&2
    exit 1
fi
echo "golden: $compared outputs as expected"
