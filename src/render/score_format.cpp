#include "score_format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace readiness::render {

std::string one_decimal(double value) {
    double rounded = std::round(value * 10) / 10;
    if (rounded == 0) {
        rounded = 0; // folds -0.0
    }
    return fmt::format("{:.1f}", rounded);
}

std::string score_text(const std::optional<double>& value) {
    return value ? one_decimal(*value) : std::string("—");
}

std::string score_text(const Score& score) {
    return score_text(score.value);
}

std::string pair_score_text(double value) {
    return one_decimal(100 * value);
}

std::string change_text(double delta) {
    const std::string rounded = one_decimal(delta);
    if (rounded == "0.0") {
        return "±0.0";
    }
    return delta > 0 ? "+" + rounded : rounded;
}

std::string percent_text(std::size_t part, std::size_t whole) {
    const auto ratio = coverage_ratio(part, whole);
    return ratio ? one_decimal(100 * *ratio) + "%" : "—";
}

std::string pair_sources_text(const PairResult& pair) {
    if (!pair.answered_score || !pair.evidence_score ||
        pair_score_text(*pair.answered_score) == pair_score_text(*pair.evidence_score)) {
        return "";
    }
    return fmt::format("answered {} · files {}", pair_score_text(*pair.answered_score),
                       pair_score_text(*pair.evidence_score));
}

std::string pair_score_detail(const PairResult& pair) {
    if (!pair.score) {
        return "—";
    }
    const std::string sources = pair_sources_text(pair);
    return sources.empty() ? pair_score_text(*pair.score)
                           : fmt::format("{} ({})", pair_score_text(*pair.score), sources);
}

std::string blocker_state_text(const Report& report, const Blocker& blocker) {
    switch (blocker.reason) {
    case BlockerReason::not_answered:
        return "not answered";
    case BlockerReason::marked_not_applicable:
        return "marked not applicable";
    case BlockerReason::below_threshold:
        break;
    }
    const PairResult* pair = find_pair(report, blocker.question, blocker.department);
    if (pair) {
        return pair_score_detail(*pair);
    }
    return blocker.score ? pair_score_text(*blocker.score) : "—";
}

} // namespace readiness::render
