#include "readiness/diagnostic.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

TEST_CASE("a diagnostic prints as file:line:col: severity: message") {
    CHECK(format_diagnostic({Severity::error, {"a.yaml", 3, 7}, "unknown key 'x'"}) ==
          "a.yaml:3:7: error: unknown key 'x'");
    CHECK(format_diagnostic({Severity::warning, {"a.yaml", 3, 0}, "old version"}) ==
          "a.yaml:3: warning: old version");
    CHECK(format_diagnostic({Severity::error, {"dir", 0, 0}, "is a directory, not a file"}) ==
          "dir: error: is a directory, not a file");
}

TEST_CASE("diagnostics sort by file, line and column, keeping the order of equal places") {
    Diagnostics list{{Severity::error, {"b.yaml", 1, 1}, "b"},
                     {Severity::error, {"a.yaml", 9, 2}, "a9"},
                     {Severity::error, {"a.yaml", 2, 5}, "first"},
                     {Severity::error, {"a.yaml", 2, 5}, "second"}};
    sort_by_location(list);
    std::vector<std::string> messages;
    for (const auto& d : list) {
        messages.push_back(d.message);
    }
    CHECK(messages == std::vector<std::string>{"first", "second", "a9", "b"});
}

TEST_CASE("warnings alone are not errors") {
    CHECK_FALSE(has_errors({{Severity::warning, {}, "w"}}));
    CHECK(has_errors({{Severity::warning, {}, "w"}, {Severity::error, {}, "e"}}));
}
