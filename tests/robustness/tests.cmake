# Robustness and API hygiene (tests/robustness/):
#
# robustness/api/<input>  hostile pages through mt_parse/mt_extract/mt_render
# robustness/cli          the same pages, and a 64 MiB + 1 byte one, through maintext
# robustness/threads      fixture pages extracted on 4 threads = one thread's results
# api/exports             the shared library exports mt_* symbols only, all declared
# api/install             make-install layout; header alone as C and C++; examples/
#                         extract.c built with pkg-config against the installed copy
# examples/extract        examples/extract.c prints what `maintext` prints
#
# None is timed (machines are noisy); each has a TIMEOUT so a hang or a
# quadratic blow-up fails instead of stalling the suite. The budgets are
# for a sanitizer build on a busy machine.

set(MT_ROBUSTNESS_DIR ${CMAKE_CURRENT_LIST_DIR})

# The inputs, one ctest entry each so they run in parallel and a slow one
# is named. test_hostile --expect fails when this list and the generator
# table (hostile_inputs.c) disagree.
set(MT_HOSTILE_INPUTS
  deep-divs deep-tables deep-lists deep-quotes deep-inline
  huge-attribute huge-text many-attributes duplicate-attributes
  all-breaks sibling-paragraphs comment-labels tab-comments reopened-formatting
  selectedcontent-templates selectedcontent-many selectedcontent-last-text
  selectedcontent-attributes empty-headings
  teaser-boxes code-siblings
  long-authors long-canonical ragged-table
  open-comment open-script open-style open-textarea open-title swallowed-page
  nuls-everywhere nuls-in-content binary-page random-bytes random-markup
  truncated-utf8 truncated-utf16le truncated-utf16be)

