# The development tools: what they promise to show.

# mt-blocks prints every block of the page, also those after the main
# region that extraction itself stops cutting at.
add_test(NAME tools/mt-blocks-whole-page
  COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/mt_blocks_test.sh $<TARGET_FILE:mt-blocks>
          ${CMAKE_CURRENT_BINARY_DIR}/mt-blocks-test-work)
