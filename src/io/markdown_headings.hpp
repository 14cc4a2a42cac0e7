#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace readiness::io {

struct MarkdownHeading {
    std::string text; // without the #s or the underline, trimmed
    int level = 1;
    int line = 1; // where the heading starts
};

// The ATX (`# Title`, optional closing #s) and setext (a paragraph underlined with === or ---) headings of
// a Markdown text, in order. Lines inside fenced (``` or ~~~) and indented code blocks are not headings.
// A pragmatic subset of CommonMark: no HTML blocks, and a list item or quote line does not start a setext
// heading.
std::vector<MarkdownHeading> markdown_headings(std::string_view text);

// The form headings are compared in: ASCII lower case, inner whitespace collapsed, a leading section number
// ("7.", "2.1", "3)") and trailing ":.?!" dropped. "## 7. Escalation levels:" -> "escalation levels".
std::string heading_key(std::string_view heading);

} // namespace readiness::io
