#include "readiness/validation.hpp"

#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> result;
    for (const auto& d : diagnostics) {
        result.push_back(format_diagnostic(d));
    }
    std::sort(result.begin(), result.end());
    return result;
}

Location at(int line, int column) {
    return {"c.yaml", line, column};
}

} // namespace

TEST_CASE("a well-formed checklist has no problems") {
    CHECK(validate_checklist(sample_checklist()).empty());
}

TEST_CASE("ids must be well formed and unique within their list") {
    Checklist c = sample_checklist();
    c.id = "Sample List";
    c.source.fields["id"] = at(1, 5);
    c.questions[1].id = "owner";
    c.questions[1].source.fields["id"] = at(20, 9);
    c.questions[0].source.fields["id"] = at(10, 9);
    c.departments[1].id = "Support";
    c.departments[1].source.fields["id"] = at(4, 9);
    CHECK(
        messages(validate_checklist(c)) ==
        std::vector<std::string>{
            "c.yaml:1:5: error: checklist id 'Sample List' must be lowercase letters, digits, '.', '_' or "
            "'-', "
            "starting with a letter or digit",
            "c.yaml:20:9: error: duplicate question id 'owner' (first defined at line 10)",
            "c.yaml:4:9: error: department id 'Support' must be lowercase letters, digits, '.', '_' or '-', "
            "starting with a letter or digit",
            "error: question 'owner' names unknown department 'support' (did you mean 'Support'?)",
        });
}

TEST_CASE("references to unknown departments, dimensions, groups and scales are reported with a suggestion") {
    Checklist c = sample_checklist();
    c.dimensions[0].group = "bsae";
    c.questions[0].dimension = "rols";
    c.questions[0].scale = "yes-no";
    c.questions[0].departments = {"exec", "suport"};
    c.questions[0].source.fields["departments.1"] = at(7, 20);
    CHECK(messages(validate_checklist(c)) ==
          std::vector<std::string>{
              "c.yaml:7:20: error: question 'owner' names unknown department 'suport' (did you mean "
              "'support'?)",
              "error: dimension 'roles' names unknown group 'bsae' (did you mean 'base'?)",
              "error: question 'owner' names unknown dimension 'rols' (did you mean 'roles'?)",
              "error: question 'owner' names unknown scale 'yes-no'",
          });
}

TEST_CASE("weights must be positive and scores within 0 and 1") {
    Checklist c = sample_checklist();
    c.departments[0].weight = 0;
    c.questions[0].weight = -2;
    c.questions[0].target = 1.5;
    c.questions[0].critical = 0;
    c.scales[0].options[0].score = 1.2;
    c.questions[1].bands[0].score = -0.5;
    CHECK(messages(validate_checklist(c)) ==
          std::vector<std::string>{
              "error: a band score must be between 0 and 1, not -0.5",
              "error: critical must be true, false or a threshold in (0, 1], not 0",
              "error: department weight must be greater than 0, not 0",
              "error: question weight must be greater than 0, not -2",
              "error: target must be between 0 and 1, not 1.5",
              "error: the score of option 'yes' must be between 0 and 1, not 1.2",
          });
}

TEST_CASE("bands ascend by max and only the last leaves it out") {
    Checklist c = sample_checklist();
    c.questions[1].bands = {{4.0, 1, {}}, {2.0, 0.5, {}}, {std::nullopt, 0.2, {}}, {48.0, 0, {}}};
    CHECK(messages(validate_checklist(c)) ==
          std::vector<std::string>{
              "error: bands must be in ascending order of max: 2 after 4",
              "error: only the last band may leave out 'max'",
              "error: the last band must leave out 'max' so that every value has a score",
          });
}

TEST_CASE("levels ascend from 0") {
    Checklist c = sample_checklist();
    c.levels = {{"a", "A", 10, "", {}}, {"b", "B", 10, "", {}}, {"c", "C", 101, "", {}}};
    CHECK(messages(validate_checklist(c)) ==
          std::vector<std::string>{
              "error: level 'c' min must be between 0 and 100, not 101",
              "error: levels must be in ascending order of min: 'b' (10) after 'a' (10)",
              "error: the first level must start at min 0, not 10",
          });
}

