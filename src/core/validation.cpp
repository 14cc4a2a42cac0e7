#include "readiness/validation.hpp"

#include "readiness/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace readiness {

namespace {

class Checker {
public:
    explicit Checker(const Checklist& checklist) : m_checklist(checklist) {}

    Diagnostics run() {
        check_id(m_checklist.id, m_checklist.source.at("id"), "checklist");
        check_departments();
        check_groups_and_dimensions();
        check_scales();
        check_levels();
        check_questions();
        return std::move(m_diagnostics);
    }

private:
    template <class... Args>
    void error(const Location& where, fmt::format_string<Args...> format, Args&&... args) {
        m_diagnostics.push_back({Severity::error, where, fmt::format(format, std::forward<Args>(args)...)});
    }

    void check_id(const std::string& id, const Location& where, std::string_view what) {
        if (!id.empty() && !is_valid_id(id)) {
            error(where,
                  "{} id '{}' must be lowercase letters, digits, '.', '_' or '-', starting with a letter or "
                  "digit",
                  what, id);
        }
    }

    // Reports ids that were already used earlier in the same list.
    template <class Entity>
    void check_unique(const std::vector<Entity>& entities, std::string_view what) {
        std::map<std::string, const Entity*, std::less<>> seen;
        for (const auto& entity : entities) {
            check_id(entity.id, entity.source.at("id"), what);
            if (entity.id.empty()) {
                continue;
            }
            auto [it, inserted] = seen.emplace(entity.id, &entity);
            if (!inserted) {
                error(entity.source.at("id"), "duplicate {} id '{}' (first defined at line {})", what,
                      entity.id, it->second->source.at("id").line);
            }
        }
    }

    void check_weight(double weight, const Location& where, std::string_view what) {
        if (!(weight > 0) || !std::isfinite(weight)) {
            error(where, "{} weight must be greater than 0, not {}", what, weight);
        }
    }

    void check_score(double score, const Location& where, std::string_view what) {
        if (!(score >= 0 && score <= 1)) {
            error(where, "{} must be between 0 and 1, not {}", what, score);
        }
    }

    void check_departments() {
        check_unique(m_checklist.departments, "department");
        for (const auto& department : m_checklist.departments) {
            check_weight(department.weight, department.source.at("weight"), "department");
        }
    }

    void check_groups_and_dimensions() {
        check_unique(m_checklist.groups, "group");
        check_unique(m_checklist.dimensions, "dimension");
        const auto group_ids = ids_of(m_checklist.groups);
        for (const auto& dimension : m_checklist.dimensions) {
            if (!dimension.group.empty() && !m_checklist.find_group(dimension.group)) {
                error(dimension.source.at("group"), "dimension '{}' names unknown group '{}'{}", dimension.id,
                      dimension.group, did_you_mean(dimension.group, group_ids));
            }
        }
    }

    void check_options(const std::vector<Option>& options, const Location& where, std::string_view owner) {
        if (options.empty()) {
            error(where, "{} has no options", owner);
        }
        std::map<std::string, int, std::less<>> seen;
        for (const auto& option : options) {
            check_score(option.score, option.source.at("score"),
                        fmt::format("the score of option '{}'", option.value));
            if (option.value.empty()) {
                continue;
            }
            if (option.value == "n/a") {
                error(option.source.at("value"), "option value 'n/a' is reserved for 'not applicable'");
            }
            auto [it, inserted] = seen.emplace(option.value, option.source.at("value").line);
            if (!inserted) {
                error(option.source.at("value"), "duplicate option value '{}' in {} (first at line {})",
                      option.value, owner, it->second);
            }
        }
    }

    void check_scales() {
        check_unique(m_checklist.scales, "scale");
        for (const auto& scale : m_checklist.scales) {
            check_options(scale.options, scale.source.self, fmt::format("scale '{}'", scale.id));
        }
    }

    void check_levels() {
        check_unique(m_checklist.levels, "level");
        const auto& levels = m_checklist.levels;
        if (levels.empty()) {
            if (m_checklist.source.fields.count("levels") == 0) {
                return; // the missing key was reported when the file was read
            }
            error(m_checklist.source.at("levels"), "the checklist needs at least one level");
            return;
        }
        if (levels.front().min != 0) {
            error(levels.front().source.at("min"), "the first level must start at min 0, not {}",
                  levels.front().min);
        }
        for (std::size_t i = 0; i < levels.size(); ++i) {
            if (levels[i].min < 0 || levels[i].min > 100) {
                error(levels[i].source.at("min"), "level '{}' min must be between 0 and 100, not {}",
                      levels[i].id, levels[i].min);
            }
            if (i > 0 && levels[i].min <= levels[i - 1].min) {
                error(levels[i].source.at("min"),
                      "levels must be in ascending order of min: '{}' ({}) after '{}' ({})", levels[i].id,
                      levels[i].min, levels[i - 1].id, levels[i - 1].min);
            }
        }
    }