add_executable(test_hostile ${MT_ROBUSTNESS_DIR}/test_hostile.c ${MT_ROBUSTNESS_DIR}/hostile_inputs.c)
target_include_directories(test_hostile PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(test_hostile PRIVATE maintext_static)

add_test(NAME robustness/api/table COMMAND test_hostile --expect ${MT_HOSTILE_INPUTS})
foreach(input ${MT_HOSTILE_INPUTS} too-large)
  add_test(NAME robustness/api/${input} COMMAND test_hostile ${input})
  set_tests_properties(robustness/api/${input} PROPERTIES TIMEOUT 600)
endforeach()
# Linear, the page takes 7 s in a plain build on a busy machine. Read
# quadratically (every heading reading the ones after it, as the look for
# a deck once did: 5.7 s for 100,000 headings) it would take some 140 s in
# a plain build and several times that in a sanitizer's, where make asan
# catches it.
set_tests_properties(robustness/api/empty-headings PROPERTIES TIMEOUT 240)
# Linear, the page takes about a second in a plain build. With the vote
# for the site's host counting all the page's links again for each box of
# cards it took 3.9 billion instructions for 1,000 boxes, 4 times as many
# for twice as many: some 400 times that here.
set_tests_properties(robustness/api/teaser-boxes PROPERTIES TIMEOUT 240)
# Linear, the page takes a fraction of a second in a plain build. With each
# <pre> or cell reading all the siblings before it, 40,000 of each took 9 s:
# some 50 times that here.
set_tests_properties(robustness/api/code-siblings PROPERTIES TIMEOUT 240)
# Linear, the page takes a fraction of a second. With every link and
# image resolved against the 64 KiB canonical URL (the command, given no
# address, resolves against it) they held 512 MiB of URLs, 4 times as
# much for twice the links: the API check of their bytes failed (in 11 s,
# 550 MB), and the command's Markdown took 30 s and 1.6 GB to write
# 537 MB, which robustness/cli's bound on the output fails.
set_tests_properties(robustness/api/long-canonical PROPERTIES TIMEOUT 240)

# The command on the same pages, written to files by write_hostile.
add_executable(write_hostile ${MT_ROBUSTNESS_DIR}/write_hostile.c ${MT_ROBUSTNESS_DIR}/hostile_inputs.c)
add_test(NAME robustness/cli
  COMMAND sh ${MT_ROBUSTNESS_DIR}/cli_hostile.sh $<TARGET_FILE:maintext_cli>
          $<TARGET_FILE:write_hostile> ${CMAKE_CURRENT_BINARY_DIR}/robustness-cli-work)
set_tests_properties(robustness/cli PROPERTIES TIMEOUT 1200)

# Thread safety: the fixture pages on 4 threads give one thread's bytes.
add_executable(test_threads ${MT_ROBUSTNESS_DIR}/test_threads.c)
target_include_directories(test_threads PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(test_threads PRIVATE maintext_static Threads::Threads)
add_test(NAME robustness/threads
  COMMAND test_threads ${PROJECT_SOURCE_DIR}/tests/fixtures/pages)
set_tests_properties(robustness/threads PROPERTIES TIMEOUT 600)

# API hygiene: exports, the installed header, pkg-config, the example.
add_test(NAME api/exports
  COMMAND sh ${MT_ROBUSTNESS_DIR}/check_exports.sh $<TARGET_FILE:maintext_shared>
          ${PROJECT_SOURCE_DIR}/include/maintext.h)
set_tests_properties(api/exports PROPERTIES SKIP_RETURN_CODE ${MT_SKIP_CODE})

if(MT_SANITIZE)
  set(MT_LINK_SANITIZE "-fsanitize=${MT_SANITIZE}")
endif()
add_test(NAME api/install
  COMMAND sh ${MT_ROBUSTNESS_DIR}/install_test.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR}
          ${CMAKE_CURRENT_BINARY_DIR}/install-test-work ${CMAKE_C_COMPILER} "${MT_LINK_SANITIZE}")
set_tests_properties(api/install PROPERTIES SKIP_RETURN_CODE ${MT_SKIP_CODE} TIMEOUT 600)

# examples/extract.c, built like every program of the tree, prints what the
# command prints on every fixture page.
add_executable(example-extract ${PROJECT_SOURCE_DIR}/examples/extract.c)
target_link_libraries(example-extract PRIVATE maintext_static)
file(GLOB MT_EXAMPLE_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fixtures/pages/*.html)
add_test(NAME examples/extract
  COMMAND sh ${MT_ROBUSTNESS_DIR}/example_test.sh $<TARGET_FILE:example-extract>
          $<TARGET_FILE:maintext_cli> ${PROJECT_SOURCE_DIR}/examples/article.html ${MT_EXAMPLE_PAGES})

# The fuzz harnesses, replayed on their seeds (fuzz/seeds/NAME) and on the
# inputs that were findings once (fuzz/regressions/NAME), with this build's
# compiler and sanitizers.
foreach(src ${PROJECT_SOURCE_DIR}/fuzz/fuzz_parse.c ${PROJECT_SOURCE_DIR}/fuzz/fuzz_extract.c
            ${PROJECT_SOURCE_DIR}/fuzz/fuzz_charset.c ${PROJECT_SOURCE_DIR}/fuzz/fuzz_warc.c)
  get_filename_component(stem ${src} NAME_WE)
  string(REPLACE "fuzz_" "" name ${stem})
  add_executable(replay-${name} ${src} ${MT_ROBUSTNESS_DIR}/fuzz_replay.c)
  target_include_directories(replay-${name} PRIVATE ${PROJECT_SOURCE_DIR}/src
    ${MT_ROBUSTNESS_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(replay-${name} PRIVATE maintext_static maintext_warc)
  set(inputs ${PROJECT_SOURCE_DIR}/fuzz/seeds/${name})
  if(EXISTS ${PROJECT_SOURCE_DIR}/fuzz/regressions/${name})
    list(APPEND inputs ${PROJECT_SOURCE_DIR}/fuzz/regressions/${name})
  endif()
  add_test(NAME fuzz-replay/${name} COMMAND replay-${name} ${inputs})
  set_tests_properties(fuzz-replay/${name} PROPERTIES TIMEOUT 600)
endforeach()

# Every SSE2 path's switch is one that `make portable` turns off.
add_test(NAME api/portable-switches
  COMMAND sh ${MT_ROBUSTNESS_DIR}/check_portable_switches.sh ${PROJECT_SOURCE_DIR}/src
          ${PROJECT_SOURCE_DIR}/Makefile)
