#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

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

TEST_CASE("gates come from a YAML file, options on the command line win") {
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

namespace {

// A folder of its own under the temporary directory, emptied first.
fs::path fresh_folder(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// An executive who answers every critical question but marks roles.owner n/a and leaves policies.baseline
// blank.
fs::path answers_with_unscored_critical_questions() {
    const fs::path dir = fresh_folder("readiness-verdict-unscored");
    std::ofstream(dir / "exec-ann.yaml") << "checklist: social-readiness\n"
                                            "respondent: { name: Ann Lee, department: exec }\n"
                                            "answers:\n"
                                            "  roles.owner: n/a\n"
                                            "  processes.escalation-levels: \"yes\"\n"
                                            "  processes.first-response-target: \"yes\"\n"
                                            "  processes.first-response-hours: 1\n"
                                            "  stakeholders.exec-sponsor: \"yes\"\n";
    return dir;
}

} // namespace

TEST_CASE("a critical question marked n/a or left blank is a blocker with its reason, in every format") {
    const std::string dir = answers_with_unscored_critical_questions().string();
    const CliResult text = run_cli({"check", dir});
    CHECK(text.exit_code == 1);
    CHECK_THAT(text.out, Catch::StartsWith("readiness check: failed (1 of 1 gate; 3 failures)\n"));
    CHECK_THAT(text.out, Catch::Contains("Blockers (2)\n  roles.owner in exec: marked not applicable\n"));
    CHECK_THAT(text.out, Catch::Contains("\n  policies.baseline in exec: not answered\n"));

    const CliResult json = run_cli({"check", dir, "--format", "json"});
    CHECK_THAT(json.out,
               Catch::Contains("\"question\": \"roles.owner\",\n      \"department\": \"exec\",\n"
                               "      \"reason\": \"marked_not_applicable\",\n      \"score\": null,"));
    CHECK_THAT(json.out, Catch::Contains("\"reason\": \"not_answered\""));

    const CliResult report = run_cli({"report", dir});
    CHECK_THAT(report.out, Catch::Contains("roles.owner (threshold 50.0): Executive leadership marked not "
                                           "applicable\n"));

    // Allowed by --max-blockers, they pass the check as warnings, and every format says so.
    const CliResult allowed = run_cli({"check", dir, "--max-blockers", "2", "--format", "github"});
    CHECK(allowed.exit_code == 0);
    CHECK(allowed.out.find("::error") == std::string::npos);
    // A blocker points at the answer behind it: here the n/a on line 4.
    CHECK_THAT(allowed.out, Catch::Contains("::warning file=" + dir +
                                            "/exec-ann.yaml,line=4,title=Blocker%3A "
                                            "roles.owner in Executive leadership::"
                                            "Executive leadership has no score on roles.owner, a critical "
                                            "question: marked not applicable."));
}

TEST_CASE("a passing check writes no failure in any format, the same findings are warnings") {
    const std::vector<std::string> allowed{
        "check", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--max-blockers", "10"};
    const auto with_format = [&](const std::string& format) {
        auto args = allowed;
        args.insert(args.end(), {"--format", format});
        const CliResult result = run_cli(args);
        CHECK(result.exit_code == 0);
        return result.out;
    };
    const std::string text = with_format("text");
    CHECK_THAT(text, Catch::StartsWith("readiness check: passed (1 gate; 17 warnings)\n"));
    CHECK_THAT(text, Catch::Contains("\nBlockers (4, within --max-blockers: warnings)\n"));
    const std::string junit = with_format("junit");
    CHECK_THAT(junit,
               Catch::Contains("<testsuites name=\"readiness\" tests=\"17\" failures=\"0\" errors=\"0\">"));
    CHECK_THAT(junit, Catch::Contains("failures=\"0\" errors=\"0\" skipped=\"7\">"));
    CHECK(junit.find("<failure") == std::string::npos);
    const std::string github = with_format("github");
    CHECK(github.find("::error") == std::string::npos);
    CHECK_THAT(github,
               Catch::Contains("::warning file=examples/acme/answers/support-marcus-hale.yaml,line=11,"
                               "title=Blocker%3A roles.owner in Customer service::"));
    const auto results = nlohmann::json::parse(with_format("sarif"))["runs"][0]["results"];
    std::map<std::string, int> levels;
    for (const auto& result : results) {
        ++levels[result["level"].get<std::string>()];
    }
    CHECK(levels == std::map<std::string, int>{{"note", 63}, {"warning", 17}});
    const std::string json = with_format("json");
    CHECK_THAT(json, Catch::Contains("\"passed\": true,\n  \"verdict\": \"passed (1 gate; 17 warnings)\",\n"
                                     "  \"failures\": 0,\n  \"warnings\": 17,"));
    // Where answers and files differ, both are shown: support answered 25, the runbook scores 100.
    CHECK_THAT(
        json, Catch::Contains("\"question\": \"processes.escalation-levels\",\n      \"department\": "
                              "\"support\",\n      \"reason\": \"below_threshold\",\n      \"score\": 0.25,\n"
                              "      \"answered_score\": 0.25,\n      \"evidence_score\": 1.0,\n"
                              "      \"threshold\": 0.5,\n      \"fails_check\": false"));
    CHECK_THAT(with_format("markdown"),
               Catch::StartsWith("## readiness check: passed (1 gate; 17 warnings) ✅\n"));
}

TEST_CASE("an evidence file that cannot be read or parsed is an input error: exit 2, nothing written") {
    const fs::path out = fs::temp_directory_path() / "readiness-verdict-not-written.xml";
    const auto check_policies = [&](const std::string& name, const std::string& sla) {
        const fs::path dir = fresh_folder(name);
        for (const auto& entry : fs::directory_iterator("examples/acme/policies")) {
            fs::copy_file(entry.path(), dir / entry.path().filename());
        }
        std::ofstream(dir / "sla.yaml", std::ios::trunc) << sla;
        fs::remove(out);
        const CliResult result = run_cli({"check", "examples/acme/answers/", "--evidence", dir.string(),
                                          "--format", "junit", "-o", out.string()});
        CHECK(result.exit_code == 2);
        CHECK_FALSE(fs::exists(out));
        return result.err;
    };
    const std::string tmp = fs::temp_directory_path().string();
    CHECK_THAT(check_policies("readiness-verdict-bad-yaml", "social:\n  first_response_hours: [4\n"),
               Catch::StartsWith(tmp + "/readiness-verdict-bad-yaml/sla.yaml:"));
    CHECK(check_policies("readiness-verdict-range", "social:\n  first_response_hours: -3\n") ==
          tmp + "/readiness-verdict-range/sla.yaml:2:3: error: 'social.first_response_hours' is -3, outside "
                "the range of processes.first-response-hours (0 to 168)\n");
    CHECK_THAT(check_policies("readiness-verdict-utf16", std::string("\xFF\xFEs\0o\0", 6)),
               Catch::Contains("sla.yaml:1:1: error: evidence file was not read: "));
}

TEST_CASE("an evidence rule whose file is missing fails the rule and says so, but is no input error") {
    const fs::path dir = fresh_folder("readiness-verdict-empty-evidence");
    const CliResult result = run_cli({"check", "--evidence", dir.string()});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out,
               Catch::Contains("policies.baseline: no file matches '*policy*.md' under " + dir.string()));
}
