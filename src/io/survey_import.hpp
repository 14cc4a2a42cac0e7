#pragma once

#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"

#include "survey_map.hpp"

#include <string>
#include <vector>

namespace readiness::io {

struct ImportedExports {
    std::string csv;                // the canonical layout: respondent,department,<every question id>
    std::vector<std::string> notes; // how every column of every export was read
    Diagnostics diagnostics;        // any error: csv holds nothing to trust
};

// Reads survey exports (or canonical CSV files; "-" is standard input, named "<stdin>") and writes their
// rows, in order, as one canonical CSV that scores exactly like them. Every problem is checked first, as
// `report` would report it.
ImportedExports import_exports(const std::vector<std::string>& paths, const Checklist& checklist,
                               const SurveyMap* map);

} // namespace readiness::io
