# Charset checks on real pages (tests/charset/).
#
# charset-detect-tool: the detector on files, for tools/charset_detect_eval.py.
# charset/mojibake: every dev-corpus page whose declared or detected charset
# is not UTF-8 is parsed, and its text checked for U+FFFD and mojibake
# (tests/charset/mojibake_check.c); skipped without ../shared.

add_executable(charset-detect-tool ${CMAKE_CURRENT_LIST_DIR}/detect_tool.c)
target_include_directories(charset-detect-tool PRIVATE ${PROJECT_SOURCE_DIR}/src ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(charset-detect-tool PRIVATE maintext_static)
if(MT_UCHARDET_INCLUDE AND MT_UCHARDET_LIB)
  target_compile_definitions(charset-detect-tool PRIVATE MT_HAVE_UCHARDET=1)
  target_include_directories(charset-detect-tool PRIVATE ${MT_UCHARDET_INCLUDE})
endif()

add_executable(mojibake_check ${CMAKE_CURRENT_LIST_DIR}/mojibake_check.c)
target_include_directories(mojibake_check PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(mojibake_check PRIVATE maintext_static)
add_test(NAME charset/mojibake
  COMMAND mojibake_check ${MT_SHARED_DIR} ${CMAKE_CURRENT_LIST_DIR}/mojibake_allowlist.txt)
set_tests_properties(charset/mojibake PROPERTIES SKIP_RETURN_CODE ${MT_SKIP_CODE})
