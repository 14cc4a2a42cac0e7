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

TEST_CASE("check and diff formats are named once each") {
    std::set<std::string_view> check;
    for (const auto& entry : k_check_formats) {
        check.insert(entry.name);
    }
    CHECK(check == std::set<std::string_view>{"text", "json", "markdown", "junit", "sarif", "github"});
    std::set<std::string_view> diff;
    for (const auto& entry : k_diff_formats) {
        diff.insert(entry.name);
    }
    CHECK(diff == std::set<std::string_view>{"text", "markdown", "json"});
}
