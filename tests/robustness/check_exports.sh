#!/bin/sh
# check_exports.sh LIBRARY HEADER -- the shared library exports exactly the
# functions the public header declares with MT_API: nothing without the mt_
# prefix (internal code is hidden by -fvisibility=hidden), no internal mt_
# symbol that escaped, and no declared function missing. Skipped (77)
# without nm.
set -u
LIB=$1
HEADER=$2
if ! command -v nm >/dev/null 2>&1; then
    echo "check_exports: nm not installed (apt-get install binutils); skipped"
    exit 77
fi
W=$(mktemp -d) || exit 1
trap 'rm -rf "$W"' EXIT

nm -D --defined-only "$LIB" | awk 'NF >= 3 { print $3 }' | sed 's/@.*//' | sort -u > "$W/exported"
# "MT_API const char *mt_version(void);" -> mt_version
grep '^MT_API ' "$HEADER" | sed 's/(.*//; s/.*[ *]//' | sort -u > "$W/declared"

status=0
if [ ! -s "$W/exported" ]; then
    echo "check_exports: $LIB exports nothing"
    exit 1
fi
if grep -v '^mt_' "$W/exported" > "$W/foreign"; then
    echo "check_exports: exported without the mt_ prefix:"
    sed 's/^/  /' "$W/foreign"
    status=1
fi
if comm -23 "$W/exported" "$W/declared" | grep . > "$W/extra"; then
    echo "check_exports: exported but not declared in $(basename "$HEADER") (internal symbols that escaped):"
    sed 's/^/  /' "$W/extra"
    status=1
fi
if comm -13 "$W/exported" "$W/declared" | grep . > "$W/missing"; then
    echo "check_exports: declared MT_API but not exported:"
    sed 's/^/  /' "$W/missing"
    status=1
fi
[ $status = 0 ] && echo "check_exports: $(wc -l < "$W/exported") symbols, all mt_*, all declared in $(basename "$HEADER")"
exit $status
