#include "html_heatmap.hpp"

#include "html_escape.hpp"
#include "html_format.hpp"
#include "level_palette.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

namespace readiness::render::html {

namespace {

std::string cell_html(const Checklist& checklist, const Score& score) {
    if (!score.value) {
        return "<td class=\"num lvn\">—</td>";
    }
    return fmt::format("<td class=\"num {}\" title=\"{}\">{}</td>", level_class(checklist, score.level),
                       escape_html(score.level_label), one_decimal(*score.value));
}

// A header row of groups over consecutive dimensions of the same group.
std::string group_row_html(const Report& report, const Checklist& checklist) {
    std::string row = "<tr><td colspan=\"2\"></td>";
    std::size_t i = 0;
    while (i < report.dimensions.size()) {
        std::size_t end = i + 1;
        while (end < report.dimensions.size() && report.dimensions[end].group == report.dimensions[i].group) {
            ++end;
        }
        const Group* group = checklist.find_group(report.dimensions[i].group);
        row += fmt::format("<th scope=\"colgroup\" colspan=\"{}\" class=\"group\">{}</th>", end - i,
                           escape_html(group != nullptr ? group->name : report.dimensions[i].group));
        i = end;
    }
    return row + "</tr>\n";
}

std::string legend_html(const Checklist& checklist) {
    std::string html = "<ul class=\"legend\">";
    const auto& levels = checklist.levels;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const std::string range = i + 1 < levels.size() ? fmt::format("{}–{}", format_number(levels[i].min),
                                                                      format_number(levels[i + 1].min))
                                                        : fmt::format("{}–100", format_number(levels[i].min));
        const LevelColour* colour = level_colour(checklist, levels[i].id);
        html += fmt::format("<li><span class=\"swatch {}\" title=\"{}\"></span>{} ({})</li>",
                            level_class(checklist, levels[i].id), colour != nullptr ? colour->name : "",
                            escape_html(levels[i].label), range);
    }
    return html + "<li><span class=\"swatch lvn\"></span>— no data</li></ul>\n";
}

} // namespace

std::string heatmap_section_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("heatmap", "Heatmap");
    html += "<p>Scores 0–100 by department and dimension, coloured by level.</p>\n" + legend_html(checklist);
    html += "<div class=\"table-wrap\"><table class=\"heatmap\">\n<caption>Scores by department and "
            "dimension</caption>\n<thead>\n" +
            group_row_html(report, checklist) +
            "<tr><th scope=\"col\">Department</th><th scope=\"col\">Overall</th>";
    for (const auto& dimension : report.dimensions) {
        html += fmt::format("<th scope=\"col\">{}</th>", escape_html(dimension.name));
    }
    html += "</tr>\n</thead>\n<tbody>\n";
    for (const auto& department : report.departments) {
        html += fmt::format("<tr><th scope=\"row\">{}{}</th>{}", escape_html(department.name),
                            department.assessed ? "" : " <span class=\"muted\">(not assessed)</span>",
                            cell_html(checklist, department.score));
        for (const auto& dimension : report.dimensions) {
            html += cell_html(checklist, cell_score(report, department.id, dimension.id));
        }
        html += "</tr>\n";
    }
    html += fmt::format("</tbody>\n<tfoot><tr><th scope=\"row\">All departments</th>{}",
                        cell_html(checklist, report.overall));
    for (const auto& dimension : report.dimensions) {
        html += cell_html(checklist, dimension.score);
    }
    return html + "</tr></tfoot>\n</table></div>\n</section>\n";
}

} // namespace readiness::render::html
