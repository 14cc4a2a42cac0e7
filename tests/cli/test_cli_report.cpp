#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

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

TEST_CASE("diff counts a department that was not reassessed as neither progress nor regression") {
    // The same answers, minus customer service: nothing moved.
    const fs::path after = fs::temp_directory_path() / "readiness-diff-without-support";
    fs::remove_all(after);
    fs::create_directories(after);
    for (const auto& entry : fs::directory_iterator("examples/acme/answers")) {
        if (!entry.path().filename().string().starts_with("support-")) {
            fs::copy_file(entry.path(), after / entry.path().filename());
        }
    }
    const CliResult result = run_cli({"diff", "examples/acme/answers/", after.string()});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out,
               Catch::StartsWith("Overall 59.8 -> 59.8  ±0.0  Emerging\n"
                                 "Overall, dimensions and groups compare the 5 departments assessed "
                                 "both times. Not reassessed: Customer service.\n"));
    CHECK_THAT(result.out,
               Catch::Contains("  Customer service              26.0 ->      —  not reassessed\n"));
    CHECK_THAT(result.out, Catch::Contains("Questions that moved (0), regressions first\n  none\n"));
    CHECK_THAT(result.out, Catch::EndsWith("Gaps closed: none\nGaps opened: none\nNew blockers: none\n"
                                           "Blockers resolved: none\n"));
}

TEST_CASE("report warns about answers that do not count and a respondent who answered twice") {
    const fs::path dir = fs::temp_directory_path() / "readiness-report-uncounted";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string sheet = "checklist: social-readiness\n"
                              "respondent: { name: Ann Lee, department: exec }\n"
                              "answers:\n"
                              "  roles.owner: \"no\"\n"
                              "  roles.owner-seniority: executive\n";
    std::ofstream(dir / "ann-q3.yaml") << sheet;
    std::ofstream(dir / "ann-q4.yaml") << sheet;
    const CliResult result = run_cli({"report", dir.string()});
    CHECK(result.exit_code == 0);
    const std::string folder = dir.string();
    CHECK(result.err ==
          folder +
              "/ann-q3.yaml:5:26: warning: the answer to 'roles.owner-seniority' is not counted: "
              "its condition (when) does not hold on this respondent's other answers\n" +
              folder +
              "/ann-q4.yaml:5:26: warning: the answer to 'roles.owner-seniority' is not "
              "counted: its condition (when) does not hold on this respondent's other "
              "answers\n" +
              folder + "/ann-q4.yaml:1:1: warning: 'Ann Lee' (exec) answered already, at " + folder +
              "/ann-q3.yaml:1:1; both are scored (is an old answer file left among the inputs?)\n");
}
