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
