#include "render/text_layout.hpp"

#include <catch2/catch.hpp>

using namespace readiness::render;

TEST_CASE("wrap breaks at spaces within the width and indents continuation lines") {
    CHECK(wrap("one two three four", 9, 2) == "one two\n  three\n  four");
    CHECK(wrap("short", 80, 4) == "short");
    CHECK(wrap("a verylongwordthatdoesnotfit b", 10, 0) == "a\nverylongwordthatdoesnotfit\nb");
    CHECK(wrap("keeps\nbreaks", 80, 2) == "keeps\n  breaks");
    CHECK(wrap("exec, marketing, pr, support", 80, 16) == "exec, marketing, pr, support");
}

TEST_CASE("numbers print in their shortest form") {
    CHECK(format_number(1) == "1");
    CHECK(format_number(0.5) == "0.5");
    CHECK(format_number(0.25) == "0.25");
    CHECK(format_number(1.5) == "1.5");
    CHECK(format_number(168) == "168");
}

TEST_CASE("padding counts characters, not bytes") {
    CHECK(display_width("Roles & responsibilities") == 24);
    CHECK(display_width("café") == 4);
    CHECK(pad_right("café", 6) == "café  ");
    CHECK(pad_right("toolong", 3) == "toolong");
}
