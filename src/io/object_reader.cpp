#include "object_reader.hpp"

#include "readiness/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace readiness::io {

namespace {

std::string show_value(const YamlNode& node) {
    if (node.is_scalar()) {
        return fmt::format("'{}'", node.scalar);
    }
    return std::string(describe_kind(node));
}

} // namespace

std::optional<double> parse_number(const YamlNode& node) {
    if (!node.is_scalar() || !node.plain || node.scalar.empty()) {
        return std::nullopt;
    }
    std::string_view text = node.scalar;
    if (text.front() == '+') {
        text.remove_prefix(1);
    }
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<bool> parse_boolean(const YamlNode& node) {
    if (!node.is_scalar() || !node.plain) {
        return std::nullopt;
    }
    if (node.scalar == "true" || node.scalar == "True" || node.scalar == "TRUE") {
        return true;
    }
    if (node.scalar == "false" || node.scalar == "False" || node.scalar == "FALSE") {
        return false;
    }
    return std::nullopt;
}

bool expect_map(const YamlNode& node, std::string_view what, Diagnostics& diagnostics) {
    if (node.is_map()) {
        return true;
    }
    diagnostics.push_back(
        {Severity::error, node.location,
         fmt::format("{} must be a mapping (key: value lines), not {}", what, show_value(node))});
    return false;
}

ObjectReader::ObjectReader(const YamlNode& node, std::string what, std::span<const KeySpec> keys,
                           Diagnostics& diagnostics, SourceMap& source)
    : m_node(node), m_what(std::move(what)), m_diagnostics(diagnostics), m_source(source) {
    m_source.self = node.location;
    std::vector<std::string> known;
    for (const auto& key : keys) {
        known.emplace_back(key.name);
    }
    for (const auto& [key, value] : node.entries) {
        if (std::find(known.begin(), known.end(), key.scalar) == known.end()) {
            m_diagnostics.push_back({Severity::error, key.location,
                                     fmt::format("unknown key '{}' in {}{}", key.scalar, m_what,
                                                 did_you_mean(key.scalar, known))});
        } else {
            m_source.fields[key.scalar] = value.location;
        }
    }
    std::vector<std::string_view> missing;
    for (const auto& key : keys) {
        if (key.required && !node.find(key.name)) {
            missing.push_back(key.name);
        }
    }
    if (!missing.empty()) {
        m_diagnostics.push_back({Severity::error, node.location,
                                 fmt::format("{} is missing required key{} {}", m_what,
                                             missing.size() == 1 ? "" : "s", fmt::join(missing, ", "))});
    }
}

const YamlNode* ObjectReader::get(std::string_view key) const {
    const YamlNode* value = m_node.find(key);
    return value && !value->is_null() ? value : nullptr;
}

void ObjectReader::error_at(std::string_view key, std::string message) {
    const YamlNode* value = m_node.find(key);
    m_diagnostics.push_back({Severity::error, value ? value->location : m_node.location, std::move(message)});
}

std::string ObjectReader::text(std::string_view key) {
    const YamlNode* value = get(key);
    if (!value) {
        return {};
    }
    if (!value->is_scalar()) {
        error_at(key, fmt::format("'{}' must be text, not {}", key, describe_kind(*value)));
        return {};
    }
    return value->scalar;
}

std::optional<double> ObjectReader::number(std::string_view key) {
    const YamlNode* value = get(key);
    if (!value) {
        return std::nullopt;
    }
    auto parsed = parse_number(*value);
    if (!parsed) {
        error_at(key, fmt::format("'{}' must be a number, not {}", key, show_value(*value)));
    }
    return parsed;
}

std::optional<bool> ObjectReader::boolean(std::string_view key) {
    const YamlNode* value = get(key);
    if (!value) {
        return std::nullopt;
    }
    auto parsed = parse_boolean(*value);
    if (!parsed) {
        error_at(key, fmt::format("'{}' must be true or false, not {}", key, show_value(*value)));
    }
    return parsed;
}

std::vector<std::string> ObjectReader::text_list(std::string_view key) {
    const YamlNode* value = get(key);
    std::vector<std::string> result;
    if (!value) {
        return result;
    }
    if (!value->is_sequence()) {
        error_at(key, fmt::format("'{}' must be a list, not {}", key, show_value(*value)));
        return result;
    }
    for (std::size_t i = 0; i < value->items.size(); ++i) {
        const YamlNode& item = value->items[i];
        if (!item.is_scalar()) {
            m_diagnostics.push_back(
                {Severity::error, item.location,
                 fmt::format("each item of '{}' must be text, not {}", key, describe_kind(item))});
            continue;
        }
        m_source.fields[fmt::format("{}.{}", key, result.size())] = item.location;
        result.push_back(item.scalar);
    }
    return result;
}

} // namespace readiness::io
