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

TEST_CASE("a gate exactly at its limit passes; just below fails") {
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

TEST_CASE("any blocker fails by default; a missing overall score fails min-score") {
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
