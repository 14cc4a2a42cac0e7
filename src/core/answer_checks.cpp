#include "readiness/answer_checks.hpp"

#include "readiness/conditions.hpp"

#include <fmt/format.h>

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
    const auto& who = sheet.respondent;
    if (who.name.empty()) {
        return std::nullopt;
    }
    const auto [found, inserted] = m_seen.emplace(std::pair{who.name, who.department}, sheet.location);
    if (inserted) {
        return std::nullopt;
    }
    return Diagnostic{Severity::warning, sheet.location,
                      fmt::format("'{}' ({}) answered already, at {}; both are scored (is an old answer file "
                                  "left among the inputs?)",
                                  who.name, who.department, format_location(found->second))};
}

} // namespace readiness