    void check_questions() {
        check_unique(m_checklist.questions, "question");
        for (std::size_t i = 0; i < m_checklist.questions.size(); ++i) {
            check_question(m_checklist.questions[i], i);
        }
    }

    void check_question(const Question& q, std::size_t index) {
        const auto& src = q.source;
        if (!q.dimension.empty() && !m_checklist.find_dimension(q.dimension)) {
            error(src.at("dimension"), "question '{}' names unknown dimension '{}'{}", q.id, q.dimension,
                  did_you_mean(q.dimension, ids_of(m_checklist.dimensions)));
        }
        check_weight(q.weight, src.at("weight"), "question");
        check_score(q.target, src.at("target"), "target");
        if (q.critical && !(*q.critical > 0 && *q.critical <= 1)) {
            error(src.at("critical"), "critical must be true, false or a threshold in (0, 1], not {}",
                  *q.critical);
        }
        const auto department_ids = ids_of(m_checklist.departments);
        for (std::size_t i = 0; i < q.departments.size(); ++i) {
            const auto& department = q.departments[i];
            if (!m_checklist.find_department(department)) {
                error(src.at(fmt::format("departments.{}", i)),
                      "question '{}' names unknown department '{}'{}", q.id, department,
                      did_you_mean(department, department_ids));
            }
        }
        check_answer_shape(q);
        if (q.when) {
            check_condition(*q.when, q, index);
        }
        check_per_option_text(q, "recommendations", "recommendation", q.recommendations);
        check_per_option_text(q, "actions", "action", q.actions);
        check_action(q.source.at("action"), q.action);
        for (const auto& [value, action] : q.actions) {
            check_action(q.source.at("actions." + value), action);
        }
        for (const auto& rule : q.evidence) {
            if (!is_contained_path(rule.file)) {
                error(rule.source.at("file"),
                      "evidence path '{}' must be relative and stay inside the evidence "
                      "directory (no leading '/', no '..')",
                      rule.file);
            }
            if (rule.kind == EvidenceKind::key && q.type != QuestionType::number &&
                q.type != QuestionType::choice) {
                error(rule.source.at("key"),
                      "a 'key' evidence rule needs a number or choice question, not {}", to_string(q.type));
            }
        }
    }

    void check_answer_shape(const Question& q) {
        const auto& src = q.source;
        const bool has_choices = q.type == QuestionType::choice || q.type == QuestionType::multi;
        if (has_choices) {
            if (!q.scale.empty() && !q.options.empty()) {
                error(src.at("options"), "question '{}' has both 'scale' and 'options'; keep one", q.id);
            } else if (q.scale.empty() && q.options.empty()) {
                error(src.self, "{} question '{}' needs 'scale' or 'options'", to_string(q.type), q.id);
            } else if (!q.scale.empty() && !m_checklist.find_scale(q.scale)) {
                error(src.at("scale"), "question '{}' names unknown scale '{}'{}", q.id, q.scale,
                      did_you_mean(q.scale, ids_of(m_checklist.scales)));
            } else if (!q.options.empty()) {
                check_options(q.options, src.at("options"), fmt::format("question '{}'", q.id));
            }
        } else if (!q.scale.empty() || !q.options.empty()) {
            error(src.at(q.scale.empty() ? "options" : "scale"), "{} question '{}' cannot have options",
                  to_string(q.type), q.id);
        }
        if (q.type != QuestionType::number) {
            for (const char* field : {"unit", "min", "max", "bands"}) {
                if (src.fields.count(field) != 0) {
                    error(src.at(field), "'{}' is only for number questions; '{}' is a {} question", field,
                          q.id, to_string(q.type));
                }
            }
            return;
        }
        if (q.min && q.max && *q.min > *q.max) {
            error(src.at("min"), "question '{}' has min {} above max {}", q.id, *q.min, *q.max);
        }
        if (q.bands.empty()) {
            error(src.self, "number question '{}' needs 'bands'", q.id);
        }
        for (std::size_t i = 0; i < q.bands.size(); ++i) {
            const Band& band = q.bands[i];
            check_score(band.score, band.source.at("score"), "a band score");
            const bool last = i + 1 == q.bands.size();
            if (!last && !band.max) {
                error(band.source.self, "only the last band may leave out 'max'");
            }
            if (last && band.max) {
                error(band.source.at("max"),
                      "the last band must leave out 'max' so that every value has a score");
            }
            if (i > 0 && band.max && q.bands[i - 1].max && *band.max <= *q.bands[i - 1].max) {
                error(band.source.at("max"), "bands must be in ascending order of max: {} after {}",
                      *band.max, *q.bands[i - 1].max);
            }
        }
    }

