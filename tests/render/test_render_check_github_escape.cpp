#include "render/check_github_escape.hpp"

#include <catch2/catch.hpp>

using namespace readiness::render;

TEST_CASE("github data escaping encodes percent, CR and LF and keeps colons and commas") {
    CHECK(escape_github_data("100%\r\n::error ::x, y: z") == "100%25%0D%0A::error ::x, y: z");
}

TEST_CASE("github property escaping also encodes colons and commas") {
    CHECK(escape_github_property("a:b,c%d\r\ne::f") == "a%3Ab%2Cc%25d%0D%0Ae%3A%3Af");
}

TEST_CASE("github escaping leaves other text alone") {
    CHECK(escape_github_property("Führung <b> & \"q\"") == "Führung <b> & \"q\"");
    CHECK(escape_github_data("").empty());
}
