#include "check_sample.hpp"
#include "render/check_formats.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace readiness;
using namespace readiness::test;
using json = nlohmann::json;

TEST_CASE("code quality lists what fails or warns, each with the fields GitLab requires") {
    const CheckSample sample = check_sample();
    const json issues = json::parse(render::render_check_codequality(sample.document()));
    REQUIRE(issues.is_array());
    REQUIRE(issues.size() == 8);
    const json& first = issues[0];
    CHECK(first == json::parse(R"({
        "description": "Gate failed: Overall score of at least 60: The organisation scores 30.6, below the minimum of 60.",
        "check_name": "gate/min-score",
        "fingerprint": "76f02a69aa5f6a6e810e41fd5fabb6e3",
        "severity": "critical",
        "location": {"path": "config/ci checklist.yaml", "lines": {"begin": 1}}})"));
    std::set<std::string> fingerprints;
    std::set<std::string> severities;
    for (const auto& issue : issues) {
        CHECK(issue.size() == 5);
        CHECK(issue["description"].is_string());
        CHECK(issue["check_name"].is_string());
        CHECK(issue["fingerprint"].get<std::string>().size() == 32);
        fingerprints.insert(issue["fingerprint"].get<std::string>());
        severities.insert(issue["severity"].get<std::string>());
        CHECK(issue["location"]["path"].is_string());
        CHECK(issue["location"]["lines"]["begin"].get<int>() >= 1);
    }
    CHECK(fingerprints.size() == issues.size());
    CHECK(severities == std::set<std::string>{"blocker", "critical", "major"});
}

TEST_CASE("code quality fingerprints hash the finding's identity, not its words or its place in the list") {
    const CheckSample sample = check_sample();
    const CheckSample reworded = check_sample("config/ci checklist.yaml", "policies/social media.md", true);
    const json a = json::parse(render::render_check_codequality(sample.document()));
    const json b = json::parse(render::render_check_codequality(reworded.document()));
    REQUIRE(a.size() == b.size());
    std::size_t reworded_count = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        reworded_count += a[i]["description"] != b[i]["description"] ? 1U : 0U;
        CHECK(a[i]["fingerprint"] == b[i]["fingerprint"]);
    }
    CHECK(reworded_count == 5);
    // The same findings in another order keep their fingerprints.
    CheckSample reordered = check_sample();
    std::reverse(reordered.report.blockers.begin(), reordered.report.blockers.end());
    const json c = json::parse(render::render_check_codequality(reordered.document()));
    std::set<std::string> before;
    std::set<std::string> after;
    for (std::size_t i = 0; i < a.size(); ++i) {
        before.insert(a[i]["fingerprint"].get<std::string>());
        after.insert(c[i]["fingerprint"].get<std::string>());
    }
    CHECK(before == after);
}
