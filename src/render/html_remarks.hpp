#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render::html {

// The "Coverage" section: answered pairs out of applicable ones, overall and per department, and every
// answer marked n/a.
std::string coverage_section_html(const Report& report, const Checklist& checklist);

// What was done to an anonymous report, as a paragraph; "" when it is not anonymous.
std::string anonymity_notice_html(const Report& report, const Checklist& checklist);

// The "Notes and free-text answers" section, grouped by question in checklist order.
std::string remarks_section_html(const Report& report, const Checklist& checklist);

} // namespace readiness::render::html
