#include "html_cover.hpp"
#include "html_escape.hpp"
#include "html_findings.hpp"
#include "html_format.hpp"
#include "html_gaps.hpp"
#include "html_heatmap.hpp"
#include "html_method.hpp"
#include "html_radars.hpp"
#include "html_remarks.hpp"
#include "html_style.hpp"
#include "report_formats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <sstream>

namespace readiness::render {

namespace {

using namespace html;

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

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

constexpr SectionLink k_sections[] = {{"summary", "Summary"},
                                      {"heatmap", "Heatmap"},
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

std::string at_a_glance_html(const Report& report) {
    const auto in_phase = [&](Phase phase) {
        return std::count_if(report.gaps.begin(), report.gaps.end(),
                             [&](const Gap& g) { return g.phase == phase; });
    };
    std::string html = "<div class=\"card\">\n<h3>At a glance</h3>\n<ul class=\"plain\">\n";
    html += fmt::format("<li>{}</li>\n", plural(report.blockers.size(), "blocker", "blockers"));
    html += fmt::format("<li>{}: {} now, {} next, {} later</li>\n", plural(report.gaps.size(), "gap", "gaps"),
                        in_phase(Phase::now), in_phase(Phase::next), in_phase(Phase::later));
    html +=
        fmt::format("<li>{}</li>\n", plural(report.disagreements.size(), "disagreement", "disagreements"));
    if (report.applicable_pairs > 0) {
        html += fmt::format("<li>Coverage {} ({} of {} question–department pairs answered)</li>\n",
                            percent_text(report.answered_pairs, report.applicable_pairs),
                            report.answered_pairs, report.applicable_pairs);
    }
    const DimensionResult* strongest = nullptr;
    const DimensionResult* weakest = nullptr;
    for (const auto& dimension : report.dimensions) {
        if (dimension.score.value) {
            if (strongest == nullptr || *dimension.score.value > *strongest->score.value) {
                strongest = &dimension;
            }
            if (weakest == nullptr || *dimension.score.value < *weakest->score.value) {
                weakest = &dimension;
            }
        }
    }
    if (strongest != nullptr && strongest != weakest) {
        html += fmt::format("<li>Strongest dimension: {} ({})</li>\n<li>Weakest dimension: {} ({})</li>\n",
                            escape_html(strongest->name), one_decimal(*strongest->score.value),
                            escape_html(weakest->name), one_decimal(*weakest->score.value));
    }
    return html + "</ul>\n</div>\n";
}

std::string summary_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("summary", "Summary") +
                       "<div class=\"summary\">\n<div class=\"card\">\n"
                       "<h3>Overall readiness</h3>\n";
    if (report.overall.value) {
        html +=
            fmt::format("<p class=\"headline\">{}<small> / 100</small></p>\n<p><span class=\"badge {}\">{}"
                        "</span></p>\n",
                        one_decimal(*report.overall.value), level_class(checklist, report.overall.level),
                        escape_html(report.overall.level_label));
        for (const auto& level : checklist.levels) {
            if (level.id == report.overall.level && !level.description.empty()) {
                html += "<p>" + escape_html(level.description) + "</p>\n";
            }
        }
    } else {
        html += "<p class=\"headline\">—</p>\n<p>No scored answers.</p>\n";
    }
    return html + "</div>\n" + at_a_glance_html(report) + "</div>\n</section>\n";
}

constexpr std::size_t k_block_bytes = std::size_t{1} << 16;

// Row by row: the list grows with the respondents, so it goes to the output as it is written.
void write_respondents_html(const Report& report, const Checklist& checklist, std::ostream& out) {
    out << section_open_html("respondents", "Respondents");
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
    out << summary_html(report, checklist);
    out << heatmap_section_html(report, checklist);
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
