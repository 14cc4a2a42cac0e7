#pragma once

#include "readiness/report.hpp"

#include "handover.hpp"

#include <string>
#include <string_view>

namespace readiness::render::html {

// The organisation as the page names it: organisation_name, or "(not given)".
std::string organisation_text(const Report& report, const Handover& handover);

// The report's first page: on screen a masthead, in print a cover page of its own. It names the checklist,
// the organisation (organisation_name), when and by how many it was answered, the logo, who prepared it
// and the confidentiality marking, when given.
std::string cover_html(const Report& report, const Handover& handover);

// The printed pages' margin boxes, written per document since they hold its text: the confidentiality
// marking at the top of every page, the organisation bottom left, "page N / M" bottom right.
std::string page_css(const Report& report, const Handover& handover);

// `text` as a quoted CSS string, safe inside a <style> element: quotes, backslashes, line breaks and
// < > & become CSS escapes.
std::string css_string(std::string_view text);

} // namespace readiness::render::html
