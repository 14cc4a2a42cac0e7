#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render::html {

// The "How this was scored" section: the formula with the options used, the levels, what makes a
// blocker, a gap, a disagreement and a roadmap phase, and where the checklist's criteria come from.
std::string method_section_html(const Report& report, const Checklist& checklist);

} // namespace readiness::render::html
