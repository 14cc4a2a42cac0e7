#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"
#include "readiness/option_lookup.hpp"

#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace readiness {

// One question's answer within a Response: options by their index in the question's options, texts by
// their index in the response's texts. Small, so that a row of them is cheap to clear and to copy.
struct ResponseCell {
    double number = 0;
    std::uint32_t first_choice = 0; // choice, multi: Response::choices[first_choice, + choice_count)
    std::uint32_t choice_count = 0;
    std::uint32_t text = 0; // a text answer: 1 + its index in Response::texts; 0 when there is none
    std::uint32_t note = 0; // the same for a note
    int line = 0;           // where the answer was written, in Response::file
    int column = 0;
    AnswerKind kind = AnswerKind::none;
    bool unmatched = false; // a choice names no option (only in a sheet built by hand): no score
};

// One respondent's answers as the scorer reads them: a cell per checklist question, in checklist order.
// The views point into the reader's buffer (or an AnswerSheet): valid only while the response is handed on.
struct Response {
    std::string_view file; // the sheet's place: the file, and for a CSV row its line
    int line = 0;
    int column = 0;
    std::string_view name;
    std::string_view department;
    std::string_view role;
    std::string_view organisation;
    std::string_view date;
    std::vector<ResponseCell> cells;
    std::vector<std::uint16_t> choices;  // the option indices of every choice and multi cell
    std::vector<std::string_view> texts; // the text answers and notes the cells name

    void clear(std::size_t questions); // every cell unanswered, keeping the capacity
    std::span<const std::uint16_t> choices_of(const ResponseCell& cell) const {
        return {choices.data() + cell.first_choice, cell.choice_count};
    }
    std::string_view text_of(const ResponseCell& cell) const { return text_at(cell.text); }
    std::string_view note_of(const ResponseCell& cell) const { return text_at(cell.note); }
    // Keeps `text` for a cell's text or note: what to store there (0 for an empty text).
    std::uint32_t keep_text(std::string_view text) {
        if (text.empty()) {
            return 0;
        }
        texts.push_back(text);
        return static_cast<std::uint32_t>(texts.size());
    }

private:
    std::string_view text_at(std::uint32_t index) const {
        return index == 0 ? std::string_view() : texts[index - 1];
    }
};

// A `when` condition with its question and options resolved to indices once, for evaluating per respondent.
struct PreparedCondition {
    ConditionKind kind = ConditionKind::answered;
    std::optional<std::size_t> question; // a leaf's question; none when the checklist has no such question
    std::vector<bool> listed;            // in, not_in, equals: which of the question's options are listed
    std::vector<std::string> values;     // the listed values, for text answers
    std::optional<double> equals_number; // equals, for a number answer
    double number = 0;                   // at_least, at_most
    bool answered = true;
    std::vector<PreparedCondition> children;
};

// A question with what reading and scoring its answers needs, prepared once.
struct PreparedQuestion {
    const Question* question = nullptr;
    std::span<const Option> options;
    OptionLookup lookup;               // the option a cell's text names
    std::vector<double> single_scores; // s(r, q) of an answer choosing just that option
    std::vector<bool> departments;     // applies to department d (checklist order)
    std::optional<PreparedCondition> when;
};

// The checklist with its lookups prepared once: ids to indices, options' labels folded to lower case,
// `when` conditions resolved to question and option indices. Keeps a reference to the checklist.
class ChecklistIndex {
public:
    explicit ChecklistIndex(const Checklist& checklist);
    ChecklistIndex(Checklist&&) = delete;

    const Checklist& checklist() const { return m_checklist; }
    std::size_t size() const { return m_questions.size(); }
    const PreparedQuestion& operator[](std::size_t q) const { return m_questions[q]; }
    std::optional<std::size_t> question(std::string_view id) const;
    std::optional<std::size_t> department(std::string_view id) const;

    // The option a token names, as Checklist::match_option: its value exactly, else its value, else its
    // label, ignoring ASCII case.
    std::optional<std::size_t> option(std::size_t q, std::string_view token) const {
        return m_questions[q].lookup.find(token);
    }

    // s(r, q) of the response's answer to question q (see answer_score); none for text, n/a, unanswered.
    std::optional<double> score(std::size_t q, const Response& response) const {
        const double s = score_or_nan(q, response);
        return std::isnan(s) ? std::nullopt : std::optional<double>(s);
    }

    // Whether question q counts for the respondent: it applies to their department (an unknown department
    // only to questions for every department) and its `when` holds on their answers.
    bool is_asked(std::size_t q, std::optional<std::size_t> department, const Response& response) const {
        return is_asked_in(q, department ? *department : k_unknown_department, response);
    }

    // The same two without std::optional crossing a call, which GCC 12 passes through memory in a way that
    // stalls the scoring loop: the score or NaN; the department's index or k_unknown_department.
    static constexpr std::size_t k_unknown_department = SIZE_MAX;
    double score_or_nan(std::size_t q, const Response& response) const;
    bool is_asked_in(std::size_t q, std::size_t department, const Response& response) const;

private:
    const Checklist& m_checklist;
    std::vector<PreparedQuestion> m_questions;
    std::unordered_map<std::string_view, std::size_t> m_question_ids;
};

// The sheet as a response: answers to questions the checklist lacks are left out. The response's views
// point into `sheet`.
void to_response(const AnswerSheet& sheet, const ChecklistIndex& index, Response& response);

// The response as an answer sheet (options by value), as the loaders produced before responses.
AnswerSheet to_sheet(const Response& response, const ChecklistIndex& index);

} // namespace readiness
