#include "readiness/gates.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

namespace {

Score score(std::optional<double> value) {
    Score s;
    s.value = value;
    return s;
}

Report sample() {
    Report r;
    r.overall = score(60);
    DepartmentResult exec;
    exec.id = "exec";
    exec.name = "Executive";
    exec.assessed = true;
    exec.score = score(40);
    DepartmentResult it;
    it.id = "it";
    it.name = "IT";
    it.assessed = false; // not assessed: no gate applies to it
    r.departments = {exec, it};
    DimensionResult roles;
    roles.id = "roles";
    roles.name = "Roles";
    roles.score = score(39.99);
    DimensionResult tactics;
    tactics.id = "tactics";
    tactics.name = "Tactics"; // no score: skipped
    r.dimensions = {roles, tactics};
    r.blockers = {{"owner", "exec", BlockerReason::below_threshold, 0.2, 0.5}};
    return r;
}

} // namespace

TEST_CASE("a gate exactly at its limit passes, just below fails") {
    Gates gates;
    gates.min_score = 60;
    gates.min_department = 40;
    gates.min_dimension = 40;
    gates.max_blockers = 1;
    const CheckResult result = check_gates(sample(), gates);
    REQUIRE(result.gates.size() == 4);
    CHECK(result.gates[0].id == "min-score");
    CHECK(result.gates[0].passed);
    CHECK(result.gates[0].actual == 60);
    CHECK(result.gates[1].id == "min-department/exec");
    CHECK(result.gates[1].passed);
    CHECK(result.gates[2].id == "min-dimension/roles");
    CHECK_FALSE(result.gates[2].passed);
    CHECK(result.gates[2].subject_name == "Roles");
    CHECK(result.gates[3].id == "max-blockers");
    CHECK(result.gates[3].passed);
    CHECK(result.gates[3].actual == 1);
    CHECK_FALSE(result.passed());
}

TEST_CASE("any blocker fails by default, a missing overall score fails min-score") {
    const CheckResult defaults = check_gates(sample(), {});
    REQUIRE(defaults.gates.size() == 1);
    CHECK_FALSE(defaults.gates[0].passed);
    CHECK(defaults.gates[0].kind == GateKind::max_blockers);

    Report empty;
    Gates gates;
    gates.min_score = 0;
    const CheckResult result = check_gates(empty, gates);
    CHECK_FALSE(result.gates[0].passed);
    CHECK_FALSE(result.gates[0].actual);
    CHECK(result.gates[1].passed);
}

namespace {

Waiver waiver(std::string question, std::string department, std::string expires) {
    return {std::move(question),
            std::move(department),
            "Legal is rewriting the policy",
            std::move(expires),
            {"gates.yaml", 5, 5}};
}

// The sample with a failed evidence rule on "policy".
Report with_failed_rule() {
    Report r = sample();
    RuleOutcome missing{0, false, "policy.md does not mention \"owner\"", {"policy.md", 0, 0}, {}};
    r.evidence["policy"] = EvidenceResult{"policy", 0, std::nullopt, {missing}};
    return r;
}

} // namespace

TEST_CASE("an active waiver takes its blocker out of max-blockers and the check passes") {
    Gates gates;
    gates.waivers = {waiver("owner", "exec", "2026-12-31")};
    const CheckResult result = check_gates(sample(), gates, {"2026-12-31", false, nullptr, 0});
    REQUIRE(result.waivers.size() == 1);
    CHECK(result.waivers[0].state == WaiverState::active);
    CHECK(result.gates[0].passed);
    CHECK(result.gates[0].actual == 0);
    CHECK(result.passed());
    CHECK(result.blocker_level(sample().blockers[0]) == FindingLevel::waived);
    CHECK(result.failures == 0);
    CHECK(result.warnings == 0);
}

TEST_CASE("a waiver without a department covers the question everywhere, and its failed evidence rules") {
    Gates gates;
    gates.waivers = {waiver("policy", "", "2027-01-01")};
    const Report report = with_failed_rule();
    const CheckResult result = check_gates(report, gates, {"2026-06-01", false, nullptr, 0});
    CHECK(result.waivers[0].state == WaiverState::active);
    CHECK(result.rule_level("policy", report.evidence.at("policy").rules[0]) == FindingLevel::waived);
    CHECK(result.warnings == 0);
    CHECK(result.failures == 2); // the blocker of owner, and the max-blockers gate
}

