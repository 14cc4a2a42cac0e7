#pragma once

#include "readiness/checklist.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::render {

// A shipped checklist as `readiness list` names it: its id, and the checklist when it loads.
struct ShippedChecklist {
    std::string id;
    std::optional<Checklist> checklist;
};

// `readiness list`: the shipped checklists (title, version, question count; the one whose id is `active_id`
// marked `*`), then the active checklist's departments with their weights, its dimensions by group with
// the number of questions in each, and how many questions are critical.
std::string render_list_text(const std::vector<ShippedChecklist>& shipped, std::string_view active_id,
                             const Checklist& active);

} // namespace readiness::render
