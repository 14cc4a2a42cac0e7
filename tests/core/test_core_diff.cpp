#include "readiness/diff.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

namespace {

// A report built from its pairs, as diff reads it: every pair has weight 1 and target 1.
struct ReportBuilder {
    Report r;

    ReportBuilder() {
        r.checklist = "sample";
        r.levels = {{"not-ready", "Not ready", 0, {}, {}},
                    {"emerging", "Emerging", 40, {}, {}},
                    {"developing", "Developing", 60, {}, {}}};
        r.dimensions = {{"roles", "Roles", "foundations", {}, {}}, {"tactics", "Tactics", "spot", {}, {}}};
        r.groups = {{"foundations", "Foundations", {}}, {"spot", "SPOT", {}}};
    }

    ReportBuilder& department(std::string id, bool assessed, double score = 0) {
        DepartmentResult d;
        d.id = id;
        d.name = id == "exec" ? "Executive" : id == "support" ? "Customer service" : id;
        d.assessed = assessed;
        if (assessed) {
            d.score.value = score;
        }
        r.departments.push_back(std::move(d));
        return *this;
    }

    ReportBuilder& pair(std::string question, std::string department, std::string dimension,
                        std::optional<double> score, std::vector<AnswerTally> answers = {}) {
        PairResult p;
        p.question = std::move(question);
        p.department = std::move(department);
        p.dimension = std::move(dimension);
        p.weight = 1;
        p.score = score;
        p.answered_score = score;
        p.state = score ? PairState::scored : PairState::not_applicable;
        p.answers = std::move(answers);
        if (score && *score < 1) {
            p.gap = 1 - *score;
        }
        r.pairs.push_back(std::move(p));
        return *this;
    }

    ReportBuilder& blocker(std::string question, std::string department, double score) {
        r.blockers.push_back(
            {std::move(question), std::move(department), BlockerReason::below_threshold, score, 0.5});
        return *this;
    }
};

} // namespace

TEST_CASE("diff compares only the departments assessed on both sides") {
    // Before: exec and support. After: exec only, unchanged; support was simply not reassessed.
    ReportBuilder before;
    before.department("exec", true, 75).department("support", true, 25);
    before.pair("owner", "exec", "roles", 0.5).pair("owner", "support", "roles", 0.0);
    before.pair("channels", "exec", "tactics", 1.0).pair("channels", "support", "tactics", 0.5);
    before.blocker("owner", "support", 0.0);
    ReportBuilder after;
    after.department("exec", true, 75).department("support", false);
    after.pair("owner", "exec", "roles", 0.5).pair("owner", "support", "roles", std::nullopt);
    after.pair("channels", "exec", "tactics", 1.0).pair("channels", "support", "tactics", std::nullopt);

    const ReportDiff diff = diff_reports(before.r, after.r);
    CHECK(diff.compared_departments == std::vector<std::string>{"exec"});
    // Over exec alone, 75.0 both times: no phantom rise from dropping support's low scores.
    REQUIRE(diff.overall.before);
    CHECK(*diff.overall.before == Approx(75));
    CHECK(*diff.overall.after == Approx(75));
    CHECK(diff.overall.level_after == "Developing");
    REQUIRE(diff.dimensions.size() == 2);
    CHECK(*diff.dimensions[0].before == Approx(50));
    CHECK(*diff.dimensions[0].after == Approx(50));
    REQUIRE(diff.groups.size() == 2);
    CHECK(*diff.groups[1].after == Approx(100));
    REQUIRE(diff.departments.size() == 2);
    CHECK(diff.departments[0].reassessment == Reassessment::both);
    CHECK(diff.departments[1].reassessment == Reassessment::not_reassessed);
    CHECK(diff.moved.empty());
    CHECK(diff.blockers_resolved.empty()); // support's blocker was not resolved: nobody asked
    CHECK(diff.gaps_closed.empty());
}

TEST_CASE("diff lists every question that moved, regressions first, with the answers behind it") {
    ReportBuilder before;
    before.department("exec", true).department("support", true);
    before.pair("owner", "exec", "roles", 1.0, {{"yes", 2}})
        .pair("owner", "support", "roles", 0.25, {{"no", 1}, {"partly", 1}});
    before.pair("channels", "exec", "tactics", 0.5).pair("channels", "support", "tactics", 0.5);
    before.pair("follow-up", "support", "tactics", std::nullopt);
    before.blocker("owner", "support", 0.25);
    ReportBuilder after;
    after.department("exec", true).department("support", true);
    after.pair("owner", "exec", "roles", 0.75, {{"yes", 1}, {"partly", 1}})
        .pair("owner", "support", "roles", 1.0, {{"yes", 2}});
    after.pair("channels", "exec", "tactics", 0.0).pair("channels", "support", "tactics", 0.5);
    after.pair("follow-up", "support", "tactics", 0.0); // newly applicable: not a new gap
    after.blocker("channels", "exec", 0.0);

    const ReportDiff diff = diff_reports(before.r, after.r);
    REQUIRE(diff.moved.size() == 3);
    CHECK(diff.moved[0].question == "channels"); // -50: the largest drop first
    CHECK(diff.moved[0].department == "exec");
    CHECK(diff.moved[1].question == "owner"); // -25
    CHECK(diff.moved[1].department == "exec");
    CHECK(diff.moved[1].answers_before.size() == 1);
    CHECK(diff.moved[1].answers_after.size() == 2);
    CHECK(diff.moved[2].department == "support"); // +75: rises after every regression
    CHECK(diff.moved[2].delta() == Approx(0.75));
    REQUIRE(diff.gaps_closed.size() == 1);
    CHECK(diff.gaps_closed[0].department == "support");
    REQUIRE(diff.gaps_opened.size() == 1); // owner in exec; not the follow-up
    CHECK(diff.gaps_opened[0].question == "owner");
    REQUIRE(diff.blockers_new.size() == 1);
    CHECK(diff.blockers_new[0].question == "channels");
    REQUIRE(diff.blockers_resolved.size() == 1);
    CHECK(diff.blockers_resolved[0].department == "support");
}
