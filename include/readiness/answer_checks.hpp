#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"
#include "readiness/response.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace readiness {

// Answers that are kept in a sheet but not counted: the question applies to the respondent's department
// but its `when` does not hold on their other answers. One warning each, at the answer.
Diagnostics uncounted_answers(const Checklist& checklist, const AnswerSheet& sheet);
void uncounted_answers(const ChecklistIndex& index, const Response& response, Diagnostics& warnings);

// The answers of a sheet that count for its respondent (asked given the rest, and answered).
std::size_t counted_answers(const Checklist& checklist, const AnswerSheet& sheet);

// Remembers the respondents of one input set and warns when the same name and department come again (last
// quarter's file left in the folder): both sheets are still scored.
// Keeps a few bytes a respondent: a run may have a million.
class RespondentRegister {
public:
    std::optional<Diagnostic> add(const AnswerSheet& sheet);
    std::optional<Diagnostic> add(const Response& response);

private:
    struct Place {
        std::uint32_t file = 0; // into m_files
        int line = 0;
        int column = 0;
    };
    std::unordered_map<std::string, Place> m_seen; // name, a NUL, department → first place
    std::vector<std::string> m_files;
    std::string m_key; // reused
};

} // namespace readiness
