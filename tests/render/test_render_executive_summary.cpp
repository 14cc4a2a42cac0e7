#include "render/executive_summary.hpp"
#include "render/roadmap_view.hpp"
#include "sample_report.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::render;
using namespace readiness::test;

namespace {

// The sample with exec marked as leadership and the owner question's action written.
Checklist summary_checklist() {
    Checklist c = report_checklist();
    c.departments[0].leadership = true;
    c.questions[0].action = "Name one accountable owner";
    return c;
}

} // namespace

TEST_CASE("the executive summary states the level, the findings the data holds and the first actions") {
    const Checklist checklist = summary_checklist();
    const EvidenceResults evidence = report_evidence();
    const Report report = score_sheets(checklist, report_sheets(), &evidence);
    const SummaryText text = summary_text(report, checklist, summarise(report, checklist), {});
    // owner: exec 1 (weight 2 × 3), support 0.25 (1 × 3); hours: exec 0.75, support 0.125; channels: exec
    // answered 1 but the files score 0.5, so the pair scores 0.5; support 0.5.
    CHECK(text.headline == "Acme Ltd is Developing for social media: 65.8 of 100 overall, from 3 respondents "
                           "in 2 departments.");
    CHECK(text.findings ==
          std::vector<std::string>{
              "Strongest in Roles (75.0); weakest in Processes (52.1).",
              "Support is furthest behind at 27.5, 38.3 below the overall score.",
              "Leadership and the front line see it differently: asked “Is there an owner?”, "
              "Executive scores 100.0, the front line (Support) 25.0.",
              "1 blocker holds back 1 department: Name one accountable owner (Support).",
              "The organisation's own files contradict 1 answer; the largest: Executive answered "
              "100.0 to “Which channels?”, the files score 50.0."});
    REQUIRE(text.first_actions.size() == 3);
    CHECK(text.first_actions[0].action == "Name one accountable owner");
    CHECK(text.first_actions[0].departments == "Support");
    CHECK(text.first_actions[0].phase == Phase::now);
}

TEST_CASE("the headline names the organisation --organisation gives, else the answers' organisations") {
    const Checklist checklist = summary_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    Handover handover;
    handover.organisation = "Acme Group plc";
    CHECK(summary_text(report, checklist, summarise(report, checklist), handover).headline ==
          "Acme Group plc is Developing for social media: 72.5 of 100 overall, from 3 respondents in 2 "
          "departments.");
    Report unnamed = report;
    unnamed.organisations.clear();
    CHECK(summary_text(unnamed, checklist, summarise(unnamed, checklist), {})
              .headline.starts_with("The organisation is Developing for social media:"));
}

TEST_CASE("a blocker is named by its roadmap action, the most common short answer's own where it has one") {
    Checklist checklist = summary_checklist();
    checklist.questions[0].actions = {{"no", "Appoint an owner"}}; // support: one no, one partly; no first
    const Report report = score_sheets(checklist, report_sheets());
    const SummaryText text = summary_text(report, checklist, summarise(report, checklist), {});
    CHECK(std::find(text.findings.begin(), text.findings.end(),
                    "1 blocker holds back 1 department: Appoint an owner (Support).") != text.findings.end());
    REQUIRE_FALSE(text.first_actions.empty());
    CHECK(text.first_actions[0].action == "Appoint an owner");
}

TEST_CASE("without blockers the summary says so, and without a score it says nothing was scored") {
    const Checklist checklist = summary_checklist();
    const Report report = score_sheets(checklist, {report_sheets()[0]});
    const SummaryText text = summary_text(report, checklist, summarise(report, checklist), {});
    CHECK(std::find(text.findings.begin(), text.findings.end(),
                    "No blockers: every critical question meets its threshold in every department.") !=
          text.findings.end());

    const Report empty = score_sheets(checklist, {});
    CHECK(summary_text(empty, checklist, summarise(empty, checklist), {}).headline ==
          "Nothing has been scored yet: no answer or file gave a score.");
}

TEST_CASE("the roadmap view numbers actions across phases, grouped by dimension in checklist order") {
    const Checklist checklist = summary_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    const auto phases = roadmap_view(report, checklist);
    REQUIRE(phases.size() == 3);
    std::size_t expected = 0;
    std::size_t listed = 0;
    for (const auto& phase : phases) {
        std::size_t in_phase = 0;
        for (const auto& group : phase.groups) {
            for (const auto& item : group.items) {
                CHECK(item.number == ++expected);
                CHECK(item.gap->phase == phase.phase);
                CHECK(group.dimension == (item.question->dimension == "roles" ? "Roles" : "Processes"));
                ++in_phase;
            }
        }
        CHECK(phase.actions == in_phase);
        listed += in_phase;
    }
    CHECK(listed == report.gaps.size());
    CHECK(phases[0].groups.at(0).items.at(0).gap->question == "owner");
    CHECK(now_cap_text(report).empty());
}
