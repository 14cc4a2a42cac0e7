#pragma once

#include <string_view>

namespace readiness::render::html {

// The stylesheet of the trend's line charts and the diff's before/after bars, added after html_style():
// level bands in the report's level colours, the line in its accent colour.
std::string_view chart_style();

} // namespace readiness::render::html
