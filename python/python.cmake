# The Python binding: a CPython extension module `maintext` built from
# python/maintext_module.c over the public API, linked with the static
# library (its objects are PIC) so it needs no libmaintext.so at run time.
# The module lands in build/python/, where the tests import it from.
#
# The interpreter is /usr/bin/python3 when there is one (the one the
# system's packages and `make install`'s dist-packages serve); pick another
# with -DPython3_EXECUTABLE=... .

option(MT_BUILD_PYTHON "Build the Python binding (needs the Python headers: python3-dev)" ON)

if(MT_BUILD_PYTHON)
  if(NOT DEFINED Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
    set(Python3_EXECUTABLE /usr/bin/python3)
  endif()
  find_package(Python3 COMPONENTS Interpreter Development.Module QUIET)
endif()

if(MT_BUILD_PYTHON AND Python3_Development.Module_FOUND)
  Python3_add_library(maintext_python MODULE WITH_SOABI ${CMAKE_CURRENT_LIST_DIR}/maintext_module.c)
  # iter_archive reads archives with the command's reader (warc/), linked
  # in statically too; it needs zlib, a system library.
  set_target_properties(maintext_warc PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_link_libraries(maintext_python PRIVATE maintext_static maintext_warc)
  # The library's mt_* functions stay inside the module: PyInit_maintext
  # is its only export.
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE)
    target_link_options(maintext_python PRIVATE -Wl,--exclude-libs,ALL)
  endif()
  set_target_properties(maintext_python PROPERTIES OUTPUT_NAME maintext
    LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/python)
  set(MT_PYTHON_MODULE_DIR ${PROJECT_BINARY_DIR}/python)

  # Where `make install` puts it, relative to the prefix: the interpreter's
  # own layout (lib/python3.X/site-packages), which Debian's python3 reads
  # from dist-packages under /usr/local.
  execute_process(COMMAND ${Python3_EXECUTABLE} -c
    "import sysconfig as s; v = {'base': '', 'platbase': ''}; p = s.get_path('platlib', 'posix_prefix', vars=v).lstrip('/'); print(p.replace('site-packages', 'dist-packages') if 'deb_system' in s.get_scheme_names() else p)"
    OUTPUT_VARIABLE MT_PYTHON_DEFAULT_DIR OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(MT_PYTHON_INSTALL_DIR "${MT_PYTHON_DEFAULT_DIR}" CACHE STRING
    "Where the Python module is installed, relative to the prefix")
  install(TARGETS maintext_python LIBRARY DESTINATION ${MT_PYTHON_INSTALL_DIR})
  # the types, as a stub-only package (PEP 561) beside the module: mypy and
  # pyright find it there
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/maintext.pyi
    DESTINATION ${MT_PYTHON_INSTALL_DIR}/maintext-stubs RENAME __init__.pyi)
elseif(MT_BUILD_PYTHON)
  message(STATUS "Python binding: skipped (no Python 3 headers; install python3-dev)")
endif()
