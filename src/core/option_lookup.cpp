#include "readiness/option_lookup.hpp"

#include "readiness/text.hpp"

#include <algorithm>
#include <cstdint>

namespace readiness {

namespace {

constexpr std::size_t k_packed_bytes = sizeof(std::uint64_t);

char fold(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// `text`'s bytes in an integer, zero-padded (the first byte lowest); `text` has at most 8 bytes. Built in
// a register: bytes stored one by one and read back as one integer would stall the load.
std::uint64_t pack(std::string_view text) {
    std::uint64_t packed = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        packed |= std::uint64_t{static_cast<unsigned char>(text[i])} << (8 * i);
    }
    return packed;
}

// `packed` with every byte from 'A' to 'Z' made lower case, all eight bytes at once.
std::uint64_t fold_packed(std::uint64_t packed) {
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t highs = 0x8080808080808080;
    const std::uint64_t low_bits = packed & ~highs;
    const std::uint64_t from_a = low_bits + (0x80 - 'A') * ones;     // high bit: the byte is 'A' or more
    const std::uint64_t past_z = low_bits + (0x80 - 'Z' - 1) * ones; // high bit: the byte is past 'Z'
    const std::uint64_t upper = from_a & ~past_z & ~packed & highs;  // … and under 0x80
    return packed | (upper >> 2);                                    // 0x80 >> 2 is 'a' - 'A'
}

bool equals_folded(std::string_view folded, std::string_view token) {
    return std::equal(folded.begin(), folded.end(), token.begin(), token.end(),
                      [](char f, char t) { return f == fold(t); });
}

} // namespace

OptionLookup::OptionLookup(std::span<const Option> options) {
    const auto packed = [](std::string_view text) {
        return text.size() <= k_packed_bytes ? Packed{pack(text), static_cast<std::uint32_t>(text.size())}
                                             : Packed{};
    };
    for (const Option& option : options) {
        std::string folded_value = lowercase(option.value);
        std::string folded_label = lowercase(option.label);
        m_values.push_back(packed(option.value));
        m_folded_values.push_back(packed(folded_value));
        m_folded_labels.push_back(packed(folded_label));
        m_values_text.push_back(option.value);
        m_folded_values_text.push_back(std::move(folded_value));
        m_folded_labels_text.push_back(std::move(folded_label));
    }
}

std::size_t OptionLookup::index_of(std::string_view token) const {
    if (token.size() > k_packed_bytes) {
        return find_long(token);
    }
    const auto size = static_cast<std::uint32_t>(token.size());
    const std::uint64_t key = pack(token);
    const auto in = [size](const std::vector<Packed>& texts, std::uint64_t wanted) {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (texts[i].bytes == wanted && texts[i].size == size) {
                return i;
            }
        }
        return k_none;
    };
    const std::size_t exact = in(m_values, key);
    if (exact != k_none) {
        return exact; // the common case: a value as written
    }
    const std::uint64_t folded_key = fold_packed(key);
    const std::size_t folded = in(m_folded_values, folded_key);
    return folded != k_none ? folded : in(m_folded_labels, folded_key);
}

std::size_t OptionLookup::find_long(std::string_view token) const {
    for (std::size_t i = 0; i < m_values_text.size(); ++i) {
        if (m_values_text[i] == token) {
            return i;
        }
    }
    for (std::size_t i = 0; i < m_folded_values_text.size(); ++i) {
        if (equals_folded(m_folded_values_text[i], token)) {
            return i;
        }
    }
    for (std::size_t i = 0; i < m_folded_labels_text.size(); ++i) {
        if (equals_folded(m_folded_labels_text[i], token)) {
            return i;
        }
    }
    return k_none;
}

} // namespace readiness
