#pragma once

#include <string>
#include <string_view>

namespace readiness::render {

// Fitting text into terminal columns, beyond text_layout.hpp. Widths count code points (display_width).

// `text` wrapped to `width` columns with every line, the first included, indented by `indent` spaces.
std::string indent_wrap(std::string_view text, std::size_t width, std::size_t indent);

// `text` wrapped to `width` columns, its first line indented by `first` spaces and the rest by `rest`.
std::string hanging_wrap(std::string_view text, std::size_t width, std::size_t first, std::size_t rest);

// `text` cut to at most `width` columns, at a space where one is near, ending in "…" when something was cut.
std::string shorten(std::string_view text, std::size_t width);

// `text` padded with spaces on the left to `width` columns.
std::string pad_left(std::string_view text, std::size_t width);

// User text made safe for a terminal: control characters (C0 but a line break, DEL, C1) become spaces, so
// an answer file cannot move the cursor or change colours. With `keep_newlines` false, line breaks too.
std::string printable(std::string_view text, bool keep_newlines);

// Every line of `text` without the spaces at its end.
std::string trim_line_ends(std::string_view text);

} // namespace readiness::render
