#pragma once

#include "readiness/diff.hpp"
#include "readiness/gates.hpp"
#include "readiness/report.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace readiness {

// The one place each choice is named as it appears on the command line and in JSON (report, check, diff).
// A table per enum, every value once; key() and parse_key() read it. Words for people (Now, the mean) are
// the renderers' (render/report_names.hpp).

inline constexpr std::array k_aggregate_keys{std::pair{Aggregate::mean, std::string_view("mean")},
                                             std::pair{Aggregate::median, std::string_view("median")},
                                             std::pair{Aggregate::min, std::string_view("min")}};
inline constexpr std::array k_missing_keys{std::pair{MissingPolicy::ignore, std::string_view("ignore")},
                                           std::pair{MissingPolicy::zero, std::string_view("zero")}};
inline constexpr std::array k_phase_keys{std::pair{Phase::now, std::string_view("now")},
                                         std::pair{Phase::next, std::string_view("next")},
                                         std::pair{Phase::later, std::string_view("later")}};
inline constexpr std::array k_pair_state_keys{
    std::pair{PairState::scored, std::string_view("scored")},
    std::pair{PairState::missing, std::string_view("missing")},
    std::pair{PairState::not_applicable, std::string_view("not_applicable")}};
inline constexpr std::array k_blocker_reason_keys{
    std::pair{BlockerReason::below_threshold, std::string_view("below_threshold")},
    std::pair{BlockerReason::not_answered, std::string_view("not_answered")},
    std::pair{BlockerReason::marked_not_applicable, std::string_view("marked_not_applicable")}};
inline constexpr std::array k_disagreement_keys{
    std::pair{DisagreementKind::within_department, std::string_view("within_department")},
    std::pair{DisagreementKind::across_departments, std::string_view("across_departments")}};
inline constexpr std::array k_reassessment_keys{
    std::pair{Reassessment::both, std::string_view("both")},
    std::pair{Reassessment::not_reassessed, std::string_view("not_reassessed")},
    std::pair{Reassessment::newly_assessed, std::string_view("newly_assessed")},
    std::pair{Reassessment::neither, std::string_view("neither")}};
inline constexpr std::array k_waiver_state_keys{
    std::pair{WaiverState::active, std::string_view("active")},
    std::pair{WaiverState::expired, std::string_view("expired")},
    std::pair{WaiverState::unmatched, std::string_view("unmatched")}};
inline constexpr std::array k_regression_keys{
    std::pair{RegressionKind::new_blocker, std::string_view("new_blocker")},
    std::pair{RegressionKind::question_dropped, std::string_view("question_dropped")},
    std::pair{RegressionKind::department_dropped, std::string_view("department_dropped")},
    std::pair{RegressionKind::gate_newly_missed, std::string_view("gate_newly_missed")}};

// The table of an enum, so that key() and parse_key() need only the value's type.
constexpr const auto& key_table(Aggregate) {
    return k_aggregate_keys;
}
constexpr const auto& key_table(MissingPolicy) {
    return k_missing_keys;
}
constexpr const auto& key_table(Phase) {
    return k_phase_keys;
}
constexpr const auto& key_table(PairState) {
    return k_pair_state_keys;
}
constexpr const auto& key_table(BlockerReason) {
    return k_blocker_reason_keys;
}
constexpr const auto& key_table(DisagreementKind) {
    return k_disagreement_keys;
}
constexpr const auto& key_table(Reassessment) {
    return k_reassessment_keys;
}
constexpr const auto& key_table(WaiverState) {
    return k_waiver_state_keys;
}
constexpr const auto& key_table(RegressionKind) {
    return k_regression_keys;
}

// "median", "not_answered", …
template <class Enum>
constexpr std::string_view key(Enum value) {
    for (const auto& [candidate, name] : key_table(value)) {
        if (candidate == value) {
            return name;
        }
    }
    return "";
}

// The value a key names; nothing for an unknown key.
template <class Enum>
constexpr std::optional<Enum> parse_key(std::string_view name) {
    for (const auto& [value, candidate] : key_table(Enum{})) {
        if (candidate == name) {
            return value;
        }
    }
    return std::nullopt;
}

// The last value of each enum reads back (a table cut short shows here first).
static_assert(key(Aggregate::min) == "min" && key(MissingPolicy::zero) == "zero" &&
              key(Phase::later) == "later" && key(PairState::not_applicable) == "not_applicable" &&
              key(BlockerReason::marked_not_applicable) == "marked_not_applicable" &&
              key(DisagreementKind::across_departments) == "across_departments" &&
              key(Reassessment::neither) == "neither");

} // namespace readiness
