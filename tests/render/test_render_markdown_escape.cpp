#include "render/markdown_escape.hpp"

#include <catch2/catch.hpp>

using namespace readiness::render::markdown;

TEST_CASE("escape makes Markdown and HTML syntax in user text literal") {
    CHECK(escape("plain words, 46.4%") == "plain words, 46.4%");
    CHECK(escape("a | b") == "a \\| b");
    CHECK(escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(escape("R&D") == "R&amp;D");
    CHECK(escape("*bold* _it_ `code` [l](u) ~s~ #h $x$ \\") ==
          "\\*bold\\* \\_it\\_ \\`code\\` \\[l\\](u) \\~s\\~ \\#h \\$x\\$ \\\\");
}

TEST_CASE("escape keeps user text on one line and off the start of a block") {
    CHECK(escape("one\ntwo") == "one<br>two");
    CHECK(escape("one\r\ntwo\rthree") == "one<br>two<br>three");
    CHECK(escape("tab\there\x1b[31m") == "tab here \\[31m");
    CHECK(escape("- item") == "\\- item");
    CHECK(escape("+ item") == "\\+ item");
    CHECK(escape("=====") == "\\=====");
    CHECK(escape("12. item") == "12\\. item");
    CHECK(escape("3) item") == "3\\) item");
    CHECK(escape("2026 plan. More") == "2026 plan. More");
}

TEST_CASE("code puts plain ids in backticks and escapes anything else") {
    CHECK(code("roles.owner") == "`roles.owner`");
    CHECK(code("first_response-hours") == "`first_response-hours`");
    CHECK(code("a|b") == "a\\|b");
    CHECK(code("x`y") == "x\\`y");
    CHECK(code("").empty());
}
