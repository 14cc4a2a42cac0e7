#include "gate_text.hpp"

#include "score_format.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

// The score as shown, with more decimals where one would round a miss up to the limit.
std::string score_against(double value, double limit) {
    std::string shown = one_decimal(value);
    for (int decimals = 2; value < limit && std::stod(shown) >= limit && decimals <= 6; ++decimals) {
        shown = fmt::format("{:.{}f}", value, decimals);
    }
    return shown;
}

} // namespace

std::string gate_title(const GateResult& gate) {
    switch (gate.kind) {
    case GateKind::min_score:
        return fmt::format("Overall score of at least {}", gate.limit);
    case GateKind::min_department:
    case GateKind::min_dimension:
        return fmt::format("{} scores at least {}", gate.subject_name, gate.limit);
    case GateKind::max_blockers:
        return fmt::format("At most {} {}", gate.limit, gate.limit == 1 ? "blocker" : "blockers");
    }
    return "";
}

std::string gate_message(const GateResult& gate) {
    if (gate.kind == GateKind::max_blockers) {
        const auto found = static_cast<std::size_t>(gate.actual.value_or(0));
        return fmt::format("{} {} found; at most {} allowed", found, found == 1 ? "blocker" : "blockers",
                           gate.limit);
    }
    const std::string what = gate.kind == GateKind::min_score ? "The organisation" : gate.subject_name;
    if (!gate.actual) {
        return fmt::format("{} has no score: nothing that counts for it was answered", what);
    }
    return fmt::format("{} scores {}, {} the minimum of {}", what, score_against(*gate.actual, gate.limit),
                       gate.passed ? "meeting" : "below", gate.limit);
}

} // namespace readiness::render
