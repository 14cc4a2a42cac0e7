#include "io/checklist_loader.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::io;

namespace {

const std::string k_head = R"(id: tiny
title: Tiny
version: 1.0.0
departments:
  - { id: exec, name: Executive, weight: 2, leadership: true }
groups:
  - { id: base, name: Base }
dimensions:
  - { id: roles, name: Roles, group: base }
levels:
  - { id: low, label: Low, min: 0 }
  - { id: high, label: High, min: 60 }
questions:
)";

std::vector<std::string> messages(const ChecklistLoad& load) {
    std::vector<std::string> result;
    for (const auto& d : load.diagnostics) {
        result.push_back(format_diagnostic(d));
    }
    return result;
}

} // namespace

TEST_CASE("a checklist loads into the model with every field") {
    const auto load = load_checklist_text(k_head + R"(  - id: roles.owner
    dimension: roles
    text: Is there an owner?
    help: A name.
    options:
      - { value: "yes", label: "Yes", score: 1 }
      - { value: "no", label: "No", score: 0 }
    weight: 3
    departments: [exec]
    critical: 0.4
    target: 0.9
    effort: high
    action: Name an owner
    actions: { "no": Name an owner this week }
    recommendation: Name one.
    recommendations: { "no": Name one now. }
    references: [Altimeter]
    evidence:
      - { file: "policies/*.md", contains: [owner, mandate] }
      - { file: runbook.md, headings: [Escalation] }
  - id: roles.hours
    type: number
    dimension: roles
    text: Hours?
    unit: hours
    min: 0
    max: 168
    bands: [{ max: 1, score: 1 }, { score: 0 }]
    when: { not: { any: [{ question: roles.owner, in: ["yes"] }, { question: roles.owner, at_most: 0.5 }] } }
    evidence:
      - { file: sla.yaml, key: social.first_response_hours }
)",
                                          "c.yaml");
    REQUIRE(messages(load).empty());
    const Checklist& c = load.checklist;
    CHECK(c.id == "tiny");
    CHECK(c.departments[0].weight == 2);
    CHECK(c.levels[1].min == 60);
    const Question& owner = c.questions[0];
    CHECK(owner.type == QuestionType::choice);
    CHECK(owner.options.size() == 2);
    CHECK(owner.options[0].value == "yes");
    CHECK(owner.weight == 3);
    CHECK(owner.departments == std::vector<std::string>{"exec"});
    CHECK(owner.critical == 0.4);
    CHECK(owner.target == 0.9);
    CHECK(owner.effort == Effort::high);
    CHECK(owner.recommendations == std::vector<std::pair<std::string, std::string>>{{"no", "Name one now."}});
    CHECK(owner.action == "Name an owner");
    CHECK(owner.actions ==
          std::vector<std::pair<std::string, std::string>>{{"no", "Name an owner this week"}});
    CHECK(c.departments[0].leadership);
    REQUIRE(owner.evidence.size() == 2);
    CHECK(owner.evidence[0].kind == EvidenceKind::contains);
    CHECK(owner.evidence[0].phrases == std::vector<std::string>{"owner", "mandate"});
    CHECK(owner.evidence[1].kind == EvidenceKind::headings);
    CHECK(owner.source.self == Location{"c.yaml", 14, 5});
    CHECK(owner.source.at("departments.0") == Location{"c.yaml", 22, 19});

    const Question& hours = c.questions[1];
    CHECK(hours.type == QuestionType::number);
    CHECK(hours.min == 0);
    CHECK(hours.max == 168);
    REQUIRE(hours.bands.size() == 2);
    CHECK(hours.bands[0].max == 1);
    CHECK_FALSE(hours.bands[1].max);
    REQUIRE(hours.when);
    CHECK(hours.when->kind == ConditionKind::negation);
    CHECK(hours.when->children[0].kind == ConditionKind::any);
    CHECK(hours.when->children[0].children[1].kind == ConditionKind::at_most);
    CHECK(hours.when->children[0].children[1].number == 0.5);
    CHECK(hours.evidence[0].kind == EvidenceKind::key);
    CHECK(hours.evidence[0].key == "social.first_response_hours");
}

