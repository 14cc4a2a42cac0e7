#include "readiness/gates.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness {

namespace {

GateResult at_least(std::string id, std::string title, const Score& score, double limit,
                    std::string_view what) {
    GateResult result{std::move(id), std::move(title), false, score.value, limit, {}};
    if (!score.value) {
        result.message = fmt::format("{} has no score: nothing that counts for it was answered", what);
        return result;
    }
    result.passed = *score.value >= limit;
    result.message = fmt::format("{} scores {:.1f}, {} the minimum of {}", what, *score.value,
                                 result.passed ? "meeting" : "below", limit);
    return result;
}

} // namespace

bool CheckResult::passed() const {
    return std::all_of(gates.begin(), gates.end(), [](const GateResult& g) { return g.passed; });
}

bool CheckResult::blockers_allowed() const {
    return std::all_of(gates.begin(), gates.end(),
                       [](const GateResult& g) { return g.id != "max-blockers" || g.passed; });
}

CheckResult check_gates(const Report& report, const Gates& gates) {
    CheckResult result;
    if (gates.min_score) {
        result.gates.push_back(at_least("min-score",
                                        fmt::format("Overall score of at least {}", *gates.min_score),
                                        report.overall, *gates.min_score, "The organisation"));
    }
    if (gates.min_department) {
        for (const auto& d : report.departments) {
            if (d.assessed) {
                result.gates.push_back(
                    at_least("min-department/" + d.id,
                             fmt::format("{} scores at least {}", d.name, *gates.min_department), d.score,
                             *gates.min_department, d.name));
            }
        }
    }
    if (gates.min_dimension) {
        for (const auto& d : report.dimensions) {
            if (d.score.value) {
                result.gates.push_back(
                    at_least("min-dimension/" + d.id,
                             fmt::format("{} scores at least {}", d.name, *gates.min_dimension), d.score,
                             *gates.min_dimension, d.name));
            }
        }
    }
    const double max_blockers = gates.max_blockers.value_or(0);
    const auto blockers = static_cast<double>(report.blockers.size());
    GateResult blocker_gate{"max-blockers",
                            fmt::format("At most {} blockers", max_blockers),
                            blockers <= max_blockers,
                            blockers,
                            max_blockers,
                            {}};
    blocker_gate.message = fmt::format("{} {} found; at most {} allowed", report.blockers.size(),
                                       report.blockers.size() == 1 ? "blocker" : "blockers", max_blockers);
    result.gates.push_back(std::move(blocker_gate));
    return result;
}

} // namespace readiness
