#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace readiness::io {

// too_large: by its size when opened; grew: past the limit while it was read.
enum class ReadStatus { ok, missing, directory, not_regular, too_large, grew, unreadable, hard_linked };

struct BoundedRead {
    ReadStatus status = ReadStatus::ok;
    std::string bytes;       // the contents, when ok
    std::uintmax_t size = 0; // the size found: the file's, or at least max_bytes + 1 when it grew
};

struct ReadRules {
    std::uintmax_t max_bytes = 0;
    bool follow_links = true;     // false: a symbolic link as the last component is not opened
    bool allow_hard_links = true; // false: a file with more than one link is refused
};

// Opens `path` without blocking (a FIFO cannot hang the caller), checks the opened file rather than the
// path (a regular file, its links), then reads at most max_bytes + 1 bytes: a file that grows past the
// limit while it is read is refused, never read whole.
BoundedRead read_bounded(const std::filesystem::path& path, const ReadRules& rules);

} // namespace readiness::io
