#include "readiness/answer_input.hpp"

#include "readiness/suggest.hpp"
#include "readiness/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace readiness {

namespace {

bool is_not_applicable(std::string_view text) {
    return text.size() == 3 && std::tolower(static_cast<unsigned char>(text[0])) == 'n' && text[1] == '/' &&
           std::tolower(static_cast<unsigned char>(text[2])) == 'a';
}

std::optional<double> to_number(std::string_view text) {
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::string option_list(std::span<const Option> options) {
    std::vector<std::string> values;
    for (const auto& option : options) {
        values.push_back(option.value);
    }
    return fmt::format("{}", fmt::join(values, ", "));
}

// The option one token names: value, label (ignoring case) or, when allowed, its number from 1.
const Option* find_option(const Question& question, const Checklist& checklist, std::string_view token,
                          InputRules rules) {
    if (const Option* option = checklist.match_option(question, token)) {
        return option;
    }
    if (rules.option_numbers) {
        const auto options = checklist.options_of(question);
        std::size_t number = 0;
        auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), number);
        if (error == std::errc() && end == token.data() + token.size() && number >= 1 &&
            number <= options.size()) {
            return &options[number - 1];
        }
    }
    return nullptr;
}

// The reason a token names no option, with "did you mean" against the values, then the labels.
ParsedAnswer not_an_option(const Question& question, const Checklist& checklist, std::string_view token) {
    std::vector<std::string> values;
    for (const auto& option : checklist.options_of(question)) {
        values.push_back(option.value);
    }
    for (const auto& option : checklist.options_of(question)) {
        values.push_back(option.label);
    }
    return {std::nullopt,
            fmt::format("'{}' is not an option of {}: {}{}", token, question.id,
                        option_list(checklist.options_of(question)), did_you_mean(token, values))};
}

ParsedAnswer choose(const Question& question, std::vector<std::string> values) {
    Answer answer;
    answer.kind = question.type == QuestionType::multi ? AnswerKind::multi : AnswerKind::choice;
    answer.choices = std::move(values);
    return {answer, {}};
}

// Splits a multi answer at commas and spaces, but keeps a whole label that itself holds spaces.
std::vector<std::string_view> split_multi(std::string_view text) {
    std::vector<std::string_view> tokens;
    const bool has_comma = text.find(',') != std::string_view::npos;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of(has_comma ? "," : " \t", start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const auto token = trim(text.substr(start, end - start));
        if (!token.empty()) {
            tokens.push_back(token);
        }
        start = end + 1;
    }
    return tokens;
}

} // namespace

ParsedAnswer parse_answer_text(const Question& question, const Checklist& checklist, std::string_view text,
                               InputRules rules) {
    text = trim(text);
    if (text.empty()) {
        return {std::nullopt, "the answer is empty"};
    }
    if (is_not_applicable(text)) {
        Answer answer;
        answer.kind = AnswerKind::not_applicable;
        return {answer, {}};
    }
    switch (question.type) {
    case QuestionType::text: {
        Answer answer;
        answer.kind = AnswerKind::text;
        answer.text = std::string(text);
        return {answer, {}};
    }
    case QuestionType::number: {
        const auto value = to_number(text);
        if (!value) {
            return {std::nullopt, fmt::format("'{}' is not a number", text)};
        }
        if ((question.min && *value < *question.min) || (question.max && *value > *question.max)) {
            return {std::nullopt, fmt::format("{} is outside {} to {}", *value,
                                              question.min ? fmt::format("{}", *question.min) : "any",
                                              question.max ? fmt::format("{}", *question.max) : "any")};
        }
        Answer answer;
        answer.kind = AnswerKind::number;
        answer.number = *value;
        return {answer, {}};
    }
    case QuestionType::choice: {
        const Option* option = find_option(question, checklist, text, rules);
        return option ? choose(question, {option->value}) : not_an_option(question, checklist, text);
    }
    case QuestionType::multi: {
        if (const Option* whole = find_option(question, checklist, text, rules)) {
            return choose(question, {whole->value});
        }
        std::vector<std::string> items;
        for (auto token : split_multi(text)) {
            items.emplace_back(token);
        }
        if (!rules.option_numbers) {
            return parse_answer_list(question, checklist, items);
        }
        std::vector<std::string> values;
        for (const auto& item : items) {
            const Option* option = find_option(question, checklist, item, rules);
            if (!option) {
                return not_an_option(question, checklist, item);
            }
            if (std::find(values.begin(), values.end(), option->value) == values.end()) {
                values.push_back(option->value);
            }
        }
        return choose(question, std::move(values));
    }
    }
    return {std::nullopt, "unknown question type"};
}

ParsedAnswer parse_answer_list(const Question& question, const Checklist& checklist,
                               const std::vector<std::string>& items) {
    if (question.type != QuestionType::multi) {
        return {std::nullopt, fmt::format("{} takes one answer, not a list", question.id)};
    }
    std::vector<std::string> values;
    for (const auto& item : items) {
        const Option* option = checklist.match_option(question, trim(item));
        if (!option) {
            return not_an_option(question, checklist, trim(item));
        }
        if (std::find(values.begin(), values.end(), option->value) == values.end()) {
            values.push_back(option->value);
        }
    }
    return choose(question, std::move(values));
}

} // namespace readiness
