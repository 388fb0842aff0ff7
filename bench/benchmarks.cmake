# parse-bench: our parser vs libxml2's htmlReadMemory, side by side.
find_package(LibXml2 QUIET)
if(LibXml2_FOUND)
  add_executable(parse-bench ${CMAKE_CURRENT_LIST_DIR}/parse_bench.c ${CMAKE_CURRENT_LIST_DIR}/bench_util.c)
  target_link_libraries(parse-bench PRIVATE maintext_static LibXml2::LibXml2)
else()
  message(STATUS "libxml2 not found: parse-bench (side-by-side parser benchmark) is not built")
endif()

# extract-bench: extraction speed, parse share and peak memory (public API only).
add_executable(extract-bench ${CMAKE_CURRENT_LIST_DIR}/extract_bench.c ${CMAKE_CURRENT_LIST_DIR}/bench_util.c)
target_link_libraries(extract-bench PRIVATE maintext_static)

# inflate-bench: the archive reader's inflater (ISA-L where found) vs zlib's.
add_executable(inflate-bench ${CMAKE_CURRENT_LIST_DIR}/inflate_bench.c ${CMAKE_CURRENT_LIST_DIR}/bench_util.c)
target_link_libraries(inflate-bench PRIVATE maintext_warc maintext_static)
