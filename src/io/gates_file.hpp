#pragma once

#include "readiness/diagnostic.hpp"
#include "readiness/gates.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace readiness::io {

// Reads a gates file kept beside the policies:
//   min_score: 60
//   min_department: 40
//   min_dimension: 40
//   max_blockers: 0
// Every key is optional; unknown keys and wrong types are reported with their place.
std::optional<Gates> load_gates_file(const std::filesystem::path& path, const std::string& display_name,
                                     Diagnostics& diagnostics);
// The same from text already read and checked.
std::optional<Gates> load_gates_text(const std::string& text, const std::string& display_name,
                                     Diagnostics& diagnostics);

} // namespace readiness::io
