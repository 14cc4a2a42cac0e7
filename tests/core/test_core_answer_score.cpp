#include "readiness/answer_score.hpp"

#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

TEST_CASE("a choice scores its option's score") {
    const Checklist c = sample_checklist();
    const Question& owner = *c.find_question("owner");
    CHECK(answer_score(owner, c, choice_answer({"yes"})) == 1.0);
    CHECK(answer_score(owner, c, choice_answer({"partly"})) == 0.5);
    CHECK(answer_score(owner, c, choice_answer({"no"})) == 0.0);
    CHECK(answer_score(owner, c, choice_answer({"PARTLY"})) == 0.5); // a label, ignoring case
    CHECK(answer_score(owner, c, choice_answer({"maybe"})) == std::nullopt);
}

TEST_CASE("a multi answer scores the sum of its options, at most 1") {
    const Checklist c = sample_checklist();
    const Question& channels = *c.find_question("channels");
    CHECK(answer_score(channels, c, multi_answer({"forums"})) == 0.25);
    CHECK(answer_score(channels, c, multi_answer({"twitter", "forums"})) == 0.75);
    CHECK(answer_score(channels, c, multi_answer({"twitter", "facebook", "forums"})) == 1.0);
    CHECK(answer_score(channels, c, multi_answer({})) == 0.0);
}

TEST_CASE("a number scores the first band whose max is at least the value") {
    const Checklist c = sample_checklist();
    const Question& hours = *c.find_question("hours");
    CHECK(answer_score(hours, c, number_answer(0)) == 1.0);
    CHECK(answer_score(hours, c, number_answer(1)) == 1.0);
    CHECK(answer_score(hours, c, number_answer(1.5)) == 0.75);
    CHECK(answer_score(hours, c, number_answer(4)) == 0.75);
    CHECK(answer_score(hours, c, number_answer(24)) == 0.25);
    CHECK(answer_score(hours, c, number_answer(24.01)) == 0.0);
}

TEST_CASE("text, n/a and a note alone are not scored") {
    const Checklist c = sample_checklist();
    CHECK(answer_score(*c.find_question("notes"), c, text_answer("more staff")) == std::nullopt);
    CHECK(answer_score(*c.find_question("owner"), c, not_applicable()) == std::nullopt);
    CHECK(answer_score(*c.find_question("owner"), c, Answer{}) == std::nullopt);
    CHECK(answer_score(*c.find_question("hours"), c, choice_answer({"yes"})) == std::nullopt);
}
