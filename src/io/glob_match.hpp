#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace readiness::io {

// Evidence globs, matched against '/'-separated paths relative to the evidence folder, case-sensitively:
// `*` is any run of characters within one name, `?` one character (not '/'), and a whole segment `**`
// any number of folders, none included. Every other character is literal: no classes, braces or escapes.
// Empty and "." segments are ignored. Matching backtracks only to the last star, so it stays polynomial.
bool glob_match(std::string_view pattern, std::string_view path);

// How many folders below the root a path matching `pattern` can sit: nothing when it holds `**`.
std::optional<std::size_t> glob_depth(std::string_view pattern);

} // namespace readiness::io
