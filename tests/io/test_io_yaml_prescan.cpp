#include "io/yaml_prescan.hpp"
#include "io/yaml_tree.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::io;

namespace {

std::vector<std::string> messages(const std::string& text) {
    std::vector<std::string> result;
    for (const auto& d : parse_yaml(text, "t.yaml").diagnostics) {
        result.push_back(format_diagnostic(d));
    }
    return result;
}

} // namespace

TEST_CASE("16 MiB of opening brackets is refused by the pre-scan, before the parser tokenises it") {
    const std::string flood(std::size_t{16} << 20, '[');
    const auto scan = prescan_yaml(flood, "t.yaml");
    REQUIRE(scan.refusal);
    CHECK(format_diagnostic(*scan.refusal) == "t.yaml:1:65: error: nesting is deeper than 64 levels");
    CHECK(messages("a: 1\nb: {c: " + std::string(70, '[')) ==
          std::vector<std::string>{"t.yaml:2:71: error: nesting is deeper than 64 levels"});
}

TEST_CASE("brackets in text, quotes, comments and block scalars are not flow nesting") {
    const std::string many(70, '[');
    const std::string text = "a: see " + many + "\nb: \"" + many + "\"\nc: '" + many + "'\n# " + many +
                             "\nd: |\n  " + many + "\n  \"unclosed\ne: [x, \"]\", '[']\n";
    const auto scan = prescan_yaml(text, "t.yaml");
    CHECK_FALSE(scan.refusal);
    CHECK_FALSE(scan.hint);
    CHECK(messages(text).empty());
}

TEST_CASE("valid YAML that looks like a mistake loads without a word") {
    const std::string text = "url: http://example.org/a:b\n"
                             "quoted: \"a:b\"\n"
                             "time: 10:30\n"
                             "tab: \"a\\tb\"\n"
                             "text: a plain value\n"
                             "  continued on the next line\n"
                             "list:\n"
                             "- one\n"
                             "- id: two\n"
                             "  name: Two\n"
                             "quote: \"on two\n"
                             "  lines\"\n"
                             "apostrophe: don't\n"
                             "strings:\n"
                             "- a:b\n"
                             "note:\n"
                             "  see:this\n";
    CHECK(messages(text).empty());
}

TEST_CASE("an unclosed quote is reported at the opening quote, not lines later") {
    CHECK(messages("answers:\n"
                   "  roles.owner: \"yes\n"
                   "  processes.first-response-hours: 6\n"
                   "  # a comment\n"
                   "  policies.reinforced: partly\n") ==
          std::vector<std::string>{"t.yaml:2:16: error: the quoted value starting here is not closed; end it "
                                   "with \" on the same line"});
    CHECK(messages("a: 'it\nb: 2\n") ==
          std::vector<std::string>{"t.yaml:1:4: error: the quoted value starting here is not closed; end it "
                                   "with ' on the same line"});
}

TEST_CASE("a tab in the indentation is reported at the tab, with the fix") {
    CHECK(messages("respondent:\n\tname: Dana\n") ==
          std::vector<std::string>{
              "t.yaml:2:1: error: a tab indents this line; YAML indents with spaces only: use spaces"});
    CHECK(messages("respondent:\n  name: Dana\n  \tdepartment: exec\n") ==
          std::vector<std::string>{
              "t.yaml:3:3: error: a tab indents this line; YAML indents with spaces only: use spaces"});
}

TEST_CASE("a non-breaking space where YAML needs a space is reported") {
    CHECK(messages("respondent:\n  name: Dana\n  department:\xC2\xA0support\n") ==
          std::vector<std::string>{
              "t.yaml:3:14: error: a non-breaking space (U+00A0) after ':'; use a plain space"});
}

TEST_CASE("a missing space after a key's colon is reported with the fix") {
    CHECK(messages("respondent:\n  name: Dana\n  department:support\n") ==
          std::vector<std::string>{
              "t.yaml:3:14: error: missing space after 'department:'; write 'department: support'"});
}

TEST_CASE("inconsistent indentation is reported at the line that does not line up") {
    CHECK(messages("respondent:\n  name: Dana\n   department: support\n") ==
          std::vector<std::string>{"t.yaml:3:4: error: inconsistent indentation: this line is indented 3 "
                                   "spaces, the line above 2; line it up with its neighbours"});
    CHECK(messages("respondent:\n    name: Dana\n  department: support\n") ==
          std::vector<std::string>{"t.yaml:3:3: error: inconsistent indentation: this line is indented 2 "
                                   "spaces, which lines up with no line above it; line it up with its "
                                   "neighbours"});
}
