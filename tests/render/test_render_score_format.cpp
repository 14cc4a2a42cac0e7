#include "render/score_format.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::render;

TEST_CASE("every score a person reads has one decimal, rounded half away from zero") {
    CHECK(one_decimal(47.25) == "47.3");
    CHECK(one_decimal(31.25) == "31.3");
    CHECK(one_decimal(-0.04) == "0.0");
    CHECK(one_decimal(-1.25) == "-1.3");
    CHECK(pair_score_text(0.25) == "25.0");
    CHECK(pair_score_text(0.3125) == "31.3");
    CHECK(score_text(std::optional<double>{}) == "—");
    CHECK(change_text(3.25) == "+3.3");
    CHECK(change_text(-1) == "-1.0");
    CHECK(change_text(0.04) == "±0.0");
    CHECK(percent_text(1, 8) == "12.5%");
}

TEST_CASE("a pair's score shows what it was made of where answers and files differ") {
    PairResult pair;
    pair.score = 0.25;
    pair.answered_score = 0.25;
    CHECK(pair_score_detail(pair) == "25.0");
    pair.evidence_score = 1.0;
    CHECK(pair_sources_text(pair) == "answered 25.0 · files 100.0");
    CHECK(pair_score_detail(pair) == "25.0 (answered 25.0 · files 100.0)");
    pair.evidence_score = 0.25;
    CHECK(pair_score_detail(pair) == "25.0");

    Report report;
    report.pairs = {pair};
    report.pairs[0].question = "owner";
    report.pairs[0].department = "exec";
    CHECK(blocker_state_text(report, {"owner", "exec", BlockerReason::below_threshold, 0.25, 0.5}) == "25.0");
    CHECK(blocker_state_text(report, {"owner", "support", BlockerReason::not_answered, {}, 0.5}) ==
          "not answered");
    CHECK(blocker_state_text(report, {"owner", "support", BlockerReason::marked_not_applicable, {}, 0.5}) ==
          "marked not applicable");
}
