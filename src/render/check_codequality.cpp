// GitLab Code Quality for `readiness check --format codequality` (artifacts:reports:codequality): a JSON
// array with an entry per finding that fails or warns, is waived or known (not the notes): description,
// check_name (the rule), fingerprint, severity and location {path, lines {begin}}. The fingerprint is a
// hash of the finding's stable identity ("blocker/roles.owner@exec"), never of its message or position in
// the list, so GitLab matches an issue across pipelines.
#include "check_findings.hpp"
#include "check_formats.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdint>

namespace readiness::render {

namespace {

using json = nlohmann::ordered_json;

// FNV-1a, 64 bits, twice (the second seeded differently) as 32 hex digits: stable on every platform.
std::string fingerprint(std::string_view identity) {
    const auto fnv = [&](std::uint64_t hash) {
        for (const char c : identity) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 0x100000001b3ULL;
        }
        return hash;
    };
    return fmt::format("{:016x}{:016x}", fnv(0xcbf29ce484222325ULL), fnv(0x84222325cbf29ce4ULL));
}

const char* severity(const CheckFinding& finding) {
    switch (finding.level) {
    case FindingLevel::failure:
        return finding.kind == FindingKind::blocker ? "blocker" : "critical";
    case FindingLevel::warning:
        return "major";
    case FindingLevel::known:
        return "minor";
    case FindingLevel::waived:
    case FindingLevel::note:
        break;
    }
    return "info";
}

} // namespace

std::string render_check_codequality(const CheckDocument& document) {
    json issues = json::array();
    for (const auto& finding : check_findings(document)) {
        if (finding.level == FindingLevel::note) {
            continue;
        }
        std::string description = finding.title + ": " + finding.message;
        if (finding.level == FindingLevel::waived && finding.waiver != nullptr) {
            description += " (" + waiver_text(*finding.waiver) + ")";
        }
        issues.push_back(
            {{"description", description},
             {"check_name", finding.rule},
             {"fingerprint", fingerprint(finding.fingerprint)},
             {"severity", severity(finding)},
             {"location", {{"path", finding.place.file}, {"lines", {{"begin", finding.place.line}}}}}});
    }
    return issues.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace readiness::render
