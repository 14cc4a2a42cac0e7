#pragma once

#include <string>
#include <string_view>

namespace readiness::render {

// ANSI terminal styles for the text report. With `enabled` false every function returns the text as is, so
// a report without colour never holds an escape sequence.

enum class Tint { red, orange, yellow, green };

std::string tint(std::string_view text, Tint colour, bool enabled);
std::string bold(std::string_view text, bool enabled);

} // namespace readiness::render
