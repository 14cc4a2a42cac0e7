#pragma once

#include "readiness/trend.hpp"

#include <string>

namespace readiness::render {

// A trend as a text table, GitHub-flavoured Markdown tables, an HTML page with a line chart (inline SVG)
// beside each table, or JSON (full precision; docs/trend-json.md). Human formats round to one decimal,
// show a missing point as "—" and mark the first assessment after a break with "‖".
std::string render_trend_text(const Trend& trend);
std::string render_trend_markdown(const Trend& trend);
std::string render_trend_html(const Trend& trend);
std::string render_trend_json(const Trend& trend);

} // namespace readiness::render