    void check_condition(const Condition& c, const Question& owner, std::size_t owner_index) {
        if (c.kind == ConditionKind::all || c.kind == ConditionKind::any ||
            c.kind == ConditionKind::negation) {
            for (const auto& child : c.children) {
                check_condition(child, owner, owner_index);
            }
            return;
        }
        if (c.question.empty()) {
            return;
        }
        const auto index = m_checklist.question_index(c.question);
        const Location& where = c.source.at("question");
        if (!index) {
            error(where, "'when' of question '{}' names unknown question '{}'{}", owner.id, c.question,
                  did_you_mean(c.question, ids_of(m_checklist.questions)));
            return;
        }
        if (*index == owner_index) {
            error(where, "'when' of question '{}' names the question itself", owner.id);
            return;
        }
        if (*index > owner_index) {
            error(where,
                  "'when' of question '{}' names '{}', which comes later in the file; a condition may only "
                  "name an earlier question",
                  owner.id, c.question);
            return;
        }
        check_condition_values(c, m_checklist.questions[*index]);
    }

    void check_condition_values(const Condition& c, const Question& target) {
        const bool has_choices = target.type == QuestionType::choice || target.type == QuestionType::multi;
        if ((c.kind == ConditionKind::at_least || c.kind == ConditionKind::at_most) &&
            target.type == QuestionType::text) {
            error(c.source.self, "'{}' is a text question; it cannot be compared with a number", target.id);
        }
        if (c.kind != ConditionKind::in && c.kind != ConditionKind::not_in &&
            c.kind != ConditionKind::equals) {
            return;
        }
        if (!has_choices) {
            return;
        }
        const auto options = m_checklist.options_of(target);
        std::vector<std::string> values;
        for (const auto& option : options) {
            values.push_back(option.value);
        }
        const std::string field = c.kind == ConditionKind::in       ? "in"
                                  : c.kind == ConditionKind::not_in ? "not_in"
                                                                    : "equals";
        for (std::size_t i = 0; i < c.values.size(); ++i) {
            if (std::find(values.begin(), values.end(), c.values[i]) == values.end() && !options.empty()) {
                error(c.source.at(c.kind == ConditionKind::equals ? field : fmt::format("{}.{}", field, i)),
                      "'{}' is not an option of '{}' (options: {}){}", c.values[i], target.id,
                      fmt::join(values, ", "), did_you_mean(c.values[i], values));
            }
        }
    }

    // An action is a short imperative that the roadmap lists: it says what to do, it does not ask.
    void check_action(const Location& where, std::string_view action) {
        // Characters, not bytes: every UTF-8 byte but a continuation byte starts one.
        const auto characters =
            static_cast<std::size_t>(std::count_if(action.begin(), action.end(), [](char c) {
                return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            }));
        if (characters > k_action_limit) {
            error(where,
                  "an action is at most {} characters (this one has {}): put the detail in the "
                  "recommendation",
                  k_action_limit, characters);
        }
        if (!action.empty() && action.back() == '?') {
            error(where, "an action says what to do, not a question: '{}'", action);
        }
    }
    static constexpr std::size_t k_action_limit = 80;

    // `recommendations` and `actions` are keyed by the question's option values.
    void check_per_option_text(const Question& q, std::string_view field, std::string_view item,
                               const std::vector<std::pair<std::string, std::string>>& entries) {
        if (entries.empty()) {
            return;
        }
        std::vector<std::string> values;
        for (const auto& option : m_checklist.options_of(q)) {
            values.push_back(option.value);
        }
        for (const auto& [value, text] : entries) {
            if (std::find(values.begin(), values.end(), value) == values.end()) {
                error(q.source.at(fmt::format("{}.{}", field, value)),
                      "{} for '{}', which is not an option of '{}'{}", item, value, q.id,
                      did_you_mean(value, values));
            }
        }
    }

    const Checklist& m_checklist;
    Diagnostics m_diagnostics;
};

} // namespace

bool is_valid_id(std::string_view id) {
    const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (id.empty() || !alnum(id.front())) {
        return false;
    }
    return std::all_of(id.begin(), id.end(),
                       [&](char c) { return alnum(c) || c == '.' || c == '_' || c == '-'; });
}

bool is_contained_path(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos ||
        (path.size() > 1 && path[1] == ':')) {
        return false;
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        if (path.substr(start, end - start) == "..") {
            return false;
        }
        start = end + 1;
    }
    return true;
}

Diagnostics validate_checklist(const Checklist& checklist) {
    return Checker(checklist).run();
}

} // namespace readiness
