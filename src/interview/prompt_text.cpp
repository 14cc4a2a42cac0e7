#include "interview/prompt_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace readiness::interview {

namespace {

// "in hours, from 0 to 168"; "" when the question has neither unit nor range.
std::string number_range(const Question& question) {
    std::string text;
    if (!question.unit.empty()) {
        text = " in " + question.unit;
    }
    if (question.min && question.max) {
        text += fmt::format(", from {} to {}", *question.min, *question.max);
    } else if (question.min) {
        text += fmt::format(", at least {}", *question.min);
    } else if (question.max) {
        text += fmt::format(", at most {}", *question.max);
    }
    return text;
}

std::string how_to_answer(const Question& question) {
    switch (question.type) {
    case QuestionType::choice:
        return "Answer with an option's number, value or label.";
    case QuestionType::multi:
        return "Answer with one or more options' numbers, values or labels, separated by commas or spaces.";
    case QuestionType::number:
        return fmt::format("Answer with a number{}.", number_range(question));
    case QuestionType::text:
        return "Answer in your own words.";
    }
    return {};
}

constexpr const char* k_commands = "Commands: ? help, b back, s skip, n add a note, q save and quit, n/a not "
                                   "applicable; an empty line keeps an existing answer.\n";

std::size_t columns_of(std::string_view text) {
    std::size_t columns = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') { // ESC [ … final byte
            i += 2;
            while (i < text.size() && (text[i] < '@' || text[i] > '~')) {
                ++i;
            }
            continue;
        }
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) { // not a continuation byte
            ++columns;
        }
    }
    return columns;
}

constexpr std::string_view k_bold = "\x1b[1m";
constexpr std::string_view k_bold_cyan = "\x1b[1;36m";
constexpr std::string_view k_dim = "\x1b[2m";
constexpr std::string_view k_reset = "\x1b[0m";

std::string emphasise_line(std::string_view line, std::size_t index) {
    if (index == 0) {
        return fmt::format("{}{}{}", k_bold_cyan, line, k_reset);
    }
    if (index == 1) {
        return fmt::format("{}{}{}", k_bold, line, k_reset);
    }
    const std::size_t digits = line.find_first_not_of("0123456789", 2);
    if (line.starts_with("  ") && digits != std::string_view::npos && digits > 2 && line[digits] == '.') {
        return fmt::format("  {}{}{}{}", k_bold, line.substr(2, digits - 1), k_reset,
                           line.substr(digits + 1));
    }
    if (line.starts_with("  (")) {
        return fmt::format("{}{}{}", k_dim, line, k_reset);
    }
    return std::string(line);
}

void wrap_line(std::string_view line, std::size_t width, std::string& out) {
    if (columns_of(line) <= width) {
        out += line;
        return;
    }
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    const std::string margin(indent, ' ');
    std::size_t used = indent; // the columns on the current output line
    bool first_word = true;
    out += margin;
    std::string_view rest = line.substr(indent);
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find(' '), rest.size());
        const std::string_view word = rest.substr(0, end);
        rest.remove_prefix(end);
        while (!rest.empty() && rest.front() == ' ') {
            rest.remove_prefix(1);
        }
        if (word.empty()) {
            continue;
        }
        const std::size_t length = columns_of(word);
        if (!first_word && used + 1 + length > width) {
            out += '\n';
            out += margin;
            used = indent;
            first_word = true;
        }
        if (!first_word) {
            out += ' ';
            ++used;
        }
        out += word;
        used += length;
        first_word = false;
    }
}

} // namespace

std::string emphasise_question(std::string_view text) {
    std::string out;
    std::size_t index = 0;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        out += emphasise_line(text.substr(0, end), index++);
        if (end < text.size()) {
            out += '\n';
        }
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return out;
}

