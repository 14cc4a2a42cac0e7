#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include "handover.hpp"

#include <string>

namespace readiness::render::html {

// The report's first section: "Executive summary" (overall level, key findings, first actions).
std::string executive_summary_html(const Report& report, const Checklist& checklist,
                                   const Handover& handover);

} // namespace readiness::render::html
