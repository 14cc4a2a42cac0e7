#pragma once

#include "checklist_loader.hpp"

#include <string>
#include <vector>

namespace readiness::io {

inline constexpr std::string_view k_default_checklist = "social-readiness";

// The ids of the shipped checklists, sorted.
std::vector<std::string> shipped_checklist_ids();

// The id of the shipped checklist `spec` names for load_checklist: the default when `spec` is empty, `spec`
// itself when no file has that path and a shipped checklist has that id; empty otherwise (a file, or
// nothing).
std::string shipped_checklist_id(const std::string& spec);

// Loads the shipped checklist `id` (one of shipped_checklist_ids(), whatever files there are); its
// diagnostics name it "<built-in>/ID.yaml".
ChecklistLoad load_shipped_checklist(std::string_view id);

// Loads the checklist `spec` names: an existing file's path, or the id of a shipped checklist (the
// default when empty). A shipped checklist's diagnostics name it "<built-in>/ID.yaml".
ChecklistLoad load_checklist(const std::string& spec);

} // namespace readiness::io
