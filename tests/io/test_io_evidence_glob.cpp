#include "io/glob_match.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace readiness::io;

TEST_CASE("a star matches any run of characters within one name") {
    CHECK(glob_match("*.md", "policy.md"));
    CHECK(glob_match("*.md", ".md"));
    CHECK(glob_match("*policy*.md", "social-media-policy.md"));
    CHECK_FALSE(glob_match("*.md", "policy.txt"));
    CHECK_FALSE(glob_match("*.md", "runbooks/escalation.md"));
    CHECK_FALSE(glob_match("*.md", "policy.MD"));
}

TEST_CASE("a question mark matches one character") {
    CHECK(glob_match("v?.md", "v2.md"));
    CHECK_FALSE(glob_match("v?.md", "v10.md"));
    CHECK_FALSE(glob_match("a?b", "a/b"));
}

TEST_CASE("a folder in the glob matches that folder only") {
    CHECK(glob_match("runbooks/*.md", "runbooks/escalation.md"));
    CHECK_FALSE(glob_match("runbooks/*.md", "runbooks/old/escalation.md"));
    CHECK_FALSE(glob_match("runbooks/*.md", "escalation.md"));
    CHECK(glob_match("*/escalation.md", "runbooks/escalation.md"));
}

TEST_CASE("a double star segment matches any number of folders, none included") {
    CHECK(glob_match("**/*.md", "a.md"));
    CHECK(glob_match("**/*.md", "x/y/z/a.md"));
    CHECK(glob_match("docs/**/a.md", "docs/a.md"));
    CHECK(glob_match("docs/**/a.md", "docs/x/y/a.md"));
    CHECK_FALSE(glob_match("docs/**/a.md", "other/x/a.md"));
    CHECK(glob_match("docs/**", "docs/x/a.md"));
    CHECK(glob_match("**/x/**/*.md", "a/x/b/x/c.md"));
}

TEST_CASE("other characters are literal and empty or dot segments are ignored") {
    CHECK(glob_match("[a].md", "[a].md"));
    CHECK_FALSE(glob_match("[ab].md", "a.md"));
    CHECK(glob_match("./runbooks//escalation.md", "runbooks/escalation.md"));
}

TEST_CASE("matching stays fast on inputs that make backtracking matchers explode") {
    const std::string name(5000, 'a');
    const std::string pattern = "*a*a*a*a*a*a*a*a*a*a*a*a*b";
    std::string deep;
    for (int i = 0; i < 200; ++i) {
        deep += "a/";
    }
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(glob_match(pattern, name));
    CHECK_FALSE(glob_match("**/a/**/a/**/a/**/b", deep + "a"));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}

TEST_CASE("the depth of a glob is its folder count, or unbounded with a double star") {
    CHECK(glob_depth("*.md") == 0u);
    CHECK(glob_depth("runbooks/*.md") == 1u);
    CHECK(glob_depth("a/b/c.md") == 2u);
    CHECK_FALSE(glob_depth("**/*.md").has_value());
}
