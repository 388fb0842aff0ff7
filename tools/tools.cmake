# Development tools (not installed).

# mt-meta: prints what the metadata stage finds on one page, as JSON.
add_executable(mt-meta ${PROJECT_SOURCE_DIR}/tools/mt-meta.c)
target_include_directories(mt-meta PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(mt-meta PRIVATE maintext_static)

# mt-blocks: prints the blocks content selection made of one page, with the
# region, kept flags and boilerplate kinds (for tuning the extractor).
add_executable(mt-blocks ${PROJECT_SOURCE_DIR}/tools/mt-blocks.c)
target_include_directories(mt-blocks PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(mt-blocks PRIVATE maintext_static)
