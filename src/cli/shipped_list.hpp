#pragma once

#include <span>
#include <string_view>

namespace readiness::cli {

// What `readiness list` shows of a shipped checklist, rendered at build time (src/generate/shipped_list.cpp)
// by the same functions that render it at run time, so that `list` parses no shipped checklist.
struct ShippedListEntry {
    std::string_view id;
    std::string_view line;    // render::render_shipped_line
    std::string_view outline; // render::render_checklist_outline when it loads without a diagnostic; else
                              // empty, and `list` loads it (and prints its diagnostics) when it is active
};

// Every shipped checklist, in the order of io::shipped_checklist_ids().
std::span<const ShippedListEntry> shipped_list();

} // namespace readiness::cli
