#pragma once

#include "readiness/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace readiness::io {

struct YamlEntry;

// A YAML node with its place in the file. Built from libyaml's event stream, so every node has a
// location, duplicate keys are caught, aliases are refused and depth is bounded: a tree of these is finite
// and safe to walk recursively.
struct YamlNode {
    enum class Kind { null, scalar, sequence, map };

    Kind kind = Kind::null;
    Location location;
    std::string scalar; // the text of a scalar
    bool plain = true;  // written without quotes or a tag, so it may be read as a number or boolean
    std::vector<YamlNode> items;
    // Keys are scalars and unique, in file order. A vector of a struct declared above, not of
    // std::pair<YamlNode, YamlNode>: a pair needs YamlNode complete here, which clang with libstdc++ 12
    // refuses.
    std::vector<YamlEntry> entries;

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_map() const { return kind == Kind::map; }
    const YamlNode* find(std::string_view key) const;
};

// One key and its value in a map, named like std::pair's members.
struct YamlEntry {
    YamlEntry(YamlNode key, YamlNode value) : first(std::move(key)), second(std::move(value)) {}

    YamlNode first;
    YamlNode second;
};

inline constexpr int k_max_yaml_depth = 64;

struct YamlDocument {
    std::optional<YamlNode> root; // nothing for an empty file or one that failed to parse
    Diagnostics diagnostics;
};

// Parses one YAML document. Syntax errors (explained by their likely cause where prescan_yaml finds one at
// or before the error), duplicate keys, aliases, non-scalar keys, nesting deeper than k_max_yaml_depth
// (flow nesting refused before the parser runs) and a second document are reported with their place.
YamlDocument parse_yaml(const std::string& text, const std::string& file_name);

// parse_yaml, then an empty document (nothing but comments and blank lines) is an error too:
// "the file is empty; expected <what>" at 1:1.
YamlDocument parse_yaml_expecting(const std::string& text, const std::string& file_name,
                                  std::string_view what);

// "a mapping", "a list", "text", "nothing": how a node's kind reads in a message.
std::string_view describe_kind(const YamlNode& node);

} // namespace readiness::io
