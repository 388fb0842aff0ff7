"""pip's way to build the Python module: `pip install .` (see README.md).

CMake remains the build of record (`make` builds the same module from the
same sources into build/python/); this file lets pip, venvs and wheels
build it without CMake. The library, the web archive reader and the
binding are compiled into the one extension module: nothing else is
installed but the type stubs (as the package maintext-stubs, PEP 561).

Needs a C11 compiler, the Python headers and zlib; uchardet (Debian:
libuchardet-dev), ISA-L (libisal-dev: iter_archive inflates with it),
libbrotlidec and libzstd (libbrotli-dev, libzstd-dev: iter_archive decodes
brotli- and zstd-coded pages with them) are used when their headers are
found, as CMake does.
"""
import re
import shutil
import tempfile
from pathlib import Path

from setuptools import Extension, setup
from setuptools.errors import CompileError, LinkError
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
UCHARDET_DIRS = ("/usr/include/uchardet", "/usr/local/include/uchardet")
INCLUDE_DIRS = ("/usr/include", "/usr/local/include")


def project_version():
    """The version CMakeLists.txt states: the one number of truth."""
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    return re.search(r"project\(maintext VERSION (\d+\.\d+\.\d+)", text).group(1)


def sources():
    """The library's stages, the archive reader, then the binding (paths
    relative to this folder, as setuptools wants them)."""
    found = sorted(ROOT.glob("src/**/*.c")) + sorted(ROOT.glob("warc/*.c"))
    return [str(p.relative_to(ROOT)) for p in found] + ["python/maintext_module.c"]


def uchardet_dir():
    for d in UCHARDET_DIRS:
        if (Path(d) / "uchardet.h").is_file():
            return d
    return None


def has_isal():
    return any((Path(d) / "isa-l" / "igzip_lib.h").is_file() for d in INCLUDE_DIRS)


def has_brotli():
    return any((Path(d) / "brotli" / "decode.h").is_file() for d in INCLUDE_DIRS)


def has_zstd():
    return any((Path(d) / "zstd.h").is_file() for d in INCLUDE_DIRS)


def extension():
    macros = [("_POSIX_C_SOURCE", "200809L"),
              ("MT_VERSION_STRING", '"%s"' % project_version())]
    include_dirs = ["include", "src", "warc"]
    libraries = ["z", "m"]
    chardet = uchardet_dir()
    if chardet:
        macros.append(("MT_HAVE_UCHARDET", "1"))
        include_dirs.append(chardet)
        libraries.append("uchardet")
    if has_isal():
        macros.append(("MT_HAVE_ISAL", "1"))
        libraries.append("isal")
    if has_brotli():
        macros.append(("MT_HAVE_BROTLI", "1"))
        libraries.append("brotlidec")
    if has_zstd():
        macros.append(("MT_HAVE_ZSTD", "1"))
        libraries.append("zstd")
    # Without MT_BUILDING_LIBRARY the mt_* functions are not exported: the
    # module's one public symbol is PyInit_maintext, as in the CMake build.
    return Extension("maintext", sources=sources(), include_dirs=include_dirs,
                     define_macros=macros, libraries=libraries,
                     extra_compile_args=["-std=c11", "-O2", "-fvisibility=hidden",
                                         "-Wno-unused-parameter",
                                         # a call this Python lacks: fail here,
                                         # not at import ("undefined symbol")
                                         "-Werror=implicit-function-declaration"])


class build_ext_with_stubs(build_ext):
    """Also puts python/maintext.pyi where type checkers look for the stubs
    of a module without a package, maintext-stubs/__init__.pyi, beside the
    module (there are no pure-Python files for build_py to carry it)."""

    # An optional library whose header was found is used only when a
    # program calling it also links: a header left by a source install,
    # or a -dev package without its library, would fail the whole build.
    OPTIONAL = (("MT_HAVE_ISAL", "isal", "#include <isa-l/igzip_lib.h>\n"
                 "int main(void) { struct inflate_state s; isal_inflate_init(&s); return 0; }\n"),
                ("MT_HAVE_BROTLI", "brotlidec", "#include <brotli/decode.h>\n"
                 "int main(void) { BrotliDecoderDestroyInstance("
                 "BrotliDecoderCreateInstance(0, 0, 0)); return 0; }\n"),
                ("MT_HAVE_ZSTD", "zstd", "#include <zstd.h>\n"
                 "int main(void) { ZSTD_freeDCtx(ZSTD_createDCtx()); return 0; }\n"),
                ("MT_HAVE_UCHARDET", "uchardet", "#include <uchardet.h>\n"
                 "int main(void) { uchardet_delete(uchardet_new()); return 0; }\n"))

    def links(self, source, include_dirs, library):
        with tempfile.TemporaryDirectory() as tmp:
            c = Path(tmp) / "probe.c"
            c.write_text(source, encoding="utf-8")
            try:
                objects = self.compiler.compile([str(c)], output_dir=tmp,
                                                include_dirs=include_dirs)
                self.compiler.link_executable(objects, "probe", output_dir=tmp,
                                              libraries=[library])
            except (CompileError, LinkError):
                return False
        return True

    def build_extensions(self):
        for ext in self.extensions:
            for macro, library, source in self.OPTIONAL:
                if (macro, "1") in ext.define_macros and not self.links(
                        source, ext.include_dirs, library):
                    print("maintext: %s does not link: built without it" % library)
                    ext.define_macros.remove((macro, "1"))
                    ext.libraries.remove(library)
        super().build_extensions()

    def run(self):
        super().run()
        stubs = Path(self.build_lib) / "maintext-stubs"
        stubs.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "python" / "maintext.pyi", stubs / "__init__.pyi")


# egg_info writes there, and setuptools wants the folder to exist (pip's
# wheel builds happen to make it first; an sdist build does not)
(ROOT / "build-pip").mkdir(exist_ok=True)

setup(
    version=project_version(),
    ext_modules=[extension()],
    # no Python packages: the module is the extension, the stubs come with it
    packages=[],
    py_modules=[],
    cmdclass={"build_ext": build_ext_with_stubs},
    # setuptools' own folders, apart from CMake's build/ and the sources
    # (forced: setuptools would keep an object whose header changed)
    options={"build": {"build_base": "build-pip", "force": 1},
             "egg_info": {"egg_base": "build-pip"}},
)
