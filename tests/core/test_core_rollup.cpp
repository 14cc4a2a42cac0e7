#include "core/rollup.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <utility>
#include <vector>

using namespace readiness;

TEST_CASE("a pair tallies its options in order of arrival, up to the limit, the rest as other answers") {
    PairAccumulator acc;
    // Ten distinct options, some again: the first eight seen get entries, in the order they came.
    for (const std::size_t option :
         std::initializer_list<std::size_t>{3, 1, 3, 12, 0, 5, 1, 7, 8, 2, 9, 11, 3, 9, 2, 12}) {
        acc.tally_option(option);
    }
    REQUIRE(k_answer_tally_limit == 8);
    std::vector<std::pair<std::size_t, std::size_t>> entries; // option, count
    for (const auto& entry : acc.answers) {
        CHECK_FALSE(entry.is_number);
        entries.emplace_back(entry.option, entry.count);
    }
    CHECK(entries == std::vector<std::pair<std::size_t, std::size_t>>{
                         {3, 3}, {1, 2}, {12, 2}, {0, 1}, {5, 1}, {7, 1}, {8, 1}, {2, 2}});
    CHECK(acc.other_answers == 3); // 9, 11 and 9 again
}

TEST_CASE("a pair tallies numbers by their bits, beside options") {
    PairAccumulator acc;
    acc.tally_number(0.0);
    acc.tally_number(-0.0);
    acc.tally_number(0.0);
    acc.tally_option(0);
    acc.tally_option(0);
    REQUIRE(acc.answers.size() == 3);
    CHECK(acc.answers[0].is_number);
    CHECK(acc.answers[0].count == 2);
    CHECK(acc.answers[1].count == 1);
    CHECK_FALSE(acc.answers[2].is_number);
    CHECK(acc.answers[2].count == 2);
}
