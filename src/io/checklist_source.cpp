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

const EmbeddedFile* embedded_checklist(std::string_view id) {
    for (const auto& file : embedded_checklists()) {
        if (stem(file.name) == id) {
            return &file;
        }
    }
    return nullptr;
}

} // namespace

std::vector<std::string> shipped_checklist_ids() {
    std::vector<std::string> ids;
    for (const auto& file : embedded_checklists()) {
        ids.emplace_back(stem(file.name));
    }
    return ids;
}

std::string shipped_checklist_id(const std::string& spec) {
    if (spec.empty()) {
        return std::string(k_default_checklist);
    }
    std::error_code error;
    if (std::filesystem::exists(spec, error) || embedded_checklist(spec) == nullptr) {
        return {};
    }
    return spec;
}

ChecklistLoad load_shipped_checklist(std::string_view id) {
    const EmbeddedFile* file = embedded_checklist(id);
    if (file == nullptr) {
        ChecklistLoad load;
        load.readable = false;
        load.diagnostics.push_back(
            {Severity::error, {std::string(id), 0, 0}, "no shipped checklist has this id"});
        return load;
    }
    return load_checklist_text(std::string(file->content), fmt::format("<built-in>/{}", file->name));
}

ChecklistLoad load_checklist(const std::string& spec) {
    if (const std::string id = shipped_checklist_id(spec); !id.empty()) {
        return load_shipped_checklist(id);
    }
    std::error_code error;
    if (std::filesystem::exists(spec, error)) {
        return load_checklist_file(spec, spec);
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
