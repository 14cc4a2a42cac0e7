#include "readiness/suggest.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace readiness;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps, ignoring case") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("weight", "weight") == 0);
    CHECK(edit_distance("wieght", "weight") == 1);
    CHECK(edit_distance("weigh", "weight") == 1);
    CHECK(edit_distance("weightt", "weight") == 1);
    CHECK(edit_distance("waight", "weight") == 1);
    CHECK(edit_distance("WEIGHT", "weight") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest match suggests only likely typos") {
    const std::vector<std::string> keys{"weight", "when", "text", "departments"};
    CHECK(closest_match("wieght", keys) == "weight");
    CHECK(closest_match("departmnts", keys) == "departments");
    CHECK(closest_match("colour", keys) == std::nullopt);
    CHECK(closest_match("x", keys) == std::nullopt);
    CHECK(closest_match("texts", keys) == "text");
}

TEST_CASE("did you mean reads as a suffix, or nothing") {
    const std::vector<std::string> commands{"validate", "list", "explain"};
    CHECK(did_you_mean("valdate", commands) == " (did you mean 'validate'?)");
    CHECK(did_you_mean("report-all", commands).empty());
}

TEST_CASE("the bounded edit distance agrees with the full one up to its limit") {
    const std::vector<std::string> words{"",        "a",           "weight",     "wieght", "weigh", "kitten",
                                         "sitting", "departments", "departmnts", "abcdef", "badcfe"};
    for (const auto& a : words) {
        for (const auto& b : words) {
            for (std::size_t limit = 0; limit <= 4; ++limit) {
                INFO(a << " / " << b << " within " << limit);
                CHECK(edit_distance_within(a, b, limit) == std::min(edit_distance(a, b), limit + 1));
            }
        }
    }
}

TEST_CASE("a word far longer than every candidate gets no suggestion and costs nothing") {
    const std::vector<std::string> keys{"weight", "when", "text", "departments"};
    CHECK(edit_distance_within(std::string(1 << 20, 'w'), "weight", 3) == 4);
    CHECK(closest_match(std::string(1 << 20, 'w'), keys) == std::nullopt);
    CHECK(closest_match("weightweight", keys) == std::nullopt);
}
