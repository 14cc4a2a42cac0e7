#pragma once

#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"

#include "delimited_text.hpp"
#include "survey_map.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::io {

// What a column of a survey export holds.
enum class ColumnRole { ignored, name, email, department, question, option };

struct PlannedColumn {
    ColumnRole role = ColumnRole::ignored;
    std::size_t question = 0; // question and option: the checklist's question index
    std::size_t option = 0;   // option: the index in the question's options
};

// How an export's columns map to the checklist, decided from its header rows alone.
struct ColumnPlan {
    int header_rows = 1; // Qualtrics 3, SurveyMonkey 2, others 1
    std::vector<PlannedColumn> columns;
};

// Lower case, every run of non-alphanumeric ASCII a single space, trimmed: "Is one person accountable?"
// and "is one person  accountable" compare equal.
std::string normalise_header(std::string_view text);

// Whether a header names a metadata column (timestamps, e-mails, ids, IP, progress, ...), as normalised.
bool is_metadata_header(std::string_view normalised);

// Plans the columns from the export's first records (up to three): detects the layout, matches each column
// to a question (by id, exact text or normalised text), an option of a multi question (`Text [Label]`,
// `Text - Label`, or SurveyMonkey's second row), the department, the name or e-mail, or metadata. A column
// that matches nothing is an error at its header cell, with "did you mean" against the questions' texts.
// A `map` (--map) decides first: a header it names is its question's column.
ColumnPlan plan_columns(std::span<const TextRecord> head, const Checklist& checklist, const std::string& file,
                        Diagnostics& diagnostics, const SurveyMap* map = nullptr);

} // namespace readiness::io
