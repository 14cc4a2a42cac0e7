#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"
#include "readiness/response.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace readiness {

// Answers that are kept in a sheet but not counted: the question applies to the respondent's department
// but its `when` does not hold on their other answers. One warning each, at the answer.
Diagnostics uncounted_answers(const Checklist& checklist, const AnswerSheet& sheet);
void uncounted_answers(const ChecklistIndex& index, const Response& response, Diagnostics& warnings);
// The warning for the response's answer to question q, which is not counted.
Diagnostic uncounted_answer(const ChecklistIndex& index, const Response& response, std::size_t q);

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
    struct Seen {
        std::size_t key = 0; // into m_keys: the name, a NUL, the department
        std::uint32_t key_size = 0;
        std::uint32_t file = 0; // into m_files
        int line = 0;
        int column = 0;
    };
    std::string_view key_of(const Seen& seen) const {
        return std::string_view(m_keys).substr(seen.key, seen.key_size);
    }
    void grow(); // doubles m_slots, placing every entry again

    std::string m_keys;                 // every key, one after another
    std::vector<Seen> m_seen;           // in order of arrival
    std::vector<std::uint32_t> m_slots; // open addressing: 1 + an index into m_seen, 0 when free
    std::vector<std::string> m_files;
    std::string m_key; // reused
};

} // namespace readiness
