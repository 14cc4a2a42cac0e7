// Fuzz target: a policy file's bytes through the text check and the Markdown heading scanner.
#include "fuzz_input.hpp"
#include "io/markdown_headings.hpp"
#include "io/text_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    readiness::Diagnostics diagnostics;
    if (auto text = readiness::io::check_text(readiness::fuzz::bytes(data, size), "f.md", diagnostics)) {
        (void)readiness::io::markdown_headings(*text);
    }
    return 0;
}
