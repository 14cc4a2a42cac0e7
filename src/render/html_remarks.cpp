#include "html_remarks.hpp"

#include "anonymity_notice.hpp"
#include "html_escape.hpp"
#include "html_format.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace readiness::render::html {

namespace {

// Remarks grouped by question, in checklist order (unknown questions last); each group under a heading.
std::string grouped_remarks_html(const Report& report, const Checklist& checklist,
                                 std::vector<AnswerRemark> remarks) {
    const auto order = [&](const AnswerRemark& r) {
        return checklist.question_index(r.question).value_or(std::numeric_limits<std::size_t>::max());
    };
    std::stable_sort(remarks.begin(), remarks.end(),
                     [&](const AnswerRemark& a, const AnswerRemark& b) { return order(a) < order(b); });
    std::string html;
    for (std::size_t i = 0; i < remarks.size(); ++i) {
        if (i == 0 || remarks[i].question != remarks[i - 1].question) {
            html +=
                fmt::format("{}<div class=\"card remarks\">\n<h4>{}</h4>\n<ul class=\"plain\">\n",
                            i == 0 ? "" : "</ul>\n</div>\n", question_html(checklist, remarks[i].question));
        }
        html += fmt::format("<li><span class=\"who\">{}, {}:</span> <span class=\"said\">{}</span></li>\n",
                            escape_html(remark_author(report, remarks[i])),
                            escape_html(department_name(checklist, remark_department(report, remarks[i]))),
                            escape_html(remarks[i].text));
    }
    return remarks.empty() ? html : html + "</ul>\n</div>\n";
}

} // namespace

std::string coverage_section_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("coverage", "Coverage");
    html +=
        fmt::format("<p>Answered {} of {} applicable question–department pairs ({}). A pair is applicable "
                    "when the question counts for at least one respondent of the department.</p>\n",
                    report.answered_pairs, report.applicable_pairs,
                    percent_text(report.answered_pairs, report.applicable_pairs));
    html += "<div class=\"table-wrap\"><table>\n<caption>Coverage by department</caption>\n<thead><tr>"
            "<th scope=\"col\">Department</th><th scope=\"col\">Weight</th><th scope=\"col\">Respondents</th>"
            "<th scope=\"col\">Answered</th><th scope=\"col\">Applicable</th><th scope=\"col\">Coverage</th>"
            "</tr></thead>\n<tbody>\n";
    for (const auto& department : report.departments) {
        html += fmt::format(
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
            "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
            escape_html(department.name), format_number(department.weight), department.respondents,
            department.answered_pairs, department.applicable_pairs,
            department.assessed ? percent_text(department.answered_pairs, department.applicable_pairs)
                                : "not assessed");
    }
    html += "</tbody></table></div>\n<h3>Answered “not applicable”</h3>\n";
    if (report.not_applicable.empty()) {
        return html + "<p>No answer was marked n/a.</p>\n</section>\n";
    }
    html += "<p>Left out of every score.</p>\n<div class=\"table-wrap\"><table>\n<caption>n/a answers"
            "</caption>\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Respondent</th>"
            "<th scope=\"col\">Department</th></tr></thead>\n<tbody>\n";
    for (const auto& remark : report.not_applicable) {
        html +=
            fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        question_html(checklist, remark.question), escape_html(remark_author(report, remark)),
                        escape_html(department_name(checklist, remark_department(report, remark))));
    }
    return html + "</tbody></table></div>\n</section>\n";
}

std::string anonymity_notice_html(const Report& report, const Checklist& checklist) {
    const std::string notice = anonymity_notice(report, checklist);
    return notice.empty() ? "" : "<p class=\"card notice\">" + escape_html(notice) + "</p>\n";
}

std::string remarks_section_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("notes", "Notes and free-text answers");
    if (report.notes.empty() && report.text_answers.empty()) {
        return html + "<p>No notes and no free-text answers.</p>\n</section>\n";
    }
    if (!report.text_answers.empty()) {
        html += "<h3>Free-text answers</h3>\n" + grouped_remarks_html(report, checklist, report.text_answers);
    }
    if (!report.notes.empty()) {
        html += "<h3>Notes on answers</h3>\n" + grouped_remarks_html(report, checklist, report.notes);
    }
    return html + "</section>\n";
}

} // namespace readiness::render::html
