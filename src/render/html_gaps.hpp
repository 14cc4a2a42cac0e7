#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render::html {

// The "Blockers" section: critical questions below their threshold, per department.
std::string blockers_section_html(const Report& report, const Checklist& checklist);

// The "Gaps" section: every gap in report order with its departments, priority, phase and advice.
std::string gaps_section_html(const Report& report, const Checklist& checklist);

} // namespace readiness::render::html
