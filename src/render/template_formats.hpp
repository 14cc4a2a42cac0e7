#pragma once

#include "readiness/checklist.hpp"

#include <string>

namespace readiness::render {

// The canonical CSV export's header (respondent, department, the question ids asked of `department`, or
// every one) and one empty row (the department filled in when given).
std::string template_csv(const Checklist& checklist, const std::string& department);

// The questions to paste into Google Forms or Microsoft Forms, per department (or only `department`): a
// Name and a Department question, then each question's exact text and its option labels, so that the
// tool's export matches back with no --map.
std::string template_survey(const Checklist& checklist, const std::string& department);

} // namespace readiness::render
