#include "readiness/conditions.hpp"

#include "readiness/answer_score.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace readiness {

namespace {

bool is_listed(const std::vector<std::string>& values, std::string_view value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

std::optional<double> parse_number(std::string_view text) {
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

// The number a comparison reads: a number answer itself, otherwise the answer's score.
std::optional<double> comparable(const Question& question, const Checklist& checklist, const Answer& answer) {
    if (answer.kind == AnswerKind::number) {
        return answer.number;
    }
    return answer_score(question, checklist, answer);
}

bool evaluate_leaf(const Condition& condition, const Checklist& checklist, const AnswerMap& answers) {
    auto found = answers.find(condition.question);
    const bool answered = found != answers.end() && found->second.is_answered();
    if (condition.kind == ConditionKind::answered) {
        return answered == condition.answered;
    }
    if (!answered || found->second.kind == AnswerKind::not_applicable) {
        return false;
    }
    const Answer& answer = found->second;
    const auto any_listed = [&](const std::vector<std::string>& values) {
        if (answer.kind == AnswerKind::text) {
            return is_listed(values, answer.text);
        }
        return std::any_of(answer.choices.begin(), answer.choices.end(),
                           [&](const std::string& choice) { return is_listed(values, choice); });
    };
    switch (condition.kind) {
    case ConditionKind::in:
        return any_listed(condition.values);
    case ConditionKind::not_in:
        return !any_listed(condition.values);
    case ConditionKind::equals:
        if (answer.kind == AnswerKind::number) {
            const auto expected = condition.values.empty() ? std::nullopt : parse_number(condition.values[0]);
            return expected && *expected == answer.number;
        }
        return any_listed(condition.values);
    case ConditionKind::at_least:
    case ConditionKind::at_most: {
        const Question* question = checklist.find_question(condition.question);
        const auto value = question ? comparable(*question, checklist, answer) : std::nullopt;
        if (!value) {
            return false;
        }
        return condition.kind == ConditionKind::at_least ? *value >= condition.number
                                                         : *value <= condition.number;
    }
    default:
        return false;
    }
}

bool evaluate_prepared_leaf(const PreparedCondition& condition, const ChecklistIndex& index,
                            const Response& response) {
    const ResponseCell* cell = condition.question ? &response.cells[*condition.question] : nullptr;
    const bool answered = cell && cell->kind != AnswerKind::none;
    if (condition.kind == ConditionKind::answered) {
        return answered == condition.answered;
    }
    if (!answered || cell->kind == AnswerKind::not_applicable) {
        return false;
    }
    const auto any_listed = [&] {
        if (cell->kind == AnswerKind::text) {
            return is_listed(condition.values, response.text_of(*cell));
        }
        for (const std::uint16_t option : response.choices_of(*cell)) {
            if (option < condition.listed.size() && condition.listed[option]) {
                return true;
            }
        }
        return false;
    };
    switch (condition.kind) {
    case ConditionKind::in:
        return any_listed();
    case ConditionKind::not_in:
        return !any_listed();
    case ConditionKind::equals:
        if (cell->kind == AnswerKind::number) {
            return condition.equals_number && *condition.equals_number == cell->number;
        }
        return any_listed();
    case ConditionKind::at_least:
    case ConditionKind::at_most: {
        const auto value = cell->kind == AnswerKind::number ? std::optional<double>(cell->number)
                                                            : index.score(*condition.question, response);
        if (!value) {
            return false;
        }
        return condition.kind == ConditionKind::at_least ? *value >= condition.number
                                                         : *value <= condition.number;
    }
    default:
        return false;
    }
}

std::string join_values(const std::vector<std::string>& values) {
    return fmt::format("{}", fmt::join(values, ", "));
}

std::string describe_children(const std::vector<Condition>& children, std::string_view separator) {
    std::vector<std::string> parts;
    for (const auto& child : children) {
        const bool compound = child.kind == ConditionKind::all || child.kind == ConditionKind::any;
        parts.push_back(compound ? "(" + describe(child) + ")" : describe(child));
    }
    return fmt::format("{}", fmt::join(parts, separator));
}

} // namespace

bool evaluate(const Condition& condition, const Checklist& checklist, const AnswerMap& answers) {
    switch (condition.kind) {
    case ConditionKind::all:
        return std::all_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition& child) { return evaluate(child, checklist, answers); });
    case ConditionKind::any:
        return std::any_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition& child) { return evaluate(child, checklist, answers); });
    case ConditionKind::negation:
        return !condition.children.empty() && !evaluate(condition.children.front(), checklist, answers);
    default:
        return evaluate_leaf(condition, checklist, answers);
    }
}

PreparedCondition prepare(const Condition& condition, const Checklist& checklist) {
    PreparedCondition prepared;
    prepared.kind = condition.kind;
    prepared.question = checklist.question_index(condition.question);
    prepared.values = condition.values;
    prepared.number = condition.number;
    prepared.answered = condition.answered;
    if (prepared.question) {
        for (const auto& option : checklist.options_of(checklist.questions[*prepared.question])) {
            prepared.listed.push_back(is_listed(condition.values, option.value));
        }
    }
    if (condition.kind == ConditionKind::equals && !condition.values.empty()) {
        prepared.equals_number = parse_number(condition.values[0]);
    }
    for (const auto& child : condition.children) {
        prepared.children.push_back(prepare(child, checklist));
    }
    return prepared;
}

bool evaluate(const PreparedCondition& condition, const ChecklistIndex& index, const Response& response) {
    switch (condition.kind) {
    case ConditionKind::all:
        return std::all_of(condition.children.begin(), condition.children.end(),
                           [&](const PreparedCondition& child) { return evaluate(child, index, response); });
    case ConditionKind::any:
        return std::any_of(condition.children.begin(), condition.children.end(),
                           [&](const PreparedCondition& child) { return evaluate(child, index, response); });
    case ConditionKind::negation:
        return !condition.children.empty() && !evaluate(condition.children.front(), index, response);
    default:
        return evaluate_prepared_leaf(condition, index, response);
    }
}

bool is_asked(const Question& question, const Checklist& checklist, std::string_view department,
              const AnswerMap& answers) {
    return question.applies_to(department) &&
           (!question.when || evaluate(*question.when, checklist, answers));
}

std::string describe(const Condition& condition) {
    switch (condition.kind) {
    case ConditionKind::in:
        return fmt::format("{} is one of {}", condition.question, join_values(condition.values));
    case ConditionKind::not_in:
        return fmt::format("{} is none of {}", condition.question, join_values(condition.values));
    case ConditionKind::equals:
        return fmt::format("{} is {}", condition.question, join_values(condition.values));
    case ConditionKind::at_least:
        return fmt::format("{} is at least {}", condition.question, condition.number);
    case ConditionKind::at_most:
        return fmt::format("{} is at most {}", condition.question, condition.number);
    case ConditionKind::answered:
        return fmt::format("{} is {}", condition.question, condition.answered ? "answered" : "not answered");
    case ConditionKind::all:
        return describe_children(condition.children, " and ");
    case ConditionKind::any:
        return describe_children(condition.children, " or ");
    case ConditionKind::negation:
        return condition.children.empty() ? "never" : "not (" + describe(condition.children.front()) + ")";
    }
    return {};
}

} // namespace readiness
