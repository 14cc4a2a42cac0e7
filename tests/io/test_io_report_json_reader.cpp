#include "io/report_json_reader.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::io;

namespace {

std::string example_with(const std::string& from, const std::string& to) {
    std::string text = readiness::test::read_source_file("examples/acme/reports/report.json");
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string refusal(const std::string& text) {
    Diagnostics diagnostics;
    CHECK_FALSE(read_report_json(text, "r.json", diagnostics));
    REQUIRE(diagnostics.size() == 1);
    return format_diagnostic(diagnostics[0]);
}

} // namespace

TEST_CASE("report JSON numbers are checked before they are converted") {
    Diagnostics fine;
    CHECK(read_report_json(example_with("\"schema_version\": 2", "\"schema_version\": 2"), "r.json", fine));
    CHECK(fine.empty());
    CHECK(refusal(example_with("\"schema_version\": 2", "\"schema_version\": 1.9")) ==
          "r.json: error: not a readiness report JSON: 'schema_version' must be a whole number from 0 to "
          "4294967296, not 1.9");
    CHECK(refusal(example_with("\"schema_version\": 2", "\"schema_version\": 4294967297")) ==
          "r.json: error: not a readiness report JSON: 'schema_version' must be a whole number from 0 to "
          "4294967296, not 4294967297");
    CHECK(refusal(example_with("\"pairs\": 255", "\"pairs\": 4294967297.5")) ==
          "r.json: error: not a readiness report JSON: 'pairs' must be a whole number from 0 to 4294967296, "
          "not 4294967297.5");
    CHECK(refusal(example_with("\"pairs\": 255", "\"pairs\": -1")) ==
          "r.json: error: not a readiness report JSON: 'pairs' must be a whole number from 0 to 4294967296, "
          "not -1");
    CHECK(refusal(example_with("\"schema_version\": 2", "\"schema_version\": 1")) ==
          "r.json: error: report schema_version 1 is not supported (this readiness reads 2)");
}

TEST_CASE("deeply nested report JSON is refused while it is parsed") {
    CHECK(refusal("{\"schema_version\": " + std::string(1 << 20, '[')) ==
          "r.json: error: not a readiness report JSON: nesting is deeper than 64 levels");
}

TEST_CASE("report JSON dates and organisations read back for trend") {
    Diagnostics diagnostics;
    const auto report = read_report_json(
        readiness::test::read_source_file("examples/acme/reports/report.json"), "r.json", diagnostics);
    REQUIRE(report);
    CHECK(report->dates == std::vector<std::string>{"2026-11-09", "2026-11-13"});
    CHECK(report->organisations == std::vector<std::string>{"Acme Ltd"});
    const auto undated = read_report_json(
        example_with("\"dates\": {\n    \"first\": \"2026-11-09\",\n    \"last\": \"2026-11-13\"\n  }",
                     "\"dates\": null"),
        "r.json", diagnostics);
    REQUIRE(undated);
    CHECK(undated->dates.empty());
    CHECK(diagnostics.empty());
}
