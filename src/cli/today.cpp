#include "today.hpp"

#include "io/iso_date.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>

namespace readiness::cli {

std::optional<std::string> today(Console& console) {
    if (const char* given = std::getenv("READINESS_TODAY"); given != nullptr && *given != '\0') {
        auto date = io::parse_iso_date(given);
        if (!date) {
            console.err << fmt::format("readiness: error: READINESS_TODAY must be a date written YYYY-MM-DD, "
                                       "not '{}'\n",
                                       given);
        }
        return date;
    }
    const std::chrono::year_month_day date{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace readiness::cli
