#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace readiness {

inline constexpr std::size_t k_default_min_group = 3;

struct AnonymityOptions {
    std::size_t min_group = k_default_min_group; // at least 1; 1 folds no department
};

// Makes a scored report safe to hand over (docs/anonymity.md): no respondent names or answer files
// anywhere, notes and answers attributed to department (and a role shared widely enough), and every
// department with 1 to min_group − 1 respondents left out of the per-department figures. Overall,
// dimension, group, gap and roadmap figures keep every pair. Remarks are reordered (question, department,
// text) so that their order does not link one person's. Records what it did in report.anonymity.
void anonymise(Report& report, const Checklist& checklist, const AnonymityOptions& options);

// `text` with each respondent's name, and each word of it, replaced by k_redacted_name.
std::string redact_names(std::string_view text, const std::vector<std::string>& names);

inline constexpr std::string_view k_redacted_name = "[name]";

} // namespace readiness
