#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace readiness::test;

namespace fs = std::filesystem;

TEST_CASE("report --format json keeps full precision and reads back for diff") {
    const CliResult json = run_cli({"report", "examples/acme/answers/", "--format", "json"});
    CHECK(json.exit_code == 0);
    CHECK(json.err.empty());
    CHECK_THAT(json.out, Catch::StartsWith("{\n  \"schema_version\": 2,"));

    const fs::path saved = fs::temp_directory_path() / "readiness-acme-report.json";
    CHECK(run_cli({"report", "examples/acme/answers/", "--format", "json", "-o", saved.string()}).exit_code ==
          0);
    const CliResult same = run_cli({"diff", saved.string(), "examples/acme/answers/"});
    CHECK(same.exit_code == 0);
    CHECK_THAT(same.out, Catch::Contains("±0.0") && Catch::Contains("Gaps closed: none") &&
                             Catch::Contains("New blockers: none"));
    fs::remove(saved);
}

TEST_CASE("diff of two sets of answers shows the change") {
    const CliResult result = run_cli({"-c", "tests/fixtures/checklists/every-feature.yaml", "diff",
                                      "tests/fixtures/answers/before", "tests/fixtures/answers/after"});
    CHECK(result.err.empty());
    CHECK(result.exit_code == 0);
    check_golden("tests/golden/diff-before-after.txt", result.out);
    const CliResult markdown =
        run_cli({"-c", "tests/fixtures/checklists/every-feature.yaml", "diff",
                 "tests/fixtures/answers/before", "tests/fixtures/answers/after", "--format", "markdown"});
    check_golden("tests/golden/diff-before-after.md", markdown.out);
    const CliResult json =
        run_cli({"-c", "tests/fixtures/checklists/every-feature.yaml", "diff",
                 "tests/fixtures/answers/before", "tests/fixtures/answers/after", "--format", "json"});
    check_golden("tests/golden/diff-before-after.json", json.out);
}

TEST_CASE("the example organisation's reports in every format match the committed files") {
    // Regenerate: READINESS_UPDATE_GOLDEN=1 build/tests/test_cli "*example organisation*"
    for (const std::string format : {"text", "markdown", "html", "json", "csv"}) {
        INFO(format);
        const CliResult result = run_cli(
            {"report", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--format", format});
        CHECK(result.exit_code == 0);
        CHECK(result.err.empty());
        const std::string extension = format == "text" ? "txt" : format == "markdown" ? "md" : format;
        check_golden("examples/acme/reports/report." + extension, result.out);
    }
}

TEST_CASE("report refuses bad inputs with every problem and writes nothing") {
    const fs::path out = fs::temp_directory_path() / "readiness-should-not-exist.txt";
    fs::remove(out);
    const CliResult result = run_cli(
        {"report", "examples/acme/answers/", "tests/fixtures/answers/bad-survey.csv", "-o", out.string()});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("bad-survey.csv:2:3: error: 'maybe' is not an option"));
    CHECK_FALSE(fs::exists(out));
    const CliResult none = run_cli({"report"});
    CHECK(none.exit_code == 2);
    CHECK(none.err == "readiness: error: no inputs: give answer files, CSV exports or folders of them\n");
}
