# The Python binding (python/): tests/python/test_binding.py,
# test_archive.py, test_stubs.sh and test_pip.sh run by the interpreter the module was built for,
# importing it from build/python/, comparing with the command built beside
# it. Without the module (no
# python3-dev) the entry says so and is skipped.

# the module's source against every other CPython here from the oldest
# pyproject.toml promises (compiled alone: needs no module built)
add_test(NAME python/versions
  COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/test_versions.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(python/versions PROPERTIES ENVIRONMENT "CC=${CMAKE_C_COMPILER}"
  SKIP_RETURN_CODE ${MT_SKIP_CODE})

if(TARGET maintext_python)
  set(MT_PY_ENV "PYTHONPATH=${MT_PYTHON_MODULE_DIR}" "MT_CLI=$<TARGET_FILE:maintext_cli>")
  # A sanitized module needs the ASan runtime loaded before the interpreter
  # (which is not built with it); the interpreter's own memory, kept until
  # exit by design, is no leak of ours.
  if(MT_SANITIZE MATCHES "address")
    if(CMAKE_C_COMPILER_ID STREQUAL "Clang")
      set(MT_ASAN_RUNTIME_NAME libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so)
    else()
      set(MT_ASAN_RUNTIME_NAME libasan.so)
    endif()
    execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=${MT_ASAN_RUNTIME_NAME}
      OUTPUT_VARIABLE MT_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
    list(APPEND MT_PY_ENV "LD_PRELOAD=${MT_ASAN_RUNTIME}"
      "ASAN_OPTIONS=detect_leaks=0:exitcode=86" "MT_SANITIZED=1")
  endif()
  add_test(NAME python/binding
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_binding.py)
  set_tests_properties(python/binding PROPERTIES ENVIRONMENT "${MT_PY_ENV}")
  # iter_archive against the command on written archives, and on the shared
  # folder's real ones when it is there (../shared, or MT_SHARED)
  add_test(NAME python/archive
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_archive.py)
  set_tests_properties(python/archive PROPERTIES ENVIRONMENT "${MT_PY_ENV}")
  # the type stubs (python/maintext.pyi) against the module, with mypy
  add_test(NAME python/stubs
    COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/test_stubs.sh ${Python3_EXECUTABLE}
      ${PROJECT_SOURCE_DIR}/python)
  set_tests_properties(python/stubs PROPERTIES ENVIRONMENT "${MT_PY_ENV}"
    SKIP_RETURN_CODE ${MT_SKIP_CODE})
  # the module as pip builds it (setup.py): once, in the plain build (it
  # compiles everything again, with its own flags, without sanitizers)
  if(NOT MT_SANITIZE)
    add_test(NAME python/pip
      COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/test_pip.sh ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR})
    set_tests_properties(python/pip PROPERTIES ENVIRONMENT "MT_CLI=$<TARGET_FILE:maintext_cli>"
      SKIP_RETURN_CODE ${MT_SKIP_CODE} TIMEOUT 600)
  endif()
else()
  foreach(name binding archive stubs)
    add_test(NAME python/${name}
      COMMAND sh -c "echo 'python/${name}: the Python module was not built (no python3-dev)'; exit 77")
    set_tests_properties(python/${name} PROPERTIES SKIP_RETURN_CODE ${MT_SKIP_CODE})
  endforeach()
endif()
