// Fuzz target: a gates file's bytes through the text check and the gates loader.
#include "fuzz_input.hpp"
#include "io/gates_file.hpp"
#include "io/text_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    readiness::Diagnostics diagnostics;
    if (auto text = readiness::io::check_text(readiness::fuzz::bytes(data, size), "f.yaml", diagnostics)) {
        (void)readiness::io::load_gates_text(*text, "f.yaml", diagnostics);
    }
    return 0;
}
