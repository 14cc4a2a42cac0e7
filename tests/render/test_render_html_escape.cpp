#include "render/html_escape.hpp"

#include <catch2/catch.hpp>

using namespace readiness::render::html;

TEST_CASE("escape_html replaces the five characters that can open markup or end an attribute") {
    CHECK(escape_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(escape_html("Tom & Jerry's \"shop\"") == "Tom &amp; Jerry&#39;s &quot;shop&quot;");
    CHECK(escape_html("&amp;") == "&amp;amp;");
}

TEST_CASE("escape_html leaves other text, including UTF-8, as it is") {
    CHECK(escape_html("") == "");
    CHECK(escape_html("Café — 24/7 cover") == "Café — 24/7 cover");
}
