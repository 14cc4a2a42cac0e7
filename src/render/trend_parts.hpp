#pragma once

#include "readiness/trend.hpp"

#include <string>
#include <string_view>

namespace readiness::render {

// The words every human format of a trend shares (plain text: the caller escapes).

// Marks the first assessment after a break, in column headings and charts.
inline constexpr std::string_view k_break_mark = "‖";

// An assessment's name: its date, or "#n" (1-based) when the report has none.
std::string assessment_name(const Trend& trend, std::size_t index);
// Its column heading: the name, after a break preceded by k_break_mark and a space.
std::string assessment_heading(const Trend& trend, std::size_t index);

// "social-readiness 1.0.0".
std::string checklist_text(const TrendAssessment& assessment);

// "6 of 8".
std::string assessed_text(const TrendAssessment& assessment);

// Why an assessment starts a new series, "" when it does not: "new checklist version: 1.0.0 -> 1.1.0".
std::string break_text(const Trend& trend, std::size_t index);

// "Acme Ltd · 3 assessments · 2026-05-14 to 2026-11-13": what the trend covers, in one line.
std::string trend_summary(const Trend& trend);

// What the figures are and how breaks read, in two sentences.
std::string_view trend_figures_note();

} // namespace readiness::render
