#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace readiness::test;

namespace fs = std::filesystem;

TEST_CASE("check exits 0 when every gate holds, 1 when one fails, 2 on bad input") {
    const std::vector<std::string> policy_only{"check", "--evidence", "examples/acme/policies"};
    auto args = policy_only;
    args.insert(args.end(), {"--min-score", "73.4"});
    CHECK(run_cli(args).exit_code == 0);
    args = policy_only;
    args.insert(args.end(), {"--min-score", "73.5"});
    const CliResult below = run_cli(args);
    CHECK(below.exit_code == 1);
    CHECK_THAT(below.out,
               Catch::StartsWith("readiness check: failed (1 of 2 gates; 1 failure, 3 warnings)\n"));

    const CliResult answers =
        run_cli({"check", "examples/acme/answers/", "--evidence", "examples/acme/policies"});
    CHECK(answers.exit_code == 1); // blockers fail a check by default
    check_golden("tests/golden/check-acme.txt", answers.out);

    CHECK(run_cli({"check", "--evidence", "no/such/folder"}).exit_code == 2);
    CHECK(run_cli({"check"}).exit_code == 2);
}

TEST_CASE("gates come from a YAML file; options on the command line win") {
    const std::string gates = "examples/acme/policies/readiness-gates.yaml";
    CHECK(run_cli({"check", "--evidence", "examples/acme/policies", "--gates", gates}).exit_code == 0);
    CHECK(run_cli({"check", "--evidence", "examples/acme/policies", "--gates", gates, "--min-score", "90"})
              .exit_code == 1);
    const fs::path bad = fs::temp_directory_path() / "readiness-bad-gates.yaml";
    std::ofstream(bad) << "min_scor: 60\nmax_blockers: many\n";
    const CliResult result =
        run_cli({"check", "--evidence", "examples/acme/policies", "--gates", bad.string()});
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          bad.string() +
              ":1:1: error: unknown key 'min_scor' in the gates file (did you mean 'min_score'?)\n" +
              bad.string() + ":2:15: error: 'max_blockers' must be a number, not 'many'\n");
    fs::remove(bad);
}

TEST_CASE("with --format github the Markdown summary is appended to GITHUB_STEP_SUMMARY") {
    const fs::path summary = fs::temp_directory_path() / "readiness-step-summary.md";
    std::ofstream(summary) << "earlier step\n";
    setenv("GITHUB_STEP_SUMMARY", summary.c_str(), 1);
    const CliResult result =
        run_cli({"check", "--evidence", "examples/acme/policies", "--min-score", "90", "--format", "github"});
    unsetenv("GITHUB_STEP_SUMMARY");
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::StartsWith("::error "));
    std::ifstream in(summary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_THAT(text,
               Catch::StartsWith(
                   "earlier step\n## readiness check: failed (1 of 2 gates; 1 failure, 3 warnings) ❌\n"));
    fs::remove(summary);
}
