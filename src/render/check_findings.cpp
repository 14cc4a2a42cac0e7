#include "check_findings.hpp"

#include "gate_text.hpp"
#include "report_text_parts.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render {

namespace {

constexpr std::string_view k_built_in = "<built-in>/";

// `text` as a sentence: a full stop added unless it already ends in one.
std::string sentence(std::string text) {
    if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') {
        text += '.';
    }
    return text;
}

CheckPlace place_of(const Location& location, const std::string& fallback_file) {
    return {location.file.empty() ? fallback_file : location.file, std::max(location.line, 1)};
}

// What to do about a question that falls short: the gap's advice, else the question's recommendation.
std::string advice_for(const CheckDocument& document, std::string_view question) {
    for (const auto& gap : document.report.gaps) {
        if (gap.question == question && !gap.advice.empty()) {
            return gap.advice;
        }
    }
    const Question* found = document.checklist.find_question(question);
    return found ? found->recommendation : std::string();
}

// `head`, then the question's text and, with `advice`, what to do: "… Question: Is there an owner?
// Recommendation: Name one."
std::string explained(const CheckDocument& document, std::string_view question, std::string head,
                      bool advice) {
    const std::string text = question_text(document.checklist, question);
    if (!text.empty()) {
        head += " Question: " + sentence(text);
    }
    const std::string recommendation = advice ? advice_for(document, question) : std::string();
    if (!recommendation.empty()) {
        head += " Recommendation: " + sentence(recommendation);
    }
    return head;
}

CheckFinding gap_finding(const CheckDocument& document, const Gap& gap) {
    CheckFinding finding;
    finding.kind = FindingKind::gap;
    finding.rule = gap.question;
    finding.name = gap.question;
    finding.title = "Gap: " + gap.question;
    finding.message =
        explained(document, gap.question,
                  fmt::format("{} falls short of its target in {}; priority {}, roadmap: {}.", gap.question,
                              gap_departments(gap, document.checklist, document.report),
                              one_decimal(gap.priority), phase_name(gap.phase)),
                  true);
    finding.fingerprint = "gap/" + gap.question;
    finding.phase = gap.phase;
    finding.level = FindingLevel::note;
    finding.place = question_place(document, gap.question);
    return finding;
}

// A conflict points at the evidence that made it: the first failed rule when the files score lower than
// the answers, the first passed one when higher; the question's line when there is none.
CheckPlace conflict_place(const CheckDocument& document, const EvidenceConflict& conflict) {
    const auto found = document.report.evidence.find(conflict.question);
    if (found != document.report.evidence.end()) {
        const bool want_passed = conflict.evidence_score > conflict.answered_score;
        for (const auto& outcome : found->second.rules) {
            if (outcome.passed == want_passed) {
                return rule_place(document, conflict.question, outcome);
            }
        }
    }
    return question_place(document, conflict.question);
}

CheckFinding conflict_finding(const CheckDocument& document, const EvidenceConflict& conflict) {
    const std::string department = department_name(document.checklist, conflict.department);
    CheckFinding finding;
    finding.kind = FindingKind::evidence_conflict;
    finding.rule = conflict.question;
    finding.name = conflict.question + "@" + conflict.department;
    finding.title = fmt::format("Evidence contradicts answers: {} in {}", conflict.question, department);
    finding.message =
        fmt::format("{} in {}: answered {}; the evidence says {}", conflict.question, department,
                    pair_score_text(conflict.answered_score), pair_score_text(conflict.evidence_score));
    if (!conflict.reasons.empty()) {
        finding.message += fmt::format(": {}", fmt::join(conflict.reasons, "; "));
    }
    finding.message = sentence(std::move(finding.message));
    finding.fingerprint = "conflict/" + finding.name;
    finding.level = FindingLevel::warning;
    finding.place = conflict_place(document, conflict);
    return finding;
}

// "Customer service scores 25.0 on roles.owner, below its critical threshold of 50.0." or "… has no score on
// roles.owner: not answered."
std::string blocker_sentence(const CheckDocument& document, const Blocker& blocker) {
    const std::string department = department_name(document.checklist, blocker.department);
    const std::string state = blocker_state_text(document.report, blocker);
    if (blocker.reason != BlockerReason::below_threshold) {
        return fmt::format("{} has no score on {}, a critical question: {}.", department, blocker.question,
                           state);
    }
    return fmt::format("{} scores {} on {}, below its critical threshold of {}.", department, state,
                       blocker.question, pair_score_text(blocker.threshold));
}

} // namespace

FindingCounts count_findings(const std::vector<CheckFinding>& findings) {
    FindingCounts counts;
    for (const auto& finding : findings) {
        counts.failures += finding.level == FindingLevel::failure ? 1 : 0;
        counts.warnings += finding.level == FindingLevel::warning ? 1 : 0;
    }
    return counts;
}

