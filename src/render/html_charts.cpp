#include "html_charts.hpp"

#include "readiness/summary.hpp"

#include "html_escape.hpp"
#include "html_format.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render::html {

namespace {

// Horizontal bars, one row per label, 0–100 along the x axis, in SVG user units.
constexpr double k_label_width = 170;
constexpr double k_bar_width = 230;
constexpr double k_value_width = 50;
constexpr double k_row = 22;
constexpr double k_bar = 14;
constexpr double k_axis = 22;

double bar_x(double value) {
    return k_label_width + k_bar_width * std::clamp(value, 0.0, 100.0) / 100;
}

std::string svg_open(std::string_view id, std::string_view title, std::size_t rows) {
    return fmt::format("<div class=\"chart-wrap\"><svg class=\"chart bars\" viewBox=\"0 0 {} {}\" "
                       "role=\"img\" aria-labelledby=\"{}-title\">\n"
                       "<title id=\"{}-title\">{}</title>\n",
                       svg_number(k_label_width + k_bar_width + k_value_width),
                       svg_number(static_cast<double>(rows) * k_row + k_axis), id, id, escape_html(title));
}

// Grid lines at 0, 50 and 100 with their numbers under the last row.
std::string grid(std::size_t rows) {
    const double bottom = static_cast<double>(rows) * k_row;
    std::string svg;
    for (const double at : {0.0, 50.0, 100.0}) {
        svg += fmt::format("<line class=\"grid\" x1=\"{0}\" y1=\"0\" x2=\"{0}\" y2=\"{1}\"/>"
                           "<text class=\"axis\" x=\"{0}\" y=\"{2}\" text-anchor=\"middle\">{3:g}</text>\n",
                           svg_number(bar_x(at)), svg_number(bottom), svg_number(bottom + 16), at);
    }
    return svg;
}

std::string row_label(std::size_t row, std::string_view label) {
    return fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                       svg_number(k_label_width - 8),
                       svg_number(static_cast<double>(row) * k_row + k_row / 2 + 4), escape_html(label));
}

std::string bar(std::size_t row, const Score& score, const Checklist& checklist) {
    const double y = static_cast<double>(row) * k_row + (k_row - k_bar) / 2;
    if (!score.value) {
        return fmt::format("<text class=\"value nodata\" x=\"{}\" y=\"{}\">no data</text>\n",
                           svg_number(bar_x(0) + 4), svg_number(y + k_bar - 3));
    }
    return fmt::format("<rect class=\"bar {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>"
                       "<text class=\"value\" x=\"{}\" y=\"{}\">{}</text>\n",
                       level_class(checklist, score.level), svg_number(bar_x(0)), svg_number(y),
                       svg_number(bar_x(*score.value) - bar_x(0)), svg_number(k_bar),
                       svg_number(bar_x(*score.value) + 4), svg_number(y + k_bar - 3),
                       one_decimal(*score.value));
}

std::vector<const DepartmentResult*> assessed(const Report& report) {
    std::vector<const DepartmentResult*> departments;
    for (const auto& department : report.departments) {
        if (department.assessed) {
            departments.push_back(&department);
        }
    }
    return departments;
}

std::string departments_chart_html(const Report& report, const Checklist& checklist) {
    const auto departments = assessed(report);
    std::string html =
        "<h3>Departments across dimensions</h3>\n<p class=\"muted\">Each assessed department's "
        "score in each dimension; the heatmap above holds the same figures.</p>\n"
        "<div class=\"cards multiples\">\n";
    for (std::size_t d = 0; d < report.dimensions.size(); ++d) {
        const DimensionResult& dimension = report.dimensions[d];
        html += fmt::format("<figure class=\"card chart\">\n<figcaption><h4>{}</h4></figcaption>\n",
                            escape_html(dimension.name));
        html +=
            svg_open(fmt::format("compare-{}", d), "Departments in " + dimension.name, departments.size());
        html += grid(departments.size());
        for (std::size_t row = 0; row < departments.size(); ++row) {
            html += row_label(row, departments[row]->name) +
                    bar(row, cell_score(report, departments[row]->id, dimension.id), checklist);
        }
        html += "</svg></div>\n</figure>\n";
    }
    return html + "</div>\n";
}

