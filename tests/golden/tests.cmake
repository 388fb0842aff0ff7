# Golden tests: maintext on every fixture page (tests/fixtures/pages) in every
# output format, compared with tests/golden/expected. Regenerate with
#   UPDATE=1 ctest -R golden        or        cmake --build BUILD --target golden-update
# then read every changed file before committing it.

set(MT_GOLDEN_ARGS $<TARGET_FILE:maintext_cli> ${PROJECT_SOURCE_DIR}/tests/fixtures/pages
    ${CMAKE_CURRENT_LIST_DIR}/expected ${CMAKE_CURRENT_BINARY_DIR}/golden-work)

add_test(NAME golden/pages COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/run_golden.sh ${MT_GOLDEN_ARGS})
set_tests_properties(golden/pages PROPERTIES SKIP_RETURN_CODE ${MT_SKIP_CODE})

add_custom_target(golden-update
  COMMAND ${CMAKE_COMMAND} -E env UPDATE=1 sh ${CMAKE_CURRENT_LIST_DIR}/run_golden.sh ${MT_GOLDEN_ARGS}
  DEPENDS maintext_cli
  COMMENT "Regenerating tests/golden/expected: read every change before committing it")
