#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <regex>
#include <vector>

using namespace readiness::test;

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t found = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++found;
    }
    return found;
}

} // namespace

TEST_CASE("report --format html of the example organisation is one self-contained page") {
    const CliResult result = run_cli({"report", "examples/acme/answers/", "--format", "html"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK_THAT(result.out, Catch::StartsWith("<!DOCTYPE html>\n") && Catch::EndsWith("</html>\n"));
    CHECK_THAT(result.out, Catch::Contains("<dt>Organisation</dt><dd>Acme Ltd</dd>"));
    const std::string html = lower(result.out);
    CHECK(html.find("http") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    // The overall radar and one per department with respondents (IT and Sales have none).
    CHECK(count(html, "<svg class=\"radar\"") == 7);
    CHECK(count(html, "<section id=") == 12);
    CHECK(html.find("<section id=\"evidence\">") == std::string::npos);
    // The executive summary comes first; then the comparisons: one small chart per dimension (10), current
    // against target, leadership against the front line; the roadmap's impact/effort matrix.
    CHECK(html.find("<main>\n<section id=\"summary\">\n<h2>executive summary</h2>") != std::string::npos);
    CHECK(count(html, "<svg class=\"chart bars\"") == 12);
    CHECK(count(html, "<svg class=\"chart matrix\"") == 1);
}

TEST_CASE("report --format html with evidence adds the evidence section and stays self-contained") {
    const CliResult result = run_cli(
        {"report", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--format", "html"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out,
               Catch::Contains("<section id=\"evidence\">") &&
                   Catch::Contains("<caption>Answers the organisation’s files contradict</caption>") &&
                   Catch::Contains("<a href=\"#evidence\">Evidence</a>"));
    CHECK(lower(result.out).find("http") == std::string::npos);
}

TEST_CASE("the impact/effort matrix places every action without one dot covering another") {
    const CliResult result = run_cli(
        {"report", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--format", "html"});
    const auto matrix_at = result.out.find("<svg class=\"chart matrix\"");
    REQUIRE(matrix_at != std::string::npos);
    const std::string matrix = result.out.substr(matrix_at, result.out.find("</svg>", matrix_at) - matrix_at);
    const std::regex circle(R"re(<circle cx="([0-9.]+)" cy="([0-9.]+)" r="([0-9.]+)"/>)re");
    std::vector<std::array<double, 3>> dots;
    for (auto it = std::sregex_iterator(matrix.begin(), matrix.end(), circle); it != std::sregex_iterator();
         ++it) {
        dots.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3])});
    }
    CHECK(dots.size() == static_cast<std::size_t>(count(result.out, "<li value=")));
    for (std::size_t i = 0; i < dots.size(); ++i) {
        for (std::size_t j = i + 1; j < dots.size(); ++j) {
            const double apart = std::hypot(dots[i][0] - dots[j][0], dots[i][1] - dots[j][1]);
            INFO("dots " << i + 1 << " and " << j + 1);
            CHECK(apart >= dots[i][2] + dots[j][2]);
        }
    }
}
