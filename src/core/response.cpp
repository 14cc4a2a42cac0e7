#include "readiness/response.hpp"

#include "readiness/answer_score.hpp"
#include "readiness/conditions.hpp"
#include "readiness/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace readiness {

namespace {

// min(1, the sum of the chosen options' scores), as answer_score: 0.1 + 0.2 + … must reach 1 exactly.
double rounded_score(double sum) {
    return std::min(1.0, std::round(sum * 1e9) / 1e9);
}

} // namespace

void Response::clear(std::size_t questions) {
    cells.assign(questions, ResponseCell{});
    choices.clear();
    texts.clear();
}

ChecklistIndex::ChecklistIndex(const Checklist& checklist) : m_checklist(checklist) {
    m_questions.reserve(checklist.questions.size());
    for (std::size_t q = 0; q < checklist.questions.size(); ++q) {
        const Question& question = checklist.questions[q];
        PreparedQuestion prepared;
        prepared.question = &question;
        prepared.options = checklist.options_of(question);
        prepared.lookup = OptionLookup(prepared.options);
        for (const auto& option : prepared.options) {
            prepared.single_scores.push_back(rounded_score(option.score));
        }
        for (const auto& department : checklist.departments) {
            prepared.departments.push_back(question.applies_to(department.id));
        }
        if (question.when) {
            prepared.when = prepare(*question.when, checklist);
        }
        m_questions.push_back(std::move(prepared));
        m_question_ids.emplace(question.id, q); // the first of two equal ids wins, as find_question
    }
}

std::optional<std::size_t> ChecklistIndex::question(std::string_view id) const {
    const auto found = m_question_ids.find(id);
    return found == m_question_ids.end() ? std::nullopt : std::optional<std::size_t>(found->second);
}

std::optional<std::size_t> ChecklistIndex::department(std::string_view id) const {
    const auto& departments = m_checklist.departments;
    for (std::size_t d = 0; d < departments.size(); ++d) {
        if (departments[d].id == id) {
            return d;
        }
    }
    return std::nullopt;
}

double ChecklistIndex::score_or_nan(std::size_t q, const Response& response) const {
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    const PreparedQuestion& prepared = m_questions[q];
    const ResponseCell& cell = response.cells[q];
    switch (prepared.question->type) {
    case QuestionType::choice:
    case QuestionType::multi: {
        if ((cell.kind != AnswerKind::choice && cell.kind != AnswerKind::multi) || cell.unmatched) {
            return none;
        }
        const auto choices = response.choices_of(cell);
        if (choices.size() == 1) {
            return prepared.single_scores[choices.front()];
        }
        double sum = 0;
        for (const std::uint16_t option : choices) {
            sum += prepared.options[option].score;
        }
        return rounded_score(sum);
    }
    case QuestionType::number:
        if (cell.kind != AnswerKind::number) {
            return none;
        }
        return band_score(prepared.question->bands, cell.number);
    case QuestionType::text:
        return none;
    }
    return none;
}

bool ChecklistIndex::is_asked_in(std::size_t q, std::size_t department, const Response& response) const {
    const PreparedQuestion& prepared = m_questions[q];
    const bool applies = department != k_unknown_department ? prepared.departments[department]
                                                            : prepared.question->departments.empty();
    return applies && (!prepared.when || evaluate(*prepared.when, *this, response));
}

void to_response(const AnswerSheet& sheet, const ChecklistIndex& index, Response& response) {
    response.clear(index.size());
    response.file = sheet.location.file;
    response.line = sheet.location.line;
    response.column = sheet.location.column;
    response.name = sheet.respondent.name;
    response.department = sheet.respondent.department;
    response.role = sheet.respondent.role;
    response.organisation = sheet.organisation;
    response.date = sheet.date;
    for (const auto& [id, answer] : sheet.answers) {
        const auto q = index.question(id);
        if (!q) {
            continue;
        }
        ResponseCell& cell = response.cells[*q];
        cell.kind = answer.kind;
        cell.number = answer.number;
        cell.text = response.keep_text(answer.text);
        cell.note = response.keep_text(answer.note);
        cell.line = answer.location.line;
        cell.column = answer.location.column;
        cell.first_choice = static_cast<std::uint32_t>(response.choices.size());
        for (const auto& choice : answer.choices) {
            const auto option = index.option(*q, choice);
            if (!option) {
                cell.unmatched = true;
                continue;
            }
            response.choices.push_back(static_cast<std::uint16_t>(*option));
            ++cell.choice_count;
        }
    }
}

AnswerSheet to_sheet(const Response& response, const ChecklistIndex& index) {
    const Checklist& checklist = index.checklist();
    AnswerSheet sheet;
    sheet.checklist = checklist.id;
    sheet.checklist_version = checklist.version;
    sheet.organisation = response.organisation;
    sheet.date = response.date;
    sheet.respondent = {std::string(response.name), std::string(response.department),
                        std::string(response.role)};
    sheet.location = {std::string(response.file), response.line, response.column};
    for (std::size_t q = 0; q < response.cells.size(); ++q) {
        const ResponseCell& cell = response.cells[q];
        if (cell.kind == AnswerKind::none && cell.note == 0) {
            continue;
        }
        Answer answer;
        answer.kind = cell.kind;
        answer.number = cell.number;
        answer.text = response.text_of(cell);
        answer.note = response.note_of(cell);
        answer.location = {sheet.location.file, cell.line, cell.column};
        for (const std::uint16_t option : response.choices_of(cell)) {
            answer.choices.push_back(index[q].options[option].value);
        }
        sheet.answers.emplace(checklist.questions[q].id, std::move(answer));
    }
    return sheet;
}

} // namespace readiness
