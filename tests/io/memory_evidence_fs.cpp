#include "memory_evidence_fs.hpp"

#include <algorithm>

namespace readiness::io {

namespace {

std::size_t depth_of(const std::string& relative) {
    return static_cast<std::size_t>(std::count(relative.begin(), relative.end(), '/'));
}

} // namespace

void MemoryEvidenceFs::add(std::string relative, std::string contents) {
    m_files[std::move(relative)] = {std::move(contents), FileAccess::ok};
}

void MemoryEvidenceFs::add_outside_link(std::string relative) {
    m_files[std::move(relative)] = {{}, FileAccess::outside};
}

void MemoryEvidenceFs::add_unreadable_folder(std::string relative) {
    m_unreadable_folders.push_back(std::move(relative));
}

std::vector<std::string> MemoryEvidenceFs::unreadable_folders() const {
    return m_unreadable_folders;
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
