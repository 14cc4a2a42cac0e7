#include "readiness/answer_checks.hpp"

#include "readiness/conditions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

namespace readiness {

Diagnostics uncounted_answers(const Checklist& checklist, const AnswerSheet& sheet) {
    Diagnostics warnings;
    const std::string& department = sheet.respondent.department;
    for (const auto& question : checklist.questions) {
        const auto answer = sheet.answers.find(question.id);
        if (answer == sheet.answers.end() || !answer->second.is_answered() ||
            !question.applies_to(department) || is_asked(question, checklist, department, sheet.answers)) {
            continue;
        }
        warnings.push_back(
            {Severity::warning, answer->second.location,
             fmt::format("the answer to '{}' is not counted: its condition (when) does not hold "
                         "on this respondent's other answers",
                         question.id)});
    }
    return warnings;
}

void uncounted_answers(const ChecklistIndex& index, const Response& response, Diagnostics& warnings) {
    const auto department = index.department(response.department);
    for (std::size_t q = 0; q < index.size(); ++q) {
        const ResponseCell& cell = response.cells[q];
        if (cell.kind == AnswerKind::none || !index[q].when) { // without `when`, applies means counts
            continue;
        }
        const bool applies = department ? index[q].departments[*department]
                                        : index[q].question->applies_to(response.department);
        if (!applies || index.is_asked(q, department, response)) {
            continue;
        }
        warnings.push_back(uncounted_answer(index, response, q));
    }
}

Diagnostic uncounted_answer(const ChecklistIndex& index, const Response& response, std::size_t q) {
    const ResponseCell& cell = response.cells[q];
    return {Severity::warning,
            {std::string(response.file), cell.line, cell.column},
            fmt::format("the answer to '{}' is not counted: its condition (when) does not hold "
                        "on this respondent's other answers",
                        index[q].question->id)};
}

std::size_t counted_answers(const Checklist& checklist, const AnswerSheet& sheet) {
    std::size_t count = 0;
    for (const auto& question : checklist.questions) {
        const auto answer = sheet.answers.find(question.id);
        if (answer != sheet.answers.end() && answer->second.is_answered() &&
            is_asked(question, checklist, sheet.respondent.department, sheet.answers)) {
            ++count;
        }
    }
    return count;
}

std::optional<Diagnostic> RespondentRegister::add(const AnswerSheet& sheet) {
    Response response;
    response.name = sheet.respondent.name;
    response.department = sheet.respondent.department;
    response.file = sheet.location.file;
    response.line = sheet.location.line;
    response.column = sheet.location.column;
    return add(response);
}

void RespondentRegister::grow() {
    m_slots.assign(std::max<std::size_t>(64, m_slots.size() * 2), 0);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = 0; i < m_seen.size(); ++i) {
        std::size_t slot = std::hash<std::string_view>{}(key_of(m_seen[i])) & mask;
        while (m_slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        m_slots[slot] = static_cast<std::uint32_t>(i + 1);
    }
}

std::optional<Diagnostic> RespondentRegister::add(const Response& response) {
    if (response.name.empty()) {
        return std::nullopt;
    }
    m_key.assign(response.name);
    m_key += '\0';
    m_key += response.department;
    if (m_files.empty() || m_files.back() != response.file) {
        m_files.emplace_back(response.file);
    }
    if ((m_seen.size() + 1) * 2 > m_slots.size()) { // at most half full
        grow();
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = std::hash<std::string_view>{}(m_key)&mask;
    for (; m_slots[slot] != 0; slot = (slot + 1) & mask) {
        const Seen& first = m_seen[m_slots[slot] - 1];
        if (key_of(first) == m_key) {
            return Diagnostic{
                Severity::warning,
                {std::string(response.file), response.line, response.column},
                fmt::format("'{}' ({}) answered already, at {}; both are scored (is an old answer file "
                            "left among the inputs?)",
                            response.name, response.department,
                            format_location({m_files[first.file], first.line, first.column}))};
        }
    }
    m_seen.push_back({m_keys.size(), static_cast<std::uint32_t>(m_key.size()),
                      static_cast<std::uint32_t>(m_files.size() - 1), response.line, response.column});
    m_keys += m_key;
    m_slots[slot] = static_cast<std::uint32_t>(m_seen.size());
    return std::nullopt;
}

} // namespace readiness
