#include "survey_map.hpp"

#include "readiness/suggest.hpp"

#include "glob_match.hpp"
#include "text_file.hpp"
#include "yaml_tree.hpp"

#include <fmt/format.h>

namespace readiness::io {

namespace {

void read_entries(const YamlNode& node, std::vector<MapEntry>& entries, Diagnostics& diagnostics) {
    if (!node.is_map()) {
        diagnostics.push_back({Severity::error, node.location,
                               fmt::format("expected a mapping, found {}", describe_kind(node))});
        return;
    }
    for (const auto& entry : node.entries) {
        if (!entry.second.is_scalar()) {
            diagnostics.push_back({Severity::error, entry.second.location,
                                   fmt::format("expected text, found {}", describe_kind(entry.second))});
            continue;
        }
        entries.push_back({entry.first.scalar, entry.second.scalar, entry.second.location});
    }
}

} // namespace

SurveyMap parse_survey_map(const std::string& text, const std::string& file, const Checklist& checklist,
                           Diagnostics& diagnostics) {
    SurveyMap map;
    const auto document = parse_yaml_expecting(text, file, "a survey map");
    diagnostics.insert(diagnostics.end(), document.diagnostics.begin(), document.diagnostics.end());
    if (!document.root) {
        return map;
    }
    if (!document.root->is_map()) {
        diagnostics.push_back({Severity::error, document.root->location,
                               "expected a mapping with columns, labels or departments"});
        return map;
    }
    for (const auto& entry : document.root->entries) {
        const std::string& key = entry.first.scalar;
        if (key == "columns") {
            read_entries(entry.second, map.columns, diagnostics);
        } else if (key == "labels") {
            read_entries(entry.second, map.labels, diagnostics);
        } else if (key == "departments") {
            read_entries(entry.second, map.departments, diagnostics);
        } else {
            const std::vector<std::string> keys = {"columns", "labels", "departments"};
            diagnostics.push_back({Severity::error, entry.first.location,
                                   fmt::format("unknown key '{}'{}", key, did_you_mean(key, keys))});
        }
    }
    const auto question_ids = ids_of(checklist.questions);
    for (const auto& column : map.columns) {
        if (!checklist.find_question(column.to)) {
            diagnostics.push_back(
                {Severity::error, column.location,
                 fmt::format("unknown question '{}'{}", column.to, did_you_mean(column.to, question_ids))});
        }
    }
    const auto department_ids = ids_of(checklist.departments);
    for (const auto& department : map.departments) {
        if (!checklist.find_department(department.to)) {
            diagnostics.push_back({Severity::error, department.location,
                                   fmt::format("unknown department '{}'{}", department.to,
                                               did_you_mean(department.to, department_ids))});
        }
    }
    return map;
}

std::optional<SurveyMap> load_survey_map(const std::string& path, const Checklist& checklist,
                                         Diagnostics& diagnostics) {
    auto bytes = read_file_bytes(path, path, diagnostics);
    if (!bytes) {
        return std::nullopt;
    }
    const auto text = check_text(std::move(*bytes), path, diagnostics);
    if (!text) {
        return std::nullopt;
    }
    const std::size_t before = diagnostics.size();
    auto map = parse_survey_map(*text, path, checklist, diagnostics);
    if (diagnostics.size() != before) {
        return std::nullopt;
    }
    return map;
}

const MapEntry* mapped_column(const SurveyMap& map, std::string_view header) {
    for (const auto& column : map.columns) {
        if (column.from == header || glob_match(column.from, header)) {
            return &column;
        }
    }
    return nullptr;
}

} // namespace readiness::io
