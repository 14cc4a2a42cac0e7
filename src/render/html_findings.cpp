#include "html_findings.hpp"

#include "anonymity_notice.hpp"
#include "html_escape.hpp"
#include "html_format.hpp"
#include "report_text_parts.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace readiness::render::html {

namespace {

std::string who_html(std::string_view name, double score) {
    return fmt::format("{} <span class=\"num\">{}</span>", escape_html(name), pair_score_text(score));
}

std::string conflicts_html(const Report& report, const Checklist& checklist) {
    if (report.evidence_conflicts.empty()) {
        return "<p>No conflicts: the answers agree with the organisation’s own files.</p>\n";
    }
    std::string html =
        "<div class=\"table-wrap\"><table>\n<caption>Answers the organisation’s files contradict</caption>\n"
        "<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Department</th><th scope=\"col\">"
        "Answered</th><th scope=\"col\">Evidence</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n";
    for (const auto& conflict : report.evidence_conflicts) {
        std::string reasons = "<ul class=\"plain\">";
        for (const auto& reason : conflict.reasons) {
            reasons += "<li>" + escape_html(reason) + "</li>";
        }
        if (conflict.reasons.empty()) {
            reasons += "<li class=\"muted\">—</li>";
        }
        html += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                            "<td>{}</ul></td></tr>\n",
                            question_html(checklist, conflict.question),
                            escape_html(department_name(checklist, conflict.department)),
                            pair_score_text(conflict.answered_score),
                            pair_score_text(conflict.evidence_score), reasons);
    }
    return html + "</tbody></table></div>\n";
}

std::string rules_html(const Report& report, const Checklist& checklist) {
    std::string html = "<div class=\"table-wrap\"><table>\n<caption>Evidence rules</caption>\n<thead><tr>"
                       "<th scope=\"col\">Question</th><th scope=\"col\">Score</th><th scope=\"col\">"
                       "Rules</th></tr></thead>\n<tbody>\n";
    using Entry = EvidenceResults::value_type;
    std::vector<const Entry*> entries; // in checklist order, unknown questions last
    for (const auto& entry : report.evidence) {
        entries.push_back(&entry);
    }
    const auto order = [&](const Entry* e) {
        return checklist.question_index(e->first).value_or(std::numeric_limits<std::size_t>::max());
    };
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const Entry* a, const Entry* b) { return order(a) < order(b); });
    for (const Entry* entry : entries) {
        const auto& [id, result] = *entry;
        std::string rules = "<ul class=\"plain\">";
        for (const auto& rule : result.rules) {
            rules +=
                fmt::format("<li><span class=\"badge {}\">{}</span> {}</li>", rule.passed ? "pass" : "fail",
                            rule.passed ? "passed" : "failed", escape_html(rule.reason));
        }
        html += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td>{}</ul></td></tr>\n",
                            question_html(checklist, id), pair_score_text(result.score), rules);
    }
    return html + "</tbody></table></div>\n";
}

} // namespace

std::string disagreements_section_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("disagreements", "Disagreements");
    if (report.disagreements.empty()) {
        return html + "<p>No disagreements: no two answers to a question differ by 50 points or more.</p>\n"
                      "</section>\n";
    }
    html += fmt::format("<p>Answers to the same question that differ by {} points or more: worth a "
                        "conversation before acting on the average.</p>\n",
                        format_number(100 * k_disagreement));
    html +=
        "<div class=\"table-wrap\"><table>\n<caption>Disagreements</caption>\n<thead><tr><th scope=\"col\">"
        "Question</th><th scope=\"col\">Where</th><th scope=\"col\">Lowest</th><th scope=\"col\">Highest"
        "</th></tr></thead>\n<tbody>\n";
    const auto& all = report.disagreements;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Disagreement& d = all[i];
        std::string question_cell;
        if (i == 0 || all[i - 1].question != d.question) { // one question cell over its consecutive rows
            std::size_t rows = 1;
            while (i + rows < all.size() && all[i + rows].question == d.question) {
                ++rows;
            }
            question_cell =
                fmt::format("<td rowspan=\"{}\">{}</td>", rows, question_html(checklist, d.question));
        }
        const bool within = d.kind == DisagreementKind::within_department;
        const std::string where =
            within ? "within " + department_name(checklist, d.department) : "across departments";
        const std::string low = within ? lower_respondent(report, d) : department_name(checklist, d.low);
        const std::string high = within ? higher_respondent(report, d) : department_name(checklist, d.high);
        html += fmt::format("<tr>{}<td>{}</td><td>{}</td><td>{}</td></tr>\n", question_cell,
                            escape_html(where), who_html(low, d.low_score), who_html(high, d.high_score));
    }
    return html + "</tbody></table></div>\n</section>\n";
}

std::string evidence_section_html(const Report& report, const Checklist& checklist) {
    if (!report.evidence_used && report.evidence_conflicts.empty()) {
        return "";
    }
    std::string html = section_open_html("evidence", "Evidence");
    html += "<p>" + escape_html(evidence_rule()) + "</p>\n<h3>Conflicts</h3>\n";
    html += conflicts_html(report, checklist);
    if (!report.evidence.empty()) {
        html += "<h3>What the files show</h3>\n" + rules_html(report, checklist);
    }
    return html + "</section>\n";
}

} // namespace readiness::render::html
