# The web archive reader (warc/): records of WARC and ARC files written by
# the test, plain and gzip, whole and damaged, and the HTTP responses they
# hold; with ../shared, its collection of real archives read to the end.

add_executable(test_warc ${CMAKE_CURRENT_LIST_DIR}/test_warc.c)
target_include_directories(test_warc PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(test_warc PRIVATE maintext_warc)
add_test(NAME warc/reader COMMAND test_warc ${MT_SHARED_DIR}/data/warc)
set_tests_properties(warc/reader PROPERTIES TIMEOUT 120)
