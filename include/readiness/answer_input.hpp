#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace readiness {

// What a person typed (or an answer file holds) for one question, matched to the checklist. Either an
// answer or, when nothing fits, a short reason to show them ("'maybe' is not an option: yes, partly, no").
struct ParsedAnswer {
    std::optional<Answer> answer;
    std::string error;
};

struct InputRules {
    bool option_numbers = false; // "2" picks the second option (in an interview, not in answer files)
};

// One piece of text: `n/a` (any case) for not applicable; for a choice, an option's value or label
// (ignoring case) or, with option_numbers, its number from 1; for multi, several separated by commas or
// spaces (a label with spaces still matches whole); for number, a number within the question's min..max;
// for text, the text itself.
ParsedAnswer parse_answer_text(const Question& question, const Checklist& checklist, std::string_view text,
                               InputRules rules = {});

// A multi answer given as a list (as in a YAML answer file): each item an option's value or label.
ParsedAnswer parse_answer_list(const Question& question, const Checklist& checklist,
                               const std::vector<std::string>& items);

} // namespace readiness
