#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

using namespace readiness::test;

TEST_CASE("help COMMAND prints what COMMAND --help prints") {
    for (const char* command : {"list", "explain", "validate", "template", "interview", "report", "diff",
                                "trend", "check", "help"}) {
        const CliResult help = run_cli({"help", command});
        const CliResult flag = run_cli({command, "--help"});
        INFO(command);
        CHECK(help.exit_code == 0);
        CHECK(help.err.empty());
        CHECK(help.out == flag.out);
    }
    CHECK_THAT(run_cli({"help", "check"}).out, Catch::StartsWith("For CI: score answers") &&
                                                   Catch::Contains("Usage: readiness check [OPTIONS]"));
}

TEST_CASE("help trend names the formats, the ordering and the break") {
    CHECK_THAT(
        run_cli({"help", "trend"}).out,
        Catch::StartsWith("Scores across several assessments in date order: overall, per department and per "
                          "dimension") &&
            Catch::Contains("Usage: readiness trend [OPTIONS] reports...") &&
            Catch::Contains("text, markdown, html or json (default: text)") &&
            Catch::Contains("a change of checklist version breaks the series"));
}

TEST_CASE("help alone prints what --help prints") {
    const CliResult help = run_cli({"help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out == run_cli({"--help"}).out);
    CHECK_THAT(help.out, Catch::Contains("Usage: readiness [OPTIONS] [SUBCOMMAND]"));
}

TEST_CASE("help of an unknown command suggests one and exits 2") {
    const CliResult result = run_cli({"help", "chek"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "readiness: error: unknown command 'chek' (did you mean 'check'?)\nRun 'readiness "
                        "--help' for usage.\n");
    CHECK(run_cli({"help", "frobnicate"}).err ==
          "readiness: error: unknown command 'frobnicate'\nRun 'readiness --help' for usage.\n");
}

TEST_CASE("the hidden commands stay out of --help, help and suggestions") {
    const CliResult help = run_cli({"--help"});
    CHECK_THAT(help.out, !Catch::Contains("__"));
    CHECK(run_cli({"help", "__man"}).err ==
          "readiness: error: unknown command '__man'\nRun 'readiness --help' for usage.\n");
}
