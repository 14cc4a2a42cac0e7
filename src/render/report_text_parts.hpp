#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include "handover.hpp"
#include "report_names.hpp"
#include "score_format.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::render {

// Pieces the text and Markdown reports share: numbers, names and sentences read from a computed report.
// They return plain text; each format escapes or styles it.

std::string count_of(std::size_t count, std::string_view one, std::string_view many); // "1 gap", "3 gaps"

// Names from the checklist; the id itself when the checklist does not know it. Question text: "" then.

// "Social Business Readiness — Acme Ltd"; the organisation from organisation_name (handover.hpp).
std::string report_title(const Report& report, const Handover& handover);
// "social-readiness 1.0.0 · 2026-11-12 to 2026-11-20 · 8 respondents in 6 of 8 departments".
std::string report_facts(const Report& report);

// The departments a gap affects with their scores: "Customer service 0.0, Marketing 50.0 (answered 50.0 ·
// files 100.0)".
std::string gap_departments(const Gap& gap, const Checklist& checklist, const Report& report);

// Which of `bands` colour bands (0 = lowest) a level falls in, spreading the checklist's levels evenly
// over them (a single level is the top band); none for an unknown level. Every format colours levels by
// this one rule.
std::optional<std::size_t> level_band(const Checklist& checklist, std::string_view level, std::size_t bands);

const CellResult* find_cell(const Report& report, std::string_view department, std::string_view dimension);

// A question's blockers, in report order.
struct BlockedQuestion {
    std::string question;
    double threshold = 0;
    std::vector<const Blocker*> blockers;
};
std::vector<BlockedQuestion> blocked_questions(const Report& report);
// "Blockers: 2 critical questions below their threshold or without a score".
std::string blockers_heading(std::size_t questions);

std::vector<const Gap*> gaps_in(const Report& report, Phase phase);

// How the report scored, for every format's method section: plain-text paragraphs before the formula, the
// formula, and paragraphs after it (the first of them about levels, which HTML follows with a table).
struct ScoringMethod {
    std::vector<std::string> before_formula;
    std::string formula; // "score = 100 × Σ W_d·w_q·A(q,d) / Σ W_d·w_q"
    std::vector<std::string> after_formula;
};
ScoringMethod scoring_method(const Report& report);

// The blocker and evidence rules in a sentence each, as every format states them.
std::string_view blocker_rule();
std::string_view evidence_rule();

} // namespace readiness::render