std::string wrap_text(std::string_view text, std::size_t width) {
    if (width == 0) {
        return std::string(text);
    }
    std::string out;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        if (end == std::string_view::npos) {
            wrap_line(text, width, out);
            break;
        }
        wrap_line(text.substr(0, end), width, out);
        out += '\n';
        text.remove_prefix(end + 1);
    }
    return out;
}

std::string format_progress(const Progress& progress) {
    return fmt::format("[{}/{}] {}", progress.position, progress.total, progress.dimension);
}

std::string format_question(const Checklist& checklist, const Question& question, const Progress& progress,
                            const Answer* existing) {
    std::string out = format_progress(progress) + "\n" + question.text + "\n";
    switch (question.type) {
    case QuestionType::choice:
    case QuestionType::multi: {
        std::size_t number = 1;
        for (const auto& option : checklist.options_of(question)) {
            out += fmt::format("  {}. {}\n", number, option.label);
            ++number;
        }
        if (question.type == QuestionType::multi) {
            out += "  (one or more, separated by commas or spaces)\n";
        }
        break;
    }
    case QuestionType::number:
        out += fmt::format("  (a number{})\n", number_range(question));
        break;
    case QuestionType::text:
        out += "  (your own words)\n";
        break;
    }
    if (existing && !existing->note.empty()) {
        out += fmt::format("  note: {}\n", existing->note);
    }
    return out;
}

std::string format_prompt(const Checklist& checklist, const Question& question, const Answer* existing) {
    if (!existing || !existing->is_answered()) {
        return "> ";
    }
    return fmt::format("[{}] > ", describe_answer(checklist, question, *existing));
}

std::string describe_answer(const Checklist& checklist, const Question& question, const Answer& answer) {
    switch (answer.kind) {
    case AnswerKind::none:
        return {};
    case AnswerKind::not_applicable:
        return "n/a";
    case AnswerKind::text:
        return answer.text;
    case AnswerKind::number:
        return question.unit.empty() ? fmt::format("{}", answer.number)
                                     : fmt::format("{} {}", answer.number, question.unit);
    case AnswerKind::choice:
    case AnswerKind::multi: {
        std::vector<std::string> labels;
        for (const auto& value : answer.choices) {
            const Option* option = checklist.match_option(question, value);
            labels.push_back(option ? option->label : value);
        }
        return fmt::format("{}", fmt::join(labels, ", "));
    }
    }
    return {};
}

std::string what_to_type(const Checklist& checklist, const Question& question, bool skip) {
    const std::size_t count = checklist.options_of(question).size();
    const std::string numbers = count == 1 ? "1" : fmt::format("1–{}", count);
    std::string answer;
    switch (question.type) {
    case QuestionType::choice:
        answer = fmt::format("{}, an option's name", numbers);
        break;
    case QuestionType::multi:
        answer = fmt::format("one or more of {} or options' names", numbers);
        break;
    case QuestionType::number:
        answer = "a number";
        if (question.min && question.max) {
            answer += fmt::format(" from {} to {}", *question.min, *question.max);
        } else if (question.min) {
            answer += fmt::format(" of at least {}", *question.min);
        } else if (question.max) {
            answer += fmt::format(" of at most {}", *question.max);
        }
        break;
    case QuestionType::text:
        answer = "your answer";
        break;
    }
    return fmt::format("type {}, n/a, {}or ? for help", answer, skip ? "s to skip, " : "");
}

std::string format_rejection(const Checklist& checklist, const Question& question, std::string_view reason,
                             bool skip) {
    return fmt::format("{}; {}", reason, what_to_type(checklist, question, skip));
}

std::string format_help(const Checklist& checklist, const Question& question) {
    std::string out;
    if (!question.help.empty()) {
        out += question.help + "\n";
    }
    out += how_to_answer(question) + "\n";
    std::size_t number = 1;
    for (const auto& option : checklist.options_of(question)) {
        out += fmt::format("  {}. {} ({})\n", number, option.label, option.value);
        ++number;
    }
    return out + k_commands;
}

} // namespace readiness::interview
