#pragma once

#include "checklist_loader.hpp"

#include <string>
#include <vector>

namespace readiness::io {

inline constexpr std::string_view k_default_checklist = "social-readiness";

// The ids of the shipped checklists, sorted.
std::vector<std::string> shipped_checklist_ids();

// Loads the checklist `spec` names: an existing file's path, or the id of a shipped checklist (the
// default when empty). A shipped checklist's diagnostics name it "<built-in>/ID.yaml".
ChecklistLoad load_checklist(const std::string& spec);

} // namespace readiness::io
