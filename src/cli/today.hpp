#pragma once

#include "console.hpp"

#include <optional>
#include <string>

namespace readiness::cli {

// Today's date, YYYY-MM-DD (UTC), for waivers: READINESS_TODAY when set (tests and reproducible runs),
// else the system clock. A READINESS_TODAY that is not a date is reported and gives nothing.
std::optional<std::string> today(Console& console);

} // namespace readiness::cli
