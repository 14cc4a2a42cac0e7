#include "render/handover.hpp"
#include "render/html_cover.hpp"
#include "render/report_formats.hpp"
#include "sample_report.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;
using namespace readiness::render;

namespace {

Handover every_field() {
    Handover handover;
    handover.organisation = "Acme & Sons <EU>";
    handover.prepared_by = "Northwind \"Consulting\"";
    handover.confidential = "Board only";
    handover.logo = Logo{"image/png", "abc"};
    return handover;
}

} // namespace

TEST_CASE("The organisation given on the command line replaces the answers' organisations") {
    Report report;
    report.organisations = {"Acme GmbH", "Acme Ltd"};
    CHECK(organisation_name(report, {}) == "Acme GmbH, Acme Ltd");
    CHECK(organisation_name(report, every_field()) == "Acme & Sons <EU>");
    CHECK(organisation_name(Report{}, {}).empty());
    CHECK(html::organisation_text(Report{}, {}) == "(not given)");
}

TEST_CASE("Handover facts name who prepared the report and its marking") {
    CHECK(handover_facts(every_field()) == "Prepared by Northwind \"Consulting\" · Confidential: Board only");
    Handover only_marking;
    only_marking.confidential = "Internal";
    CHECK(handover_facts(only_marking) == "Confidential: Internal");
    CHECK(handover_facts({}).empty());
}

TEST_CASE("A logo becomes a base64 data URI, padded") {
    CHECK(data_uri({"image/png", "abc"}) == "data:image/png;base64,YWJj");
    CHECK(data_uri({"image/svg+xml", "ab"}) == "data:image/svg+xml;base64,YWI=");
    CHECK(data_uri({"image/png", std::string("\xff\x00", 2)}) == "data:image/png;base64,/wA=");
    CHECK(data_uri({"image/png", ""}) == "data:image/png;base64,");
}

TEST_CASE("Text for a CSS string cannot end the string or the style element") {
    CHECK(html::css_string("Board only") == "\"Board only\"");
    CHECK(html::css_string("a\"b\\c</style>\n") == "\"a\\22 b\\5c c\\3c /style\\3e \\a \"");
}

TEST_CASE("The HTML report shows the handover on its cover and every printed page") {
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    RenderOptions options;
    options.handover = every_field();
    const std::string html = render_html(report, checklist, options);
    CHECK(html.find("<title>Acme &amp; Sons &lt;EU&gt; — ") != std::string::npos);
    CHECK(html.find("<header class=\"masthead cover\">\n<p class=\"confidential\">Board only</p>\n"
                    "<img class=\"logo\" src=\"data:image/png;base64,YWJj\" alt=\"Logo\">\n") !=
          std::string::npos);
    CHECK(html.find("<dt>Organisation</dt><dd>Acme &amp; Sons &lt;EU&gt;</dd>\n"
                    "<dt>Prepared by</dt><dd>Northwind &quot;Consulting&quot;</dd>\n") != std::string::npos);
    CHECK(html.find("@page { @top-center { content: \"Board only\"; } @bottom-left { content: \"Acme \\26 "
                    " Sons \\3c EU\\3e \"; } @bottom-right { content: \"page \" counter(page) \" / \" "
                    "counter(pages); } }") != std::string::npos);
    CHECK(html.find("Acme Ltd") == std::string::npos);
}

TEST_CASE("Text and Markdown show the handover under the title, JSON carries it") {
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    RenderOptions options;
    options.handover = every_field();
    const std::string text = render_text(report, checklist, options);
    CHECK(text.substr(0, text.find("\n\n"))
              .ends_with("\nPrepared by Northwind \"Consulting\" · Confidential: Board only"));
    CHECK(text.find(" — Acme & Sons <EU>\n") != std::string::npos);
    const std::string markdown = render_markdown(report, checklist, options);
    CHECK(markdown.find(" — Acme &amp; Sons &lt;EU&gt;\n") != std::string::npos);
    CHECK(markdown.find("\n\nPrepared by Northwind \"Consulting\" · Confidential: Board only\n\n") !=
          std::string::npos);
    const std::string json = render_json(report, checklist, options.handover);
    CHECK(json.find("\"handover\": {\n    \"organisation\": \"Acme & Sons <EU>\",\n    \"prepared_by\": "
                    "\"Northwind \\\"Consulting\\\"\",\n    \"confidential\": \"Board only\",\n    \"logo\": "
                    "\"data:image/png;base64,YWJj\"\n  }") != std::string::npos);
    CHECK(render_json(report, checklist)
              .find("\"handover\": {\n    \"organisation\": null,\n    \"prepared_by\": "
                    "null,\n    \"confidential\": null,\n    \"logo\": null\n  }") != std::string::npos);
}

TEST_CASE("The reports with every handover field match their golden files") {
    // Regenerate: READINESS_UPDATE_GOLDEN=1 build/tests/test_render "*handover field*", then review the diff.
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    RenderOptions options;
    options.handover = every_field();
    check_golden("tests/golden/report-sample-handover.html", render_html(report, checklist, options));
    check_golden("tests/golden/report-sample-handover.md", render_markdown(report, checklist, options));
    check_golden("tests/golden/report-sample-handover.txt", render_text(report, checklist, options));
}
