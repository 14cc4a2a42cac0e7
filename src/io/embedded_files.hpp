#pragma once

#include <span>
#include <string_view>

namespace readiness::io {

struct EmbeddedFile {
    std::string_view name; // the file name under checklists/, e.g. "social-readiness.yaml"
    std::string_view content;
};

// The shipped checklists, compiled into the binary from checklists/*.yaml, sorted by name.
std::span<const EmbeddedFile> embedded_checklists();

} // namespace readiness::io
