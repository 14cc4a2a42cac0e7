#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace readiness::io {

inline constexpr std::uintmax_t k_max_evidence_bytes = std::uintmax_t{10} * 1024 * 1024;

enum class FileAccess { ok, outside, too_large, unreadable, hard_linked };

struct EvidenceFileRead {
    FileAccess access = FileAccess::ok;
    std::string bytes;       // the contents, when ok
    std::uintmax_t size = 0; // the file's size in bytes, when known
};

// The folder of policy files, as the evidence reader sees it. Paths are '/'-separated and relative to it.
class EvidenceFs {
public:
    virtual ~EvidenceFs() = default;

    // Files and links to files, sorted, at most `max_depth` folders down (nothing: any depth). Links to
    // folders are not followed.
    virtual std::vector<std::string> list_files(std::optional<std::size_t> max_depth) const = 0;

    // A listed file's contents, unless it resolves outside the folder, is larger than `max_bytes`, has
    // more than one hard link (another name, maybe outside the folder), or cannot be read (a FIFO, a
    // device: never waited on).
    virtual EvidenceFileRead read_file(const std::string& relative, std::uintmax_t max_bytes) const = 0;

    // The folders the last list_files could not enter, sorted; their files are missing from the listing.
    virtual std::vector<std::string> unreadable_folders() const = 0;
};

// The real folder. A path resolves outside when its `weakly_canonical` form is not under the root's.
class DiskEvidenceFs final : public EvidenceFs {
public:
    explicit DiskEvidenceFs(std::filesystem::path root);

    std::vector<std::string> list_files(std::optional<std::size_t> max_depth) const override;
    EvidenceFileRead read_file(const std::string& relative, std::uintmax_t max_bytes) const override;
    std::vector<std::string> unreadable_folders() const override;

private:
    std::filesystem::path m_root;
    std::filesystem::path m_canonical_root;
    mutable std::vector<std::string> m_unreadable_folders;
};

} // namespace readiness::io
