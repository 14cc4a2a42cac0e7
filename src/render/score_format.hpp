#pragma once

#include "readiness/report.hpp"

#include <optional>
#include <string>

namespace readiness::render {

// Every number a person reads, in every format (text, Markdown, HTML, check, diff), comes from here: one
// decimal, rounded half away from zero, never "-0.0". Scores are on the 0–100 scale. JSON keeps full
// precision and does not use these.

std::string one_decimal(double value);                         // 47.25 -> "47.3", -0.04 -> "0.0"
std::string score_text(const std::optional<double>& value);    // a 0–100 score, or "—"
std::string score_text(const Score& score);                    // its value, or "—"
std::string pair_score_text(double value);                     // A(q, d) in [0, 1] as 0–100: 0.25 -> "25.0"
std::string change_text(double delta);                         // "+3.2", "-1.0", "±0.0"
std::string percent_text(std::size_t part, std::size_t whole); // "87.5%", or "—" when whole is 0

// Where answers and files both scored a pair and differ: "answered 25.0 · files 100.0"; else "".
std::string pair_sources_text(const PairResult& pair);
// A pair's score, with its sources where they differ: "25.0 (answered 25.0 · files 100.0)"; "—" without.
std::string pair_score_detail(const PairResult& pair);

// Why a blocker blocks: its score ("25.0", "25.0 (answered 25.0 · files 100.0)"), or "not answered", or
// "marked not applicable".
std::string blocker_state_text(const Report& report, const Blocker& blocker);

} // namespace readiness::render
