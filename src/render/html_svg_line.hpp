#pragma once

#include <optional>
#include <string>
#include <vector>

namespace readiness::render::html {

// A background band of the chart: scores from `min` to `max` (0–100) in a level's colour class.
struct ChartBand {
    double min = 0;
    double max = 100;
    std::string css_class; // "lv0" … "lv3", as level_class gives
    std::string label;     // the level's label
};

// One series over evenly spaced points in order; a point without a value is a gap in the line, and no
// line joins a point to the one after it when that one has `break_before`.
struct LineChart {
    std::string id;    // makes the <title> and <desc> ids unique in the document
    std::string title; // plain text (escaped here)
    std::vector<std::string> x_labels;
    std::vector<bool> break_before;
    std::vector<std::optional<double>> values; // 0–100
    std::vector<ChartBand> bands;
};

inline constexpr double k_line_chart_width = 480;
inline constexpr double k_line_chart_height = 250;

// A self-contained inline <svg> (no xmlns, no script, no external reference): level bands, a 0–100 axis
// with its label, one labelled tick per point, the line, a dot and value per point and a dashed rule
// labelled "new checklist" at each break. <title> and <desc> (every value in words) name it for readers.
std::string line_chart_svg(const LineChart& chart);

} // namespace readiness::render::html
