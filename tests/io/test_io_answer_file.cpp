#include "io/answer_file.hpp"
#include "io/checklist_loader.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::io;

namespace {

const Checklist& fixture() {
    static const Checklist checklist = [] {
        auto load = load_checklist_text(
            readiness::test::read_source_file("tests/fixtures/checklists/every-feature.yaml"),
            "every-feature.yaml");
        REQUIRE(load.ok());
        return load.checklist;
    }();
    return checklist;
}

const std::string k_head = R"(checklist: every-feature
checklist_version: 2.1.0
organisation: Acme Ltd
date: 2026-11-20
respondent: { name: Dana Smith, department: support, role: Head of Care }
answers:
)";

std::vector<std::string> messages(const AnswerLoad& load) {
    std::vector<std::string> result;
    for (const auto& d : load.diagnostics) {
        result.push_back(format_diagnostic(d));
    }
    return result;
}

} // namespace

TEST_CASE("an answer file loads every answer form") {
    const auto load = load_answer_text(k_head + R"(  roles.owner: Partly
  processes.first-response-hours: 6
  processes.escalation: { value: informal, note: "Nobody wrote it down." }
  tactics.channels: [twitter, Facebook]
  tactics.first-change: More staff at weekends.
)",
                                       "a.yaml", fixture());
    REQUIRE(messages(load).empty());
    REQUIRE(load.sheets.size() == 1);
    const AnswerSheet& sheet = load.sheets[0];
    CHECK(sheet.checklist == "every-feature");
    CHECK(sheet.organisation == "Acme Ltd");
    CHECK(sheet.date == "2026-11-20");
    CHECK(sheet.respondent.name == "Dana Smith");
    CHECK(sheet.respondent.department == "support");
    CHECK(sheet.respondent.role == "Head of Care");
    const auto& a = sheet.answers;
    CHECK(a.at("roles.owner").kind == AnswerKind::choice);
    CHECK(a.at("roles.owner").choices == std::vector<std::string>{"partly"}); // a label becomes its value
    CHECK(a.at("roles.owner").location == Location{"a.yaml", 7, 16});
    CHECK(a.at("processes.first-response-hours").number == 6);
    CHECK(a.at("processes.escalation").choices == std::vector<std::string>{"informal"});
    CHECK(a.at("processes.escalation").note == "Nobody wrote it down.");
    CHECK(a.at("tactics.channels").kind == AnswerKind::multi);
    CHECK(a.at("tactics.channels").choices == std::vector<std::string>{"twitter", "facebook"});
    CHECK(a.at("tactics.first-change").kind == AnswerKind::text);
    CHECK(a.at("tactics.first-change").text == "More staff at weekends.");
}

TEST_CASE("n/a, a note alone and a blank answer") {
    const auto load = load_answer_text(k_head + R"(  roles.owner: n/a
  processes.escalation: { note: "Ask Marcus." }
  tactics.channels:
)",
                                       "a.yaml", fixture());
    REQUIRE(messages(load).empty());
    const auto& a = load.sheets[0].answers;
    CHECK(a.at("roles.owner").kind == AnswerKind::not_applicable);
    CHECK(a.at("processes.escalation").kind == AnswerKind::none);
    CHECK(a.at("processes.escalation").note == "Ask Marcus.");
    CHECK(a.count("tactics.channels") == 0);
}

TEST_CASE("every problem in an answer file is reported with its place") {
    const auto load = load_answer_text(R"(checklist: every-feature
checklist_version: 1.0.0
date: 20 November
respondent: { name: Dana, department: suport }
answers:
  roles.ownr: "yes"
  roles.owner: maybe
  processes.first-response-hours: 200
  tactics.channels: [twitter, myspace]
  processes.escalation: [written, none]
  tactics.first-change: { value: x, colour: red }
  roles.owner: "no"
)",
                                       "a.yaml", fixture());
    CHECK(
        messages(load) ==
        std::vector<std::string>{
            "a.yaml:2:20: warning: these answers were given to version 1.0.0 of 'every-feature'; the active "
            "checklist is version 2.1.0",
            "a.yaml:3:7: error: 'date' must be written YYYY-MM-DD, not '20 November'",
            "a.yaml:4:39: error: unknown department 'suport' (departments: exec, support) (did you mean "
            "'support'?)",
            "a.yaml:6:3: error: unknown question 'roles.ownr' (did you mean 'roles.owner'?)",
            "a.yaml:7:16: error: 'maybe' is not an option of roles.owner: yes, partly, no",
            "a.yaml:8:35: error: 200 is outside 0 to 168",
            "a.yaml:9:21: error: 'myspace' is not an option of tactics.channels: twitter, facebook, forums",
            "a.yaml:10:25: error: processes.escalation takes one answer, not a list",
            "a.yaml:11:37: error: unknown key 'colour' in the answer to 'tactics.first-change'",
            "a.yaml:12:3: error: duplicate key 'roles.owner' (first at line 7)",
        });
}

