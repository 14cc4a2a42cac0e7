// Fuzz target: an answer file's bytes through the text check and the answer loader (built-in checklist),
// then written back and loaded again: what the loader accepts must survive the round trip.
#include "fuzz_input.hpp"
#include "io/answer_file.hpp"
#include "io/text_file.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace readiness;
    Diagnostics diagnostics;
    auto text = io::check_text(fuzz::bytes(data, size), "f.yaml", diagnostics);
    if (!text) {
        return 0;
    }
    const auto load = io::load_answer_text(*text, "f.yaml", fuzz::builtin_checklist());
    if (load.ok() && !load.sheets.empty()) {
        const std::string saved = io::format_answer_sheet(load.sheets.front(), fuzz::builtin_checklist());
        if (!io::load_answer_text(saved, "saved.yaml", fuzz::builtin_checklist()).ok()) {
            std::abort(); // a sheet that loaded must load again once written
        }
    }
    return 0;
}
