#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace readiness::render {

// What every format says of an anonymous report (docs/anonymity.md); "" when the report is not anonymous:
// "Anonymous: respondent names are removed … (HR, Legal & compliance) are counted only in the overall
// figures."
std::string anonymity_notice(const Report& report, const Checklist& checklist);

// Who wrote a note, text answer or n/a: the respondent's name; when anonymous, the role shown, else
// "respondent".
std::string remark_author(const Report& report, const AnswerRemark& remark);

// The department a remark came from: its id, or when anonymous k_folded_department for a folded one.
std::string remark_department(const Report& report, const AnswerRemark& remark);
inline constexpr std::string_view k_folded_department = "a smaller department";

// The two respondents of a disagreement within a department: their names, or "one respondent" and
// "another" in an anonymous report.
std::string lower_respondent(const Report& report, const Disagreement& disagreement);
std::string higher_respondent(const Report& report, const Disagreement& disagreement);

// What a gap found only in folded departments lists instead of departments; "" for any other gap.
std::string folded_only(const Report& report, const Gap& gap);

// What the blockers section says when it lists none but folded departments had some; "" otherwise.
std::string folded_blockers_text(const Report& report);

// Departments with respondents, and all departments, counting folded ones (they had respondents).
struct DepartmentCounts {
    std::size_t with_respondents = 0;
    std::size_t all = 0;
};
DepartmentCounts department_counts(const Report& report);

} // namespace readiness::render
