#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace readiness::io {

// "2026-12-31" when `text` is a real calendar date written YYYY-MM-DD; nothing otherwise ("2026-02-30",
// "2026-1-5", "31/12/2026").
std::optional<std::string> parse_iso_date(std::string_view text);

} // namespace readiness::io
