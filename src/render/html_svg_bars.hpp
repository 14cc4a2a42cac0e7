#pragma once

#include <optional>
#include <string>
#include <vector>

namespace readiness::render::html {

// One row of a before/after chart: a label and two 0–100 scores, either missing (not scored then).
struct BarPair {
    std::string label;
    std::optional<double> before;
    std::optional<double> after;
};

// A self-contained inline <svg> (no xmlns, no script, no external reference): per row its label, a grey
// "before" bar over an accent "after" bar with their values ("not scored" for a missing one), on a 0–100
// scale with gridlines. `id` makes its <title> and <desc> ids unique; `title` is plain text.
std::string before_after_bars_svg(std::string_view id, std::string_view title,
                                  const std::vector<BarPair>& rows);

} // namespace readiness::render::html
