// Fuzz target: a checklist file's bytes through the text check and the checklist loader.
#include "fuzz_input.hpp"
#include "io/checklist_loader.hpp"
#include "io/text_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    readiness::Diagnostics diagnostics;
    if (auto text = readiness::io::check_text(readiness::fuzz::bytes(data, size), "f.yaml", diagnostics)) {
        (void)readiness::io::load_checklist_text(*text, "f.yaml");
    }
    return 0;
}
