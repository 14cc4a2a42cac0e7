#include "render/formats.hpp"
#include "render/sample_report.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace readiness;
using namespace readiness::render;

TEST_CASE("each report format in the table has its own name, extension and renderer") {
    const Checklist checklist = test::report_checklist();
    const Report report = test::score_sheets(checklist, test::report_sheets());
    std::set<std::string_view> names;
    std::set<std::string_view> extensions;
    for (const auto& entry : k_report_formats) {
        names.insert(entry.name);
        extensions.insert(entry.extension);
    }
    CHECK(names.size() == k_report_formats.size());
    CHECK(extensions.size() == k_report_formats.size());
    CHECK(render::render(ReportFormat::json, report, checklist, {}) == render_json(report, checklist));
    CHECK(render::render(ReportFormat::csv, report, checklist, {}) == render_csv(report, checklist));
    CHECK(render::render(ReportFormat::html, report, checklist, {}) == render_html(report, checklist, {}));
    CHECK(render::render(ReportFormat::markdown, report, checklist, {}) ==
          render_markdown(report, checklist, {}));
    CHECK(render::render(ReportFormat::text, report, checklist, {}) == render_text(report, checklist, {}));
}

TEST_CASE("a file's format is the one whose extension its name ends with, the longest that does") {
    CHECK(format_for_path("out/readiness.xml", k_check_formats) == CheckFormat::junit);
    CHECK(format_for_path("readiness.sarif", k_check_formats) == CheckFormat::sarif);
    CHECK(format_for_path("check.json", k_check_formats) == CheckFormat::json);
    CHECK(format_for_path("gl-code-quality.codequality.json", k_check_formats) == CheckFormat::codequality);
    CHECK(format_for_path("summary.md", k_check_formats) == CheckFormat::markdown);
    CHECK(format_for_path("log.txt", k_check_formats) == CheckFormat::text);
    CHECK_FALSE(format_for_path("readiness.out", k_check_formats));
    CHECK_FALSE(format_for_path("xml", k_check_formats));
    CHECK(format_for_path("report.html", k_report_formats) == ReportFormat::html);
}

TEST_CASE("check, diff and trend formats are named once each") {
    std::set<std::string_view> check;
    for (const auto& entry : k_check_formats) {
        check.insert(entry.name);
    }
    CHECK(check ==
          std::set<std::string_view>{"text", "json", "markdown", "junit", "sarif", "github", "codequality"});
    std::set<std::string_view> diff;
    for (const auto& entry : k_diff_formats) {
        diff.insert(entry.name);
    }
    CHECK(diff == std::set<std::string_view>{"text", "markdown", "html", "json"});
    std::set<std::string_view> trend;
    for (const auto& entry : k_trend_formats) {
        trend.insert(entry.name);
    }
    CHECK(trend == std::set<std::string_view>{"text", "markdown", "html", "json"});
}
