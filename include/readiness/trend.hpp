#pragma once

#include "readiness/report.hpp"

#include <string>
#include <vector>

namespace readiness {

// The version of the trend JSON (docs/trend-json.md).
inline constexpr int k_trend_schema_version = 1;

// One report of a trend, and what it was scored against.
struct TrendAssessment {
    std::string source;    // where the report was read from, as given
    std::string date;      // the report's latest answer date ("" when it has none)
    std::string checklist; // the checklist's id and version
    std::string checklist_version;
    std::size_t departments = 0;          // in the report's checklist
    std::size_t assessed_departments = 0; // of them, assessed
    bool break_before = false;            // the checklist id or version differs from the previous one's
};

// One line of the chart: the report's own score at each assessment, without a value where there is none
// (a department not assessed, a dimension the checklist lacks then). No line joins two points across a
// break.
struct TrendSeries {
    std::string id;
    std::string name;
    std::vector<Score> points; // one per assessment
};

// Several reports in date order. Every figure is the report's own value, as `report` printed it: overall
// and dimension scores are over the departments each report assessed, which may differ (`diff` compares
// two reports over the departments assessed in both).
struct Trend {
    std::string checklist_title;            // the last report's
    std::vector<std::string> organisations; // every report's, sorted, once each
    std::vector<TrendAssessment> assessments;
    std::vector<Level> levels; // the last report's
    TrendSeries overall;
    std::vector<TrendSeries> departments; // the last report's order, then any only in earlier ones
    std::vector<TrendSeries> dimensions;  // likewise
};

struct TrendInput {
    std::string source;
    Report report;
};

// The rule that orders the assessments, in words (for the documents a trend renders).
inline constexpr std::string_view k_trend_order_rule =
    "Assessments in order of their latest answer date; a report without dates stays after the one before "
    "it on the command line, and reports with the same date keep the command-line order.";

// Orders `inputs` by k_trend_order_rule and lays out their series.
Trend build_trend(const std::vector<TrendInput>& inputs);

} // namespace readiness
