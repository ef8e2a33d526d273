# The version comes from project(); the build id is the commit (plus "-dirty" when the tree has
# changes) so that About and exports say exactly which build made them.
find_package(Git QUIET)
set(FIELDBOOK_BUILD_ID "unknown")
if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
  execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=10
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE FIELDBOOK_BUILD_ID
    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT FIELDBOOK_BUILD_ID)
    set(FIELDBOOK_BUILD_ID "unknown")
  endif()
endif()
configure_file("${CMAKE_SOURCE_DIR}/cmake/build_info.h.in" "${CMAKE_BINARY_DIR}/generated/build_info.h" @ONLY)
