#include "render/text_fit.hpp"

#include <catch2/catch.hpp>

using namespace readiness::render;

TEST_CASE("indent_wrap indents every line and keeps within the width") {
    CHECK(indent_wrap("one two three four", 11, 2) == "  one two\n  three\n  four");
    CHECK(indent_wrap("keeps\nbreaks", 80, 4) == "    keeps\n    breaks");
}

TEST_CASE("shorten cuts at a space where it can and marks the cut") {
    CHECK(shorten("short", 10) == "short");
    CHECK(shorten("Is there an owner for social media?", 20) == "Is there an owner…");
    CHECK(shorten("Unbreakablewordthatgoeson", 10) == "Unbreakab…");
    CHECK(shorten("Do departments work, in shared tools", 22) == "Do departments work…");
    CHECK(shorten("café au lait", 6) == "café…");
    CHECK(shorten("anything", 0).empty());
}

TEST_CASE("pad_left right-aligns by characters") {
    CHECK(pad_left("46.4", 6) == "  46.4");
    CHECK(pad_left("—", 3) == "  —");
    CHECK(pad_left("toolong", 3) == "toolong");
}

TEST_CASE("printable turns control characters into spaces") {
    CHECK(printable("a\x1b[2Jb", false) == "a [2Jb");
    CHECK(printable("bell\x07 del\x7f", false) == "bell  del ");
    CHECK(printable("c1 \xc2\x9b"
                    "31m",
                    false) == "c1  31m");
    CHECK(printable("one\ntwo", true) == "one\ntwo");
    CHECK(printable("one\ntwo", false) == "one two");
    CHECK(printable("one\r\ntwo", true) == "one\ntwo");
    CHECK(printable("café — ok", false) == "café — ok");
}

TEST_CASE("trim_line_ends drops trailing spaces on every line") {
    CHECK(trim_line_ends("a  \nb \n\nc ") == "a\nb\n\nc");
    CHECK(trim_line_ends("no change\n") == "no change\n");
}

TEST_CASE("hanging_wrap indents the first line and the rest differently") {
    CHECK(hanging_wrap("one two three four", 11, 2, 4) == "  one two\n    three\n    four");
    CHECK(hanging_wrap("a\nb", 80, 0, 2) == "a\n  b");
    CHECK(hanging_wrap("averyveryverylongword x", 8, 2, 4) == "  averyveryverylongword\n    x");
}
