#pragma once

#include "io/evidence_fs.hpp"

#include <map>
#include <string>
#include <vector>

namespace readiness::io {

// An in-memory folder of policy files: the test seam of the evidence reader.
class MemoryEvidenceFs final : public EvidenceFs {
public:
    void add(std::string relative, std::string contents);
    void add_outside_link(std::string relative); // a link whose target lies outside the folder
    void add_unreadable(std::string relative);
    void add_unreadable_folder(std::string relative);

    std::vector<std::string> list_files(std::optional<std::size_t> max_depth) const override;
    EvidenceFileRead read_file(const std::string& relative, std::uintmax_t max_bytes) const override;
    std::vector<std::string> unreadable_folders() const override;

private:
    struct Entry {
        std::string contents;
        FileAccess access = FileAccess::ok;
    };
    std::map<std::string, Entry> m_files;
    std::vector<std::string> m_unreadable_folders;
};

} // namespace readiness::io
