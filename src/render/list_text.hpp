#pragma once

#include "readiness/checklist.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::render {

// A shipped checklist as `readiness list` names it: its id, and the checklist when it loads.
struct ShippedChecklist {
    std::string id;
    std::optional<Checklist> checklist;
};

// A shipped checklist's line in `readiness list`, already rendered by render_shipped_line.
struct ShippedLine {
    std::string_view id;
    std::string_view line;
};

// `readiness list`: the shipped checklists (title, version, question count; the one whose id is `active_id`
// marked `*`), then the active checklist's departments with their weights, its dimensions by group with
// the number of questions in each, and how many questions are critical.
std::string render_list_text(const std::vector<ShippedChecklist>& shipped, std::string_view active_id,
                             const Checklist& active);

// The same from its two parts, rendered before: each shipped checklist's line and the active checklist's
// outline (`readiness list` takes both from a summary of the shipped checklists made at build time).
std::string render_list_text(std::span<const ShippedLine> shipped, std::string_view active_id,
                             std::string_view active_outline);

// One shipped checklist's line, after its two-character marker, with its newline.
std::string render_shipped_line(const ShippedChecklist& shipped);

// The active checklist's outline: departments, dimensions by group, questions and critical ones.
std::string render_checklist_outline(const Checklist& active);

} // namespace readiness::render
