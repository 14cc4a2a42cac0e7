#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <limits>
#include <map>
#include <string>
#include <vector>

namespace readiness {

// One distinct answer in a pair's tally: an option by index, or a number; turned into text at the roll-up.
struct TallyEntry {
    bool is_number = false;
    std::size_t option = 0;
    double number = 0;
    std::size_t count = 0;
};

// The answers to one question within one department, summed as they arrive.
struct PairAccumulator {
    std::size_t counted = 0;
    std::size_t answered = 0;
    std::size_t not_applicable = 0;
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    std::string min_respondent;
    std::string max_respondent;
    std::vector<double> values;      // only for the median
    std::vector<TallyEntry> answers; // at most k_answer_tally_limit distinct answers, in order of arrival
    std::size_t other_answers = 0;   // answers past that limit
    std::vector<std::size_t> option_entry; // per option: 1 + its entry in `answers`, 0 when it has none
    Location lowest;                       // where the lowest-scored answer was given
    Location first;                        // an n/a answer, else the first sheet the question counts for

    void add(double score, std::string_view respondent, bool keep_value);
    void tally_option(std::size_t option);
    void tally_number(double number);
    double aggregate(Aggregate how) const; // needs answered > 0

private:
    void tally(const TallyEntry& answer);
};

struct RollupInput {
    const Checklist& checklist;
    ScoringOptions options;
    const EvidenceResults* evidence;
    const std::vector<std::size_t>& respondents; // per department
    const std::vector<PairAccumulator>& pairs;   // question-major
    const std::vector<std::vector<std::size_t>>&
        short_choices; // per question and option: answers below target
};

// Fills the report's pairs, scores, coverage, blockers, gaps, roadmap, disagreements and evidence conflicts.
void roll_up(const RollupInput& input, Report& report);

} // namespace readiness
