#include "readiness/anonymity.hpp"
#include "readiness/scoring.hpp"

#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

namespace {

AnswerSheet sheet(std::string name, std::string department, std::string role, AnswerMap answers) {
    AnswerSheet s;
    s.checklist = "sample";
    s.respondent = {std::move(name), std::move(department), std::move(role)};
    s.answers = std::move(answers);
    s.location = {"answers/" + s.respondent.name + ".yaml", 1, 1};
    return s;
}

Answer noted(Answer answer, std::string note) {
    answer.note = std::move(note);
    return answer;
}

// exec: Ann Lee (Manager) yes, Bob Stone (Agent) no, Cy Park (Agent) partly; support: Dee Long (Agent).
Report scored() {
    Checklist c = sample_checklist();
    c.questions[0].critical = 0.6; // owner: exec 0.5 and support 0.5 are blockers
    Scorer scorer(c, {}, nullptr);
    scorer.add(sheet("Ann Lee", "exec", "Manager",
                     {{"owner", choice_answer({"yes"})},
                      {"hours", number_answer(2)},
                      {"notes", text_answer("Ask Dee Long about it.")}}));
    scorer.add(
        sheet("Bob Stone", "exec", "Agent", {{"owner", noted(choice_answer({"no"}), "Ann disagrees.")}}));
    scorer.add(sheet("Cy Park", "exec", "Agent",
                     {{"owner", choice_answer({"partly"})}, {"notes", text_answer("More staff.")}}));
    scorer.add(sheet("Dee Long", "support", "Agent",
                     {{"owner", choice_answer({"partly"})},
                      {"channels", not_applicable()},
                      {"notes", text_answer("Bob Stone knows.")}}));
    return std::move(scorer).finish();
}

Report anonymised(std::size_t min_group) {
    Report report = scored();
    anonymise(report, sample_checklist(), {min_group});
    return report;
}

} // namespace

TEST_CASE("names are replaced in free text, word by word and a whole name at once") {
    const std::vector<std::string> names{"Dana Smith", "Anne-Marie O'Neil", "J Doe"};
    CHECK(redact_names("Dana Smith said Dana's team", names) == "[name] said [name]'s team");
    CHECK(redact_names("Danae and dana stay; Smith goes", names) == "Danae and dana stay; [name] goes");
    CHECK(redact_names("Ask Anne-Marie or O'Neil", names) == "Ask [name]-[name] or O'[name]");
    CHECK(redact_names("J and Doe", names) == "J and [name]");
    CHECK(redact_names("", names).empty());
}

TEST_CASE("an anonymous report lists no respondent and attributes remarks to their department") {
    const Report r = anonymised(3);
    CHECK(r.respondents.empty());
    CHECK(r.respondent_count == 4);
    REQUIRE(r.text_answers.size() == 3);
    CHECK(r.text_answers[0].respondent.empty());
    CHECK(r.text_answers[0].department == "exec");
    CHECK(r.text_answers[0].role.empty());
    CHECK(r.text_answers[0].text == "Ask [name] about it.");
    CHECK(r.text_answers[1].department == "exec");
    CHECK(r.text_answers[1].role.empty()); // two agents in exec: fewer than --min-group 3
    CHECK(r.text_answers[2].respondent.empty());
    CHECK(r.text_answers[2].department.empty()); // support is folded
    CHECK(r.text_answers[2].text == "[name] knows.");
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].respondent.empty());
    CHECK(r.notes[0].text == "[name] disagrees.");
    REQUIRE(r.not_applicable.size() == 1);
    CHECK(r.not_applicable[0].respondent.empty());
    CHECK(r.not_applicable[0].department.empty());
    for (const auto& pair : r.pairs) {
        CHECK(pair.source.file.empty());
    }
    REQUIRE(r.disagreements.size() == 1);
    CHECK(r.disagreements[0].kind == DisagreementKind::within_department);
    CHECK(r.disagreements[0].department == "exec");
    CHECK(r.disagreements[0].low.empty());
    CHECK(r.disagreements[0].high.empty());
    CHECK(r.disagreements[0].low_score == 0);
    CHECK(r.disagreements[0].high_score == 1);
}

TEST_CASE("a department with fewer respondents than min-group counts only in the overall figures") {
    const Report plain = scored();
    const Report r = anonymised(3);
    CHECK(r.anonymity.applied);
    CHECK(r.anonymity.min_group == 3);
    CHECK(r.anonymity.folded_departments == std::vector<std::string>{"support"});
    REQUIRE(r.departments.size() == 1);
    CHECK(r.departments[0].id == "exec");
    CHECK(r.cells.size() == 2);
    CHECK(r.pairs.size() == 3); // exec: owner, hours, channels (notes is text)
    for (const auto& pair : r.pairs) {
        CHECK(pair.department == "exec");
    }
    REQUIRE(r.blockers.size() == 1);
    CHECK(r.blockers[0].department == "exec");
    CHECK(plain.blockers.size() == 2);
    CHECK(r.anonymity.folded_blockers == 1);
    // Overall, dimensions, groups and gaps keep support's pairs.
    CHECK(r.overall.value == plain.overall.value);
    CHECK(r.overall.pairs == plain.overall.pairs);
    CHECK(r.applicable_pairs == plain.applicable_pairs);
    CHECK(r.dimensions[0].score.value == plain.dimensions[0].score.value);
    CHECK(r.groups[0].score.value == plain.groups[0].score.value);
    REQUIRE(r.gaps.size() == plain.gaps.size());
    CHECK(r.gaps[0].question == "owner");
    CHECK(r.gaps[0].priority == plain.gaps[0].priority);
    REQUIRE(r.gaps[0].departments.size() == 1);
    CHECK(r.gaps[0].departments[0].department == "exec");
}

TEST_CASE("a role is shown only when at least min-group respondents of the department share it") {
    const Report r = anonymised(2);
    CHECK(r.anonymity.folded_departments == std::vector<std::string>{"support"});
    REQUIRE(r.text_answers.size() == 3);
    CHECK(r.text_answers[0].role.empty()); // the only manager
    CHECK(r.text_answers[1].role == "Agent");
    CHECK(r.text_answers[2].role.empty()); // support is folded
    CHECK(r.notes[0].role == "Agent");
}

TEST_CASE("min-group 1 folds no department but still removes every name") {
    const Report r = anonymised(1);
    CHECK(r.anonymity.applied);
    CHECK(r.anonymity.folded_departments.empty());
    CHECK(r.departments.size() == 2);
    CHECK(r.respondents.empty());
    REQUIRE(r.text_answers.size() == 3);
    CHECK(r.text_answers[2].department == "support");
    CHECK(r.text_answers[2].role.empty()); // one agent in support
    CHECK(r.text_answers[1].role == "Agent");
}

TEST_CASE("a department without respondents is never folded") {
    Report r = scored();
    r.departments.push_back({"it", "IT", 1, 0, false, {}, 0, 0});
    anonymise(r, sample_checklist(), {3});
    CHECK(r.anonymity.folded_departments == std::vector<std::string>{"support"});
    CHECK(r.departments.size() == 2);
    CHECK(r.departments[1].id == "it");
}
