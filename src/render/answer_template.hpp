#pragma once

#include "readiness/checklist.hpp"

#include <string>

namespace readiness::render {

// An answer file to fill in by hand: the header, the respondent (with `department` filled in when given),
// then every question that applies to the department (all when empty) as a blank answer under comments
// with its text, options, help and skip condition. Loading it untouched gives no answers and no errors.
std::string answer_template(const Checklist& checklist, const std::string& department);

} // namespace readiness::render
