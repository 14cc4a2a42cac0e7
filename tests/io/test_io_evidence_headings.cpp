#include "io/markdown_headings.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace readiness::io;

namespace {

// "level:line:text" for each heading, to compare in one line.
std::vector<std::string> summary(std::string_view text) {
    std::vector<std::string> result;
    for (const auto& h : markdown_headings(text)) {
        result.push_back(std::to_string(h.level) + ":" + std::to_string(h.line) + ":" + h.text);
    }
    return result;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("ATX headings at every level, with optional closing hashes") {
    CHECK(summary("# One\n## Two ##\n   ###### Six\n####### Seven\n#NoSpace\n# Hash# \n#\n") ==
          Lines{"1:1:One", "2:2:Two", "6:3:Six", "1:6:Hash#", "1:7:"});
}

TEST_CASE("setext headings take the paragraph above the underline") {
    CHECK(summary("Title\n=====\n\nSection one\nwraps here\n---\n") ==
          Lines{"1:1:Title", "2:4:Section one wraps here"});
}

TEST_CASE("a dash line after a blank line, a list item or a break is not a heading") {
    CHECK(summary("Text\n\n---\n- item\n---\n***\n===\n") == Lines{});
}

TEST_CASE("headings inside fenced and indented code are ignored") {
    const std::string text = "```md\n# Not one\n```\n~~~~\n# Nor this\n~~~\n# Still fenced\n~~~~\n"
                             "    # Indented code\n# Real\n";
    CHECK(summary(text) == Lines{"1:10:Real"});
}

TEST_CASE("an unclosed fence runs to the end of the text") {
    CHECK(summary("# Before\n```\n# Inside\n") == Lines{"1:1:Before"});
}

TEST_CASE("heading keys ignore case, spacing, section numbers and closing punctuation") {
    CHECK(heading_key("  Escalation   LEVELS: ") == "escalation levels");
    CHECK(heading_key("7. When something goes wrong") == "when something goes wrong");
    CHECK(heading_key("2.1 Scope") == "scope");
    CHECK(heading_key("3) Contacts?") == "contacts");
    CHECK(heading_key("2024 targets") == "2024 targets");
    CHECK(heading_key("Level 1: social team") == "level 1: social team");
}
