#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>
#include <string_view>

namespace readiness::render {

// The text report's department × dimension table: departments down, dimensions across (short ids, with
// a legend), each department's score at the right and every department's at the bottom; cells one
// decimal, "—" without a score. With `color`, cells are tinted by level and headings bold.
std::string text_heatmap(const Report& report, const Checklist& checklist, bool color, std::size_t width);

// Which colour a level gets, by its place among the checklist's levels (level_palette.hpp).
std::string tint_level(std::string_view text, const Checklist& checklist, std::string_view level, bool color);

} // namespace readiness::render
