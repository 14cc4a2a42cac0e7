#include "render/text_layout.hpp"
#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace readiness::test;

// Regenerate the golden files: READINESS_UPDATE_GOLDEN=1 build/tests/test_cli "[report-text]"

TEST_CASE("the example organisation's text report fits 100 columns and matches its golden file",
          "[report-text]") {
    const CliResult result =
        run_cli({"report", "examples/acme/answers/", "--evidence", "examples/acme/policies"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    check_golden("examples/acme/reports/report.txt", result.out);
    CHECK(result.out.find('\x1b') == std::string::npos);
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
        INFO(line);
        CHECK(readiness::render::display_width(line) <= 100);
    }
}

TEST_CASE("the example organisation's Markdown report matches its golden file", "[report-text]") {
    const CliResult result = run_cli(
        {"report", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--format", "markdown"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    check_golden("examples/acme/reports/report.md", result.out);
}

TEST_CASE("report --top sets how many gaps the text report spells out", "[report-text]") {
    const CliResult result = run_cli({"report", "examples/acme/answers/", "--top", "2"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out,
               Catch::Contains("\nTop gaps: 2 of 67\n   1. roles.owner · priority 8.1 · Now · blocker\n"));
    CHECK_THAT(result.out,
               Catch::Contains("\n   2. stakeholders.exec-sponsor · ") && !Catch::Contains("\n   3. "));
}
