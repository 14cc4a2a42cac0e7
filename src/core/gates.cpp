#include "readiness/gates.hpp"

#include <algorithm>

namespace readiness {

namespace {

GateResult at_least(std::string id, GateKind kind, std::string subject_name, const Score& score,
                    double limit) {
    return {std::move(id), kind, std::move(subject_name), score.value && *score.value >= limit,
            score.value,   limit};
}

} // namespace

bool CheckResult::passed() const {
    return std::all_of(gates.begin(), gates.end(), [](const GateResult& g) { return g.passed; });
}

bool CheckResult::blockers_allowed() const {
    return std::all_of(gates.begin(), gates.end(),
                       [](const GateResult& g) { return g.kind != GateKind::max_blockers || g.passed; });
}

CheckResult check_gates(const Report& report, const Gates& gates) {
    CheckResult result;
    if (gates.min_score) {
        result.gates.push_back(
            at_least("min-score", GateKind::min_score, "", report.overall, *gates.min_score));
    }
    if (gates.min_department) {
        for (const auto& d : report.departments) {
            if (d.assessed) {
                result.gates.push_back(at_least("min-department/" + d.id, GateKind::min_department, d.name,
                                                d.score, *gates.min_department));
            }
        }
    }
    if (gates.min_dimension) {
        for (const auto& d : report.dimensions) {
            if (d.score.value) {
                result.gates.push_back(at_least("min-dimension/" + d.id, GateKind::min_dimension, d.name,
                                                d.score, *gates.min_dimension));
            }
        }
    }
    const double max_blockers = gates.max_blockers.value_or(0);
    const auto blockers = static_cast<double>(report.blockers.size());
    result.gates.push_back(
        {"max-blockers", GateKind::max_blockers, "", blockers <= max_blockers, blockers, max_blockers});
    return result;
}

} // namespace readiness
