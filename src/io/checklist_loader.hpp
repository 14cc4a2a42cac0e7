#pragma once

#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"

#include <filesystem>
#include <string>

namespace readiness::io {

struct ChecklistLoad {
    Checklist checklist; // as much as could be read; use it only when ok()
    Diagnostics diagnostics;
    bool readable = true; // false when the file could not be opened or read at all

    bool ok() const { return !has_errors(diagnostics); }
};

// Reads a checklist from YAML text and validates it; every problem is reported, sorted by place.
ChecklistLoad load_checklist_text(const std::string& text, const std::string& file_name);

// The same from a file: also reports a missing, unreadable, oversized, binary or non-UTF-8 file.
ChecklistLoad load_checklist_file(const std::filesystem::path& path, const std::string& display_name);

} // namespace readiness::io
