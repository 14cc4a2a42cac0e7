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
