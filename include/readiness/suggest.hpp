#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace readiness {

// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps), ignoring case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// edit_distance when it is at most `limit`, otherwise limit + 1; costs O(length × limit), so a long word
// costs little.
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit);

// The candidate closest to `word` when it is close enough to be a likely typo; nothing otherwise.
std::optional<std::string> closest_match(std::string_view word, std::span<const std::string> candidates);

// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

} // namespace readiness
