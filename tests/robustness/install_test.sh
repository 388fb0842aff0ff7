#!/bin/sh
# install_test.sh BUILD_DIR SOURCE_DIR WORKDIR CC [EXTRA_FLAGS] -- what a user
# gets from `make install`: installs BUILD_DIR into WORKDIR/root (DESTDIR),
# then checks the layout (one public header, both libraries, the .pc file,
# the command and its man page), compiles the installed header alone as C11
# and as C++ with -Wall -Wextra -pedantic -Werror, and builds
# examples/extract.c with nothing but `pkg-config --cflags --libs maintext`,
# against the shared and against the static library, and runs both on
# examples/article.html: they must print what the installed maintext prints.
#
# EXTRA_FLAGS are compiler flags the library was built with that a program
# linking it needs too (the sanitizers of a sanitizer build).
set -u
BUILD=$1
SRC=$2
W=$3
CC=$4
EXTRA=${5:-}
rm -rf "$W" && mkdir -p "$W" || exit 1
DEST=$W/root

failures=0
checks=0
fail() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }
check() { checks=$((checks + 1)); }
note() { echo "note: $*"; }

if ! command -v pkg-config >/dev/null 2>&1; then
    echo "install_test: pkg-config not installed (apt-get install pkg-config); skipped"
    exit 77
fi

DESTDIR=$DEST cmake --install "$BUILD" >"$W/install.log" 2>&1 ||
    { cat "$W/install.log" >&2; echo "FAIL: cmake --install" >&2; exit 1; }

# ---------------------------------------------------------------- layout
pc=$(find "$DEST" -name maintext.pc | head -n 1)
check
[ -n "$pc" ] || { echo "FAIL: no maintext.pc installed" >&2; exit 1; }
export PKG_CONFIG_PATH="$(dirname "$pc")" PKG_CONFIG_SYSROOT_DIR="$DEST"
export PKG_CONFIG_LIBDIR="$PKG_CONFIG_PATH"
# The .pc file's own paths (pkgconf would prefix the sysroot to variables,
# pkg-config would not), then where they are under DESTDIR.
variable() { PKG_CONFIG_SYSROOT_DIR= pkg-config --variable="$1" maintext; }
prefix=$DEST$(variable prefix)
libdir=$DEST$(variable libdir)
includedir=$DEST$(variable includedir)
for f in "$includedir/maintext.h" "$libdir/libmaintext.a" "$libdir/libmaintext.so" \
         "$prefix/bin/maintext" "$prefix/share/man/man1/maintext.1"; do
    check
    [ -e "$f" ] || fail "not installed: ${f#$DEST}"
done
check
[ "$(ls "$includedir")" = "maintext.h" ] ||
    fail "headers other than maintext.h installed: $(ls "$includedir" | tr '\n' ' ')"
check
[ "$(pkg-config --modversion maintext)" = "$("$prefix/bin/maintext" --version | sed -n '1s/^maintext //p')" ] ||
    fail "pkg-config version $(pkg-config --modversion maintext) is not the command's"

# ---------------------------------------------------------------- the header alone
printf '#include <maintext.h>\nint main(void) { return mt_version() == 0; }\n' > "$W/alone.c"
check
$CC -std=c11 -Wall -Wextra -pedantic -Werror $(pkg-config --cflags maintext) \
    -c "$W/alone.c" -o "$W/alone.o" 2>"$W/c.log" ||
    fail "maintext.h alone does not compile as C11: $(cat "$W/c.log")"
CXX=
for c in c++ g++ clang++; do
    if command -v $c >/dev/null 2>&1; then CXX=$c; break; fi
done
if [ -n "$CXX" ]; then
    printf '#include <maintext.h>\nint main() { return mt_version() == nullptr; }\n' > "$W/alone.cc"
    check
    $CXX -std=c++11 -Wall -Wextra -pedantic -Werror $(pkg-config --cflags maintext) \
        -c "$W/alone.cc" -o "$W/alone-cc.o" 2>"$W/cxx.log" ||
        fail "maintext.h alone does not compile as C++: $(cat "$W/cxx.log")"
else
    note "no C++ compiler (apt-get install g++); the header was not compiled as C++"
fi
# C++ reserves every name with a double underscore, C those that begin with
# an underscore and a capital: a user's program must not meet one in our
# header. Only clang tells (-Wreserved-identifier).
if command -v clang++ >/dev/null 2>&1; then
    check
    clang++ -std=c++11 -Wreserved-identifier -Werror $(pkg-config --cflags maintext) \
        -c "$W/alone.cc" -o "$W/alone-clang.o" 2>"$W/reserved.log" ||
        fail "maintext.h declares a name reserved to the implementation: $(cat "$W/reserved.log")"
else
    note "no clang++ (apt-get install clang); reserved names in the header were not looked for"
fi

# ---------------------------------------------------------------- examples/extract.c
page=$SRC/examples/article.html
"$prefix/bin/maintext" "$page" > "$W/want.txt" 2>/dev/null
check
[ -s "$W/want.txt" ] || fail "the installed maintext printed nothing for examples/article.html"

# same_text PROGRAM -- runs an extract build; it prints the title, a blank
# line, then what maintext prints.
same_text() {
    "$@" "$page" > "$W/got.txt" 2>"$W/run.log"
    status=$?
    check
    [ $status -eq 0 ] || { fail "$1 exited $status: $(cat "$W/run.log")"; return; }
    check
    tail -n +3 "$W/got.txt" | cmp -s - "$W/want.txt" ||
        fail "$1 does not print what maintext prints"
}

check
if $CC -std=c11 -Wall -Wextra -Werror $EXTRA "$SRC/examples/extract.c" -o "$W/extract" \
       $(pkg-config --cflags --libs maintext) 2>"$W/build.log"; then
    LD_LIBRARY_PATH=$libdir same_text "$W/extract"
    check
    LD_LIBRARY_PATH=$libdir ldd "$W/extract" 2>/dev/null | grep -q "$libdir/libmaintext.so" ||
        fail "examples/extract did not load the installed shared library"
else
    fail "examples/extract.c does not build with pkg-config: $(cat "$W/build.log")"
fi

# Static: the archive plus what Libs.private names (libm, uchardet).
check
if $CC -std=c11 -Wall -Wextra -Werror $EXTRA "$SRC/examples/extract.c" -o "$W/extract-static" \
       $(pkg-config --cflags maintext) -Wl,--as-needed "$libdir/libmaintext.a" \
       $(pkg-config --static --libs maintext) 2>"$W/build-static.log"; then
    same_text "$W/extract-static"
    check
    ldd "$W/extract-static" 2>/dev/null | grep -q libmaintext &&
        fail "examples/extract-static needs the shared library"
else
    fail "examples/extract.c does not link statically with pkg-config --static: $(cat "$W/build-static.log")"
fi

rm -rf "$DEST"
if [ "$failures" -ne 0 ]; then
    echo "$failures of $checks checks failed" >&2
    exit 1
fi
echo "$checks checks passed"
