#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::interview {

// What one line of input did; the front end prints `message` (when not empty) and saves the answers after
// answered, noted, skipped and quit.
enum class Outcome {
    answered,         // the answer was recorded (or replaced); moved on
    kept,             // an empty line on an answered question: kept its answer; moved on
    skipped,          // `s`: moved on, leaving the question as it was
    went_back,        // `b`: moved to the previous asked question
    at_first,         // `b` on the first asked question: stayed
    help,             // `?`: message holds the help text
    note_requested,   // `n`: the next line is a note for the current question
    noted,            // the note was attached; still on the same question
    note_unchanged,   // an empty line instead of a note
    invalid,          // nothing recorded; message holds the short reason; ask again
    quit,             // `q`: save and stop
    already_finished, // input after the interview finished: ignored
};

struct Step {
    Outcome outcome = Outcome::invalid;
    std::string message;
};

// Where the current question stands: `[position/total] dimension`.
struct Progress {
    std::size_t position = 0; // from 1, among the questions asked given the answers so far
    std::size_t total = 0;
    std::string dimension; // the dimension's name
};

// One respondent's interview, without any I/O: which question to ask, given the department and the answers
// so far, and what each typed line does to the answers. The asked questions are the checklist's, in order,
// that apply to the department and whose `when` holds on the current answers, recomputed after every
// change. When an answer changes, answers to questions of the department that are no longer asked are
// dropped (the step's message says which). After an answer the session moves to the next asked question
// that has no answer and was not skipped in this run; after `b`, to the next asked question, answered or
// not, until it reaches an unanswered one. It is finished when there is none. The checklist must outlive
// the session.
class InterviewSession {
public:
    // Starts (or resumes) at the first asked question without an answer.
    InterviewSession(const Checklist& checklist, std::string department, AnswerMap answers);

    // The question being asked; null once finished.
    const Question* current() const;
    bool finished() const { return !m_current.has_value(); }
    // Whether the next line will be taken as a note (after `n`).
    bool awaiting_note() const { return m_awaiting_note; }
    // The current question's place among the asked ones; all zero once finished.
    Progress progress() const;

    // One line typed for the current question: `?` help, `b` back, `s` skip, `n` note, `q` quit (commands
    // ignore case and surrounding spaces), an empty line keeps an existing answer, anything else is parsed
    // as an answer (option numbers from 1, values, labels, several for multi, a number, `n/a`).
    Step handle(std::string_view line);

    const AnswerMap& answers() const { return m_answers; }
    const std::string& department() const { return m_department; }
    // The questions asked given the answers so far, in checklist order.
    std::vector<const Question*> asked_questions() const;
    // How many asked questions have an answer (n/a counts as an answer).
    std::size_t answered_count() const;

private:
    bool is_asked(std::size_t index) const;
    bool is_answered(std::size_t index) const;
    // The first asked question after `index` (or from the start when none) that has no answer and was not
    // skipped; nothing when there is none.
    std::optional<std::size_t> next_open(std::optional<std::size_t> after) const;
    Step record(Answer answer);
    Step take_note(std::string_view line);
    Step go_back();
    void move_on();
    // Removes answers to the department's questions that are no longer asked; returns their ids.
    std::vector<std::string> drop_unasked();

    const Checklist* m_checklist;
    std::string m_department;
    AnswerMap m_answers;
    std::set<std::string, std::less<>> m_skipped; // skipped in this run
    std::optional<std::size_t> m_current;         // index into the checklist's questions
    bool m_awaiting_note = false;
    bool m_reviewing = false; // after `b`: step through answered questions one by one
};

} // namespace readiness::interview
