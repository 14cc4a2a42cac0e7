#include "readiness/answer_score.hpp"
#include "readiness/conditions.hpp"
#include "readiness/report.hpp"
#include "readiness/response.hpp"

#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

namespace {

Condition leaf(ConditionKind kind, std::string question, std::vector<std::string> values = {},
               double number = 0, bool answered = true) {
    Condition c;
    c.kind = kind;
    c.question = std::move(question);
    c.values = std::move(values);
    c.number = number;
    c.answered = answered;
    return c;
}

Condition compound(ConditionKind kind, std::vector<Condition> children) {
    Condition c;
    c.kind = kind;
    c.children = std::move(children);
    return c;
}

AnswerSheet sheet_of(AnswerMap answers) {
    AnswerSheet sheet;
    sheet.respondent = {"Ann", "exec", ""};
    sheet.answers = std::move(answers);
    return sheet;
}

} // namespace

TEST_CASE("the index matches an option by value, else by label in any case, as match_option does") {
    const Checklist c = sample_checklist();
    const ChecklistIndex index(c);
    const std::size_t owner = *index.question("owner");
    CHECK(index.option(owner, "partly") == 1);
    CHECK(index.option(owner, "PARTLY") == 1); // the label, folded
    CHECK(index.option(owner, "Partly") == 1);
    CHECK_FALSE(index.option(owner, "maybe"));
    CHECK_FALSE(index.question("nowhere"));
    CHECK(index.department("support") == 1);
    for (const auto& token : {"yes", "Yes", "NO", "partly ", "twitter"}) {
        const Option* expected = c.match_option(c.questions[owner], token);
        const auto found = index.option(owner, token);
        CHECK(found.has_value() == (expected != nullptr));
    }
}

TEST_CASE("an option is matched by its value in any case, before any label") {
    Checklist c = sample_checklist();
    c.questions[2].options = {
        {"x-twitter", "X (Twitter)", 0.5, {}}, {"fb", "Facebook", 0.5, {}}, {"forums", "FB", 0.25, {}}};
    const ChecklistIndex index(c);
    const std::size_t channels = *index.question("channels");
    for (const auto& [token, expected] : std::vector<std::pair<std::string, std::size_t>>{
             {"X-Twitter", 0}, {"x (twitter)", 0}, {"FB", 1}, {"fb", 1}, {"Forums", 2}}) {
        INFO(token);
        CHECK(index.option(channels, token) == expected);
        const Option* option = c.match_option(c.questions[channels], token);
        REQUIRE(option != nullptr);
        CHECK(option == &c.questions[channels].options[expected]);
    }
}

TEST_CASE("prepared conditions agree with evaluate on every form and answer") {
    const Checklist c = sample_checklist();
    const ChecklistIndex index(c);
    const std::vector<Condition> conditions = {
        leaf(ConditionKind::in, "owner", {"yes", "partly"}),
        leaf(ConditionKind::not_in, "owner", {"no"}),
        leaf(ConditionKind::equals, "owner", {"partly"}),
        leaf(ConditionKind::equals, "hours", {"2"}),
        leaf(ConditionKind::at_least, "owner", {}, 0.5),
        leaf(ConditionKind::at_most, "hours", {}, 4),
        leaf(ConditionKind::at_least, "channels", {}, 0.75),
        leaf(ConditionKind::in, "channels", {"forums"}),
        leaf(ConditionKind::not_in, "channels", {"twitter"}),
        leaf(ConditionKind::in, "notes", {"none"}),
        leaf(ConditionKind::answered, "hours", {}, 0, true),
        leaf(ConditionKind::answered, "hours", {}, 0, false),
        leaf(ConditionKind::in, "unknown", {"yes"}),
        compound(ConditionKind::all,
                 {leaf(ConditionKind::in, "owner", {"yes"}), leaf(ConditionKind::answered, "channels")}),
        compound(ConditionKind::any,
                 {leaf(ConditionKind::in, "owner", {"no"}), leaf(ConditionKind::at_most, "hours", {}, 1)}),
        compound(ConditionKind::negation, {leaf(ConditionKind::in, "owner", {"yes"})}),
    };
    Answer noted;
    noted.note = "ask again";
    const std::vector<AnswerMap> answers = {
        {},
        {{"owner", choice_answer({"yes"})}, {"channels", multi_answer({"twitter", "forums"})}},
        {{"owner", choice_answer({"partly"})}, {"hours", number_answer(2)}},
        {{"owner", choice_answer({"no"})}, {"hours", number_answer(30)}, {"notes", text_answer("none")}},
        {{"owner", not_applicable()}, {"hours", not_applicable()}, {"channels", multi_answer({})}},
        {{"owner", noted}, {"channels", multi_answer({"facebook", "twitter", "forums"})}},
    };
    Response response;
    for (const auto& map : answers) {
        const AnswerSheet sheet = sheet_of(map);
        to_response(sheet, index, response);
        for (const auto& condition : conditions) {
            INFO(describe(condition) << " on answer map " << (&map - answers.data()));
            CHECK(evaluate(prepare(condition, c), index, response) == evaluate(condition, c, map));
        }
        for (std::size_t q = 0; q < c.questions.size(); ++q) {
            const auto found = map.find(c.questions[q].id);
            const auto expected =
                found == map.end() ? std::nullopt : answer_score(c.questions[q], c, found->second);
            CHECK(index.score(q, response) == expected);
        }
    }
}

TEST_CASE("a response turns back into the sheet it came from") {
    const Checklist c = sample_checklist();
    const ChecklistIndex index(c);
    AnswerSheet sheet = sheet_of({{"owner", choice_answer({"partly"})},
                                  {"channels", multi_answer({"forums", "twitter"})},
                                  {"hours", number_answer(3)},
                                  {"notes", text_answer("fine")}});
    sheet.checklist = c.id;
    sheet.checklist_version = c.version;
    sheet.location = {"a.yaml", 1, 1};
    for (auto& [id, answer] : sheet.answers) {
        answer.location = {"a.yaml", 2, 3};
    }
    Response response;
    to_response(sheet, index, response);
    const AnswerSheet back = to_sheet(response, index);
    CHECK(back.location == sheet.location);
    CHECK(back.respondent.name == "Ann");
    REQUIRE(back.answers.size() == 4);
    CHECK(back.answers.at("channels").choices == std::vector<std::string>{"forums", "twitter"}); // as given
    CHECK(back.answers.at("hours").number == 3);
    CHECK(back.answers.at("notes").text == "fine");
    CHECK(back.answers.at("owner").location == Location{"a.yaml", 2, 3});
}

TEST_CASE("the respondent list keeps names, departments, roles and sources compactly") {
    RespondentList list;
    list.add("Ann", "exec", "", "s.csv", 2, 1);
    list.add("Bob", "support", "agent", "s.csv", 3, 1);
    list.add("Cat", "exec", "", "c.yaml", 0, 0);
    REQUIRE(list.size() == 3);
    CHECK(list[0].name == "Ann");
    CHECK(list[0].source == "s.csv:2:1");
    CHECK(list[1].department == "support");
    CHECK(list[1].role == "agent");
    CHECK(list[2].source == "c.yaml");
    std::vector<std::string> names;
    for (const auto& r : list) {
        names.push_back(r.name);
    }
    CHECK(names == std::vector<std::string>{"Ann", "Bob", "Cat"});
}
