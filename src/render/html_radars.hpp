#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render::html {

// The "Dimensions" section: a radar chart of the overall dimension scores and one per assessed
// department, each followed by its numbers as a table (the charts' text equivalent).
std::string radars_section_html(const Report& report, const Checklist& checklist);

} // namespace readiness::render::html
