#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include <string>
#include <vector>

namespace readiness::render {

// The roadmap as every format lays it out: phases Now, Next, Later; within each, the checklist's
// dimensions in order; within each, gaps in report order. `number` counts from 1 across the whole roadmap,
// so that a chart (the impact/effort matrix) and the list name an action the same way.
struct RoadmapItem {
    std::size_t number = 0;
    const Gap* gap = nullptr;
    const Question* question = nullptr; // null when the checklist does not know the gap's question
};

struct RoadmapGroup {
    std::string dimension; // the dimension's name
    std::vector<RoadmapItem> items;
};

struct RoadmapPhase {
    Phase phase = Phase::now;
    std::size_t actions = 0;
    std::vector<RoadmapGroup> groups;
};

std::vector<RoadmapPhase> roadmap_view(const Report& report, const Checklist& checklist);

// "Now holds at most 7 actions: blockers first, then by priority; 13 more moved to Next." — empty when
// nothing moved.
std::string now_cap_text(const Report& report);

} // namespace readiness::render