TEST_CASE("a when condition may only name an earlier question, and only its options") {
    Checklist c = sample_checklist();
    Condition later;
    later.kind = ConditionKind::answered;
    later.question = "channels";
    c.questions[0].when = later;
    Condition unknown;
    unknown.kind = ConditionKind::in;
    unknown.question = "ownr";
    Condition wrong_value;
    wrong_value.kind = ConditionKind::in;
    wrong_value.question = "owner";
    wrong_value.values = {"yes", "maybe"};
    Condition self;
    self.kind = ConditionKind::answered;
    self.question = "channels";
    Condition all;
    all.kind = ConditionKind::all;
    all.children = {unknown, wrong_value, self};
    c.questions[2].when = all;
    CHECK(messages(validate_checklist(c)) ==
          std::vector<std::string>{
              "error: 'maybe' is not an option of 'owner' (options: yes, partly, no)",
              "error: 'when' of question 'channels' names the question itself",
              "error: 'when' of question 'channels' names unknown question 'ownr' (did you mean 'owner'?)",
              "error: 'when' of question 'owner' names 'channels', which comes later in the file; a "
              "condition may "
              "only name an earlier question",
          });
}

TEST_CASE("question shapes: options only for choice and multi, bands only for number") {
    Checklist c = sample_checklist();
    c.questions[0].options = {{"x", "X", 1, {}}};      // has a scale too
    c.questions[1].scale = "yes-partly-no";            // a number with a scale
    c.questions[2].options.clear();                    // a multi without options
    c.questions[3].source.fields["unit"] = Location{}; // a text question with a unit
    c.questions[3].unit = "hours";
    CHECK(messages(validate_checklist(c)) ==
          std::vector<std::string>{
              "error: 'unit' is only for number questions; 'notes' is a text question",
              "error: multi question 'channels' needs 'scale' or 'options'",
              "error: number question 'hours' cannot have options",
              "error: question 'owner' has both 'scale' and 'options'; keep one",
          });
}

TEST_CASE("options have unique values and n/a is reserved") {
    Checklist c = sample_checklist();
    c.questions[2].options = {{"a", "A", 1, {}}, {"a", "A again", 0, {}}, {"n/a", "None", 0, {}}};
    CHECK(messages(validate_checklist(c)) ==
          std::vector<std::string>{
              "error: duplicate option value 'a' in question 'channels' (first at line 0)",
              "error: option value 'n/a' is reserved for 'not applicable'",
          });
}

TEST_CASE("evidence paths stay inside the evidence directory") {
    CHECK(is_contained_path("policy.md"));
    CHECK(is_contained_path("runbooks/*.md"));
    CHECK(is_contained_path("a..b/c.md"));
    CHECK_FALSE(is_contained_path("../policy.md"));
    CHECK_FALSE(is_contained_path("runbooks/../../x"));
    CHECK_FALSE(is_contained_path("/etc/passwd"));
    CHECK_FALSE(is_contained_path("C:/policy.md"));
    CHECK_FALSE(is_contained_path("runbooks\\x.md"));
    CHECK_FALSE(is_contained_path(""));
    CHECK_FALSE(is_contained_path("a/.."));

    Checklist c = sample_checklist();
    EvidenceRule rule;
    rule.file = "../secret.md";
    rule.phrases = {"x"};
    c.questions[0].evidence = {rule};
    CHECK(messages(validate_checklist(c)) ==
          std::vector<std::string>{"error: evidence path '../secret.md' must be relative and stay inside the "
                                   "evidence directory (no leading '/', no '..')"});
}

TEST_CASE("ids are lowercase letters, digits, dots, underscores and dashes") {
    CHECK(is_valid_id("roles.owner"));
    CHECK(is_valid_id("9-lives_x"));
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id(".roles"));
    CHECK_FALSE(is_valid_id("Roles"));
    CHECK_FALSE(is_valid_id("roles owner"));
}
