#include "answer_file.hpp"

#include "readiness/answer_input.hpp"
#include "readiness/suggest.hpp"

#include "answer_keys.hpp"
#include "text_file.hpp"
#include "yaml_quote.hpp"
#include "yaml_tree.hpp"

#include <fmt/format.h>

#include <array>

namespace readiness::io {

namespace {

bool is_iso_date(std::string_view date) {
    const auto digit = [&](std::size_t i) { return date[i] >= '0' && date[i] <= '9'; };
    return date.size() == 10 && date[4] == '-' && date[7] == '-' && digit(0) && digit(1) && digit(2) &&
           digit(3) && digit(5) && digit(6) && digit(8) && digit(9);
}

class AnswerReader {
public:
    AnswerReader(const Checklist& checklist, Diagnostics& diagnostics)
        : m_checklist(checklist), m_diagnostics(diagnostics) {}

    AnswerSheet read(const YamlNode& root) {
        AnswerSheet sheet;
        sheet.location = root.location;
        SourceMap source;
        ObjectReader r(root, "the answer file", answer_keys::answers, m_diagnostics, source);
        sheet.checklist = r.text("checklist");
        sheet.checklist_version = r.text("checklist_version");
        sheet.organisation = r.text("organisation");
        sheet.date = r.text("date");
        if (!sheet.checklist.empty() && sheet.checklist != m_checklist.id &&
            closest_match(sheet.checklist, std::array{m_checklist.id})) {
            r.error_at("checklist",
                       fmt::format("these answers are for checklist '{}', but the active checklist "
                                   "is '{}' (did you mean '{}'?)",
                                   sheet.checklist, m_checklist.id, m_checklist.id));
        } else if (!sheet.checklist.empty() && sheet.checklist != m_checklist.id) {
            r.error_at("checklist",
                       fmt::format("these answers are for checklist '{}', but the active checklist is "
                                   "'{}'; choose it with -c {}",
                                   sheet.checklist, m_checklist.id, sheet.checklist));
        } else if (!sheet.checklist_version.empty() && sheet.checklist_version != m_checklist.version) {
            m_diagnostics.push_back(
                {Severity::warning, source.at("checklist_version"),
                 fmt::format("these answers were given to version {} of '{}'; the active "
                             "checklist is version {}",
                             sheet.checklist_version, m_checklist.id, m_checklist.version)});
        }
        if (!sheet.date.empty() && !is_iso_date(sheet.date)) {
            r.error_at("date", fmt::format("'date' must be written YYYY-MM-DD, not '{}'", sheet.date));
        }
        if (const YamlNode* respondent = r.get("respondent")) {
            sheet.respondent = read_respondent(*respondent);
        }
        if (const YamlNode* answers = r.get("answers")) {
            if (expect_map(*answers, "'answers'", m_diagnostics)) {
                for (const auto& [key, value] : answers->entries) {
                    read_answer(key, value, sheet);
                }
            }
        }
        return sheet;
    }

private:
    Respondent read_respondent(const YamlNode& node) {
        Respondent respondent;
        if (!expect_map(node, "'respondent'", m_diagnostics)) {
            return respondent;
        }
        SourceMap source;
        ObjectReader r(node, "respondent", answer_keys::respondent, m_diagnostics, source);
        respondent.name = r.text("name");
        respondent.department = r.text("department");
        respondent.role = r.text("role");
        if (!respondent.department.empty() && !m_checklist.find_department(respondent.department)) {
            const auto ids = ids_of(m_checklist.departments);
            r.error_at("department",
                       fmt::format("unknown department '{}' (departments: {}){}", respondent.department,
                                   fmt::join(ids, ", "), did_you_mean(respondent.department, ids)));
        }
        return respondent;
    }

    void read_answer(const YamlNode& key, const YamlNode& node, AnswerSheet& sheet) {
        const Question* question = m_checklist.find_question(key.scalar);
        if (!question) {
            m_diagnostics.push_back({Severity::error, key.location,
                                     fmt::format("unknown question '{}'{}", key.scalar,
                                                 did_you_mean(key.scalar, ids_of(m_checklist.questions)))});
            return;
        }
        const auto& department = sheet.respondent.department;
        if (m_checklist.find_department(department) && !question->applies_to(department)) {
            m_diagnostics.push_back(
                {Severity::warning, key.location,
                 fmt::format("'{}' is not asked of department '{}'; the answer is kept but not "
                             "scored",
                             question->id, department)});
        }
        const YamlNode* value = &node;
        std::string note;
        if (node.is_map()) {
            SourceMap source;
            ObjectReader r(node, fmt::format("the answer to '{}'", key.scalar), answer_keys::answer,
                           m_diagnostics, source);
            note = r.text("note");
            value = r.get("value");
        }
        Answer answer;
        if (value && !value->is_null()) {
            auto parsed = parse(*question, *value);
            if (!parsed.answer) {
                m_diagnostics.push_back({Severity::error, value->location, parsed.error});
                return;
            }
            answer = std::move(*parsed.answer);
        } else if (note.empty()) {
            return; // left blank, as in an untouched template
        }
        answer.note = std::move(note);
        answer.location = (value ? *value : node).location;
        sheet.answers.insert_or_assign(question->id, std::move(answer));
    }

