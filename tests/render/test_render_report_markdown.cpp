#include "render/report_formats.hpp"
#include "sample_report.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace readiness;
using namespace readiness::test;
using readiness::render::render_markdown;

// Regenerate the golden file: READINESS_UPDATE_GOLDEN=1 build/tests/test_render "[report-markdown]"

namespace {

// The cells of a table row: `|` splits them unless a backslash escapes it.
std::size_t cell_count(const std::string& row) {
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '\\') {
            ++i;
        } else if (row[i] == '|') {
            ++pipes;
        }
    }
    return pipes - 1;
}

// Every table row has as many cells as its table's header.
void check_tables(const std::string& markdown) {
    std::istringstream lines(markdown);
    std::size_t columns = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] != '|') {
            columns = 0;
            continue;
        }
        if (columns == 0) {
            columns = cell_count(line);
        }
        INFO(line);
        CHECK(cell_count(line) == columns);
    }
}

} // namespace

TEST_CASE("the Markdown report of a small organisation matches its golden file", "[report-markdown]") {
    const Checklist checklist = report_checklist();
    const EvidenceResults evidence = report_evidence();
    const Report report = score_sheets(checklist, report_sheets(), &evidence);
    const std::string markdown = render_markdown(report, checklist, {false, 10, {}});
    check_golden("tests/golden/report-sample.md", markdown);
    check_tables(markdown);
    CHECK(markdown.find('\x1b') == std::string::npos);
}

TEST_CASE("the Markdown report ignores the colour option", "[report-markdown]") {
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    CHECK(render_markdown(report, checklist, {true, 10, {}}) ==
          render_markdown(report, checklist, {false, 10, {}}));
}

TEST_CASE("the Markdown heatmap marks each cell's level and departments nobody answered for",
          "[report-markdown]") {
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    CHECK_THAT(render_markdown(report, checklist, {false, 10, {}}),
               Catch::Contains("| Department | roles | processes | All |\n"
                               "| --- | ---: | ---: | ---: |\n"
                               "| Executive | 🟩 100.0 | 🟩 87.5 | 🟩 95.0 |\n"
                               "| Support | 🟥 25.0 | 🟥 31.3 | 🟥 27.5 |\n"
                               "| Sales | not assessed |  |  |\n"
                               "| **All departments** | 🟨 75.0 | 🟨 68.8 | **🟨 72.5** |\n"));
}

TEST_CASE("hostile names and notes cannot break a Markdown table or inject HTML", "[report-markdown]") {
    const Checklist checklist = report_checklist();
    auto sheets = report_sheets();
    for (auto& sheet : sheets) {
        sheet.organisation = "<b>Evil</b> | Corp";
    }
    sheets[1].respondent.name = "Eve | <script>alert(1)</script>";
    sheets[1].answers["owner"].note = "first line\n| injected | row |\n<img src=x onerror=alert(1)>";
    sheets[0].answers["notes"] = text_answer("# heading\n- item [link](javascript:alert(1)) `code` *bold*");
    const std::string markdown = render_markdown(score_sheets(checklist, sheets), checklist, {false, 10, {}});

    CHECK_THAT(markdown, !Catch::Contains("<script") && !Catch::Contains("<img") && !Catch::Contains("<b>"));
    CHECK_THAT(markdown, Catch::StartsWith("# Sample — &lt;b&gt;Evil&lt;/b&gt; \\| Corp\n"));
    CHECK_THAT(markdown,
               Catch::Contains("| `owner` | Eve \\| &lt;script&gt;alert(1)&lt;/script&gt; (`support`) | "
                               "first line<br>\\| injected \\| row \\|<br>&lt;img src=x "
                               "onerror=alert(1)&gt; |\n"));
    CHECK_THAT(markdown, Catch::Contains("| `notes` | Priya Raman (`exec`) | \\# heading<br>- item "
                                         "\\[link\\](javascript:alert(1)) \\`code\\` \\*bold\\* |\n"));
    CHECK_THAT(markdown,
               Catch::Contains("| `support` | `owner` | Eve \\| &lt;script&gt;alert(1)&lt;/script&gt; "
                               "0.0 | Dana Smith 50.0 |\n"));
    check_tables(markdown);
}
