#include "inputs.hpp"

#include "survey_export.hpp"
#include "text_file.hpp"
#include "yaml_tree.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace readiness::io {

namespace fs = std::filesystem;

namespace {

bool has_input_extension(const fs::path& path) {
    const auto extension = path.extension().string();
    return extension == ".yaml" || extension == ".yml" || extension == ".csv" || extension == ".tsv";
}

} // namespace

bool InputFile::is_csv() const {
    return path.extension() == ".csv" || path.extension() == ".tsv" || path.extension() == ".txt";
}

std::vector<InputFile> expand_inputs(const std::vector<std::string>& args, Diagnostics& diagnostics) {
    std::vector<InputFile> inputs;
    for (const auto& arg : args) {
        if (arg == "-") {
            inputs.push_back({"<stdin>", {}, true});
            continue;
        }
        std::error_code error;
        if (!fs::is_directory(arg, error)) {
            inputs.push_back({arg, arg, false});
            continue;
        }
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(arg, error)) {
            if (entry.is_regular_file(error) && has_input_extension(entry.path())) {
                found.push_back(entry.path());
            }
        }
        std::sort(found.begin(), found.end());
        if (found.empty()) {
            diagnostics.push_back(
                {Severity::error, {arg, 0, 0}, "the folder has no *.yaml, *.yml or *.csv files"});
        }
        for (const auto& path : found) {
            inputs.push_back({path.string(), path, false});
        }
    }
    return inputs;
}

YamlContent classify_yaml(const std::string& text) {
    const auto document = parse_yaml(text, "");
    const YamlNode* root = document.root ? &*document.root : nullptr;
    const bool answers = root && root->is_map() && !root->find("questions") &&
                         (root->find("answers") || root->find("respondent") || root->find("checklist"));
    return answers ? YamlContent::answers : YamlContent::checklist;
}

std::optional<std::string> read_stdin(Diagnostics& diagnostics) {
    std::string text;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
        if (text.size() > k_max_input_bytes) {
            diagnostics.push_back(
                {Severity::error,
                 {"<stdin>", 0, 0},
                 fmt::format("the input is larger than {} MiB", k_max_input_bytes / (1024 * 1024))});
            return std::nullopt;
        }
    }
    return text;
}

bool looks_like_csv(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
    }
    return bytes.starts_with("respondent,");
}

bool looks_like_survey_export(std::string_view bytes) {
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        return true;
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
    }
    const std::string_view line = bytes.substr(0, bytes.find('\n'));
    if (line.empty() || std::string_view("#{[-%").find(line.front()) != std::string_view::npos) {
        return false;
    }
    const auto key_end =
        line.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");
    if (key_end != 0 && key_end != std::string_view::npos && line[key_end] == ':' &&
        (key_end + 1 == line.size() || line[key_end + 1] == ' ' || line[key_end + 1] == '\r')) {
        return false; // `key: value`, YAML
    }
    return line.find_first_of(",;\t") != std::string_view::npos;
}

AnswerLoad read_stdin_answers(std::string bytes, const Checklist& checklist, const SheetSink& on_sheet,
                              const SurveyMap* map) {
    const std::string display = "<stdin>";
    if (looks_like_csv(bytes)) {
        std::istringstream stream(std::move(bytes));
        return read_answer_csv(stream, display, checklist, on_sheet);
    }
    if (looks_like_survey_export(bytes)) {
        const ChecklistIndex index(checklist);
        return read_survey_export(
            std::move(bytes), display, index,
            [&](const Response& response) { on_sheet(to_sheet(response, index)); }, map);
    }
    AnswerLoad load;
    auto text = check_text(std::move(bytes), display, load.diagnostics);
    if (!text) {
        return load;
    }
    load = load_answer_text(*text, display, checklist);
    if (load.ok()) {
        for (auto& sheet : load.sheets) {
            on_sheet(AnswerSheet(sheet));
        }
    }
    return load;
}

namespace {

// Reads one answer input: a canonical CSV export through `read_csv` (row by row), another survey export
// through `read_survey` (whole), a YAML answer file whole, its sheet handed to `on_sheet` when it loads
// cleanly.
template <class ReadCsv, class ReadSurvey, class OnSheet>
AnswerLoad read_input(const InputFile& input, const Checklist& checklist, const ReadCsv& read_csv,
                      const ReadSurvey& read_survey, const OnSheet& on_sheet) {
    AnswerLoad load;
    std::optional<std::string> bytes;
    if (input.is_stdin) {
        bytes = read_stdin(load.diagnostics);
    } else if (input.is_csv()) {
        std::error_code error;
        if (!fs::is_regular_file(input.path, error)) {
            read_file_bytes(input.path, input.display, load.diagnostics); // reports why
            load.readable = false;
            return load;
        }
        std::ifstream stream(input.path, std::ios::binary);
        char start[16] = {};
        stream.read(start, sizeof start);
        if (stream.gcount() > 0 && !is_canonical_csv({start, static_cast<std::size_t>(stream.gcount())})) {
            bytes = read_file_bytes(input.path, input.display, load.diagnostics);
            if (!bytes) {
                load.readable = false;
                return load;
            }
            return read_survey(std::move(*bytes));
        }
        stream.clear();
        stream.seekg(0);
        return read_csv(stream);
    } else {
        bytes = read_file_bytes(input.path, input.display, load.diagnostics);
    }
    if (!bytes) {
        load.readable = false;
        return load;
    }
    if (input.is_stdin && looks_like_csv(*bytes)) {
        std::istringstream stream(*bytes);
        return read_csv(stream);
    }
    if (input.is_stdin && looks_like_survey_export(*bytes)) {
        return read_survey(std::move(*bytes));
    }
    auto text = check_text(std::move(*bytes), input.display, load.diagnostics);
    if (!text) {
        return load;
    }
    load = load_answer_text(*text, input.display, checklist);
    if (load.ok()) {
        for (const auto& sheet : load.sheets) {
            on_sheet(sheet);
        }
    }
    return load;
}

} // namespace

AnswerLoad read_answers(const InputFile& input, const Checklist& checklist, const SheetSink& on_sheet,
                        const SurveyMap* map) {
    return read_input(
        input, checklist,
        [&](std::istream& stream) { return read_answer_csv(stream, input.display, checklist, on_sheet); },
        [&](std::string bytes) {
            const ChecklistIndex index(checklist);
            return read_survey_export(
                std::move(bytes), input.display, index,
                [&](const Response& response) { on_sheet(to_sheet(response, index)); }, map);
        },
        [&](const AnswerSheet& sheet) { on_sheet(AnswerSheet(sheet)); });
}

AnswerLoad read_answers(const InputFile& input, const ChecklistIndex& index, const ResponseSink& on_response,
                        const SurveyMap* map) {
    Response response;
    return read_input(
        input, index.checklist(),
        [&](std::istream& stream) { return read_answer_csv(stream, input.display, index, on_response); },
        [&](std::string bytes) {
            return read_survey_export(std::move(bytes), input.display, index, on_response, map);
        },
        [&](const AnswerSheet& sheet) {
            to_response(sheet, index, response);
            on_response(response);
        });
}

} // namespace readiness::io