TEST_CASE("answers for another checklist are refused, a department's unasked question is a warning") {
    const auto other =
        load_answer_text("checklist: quick-check\nrespondent: { name: A, department: exec }\nanswers: {}\n",
                         "a.yaml", fixture());
    CHECK(messages(other) ==
          std::vector<std::string>{"a.yaml:1:12: error: these answers are for checklist "
                                   "'quick-check', but the active checklist is 'every-feature'; "
                                   "choose it with -c quick-check"});
    const auto unasked = load_answer_text("checklist: every-feature\nrespondent: { name: A, department: exec "
                                          "}\nanswers:\n  processes.first-response-hours: 2\n",
                                          "a.yaml", fixture());
    CHECK(messages(unasked) ==
          std::vector<std::string>{"a.yaml:4:3: warning: 'processes.first-response-hours' is not "
                                   "asked of department 'exec'; the answer is kept but not scored"});
    CHECK(unasked.ok());
    CHECK(unasked.sheets[0].answers.size() == 1);
}

TEST_CASE("a written sheet loads back the same, hostile text included") {
    AnswerSheet sheet;
    sheet.checklist = "every-feature";
    sheet.checklist_version = "2.1.0";
    sheet.organisation = "Acme \"Quotes\" & <Co>";
    sheet.date = "2026-11-20";
    sheet.respondent = {"Dana: Smith # not a comment", "support", "Lead\\Care"};
    Answer owner;
    owner.kind = AnswerKind::choice;
    owner.choices = {"yes"};
    owner.note = "line one\nline two\ttab";
    Answer hours;
    hours.kind = AnswerKind::number;
    hours.number = 0.5;
    Answer channels;
    channels.kind = AnswerKind::multi;
    channels.choices = {"twitter", "forums"};
    Answer change;
    change.kind = AnswerKind::text;
    change.text = "n/a? no: 'quoted' \"twice\" é";
    Answer na;
    na.kind = AnswerKind::not_applicable;
    sheet.answers = {{"roles.owner", owner},
                     {"processes.first-response-hours", hours},
                     {"tactics.channels", channels},
                     {"tactics.first-change", change},
                     {"processes.escalation", na}};
    const std::string text = format_answer_sheet(sheet, fixture());
    readiness::test::check_golden("tests/golden/answer-sheet-roundtrip.yaml", text);
    const auto load = load_answer_text(text, "r.yaml", fixture());
    REQUIRE(messages(load).empty());
    const AnswerSheet& back = load.sheets[0];
    CHECK(back.organisation == sheet.organisation);
    CHECK(back.respondent.name == sheet.respondent.name);
    CHECK(back.respondent.role == sheet.respondent.role);
    for (const auto& [id, answer] : sheet.answers) {
        INFO(id);
        const Answer& read = back.answers.at(id);
        CHECK(read.kind == answer.kind);
        CHECK(read.choices == answer.choices);
        CHECK(read.number == answer.number);
        CHECK(read.text == answer.text);
        CHECK(read.note == answer.note);
    }
}

TEST_CASE("a typo gets 'did you mean': an option, and a checklist id names the real one") {
    const auto load = load_answer_text(k_head + "  roles.owner: partyl\n", "a.yaml", fixture());
    CHECK(messages(load) ==
          std::vector<std::string>{"a.yaml:7:16: error: 'partyl' is not an option of "
                                   "roles.owner: yes, partly, no (did you mean 'partly'?)"});
    const auto typo =
        load_answer_text("checklist: every-featur\nrespondent: { name: A, department: exec }\nanswers: {}\n",
                         "a.yaml", fixture());
    CHECK(messages(typo) == std::vector<std::string>{
                                "a.yaml:1:12: error: these answers are for checklist 'every-featur', but the "
                                "active checklist is 'every-feature' (did you mean 'every-feature'?)"});
}
