#include "score_format.hpp"
#include "text_layout.hpp"
#include "trend_formats.hpp"
#include "trend_parts.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

constexpr std::size_t k_name_width = 30;
constexpr std::size_t k_column_width = 12;

std::string right(std::string_view text, std::size_t width) {
    const std::size_t shown = display_width(text);
    return std::string(shown < width ? width - shown : 0, ' ') + std::string(text);
}

std::string trimmed(std::string line) {
    line.erase(line.find_last_not_of(' ') + 1);
    return line + "\n";
}

// A row of cells, a column of k_break_mark before the first one after a break.
std::string row(const Trend& trend, std::string_view name, const std::vector<std::string>& cells) {
    std::string line = pad_right(name, k_name_width);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (trend.assessments[i].break_before) {
            line += fmt::format("  {}", k_break_mark);
        }
        line += right(cells[i], k_column_width);
    }
    return trimmed(std::move(line));
}

std::string row(const Trend& trend, std::string_view name, const std::vector<Score>& points) {
    std::vector<std::string> cells;
    for (const auto& point : points) {
        cells.push_back(score_text(point));
    }
    return row(trend, name, cells);
}

} // namespace

std::string render_trend_text(const Trend& trend) {
    std::string out =
        fmt::format("Readiness trend — {}\n{}\n\nAssessments\n", trend.checklist_title, trend_summary(trend));
    for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
        const TrendAssessment& a = trend.assessments[i];
        std::string line = fmt::format("  {:>2}  {}  {}  {} departments assessed  {}", i + 1,
                                       pad_right(a.date.empty() ? "no date" : a.date, 10), checklist_text(a),
                                       assessed_text(a), a.source);
        if (a.break_before) {
            line += fmt::format("\n      {} {}", k_break_mark, break_text(trend, i));
        }
        out += line + "\n";
    }
    out += "\n" + wrap(trend_figures_note(), 100, 0) + "\n\n";
    std::vector<std::string> names;
    for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
        names.push_back(assessment_name(trend, i));
    }
    out += row(trend, "", names);
    out += row(trend, trend.overall.name, trend.overall.points);
    for (const auto& [title, series] :
         {std::pair{"Departments", &trend.departments}, std::pair{"Dimensions", &trend.dimensions}}) {
        out += fmt::format("{}\n", title);
        for (const auto& line : *series) {
            out += row(trend, "  " + line.name, line.points);
        }
    }
    return out;
}

} // namespace readiness::render
