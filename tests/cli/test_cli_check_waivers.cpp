#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

// Acme's gates with four waivers: an active one on a blocker, one that expired on 2026-11-30, one on a
// failed evidence rule (no department) and one that matches nothing.
const std::string k_waivers = "max_blockers: 0\n"
                              "waivers:\n"
                              "  - question: roles.owner\n"
                              "    department: support\n"
                              "    reason: The new social media lead starts in January\n"
                              "    expires: 2027-01-31\n"
                              "  - question: processes.escalation-levels\n"
                              "    department: support\n"
                              "    reason: The runbook is under review\n"
                              "    expires: 2026-11-30\n"
                              "  - question: policies.disclosure\n"
                              "    reason: Legal is rewording the disclosure section\n"
                              "    expires: 2027-06-30\n"
                              "  - question: roles.owner\n"
                              "    department: legal\n"
                              "    reason: Legal has no blocker\n"
                              "    expires: 2027-01-31\n";

// A gates file in a folder of its own; its path.
std::string gates_file(const std::string& name, const std::string& text) {
    const fs::path dir = fs::temp_directory_path() / ("readiness-waivers-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "gates.yaml") << text;
    return (dir / "gates.yaml").string();
}

// `readiness check` of Acme's answers and policies with the gates file, on 2026-12-03.
CliResult check_on(const std::string& gates, const std::string& today, std::vector<std::string> more = {}) {
    setenv("READINESS_TODAY", today.c_str(), 1);
    std::vector<std::string> args{
        "check", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--gates", gates};
    args.insert(args.end(), more.begin(), more.end());
    CliResult result = run_cli(args);
    unsetenv("READINESS_TODAY");
    return result;
}

} // namespace

TEST_CASE("an active waiver passes its blocker or rule, an expired one fails, an unused one warns") {
    const std::string gates = gates_file("text", k_waivers);
    const CliResult text = check_on(gates, "2026-12-03");
    CHECK(text.exit_code == 1);
    CHECK_THAT(text.out, Catch::StartsWith(
                             "readiness check: failed (1 of 1 gate; 5 failures, 13 warnings, 2 waived)\n"));
    CHECK_THAT(text.out, Catch::Contains("  FAIL At most 0 blockers: 3 blockers found; at most 0 allowed\n"));
    CHECK_THAT(text.out,
               Catch::Contains("intranet.\n    waived until 2027-01-31: The new social media lead starts in "
                               "January\n  processes.escalation-levels in support: "));
    CHECK_THAT(
        text.out,
        Catch::EndsWith("\nWaived (2)\n"
                        "  Blocker: roles.owner in Customer service: waived until 2027-01-31: The new "
                        "social media lead starts in January\n"
                        "  Evidence missing: policies.disclosure#1: waived until 2027-06-30: Legal is "
                        "rewording the disclosure section\n"
                        "\nWaivers (2)\n"
                        "  The waiver of processes.escalation-levels in support expired on 2026-11-30 "
                        "(The runbook is under review.); renew it with a new date or fix what it waives.\n"
                        "  The waiver of roles.owner in legal matches no blocker or failed evidence rule; "
                        "remove it.\n"));

    // Code Quality: every finding that is not a note, each with its own fingerprint.
    const auto issues = nlohmann::json::parse(check_on(gates, "2026-12-03", {"--format", "codequality"}).out);
    std::set<std::string> fingerprints;
    std::size_t info = 0;
    for (const auto& issue : issues) {
        fingerprints.insert(issue["fingerprint"].get<std::string>());
        info += issue["severity"] == "info" ? 1U : 0U;
    }
    CHECK(issues.size() == 20);
    CHECK(fingerprints.size() == 20);
    CHECK(info == 2); // the waived blocker and rule

    // The day it expires, a waiver still holds.
    const CliResult on_the_day = check_on(gates, "2026-11-30");
    CHECK_THAT(
        on_the_day.out,
        Catch::StartsWith("readiness check: failed (1 of 1 gate; 3 failures, 13 warnings, 3 waived)\n"));
}

TEST_CASE("waiving every blocker passes the check, and every format shows the waivers") {
    const std::string gates = gates_file("all", "waivers:\n"
                                                "  - question: roles.owner\n"
                                                "    reason: Lead starts in January\n"
                                                "    expires: 2027-01-31\n"
                                                "  - question: processes.escalation-levels\n"
                                                "    reason: Runbook under review\n"
                                                "    expires: 2027-01-31\n"
                                                "  - question: processes.first-response-target\n"
                                                "    reason: Target agreed in the Q1 plan\n"
                                                "    expires: 2027-03-31\n"
                                                "  - question: stakeholders.exec-sponsor\n"
                                                "    reason: Sponsor named at the next board\n"
                                                "    expires: 2027-02-28\n");
    const CliResult text = check_on(gates, "2026-12-03");
    CHECK(text.exit_code == 0);
    CHECK_THAT(text.out, Catch::StartsWith("readiness check: passed (1 gate; 13 warnings, 4 waived)\n"));

    const CliResult sarif = check_on(gates, "2026-12-03", {"--format", "sarif"});
    const auto results = nlohmann::json::parse(sarif.out)["runs"][0]["results"];
    std::size_t suppressed = 0;
    for (const auto& result : results) {
        CHECK(result["level"] != "error");
        if (result.contains("suppressions")) {
            ++suppressed;
            CHECK(result["suppressions"][0]["kind"] == "external");
        }
    }
    CHECK(suppressed == 4);
    CHECK(results[0]["suppressions"] ==
          nlohmann::json::parse(
              R"([{"kind": "external", "status": "accepted", "justification": "Lead starts in January"}])"));

    const CliResult junit = check_on(gates, "2026-12-03", {"--format", "junit"});
    CHECK(junit.out.find("<failure") == std::string::npos);
    CHECK_THAT(junit.out,
               Catch::Contains("<testcase name=\"roles.owner@support\" classname=\"readiness.blockers\">\n"
                               "      <skipped message=\"waived until 2027-01-31: Lead starts in "
                               "January: Customer service scores 25.0 on roles.owner"));

    const CliResult github = check_on(gates, "2026-12-03", {"--format", "github"});
    CHECK(github.out.find("::error") == std::string::npos);
    CHECK_THAT(github.out,
               Catch::StartsWith("::notice file=examples/acme/answers/support-marcus-hale.yaml,line=11,"
                                 "title=Blocker%3A roles.owner in Customer service::waived until 2027-01-31: "
                                 "Lead starts in January. Customer service scores 25.0 on roles.owner"));

    const auto json = nlohmann::json::parse(check_on(gates, "2026-12-03", {"--format", "json"}).out);
    CHECK(json["passed"] == true);
    CHECK(json["waived"][0] == nlohmann::json::parse(R"({"finding": "blocker/roles.owner@support",
        "title": "Blocker: roles.owner in Customer service", "reason": "Lead starts in January",
        "expires": "2027-01-31"})"));
    CHECK(json["waivers"][0]["state"] == "active");
    CHECK(json["waivers"][0]["line"] == 2);
    CHECK(json["blockers"][0]["fails_check"] == false);

    const CliResult markdown = check_on(gates, "2026-12-03", {"--format", "markdown"});
    CHECK_THAT(markdown.out,
               Catch::Contains("\n### Waived (4)\n\n- Blocker: roles.owner in Customer service: "
                               "waived until 2027-01-31: Lead starts in January\n"));
}

TEST_CASE("with --strict, warnings fail the check") {
    const std::string gates = gates_file("strict", "max_blockers: 4\n");
    CHECK(check_on(gates, "2026-12-03").exit_code == 0);
    const CliResult strict = check_on(gates, "2026-12-03", {"--strict"});
    CHECK(strict.exit_code == 1);
    CHECK_THAT(strict.out, Catch::StartsWith("readiness check: failed (0 of 1 gate; 17 failures)\n"));
}

TEST_CASE("a bad waiver is a located input error, and so is a bad READINESS_TODAY") {
    const std::string gates = gates_file("bad", "waivers:\n"
                                                "  - question: roles.owner\n"
                                                "    reason: Soon\n"
                                                "    expires: next week\n");
    const CliResult bad = check_on(gates, "2026-12-03", {"-o", gates + ".xml"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err == gates + ":4:14: error: 'expires' must be a date written YYYY-MM-DD, not 'next week'\n");
    CHECK_FALSE(fs::exists(gates + ".xml"));

    const CliResult today = check_on(gates_file("today", "max_blockers: 4\n"), "3 December");
    CHECK(today.exit_code == 2);
    CHECK(today.err ==
          "readiness: error: READINESS_TODAY must be a date written YYYY-MM-DD, not '3 December'\n");
}
