#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render {

// The Markdown report's department × dimension table (departments down, dimension ids across, each
// department's score at the right, every department's at the bottom) and its legend. Each cell carries
// a coloured square for its level, so the table reads without colour support.
std::string markdown_heatmap(const Report& report, const Checklist& checklist);

// A score as "🟨 51.5 Emerging"; "—" without a value.
std::string level_marker(const Score& score, const Checklist& checklist);

} // namespace readiness::render
