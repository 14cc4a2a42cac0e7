#pragma once

#include <string>
#include <string_view>

namespace readiness::render::html {

// `text` safe to place in HTML element content and in quoted attribute values: & < > " ' become
// character references. Every piece of user or checklist text goes through this.
std::string escape_html(std::string_view text);

} // namespace readiness::render::html
