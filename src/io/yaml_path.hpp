#pragma once

#include "yaml_tree.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace readiness::io {

struct YamlPathMatch {
    Location location; // the last key (or list item) of the path
    const YamlNode* value = nullptr;
};

// Follows a dotted path ("social.first_response_hours") through mappings; a segment of digits indexes a
// list ("channels.0"). Nothing when a segment is missing; then `suggestion` (when given) receives the
// closest existing path when the miss looks like a typo, or is left empty.
std::optional<YamlPathMatch> find_path(const YamlNode& root, std::string_view path,
                                       std::string* suggestion = nullptr);

} // namespace readiness::io