    ParsedAnswer parse(const Question& question, const YamlNode& value) {
        if (value.is_sequence()) {
            std::vector<std::string> items;
            for (const auto& item : value.items) {
                if (!item.is_scalar()) {
                    return {std::nullopt, fmt::format("each item of the answer to '{}' must be text, not {}",
                                                      question.id, describe_kind(item))};
                }
                items.push_back(item.scalar);
            }
            return parse_answer_list(question, m_checklist, items);
        }
        if (!value.is_scalar()) {
            return {std::nullopt,
                    fmt::format("the answer to '{}' must be a value, a list or {{value, note}}, not {}",
                                question.id, describe_kind(value))};
        }
        if (question.type == QuestionType::multi && value.scalar != "n/a") {
            // A single scalar for a multi question is one chosen option, even with spaces in its label.
            return parse_answer_list(question, m_checklist, {value.scalar});
        }
        return parse_answer_text(question, m_checklist, value.scalar);
    }

    const Checklist& m_checklist;
    Diagnostics& m_diagnostics;
};

std::string format_value(const Answer& answer) {
    switch (answer.kind) {
    case AnswerKind::choice:
        return answer.choices.empty() ? "null" : yaml_quote(answer.choices.front());
    case AnswerKind::multi: {
        std::vector<std::string> items;
        for (const auto& choice : answer.choices) {
            items.push_back(yaml_quote(choice));
        }
        return fmt::format("[{}]", fmt::join(items, ", "));
    }
    case AnswerKind::number:
        return fmt::format("{}", answer.number);
    case AnswerKind::text:
        return yaml_quote(answer.text);
    case AnswerKind::not_applicable:
        return "n/a";
    case AnswerKind::none:
        return "null";
    }
    return "null";
}

} // namespace

AnswerLoad load_answer_text(const std::string& text, const std::string& file_name,
                            const Checklist& checklist) {
    AnswerLoad load;
    YamlDocument document = parse_yaml_expecting(text, file_name, "answers");
    load.diagnostics = std::move(document.diagnostics);
    if (!document.root) {
        return load;
    }
    if (expect_map(*document.root, "an answer file", load.diagnostics)) {
        load.sheets.push_back(AnswerReader(checklist, load.diagnostics).read(*document.root));
    }
    sort_by_location(load.diagnostics);
    return load;
}

AnswerLoad load_answer_file(const std::filesystem::path& path, const std::string& display_name,
                            const Checklist& checklist) {
    AnswerLoad load;
    const auto text = read_checked_text(path, display_name, load.diagnostics, load.readable);
    if (!text) {
        return load;
    }
    return load_answer_text(*text, display_name, checklist);
}

std::string format_answer_sheet(const AnswerSheet& sheet, const Checklist& checklist) {
    std::string out = fmt::format("checklist: {}\nchecklist_version: {}\n", yaml_quote(sheet.checklist),
                                  yaml_quote(sheet.checklist_version));
    if (!sheet.organisation.empty()) {
        out += fmt::format("organisation: {}\n", yaml_quote(sheet.organisation));
    }
    if (!sheet.date.empty()) {
        out += fmt::format("date: {}\n", yaml_quote(sheet.date));
    }
    out += fmt::format("respondent:\n  name: {}\n  department: {}\n", yaml_quote(sheet.respondent.name),
                       yaml_quote(sheet.respondent.department));
    if (!sheet.respondent.role.empty()) {
        out += fmt::format("  role: {}\n", yaml_quote(sheet.respondent.role));
    }
    out += sheet.answers.empty() ? "answers: {}\n" : "answers:\n";
    const auto write = [&](const std::string& id, const Answer& answer) {
        if (answer.note.empty()) {
            out += fmt::format("  {}: {}\n", id, format_value(answer));
        } else if (answer.kind == AnswerKind::none) {
            out += fmt::format("  {}: {{ note: {} }}\n", id, yaml_quote(answer.note));
        } else {
            out += fmt::format("  {}: {{ value: {}, note: {} }}\n", id, format_value(answer),
                               yaml_quote(answer.note));
        }
    };
    for (const auto& question : checklist.questions) {
        if (auto it = sheet.answers.find(question.id); it != sheet.answers.end()) {
            write(it->first, it->second);
        }
    }
    for (const auto& [id, answer] : sheet.answers) {
        if (!checklist.find_question(id)) {
            write(id, answer); // not in this checklist: kept, never dropped
        }
    }
    return out;
}

} // namespace readiness::io
