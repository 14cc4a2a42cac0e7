#include "readiness/trend.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

namespace {

Score score(double value) {
    Score s;
    s.value = value;
    return s;
}

// A report as trend reads it: dates, checklist, overall, departments and dimensions.
struct ReportBuilder {
    TrendInput input;

    explicit ReportBuilder(std::string source, std::string date = "") {
        input.source = std::move(source);
        input.report.checklist = "sample";
        input.report.checklist_version = "1.0.0";
        if (!date.empty()) {
            input.report.dates = {"2026-01-01", std::move(date)};
        }
    }
    ReportBuilder& version(std::string v) {
        input.report.checklist_version = std::move(v);
        return *this;
    }
    ReportBuilder& overall(double value) {
        input.report.overall = score(value);
        return *this;
    }
    ReportBuilder& department(std::string id, bool assessed, double value) {
        DepartmentResult d;
        d.id = id;
        d.name = "Dept " + id;
        d.assessed = assessed;
        d.score = score(value);
        input.report.departments.push_back(std::move(d));
        return *this;
    }
    ReportBuilder& dimension(std::string id, double value) {
        input.report.dimensions.push_back({id, "Dim " + id, "group", score(value), {}});
        return *this;
    }
    TrendInput build() const { return input; }
};

std::vector<std::string> sources(const Trend& trend) {
    std::vector<std::string> result;
    for (const auto& a : trend.assessments) {
        result.push_back(a.source);
    }
    return result;
}

std::vector<std::optional<double>> values(const TrendSeries& series) {
    std::vector<std::optional<double>> result;
    for (const auto& p : series.points) {
        result.push_back(p.value);
    }
    return result;
}

} // namespace

TEST_CASE("a trend orders its assessments by their latest answer date") {
    const Trend trend = build_trend({ReportBuilder("c.json", "2026-11-13").overall(60).build(),
                                     ReportBuilder("a.json", "2026-05-14").overall(40).build(),
                                     ReportBuilder("b.json", "2026-08-20").overall(50).build()});
    CHECK(sources(trend) == std::vector<std::string>{"a.json", "b.json", "c.json"});
    CHECK(trend.assessments[0].date == "2026-05-14");
    CHECK(values(trend.overall) == std::vector<std::optional<double>>{40.0, 50.0, 60.0});
    CHECK(trend.overall.id == "overall");
    CHECK(trend.overall.name == "Overall");
}

TEST_CASE("reports with the same date, or none, keep their command-line order") {
    // An undated report stays after the report before it on the command line: b follows c (2026-11-13),
    // and the undated first report sorts before every dated one.
    const Trend trend = build_trend(
        {ReportBuilder("undated-first.json").build(), ReportBuilder("c.json", "2026-11-13").build(),
         ReportBuilder("b.json").build(), ReportBuilder("a.json", "2026-05-14").build(),
         ReportBuilder("a2.json", "2026-05-14").build()});
    CHECK(sources(trend) ==
          std::vector<std::string>{"undated-first.json", "a.json", "a2.json", "c.json", "b.json"});
    CHECK(trend.assessments[0].date.empty());
}

TEST_CASE("a department not assessed is a missing point, not a zero") {
    const Trend trend =
        build_trend({ReportBuilder("a.json", "2026-05-14").department("hr", true, 30).build(),
                     ReportBuilder("b.json", "2026-08-20").department("hr", false, 0).build(),
                     ReportBuilder("c.json", "2026-11-13").department("hr", true, 45).build()});
    REQUIRE(trend.departments.size() == 1);
    CHECK(values(trend.departments[0]) == std::vector<std::optional<double>>{30.0, std::nullopt, 45.0});
    CHECK(trend.assessments[1].assessed_departments == 0);
    CHECK(trend.assessments[1].departments == 1);
}

TEST_CASE("series follow the last report's order, then those only in earlier reports") {
    const Trend trend = build_trend(
        {ReportBuilder("a.json", "2026-05-14").dimension("old", 10).dimension("roles", 20).build(),
         ReportBuilder("b.json", "2026-08-20").dimension("new", 5).dimension("roles", 25).build()});
    REQUIRE(trend.dimensions.size() == 3);
    CHECK(trend.dimensions[0].id == "new");
    CHECK(trend.dimensions[1].id == "roles");
    CHECK(trend.dimensions[2].id == "old");
    CHECK(trend.dimensions[2].name == "Dim old");
    CHECK(values(trend.dimensions[0]) == std::vector<std::optional<double>>{std::nullopt, 5.0});
    CHECK(values(trend.dimensions[2]) == std::vector<std::optional<double>>{10.0, std::nullopt});
}

TEST_CASE("a change of checklist id or version breaks the series") {
    ReportBuilder other("d.json", "2026-12-01");
    other.input.report.checklist = "quick-check";
    const Trend trend = build_trend(
        {ReportBuilder("a.json", "2026-05-14").build(), ReportBuilder("b.json", "2026-08-20").build(),
         ReportBuilder("c.json", "2026-11-13").version("1.1.0").build(), other.build()});
    std::vector<bool> breaks;
    for (const auto& a : trend.assessments) {
        breaks.push_back(a.break_before);
    }
    CHECK(breaks == std::vector<bool>{false, false, true, true});
    CHECK(trend.assessments[2].checklist_version == "1.1.0");
}

TEST_CASE("a trend of no reports is empty") {
    const Trend trend = build_trend({});
    CHECK(trend.assessments.empty());
    CHECK(trend.overall.points.empty());
    CHECK(trend.departments.empty());
}
