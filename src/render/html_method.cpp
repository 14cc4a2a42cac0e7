#include "html_method.hpp"

#include "html_escape.hpp"
#include "html_format.hpp"
#include "report_text_parts.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

namespace readiness::render::html {

namespace {

std::string levels_html(const Checklist& checklist) {
    std::string html = "<div class=\"table-wrap\"><table class=\"compact\">\n<caption>Levels</caption>\n"
                       "<thead><tr><th scope=\"col\">Level</th><th scope=\"col\">From</th><th scope=\"col\">"
                       "Meaning</th></tr></thead>\n<tbody>\n";
    for (const auto& level : checklist.levels) {
        html += fmt::format(
            "<tr><th scope=\"row\" class=\"{}\">{}</th><td class=\"num\">{}</td><td>{}</td></tr>\n",
            level_class(checklist, level.id), escape_html(level.label), format_number(level.min),
            escape_html(level.description));
    }
    return html + "</tbody></table></div>\n";
}

std::string sources_html(const Checklist& checklist) {
    std::string html =
        fmt::format("<h3>The checklist</h3>\n<p>{} ({} {}).{}{}</p>\n", escape_html(checklist.title),
                    escape_html(checklist.id), escape_html(checklist.version),
                    checklist.description.empty() ? "" : " ", escape_html(checklist.description));
    if (!checklist.sources.empty()) {
        html += "<p>Where its criteria come from:</p>\n<ul>\n";
        for (const auto& source : checklist.sources) {
            html += "<li>" + escape_html(source) + "</li>\n";
        }
        html += "</ul>\n";
    }
    return html;
}

} // namespace

std::string method_section_html(const Report& report, const Checklist& checklist) {
    const ScoringMethod how = scoring_method(report);
    std::string html = section_open_html("method", "How this was scored");
    for (const auto& paragraph : how.before_formula) {
        html += "<p>" + escape_html(paragraph) + "</p>\n";
    }
    html += "<p><code class=\"formula\">" + escape_html(how.formula) + "</code></p>\n";
    for (std::size_t i = 0; i < how.after_formula.size(); ++i) {
        html += "<p>" + escape_html(how.after_formula[i]) + "</p>\n";
        if (i == 0) {
            html += levels_html(checklist); // after the paragraph about levels
        }
    }
    return html + sources_html(checklist) + "</section>\n";
}

} // namespace readiness::render::html
