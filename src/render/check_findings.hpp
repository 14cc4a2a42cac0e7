#pragma once

#include "check_formats.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace readiness::render {

// What `readiness check` found, as the CI formats (SARIF, GitHub annotations, JUnit details) report it:
// plain text, one place each. A renderer escapes it for its format.

// A place in a file; lines count from 1 (an unknown line, 0, points at line 1 of its file).
struct CheckPlace {
    std::string file;
    int line = 1;
};

enum class FindingKind { gate, blocker, gap, evidence_rule, evidence_conflict, waiver, regression };

// A finding's level (failure, warning, waived, known, note) is decided in the core: FindingLevel and the
// CheckResult's *_level functions (readiness/gates.hpp).

struct CheckFinding {
    FindingKind kind = FindingKind::gate;
    std::string rule;         // "gate/min-department" for a gate; the question id otherwise
    std::string name;         // the gate id, "question@department", "question#N" (N from 1), …
    std::string title;        // one line: "Blocker: owner in Executive"
    std::string message;      // the sentences: what fell short, by how much, what to do
    std::string fingerprint;  // stable identity across runs: "blocker/owner@exec"
    Phase phase = Phase::now; // a gap's roadmap phase
    FindingLevel level = FindingLevel::failure;
    CheckPlace place;
    const Waiver* waiver = nullptr; // the active waiver of a waived finding; the waiver of a waiver finding
};

// How many findings fail the check and how many are warnings.
struct FindingCounts {
    std::size_t failures = 0;
    std::size_t warnings = 0;
    std::size_t waived = 0;
    std::size_t known = 0;
};
FindingCounts count_findings(const std::vector<CheckFinding>& findings);

// The verdict in one line, as the text, Markdown and JSON formats state it: "passed (1 gate; 3 warnings)",
// "failed (1 of 2 gates; 3 failures, 2 warnings, 1 waived)"; against a baseline "…; 2 known".
std::string verdict_text(const CheckDocument& document);

// Where the checklist lives: the document's checklist_file, else the checklist's own source, else
// "<built-in>/ID.yaml".
std::string checklist_file(const CheckDocument& document);
// "<built-in>/…": a checklist compiled into the binary, not a file in the user's repository.
bool is_built_in(std::string_view file);

// Every place names a file of the user's: never a built-in checklist while another file will do, and
// relative to the document's root (places outside it stay absolute).
//
// The file a finding with no place of its own points at, line 1: the gates file, else the checklist when
// it is a file, else the first answer file, else the first evidence file, else the built-in checklist.
CheckPlace gate_place(const CheckDocument& document);
// A gate: the line of its key in the gates file ("min_department: 40"), else gate_place.
CheckPlace gate_place(const CheckDocument& document, const GateResult& gate);
// A question's line in the checklist when the checklist is a file, else gate_place.
CheckPlace question_place(const CheckDocument& document, std::string_view question);
// A question in a department: the answer behind its score (PairResult::source), else question_place.
CheckPlace pair_place(const CheckDocument& document, std::string_view question, std::string_view department);
// An evidence rule's outcome: the matching file and line; where it names no file, the rule's own place in
// the checklist, then question_place.
CheckPlace rule_place(const CheckDocument& document, std::string_view question, const RuleOutcome& outcome);
// `file` as the document writes it: relative to the root when inside it.
std::string repo_path(const CheckDocument& document, const std::string& file);

// "waived until 2026-12-31: the new policy is with legal": how every format states a waiver.
std::string waiver_text(const Waiver& waiver);

// Every finding, in this order: failed gates, blockers (report order), gaps that are not blockers, failed
// evidence rules (question id order, then rule order), evidence conflicts, expired and unmatched waivers,
// scores that dropped since the baseline.
std::vector<CheckFinding> check_findings(const CheckDocument& document);

// Single items, passed or not, for formats that list passes too (JUnit).
CheckFinding gate_finding(const CheckDocument& document, const GateResult& gate);
CheckFinding blocker_finding(const CheckDocument& document, const Blocker& blocker);
CheckFinding rule_finding(const CheckDocument& document, std::string_view question,
                          const RuleOutcome& outcome);

} // namespace readiness::render
