#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render::html {

// The "Disagreements" section: answers to one question that differ by at least k_disagreement, within a
// department (respondents) or across departments.
std::string disagreements_section_html(const Report& report, const Checklist& checklist);

// The "Evidence" section, only when evidence was read: where the organisation's files contradict the
// answers, then what every evidence rule found. Empty when no evidence was used.
std::string evidence_section_html(const Report& report, const Checklist& checklist);

} // namespace readiness::render::html
