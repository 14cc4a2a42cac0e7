#include "anonymity_notice.hpp"

#include "report_names.hpp"

#include <fmt/format.h>

#include <vector>

namespace readiness::render {

std::string anonymity_notice(const Report& report, const Checklist& checklist) {
    const Anonymity& anonymity = report.anonymity;
    if (!anonymity.applied) {
        return "";
    }
    std::string notice = "Anonymous: respondent names are removed and notes are attributed to departments";
    if (anonymity.min_group <= 1) {
        return notice + ".";
    }
    const std::string fewer = fmt::format("fewer than {} respondents", anonymity.min_group);
    if (anonymity.folded_departments.empty()) {
        return notice + fmt::format("; no department has {}.", fewer);
    }
    std::vector<std::string> names;
    for (const auto& id : anonymity.folded_departments) {
        names.push_back(department_name(checklist, id));
    }
    return notice + fmt::format("; {} with {} ({}) {} counted only in the overall figures.",
                                names.size() == 1 ? "the department" : "departments", fewer,
                                fmt::join(names, ", "), names.size() == 1 ? "is" : "are");
}

std::string remark_author(const Report& report, const AnswerRemark& remark) {
    if (!report.anonymity.applied) {
        return remark.respondent;
    }
    return remark.role.empty() ? "respondent" : remark.role;
}

std::string remark_department(const Report& report, const AnswerRemark& remark) {
    return report.anonymity.applied && remark.department.empty() ? std::string(k_folded_department)
                                                                 : remark.department;
}

std::string lower_respondent(const Report& report, const Disagreement& disagreement) {
    return report.anonymity.applied && disagreement.low.empty() ? "one respondent" : disagreement.low;
}

std::string higher_respondent(const Report& report, const Disagreement& disagreement) {
    return report.anonymity.applied && disagreement.high.empty() ? "another" : disagreement.high;
}

std::string folded_only(const Report& report, const Gap& gap) {
    return report.anonymity.applied && gap.departments.empty()
               ? "only departments counted in the overall figures"
               : "";
}

std::string folded_blockers_text(const Report& report) {
    const std::size_t count = report.anonymity.folded_blockers;
    if (count == 0 || !report.blockers.empty()) {
        return "";
    }
    return fmt::format("None shown: {} {} in departments counted only in the overall figures.", count,
                       count == 1 ? "blocker is" : "blockers are");
}

DepartmentCounts department_counts(const Report& report) {
    const std::size_t folded = report.anonymity.folded_departments.size();
    DepartmentCounts counts{folded, report.departments.size() + folded};
    for (const auto& department : report.departments) {
        counts.with_respondents += department.respondents > 0 ? 1 : 0;
    }
    return counts;
}

} // namespace readiness::render
