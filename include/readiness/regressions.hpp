#pragma once

#include "readiness/gates.hpp"
#include "readiness/report.hpp"

#include <vector>

namespace readiness {

// What got worse from `before` to `after`, the one rule `check --baseline` and `diff --fail-on-regression`
// share: a blocker in `after` that `before` did not have; a question in a department assessed in both, or
// a department's score, that dropped by more than `tolerance` points (in that order; check_gates adds the
// gates newly missed). Comparisons are those of diff_reports (readiness/diff.hpp).
std::vector<Regression> find_regressions(const Report& before, const Report& after, double tolerance);

// The gates that fail in `after` and did not fail (or did not exist) in `before`, as gate_newly_missed.
std::vector<Regression> newly_missed_gates(const std::vector<GateResult>& before,
                                           const std::vector<GateResult>& after);

} // namespace readiness
