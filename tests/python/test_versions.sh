#!/bin/sh
# test_versions.sh SOURCE_DIR -- the module's source against the headers of
# every CPython this machine has from the oldest pyproject.toml's
# requires-python promises: each compiles it (the one file, seconds) with
# an undeclared function an error and the symbols hidden, as setup.py does,
# and PyInit_maintext must still be exported. Either fault otherwise
# compiles with at most a warning, yet makes a module that fails to import
# ("undefined symbol", "does not define module export function"): pip
# would install a wheel that cannot be loaded. Interpreters are looked for
# as python3.N-config on PATH and in pyenv's versions; skipped (77) when
# there is none, or no C compiler or readelf (binutils).
set -u
SRC=$(cd "$1" && pwd)
CC=${CC:-cc}
command -v "$CC" >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1 ||
    { echo "python/versions: no C compiler or no readelf: skipped"; exit 77; }
min=$(sed -n 's/^requires-python *= *">=3\.\([0-9]*\)".*/\1/p' "$SRC/pyproject.toml")
[ -n "$min" ] || { echo "FAIL: no requires-python \">=3.N\" in pyproject.toml"; exit 1; }

# every python3.N-config found (the first of each minor version is used)
configs() {
    IFS=:
    for d in $PATH; do
        ls "$d"/python3.*-config 2>/dev/null
    done
    unset IFS
    ls "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.*/bin/python3.*-config 2>/dev/null
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checked="" failed=0
for cfg in $(configs); do
    minor=$(basename "$cfg" | sed -n 's/^python3\.\([0-9]*\)-config$/\1/p')
    [ -n "$minor" ] && [ "$minor" -ge "$min" ] || continue
    case " $checked " in *" 3.$minor "*) continue ;; esac
    flags=$("$cfg" --includes 2>/dev/null) || continue
    # shellcheck disable=SC2086 # the flags are words
    checked="$checked 3.$minor"
    if ! "$CC" -std=c11 -D_POSIX_C_SOURCE=200809L -O0 -fPIC -fvisibility=hidden \
        -Werror=implicit-function-declaration -Werror=int-conversion $flags \
        -I"$SRC/include" -I"$SRC/src" -I"$SRC/warc" -c "$SRC/python/maintext_module.c" \
        -o "$work/m.o" > "$work/out" 2>&1; then
        echo "FAIL: python/maintext_module.c does not compile for Python 3.$minor ($cfg):"
        grep -E 'error' "$work/out" | head -5
        failed=1
    elif ! readelf -sW "$work/m.o" | awk '$8 == "PyInit_maintext" { print $6 }' |
        grep -qx DEFAULT; then
        echo "FAIL: for Python 3.$minor, PyInit_maintext is hidden: the module cannot be imported"
        failed=1
    fi
done
[ "$failed" = 0 ] || exit 1
[ -n "$checked" ] || { echo "python/versions: no CPython 3.$min or later with headers here: skipped"; exit 77; }
echo "python/versions: the module compiles for Python$checked"
