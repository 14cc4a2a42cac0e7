#pragma once

#include "readiness/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace readiness::io {

// What one linear pass over YAML text finds before yaml-cpp sees it.
struct YamlPrescan {
    // The first of what the parser must not see: flow nesting ('[' and '{') deeper than k_max_yaml_depth,
    // which yaml-cpp would tokenise whole first (16 MiB of '[' cost it seconds and gigabytes); a quote
    // never closed (at the opening quote; yaml-cpp reads on to a later quote or the end); a key followed by
    // ':' without a space, or by a non-breaking space (yaml-cpp reads it as the line above going on).
    std::optional<Diagnostic> refusal;
    // The first likely mistake that valid YAML may also show: a tab or a non-breaking space in the
    // indentation, an indentation that lines up with nothing. Only meant to explain a parse error at or
    // after it, at its own place.
    std::optional<Diagnostic> hint;
};

// One linear pass; stops at the refusal.
YamlPrescan prescan_yaml(std::string_view text, const std::string& file_name);

} // namespace readiness::io
