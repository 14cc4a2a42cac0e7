#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

// The three assessments out of date order: trend sorts them.
const std::vector<std::string> k_reports{"tests/fixtures/trend/2026-11.json",
                                         "tests/fixtures/trend/2026-05.json",
                                         "tests/fixtures/trend/2026-08.json"};

std::vector<std::string> trend_args(const std::vector<std::string>& extra) {
    std::vector<std::string> args{"trend"};
    args.insert(args.end(), k_reports.begin(), k_reports.end());
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

} // namespace

TEST_CASE("trend of three assessments in every format matches the golden files") {
    // Regenerate: READINESS_UPDATE_GOLDEN=1 build/tests/test_cli "trend of three*"
    for (const auto& [format, extension] : {std::pair{"text", "txt"}, std::pair{"markdown", "md"},
                                            std::pair{"html", "html"}, std::pair{"json", "json"}}) {
        INFO(format);
        const CliResult result = run_cli(trend_args({"--format", format}));
        CHECK(result.exit_code == 0);
        CHECK(result.err.empty());
        check_golden(std::string("tests/golden/trend-acme.") + extension, result.out);
    }
}

TEST_CASE("trend writes -o atomically and never over one of its reports") {
    const fs::path out = fs::temp_directory_path() / "readiness-trend.html";
    fs::remove(out);
    const CliResult written = run_cli(trend_args({"--format", "html", "-o", out.string()}));
    CHECK(written.exit_code == 0);
    CHECK(written.out.empty());
    CHECK(read_source_file("tests/golden/trend-acme.html") ==
          std::string(std::istreambuf_iterator<char>(std::ifstream(out).rdbuf()), {}));
    fs::remove(out);

    const std::string before = read_source_file("tests/fixtures/trend/2026-05.json");
    const CliResult refused = run_cli(trend_args({"-o", "tests/fixtures/trend/2026-05.json"}));
    CHECK(refused.exit_code == 2);
    CHECK(refused.err ==
          "tests/fixtures/trend/2026-05.json: error: the output is the input "
          "tests/fixtures/trend/2026-05.json; writing it would replace it: choose another file\n");
    CHECK(read_source_file("tests/fixtures/trend/2026-05.json") == before);
}

TEST_CASE("trend needs two reports or more") {
    const CliResult one = run_cli({"trend", "tests/fixtures/trend/2026-05.json"});
    CHECK(one.exit_code == 2);
    CHECK(one.out.empty());
    CHECK(one.err ==
          "readiness: error: trend needs two or more report JSONs; for one assessment, see its report\n");
    const CliResult none = run_cli({"trend"});
    CHECK(none.exit_code == 2);
    CHECK(none.out.empty());
}

TEST_CASE("trend reports every unreadable or invalid report and writes nothing") {
    const fs::path dir = fs::temp_directory_path() / "readiness-trend-bad";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::string old = read_source_file("tests/fixtures/trend/2026-05.json");
    old.replace(old.find("\"schema_version\": 2"), 19, "\"schema_version\": 1");
    std::ofstream(dir / "old.json") << old;
    std::ofstream(dir / "broken.json") << "{\"schema_version\": 2,";
    const fs::path out = dir / "trend.txt";
    const CliResult result =
        run_cli({"trend", "tests/fixtures/trend/2026-08.json", (dir / "missing.json").string(),
                 (dir / "old.json").string(), (dir / "broken.json").string(), "-o", out.string()});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    const std::string folder = dir.string();
    CHECK(result.err ==
          folder + "/missing.json: error: no such file\n" + folder +
              "/old.json: error: report schema_version 1 is not supported (this readiness reads 2)\n" +
              folder +
              "/broken.json: error: not valid JSON (at byte 22): [json.exception.parse_error.101] parse "
              "error at line 1, column 22: syntax error while parsing object key - unexpected end of "
              "input; expected string literal\n");
    CHECK_FALSE(fs::exists(out));
    fs::remove_all(dir);
}

TEST_CASE("diff --format html shows before and after bars with the Markdown's content") {
    // Regenerate: READINESS_UPDATE_GOLDEN=1 build/tests/test_cli "diff --format html*"
    const CliResult html =
        run_cli({"-c", "tests/fixtures/checklists/every-feature.yaml", "diff",
                 "tests/fixtures/answers/before", "tests/fixtures/answers/after", "--format", "html"});
    CHECK(html.exit_code == 0);
    CHECK(html.err.empty());
    check_golden("tests/golden/diff-before-after.html", html.out);
}

TEST_CASE("diff -o never writes over one of its sides") {
    const std::string before = read_source_file("tests/fixtures/trend/2026-05.json");
    for (const std::string side :
         {"tests/fixtures/trend/2026-05.json", "./tests/fixtures/trend/2026-05.json"}) {
        const CliResult refused = run_cli(
            {"diff", "tests/fixtures/trend/2026-05.json", "tests/fixtures/trend/2026-08.json", "-o", side});
        CHECK(refused.exit_code == 2);
        CHECK(refused.out.empty());
        CHECK(refused.err ==
              side + ": error: the output is the input tests/fixtures/trend/2026-05.json; writing it "
                     "would replace it: choose another file\n");
    }
    CHECK(read_source_file("tests/fixtures/trend/2026-05.json") == before);
}
