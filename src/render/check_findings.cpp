#include "check_findings.hpp"

#include "gate_text.hpp"
#include "regression_text.hpp"
#include "report_names.hpp"
#include "report_text_parts.hpp"
#include "score_format.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

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
    finding.place = gap.departments.empty()
                        ? question_place(document, gap.question)
                        : pair_place(document, gap.question, gap.departments.front().department);
    return finding;
}

// A conflict points at the evidence that made it: the first failed rule when the files score lower than
// the answers, the first passed one when higher, else the first rule that names a file; else the answer.
CheckPlace conflict_place(const CheckDocument& document, const EvidenceConflict& conflict) {
    const auto found = document.report.evidence.find(conflict.question);
    if (found != document.report.evidence.end()) {
        const bool want_passed = conflict.evidence_score > conflict.answered_score;
        for (const auto& outcome : found->second.rules) {
            if (outcome.passed == want_passed) {
                return rule_place(document, conflict.question, outcome);
            }
        }
        for (const auto& outcome : found->second.rules) {
            if (!outcome.location.file.empty()) {
                return rule_place(document, conflict.question, outcome);
            }
        }
    }
    return pair_place(document, conflict.question, conflict.department);
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
    finding.level = document.result.conflict_level();
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

// "The waiver of roles.owner in exec" or "The waiver of roles.owner".
std::string waiver_subject(const Waiver& waiver) {
    return waiver.department.empty()
               ? fmt::format("The waiver of {}", waiver.question)
               : fmt::format("The waiver of {} in {}", waiver.question, waiver.department);
}

CheckFinding waiver_finding(const CheckDocument& document, const WaiverUse& use) {
    const Waiver& w = use.waiver;
    CheckFinding finding;
    finding.kind = FindingKind::waiver;
    finding.rule = "waiver";
    finding.name = w.department.empty() ? w.question : w.question + "@" + w.department;
    const bool expired = use.state == WaiverState::expired;
    finding.title = fmt::format("Waiver {}: {}", expired ? "expired" : "unused", finding.name);
    finding.message =
        expired ? fmt::format("{} expired on {} ({}); renew it with a new date or fix what it "
                              "waives.",
                              waiver_subject(w), w.expires, sentence(w.reason))
                : fmt::format("{} matches no blocker or failed evidence rule; remove it.", waiver_subject(w));
    finding.fingerprint =
        fmt::format("waiver/{}/{}", finding.name, w.expires); // two entries may share a name
    finding.level = document.result.waiver_level(use);
    finding.place = {repo_path(document, w.location.file), std::max(w.location.line, 1)};
    finding.waiver = &w;
    return finding;
}

CheckFinding regression_finding(const CheckDocument& document, const Regression& r) {
    CheckFinding finding;
    finding.kind = FindingKind::regression;
    finding.rule = "regression";
    const bool question = r.kind == RegressionKind::question_dropped;
    finding.name = question ? r.question + "@" + r.department : r.department;
    const std::string department = department_name(document.checklist, r.department);
    finding.title = question ? fmt::format("Score dropped: {} in {}", r.question, department)
                             : fmt::format("Score dropped: {}", department);
    finding.message = regression_text(r) + " since the baseline.";
    finding.fingerprint = "regression/" + finding.name;
    finding.level = FindingLevel::failure;
    finding.place = document.baseline_file.empty()
                        ? gate_place(document)
                        : CheckPlace{repo_path(document, document.baseline_file), 1};
    return finding;
}

} // namespace

FindingCounts count_findings(const std::vector<CheckFinding>& findings) {
    FindingCounts counts;
    for (const auto& finding : findings) {
        counts.failures += finding.level == FindingLevel::failure ? 1 : 0;
        counts.warnings += finding.level == FindingLevel::warning ? 1 : 0;
        counts.waived += finding.level == FindingLevel::waived ? 1 : 0;
        counts.known += finding.level == FindingLevel::known ? 1 : 0;
    }
    return counts;
}

