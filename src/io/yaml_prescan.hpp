#pragma once

#include "readiness/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace readiness::io {

// What one linear pass over YAML text finds before libyaml sees it.
struct YamlPrescan {
    // The first of what the parser must not see: flow nesting ('[' and '{') deeper than k_max_yaml_depth,
    // counted in brackets alone, at the bracket; a quote never closed (at the opening quote; a quoted value
    // may go on over lines, so the parser reads on to a later quote or the end); a key followed by ':'
    // without a space, or by a non-breaking space (to the parser, text going on from the line above).
    std::optional<Diagnostic> refusal;
    // The first likely mistake that valid YAML may also show: a tab or a non-breaking space in the
    // indentation, an indentation that lines up with nothing. Only meant to explain a parse error at or
    // after it, at its own place.
    std::optional<Diagnostic> hint;
};

// One linear pass; stops at the refusal.
YamlPrescan prescan_yaml(std::string_view text, const std::string& file_name);

} // namespace readiness::io
