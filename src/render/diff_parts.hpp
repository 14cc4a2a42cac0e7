#pragma once

#include "readiness/diff.hpp"

#include <string>

namespace readiness::render {

// The words the human formats of a diff share (plain text: the caller escapes).

// "+4.2", "-1.0", "±0.0"; for a score on one side only, "no longer scored" or "newly scored".
std::string signed_change(const ScoreChange& change);
// A department's change, or what happened to it: "not reassessed", "newly assessed", "not assessed".
std::string department_change(const DepartmentChange& d);
// "Emerging -> Developing", or the level after when it did not move.
std::string level_move(const ScoreChange& change);
// "roles.owner (support), …", or "none".
std::string pair_list(const std::vector<PairRef>& pairs);
// "roles.owner in support: 25.0 -> 75.0 (+50.0); answers no ×1, partly ×1 -> yes ×2; files 100.0 -> 100.0"
std::string moved_text(const PairChange& c);
// "Overall, dimensions and groups compare the 5 departments assessed both times. Not reassessed: …"
std::string comparison_note(const ReportDiff& diff);

} // namespace readiness::render
