#pragma once

#include "readiness/gates.hpp"

#include <string>

namespace readiness::render {

// One regression in words: "new blocker roles.owner in exec", "roles.owner in exec dropped from 75.0 to
// 25.0", "exec dropped from 60.0 to 40.0", "gate min-score newly missed".
std::string regression_text(const Regression& regression);

} // namespace readiness::render
