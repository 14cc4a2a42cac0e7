#pragma once

#include "readiness/checklist.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace readiness {

// Finds the option a token names, as Checklist::match_option does: an option's value exactly, else its
// value ignoring ASCII case, else its label ignoring ASCII case; the first option that matches wins.
// Prepared once per question, so that a cell costs a few integer comparisons: values and labels of at most
// 8 bytes are kept packed into one integer each, and a token of at most 8 bytes is packed (and folded)
// once and compared with them; a longer token is compared byte by byte.
class OptionLookup {
public:
    OptionLookup() = default;
    explicit OptionLookup(std::span<const Option> options);

    std::optional<std::size_t> find(std::string_view token) const {
        const std::size_t found = index_of(token);
        return found == k_none ? std::nullopt : std::optional<std::size_t>(found);
    }

    // The same, k_none when no option matches: no std::optional returned across a call, which GCC 12
    // builds in memory and reads back wider than it wrote (a stall that cost half of this lookup).
    static constexpr std::size_t k_none = SIZE_MAX;
    std::size_t index_of(std::string_view token) const;

private:
    // The size of a text too long to pack: never equals a packed token's.
    static constexpr std::uint32_t k_long = UINT32_MAX;

    struct Packed {
        std::uint64_t bytes = 0;     // the text's bytes, zero-padded; k_long texts leave it 0
        std::uint32_t size = k_long; // the text's size, or k_long
    };
    std::size_t find_long(std::string_view token) const;

    std::vector<Packed> m_values;        // as written
    std::vector<Packed> m_folded_values; // in lower case
    std::vector<Packed> m_folded_labels;
    std::vector<std::string> m_values_text; // for tokens longer than 8 bytes
    std::vector<std::string> m_folded_values_text;
    std::vector<std::string> m_folded_labels_text;
};

} // namespace readiness
