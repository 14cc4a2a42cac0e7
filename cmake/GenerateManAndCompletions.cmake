# cmake -DREADINESS=path/to/readiness -DOUTPUT_DIR=build/share -P GenerateManAndCompletions.cmake
# Writes the man page and the completion scripts the binary prints, in their installed layout.
function(generate output)
  get_filename_component(folder ${OUTPUT_DIR}/${output} DIRECTORY)
  file(MAKE_DIRECTORY ${folder})
  execute_process(COMMAND ${READINESS} ${ARGN} OUTPUT_FILE ${OUTPUT_DIR}/${output} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "readiness ${ARGN} failed (${result})")
  endif()
endfunction()
generate(man/man1/readiness.1 __man)
generate(bash-completion/completions/readiness __completion bash)
generate(zsh/site-functions/_readiness __completion zsh)
generate(fish/vendor_completions.d/readiness.fish __completion fish)
