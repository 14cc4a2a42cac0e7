#include "checklist_loader.hpp"

#include "readiness/suggest.hpp"
#include "readiness/validation.hpp"

#include "checklist_keys.hpp"
#include "text_file.hpp"
#include "yaml_tree.hpp"

#include <fmt/format.h>

#include <array>

namespace readiness::io {

namespace {

namespace keys = checklist_keys;

constexpr std::array<std::string_view, 9> k_condition_forms{
    "in", "not_in", "equals", "at_least", "at_most", "answered", "all", "any", "not"};

class ChecklistReader {
public:
    explicit ChecklistReader(Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

    Checklist read(const YamlNode& root) {
        Checklist c;
        if (!expect_map(root, "a checklist", m_diagnostics)) {
            return c;
        }
        ObjectReader r(root, "the checklist", keys::checklist, m_diagnostics, c.source);
        c.id = r.text("id");
        c.title = r.text("title");
        c.version = r.text("version");
        c.description = r.text("description");
        c.sources = r.text_list("sources");
        c.departments =
            read_list<Department>(r, "departments", [&](const YamlNode& n) { return department(n); });
        c.groups = read_list<Group>(r, "groups", [&](const YamlNode& n) { return group(n); });
        c.dimensions = read_list<Dimension>(r, "dimensions", [&](const YamlNode& n) { return dimension(n); });
        c.scales = scales(r);
        c.levels = read_list<Level>(r, "levels", [&](const YamlNode& n) { return level(n); });
        c.questions = read_list<Question>(r, "questions", [&](const YamlNode& n) { return question(n); });
        return c;
    }

private:
    template <class Entity, class ReadOne>
    std::vector<Entity> read_list(ObjectReader& r, std::string_view key, ReadOne read_one) {
        const YamlNode* list = r.get(key);
        return list ? read_list_node<Entity>(*list, key, read_one) : std::vector<Entity>{};
    }

    // Reads a list of mappings, one entity each; items that are not mappings are reported.
    template <class Entity, class ReadOne>
    std::vector<Entity> read_list_node(const YamlNode& list, std::string_view key, ReadOne read_one) {
        std::vector<Entity> result;
        if (!list.is_sequence()) {
            m_diagnostics.push_back({Severity::error, list.location,
                                     fmt::format("'{}' must be a list, not {}", key, describe_kind(list))});
            return result;
        }
        for (const auto& item : list.items) {
            if (expect_map(item, fmt::format("each item of '{}'", key), m_diagnostics)) {
                result.push_back(read_one(item));
            }
        }
        return result;
    }

    static std::string name_of(std::string_view what, const YamlNode& node) {
        const YamlNode* id = node.find("id");
        if (id && id->is_scalar()) {
            return fmt::format("{} '{}'", what, id->scalar);
        }
        return std::string(what);
    }

    Department department(const YamlNode& node) {
        Department d;
        ObjectReader r(node, name_of("department", node), keys::department, m_diagnostics, d.source);
        d.id = r.text("id");
        d.name = r.text("name");
        d.weight = r.number("weight").value_or(1);
        d.description = r.text("description");
        d.leadership = r.boolean("leadership").value_or(false);
        return d;
    }

    Group group(const YamlNode& node) {
        Group g;
        ObjectReader r(node, name_of("group", node), keys::group, m_diagnostics, g.source);
        g.id = r.text("id");
        g.name = r.text("name");
        g.description = r.text("description");
        return g;
    }

    Dimension dimension(const YamlNode& node) {
        Dimension d;
        ObjectReader r(node, name_of("dimension", node), keys::dimension, m_diagnostics, d.source);
        d.id = r.text("id");
        d.name = r.text("name");
        d.group = r.text("group");
        d.description = r.text("description");
        return d;
    }

    Option option(const YamlNode& node) {
        Option o;
        ObjectReader r(node, "option", keys::option, m_diagnostics, o.source);
        o.value = r.text("value");
        o.label = r.text("label");
        o.score = r.number("score").value_or(0);
        return o;
    }

    Level level(const YamlNode& node) {
        Level l;
        ObjectReader r(node, name_of("level", node), keys::level, m_diagnostics, l.source);
        l.id = r.text("id");
        l.label = r.text("label");
        l.min = r.number("min").value_or(0);
        l.description = r.text("description");
        return l;
    }

    Band band(const YamlNode& node) {
        Band b;
        ObjectReader r(node, "band", keys::band, m_diagnostics, b.source);
        b.max = r.number("max");
        b.score = r.number("score").value_or(0);
        return b;
    }

    std::vector<Scale> scales(ObjectReader& r) {
        std::vector<Scale> result;
        const YamlNode* node = r.get("scales");
        if (!node || !expect_map(*node, "'scales'", m_diagnostics)) {
            return result;
        }
        for (const auto& [key, list] : node->entries) {
            Scale scale;
            scale.id = key.scalar;
            scale.source.self = key.location;
            scale.source.fields["id"] = key.location;
            scale.options = read_list_node<Option>(list, "scale " + key.scalar,
                                                   [&](const YamlNode& n) { return option(n); });
            result.push_back(std::move(scale));
        }
        return result;
    }

    Question question(const YamlNode& node) {
        Question q;
        ObjectReader r(node, name_of("question", node), keys::question, m_diagnostics, q.source);
        q.id = r.text("id");
        q.dimension = r.text("dimension");
        q.text = r.text("text");
        q.help = r.text("help");
        q.scale = r.text("scale");
        if (const YamlNode* options = r.get("options")) {
            q.options =
                read_list_node<Option>(*options, "options", [&](const YamlNode& n) { return option(n); });
        }
        q.type = question_type(r);
        q.unit = r.text("unit");
        q.min = r.number("min");
        q.max = r.number("max");
        if (const YamlNode* bands = r.get("bands")) {
            q.bands = read_list_node<Band>(*bands, "bands", [&](const YamlNode& n) { return band(n); });
        }
        q.weight = r.number("weight").value_or(1);
        q.departments = r.text_list("departments");
        q.critical = critical(r);
        q.target = r.number("target").value_or(1);
        q.effort = effort(r);
        if (const YamlNode* when = r.get("when")) {
            q.when = condition(*when);
        }
        q.action = r.text("action");
        q.actions = per_option_text(r, "actions", "action", q.source);
        q.recommendation = r.text("recommendation");
        q.recommendations = per_option_text(r, "recommendations", "recommendation", q.source);
        if (const YamlNode* evidence = r.get("evidence")) {
            q.evidence = read_list_node<EvidenceRule>(*evidence, "evidence",
                                                      [&](const YamlNode& n) { return evidence_rule(n); });
        }
        q.references = r.text_list("references");
        return q;
    }

    QuestionType question_type(ObjectReader& r) {
        const std::string type = r.text("type");
        if (type.empty()) {
            return QuestionType::choice;
        }
        for (auto candidate :
             {QuestionType::choice, QuestionType::multi, QuestionType::number, QuestionType::text}) {
            if (to_string(candidate) == type) {
                return candidate;
            }
        }
        const std::vector<std::string> types{"choice", "multi", "number", "text"};
        r.error_at("type", fmt::format("unknown question type '{}'; expected choice, multi, number or text{}",
                                       type, did_you_mean(type, types)));
        return QuestionType::choice;
    }

    std::optional<double> critical(ObjectReader& r) {
        const YamlNode* node = r.get("critical");
        if (!node) {
            return std::nullopt;
        }
        if (auto flag = parse_boolean(*node)) {
            return *flag ? std::optional<double>(k_default_critical_threshold) : std::nullopt;
        }
        if (auto threshold = parse_number(*node)) {
            return threshold;
        }
        r.error_at("critical",
                   fmt::format("'critical' must be true, false or a threshold in (0, 1], not {}",
                               node->is_scalar() ? "'" + node->scalar + "'" : describe_kind(*node)));
        return std::nullopt;
    }

    Effort effort(ObjectReader& r) {
        const std::string effort = r.text("effort");
        if (effort.empty()) {
            return Effort::medium;
        }
        for (auto candidate : {Effort::low, Effort::medium, Effort::high}) {
            if (to_string(candidate) == effort) {
                return candidate;
            }
        }
        r.error_at("effort", fmt::format("unknown effort '{}'; expected low, medium or high", effort));
        return Effort::medium;
    }

    // A map from option value to text (`recommendations`, `actions`); `item` names one entry in messages.
    std::vector<std::pair<std::string, std::string>>
    per_option_text(ObjectReader& r, std::string_view field, std::string_view item, SourceMap& source) {
        std::vector<std::pair<std::string, std::string>> result;
        const YamlNode* node = r.get(field);
        if (!node || !expect_map(*node, fmt::format("'{}'", field), m_diagnostics)) {
            return result;
        }
        for (const auto& [key, text] : node->entries) {
            source.fields[fmt::format("{}.{}", field, key.scalar)] = key.location;
            if (!text.is_scalar()) {
                m_diagnostics.push_back({Severity::error, text.location,
                                         fmt::format("the {} for '{}' must be text, not {}", item, key.scalar,
                                                     describe_kind(text))});
                continue;
            }
            result.emplace_back(key.scalar, text.scalar);
        }
        return result;
    }

    Condition condition(const YamlNode& node) {
        Condition c;
        if (!expect_map(node, "a condition", m_diagnostics)) {
            return c;
        }
        ObjectReader r(node, "condition", keys::condition, m_diagnostics, c.source);
        std::vector<std::string_view> forms;
        for (auto form : k_condition_forms) {
            if (node.find(form)) {
                forms.push_back(form);
            }
        }
        if (forms.size() != 1) {
            m_diagnostics.push_back(
                {Severity::error, node.location,
                 forms.empty()
                     ? std::string("a condition needs one of in, not_in, equals, at_least, at_most, "
                                   "answered, all, any, not")
                     : fmt::format(
                           "a condition takes one of in, not_in, equals, at_least, at_most, answered, "
                           "all, any, not; this one has {}: combine them with 'all' or 'any'",
                           fmt::join(forms, " and "))});
            return c;
        }
        const std::string_view form = forms.front();
        const bool compound = form == "all" || form == "any" || form == "not";
        if (compound && node.find("question")) {
            r.error_at("question", fmt::format("'question' does not go with '{}'", form));
        } else if (!compound && !node.find("question")) {
            m_diagnostics.push_back(
                {Severity::error, node.location, fmt::format("the condition '{}' needs 'question'", form)});
        }
        c.question = r.text("question");
        if (form == "in" || form == "not_in") {
            c.kind = form == "in" ? ConditionKind::in : ConditionKind::not_in;
            c.values = r.text_list(form);
            if (c.values.empty() && r.get(form) && r.get(form)->is_sequence()) {
                r.error_at(form, fmt::format("'{}' needs at least one value", form));
            }
        } else if (form == "equals") {
            c.kind = ConditionKind::equals;
            c.values.push_back(r.text("equals"));
        } else if (form == "at_least" || form == "at_most") {
            c.kind = form == "at_least" ? ConditionKind::at_least : ConditionKind::at_most;
            c.number = r.number(form).value_or(0);
        } else if (form == "answered") {
            c.kind = ConditionKind::answered;
            c.answered = r.boolean("answered").value_or(true);
        } else if (form == "not") {
            c.kind = ConditionKind::negation;
            if (const YamlNode* child = r.get("not")) {
                c.children.push_back(condition(*child));
            }
        } else {
            c.kind = form == "all" ? ConditionKind::all : ConditionKind::any;
            if (const YamlNode* list = r.get(form)) {
                if (!list->is_sequence() || list->items.empty()) {
                    r.error_at(form, fmt::format("'{}' must be a list of at least one condition", form));
                } else {
                    for (const auto& child : list->items) {
                        c.children.push_back(condition(child));
                    }
                }
            }
        }
        return c;
    }

    EvidenceRule evidence_rule(const YamlNode& node) {
        EvidenceRule e;
        ObjectReader r(node, "evidence rule", keys::evidence, m_diagnostics, e.source);
        e.file = r.text("file");
        const int kinds = int{r.has("contains")} + int{r.has("headings")} + int{r.has("key")};
        if (kinds != 1) {
            m_diagnostics.push_back(
                {Severity::error, node.location,
                 kinds == 0 ? "an evidence rule needs one of 'contains', 'headings' or 'key'"
                            : "an evidence rule takes only one of 'contains', 'headings' or 'key'; "
                              "write a rule for each"});
        }
        if (r.has("contains")) {
            e.kind = EvidenceKind::contains;
            e.phrases = r.text_list("contains");
        } else if (r.has("headings")) {
            e.kind = EvidenceKind::headings;
            e.phrases = r.text_list("headings");
        } else {
            e.kind = EvidenceKind::key;
            e.key = r.text("key");
        }
        return e;
    }

    Diagnostics& m_diagnostics;
};

} // namespace

ChecklistLoad load_checklist_text(const std::string& text, const std::string& file_name) {
    ChecklistLoad load;
    YamlDocument document = parse_yaml_expecting(text, file_name, "a checklist");
    load.diagnostics = std::move(document.diagnostics);
    if (!document.root) {
        return load;
    }
    load.checklist = ChecklistReader(load.diagnostics).read(*document.root);
    if (document.root->is_map()) {
        auto semantic = validate_checklist(load.checklist);
        load.diagnostics.insert(load.diagnostics.end(), semantic.begin(), semantic.end());
    }
    sort_by_location(load.diagnostics);
    return load;
}

ChecklistLoad load_checklist_file(const std::filesystem::path& path, const std::string& display_name) {
    ChecklistLoad load;
    const auto text = read_checked_text(path, display_name, load.diagnostics, load.readable);
    if (!text) {
        return load;
    }
    return load_checklist_text(*text, display_name);
}

} // namespace readiness::io
