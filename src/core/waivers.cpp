#include "readiness/waivers.hpp"

namespace readiness {

bool waiver_covers(const Waiver& waiver, std::string_view question, std::string_view department) {
    if (waiver.question != question) {
        return false;
    }
    return waiver.department.empty() || waiver.department == department;
}

bool waiver_expired(const Waiver& waiver, std::string_view today) {
    return today > std::string_view(waiver.expires);
}

} // namespace readiness
