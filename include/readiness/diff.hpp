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

struct BlockerChange {
    std::string question;
    std::string department;
};

// What moved between two reports of the same checklist.
struct ReportDiff {
    std::string checklist;
    ScoreChange overall;
    std::vector<ScoreChange> departments; // the after report's order, then any only in before
    std::vector<ScoreChange> dimensions;
    std::vector<std::string> gaps_closed; // question ids with a gap before and none after
    std::vector<std::string> gaps_opened; // none before, a gap after
    std::vector<BlockerChange> blockers_new;
    std::vector<BlockerChange> blockers_resolved;
    bool same_checklist = true;
};

ReportDiff diff_reports(const Report& before, const Report& after);

} // namespace readiness