std::string verdict_text(const CheckDocument& document) {
    const auto& gates = document.result.gates;
    std::size_t failed = 0;
    for (const auto& gate : gates) {
        failed += gate.passed ? 0 : 1;
    }
    const FindingCounts counts = count_findings(check_findings(document));
    std::string text = document.result.passed()
                           ? fmt::format("passed ({}", count_of(gates.size(), "gate", "gates"))
                           : fmt::format("failed ({} of {}", failed, count_of(gates.size(), "gate", "gates"));
    std::vector<std::string> parts;
    if (counts.failures > 0) {
        parts.push_back(count_of(counts.failures, "failure", "failures"));
    }
    if (counts.warnings > 0) {
        parts.push_back(count_of(counts.warnings, "warning", "warnings"));
    }
    if (!parts.empty()) {
        text += fmt::format("; {}", fmt::join(parts, ", "));
    }
    return text + ")";
}

std::string checklist_file(const CheckDocument& document) {
    if (!document.checklist_file.empty()) {
        return document.checklist_file;
    }
    if (!document.checklist.source.self.file.empty()) {
        return document.checklist.source.self.file;
    }
    return fmt::format("{}{}.yaml", k_built_in, document.checklist.id);
}

bool is_built_in(std::string_view file) {
    return file.starts_with(k_built_in);
}

CheckPlace gate_place(const CheckDocument& document) {
    return {checklist_file(document), 1};
}

CheckPlace question_place(const CheckDocument& document, std::string_view question) {
    const Question* found = document.checklist.find_question(question);
    return found ? place_of(found->source.self, checklist_file(document)) : gate_place(document);
}

CheckPlace rule_place(const CheckDocument& document, std::string_view question, const RuleOutcome& outcome) {
    if (!outcome.location.file.empty()) {
        return place_of(outcome.location, outcome.location.file);
    }
    const Question* found = document.checklist.find_question(question);
    if (found != nullptr && outcome.rule_index < found->evidence.size() &&
        !found->evidence[outcome.rule_index].source.self.file.empty()) {
        return place_of(found->evidence[outcome.rule_index].source.self, checklist_file(document));
    }
    return question_place(document, question);
}

CheckFinding gate_finding(const CheckDocument& document, const GateResult& gate) {
    const std::string kind = gate.id.substr(0, gate.id.find('/'));
    CheckFinding finding;
    finding.kind = FindingKind::gate;
    finding.rule = "gate/" + kind;
    finding.name = gate.id;
    finding.title = (gate.passed ? "Gate passed: " : "Gate failed: ") + gate_title(gate);
    finding.message = sentence(gate_message(gate));
    finding.fingerprint = "gate/" + gate.id;
    finding.level = gate.passed ? FindingLevel::note : FindingLevel::failure;
    finding.place = gate_place(document);
    return finding;
}

CheckFinding blocker_finding(const CheckDocument& document, const Blocker& blocker) {
    const std::string department = department_name(document.checklist, blocker.department);
    CheckFinding finding;
    finding.kind = FindingKind::blocker;
    finding.rule = blocker.question;
    finding.name = blocker.question + "@" + blocker.department;
    finding.title = fmt::format("Blocker: {} in {}", blocker.question, department);
    finding.message = explained(document, blocker.question, blocker_sentence(document, blocker), true);
    finding.fingerprint = "blocker/" + finding.name;
    finding.level = document.result.blockers_allowed() ? FindingLevel::warning : FindingLevel::failure;
    finding.place = question_place(document, blocker.question);
    return finding;
}

CheckFinding rule_finding(const CheckDocument& document, std::string_view question,
                          const RuleOutcome& outcome) {
    CheckFinding finding;
    finding.kind = FindingKind::evidence_rule;
    finding.rule = std::string(question);
    finding.name = fmt::format("{}#{}", question, outcome.rule_index + 1);
    finding.title = fmt::format("Evidence {}: {}", outcome.passed ? "found" : "missing", finding.name);
    finding.message = explained(document, question, sentence(outcome.reason), false);
    finding.fingerprint = "evidence/" + finding.name;
    finding.level = outcome.passed ? FindingLevel::note : FindingLevel::warning;
    finding.place = rule_place(document, question, outcome);
    return finding;
}

std::vector<CheckFinding> check_findings(const CheckDocument& document) {
    std::vector<CheckFinding> findings;
    for (const auto& gate : document.result.gates) {
        if (!gate.passed) {
            findings.push_back(gate_finding(document, gate));
        }
    }
    for (const auto& blocker : document.report.blockers) {
        findings.push_back(blocker_finding(document, blocker));
    }
    for (const auto& gap : document.report.gaps) {
        if (!gap.blocker) {
            findings.push_back(gap_finding(document, gap));
        }
    }
    for (const auto& [question, evidence] : document.report.evidence) {
        for (const auto& outcome : evidence.rules) {
            if (!outcome.passed) {
                findings.push_back(rule_finding(document, question, outcome));
            }
        }
    }
    for (const auto& conflict : document.report.evidence_conflicts) {
        findings.push_back(conflict_finding(document, conflict));
    }
    return findings;
}

} // namespace readiness::render
