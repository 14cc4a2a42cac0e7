#pragma once

#include "readiness/report.hpp"

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

struct CheckResult {
    std::vector<GateResult> gates;
    bool passed() const;
    // Whether the blockers found are within --max-blockers: then each one is a warning, not a failure.
    bool blockers_allowed() const;
};

// Holds the report to the gates. Exactly at the limit passes. A score that does not exist (nothing was
// answered) fails a min-score gate; departments not assessed and dimensions without a score are skipped.
CheckResult check_gates(const Report& report, const Gates& gates);

} // namespace readiness
