#pragma once

#include "readiness/checklist.hpp"

#include "yaml_tree.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::io {

struct KeySpec {
    std::string_view name;
    bool required = false;
};

// Reads one YAML mapping whose keys are fixed by a table: reports unknown keys (with "did you mean") and
// missing required ones on construction, then hands out typed values, reporting wrong types at the value.
// Each getter records where the value was written in `source`.
class ObjectReader {
public:
    // `what` names the object in messages: "question 'roles.owner'", "department".
    ObjectReader(const YamlNode& node, std::string what, std::span<const KeySpec> keys,
                 Diagnostics& diagnostics, SourceMap& source);

    const YamlNode* get(std::string_view key) const;
    bool has(std::string_view key) const { return get(key) != nullptr; }

    std::string text(std::string_view key);
    std::optional<double> number(std::string_view key);
    std::optional<bool> boolean(std::string_view key);
    std::vector<std::string> text_list(std::string_view key);

    // Reports an error at the value of `key`.
    void error_at(std::string_view key, std::string message);

private:
    const YamlNode& m_node;
    std::string m_what;
    Diagnostics& m_diagnostics;
    SourceMap& m_source;
};

// Scalar conversions shared by the loaders: plain numbers ("3", "-0.5", "1e3"; not "nan"), and booleans
// true/false in any case.
std::optional<double> parse_number(const YamlNode& node);
std::optional<bool> parse_boolean(const YamlNode& node);

// Whether the node is a mapping; otherwise reports "<what> must be a mapping (key: value lines), not …".
bool expect_map(const YamlNode& node, std::string_view what, Diagnostics& diagnostics);

} // namespace readiness::io
