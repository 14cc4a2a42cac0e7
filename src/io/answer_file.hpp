#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace readiness::io {

struct AnswerLoad {
    std::vector<AnswerSheet> sheets;  // one for a YAML answer file, one a row for CSV
    Diagnostics diagnostics;          // errors and warnings (a checklist version mismatch is a warning)
    bool readable = true;             // false when the file could not be opened or read at all
    std::size_t unshown_problems = 0; // errors past the display cap: counted in the last diagnostic only

    bool ok() const { return !has_errors(diagnostics); }
};

// Reads one respondent's YAML answer file against `checklist`: unknown question ids (with "did you mean"),
// values that match no option, numbers outside min..max, an unknown department, a checklist id mismatch
// (error) or version mismatch (warning), duplicate keys. Every problem at once.
AnswerLoad load_answer_text(const std::string& text, const std::string& file_name,
                            const Checklist& checklist);
AnswerLoad load_answer_file(const std::filesystem::path& path, const std::string& display_name,
                            const Checklist& checklist);

// The sheet as an answer file: header, respondent, then answers in checklist order. Loading the result
// gives the same sheet back.
std::string format_answer_sheet(const AnswerSheet& sheet, const Checklist& checklist);

} // namespace readiness::io
