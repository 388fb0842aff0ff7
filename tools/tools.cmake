# Development tools (not installed).

# mt-meta: prints what the metadata stage finds on one page, as JSON.
add_executable(mt-meta ${PROJECT_SOURCE_DIR}/tools/mt-meta.c)
target_include_directories(mt-meta PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(mt-meta PRIVATE maintext_static)
