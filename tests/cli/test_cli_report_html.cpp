#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

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
