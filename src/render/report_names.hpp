#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>
#include <string_view>

namespace readiness::render {

// What every renderer shows for an id: the department's, dimension's or group's name, or the question's
// text; the id itself when the checklist does not know it or leaves it empty.
std::string department_name(const Checklist& checklist, std::string_view id);
std::string dimension_name(const Checklist& checklist, std::string_view id);
std::string group_name(const Checklist& checklist, std::string_view id);
std::string question_text(const Checklist& checklist, std::string_view id);

// "Now", "Next", "Later".
std::string_view phase_name(Phase phase);

} // namespace readiness::render
