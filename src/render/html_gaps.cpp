#include "html_gaps.hpp"

#include "readiness/names.hpp"

#include "anonymity_notice.hpp"
#include "html_escape.hpp"
#include "html_format.hpp"

#include <fmt/format.h>

namespace readiness::render::html {

namespace {

constexpr std::string_view k_blocker_badge = " <span class=\"badge blocker\">blocker</span>";

std::string phase_class(Phase phase) {
    return fmt::format("phase-{}", key(phase));
}

std::string gap_departments_html(const Report& report, const Checklist& checklist, const Gap& gap) {
    std::string html = "<ul class=\"plain scores\">";
    if (const auto only = folded_only(report, gap); !only.empty()) {
        html += "<li>" + escape_html(only) + "</li>";
    }
    for (const auto& department : gap.departments) {
        const PairResult* pair = find_pair(report, gap.question, department.department);
        html += fmt::format("<li>{} <span class=\"num\">{}</span></li>",
                            escape_html(department_name(checklist, department.department)),
                            escape_html(pair ? pair_score_detail(*pair) : pair_score_text(department.score)));
    }
    return html + "</ul>";
}

} // namespace

std::string blockers_section_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("blockers", "Blockers");
    if (const auto folded = folded_blockers_text(report); !folded.empty()) {
        return html + "<p>" + escape_html(folded) + "</p>\n</section>\n";
    }
    if (report.blockers.empty()) {
        return html + "<p>No blockers: every critical question has a score at or above its threshold.</p>\n"
                      "</section>\n";
    }
    html += fmt::format("<p>{} critical {} below {} threshold or without a score (not answered, or marked "
                        "not applicable). Fix these first.</p>\n",
                        report.blockers.size(), report.blockers.size() == 1 ? "answer is" : "answers are",
                        report.blockers.size() == 1 ? "its" : "their");
    html += "<div class=\"table-wrap\"><table>\n<caption>Blockers</caption>\n<thead><tr><th scope=\"col\">"
            "Question</th><th scope=\"col\">Department</th><th scope=\"col\">Score</th><th scope=\"col\">"
            "Threshold</th></tr></thead>\n<tbody>\n";
    for (const auto& blocker : report.blockers) {
        html +=
            fmt::format("<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                        question_html(checklist, blocker.question),
                        escape_html(department_name(checklist, blocker.department)),
                        escape_html(blocker_state_text(report, blocker)), pair_score_text(blocker.threshold));
    }
    return html + "</tbody></table></div>\n</section>\n";
}

std::string gaps_section_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("gaps", "Gaps");
    if (report.gaps.empty()) {
        return html + "<p>No gaps: every question meets its target in every department.</p>\n</section>\n";
    }
    html += "<p>Every question that falls short of its target, blockers first, then by priority (weight × "
            "gap, summed over departments). Department scores are the question's 0–100 score there.</p>\n";
    html += "<div class=\"table-wrap\"><table class=\"gaps\">\n<caption>Gaps with recommendations</caption>\n"
            "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Question</th><th scope=\"col\">Departments"
            "</th><th scope=\"col\">Priority</th><th scope=\"col\">Phase</th><th scope=\"col\">Advice</th>"
            "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < report.gaps.size(); ++i) {
        const Gap& gap = report.gaps[i];
        html += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
                            "<td><span class=\"phase {}\">{}</span></td><td class=\"advice\">{}</td></tr>\n",
                            i + 1, question_html(checklist, gap.question, gap.blocker ? k_blocker_badge : ""),
                            gap_departments_html(report, checklist, gap), one_decimal(gap.priority),
                            phase_class(gap.phase), phase_name(gap.phase),
                            gap.advice.empty() ? "<span class=\"muted\">—</span>" : escape_html(gap.advice));
    }
    return html + "</tbody></table></div>\n</section>\n";
}

} // namespace readiness::render::html
