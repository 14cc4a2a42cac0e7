#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render::html {

// The "Comparisons" section: every assessed department per dimension (small multiples), each dimension
// against its target, and leadership against the front line per dimension (when the checklist marks a
// leadership department). Inline SVG, each with a table of the same figures.
std::string comparisons_section_html(const Report& report, const Checklist& checklist);

} // namespace readiness::render::html