std::string targets_chart_html(const Report& report, const Checklist& checklist) {
    std::string html =
        "<h3>Current and target</h3>\n<figure class=\"card chart\">\n<figcaption><p class=\"muted\">"
        "Each dimension's score; the mark is what its questions' targets ask.</p></figcaption>\n";
    html += svg_open("targets", "Dimension scores against their targets", report.dimensions.size());
    html += grid(report.dimensions.size());
    std::string rows;
    for (std::size_t row = 0; row < report.dimensions.size(); ++row) {
        const DimensionResult& dimension = report.dimensions[row];
        html += row_label(row, dimension.name) + bar(row, dimension.score, checklist);
        if (dimension.target) {
            const double y = static_cast<double>(row) * k_row;
            html += fmt::format("<line class=\"target\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n",
                                svg_number(bar_x(*dimension.target)), svg_number(y + 2),
                                svg_number(y + k_row - 2));
        }
        rows += fmt::format(
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
            escape_html(dimension.name), score_text(dimension.score.value), score_text(dimension.target));
    }
    html +=
        "</svg></div>\n<div class=\"table-wrap\"><table class=\"compact\">\n<caption>Current and target by "
        "dimension</caption>\n<thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\" class=\"num\">"
        "Current</th><th scope=\"col\" class=\"num\">Target</th></tr></thead>\n<tbody>\n" +
        rows + "</tbody></table></div>\n</figure>\n";
    return html;
}

std::string perception_chart_html(const Report& report, const Checklist& checklist) {
    const auto perceptions = perception_by_dimension(report, checklist);
    const bool any = std::any_of(perceptions.begin(), perceptions.end(),
                                 [](const Perception& p) { return p.difference().has_value(); });
    if (!any) {
        return {};
    }
    std::string html =
        "<h3>Leadership and the front line</h3>\n<figure class=\"card chart\">\n<figcaption><p "
        "class=\"muted\">Per dimension, over the questions both answered: <span class=\"key "
        "leadership\">●</span> leadership, <span class=\"key front-line\">●</span> the front "
        "line (every other department).</p></figcaption>\n";
    html += svg_open("perception", "Leadership and the front line by dimension", perceptions.size());
    html += grid(perceptions.size());
    std::string rows;
    for (std::size_t row = 0; row < perceptions.size(); ++row) {
        const Perception& perception = perceptions[row];
        const std::string name = report.dimensions[row].name;
        html += row_label(row, name);
        const double y = static_cast<double>(row) * k_row + k_row / 2;
        if (perception.difference()) {
            html += fmt::format("<line class=\"span\" x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\"/>"
                                "<circle class=\"leadership\" cx=\"{0}\" cy=\"{2}\" r=\"5\"/>"
                                "<circle class=\"front-line\" cx=\"{1}\" cy=\"{2}\" r=\"5\"/>\n",
                                svg_number(bar_x(*perception.leadership)),
                                svg_number(bar_x(*perception.front_line)), svg_number(y));
        } else {
            html += fmt::format("<text class=\"value nodata\" x=\"{}\" y=\"{}\">not both</text>\n",
                                svg_number(bar_x(0) + 4), svg_number(y + 4));
        }
        rows += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                            "<td class=\"num\">{}</td></tr>\n",
                            escape_html(name), score_text(perception.leadership),
                            score_text(perception.front_line),
                            perception.difference() ? fmt::format("{:+.1f}", *perception.difference()) : "—");
    }
    html +=
        "</svg></div>\n<div class=\"table-wrap\"><table class=\"compact\">\n<caption>Leadership and the "
        "front line "
        "by dimension</caption>\n<thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\" class=\"num\">"
        "Leadership</th><th scope=\"col\" class=\"num\">Front line</th><th scope=\"col\" class=\"num\">"
        "Difference</th></tr></thead>\n<tbody>\n" +
        rows + "</tbody></table></div>\n</figure>\n";
    return html;
}

} // namespace

std::string comparisons_section_html(const Report& report, const Checklist& checklist) {
    return section_open_html("comparisons", "Comparisons") + departments_chart_html(report, checklist) +
           targets_chart_html(report, checklist) + perception_chart_html(report, checklist) + "</section>\n";
}

} // namespace readiness::render::html
