#include "roadmap_view.hpp"

#include "report_names.hpp"
#include "report_text_parts.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render {

std::vector<RoadmapPhase> roadmap_view(const Report& report, const Checklist& checklist) {
    std::vector<RoadmapPhase> phases;
    std::size_t number = 0;
    for (const Phase phase : {Phase::now, Phase::next, Phase::later}) {
        RoadmapPhase view{phase, 0, {}};
        std::vector<std::string> dimensions = ids_of(checklist.dimensions);
        for (const auto& gap : report.gaps) {
            const Question* question = checklist.find_question(gap.question);
            const std::string dimension = question ? question->dimension : std::string();
            if (gap.phase == phase &&
                std::find(dimensions.begin(), dimensions.end(), dimension) == dimensions.end()) {
                dimensions.push_back(dimension); // a question the checklist does not know, last
            }
        }
        for (const auto& dimension : dimensions) {
            RoadmapGroup group{dimension_name(checklist, dimension), {}};
            for (const auto& gap : report.gaps) {
                const Question* question = checklist.find_question(gap.question);
                if (gap.phase == phase && (question ? question->dimension : std::string()) == dimension) {
                    group.items.push_back({++number, &gap, question});
                }
            }
            if (!group.items.empty()) {
                view.actions += group.items.size();
                view.groups.push_back(std::move(group));
            }
        }
        phases.push_back(std::move(view));
    }
    return phases;
}

std::string now_cap_text(const Report& report) {
    if (report.moved_to_next == 0) {
        return {};
    }
    return fmt::format("Now holds at most {} actions, blockers first, then by priority; {} that also "
                       "qualified moved to Next.",
                       k_now_limit, count_of(report.moved_to_next, "more", "more"));
}

} // namespace readiness::render
