#include "readiness/conditions.hpp"

#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

namespace {

Condition leaf(ConditionKind kind, std::string question, std::vector<std::string> values = {},
               double number = 0) {
    Condition c;
    c.kind = kind;
    c.question = std::move(question);
    c.values = std::move(values);
    c.number = number;
    return c;
}

Condition compound(ConditionKind kind, std::vector<Condition> children) {
    Condition c;
    c.kind = kind;
    c.children = std::move(children);
    return c;
}

} // namespace

TEST_CASE("in, not_in and equals compare a choice's option value") {
    const Checklist c = sample_checklist();
    const AnswerMap partly{{"owner", choice_answer({"partly"})}};
    CHECK(evaluate(leaf(ConditionKind::in, "owner", {"yes", "partly"}), c, partly));
    CHECK_FALSE(evaluate(leaf(ConditionKind::in, "owner", {"yes"}), c, partly));
    CHECK(evaluate(leaf(ConditionKind::not_in, "owner", {"no"}), c, partly));
    CHECK_FALSE(evaluate(leaf(ConditionKind::not_in, "owner", {"partly", "no"}), c, partly));
    CHECK(evaluate(leaf(ConditionKind::equals, "owner", {"partly"}), c, partly));
    CHECK_FALSE(evaluate(leaf(ConditionKind::equals, "owner", {"yes"}), c, partly));
}

TEST_CASE("for a multi question, in holds when any chosen option is listed") {
    const Checklist c = sample_checklist();
    const AnswerMap answers{{"channels", multi_answer({"twitter", "forums"})}};
    CHECK(evaluate(leaf(ConditionKind::in, "channels", {"forums"}), c, answers));
    CHECK_FALSE(evaluate(leaf(ConditionKind::in, "channels", {"facebook"}), c, answers));
    CHECK(evaluate(leaf(ConditionKind::not_in, "channels", {"facebook"}), c, answers));
    CHECK_FALSE(evaluate(leaf(ConditionKind::not_in, "channels", {"twitter", "facebook"}), c, answers));
    CHECK(evaluate(leaf(ConditionKind::equals, "channels", {"twitter"}), c, answers));
    CHECK(evaluate(leaf(ConditionKind::at_least, "channels", {}, 0.75), c, answers));
    CHECK_FALSE(evaluate(leaf(ConditionKind::at_least, "channels", {}, 0.8), c, answers));
}

TEST_CASE("at_least and at_most compare a number, or a choice's score, inclusively") {
    const Checklist c = sample_checklist();
    const AnswerMap answers{{"hours", number_answer(4)}, {"owner", choice_answer({"partly"})}};
    CHECK(evaluate(leaf(ConditionKind::at_most, "hours", {}, 4), c, answers));
    CHECK_FALSE(evaluate(leaf(ConditionKind::at_most, "hours", {}, 3.9), c, answers));
    CHECK(evaluate(leaf(ConditionKind::at_least, "hours", {}, 4), c, answers));
    CHECK_FALSE(evaluate(leaf(ConditionKind::at_least, "hours", {}, 4.1), c, answers));
    CHECK(evaluate(leaf(ConditionKind::equals, "hours", {"4"}), c, answers));
    CHECK_FALSE(evaluate(leaf(ConditionKind::equals, "hours", {"5"}), c, answers));
    CHECK(evaluate(leaf(ConditionKind::at_least, "owner", {}, 0.5), c, answers));
    CHECK_FALSE(evaluate(leaf(ConditionKind::at_least, "owner", {}, 0.6), c, answers));
    CHECK(evaluate(leaf(ConditionKind::at_most, "owner", {}, 0.5), c, answers));
}

TEST_CASE("a condition on an unanswered or n/a question is false, except answered: false") {
    const Checklist c = sample_checklist();
    const AnswerMap none;
    const AnswerMap na{{"owner", not_applicable()}};
    for (const AnswerMap* answers : {&none, &na}) {
        CHECK_FALSE(evaluate(leaf(ConditionKind::in, "owner", {"yes", "partly", "no"}), c, *answers));
        CHECK_FALSE(evaluate(leaf(ConditionKind::not_in, "owner", {"yes"}), c, *answers));
        CHECK_FALSE(evaluate(leaf(ConditionKind::at_most, "owner", {}, 1), c, *answers));
    }
    Condition answered = leaf(ConditionKind::answered, "owner");
    CHECK_FALSE(evaluate(answered, c, none));
    CHECK(evaluate(answered, c, na));
    answered.answered = false;
    CHECK(evaluate(answered, c, none));
    CHECK_FALSE(evaluate(answered, c, na));

    AnswerMap note_only{{"owner", Answer{}}};
    note_only["owner"].note = "ask again";
    answered.answered = true;
    CHECK_FALSE(evaluate(answered, c, note_only));
}

TEST_CASE("all, any and not combine conditions") {
    const Checklist c = sample_checklist();
    const AnswerMap answers{{"owner", choice_answer({"yes"})}, {"hours", number_answer(30)}};
    const Condition yes = leaf(ConditionKind::equals, "owner", {"yes"});
    const Condition fast = leaf(ConditionKind::at_most, "hours", {}, 1);
    CHECK_FALSE(evaluate(compound(ConditionKind::all, {yes, fast}), c, answers));
    CHECK(evaluate(compound(ConditionKind::any, {yes, fast}), c, answers));
    CHECK(evaluate(compound(ConditionKind::negation, {fast}), c, answers));
    CHECK_FALSE(evaluate(compound(ConditionKind::negation, {yes}), c, answers));
    CHECK(evaluate(compound(ConditionKind::all, {}), c, answers));
    CHECK_FALSE(evaluate(compound(ConditionKind::any, {}), c, answers));
}

TEST_CASE("a question is asked when it applies to the department and its condition holds") {
    Checklist c = sample_checklist();
    Question& hours = c.questions[1];
    hours.departments = {"support"};
    hours.when = leaf(ConditionKind::in, "owner", {"yes", "partly"});
    CHECK(is_asked(hours, c, "support", {{"owner", choice_answer({"yes"})}}));
    CHECK_FALSE(is_asked(hours, c, "support", {{"owner", choice_answer({"no"})}}));
    CHECK_FALSE(is_asked(hours, c, "exec", {{"owner", choice_answer({"yes"})}}));
    CHECK(is_asked(c.questions[0], c, "exec", {}));
    CHECK_FALSE(is_asked(c.questions[0], c, "sales", {}));
}

TEST_CASE("a condition reads as words") {
    const Condition yes = leaf(ConditionKind::in, "owner", {"yes", "partly"});
    const Condition fast = leaf(ConditionKind::at_most, "hours", {}, 1.5);
    CHECK(describe(yes) == "owner is one of yes, partly");
    CHECK(describe(leaf(ConditionKind::not_in, "owner", {"no"})) == "owner is none of no");
    CHECK(describe(leaf(ConditionKind::equals, "owner", {"yes"})) == "owner is yes");
    CHECK(describe(leaf(ConditionKind::at_least, "hours", {}, 2)) == "hours is at least 2");
    CHECK(describe(leaf(ConditionKind::answered, "owner")) == "owner is answered");
    CHECK(describe(compound(ConditionKind::all, {yes, compound(ConditionKind::any, {fast, yes})})) ==
          "owner is one of yes, partly and (hours is at most 1.5 or owner is one of yes, partly)");
    CHECK(describe(compound(ConditionKind::negation, {fast})) == "not (hours is at most 1.5)");
}
