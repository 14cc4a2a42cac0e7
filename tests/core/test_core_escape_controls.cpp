#include "readiness/diagnostic.hpp"
#include "readiness/escape_controls.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

TEST_CASE("control characters from an input are escaped, never printed") {
    CHECK(escape_controls("\x1b]0;owned\x07 title") == "\\e]0;owned\\x07 title");
    CHECK(escape_controls("a\nb\r\tc\x7F") == "a\\nb\\r\\tc\\x7F");
    CHECK(escape_controls("csi \xC2\x9B here, caf\xC3\xA9, \xE9") == "csi \\u009B here, caf\xC3\xA9, \\xE9");
    CHECK(escape_controls("back\\slash \\e stays") == "back\\slash \\e stays");
}

TEST_CASE("long input is shown cut in the middle, at character boundaries") {
    const std::string cell = std::string(300, 'a') + std::string(10'000'000, 'b') + std::string(300, 'c');
    CHECK(escape_controls(cell) == std::string(256, 'a') + "…(10000088 bytes)…" + std::string(256, 'c'));
    CHECK(escape_controls("\xC3\xA9\xC3\xA9\xC3\xA9", 3) == "…(4 bytes)…\xC3\xA9");
}

TEST_CASE("a diagnostic cannot retitle the terminal or start a GitHub workflow command") {
    const Diagnostic injected{
        Severity::error, {"policies/x\n::error file=y::pwned.md", 2, 1}, "unknown key '\x1b]0;title\x07'"};
    CHECK(format_diagnostic(injected) ==
          "policies/x\\n::error file=y::pwned.md:2:1: error: unknown key '\\e]0;title\\x07'");
}
