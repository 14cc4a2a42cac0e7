#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::render::html {

// One spoke of a radar chart: a dimension and its 0–100 score (none: drawn at 0, labelled "no data").
struct RadarAxis {
    std::string label;
    std::optional<double> value;
};

// The chart's geometry in SVG user units; the first axis points up, the rest follow clockwise.
inline constexpr double k_radar_width = 520;
inline constexpr double k_radar_height = 410;
inline constexpr double k_radar_cx = 260;
inline constexpr double k_radar_cy = 205;
inline constexpr double k_radar_radius = 140;

// The polygon's points for `axes`, "x,y x,y …" with one decimal; values are clamped to 0–100.
std::string radar_polygon_points(const std::vector<RadarAxis>& axes);

// A self-contained inline <svg> (no xmlns, no external reference) with 20/40/60/80/100 rings, one spoke
// and label per axis and the score polygon. `id` makes its <title> and <desc> ids unique in the
// document; `title` is plain text (escaped here).
std::string radar_svg(std::string_view id, std::string_view title, const std::vector<RadarAxis>& axes);

} // namespace readiness::render::html
