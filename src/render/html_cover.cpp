#include "html_cover.hpp"

#include "anonymity_notice.hpp"
#include "html_escape.hpp"

#include <fmt/format.h>

namespace readiness::render::html {

namespace {

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

} // namespace

std::string organisation_text(const Report& report, const Handover& handover) {
    const std::string name = organisation_name(report, handover);
    return name.empty() ? std::string("(not given)") : name;
}

std::string cover_html(const Report& report, const Handover& handover) {
    const std::size_t assessed = department_counts(report).with_respondents;
    std::string html = "<header class=\"masthead cover\">\n";
    if (!handover.confidential.empty()) {
        html += fmt::format("<p class=\"confidential\">{}</p>\n", escape_html(handover.confidential));
    }
    if (handover.logo) {
        html += fmt::format("<img class=\"logo\" src=\"{}\" alt=\"Logo\">\n", data_uri(*handover.logo));
    }
    html +=
        fmt::format("<p class=\"kicker\">Readiness report</p>\n"
                    "<h1>{}</h1>\n<dl class=\"facts\">\n<dt>Organisation</dt><dd>{}</dd>\n",
                    escape_html(report.checklist_title), escape_html(organisation_text(report, handover)));
    if (!handover.prepared_by.empty()) {
        html += fmt::format("<dt>Prepared by</dt><dd>{}</dd>\n", escape_html(handover.prepared_by));
    }
    if (!report.dates.empty()) {
        const std::string& first = report.dates.front();
        const std::string& last = report.dates.back();
        html += fmt::format("<dt>Answered</dt><dd>{}</dd>\n",
                            first == last ? escape_html(first)
                                          : fmt::format("{} to {}", escape_html(first), escape_html(last)));
    }
    html += fmt::format("<dt>Respondents</dt><dd>{} in {}</dd>\n",
                        plural(report.respondent_count, "respondent", "respondents"),
                        plural(assessed, "department", "departments"));
    html += fmt::format("<dt>Checklist</dt><dd>{} {}</dd>\n</dl>\n</header>\n", escape_html(report.checklist),
                        escape_html(report.checklist_version));
    return html;
}

std::string page_css(const Report& report, const Handover& handover) {
    std::string css = "@page {";
    if (!handover.confidential.empty()) {
        css += fmt::format(" @top-center {{ content: {}; }}", css_string(handover.confidential));
    }
    const std::string organisation = organisation_name(report, handover);
    if (!organisation.empty()) {
        css += fmt::format(" @bottom-left {{ content: {}; }}", css_string(organisation));
    }
    return css + " @bottom-right { content: \"page \" counter(page) \" / \" counter(pages); } }\n";
}

std::string css_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
            out += fmt::format("\\{:x} ", byte);
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace readiness::render::html
