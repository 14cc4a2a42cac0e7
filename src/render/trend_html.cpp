#include "html_chart_style.hpp"
#include "html_escape.hpp"
#include "html_format.hpp"
#include "html_style.hpp"
#include "html_svg_line.hpp"
#include "score_format.hpp"
#include "trend_formats.hpp"
#include "trend_parts.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render {

namespace {

using html::escape_html;

// The chart's background: each level's band, from its minimum to the next level's, in its colour.
std::vector<html::ChartBand> level_bands(const Trend& trend) {
    Checklist levels_only;
    levels_only.levels = trend.levels;
    std::vector<Level> sorted = trend.levels;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Level& a, const Level& b) { return a.min < b.min; });
    std::vector<html::ChartBand> bands;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const double max = i + 1 < sorted.size() ? sorted[i + 1].min : 100;
        bands.push_back({sorted[i].min, max, html::level_class(levels_only, sorted[i].id), sorted[i].label});
    }
    return bands;
}

std::string chart_html(const Trend& trend, const TrendSeries& series, std::string_view id_prefix) {
    html::LineChart chart;
    chart.id = fmt::format("{}-{}", id_prefix, series.id);
    chart.title = fmt::format("{}: score at each assessment", series.name);
    for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
        chart.x_labels.push_back(assessment_name(trend, i));
        chart.break_before.push_back(trend.assessments[i].break_before);
        chart.values.push_back(series.points[i].value);
    }
    chart.bands = level_bands(trend);
    return fmt::format("<figure class=\"card\">\n<figcaption><h3>{}</h3></figcaption>\n{}</figure>\n",
                       escape_html(series.name), html::line_chart_svg(chart));
}

std::string break_class(const Trend& trend, std::size_t index) {
    return trend.assessments[index].break_before ? " break" : "";
}

std::string table_html(const Trend& trend, std::string_view caption, const std::vector<TrendSeries>& series) {
    std::string out =
        fmt::format("<div class=\"table-wrap\">\n<table>\n<caption>{}</caption>\n<thead><tr><th "
                    "scope=\"col\"></th>",
                    escape_html(caption));
    for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
        out += fmt::format("<th scope=\"col\" class=\"num{}\">{}</th>", break_class(trend, i),
                           escape_html(assessment_heading(trend, i)));
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& line : series) {
        out += fmt::format("<tr><th scope=\"row\">{}</th>", escape_html(line.name));
        for (std::size_t i = 0; i < line.points.size(); ++i) {
            out += fmt::format("<td class=\"num{}\">{}</td>", break_class(trend, i),
                               escape_html(score_text(line.points[i])));
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</div>\n";
}

std::string assessments_html(const Trend& trend) {
    std::string out = html::section_open_html("assessments", "Assessments");
    out += fmt::format("<p class=\"rule\">{} {}</p>\n", escape_html(k_trend_order_rule),
                       escape_html(trend_figures_note()));
    out += "<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th "
           "scope=\"col\">Date</th><th scope=\"col\">Checklist</th><th scope=\"col\">Departments "
           "assessed</th><th scope=\"col\">Report</th><th scope=\"col\">Series</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
        const TrendAssessment& a = trend.assessments[i];
        const std::string why = break_text(trend, i);
        out += fmt::format(
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td>"
            "<td>{}</td></tr>\n",
            i + 1, escape_html(a.date.empty() ? "—" : a.date), escape_html(checklist_text(a)),
            escape_html(assessed_text(a)), escape_html(a.source),
            why.empty() ? "" : escape_html(fmt::format("{} break: {}", k_break_mark, why)));
    }
    return out + "</tbody>\n</table>\n</div>\n</section>\n";
}

std::string series_section(const Trend& trend, std::string_view id, std::string_view heading,
                           const std::vector<TrendSeries>& series) {
    std::string out = html::section_open_html(id, heading);
    out += "<div class=\"cards\">\n";
    for (const auto& line : series) {
        // A series never scored has no line to draw: the table says so.
        if (std::any_of(line.points.begin(), line.points.end(),
                        [](const Score& p) { return p.value.has_value(); })) {
            out += chart_html(trend, line, id);
        }
    }
    out += "</div>\n" + table_html(trend, fmt::format("{}: scores at each assessment", heading), series);
    return out + "</section>\n";
}

} // namespace

std::string render_trend_html(const Trend& trend) {
    std::string out =
        fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>Readiness trend — {}</title>\n<style>{}{}</style>\n</head>\n<body>\n",
                    escape_html(trend.checklist_title), html::html_style(), html::chart_style());
    out += fmt::format("<header class=\"masthead\">\n<p class=\"kicker\">Readiness trend</p>\n<h1>{}</h1>\n"
                       "<p>{}</p>\n</header>\n<main>\n",
                       escape_html(trend.checklist_title), escape_html(trend_summary(trend)));
    out += assessments_html(trend);
    out += html::section_open_html("overall", "Overall");
    out += "<div class=\"trend-row\">\n" + chart_html(trend, trend.overall, "overall") +
           table_html(trend, "Overall: scores at each assessment", {trend.overall}) + "</div>\n</section>\n";
    out += series_section(trend, "departments", "Departments", trend.departments);
    out += series_section(trend, "dimensions", "Dimensions", trend.dimensions);
    out += "</main>\n<footer>Drawn with readiness trend from the reports listed "
           "above.</footer>\n</body>\n</html>\n";
    return out;
}

} // namespace readiness::render
