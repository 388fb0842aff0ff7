# Renderer checks beyond the unit tests (tests/unit/test_render_*.c): the
# Markdown of every fixture page, read back by cmark-gfm, says what the plain
# text says. Skipped without python3 or cmark-gfm.

find_program(MT_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(MT_PYTHON3)
  file(GLOB MT_RENDER_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fixtures/pages/*.html)
  add_test(NAME render/markdown-roundtrip
    COMMAND ${MT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/md_roundtrip.py $<TARGET_FILE:maintext_cli>
            ${MT_RENDER_PAGES} ${PROJECT_SOURCE_DIR}/examples/article.html)
  set_tests_properties(render/markdown-roundtrip PROPERTIES SKIP_RETURN_CODE ${MT_SKIP_CODE})
endif()