std::string waiver_text(const Waiver& waiver) {
    return fmt::format("waived until {}: {}", waiver.expires, waiver.reason);
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
    if (document.result.against_baseline) {
        text += " against the baseline";
    }
    std::vector<std::string> parts;
    if (counts.failures > 0) {
        parts.push_back(count_of(counts.failures, "failure", "failures"));
    }
    if (counts.warnings > 0) {
        parts.push_back(count_of(counts.warnings, "warning", "warnings"));
    }
    if (counts.waived > 0) {
        parts.push_back(fmt::format("{} waived", counts.waived));
    }
    if (counts.known > 0) {
        parts.push_back(fmt::format("{} known", counts.known));
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

std::string repo_path(const CheckDocument& document, const std::string& file) {
    namespace fs = std::filesystem;
    if (document.root.empty() || file.empty() || is_built_in(file)) {
        return file;
    }
    const fs::path path(file);
    const fs::path absolute = (path.is_absolute() ? path : fs::path(document.cwd) / path).lexically_normal();
    const fs::path relative = absolute.lexically_relative(fs::path(document.root).lexically_normal());
    if (relative.empty() || *relative.begin() == "..") {
        return absolute.generic_string();
    }
    return relative.generic_string();
}

CheckPlace gate_place(const CheckDocument& document) {
    std::string file;
    if (document.gates_source != nullptr && !document.gates_source->self.file.empty()) {
        file = document.gates_source->self.file;
    } else if (!is_built_in(checklist_file(document))) {
        file = checklist_file(document);
    }
    for (const auto& pair : document.report.pairs) {
        file = file.empty() ? pair.source.file : file;
    }
    for (const auto& [question, evidence] : document.report.evidence) {
        for (const auto& outcome : evidence.rules) {
            file = file.empty() ? outcome.location.file : file;
        }
    }
    return {repo_path(document, file.empty() ? checklist_file(document) : file), 1};
}

CheckPlace gate_place(const CheckDocument& document, const GateResult& gate) {
    if (document.gates_source == nullptr) {
        return gate_place(document);
    }
    const std::string key = gate.id.substr(0, gate.id.find('/'));
    std::string field;
    for (const char c : key) {
        field += c == '-' ? '_' : c;
    }
    const auto found = document.gates_source->fields.find(field);
    if (found == document.gates_source->fields.end()) {
        return gate_place(document);
    }
    return {repo_path(document, found->second.file), std::max(found->second.line, 1)};
}

CheckPlace question_place(const CheckDocument& document, std::string_view question) {
    const Question* found = document.checklist.find_question(question);
    if (found == nullptr || is_built_in(checklist_file(document))) {
        return gate_place(document);
    }
    const CheckPlace place = place_of(found->source.self, checklist_file(document));
    return {repo_path(document, place.file), place.line};
}

CheckPlace pair_place(const CheckDocument& document, std::string_view question, std::string_view department) {
    const PairResult* pair = find_pair(document.report, question, department);
    if (pair == nullptr || pair->source.file.empty()) {
        return question_place(document, question);
    }
    return {repo_path(document, pair->source.file), std::max(pair->source.line, 1)};
}

CheckPlace rule_place(const CheckDocument& document, std::string_view question, const RuleOutcome& outcome) {
    if (!outcome.location.file.empty()) {
        return {repo_path(document, outcome.location.file), std::max(outcome.location.line, 1)};
    }
    const Question* found = document.checklist.find_question(question);
    if (found != nullptr && outcome.rule_index < found->evidence.size() &&
        !found->evidence[outcome.rule_index].source.self.file.empty() &&
        !is_built_in(checklist_file(document))) {
        const CheckPlace place =
            place_of(found->evidence[outcome.rule_index].source.self, checklist_file(document));
        return {repo_path(document, place.file), place.line};
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
    finding.level = document.result.gate_level(gate);
    finding.place = gate_place(document, gate);
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
    finding.level = document.result.blocker_level(blocker);
    finding.place = pair_place(document, blocker.question, blocker.department);
    if (finding.level == FindingLevel::waived) {
        finding.waiver = &document.result.waiver_for(blocker.question, blocker.department)->waiver;
    }
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
    finding.level = document.result.rule_level(question, outcome);
    finding.place = rule_place(document, question, outcome);
    if (finding.level == FindingLevel::waived) {
        finding.waiver = &document.result.waiver_for(question, "")->waiver;
    }
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
    for (const auto& use : document.result.waivers) {
        if (use.state != WaiverState::active) {
            findings.push_back(waiver_finding(document, use));
        }
    }
    for (const auto& regression : document.result.regressions) {
        if (regression.kind == RegressionKind::question_dropped ||
            regression.kind == RegressionKind::department_dropped) {
            findings.push_back(regression_finding(document, regression));
        }
    }
    return findings;
}

} // namespace readiness::render
