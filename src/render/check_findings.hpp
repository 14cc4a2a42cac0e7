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

enum class FindingKind { gate, blocker, gap, evidence_rule, evidence_conflict };

// What a finding means for the verdict, the same in every format: a failure is what made the check fail (a
// failed gate; a blocker when blockers are over --max-blockers); a warning is a problem within what the
// gates allow (a blocker within --max-blockers, a failed evidence rule, an evidence conflict); a note is the
// rest (gaps, passed gates and rules).
enum class FindingLevel { failure, warning, note };

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
};

// How many findings fail the check and how many are warnings.
struct FindingCounts {
    std::size_t failures = 0;
    std::size_t warnings = 0;
};
FindingCounts count_findings(const std::vector<CheckFinding>& findings);

// The verdict in one line, as the text, Markdown and JSON formats state it: "passed (1 gate; 3 warnings)",
// "failed (1 of 2 gates; 3 failures, 2 warnings)".
std::string verdict_text(const CheckDocument& document);

// Where the checklist lives: the document's checklist_file, else the checklist's own source, else
// "<built-in>/ID.yaml".
std::string checklist_file(const CheckDocument& document);
// "<built-in>/…": a checklist compiled into the binary, not a file in the user's repository.
bool is_built_in(std::string_view file);

// A gate: the checklist at line 1.
CheckPlace gate_place(const CheckDocument& document);
// A question's line in the checklist (the checklist at line 1 when it has no source).
CheckPlace question_place(const CheckDocument& document, std::string_view question);
// An evidence rule's outcome: the matching file and line; where it names no file, the rule's own place in
// the checklist, then the question's.
CheckPlace rule_place(const CheckDocument& document, std::string_view question, const RuleOutcome& outcome);

// Every finding, in this order: failed gates, blockers (report order), gaps that are not blockers, failed
// evidence rules (question id order, then rule order), evidence conflicts.
std::vector<CheckFinding> check_findings(const CheckDocument& document);

// Single items, passed or not, for formats that list passes too (JUnit).
CheckFinding gate_finding(const CheckDocument& document, const GateResult& gate);
CheckFinding blocker_finding(const CheckDocument& document, const Blocker& blocker);
CheckFinding rule_finding(const CheckDocument& document, std::string_view question,
                          const RuleOutcome& outcome);

} // namespace readiness::render
