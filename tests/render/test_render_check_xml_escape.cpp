#include "render/check_xml_escape.hpp"

#include <catch2/catch.hpp>

using readiness::render::escape_xml;

TEST_CASE("escape_xml turns markup characters into references") {
    CHECK(escape_xml("a & b < c > d \"e\" 'f'", false) ==
          "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
}

TEST_CASE("escape_xml keeps line breaks and tabs in content and encodes them in attributes") {
    CHECK(escape_xml("a\tb\nc\r\nd", false) == "a\tb\nc&#13;\nd");
    CHECK(escape_xml("a\tb\nc\r\nd", true) == "a&#9;b&#10;c&#13;&#10;d");
}

TEST_CASE("escape_xml replaces control characters and bytes that are not UTF-8 with U+FFFD") {
    CHECK(escape_xml(std::string("a\x01"
                                 "b\x1B"
                                 "c\x7F"
                                 "d",
                                 7),
                     false) == "a\xEF\xBF\xBD"
                               "b\xEF\xBF\xBD"
                               "c\x7F"
                               "d");
    CHECK(escape_xml(std::string("nul\0!", 5), false) == "nul\xEF\xBF\xBD!");
    CHECK(escape_xml("\xFF\xC3", false) == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(escape_xml("\xC0\xAF", false) == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong "/"
    CHECK(escape_xml("\xED\xA0\x80", false) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate
    CHECK(escape_xml("\xEF\xBF\xBE", false) == "\xEF\xBF\xBD");                         // U+FFFE
}

TEST_CASE("escape_xml keeps valid UTF-8 text") {
    CHECK(escape_xml("Führung — 😀 ✓", true) == "Führung — 😀 ✓");
}
