#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

using namespace readiness::test;

TEST_CASE("the version flag prints the version") {
    const CliResult result = run_cli({"--version"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "readiness 0.1.0\n");
}

TEST_CASE("help lists the commands and examples") {
    const CliResult result = run_cli({"--help"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("validate") && Catch::Contains("explain") &&
                               Catch::Contains("Examples:") &&
                               Catch::Contains("readiness explain roles.owner"));
    const CliResult sub = run_cli({"explain", "--help"});
    CHECK(sub.exit_code == 0);
    CHECK_THAT(sub.out, Catch::Contains("QUESTION-ID"));
}

TEST_CASE("a mistyped command gets a suggestion and exit 2") {
    const CliResult result = run_cli({"valdate"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "readiness: error: unknown command 'valdate' (did you mean 'validate'?)\nRun "
                        "'readiness --help' for usage.\n");
    const CliResult after_option = run_cli({"-c", "quick-check", "lst"});
    CHECK(after_option.err == "readiness: error: unknown command 'lst' (did you mean 'list'?)\nRun "
                              "'readiness --help' for usage.\n");
}

TEST_CASE("a mistyped option gets a suggestion from the command's options and the global ones") {
    const CliResult result = run_cli({"check", "--evidnce", "examples/acme/policies"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "readiness: error: unknown option '--evidnce' (did you mean '--evidence'?)\nRun "
                        "'readiness check --help' for usage.\n");
    CHECK(run_cli({"report", "--formt=json", "examples/acme/answers"}).err ==
          "readiness: error: unknown option '--formt' (did you mean '--format'?)\nRun 'readiness report "
          "--help' "
          "for usage.\n");
    CHECK(run_cli({"list", "--checklst", "quick-check"}).err ==
          "readiness: error: unknown option '--checklst' (did you mean '--checklist'?)\nRun 'readiness list "
          "--help' for usage.\n");
    CHECK(
        run_cli({"--no-colour", "list"}).err ==
        "readiness: error: unknown option '--no-colour' (did you mean '--no-color'?)\nRun 'readiness --help' "
        "for usage.\n");
    CHECK(run_cli({"list", "--frobnicate"}).err ==
          "readiness: error: unknown option '--frobnicate'\nRun 'readiness list --help' for usage.\n");
}

TEST_CASE("of an unknown option and an unknown command, the first one is the error") {
    CHECK(run_cli({"--quite", "lst"}).err ==
          "readiness: error: unknown option '--quite' (did you mean '--quiet'?)\nRun 'readiness --help' for "
          "usage.\n");
    CHECK(run_cli({"lst", "--quite"}).err == "readiness: error: unknown command 'lst' (did you mean "
                                             "'list'?)\nRun 'readiness --help' for usage.\n");
}

TEST_CASE("usage errors exit 2, never CLI11's own codes") {
    CHECK(run_cli({"list", "--frobnicate"}).exit_code == 2);
    CHECK(run_cli({"explain"}).exit_code == 2);
    CHECK(run_cli({"-c"}).exit_code == 2);
    const CliResult none = run_cli({});
    CHECK(none.exit_code == 2);
    CHECK_THAT(none.out, Catch::Contains("Examples:"));
}

TEST_CASE("explain suggests a question id for a typo") {
    const CliResult result = run_cli({"explain", "roles.ownr"});
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          "readiness: error: no question 'roles.ownr' in checklist 'social-readiness' (did you mean "
          "'roles.owner'?)\n");
}

TEST_CASE("the checklist option takes a shipped id or a path, an invalid checklist is an input error") {
    CHECK(run_cli({"-c", "quick-check", "explain", "roles.owner"}).exit_code == 0);
    const CliResult bad =
        run_cli({"-c", "tests/corpus/checklists/duplicate-key.yaml", "explain", "roles.owner"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "tests/corpus/checklists/duplicate-key.yaml:25:5: error: duplicate key 'weight' (first "
                     "at line 24)\n");
}
