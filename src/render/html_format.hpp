#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include "report_names.hpp"
#include "score_format.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace readiness::render::html {

// Shared by the HTML report's sections. Functions named `*_html` return markup (already escaped);
// the others return plain text that the caller escapes.

// The score of a department × dimension cell; an empty score when the report has no such cell.
Score cell_score(const Report& report, std::string_view department, std::string_view dimension);

// The CSS class colouring a level's band ("lv0" lowest … "lv3" highest), spread over however many
// levels the checklist has; "lvn" for no level.
std::string level_class(const Checklist& checklist, std::string_view level_id);

// A question cell: its text and `badge_html` (markup, may be empty), then its id in small type.
std::string question_html(const Checklist& checklist, std::string_view id, std::string_view badge_html = "");

// A length or coordinate in SVG user units, to one decimal ("12.5"): every chart writes them this way.
std::string svg_number(double value);

// `<section id="…"><h2>…</h2>` with an escaped heading; close with "</section>\n".
std::string section_open_html(std::string_view id, std::string_view heading);

} // namespace readiness::render::html
