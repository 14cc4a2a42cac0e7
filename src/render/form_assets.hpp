#pragma once

#include <span>
#include <string_view>

namespace readiness::render {

struct EmbeddedFile {
    std::string_view name; // the file name under src/render/form/, e.g. "form.js"
    std::string_view content;
};

// The browser form's script and stylesheet, compiled into the binary from src/render/form/, sorted by name.
std::span<const EmbeddedFile> form_assets();

} // namespace readiness::render
