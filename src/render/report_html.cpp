#include "anonymity_notice.hpp"
#include "html_charts.hpp"
#include "html_cover.hpp"
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

std::string head_html(const Report& report, const Handover& handover) {
    return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>{} — {}</title>\n<style>{}{}{}</style>\n</head>\n<body>\n",
                       escape_html(organisation_text(report, handover)), escape_html(report.checklist_title),
                       level_palette_css(), html_style(), page_css(report, handover));
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

// The sections as a list: a line of links on screen, the contents page in print.
std::string nav_html(const Report& report) {
    std::string html =
        "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">Contents</h2>\n<ol>";
    for (const auto& [id, name] : k_sections) {
        if (id != "evidence" || report.evidence_used || !report.evidence_conflicts.empty()) {
            html += fmt::format("<li><a href=\"#{}\">{}</a></li>", id, name);
        }
    }
    return html + "</ol>\n</nav>\n";
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
    // Every gap is listed (options.top_gaps is ignored): a file to hand over, not a terminal screen.
    out << head_html(report, options.handover) << cover_html(report, options.handover) << nav_html(report)
        << "<main>\n";
    out << anonymity_notice_html(report, checklist);
    out << executive_summary_html(report, checklist, options.handover);
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
