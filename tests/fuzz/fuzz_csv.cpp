// Fuzz target: a survey export's bytes through the streaming CSV answer reader (built-in checklist).
#include "fuzz_input.hpp"
#include "io/answer_csv.hpp"

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(readiness::fuzz::bytes(data, size));
    (void)readiness::io::read_answer_csv(in, "f.csv", readiness::fuzz::builtin_checklist(),
                                         [](readiness::AnswerSheet&&) {});
    return 0;
}
