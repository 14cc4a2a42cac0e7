#include "render/report_formats.hpp"
#include "render/text_layout.hpp"
#include "sample_report.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace readiness;
using namespace readiness::test;
using readiness::render::render_text;

// Regenerate the golden files: READINESS_UPDATE_GOLDEN=1 build/tests/test_render "[report-text]"

namespace {

std::size_t widest_line(const std::string& text) {
    std::istringstream lines(text);
    std::size_t widest = 0;
    for (std::string line; std::getline(lines, line);) {
        widest = std::max(widest, render::display_width(line));
    }
    return widest;
}

} // namespace

TEST_CASE("the text report of a small organisation matches its golden file", "[report-text]") {
    const Checklist checklist = report_checklist();
    const EvidenceResults evidence = report_evidence();
    const Report report = score_sheets(checklist, report_sheets(), &evidence);
    const std::string text = render_text(report, checklist, {false, 10, {}});
    check_golden("tests/golden/report-sample.txt", text);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(widest_line(text) <= 100);
}

TEST_CASE("the coloured text report tints cells by level and bolds headings", "[report-text]") {
    const Checklist checklist = report_checklist();
    const EvidenceResults evidence = report_evidence();
    const Report report = score_sheets(checklist, report_sheets(), &evidence);
    const std::string text = render_text(report, checklist, {true, 10, {}});
    check_golden("tests/golden/report-sample-color.txt", text);
    CHECK_THAT(text,
               Catch::Contains(
                   "\x1b[1mBlockers: 1 critical question below its threshold or without a score\x1b[0m"));
    CHECK_THAT(text, Catch::Contains("Executive           \x1b[32m100.0\x1b[0m      \x1b[33m62.5\x1b[0m   "
                                     "\x1b[32m85.0\x1b[0m\n"
                                     "Support              \x1b[31m25.0\x1b[0m      \x1b[31m31.3\x1b[0m   "
                                     "\x1b[31m27.5\x1b[0m\n"));
    CHECK_THAT(text, Catch::Contains("\x1b[1mAll departments\x1b[0m      \x1b[33m75.0\x1b[0m      "
                                     "\x1b[38;5;208m52.1\x1b[0m   \x1b[33m65.8\x1b[0m\n"));
}

TEST_CASE("the text report states the facts of the report in its opening lines", "[report-text]") {
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    const std::string text = render_text(report, checklist, {false, 10, {}});
    CHECK_THAT(text, Catch::StartsWith("Sample — Acme Ltd\n"
                                       "sample 1.0.0 · 2026-11-12 to 2026-11-20 · 3 respondents in 2 of 3 "
                                       "departments\n\n"
                                       "Overall 72.5 Developing · coverage 100.0% (6 of 6 applicable pairs "
                                       "answered)\n"
                                       "  Base 72.5 Developing\n"));
}

TEST_CASE("the text report lists disagreements as respondent or department pairs", "[report-text]") {
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    const std::string text = render_text(report, checklist, {false, 10, {}});
    CHECK_THAT(text, Catch::Contains("  Within departments (1)\n"
                                     "    support: Marcus Hale 0.0 vs Dana Smith 50.0 on owner\n"
                                     "  Across departments (3)\n"
                                     "    owner: exec 100.0 vs support 25.0\n"
                                     "    hours: exec 75.0 vs support 12.5\n"
                                     "    channels: exec 100.0 vs support 50.0\n"));
}

TEST_CASE("the text report shows only as many gaps as asked, and none with top_gaps 0", "[report-text]") {
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    CHECK_THAT(render_text(report, checklist, {false, 1, {}}),
               Catch::Contains("\nTop gaps: 1 of 3\n   1. owner"));
    CHECK_THAT(render_text(report, checklist, {false, 0, {}}), !Catch::Contains("Top gaps"));
}

TEST_CASE("the text report passes no control character from an answer file to the terminal",
          "[report-text]") {
    const Checklist checklist = report_checklist();
    auto sheets = report_sheets();
    sheets[0].respondent.name = "Priya\x1b[2J Raman";
    sheets[0].answers["owner"].note = "Approved\x1b]0;pwned\x07 in the plan.\r\nSigned.";
    const std::string text = render_text(score_sheets(checklist, sheets), checklist, {false, 10, {}});
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK_THAT(text, Catch::Contains("  owner · Priya [2J Raman (exec)\n"
                                     "    Approved ]0;pwned in the plan.\n"
                                     "    Signed.\n"));
}

TEST_CASE("a report with nothing to fix says so in each section", "[report-text]") {
    const Checklist checklist = report_checklist();
    const auto all_yes = [](std::string name, std::string department) {
        return report_sheet(std::move(name), std::move(department), "2026-11-20",
                            {{"owner", choice_answer({"yes"})},
                             {"hours", number_answer(1)},
                             {"channels", multi_answer({"twitter", "facebook"})}});
    };
    const Report report = score_sheets(checklist, {all_yes("Ann", "exec"), all_yes("Bob", "support")});
    const std::string text = render_text(report, checklist, {false, 10, {}});
    CHECK_THAT(text,
               Catch::Contains(
                   "\nBlockers\n  None: every critical question has a score at or above its threshold.\n"));
    CHECK_THAT(text, Catch::Contains("\nTop gaps\n  None: every question meets its target.\n"));
    CHECK_THAT(text, Catch::Contains("\nRoadmap\n  Nothing to do: no gaps.\n"));
    CHECK_THAT(text, Catch::Contains("\nDisagreements: answers 50.0 or more apart\n  None.\n"));
    CHECK_THAT(text, !Catch::Contains("Evidence findings") && !Catch::Contains("Notes"));
}
