#!/bin/sh
# install-deps.sh GROUP... -- installs the Debian packages a make target needs,
# when they are missing. Groups: build (compiler, cmake, the Python headers
# for the binding, zlib, ISA-L, brotli and zstd for web archives), bench
# (libxml2 for the side-by-side parser benchmark), test (what some tests
# check with: the Markdown round trip's cmark-gfm, the CLI test's xmllint,
# the API tests' C++ compiler, nm and pkg-config, mypy for the Python type
# stubs, pip, setuptools and wheel for the pip build, PyYAML for reading
# back --with-metadata's front matter), fuzz (clang and its libFuzzer
# runtime), check (valgrind). As root it runs apt-get; otherwise it names
# the packages.
set -eu

packages() {
    case "$1" in
        build) echo "gcc make cmake libc6-dev libuchardet-dev zlib1g-dev libisal-dev libbrotli-dev libzstd-dev python3-dev" ;;
        bench) echo "libxml2-dev pkg-config" ;;
        test)  echo "cmark-gfm libxml2-utils g++ binutils pkg-config python3-mypy python3-pip python3-setuptools python3-wheel python3-yaml" ;;
        fuzz)  echo "clang libclang-rt-14-dev" ;;
        check) echo "valgrind" ;;
        *) echo "install-deps.sh: unknown group '$1'" >&2; exit 2 ;;
    esac
}

missing=""
for group in "$@"; do
    for p in $(packages "$group"); do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            case " $missing " in *" $p "*) ;; *) missing="$missing $p" ;; esac
        fi
    done
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "maintext: these Debian packages are missing:$missing" >&2
    echo "maintext: install them with: sudo apt-get install$missing" >&2
    exit 1
fi
echo "maintext: installing$missing" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
