#include "check_sample.hpp"
#include "render/check_formats.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace readiness;
using namespace readiness::test;
using json = nlohmann::ordered_json;

namespace {

// The log with the tool's version, which changes with every release, replaced by "VERSION".
std::string without_version(const std::string& sarif) {
    json log = json::parse(sarif);
    log["runs"][0]["tool"]["driver"]["version"] = "VERSION";
    return log.dump(2) + "\n";
}

// Validates `sarif` against the SARIF 2.1.0 schema with Debian's python3-jsonschema, or says why not.
void check_against_schema(const std::string& sarif) {
    const auto schema = shared_schema("sarif-schema-2.1.0.json");
    if (schema.empty()) {
        WARN("SARIF schema validation skipped: ../shared/schemas is not there");
        return;
    }
    if (std::system("/usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1") != 0) {
        WARN("SARIF schema validation skipped: /usr/bin/python3 has no jsonschema (Debian: "
             "python3-jsonschema)");
        return;
    }
    const TempFile file("readiness.sarif", sarif);
    INFO(sarif);
    check_command("/usr/bin/python3 -c 'import json,jsonschema,sys; "
                  "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' '" +
                  file.path() + "' '" + schema.string() + "'");
}

json results_of(const CheckSample& sample) {
    return json::parse(render::render_check_sarif(sample.document()))["runs"][0]["results"];
}

} // namespace

TEST_CASE("the sarif log of a failed check matches its golden file") {
    const CheckSample sample = check_sample();
    check_golden("tests/golden/check-sample.sarif",
                 without_version(render::render_check_sarif(sample.document())));
}

TEST_CASE("the sarif log has a rule per question and per gate kind, with stable ids") {
    const CheckSample sample = check_sample();
    const json log = json::parse(render::render_check_sarif(sample.document()));
    CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
    CHECK(log["version"] == "2.1.0");
    const json& driver = log["runs"][0]["tool"]["driver"];
    CHECK(driver["name"] == "readiness");
    CHECK(driver["version"].is_string());
    std::vector<std::string> ids;
    for (const auto& rule : driver["rules"]) {
        ids.push_back(rule["id"]);
    }
    CHECK(ids == std::vector<std::string>{"owner", "hours", "channels", "notes", "gate/min-score",
                                          "gate/min-department", "gate/min-dimension", "gate/max-blockers",
                                          "waiver", "regression"});
}

TEST_CASE("every sarif result has a location with a start line of at least 1") {
    const json results = results_of(check_sample());
    REQUIRE(results.size() >= 6);
    for (const auto& result : results) {
        INFO(result.dump());
        const json& region = result["locations"][0]["physicalLocation"]["region"];
        CHECK(region["startLine"].get<int>() >= 1);
        const std::string rule = result["ruleId"];
        CHECK(result["ruleIndex"].is_number());
    }
}

TEST_CASE("sarif results: gates and blockers are errors, gaps by phase, evidence warnings, each placed") {
    const json results = results_of(check_sample());
    const auto find = [&](const std::string& kind, const std::string& name) {
        for (const auto& result : results) {
            if (result["properties"]["kind"] == kind && result["properties"]["name"] == name) {
                return result;
            }
        }
        FAIL("no " << kind << " " << name);
        return json();
    };
    const auto where = [](const json& result) {
        const json& physical = result["locations"][0]["physicalLocation"];
        return physical["artifactLocation"]["uri"].get<std::string>() + ":" +
               std::to_string(physical["region"]["startLine"].get<int>());
    };
    const json gate = find("gate", "max-blockers");
    CHECK(gate["level"] == "error");
    CHECK(gate["ruleId"] == "gate/max-blockers");
    CHECK(where(gate) == "config/ci%20checklist.yaml:1");
    CHECK(find("blocker", "owner@exec")["level"] == "error");
    CHECK(where(find("blocker", "owner@support")) == "config/ci%20checklist.yaml:10");
    CHECK(find("gap", "hours")["level"] == "note"); // gaps never fail a check
    CHECK(find("gap", "channels")["level"] == "note");
    const json missing = find("evidence-rule", "owner#1");
    CHECK(missing["level"] == "warning");
    CHECK(where(missing) == "policies/social%20media.md:1");
    CHECK(where(find("evidence-rule", "hours#1")) == "config/ci%20checklist.yaml:24");
    const json conflict = find("evidence-conflict", "owner@exec");
    CHECK(conflict["level"] == "warning");
    CHECK(where(conflict) == "policies/social%20media.md:1");
    CHECK(conflict["partialFingerprints"]["readiness/v1"] == "conflict/owner@exec");
}

TEST_CASE("a built-in checklist is pointed at only when no other file will do, under READINESS_BUILTIN") {
    CheckSample sample = check_sample("<built-in>/sample.yaml", "/srv/repo/policies/social media.md");
    const json log = json::parse(render::render_check_sarif(sample.document()));
    const json& run = log["runs"][0];
    CHECK_FALSE(run.contains("originalUriBaseIds"));
    const json& first = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    CHECK(first == json{{"uri", "file:///srv/repo/policies/social%20media.md"}}); // absolute: a file URI

    sample.report.evidence.clear();
    const json bare = json::parse(render::render_check_sarif(sample.document()))["runs"][0];
    CHECK(bare["originalUriBaseIds"]["READINESS_BUILTIN"]["description"]["text"].is_string());
    CHECK(bare["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] ==
          json{{"uri", "readiness/checklists/sample.yaml"}, {"uriBaseId", "READINESS_BUILTIN"}});
}

TEST_CASE("a waived result has an external suppression with its reason, a baseline gives baselineState") {
    CheckSample sample = check_sample();
    Gates gates;
    gates.min_score = 60;
    gates.waivers = {{"owner", "support", "Owner named in January", "2027-01-31", {"gates.yaml", 4, 5}}};
    const Report before = sample.report;
    sample.result = check_gates(sample.report, gates, {"2026-12-03", false, &before, 0});
    const json results = json::parse(render::render_check_sarif(sample.document()))["runs"][0]["results"];
    std::size_t suppressed = 0;
    std::vector<std::string> unchanged;
    for (const auto& result : results) {
        if (result["properties"]["name"] == "owner@support") {
            CHECK(result["suppressions"] == json::parse(R"([{"kind": "external", "status": "accepted",
                "justification": "Owner named in January"}])"));
            ++suppressed;
        }
        if (result["baselineState"] == "unchanged") {
            CHECK(result["level"] == "note");
            unchanged.push_back(result["partialFingerprints"]["readiness/v1"]);
        } else {
            CHECK(result["baselineState"] == "new");
        }
    }
    CHECK(suppressed == 1);
    // Against itself, every failure was already there: known, not new.
    CHECK(unchanged == std::vector<std::string>{"gate/min-score", "gate/max-blockers", "blocker/owner@exec"});
    check_against_schema(render::render_check_sarif(sample.document()));
}

TEST_CASE("sarif logs validate against the SARIF 2.1.0 schema") {
    SECTION("a failed check") {
        check_against_schema(render::render_check_sarif(check_sample().document()));
    }
    SECTION("a built-in checklist and hostile text") {
        const CheckSample sample = check_sample("<built-in>/sample.yaml", "policies/a:b,c 100%.md", true);
        check_against_schema(render::render_check_sarif(sample.document()));
    }
    SECTION("a check with nothing to report") {
        const Checklist checklist = sample_checklist();
        const Report report = Scorer(checklist, {}).finish();
        const CheckResult result = check_gates(report, {});
        check_against_schema(
            render::render_check_sarif({report, checklist, result, "<built-in>/sample.yaml"}));
    }
}
