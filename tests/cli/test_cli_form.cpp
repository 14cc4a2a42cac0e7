#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace readiness::test;

namespace fs = std::filesystem;

TEST_CASE("form prints one HTML page, or writes it with -o") {
    const CliResult printed = run_cli({"-c", "quick-check", "form"});
    CHECK(printed.exit_code == 0);
    CHECK(printed.err.empty());
    CHECK(printed.out.rfind("<!DOCTYPE html>\n", 0) == 0);

    const fs::path folder = fs::temp_directory_path() / "readiness-test-cli-form";
    fs::remove_all(folder);
    fs::create_directories(folder);
    const std::string output = (folder / "form.html").string();
    const CliResult written = run_cli({"-c", "quick-check", "form", "-o", output});
    CHECK(written.exit_code == 0);
    CHECK(written.out.empty());
    CHECK(written.err ==
          "Wrote " + output +
              ". Send it to the respondents: they open it in a browser and return the answer file "
              "it saves.\n");
    std::ifstream in(output);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str() == printed.out);
    fs::remove_all(folder);
}

TEST_CASE("form refuses an unknown department with the list and a suggestion") {
    const CliResult result = run_cli({"form", "--department", "suport"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "readiness: error: unknown department 'suport' (departments: exec, marketing, pr, support, "
          "hr, legal, it, sales) (did you mean 'support'?)\n");
}

TEST_CASE("form refuses to write over the checklist it reads") {
    const CliResult result = run_cli({"-c", "tests/fixtures/checklists/every-feature.yaml", "form", "-o",
                                      "tests/fixtures/checklists/every-feature.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.find("tests/fixtures/checklists/every-feature.yaml") != std::string::npos);
}
