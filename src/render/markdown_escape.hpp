#pragma once

#include <string>
#include <string_view>

namespace readiness::render::markdown {

// User text made inert in GitHub-flavoured Markdown, inline or in a table cell: `\ ` * _ [ ] | ~ # $` are
// backslash-escaped, and a leading list marker; `& < >` become entities (no HTML gets through); a line
// break becomes `<br>` and other control characters spaces. So it cannot close a table cell, open a tag,
// or start a block of its own.
std::string escape(std::string_view text);

// An id as inline code, `roles.owner`; escaped text instead when it holds anything but letters, digits
// and `. _ - : /`.
std::string code(std::string_view id);

} // namespace readiness::render::markdown
