#include "rollup.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

// PairAccumulator: the answers to one question within one department, summed as the respondents arrive.

namespace readiness {

void PairAccumulator::add(double score, std::string_view respondent, bool keep_value) {
    ++answered;
    sum += score;
    if (score < min) {
        min = score;
        min_respondent = respondent;
    }
    if (score > max) {
        max = score;
        max_respondent = respondent;
    }
    if (keep_value) {
        values.push_back(score);
    }
}

void PairAccumulator::tally_option(std::size_t option) {
    // As tally() would, without the search: where this option's entry is, kept beside the entries.
    if (option < option_entry.size() && option_entry[option] != 0) {
        ++answers[option_entry[option] - 1].count;
        return;
    }
    if (answers.size() < k_answer_tally_limit) {
        answers.push_back({false, option, 0, 1});
        if (option >= option_entry.size()) {
            option_entry.resize(option + 1, 0);
        }
        option_entry[option] = answers.size();
    } else {
        ++other_answers;
    }
}

void PairAccumulator::tally_number(double number) {
    tally({true, 0, number, 1});
}

void PairAccumulator::tally(const TallyEntry& answer) {
    for (auto& seen : answers) {
        // Numbers compare by bits: 0 and -0 are written differently, so they are different answers.
        if (seen.is_number == answer.is_number &&
            (answer.is_number
                 ? std::bit_cast<std::uint64_t>(seen.number) == std::bit_cast<std::uint64_t>(answer.number)
                 : seen.option == answer.option)) {
            ++seen.count;
            return;
        }
    }
    if (answers.size() < k_answer_tally_limit) {
        answers.push_back(answer);
    } else {
        ++other_answers;
    }
}

double PairAccumulator::aggregate(Aggregate how) const {
    switch (how) {
    case Aggregate::mean:
        return sum / static_cast<double>(answered);
    case Aggregate::min:
        return min;
    case Aggregate::median: {
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
    }
    return 0;
}

} // namespace readiness
