// Fuzz target: a report JSON's bytes through the reader `diff` uses.
#include "fuzz_input.hpp"
#include "io/report_json_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    readiness::Diagnostics diagnostics;
    (void)readiness::io::read_report_json(readiness::fuzz::bytes(data, size), "f.json", diagnostics);
    return 0;
}
