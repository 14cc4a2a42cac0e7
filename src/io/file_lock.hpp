#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace readiness::io {

// An advisory lock (flock) on `.<name>.lock` beside a file, held while it lives: two interviews on one answer
// file cannot both run. The lock file is removed when the lock is released; a crash leaves it behind
// unlocked, and the next acquire takes it over.
class FileLock {
public:
    FileLock() = default;
    ~FileLock();
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // The lock for `file`, or nothing with `why` set: another process holds it, or it cannot be created.
    static std::optional<FileLock> acquire(const std::filesystem::path& file, std::string& why);

    static std::filesystem::path lock_path(const std::filesystem::path& file);

private:
    void release();

    std::filesystem::path m_path;
    int m_fd = -1;
};

} // namespace readiness::io
