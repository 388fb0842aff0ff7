# Text normalisation (src/text/nfc.c) against Python's unicodedata: every
# code point, composites with marks, random strings (tests/text/nfc_test.py).
# Needs /usr/bin/python3; skipped when its Unicode version differs from the
# tables'.
add_executable(nfc_tool ${CMAKE_CURRENT_LIST_DIR}/nfc_tool.c)
target_include_directories(nfc_tool PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(nfc_tool PRIVATE maintext_static)
find_program(MT_NFC_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(MT_NFC_PYTHON3)
  add_test(NAME text/nfc
    COMMAND ${MT_NFC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/nfc_test.py $<TARGET_FILE:nfc_tool>)
  set_tests_properties(text/nfc PROPERTIES SKIP_RETURN_CODE ${MT_SKIP_CODE})
endif()
