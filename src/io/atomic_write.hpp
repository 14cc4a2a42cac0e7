#pragma once

#include "readiness/diagnostic.hpp"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string_view>

namespace readiness::io {

// Writes `content` to `path` through a temporary file in the same folder (see TempFile), flushed to disk,
// then renamed over it: a reader (or a crash) sees the old file or the new one, never half of one. A new
// file gets the umask; a replaced one keeps its permission bits (not set-id or sticky) and, where the
// process may, its owner (else a warning says so); a link to a file keeps the link and replaces the file.
// A device, a FIFO or the process's own standard output (`-o /dev/stdout`) is written in place, never
// replaced. On failure adds a diagnostic, leaves `path` as it was and returns false.
bool write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           Diagnostics& diagnostics);

// Writes what `write` puts on the stream it is given, the same way, streamed: a large document is never
// held whole in memory. If `write` throws, the temporary file is removed, `path` is left as it was and
// the exception passes on.
using ContentWriter = std::function<void(std::ostream&)>;
bool write_file_atomically(const std::filesystem::path& path, const ContentWriter& write,
                           Diagnostics& diagnostics);

} // namespace readiness::io
