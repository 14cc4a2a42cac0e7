#pragma once

#include "readiness/text.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace readiness::interview {

using readiness::trim; // a typed line without the spaces around it

// Whether two words are the same, ignoring ASCII case.
inline bool same_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

} // namespace readiness::interview
