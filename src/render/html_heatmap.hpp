#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render::html {

// The "Heatmap" section: department × dimension scores, each cell coloured by its level's band, with
// every department's score, the dimensions' scores across departments and a legend of the levels.
std::string heatmap_section_html(const Report& report, const Checklist& checklist);

} // namespace readiness::render::html