TEST_CASE("an expired waiver fails the check and waives nothing") {
    Gates gates;
    gates.waivers = {waiver("owner", "exec", "2026-12-31")};
    const CheckResult result = check_gates(sample(), gates, {"2027-01-01", false, nullptr, 0});
    CHECK(result.waivers[0].state == WaiverState::expired);
    CHECK(result.waiver_level(result.waivers[0]) == FindingLevel::failure);
    CHECK(result.blocker_level(sample().blockers[0]) == FindingLevel::failure);
    CHECK_FALSE(result.gates[0].passed);
    CHECK(result.failures == 3); // the waiver, the blocker, the gate
}

TEST_CASE("a waiver that matches nothing is a warning, --strict makes warnings fail") {
    Gates gates;
    gates.max_blockers = 1;
    gates.waivers = {waiver("owner", "it", "2026-12-31")};
    const CheckResult result = check_gates(sample(), gates, {"2026-01-01", false, nullptr, 0});
    CHECK(result.waivers[0].state == WaiverState::unmatched);
    CHECK(result.waiver_level(result.waivers[0]) == FindingLevel::warning);
    CHECK(result.warnings == 2); // the waiver, and the blocker within --max-blockers
    CHECK(result.passed());

    const CheckResult strict = check_gates(sample(), gates, {"2026-01-01", true, nullptr, 0});
    CHECK(strict.warnings == 0);
    CHECK(strict.failures == 2);
    CHECK_FALSE(strict.passed());
}

TEST_CASE("against a baseline, problems already there are known and only what got worse fails") {
    const Report before = sample();
    Gates gates;
    gates.min_dimension = 40;
    const CheckResult same = check_gates(sample(), gates, {"2026-01-01", false, &before, 0});
    CHECK(same.against_baseline);
    CHECK(same.regressions.empty());
    CHECK(same.passed());
    CHECK(same.gate_level(same.gates[0]) == FindingLevel::known);
    CHECK(same.blocker_level(before.blockers[0]) == FindingLevel::known);

    Report after = sample();
    after.blockers.push_back({"policy", "exec", BlockerReason::not_answered, std::nullopt, 0.5});
    after.departments[0].score = score(30);
    const CheckResult worse = check_gates(after, gates, {"2026-01-01", false, &before, 9.99});
    REQUIRE(worse.regressions.size() == 2);
    CHECK(worse.regressions[0].kind == RegressionKind::new_blocker);
    CHECK(worse.regressions[0].question == "policy");
    CHECK(worse.regressions[1].kind == RegressionKind::department_dropped);
    CHECK(worse.regressions[1].department == "exec");
    CHECK(worse.regressions[1].before == 40);
    CHECK(worse.regressions[1].after == 30);
    CHECK(worse.blocker_level(after.blockers[0]) == FindingLevel::known);
    CHECK(worse.blocker_level(after.blockers[1]) == FindingLevel::failure);
    CHECK(worse.failures == 2);
    CHECK_FALSE(worse.passed());

    const CheckResult tolerated = check_gates(after, gates, {"2026-01-01", false, &before, 10});
    CHECK(tolerated.regressions.size() == 1);
}

TEST_CASE("a gate that passed in the baseline and fails now is newly missed") {
    Report before = sample();
    before.dimensions[0].score = score(45);
    Gates gates;
    gates.min_dimension = 40;
    gates.max_blockers = 1;
    const CheckResult result = check_gates(sample(), gates, {"2026-01-01", false, &before, 0});
    REQUIRE(result.regressions.size() == 1);
    CHECK(result.regressions[0].kind == RegressionKind::gate_newly_missed);
    CHECK(result.regressions[0].gate == "min-dimension/roles");
    CHECK(result.regressions[0].before == 45);
    CHECK(result.regressions[0].after == 39.99);
    CHECK(result.gate_level(result.gates[0]) == FindingLevel::failure);
    CHECK_FALSE(result.passed());
}
