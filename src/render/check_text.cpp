#include "readiness/escape_controls.hpp"

#include "check_findings.hpp"
#include "check_formats.hpp"
#include "gate_text.hpp"
#include "markdown_escape.hpp"
#include "report_names.hpp"
#include "report_text_parts.hpp"
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

// "Blockers (3)", or with the blockers within --max-blockers "Blockers (3, allowed: warnings)".
std::string blockers_title(const CheckDocument& document) {
    const std::size_t count = document.report.blockers.size();
    return document.result.blockers_allowed()
               ? fmt::format("Blockers ({}, within --max-blockers: warnings)", count)
               : fmt::format("Blockers ({})", count);
}

// The findings the sections below the gates do not list: waived, known in the baseline, waivers that
// expired or match nothing, drops since the baseline. One line each: "name: what".
struct ExtraSection {
    std::string_view title;
    bool (*selects)(const CheckFinding&, const CheckResult&);
};

constexpr ExtraSection k_extra_sections[] = {
    {"Waived", [](const CheckFinding& f, const CheckResult&) { return f.level == FindingLevel::waived; }},
    {"Known in the baseline",
     [](const CheckFinding& f, const CheckResult&) { return f.level == FindingLevel::known; }},
    {"Waivers", [](const CheckFinding& f, const CheckResult&) { return f.kind == FindingKind::waiver; }},
    {"Worse since the baseline",
     [](const CheckFinding& f, const CheckResult& result) {
         return f.kind == FindingKind::regression ||
                (result.against_baseline && f.level == FindingLevel::failure &&
                 (f.kind == FindingKind::blocker || f.kind == FindingKind::gate));
     }},
};

std::string extra_line(const CheckFinding& f) {
    if (f.level == FindingLevel::waived && f.waiver != nullptr) {
        return fmt::format("{}: {}", f.title, waiver_text(*f.waiver));
    }
    return f.kind == FindingKind::gate || f.kind == FindingKind::blocker ? f.title : f.message;
}

// Each non-empty extra section: `heading(title, count)` then `item(line)` per finding.
template <class Heading, class Item>
std::string extra_sections(const CheckDocument& document, Heading heading, Item item) {
    const std::vector<CheckFinding> findings = check_findings(document);
    std::string out;
    for (const auto& section : k_extra_sections) {
        std::string items;
        std::size_t count = 0;
        for (const auto& f : findings) {
            if (section.selects(f, document.result)) {
                items += item(extra_line(f));
                ++count;
            }
        }
        if (count > 0) {
            out += heading(section.title, count) + items;
        }
    }
    return out;
}

} // namespace

std::string render_check_text(const CheckDocument& document, bool color) {
    const Report& report = document.report;
    std::string out = paint(color, document.result.passed() ? "1;32" : "1;31",
                            "readiness check: " + verdict_text(document));
    out += fmt::format("\nOverall {} ({}), {} respondents, checklist {} {}\n\nGates\n",
                       score_text(report.overall),
                       report.overall.level_label.empty() ? "no score" : report.overall.level_label,
                       report.respondent_count, report.checklist, report.checklist_version);
    for (const auto& gate : document.result.gates) {
        out += fmt::format("  {} {}: {}\n",
                           gate.passed ? paint(color, "32", "ok  ") : paint(color, "31", "FAIL"),
                           gate_title(gate), gate_message(gate));
    }
    if (!report.blockers.empty()) {
        out += "\n" + blockers_title(document) + "\n";
        for (const auto& b : report.blockers) {
            const std::string state = blocker_state_text(report, b);
            out += fmt::format("  {} in {}: {}\n    {}\n", b.question, b.department,
                               b.reason == BlockerReason::below_threshold
                                   ? fmt::format("{} is below {}", state, pair_score_text(b.threshold))
                                   : state,
                               wrap(question_text(document.checklist, b.question), 96, 4));
            if (const Gap* gap = gap_for(report, b.question); gap && !gap->advice.empty()) {
                out += "    " + wrap("What to do: " + gap->advice, 92, 16) + "\n";
            }
            if (const WaiverUse* use = document.result.waiver_for(b.question, b.department)) {
                out += "    " + wrap(escape_controls(waiver_text(use->waiver)), 92, 4) + "\n";
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
            out += fmt::format("  {} in {}: answered {}, the evidence says {}\n", c.question, c.department,
                               pair_score_text(c.answered_score), pair_score_text(c.evidence_score));
        }
    }
    out += extra_sections(
        document, [](std::string_view title, std::size_t n) { return fmt::format("\n{} ({})\n", title, n); },
        [](const std::string& line) { return "  " + escape_controls(line) + "\n"; });
    return out;
}

std::string render_check_markdown(const CheckDocument& document) {
    const Report& report = document.report;
    std::string out = fmt::format("## readiness check: {} {}\n\n", verdict_text(document),
                                  document.result.passed() ? "✅" : "❌");
    out += fmt::format(
        "Overall **{}** ({}), {} respondents, checklist `{}` {}\n\n| | gate | result |\n|---|---|---|\n",
        score_text(report.overall),
        report.overall.level_label.empty() ? "no score" : report.overall.level_label, report.respondent_count,
        report.checklist, report.checklist_version);
    const auto cell = [](std::string_view text) { return markdown::escape(text); };
    for (const auto& gate : document.result.gates) {
        out += fmt::format("| {} | {} | {} |\n", gate.passed ? "✅" : "❌", cell(gate_title(gate)),
                           cell(gate_message(gate)));
    }
    if (!report.blockers.empty()) {
        out += "\n### " + blockers_title(document) +
               "\n\n| question | department | score | threshold |\n|---|---|---:|---:|\n";
        for (const auto& b : report.blockers) {
            out += fmt::format("| `{}` {} | {} | {} | {} |\n", b.question,
                               cell(question_text(document.checklist, b.question)), b.department,
                               cell(blocker_state_text(report, b)), pair_score_text(b.threshold));
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
    out += extra_sections(
        document,
        [](std::string_view title, std::size_t n) { return fmt::format("\n### {} ({})\n\n", title, n); },
        [](const std::string& line) { return "- " + markdown::escape(line) + "\n"; });
    return out;
}

} // namespace readiness::render
