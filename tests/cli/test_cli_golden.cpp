#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

using namespace readiness::test;

namespace {

const std::string k_fixture = "tests/fixtures/checklists/every-feature.yaml";

} // namespace

TEST_CASE("list shows the shipped checklists and the active one's departments and dimensions") {
    const CliResult fixture = run_cli({"-c", k_fixture, "list"});
    CHECK(fixture.exit_code == 0);
    CHECK(fixture.err.empty());
    check_golden("tests/golden/list-every-feature.txt", fixture.out);

    const CliResult builtin = run_cli({"list"});
    CHECK(builtin.exit_code == 0);
    check_golden("tests/golden/list-social-readiness.txt", builtin.out);
}

TEST_CASE("explain shows every part of a question") {
    std::string all;
    for (const char* id : {"roles.owner", "processes.first-response-hours", "processes.escalation",
                           "tactics.channels", "tactics.first-change"}) {
        const CliResult result = run_cli({"-c", k_fixture, "explain", id});
        CHECK(result.exit_code == 0);
        CHECK(result.err.empty());
        all += "$ readiness -c " + k_fixture + " explain " + id + "\n" + result.out + "\n";
    }
    check_golden("tests/golden/explain-every-feature.txt", all);
}

TEST_CASE("explain works on the built-in checklist from any folder") {
    const CliResult result = run_cli({"explain", "roles.owner"});
    CHECK(result.exit_code == 0);
    check_golden("tests/golden/explain-roles-owner.txt", result.out);
}

TEST_CASE("validate with no file checks the active checklist") {
    const CliResult result = run_cli({"-c", k_fixture, "validate"});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          k_fixture + ": ok: checklist 'every-feature' 2.1.0, 5 questions, 2 departments, 3 dimensions\n");
    const CliResult quiet = run_cli({"-q", "-c", k_fixture, "validate"});
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
}

TEST_CASE("validate reads answer files, folders of them and CSV exports against the active checklist") {
    const CliResult acme = run_cli({"validate", "examples/acme/answers/"});
    CHECK(acme.exit_code == 0);
    CHECK(acme.err.empty());
    check_golden("tests/golden/validate-acme-answers.txt", acme.out);

    const CliResult csv = run_cli({"-c", k_fixture, "validate", "tests/fixtures/answers/survey.csv",
                                   "tests/fixtures/answers/bad-survey.csv"});
    CHECK(csv.exit_code == 1);
    CHECK(csv.out == "tests/fixtures/answers/survey.csv: ok: 2 respondents' answers to 'every-feature'\n");
    CHECK(csv.err ==
          "tests/fixtures/answers/bad-survey.csv:2:3: error: 'maybe' is not an option of roles.owner: yes, "
          "partly, no\ntests/fixtures/answers/bad-survey.csv: 1 problem\n");

    const CliResult wrong_checklist =
        run_cli({"-c", "quick-check", "validate", "examples/acme/answers/hr-sam-adeyemi.yaml"});
    CHECK(wrong_checklist.exit_code == 1);
    CHECK_THAT(wrong_checklist.err,
               Catch::Contains("these answers are for checklist 'social-readiness', but the "
                               "active checklist is 'quick-check'"));
}
