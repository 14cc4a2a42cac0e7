#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"

#include <optional>

namespace readiness {

// s(r, q) in [0, 1]: a choice's option score; for multi min(1, sum of the chosen scores); for a number,
// the first band whose `max` is at least the value. Nothing for text, n/a, a note alone, or an answer
// that does not fit the question.
std::optional<double> answer_score(const Question& question, const Checklist& checklist,
                                   const Answer& answer);

// The score of a number under a question's bands.
double band_score(const std::vector<Band>& bands, double value);

} // namespace readiness
