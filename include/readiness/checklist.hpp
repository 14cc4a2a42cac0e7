#pragma once

#include "readiness/diagnostic.hpp"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace readiness {

// Where an entity and each of its fields were written. Fields of list items are named "field.N" (from 0).
// `at` falls back to the entity's own place, so a model built in code (no source) still works.
struct SourceMap {
    Location self;
    std::map<std::string, Location, std::less<>> fields;

    const Location& at(std::string_view field) const;
};

struct Department {
    std::string id;
    std::string name;
    double weight = 1;
    std::string description;
    bool leadership = false; // whose view the report compares with the front line's (every other department)
    SourceMap source;
};

struct Group {
    std::string id;
    std::string name;
    std::string description;
    SourceMap source;
};

struct Dimension {
    std::string id;
    std::string name;
    std::string group;
    std::string description;
    SourceMap source;
};

struct Option {
    std::string value;
    std::string label;
    double score = 0;
    SourceMap source;
};

struct Scale {
    std::string id;
    std::vector<Option> options;
    SourceMap source;
};

struct Level {
    std::string id;
    std::string label;
    double min = 0;
    std::string description;
    SourceMap source;
};

// A number question's score: the first band whose `max` is at least the value; the last has no `max`.
struct Band {
    std::optional<double> max;
    double score = 0;
    SourceMap source;
};

enum class ConditionKind { in, not_in, equals, at_least, at_most, answered, all, any, negation };

// Skip logic. Leaf forms name an earlier `question`; `all`/`any`/`negation` hold `children` (one for
// negation).
struct Condition {
    ConditionKind kind = ConditionKind::answered;
    std::string question;
    std::vector<std::string> values; // in, not_in; equals holds exactly one
    double number = 0;               // at_least, at_most
    bool answered = true;            // answered
    std::vector<Condition> children;
    SourceMap source;
};

enum class EvidenceKind { contains, headings, key };

// Reads the organisation's own files under the evidence directory; `file` is a glob relative to it.
struct EvidenceRule {
    std::string file;
    EvidenceKind kind = EvidenceKind::contains;
    std::vector<std::string> phrases; // contains, headings
    std::string key;                  // key: a dotted path
    SourceMap source;
};

enum class QuestionType { choice, multi, number, text };
enum class Effort { low, medium, high };

struct Question {
    std::string id;
    QuestionType type = QuestionType::choice;
    std::string dimension;
    std::string text;
    std::string help;
    std::string scale;           // a named scale, or empty when `options` are inline
    std::vector<Option> options; // inline options
    std::string unit;
    std::optional<double> min;
    std::optional<double> max;
    std::vector<Band> bands;
    double weight = 1;
    std::vector<std::string> departments; // empty: every department
    std::optional<double> critical;       // the threshold below which the question is a blocker
    double target = 1;
    Effort effort = Effort::medium;
    std::optional<Condition> when;
    std::string action; // what to do, as a short imperative for the roadmap ("Name one accountable owner")
    std::vector<std::pair<std::string, std::string>> actions; // option value -> action, file order
    std::string recommendation;
    std::vector<std::pair<std::string, std::string>> recommendations; // option value -> advice, file order
    std::vector<EvidenceRule> evidence;
    std::vector<std::string> references;
    SourceMap source;

    bool is_scored() const { return type != QuestionType::text; }
    bool applies_to(std::string_view department) const;
    // The roadmap's wording: the action, else (a checklist without actions) the question's text.
    const std::string& action_or_text() const { return action.empty() ? text : action; }
};

inline constexpr double k_default_critical_threshold = 0.5;

struct Checklist {
    std::string id;
    std::string title;
    std::string version;
    std::string description;
    std::vector<std::string> sources;
    std::vector<Department> departments;
    std::vector<Group> groups;
    std::vector<Dimension> dimensions;
    std::vector<Scale> scales;
    std::vector<Level> levels;
    std::vector<Question> questions;
    SourceMap source;

    const Department* find_department(std::string_view wanted) const;
    const Group* find_group(std::string_view wanted) const;
    const Dimension* find_dimension(std::string_view wanted) const;
    const Scale* find_scale(std::string_view wanted) const;
    const Question* find_question(std::string_view wanted) const;
    std::optional<std::size_t> question_index(std::string_view wanted) const;

    // The options a choice or multi question offers: its named scale's, or its inline ones.
    std::span<const Option> options_of(const Question& question) const;
    // The option an answer names: its value exactly, else its value ignoring ASCII case, else its label
    // ignoring ASCII case.
    const Option* match_option(const Question& question, std::string_view answer) const;
    // The level whose band holds `score` (the last whose `min` ≤ score); null when there are no levels.
    const Level* level_for(double score) const;
};

std::string_view to_string(QuestionType type);
std::string_view to_string(Effort effort);

// The last level whose `min` is at most `score` (the first level below them all); none without levels.
const Level* level_for(const std::vector<Level>& levels, double score);

// Ids of a list of entities, in order; for "did you mean" and listings.
template <class Entity>
std::vector<std::string> ids_of(const std::vector<Entity>& entities) {
    std::vector<std::string> ids;
    ids.reserve(entities.size());
    for (const auto& entity : entities) {
        ids.push_back(entity.id);
    }
    return ids;
}

} // namespace readiness
