#include "glob_match.hpp"

#include <string>
#include <vector>

namespace readiness::io {

namespace {

// The path's names, without empty and "." segments.
std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> result;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view segment = path.substr(start, end - start);
        if (!segment.empty() && segment != ".") {
            result.push_back(segment);
        }
        start = end + 1;
    }
    return result;
}

// One name against one pattern segment: the iterative matcher that returns to the last `*` only.
bool name_match(std::string_view pattern, std::string_view name) {
    std::size_t p = 0;
    std::size_t n = 0;
    std::size_t star = std::string_view::npos;
    std::size_t resume = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = n;
        } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
            ++p;
            ++n;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

} // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
    const auto wanted = segments(pattern);
    const auto names = segments(path);
    // The same algorithm one level up: `**` is the star, and every other segment consumes one name.
    std::size_t p = 0;
    std::size_t n = 0;
    std::size_t star = std::string_view::npos;
    std::size_t resume = 0;
    while (n < names.size()) {
        if (p < wanted.size() && wanted[p] == "**") {
            star = p++;
            resume = n;
        } else if (p < wanted.size() && name_match(wanted[p], names[n])) {
            ++p;
            ++n;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (p < wanted.size() && wanted[p] == "**") {
        ++p;
    }
    return p == wanted.size();
}

std::optional<std::size_t> glob_depth(std::string_view pattern) {
    const auto wanted = segments(pattern);
    for (const auto segment : wanted) {
        if (segment == "**") {
            return std::nullopt;
        }
    }
    return wanted.empty() ? 0 : wanted.size() - 1;
}

} // namespace readiness::io
