#pragma once

#include <ostream>

namespace readiness::cli {

// Where a command writes: data to `out`, messages to `err`. `color` is decided once at start-up (a
// terminal, no NO_COLOR, no --no-color).
struct Console {
    std::ostream& out;
    std::ostream& err;
    bool color = false;
};

} // namespace readiness::cli
