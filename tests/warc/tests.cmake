# The web archive reader (warc/): records of WARC and ARC files written by
# the test, plain and gzip, whole and damaged, and the HTTP responses they
# hold; with ../shared, its collection of real archives read to the end.

add_executable(test_warc ${CMAKE_CURRENT_LIST_DIR}/test_warc.c)
target_include_directories(test_warc PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(test_warc PRIVATE maintext_warc)
add_test(NAME warc/reader COMMAND test_warc ${MT_SHARED_DIR}/data/warc)
set_tests_properties(warc/reader PROPERTIES TIMEOUT 120)

# Brotli-coded bodies are checked where the reader decodes them, with
# bodies the test codes with libbrotlienc (the same -dev package).
if(MT_WITH_BROTLI AND MT_BROTLI_INCLUDE AND MT_BROTLI_LIB)
  find_library(MT_BROTLIENC_LIB brotlienc)
  if(MT_BROTLIENC_LIB)
    target_compile_definitions(test_warc PRIVATE MT_TEST_BROTLI=1)
    target_include_directories(test_warc PRIVATE ${MT_BROTLI_INCLUDE})
    target_link_libraries(test_warc PRIVATE ${MT_BROTLIENC_LIB})
  endif()
endif()

# Zstd-coded bodies likewise, coded by the test with libzstd itself (it
# holds the encoder too).
if(MT_WITH_ZSTD AND MT_ZSTD_INCLUDE AND MT_ZSTD_LIB)
  target_compile_definitions(test_warc PRIVATE MT_TEST_ZSTD=1)
  target_include_directories(test_warc PRIVATE ${MT_ZSTD_INCLUDE})
  target_link_libraries(test_warc PRIVATE ${MT_ZSTD_LIB})
endif()
