#pragma once

#include <string>
#include <string_view>

namespace readiness::render {

// `text` safe in XML 1.0 element content and in double- or single-quoted attribute values: & < > " '
// become references; tab, line feed and carriage return become character references in attributes (so
// parsers keep them) and CR in content too. What XML 1.0 cannot hold at all (other control characters,
// U+FFFE, U+FFFF, bytes that are not UTF-8) becomes U+FFFD.
std::string escape_xml(std::string_view text, bool attribute);

} // namespace readiness::render
