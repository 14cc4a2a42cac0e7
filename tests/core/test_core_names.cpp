#include "readiness/names.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

namespace {

template <class Table>
void reads_back(const Table& table) {
    for (const auto& [value, name] : table) {
        using Enum = std::decay_t<decltype(value)>;
        CHECK(key(value) == name);
        CHECK(parse_key<Enum>(name) == value);
    }
}

} // namespace

TEST_CASE("every choice's key reads back to the same value, an unknown key to nothing") {
    reads_back(k_aggregate_keys);
    reads_back(k_missing_keys);
    reads_back(k_phase_keys);
    reads_back(k_pair_state_keys);
    reads_back(k_blocker_reason_keys);
    reads_back(k_disagreement_keys);
    reads_back(k_reassessment_keys);
    CHECK_FALSE(parse_key<Aggregate>("average"));
    CHECK(key(BlockerReason::not_answered) == "not_answered");
}
