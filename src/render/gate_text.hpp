#pragma once

#include "readiness/gates.hpp"

#include <string>

namespace readiness::render {

// A gate in words, the same in every check format.
// "Overall score of at least 60", "Marketing scores at least 50", "At most 0 blockers".
std::string gate_title(const GateResult& gate);
// Why it passed or failed: "The organisation scores 61.2, meeting the minimum of 60"; "2 blockers found; at
// most 0 allowed". A score that rounds to the limit but misses it shows the digits that tell them apart
// ("39.99, below the minimum of 40").
std::string gate_message(const GateResult& gate);

} // namespace readiness::render
