#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace readiness {

// Longer text from a user's input is shown cut in the middle, so a 10 MB cell cannot flood a message.
inline constexpr std::size_t k_max_shown_bytes = 512;

// Text from an input made safe to print on a terminal or a CI log: control characters (C0, DEL and C1) are
// written as escapes (\e, \n, \r, \t, \xNN, \u0085), so input can neither move the cursor, retitle the
// terminal nor start a line of its own (a GitHub workflow command); longer than `max_bytes`, it keeps
// its start and end with "…(N bytes)…" between. Invalid UTF-8 bytes are escaped as \xNN. A backslash is
// kept as it is, so escaping escaped text changes nothing.
std::string escape_controls(std::string_view text, std::size_t max_bytes = k_max_shown_bytes);

} // namespace readiness
