#include "evidence_fs.hpp"

#include "bounded_read.hpp"

#include <algorithm>
#include <system_error>
#include <unistd.h>

namespace readiness::io {

namespace fs = std::filesystem;

namespace {

bool is_under(const fs::path& path, const fs::path& root) {
    const auto [stop, unused] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
    return stop == root.end();
}

} // namespace

DiskEvidenceFs::DiskEvidenceFs(fs::path root) : m_root(std::move(root)) {
    std::error_code error;
    m_canonical_root = fs::weakly_canonical(m_root, error);
    if (!m_canonical_root.has_filename()) {
        m_canonical_root = m_canonical_root.parent_path(); // drop a trailing separator
    }
}

std::vector<std::string> DiskEvidenceFs::list_files(std::optional<std::size_t> max_depth) const {
    std::vector<std::string> files;
    m_unreadable_folders.clear();
    std::error_code error;
    fs::recursive_directory_iterator it(m_root, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code status_error;
        if (it->is_directory(status_error)) {
            if (max_depth && static_cast<std::size_t>(it.depth()) >= *max_depth) {
                it.disable_recursion_pending();
            } else if (::access(it->path().c_str(), R_OK | X_OK) != 0) {
                m_unreadable_folders.push_back(it->path().lexically_relative(m_root).generic_string());
            }
        } else if (it->is_regular_file(status_error)) {
            files.push_back(it->path().lexically_relative(m_root).generic_string());
        }
    }
    std::sort(files.begin(), files.end());
    std::sort(m_unreadable_folders.begin(), m_unreadable_folders.end());
    return files;
}

EvidenceFileRead DiskEvidenceFs::read_file(const std::string& relative, std::uintmax_t max_bytes) const {
    std::error_code error;
    const fs::path path = fs::weakly_canonical(m_root / relative, error);
    if (error || m_canonical_root.empty()) {
        return {FileAccess::unreadable, {}, 0};
    }
    if (!is_under(path, m_canonical_root)) {
        return {FileAccess::outside, {}, 0};
    }
    // The resolved path holds no link: a link swapped in since is not followed, and the opened file is
    // checked, not the path.
    BoundedRead read = read_bounded(path, {max_bytes, false, false});
    switch (read.status) {
    case ReadStatus::ok:
        return {FileAccess::ok, std::move(read.bytes), read.size};
    case ReadStatus::too_large:
    case ReadStatus::grew:
        return {FileAccess::too_large, {}, read.size};
    case ReadStatus::hard_linked:
        return {FileAccess::hard_linked, {}, 0};
    case ReadStatus::missing:
    case ReadStatus::directory:
    case ReadStatus::not_regular:
    case ReadStatus::unreadable:
        break;
    }
    return {FileAccess::unreadable, {}, 0};
}

std::vector<std::string> DiskEvidenceFs::unreadable_folders() const {
    return m_unreadable_folders;
}

} // namespace readiness::io
