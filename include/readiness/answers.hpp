#pragma once

#include "readiness/diagnostic.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace readiness {

enum class AnswerKind : std::uint8_t { none, choice, multi, number, text, not_applicable };

// One respondent's answer to one question, already matched to the checklist: `choices` hold option
// values, never labels. `none` is a note with no answer yet.
struct Answer {
    AnswerKind kind = AnswerKind::none;
    std::vector<std::string> choices; // choice: one; multi: any number
    double number = 0;
    std::string text;
    std::string note;
    Location location;

    bool is_answered() const { return kind != AnswerKind::none; }
};

using AnswerMap = std::map<std::string, Answer, std::less<>>;

struct Respondent {
    std::string name;
    std::string department;
    std::string role;
};

} // namespace readiness

namespace readiness {

// One respondent's answer file (or one row of a CSV export).
struct AnswerSheet {
    std::string checklist; // the checklist id it answers
    std::string checklist_version;
    std::string organisation;
    std::string date;
    Respondent respondent;
    AnswerMap answers;
    Location location; // where the sheet starts: a file, or a CSV row
};

} // namespace readiness
