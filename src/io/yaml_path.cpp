#include "yaml_path.hpp"

#include "readiness/suggest.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

namespace readiness::io {

namespace {

const YamlNode* list_item(const YamlNode& list, std::string_view segment) {
    std::size_t index = 0;
    const auto [end, error] = std::from_chars(segment.data(), segment.data() + segment.size(), index);
    if (segment.empty() || error != std::errc() || end != segment.data() + segment.size() ||
        index >= list.items.size()) {
        return nullptr;
    }
    return &list.items[index];
}

} // namespace

std::optional<YamlPathMatch> find_path(const YamlNode& root, std::string_view path, std::string* suggestion) {
    if (suggestion) {
        suggestion->clear();
    }
    YamlPathMatch match{root.location, &root};
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('.', start), path.size());
        const std::string_view segment = path.substr(start, end - start);
        const YamlNode& node = *match.value;
        if (node.is_map()) {
            const auto entry = std::find_if(node.entries.begin(), node.entries.end(),
                                            [&](const auto& e) { return e.first.scalar == segment; });
            if (entry == node.entries.end()) {
                if (suggestion) {
                    std::vector<std::string> keys;
                    for (const auto& e : node.entries) {
                        keys.push_back(e.first.scalar);
                    }
                    if (const auto close = closest_match(segment, keys)) {
                        *suggestion =
                            std::string(path.substr(0, start)) + *close + std::string(path.substr(end));
                    }
                }
                return std::nullopt;
            }
            match = {entry->first.location, &entry->second};
        } else if (const YamlNode* item = node.is_sequence() ? list_item(node, segment) : nullptr) {
            match = {item->location, item};
        } else {
            return std::nullopt;
        }
        start = end + 1;
    }
    return match;
}

} // namespace readiness::io
