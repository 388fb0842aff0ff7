# The quality gate: scores the maintext command on the development corpus
# (../shared) with the standard metrics and fails when any figure falls
# below the floor pinned in tests/quality/floors.json. Skipped (exit 77)
# with a message when ../shared is absent.
add_test(NAME quality/dev-corpus
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/run.sh $<TARGET_FILE:maintext_cli> ${MT_SHARED_DIR}
          ${CMAKE_CURRENT_LIST_DIR}/floors.json ${CMAKE_BINARY_DIR}/quality-report.json)
set_tests_properties(quality/dev-corpus PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 1800 LABELS corpus)
