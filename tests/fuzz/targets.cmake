# The fuzz targets and their seeds, read from tests/fuzz/seeds.txt (one line a target: NAME PATH...), which
# scripts/fuzz reads too. Sets readiness_fuzz_targets and readiness_fuzz_seeds_<name> (absolute paths).
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/seeds.txt readiness_fuzz_lines)
set(readiness_fuzz_targets)
foreach(line ${readiness_fuzz_lines})
  string(REPLACE " " ";" words "${line}")
  list(POP_FRONT words name)
  list(APPEND readiness_fuzz_targets ${name})
  set(readiness_fuzz_seeds_${name})
  foreach(path ${words})
    list(APPEND readiness_fuzz_seeds_${name} ${PROJECT_SOURCE_DIR}/${path})
  endforeach()
endforeach()
