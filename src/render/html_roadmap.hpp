#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render::html {

// The "Roadmap" section: the rule, the impact/effort matrix, then Now, Next and Later, each grouped by
// dimension, every action with its effort, impact, departments and recommendation.
std::string roadmap_section_html(const Report& report, const Checklist& checklist);

} // namespace readiness::render::html
