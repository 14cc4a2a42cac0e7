#include "survey_import.hpp"

#include "readiness/response.hpp"

#include "delimited_text.hpp"
#include "inputs.hpp"
#include "survey_export.hpp"
#include "text_file.hpp"

#include <algorithm>

namespace readiness::io {

namespace {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string out = "\"";
    for (const char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

} // namespace

ImportedExports import_exports(const std::vector<std::string>& paths, const Checklist& checklist,
                               const SurveyMap* map) {
    ImportedExports result;
    result.csv = "respondent,department";
    for (const auto& question : checklist.questions) {
        result.csv += "," + question.id;
    }
    result.csv += "\n";
    const ChecklistIndex index(checklist);
    for (const auto& given : paths) {
        const bool from_stdin = given == "-";
        const std::string path = from_stdin ? "<stdin>" : given;
        auto bytes =
            from_stdin ? read_stdin(result.diagnostics) : read_file_bytes(given, path, result.diagnostics);
        if (!bytes) {
            continue;
        }
        auto load = read_survey_export(
            *bytes, path, index, [](const Response&) {}, map);
        if (!load.ok()) {
            result.diagnostics.insert(result.diagnostics.end(), load.diagnostics.begin(),
                                      load.diagnostics.end());
            continue;
        }
        Diagnostics unused;
        const auto canonical = to_canonical(std::move(*bytes), path, checklist, unused, map);
        if (!canonical) {
            continue;
        }
        result.notes.insert(result.notes.end(), canonical->notes.begin(), canonical->notes.end());
        std::string error;
        const auto records = split_records(canonical->csv, ',', error);
        std::vector<std::size_t> positions; // canonical column -> column in the output
        for (std::size_t c = 2; c < records.front().fields.size(); ++c) {
            positions.push_back(*checklist.question_index(records.front().fields[c]));
        }
        for (std::size_t r = 1; r < records.size(); ++r) {
            const auto& fields = records[r].fields;
            std::vector<std::string> cells(checklist.questions.size());
            for (std::size_t c = 2; c < fields.size(); ++c) {
                cells[positions[c - 2]] = fields[c];
            }
            std::string row = csv_field(fields[0]) + "," + csv_field(fields[1]);
            for (const auto& cell : cells) {
                row += "," + csv_field(cell);
            }
            result.csv += row + "\n";
        }
    }
    return result;
}

} // namespace readiness::io
