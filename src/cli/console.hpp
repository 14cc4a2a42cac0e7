#pragma once

#include <ostream>

namespace readiness::interview {
class InterviewIO;
}

namespace readiness::cli {

// Where a command writes: data to `out`, messages to `err`. `color` is decided once at start-up (a
// terminal, no NO_COLOR, no --no-color). `interview_io` is where `interview` reads typed lines: null for
// the process's own (stdin, signals, the environment, the clock); tests give a fake.
struct Console {
    std::ostream& out;
    std::ostream& err;
    bool color = false;
    interview::InterviewIO* interview_io = nullptr;
};

} // namespace readiness::cli
