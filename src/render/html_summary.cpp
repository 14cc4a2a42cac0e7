#include "html_summary.hpp"

#include "readiness/names.hpp"
#include "readiness/summary.hpp"

#include "executive_summary.hpp"
#include "html_escape.hpp"
#include "html_format.hpp"
#include "report_names.hpp"

#include <fmt/format.h>

namespace readiness::render::html {

namespace {

std::string overall_card_html(const Report& report, const Checklist& checklist) {
    std::string html = "<div class=\"card overall\">\n<h3>Overall readiness</h3>\n";
    if (!report.overall.value) {
        return html + "<p class=\"headline\">—</p>\n<p>No scored answers.</p>\n</div>\n";
    }
    return html +
           fmt::format("<p class=\"headline\">{}<small> / 100</small></p>\n<p><span class=\"badge {}\">{}"
                       "</span></p>\n</div>\n",
                       one_decimal(*report.overall.value), level_class(checklist, report.overall.level),
                       escape_html(report.overall.level_label));
}

} // namespace

std::string executive_summary_html(const Report& report, const Checklist& checklist,
                                   const Handover& handover) {
    const SummaryText text = summary_text(report, checklist, summarise(report, checklist), handover);
    std::string html =
        section_open_html("summary", "Executive summary") + "<div class=\"summary\">\n" +
        overall_card_html(report, checklist) + "<div class=\"card findings\">\n" +
        fmt::format("<p class=\"lede\">{}</p>\n<h3>Key findings</h3>\n<ul>\n", escape_html(text.headline));
    for (const auto& finding : text.findings) {
        html += "<li>" + escape_html(finding) + "</li>\n";
    }
    html += "</ul>\n";
    if (!text.first_actions.empty()) {
        html += "<h3>First actions</h3>\n<ol class=\"first-actions\">\n";
        for (const auto& action : text.first_actions) {
            html += fmt::format("<li><strong>{}</strong> <span class=\"phase phase-{}\">{}</span><br>"
                                "<span class=\"muted\">{}</span></li>\n",
                                escape_html(action.action), key(action.phase), phase_name(action.phase),
                                escape_html(action.departments));
        }
        html += "</ol>\n";
    }
    return html + "</div>\n</div>\n</section>\n";
}

} // namespace readiness::render::html
