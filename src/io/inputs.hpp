#pragma once

#include "readiness/diagnostic.hpp"

#include "answer_csv.hpp"
#include "survey_map.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::io {

struct InputFile {
    std::string display;        // as messages name it: the path as given, or "<stdin>"
    std::filesystem::path path; // empty for standard input
    bool is_stdin = false;
    // Whether the file is a delimited export (canonical or a survey tool's): *.csv, *.tsv, or *.txt (Excel's
    // "Unicode text").
    bool is_csv() const;
};

// Expands command-line inputs: a file as it is; a directory as every *.yaml, *.yml, *.csv and *.tsv directly
// in it, sorted by name; "-" as standard input. A missing path or an empty directory is reported.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& args, Diagnostics& diagnostics);

// What a YAML file holds, judged by its top-level keys: answers have `answers`, `respondent` or `checklist`
// and no `questions`; anything else (an empty or broken file too) is reported as a checklist.
enum class YamlContent { checklist, answers };
YamlContent classify_yaml(const std::string& text);

// Reads one answer input (a YAML answer file, a CSV export in the canonical layout or a survey tool's)
// against `checklist`; each clean sheet goes to `on_sheet` as it is read. `map` (--map) helps read survey
// exports.
AnswerLoad read_answers(const InputFile& input, const Checklist& checklist, const SheetSink& on_sheet,
                        const SurveyMap* map = nullptr);
// The same, each respondent as a Response (what the scorer reads, without an answer map).
AnswerLoad read_answers(const InputFile& input, const ChecklistIndex& index, const ResponseSink& on_response,
                        const SurveyMap* map = nullptr);

// Whether standard input holds a CSV export rather than YAML: it starts (after a UTF-8 BOM) with the CSV
// header's `respondent,`. Files are told apart by their extension (InputFile::is_csv); this is the one
// decision for standard input, which every command (validate, report, check, diff) makes the same way.
bool looks_like_csv(std::string_view bytes);

// Whether standard input that is not a canonical CSV export holds a survey tool's export rather than YAML:
// UTF-16 with its byte order mark, or a first line that holds `,` `;` or a tab and does not read as YAML (a
// comment, `{`, `[`, `-`, `%`, or a `key:` line). The rest of the same decision as looks_like_csv.
bool looks_like_survey_export(std::string_view bytes);

// Answers already read from standard input: a CSV export, a survey export (read with `map`) or one answer
// file, as looks_like_csv and looks_like_survey_export say.
AnswerLoad read_stdin_answers(std::string bytes, const Checklist& checklist, const SheetSink& on_sheet,
                              const SurveyMap* map = nullptr);

// The whole of standard input, at most k_max_input_bytes.
std::optional<std::string> read_stdin(Diagnostics& diagnostics);

} // namespace readiness::io
