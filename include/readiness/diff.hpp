#pragma once

#include "readiness/report.hpp"

#include <optional>
#include <string>
#include <vector>

namespace readiness {

// One score before and after; either may be missing (not assessed then or now).
struct ScoreChange {
    std::string id;
    std::string name;
    std::optional<double> before;
    std::optional<double> after;
    std::string level_before;
    std::string level_after;

    std::optional<double> delta() const;
};

// Whether a department was assessed in both reports, which makes its changes comparable.
enum class Reassessment { both, not_reassessed, newly_assessed, neither };

struct DepartmentChange {
    ScoreChange score;
    Reassessment reassessment = Reassessment::neither;
};

// A (question, department) pair.
struct PairRef {
    std::string question;
    std::string department;
};

// One question's score in one department, before and after, with the answers behind each.
struct PairChange {
    std::string question;
    std::string department;
    double before = 0; // A(q, d), 0–1
    double after = 0;
    std::vector<AnswerTally> answers_before;
    std::vector<AnswerTally> answers_after;
    std::optional<double> evidence_before;
    std::optional<double> evidence_after;

    double delta() const { return after - before; }
};

// What moved between two reports of the same checklist, compared like with like: overall, dimension and
// group scores are taken over the departments assessed in both reports only, and a department assessed in
// one of them is listed as not reassessed (or newly assessed) with none of its gaps or blockers counted as
// opened or resolved.
struct ReportDiff {
    std::string checklist;
    bool same_checklist = true;
    std::vector<std::string> compared_departments; // assessed in both, in the after report's order
    ScoreChange overall;
    std::vector<DepartmentChange> departments; // the after report's order, then any only in before
    std::vector<ScoreChange> dimensions;
    std::vector<ScoreChange> groups;
    std::vector<PairChange> moved;     // regressions first (largest drop first), then rises (largest first)
    std::vector<PairRef> gaps_closed;  // below target before; scored at or above it after
    std::vector<PairRef> gaps_opened;  // scored at or above target before; below it after
    std::vector<PairRef> blockers_new; // a blocker after, none before
    std::vector<PairRef> blockers_resolved;
};

ReportDiff diff_reports(const Report& before, const Report& after);

} // namespace readiness
