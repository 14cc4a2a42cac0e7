#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"
#include "readiness/response.hpp"

#include <string>

namespace readiness {

// Whether `condition` holds on one respondent's answers. A leaf naming a question the respondent did not
// answer (or answered n/a) is false, except `answered: false`. For choice questions `at_least`/`at_most`
// compare the chosen option's score; for multi, min(1, sum of scores); for number, the number. For multi,
// `in` holds when any chosen option is listed, `not_in` when none is, `equals` when the option is chosen.
bool evaluate(const Condition& condition, const Checklist& checklist, const AnswerMap& answers);

// Whether the question is asked of (and counts for) a respondent of `department` with these answers.
bool is_asked(const Question& question, const Checklist& checklist, std::string_view department,
              const AnswerMap& answers);

// The condition with its questions and listed options resolved to indices, for evaluating many responses.
PreparedCondition prepare(const Condition& condition, const Checklist& checklist);

// Whether a prepared condition holds on one response: the same rules as `evaluate` above.
bool evaluate(const PreparedCondition& condition, const ChecklistIndex& index, const Response& response);

// The condition in words: "roles.owner is one of yes, partly".
std::string describe(const Condition& condition);

} // namespace readiness
