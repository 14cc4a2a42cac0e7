#include "readiness/checklist.hpp"

#include <algorithm>
#include <cctype>

namespace readiness {

namespace {

template <class Entity>
const Entity* find_by_id(const std::vector<Entity>& entities, std::string_view id) {
    auto it = std::find_if(entities.begin(), entities.end(), [&](const Entity& e) { return e.id == id; });
    return it == entities.end() ? nullptr : &*it;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

} // namespace

const Location& SourceMap::at(std::string_view field) const {
    auto it = fields.find(field);
    return it == fields.end() ? self : it->second;
}

bool Question::applies_to(std::string_view department) const {
    return departments.empty() ||
           std::find(departments.begin(), departments.end(), department) != departments.end();
}

const Department* Checklist::find_department(std::string_view wanted) const {
    return find_by_id(departments, wanted);
}
const Group* Checklist::find_group(std::string_view wanted) const {
    return find_by_id(groups, wanted);
}
const Dimension* Checklist::find_dimension(std::string_view wanted) const {
    return find_by_id(dimensions, wanted);
}
const Scale* Checklist::find_scale(std::string_view wanted) const {
    return find_by_id(scales, wanted);
}
const Question* Checklist::find_question(std::string_view wanted) const {
    return find_by_id(questions, wanted);
}

std::optional<std::size_t> Checklist::question_index(std::string_view wanted) const {
    for (std::size_t i = 0; i < questions.size(); ++i) {
        if (questions[i].id == wanted) {
            return i;
        }
    }
    return std::nullopt;
}

std::span<const Option> Checklist::options_of(const Question& question) const {
    if (!question.scale.empty()) {
        const Scale* scale = find_scale(question.scale);
        return scale ? std::span<const Option>(scale->options) : std::span<const Option>();
    }
    return question.options;
}

const Option* Checklist::match_option(const Question& question, std::string_view answer) const {
    const auto options = options_of(question);
    for (const auto& option : options) {
        if (option.value == answer) {
            return &option;
        }
    }
    for (const auto& option : options) {
        if (equals_ignoring_case(option.value, answer)) {
            return &option;
        }
    }
    for (const auto& option : options) {
        if (equals_ignoring_case(option.label, answer)) {
            return &option;
        }
    }
    return nullptr;
}

const Level* Checklist::level_for(double score) const {
    return readiness::level_for(levels, score);
}

const Level* level_for(const std::vector<Level>& levels, double score) {
    const Level* found = levels.empty() ? nullptr : &levels.front();
    for (const auto& level : levels) {
        if (level.min <= score) {
            found = &level;
        }
    }
    return found;
}

std::string_view to_string(QuestionType type) {
    switch (type) {
    case QuestionType::choice:
        return "choice";
    case QuestionType::multi:
        return "multi";
    case QuestionType::number:
        return "number";
    case QuestionType::text:
        return "text";
    }
    return "choice";
}

std::string_view to_string(Effort effort) {
    switch (effort) {
    case Effort::low:
        return "low";
    case Effort::medium:
        return "medium";
    case Effort::high:
        return "high";
    }
    return "medium";
}

} // namespace readiness
