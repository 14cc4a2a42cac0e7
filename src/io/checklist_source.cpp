#include "checklist_source.hpp"

#include "readiness/suggest.hpp"

#include "embedded_files.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace readiness::io {

namespace {

std::string_view stem(std::string_view file_name) {
    return file_name.substr(0, file_name.rfind('.'));
}

} // namespace

std::vector<std::string> shipped_checklist_ids() {
    std::vector<std::string> ids;
    for (const auto& file : embedded_checklists()) {
        ids.emplace_back(stem(file.name));
    }
    return ids;
}

ChecklistLoad load_checklist(const std::string& spec) {
    const std::string id = spec.empty() ? std::string(k_default_checklist) : spec;
    std::error_code error;
    if (!spec.empty() && std::filesystem::exists(spec, error)) {
        return load_checklist_file(spec, spec);
    }
    for (const auto& file : embedded_checklists()) {
        if (stem(file.name) == id) {
            return load_checklist_text(std::string(file.content), fmt::format("<built-in>/{}", file.name));
        }
    }
    ChecklistLoad load;
    load.readable = false;
    const bool looks_like_path = spec.find('/') != std::string::npos || spec.find('.') != std::string::npos;
    const auto ids = shipped_checklist_ids();
    load.diagnostics.push_back(
        {Severity::error,
         {spec, 0, 0},
         looks_like_path ? std::string("no such file")
                         : fmt::format("no such file, and no shipped checklist has this id (shipped: {}){}",
                                       fmt::join(ids, ", "), did_you_mean(spec, ids))});
    return load;
}

} // namespace readiness::io
