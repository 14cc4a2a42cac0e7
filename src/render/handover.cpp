#include "handover.hpp"

#include <fmt/format.h>

#include <vector>

namespace readiness::render {

namespace {

std::string base64(std::string_view bytes) {
    static constexpr std::string_view k_alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t count = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t chunk = 0;
        for (std::size_t j = 0; j < 3; ++j) {
            chunk = (chunk << 8) | (j < count ? static_cast<unsigned char>(bytes[i + j]) : 0u);
        }
        for (std::size_t j = 0; j < 4; ++j) {
            out += j <= count ? k_alphabet[(chunk >> (18 - 6 * j)) & 0x3fu] : '=';
        }
    }
    return out;
}

} // namespace

std::string organisation_name(const Report& report, const Handover& handover) {
    if (!handover.organisation.empty()) {
        return handover.organisation;
    }
    return fmt::format("{}", fmt::join(report.organisations, ", "));
}

std::string handover_facts(const Handover& handover) {
    std::vector<std::string> facts;
    if (!handover.prepared_by.empty()) {
        facts.push_back("Prepared by " + handover.prepared_by);
    }
    if (!handover.confidential.empty()) {
        facts.push_back("Confidential: " + handover.confidential);
    }
    return fmt::format("{}", fmt::join(facts, " · "));
}

std::string data_uri(const Logo& logo) {
    return fmt::format("data:{};base64,{}", logo.media_type, base64(logo.bytes));
}

} // namespace readiness::render
