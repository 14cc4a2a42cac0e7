#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"

#include <map>
#include <optional>
#include <string>

namespace readiness {

// Answers that are kept in a sheet but not counted: the question applies to the respondent's department
// but its `when` does not hold on their other answers. One warning each, at the answer.
Diagnostics uncounted_answers(const Checklist& checklist, const AnswerSheet& sheet);

// The answers of a sheet that count for its respondent (asked given the rest, and answered).
std::size_t counted_answers(const Checklist& checklist, const AnswerSheet& sheet);

// Remembers the respondents of one input set and warns when the same name and department come again (last
// quarter's file left in the folder): both sheets are still scored.
class RespondentRegister {
public:
    std::optional<Diagnostic> add(const AnswerSheet& sheet);

private:
    std::map<std::pair<std::string, std::string>, Location> m_seen; // (name, department) → first place
};

} // namespace readiness
