#include "evidence_fs.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace readiness::io {

namespace fs = std::filesystem;

namespace {

bool is_under(const fs::path& path, const fs::path& root) {
    const auto [stop, unused] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
    return stop == root.end();
}

std::size_t depth_of(const std::string& relative) {
    return static_cast<std::size_t>(std::count(relative.begin(), relative.end(), '/'));
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
    std::error_code error;
    fs::recursive_directory_iterator it(m_root, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code status_error;
        if (it->is_directory(status_error)) {
            if (max_depth && static_cast<std::size_t>(it.depth()) >= *max_depth) {
                it.disable_recursion_pending();
            }
        } else if (it->is_regular_file(status_error)) {
            files.push_back(it->path().lexically_relative(m_root).generic_string());
        }
    }
    std::sort(files.begin(), files.end());
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
    const auto size = fs::file_size(path, error);
    if (error || !fs::is_regular_file(path, error)) {
        return {FileAccess::unreadable, {}, 0};
    }
    if (size > max_bytes) {
        return {FileAccess::too_large, {}, size};
    }
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream contents;
    contents << stream.rdbuf();
    if (!stream || stream.bad()) {
        return {FileAccess::unreadable, {}, size};
    }
    return {FileAccess::ok, std::move(contents).str(), size};
}

void MemoryEvidenceFs::add(std::string relative, std::string contents) {
    m_files[std::move(relative)] = {std::move(contents), FileAccess::ok};
}

void MemoryEvidenceFs::add_outside_link(std::string relative) {
    m_files[std::move(relative)] = {{}, FileAccess::outside};
}

void MemoryEvidenceFs::add_unreadable(std::string relative) {
    m_files[std::move(relative)] = {{}, FileAccess::unreadable};
}

std::vector<std::string> MemoryEvidenceFs::list_files(std::optional<std::size_t> max_depth) const {
    std::vector<std::string> files;
    for (const auto& [relative, entry] : m_files) {
        if (!max_depth || depth_of(relative) <= *max_depth) {
            files.push_back(relative);
        }
    }
    return files;
}

EvidenceFileRead MemoryEvidenceFs::read_file(const std::string& relative, std::uintmax_t max_bytes) const {
    const auto found = m_files.find(relative);
    if (found == m_files.end() || found->second.access != FileAccess::ok) {
        return {found == m_files.end() ? FileAccess::unreadable : found->second.access, {}, 0};
    }
    const std::string& contents = found->second.contents;
    if (contents.size() > max_bytes) {
        return {FileAccess::too_large, {}, contents.size()};
    }
    return {FileAccess::ok, contents, contents.size()};
}

} // namespace readiness::io
