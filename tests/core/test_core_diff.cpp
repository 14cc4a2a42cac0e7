#include "readiness/diff.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

namespace {

Score score(double value, std::string label) {
    Score s;
    s.value = value;
    s.level_label = std::move(label);
    return s;
}

Report report(double overall, double exec, std::vector<std::string> gaps, std::vector<Blocker> blockers) {
    Report r;
    r.checklist = "sample";
    r.overall = score(overall, overall >= 60 ? "Developing" : "Emerging");
    DepartmentResult d;
    d.id = "exec";
    d.name = "Executive";
    d.score = score(exec, "Emerging");
    r.departments.push_back(d);
    for (auto& id : gaps) {
        Gap g;
        g.question = id;
        r.gaps.push_back(g);
    }
    r.blockers = std::move(blockers);
    return r;
}

} // namespace

TEST_CASE("diff reports what moved overall and per department, and which gaps and blockers changed") {
    const Report before = report(45.5, 40, {"owner", "hours"}, {{"hours", "exec", 0.2, 0.5}});
    Report after = report(61, 52.25, {"hours", "channels"}, {{"owner", "support", 0, 0.5}});
    DepartmentResult sales;
    sales.id = "sales";
    sales.name = "Sales";
    sales.score = score(10, "Not ready");
    after.departments.push_back(sales);

    const ReportDiff diff = diff_reports(before, after);
    CHECK(diff.same_checklist);
    CHECK(diff.overall.delta() == Approx(15.5));
    CHECK(diff.overall.level_before == "Emerging");
    CHECK(diff.overall.level_after == "Developing");
    REQUIRE(diff.departments.size() == 2);
    CHECK(diff.departments[0].delta() == Approx(12.25));
    CHECK(diff.departments[1].id == "sales");
    CHECK_FALSE(diff.departments[1].before);
    CHECK_FALSE(diff.departments[1].delta());
    CHECK(diff.gaps_closed == std::vector<std::string>{"owner"});
    CHECK(diff.gaps_opened == std::vector<std::string>{"channels"});
    REQUIRE(diff.blockers_new.size() == 1);
    CHECK(diff.blockers_new[0].question == "owner");
    CHECK(diff.blockers_new[0].department == "support");
    REQUIRE(diff.blockers_resolved.size() == 1);
    CHECK(diff.blockers_resolved[0].question == "hours");
}
