# cmake -DEXPECTED=N "-DCOMMAND=prog;arg;..." -P expect_exit.cmake
# Runs COMMAND and fails unless it exits with EXPECTED; shows what it printed either way.
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE actual OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "stdout:\n${out}\nstderr:\n${err}")
if(NOT actual STREQUAL EXPECTED)
  message(FATAL_ERROR "expected exit code ${EXPECTED}, got ${actual}")
endif()
