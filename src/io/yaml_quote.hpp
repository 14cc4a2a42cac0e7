#pragma once

#include <string>
#include <string_view>

namespace readiness::io {

// `text` as a YAML double-quoted scalar that reads back exactly: backslash, quote and control characters
// escaped; other UTF-8 kept as it is.
std::string yaml_quote(std::string_view text);

} // namespace readiness::io
