#include "readiness/regressions.hpp"

#include "readiness/diff.hpp"

#include <algorithm>

namespace readiness {

namespace {

bool had_blocker(const Report& report, const Blocker& blocker) {
    return std::any_of(report.blockers.begin(), report.blockers.end(), [&](const Blocker& b) {
        return b.question == blocker.question && b.department == blocker.department;
    });
}

// More than `tolerance` points lower; tiny floating-point noise is not a drop.
bool dropped(double before, double after, double tolerance) {
    constexpr double k_noise = 1e-9;
    return before - after > tolerance + k_noise;
}

} // namespace

std::vector<Regression> find_regressions(const Report& before, const Report& after, double tolerance) {
    std::vector<Regression> regressions;
    for (const auto& blocker : after.blockers) {
        if (!had_blocker(before, blocker)) {
            regressions.push_back({RegressionKind::new_blocker, blocker.question, blocker.department, "",
                                   std::nullopt, blocker.score});
        }
    }
    const ReportDiff diff = diff_reports(before, after);
    for (const auto& pair : after.pairs) {
        for (const auto& moved : diff.moved) {
            if (moved.question == pair.question && moved.department == pair.department &&
                dropped(moved.before * 100, moved.after * 100, tolerance)) {
                regressions.push_back({RegressionKind::question_dropped, moved.question, moved.department, "",
                                       moved.before * 100, moved.after * 100});
            }
        }
    }
    for (const auto& department : diff.departments) {
        const ScoreChange& s = department.score;
        if (department.reassessment == Reassessment::both && s.before && s.after &&
            dropped(*s.before, *s.after, tolerance)) {
            regressions.push_back({RegressionKind::department_dropped, "", s.id, "", s.before, s.after});
        }
    }
    return regressions;
}

std::vector<Regression> newly_missed_gates(const std::vector<GateResult>& before,
                                           const std::vector<GateResult>& after) {
    std::vector<Regression> regressions;
    for (const auto& gate : after) {
        const bool failed_before = std::any_of(
            before.begin(), before.end(), [&](const GateResult& g) { return g.id == gate.id && !g.passed; });
        if (!gate.passed && !failed_before) {
            Regression r{RegressionKind::gate_newly_missed, "", "", gate.id, std::nullopt, gate.actual};
            for (const auto& g : before) {
                r.before = g.id == gate.id ? g.actual : r.before;
            }
            regressions.push_back(std::move(r));
        }
    }
    return regressions;
}

} // namespace readiness
