#include "html_format.hpp"

#include "html_escape.hpp"
#include "level_palette.hpp"
#include "report_text_parts.hpp"

#include <fmt/format.h>

#include <cmath>

namespace readiness::render::html {

Score cell_score(const Report& report, std::string_view department, std::string_view dimension) {
    for (const auto& cell : report.cells) {
        if (cell.department == department && cell.dimension == dimension) {
            return cell.score;
        }
    }
    return {};
}

std::string level_class(const Checklist& checklist, std::string_view level_id) {
    const auto band = level_colour_index(checklist, level_id);
    return band ? fmt::format("lv{}", *band) : "lvn";
}

std::string question_html(const Checklist& checklist, std::string_view id, std::string_view badge_html) {
    return fmt::format("{}{}<br><span class=\"id\">{}</span>", escape_html(question_text(checklist, id)),
                       badge_html, escape_html(id));
}

std::string svg_number(double value) {
    return fmt::format("{:.1f}", value);
}

std::string section_open_html(std::string_view id, std::string_view heading) {
    return fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n", escape_html(id), escape_html(heading));
}

} // namespace readiness::render::html
