#include "html_radars.hpp"

#include "html_escape.hpp"
#include "html_format.hpp"
#include "html_svg_radar.hpp"

#include <fmt/format.h>

namespace readiness::render::html {

namespace {

std::string score_cells_html(const Checklist& checklist, const Score& score) {
    return fmt::format("<td class=\"num {}\">{}</td><td>{}</td>", level_class(checklist, score.level),
                       score_text(score.value), score.value ? escape_html(score.level_label) : "no data");
}

std::string score_line_html(const Checklist& checklist, const Score& score) {
    if (!score.value) {
        return "<p class=\"score-line\">no score</p>\n";
    }
    return fmt::format(
        "<p class=\"score-line\"><span class=\"big\">{}</span> <span class=\"badge {}\">{}</span></p>\n",
        one_decimal(*score.value), level_class(checklist, score.level), escape_html(score.level_label));
}

std::string table_open_html(std::string_view caption) {
    return fmt::format("<div class=\"table-wrap\"><table class=\"compact\">\n<caption>{}</caption>\n"
                       "<thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\">Score</th>"
                       "<th scope=\"col\">Level</th></tr></thead>\n<tbody>\n",
                       escape_html(caption));
}

constexpr std::string_view k_table_close = "</tbody></table></div>\n";

std::string overall_card_html(const Report& report, const Checklist& checklist) {
    std::vector<RadarAxis> axes;
    for (const auto& dimension : report.dimensions) {
        axes.push_back({dimension.name, dimension.score.value});
    }
    std::string html = "<figure class=\"card radar-card\">\n<figcaption><h3>All departments</h3>\n" +
                       score_line_html(checklist, report.overall) + "</figcaption>\n";
    html += radar_svg("radar-all", "Dimension scores, all departments", axes);
    html += table_open_html("Dimension scores, all departments, by group");
    for (const auto& group : report.groups) {
        html += fmt::format("<tr class=\"group\"><th scope=\"row\">{}</th>{}</tr>\n", escape_html(group.name),
                            score_cells_html(checklist, group.score));
        for (const auto& dimension : report.dimensions) {
            if (dimension.group == group.id) {
                html +=
                    fmt::format("<tr><th scope=\"row\" class=\"sub\">{}</th>{}</tr>\n",
                                escape_html(dimension.name), score_cells_html(checklist, dimension.score));
            }
        }
    }
    return html + std::string(k_table_close) + "</figure>\n";
}

std::string department_card_html(const Report& report, const Checklist& checklist,
                                 const DepartmentResult& department, std::size_t index) {
    std::vector<RadarAxis> axes;
    std::string rows;
    for (const auto& dimension : report.dimensions) {
        const Score score = cell_score(report, department.id, dimension.id);
        axes.push_back({dimension.name, score.value});
        rows += fmt::format("<tr><th scope=\"row\">{}</th>{}</tr>\n", escape_html(dimension.name),
                            score_cells_html(checklist, score));
    }
    std::string html = fmt::format("<figure class=\"card radar-card\">\n<figcaption><h3>{}</h3>\n",
                                   escape_html(department.name)) +
                       score_line_html(checklist, department.score) + "</figcaption>\n";
    html += radar_svg(fmt::format("radar-{}", index), "Dimension scores, " + department.name, axes);
    html += table_open_html("Dimension scores, " + department.name);
    return html + rows + std::string(k_table_close) + "</figure>\n";
}

} // namespace

std::string radars_section_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("dimensions", "Dimensions");
    html += "<p>Each spoke is a dimension, scored 0–100 from the centre out; the rings mark 20, 40, 60, 80 "
            "and 100. A dimension without data is drawn at 0 and labelled “no data”.</p>\n"
            "<div class=\"cards\">\n";
    html += overall_card_html(report, checklist);
    std::string not_assessed;
    for (std::size_t i = 0; i < report.departments.size(); ++i) {
        const DepartmentResult& department = report.departments[i];
        if (department.assessed) {
            html += department_card_html(report, checklist, department, i);
        } else {
            not_assessed += (not_assessed.empty() ? "" : ", ") + escape_html(department.name);
        }
    }
    html += "</div>\n";
    if (!not_assessed.empty()) {
        html += fmt::format("<p>Not assessed (no respondents): {}.</p>\n", not_assessed);
    }
    return html + "</section>\n";
}

} // namespace readiness::render::html
