#include "readiness/scoring.hpp"
#include "readiness/summary.hpp"

#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

namespace {

AnswerSheet sheet(std::string name, std::string department, AnswerMap answers) {
    AnswerSheet s;
    s.checklist = "sample";
    s.respondent = {std::move(name), std::move(department), ""};
    s.answers = std::move(answers);
    return s;
}

Report score(const Checklist& checklist, const std::vector<AnswerSheet>& sheets) {
    Scorer scorer(checklist, {});
    for (const auto& s : sheets) {
        scorer.add(s);
    }
    return scorer.finish();
}

Checklist with_leadership() {
    Checklist c = sample_checklist();
    c.departments[0].leadership = true; // exec
    return c;
}

// exec sees an owner and fast answers; support sees neither.
std::vector<AnswerSheet> two_views() {
    return {sheet("Ann", "exec", {{"owner", choice_answer({"yes"})}, {"hours", number_answer(1)}}),
            sheet("Cat", "support", {{"owner", choice_answer({"no"})}, {"hours", number_answer(30)}})};
}

// A checklist of `count` critical choice questions, all in one dimension.
Checklist critical_questions(std::size_t count) {
    Checklist c = sample_checklist();
    c.questions.clear();
    for (std::size_t i = 0; i < count; ++i) {
        Question q;
        q.id = "q" + std::to_string(i);
        q.dimension = "roles";
        q.text = "Question " + std::to_string(i) + "?";
        q.action = "Do thing " + std::to_string(i);
        q.scale = "yes-partly-no";
        q.critical = 0.5;
        q.weight = static_cast<double>(count - i); // priority falls with i
        c.questions.push_back(q);
    }
    return c;
}

} // namespace

TEST_CASE("the executive summary names the strongest and weakest dimension and the department behind") {
    const Checklist checklist = with_leadership();
    const Report report = score(checklist, two_views());
    const ExecutiveSummary summary = summarise(report, checklist);
    // roles: exec 1 (weight 2), support 0 (weight 1) -> 66.7; processes: exec 1, support 0 (hours 30)
    // -> 66.7. Equal: neither is stated.
    CHECK_FALSE(summary.strongest);
    CHECK_FALSE(summary.weakest);
    REQUIRE(summary.furthest_behind);
    CHECK(summary.furthest_behind->department == "support");
    CHECK(summary.furthest_behind->score == Approx(0));
}

TEST_CASE("the perception gap is the question where leadership and the front line differ most") {
    const Checklist checklist = with_leadership();
    const Report report = score(checklist, two_views());
    const ExecutiveSummary summary = summarise(report, checklist);
    REQUIRE(summary.perception_gap);
    CHECK(summary.perception_gap->question == "owner"); // 100 vs 0; hours is 100 vs 0 too: the first wins
    CHECK(*summary.perception_gap->leadership == Approx(100));
    CHECK(*summary.perception_gap->front_line == Approx(0));
    CHECK(summary.perception_gap->front_line_departments == std::vector<std::string>{"support"});

    const auto by_dimension = perception_by_dimension(report, checklist);
    REQUIRE(by_dimension.size() == 2);
    CHECK(by_dimension[0].dimension == "roles");
    CHECK(*by_dimension[0].difference() == Approx(100));
    CHECK(*by_dimension[1].leadership == Approx(100)); // hours: 1 h scores 1
    CHECK(*by_dimension[1].front_line == Approx(0));   // 30 h scores 0
}

TEST_CASE("no perception gap without a leadership department or under 25 points") {
    const Checklist plain = sample_checklist();
    const Report report = score(plain, two_views());
    CHECK_FALSE(summarise(report, plain).perception_gap);
    CHECK(perception_by_dimension(report, plain).empty());

    const Checklist checklist = with_leadership();
    const Report close = score(checklist, {sheet("Ann", "exec", {{"owner", choice_answer({"partly"})}}),
                                           sheet("Cat", "support", {{"owner", choice_answer({"partly"})}})});
    CHECK_FALSE(summarise(close, checklist).perception_gap);
}

TEST_CASE("dimension targets are the weighted mean of the scored pairs' targets") {
    Checklist checklist = with_leadership();
    checklist.questions[0].target = 0.5; // owner
    const Report report = score(checklist, two_views());
    REQUIRE(report.dimensions.size() == 2);
    CHECK(*report.dimensions[0].target == Approx(50));  // roles: owner only
    CHECK(*report.dimensions[1].target == Approx(100)); // processes: hours, target 1
}

TEST_CASE("Now holds at most seven actions, blockers first then priority, the rest move to Next") {
    const Checklist checklist = critical_questions(9);
    AnswerMap answers;
    for (const auto& q : checklist.questions) {
        answers[q.id] = choice_answer({"no"});
    }
    const Report report = score(checklist, {sheet("Ann", "exec", answers)});
    REQUIRE(report.gaps.size() == 9);
    for (std::size_t i = 0; i < 9; ++i) {
        CHECK(report.gaps[i].question == "q" + std::to_string(i));
        CHECK(report.gaps[i].phase == (i < k_now_limit ? Phase::now : Phase::next));
        CHECK(report.gaps[i].action == "Do thing " + std::to_string(i));
    }
    CHECK(report.moved_to_next == 2);
    CHECK(report.roadmap_rule.find("at most 7 (blockers first, then by priority; the rest move to Next)") !=
          std::string::npos);
}

TEST_CASE("a gap's action follows the most common short answer, else the question's, else its text") {
    Checklist checklist = critical_questions(1);
    checklist.questions[0].actions = {{"partly", "Finish thing 0"}};
    const auto report_for = [&](std::vector<std::string> answers) {
        std::vector<AnswerSheet> sheets;
        for (std::size_t i = 0; i < answers.size(); ++i) {
            sheets.push_back(sheet("R" + std::to_string(i), "exec", {{"q0", choice_answer({answers[i]})}}));
        }
        return score(checklist, sheets);
    };
    CHECK(report_for({"partly", "partly", "no"}).gaps.at(0).action == "Finish thing 0");
    CHECK(report_for({"no", "no", "partly"}).gaps.at(0).action == "Do thing 0");
    checklist.questions[0].action.clear();
    CHECK(report_for({"no"}).gaps.at(0).action == "Question 0?");
}

TEST_CASE("the first actions are the roadmap's first three, Now before Next") {
    const Checklist checklist = critical_questions(9);
    AnswerMap answers;
    for (const auto& q : checklist.questions) {
        answers[q.id] = choice_answer({"no"});
    }
    const Report report = score(checklist, {sheet("Ann", "exec", answers)});
    const ExecutiveSummary summary = summarise(report, checklist);
    CHECK(summary.first_actions == std::vector<std::size_t>{0, 1, 2});
    CHECK(summary.blocker_questions.size() == 9);
    CHECK(summary.blocked_departments == 1);
}
