#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <optional>
#include <string>
#include <vector>

namespace readiness {

// What the first page of a report says, as data; render words it. Scores are 0–100.

struct DimensionFigure {
    std::string dimension;
    double score = 0;
};

struct DepartmentFigure {
    std::string department;
    double score = 0;
};

// Leadership's answers against the front line's (every department not marked `leadership`), on one
// question or over one dimension: answered scores only (files aside), over the questions both answered.
struct Perception {
    std::string question; // empty over a dimension
    std::string dimension;
    std::optional<double> leadership;
    std::optional<double> front_line;
    std::vector<std::string> front_line_departments; // those that answered, in checklist order

    std::optional<double> difference() const; // leadership − front line, when both answered
};

// Findings are stated only where the data holds them: no strongest dimension without two scored ones,
// no department behind without two assessed ones, no perception gap under k_perception_gap.
struct ExecutiveSummary {
    std::optional<DimensionFigure> strongest;
    std::optional<DimensionFigure> weakest;
    std::optional<DepartmentFigure> furthest_behind; // the lowest-scoring assessed department
    std::optional<Perception> perception_gap;        // the question where the two views differ most
    std::vector<std::string> blocker_questions;      // distinct, in the report's blocker order
    std::size_t blocked_departments = 0;
    std::size_t evidence_conflicts = 0;
    std::optional<EvidenceConflict> largest_conflict;
    std::vector<std::size_t> first_actions; // indices into report.gaps: the first k_first_actions
};

inline constexpr double k_perception_gap = 25;
inline constexpr std::size_t k_first_actions = 3;

ExecutiveSummary summarise(const Report& report, const Checklist& checklist);

// Leadership and front line per dimension, in the report's dimension order; nothing without a leadership
// department that the checklist marks.
std::vector<Perception> perception_by_dimension(const Report& report, const Checklist& checklist);

} // namespace readiness
