#pragma once

#include <string>
#include <string_view>

namespace readiness::render {

// Breaks `text` into lines of at most `width` columns (a longer word stands alone), each line after the
// first starting with `indent` spaces. Existing line breaks are kept. The first line is taken to start at
// `start_column` (where the caller has already written something on it).
std::string wrap(std::string_view text, std::size_t width, std::size_t indent, std::size_t start_column = 0);

// A number as people write it: 1, 0.5, 0.25, 1.5 (shortest form that reads back the same).
std::string format_number(double value);

// The number of terminal columns `text` takes: one per UTF-8 code point.
std::size_t display_width(std::string_view text);

// `text` padded with spaces on the right to `width` columns.
std::string pad_right(std::string_view text, std::size_t width);

} // namespace readiness::render
