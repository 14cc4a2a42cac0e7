#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"
#include "readiness/summary.hpp"

#include "handover.hpp"

#include <string>
#include <vector>

namespace readiness::render {

// The executive summary in words, for every format: plain text that each format escapes.
struct SummaryText {
    std::string headline;              // the overall level in one sentence
    std::vector<std::string> findings; // the key findings, each a sentence
    struct Action {
        std::string action;      // what to do
        std::string departments; // "Customer service, Marketing"
        Phase phase = Phase::now;
    };
    std::vector<Action> first_actions;
};

// The headline names the organisation as the handover does (organisation_name) and counts departments with
// respondents, folded ones included.
SummaryText summary_text(const Report& report, const Checklist& checklist, const ExecutiveSummary& summary,
                         const Handover& handover);

// The roadmap's departments of a gap, by name: "Customer service, Marketing".
std::string gap_department_names(const Gap& gap, const Checklist& checklist);

} // namespace readiness::render
