#pragma once

#include "readiness/diagnostic.hpp"
#include "readiness/report.hpp"

#include <optional>
#include <string>

namespace readiness::io {

// Reads back what `readiness report --format json` wrote: the checklist, organisations, dates, overall,
// departments, dimensions, groups, blockers and gaps (enough for `diff` and `trend`). A file that is not such
// a report (bad JSON, another schema_version, missing fields) adds a diagnostic and returns nothing.
std::optional<Report> read_report_json(const std::string& text, const std::string& file_name,
                                       Diagnostics& diagnostics);

// Whether text looks like a report JSON (a JSON object with schema_version), to tell it from answers.
bool looks_like_report_json(const std::string& text);

} // namespace readiness::io
