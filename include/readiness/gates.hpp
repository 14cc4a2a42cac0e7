#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"
#include "readiness/waivers.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace readiness {

// The bar a pipeline holds the organisation to. A gate that is not set does not apply, except
// max_blockers, which is 0 unless set: a check fails on any blocker by default.
struct Gates {
    std::optional<double> min_score;      // overall score ≥ N
    std::optional<double> min_department; // every assessed department's score ≥ N
    std::optional<double> min_dimension;  // every scored dimension ≥ N
    std::optional<double> max_blockers;   // blockers ≤ N (default 0)
    std::vector<Waiver> waivers;
    SourceMap source; // the gates file, and where each key was written ("min_score", …)
};

enum class GateKind { min_score, min_department, min_dimension, max_blockers };

// One gate's verdict, as values; renderers word it (render/gate_text.hpp). A per-department or
// per-dimension gate gives one result for each.
struct GateResult {
    std::string id; // stable: "min-score", "min-department/exec", "min-dimension/roles", "max-blockers"
    GateKind kind = GateKind::min_score;
    std::string subject_name; // the department's or dimension's name; "" for the others
    bool passed = false;
    std::optional<double> actual; // the score, or the number of blockers; nothing when nothing was scored
    double limit = 0;
};

// What got worse against a baseline report (readiness/regressions.hpp decides).
enum class RegressionKind { new_blocker, question_dropped, department_dropped, gate_newly_missed };

struct Regression {
    RegressionKind kind = RegressionKind::new_blocker;
    std::string question;         // new_blocker, question_dropped
    std::string department;       // new_blocker, question_dropped, department_dropped
    std::string gate;             // gate_newly_missed: the gate id
    std::optional<double> before; // points, 0–100 (a question's A(q, d) × 100)
    std::optional<double> after;
};

// What a finding means for the verdict, the same in every format: a failure makes the check fail; a
// warning is a problem within what the gates allow (a blocker within --max-blockers, a failed evidence
// rule, an evidence conflict, a waiver that matches nothing), a failure under --strict; waived is a
// blocker or failed evidence rule an active waiver covers; known is a problem the baseline already had;
// a note is the rest (gaps, passed gates and rules).
enum class FindingLevel { failure, warning, waived, known, note };

// How the check is run, beyond the gates: supplied by the caller, never read inside the core.
struct CheckContext {
    std::string today;                // YYYY-MM-DD: waivers expire against it
    bool strict = false;              // warnings fail the check
    const Report* baseline = nullptr; // fail only on what got worse since this report
    double tolerance = 0;             // points a score may drop against the baseline
};

struct CheckResult {
    std::vector<GateResult> gates;
    std::vector<WaiverUse> waivers; // the gates file's, in file order
    bool strict = false;
    bool against_baseline = false;
    std::vector<Regression> regressions; // with a baseline: what got worse (each one fails the check)
    std::size_t failures = 0;            // findings at each level, as every format counts them
    std::size_t warnings = 0;

    bool passed() const { return failures == 0; }
    // Whether the blockers found are within --max-blockers: then each one is a warning, not a failure.
    bool blockers_allowed() const;
    // The active waiver covering a blocker (department given) or a failed evidence rule (department "").
    const WaiverUse* waiver_for(std::string_view question, std::string_view department) const;

    FindingLevel gate_level(const GateResult& gate) const;
    FindingLevel blocker_level(const Blocker& blocker) const;
    FindingLevel rule_level(std::string_view question, const RuleOutcome& outcome) const;
    FindingLevel conflict_level() const;
    FindingLevel waiver_level(const WaiverUse& use) const;
    FindingLevel warning() const { return strict ? FindingLevel::failure : FindingLevel::warning; }
};

// Holds the report to the gates. Exactly at the limit passes. A score that does not exist (nothing was
// answered) fails a min-score gate; departments not assessed and dimensions without a score are skipped.
// Waived blockers do not count against max_blockers; with a baseline only regressions fail.
CheckResult check_gates(const Report& report, const Gates& gates, const CheckContext& context = {});

} // namespace readiness
