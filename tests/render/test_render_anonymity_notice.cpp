#include "readiness/anonymity.hpp"

#include "render/anonymity_notice.hpp"
#include "render/executive_summary.hpp"
#include "render/report_formats.hpp"
#include "sample_report.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::render;
using namespace readiness::test;

namespace {

// exec (Priya) is folded at --min-group 2; support's two leads share their role.
Report anonymous_sample(std::size_t min_group) {
    const Checklist checklist = report_checklist();
    Report report = score_sheets(checklist, report_sheets());
    anonymise(report, checklist, {min_group});
    return report;
}

} // namespace

TEST_CASE("the anonymity notice names the folded departments, or says none was folded") {
    const Checklist checklist = report_checklist();
    CHECK(anonymity_notice(score_sheets(checklist, report_sheets()), checklist).empty());
    CHECK(anonymity_notice(anonymous_sample(2), checklist) ==
          "Anonymous: respondent names are removed and notes are attributed to departments; the department "
          "with fewer than 2 respondents (Executive) is counted only in the overall figures.");
    CHECK(anonymity_notice(anonymous_sample(3), checklist) ==
          "Anonymous: respondent names are removed and notes are attributed to departments; departments with "
          "fewer than 3 respondents (Executive, Support) are counted only in the overall figures.");
    CHECK(anonymity_notice(anonymous_sample(1), checklist) ==
          "Anonymous: respondent names are removed and notes are attributed to departments.");
    Report none;
    none.anonymity = {true, 3, {}, 0};
    CHECK(anonymity_notice(none, checklist) == "Anonymous: respondent names are removed and notes are "
                                               "attributed to departments; no department has fewer than 3 "
                                               "respondents.");
}

TEST_CASE("remarks of an anonymous report are signed with a shared role or respondent, and a department") {
    const Report report = anonymous_sample(2);
    REQUIRE(report.notes.size() == 2);
    // Within a question, shown departments first: support's note, then exec's (folded).
    CHECK(remark_author(report, report.notes[0]) == "Lead"); // Marcus: both of support are leads
    CHECK(remark_department(report, report.notes[0]) == "support");
    CHECK(report.notes[0].text == "Nobody on my team has seen it.\nWe ring [name].");
    CHECK(remark_author(report, report.notes[1]) == "respondent"); // Priya, exec: folded
    CHECK(remark_department(report, report.notes[1]) == "a smaller department");
    const Report plain = score_sheets(report_checklist(), report_sheets());
    CHECK(remark_author(plain, plain.notes[1]) == "Marcus Hale");
    CHECK(remark_department(plain, plain.notes[1]) == "support");
}

TEST_CASE("blockers only in folded departments are counted, not shown") {
    const Report report = anonymous_sample(3);
    CHECK(report.blockers.empty());
    CHECK(report.anonymity.folded_blockers == 1);
    CHECK(folded_blockers_text(report) ==
          "None shown: 1 blocker is in departments counted only in the overall figures.");
    const SummaryText summary =
        summary_text(report, report_checklist(), summarise(report, report_checklist()), {});
    CHECK(std::find(summary.findings.begin(), summary.findings.end(),
                    "1 blocker is in departments counted only in the overall figures, too small to name.") !=
          summary.findings.end());
    const std::string text = render_text(report, report_checklist(), RenderOptions{});
    CHECK(text.find("Priya") == std::string::npos);
    CHECK(text.find("Dana") == std::string::npos);
    CHECK(text.find("Blockers\n  None shown: 1 blocker is in departments counted only in the overall "
                    "figures.\n") != std::string::npos);
}
