#include "trend_parts.hpp"

#include <fmt/format.h>

namespace readiness::render {

std::string assessment_name(const Trend& trend, std::size_t index) {
    const TrendAssessment& assessment = trend.assessments.at(index);
    return assessment.date.empty() ? fmt::format("#{}", index + 1) : assessment.date;
}

std::string assessment_heading(const Trend& trend, std::size_t index) {
    const std::string name = assessment_name(trend, index);
    return trend.assessments.at(index).break_before ? fmt::format("{} {}", k_break_mark, name) : name;
}

std::string checklist_text(const TrendAssessment& assessment) {
    return fmt::format("{} {}", assessment.checklist, assessment.checklist_version);
}

std::string assessed_text(const TrendAssessment& assessment) {
    return fmt::format("{} of {}", assessment.assessed_departments, assessment.departments);
}

std::string break_text(const Trend& trend, std::size_t index) {
    const TrendAssessment& assessment = trend.assessments.at(index);
    if (!assessment.break_before) {
        return "";
    }
    const TrendAssessment& before = trend.assessments.at(index - 1);
    if (before.checklist != assessment.checklist) {
        return fmt::format("new checklist: {} -> {}", checklist_text(before), checklist_text(assessment));
    }
    return fmt::format("new checklist version: {} -> {}", before.checklist_version,
                       assessment.checklist_version);
}

std::string trend_summary(const Trend& trend) {
    std::vector<std::string> parts;
    if (!trend.organisations.empty()) {
        parts.push_back(fmt::format("{}", fmt::join(trend.organisations, ", ")));
    }
    const std::size_t count = trend.assessments.size();
    parts.push_back(count == 1 ? std::string("1 assessment") : fmt::format("{} assessments", count));
    std::string first;
    std::string last;
    for (const auto& assessment : trend.assessments) {
        if (!assessment.date.empty()) {
            first = first.empty() ? assessment.date : first;
            last = assessment.date;
        }
    }
    if (!first.empty()) {
        parts.push_back(first == last ? first : fmt::format("{} to {}", first, last));
    }
    return fmt::format("{}", fmt::join(parts, " · "));
}

std::string_view trend_figures_note() {
    return "Every figure is the report's own score (0–100): overall and dimensions over the departments that "
           "report assessed; — is a department not assessed or a dimension not scored. ‖ marks the first "
           "assessment after a change of checklist: the series are not compared across it.";
}

} // namespace readiness::render