TEST_CASE("critical: true means the default threshold, false means not critical") {
    const auto make = [](const std::string& critical) {
        return load_checklist_text(
            k_head +
                "  - { id: q, dimension: roles, text: T, options: [{ value: a, label: A, "
                "score: 1 }], critical: " +
                critical + " }\n",
            "c.yaml");
    };
    CHECK(make("true").checklist.questions[0].critical == 0.5);
    CHECK_FALSE(make("false").checklist.questions[0].critical);
    CHECK(make("1").checklist.questions[0].critical == 1.0);
}

TEST_CASE("every problem in a file is reported in one run, in file order") {
    const auto load = load_checklist_text(k_head + R"(  - id: roles.owner
    dimension: roles
    text: Is there an owner?
    options: [{ value: "yes", label: "Yes", score: 2 }]
    wieght: 3
    weight: none
  - id: roles.owner
    dimension: rules
    text: [not, text]
    scale: missing
    when: { question: roles.later, answered: true }
)",
                                          "c.yaml");
    CHECK(messages(load) ==
          std::vector<std::string>{
              "c.yaml:17:52: error: the score of option 'yes' must be between 0 and 1, not 2",
              "c.yaml:18:5: error: unknown key 'wieght' in question 'roles.owner' (did you mean 'weight'?)",
              "c.yaml:19:13: error: 'weight' must be a number, not 'none'",
              "c.yaml:20:9: error: duplicate question id 'roles.owner' (first defined at line 14)",
              "c.yaml:21:16: error: question 'roles.owner' names unknown dimension 'rules' (did you mean "
              "'roles'?)",
              "c.yaml:22:11: error: 'text' must be text, not a list",
              "c.yaml:23:12: error: question 'roles.owner' names unknown scale 'missing'",
              "c.yaml:24:23: error: 'when' of question 'roles.owner' names unknown question 'roles.later'",
          });
    CHECK_FALSE(load.ok());
}

TEST_CASE("missing required keys are listed together at the object") {
    const auto load = load_checklist_text("id: tiny\nquestions: []\n", "c.yaml");
    CHECK(messages(load) ==
          std::vector<std::string>{"c.yaml:1:1: error: the checklist is missing required keys title, "
                                   "version, departments, groups, dimensions, levels"});
}

TEST_CASE("lists and mappings of the wrong kind are reported, not crashed on") {
    const auto load = load_checklist_text(k_head + "  - just text\n  - [a, list]\n", "c.yaml");
    CHECK(messages(load) ==
          std::vector<std::string>{
              "c.yaml:14:5: error: each item of 'questions' must be a mapping (key: value lines), "
              "not 'just text'",
              "c.yaml:15:5: error: each item of 'questions' must be a mapping (key: value lines), "
              "not a list",
          });
    const auto scalar_root = load_checklist_text("just text\n", "c.yaml");
    CHECK(messages(scalar_root) ==
          std::vector<std::string>{
              "c.yaml:1:1: error: a checklist must be a mapping (key: value lines), not 'just text'"});
}

TEST_CASE("numbers are plain scalars, quoted numbers and nan are refused") {
    const auto make = [](const std::string& weight) {
        return messages(load_checklist_text(
            k_head + "  - { id: q, dimension: roles, text: T, scale: s, weight: " + weight + " }\n",
            "c.yaml"));
    };
    const std::string unknown_scale = "c.yaml:14:48: error: question 'q' names unknown scale 's'";
    CHECK(make("1e1") == std::vector<std::string>{unknown_scale});
    CHECK(make("+2") == std::vector<std::string>{unknown_scale});
    CHECK(make("\"2\"") ==
          std::vector<std::string>{unknown_scale, "c.yaml:14:59: error: 'weight' must be a number, not '2'"});
    CHECK(make(".nan") == std::vector<std::string>{
                              unknown_scale, "c.yaml:14:59: error: 'weight' must be a number, not '.nan'"});
}
