#include "interview/session.hpp"

#include "readiness/answer_input.hpp"
#include "readiness/conditions.hpp"

#include "interview/line_text.hpp"
#include "interview/prompt_text.hpp"

#include <fmt/format.h>

#include <cctype>

namespace readiness::interview {

namespace {

// The command a line names ('?', 'b', 's', 'n', 'q', any case), or 0 when it is an answer.
char command_of(std::string_view line) {
    if (line.size() != 1) {
        return 0;
    }
    const char command = static_cast<char>(std::tolower(static_cast<unsigned char>(line[0])));
    switch (command) {
    case '?':
    case 'b':
    case 's':
    case 'n':
    case 'q':
        return command;
    default:
        return 0;
    }
}

} // namespace

InterviewSession::InterviewSession(const Checklist& checklist, std::string department, AnswerMap answers)
    : m_checklist(&checklist), m_department(std::move(department)), m_answers(std::move(answers)) {
    m_current = next_open(std::nullopt);
}

const Question* InterviewSession::current() const {
    return m_current ? &m_checklist->questions[*m_current] : nullptr;
}

Progress InterviewSession::progress() const {
    Progress progress;
    if (!m_current) {
        return progress;
    }
    for (std::size_t i = 0; i < m_checklist->questions.size(); ++i) {
        if (is_asked(i)) {
            ++progress.total;
            if (i <= *m_current) {
                ++progress.position;
            }
        }
    }
    const Question& question = m_checklist->questions[*m_current];
    const Dimension* dimension = m_checklist->find_dimension(question.dimension);
    progress.dimension = dimension ? dimension->name : question.dimension;
    return progress;
}

std::vector<const Question*> InterviewSession::asked_questions() const {
    std::vector<const Question*> asked;
    for (std::size_t i = 0; i < m_checklist->questions.size(); ++i) {
        if (is_asked(i)) {
            asked.push_back(&m_checklist->questions[i]);
        }
    }
    return asked;
}

std::size_t InterviewSession::answered_count() const {
    std::size_t count = 0;
    for (std::size_t i = 0; i < m_checklist->questions.size(); ++i) {
        if (is_asked(i) && is_answered(i)) {
            ++count;
        }
    }
    return count;
}

Step InterviewSession::handle(std::string_view line) {
    if (!m_current) {
        return {Outcome::already_finished, "The interview is finished."};
    }
    line = trim(line);
    if (m_awaiting_note) {
        return take_note(line);
    }
    const Question& question = m_checklist->questions[*m_current];
    // A word that names an option is the answer, never a command ("N" for an option labelled "N").
    const bool names_option =
        (question.type == QuestionType::choice || question.type == QuestionType::multi) &&
        m_checklist->match_option(question, line) != nullptr;
    switch (names_option ? 0 : command_of(line)) {
    case '?':
        return {Outcome::help, format_help(*m_checklist, question)};
    case 'b':
        return go_back();
    case 's':
        m_skipped.insert(question.id);
        move_on();
        return {Outcome::skipped, {}};
    case 'n':
        m_awaiting_note = true;
        return {Outcome::note_requested, "Type the note on one line (an empty line adds none)."};
    case 'q':
        return {Outcome::quit, {}};
    default:
        break;
    }
    if (line.empty()) {
        if (is_answered(*m_current)) {
            move_on();
            return {Outcome::kept, {}};
        }
        return {Outcome::invalid, format_rejection(*m_checklist, question, "no answer typed", true)};
    }
    ParsedAnswer parsed = parse_answer_text(question, *m_checklist, line, InputRules{.option_numbers = true});
    if (!parsed.answer) {
        return {Outcome::invalid, format_rejection(*m_checklist, question, parsed.error)};
    }
    return record(std::move(*parsed.answer));
}

bool InterviewSession::is_asked(std::size_t index) const {
    return readiness::is_asked(m_checklist->questions[index], *m_checklist, m_department, m_answers);
}

bool InterviewSession::is_answered(std::size_t index) const {
    auto found = m_answers.find(m_checklist->questions[index].id);
    return found != m_answers.end() && found->second.is_answered();
}

std::optional<std::size_t> InterviewSession::next_open(std::optional<std::size_t> after) const {
    for (std::size_t i = after ? *after + 1 : 0; i < m_checklist->questions.size(); ++i) {
        if (is_asked(i) && !is_answered(i) && !m_skipped.contains(m_checklist->questions[i].id)) {
            return i;
        }
    }
    return std::nullopt;
}

Step InterviewSession::record(Answer answer) {
    Answer& stored = m_answers[m_checklist->questions[*m_current].id];
    answer.note = std::move(stored.note);
    answer.location = stored.location;
    stored = std::move(answer);
    const std::vector<std::string> dropped = drop_unasked();
    move_on();
    if (dropped.empty()) {
        return {Outcome::answered, {}};
    }
    return {Outcome::answered,
            fmt::format("dropped {} that no longer {} ({})",
                        dropped.size() == 1 ? "1 answer" : fmt::format("{} answers", dropped.size()),
                        dropped.size() == 1 ? "applies" : "apply", fmt::join(dropped, ", "))};
}

std::vector<std::string> InterviewSession::drop_unasked() {
    // Conditions name only earlier questions, so one pass in checklist order sees every cascade.
    std::vector<std::string> dropped;
    for (std::size_t i = 0; i < m_checklist->questions.size(); ++i) {
        const Question& question = m_checklist->questions[i];
        if (question.applies_to(m_department) && m_answers.contains(question.id) && !is_asked(i)) {
            m_answers.erase(question.id);
            dropped.push_back(question.id);
        }
    }
    return dropped;
}

Step InterviewSession::take_note(std::string_view line) {
    m_awaiting_note = false;
    if (line.empty()) {
        return {Outcome::note_unchanged, "No note added."};
    }
    m_answers[m_checklist->questions[*m_current].id].note = std::string(line);
    return {Outcome::noted, "Note added."};
}

Step InterviewSession::go_back() {
    for (std::size_t i = *m_current; i > 0; --i) {
        if (is_asked(i - 1)) {
            m_current = i - 1;
            m_reviewing = true;
            return {Outcome::went_back, {}};
        }
    }
    return {Outcome::at_first, "This is the first question."};
}

void InterviewSession::move_on() {
    if (!m_reviewing) {
        m_current = next_open(m_current);
        return;
    }
    // After `b`, walk forward one asked question at a time (an empty line keeps each answer) until an
    // unanswered one, so the position moves by one instead of jumping to the next open question.
    for (std::size_t i = *m_current + 1; i < m_checklist->questions.size(); ++i) {
        if (is_asked(i)) {
            m_current = i;
            m_reviewing = is_answered(i);
            return;
        }
    }
    m_current.reset();
}

} // namespace readiness::interview
