#include "readiness/escape_controls.hpp"

#include "check_formats.hpp"
#include "markdown_escape.hpp"
#include "report_names.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

std::string paint(bool color, std::string_view code, std::string_view text) {
    return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
}

const Gap* gap_for(const Report& report, const std::string& question) {
    for (const auto& gap : report.gaps) {
        if (gap.question == question) {
            return &gap;
        }
    }
    return nullptr;
}

std::size_t failed_gates(const CheckResult& result) {
    std::size_t failed = 0;
    for (const auto& gate : result.gates) {
        failed += gate.passed ? 0 : 1;
    }
    return failed;
}

} // namespace

std::string render_check_text(const CheckDocument& document, bool color) {
    const Report& report = document.report;
    const auto failed = failed_gates(document.result);
    std::string out =
        document.result.passed()
            ? paint(color, "1;32",
                    fmt::format("readiness check: passed ({} gates)", document.result.gates.size()))
            : paint(color, "1;31",
                    fmt::format("readiness check: FAILED ({} of {} gates)", failed,
                                document.result.gates.size()));
    out += fmt::format("\nOverall {} ({}), {} respondents, checklist {} {}\n\nGates\n",
                       report.overall.value ? fmt::format("{:.1f}", *report.overall.value) : "—",
                       report.overall.level_label.empty() ? "no score" : report.overall.level_label,
                       report.respondent_count, report.checklist, report.checklist_version);
    for (const auto& gate : document.result.gates) {
        out += fmt::format("  {} {}: {}\n",
                           gate.passed ? paint(color, "32", "ok  ") : paint(color, "31", "FAIL"), gate.title,
                           gate.message);
    }
    if (!report.blockers.empty()) {
        out += fmt::format("\nBlockers ({})\n", report.blockers.size());
        for (const auto& b : report.blockers) {
            out +=
                fmt::format("  {} in {}: {:.1f} is below {:.1f}\n    {}\n", b.question, b.department, b.score,
                            b.threshold, wrap(question_text(document.checklist, b.question), 96, 4));
            if (const Gap* gap = gap_for(report, b.question); gap && !gap->advice.empty()) {
                out += "    " + wrap("What to do: " + gap->advice, 92, 16) + "\n";
            }
        }
    }
    bool heading = false;
    for (const auto& [id, evidence] : report.evidence) {
        for (const auto& rule : evidence.rules) {
            if (rule.passed) {
                continue;
            }
            if (!heading) {
                out += "\nEvidence rules that failed\n";
                heading = true;
            }
            out += fmt::format("  {}: {} ({})\n", id, escape_controls(rule.reason),
                               escape_controls(format_location(rule.location)));
        }
    }
    if (!report.evidence_conflicts.empty()) {
        out += "\nAnswers the evidence contradicts\n";
        for (const auto& c : report.evidence_conflicts) {
            out += fmt::format("  {} in {}: answered {:.1f}, the evidence says {:.1f}\n", c.question,
                               c.department, c.answered_score, c.evidence_score);
        }
    }
    return out;
}

std::string render_check_markdown(const CheckDocument& document) {
    const Report& report = document.report;
    std::string out =
        fmt::format("## readiness check: {}\n\n", document.result.passed() ? "passed ✅" : "failed ❌");
    out += fmt::format(
        "Overall **{}** ({}), {} respondents, checklist `{}` {}\n\n| | gate | result |\n|---|---|---|\n",
        report.overall.value ? fmt::format("{:.1f}", *report.overall.value) : "—",
        report.overall.level_label.empty() ? "no score" : report.overall.level_label, report.respondent_count,
        report.checklist, report.checklist_version);
    const auto cell = [](std::string_view text) { return markdown::escape(text); };
    for (const auto& gate : document.result.gates) {
        out +=
            fmt::format("| {} | {} | {} |\n", gate.passed ? "✅" : "❌", cell(gate.title), cell(gate.message));
    }
    if (!report.blockers.empty()) {
        out += "\n### Blockers\n\n| question | department | score | threshold |\n|---|---|---:|---:|\n";
        for (const auto& b : report.blockers) {
            out += fmt::format("| `{}` {} | {} | {:.1f} | {:.1f} |\n", b.question,
                               cell(question_text(document.checklist, b.question)), b.department, b.score,
                               b.threshold);
        }
    }
    std::string failures;
    for (const auto& [id, evidence] : report.evidence) {
        for (const auto& rule : evidence.rules) {
            if (!rule.passed) {
                failures += fmt::format("| `{}` | {} | {} |\n", id, cell(rule.reason),
                                        cell(format_location(rule.location)));
            }
        }
    }
    if (!failures.empty()) {
        out +=
            "\n### Evidence rules that failed\n\n| question | reason | where |\n|---|---|---|\n" + failures;
    }
    return out;
}

} // namespace readiness::render
