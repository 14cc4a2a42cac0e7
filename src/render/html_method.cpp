#include "html_method.hpp"

#include "html_escape.hpp"
#include "html_format.hpp"
#include "report_text_parts.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

namespace readiness::render::html {

namespace {

std::string_view aggregate_text(Aggregate aggregate) {
    switch (aggregate) {
    case Aggregate::mean:
        return "the mean";
    case Aggregate::median:
        return "the median";
    case Aggregate::min:
        return "the lowest";
    }
    return "the mean";
}

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
    std::string html = section_open_html("method", "How this was scored");
    html +=
        "<p>Each answer scores between 0 and 1: a choice scores its option; a multiple choice the sum of "
        "its options, at most 1; a number by the band it falls in. Free-text and “not applicable” answers "
        "are not scored.</p>\n";
    html +=
        fmt::format("<p>For each question q and department d, A(q, d) is {} of the scores of d’s "
                    "respondents who answered q. A question that applies but nobody answered is {}. Every "
                    "score — a heatmap cell, a department, a dimension, a group, the overall score — is a "
                    "weighted mean over its (question, department) pairs, with department weight W<sub>d"
                    "</sub> and question weight w<sub>q</sub>:</p>\n",
                    aggregate_text(report.options.aggregate),
                    report.options.missing == MissingPolicy::zero ? "scored 0" : "left out");
    html +=
        "<p><code class=\"formula\">score = 100 × Σ W<sub>d</sub>·w<sub>q</sub>·A(q, d) / Σ W<sub>d</sub>·"
        "w<sub>q</sub></code></p>\n";
    html +=
        "<p>The level is the last one whose lower bound the score reaches:</p>\n" + levels_html(checklist);
    html += "<p>" + escape_html(blocker_rule()) +
            " A <strong>gap</strong> is a question below its target (usually 100) in a department: gap = "
            "target − "
            "A(q, d), and its priority W<sub>d</sub>·w<sub>q</sub>·gap, summed over the departments where it "
            "falls short. Gaps are listed blockers first, then by priority, then in checklist order.</p>\n";
    html += fmt::format("<p>The <strong>roadmap</strong>: {}</p>\n", escape_html(report.roadmap_rule));
    html += fmt::format("<p>A <strong>disagreement</strong> is two answers to one question that differ by {} "
                        "points or more: two respondents of one department, or two departments.</p>\n",
                        format_number(100 * k_disagreement));
    html +=
        report.evidence_used
            ? "<p><strong>Evidence</strong> was read. " + escape_html(evidence_rule()) + "</p>\n"
            : "<p>No <strong>evidence</strong> files were read: every score comes from the answers.</p>\n";
    html += "<p>Scores are shown on a 0–100 scale, rounded to one decimal; the JSON report keeps full "
            "precision.</p>\n";
    return html + sources_html(checklist) + "</section>\n";
}

} // namespace readiness::render::html
