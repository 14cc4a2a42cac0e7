#pragma once

#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace readiness::io {

// One `from: to` line of a survey map, with where `to` is written.
struct MapEntry {
    std::string from;
    std::string to;
    Location location;
};

// What `--map FILE` says about columns and cells that cannot be matched automatically:
//   columns:     { "<header or glob>": <question id> }
//   labels:      { "<cell text>": <option value> }
//   departments: { "<cell text>": <department id> }
struct SurveyMap {
    std::vector<MapEntry> columns;
    std::vector<MapEntry> labels;
    std::vector<MapEntry> departments;
};

// Parses a map file; problems (unknown keys, non-text values, question or department ids the checklist
// lacks, with "did you mean") are located diagnostics.
SurveyMap parse_survey_map(const std::string& text, const std::string& file, const Checklist& checklist,
                           Diagnostics& diagnostics);

// Reads and parses a map file (--map); nothing when it cannot be read or has errors (in `diagnostics`).
std::optional<SurveyMap> load_survey_map(const std::string& path, const Checklist& checklist,
                                         Diagnostics& diagnostics);

// The question id a header maps to (the first pattern that equals or glob-matches it), if any.
const MapEntry* mapped_column(const SurveyMap& map, std::string_view header);

} // namespace readiness::io
