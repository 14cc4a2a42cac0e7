#pragma once

#include "answer_csv.hpp"
#include "survey_layout.hpp"

#include <map>
#include <string>

namespace readiness::io {

// A survey export rewritten in the canonical layout (respondent,department,<question id>...), with where
// each canonical row and column came from in the export.
struct CanonicalExport {
    std::string csv;
    std::map<int, int> lines;       // canonical line of a row -> the export's line
    std::vector<int> columns;       // canonical column (from 1) - 1 -> the export's column (from 1)
    Diagnostics problems;           // cells the canonical reader cannot word as well (unknown departments)
    std::vector<std::string> notes; // how each column was read: "file:line:col: 'header' -> what"
};

// Whether the bytes are the canonical layout (after a UTF-8 BOM, `respondent,`): read by the fast reader.
bool is_canonical_csv(std::string_view bytes);

// Rewrites a survey export (any encoding to_utf8 reads; `,` `;` or tab) against the checklist. Header
// problems go to `diagnostics` and return nothing.
std::optional<CanonicalExport> to_canonical(std::string bytes, const std::string& name,
                                            const Checklist& checklist, Diagnostics& diagnostics,
                                            const SurveyMap* map = nullptr);

// How a planned column reads in `readiness import`'s notes: "question roles.owner", "ignored", ...
std::string describe_column(const PlannedColumn& column, const Checklist& checklist);

// Reads a survey export as read_answer_csv reads the canonical layout; problems point into the export.
AnswerLoad read_survey_export(std::string bytes, const std::string& name, const ChecklistIndex& index,
                              const ResponseSink& on_response, const SurveyMap* map = nullptr);

} // namespace readiness::io
