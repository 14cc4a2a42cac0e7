#pragma once

#include "readiness/diff.hpp"

#include <string>

namespace readiness::render {

// What moved between two reports, as text for a terminal, GitHub-flavoured Markdown, an HTML page (the
// Markdown's content, with before/after bars of departments and dimensions as inline SVG), or JSON (full
// precision). Human formats round to one decimal and sign every change (+4.2, -1.0, ±0.0).
std::string render_diff_text(const ReportDiff& diff);
std::string render_diff_markdown(const ReportDiff& diff);
std::string render_diff_html(const ReportDiff& diff);
std::string render_diff_json(const ReportDiff& diff);

} // namespace readiness::render
