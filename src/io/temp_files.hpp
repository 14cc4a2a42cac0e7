#pragma once

#include <filesystem>
#include <string>

namespace readiness::io {

// The temporary file an atomic write fills before renaming it over `target`:
// `.<name>.<pid>-<n>.readiness-tmp` in the same folder, created with the umask applied. While it exists
// SIGINT, SIGTERM and SIGHUP (where they would end the process) remove it first; an error or the destructor
// removes it too. A SIGKILL leaves it behind, named so that remove_stale_temp_files can recognise it. One at
// a time.
class TempFile {
public:
    explicit TempFile(const std::filesystem::path& target);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    bool create(); // false with errno set
    int fd() const { return m_fd; }
    void remove();
    // Closes and renames the file over `target`; on failure removes it, keeping errno.
    bool rename_over(const std::filesystem::path& target);

private:
    std::filesystem::path m_folder;
    std::string m_prefix; // ".<name>."
    std::filesystem::path m_path;
    int m_fd = -1;
};

// Removes the temporary files of writes to `target` whose process has ended (killed mid-write).
void remove_stale_temp_files(const std::filesystem::path& target);

} // namespace readiness::io
