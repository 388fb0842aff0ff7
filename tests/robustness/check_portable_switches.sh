#!/bin/sh
# check_portable_switches.sh SRC_DIR MAKEFILE -- `make portable` builds the
# suite without the SSE2 paths, so that the paths other CPUs run are tested
# too; it can only do so for the switches its PORTABLE_FLAGS names. Every
# MT_*_NO_SIMD switch a source tests must be named there, unless the code
# it guards also needs MT_SIMD16 (util/simd16.h), which MT_NO_SIMD16 turns
# off. (A new SSE2 path whose switch was not added went untested: the
# date search's MT_DATES_NO_SIMD.)
set -u
set -f
SRC=$1
MAKEFILE=$2
# the flags, with the Makefile's continuation lines joined
flags=$(sed -n '/^PORTABLE_FLAGS *=/,/[^\\]$/p' "$MAKEFILE" | tr '\\\n' '  ')
case $flags in
    *MT_NO_SIMD16*) ;;
    *) echo "PORTABLE_FLAGS not found in $MAKEFILE, or without -DMT_NO_SIMD16"; exit 1 ;;
esac
status=0
# each "#if ... !defined(MT_X_NO_SIMD)" line: the switch and whether the
# same condition needs MT_SIMD16
for line in $(grep -rhE '^#.*!defined\(MT_[A-Z0-9_]*NO_SIMD[A-Z0-9_]*\)' "$SRC" | tr -d ' \t'); do
    case $line in
        *MT_SIMD16*) continue ;;
    esac
    switch=$(printf '%s\n' "$line" | grep -oE 'MT_[A-Z0-9_]*NO_SIMD[A-Z0-9_]*' | head -n 1)
    case " $flags " in
        *"-D$switch "*) ;;
        *) echo "$switch guards an SSE2 path that make portable does not turn off"
           status=1 ;;
    esac
done
exit $status
