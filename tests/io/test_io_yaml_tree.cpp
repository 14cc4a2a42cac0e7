#include "io/yaml_tree.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::io;

namespace {

std::vector<std::string> messages(const YamlDocument& document) {
    std::vector<std::string> result;
    for (const auto& d : document.diagnostics) {
        result.push_back(format_diagnostic(d));
    }
    return result;
}

} // namespace

TEST_CASE("every node carries its line and column") {
    const auto document = parse_yaml("title: Tiny\nlist:\n  - a\n  - { b: 2 }\n", "t.yaml");
    REQUIRE(document.root);
    const YamlNode& root = *document.root;
    REQUIRE(root.is_map());
    CHECK(root.find("title")->scalar == "Tiny");
    CHECK(root.find("title")->location == Location{"t.yaml", 1, 8});
    const YamlNode& list = *root.find("list");
    REQUIRE(list.items.size() == 2);
    CHECK(list.items[0].location == Location{"t.yaml", 3, 5});
    CHECK(list.items[1].find("b")->location == Location{"t.yaml", 4, 10});
    CHECK(root.entries[1].first.location == Location{"t.yaml", 2, 1});
}

TEST_CASE("quoted scalars are not plain, null forms are null") {
    const auto document = parse_yaml("a: \"yes\"\nb: yes\nc: ~\nd:\ne: null\nf: 'null'\n", "t.yaml");
    REQUIRE(document.root);
    const YamlNode& root = *document.root;
    CHECK_FALSE(root.find("a")->plain);
    CHECK(root.find("b")->plain);
    CHECK(root.find("c")->is_null());
    CHECK(root.find("d")->is_null());
    CHECK(root.find("e")->is_null());
    CHECK(root.find("f")->is_scalar());
    CHECK(root.find("f")->scalar == "null");
}

TEST_CASE("a duplicate key is reported where it is repeated, and the first value kept") {
    const auto document = parse_yaml("a: 1\nb: 2\na: 3\n", "t.yaml");
    CHECK(messages(document) ==
          std::vector<std::string>{"t.yaml:3:1: error: duplicate key 'a' (first at line 1)"});
    REQUIRE(document.root);
    CHECK(document.root->entries.size() == 2);
    CHECK(document.root->find("a")->scalar == "1");
}

TEST_CASE("aliases are refused, so a node can never contain itself") {
    const auto document = parse_yaml("a: &a [*a]\n", "t.yaml");
    CHECK(messages(document) ==
          std::vector<std::string>{
              "t.yaml:1:8: error: aliases (*name) are not supported; write the value out in full"});
    CHECK_FALSE(document.root);
}

TEST_CASE("nesting deeper than the limit stops the parser without recursing further") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto document = parse_yaml(deep, "t.yaml");
    CHECK(messages(document) ==
          std::vector<std::string>{"t.yaml:1:65: error: nesting is deeper than 64 levels"});
    const std::string fine = std::string(63, '[') + std::string(63, ']');
    CHECK(parse_yaml(fine, "t.yaml").diagnostics.empty());
}

TEST_CASE("syntax errors carry the parser's problem, its place and where the unfinished part starts") {
    const auto document = parse_yaml("a: [1, 2\nb: 3\n", "t.yaml");
    REQUIRE(document.diagnostics.size() == 1);
    CHECK(format_diagnostic(document.diagnostics[0]) ==
          "t.yaml:2:2: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence "
          "that starts at line 1, column 4)");
    CHECK(messages(parse_yaml("a: b: c\n", "t.yaml")) ==
          std::vector<std::string>{
              "t.yaml:1:5: error: invalid YAML: mapping values are not allowed in this context"});
}

TEST_CASE("a control character is refused at its place") {
    CHECK(messages(parse_yaml("a: 1\nb: x\x7fy\n", "t.yaml")) ==
          std::vector<std::string>{"t.yaml:2:5: error: invalid YAML: control characters are not allowed"});
    CHECK(messages(parse_yaml("a: \"\xC3\xA9\x01\"\n", "t.yaml")) ==
          std::vector<std::string>{"t.yaml:1:6: error: invalid YAML: control characters are not allowed"});
}

TEST_CASE("columns count characters, not bytes") {
    const auto document = parse_yaml("a: { b: \"\xE2\x80\x94\", c: 1 }\n", "t.yaml");
    REQUIRE(document.root);
    CHECK(document.root->find("a")->find("c")->location == Location{"t.yaml", 1, 17});
}

TEST_CASE("an empty value is null, placed just after its key") {
    const auto document = parse_yaml("a:\nb: 1\n", "t.yaml");
    REQUIRE(document.root);
    CHECK(document.root->find("a")->is_null());
    CHECK(document.root->find("a")->location == Location{"t.yaml", 1, 3});
}

TEST_CASE("a second document is refused, an empty text has no root and no error") {
    CHECK(messages(parse_yaml("a: 1\n---\nb: 2\n", "t.yaml")) ==
          std::vector<std::string>{
              "t.yaml:2:1: error: expected one YAML document, but a second one starts here"});
    const auto empty = parse_yaml("", "t.yaml");
    CHECK_FALSE(empty.root);
    CHECK(empty.diagnostics.empty());
}

TEST_CASE("keys must be scalars") {
    CHECK(messages(parse_yaml("? [a, b]\n: c\nd: 1\n", "t.yaml")) ==
          std::vector<std::string>{"t.yaml:1:3: error: a key must be plain text, not a list"});
}
