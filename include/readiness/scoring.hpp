#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"
#include "readiness/report.hpp"
#include "readiness/response.hpp"

#include <functional>
#include <memory>

namespace readiness {

// Scores answer sheets as docs/scoring.md says. Sheets are added one at a time and not kept:
// with mean or min, memory is bounded by questions × departments (median keeps each pair's scores), plus
// the respondents (compactly: name, and indices of department, role and file) and their remarks (n/a,
// notes, text answers) that the report lists.
class Scorer {
public:
    // Keeps references to `checklist` and `evidence`: both must outlive the scorer.
    Scorer(const Checklist& checklist, ScoringOptions options, const EvidenceResults* evidence = nullptr);
    Scorer(Checklist&&, ScoringOptions, const EvidenceResults* = nullptr) = delete;
    ~Scorer();
    Scorer(const Scorer&) = delete;
    Scorer& operator=(const Scorer&) = delete;

    // A sheet whose respondent's department the checklist does not know is ignored (loaders report it).
    void add(const AnswerSheet& sheet);
    // The same, without converting: what the loaders hand on. With `uncounted`, adds a warning there for
    // each answer that is not counted because its `when` does not hold (see uncounted_answers), found in
    // the same pass that scores.
    void add(const Response& response, Diagnostics* uncounted = nullptr);

    // The checklist's prepared lookups, for reading responses against it.
    const ChecklistIndex& index() const;

    Report finish() const&;
    Report finish() &&; // moves the respondents and remarks out instead of copying them

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// score(P) = 100 × Σ weight·A / Σ weight over the pairs `in_set` selects that have a score, with its level
// (the last of `levels` whose min is at most the score). No value when no selected pair has a score.
Score weighted_score(const std::vector<PairResult>& pairs,
                     const std::function<bool(const PairResult&)>& in_set, const std::vector<Level>& levels);

// The roadmap rule in words, as reports state it.
std::string_view roadmap_rule();

// Which phase a gap lands in: blockers Now; else by weight × average gap ÷ effort cost (low 1, medium 2,
// high 4): at least 1 Now, at least 0.25 Next, otherwise Later.
Phase roadmap_phase(bool blocker, double weight, double average_gap, Effort effort);

} // namespace readiness
