#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>

using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

// Acme's whole check (answers, policies, gates), with `more` arguments.
CliResult acme(std::vector<std::string> more) {
    std::vector<std::string> args{"check",      "examples/acme/answers/",
                                  "--evidence", "examples/acme/policies",
                                  "--gates",    "examples/acme/policies/readiness-gates.yaml"};
    args.insert(args.end(), more.begin(), more.end());
    return run_cli(args);
}

// Every place of a SARIF log as "uri:line", checking that each names a file under `root`.
std::set<std::string> sarif_places(const std::string& sarif, const fs::path& root) {
    std::set<std::string> places;
    const auto log = nlohmann::json::parse(sarif);
    const auto& results = log["runs"][0]["results"];
    CHECK(results.size() == 82);
    for (const auto& result : results) {
        REQUIRE(result["locations"].size() == 1);
        const auto& where = result["locations"][0]["physicalLocation"];
        CHECK_FALSE(where["artifactLocation"].contains("uriBaseId"));
        const std::string uri = where["artifactLocation"]["uri"];
        INFO(uri);
        CHECK(fs::is_regular_file(root / uri));
        places.insert(uri + ":" + std::to_string(where["region"]["startLine"].get<int>()));
    }
    return places;
}

} // namespace

TEST_CASE("with the built-in checklist every sarif result points at a file of the repository") {
    const CliResult result = acme({"--format", "sarif"});
    CHECK(result.err.empty());
    CHECK(result.exit_code == 1);
    const std::set<std::string> places = sarif_places(result.out, ".");
    // The gate at its key, blockers and gaps at the answer behind them, rules at the evidence.
    CHECK(places.count("examples/acme/policies/readiness-gates.yaml:3") == 1);
    CHECK(places.count("examples/acme/answers/support-marcus-hale.yaml:11") == 1);
    CHECK(places.count("examples/acme/policies/escalation-runbook.md:19") == 1);
    for (const auto& place : places) {
        CHECK_THAT(place, Catch::StartsWith("examples/acme/"));
    }
}

TEST_CASE("places are relative to --root, else to the CI's checkout") {
    const std::set<std::string> places =
        sarif_places(acme({"--format", "sarif", "--root", "examples/acme"}).out, "examples/acme");
    CHECK(places.count("policies/readiness-gates.yaml:3") == 1);
    CHECK(places.count("answers/support-marcus-hale.yaml:11") == 1);

    setenv("GITHUB_WORKSPACE", (fs::current_path() / "examples").c_str(), 1);
    const CliResult github = acme({"--format", "github"});
    unsetenv("GITHUB_WORKSPACE");
    std::istringstream lines(github.out);
    std::size_t annotated = 0;
    for (std::string line; std::getline(lines, line);) {
        const auto at = line.find("file=");
        if (at == std::string::npos) {
            continue;
        }
        const std::string file = line.substr(at + 5, line.find(',', at) - at - 5);
        INFO(line);
        CHECK(fs::is_regular_file(fs::path("examples") / file));
        CHECK_THAT(file, Catch::StartsWith("acme/"));
        ++annotated;
    }
    CHECK(annotated == 16);

    setenv("CI_PROJECT_DIR", (fs::current_path() / "examples" / "acme").c_str(), 1);
    const auto issues = nlohmann::json::parse(acme({"--format", "codequality"}).out);
    unsetenv("CI_PROJECT_DIR");
    for (const auto& issue : issues) {
        const std::string path = issue["location"]["path"];
        INFO(path);
        CHECK(fs::is_regular_file(fs::path("examples/acme") / path));
    }
}
