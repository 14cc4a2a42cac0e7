#include "markdown_escape.hpp"
#include "score_format.hpp"
#include "trend_formats.hpp"
#include "trend_parts.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

std::string table(const Trend& trend, std::string_view title, const std::vector<TrendSeries>& series) {
    std::string out = fmt::format("\n### {}\n\n|", title);
    std::string rule = "\n|---|";
    for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
        out += fmt::format(" | {}", markdown::escape(assessment_heading(trend, i)));
        rule += "---:|";
    }
    out += " |" + rule + "\n";
    for (const auto& line : series) {
        out += fmt::format("| {} |", markdown::escape(line.name));
        for (const auto& point : line.points) {
            out += fmt::format(" {} |", score_text(point));
        }
        out += "\n";
    }
    return out;
}

} // namespace

std::string render_trend_markdown(const Trend& trend) {
    std::string out = fmt::format("## Readiness trend: {}\n\n{}\n\n", markdown::escape(trend.checklist_title),
                                  markdown::escape(trend_summary(trend)));
    out += "| # | date | checklist | departments assessed | report | |\n|---:|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
        const TrendAssessment& a = trend.assessments[i];
        const std::string why = break_text(trend, i);
        out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", i + 1, a.date.empty() ? "—" : a.date,
                           markdown::escape(checklist_text(a)), assessed_text(a), markdown::code(a.source),
                           why.empty() ? "" : markdown::escape(fmt::format("{} {}", k_break_mark, why)));
    }
    out += fmt::format("\n{}\n", markdown::escape(trend_figures_note()));
    out += table(trend, "Overall", {trend.overall});
    out += table(trend, "Departments", trend.departments);
    out += table(trend, "Dimensions", trend.dimensions);
    return out;
}

} // namespace readiness::render
