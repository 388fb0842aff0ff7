# The maintext command: its behaviour (exit statuses, messages, batches,
# --jobs) and the agreement of its option table, --help and the man page.

add_executable(check-docs ${CMAKE_CURRENT_LIST_DIR}/check_docs.c ${PROJECT_SOURCE_DIR}/cli/options.c)
target_include_directories(check-docs PRIVATE ${PROJECT_SOURCE_DIR}/cli ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(check-docs PRIVATE maintext_static)
add_test(NAME cli/docs-agree COMMAND check-docs ${PROJECT_SOURCE_DIR}/docs/maintext.1)

add_test(NAME cli/behaviour
  COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/cli_test.sh $<TARGET_FILE:maintext_cli>
          ${CMAKE_CURRENT_BINARY_DIR}/cli-test-work)

# CSV read back by Python's csv module says what JSON says, page by page and
# in a batch (tests/cli/csv_test.py). Needs /usr/bin/python3.
find_program(MT_CSV_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(MT_CSV_PYTHON3)
  file(GLOB MT_CSV_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fixtures/pages/*.html)
  add_test(NAME cli/csv
    COMMAND ${MT_CSV_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/csv_test.py $<TARGET_FILE:maintext_cli>
            ${CMAKE_CURRENT_BINARY_DIR}/csv-test-work ${MT_CSV_PAGES})
endif()

# --with-metadata's front matter read back by a YAML parser says what JSON
# says (tests/cli/front_matter_test.py). Needs /usr/bin/python3 with PyYAML
# (python3-yaml, installed by make test).
if(MT_CSV_PYTHON3)
  add_test(NAME cli/front-matter
    COMMAND ${MT_CSV_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/front_matter_test.py
            $<TARGET_FILE:maintext_cli> ${CMAKE_CURRENT_BINARY_DIR}/front-matter-test-work
            ${MT_CSV_PAGES})
endif()

# --dedup's fingerprints and their set (cli/dedup.c).
add_executable(test_cli_dedup ${CMAKE_CURRENT_LIST_DIR}/test_dedup.c ${PROJECT_SOURCE_DIR}/cli/dedup.c)
target_include_directories(test_cli_dedup PRIVATE ${PROJECT_SOURCE_DIR}/cli ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(test_cli_dedup PRIVATE maintext_static)
add_test(NAME cli/dedup COMMAND test_cli_dedup)
