#include "anonymity_notice.hpp"
#include "html_charts.hpp"
#include "html_escape.hpp"
#include "html_findings.hpp"
#include "html_format.hpp"
#include "html_gaps.hpp"
#include "html_heatmap.hpp"
#include "html_method.hpp"
#include "html_radars.hpp"
#include "html_remarks.hpp"
#include "html_roadmap.hpp"
#include "html_style.hpp"
#include "html_summary.hpp"
#include "report_formats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <sstream>

namespace readiness::render {

namespace {

using namespace html;

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) {
        text += (text.empty() ? "" : ", ") + item;
    }
    return text;
}

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string organisation_text(const Report& report) {
    return report.organisations.empty() ? std::string("(not given)") : joined(report.organisations);
}

std::string head_html(const Report& report) {
    return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>{} — {}</title>\n<style>{}</style>\n</head>\n<body>\n",
                       escape_html(organisation_text(report)), escape_html(report.checklist_title),
                       html_style());
}

std::string masthead_html(const Report& report) {
    std::string html =
        fmt::format("<header class=\"masthead\">\n<p class=\"kicker\">Readiness report</p>\n"
                    "<h1>{}</h1>\n<dl class=\"facts\">\n<dt>Organisation</dt><dd>{}</dd>\n",
                    escape_html(report.checklist_title), escape_html(organisation_text(report)));
    if (!report.dates.empty()) {
        const std::string& first = report.dates.front();
        const std::string& last = report.dates.back();
        html += fmt::format("<dt>Answered</dt><dd>{}</dd>\n",
                            first == last ? escape_html(first)
                                          : fmt::format("{} to {}", escape_html(first), escape_html(last)));
    }
    html += fmt::format("<dt>Respondents</dt><dd>{} in {}</dd>\n",
                        plural(report.respondent_count, "respondent", "respondents"),
                        plural(department_counts(report).with_respondents, "department", "departments"));
    html += fmt::format("<dt>Checklist</dt><dd>{} {}</dd>\n</dl>\n</header>\n", escape_html(report.checklist),
                        escape_html(report.checklist_version));
    return html;
}

struct SectionLink {
    std::string_view id;
    std::string_view name;
};

constexpr SectionLink k_sections[] = {{"summary", "Executive summary"},
                                      {"heatmap", "Heatmap"},
                                      {"comparisons", "Comparisons"},
                                      {"dimensions", "Dimensions"},
                                      {"blockers", "Blockers"},
                                      {"roadmap", "Roadmap"},
                                      {"gaps", "Gaps"},
                                      {"disagreements", "Disagreements"},
                                      {"evidence", "Evidence"},
                                      {"coverage", "Coverage"},
                                      {"respondents", "Respondents"},
                                      {"notes", "Notes"},
                                      {"method", "How this was scored"}};

std::string nav_html(const Report& report) {
    std::string html = "<nav class=\"toc\" aria-label=\"Sections\">";
    for (const auto& [id, name] : k_sections) {
        if (id != "evidence" || report.evidence_used || !report.evidence_conflicts.empty()) {
            html += fmt::format("<a href=\"#{}\">{}</a>", id, name);
        }
    }
    return html + "</nav>\n";
}

constexpr std::size_t k_block_bytes = std::size_t{1} << 16;

// Row by row: the list grows with the respondents, so it goes to the output as it is written.
void write_respondents_html(const Report& report, const Checklist& checklist, std::ostream& out) {
    out << section_open_html("respondents", "Respondents");
    if (report.anonymity.applied) {
        out << "<p>Not listed: this report is anonymous.</p>\n</section>\n";
        return;
    }
    if (report.respondents.empty()) {
        out << "<p>No respondents.</p>\n</section>\n";
        return;
    }
    out << "<div class=\"table-wrap\"><table>\n<caption>Who answered</caption>\n<thead><tr><th scope=\"col\">"
           "Name</th><th scope=\"col\">Department</th><th scope=\"col\">Role</th></tr></thead>\n<tbody>\n";
    std::string block;
    for (std::size_t i = 0; i < report.respondents.size(); ++i) {
        const auto respondent = report.respondents.view(i);
        fmt::format_to(std::back_inserter(block), "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       escape_html(respondent.name),
                       escape_html(department_name(checklist, respondent.department)),
                       escape_html(respondent.role));
        if (block.size() >= k_block_bytes) {
            out << block;
            block.clear();
        }
    }
    out << block << "</tbody></table></div>\n</section>\n";
}

} // namespace

void write_html(const Report& report, const Checklist& checklist, const RenderOptions& options,
                std::ostream& out) {
    (void)options; // every gap is listed: a file to hand over, not a terminal screen
    out << head_html(report) << masthead_html(report) << nav_html(report) << "<main>\n";
    out << anonymity_notice_html(report, checklist);
    out << executive_summary_html(report, checklist);
    out << heatmap_section_html(report, checklist);
    out << comparisons_section_html(report, checklist);
    out << radars_section_html(report, checklist);
    out << blockers_section_html(report, checklist);
    out << roadmap_section_html(report, checklist);
    out << gaps_section_html(report, checklist);
    out << disagreements_section_html(report, checklist);
    out << evidence_section_html(report, checklist);
    out << coverage_section_html(report, checklist);
    write_respondents_html(report, checklist, out);
    out << remarks_section_html(report, checklist);
    out << method_section_html(report, checklist);
    out << fmt::format("</main>\n<footer>Scored with readiness against the checklist {} {}.</footer>\n"
                       "</body>\n</html>\n",
                       escape_html(report.checklist), escape_html(report.checklist_version));
}

std::string render_html(const Report& report, const Checklist& checklist, const RenderOptions& options) {
    std::ostringstream out;
    write_html(report, checklist, options, out);
    return std::move(out).str();
}

} // namespace readiness::render
