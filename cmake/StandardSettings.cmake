# Two INTERFACE targets every project target links: warnings and sanitizers stay out of global flags.
add_library(readiness_warnings INTERFACE)
target_compile_options(readiness_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${READINESS_WERROR}>:-Werror>)

add_library(readiness_sanitizers INTERFACE)
if(READINESS_SANITIZE)
  target_compile_options(readiness_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(readiness_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing: every library instrumented for libFuzzer's coverage, with ASan and UBSan; only the fuzz targets
# link libFuzzer's main.
if(READINESS_FUZZ)
  target_compile_options(readiness_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(readiness_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(readiness_settings INTERFACE)
target_link_libraries(readiness_settings INTERFACE readiness_warnings readiness_sanitizers)
