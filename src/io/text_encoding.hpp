#pragma once

#include <optional>
#include <string>

namespace readiness::io {

// The text as UTF-8 without a byte order mark: UTF-16 LE or BE with their BOM are transcoded (surrogate
// pairs joined), a UTF-8 BOM is dropped, anything else is returned as it is. An unpaired surrogate or an odd
// byte count in UTF-16 sets `error` and returns nothing.
std::optional<std::string> to_utf8(std::string bytes, std::string& error);

} // namespace readiness::io
