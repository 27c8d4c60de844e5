# cmake -DOUTPUT=FILE -P capture.cmake -- PROGRAM [ARG...]
# Runs PROGRAM and writes its standard output to FILE, through a temporary
# file and a rename, so that a failed run leaves no file for the build to
# take as up to date.
set(command "")
set(after_dashes FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_dashes)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_dashes TRUE)
  endif()
endforeach()
get_filename_component(directory "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${directory}")
execute_process(COMMAND ${command} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUTPUT}.tmp)
  message(FATAL_ERROR "${command} failed (${status})")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
