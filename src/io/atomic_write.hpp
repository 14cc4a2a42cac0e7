#pragma once

#include "readiness/diagnostic.hpp"

#include <filesystem>
#include <string_view>

namespace readiness::io {

// Writes `content` to `path` through a temporary file in the same folder, flushed to disk, then renamed
// over it: a reader (or a crash) sees the old file or the new one, never half of one. On failure adds a
// diagnostic, leaves `path` as it was and returns false.
bool write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           Diagnostics& diagnostics);

} // namespace readiness::io
