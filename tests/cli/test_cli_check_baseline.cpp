#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

// A folder of its own (`name`) with Acme's report JSON as the baseline ("baseline.json") and a copy of its
// answers ("answers/"), in which the executive now answers roles.owner "no" and roles.coe "none".
fs::path baseline_and_worse_answers(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("readiness-baseline-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir / "answers");
    REQUIRE(run_cli({"report", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--format",
                     "json", "-o", (dir / "baseline.json").string()})
                .exit_code == 0);
    for (const auto& entry : fs::directory_iterator("examples/acme/answers")) {
        fs::copy_file(entry.path(), dir / "answers" / entry.path().filename());
    }
    const fs::path exec = dir / "answers" / "exec-priya-raman.yaml";
    std::ifstream in(exec);
    std::stringstream text;
    text << in.rdbuf();
    std::string answers = text.str();
    const auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = answers.find(from);
        REQUIRE(at != std::string::npos);
        answers.replace(at, from.size(), to);
    };
    replace("  roles.owner: \"yes\"\n", "  roles.owner: \"no\"\n");
    replace("  roles.coe: defined\n", "  roles.coe: none\n");
    std::ofstream(exec, std::ios::trunc) << answers;
    return dir;
}

} // namespace

TEST_CASE("against its own baseline a failing check passes, listing what was already there as known") {
    const fs::path dir = baseline_and_worse_answers("known");
    const CliResult result =
        run_cli({"check", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--baseline",
                 (dir / "baseline.json").string()});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out,
               Catch::StartsWith("readiness check: passed (1 gate against the baseline; 13 warnings, "
                                 "5 known)\n"));
    CHECK_THAT(result.out, Catch::EndsWith("\nKnown in the baseline (5)\n"
                                           "  Gate failed: At most 0 blockers\n"
                                           "  Blocker: roles.owner in Customer service\n"
                                           "  Blocker: processes.escalation-levels in Customer service\n"
                                           "  Blocker: processes.first-response-target in Customer service\n"
                                           "  Blocker: stakeholders.exec-sponsor in Customer service\n"));
}

TEST_CASE("against a baseline a new blocker and a drop beyond --tolerance fail the check") {
    const fs::path dir = baseline_and_worse_answers("worse");
    const std::string baseline = (dir / "baseline.json").string();
    const std::vector<std::string> args{
        "check", (dir / "answers").string(), "--evidence", "examples/acme/policies", "--baseline", baseline};
    const CliResult worse = run_cli(args);
    CHECK(worse.exit_code == 1);
    CHECK_THAT(worse.out,
               Catch::StartsWith("readiness check: failed (1 of 1 gate against the baseline; 4 failures, "
                                 "13 warnings, 5 known)\n"));
    CHECK_THAT(worse.out,
               Catch::EndsWith("\nWorse since the baseline (4)\n"
                               "  Blocker: roles.owner in Executive leadership\n"
                               "  roles.owner in exec dropped from 100.0 to 0.0 since the baseline.\n"
                               "  roles.coe in exec dropped from 50.0 to 0.0 since the baseline.\n"
                               "  exec dropped from 69.4 to 65.0 since the baseline.\n"));

    auto tolerant = args;
    tolerant.insert(tolerant.end(), {"--tolerance", "50", "--format", "json"});
    const auto json = nlohmann::json::parse(run_cli(tolerant).out);
    CHECK(json["passed"] == false);
    CHECK(json["regressions"] == nlohmann::json::parse(R"([
        {"kind": "new_blocker", "question": "roles.owner", "department": "exec", "gate": null,
         "before": null, "after": 0.0},
        {"kind": "question_dropped", "question": "roles.owner", "department": "exec", "gate": null,
         "before": 100.0, "after": 0.0}])"));

    const auto sarif =
        nlohmann::json::parse(run_cli({"check", (dir / "answers").string(), "--evidence",
                                       "examples/acme/policies", "--baseline", baseline, "--format", "sarif"})
                                  .out);
    std::map<std::string, int> states;
    for (const auto& result : sarif["runs"][0]["results"]) {
        ++states[result["baselineState"].get<std::string>() + "/" + result["level"].get<std::string>()];
    }
    CHECK(states == std::map<std::string, int>{
                        {"new/error", 4}, {"new/note", 63}, {"new/warning", 13}, {"unchanged/note", 5}});
}

TEST_CASE("diff --fail-on-regression exits 1 on the same rule, naming each regression") {
    const fs::path dir = baseline_and_worse_answers("diff");
    const std::string baseline = (dir / "baseline.json").string();
    CHECK(run_cli({"diff", baseline, baseline, "--fail-on-regression"}).exit_code == 0);
    CHECK(run_cli({"diff", baseline, (dir / "answers").string(), "--evidence", "examples/acme/policies"})
              .exit_code == 0);
    const CliResult worse = run_cli({"-q", "diff", baseline, (dir / "answers").string(), "--evidence",
                                     "examples/acme/policies", "--fail-on-regression", "--tolerance", "50"});
    CHECK(worse.exit_code == 1);
    CHECK(worse.err == "readiness: regression: new blocker roles.owner in exec\n"
                       "readiness: regression: roles.owner in exec dropped from 100.0 to 0.0\n");
}

TEST_CASE("a baseline that is not a report JSON is an input error") {
    const CliResult result = run_cli({"check", "--evidence", "examples/acme/policies", "--baseline",
                                      "examples/acme/policies/readiness-gates.yaml"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err,
               Catch::StartsWith("examples/acme/policies/readiness-gates.yaml: error: not valid JSON"));
}
