# One libFuzzer program per entry point: fuzz/fuzz_<name>.c -> fuzz-<name>.
if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "MT_BUILD_FUZZ needs clang: configure with CC=clang")
endif()
file(GLOB MT_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/fuzz_*.c)
foreach(src ${MT_FUZZ_SOURCES})
  get_filename_component(stem ${src} NAME_WE)
  string(REPLACE "fuzz_" "fuzz-" name ${stem})
  add_executable(${name} ${src})
  # Harnesses may check internal promises too (src/charset, src/util/json),
  # with the robustness tests' independent UTF-8 check and the render
  # tests' XML checker (tests/render); fuzz-warc reads archives with the
  # command's reader (warc/).
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src
    ${PROJECT_SOURCE_DIR}/tests/robustness ${PROJECT_SOURCE_DIR}/tests ${PROJECT_SOURCE_DIR}/warc)
  target_link_libraries(${name} PRIVATE maintext_static maintext_warc)
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endforeach()
